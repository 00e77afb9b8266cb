"""Defences at the door for xlsx files, applied before calamine parses anything.

An xlsx is a zip of XML parts. Several things in one can hurt a reader: a zip
bomb (tiny file, gigabytes unpacked), XML entity expansion ("billion laughs"),
a stray cell far from the data (calamine allocates the whole rectangle up to
it: one cell at XFD1048576 asks for 17 billion cells and kills the process),
and declared sizes calamine reserves memory for before reading anything
(``uniqueCount`` in the shared strings, the extent of an Excel table). This
module looks at the raw parts first: it refuses the first two, empties
far-away stray cells (with a warning naming them), drops a shared-string count
larger than the part can hold, reads Excel tables itself, and finds formulas
that have no saved value, so they are reported rather than read as blanks.

Every pass over a part is linear in its size. A sheet written the way Excel,
LibreOffice, openpyxl and xlsxwriter write it (each cell ``<c r="A1" ...>``) is
measured with byte counts and a few patterns; any other sheet is read by expat,
as XML allows (any whitespace, attribute order, quotes, namespace prefixes),
and calamine's way of placing cells is replayed on expat's events.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from ..i18n import N_, Phrase
from ..problems import InputFileError
from ..text import column_index, column_letter

MAX_UNPACKED_MB = 512
MAX_COMPRESSION_RATIO = 200
# calamine holds every cell of a sheet's bounding rectangle in memory.
MAX_CELLS = 8_000_000
# A cell this far below or right of the rest is a stray, not part of the table.
ROW_GAP = 10_000
COLUMN_GAP = 200
# Excel's own limits: a cell beyond them is never part of a table.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
_BEYOND = 2**40

# None of these patterns can run past a "<" once started, so a scan costs at most
# the distance to the next tag, and every scan of a part together is linear.
_FAST_ROW = re.compile(rb'<c r="[A-Za-z]++([0-9]+)"')
_FAST_COLUMNS = [re.compile(rb'<c r="([A-Za-z]{%d})[0-9]' % width) for width in (3, 2, 1)]
_FAST_WIDE = re.compile(rb'<c r="[A-Za-z]{4}')
# an r attribute written other than ' r="': other whitespace, spaces around "=", single quotes
_ODD_R = [re.compile(rb"r(?:\s++=|=\s|=')"), re.compile(rb"[\t\n\r\f\v]r\s*+=")]
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_XML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*+<")
_FORMULA_NO_VALUE = re.compile(
    rb'<c r="([A-Z]+[0-9]+)"[^<>]*+>\s*+<f\b[^<>]*+(?:/>|>[^<]*+</f>)\s*+(?:<v\s*+/>|<v>\s*+</v>)?\s*+</c>')
_FORMULA_TAG = re.compile(rb"<(?:[^\s<>/:\"']++:)?f[\s/>]")
_ROW_TAG = re.compile(rb"<(?:[^\s<>/:\"']++:)?row[\s/>]")
_COL_TAG = re.compile(rb"<(?:[^\s<>/:\"']++:)?col[\s/>]")
# a row height under 1.5 points or a column width under 0.2 characters, as attribute values
_LOW_SIZE = re.compile(rb"""(?:\bht\s*+=\s*+["']\s*+0*+(?:\.\d*+|1(?:\.[0-4]\d*+)?)?|"""
                       rb"""\bwidth\s*+=\s*+["']\s*+0*+(?:\.[01]\d*+)?)\s*+["']""")
_SST_TAG = re.compile(rb"<(?:[^\s<>/:\"']++:)?sst[\s/>]")
_DIMENSION_TAG = re.compile(rb"<(?:[^\s<>/:\"']++:)?dimension[\s/>]")
_DIMENSION_REF = re.compile(rb"[A-Za-z]{1,3}[1-9][0-9]{0,6}(?::[A-Za-z]{1,3}[1-9][0-9]{0,6})?")
_ATTRIBUTE = re.compile(rb"""([^\s=<>/"']++)\s*+=\s*+("[^"]*+"|'[^']*+')""")
# A start tag to its ">", quote-aware as XML and quick-xml are (">" may stand in a value).
_TAG_END = re.compile(rb"""<(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
_CELL_REF = re.compile(r"([A-Za-z]+)([0-9]+)")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CONTROL = bytes.maketrans(bytes(range(32)), b" " * 9 + b"\t\n  \r" + b" " * 18)
_TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"


@dataclass
class SheetScan:
    """What the raw XML of one worksheet says before parsing."""

    far_cells: list[str] = field(default_factory=list)
    formulas_without_value: list[str] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)  # Excel row numbers hidden or of no height
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # 0-based first and last column


@dataclass
class Inspection:
    """The result for a whole workbook: per-sheet findings, tables, and cleaned bytes if needed.

    ``tables`` maps a sheet's name to its Excel tables as ``(name, start, end)``, the
    0-based first data cell and last cell, as calamine reports them.
    """

    sheets: dict[str, SheetScan] = field(default_factory=dict)
    cleaned: io.BytesIO | None = None
    tables: dict[str, list[tuple[str, tuple[int, int], tuple[int, int]]]] = field(default_factory=dict)


def inspect(path: Path, shown: str) -> Inspection:
    """Refuse bombs and DTDs; empty far stray cells; drop impossible counts; read tables."""
    result = Inspection()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members, shown)
            for member in members:  # no DTD anywhere, before anything is parsed
                if not member.filename.startswith(_NOT_PARSED) and not member.is_dir():
                    with archive.open(member) as handle:
                        if _has_dtd(handle):
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
                tables = _sheet_tables(archive, filename, present, shown)
                if tables:
                    result.tables[sheet] = tables
            for filename in _shared_strings_files(archive, present):
                cleaned = _shared_strings(archive.read(filename))
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


# Pictures and embedded files: calamine never parses them, and an SVG may have its own DOCTYPE.
_NOT_PARSED = ("xl/media/", "xl/embeddings/", "docProps/thumbnail")
# A DTD or entity declaration, in UTF-8 or in UTF-16 of either byte order.
_DTD = re.compile(b"|".join(re.escape(word.encode(encoding)) for word in ("<!DOCTYPE", "<!ENTITY")
                            for encoding in ("utf-8", "utf-16-le", "utf-16-be")))
_DTD_CHUNK = 1 << 20
_DTD_OVERLAP = len("<!DOCTYPE".encode("utf-16-le"))


def _has_dtd(handle) -> bool:
    """Whether a part declares a DTD or entity anywhere, read once in chunks (each byte looked at
    at most twice: the end of a chunk is looked at again with the next, so no word is split)."""
    tail = b""
    while chunk := handle.read(_DTD_CHUNK):
        if _DTD.search(tail + chunk):
            return True
        tail = chunk[-_DTD_OVERLAP:]
    return False


def _check_kind(names: set[str], archive: zipfile.ZipFile, shown: str) -> None:
    """Zips that are not xlsx: name the real format (netkort guards only xlsx's XML)."""
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise InputFileError("file-other-spreadsheet", shown,
                             format=Phrase(N_("an Excel binary workbook (.xlsb)")))
    if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
        raise InputFileError("file-other-spreadsheet", shown,
                             format=Phrase(N_("an OpenDocument spreadsheet (.ods)")))
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


def _parse_part(data: bytes, shown: str):
    """A small part (workbook, relationships, table) as an element tree; DTDs refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data)
    except DefusedXmlException as exc:
        raise InputFileError("file-xml-attack", shown) from exc
    except ParseError as exc:
        raise InputFileError("file-corrupt", shown) from exc


def _sheet_files(archive: zipfile.ZipFile, shown: str) -> dict[str, str]:
    """Zip path of each worksheet -> the sheet's name, from workbook.xml and its rels."""
    try:
        book = _parse_part(archive.read("xl/workbook.xml"), shown)
        rels = _parse_part(archive.read("xl/_rels/workbook.xml.rels"), shown)
    except KeyError:
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(_PKG_REL)}
    files = {}
    for sheet in book.iter(_MAIN + "sheet"):
        target = targets.get(sheet.get(_DOC_REL))
        if target:
            files[_resolve("xl", target)] = sheet.get("name", "")
    return files


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a zip path: absolute from the root, else from ``folder``."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    if target.startswith("xl/"):  # some writers give it from the root without the slash
        return posixpath.normpath(target)
    return posixpath.normpath(posixpath.join(folder, target))


def _scan_sheet(data: bytes, shown: str = "", sheet: str = "") -> tuple[SheetScan, bytes | None]:
    """Find formulas without values, hidden rows and columns, and far cells; the sheet with far cells emptied, if any."""
    scan = SheetScan()
    if b"hidden" in data or _LOW_SIZE.search(data):
        scan.hidden_rows, scan.hidden_columns = _hidden(data)
    fixed = _dimension(data) if b"dimension" in data else None
    data = fixed or data
    extent = _fast_extent(data)
    if extent is not None:
        if b"<f" in data:
            scan.formulas_without_value = [m.decode() for m in _FORMULA_NO_VALUE.findall(data)]
        if _fits(*extent):
            return scan, fixed
    model = _replay(data, shown)
    if extent is None:
        scan.formulas_without_value = model.formulas
    rows, columns = model.rows, model.columns
    if not rows or _fits(max(rows), max(columns), min(rows), min(columns)):
        return scan, fixed
    return scan, _empty_far_cells(data, model, scan, shown, sheet) or fixed


# A row or column this low or narrow shows nothing (in points, and in characters).
LOW_ROW = 1.5
NARROW_COLUMN = 0.2


def _hidden(data: bytes) -> tuple[list[int], list[tuple[int, int]]]:
    """The rows (Excel numbers) and columns (0-based ranges) hidden in Excel or too small to see.

    One pass over the row and column tags; a row without ``r`` is the one after the row before.
    """
    rows, columns = [], []
    row = 0
    for tag, attributes in _tags(data, _ROW_TAG):
        digits = attributes.get(b"r", b"").lstrip(_LETTERS.encode())
        row = int(digits) if digits.isdigit() and len(digits) < 12 else row + 1
        if b"hidden" in tag or b"ht" in tag:
            if _true(attributes.get(b"hidden")) or _number(attributes.get(b"ht"), LOW_ROW) < LOW_ROW:
                rows.append(row)
    if b"col" in data:
        for _tag, attributes in _tags(data, _COL_TAG):
            if _true(attributes.get(b"hidden")) or _number(attributes.get(b"width"), 1) < NARROW_COLUMN:
                first, last = _number(attributes.get(b"min"), 0), _number(attributes.get(b"max"), 0)
                if 1 <= first <= last:
                    columns.append((int(first) - 1, int(min(last, EXCEL_COLUMNS)) - 1))
    return rows, columns


def _tags(data: bytes, pattern: re.Pattern):
    """Each start tag ``pattern`` finds, with its attributes (local names); tags inside a tag are skipped."""
    scanned = 0
    for start in pattern.finditer(data):
        if start.start() < scanned:
            continue
        tag = _TAG_END.match(data, start.start())
        if tag is None:
            return
        scanned = tag.end()
        yield tag.group(), {m.group(1).rpartition(b":")[2]: m.group(2)[1:-1]
                            for m in _ATTRIBUTE.finditer(data, start.end() - 1, tag.end())}


def _true(value: bytes | None) -> bool:
    return value is not None and value.strip() in (b"1", b"true")


def _number(value: bytes | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _fits(last_row: int, last_col: int, first_row: int = 0, first_col: int = 0) -> bool:
    """Whether calamine's rectangle over these cells is small and inside Excel's limits."""
    return (last_row < EXCEL_ROWS and last_col < EXCEL_COLUMNS
            and (last_row - first_row + 1) * (last_col - first_col + 1) <= MAX_CELLS)


def _fast_extent(data: bytes) -> tuple[int, int] | None:
    """The last row and column of any cell, when each is written ``<c r="A1"`` with no other r; else None.

    Byte counts show that no cell tag is written another way (other whitespace after
    ``<c``, no attributes, a prefix, another or differently written r attribute).
    Cells in comments or empty cells count too, which can only make a sheet look
    bigger than calamine finds it.
    """
    if not _XML_START.match(data):
        return None  # not UTF-8 or ASCII: expat reads the encoding
    cells = data.count(b"<c ")
    if (any(data.count(b"<c" + end) for end in (b"\t", b"\n", b"\r", b"/", b">"))
            or data.count(b'<c r="') != cells or _PREFIXED_CELL.search(data)
            or any(pattern.search(data) for pattern in _ODD_R)
            or data.count(b' r="') != cells + data.count(b'<row r="')):
        return None
    rows = _FAST_ROW.findall(data)
    if len(rows) != cells:
        return None
    if not rows:
        return 0, 0
    if _FAST_WIDE.search(data):
        return max(map(int, rows)) - 1, EXCEL_COLUMNS  # four letters or more: beyond Excel
    letters = next((found for pattern in _FAST_COLUMNS if (found := set(pattern.findall(data)))), {b"A"})
    return max(map(int, rows)) - 1, max(map(column_index, letters))


class _Stop(Exception):
    """The end of sheetData: calamine reads no further, nor does the replay."""


class _Replay:
    """calamine's placing of cells, replayed on expat's events for one worksheet.

    Like calamine: cells are read only inside ``<sheetData>``; a row's ``r`` sets the
    row, the end of a row moves to the next one and back to column A; a cell's ``r``
    places it, a cell without one goes right of the one before. A cell with a child
    element holds a value; an empty one adds nothing to calamine's rectangle.
    """

    def __init__(self, parser) -> None:
        self.parser = parser
        self.in_data = False
        self.row = 0
        self.column = 0
        self.cell: list | None = None  # [row, column, start, r as written, valued, has f, has v text]
        self.depth = 0
        self.in_value = False
        # valued cells: position, start of the <c> tag, start of its end tag, r as written
        self.rows = array("q")
        self.columns = array("q")
        self.starts = array("q")
        self.ends = array("q")
        self.refs: list[str] = []
        self.formulas: list[str] = []
        self._local: dict[str, str] = {}
        self._columns: dict[str, int] = {}

    def local(self, name: str) -> str:
        """A tag's name without its prefix, as calamine compares it (after the first colon)."""
        local = self._local.get(name)
        if local is None:
            local = self._local[name] = name.partition(":")[2] or name
        return local

    def start(self, name: str, attributes: dict) -> None:
        if self.cell is not None:
            self.depth += 1
            if self.depth == 1:
                local = self.local(name)
                self.cell[4] = True
                self.cell[5] |= local == "f"
                self.in_value = local == "v"
            return
        local = self.local(name)
        if not self.in_data:
            self.in_data = local == "sheetData"
        elif local == "row":
            r = attributes.get("r") or ""
            digits = r.lstrip(_LETTERS)
            if digits.isdecimal() and digits.isascii() and int(digits) > 0:
                self.row = min(int(digits) - 1, _BEYOND)
        elif local == "c":
            r = attributes.get("r") or ""
            digits = r.lstrip(_LETTERS)
            if digits and len(digits) < len(r) and digits.isdecimal() and digits.isascii() and int(digits) > 0:
                letters = r[:len(r) - len(digits)]
                column = self._columns.get(letters)
                if column is None:
                    column = self._columns[letters] = min(column_index(letters), _BEYOND)
                # beyond Excel's limits every position is as far: kept small enough to count with
                self.cell = [min(int(digits) - 1, _BEYOND), column, self.parser.CurrentByteIndex, r,
                             False, False, False]
            else:
                self.cell = [self.row, self.column, self.parser.CurrentByteIndex, "", False, False, False]
            self.depth = 0

    def end(self, name: str) -> None:
        cell = self.cell
        if cell is not None:
            if self.depth:
                self.depth -= 1
                self.in_value = False
                return
            if cell[4]:
                self.rows.append(cell[0])
                self.columns.append(cell[1])
                self.starts.append(cell[2])
                self.ends.append(self.parser.CurrentByteIndex)
                self.refs.append(cell[3])
            if cell[5] and not cell[6]:
                self.formulas.append(_name(cell[3], cell[0], cell[1]))
            self.column = cell[1] + 1
            self.cell = None
            return
        if self.in_data:
            local = self.local(name)
            if local == "row":
                self.row += 1
                self.column = 0
            elif local == "sheetData":
                raise _Stop

    def text(self, data: str) -> None:
        if self.in_value and self.depth == 1 and not data.isspace():
            self.cell[6] = True


def _name(ref: str, row: int, column: int) -> str:
    """How a warning names a cell: its r in capitals, or where calamine put it."""
    return ref.upper() if ref else column_letter(column) + str(row + 1)


def _replay(data: bytes, shown: str) -> _Replay:
    """Replay calamine on ``data`` with expat; a sheet that is not XML is refused as damaged.

    Control characters, which XML forbids but some writers put in text and calamine
    reads, are blanked for expat (same length, so positions hold) before giving up.
    """
    for attempt in (data, data.translate(_CONTROL)):
        parser = expat.ParserCreate()
        parser.buffer_text = True
        model = _Replay(parser)
        parser.StartElementHandler = model.start
        parser.EndElementHandler = model.end
        if _FORMULA_TAG.search(data):  # text matters only to tell a formula's saved value
            parser.CharacterDataHandler = model.text

        def refuse(*_args) -> None:
            raise InputFileError("file-xml-attack", shown)

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        try:
            parser.Parse(attempt, True)
            return model
        except _Stop:
            return model
        except expat.ExpatError:
            continue
    raise InputFileError("file-corrupt", shown)


def _empty_far_cells(data: bytes, model: _Replay, scan: SheetScan, shown: str, sheet: str) -> bytes | None:
    """Empty the cells far below or right of the table; name them in ``scan.far_cells``.

    A far cell keeps its tag and loses its value, so calamine places every other cell
    exactly as before. What remains must fit in :data:`MAX_CELLS`, or the file is
    refused: a staircase of cells each a little further out is no table either.
    """
    rows, columns = model.rows, model.columns
    inside = [i for i in range(len(rows)) if rows[i] < EXCEL_ROWS and columns[i] < EXCEL_COLUMNS]
    if inside:
        kept_rows = sorted({rows[i] for i in inside})
        kept_columns = sorted({columns[i] for i in inside})
        first_row, last_row = kept_rows[0], _block_end(kept_rows, ROW_GAP)
        first_col, last_col = kept_columns[0], _block_end(kept_columns, COLUMN_GAP)
    else:
        first_row = last_row = first_col = last_col = 0
    if (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CELLS:
        raise InputFileError("sheet-too-big", shown, sheet=sheet, rows=last_row - first_row + 1,
                             columns=last_col - first_col + 1, limit=MAX_CELLS)
    pieces, position = [], 0
    far: set[str] = set()
    for i in range(len(rows)):
        if first_row <= rows[i] <= last_row and first_col <= columns[i] <= last_col:
            continue
        tag = _TAG_END.match(data, model.starts[i])
        if tag is None or tag.end() > model.ends[i]:
            raise InputFileError("file-corrupt", shown)
        pieces.append(data[position:tag.end()])
        position = model.ends[i]
        far.add(_name(model.refs[i], rows[i], columns[i]))
    if not far:
        return None
    pieces.append(data[position:])
    scan.far_cells = sorted(far, key=lambda ref: (len(ref), ref))
    return b"".join(pieces)


def _block_end(values: list[int], gap: int) -> int:
    """The last value before the first jump larger than ``gap``."""
    end = values[0]
    for value in values[1:]:
        if value - end > gap:
            break
        end = value
    return end


def _shared_strings_files(archive: zipfile.ZipFile, present: set[str]) -> list[str]:
    """The shared-strings part: the workbook's relationship names it, calamine may look in the usual place."""
    found = {"xl/sharedStrings.xml"} & present
    try:
        rels = _parse_part(archive.read("xl/_rels/workbook.xml.rels"), "")
    except (KeyError, InputFileError):
        return sorted(found)
    for rel in rels.iter(_PKG_REL):
        if rel.get("Type", "").endswith("/sharedStrings"):
            found |= {_resolve("xl", rel.get("Target", ""))} & present
    return sorted(found)


def _shared_strings(data: bytes) -> bytes | None:
    """The part without a ``uniqueCount`` larger than the strings it holds; None if none is.

    calamine reserves memory for ``uniqueCount`` strings before reading one: four
    billion declared in a 300-byte part abort the process. The count is only a hint,
    so an impossible one is dropped, never trusted.
    """
    strings = data.count(b"<si") + data.count(b":si")  # at least every <si> there is

    def plausible(key: bytes, value: bytes) -> bool:
        return key.rpartition(b":")[2] != b"uniqueCount" or value.isdigit() and int(value) <= strings

    return _rewrite_tags(data, _SST_TAG, plausible)


def _dimension(data: bytes) -> bytes | None:
    """The sheet with a ``<dimension ref>`` calamine cannot read made "A1"; None if all are readable.

    The dimension is only a hint (calamine sizes nothing by it), but one it cannot
    parse makes it refuse the whole sheet.
    """
    def readable(key: bytes, value: bytes) -> bool:
        return key != b"ref" or _DIMENSION_REF.fullmatch(value) is not None

    return _rewrite_tags(data, _DIMENSION_TAG, readable, required=(b"ref", b'"A1"'))


def _rewrite_tags(data: bytes, tag_pattern: re.Pattern, keep, required: tuple[bytes, bytes] | None = None) -> bytes | None:
    """``data`` without the attributes ``keep(key, value)`` refuses in the tags ``tag_pattern`` finds.

    ``required`` is an attribute written in their place, or added where it is
    missing. One pass: each tag is read once, from its start to its ``>``. None when
    nothing changes.
    """
    pieces, position, scanned = [], 0, 0
    for tag_start in tag_pattern.finditer(data):
        if tag_start.start() < scanned:
            continue  # inside the tag before it
        tag = _TAG_END.match(data, tag_start.start())
        if tag is None:
            break  # an unclosed tag runs to the end: calamine stops there too
        scanned = tag.end()
        dropped, kept = [], set()
        for attribute in _ATTRIBUTE.finditer(data, tag_start.end() - 1, tag.end()):
            if keep(attribute.group(1), attribute.group(2)[1:-1]):
                kept.add(attribute.group(1))
            else:
                dropped.append(attribute)
        if required is not None and required[0] not in kept:
            pieces.append(data[position:tag_start.end() - 1] + b" " + required[0] + b"=" + required[1])
            position = tag_start.end() - 1
        for attribute in dropped:
            pieces.append(data[position:attribute.start()])
            position = attribute.end()
    if not pieces:
        return None
    pieces.append(data[position:])
    return b"".join(pieces)


def _sheet_tables(archive: zipfile.ZipFile, sheet_file: str, present: set[str],
                  shown: str) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """The Excel tables of one sheet, read here rather than by calamine.

    calamine reserves a table's whole declared extent and panics on a header or
    totals count larger than the table; read here, a table is only its numbers.
    Where calamine puts the first data row (after ``headerRowCount`` rows) is kept.
    """
    folder, name = posixpath.split(sheet_file)
    rels_file = posixpath.join(folder, "_rels", name + ".rels")
    if rels_file not in present:
        return []
    tables = []
    for rel in _parse_part(archive.read(rels_file), shown).iter(_PKG_REL):
        target = _resolve(folder, rel.get("Target", ""))
        if rel.get("Type") != _TABLE_TYPE or target not in present:
            continue
        table = _parse_part(archive.read(target), shown)
        area = _area(table.get("ref", ""))
        if area is None:
            continue  # a table without a readable extent: its sheet is read as it is
        (top, left), (bottom, right) = area
        headers, totals = _count(table.get("headerRowCount"), 1), _count(table.get("totalsRowCount"), 0)
        first = min(top + headers, bottom)
        tables.append((table.get("displayName") or table.get("name") or "", (first, left),
                       (max(first, bottom - totals), right)))
    return tables


def _area(ref: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'B3:D10' -> ((2, 1), (9, 3)), inside Excel's limits; None if it is no area."""
    corners = []
    for corner in ref.replace("$", "").split(":"):
        match = _CELL_REF.fullmatch(corner.strip())
        if match is None or len(match.group(1)) > 3 or not 0 < int(match.group(2)) <= EXCEL_ROWS:
            return None
        corners.append((int(match.group(2)) - 1, column_index(match.group(1))))
    if len(corners) == 1:
        corners *= 2
    if len(corners) != 2 or max(c for _, c in corners) >= EXCEL_COLUMNS:
        return None
    (r1, c1), (r2, c2) = corners
    return (min(r1, r2), min(c1, c2)), (max(r1, r2), max(c1, c2))


def _count(value: str | None, default: int) -> int:
    return int(value) if value is not None and value.isdigit() and len(value) < 8 else default


def _rebuild(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for member in archive.infolist():
            out.writestr(member.filename, replaced.get(member.filename) or archive.read(member))
    buffer.seek(0)
    return buffer
