"""Finding the table in a sheet and deciding what each of its columns holds.

The header row is the row that best explains the columns below it, not the
first row with text: titles, notes and dates above a table are passed over, and
so is a row of group headers ("Partner", "Bibliotekets kontakt" over the real
headers). When the meaning lies in two rows together (a merged "Kontaktperson"
over "hos partneren" and "hos biblioteket") the two rows are read as one. An
Excel table ("Format as Table") is read from its own range and header.

Each column's field is chosen from its header's meaning
(:mod:`netkort.read.headers`) weighed with its values: a header that only hints
at a field must be confirmed by values that fit it, and a column whose cells are
mostly level words is a level column whatever its header says. When two columns
compete for one field the better one wins and the other is kept as an extra
column; every decision is kept in :class:`Column` for the column report.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_, Nn_, Phrase
from ..text import clean, column_letter, fold
from ..vocabulary import (
    MARK_WORDS,
    MULTI_VALUED,
    PERIOD_WORDS,
    SHEET_NAMES,
    TOTAL_WORDS,
    VALUE_CHECKED,
    VALUE_ONLY,
    WEIGHT_LEVELS,
    WEIGHT_WORDS,
)
from .column_map import ColumnMap
from .headers import ALIASES, COLUMNS, EXACT, meaning, words
from .values import fits
from .workbook import RawSheet

HEADER_SCAN_ROWS = 30
SAMPLE = 200  # values looked at per column to weigh its meaning
# characters of each sampled value looked at: no field's values are longer, and a 20 MB cell
# would otherwise be matched against every field's patterns (seconds per field)
SAMPLE_CHARS = 1000
ACCEPT = 0.5  # the least a column's evidence must reach to be read as a field
HINT = 0.6  # below this a header's words only hint at a field
CONFIRMED = 0.6  # share of values that must fit a field for the values to confirm it
REFUTED = 0.5  # below this share, values refute a header that is only a word's hint
VALUES_ALONE = 0.8  # share of values that makes a column a level column by its values
NAMED = 0.8  # a field named by a header, not merely hinted at ("Partner" names the actor; "forening" doesn't)
FORCED = 100.0  # the user's column map beats any guess
SHORTLIST = 4  # header readings weighed with their values
# Fields that name someone or something, so a column of dates is none of them: a relation's
# ends never, whatever the header; the others not when their header merely hints at them.
NAMING = ("name", "contact_person", "staff", "type", "department")
ENDS = ("source", "target")
KINDS = ("contacts", "relations", "staff", "checklist", "candidates")
# The guide's tools: a checklist per partnership (Tjekliste) and the candidates' answers (Kandidater).
GUIDE_KINDS = ("checklist", "candidates")
# The columns of its own (headings, questions, gap, decision) a guide table names, unless its sheet is named so.
GUIDE_COLUMNS = 3
# What a table of each kind cannot do without.
REQUIRED = {"contacts": ("name",), "relations": ("source", "target"), "staff": ("name",),
            "checklist": ("name",), "candidates": ("name",)}
GENERATED = "Kolonne {letter}"  # the name of an extra column with an empty header (data, not a sentence)

_SHEET_KEYS = {kind: tuple(fold(n) for n in names) for kind, names in SHEET_NAMES.items()}
_WEIGHT_WORDS = frozenset(fold(w) for w in WEIGHT_WORDS)
# The marks of a column per space ("x" under "Læring"): yes, and an explicit no.
_PERIODS = frozenset(fold(w) for w in PERIOD_WORDS)
_YES = frozenset(MARK_WORDS["yes"])
_MARKS = _YES | frozenset(MARK_WORDS["no"])
# Fields a staff list has too: they alone do not make a table a contacts table.
_SHARED = frozenset({"name", "email", "id", "phone"})


@dataclass
class Column:
    """How one column was read: its field, or why it is kept as an extra column."""

    index: int  # into the table's cells
    letter: str
    header: str  # as written; two header rows joined with a space
    field: str | None = None  # the field id, or None for an extra column
    how: str = "extra"  # alias, words, values, user, joined, duplicate, extra, generated, id
    score: float = 0.0
    rival: int | None = None  # the column that won this column's field
    value_map: dict[str, str] | None = None  # raw cell -> the value read (weights 1-3 -> levels)
    scale: dict[str, int] = dataclasses.field(default_factory=dict)  # words read as scores: 'Høj' -> 4
    user: bool = False  # chosen by the user's column map
    levels_where_given: bool = False  # an extra column whose level words give those rows their level

    @property
    def name(self) -> str:
        """The name an extra column is kept under."""
        return self.header or GENERATED.format(letter=self.letter)


@dataclass
class Table:
    """A table found in a sheet: its header rows, its data rows and its columns."""

    kind: str
    sheet: RawSheet
    header_rows: tuple[int, ...]  # indices into sheet.rows
    first: int  # index into sheet.rows of the first data row
    end: int  # index after the last data row
    columns: list[Column]
    col0: int = 0  # the table's first column, as an index into the sheet's rows
    excel_table: str = ""  # the Excel table it was read from
    score: float = 0.0
    weak: bool = False  # a name column and nothing else netkort knows
    outside: list[str] = dataclasses.field(default_factory=list)  # cells beside an Excel table, not read

    @property
    def fields(self) -> dict[str, int]:
        """field -> index of the column read as it (the first, for a joined field)."""
        chosen: dict[str, int] = {}
        for column in self.columns:
            if column.field is not None and column.how not in ("joined", "duplicate"):
                chosen.setdefault(column.field, column.index)
        return chosen

    @property
    def header_row(self) -> int:
        """The Excel row number of the (last) header row."""
        return self.sheet.first_row + self.header_rows[-1]

    def cells(self, row: list[str]) -> list[str]:
        """A sheet row's cells in this table, padded to its width."""
        cells = row[self.col0:self.col0 + len(self.columns)]
        if len(cells) < len(self.columns):
            cells = cells + [""] * (len(self.columns) - len(cells))
        return cells


