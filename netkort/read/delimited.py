"""Reading CSV and other delimited text files into a sheet of text."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from ..problems import InputFileError
from .workbook import RawSheet

CSV_DELIMITERS = ";,\t"

_LINES = re.compile(r"\r\n|\r|\n")


def sniff_text(head: bytes) -> str | None:
    """Name a known non-spreadsheet format from its first bytes, else None."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in stripped[:512]:
        return "html"
    if stripped.startswith(b"%pdf"):
        return "PDF"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "PNG/JPEG/GIF"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text, as Excel's "Unicode text" export writes it
    # Text pasted from mail clients may carry a few control characters; binary data is
    # mostly control bytes (known binary formats were recognised above by their magic).
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    if controls > len(head) * 0.3:
        return "binary"
    return None


def read_delimited(path: Path, shown: str) -> RawSheet:
    """Read a CSV (or tab-separated text) file as one sheet of text cells."""
    return _read_csv(path.read_bytes(), shown)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) if it decodes, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _sniff_delimiter(text: str) -> str | None:
    """The delimiter that splits the first lines into the most consistent columns."""
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
            best, best_score = delimiter, score
    return best


def _read_csv(data: bytes, shown: str) -> RawSheet:
    text = _decode(data)
    delimiter = _sniff_delimiter(text)
    if delimiter is None:
        from .columns import is_name_header

        first = next((line for line in _LINES.split(text) if line.strip()), "")
        if not is_name_header(first):
            raise InputFileError("csv-delimiter", shown)
        delimiter = ";"
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputFileError("file-unreadable", shown, detail=str(exc)) from exc
    return RawSheet(file=shown, name="", rows=rows)
