"""Finding the header row and knowing what each column means.

Headers are matched folded (case, accents, spacing and punctuation ignored)
against the alias tables in :mod:`netkort.vocabulary`. The header need not be
row 1: titles above a table are common, so the first rows are searched for the
one that names the most known columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import clean, column_letter, fold
from ..vocabulary import CONTACT_COLUMNS, RELATION_COLUMNS, SHEET_NAMES, STAFF_COLUMNS

HEADER_SCAN_ROWS = 30


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(alias): name for name, aliases in table.items() for alias in aliases}


TABLES = {
    "contacts": _index(CONTACT_COLUMNS),
    "relations": _index(RELATION_COLUMNS),
    "staff": _index(STAFF_COLUMNS),
}
_SHEET_KEYS = {kind: tuple(fold(n) for n in names) for kind, names in SHEET_NAMES.items()}
# Columns that only a contacts table has: they tell contacts from a staff list.
_CONTACT_ONLY = {"type", "sector", "staff", "level", "spaces", "groups", "influence",
                 "interest", "agreement", "last_contact", "contact_person"}


@dataclass
class Header:
    """A header row: which column holds which field, and the rest kept as custom."""

    kind: str
    row_index: int  # index into RawSheet.rows
    names: list[str]  # every header cell as written (cleaned)
    fields: dict[str, int] = field(default_factory=dict)  # field -> column index
    custom: dict[int, str] = field(default_factory=dict)  # column index -> header
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)
    weak: bool = False  # a name column and nothing else netkort knows

    def letter(self, index: int, first_col: int = 0) -> str:
        return column_letter(first_col + index)


def read_header(cells: list[str], kind: str, row_index: int = 0) -> Header:
    """Map one row of header cells to fields of the ``kind`` table."""
    table = TABLES[kind]
    header = Header(kind=kind, row_index=row_index, names=[clean(c) for c in cells])
    for index, name in enumerate(header.names):
        if not name:
            continue
        known = table.get(fold(name))
        if known is None:
            header.custom[index] = name
        elif known in header.fields:
            header.duplicates.append((known, header.fields[known], index))
            header.custom[index] = name
        else:
            header.fields[known] = index
    return header


def find_header(rows: list[list[str]], kind: str) -> Header | None:
    """The row among the first ones that names the most ``kind`` columns.

    A contacts header needs a name column; relations need from and to columns.
    """
    best: Header | None = None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        if not any(c.strip() for c in cells if isinstance(c, str)):
            continue
        header = read_header(cells, kind, index)
        if not _complete(header):
            continue
        if best is None or len(header.fields) > len(best.fields):
            best = header
    return best


def _complete(header: Header) -> bool:
    if header.kind == "relations":
        return {"source", "target"} <= header.fields.keys()
    return "name" in header.fields


def sheet_kind_by_name(name: str) -> str | None:
    """What a sheet's name says it holds ("Kontakter 2025" -> contacts)."""
    key = fold(name)
    for kind, prefixes in _SHEET_KEYS.items():
        if key and any(key.startswith(p) for p in prefixes):
            return kind
    return None


def classify(rows: list[list[str]], sheet_name: str) -> Header | None:
    """Decide what a sheet holds and find its header.

    The headers decide: columns only a contacts table has (type, sector, staff,
    spaces…) make it contacts even when it also has "Fra"/"Til" date columns;
    "Fra" and "Til" without them make it relations; a department column makes
    it staff. The sheet's name only breaks ties ("Medarbejdere" with just a
    name column is staff; "Kontakter" with just a name column is contacts).
    """
    named = sheet_kind_by_name(sheet_name)
    if named == "notes":
        return None
    contacts = find_header(rows, "contacts")
    if contacts is not None and _CONTACT_ONLY & contacts.fields.keys():
        return contacts
    relations = find_header(rows, "relations")
    if relations is not None and (contacts is None or named != "contacts"):
        return relations
    staff = find_header(rows, "staff")
    if staff is not None and ("department" in staff.fields or named == "staff"):
        return staff
    if contacts is None:
        return None
    contacts.weak = len(contacts.fields) == 1 and named != "contacts"
    return contacts


def is_name_header(line: str) -> bool:
    """Whether a one-column CSV's first line is a name header."""
    return TABLES["contacts"].get(fold(line.strip().strip('"'))) == "name"


def accepted_names() -> str:
    """The name-column aliases, for messages."""
    return ", ".join(CONTACT_COLUMNS["name"])
