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

from ..privacy import looks_personal
from ..problems import ERROR, WARNING, InputFileError, Problem
from ..text import clean, fold, has_control
from ..vocabulary import OTHER_VALUE
from .columns import TABLES, Header, accepted_names, classify, sheet_kind_by_name
from .values import PARSERS
from .workbook import RawSheet, read_file

# Fields that may hold several values, so two columns for one are joined, not an error.
MULTI_VALUED = {"email", "phone", "staff", "spaces", "groups", "tags", "notes", "activities"}
# Excel cuts a cell at 32,767 characters; say so before an export does it silently.
EXCEL_CELL_LIMIT = 32767


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

    def get(self, name: str, default: object = None) -> object:
        value = self.values.get(name)
        return default if value is None else value


@dataclass
class Dataset:
    """Everything read from one or more files, before it becomes a graph."""

    files: list[str] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)
    staff: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # custom column headers in the order first seen, per table
    custom_columns: dict[str, list[str]] = field(
        default_factory=lambda: {"contacts": [], "relations": [], "staff": []})


def read(paths: Iterable[Path | str], progress: Callable[[str], None] | None = None) -> Dataset:
    """Read contact workbooks and CSV files into one :class:`Dataset`.

    Raises :class:`~netkort.problems.InputFileError` for a file that cannot be
    read at all; everything else is reported in ``Dataset.problems``.
    """
    data = Dataset()
    for path in paths:
        if progress:
            progress(str(path))
        _read_one(Path(path), data)
    return data


def _read_one(path: Path, data: Dataset) -> None:
    sheets = read_file(path)
    data.files.append(str(path))
    found_contacts = False
    seen_columns: list[str] = []
    headers = [(sheet, classify(sheet.rows, sheet.name)) for sheet in sheets]
    # A table with only a name column counts when the file has nothing better.
    strong = any(h is not None and h.kind == "contacts" and not h.weak for _, h in headers)
    for sheet, header in headers:
        data.problems.extend(sheet.problems)
        if header is not None and header.weak and strong:
            header = None
        if header is None:
            seen_columns.extend(c for c in (clean(x) for x in _first_row(sheet)) if c)
            if sheet_kind_by_name(sheet.name) != "notes" and any(
                    any(c.strip() for c in row) for row in sheet.rows):
                data.problems.append(Problem(WARNING, "ignored-sheet", {"sheet": sheet.name},
                                             file=sheet.file, sheet=sheet.name))
            continue
        rows = _read_table(sheet, header, data)
        getattr(data, header.kind).extend(rows)
        if header.kind == "contacts":
            found_contacts = True
            if not rows:
                raise InputFileError("no-rows", sheet.file, sheet=sheet.name or path.name)
    if not found_contacts:
        others = [f"'{sheet.name or path.name}'" for sheet, header in headers
                  if header is not None and header.kind != "contacts"]
        if others:
            raise InputFileError("no-contacts-sheet", str(path), sheets=", ".join(others))
        if not seen_columns:
            names = [f"'{s.name}'" for s in sheets if s.name] or [f"'{path.name}'"]
            listed = ", ".join(names)
            what = ({"da": f"arket {listed} er tomt", "en": f"sheet {listed} is empty"} if len(names) == 1
                    else {"da": f"arkene {listed} er tomme", "en": f"sheets {listed} are empty"})
            raise InputFileError("no-data", str(path), what=what)
        found = ", ".join(dict.fromkeys(seen_columns))
        raise InputFileError("no-name-column", str(path), found=found, accepted=accepted_names())


def _first_row(sheet: RawSheet) -> list[str]:
    return next((r for r in sheet.rows if any(c.strip() for c in r)), [])


