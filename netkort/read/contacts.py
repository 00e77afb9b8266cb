"""Reading contact workbooks into typed rows, collecting every problem.

:func:`read` is the first step of every command: it finds the contacts,
relations and staff tables in each file, types every cell by its column and
returns a :class:`Dataset`. Nothing stops at the first problem; a cell that
cannot be used is left unknown and reported with file, sheet, Excel row and
column. Unknown columns are kept as custom attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel.lists import format_list

from ..i18n import LOCALES, N_, Labels, Phrase
from ..personal import CONTACT_KINDS, KINDS, MASKS, kinds_in, maybe
from ..privacy import looks_personal
from ..problems import ERROR, WARNING, InputFileError, Problem
from ..text import clean, code_points, fold, has_bidi, has_control, hidden_characters, one_line
from ..vocabulary import other_base
from . import columns as C
from .column_map import ColumnMap, check_used, is_map_sheet, read_map_sheet, unused_in_sheet
from .columns import Column, Table, find_tables, sheet_kind_by_name
from .formats import GRAPH_FILES, gephi, recognise
from .headers import ALIASES
from .values import PARSERS, score_word
from .workbook import RawSheet, read_file

# Excel cuts a cell at 32,767 characters; say so before an export does it silently.
EXCEL_CELL_LIMIT = 32767
# Fields that name someone or something: one line each (a line break becomes a space), so a
# name is one row in check's table and one label on a map.
ONE_LINE = frozenset({"name", "source", "target", "contact_person", "initials", "type", "department"})
# Fields whose values are matched as names (``name_key``): invisible characters in them are said.
NAMES = frozenset({"name", "source", "target", "staff", "contact_person"})
# What personal data each field is searched for (netkort.personal): free text for all of
# it, the contact fields for CPR-like numbers only (addresses and numbers belong there).
# Fields read as a vocabulary, a score or a date are not: what they keep is no free text.
PERSONAL_SCAN: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("name", "type", "contact_person", "staff", "groups", "activities", "tags", "notes",
                     "id", "source", "target", "note", "department", "initials"), KINDS),
    "email": ("cpr",), "phone": ("cpr",),
}
_WHAT = Labels({"email": N_("an email address"), "phone": N_("a phone number")})


def personal_problems(text: str, kinds: tuple[str, ...], where: dict, header: bool = False) -> list[Problem]:
    """Warnings for the personal data in one cell: e-mail and phone in one, a CPR-like number in another
    (``header``: the cell is a column's header, which exports write as an attribute's name)."""
    if not maybe(text, kinds):
        return []
    found = kinds_in(text, kinds)
    problems = []
    contact = [kind for kind in found if kind in CONTACT_KINDS]
    if contact:
        problems.append(Problem(WARNING, "personal-header-data" if header else "personal-data", {
            "what": Phrase.by(lambda lang: format_list([_WHAT[lang][k] for k in contact], locale=LOCALES[lang])),
            "masks": Phrase.by(lambda lang: format_list([MASKS[lang][k] for k in contact], locale=LOCALES[lang]))},
            **where))
    if "cpr" in found:
        problems.append(Problem(WARNING, "personal-header-cpr" if header else "personal-cpr", {}, **where))
    return problems


@dataclass(frozen=True)
class Source:
    """Where a row came from, as a spreadsheet user finds it."""

    file: str
    sheet: str
    row: int


@dataclass
class Row:
    """One typed row of a contacts, relations or staff table."""

    source: Source
    values: dict[str, object]
    custom: dict[str, str] = field(default_factory=dict)
    key: str = ""  # a node's id in another tool's file, for edges that name it by id

    def get(self, name: str, default: object = None) -> object:
        value = self.values.get(name)
        return default if value is None else value


@dataclass
class Reading:
    """How one sheet's columns were read: the column report's section for it."""

    file: str
    sheet: str
    kind: str  # contacts, relations or staff
    header_rows: tuple[int, ...]  # Excel row numbers
    columns: list[Column]
    excel_table: str = ""
    format: str = ""  # the other tool whose file this is ("kumu", "onodo", ...)
    rows: int = 0

    def to_dict(self) -> dict:
        """The JSON form documented for ``netkort check --json`` (under ``columns``)."""
        return {
            "file": self.file, "sheet": self.sheet, "table": self.kind, "format": self.format or None,
            "excel_table": self.excel_table or None, "header_rows": list(self.header_rows),
            "rows": self.rows,
            "columns": [{"column": c.letter, "header": c.header, "field": c.field, "how": c.how,
                         "kept_as": c.name if c.field is None or c.how == "duplicate" else None,
                         "rival": None if c.rival is None else self.columns[c.rival].letter,
                         "scale": dict(c.scale) or None,
                         "value_map": dict(c.value_map) if c.value_map else None,
                         "levels_where_given": c.levels_where_given}
                        for c in self.columns if c.header or c.how != "extra"],
        }


@dataclass
class Dataset:
    """Everything read from one or more files, before it becomes a graph."""

    files: list[str] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)
    staff: list[Row] = field(default_factory=list)
    checklist: list[Row] = field(default_factory=list)  # the guide's checklist, a row per partnership
    candidates: list[Row] = field(default_factory=list)  # candidates answered on the 14 questions
    problems: list[Problem] = field(default_factory=list)
    # custom column headers in the order first seen, per table
    custom_columns: dict[str, list[str]] = field(
        default_factory=lambda: {"contacts": [], "relations": [], "staff": [], "checklist": [], "candidates": []})
    readings: list[Reading] = field(default_factory=list)
    library: str | None = None  # the house's name, when another tool's file has a node for it


def read(paths: Iterable[Path | str], progress: Callable[[str], None] | None = None,
         columns: ColumnMap | None = None) -> Dataset:
    """Read contact workbooks, CSV files and other tools' files into one :class:`Dataset`.

    ``columns`` is the user's column map (:mod:`netkort.read.column_map`, what
    ``--column`` gives); it wins over what netkort would guess, and every entry
    must name a column of the files read.

    Raises :class:`~netkort.problems.InputFileError` for a file that cannot be
    read at all; everything else is reported in ``Dataset.problems``. A file with
    only relations (an edge list) is read when another file has the contacts.
    """
    data = Dataset()
    columns = columns or ColumnMap()
    waiting: InputFileError | None = None
    tables: list[tuple[Path, list[RawSheet]]] = []  # Gephi's nodes and edges CSV files, read as one
    for path in paths:
        if progress:
            progress(str(path))
        sheets = read_file(Path(path))
        data.files.append(str(path))
        if gephi.table_file(sheets):
            tables.append((Path(path), sheets))
            continue
        error = _read_one(Path(path), sheets, data, columns)
        waiting = waiting or error
    if tables:  # the edges name the nodes by id: one file's ids are the other's
        error = _read_one(tables[0][0], [s for _, sheets in tables for s in sheets], data, columns)
        waiting = waiting or error
    if waiting is not None and not data.contacts:
        raise waiting
    check_used(columns, [c.header for r in data.readings for c in r.columns if c.header])
    return data


def _read_one(path: Path, sheets: list[RawSheet], data: Dataset, columns: ColumnMap) -> InputFileError | None:
    """Read one file's sheets into ``data``; the error for a file with relations but no contacts, if so."""
    overrides = columns
    map_sheet: tuple[RawSheet, ColumnMap] | None = None
    for sheet in sheets:
        if is_map_sheet(sheet):
            sheet_map, sheet_problems = read_map_sheet(sheet)
            data.problems.extend(sheet_problems)
            overrides = sheet_map.under(columns)  # the command line wins over the workbook
            map_sheet = (sheet, sheet_map)
    readings_before = len(data.readings)
    fmt = sheets[0].format if sheets and sheets[0].format else recognise(sheets)
    before = {kind: len(names) for kind, names in data.custom_columns.items()}
    found: list[tuple[RawSheet, Table | None]] = []
    skipped: list[str] = []
    for sheet in sheets:
        data.problems.extend(sheet.problems)
        if is_map_sheet(sheet):
            continue
        if fmt is not None and not fmt.reads(sheet):
            if any(any(c.strip() for c in row) for row in sheet.rows):
                skipped.append(f"'{sheet.name}'")
            continue
        found.extend((sheet, table) for table in find_tables(sheet, overrides) or [None])
    if skipped:
        data.problems.append(Problem(WARNING, "tool-sheets", {"sheets": ", ".join(skipped), "tool": fmt.tool},
                                     file=str(path)))
    # A table with only a name column counts when the file has nothing better.
    strong = any(t is not None and t.kind == "contacts" and not t.weak for _, t in found)
    part = Dataset()
    empty_contacts: list[str] = []
    for sheet, table in found:
        if table is not None and table.weak and strong:
            table = None
        if table is None:
            if sheet_kind_by_name(sheet.name) != "notes" and not sheet.very_hidden and any(
                    any(c.strip() for c in row) for row in sheet.rows):
                data.problems.append(Problem(WARNING, "ignored-sheet", {"sheet": sheet.name},
                                             file=sheet.file, sheet=sheet.name))
            continue
        if sheet.hidden:
            data.problems.append(Problem(WARNING, "hidden-sheet-read", {"sheet": sheet.name},
                                         file=sheet.file, sheet=sheet.name))
        rows = _read_table(table, data, nodes=fmt is not None)
        data.readings[-1].format = fmt.id if fmt is not None else ""
        getattr(part, table.kind).extend(rows)
        if not rows:
            if table.kind == "contacts":
                empty_contacts.append(sheet.name or path.name)
            else:
                data.problems.append(Problem(WARNING, "empty-table", {"sheet": sheet.name or path.name},
                                             file=sheet.file, sheet=sheet.name))
    if fmt is not None:  # another tool's nodes and edges; a workbook of one's own is read as it is
        _sort_nodes(part, fmt, data, before)
    data.contacts.extend(part.contacts)
    data.relations.extend(part.relations)
    data.staff.extend(part.staff)
    data.checklist.extend(part.checklist)
    data.candidates.extend(part.candidates)
    if map_sheet is not None:
        columns_read = [(r.sheet, c.header, c.letter) for r in data.readings[readings_before:] for c in r.columns]
        data.problems.extend(unused_in_sheet(map_sheet[1], map_sheet[0], columns_read))
    if part.contacts:
        for name in empty_contacts:  # a header-only sheet beside real contacts: say so, go on
            data.problems.append(Problem(WARNING, "empty-table", {"sheet": name}, file=str(path), sheet=name))
        return None
    if empty_contacts:
        formulas = any(p.code == "formula-no-value" and p.sheet == empty_contacts[0] for p in data.problems)
        raise InputFileError("no-rows-formulas" if formulas else "no-rows", str(path), sheet=empty_contacts[0])
    others = [f"'{sheet.name or path.name}'" for sheet, table in found
              if table is not None and table.kind != "contacts"]
    if others and all(table.kind in C.GUIDE_KINDS for _, table in found if table is not None):
        return InputFileError("only-guide-sheets", str(path), sheets=", ".join(others), name=path.name)
    if others:
        return InputFileError("no-contacts-sheet", str(path), sheets=", ".join(others))
    tried = [sheet for sheet, _ in found]
    header = C.likely_header(tried)
    check_used(columns, [n for n in header[2] if n] if header else [])  # a typo in --column first
    raise C.refusal(path, tried)


