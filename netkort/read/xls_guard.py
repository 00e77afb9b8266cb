"""Defences at the door for old .xls workbooks (BIFF8 records in an OLE2 compound file).

The same promises as :mod:`.xlsx_guard`, for the binary format. calamine trusts
several things an .xls only declares: a sheet's DIMENSIONS record (it reserves
rows × columns cells: 0xFFFFFFFF rows abort the process), the bounding rectangle
of every cell (one stray cell at IV65536 costs gigabytes, and calamine reads every
sheet of an .xls at once), the length a text cell claims (it reserves 64 KB for a
one-letter cell), and the chains of sectors in the container (a chain that loops
back on itself is read until memory runs out). A formula is also parsed as soon as
the file opens, in time that grows with the square of its length.

So before calamine sees the file, this module reads the container with its own
small reader (every chain must stay inside the file and never visit a sector
twice), walks the Workbook stream's records as calamine does, and changes what
lies in place, never a record's length: a far cell's record gets a type calamine
skips (and is named in a warning), DIMENSIONS is set to the real extent, a text
cell's length to what the record holds, a formula's parsed expression to empty
(its saved value stays). Every pass is linear in the size of the file. What
calamine does with each record type was found by trying every type (calamine 0.37).
"""

from __future__ import annotations

import bisect
import io
import struct
from array import array
from dataclasses import dataclass, field

from ..problems import InputFileError
from ..text import column_letter
from .xlsx_guard import COLUMN_GAP, EXCEL_COLUMNS, MAX_CELLS, ROW_GAP, SheetScan, _block_end

MAX_FILE_MB = 512
# calamine joins the CONTINUE records after a record one by one from the front of a list:
# n of them cost n² / 2 steps. Excel writes one per 8 KB of a record.
MAX_CONTINUES = 20_000

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_RESERVED = 0xFFFFFFFA  # from here on, a sector id names no sector
_DIF_SECTOR = 0xFFFFFFFC
_MINI_CUTOFF = 4096  # calamine's cut-off between the mini stream and normal sectors
_MINI_SECTOR = 64

# Record types (MS-XLS 2.3)
_EOF, _BOF, _CONTINUE, _FILEPASS, _BOUNDSHEET = 0x000A, 0x0809, 0x003C, 0x002F, 0x0085
_FORMAT, _DIMENSIONS, _ROW, _COLINFO, _STRING = 0x041E, 0x0200, 0x0208, 0x007D, 0x0207
_FORMULA, _MULRK, _RSTRING, _LABELSST = 0x0006, 0x00BD, 0x00D6, 0x00FD
_NUMBER, _LABEL, _BOOLERR, _RK = 0x0203, 0x0204, 0x0205, 0x027E
# The record types calamine 0.37 places a cell for in a sheet (found by trying every type).
_CELLS = frozenset({_FORMULA, _MULRK, _RSTRING, _LABELSST, _NUMBER, _LABEL, _BOOLERR, _RK, _STRING})
# A type no version of BIFF defines, which calamine skips wherever it stands.
NOTHING = 0xFFFF
# Text records: where the character count stands (the characters follow it).
_TEXT_COUNT = {_LABEL: 6, _RSTRING: 6, _STRING: 0, _FORMAT: 2}

_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HEADER = struct.Struct("<HH")


@dataclass
class XlsInspection:
    """What the guard found: one scan per sheet, in the order calamine lists them, and fixed bytes."""

    sheets: list[SheetScan] = field(default_factory=list)
    cleaned: io.BytesIO | None = None


def streams(data: bytes) -> list[str] | None:
    """The names in an OLE2 file's directory (what the file holds), or None if it is no readable OLE2 file."""
    try:
        return [entry.name for entry in _Compound(data, "").entries]
    except InputFileError:
        return None


