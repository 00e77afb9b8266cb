"""Writing xlsx the same safe way everywhere, with xlsxwriter.

Every text cell is written as text (a name starting with "=" stays a name,
never a formula), dates as Excel dates, multi-line text wrapped, a bold header
row. xlsxwriter streams rows to disk (``constant_memory``) and writes a
20,000-row table about twice as fast as openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

EXCEL_CELL_LIMIT = 32767
# In a workbook's XML, "_x0041_" means "A": Excel and calamine decode it. A text that
# holds such a sequence itself keeps it by escaping its leading underscore as "_x005F_", every
# one, also where two overlap ("Abc_x005F_x0041_"), which xlsxwriter's own escaping misses.
_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_XML_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_BAD_TITLE = str.maketrans("", "", "[]:*?/\\")


def sheet_title(text: str, fallback: str = "Ark") -> str:
    """A valid sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    from .text import clean

    return clean(text).translate(_BAD_TITLE).strip().strip("'").strip()[:31] or fallback


@contextmanager
def new_workbook(path: Path | str) -> Iterator:
    """An xlsxwriter workbook saved to ``path`` when the block ends, whole or not at all.

    Strings are never turned into formulas, numbers or links, whatever they start with.
    The workbook is packed in memory and then written through :func:`netkort.output.replacing`:
    a failed write raises :class:`netkort.output.OutputError` and leaves ``path`` as it was
    (xlsxwriter writing to the disk itself leaves open files behind when the disk is full).
    """
    import xlsxwriter

    from .output import replacing

    packed = io.BytesIO()
    book = xlsxwriter.Workbook(packed, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False})
    book.worksheet_class = _sheet_class()
    book.netkort_formats = {
        "header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True,
                                   "valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "bold": book.add_format({"bold": True}),
    }
    try:
        yield book
    finally:
        book.close()  # also after an error: frees xlsxwriter's own temporary files
    with replacing(path) as temporary:
        temporary.write_bytes(packed.getbuffer())


def escape_text(text: str) -> str:
    """A cell's text as a workbook's XML holds it: literal "_xHHHH_" kept ("_x005F_xHHHH_"),
    control characters as "_xHHHH_" (the form Excel writes). xlsxwriter passes numbers too
    (a validation's limits): they pass unchanged."""
    if not isinstance(text, str):
        return text
    if "_x" in text:
        text = _ESCAPED.sub("_x005F_", text)
    return _XML_CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


@lru_cache(maxsize=1)
def _sheet_class():
    """xlsxwriter's worksheet with :func:`escape_text` in place of its own escaping.

    The workbook writes strings inline (``constant_memory``), each through this method;
    tests/test_spreadsheet.py reads every writer's "Abc_x005F_x0041_" back exactly.
    """
    from xlsxwriter.worksheet import Worksheet

    class Sheet(Worksheet):
        _escape_control_characters = staticmethod(escape_text)

    return Sheet


def _date_format(book, pattern: str):
    formats = book.netkort_formats
    if pattern not in formats:
        formats[pattern] = book.add_format({"num_format": pattern})
    return formats[pattern]


def write_cell(sheet, row: int, column: int, value: object, book, date_format: str = "dd-mm-yyyy") -> int:
    """Write one value by its type; returns its width in characters (for column widths)."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, column, value)
    elif isinstance(value, (dt.date, dt.datetime)):
        moment = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
        sheet.write_datetime(row, column, moment, _date_format(book, date_format))
        return 10
    else:
        text = str(value)[:EXCEL_CELL_LIMIT]  # Excel's limit; the reader warned about it
        if "\n" in text:
            sheet.write_string(row, column, text, book.netkort_formats["wrap"])
        else:
            sheet.write_string(row, column, text)
        return len(text)
    return len(str(value))


def add_table(book, title: str, headers: Sequence[str], rows: Iterable[Sequence], *,
              freeze: str = "A2", date_format: str = "dd-mm-yyyy", autofilter: bool = True):
    """Add a sheet with a bold header row and ``rows``; returns the xlsxwriter sheet.

    Headers are made unique ("Navn", "Navn (2)"): a filter or a pivot table needs one name a column.
    """
    headers = unique_headers(headers)
    sheet = book.add_worksheet(sheet_title(title))
    widths = [len(h) for h in headers]
    # constant_memory writes row by row, so column settings come first: widths are
    # fixed from the header and the first rows, then the rest streams.
    rows = iter(rows)
    head = list(itertools.islice((list(r) for r in rows), 200))
    for values in head:
        for index, value in enumerate(values[:len(widths)]):
            if value not in (None, ""):
                widths[index] = max(widths[index], min(len(str(value)), 60))
    for index, width in enumerate(widths):
        sheet.set_column(index, index, max(10, width + 2))
    for index, header in enumerate(headers):
        sheet.write_string(0, index, header, book.netkort_formats["header"])
    last = 0
    for number, values in enumerate(_chain(head, rows), start=1):
        last = number
        for index, value in enumerate(values):
            write_cell(sheet, number, index, value, book, date_format)
    if freeze:
        row, column = _cell(freeze)
        sheet.freeze_panes(row, column)
    if autofilter and last:
        sheet.autofilter(0, 0, last, max(len(headers) - 1, 0))
    return sheet


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Each header once, ignoring case: a second "Navn" becomes "Navn (2)"."""
    taken: set[str] = set()
    out = []
    for header in headers:
        name, number = header, 2
        while name.casefold() in taken:
            name, number = f"{header} ({number})", number + 1
        taken.add(name.casefold())
        out.append(name)
    return out


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _cell(reference: str) -> tuple[int, int]:
    """'B2' -> (1, 1): xlsxwriter counts from zero."""
    letters = reference.rstrip("0123456789")
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - 64
    return int(reference[len(letters):]) - 1, column - 1
