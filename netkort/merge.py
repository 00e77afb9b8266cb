"""Combining a workshop's workbooks into one (``netkort merge``).

At a mapping workshop every group fills in its own copy of the template; the
facilitator merges them into one workbook in the template's format (sheets
Kontakter, Relationer, Medarbejdere, with the template's headers and then
every extra column) plus a sheet *Problemer*. Nothing is lost, and merging
the result again changes nothing, also in another language.

The workbook is in the merge's language (``lang``), as ``netkort template --lang``
writes it: sheet names, headers, the dropdowns' values and the "(anden værdi)"
columns (English: Contacts, Relations, Staff, "Sector (other value)", Problems).
The Danish names are used below.

How the result is laid out:

* **Kontakter**: one row per actor and distinct set of relation values
  (Kontaktperson, Relation, Aftale, Start, Sidste kontakt, Næste evaluering,
  Aktiviteter, Noter). Staff members whose relation to the actor has the same
  values share a row ("Mette Kjær; Jens Berg"); an actor held differently by
  two groups gets a row for each. The actor's own values (Type, Sektor,
  E-mail, Telefon, Rum, Målgrupper, Indflydelse, Interesse, Tema and every
  extra column) are repeated on each of its rows: lists are united; where
  groups disagree about a single value, the first value stays in its column
  and the others go to an extra column "<kolonne> (anden værdi)", separated
  by "; ", and the conflict is listed on *Problemer*. A cell netkort could not
  read (a misspelt level, a score of 7) is written back as it was, so ``check``
  still points at it.
* **Relationer**: one row per pair of actors and relation values, names
  spelt as in Kontakter.
* **Medarbejdere**: one row per staff member; rows with the same name whose
  department and e-mail do not contradict each other are one.
* **Tjekliste** and **Kandidater** (the guide's checklist and candidates, headers
  and answers in the output language, with the template's dropdowns): one row
  per partnership or candidate. Rows for the same name from several groups are
  one; an answer they agree on is kept once, and where they disagree the first
  answer stays in its column and the others go to "<kolonne> (anden værdi)",
  listed on *Problemer*, as for Kontakter. A sheet no input has rows for is not
  written.
* **Problemer**: actors merged from several rows, conflicting values, the
  same staff member holding one actor in different ways, possible duplicates
  (similar names) and every problem found in the input files, each with file,
  sheet and row.

Values are written as the template's dropdowns in the merge's language offer
them (levels, spaces, sector, agreement); an earlier merge's "(anden værdi)"
column in another language becomes this language's column. Dates are written
as real Excel dates, lists joined with "; ", and text always as text, never as
a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import LANGS, N_, NC_, Labels, Nn_, translate
from .problems import ERROR, Problem
from .read.contacts import Dataset, Row, Source
from .template import (
    CONTACT_COLUMNS,
    CONTACT_HEADERS,
    RELATION_COLUMNS,
    SHEETS,
    STAFF_COLUMNS,
    ByLang,
    candidate_headers,
    checklist_headers,
)
from .text import fold, name_key
from .vocabulary import (
    AGREEMENT_LABELS,
    ANSWER_LABELS,
    CHECKLIST,
    DECISION_LABELS,
    FIELD_LABELS,
    LEVEL_LABELS,
    OTHER_VALUE,
    QUESTIONS,
    SECTOR_LABELS,
    SPACE_LABELS,
    other_base,
    other_value,
)

HEADER_FIELD = {label: f for f, label in FIELD_LABELS["da"].items()}
CONTACT_FIELDS = [HEADER_FIELD[h] for h in CONTACT_HEADERS]
# The template's contact headers of every language, by field ("Sektor", "Sector" -> sector).
_CONTACT_HEADER_FIELDS = {fold(translate(c, lang)): f for lang in LANGS
                          for c, f in zip(CONTACT_COLUMNS, CONTACT_FIELDS, strict=True)}
_SECTOR_KEYS = {fold(label): key for labels in SECTOR_LABELS.values() for key, label in labels.items()}
RELATION_FIELDS = ["source", "target", "level", "note"]
STAFF_FIELDS = ["name", "department", "email"]
# What a staff member's relation to an actor consists of: rows differing here stay apart.
RELATION_VALUES = ("contact_person", "level", "agreement", "start", "last_contact",
                   "next_evaluation", "activities", "notes")
ACTOR_SINGLE = ("type", "sector", "influence", "interest")
LIST_FIELDS = ("email", "phone", "staff", "spaces", "groups", "tags")
_LABELS = {"level": LEVEL_LABELS, "sector": SECTOR_LABELS, "agreement": AGREEMENT_LABELS}
# The sheets netkort merge writes, in the merge's language (the template's names, and Problemer).
# TRANSLATORS: the merged workbook's sheet of what was merged, conflicting or a possible duplicate;
#   nb 'Problemer', sv 'Problem' (names netkort's reader skips).
PROBLEMS = NC_("workbook sheet", "Problems")
SHEET_NAMES = ByLang(lambda lang: {"contacts": translate(SHEETS[1], lang), "relations": translate(SHEETS[2], lang),
                                   "staff": translate(SHEETS[3], lang), "problems": translate(PROBLEMS, lang)})
# The template's headers in each language, by field (the same order in every language).
HEADERS = ByLang(lambda lang: {
    "contacts": [translate(c, lang) for c in CONTACT_COLUMNS],
    "relations": [translate(c, lang) for c in RELATION_COLUMNS],
    "staff": [translate(c, lang) for c in STAFF_COLUMNS]})
# Problems whose cell was unusable: the text is written back as it was.
_UNREAD = {"unknown-level", "unknown-space", "unknown-sector", "unknown-agreement",
           "bad-score", "bad-date", "unknown-answer", "unknown-decision"}
# Input problems the merge restates in its own words.
_RESTATED = {"merged-rows", "conflict", "guide-repeated"}
# The guide's sheets: their fields in the template's order (Kandidater's extra columns go after Udfylder).
GUIDE_FIELDS = {"checklist": ("name", *CHECKLIST, "note"),
                "candidates": ("name", "fills", *QUESTIONS, "decision", "note")}
GUIDE_SHEETS = ByLang(lambda lang: {"checklist": translate(SHEETS[4], lang), "candidates": translate(SHEETS[5], lang)})

# What a line of the Problemer sheet is about.
KINDS = Labels({"merged": NC_("merge note", "merged"), "conflict": NC_("merge note", "conflict"),
                "relation-conflict": NC_("merge note", "conflict"),
                "duplicate": NC_("merge note", "possible duplicate"), "error": NC_("merge note", "error in input"),
                "warning": NC_("merge note", "warning in input")})
NOTE_COLUMNS = (NC_("merge column", "What"), NC_("merge column", "Concerns"), NC_("merge column", "Message"),
                NC_("merge column", "File"), NC_("merge column", "Sheet"), NC_("merge column", "Row"),
                NC_("merge column", "Row in merged"))
NOTE_HEADERS = ByLang(lambda lang: [translate(h, lang) for h in NOTE_COLUMNS])
# The Problemer sheet's sentences; {sheet} is the merged workbook's contact sheet in the same language.
TEXTS = {
    "merged": Nn_("'{name}' was on {count} row ({places}); now one actor on {rows} in {sheet}.",
                  "'{name}' was on {count} rows ({places}); now one actor on {rows} in {sheet}."),
    "conflict": N_("'{name}' has different values in '{column}': {values}. '{first}' is in '{column}', "
                   "the rest in '{other}'."),
    "relation-conflict": Nn_("{staff} holds '{name}' in {count} different way ({rows} in {sheet}); all are kept.",
                             "{staff} holds '{name}' in {count} different ways ({rows} in {sheet}); all are kept."),
    "pair-merged": Nn_("The relation '{a}' – '{b}' was there {count} time; it is written once.",
                       "The relation '{a}' – '{b}' was there {count} times; it is written once."),
    "pair-conflict": N_("The relation '{a}' – '{b}' has different values: {values}; all are kept."),
    "guide-merged": Nn_("'{name}' was on {count} row ({places}); now one row on the sheet {sheet} (row {row}).",
                        "'{name}' was on {count} rows ({places}); now one row on the sheet {sheet} (row {row})."),
    "guide-conflict": N_("'{name}' has different values in '{column}' on the sheet {sheet}: {values}. "
                         "'{first}' is in '{column}', the rest in '{other}'."),
    "row": NC_("merge", "row {row}"), "span": NC_("merge", "rows {first}-{last}"), "rows": NC_("merge", "rows {rows}"),
    "sheet_row": N_("{file} › {sheet} row {row}"), "file_row": N_("{file} row {row}"),
}


class Texts:
    """The Problemer sheet's sentences in one language: ``texts.say("merged", count=3, ...)``."""

    def __init__(self, lang: str):
        self.lang = lang
        self.other = other_value(lang)  # " (anden værdi)"
        self.sheets = SHEET_NAMES[lang]
        self.headers = HEADERS[lang]
        self.labels = dict(zip(CONTACT_FIELDS, self.headers["contacts"], strict=True))

    def other_column(self, column: str) -> str:
        """An earlier merge's "<kolonne> (anden værdi)" column (of any language) in this language:
        a template header is said in this language, any other column keeps its name."""
        if column.endswith(self.other):
            return column
        base = other_base(column) or column
        field_id = _CONTACT_HEADER_FIELDS.get(fold(base))
        return (self.labels[field_id] if field_id else base) + self.other

    def other_values(self, column: str, parts: list[str]) -> list[str]:
        """The values of an earlier merge's other-value column; a sector said in another
        language is said in this one (the dropdown's value)."""
        if column.endswith(self.other) or _CONTACT_HEADER_FIELDS.get(fold(other_base(column) or "")) != "sector":
            return parts
        return [SECTOR_LABELS[self.lang].get(_SECTOR_KEYS.get(fold(part)), part) for part in parts]

    def say(self, key: str, **params) -> str:
        count = params.get("count")
        return translate(TEXTS[key], self.lang, count if isinstance(count, int) else None).format(**params)