def _sort_nodes(part: Dataset, fmt, data: Dataset, before: dict[str, int]) -> None:
    """Another tool's file: its nodes and edges sorted into contacts, relations, staff and the house."""
    from .nodes import custom_columns, resolve  # nodes builds on this module's rows

    graph = fmt.id in GRAPH_FILES
    found = resolve(part.contacts, part.relations, part.staff, end_separator=fmt.end_separator, graph_file=graph)
    part.contacts, part.relations, part.staff = found.contacts, found.relations, found.staff
    # the extra columns the rows hold now: an edge's travel with the contact row it became, and a
    # graph file's kind, ids and staff departments are no extra columns of its contacts
    for kind in ("contacts", "relations", "staff"):
        seen = data.custom_columns[kind]
        seen[before[kind]:] = custom_columns(getattr(part, kind), seen[:before[kind]])
    data.problems.extend(found.problems)
    data.library = data.library or found.library


def _read_table(table: Table, data: Dataset, nodes: bool = False) -> list[Row]:
    """Type every row of ``table``; report blank rows, bad cells, missing names.

    ``nodes``: the table is another tool's node list, whose levels are on the edges.
    """
    sheet = table.sheet
    problems = data.problems
    where = {"file": sheet.file, "sheet": sheet.name}
    columns = table.columns

    def at(row: int, index: int) -> dict:
        """Where a problem is, as a spreadsheet user finds it."""
        return {"row": row, "column": columns[index].letter, "field": columns[index].header, **where}

    header_row = table.header_row
    for column in columns:
        if column.how == "joined" and nodes:
            continue  # another tool's two note columns: the column report says they are joined
        if column.how in ("duplicate", "joined"):
            first = columns[column.rival]
            params = {"field": first.header, "first": first.letter, "second": column.letter}
            code = "duplicate-column" if column.how == "duplicate" else "duplicate-column-joined"
            problems.append(Problem(ERROR if column.how == "duplicate" else WARNING, code, params,
                                    **at(header_row, column.index)))
        elif column.how == "generated":
            problems.append(Problem(WARNING, "unnamed-column", {"letter": column.letter, "name": column.name},
                                    **at(header_row, column.index)))

    if table.outside:
        shown = ", ".join(table.outside[:10]) + (" …" if len(table.outside) > 10 else "")
        problems.append(Problem(WARNING, "outside-table", {"table": table.excel_table, "cells": shown}, **where))

    extra = [c for c in columns if (c.field is None or c.how == "duplicate") and (c.header or c.how == "generated")]
    custom_seen = data.custom_columns[table.kind]
    known = set(custom_seen)  # a set beside the list: 200,000 columns must not be quadratic
    for column in extra:
        if column.name not in known:
            custom_seen.append(column.name)
            known.add(column.name)
        if looks_personal(column.name) and any(table.cells(r)[column.index].strip()
                                               for r in sheet.rows[table.first:table.end]):
            problems.append(Problem(WARNING, "personal-column", {"field": column.name},
                                    **at(header_row, column.index)))
        if column.header:   # a header becomes an attribute's name in exports: "Ring til Karen 21436587"
            problems.extend(personal_problems(column.name, KINDS, at(header_row, column.index), header=True))
    fields = [(c.field, c.index) for c in columns if c.field is not None and c.how != "duplicate"]
    custom = [(c.index, c.name) for c in extra]
    # an extra column already called personal ("Mobil", "CPR") is left out of pages and default
    # exports as a whole: only a CPR-like number in it is worth a warning of its own
    personal_kinds = {c.index: ("cpr",) if looks_personal(c.name) else KINDS for c in extra}
    # "Indflydelse (anden værdi)" from netkort merge: its values are checked as Indflydelse
    aliases = ALIASES[table.kind]
    checked_custom = [(index, aliases.get(fold(other_base(name))))
                      for index, name in custom if other_base(name) is not None]
    checked_custom = [(index, field_id) for index, field_id in checked_custom if field_id in PARSERS]
    value_maps = {c.index: c.value_map for c in columns if c.value_map}
    levels_where_given = [c.index for c in columns if c.levels_where_given]
    scales = {c.index: c.scale for c in columns if c.field in ("influence", "interest")}
    name_index = table.fields.get("name")
    fills, sections = _merged_cells(table, problems)

    rows: list[Row] = []
    blank: list[int] = []
    section_rows: list[tuple[int, str]] = []
    headed = sum(1 for c in columns if c.header)
    csv = sheet.name == "" and not sheet.tables
    width = len(sheet.rows[table.header_rows[-1]])
    for offset in range(table.first, table.end):
        raw_row = sheet.rows[offset]
        excel_row = sheet.first_row + offset
        cells = table.cells(raw_row)
        title = sections.get(offset) or _title_row(cells, headed)
        if title:
            section_rows.append((excel_row, title))
            continue
        for index, value in fills.get(offset, {}).items():
            cells[index] = value
        if not any(c.strip() for c in cells):
            blank.append(excel_row)
            continue
        if csv and len(raw_row) != width:
            problems.append(Problem(WARNING, "csv-row-length",
                                    {"count": len(raw_row), "expected": width}, row=excel_row, **where))
        values: dict[str, object] = {}
        hidden: dict[int, str] = {}  # cells that only look empty: index -> their characters
        for name, index in fields:
            raw = cells[index]
            if not raw:
                continue
            if len(raw) > EXCEL_CELL_LIMIT:
                problems.append(Problem(WARNING, "too-long", {"length": len(raw)}, **at(excel_row, index)))
            text = clean(raw)
            if not text:
                if raw.strip():  # it only looks empty: zero-width spaces, fillers, a mark alone
                    hidden[index] = code_points(raw)
                    if index != name_index:  # a name is reported below, as missing
                        problems.append(Problem(WARNING, "invisible-only", {"chars": hidden[index]},
                                                **at(excel_row, index)))
                continue
            if has_control(raw):
                problems.append(Problem(WARNING, "control-chars", {}, **at(excel_row, index)))
            if has_bidi(raw):
                problems.append(Problem(WARNING, "bidi-chars", {"chars": code_points(
                    "".join(ch for ch in raw if has_bidi(ch))), "value": one_line(text)}, **at(excel_row, index)))
            if name in ONE_LINE and "\n" in text:
                text = one_line(text)
                problems.append(Problem(WARNING, "one-line", {"value": text}, **at(excel_row, index)))
            if name in NAMES and (chars := hidden_characters(text)):
                problems.append(Problem(WARNING, "hidden-chars", {"chars": chars}, **at(excel_row, index)))
            if index in value_maps:
                text = value_maps[index].get(text, text)
                if not text:
                    continue  # a mark that says no
            value, issue = PARSERS[name](text)
            if issue is not None:
                problems.append(Problem(issue.severity, issue.code, issue.params, **at(excel_row, index)))
            if name in PERSONAL_SCAN:
                problems.extend(personal_problems(text, PERSONAL_SCAN[name], at(excel_row, index)))
            if value in (None, ()):
                continue
            if index in scales and not text[0].isdigit() and score_word(text) is not None \
                    and all(fold(word) != fold(text) for word in scales[index]):
                scales[index][text] = value  # the first spelling of each word ('Låg', not 'låg' too)
            if name in values and isinstance(value, tuple):  # the second column of a list field
                value = tuple(dict.fromkeys(values[name] + value))
            elif name in values and isinstance(value, str):
                value = values[name] + "\n" + value
            values[name] = value
        if name_index is not None and "name" not in values:
            field_name = columns[name_index].header
            problems.append(Problem(ERROR, "invisible-name", {"field": field_name, "chars": hidden[name_index]},
                                    **at(excel_row, name_index)) if name_index in hidden else
                            Problem(ERROR, "missing-name", {"field": field_name}, **at(excel_row, name_index)))
            continue
        if table.kind == "contacts" and not nodes and "level" not in values and "level" in table.fields \
                and not cells[table.fields["level"]].strip():
            problems.append(Problem(WARNING, "missing-level", {"name": values["name"]},
                                    **at(excel_row, table.fields["level"])))
        for index, field_id in checked_custom:
            for part in filter(None, (clean(p) for p in cells[index].split("; "))):
                _, issue = PARSERS[field_id](part)
                if issue is not None and issue.severity == ERROR:
                    problems.append(Problem(issue.severity, issue.code, issue.params, **at(excel_row, index)))
        for index in levels_where_given:
            level, issue = PARSERS["level"](clean(cells[index])) if cells[index].strip() else (None, None)
            if issue is None and level is not None and "level" not in values:
                values["level"] = level
        row = Row(Source(sheet.file, sheet.name, excel_row), values, key=str(values.pop("id", "")))
        if row.key:  # an id is kept as an extra column too: nothing read is lost
            row.custom[columns[table.fields["id"]].header] = row.key
        for index, name in custom:
            raw = cells[index]
            if raw.strip():
                if len(raw) > EXCEL_CELL_LIMIT:  # an extra column is kept and exported like any other
                    problems.append(Problem(WARNING, "too-long", {"length": len(raw)}, **at(excel_row, index)))
                if has_control(raw):
                    problems.append(Problem(WARNING, "control-chars", {}, **at(excel_row, index)))
                row.custom[name] = text = clean(raw)
                problems.extend(personal_problems(text, personal_kinds[index], at(excel_row, index)))
        rows.append(row)
    last = rows[-1].source.row if rows else 0
    blank = [b for b in blank if b < last]  # blank rows after the last contact are just the table's end
    if blank:
        problems.append(Problem(WARNING, "blank-rows", {"count": len(blank), "rows": spans(blank)}, **where))
    if section_rows:
        problems.append(Problem(WARNING, "section-rows", {
            "rows": spans([r for r, _ in section_rows]), "count": len(section_rows),
            "titles": ", ".join(f"'{t}'" for t in dict.fromkeys(t for _, t in section_rows))}, **where))
    data.readings.append(Reading(
        file=sheet.file, sheet=sheet.name, kind=table.kind,
        header_rows=tuple(sheet.first_row + r for r in table.header_rows), columns=columns,
        excel_table=table.excel_table, rows=len(rows)))
    return rows


