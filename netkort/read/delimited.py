"""Reading CSV and other delimited text files into a sheet of text.

The encoding is found by evidence (:mod:`.encoding`), the delimiter by which
of ``;``, ``,`` and tab splits the first lines most consistently, and the
records by Python's :mod:`csv` with two guards a spreadsheet user needs: a
quotation mark that is never closed does not swallow the rows below it, and a
very long cell is read and warned about instead of refusing the file.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from ..i18n import N_, Nn_, Phrase
from ..problems import WARNING, InputFileError, Problem
from ..text import column_letter
from . import encoding as enc
from .workbook import RawSheet

CSV_DELIMITERS = ";,\t"
MAX_TEXT_MB = 512  # as much text as netkort unpacks from an xlsx (xlsx_guard.MAX_UNPACKED_MB)
# No cell can be longer than the file; csv's own default (131,072) refused a long note.
FIELD_LIMIT = MAX_TEXT_MB * 1024 * 1024

_LINES = re.compile(r"\r\n|\r|\n")
_CTRL_Z = "\x1a"  # DOS's end-of-file mark, still written by some old exports


def sniff_text(head: bytes) -> str | None:
    """Name a known non-spreadsheet format from a file's first bytes, else None (text to read)."""
    unicode_head = enc.decode_head(head)
    if unicode_head is not None:  # UTF-16 or UTF-32: look at its characters, not its bytes
        if _is_html(unicode_head.lstrip("\ufeff \t\r\n").lower()):
            return "html"
        return "binary" if _mostly_controls(unicode_head) else None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if _is_html(stripped.decode("latin-1")):
        return "html"
    if stripped.startswith(b"%pdf"):
        return "PDF"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "PNG/JPEG/GIF"
    return "binary" if _mostly_controls(head.decode("latin-1")) else None


def _is_html(start: str) -> bool:
    return start.startswith(("<!doctype html", "<html", "<table", "<?xml")) or "<html" in start[:512]


def _mostly_controls(text: str) -> bool:
    """Text pasted from mail clients may carry a few control characters; binary data is mostly
    control bytes (known binary formats were recognised above by their magic)."""
    controls = sum(ch < "\t" or "\r" < ch < " " for ch in text)
    return controls > len(text) * 0.3


