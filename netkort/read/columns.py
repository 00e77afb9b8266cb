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
from dataclasses import dataclass
from pathlib import Path

from ..text import clean, column_letter, fold
from ..vocabulary import (
    MULTI_VALUED,
    SHEET_NAMES,
    VALUE_CHECKED,
    VALUE_ONLY,
    WEIGHT_LEVELS,
    WEIGHT_WORDS,
)
from .headers import ALIASES, COLUMNS, EXACT, meaning, words
from .values import fits
from .workbook import RawSheet

HEADER_SCAN_ROWS = 30
SAMPLE = 200  # values looked at per column to weigh its meaning
ACCEPT = 0.5  # the least a column's evidence must reach to be read as a field
HINT = 0.6  # below this a header's words only hint at a field
CONFIRMED = 0.6  # share of values that must fit a field for the values to confirm it
REFUTED = 0.5  # below this share, values refute a header that is only a word's hint
VALUES_ALONE = 0.8  # share of values that makes a column a level column by its values
KINDS = ("contacts", "relations", "staff")
# What a table of each kind cannot do without.
REQUIRED = {"contacts": ("name",), "relations": ("source", "target"), "staff": ("name",)}
# A contact table's header is best read as one when rows say the same; names the
# user or a format gives win over anything netkort would guess.
GENERATED = "Kolonne {letter}"  # the name of an extra column with an empty header (data, not a sentence)

_SHEET_KEYS = {kind: tuple(fold(n) for n in names) for kind, names in SHEET_NAMES.items()}
_WEIGHT_WORDS = frozenset(fold(w) for w in WEIGHT_WORDS)
# Fields a staff list has too: they alone do not make a table a contacts table.
_SHARED = frozenset({"name", "email", "id"})


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
    if kind == "contacts":
        return "name" in best or "id" in best
    return all(f in best for f in REQUIRED[kind])


def _kind_of(names: list[str], sheet_name: str) -> tuple[str, float] | None:
    """What a header row makes its table: contacts, relations or staff, with its worth.

    A relations table names both ends, and no real name column ("Navn") beside them;
    a contacts table names a name and, to beat the others, fields only contacts
    have (a contacts sheet with "Fra"/"Til" date columns stays contacts). A staff
    table names a department, or sits on a sheet called so. The sheet's name only
    breaks ties.
    """
    named = sheet_kind_by_name(sheet_name)
    if named == "notes":
        return None
    read = {kind: _quick(names, kind) for kind in KINDS}
    complete = {kind: value for kind, value in read.items() if _complete(kind, value[1])}
    contacts, relations, staff = (complete.get(kind) for kind in KINDS)
    if relations is not None and min(relations[1]["source"], relations[1]["target"]) >= 0.8:
        named_contact = contacts is not None and contacts[1].get("name", 0) >= EXACT
        if not named_contact or named == "relations":
            return "relations", relations[0]
    contact_only = contacts is not None and bool(contacts[1].keys() - _SHARED)
    if contact_only:
        return "contacts", contacts[0]
    if staff is not None and ("department" in staff[1] or named == "staff"):
        return "staff", staff[0]
    if contacts is not None and (relations is None or named == "contacts"):
        return "contacts", contacts[0]
    if relations is not None:
        return "relations", relations[0]
    return None


def _row_text(row: list[str]) -> list[str]:
    return [clean(c) if isinstance(c, str) else "" for c in row]


def _merged_above(sheet: RawSheet, index: int) -> dict[int, str]:
    """Column -> the text of a merged cell in row ``index`` that spans it ('Kontaktperson' over C:D)."""
    spans: dict[int, str] = {}
    row = sheet.first_row - 1 + index  # 0-based sheet row
    for (top, left), (bottom, right) in sheet.merged:
        if top <= row <= bottom and right > left:
            r, c = top - (sheet.first_row - 1), left - sheet.first_col
            if 0 <= r < len(sheet.rows) and 0 <= c < len(sheet.rows[r]):
                text = clean(sheet.rows[r][c])
                for col in range(left, right + 1):
                    spans[col - sheet.first_col] = text
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


def _read_row(names: list[str], sheet_name: str, overrides) -> tuple[str, float] | None:
    if _forced(names, overrides):
        return _forced_kind(names, overrides, sheet_name)
    return _kind_of(names, sheet_name)