# --- reading a header row -------------------------------------------------------------


def sheet_kind_by_name(name: str) -> str | None:
    """What a sheet's name says it holds ("Kontakter 2025" -> contacts)."""
    key = fold(name)
    for kind, prefixes in _SHEET_KEYS.items():
        if key and any(key.startswith(p) for p in prefixes):
            return kind
    return None


def _quick(names: list[str], kind: str) -> tuple[float, dict[str, float]]:
    """A header row's worth for ``kind`` from its words alone: (total, best per field)."""
    best: dict[str, float] = {}
    for name in names:
        if not name:
            continue
        votes = meaning(name, kind)
        if votes:
            field_id, strength = next(iter(votes.items()))
            if strength >= ACCEPT:
                best[field_id] = max(best.get(field_id, 0.0), strength)
    return sum(best.values()), best  # a field counts once, however many columns name it


def _complete(kind: str, best: dict[str, float]) -> bool:
    """Whether a reading names what a table of ``kind`` cannot do without, clearly enough.

    A name column must be named by more than a hint ("Navn", "Organisation", "Partner"):
    a value such as "kulturinstitution" in a data row is no header.
    """
    if kind == "contacts":
        return best.get("name", 0.0) >= NAMED or "id" in best
    return all(best.get(f, 0.0) >= ACCEPT for f in REQUIRED[kind])