class Unread(str):
    """The text of a cell netkort could not read; written back unchanged."""


@dataclass
class Table:
    """One sheet of the merged workbook: headers and rows of cell values.

    ``kind`` is ``checklist`` or ``candidates`` for the guide's sheets (``problems`` for Problemer), written as the
    template writes them: ``extra`` columns after Udfylder, ``tail`` columns after Noter.
    """

    name: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    kind: str = ""
    extra: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Note:
    """One line of the Problemer sheet."""

    kind: str  # merged | conflict | relation-conflict | duplicate | error | warning
    subject: str
    message: str
    file: str = ""
    sheet: str = ""
    row: int | None = None
    merged_row: int | None = None  # the Excel row in the merged sheet (Kontakter, or Tjekliste/Kandidater)


@dataclass
class Merged:
    """The merged workbook as data; :func:`write_merged` saves it."""

    contacts: Table
    relations: Table
    staff: Table
    notes: list[Note]
    files: list[str]
    lang: str = "da"
    guide: list[Table] = field(default_factory=list)  # Tjekliste and Kandidater, those with rows

    @property
    def checklist(self) -> Table | None:
        """The merged sheet Tjekliste, or None when no input has a checklist row."""
        return next((t for t in self.guide if t.kind == "checklist"), None)

    @property
    def candidates(self) -> Table | None:
        """The merged sheet Kandidater, or None when no input has a candidate row."""
        return next((t for t in self.guide if t.kind == "candidates"), None)

    @property
    def problems_sheet(self) -> str:
        """The name of the Problemer sheet in the merge's language."""
        return SHEET_NAMES[self.lang]["problems"]

    def sheets(self) -> list[Table]:
        """The sheets :func:`write_merged` writes, in order (Problemer last)."""
        return [self.contacts, self.relations, self.staff, *self.guide, notes_table(self)]

    @property
    def actors(self) -> int:
        return len({name_key(str(row[0])) for row in self.contacts.rows})

    def count(self, kind: str) -> int:
        """How many notes of ``kind`` (merged, conflict, duplicate…)."""
        return sum(1 for note in self.notes if note.kind == kind)

    def save(self, path: Path | str) -> Path:
        """Write the merged workbook (.xlsx), as ``netkort merge -o`` does; never over an input."""
        from .display import checked_output

        return write_merged(self, checked_output(path, (".xlsx",), self.files, "merge"))


