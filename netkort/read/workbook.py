"""Reading files into sheets of text: xlsx through python-calamine, CSV in :mod:`.delimited`.

A file is recognised by its first bytes, not its name: a CSV saved as
``.xlsx`` is read as CSV (with a warning), an HTML page or a password-protected
workbook gets a message saying so. Every cell becomes text here; typing by the
column's meaning happens later (:mod:`netkort.read.contacts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from babel.lists import format_list

from ..i18n import LOCALES, N_, Nn_, Phrase, ngettext
from ..problems import WARNING, InputFileError, Problem
from ..text import column_letter

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


@dataclass(frozen=True)
class ExcelTable:
    """An Excel table ("Format as Table") on a sheet; rows and columns 0-based, as in the sheet."""

    name: str
    header_row: int
    first_col: int
    last_col: int
    last_row: int


@dataclass
class RawSheet:
    """One sheet (or CSV file) as rows of text, with where it sits in Excel."""

    file: str
    name: str
    rows: list[list[str]]
    first_row: int = 1  # Excel row number of rows[0]
    first_col: int = 0  # 0-based column index of rows[i][0]
    hidden: bool = False
    very_hidden: bool = False  # hidden so that Excel's menus cannot show it (dropdown lists, settings)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tables: list[ExcelTable] = field(default_factory=list)
    format: object = None  # the formats.Format of a graph file, known from its first bytes


def read_file(path: Path | str) -> list[RawSheet]:
    """Read every sheet of ``path`` as text, whatever its suffix claims."""
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise InputFileError("file-missing", shown)
    if path.is_dir():
        raise InputFileError("file-is-folder", shown)
    if path.stat().st_size == 0:
        raise InputFileError("file-empty", shown)
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(_ZIP):
        return _read_xlsx(path, shown)
    if head.startswith(_OLE2):
        return _read_ole2(path, shown)
    from .delimited import read_delimited, sniff_text
    from .encoding import decode_head
    from .formats import GRAPH_FORMATS
    from .formats.graphfile import read_graph_file, sniff

    unicode_head = decode_head(head)  # UTF-16 without a byte order mark, UTF-32: look at the characters
    graph = sniff(head if unicode_head is None else unicode_head.encode("utf-8"))
    if graph is not None:  # GraphML, GEXF, node-link JSON; other XML and JSON are refused by name
        sheets = read_graph_file(path, shown, graph)
        for sheet in sheets:
            sheet.format = GRAPH_FORMATS.get(graph)
        return sheets
    kind = sniff_text(head)
    if kind == "html":
        raise InputFileError("file-html", shown)
    if kind == "binary":
        raise InputFileError("file-binary", shown)
    if kind is not None:
        raise InputFileError("file-format", shown, format=kind)
    sheet = read_delimited(path, shown)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        sheet.problems.insert(0, Problem(WARNING, "read-as-csv", {}, file=shown))
    return [sheet]


def _read_ole2(path: Path, shown: str) -> list[RawSheet]:
    """An OLE2 container: an old .xls (read through :mod:`.xls_guard`), an encrypted .xlsx, or else named.

    What the file is comes from the names in its directory, not from its suffix: an
    .xls renamed to .xlsx or .csv is read, with a note that its name says otherwise.
    """
    from .xls_guard import MAX_FILE_MB, inspect, streams

    size = path.stat().st_size
    if size > MAX_FILE_MB * 1024 * 1024:
        raise InputFileError("file-too-big-xls", shown, size=size // (1024 * 1024), limit=MAX_FILE_MB)
    data = path.read_bytes()
    names = streams(data)
    if names is None:
        raise InputFileError("file-corrupt-xls", shown)
    if "EncryptedPackage" in names:  # an xlsx saved with a password is an OLE2 file holding the zip
        raise InputFileError("file-password", shown)
    if "Workbook" not in names and "Book" not in names:
        other = next((kind for stream, kind in _OLE2_KINDS if stream in names), _OLE2_OTHER)
        raise InputFileError("file-format", shown, format=other)
    inspection = inspect(data, shown)
    sheets = _read_with_calamine(inspection.cleaned or io.BytesIO(data), shown, xls=True,
                                 scans=inspection.sheets)
    if path.suffix.lower() not in (".xls", ".xlt", ".xla"):
        for sheet in sheets[:1]:
            sheet.problems.insert(0, Problem(WARNING, "read-as-xls", {}, file=shown))
    return sheets


_OLE2_KINDS = (
    ("WordDocument", Phrase(N_("a Word document (.doc)"))),
    ("PowerPoint Document", Phrase(N_("a PowerPoint presentation (.ppt)"))),
    ("__properties_version1.0", Phrase(N_("an Outlook message (.msg)"))),
)
_OLE2_OTHER = Phrase(N_("another kind of Office file"))


def _read_xlsx(path: Path, shown: str) -> list[RawSheet]:
    from .xlsx_guard import inspect

    inspection = inspect(path, shown)
    return _read_with_calamine(inspection.cleaned or path, shown, inspection.tables, scans=inspection.sheets)


def _guard_problems(sheet: RawSheet, scan) -> None:
    """What a guard found in a sheet's raw file, as warnings on the sheet."""
    where = {"file": sheet.file, "sheet": sheet.name}
    if scan.far_cells:
        sheet.problems.append(Problem(WARNING, "far-cells", {
            "cells": ", ".join(scan.far_cells[:10]), "count": len(scan.far_cells)}, **where))
    emptied = {_cell_key(ref) for ref in scan.far_cells}  # a far cell is not read: its formula is no matter
    for ref in scan.formulas_without_value:
        if _cell_key(ref) in emptied:
            continue
        letters = ref.rstrip("0123456789")
        sheet.problems.append(Problem(WARNING, "formula-no-value", {}, row=int(ref[len(letters):]),
                                      column=letters, **where))
    rows = [row for row in scan.hidden_rows
            if 0 <= row - sheet.first_row < len(sheet.rows) and any(sheet.rows[row - sheet.first_row])]
    if rows:
        sheet.problems.append(Problem(WARNING, "hidden-rows", {"rows": _spans(rows, str, _ROWS)}, **where))
    if scan.hidden_columns:
        used = {sheet.first_col + i for row in sheet.rows for i, value in enumerate(row) if value}
        starts, ends = _merged(scan.hidden_columns)
        columns = sorted(c for c in used
                         if (at := bisect.bisect_right(starts, c) - 1) >= 0 and c <= ends[at])
        if columns:
            sheet.problems.append(Problem(WARNING, "hidden-columns",
                                          {"columns": _spans(columns, column_letter, _COLUMNS)}, **where))