def _kind_of(names: list[str], sheet_name: str) -> list[tuple[str, float]]:
    """What a header row may make its table, best first: contacts, relations or staff, with its worth.

    A relations table names both ends, and no real name column ("Navn") beside them;
    a contacts table names a name and, to beat the others, fields only contacts
    have (a contacts sheet with "Fra"/"Til" date columns stays contacts). A staff
    table names a department, or sits on a sheet called so. The sheet's name only
    breaks ties. The others follow, for when the values overrule the headers.
    """
    named = sheet_kind_by_name(sheet_name)
    if named == "notes":
        return []
    read = {kind: _quick(names, kind) for kind in KINDS}
    complete = {kind: value for kind, value in read.items() if _complete(kind, value[1])}
    contacts, relations, staff = (complete.get(kind) for kind in KINDS[:3])
    guide = _guide_kind(complete, named)
    if guide is not None:  # a checklist or the candidates: what it is, whatever else a name column makes it
        return [(guide, complete[guide][0])]
    if relations is not None and min(relations[1]["source"], relations[1]["target"]) < NAMED:
        relations = None  # ends merely hinted at make no relations table
    if staff is not None and "department" not in staff[1] and named != "staff":
        staff = None  # a staff list names its departments or says what it is
    first = None
    if relations is not None:
        named_contact = contacts is not None and contacts[1].get("name", 0) >= EXACT
        if not named_contact or named == "relations":
            first = "relations"
    if first is None and contacts is not None and contacts[1].keys() - _SHARED:
        first = "contacts"
    if first is None and staff is not None:
        first = "staff"
    if first is None and contacts is not None and (relations is None or named == "contacts"):
        first = "contacts"
    qualified = {"contacts": contacts, "relations": relations, "staff": staff}
    order = [first] if first else []
    order += [k for k in KINDS[:3] if qualified[k] is not None and k not in order]
    return [(kind, qualified[kind][0]) for kind in order]


def _guide_kind(complete: dict[str, tuple[float, dict[str, float]]], named: str | None) -> str | None:
    """The guide's table a header row makes, if any: one naming more of a checklist's headings (or of
    the 14 questions) than of the fields only contacts have, and at least three, or one on a sheet
    called so ("Tjekliste", "Kandidater"). A column of relation levels makes a contacts table
    ("Navn, Relation, Evaluering, Kommunikation, Ressourcer"), unless the sheet is called so."""
    contacts = complete.get("contacts")
    if contacts and "level" in contacts[1] and named not in GUIDE_KINDS:
        return None
    contact_own = len(contacts[1].keys() - _SHARED - {"notes"}) if contacts else 0
    best, most = None, 0
    for kind in GUIDE_KINDS:
        if kind not in complete:
            continue
        own = len(complete[kind][1].keys() - {"name", "note"})
        if (own >= GUIDE_COLUMNS or (named == kind and own)) and own > contact_own and own > most:
            best, most = kind, own
    return best


def _row_text(row: list[str]) -> list[str]:
    """A row's cells as header text: cleaned, a line break inside a header read as a space."""
    return [" ".join(clean(c).split()) if isinstance(c, str) else "" for c in row]


def _merged_above(sheet: RawSheet, index: int) -> dict[int, str]:
    """Column -> the text of a merged cell in row ``index`` that spans it ('Kontaktperson' over C:D).

    Each column takes the first range (from the left) that spans it, so overlapping
    ranges, which Excel never writes, cost no more than the row is wide.
    """
    spans: dict[int, str] = {}
    row = sheet.first_row - 1 + index  # 0-based sheet row
    covering = sorted((left, right, top) for (top, left), (bottom, right) in sheet.merged
                      if top <= row <= bottom and right > left)
    reach = -1  # the last column spanned so far
    for left, right, top in covering:
        r, c = top - (sheet.first_row - 1), left - sheet.first_col
        if right > reach and 0 <= r < len(sheet.rows) and 0 <= c < len(sheet.rows[r]):
            text = clean(sheet.rows[r][c])
            for col in range(max(left, reach + 1), right + 1):
                spans[col - sheet.first_col] = text
            reach = right
    return spans


def _joined(sheet: RawSheet, upper: int, kind: str) -> list[str] | None:
    """Two header rows read as one; None when the lower row is data, not headers.

    A lower cell that means nothing alone ("hos partneren") joins the group header
    above it: a merged cell spanning it, or (in a CSV) the last cell to its left
    whose own columns continue to the right. Under a header that means something
    alone and spans nothing, a lower row of headers leaves the cell empty: a value
    there makes the lower row the first row of data.
    """
    top = _row_text(sheet.rows[upper])
    low = _row_text(sheet.rows[upper + 1])
    width = max(len(top), len(low))
    top += [""] * (width - len(top))
    low += [""] * (width - len(low))
    spans = _merged_above(sheet, upper)
    names: list[str] = []
    group = ""
    for col in range(width):
        if top[col]:
            group = top[col] if col in spans or (col + 1 < width and not top[col + 1] and low[col + 1]) else ""
        above = spans.get(col) or top[col] or group
        if not low[col]:
            names.append(above)
            continue
        alone = meaning(low[col], kind)
        if top[col] and not alone and meaning(top[col], kind) and not (col in spans or group):
            return None  # a value under a header of its own: the lower row is data
        if alone or not above or above == low[col]:
            names.append(low[col])
        else:
            names.append(f"{above} {low[col]}")
    return names