def merge_files(paths: Iterable[Path | str], lang: str = "da",
                progress: Callable[[str], None] | None = None, columns=None) -> Merged:
    """Merge a workshop's workbooks into one, as ``netkort merge`` does.

    The same actor from several groups becomes one actor and every staff member's
    relation is kept; values the groups disagree on are all kept, and the
    Problemer sheet lists what was merged, conflicting or a possible duplicate
    (see the module's docstring for the layout).

    Parameters
    ----------
    paths : iterable of path or str
        The groups' workbooks or CSV files.
    lang : str
        The workbook's language: sheet names, headers, values and the Problemer sheet
        ("da", "nb", "sv" or "en").
    progress : callable, optional
        Called with a short text as reading goes on.
    columns : mapping or iterable of str, optional
        How to read a column, as for :func:`netkort.load`.

    Returns
    -------
    Merged
        The merged tables; ``.save(path)`` writes the workbook.

    Examples
    --------
    >>> import netkort
    >>> merged = netkort.merge([netkort.sample(), netkort.sample("filial.xlsx")])
    >>> merged.actors, merged.count("merged"), merged.count("conflict")
    (337, 7, 1)
    >>> [table.name for table in merged.sheets()]
    ['Kontakter', 'Relationer', 'Medarbejdere', 'Tjekliste', 'Kandidater', 'Problemer']
    """
    from .network import load

    network = load(paths, progress=progress, columns=columns)
    return merge(network.data, network.problems, lang=lang)


