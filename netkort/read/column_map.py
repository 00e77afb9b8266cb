"""The user's column map: what a column means when netkort should not guess.

It comes from ``--column "HEADER=FIELD"`` (on every command that reads
contacts, and ``load(columns=...)``) and from a sheet called ``netkort`` in the
workbook itself, with the columns *Kolonne* and *Betyder*, so that a team sets
it once and everyone's runs agree. A header may be written as it stands in the
workbook, as a column letter ("H"), or with its sheet ("Connections:Type") when
sheets share a header. A field is named by its id, its Danish or English label
or any alias ("navn", "Medarbejder", "staff"); "ekstra" keeps a column as an
extra column. The command line wins over the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import Phrase, pgettext
from ..problems import ERROR, WARNING, Problem, UsageError
from ..text import clean, column_letter, fold
from ..vocabulary import FIELD_LABELS
from .headers import ALIASES, COLUMNS
from .workbook import RawSheet

SHEET_NAME = "netkort"
EXTRA_WORDS = ("ekstra", "extra", "ekstra kolonne", "extra column", "ingen", "none", "ignorer", "ignore")
# The map sheet's own headers; the first rows are searched for them (a title may sit above).
MAP_HEADERS = {"column": ("Kolonne", "Column", "Overskrift", "Header", "Kolumn"),
               "field": ("Betyder", "Means", "Meaning", "Felt", "Field", "Betyr", "Betydning", "Betydelse",
                         "Fält")}
SCAN_ROWS = 30
_EXTRA = frozenset(fold(w) for w in EXTRA_WORDS)
_MAP_KEYS = {role: frozenset(fold(n) for n in names) for role, names in MAP_HEADERS.items()}


def _field_names() -> dict[str, str]:
    """Every way to name a field in a column map, folded: aliases, labels and ids."""
    names: dict[str, str] = {}
    for kind in ("staff", "relations", "contacts"):  # a contacts field's name wins: "Medarbejder" is staff
        names.update(ALIASES[kind])
    for labels in FIELD_LABELS.values():
        names.update({fold(label): field_id for field_id, label in labels.items()})
    for table in COLUMNS.values():
        names.update({fold(field_id): field_id for field_id in table})
    return names


_FIELDS = _field_names()


def field_of(text: str) -> str | None:
    """The field a map entry names; '' for an extra column; None when netkort knows no such field."""
    key = fold(text)
    return "" if key in _EXTRA else _FIELDS.get(key)


def valid_fields(lang: str = "da") -> str:
    """The field names a column map accepts, for messages."""
    labels = FIELD_LABELS[lang]
    shown = [labels[f].lower() for f in COLUMNS["contacts"] if f in labels]
    # TRANSLATORS: what a column map says of a column that is no field; it must be one of the words
    #   netkort reads there (read/column_map.py EXTRA_WORDS: ekstra, extra).
    return ", ".join([*shown, pgettext("column map", "extra", lang)])


def _valid() -> Phrase:
    return Phrase.by(valid_fields)


@dataclass
class Entry:
    """One line of a column map: a header (as the user wrote it) and the field it means."""

    written: str
    field: str  # a field id, or '' for an extra column
    row: int | None = None  # its row on the workbook's map sheet
    used: bool = False

    def __post_init__(self) -> None:
        sheet, sep, header = self.written.partition(":")
        self.key = fold(self.written)
        self.sheet, self.sheet_key = (fold(sheet), fold(header)) if sep and header.strip() else ("", "")
        text = self.written.strip()
        is_letter = 1 <= len(text) <= 3 and text.isascii() and text.isalpha() and text.isupper()
        self.letter = text if is_letter else ""

    def matches(self, sheet: str, header: str, letter: str) -> bool:
        key = fold(header)
        if self.sheet and fold(sheet) == self.sheet and key == self.sheet_key:
            return True
        return bool(key) and key == self.key or bool(self.letter) and letter == self.letter


class ColumnMap:
    """Headers (or letters) and the fields they mean; later entries and the command line win."""

    def __init__(self, entries: list[Entry] | None = None):
        self.entries = list(entries or [])

    def __bool__(self) -> bool:
        return bool(self.entries)

    def field_for(self, sheet: str, header: str, letter: str) -> str | None:
        """The field the map gives a column ('' for an extra column), or None when it says nothing.

        An entry naming the sheet wins over one that doesn't; a header over a letter.
        """
        found = [e for e in self.entries if e.matches(sheet, header, letter)]
        if not found:
            return None
        found.sort(key=lambda e: (bool(e.sheet), e.key == fold(header)))
        entry = found[-1]
        entry.used = True
        return entry.field

    def under(self, other: ColumnMap) -> ColumnMap:
        """This map with ``other``'s entries winning (the command line over the workbook)."""
        return ColumnMap([*self.entries, *other.entries])

    def unused(self) -> list[Entry]:
        return [e for e in self.entries if not e.used]


