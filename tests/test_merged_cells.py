"""Merged ranges: cut to the sheet's data before anything walks them, and walked in linear work.

A 2.4 KB workbook can declare a thousand ranges A2:A1048576 or A1:XFD1. Reading
it must cost what its data costs, not a million rows or 16,384 columns per
range. Work is counted as the Python lines netkort's reader runs (no timing).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from fuzz_guard import NS, PARTS

from netkort.read import contacts
from netkort.read.contacts import read
from netkort.read.workbook import read_file
from netkort.text import column_letter

READER = str(Path(contacts.__file__).parent)


def merged_workbook(path: Path, merges: list[str], width: int = 3) -> Path:
    """A header, three contacts and ``merges``; ``width`` columns (the first three named)."""
    names = ["Navn", "Medarbejder", "Relation"] + [f"Ekstra {i}" for i in range(3, width)]
    rows = [names, ["Åby Roklub", "Mette", "netværk"], ["Torup Skole", "", "netværk"], ["Vester Bibliotek", "", "netværk"]]
    cells = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{column_letter(c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                                   for c, v in enumerate(row) if v) + "</row>"
        for r, row in enumerate(rows, start=1))
    refs = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>{cells}</sheetData>'
             f'<mergeCells count="{len(merges)}">{refs}</mergeCells></worksheet>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**PARTS, "xl/worksheets/sheet1.xml": sheet,
                           "xl/sharedStrings.xml": f'<sst xmlns="{NS}"/>'}.items():
            archive.writestr(name, data)
    return path


def test_a_range_down_to_row_1048576_is_cut_to_the_data_and_read_once(tmp_path):
    path = merged_workbook(tmp_path / "flettet.xlsx", ["B2:B1048576"] * 1000 + ["A9:A1048576", "XFA1:XFD1"])
    (sheet,) = read_file(path)
    assert sheet.merged == [((1, 1), (3, 1))]  # B2:B4; ranges whose first cell holds nothing are left out
    data = read([path])
    assert [r.values["staff"] for r in data.contacts] == [("Mette",)] * 3
    assert [(p.code, p.row, p.column, p.message()) for p in data.problems] == [
        ("filled-down", 2, "B", "'Mette' står i en flettet celle over 3 rækker i 'Medarbejder'; "
                                "værdien er brugt på hver række.")]


def reader_lines(path: Path) -> int:
    """Python lines netkort's reader runs to read ``path``."""
    count = [0]

    def trace(frame, event, arg):
        if frame.f_code.co_filename.startswith(READER):
            count[0] += event == "line"
            return trace
        return None

    sys.settrace(trace)
    try:
        read([path])
    finally:
        sys.settrace(None)
    return count[0]


@pytest.mark.parametrize("shape", ["same-tall", "same-wide", "distinct-wide", "distinct-tall"])
def test_reading_merged_ranges_costs_the_same_for_each_more_range(tmp_path, shape):
    width = 4200 if shape == "distinct-wide" else 3

    def merges(n: int) -> list[str]:
        if shape == "same-tall":
            return ["B2:B1048576"] * n
        if shape == "same-wide":
            return ["A1:XFD1"] * n
        if shape == "distinct-wide":
            return [f"A1:{column_letter(width - 1 - i)}1" for i in range(n)]  # overlapping: Excel never writes these
        return [f"B2:B{1048576 - i}" for i in range(n)]

    lines = {n: reader_lines(merged_workbook(tmp_path / f"m{n}.xlsx", merges(n), width)) for n in (1, 1000, 2000, 4000)}
    for n in (1000, 2000, 4000):  # a few lines per range, not a line per row or column
        assert lines[n] - lines[1] <= 60 * n, lines
    # linear: each thousand ranges costs about the same; quadratic work would double the last step
    assert lines[4000] - lines[2000] <= 2.6 * max(lines[2000] - lines[1000], 60 * 1000), lines