def merge(data: Dataset, problems: list[Problem], lang: str = "da") -> Merged:
    """Merge the typed rows of several files into one workbook's tables.

    ``problems`` are those found while reading and building the graph
    (``netkort.network.load(...).problems``): unreadable cells are written
    back from them, and they are listed on the Problemer sheet.
    """
    texts = Texts(lang)
    unread = _unread_cells(problems, data)
    notes: list[Note] = []
    contacts, names = _merge_contacts(data, unread, notes, texts)
    relations = _merge_relations(data, unread, names, notes, texts)
    staff = _merge_staff(data, texts)
    guide_rows: dict[Source, int] = {}  # an input row of Tjekliste/Kandidater -> its row in the merged sheet
    guide = [table for kind in GUIDE_FIELDS
             if (table := _merge_guide(kind, data, unread, notes, texts, lang, guide_rows)) is not None]
    first_rows = _first_rows(contacts)
    row_names = {row.source: str(row.values["name"])
                 for row in (*data.contacts, *data.checklist, *data.candidates)}
    for problem in problems:
        if problem.code in _RESTATED:
            continue
        kind = "duplicate" if problem.code == "similar-names" else problem.severity
        source = Source(problem.file, problem.sheet, problem.row or 0)
        subject = str(problem.params.get("name") or problem.params.get("a") or row_names.get(source, ""))
        notes.append(Note(kind, subject, problem.message(lang), problem.file, problem.sheet,
                          problem.row, guide_rows.get(source, first_rows.get(name_key(subject)))))
    order = {"merged": 0, "conflict": 1, "relation-conflict": 1, "duplicate": 2, ERROR: 3}
    notes.sort(key=lambda n: order.get(n.kind, 4))
    return Merged(contacts, relations, staff, notes, list(data.files), lang, guide)


# --- cells: typed values back to what a person types -------------------------------

def _unread_cells(problems: list[Problem], data: Dataset) -> dict[Source, dict[str, str]]:
    """The text of every cell that could not be used, by row and the field its column was read as."""
    fields = {(r.file, r.sheet, c.letter): c.field for r in data.readings for c in r.columns if c.field}
    cells: dict[Source, dict[str, str]] = {}
    for p in problems:
        if p.severity == ERROR and p.code in _UNREAD and p.row is not None and "value" in p.params:
            field_id = fields.get((p.file, p.sheet, p.column))
            if field_id is not None:
                cells.setdefault(Source(p.file, p.sheet, p.row), {})[field_id] = str(p.params["value"])
    return cells


def shown(field_id: str, value: object, lang: str = "da") -> object:
    """A typed value as the template's dropdowns in ``lang`` write it; lists stay lists."""
    if field_id in _LABELS:
        return _LABELS[field_id][lang].get(value, str(value))
    if field_id == "spaces":
        return [SPACE_LABELS[lang].get(s, s) for s in value]
    if isinstance(value, (tuple, list)):
        return list(value)
    return value


def _cells(row: Row, kind: str, unread: dict[Source, dict[str, str]], lang: str = "da") -> dict[str, object]:
    """A row's values in display form, unreadable cells as their text (:class:`Unread`)."""
    cells = {f: shown(f, v, lang) for f, v in row.values.items()}
    for field_id, text in unread.get(row.source, {}).items():
        if field_id == "spaces":  # the readable spaces were kept; add the rest as written
            cells["spaces"] = [*cells.get("spaces", []), *(Unread(t) for t in text.split(", "))]
        else:
            cells[field_id] = Unread(text)
    return cells


def cell_text(value: object) -> str:
    """How a value reads in a message: '01-03-2026', 'a; b'."""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


# --- Kontakter --------------------------------------------------------------------------