def _read_table(sheet: RawSheet, header: Header, data: Dataset) -> list[Row]:
    """Type every row under ``header``; report blank rows, bad cells, missing names."""
    problems = data.problems
    where = {"file": sheet.file, "sheet": sheet.name}
    letter = lambda index: header.letter(index, sheet.first_col)  # noqa: E731

    def at(row: int, index: int) -> dict:
        """Where a problem is, as a spreadsheet user finds it."""
        return {"row": row, "column": letter(index), "field": header.names[index], **where}

    header_row = sheet.first_row + header.row_index
    extra: list[tuple[str, int]] = []  # a second column for a multi-valued field
    for name, first, second in header.duplicates:
        params = {"field": header.names[first], "first": letter(first), "second": letter(second)}
        if name in MULTI_VALUED:
            extra.append((name, second))
            header.custom.pop(second, None)
            problems.append(Problem(WARNING, "duplicate-column-joined", params, **at(header_row, second)))
        else:
            problems.append(Problem(ERROR, "duplicate-column", params, **at(header_row, second)))

    # registered after joined duplicates left header.custom: they are no extra column
    custom_seen = data.custom_columns[header.kind]
    known = set(custom_seen)  # a set beside the list: 200,000 columns must not be quadratic
    for name in header.custom.values():
        if name not in known:
            custom_seen.append(name)
            known.add(name)
    for index, name in header.custom.items():
        if looks_personal(name):
            problems.append(Problem(WARNING, "personal-column", {"field": name}, **at(header_row, index)))
    fields = list(header.fields.items()) + extra
    custom = list(header.custom.items())
    # "Indflydelse (anden værdi)" from netkort merge: its values are checked as Indflydelse
    checked_custom = [(index, TABLES[header.kind].get(fold(name[:-len(OTHER_VALUE)])))
                      for index, name in custom if name.endswith(OTHER_VALUE)]
    checked_custom = [(index, field) for index, field in checked_custom if field in PARSERS]
    width = len(header.names)
    name_index = header.fields.get("name")
    fill_down = _merged_names(sheet, header, name_index, problems)

    rows: list[Row] = []
    blank: list[int] = []
    for offset, cells in enumerate(sheet.rows[header.row_index + 1:], start=header.row_index + 1):
        excel_row = sheet.first_row + offset
        if not any(c.strip() for c in cells):
            blank.append(excel_row)
            continue
        if sheet.name == "" and len(cells) != width:
            problems.append(Problem(WARNING, "csv-row-length", {"count": len(cells), "expected": width},
                                    row=excel_row, **where))
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        values: dict[str, object] = {}
        for name, index in fields:
            raw = cells[index]
            if not raw:
                continue
            if len(raw) > EXCEL_CELL_LIMIT:
                problems.append(Problem(WARNING, "too-long", {"length": len(raw)}, **at(excel_row, index)))
            if has_control(raw):
                problems.append(Problem(WARNING, "control-chars", {}, **at(excel_row, index)))
            text = clean(raw)
            if not text:
                continue
            value, issue = PARSERS[name](text)
            if issue is not None:
                problems.append(Problem(issue.severity, issue.code, issue.params, **at(excel_row, index)))
            if value in (None, ()):
                continue
            if name in values and isinstance(value, tuple):  # the second column of a list field
                value = tuple(dict.fromkeys(values[name] + value))
            elif name in values and isinstance(value, str):
                value = values[name] + "\n" + value
            values[name] = value
        if name_index is not None and "name" not in values:
            filled = fill_down.get(offset)
            if filled:
                values["name"] = filled
            else:
                problems.append(Problem(ERROR, "missing-name", {"field": header.names[name_index]},
                                        **at(excel_row, name_index)))
                continue
        if header.kind == "contacts" and "level" not in values and "level" in header.fields \
                and not cells[header.fields["level"]].strip():
            problems.append(Problem(WARNING, "missing-level", {"name": values["name"]},
                                    **at(excel_row, header.fields["level"])))
        for index, field_id in checked_custom:  # cells are padded to the header's width above
            for part in filter(None, (clean(p) for p in cells[index].split("; "))):
                _, issue = PARSERS[field_id](part)
                if issue is not None and issue.severity == ERROR:
                    problems.append(Problem(issue.severity, issue.code, issue.params, **at(excel_row, index)))
        row = Row(Source(sheet.file, sheet.name, excel_row), values)
        for index, name in custom:
            if cells[index].strip():
                row.custom[name] = clean(cells[index])
        rows.append(row)
    if blank:
        one = len(blank) == 1
        what = {"da": "tom række er" if one else "tomme rækker er",
                "en": "blank row was" if one else "blank rows were"}
        problems.append(Problem(WARNING, "blank-rows", {"count": len(blank), "what": what,
                                                        "rows": spans(blank)}, **where))
    return rows


def _merged_names(sheet: RawSheet, header: Header, name_index: int | None,
                  problems: list[Problem]) -> dict[int, str]:
    """Names in merged cells spanning several rows: fill them down, with a warning."""
    if name_index is None or not sheet.merged:
        return {}
    column = sheet.first_col + name_index
    filled: dict[int, str] = {}
    for (top, left), (bottom, right) in sheet.merged:
        if not left <= column <= right or bottom <= top:
            continue
        first = top - (sheet.first_row - 1)
        if first < 0 or first >= len(sheet.rows):
            continue
        name = clean(sheet.rows[first][name_index])
        if not name or first <= header.row_index:
            continue
        for offset in range(first + 1, bottom - (sheet.first_row - 1) + 1):
            filled[offset] = name
        problems.append(Problem(WARNING, "filled-down", {"name": name, "count": bottom - top + 1},
                                      file=sheet.file, sheet=sheet.name, row=top + 1))
    return filled


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