def _title_row(cells: list[str], headed: int) -> str:
    """A row that is no contact: a total ("I alt: 12"), or a category title in capitals alone on
    its row ("SKOLER") in a table of several columns. Its text, or ''."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return ""
    if C.is_total(filled):
        return filled[0]
    text = filled[0]
    if len(filled) == 1 and headed >= 3 and (text.endswith(":") or (  # not 'KFUM': an acronym is a name
            text.isupper() and sum(ch.isalpha() for ch in text) >= 5 and not any(ch.isdigit() for ch in text))):
        return text
    return ""



def _merged_cells(table: Table, problems: list[Problem]) -> tuple[dict[int, dict[int, str]], dict[int, str]]:
    """Merged cells in the data: values filled down their rows, and rows that are section titles.

    A cell merged down several rows (a staff member's name beside a block of
    contacts) counts on every row of the merge, with a warning. A cell merged across
    the row, alone on it, is a section title ("Anne Holm" over her contacts): the row
    is skipped and named in one note.
    """
    sheet = table.sheet
    if not sheet.merged:
        return {}, {}
    base_row, base_col = sheet.first_row - 1, sheet.first_col + table.col0
    width = len(table.columns)
    fills: dict[int, dict[int, str]] = {}
    sections: dict[int, str] = {}
    covered: dict[int, int] = {}  # column -> last row already filled: overlapping merges are skipped
    looked: set[int] = set()
    for (top, left), (bottom, right) in sorted(sheet.merged):
        first = top - base_row
        index = left - base_col
        if not (table.first <= first < table.end) or not 0 <= index < width or first <= covered.get(index, -1):
            continue
        text = clean(table.cells(sheet.rows[first])[index])
        if not text:
            continue
        if right > left and bottom == top:
            if first not in looked and sum(1 for c in table.cells(sheet.rows[first]) if c.strip()) == 1:
                sections[first] = text
            looked.add(first)  # a row is counted once, however many ranges start on it
            continue
        if bottom <= top:
            continue
        last = min(bottom - base_row, table.end - 1)
        covered[index] = last
        for offset in range(first + 1, last + 1):
            fills.setdefault(offset, {})[index] = text
        column = table.columns[index]
        problems.append(Problem(WARNING, "filled-down", {
            "name": text, "count": last - first + 1, "field": column.header or column.name},
            file=sheet.file, sheet=sheet.name, row=top + 1, column=column.letter, field=column.header))
    return fills, sections


def spans(numbers: list[int]) -> str:
    """'4, 7-9, 12' for [4, 7, 8, 9, 12]: row lists people can read."""
    parts: list[str] = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(parts)
