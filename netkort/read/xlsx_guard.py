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

from ..problems import InputFileError
from ..text import column_index

MAX_UNPACKED_MB = 512
MAX_COMPRESSION_RATIO = 200
# calamine holds every cell of a sheet's bounding rectangle in memory.
MAX_CELLS = 8_000_000
# A cell this far below or right of the rest is a stray, not part of the table.
ROW_GAP = 10_000
COLUMN_GAP = 200

# Tolerant of what valid XML allows and writers do: namespace prefixes (<x:c>), any
# attribute order, single quotes, spaces around "=", lower-case column letters.
_P = rb"<(?:[\w.-]+:)?"
_R = rb"""\br\s*=\s*["']\s*"""
_ROW_TAG = re.compile(_P + rb"row\b[^>]*>")
_ROW_R = re.compile(_P + rb"row\b[^>]*?" + _R + rb"(\d+)")
_WIDE_COLUMN = re.compile(_P + rb"c\b[^>]*?" + _R + rb"([A-Za-z]{2,3})\d")
_CELL = re.compile(_P + rb"c\b([^>]*?)(/?)>")
# The form Excel, LibreOffice, openpyxl and xlsxwriter write: checked with byte counts,
# then read with these fast patterns; anything else takes the tolerant ones above.
_ROW_FAST = re.compile(rb'<row r="(\d+)"')
_WIDE_FAST = re.compile(rb'<c r="([A-Za-z]{2,3})\d')
_PREFIXED = re.compile(rb"<[\w.-]+:(?:c|row)[\s>/]")
_CELL_REF = re.compile(_R + rb"([A-Za-z]+)(\d+)")
_CELL_ELEMENT = re.compile(_P + rb"c\b([^>]*?)(?:/>|>.*?</(?:[\w.-]+:)?c\s*>)", re.S)
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


def inspect(path: Path, shown: str) -> Inspection:
    """Refuse bombs and DTDs; find far stray cells and formulas without values."""
    result = Inspection()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members, shown)
            for member in members:  # no DTD anywhere, before anything is parsed
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as handle:
                        head = handle.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputFileError("file-xml-attack", shown)
            _check_kind({m.filename for m in members}, archive, shown)
            names = _sheet_files(archive, shown)
            replaced: dict[str, bytes] = {}
            present = {m.filename for m in members}
            for filename, sheet in names.items():
                if filename not in present:
                    continue  # calamine reports a sheet whose part is missing
                scan, cleaned = _scan_sheet(archive.read(filename), shown, sheet)
                result.sheets[sheet] = scan
                if cleaned is not None:
                    replaced[filename] = cleaned
            if replaced:
                result.cleaned = _rebuild(archive, replaced)
    except RuntimeError as exc:  # zipfile: "... is encrypted, password required"
        raise InputFileError("file-password", shown) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError,
            NotImplementedError) as exc:  # NotImplementedError: zip versions or methods zipfile lacks
        raise InputFileError("file-corrupt", shown) from exc
    return result


def _check_kind(names: set[str], archive: zipfile.ZipFile, shown: str) -> None:
    """Zips that are not xlsx: name the real format (netkort guards only xlsx's XML)."""
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise InputFileError("file-other-spreadsheet", shown,
                             format={"da": "en binær Excel-projektmappe (.xlsb)", "en": "an Excel binary workbook (.xlsb)"})
    if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
        raise InputFileError("file-other-spreadsheet", shown,
                             format={"da": "et OpenDocument-regneark (.ods)", "en": "an OpenDocument spreadsheet (.ods)"})
    raise InputFileError("file-corrupt", shown)


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


def _scan_sheet(data: bytes, shown: str = "", sheet: str = "") -> tuple[SheetScan, bytes | None]:
    scan = SheetScan()
    if b"<f" in data:
        scan.formulas_without_value = [m.decode() for m in _FORMULA_NO_VALUE.findall(data)]
    if _canonical(data):
        max_row = max((int(r) for r in _ROW_FAST.findall(data)), default=0)
        # a cell's own reference may lie below its row tag: look for longer row numbers
        deeper = re.compile(rb'<c r="[A-Za-z]+(\d{%d,})"' % len(str(max_row)))
        max_row = max([max_row, *(int(r) for r in deeper.findall(data))])
        wide = _WIDE_FAST.findall(data)
    else:
        # rows without an r attribute follow the one before, so their count bounds them too
        max_row = max(max((int(r) for r in _ROW_R.findall(data)), default=0), len(_ROW_TAG.findall(data)),
                      max((int(m.group(2)) for a, _ in _CELL.findall(data)
                           if (m := _CELL_REF.search(a))), default=0))
        wide = _WIDE_COLUMN.findall(data)
    width = max((column_index(c) + 1 for c in wide), default=26)
    if max_row * width <= MAX_CELLS:
        return scan, None
    return _remove_far_cells(data, scan, shown, sheet)


def _canonical(data: bytes) -> bool:
    """Whether every cell and row tag is written ``<c r="..."`` / ``<row r="..."``."""
    return (b"<c>" not in data and b"<row>" not in data
            and data.count(b"<c ") == data.count(b'<c r="')
            and data.count(b"<row ") == data.count(b'<row r="')
            and not _PREFIXED.search(data))


def _remove_far_cells(data: bytes, scan: SheetScan, shown: str, sheet: str) -> tuple[SheetScan, bytes | None]:
    """Drop cells far below or right of the table; name them in ``scan.far_cells``.

    What remains must fit in :data:`MAX_CELLS`, or the file is refused: a staircase
    of cells each a little further out is no table either.
    """
    cells = []
    for attributes, empty in _CELL.findall(data):
        ref = _CELL_REF.search(attributes)
        if ref and not empty:
            cells.append((int(ref.group(2)), column_index(ref.group(1))))
    if not cells:
        return scan, None
    last_row = _block_end(sorted({r for r, _ in cells}), ROW_GAP)
    last_col = _block_end(sorted({c for _, c in cells}), COLUMN_GAP)
    rows_kept = max(len(_ROW_TAG.findall(data)) if not _ROW_R.search(data) else 0, last_row)
    if rows_kept * (last_col + 1) > MAX_CELLS:
        raise InputFileError("sheet-too-big", shown, sheet=sheet, rows=last_row,
                             columns=last_col + 1, limit=MAX_CELLS)
    far: set[str] = set()

    def keep(match: re.Match) -> bytes:
        ref = _CELL_REF.search(match.group(1))
        if ref is None:
            return match.group(0)
        row, col = int(ref.group(2)), column_index(ref.group(1))
        if row > last_row or col > last_col:
            far.add((ref.group(1).upper() + ref.group(2)).decode())
            return b""
        return match.group(0)

    cleaned = _CELL_ELEMENT.sub(keep, data)
    scan.far_cells = sorted(far)
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