def _header_rows(sheet: RawSheet) -> list[int]:
    """The first rows with text: where a header may be."""
    found = []
    for index, row in enumerate(sheet.rows):
        if len(found) >= HEADER_SCAN_ROWS:
            break
        if any(isinstance(c, str) and c.strip() for c in row):
            found.append(index)
    return found


def _letters(sheet: RawSheet, col0: int, width: int) -> list[str]:
    return [column_letter(sheet.first_col + col0 + i) for i in range(width)]


def _read_row(names: list[str], letters: list[str], sheet_name: str,
              overrides: ColumnMap | None) -> list[tuple[str, float]]:
    """What a header row may make its table; a row the user's column map names is read as it says."""
    if overrides:
        chosen = {overrides.field_for(sheet_name, n, letter) for n, letter in zip(names, letters, strict=False)
                  if n or letter}
        chosen.discard(None)
        if "name" in chosen:
            return [("contacts", FORCED + _quick(names, "contacts")[0])]
        if {"source", "target"} <= chosen:
            return [("relations", FORCED)]
    return _kind_of(names, sheet_name)


def _headerish(names: list[str], width: int) -> bool:
    """A header names more than one column, unless its table has only one or its one cell is a
    header netkort knows by heart ("Navn" over columns with no header): a title is one cell."""
    filled = [n for n in names if n]
    return len(filled) >= 2 or width <= 1 or (len(filled) == 1 and EXACT in meaning(filled[0], "contacts").values())


def find_tables(sheet: RawSheet, overrides: ColumnMap | None = None) -> list[Table]:
    """The tables ``sheet`` holds: usually one; several side by side when empty columns part them
    (contacts in A:D, a block of relations in F:H) and each part is a table netkort knows."""
    blocks = _blocks(sheet)
    if len(blocks) > 1 and not sheet.tables:
        tables = [find_table(_view(sheet, first, end), overrides) for first, end in blocks]
        if all(table is not None for table in tables):
            return tables
    table = find_table(sheet, overrides)
    return [table] if table is not None else []


def _blocks(sheet: RawSheet) -> list[tuple[int, int]]:
    """Column ranges with something in them, parted by columns empty in every row."""
    width = max((len(r) for r in sheet.rows), default=0)
    used = [False] * width
    for row in sheet.rows:
        for col, cell in enumerate(row):
            if not used[col] and isinstance(cell, str) and cell.strip():
                used[col] = True
    blocks, start = [], None
    for col, filled in enumerate([*used, False]):
        if filled and start is None:
            start = col
        elif not filled and start is not None:
            blocks.append((start, col))
            start = None
    return blocks


def _view(sheet: RawSheet, first: int, end: int) -> RawSheet:
    """Columns ``first`` to ``end`` of a sheet, as a sheet of their own (Excel's letters kept)."""
    return dataclasses.replace(sheet, rows=[row[first:end] for row in sheet.rows],
                               first_col=sheet.first_col + first, problems=[])