def find_table(sheet: RawSheet, overrides: dict[str, str | None] | None = None) -> Table | None:
    """The table ``sheet`` holds, with every column's field chosen; None for no known table.

    Each of the first rows is read as a header, alone and with the row below it;
    the reading that understands the most wins, the earliest of equals. Two rows
    win over one only when they understand at least one more column.
    """
    if sheet.tables:
        tables = [t for t in (_excel_table(sheet, excel, overrides) for excel in sheet.tables) if t]
        return max(tables, key=lambda t: t.score, default=None)
    candidates = _header_rows(sheet)
    single: dict[int, tuple[list[str], tuple[str, float] | None]] = {}
    for index in candidates:
        names = _row_text(sheet.rows[index])
        single[index] = (names, _read_row(names, sheet.name, overrides))
    best: tuple[float, tuple[int, ...], list[str], str] | None = None
    for index in candidates:
        names, found = single[index]
        options = []
        if found is not None:
            options.append((found[1], (index,), names, found[0]))
        below = single.get(index + 1)
        if below is not None:
            kind = found[0] if found else (below[1][0] if below[1] else "contacts")
            joined = _joined(sheet, index, kind)
            both = _read_row(joined, sheet.name, overrides) if joined else None
            alone = max((f[1] for f in (found, below[1]) if f is not None), default=0.0)
            if both is not None and both[1] > alone + 0.4:  # at least one more column understood
                options.append((both[1], (index, index + 1), joined, both[0]))
        for option in options:
            if best is None or option[0] > best[0] + 1e-9:
                best = option
    if best is None:
        return None
    score, rows, names, kind = best
    return _table(sheet, kind, rows, names, rows[-1] + 1, len(sheet.rows), 0, overrides, score)


def _forced(names: list[str], overrides: dict[str, str | None] | None) -> bool:
    return bool(overrides) and any(_override(overrides, name, "") is not None for name in names if name)


def _forced_kind(names, overrides, sheet_name) -> tuple[str, float] | None:
    """A row the user's column map names: contacts when it names the name column."""
    chosen = {_override(overrides, n, "") for n in names if n}
    if "name" in chosen:
        return "contacts", 10.0 + _quick(names, "contacts")[0]
    if {"source", "target"} <= chosen:
        return "relations", 10.0
    return _kind_of(names, sheet_name)


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


def _excel_table(sheet: RawSheet, excel, overrides) -> Table | None:
    """An Excel table: its header row and its columns are the table's own."""
    header = excel.header_row - (sheet.first_row - 1)
    col0 = excel.first_col - sheet.first_col
    width = excel.last_col - excel.first_col + 1
    if not 0 <= header < len(sheet.rows):
        return None
    names = _row_text(sheet.rows[header][col0:col0 + width])
    names += [""] * (width - len(names))
    found = _kind_of(names, sheet.name)
    if _forced(names, overrides):
        found = _forced_kind(names, overrides, sheet.name)
    if found is None:
        return None
    kind, score = found
    end = min(len(sheet.rows), excel.last_row - (sheet.first_row - 1) + 1)
    table = _table(sheet, kind, (header,), names, header + 1, end, col0, overrides, score, width=width)
    table.excel_table = excel.name
    table.outside = _outside(sheet, header, end, col0, width)
    return table


# --- choosing each column's field -----------------------------------------------------


def _override(overrides: dict[str, str | None], header: str, letter: str) -> str | None:
    """The field the user's column map gives a header (or a column letter); '' for an extra column."""
    for key in (fold(header), letter.upper()):
        if key and key in overrides:
            value = overrides[key]
            return "" if value is None else value
    return None


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
                values[col].append(clean(cell))
    return values, looked


def _fit(field_id: str, values: list[str]) -> float | None:
    """The share of ``values`` that read as ``field_id``; None when nothing can be said."""
    if not values or field_id not in VALUE_CHECKED:
        return None
    return sum(fits(field_id, v) for v in values) / len(values)


def _weights(sheet: RawSheet, first: int, end: int, index: int) -> bool:
    """Whether every value in the column is a weight 1, 2 or 3 (so each gives a level)."""
    seen = False
    for row in sheet.rows[first:end]:
        cell = row[index].strip() if index < len(row) else ""
        if cell:
            if cell not in WEIGHT_LEVELS:
                return False
            seen = True
    return seen