def read_delimited(path: Path, shown: str) -> RawSheet:
    """Read a CSV (or tab-separated text) file as one sheet of text cells.

    Raises :class:`~netkort.problems.InputFileError` when the file is larger than
    :data:`MAX_TEXT_MB` or its delimiter cannot be recognised. How the text was
    decoded and any quotation mark left open are reported in ``RawSheet.problems``.
    """
    size = path.stat().st_size
    if size > MAX_TEXT_MB * 1024 * 1024:
        raise InputFileError("file-too-big-text", shown, size=size // (1024 * 1024), limit=MAX_TEXT_MB)
    return read_text(path.read_bytes(), shown)


def read_text(data: bytes, shown: str) -> RawSheet:
    """The CSV in ``data`` as one sheet; ``shown`` names the file in messages."""
    decoded = enc.decode(data)
    problems = _encoding_problems(decoded, shown)
    text = _strip_end_of_file(decoded.text)
    found = sniff_delimiter(text)
    if found is None:
        from .columns import is_name_header

        first = next((line for line in _LINES.split(text) if line.strip()), "")
        if not is_name_header(first):
            raise InputFileError("csv-delimiter", shown)
        found = (";", 1)
    delimiter, width = found
    rows, quote_problems = split_records(text, delimiter, width, shown)
    return RawSheet(file=shown, name="", rows=rows, problems=problems + quote_problems)


def _encoding_problems(decoded: enc.Decoded, shown: str) -> list[Problem]:
    """A warning for text that is not UTF-8 or Unicode, unless it is Windows-1252 beyond doubt
    (what Excel on Windows writes), and for bytes that could not be read."""
    problems = []
    examples = ", ".join(f"'{word}'" for word in decoded.examples)
    if decoded.encoding in enc.EIGHT_BIT and not decoded.sure:
        problems.append(Problem(WARNING, "csv-encoding-unsure", {
            "encoding": enc.ENCODING_NAMES[decoded.encoding],
            "examples": Phrase(N_(" (e.g. {examples})"), examples=examples) if examples else ""},
            file=shown))
    elif decoded.encoding in enc.EIGHT_BIT and decoded.encoding != enc.WINDOWS:
        problems.append(Problem(WARNING, "csv-encoding", {
            "encoding": enc.ENCODING_NAMES[decoded.encoding], "examples": examples}, file=shown))
    if decoded.damaged:
        problems.append(Problem(WARNING, "csv-encoding-damaged", {
            "encoding": decoded.encoding.upper().removesuffix("-SIG"),
            "count": Phrase(Nn_("{count} character", "{count} characters"), count=decoded.damaged),
            "line": decoded.first_damaged_line}, file=shown))
    return problems


def _strip_end_of_file(text: str) -> str:
    """The text without a DOS end-of-file mark (Ctrl-Z) at its end, and without what pads it."""
    body = text.rstrip(_CTRL_Z + " \t\r\n")
    tail = text[len(body):]
    return body + tail.replace(_CTRL_Z, "") if _CTRL_Z in tail else text


def sniff_delimiter(text: str) -> tuple[str, int] | None:
    """The delimiter that splits the first lines into the most consistent columns, and the
    number of columns it gives most of them; None when no delimiter gives two columns."""
    # not str.splitlines(): it also breaks at \x0b and \x0c, which CSV treats as text
    sample_lines = [line for line in _LINES.split(text[:65536]) if line.strip()][:30]
    best, best_score = None, (0, 0)
    for delimiter in CSV_DELIMITERS:
        counts = [len(row) for row in csv.reader(sample_lines, delimiter=delimiter)]
        if not counts:
            continue
        width, agreeing = Counter(counts).most_common(1)[0]
        score = (agreeing, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = (delimiter, width), score
    return best


# --- records, and a quotation mark left open ------------------------------------------------


class _Runaway(Exception):
    """Raised from inside csv's reading when an open quotation mark is swallowing rows."""


class _Lines:
    """The text's lines, each with its line break, fed one at a time to :func:`csv.reader`.

    The reader asks for a second line of a record only while a quoted cell is open. This feed
    looks at each such line: when the lines taken into the cell look like rows (as many cells
    as the file's rows have), the quotation mark was never meant to reach them, and
    :class:`_Runaway` stops the record.
    """

    def __init__(self, text: str, delimiter: str, width: int):
        self.text, self.delimiter, self.width = text, delimiter, width
        self.pos = 0  # where the next line starts
        self.line = 0  # 0-based index of the next line
        self.start_pos = self.start_line = 0  # where the record being read starts
        self.taken = 0  # lines taken into the record being read
        self.row_like = self.other = 0  # its continuation lines that look like rows, and the rest
        self.ended_open = False  # the file ended inside the record's quoted cell
        self.guarded_until = 0  # records starting before this line may not carry a quote over a line end

    def __iter__(self) -> _Lines:
        return self

    def start_record(self) -> None:
        self.start_pos, self.start_line = self.pos, self.line
        self.taken = self.row_like = self.other = 0

    def __next__(self) -> str:
        if self.pos >= len(self.text):
            self.ended_open = self.taken > 0
            raise StopIteration
        found = _LINES.search(self.text, self.pos)
        end = found.end() if found else len(self.text)
        line = self.text[self.pos:end]
        self.pos, self.line = end, self.line + 1
        self.taken += 1
        if self.taken > 1:
            self._continuation(line)
        return line

    def _continuation(self, line: str) -> None:
        if self.start_line < self.guarded_until:
            raise _Runaway  # these lines were already shown to be rows
        if self.looks_like_row(line):
            self.row_like += 1
        elif line.strip():
            self.other += 1
        if self.row_like >= 2 and self.row_like >= self.other:
            raise _Runaway

    def looks_like_row(self, line: str) -> bool:
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=self.delimiter), [])
        return len(cells) == self.width and any(c.strip() for c in cells)

    def first_line(self) -> str:
        """The first line of the record being read, without its line break."""
        found = _LINES.search(self.text, self.start_pos)
        return self.text[self.start_pos:found.start() if found else len(self.text)]

    def restart_after_first_line(self) -> None:
        """Go back to the line after the record's first, and guard the lines the record took."""
        self.guarded_until = max(self.guarded_until, self.line - 1)
        found = _LINES.search(self.text, self.start_pos)
        self.pos = found.end() if found else len(self.text)
        self.line = self.start_line + 1
        self.ended_open = False