def _cell_key(ref: str) -> tuple[str, int]:
    """A cell reference as (column letters, row), however it is written ('xfd01048576' is XFD1048576)."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    return letters.upper(), int(digits) if digits.isdigit() else -1


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Ranges joined where they touch or overlap: their starts and ends, sorted, for bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for first, last in sorted(ranges):
        if ends and first <= ends[-1] + 1:
            ends[-1] = max(ends[-1], last)
        else:
            starts.append(first)
            ends.append(last)
    return starts, ends


def _spans(items: list[int], show, phrase: tuple[str, str]) -> Phrase:
    """'Rækkerne 5–7 og 9' / 'Rows 5–7 and 9 are': runs of numbers as ranges, after ten, how many more.

    The English text carries its verb, which follows the number of items.
    """
    runs: list[list[int]] = []
    for item in sorted(set(items)):
        if runs and item == runs[-1][1] + 1:
            runs[-1][1] = item
        else:
            runs.append([item, item])
    parts = [show(a) if a == b else f"{show(a)}\u2013{show(b)}" for a, b in runs]

    def said(lang: str) -> str:
        more = len(parts) - 10
        head = parts[:10] + ([ngettext("{count} more", "{count} more", more, lang).format(count=more)]
                             if more > 0 else [])
        listed = format_list(head, locale=LOCALES[lang])
        return ngettext(*phrase, len(items), lang).format(items=listed)

    return Phrase.by(said)


# TRANSLATORS: said before 'hidden in Excel but read': the rows' numbers, '5–7 and 9'.
_ROWS = Nn_("Row {items} is", "Rows {items} are")
# TRANSLATORS: said before 'hidden in Excel but read': the columns' letters, 'C–E and G'.
_COLUMNS = Nn_("Column {items} is", "Columns {items} are")


def _read_with_calamine(source: Path | io.BytesIO, shown: str, tables: dict | None = None, *,
                        scans: dict | list | None = None, xls: bool = False) -> list[RawSheet]:
    """Every worksheet through calamine; ``tables`` are an xlsx's Excel tables, read by the guard.

    ``scans`` are what the guard found in each sheet: by name for an xlsx, in
    calamine's order of sheets for an .xls.

    calamine's own table reader is not used: it reserves a table's declared extent
    and panics on impossible header counts (see :mod:`.xlsx_guard`).
    """
    import python_calamine as calamine

    try:
        if isinstance(source, Path):
            book = calamine.CalamineWorkbook.from_path(str(source))
        else:
            book = calamine.CalamineWorkbook.from_filelike(source)
        found = _excel_tables(tables or {})
        sheets = []
        for index, meta in enumerate(book.sheets_metadata):
            if str(meta.typ) not in ("SheetTypeEnum.WorkSheet", "WorkSheet"):
                continue
            sheet = book.get_sheet_by_name(meta.name)
            rows = [[_cell_text(v) for v in row] for row in sheet.to_python()]
            start = sheet.start or (0, 0)
            sheets.append(RawSheet(
                file=shown, name=meta.name, rows=rows,
                first_row=start[0] + 1, first_col=start[1],
                hidden=str(meta.visible) != "SheetVisibleEnum.Visible",
                very_hidden=str(meta.visible) == "SheetVisibleEnum.VeryHidden",
                merged=_merged_in(sheet.merged_cell_ranges or [], start, rows),
                tables=found.get(meta.name, []),
            ))
            if isinstance(scans, dict):
                scan = scans.get(meta.name)
            else:
                scan = scans[index] if scans is not None and index < len(scans) else None
            if scan is not None:
                _guard_problems(sheets[-1], scan)
        return sheets
    except calamine.PasswordError as exc:
        raise InputFileError("file-password", shown) from exc
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError) as exc:
        raise InputFileError("file-corrupt-xls" if xls else "file-corrupt", shown) from exc
    except (ValueError, OSError) as exc:
        raise InputFileError("file-unreadable", shown, detail=str(exc)) from exc
    except BaseException as exc:
        # A panic inside calamine's Rust code arrives as pyo3's PanicException, which
        # derives from BaseException; for the user it is a damaged file, not a crash.
        if type(exc).__name__ == "PanicException":
            raise InputFileError("file-corrupt-xls" if xls else "file-corrupt", shown) from exc
        raise


def _merged_in(ranges, start: tuple[int, int], rows: list[list[str]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged ranges cut to the sheet's data, each once: A2:A1048576 over 30 rows is A2:A31.

    A range whose first cell (the one holding the value) lies outside the data has
    nothing to spread and is left out, so no later step walks a million empty rows.
    """
    last_row = start[0] + len(rows) - 1
    last_col = start[1] + max(map(len, rows), default=0) - 1
    merged = set()
    for (top, left), (bottom, right) in ranges:
        if start[0] <= top <= last_row and start[1] <= left <= last_col:
            merged.add(((top, left), (min(bottom, last_row), min(right, last_col))))
    return sorted(merged)


def _excel_tables(tables: dict) -> dict[str, list[ExcelTable]]:
    """The Excel tables of a workbook, by sheet name, each with its header row."""
    found: dict[str, list[ExcelTable]] = {}
    for sheet, items in tables.items():
        for name, (first_row, first_col), (last_row, last_col) in items:
            found.setdefault(sheet, []).append(ExcelTable(
                name=name, header_row=max(0, first_row - 1), first_col=first_col,
                last_col=last_col, last_row=last_row))
    return found


def _cell_text(value: object) -> str:
    """One calamine cell value as text; dates as ISO so they stay unambiguous."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)