@dataclass(order=True)
class _Candidate:
    score: float
    fill: float
    order: int
    field: str = dataclasses.field(compare=False)
    how: str = dataclasses.field(compare=False)


def _table(sheet: RawSheet, kind: str, rows: tuple[int, ...], names: list[str], first: int, end: int,
           col0: int, overrides: dict[str, str | None] | None, score: float, width: int | None = None) -> Table:
    """Choose every column's field, weighing its header with the values below it.

    ``width`` is an Excel table's own; otherwise the table reaches as far right as
    any of its rows, so values under an empty header are kept, not dropped.
    """
    if width is None:
        width = max(len(names), max((len(r) - col0 for r in sheet.rows[first:end]), default=0))
    names = names + [""] * (width - len(names))
    columns = [Column(i, column_letter(sheet.first_col + col0 + i), names[i]) for i in range(width)]
    samples, looked = _samples(sheet, first, end, col0, width)
    fields = COLUMNS[kind]
    candidates: list[_Candidate] = []
    for column in columns:
        values = samples[column.index]
        fill = len(values) / looked if looked else 0.0
        user = _override(overrides or {}, column.header, column.letter)
        if user is not None:
            column.user = True
            if user and user in fields:
                candidates.append(_Candidate(100.0, fill, -column.index, user, "user"))
            elif user == "":
                column.how = "user"
            continue
        votes = meaning(column.header, kind) if column.header else {}
        for field_id, strength in votes.items():
            if field_id in ("source", "target") and values and _fit("start", values) == 1.0:
                continue  # dates are no relation ends (Onodo's From and To beside Source and Target)
            fit = _fit(field_id, values)
            how = "alias" if strength >= EXACT else "words"
            if field_id == "level" and fit is not None and fit < CONFIRMED and _weight_column(column.header) \
                    and _weights(sheet, first, end, col0 + column.index):
                column.value_map = dict(WEIGHT_LEVELS)
                fit, how = 1.0, "weights"
            if field_id in VALUE_CHECKED and fit is not None:
                if strength < EXACT and fit < REFUTED:
                    continue  # a hint the values do not bear out
                if fit >= CONFIRMED:
                    if strength < HINT and how == "words":
                        how = "values"  # the header only hinted; the values decided
                    strength += 0.3
            if strength >= ACCEPT:
                candidates.append(_Candidate(strength, fill, -column.index, field_id, how))
        for field_id in VALUE_ONLY:
            if field_id in votes or field_id not in fields or len(values) < 3:
                continue
            fit = _fit(field_id, values)
            if fit is not None and fit >= VALUES_ALONE:
                candidates.append(_Candidate(0.7 + 0.4 * fit, fill, -column.index, field_id, "values"))
    candidates.sort(reverse=True)
    taken: dict[str, Column] = {}
    for candidate in candidates:
        column = columns[-candidate.order]
        if column.field is not None or column.how in ("user", "duplicate"):
            continue
        winner = taken.get(candidate.field)
        if winner is None:
            column.field, column.how, column.score = candidate.field, candidate.how, candidate.score
            if candidate.how != "weights":
                column.value_map = None
            taken[candidate.field] = column
        elif candidate.field in MULTI_VALUED and candidate.score >= 0.8:
            column.field, column.how, column.score = candidate.field, "joined", candidate.score
            column.rival = winner.index
        elif candidate.how == winner.how == "alias" and candidate.score == winner.score:
            column.how, column.rival = "duplicate", winner.index  # two columns called the same: say so
            column.field = candidate.field
        elif column.rival is None and candidate.score >= 0.8:  # a strong rival is worth a word
            column.rival = winner.index
    if kind == "contacts" and "name" not in taken and "id" in taken:
        taken["id"].field, taken["id"].how = "name", "id"  # a node list with ids only: the id is the name
    for column in columns:
        if column.field is None and column.how == "extra" and not column.header and samples[column.index]:
            column.how = "generated"
        if column.field is None or column.how == "duplicate":
            column.value_map = None
    chosen = {c.field for c in columns if c.field and c.how not in ("joined", "duplicate")}
    weak = kind == "contacts" and chosen <= {"name"} and sheet_kind_by_name(sheet.name) != "contacts"
    return Table(kind=kind, sheet=sheet, header_rows=rows, first=first, end=end, columns=columns,
                 col0=col0, score=score, weak=weak)