def inspect(data: bytes, shown: str) -> XlsInspection:
    """Check the container, find far cells and lies in the Workbook stream, and fix them in a copy."""
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        raise InputFileError("file-too-big-xls", shown, size=len(data) // (1024 * 1024), limit=MAX_FILE_MB)
    compound = _Compound(data, shown)
    fixed: dict[int, int] = {}  # offset in the file -> new byte
    entry = compound.find("Workbook") or compound.find("Book")
    result = XlsInspection()
    if entry is not None:
        stream, where = compound.stream(entry)
        book = _Book(stream, shown)
        book.walk()
        result.sheets = book.scans
        for position, value in book.patches:  # a record may cross from one sector to another
            fixed.update((where(position + i), byte) for i, byte in enumerate(value))
    fixed = {offset: byte for offset, byte in fixed.items() if data[offset] != byte}
    if fixed:
        copy = bytearray(data)
        for offset, byte in fixed.items():
            copy[offset] = byte
        result.cleaned = io.BytesIO(bytes(copy))
    return result


@dataclass
class _Entry:
    name: str
    start: int
    size: int
    offset: int  # of the entry in the file


class _Compound:
    """An OLE2 compound file read as calamine reads it, but refusing every chain it could not finish.

    A sector id outside the file, a chain that comes back to a sector, a FAT sector
    listed twice: the file is damaged (or made to hurt), and refused.
    """

    def __init__(self, data: bytes, shown: str) -> None:
        self.data, self.shown = data, shown
        if len(data) < 512 or not data.startswith(_SIGNATURE):
            self.corrupt()
        shift, mini_shift = _U16.unpack_from(data, 30)[0], _U16.unpack_from(data, 32)[0]
        if shift not in (9, 12) or mini_shift != 6:
            self.corrupt()
        self.size = 1 << shift
        self.count = max(0, -(-(len(data) - self.size) // self.size))  # sectors after the header
        dir_start, mini_fat_start = _U32.unpack_from(data, 48)[0], _U32.unpack_from(data, 60)[0]
        difat_start = _U32.unpack_from(data, 68)[0]
        difat = list(struct.unpack_from("<109I", data, 76))
        seen: set[int] = set()
        sector = difat_start
        while sector < _RESERVED:  # the DIFAT's own chain: its last entry names the next sector
            if sector in seen:
                self.corrupt()
            seen.add(sector)
            difat.extend(self.words(sector))
            sector = difat.pop()
        self.fat = array("I")
        used: set[int] = set()
        for sector in difat:
            if sector < _DIF_SECTOR:
                if sector in used:
                    self.corrupt()
                used.add(sector)
                self.fat.extend(self.words(sector))
        self.directory = self.chain(dir_start, self.fat, self.count)
        self.entries = []
        for index in range(len(self.directory) * self.size // 128):
            offset = self.offset(self.directory, index * 128)
            raw = data[offset:offset + 128]
            size = (_U32.unpack_from(raw, 120)[0] if self.size == 512
                    else struct.unpack_from("<Q", raw, 120)[0])
            self.entries.append(_Entry(_entry_name(raw[:64]), _U32.unpack_from(raw, 116)[0], size, offset))
        if not self.entries:
            self.corrupt()
        self.mini_fat_start = mini_fat_start

    def corrupt(self):
        raise InputFileError("file-corrupt-xls", self.shown)

    def sector(self, sector: int) -> bytes:
        if sector >= self.count:
            self.corrupt()
        start = (sector + 1) * self.size
        return self.data[start:start + self.size]

    def words(self, sector: int) -> array:
        raw = self.sector(sector)
        words = array("I")
        words.frombytes(raw[:len(raw) // 4 * 4])
        return words

    def chain(self, start: int, fat, limit: int, length: int | None = None, unit: int = 0) -> list[int]:
        """The sectors of a chain from ``start``, each within ``limit``, none twice; stops after ``length`` bytes."""
        unit = unit or self.size
        sectors: list[int] = []
        seen = bytearray(limit)
        sector = start
        while sector != _END_OF_CHAIN:
            if length and len(sectors) * unit >= length:
                break
            if sector >= limit or sector >= len(fat) or seen[sector]:
                self.corrupt()
            seen[sector] = 1
            sectors.append(sector)
            sector = fat[sector]
        return sectors

    def offset(self, sectors: list[int], position: int) -> int:
        """Where byte ``position`` of a stream made of ``sectors`` lies in the file."""
        return (sectors[position // self.size] + 1) * self.size + position % self.size

    def find(self, name: str) -> _Entry | None:
        """The first directory entry called ``name``, the one calamine takes."""
        return next((entry for entry in self.entries if entry.name == name), None)

    def stream(self, entry: _Entry):
        """A stream's bytes, and a function from a position in it to its offset in the file."""
        if entry.size < _MINI_CUTOFF:
            root = self.entries[0]
            mini = self.chain(root.start, self.fat, self.count, root.size)
            mini_fat = array("I")
            for sector in self.chain(self.mini_fat_start, self.fat, self.count):
                mini_fat.extend(self.words(sector))
            mini_count = min(root.size, len(mini) * self.size) // _MINI_SECTOR
            sectors = self.chain(entry.start, mini_fat, mini_count, entry.size, _MINI_SECTOR)

            def where(position: int) -> int:
                inside = sectors[position // _MINI_SECTOR] * _MINI_SECTOR + position % _MINI_SECTOR
                return self.offset(mini, inside)
            unit = _MINI_SECTOR
        else:
            sectors = self.chain(entry.start, self.fat, self.count, entry.size)

            def where(position: int) -> int:
                return self.offset(sectors, position)
            unit = self.size
        if len(sectors) * unit < entry.size:
            self.corrupt()
        data = b"".join(self.data[where(i * unit):where(i * unit) + unit] for i in range(len(sectors)))
        return data[:entry.size] if entry.size else data, where


def _entry_name(raw: bytes) -> str:
    """A directory entry's name as calamine decodes it: UTF-16 unless a byte order mark says else, to the first NUL."""
    if raw.startswith(b"\xef\xbb\xbf"):
        name = raw[3:].decode("utf-8", "replace")
    elif raw.startswith(b"\xfe\xff"):
        name = raw[2:].decode("utf-16-be", "replace")
    else:
        name = raw[2 if raw.startswith(b"\xff\xfe") else 0:].decode("utf-16-le", "replace")
    return name.partition("\0")[0]


def _sheet_name(raw: bytes) -> str:
    """A BOUNDSHEET's name for a message: one byte of length, in BIFF8 a flag for two-byte characters."""
    if len(raw) < 2:
        return ""
    count, wide = raw[0], raw[1] & 1
    text = raw[2:2 + 2 * count].decode("utf-16-le", "replace") if wide else raw[2:2 + count].decode("cp1252", "replace")
    return text.replace("\0", "")


class _Book:
    """The Workbook stream walked record by record as calamine walks it."""

    def __init__(self, stream: bytes, shown: str) -> None:
        self.stream, self.shown = stream, shown
        self.patches: list[tuple[object, bytes]] = []
        self.scans: list[SheetScan] = []

    def corrupt(self):
        raise InputFileError("file-corrupt-xls", self.shown)

    def records(self, position: int):
        """(type, start of data, length) of each record from ``position``, with its CONTINUE records skipped.

        Stops where calamine's reader stops: the end, a record running past it.
        """
        stream, end = self.stream, len(self.stream)
        while end - position >= 4:
            kind, length = _HEADER.unpack_from(stream, position)
            if end - position < length + 4:
                return
            yield kind, position + 4, length
            position += 4 + length
            continues = 0
            while end - position > 4 and _U16.unpack_from(stream, position)[0] == _CONTINUE:
                position += 4 + _U16.unpack_from(stream, position + 2)[0]
                continues += 1
                if continues > MAX_CONTINUES:
                    self.corrupt()
            if position > end:
                return

    def patch(self, position: int, value: bytes) -> None:
        self.patches.append((position, value))

    def cap_text(self, kind: int, start: int, length: int) -> None:
        """A text record claiming more characters than it holds is made to claim what it holds.

        calamine reads no more characters than there are bytes, but reserves room for
        the count first; the count is cut to the bytes after it, so the text read is the same.
        """
        at = _TEXT_COUNT[kind]
        if length >= at + 2:
            count = _U16.unpack_from(self.stream, start + at)[0]
            room = length - at - 2
            if count > room:
                self.patch(start + at, _U16.pack(room))

    def walk(self) -> None:
        sheets = []  # (position, state) in the order of the BOUNDSHEET records
        for kind, start, length in self.records(0):
            if kind == _EOF:
                break
            if kind == _FILEPASS and length >= 2 and _U16.unpack_from(self.stream, start)[0]:
                return  # encrypted: calamine stops here and says so
            if kind == _BOUNDSHEET and length >= 6:
                sheets.append((_U32.unpack_from(self.stream, start)[0], _sheet_name(self.stream[start + 6:start + length])))
            elif kind == _FORMAT:
                self.cap_text(kind, start, length)
        starts = sorted(position for position, _ in sheets)
        total = 0
        for position, name in sheets:
            if position > len(self.stream):
                self.corrupt()
            scan, cells, end = self.sheet(position, name)
            following = bisect.bisect_right(starts, position)
            if starts[following - 2:following - 1] == [position] or (
                    following < len(starts) and end > starts[following]):
                self.corrupt()  # two sheets share records: calamine would read them twice
            self.scans.append(scan)
            total += cells
            if total > MAX_CELLS:
                raise InputFileError("book-too-big", self.shown, limit=MAX_CELLS)

    def sheet(self, position: int, name: str) -> tuple[SheetScan, int, int]:
        """Scan one sheet's records; returns its scan, the cells calamine will hold, and where it ends."""
        stream = self.stream
        cells: list[tuple[int, int, int, int]] = []  # row, column, record start, record index
        dimensions: list[tuple[int, int]] = []
        formula_at = (0, 0)
        records: list[int] = []
        hidden_rows, hidden_columns = [], []
        end = position
        for kind, start, length in self.records(position):
            end = start + length
            if kind == _EOF:
                break
            if kind in _TEXT_COUNT and kind != _FORMAT:
                self.cap_text(kind, start, length)
            if kind in _CELLS and length >= 4:
                row, column = _U16.unpack_from(stream, start)[0], _U16.unpack_from(stream, start + 2)[0]
                index = len(records)
                records.append(start)
                if kind == _FORMULA:
                    formula_at = (row, column)
                    if length >= 22 and _U16.unpack_from(stream, start + 20)[0]:
                        self.patch(start + 20, b"\0\0")  # nothing to parse; the saved value stays
                    cells.append((row, column, index))
                elif kind == _STRING:  # a formula's text result, placed at the last formula
                    cells.append((*formula_at, index))
                elif kind == _MULRK:  # calamine reads it only when its length fits its columns
                    count = (_U16.unpack_from(stream, start + length - 2)[0] - column + 1) % 0x10000
                    if length == 6 + 6 * count:
                        cells.extend((row, column + k, index) for k in range(count))
                else:
                    cells.append((row, column, index))
            elif kind == _DIMENSIONS and length in (10, 14):
                dimensions.append((start, length))
            elif kind == _ROW and length >= 16:
                row, height = _U16.unpack_from(stream, start)[0], _U16.unpack_from(stream, start + 6)[0]
                if stream[start + 12] & 0x20 or height & 0x7FFF < _LOW_TWIPS:
                    hidden_rows.append(row + 1)
            elif kind == _COLINFO and length >= 10:
                first, last = _U16.unpack_from(stream, start)[0], _U16.unpack_from(stream, start + 2)[0]
                if stream[start + 8] & 0x01 or _U16.unpack_from(stream, start + 4)[0] == 0:
                    hidden_columns.append((first, last))
        scan = SheetScan(hidden_rows=hidden_rows, hidden_columns=hidden_columns)
        extent = self.keep(cells, records, scan, name)
        self.dimensions(dimensions, extent)
        if extent is None:
            return scan, 0, end
        (first_row, last_row), (first_col, last_col) = extent
        return scan, (last_row - first_row + 1) * (last_col - first_col + 1), end

    def keep(self, cells, records, scan: SheetScan, name: str):
        """Neutralise the records of far cells (named in ``scan.far_cells``); the extent of the rest, or None."""
        inside = [(r, c) for r, c, _ in cells if c < EXCEL_COLUMNS]
        if not inside:
            first_row = last_row = first_col = last_col = -1
        else:
            rows = sorted({r for r, _ in inside})
            columns = sorted({c for _, c in inside})
            first_row, last_row = rows[0], _block_end(rows, ROW_GAP)
            first_col, last_col = columns[0], _block_end(columns, COLUMN_GAP)
            if (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CELLS:
                raise InputFileError("sheet-too-big", self.shown, sheet=name,
                                     rows=last_row - first_row + 1, columns=last_col - first_col + 1,
                                     limit=MAX_CELLS)
        far_records = {index for r, c, index in cells
                       if not (first_row <= r <= last_row and first_col <= c <= last_col)}
        far: set[tuple[int, int]] = set()
        kept = []
        for r, c, index in cells:
            if index in far_records:
                far.add((r, c))
            else:
                kept.append((r, c))
        for index in sorted(far_records):
            self.patch(records[index] - 4, _U16.pack(NOTHING))
        scan.far_cells = [column_letter(c) + str(r + 1) for r, c in sorted(far, key=lambda rc: (rc[1], rc[0]))]
        scan.far_cells.sort(key=lambda ref: (len(ref), ref))
        if not kept:
            return None
        return ((min(r for r, _ in kept), max(r for r, _ in kept)),
                (min(c for _, c in kept), max(c for _, c in kept)))

    def dimensions(self, records: list[tuple[int, int]], extent) -> None:
        """DIMENSIONS that make calamine reserve more than the cells it will hold are set to their extent."""
        (first_row, last_row), (first_col, last_col) = extent or ((0, -1), (0, -1))
        real = max(1, (last_row - first_row + 1) * (last_col - first_col + 1))
        for start, length in records:
            if length == 14:
                row0, row1, col0, col1 = struct.unpack_from("<IIHH", self.stream, start)
            else:
                row0, row1, col0, col1 = struct.unpack_from("<HHHH", self.stream, start)
            if row1 >= 1 and col1 >= 1:  # calamine: rows = last - first + 1 in 32 bits, wrapping
                declared = ((row1 - 1 - row0 + 1) % 2**32) * ((col1 - 1 - col0 + 1) % 2**32)
            else:
                declared = 1
            if declared <= real:
                continue
            if extent is None:
                value = (0, 0, 0, 0)
            else:
                value = (first_row, last_row + 1, first_col, last_col + 1)
            if length == 14:
                self.patch(start, struct.pack("<IIHH", *value))
            else:
                self.patch(start, struct.pack("<HHHH", *(min(v, 0xFFFF) for v in value)))


# A row lower than this (in twentieths of a point) shows nothing: Excel hides rows by height 0.
_LOW_TWIPS = 30