def _merge_contacts(data: Dataset, unread: dict, notes: list[Note],
                    texts: Texts) -> tuple[Table, dict[str, str]]:
    """The Kontakter table, and each actor's name by name key (for the Relationer sheet)."""
    custom = list(data.custom_columns["contacts"])
    groups: dict[str, list[tuple[Row, dict]]] = {}
    for row in data.contacts:
        groups.setdefault(name_key(row.values["name"]), []).append((row, _cells(row, "contacts", unread, texts.lang)))

    actors = []
    extras: list[str] = []  # "<kolonne> (anden værdi)" columns, in the order first needed
    simple = not any(other_base(column) is not None for column in custom)
    for rows in groups.values():
        if simple and len(rows) == 1:
            actor = _single_actor(*rows[0], custom)
        else:
            actor = _actor(rows, custom, extras, texts)
        actors.append((rows, actor))
    template = texts.headers["contacts"]
    own = [texts.other_column(c) if other_base(c) is not None else c for c in custom]
    headers = template + list(dict.fromkeys([*own, *extras]))

    table = Table(texts.sheets["contacts"], headers)
    names: dict[str, str] = {}
    for rows, actor in actors:
        first_row = len(table.rows) + 2
        for relation, staff in actor["relations"]:
            cells = {**actor["values"], **relation, "staff": staff}
            table.rows.append([_out(cells.get(f)) for f in CONTACT_FIELDS]
                              + [_out(actor["custom"].get(c)) for c in headers[len(template):]])
        names[name_key(actor["values"]["name"])] = actor["values"]["name"]
        _note_actor(rows, actor, first_row, len(table.rows) + 1, notes, texts)
    return table, names


def _actor(rows: list[tuple[Row, dict]], custom: list[str], extras: list[str], texts: Texts) -> dict:
    """One actor's values, extra-column values, conflicts and relation rows."""
    cells = [c for _, c in rows]
    values: dict[str, object] = {"name": cells[0]["name"]}
    columns: dict[str, object] = {}
    conflicts: list[tuple[str, list, list[Source]]] = []
    for column in custom:  # other values kept by an earlier merge come first
        if other_base(column) is not None:
            found = _distinct([(r.custom.get(column), r.source) for r, _ in rows])
            _add_other(columns, extras, texts.other_column(column)[:-len(texts.other)],
                       texts.other_values(column, [part for v, _ in found for part in str(v).split("; ")]),
                       texts.other)
    for field_id in ACTOR_SINGLE:
        found = _distinct([(c.get(field_id), r.source) for r, c in rows])
        if found:
            values[field_id] = found[0][0]
        if len(found) > 1:
            label = texts.labels[field_id]
            _add_other(columns, extras, label, [cell_text(v) for v, _ in found[1:]], texts.other)
            conflicts.append((label, [v for v, _ in found], [s for _, s in found]))
    for field_id in LIST_FIELDS:
        if field_id != "staff":
            merged = list(dict.fromkeys(v for c in cells for v in c.get(field_id, ())))
            if merged:
                values[field_id] = merged
    for column in custom:
        if other_base(column) is not None:
            continue
        found = _distinct([(r.custom.get(column), r.source) for r, _ in rows])
        if found:
            columns[column] = found[0][0]
        if len(found) > 1:
            _add_other(columns, extras, column, [str(v) for v, _ in found[1:]], texts.other)
            conflicts.append((column, [v for v, _ in found], [s for _, s in found]))

    relations: dict[tuple, list[str]] = {}
    sources: dict[tuple, list[Source]] = {}
    for row, cell in rows:
        key = tuple((f, cell.get(f)) for f in RELATION_VALUES)
        held = relations.setdefault(key, [])
        sources.setdefault(key, []).append(row.source)
        for person in cell.get("staff", ()):
            if name_key(person) not in {name_key(p) for p in held}:
                held.append(person)
    return {"values": values, "custom": columns, "conflicts": conflicts,
            "relations": [({f: v for f, v in key if v is not None}, staff)
                          for key, staff in relations.items()],
            "sources": sources}


def _single_actor(row: Row, cell: dict, custom: list[str]) -> dict:
    """The common case, an actor on one row with no earlier conflicts: what
    :func:`_actor` returns for it, without the merging work (3× faster at 20,000)."""
    values: dict[str, object] = {"name": cell["name"]}
    for field_id in ACTOR_SINGLE:
        if cell.get(field_id) is not None:
            values[field_id] = cell[field_id]
    for field_id in LIST_FIELDS:
        if field_id != "staff" and cell.get(field_id):
            values[field_id] = list(dict.fromkeys(cell[field_id]))
    key = tuple((f, cell.get(f)) for f in RELATION_VALUES)
    staff = list({name_key(p): p for p in reversed(cell.get("staff", ()))}.values())[::-1]
    return {"values": values,
            "custom": {c: row.custom[c] for c in custom if row.custom.get(c) is not None},
            "conflicts": [],
            "relations": [({f: v for f, v in key if v is not None}, staff)],
            "sources": {key: [row.source]}}