def _weight_column(header: str) -> bool:
    return any(w in _WEIGHT_WORDS for w in words(header))


def is_name_header(line: str) -> bool:
    """Whether a one-column CSV's first line is a name header."""
    return ALIASES["contacts"].get(fold(line.strip().strip('"'))) == "name"


# --- the user's column map: --column and the workbook's own 'netkort' sheet ------------

MAP_SHEET = "netkort"
# What a column map may say instead of a field: keep the column as an extra column.
EXTRA_WORDS = ("ekstra", "extra", "ekstra kolonne", "extra column", "ingen", "none", "ignorer", "ignore")
_MAP_HEADERS = {"column": ("Kolonne", "Column", "Overskrift", "Header", "Kolumn"),
                "field": ("Betyder", "Means", "Felt", "Field", "Betyr", "Betydning", "Fält")}


def _field_names() -> dict[str, str]:
    """Every way to name a field in a column map, folded: ids, labels, aliases (Danish and English)."""
    from ..vocabulary import FIELD_LABELS

    names: dict[str, str] = {}
    for kind in KINDS:
        names.update(ALIASES[kind])
    for labels in FIELD_LABELS.values():
        names.update({fold(label): field_id for field_id, label in labels.items()})
    for kind in KINDS:
        names.update({fold(field_id): field_id for field_id in COLUMNS[kind]})
    return names


def field_of(text: str) -> str | None:
    """The field a column map names ('navn', 'Medarbejder', 'staff'); '' for an extra column; None if unknown."""
    key = fold(text)
    if key in {fold(w) for w in EXTRA_WORDS}:
        return ""
    return _field_names().get(key)


def valid_fields(lang: str = "da") -> str:
    """The field names a column map accepts, for messages."""
    from ..vocabulary import FIELD_LABELS

    labels = FIELD_LABELS[lang]
    shown = [labels[f].lower() for f in COLUMNS["contacts"] if f in labels and f not in ("kind",)]
    return ", ".join([*shown, "ekstra" if lang == "da" else "extra"])


def _map_keys(header: str) -> list[str]:
    """The keys a column map entry is found by: the header folded, and a column letter as written."""
    keys = [fold(header)]
    stripped = header.strip()
    if 1 <= len(stripped) <= 3 and stripped.isascii() and stripped.isalpha() and stripped.isupper():
        keys.append(stripped)
    return [k for k in keys if k]


def column_map(entries) -> dict[str, str | None]:
    """The user's column map from ``--column`` options or a mapping.

    ``entries`` is either strings "HEADER=FIELD" ("Organisation/navn=navn",
    "H=medarbejder") or a mapping {header: field}. A field is named by its id,
    its Danish or English label, or any alias ("navn", "Medarbejder", "staff");
    "ekstra" keeps the column as an extra column. Raises
    :class:`~netkort.problems.UsageError` for an entry without '=' or a field
    netkort does not know.
    """
    from ..problems import UsageError

    if hasattr(entries, "items"):
        pairs = [(str(h), str(f)) for h, f in entries.items()]
    else:
        pairs = []
        for spec in entries:
            header, sep, name = spec.rpartition("=")
            if not sep or not header.strip() or not name.strip():
                raise UsageError("column-option", value=spec)
            pairs.append((header, name))
    mapping: dict[str, str | None] = {}
    for header, name in pairs:
        chosen = field_of(name)
        if chosen is None:
            raise UsageError("column-field", value=name.strip(), valid={
                "da": valid_fields("da"), "en": valid_fields("en")})
        for key in _map_keys(header):
            mapping[key] = chosen or None
    return mapping


def is_column_map_sheet(sheet: RawSheet) -> bool:
    return fold(sheet.name) == MAP_SHEET


