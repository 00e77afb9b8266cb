"""Old .xls workbooks for tests, written byte by byte: BIFF8 records in an OLE2 compound file.

No library writes .xls any more, and a crafted one must say exactly what a test
wants (a DIMENSIONS record that lies, a cell at IV65536, a chain of sectors that
loops), so records and container are built here from the format's description
(MS-XLS, MS-CFB).
"""

from __future__ import annotations

import struct

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_OF_CHAIN, FREE, FAT_SECTOR, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def record(kind: int, body: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def bof(sheet: bool = False) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010 if sheet else 0x0005, 0x0DBB, 0x07CC, 0, 0x0206))


def label(row: int, col: int, text: str, count: int | None = None) -> bytes:
    """A text cell; ``count`` is the character count it claims (its true count unless given)."""
    return record(0x0204, struct.pack("<HHHHB", row, col, 15, len(text) if count is None else count, 1)
                  + text.encode("utf-16-le"))


def number(row: int, col: int, value: float) -> bytes:
    return record(0x0203, struct.pack("<HHHd", row, col, 15, value))


def rk(row: int, col: int, value: int) -> bytes:
    return record(0x027E, struct.pack("<HHHI", row, col, 15, (value << 2) | 2))


def mulrk(row: int, first: int, values: list[int]) -> bytes:
    body = struct.pack("<HH", row, first) + b"".join(struct.pack("<HI", 15, (v << 2) | 2) for v in values)
    return record(0x00BD, body + struct.pack("<H", first + len(values) - 1))


def label_sst(row: int, col: int, index: int) -> bytes:
    return record(0x00FD, struct.pack("<HHHI", row, col, 15, index))


def boolerr(row: int, col: int, value: bool) -> bytes:
    return record(0x0205, struct.pack("<HHHBB", row, col, 15, int(value), 0))


def rstring(row: int, col: int, text: str) -> bytes:
    return record(0x00D6, struct.pack("<HHHHB", row, col, 15, len(text), 1) + text.encode("utf-16-le")
                  + struct.pack("<H", 0))


def formula(row: int, col: int, value: float | None, expression: bytes = b"\x1e\x01\x00") -> bytes:
    """A formula cell with its saved value (None: a text result, in a STRING record after it)."""
    saved = b"\0\0\0\0\0\0\xff\xff" if value is None else struct.pack("<d", value)
    return record(0x0006, struct.pack("<HHH", row, col, 15) + saved + struct.pack("<HIH", 0, 0, len(expression))
                  + expression)


def string(text: str) -> bytes:
    """A formula's text result."""
    return record(0x0207, struct.pack("<HB", len(text), 1) + text.encode("utf-16-le"))


def dimensions(first_row: int, last_row: int, first_col: int, last_col: int) -> bytes:
    """DIMENSIONS as written: the last row and column are one past the last used."""
    return record(0x0200, struct.pack("<IIHHH", first_row, last_row, first_col, last_col, 0))


def row_record(row: int, height: int = 300, hidden: bool = False) -> bytes:
    return record(0x0208, struct.pack("<HHHHHHH", row, 0, 1, height, 0, 0, 0x0100 | (0x20 if hidden else 0))
                  + struct.pack("<H", 0x000F))


def colinfo(first: int, last: int, width: int = 2560, hidden: bool = False) -> bytes:
    return record(0x007D, struct.pack("<HHHHHH", first, last, width, 15, int(hidden), 0))


def sst(strings: list[str], unique: int | None = None) -> bytes:
    body = struct.pack("<II", len(strings), len(strings) if unique is None else unique)
    for text in strings:
        body += struct.pack("<HB", len(text), 1) + text.encode("utf-16-le")
    return record(0x00FC, body)


def table(rows: list[list[object]], first_row: int = 0) -> bytes:
    """A sheet's cell records for ``rows`` (text as LABEL, numbers as NUMBER), with a true DIMENSIONS."""
    cells = b""
    width = 0
    for r, values in enumerate(rows, start=first_row):
        for c, value in enumerate(values):
            if value is None:
                continue
            width = max(width, c + 1)
            cells += number(r, c, value) if isinstance(value, (int, float)) else label(r, c, str(value))
    return dimensions(first_row, first_row + len(rows), 0, width) + cells


def workbook_stream(sheets: list[tuple[str, bytes]], extra: bytes = b"", states: dict | None = None) -> bytes:
    """The Workbook stream: globals (BOF, code page, a BOUNDSHEET per sheet, ``extra``, EOF), then each sheet."""
    states = states or {}

    def globals_(positions: list[int]) -> bytes:
        out = bof() + record(0x0042, struct.pack("<H", 1200))
        for (name, _), position in zip(sheets, positions, strict=True):
            out += record(0x0085, struct.pack("<IBBBB", position, states.get(name, 0), 0, len(name), 1)
                          + name.encode("utf-16-le"))
        return out + extra + record(0x000A)

    positions = []
    start = len(globals_([0] * len(sheets)))
    for _, body in sheets:
        positions.append(start)
        start += len(bof(True) + body + record(0x000A))
    return globals_(positions) + b"".join(bof(True) + body + record(0x000A) for _, body in sheets)


def compound(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) holding ``streams``.

    Each stream is padded to at least 4096 bytes, so it lives in normal sectors.
    Layout: header, FAT sector(s), one directory sector, then the streams in order.
    """
    names = list(streams)
    datas = [data.ljust(4096, b"\0") for data in streams.values()]
    counts = [-(-len(data) // 512) for data in datas]
    directory_sectors = -(-(len(names) + 1) * 128 // 512)
    fat_sectors = 1
    while fat_sectors + directory_sectors + sum(counts) > fat_sectors * 128:
        fat_sectors += 1
    fat = [FAT_SECTOR] * fat_sectors
    fat += [fat_sectors + i + 1 for i in range(directory_sectors - 1)] + [END_OF_CHAIN]
    starts = []
    for count in counts:
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
    fat += [FREE] * (fat_sectors * 128 - len(fat))
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (SIGNATURE + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, fat_sectors, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
              + struct.pack("<109I", *difat))

    def entry(name: str, kind: int, start: int, size: int, child: int = NO_STREAM, right: int = NO_STREAM) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, NO_STREAM, right, child)
                + b"\0" * 36 + struct.pack("<III", start, size, 0))

    directory = entry("Root Entry", 5, END_OF_CHAIN, 0, child=1)
    for i, (name, data, start) in enumerate(zip(names, datas, starts, strict=True)):
        directory += entry(name, 2, start, len(data), right=i + 2 if i + 1 < len(names) else NO_STREAM)
    return (header + struct.pack(f"<{len(fat)}I", *fat) + directory.ljust(directory_sectors * 512, b"\0")
            + b"".join(data.ljust(count * 512, b"\0") for data, count in zip(datas, counts, strict=True)))


def xls(sheets: list[tuple[str, bytes]], extra: bytes = b"", states: dict | None = None) -> bytes:
    """A whole .xls file: ``sheets`` are (name, cell records) pairs."""
    return compound({"Workbook": workbook_stream(sheets, extra, states)})


def contacts_xls(rows: list[list[object]], name: str = "Kontakter", after: bytes = b"") -> bytes:
    """A contact list with a header row (Navn, Type), ``after`` appended to its records."""
    return xls([(name, table([["Navn", "Type"], *rows]) + after)])