def _distinct(pairs: list[tuple[object, Source]]) -> list[tuple[object, Source]]:
    """Distinct non-empty values with where each was first seen; readable values first."""
    seen: dict[object, Source] = {}
    for value, source in pairs:
        if value is not None and value not in seen:
            seen[value] = source
    return sorted(seen.items(), key=lambda item: isinstance(item[0], Unread))


def _add_other(columns: dict, extras: list[str], column: str, values: list[str],
               mark: str = OTHER_VALUE) -> None:
    """Add ``values`` to the "(anden værdi)" column of ``column`` (``mark`` in the merge's language)."""
    other = column + mark
    if other not in extras:
        extras.append(other)
    current = [v for v in str(columns.get(other, "")).split("; ") if v]
    merged = list(dict.fromkeys(current + [v for v in values if v]))
    if merged:
        columns[other] = "; ".join(merged)


def _out(value: object) -> object:
    """A cell value for the workbook: lists joined with '; ', nothing for empty."""
    if isinstance(value, list):
        return "; ".join(map(str, value)) or None
    if value == "":
        return None
    return value


def _note_actor(rows: list[tuple[Row, dict]], actor: dict, first: int, last: int,
                notes: list[Note], texts: Texts) -> None:
    """The Problemer lines for one actor: merged rows, conflicts, one person held two ways."""
    name = str(actor["values"]["name"])
    span = texts.say("row", row=first) if first == last else texts.say("span", first=first, last=last)
    sources = list(dict.fromkeys(r.source for r, _ in rows))  # one node of another tool's file is one row
    if len(sources) > 1:
        places = "; ".join(_place(source, texts) for source in sources)
        source = sources[0]
        notes.append(Note("merged", name, texts.say(
            "merged", name=name, count=len(sources), places=places, rows=span, sheet=texts.sheets["contacts"]),
            source.file, source.sheet, source.row, first))
    for column, values, where in actor["conflicts"]:
        notes.append(Note("conflict", name, texts.say(
            "conflict", name=name, column=column, values=" / ".join(cell_text(v) for v in values),
            first=cell_text(values[0]), other=column + texts.other),
            where[1].file, where[1].sheet, where[1].row, first))
    seen: dict[str, tuple[str, list[int]]] = {}
    for index, (_, staff) in enumerate(actor["relations"]):
        for person in staff:
            seen.setdefault(name_key(person), (person, []))[1].append(first + index)
    for person, at in seen.values():
        if len(at) > 1:
            source = rows[0][0].source
            notes.append(Note("relation-conflict", name, texts.say(
                "relation-conflict", staff=person, count=len(at), name=name, sheet=texts.sheets["contacts"],
                rows=texts.say("rows", rows=", ".join(map(str, at)))),
                source.file, source.sheet, source.row, first))


def _place(source: Source, texts: Texts) -> str:
    if source.sheet:
        return texts.say("sheet_row", file=Path(source.file).name, sheet=source.sheet, row=source.row)
    return texts.say("file_row", file=Path(source.file).name, row=source.row)


def _first_rows(table: Table) -> dict[str, int]:
    """The Excel row where each actor first appears in the merged Kontakter sheet."""
    rows: dict[str, int] = {}
    for index, row in enumerate(table.rows, start=2):
        rows.setdefault(name_key(str(row[0])), index)
    return rows


# --- Relationer and Medarbejdere ---------------------------------------------------------