def find_table(sheet: RawSheet, overrides: ColumnMap | None = None) -> Table | None:
    """The table ``sheet`` holds, with every column's field chosen; None for no known table.

    Each of the first rows is read as a header, alone and with the row below it.
    The few readings whose words understand the most are then weighed with the
    values below them, and the table that explains its columns best wins (the
    earliest of equals). Two rows win over one only when they understand at least
    one more column.
    """
    if sheet.tables:
        tables = [t for t in (_excel_table(sheet, excel, overrides) for excel in sheet.tables) if t]
        return max(tables, key=lambda t: t.score, default=None)
    width = max((len(r) for r in sheet.rows), default=0)
    letters = _letters(sheet, 0, width)
    options: list[tuple[float, int, tuple[int, ...], list[str], list[str]]] = []
    single: dict[int, list[tuple[str, float]]] = {}
    for index in _header_rows(sheet):
        names = _row_text(sheet.rows[index])
        found = _read_row(names, letters, sheet.name, overrides) if _headerish(names, width) else []
        single[index] = found
        if found:
            options.append((found[0][1], -index, (index,), names, [k for k, _ in found]))
    for index in list(single):
        below = single.get(index + 1)
        if below is None:
            continue
        kind = (single[index] or below or [("contacts", 0.0)])[0][0]
        joined = _joined(sheet, index, kind)
        found = _read_row(joined, letters, sheet.name, overrides) if joined else []
        alone = max((f[0][1] for f in (single[index], below) if f), default=0.0)
        if found and found[0][1] > alone + 0.4:  # at least one more column understood
            options.append((found[0][1], -index, (index, index + 1), joined, [k for k, _ in found]))
    options.sort(reverse=True)
    best: Table | None = None
    for _, _, rows, names, kinds in options[:SHORTLIST]:
        table = _first_complete(sheet, kinds, rows, names, rows[-1] + 1, len(sheet.rows), 0, overrides)
        if table is not None and (best is None or (round(table.score, 6), -len(rows), -rows[0]) >
                                  (round(best.score, 6), -len(best.header_rows), -best.header_rows[0])):
            best = table  # of equals, one header row before two, and the earlier
    return best


def _first_complete(sheet: RawSheet, kinds: list[str], rows: tuple[int, ...], names: list[str], first: int,
                    end: int, col0: int, overrides: ColumnMap | None, width: int | None = None) -> Table | None:
    """The table the first of ``kinds`` makes that keeps what it cannot do without once the values
    have spoken (a relations reading whose "Fra"/"Til" hold dates is a contacts table after all)."""
    for kind in kinds:
        table = _table(sheet, kind, rows, names, first, end, col0, overrides, width)
        if all(f in table.fields for f in REQUIRED[kind]):
            return table
    return None


def _outside(sheet: RawSheet, top: int, end: int, col0: int, width: int, limit: int = 10) -> list[str]:
    """Cells with text beside or below an Excel table's range, which are not read (a title above is a title)."""
    found: list[str] = []
    for index in range(top, len(sheet.rows)):
        for col, cell in enumerate(sheet.rows[index]):
            inside = top <= index < end and col0 <= col < col0 + width
            if not inside and isinstance(cell, str) and cell.strip():
                found.append(f"{column_letter(sheet.first_col + col)}{sheet.first_row + index}")
                if len(found) > limit:
                    return found
    return found


_TOTALS = frozenset(fold(w) for w in TOTAL_WORDS)


def is_total(cells: list[str]) -> bool:
    """Whether a row is a total ("I alt", "Total: 12"), not a contact."""
    first = next((c.strip() for c in cells if isinstance(c, str) and c.strip()), "")
    return bool(first) and fold(first.split(":")[0]) in _TOTALS


def _excel_table(sheet: RawSheet, excel, overrides: ColumnMap | None) -> Table | None:
    """An Excel table: its header row and its columns are the table's own."""
    header = excel.header_row - (sheet.first_row - 1)
    col0 = excel.first_col - sheet.first_col
    width = excel.last_col - excel.first_col + 1
    if not 0 <= header < len(sheet.rows):
        return None
    names = _row_text(sheet.rows[header][col0:col0 + width])
    names += [""] * (width - len(names))
    kinds = [k for k, _ in _read_row(names, _letters(sheet, col0, width), sheet.name, overrides)]
    end = min(len(sheet.rows), excel.last_row - (sheet.first_row - 1) + 1)
    table = _first_complete(sheet, kinds, (header,), names, header + 1, end, col0, overrides, width=width)
    if table is None:
        return None
    table.excel_table = excel.name
    totals = end < len(sheet.rows) and is_total(sheet.rows[end][col0:col0 + width])
    # Excel's totals row sits right below the table's data and belongs to the table
    table.outside = _outside(sheet, header, end + totals, col0, width)
    return table