def split_records(text: str, delimiter: str, width: int, shown: str) -> tuple[list[list[str]], list[Problem]]:
    """The records of ``text`` as rows of cells, and a warning for each quotation mark left open.

    A quoted cell may hold line breaks (a note over several lines stays whole). A quotation
    mark that is never closed, or closed only after lines that look like rows, is read as a
    slip: its cell ends on its own line, the rows below it are read as rows, and a warning
    names the row and column where it opened. At the end of the file, an open cell whose
    lines do not look like rows is kept whole, with a warning; one opened on the last line
    is a slip too.
    """
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    feed = _Lines(text, delimiter, width)
    reader = csv.reader(feed, delimiter=delimiter)
    rows: list[list[str]] = []
    problems: list[Problem] = []
    while True:
        feed.start_record()
        try:
            record = next(reader)
        except StopIteration:
            break
        except _Runaway:
            record = None
        except csv.Error as exc:  # a NUL byte in older Pythons; nothing else in non-strict mode
            raise InputFileError("file-unreadable", shown, detail=str(exc)) from exc
        lines = feed.line - feed.start_line
        if record is not None and lines > 1 and feed.row_like:
            if feed.row_like >= feed.other if feed.ended_open else _badly_closed(feed, delimiter):
                record = None
        last = False
        if record is not None and lines == 1 and feed.ended_open:  # opened on the last line, never closed
            slipped = _slip(feed.first_line(), delimiter, width)
            # a slip, unless it changes nothing ('A;"note': the cell ends where the line does anyway)
            last = slipped[0] != record[:-1] + [record[-1].rstrip("\r\n")]
        if record is None or last:
            record, column = slipped if last else _slip(feed.first_line(), delimiter, width)
            problems.append(Problem(WARNING, "csv-open-quote-last" if last else "csv-open-quote", {}, file=shown,
                                    row=len(rows) + 1, column=column_letter(column)))
            feed.restart_after_first_line()
            reader = csv.reader(feed, delimiter=delimiter)
        elif feed.ended_open and lines > 1:  # at the end of the file, and no rows in the cell: kept whole
            problems.append(Problem(WARNING, "csv-quote-to-end", {
                "lines": Phrase(Nn_("{count} line", "{count} lines"), count=lines)},
                file=shown, row=len(rows) + 1, column=column_letter(len(record) - 1)))
        rows.append(record)
    return rows, problems


def _badly_closed(feed: _Lines, delimiter: str) -> bool:
    """Whether the record just read closes its quoted cell with text after the closing mark
    (``"note 5⏎Aktør 6;"note 6``): the quotation mark of a later row closed it by mistake."""
    lines = _LINES.split(feed.text[feed.start_pos:feed.pos])
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return True
    return False


def _slip(line: str, delimiter: str, width: int) -> tuple[list[str], int]:
    """The cells of ``line`` whose quotation mark opens a cell it never closes, and that cell's index.

    Without the stray mark, the line usually has as many cells as a row (``A;"netværk;note``);
    otherwise the cell is read as closed at the line's end (``A;"Husk; kaffe``).
    """
    closed = next(csv.reader([line + '"'], delimiter=delimiter))
    at = _opening_quote(line, delimiter)
    without = next(csv.reader([line[:at] + line[at + 1:]], delimiter=delimiter), [])
    if len(without) == width or len(closed) != width:
        return without, len(closed) - 1
    return closed, len(closed) - 1


def _opening_quote(line: str, delimiter: str) -> int:
    """Where in ``line`` the quoted cell that is still open at its end begins (as :mod:`csv` reads it)."""
    at, quoted, cell_start, i = -1, False, True, 0
    while i < len(line):
        ch = line[i]
        if quoted and ch == '"':
            if line[i + 1:i + 2] == '"':
                i += 2  # a doubled quotation mark inside the cell
                continue
            quoted = False
        elif not quoted and ch == '"' and cell_start:
            quoted, at = True, i
        cell_start = not quoted and ch == delimiter
        i += 1
    return at