def _merge_relations(data: Dataset, unread: dict, names: dict[str, str], notes: list[Note],
                     texts: Texts) -> Table:
    """One row per pair of actors and relation values; names spelt as in Kontakter."""
    custom = list(data.custom_columns["relations"])
    table = Table(texts.sheets["relations"], texts.headers["relations"] + custom)
    kept: dict[tuple, tuple[list, int]] = {}
    by_pair: dict[frozenset, list[tuple]] = {}
    for row in data.relations:
        cells = _cells(row, "relations", unread, texts.lang)
        for end in ("source", "target"):
            if end in cells:
                cells[end] = names.get(name_key(str(cells[end])), cells[end])
        pair = frozenset(name_key(str(cells.get(end, ""))) for end in ("source", "target"))
        key = (pair, cells.get("level"), cells.get("note"),
               tuple(row.custom.get(c) for c in custom))
        if key in kept:
            kept[key] = (kept[key][0], kept[key][1] + 1)
            continue
        values = [_out(cells.get(f)) for f in RELATION_FIELDS] + [row.custom.get(c) for c in custom]
        kept[key] = (values, 1)
        by_pair.setdefault(pair, []).append(key)
        table.rows.append(values)
    for keys in by_pair.values():
        first = kept[keys[0]][0]
        a, b = first[0] or "", first[1] or ""
        repeats = sum(kept[k][1] for k in keys)
        if len(keys) > 1:
            values = " / ".join(cell_text(kept[k][0][2] or "-") + (f" ({kept[k][0][3]})" if kept[k][0][3] else "")
                                for k in keys)
            notes.append(Note("conflict", f"{a} – {b}", texts.say("pair-conflict", a=a, b=b, values=values)))
        elif repeats > 1:
            notes.append(Note("merged", f"{a} – {b}", texts.say("pair-merged", a=a, b=b, count=repeats)))
    return table


def _merge_staff(data: Dataset, texts: Texts) -> Table:
    """Staff rows with one name and no contradicting details become one row."""
    custom = list(data.custom_columns["staff"])
    table = Table(texts.sheets["staff"], texts.headers["staff"] + custom)
    entries: list[dict] = []
    by_name: dict[str, list[dict]] = {}
    for row in data.staff:
        cells = {f: shown(f, v, texts.lang) for f, v in row.values.items()}
        cells.update({c: v for c, v in row.custom.items()})
        namesakes = by_name.setdefault(name_key(str(cells["name"])), [])
        match = next((e for e in namesakes
                      if all(e.get(f, v) == v for f, v in cells.items() if f != "name")), None)
        if match is None:
            entries.append(cells)
            namesakes.append(cells)
        else:
            for f, v in cells.items():
                match.setdefault(f, v)
    for entry in entries:
        table.rows.append([_out(entry.get(f)) for f in STAFF_FIELDS] + [entry.get(c) for c in custom])
    return table


# --- Tjekliste and Kandidater ----------------------------------------------------------------

def guide_shown(field_id: str, value: object, lang: str = "da") -> object:
    """A checklist or candidate value as the template's dropdowns in ``lang`` write it."""
    if isinstance(value, Unread):
        return value
    if field_id in CHECKLIST or field_id in QUESTIONS:
        return ANSWER_LABELS[lang].get(value, value)
    if field_id == "decision":
        return DECISION_LABELS[lang].get(value, value)
    return value


def _guide_labels(kind: str, lang: str) -> dict[str, str]:
    """Each field of the guide's sheet by its header in ``lang``."""
    headers = checklist_headers(lang) if kind == "checklist" else candidate_headers(lang)
    return dict(zip(GUIDE_FIELDS[kind], headers, strict=True))