def column_map_sheet(sheet: RawSheet) -> tuple[dict[str, str | None], list]:
    """A workbook's own column map: a sheet 'netkort' with the columns Kolonne and Betyder."""
    from ..problems import ERROR, Problem

    rows = [_row_text(r) for r in sheet.rows]
    start, column, meaning_col = 0, 0, 1
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = [fold(c) for c in cells]
        found = {role: next((i for i, k in enumerate(keys) if k in {fold(n) for n in names}), None)
                 for role, names in _MAP_HEADERS.items()}
        if found["column"] is not None and found["field"] is not None:
            start, column, meaning_col = index + 1, found["column"], found["field"]
            break
    mapping: dict[str, str | None] = {}
    problems = []
    for index in range(start, len(rows)):
        cells = rows[index] + ["", ""]
        header, name = cells[column], cells[meaning_col]
        if not header and not name:
            continue
        chosen = field_of(name) if name else None
        if not header or chosen is None:
            problems.append(Problem(ERROR, "column-map-row", {
                "header": header, "value": name,
                "valid": {"da": valid_fields("da"), "en": valid_fields("en")}},
                file=sheet.file, sheet=sheet.name, row=sheet.first_row + index,
                column=column_letter(sheet.first_col + (meaning_col if header else column))))
            continue
        for key in _map_keys(header):
            mapping[key] = chosen or None
    return mapping, problems


def check_column_map_used(mapping: dict[str, str | None], readings: list) -> None:
    """Every ``--column`` must name a column of the files read: a typo is a usage error (exit 2)."""
    from ..problems import UsageError

    seen: set[str] = set()
    headers: list[str] = []
    for reading in readings:
        for column in reading.columns:
            if column.user:
                seen.update(_map_keys(column.header))
                seen.add(column.letter)
            if column.header:
                headers.append(column.header)
    unused = [key for key in mapping if key not in seen and key.upper() not in seen]
    if unused and not any(fold(h) == unused[0] or h == unused[0] for h in headers):
        found = ", ".join(f"'{h}'" for h in list(dict.fromkeys(headers))[:30])
        raise UsageError("column-unused", value=unused[0], found=found)


# --- a refusal that helps ----------------------------------------------------------------


def refusal(path, sheets: list[RawSheet]):
    """The error for a file with no name column: the row that looked most like a header,
    its likeliest name column, and the ``--column`` option that would make it work."""
    import difflib

    from ..problems import InputFileError
    from ..vocabulary import CONTACT_COLUMNS, NAME_EXAMPLES

    best: tuple[int, RawSheet, int, list[str]] | None = None
    for sheet in sheets:
        if sheet_kind_by_name(sheet.name) == "notes":
            continue
        for index in _header_rows(sheet):
            names = _row_text(sheet.rows[index])
            texts = sum(1 for n in names if n and not _numberish(n))
            if texts and (best is None or texts > best[0]):
                best = (texts, sheet, index, names)
    if best is None:
        names = [f"'{s.name}'" for s in sheets if s.name] or [f"'{Path(path).name}'"]
        listed = ", ".join(names)
        what = ({"da": f"arket {listed} er tomt", "en": f"sheet {listed} is empty"} if len(names) == 1
                else {"da": f"arkene {listed} er tomme", "en": f"sheets {listed} are empty"})
        return InputFileError("no-data", str(path), what=what)
    _, sheet, index, names = best
    known = [fold(a) for a in CONTACT_COLUMNS["name"]]
    values = _samples(sheet, index + 1, len(sheet.rows), 0, len(names))[0]

    def likeness(col: int) -> tuple[float, float]:
        header = names[col]
        close = max((difflib.SequenceMatcher(None, fold(header), k).ratio() for k in known), default=0.0)
        texts = [v for v in values[col] if not _numberish(v)]
        distinct = len(set(texts)) / max(1, len(values[col])) if values[col] else 0.0
        return (close if close >= 0.6 else 0.0) + distinct, close

    candidates = [i for i, n in enumerate(names) if n]
    guess = names[max(candidates, key=likeness)]
    where = ({"da": f"Række {sheet.first_row + index}", "en": f"Row {sheet.first_row + index}"} if not sheet.name
             else {"da": f"Arket '{sheet.name}', række {sheet.first_row + index},",
                   "en": f"Sheet '{sheet.name}', row {sheet.first_row + index},"})
    found = ", ".join(f"'{n}'" for n in names if n)
    option = f'--column "{guess}=navn"'
    return InputFileError("no-name-column", str(path), where=where, found=found, guess=guess, option=option,
                          accepted=", ".join(NAME_EXAMPLES))


def _numberish(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("-", "").replace(" ", "").isdigit()