def column_map(entries) -> ColumnMap:
    """The user's column map from ``--column`` options ("Organisation/navn=navn") or a mapping.

    Raises :class:`~netkort.problems.UsageError` for an entry without '=' or a field
    netkort does not know.
    """
    if isinstance(entries, ColumnMap):
        return entries
    if hasattr(entries, "items"):
        pairs = [(str(h), str(f)) for h, f in entries.items()]
    else:
        pairs = []
        for spec in entries:
            header, sep, name = spec.rpartition("=")
            if not sep or not header.strip() or not name.strip():
                raise UsageError("column-option", value=spec)
            pairs.append((header, name))
    found = []
    for header, name in pairs:
        chosen = field_of(name)
        if chosen is None:
            raise UsageError("column-field", value=name.strip(), valid=_valid())
        found.append(Entry(header.strip(), chosen))
    return ColumnMap(found)


def is_map_sheet(sheet: RawSheet) -> bool:
    return fold(sheet.name) == SHEET_NAME


def read_map_sheet(sheet: RawSheet) -> tuple[ColumnMap, list[Problem]]:
    """A workbook's own column map: the sheet 'netkort' with the columns Kolonne and Betyder."""
    rows = [[clean(c) if isinstance(c, str) else "" for c in r] for r in sheet.rows]
    start, column, meaning = 0, 0, 1
    for index, cells in enumerate(rows[:SCAN_ROWS]):
        keys = [fold(c) for c in cells]
        where = {role: next((i for i, k in enumerate(keys) if k in names), None) for role, names in _MAP_KEYS.items()}
        if where["column"] is not None and where["field"] is not None:
            start, column, meaning = index + 1, where["column"], where["field"]
            break
    entries, problems = [], []
    for index in range(start, len(rows)):
        cells = rows[index] + ["", ""]
        header, name = cells[column], cells[meaning]
        if not header and not name:
            continue
        chosen = field_of(name) if name else None
        if not header or chosen is None:
            problems.append(Problem(ERROR, "column-map-row", {"header": header, "value": name, "valid": _valid()},
                                    file=sheet.file, sheet=sheet.name, row=sheet.first_row + index,
                                    column=column_letter(sheet.first_col + (meaning if header else column))))
            continue
        entries.append(Entry(header, chosen, row=sheet.first_row + index))
    return ColumnMap(entries), problems


def unused_in_sheet(columns: ColumnMap, sheet: RawSheet, headers: list[tuple[str, str, str]]) -> list[Problem]:
    """A map sheet's entries that name no column of the workbook: a warning each, with the headers there are.

    ``headers`` are the workbook's columns as (sheet, header, letter). An entry the command
    line overrode still names a column, and is no mistake.
    """
    found = ", ".join(f"'{h}'" for h in list(dict.fromkeys(h for _, h, _ in headers if h))[:30])
    return [Problem(WARNING, "column-map-unused", {"value": e.written, "found": found}, file=sheet.file,
                    sheet=sheet.name, row=e.row, column=column_letter(sheet.first_col))
            for e in columns.entries if not any(e.matches(*column) for column in headers)]


def check_used(columns: ColumnMap, headers: list[str]) -> None:
    """Every ``--column`` must name a column of the files read: a typo is a usage error (exit 2)."""
    unused = columns.unused()
    if unused:
        found = ", ".join(f"'{h}'" for h in list(dict.fromkeys(headers))[:30])
        raise UsageError("column-unused", value=unused[0].written, found=found)