def _merge_guide(kind: str, data: Dataset, unread: dict, notes: list[Note], texts: Texts, lang: str,
                 guide_rows: dict[Source, int]) -> Table | None:
    """The sheet Tjekliste or Kandidater: one row per name, as Kontakter combines an actor's values.

    A value the rows agree on is kept once; where they differ, the first (readable
    ones first) stays in its column and the others go to "<kolonne> (anden værdi)",
    with a conflict on Problemer. Values in an "(anden værdi)" column of an earlier
    merge are kept there, so merging again changes nothing.
    """
    from .read.headers import ALIASES
    from .read.values import PARSERS

    rows = getattr(data, kind)
    if not rows:
        return None
    labels = _guide_labels(kind, lang)
    fields = {fold(label): f for f, label in labels.items()}
    plain = [c for c in data.custom_columns[kind] if other_base(c) is None]
    columns = [labels[f] for f in GUIDE_FIELDS[kind][1:]] + plain  # compared, in the sheet's order

    def base(column: str) -> tuple[str | None, str]:
        """An earlier "(anden værdi)" column's field (if it is one) and its column in this sheet."""
        head = other_base(column) or column
        field_id = fields.get(fold(head)) or ALIASES[kind].get(fold(head))
        return (field_id, labels[field_id]) if field_id in labels else (None, head)

    def earlier(column: str, text: str) -> list[object]:
        """The values of an earlier merge's "(anden værdi)" cell, shown in ``lang``."""
        field_id, _ = base(column)
        parts = [part.strip() for part in str(text).split("; ") if part.strip()]
        if field_id is None:
            return parts
        found = [(part, PARSERS[field_id](part)) for part in parts]
        return [Unread(part) if issue is not None or value is None else guide_shown(field_id, value, lang)
                for part, (value, issue) in found]

    groups: dict[str, list[tuple[Row, dict[str, object]]]] = {}
    for row in rows:
        cells = {labels[f]: guide_shown(f, v, lang) for f, v in row.values.items() if f in labels}
        for field_id, text in unread.get(row.source, {}).items():
            cells[labels[field_id]] = Unread(text)
        cells.update({c: v for c, v in row.custom.items() if c in plain})
        groups.setdefault(name_key(str(row.values["name"])), []).append((row, cells))

    sheet = GUIDE_SHEETS[lang][kind]
    name_column = labels["name"]
    entries = []
    for same in groups.values():
        values: dict[str, object] = {name_column: same[0][1][name_column]}
        others: dict[str, list[object]] = {}
        conflicts = []
        for row, _ in same:  # other values kept by an earlier merge come first
            for column, text in row.custom.items():
                if other_base(column) is not None and text:
                    others.setdefault(base(column)[1], []).extend(earlier(column, text))
        for column in columns:
            found = _distinct([(cells.get(column), row.source) for row, cells in same])
            if found:
                values[column] = found[0][0]
            if len(found) > 1:
                others.setdefault(column, []).extend(v for v, _ in found[1:])
                conflicts.append((column, [v for v, _ in found], found[1][1]))
        others = {column: [v for v in dict.fromkeys(items) if v != values.get(column)]
                  for column, items in others.items()}
        entries.append((same, values, others, conflicts))

    other_columns = sorted({c for _, _, others, _ in entries for c, items in others.items() if items},
                           key=lambda c: (columns.index(c) if c in columns else len(columns), c))
    tail = [c + texts.other for c in other_columns]
    if kind == "checklist":
        extra, tail = [], [*plain, *tail]
        headers = checklist_headers(lang, tail)
    else:
        extra, headers = plain, candidate_headers(lang, plain, tail)
    table = Table(sheet, headers, kind=kind, extra=extra, tail=tail)
    for same, values, others, conflicts in entries:
        at = len(table.rows) + 2
        cells = {**values, **{c + texts.other: "; ".join(map(str, items)) for c, items in others.items()}}
        table.rows.append([_out(cells.get(h)) for h in headers])
        name = str(values[name_column])
        sources = list(dict.fromkeys(r.source for r, _ in same))
        for source in sources:
            guide_rows[source] = at
        if len(sources) > 1:
            places = "; ".join(_place(source, texts) for source in sources)
            notes.append(Note("merged", name, texts.say(
                "guide-merged", name=name, count=len(sources), places=places, sheet=sheet, row=at),
                sources[0].file, sources[0].sheet, sources[0].row, at))
        for column, found, where in conflicts:
            notes.append(Note("conflict", name, texts.say(
                "guide-conflict", name=name, column=column, sheet=sheet, values=" / ".join(cell_text(v) for v in found),
                first=cell_text(found[0]), other=column + texts.other), where.file, where.sheet, where.row, at))
    return table


# --- writing ------------------------------------------------------------------------------

def notes_table(merged: Merged) -> Table:
    """The Problemer sheet as a table."""
    kinds = KINDS[merged.lang]
    table = Table(merged.problems_sheet, NOTE_HEADERS[merged.lang], kind="problems")
    for note in merged.notes:
        table.rows.append([kinds.get(note.kind, note.kind), note.subject or None, note.message,
                           Path(note.file).name if note.file else None, note.sheet or None,
                           note.row, note.merged_row])
    return table


def write_table(book, table: Table, lang: str = "da") -> None:
    """Add one sheet of the merged workbook: the guide's sheets as the template writes them
    (wrapped headers, the answers' dropdowns), the others as plain tables."""
    from .spreadsheet import add_table
    from .template import candidates_sheet, checklist_sheet

    if table.kind == "checklist":
        checklist_sheet(book, table.name, table.rows, lang, tail=table.tail)
    elif table.kind == "candidates":
        candidates_sheet(book, table.name, table.rows, lang, extra=table.extra, tail=table.tail)
    else:
        add_table(book, table.name, table.headers, table.rows, autofilter=False,
                  freeze="B2" if table.kind != "problems" else "A2")


def write_merged(merged: Merged, path: Path | str) -> Path:
    """Save ``merged`` as an xlsx workbook in the template's format, plus Problemer."""
    from .spreadsheet import new_workbook

    path = Path(path)
    with new_workbook(path) as book:
        for table in merged.sheets():
            write_table(book, table, merged.lang)
    return path