# --- choosing each column's field -----------------------------------------------------


def _samples(sheet: RawSheet, first: int, end: int, col0: int, width: int) -> tuple[list[list[str]], int]:
    """Up to SAMPLE values per column from rows spread over the table, and how many rows were looked at."""
    count = max(0, end - first)
    step = max(1, count // SAMPLE)
    values: list[list[str]] = [[] for _ in range(width)]
    looked = 0
    for index in range(first, end, step):
        row = sheet.rows[index]
        if not any(isinstance(c, str) and c.strip() for c in row):
            continue
        looked += 1
        for col in range(width):
            cell = row[col0 + col] if col0 + col < len(row) else ""
            if cell and cell.strip():
                values[col].append(clean(cell[:SAMPLE_CHARS]))
    return values, looked


def _fit(field_id: str, values: list[str]) -> float | None:
    """The share of ``values`` that read as ``field_id``; None when nothing can be said."""
    if not values or field_id not in VALUE_CHECKED:
        return None
    return sum(fits(field_id, v) for v in values) / len(values)


def _date_like(value: str) -> bool:
    """A date as people and Excel write it (not a bare number: ids and years are numbers)."""
    return not value.isdigit() and fits("start", value)


_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def _period_like(value: str) -> bool:
    """A date, a year, or a period in words ("jan 2024", "forår 2025", "Q3 2024")."""
    if _date_like(value) or _YEAR.match(value):
        return True
    parts = words(value)
    return bool(parts) and any(_YEAR.match(p) for p in parts) and all(p in _PERIODS or _YEAR.match(p)
                                                                         or p.isdigit() for p in parts)


def _nameness(values: list[str]) -> float:
    """The share of values that could name someone: neither numbers nor dates."""
    if not values:
        return 0.0
    return sum(not v.replace(".", "").replace(",", "").isdigit() and not _date_like(v) for v in values) / len(values)


def _weight_key(value: str) -> str:
    """'3', '3.0' and '3,0' are the weight 3."""
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() else value


def _weights(sheet: RawSheet, first: int, end: int, index: int) -> dict[str, str] | None:
    """The level each weight in the column gives, when every value is a weight 1, 2 or 3 ('3.0' too)."""
    found: dict[str, str] = {}
    for row in sheet.rows[first:end]:
        cell = clean(row[index]) if index < len(row) else ""
        if cell and cell not in found:
            level = WEIGHT_LEVELS.get(_weight_key(cell))
            if level is None:
                return None
            found[cell] = level
    return found or None


@dataclass(order=True)
class _Candidate:
    score: float
    nameness: float  # ties between names go to the column of names, not of numbers or dates
    fill: float
    order: int
    field: str = dataclasses.field(compare=False)
    how: str = dataclasses.field(compare=False)


def _votes(column: Column, values: list[str], looked: int, kind: str, sheet: RawSheet, first: int, end: int,
           col0: int) -> list[tuple[str, float, str]]:
    """(field, strength, how) for one column: its header's votes weighed with its values."""
    fields = COLUMNS[kind]
    votes = meaning(column.header, kind) if column.header else {}
    found: list[tuple[str, float, str]] = []
    dates = values and sum(map(_date_like, values)) / len(values) >= VALUES_ALONE
    periods = values and sum(map(_period_like, values)) / len(values) >= VALUES_ALONE
    for field_id, strength in votes.items():
        if periods and field_id in ENDS or dates and field_id in NAMING and strength < EXACT:
            continue  # dates name nobody: Onodo's From and To, a "Sist kontaktet" column
        fit = _fit(field_id, values)
        how = "alias" if strength >= EXACT else "words"
        if field_id == "level" and fit is not None and fit < CONFIRMED and _weight_column(column.header):
            column.value_map = _weights(sheet, first, end, col0 + column.index)
            if column.value_map:
                fit, how = 1.0, "weights"
        if field_id in VALUE_CHECKED and fit is not None:
            if strength < EXACT and fit < REFUTED:
                continue  # a hint the values do not bear out
            if fit >= CONFIRMED:
                if strength < HINT and how == "words":
                    how = "values"  # the header only hinted; the values decided
                strength += 0.3
        if strength >= ACCEPT:
            found.append((field_id, strength, how))
    for field_id in VALUE_ONLY:  # mostly level words is a level column, whatever its header says
        if field_id not in fields or len(values) < min(2, looked) or _how_of(found, field_id) == "weights":
            continue
        fit = _fit(field_id, values)
        if fit is not None and fit >= VALUES_ALONE:
            alone = 0.7 + 0.4 * fit
            known = next((s for f, s, _ in found if f == field_id), 0.0)
            if alone > known:
                found = [v for v in found if v[0] != field_id] + [(field_id, alone, "values")]
    if "spaces" in fields and column.header and values and fits("spaces", column.header) \
            and all(_mark(v) in _MARKS for v in values):
        # a column per space, marked with x: each mark stands for the space its header names
        column.value_map = {v: column.header if _mark(v) in _YES else "" for v in dict.fromkeys(values)}
        found = [(f, st, h) for f, st, h in found if f != "spaces"] + [("spaces", 1.0, "marks")]
    return found


def _mark(value: str) -> str:
    return value.strip().casefold()


def _how_of(found: list[tuple[str, float, str]], field_id: str) -> str:
    return next((how for f, _, how in found if f == field_id), "")


def _table(sheet: RawSheet, kind: str, rows: tuple[int, ...], names: list[str], first: int, end: int,
           col0: int, overrides: ColumnMap | None, width: int | None = None) -> Table:
    """Choose every column's field, weighing its header with the values below it.

    ``width`` is an Excel table's own; otherwise the table reaches as far right as
    any of its rows, so values under an empty header are kept, not dropped. The
    table's score is what its chosen columns are worth together.
    """
    if width is None:
        width = max(len(names), max((len(r) - col0 for r in sheet.rows[first:end]), default=0))
    names = names + [""] * (width - len(names))
    columns = [Column(i, letter, names[i]) for i, letter in enumerate(_letters(sheet, col0, width))]
    samples, looked = _samples(sheet, first, end, col0, width)
    fields = COLUMNS[kind]
    candidates: list[_Candidate] = []
    for column in columns:
        values = samples[column.index]
        fill = len(values) / looked if looked else 0.0
        nameness = _nameness(values)
        user = overrides.field_for(sheet.name, column.header, column.letter) if overrides else None
        if user is not None:
            column.user = True
            if user in fields:
                candidates.append(_Candidate(FORCED, nameness, fill, -column.index, user, "user"))
            else:
                column.how = "user"
            continue
        for field_id, strength, how in _votes(column, values, looked, kind, sheet, first, end, col0):
            candidates.append(_Candidate(strength, nameness, fill, -column.index, field_id, how))
    candidates.sort(reverse=True)
    taken: dict[str, tuple[Column, _Candidate]] = {}
    for candidate in candidates:
        column = columns[-candidate.order]
        if column.field is not None or column.how in ("user", "duplicate"):
            continue
        if candidate.field not in taken:
            column.field, column.how, column.score = candidate.field, candidate.how, candidate.score
            if candidate.how not in ("weights", "marks"):
                column.value_map = None
            taken[candidate.field] = (column, candidate)
            continue
        winner, won = taken[candidate.field]
        if candidate.field in MULTI_VALUED and candidate.score >= NAMED:
            column.field, column.how, column.score = candidate.field, "joined", candidate.score
            column.rival = winner.index
        elif fold(column.header) == fold(winner.header) and candidate.how == won.how == "alias" \
                and min(candidate.fill, won.fill) >= 0.5:
            column.how, column.rival = "duplicate", winner.index  # two columns called the same: say so
            column.field = candidate.field
        elif column.rival is None and candidate.score >= NAMED and len(words(column.header)) <= 2:
            column.rival = winner.index  # a strong rival is worth a word ('Actor' beside 'Name')
    if kind == "contacts" and "name" not in taken and "id" in taken:
        column = taken["id"][0]
        column.field, column.how = "name", "id"  # a node list with ids only: the id is the name
    for column in columns:
        if column.field is None and column.how == "extra" and not column.header and samples[column.index]:
            column.how = "generated"
        if column.field is None or column.how == "duplicate":
            column.value_map = None
        if column.how == "joined" and column.value_map and taken[column.field][0].value_map:
            column.how = "marks"  # one more marked space column: joined as the design, nothing to warn
    if kind == "relations" and "level" not in taken:
        # a connection's Type or Label that is a level word on some rows gives those rows their level
        for column in columns:
            if column.field is None and column.how == "extra" and column.header and \
                    any(fits("level", v) for v in samples[column.index]):
                column.levels_where_given = True
                break
    chosen = {c.field: c.score for c in columns if c.field and c.how not in ("joined", "duplicate")}
    weak = kind == "contacts" and chosen.keys() <= {"name"} and sheet_kind_by_name(sheet.name) != "contacts"
    return Table(kind=kind, sheet=sheet, header_rows=rows, first=first, end=end, columns=columns,
                 col0=col0, score=sum(chosen.values()), weak=weak)


def _weight_column(header: str) -> bool:
    return any(w in _WEIGHT_WORDS for w in words(header))


def is_name_header(line: str) -> bool:
    """Whether a one-column CSV's first line is a name header."""
    return ALIASES["contacts"].get(fold(line.strip().strip('"'))) == "name"


# --- a refusal that helps ----------------------------------------------------------------


def likely_header(sheets: list[RawSheet]) -> tuple[RawSheet, int, list[str]] | None:
    """The row that looks most like a header in any of ``sheets``: the one with the most texts
    that are no numbers (the first of equals), as (sheet, row index, its cells)."""
    best: tuple[int, RawSheet, int, list[str]] | None = None
    for sheet in sheets:
        if sheet_kind_by_name(sheet.name) == "notes":
            continue
        for index in _header_rows(sheet):
            names = _row_text(sheet.rows[index])
            texts = sum(1 for n in names if n and not _numberish(n))
            if texts and (best is None or texts > best[0]):
                best = (texts, sheet, index, names)
    return best[1:] if best else None


def refusal(path, sheets: list[RawSheet]):
    """The error for a file with no name column: the row that looked most like a header,
    its likeliest name column, and the ``--column`` option that would make it work."""
    import difflib

    from ..problems import InputFileError
    from ..vocabulary import CONTACT_COLUMNS, NAME_EXAMPLES

    best = likely_header(sheets)
    if best is None:
        names = [f"'{s.name}'" for s in sheets if s.name] or [f"'{Path(path).name}'"]
        listed = ", ".join(names)
        what = Phrase(Nn_("sheet {sheets} is empty", "sheets {sheets} are empty"), count=len(names), sheets=listed)
        return InputFileError("no-data", str(path), what=what)
    sheet, index, names = best
    known = [fold(a) for a in CONTACT_COLUMNS["name"]]
    values = _samples(sheet, index + 1, len(sheet.rows), 0, len(names))[0]

    def likeness(col: int) -> tuple[float, float, float]:
        """How much a column looks like the names: its header's words, then its values'."""
        texts = [v for v in values[col] if not _numberish(v) and not any(fits(f, v) for f in VALUE_CHECKED)]
        distinct = len(set(texts)) / max(1, len(values[col]))
        close = max((difflib.SequenceMatcher(None, fold(names[col]), k).ratio() for k in known), default=0.0)
        return meaning(names[col], "contacts").get("name", 0.0), distinct, close

    candidates = [i for i, n in enumerate(names) if n]
    guess = names[max(candidates, key=likeness)]
    where = (Phrase(N_("Row {row}"), row=sheet.first_row + index) if not sheet.name
             else Phrase(N_("Sheet '{sheet}', row {row},"), sheet=sheet.name, row=sheet.first_row + index))
    found = ", ".join(f"'{n}'" for n in names if n)
    option = f'--column "{guess}=navn"'
    return InputFileError("no-name-column", str(path), where=where, found=found, guess=guess, option=option,
                          accepted=", ".join(NAME_EXAMPLES))


def _numberish(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("-", "").replace(" ", "").isdigit()
