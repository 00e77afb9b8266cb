"""Defences at the door for xlsx files, applied before calamine parses anything.

An xlsx is a zip of XML parts. Three things in one can hurt a reader: a zip
bomb (tiny file, gigabytes unpacked), XML entity expansion ("billion
laughs"), and a stray cell far from the data (calamine allocates the whole
rectangle up to it: one cell at XFD1048576 asks for 17 billion cells and kills
the process). This module looks at the raw parts first: it refuses the first
two, removes far-away stray cells (with a warning naming them) and finds
formulas that have no saved value, so they are reported rather than read as
blanks silently.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .problems import InputFileError

MAX_UNPACKED_MB = 512
MAX_COMPRESSION_RATIO = 200
# calamine holds every cell of a sheet's bounding rectangle in memory.
MAX_CELLS = 8_000_000
# A cell this far below or right of the rest is a stray, not part of the table.
ROW_GAP = 10_000
COLUMN_GAP = 200

_ROW = re.compile(rb'<row[^>]*?\br="(\d+)"')
_WIDE_COLUMN = re.compile(rb'<c r="([A-Z]{2,3})\d')
_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(/?)>')
_FORMULA_NO_VALUE = re.compile(
    rb'<c r="([A-Z]+\d+)"[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')


@dataclass
class SheetScan:
    """What the raw XML of one worksheet says before parsing."""

    far_cells: list[str] = field(default_factory=list)
    formulas_without_value: list[str] = field(default_factory=list)


@dataclass
class Inspection:
    """The result for a whole workbook: per-sheet findings, and cleaned bytes if needed."""

    sheets: dict[str, SheetScan] = field(default_factory=dict)
    cleaned: io.BytesIO | None = None


def column_index(letters: bytes | str) -> int:
    """0-based index of an Excel column name ('A' -> 0, 'XFD' -> 16383)."""
    index = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        index = index * 26 + ord(ch) - 64
    return index - 1


def inspect(path: Path, shown: str) -> Inspection:
    """Refuse bombs and DTDs; find far stray cells and formulas without values."""
    result = Inspection()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members, shown)
            names = _sheet_files(archive, shown)
            replaced: dict[str, bytes] = {}
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                data = archive.read(member)
                if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
                    raise InputFileError("file-xml-attack", shown)
                sheet = names.get(member.filename)
                if sheet is None:
                    continue
                scan, cleaned = _scan_sheet(data)
                result.sheets[sheet] = scan
                if cleaned is not None:
                    replaced[member.filename] = cleaned
            if replaced:
                result.cleaned = _rebuild(archive, replaced)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError,
            NotImplementedError) as exc:  # NotImplementedError: zip versions or methods zipfile lacks
        raise InputFileError("file-corrupt", shown) from exc
    return result


def _check_sizes(members: list[zipfile.ZipInfo], shown: str) -> None:
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_MB * 1024 * 1024:
        raise InputFileError("file-too-big", shown, size=total // (1024 * 1024), limit=MAX_UNPACKED_MB)
    for member in members:
        if member.file_size > 10 * 1024 * 1024 and member.compress_size and (
                member.file_size / member.compress_size > MAX_COMPRESSION_RATIO):
            raise InputFileError("file-zip-bomb", shown, ratio=member.file_size // member.compress_size)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _sheet_files(archive: zipfile.ZipFile, shown: str) -> dict[str, str]:
    """Zip path of each worksheet -> the sheet's name, from workbook.xml and its rels.

    Parsed with defusedxml, which refuses DTDs and entity expansion outright.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    except DefusedXmlException as exc:
        raise InputFileError("file-xml-attack", shown) from exc
    except ParseError as exc:
        raise InputFileError("file-corrupt", shown) from exc
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(_PKG_REL)}
    files = {}
    for sheet in book.iter(_MAIN + "sheet"):
        target = targets.get(sheet.get(_DOC_REL))
        if target:
            target = target.lstrip("/")
            files[target if target.startswith("xl/") else "xl/" + target] = sheet.get("name", "")
    return files


def _scan_sheet(data: bytes) -> tuple[SheetScan, bytes | None]:
    scan = SheetScan()
    if b"<f" in data:
        scan.formulas_without_value = [m.decode() for m in _FORMULA_NO_VALUE.findall(data)]
    rows = [int(r) for r in _ROW.findall(data)]
    max_row = max(rows, default=0)
    wide = _WIDE_COLUMN.findall(data)
    width = max((column_index(c) + 1 for c in wide), default=26)
    if max_row * width <= MAX_CELLS:
        return scan, None
    return _remove_far_cells(data, scan)


def _remove_far_cells(data: bytes, scan: SheetScan) -> tuple[SheetScan, bytes | None]:
    """Drop cells far below or right of the table; name them in ``scan.far_cells``."""
    cells = [(int(row), column_index(col)) for col, row, empty in _CELL.findall(data) if not empty]
    if not cells:
        return scan, None
    last_row = _block_end(sorted({r for r, _ in cells}), ROW_GAP)
    last_col = _block_end(sorted({c for _, c in cells}), COLUMN_GAP)
    far: set[bytes] = set()

    def keep(match: re.Match) -> bytes:
        ref = match.group(1)
        letters = ref.rstrip(b"0123456789")
        if int(ref[len(letters):]) > last_row or column_index(letters) > last_col:
            far.add(ref)
            return b""
        return match.group(0)

    cleaned = re.sub(rb'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>.*?</c>)', keep, data, flags=re.S)
    scan.far_cells = sorted(r.decode() for r in far)
    return scan, cleaned


def _block_end(values: list[int], gap: int) -> int:
    """The last value before the first jump larger than ``gap``."""
    end = values[0]
    for value in values[1:]:
        if value - end > gap:
            break
        end = value
    return end


def _rebuild(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for member in archive.infolist():
            out.writestr(member.filename, replaced.get(member.filename) or archive.read(member))
    buffer.seek(0)
    return buffer
