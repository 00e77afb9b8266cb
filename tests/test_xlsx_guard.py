"""The xlsx guard: what calamine may see of a workbook, and how much work looking costs.

Files that aborted the process before the guard knew them run in a child
process (the real ``netkort check``), so a regression fails the test instead of
killing pytest. Linearity is shown by counting work, never by timing: the bytes
each scan of a part may examine, and the Python lines run, at growing sizes.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fuzz_guard import NS, PARTS
from workbooks import make_xlsx

from netkort.problems import InputFileError
from netkort.read import xlsx_guard
from netkort.read.workbook import ExcelTable, read_file
from netkort.text import column_index

ROOT = Path(__file__).resolve().parent.parent
SHARED = ["Navn", "Medarbejder", "Relation", "Åby Roklub", "Mette", "netværk"]
ROW_1 = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
ROW_2 = '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'
ROWS = [["Navn", "Medarbejder", "Relation"], ["Åby Roklub", "Mette", "netværk"]]
CORRUPT = "filen er beskadiget eller ufuldstændig og kan ikke læses som .xlsx. Åbn den i Excel og gem den igen."


def sheet_xml(data: str = ROW_1 + '<row r="2">' + ROW_2 + "</row>", before: str = "", after: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{NS}">{before}<sheetData>{data}'
            f"</sheetData>{after}</worksheet>")


def shared_xml(attributes: str = 'count="6" uniqueCount="6"') -> str:
    strings = "".join(f"<si><t>{s}</t></si>" for s in SHARED)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" {attributes}>{strings}</sst>'


def workbook(path: Path, sheet: str | bytes | None = None, shared: str | None = None,
             extra: dict[str, str | bytes] | None = None) -> Path:
    """The two-row contacts workbook, with its sheet, shared strings or other parts replaced."""
    parts = {**PARTS, "xl/worksheets/sheet1.xml": sheet or sheet_xml(), "xl/sharedStrings.xml": shared or shared_xml(),
             **(extra or {})}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def check_in_child(path: Path, *options: str) -> subprocess.CompletedProcess:
    """``netkort check --json`` (or with other options) in its own process, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0"}
    return subprocess.run([sys.executable, "-c", "from netkort.cli import main; main()", "check", str(path),
                           *(options or ["--json"])], capture_output=True, text=True, env=env, timeout=300)


def guarded_read(path: Path):
    """``read_file``, once an independent reading of the guard's output shows calamine gets a small rectangle.

    A guard that regressed fails here, in Python, instead of letting calamine abort pytest.
    """
    inspection = xlsx_guard.inspect(path, str(path))
    with zipfile.ZipFile(inspection.cleaned or path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert calamine_area(archive.read(name)) <= xlsx_guard.MAX_CELLS, name
    return read_file(path)


def calamine_area(sheet: bytes) -> int:
    """The cells calamine's rectangle holds for a worksheet, worked out with ElementTree (not expat events)."""
    from xml.etree.ElementTree import iterparse

    row = column = 0
    places, in_data, cell, depth = [], False, None, 0
    blanked = sheet.translate(bytes.maketrans(bytes([1, 2, 3]), b"   "))
    for event, element in iterparse(io.BytesIO(blanked), events=("start", "end")):
        local = element.tag.rpartition("}")[2]
        if cell is not None:
            depth += 1 if event == "start" else -1
            if depth >= 0:
                continue
            if len(element):
                places.append(cell)
            column, cell, depth = cell[1] + 1, None, 0
        elif local == "sheetData":
            in_data = event == "start"
        elif in_data and local == "row" and event == "start" and (element.get("r") or "").isdigit():
            row = int(element.get("r")) - 1
        elif in_data and local == "row" and event == "end":
            row, column = row + 1, 0
        elif in_data and local == "c" and event == "start":
            ref = re.fullmatch(r"([A-Za-z]+)([0-9]+)", element.get("r") or "")
            cell = (int(ref.group(2)) - 1, column_index(ref.group(1))) if ref else (row, column)
    if not places:
        return 0
    rows, columns = [r for r, _ in places], [c for _, c in places]
    if max(rows) >= 1_048_576 or max(columns) >= 16_384:
        return sys.maxsize
    return (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)


def far_warning(cells: str, count: int = 1) -> dict:
    return {"severity": "warning", "code": "far-cells", "sheet": "Kontakter", "row": None, "column": "", "field": "",
            "message": (f"1 celle langt fra tabellen er ikke læst ({cells}); slet den i Excel, hvis den er tastet "
                        "ved en fejl." if count == 1 else
                        f"{count} celler langt fra tabellen er ikke læst ({cells}); slet dem i Excel, hvis de er "
                        "tastet ved en fejl.")}


def problems(result: subprocess.CompletedProcess) -> list[dict]:
    return [{k: v for k, v in p.items() if k != "file"} for p in json.loads(result.stdout)["problems"]]


# --- far cells written as XML allows -------------------------------------------------------------

@pytest.mark.parametrize("space", ["\t", "\n", "\r", "\r\n", " \t "], ids=["tab", "lf", "cr", "crlf", "mixed"])
def test_a_far_cell_after_any_xml_whitespace_is_emptied_not_allocated(tmp_path, space):
    stray = f'<c{space}r="XFD1048576"{space}t="inlineStr"><is><t>x</t></is></c>'
    path = workbook(tmp_path / "stray.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + stray + "</row>"))
    result = check_in_child(path)  # calamine alone asks for 549 GB here and aborts
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["actors"] == 1
    assert problems(result) == [far_warning("XFD1048576")]


@pytest.mark.parametrize("cell", [
    "<c t='inlineStr' r='XFD1048576'><is><t>x</t></is></c>",  # attribute order, single quotes
    '<c\n\tt="inlineStr"\r\nr\n=\t"XFD1048576"><is><t>x</t></is></c>',  # whitespace around "="
    '<c r="xfd1048576" t="inlineStr"><is><t>x</t></is></c>',  # lower case
    '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c >',  # space in the end tag
])
def test_a_far_cell_in_any_attribute_form_is_emptied(tmp_path, cell):
    path = workbook(tmp_path / "stray.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + cell + "</row>"))
    (sheet,) = guarded_read(path)
    assert sheet.rows == ROWS
    assert [(p.code, p.params) for p in sheet.problems] == [("far-cells", {"cells": "XFD1048576", "count": 1})]


def test_cells_placed_right_of_a_far_one_are_far_too_and_named(tmp_path):
    late = ('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
            '<c t="inlineStr"><is><t>y</t></is></c></row>')
    (sheet,) = guarded_read(workbook(tmp_path / "stray.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + "</row>" + late)))
    assert sheet.rows == ROWS
    assert [p.params for p in sheet.problems] == [{"cells": "XFD1048576, XFE1048576", "count": 2}]


@pytest.mark.parametrize("ref", ["ZZZZZZ2", "C4294967295", "A18446744073709551617"])
def test_a_cell_beyond_excels_limits_is_always_far(tmp_path, ref):
    cell = f'<c r="{ref}" t="inlineStr"><is><t>x</t></is></c>'
    (sheet,) = guarded_read(workbook(tmp_path / "stray.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + cell + "</row>")))
    assert sheet.rows == ROWS
    assert [p.params for p in sheet.problems] == [{"cells": ref, "count": 1}]


def test_a_cell_in_a_comment_is_no_cell(tmp_path):
    comment = '<!-- <c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c> -->'
    (sheet,) = guarded_read(workbook(tmp_path / "c.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + comment + "</row>")))
    assert (sheet.rows, sheet.problems) == (ROWS, [])


def test_the_same_table_written_with_prefixes_and_without_r_reads_the_same(tmp_path):
    rows = ('<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c\tt="s"><x:v>1</x:v></x:c><x:c\nt="s"><x:v>2</x:v></x:c></x:row>'
            "<x:row r='2'><x:c t='s'><x:v>3</x:v></x:c><x:c t='s' r='B2'><x:v>4</x:v></x:c><x:c><x:v>7</x:v></x:c>"
            '<x:c r="D2"><x:f>C2+1</x:f></x:c><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>')
    sheet = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{NS}"><x:dimension ref=""/><x:sheetData>{rows}'
             "</x:sheetData></x:worksheet>")
    (raw,) = guarded_read(workbook(tmp_path / "prefix.xlsx", sheet))
    assert raw.rows == [["Navn", "Medarbejder", "Relation"], ["Åby Roklub", "Mette", "7"]]  # D2: no saved value
    assert [(p.code, p.row, p.column, p.params) for p in raw.problems] == [
        ("far-cells", None, "", {"cells": "XFD1048576", "count": 1}), ("formula-no-value", 2, "D", {})]


@pytest.mark.parametrize("far", ['<c r="XFD1048576"><f>1+1</f></c>', '<c r="XFD1048576"><f>1+1</f><v/></c>',
                                 '<c r="J1048576"><f>A1</f></c>'], ids=["formula-only", "empty-value", "column-j"])
def test_a_far_formula_is_only_a_far_cell(tmp_path, far):
    """The review's far_f_only.xlsx: a formula warning for a cell already emptied as a far cell."""
    path = workbook(tmp_path / "f.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + '<c r="D2"><f>C2</f></c></row>'
                                                   + '<row r="1048576">' + far + "</row>"))
    (raw,) = guarded_read(path)
    cell = re.search(r'r="([A-Z]+\d+)"', far).group(1)
    assert [(p.code, p.row, p.column, p.params) for p in raw.problems] == [
        ("far-cells", None, "", {"cells": cell, "count": 1}), ("formula-no-value", 2, "D", {})]


def test_checks_table_keeps_a_long_row_number_apart_from_its_column():
    """The review: row 1048576 and column XFD printed as '1048576XFD'."""
    from netkort.check import _check_lines

    problem = {"severity": "warning", "code": "formula-no-value", "file": "k.xlsx", "sheet": "Ark", "row": 1048576,
               "column": "XFD", "field": "", "message": "Formel."}
    summary = {"files": ["k.xlsx"], "actors": 0, "staff": 0, "relations": 0, "levels": {}, "unknown_level": 0,
               "problems": [problem]}
    lines = _check_lines(summary, "da")
    assert lines[-2:] == ["  Række   Kolonne               Alvor     Problem",
                          "  1048576 XFD                   advarsel  Formel."]


def test_a_sheet_that_is_not_xml_where_it_matters_is_refused_as_damaged(tmp_path):
    broken = ROW_1 + '<row r="2">' + ROW_2 + '<c\tr="XFD1048576" t="s" t="s"><v>1</v></c></row>'  # duplicate t
    path = workbook(tmp_path / "broken.xlsx", sheet_xml(broken))
    with pytest.raises(InputFileError) as caught:
        xlsx_guard.inspect(path, str(path))
    assert caught.value.code == "file-corrupt"


def test_a_control_character_in_text_does_not_stop_the_guard(tmp_path):
    cell = '<c\tr="XFD1048576" t="inlineStr"><is><t>x\x01y</t></is></c>'
    (sheet,) = guarded_read(workbook(tmp_path / "ctrl.xlsx", sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + cell + "</row>")))
    assert sheet.rows == ROWS
    assert [p.params for p in sheet.problems] == [{"cells": "XFD1048576", "count": 1}]


# --- counts and extents calamine reserves memory for --------------------------------------------

@pytest.mark.parametrize("attributes", [
    'count="6" uniqueCount="4294967295"', 'count="6" uniqueCount="18446744073709551615"',
    "uniqueCount = '200000000'\ncount='6'", 'uniqueCount="+4294967295"', 'uniqueCount="7"'])
def test_an_impossible_unique_count_never_reaches_calamine(tmp_path, attributes):
    path = workbook(tmp_path / "sst.xlsx", shared=shared_xml(attributes))
    result = check_in_child(path)  # calamine reserved 103 GB (abort) or panicked (2^64-1) here
    assert (result.returncode, result.stderr) == (0, "")
    assert (json.loads(result.stdout)["actors"], problems(result)) == (1, [])


def test_only_the_unique_count_of_a_shared_strings_part_is_dropped():
    part = shared_xml('count="4294967295"\t uniqueCount = "4294967295"').encode()
    assert xlsx_guard._shared_strings(part) == part.replace(b'uniqueCount = "4294967295"', b"")
    prefixed = b'<x:sst xmlns:x="n" x:uniqueCount=\'99\'><x:si><x:t>a</x:t></x:si></x:sst>'
    assert xlsx_guard._shared_strings(prefixed) == prefixed.replace(b"x:uniqueCount='99'", b"")
    assert xlsx_guard._shared_strings(shared_xml().encode()) is None  # a true count is left alone


@pytest.mark.parametrize("ref, fixed", [("", "A1"), ("A0:B", "A1"), ("$A$1:$C$2", "A1"), ("A1:XFD1048576", None)])
def test_a_dimension_calamine_cannot_parse_becomes_a1(tmp_path, ref, fixed):
    sheet = sheet_xml(before=f'<dimension ref="{ref}"/>')
    scan, cleaned = xlsx_guard._scan_sheet(sheet.encode())
    assert cleaned == (None if fixed is None else sheet.replace(f'ref="{ref}"', f'ref="{fixed}" ').encode())
    (raw,) = read_file(workbook(tmp_path / "dim.xlsx", sheet))  # calamine refused the whole sheet before
    assert (raw.rows, raw.problems) == (ROWS, [])


TABLE_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="t1" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" '
              'Target="../tables/table1.xml"/></Relationships>')


def table_parts(attributes: str) -> dict[str, str]:
    return {"xl/worksheets/_rels/sheet1.xml.rels": TABLE_RELS,
            "xl/tables/table1.xml": f'<table xmlns="{NS}" id="1" name="T" displayName="Kontakter_tabel" {attributes}>'
                                    '<tableColumns count="4294967295"><tableColumn id="1" name="Navn"/>'
                                    "</tableColumns></table>"}


@pytest.mark.parametrize("attributes, table", [
    ('ref="A1:XFD1048576"', ExcelTable("Kontakter_tabel", 0, 0, 16383, 1048575)),  # calamine reserved it all
    ('ref="A1:C2" totalsRowCount="1"', ExcelTable("Kontakter_tabel", 0, 0, 2, 1)),  # calamine panicked
    ('ref="A1:C2" headerRowCount="2"', ExcelTable("Kontakter_tabel", 0, 0, 2, 1)),  # calamine panicked
    ('ref="A1:C2"', ExcelTable("Kontakter_tabel", 0, 0, 2, 1)),
    ('ref="A1:A2"', ExcelTable("Kontakter_tabel", 0, 0, 0, 1)),
    ('ref="A1:ZZZZ9"', None), ('ref="nowhere"', None),
])
def test_excel_tables_are_read_by_the_guard_not_calamine(tmp_path, attributes, table):
    path = workbook(tmp_path / "tabel.xlsx", sheet_xml(after='<tableParts count="1"><tablePart r:id="t1" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></tableParts>'),
                    extra=table_parts(attributes))
    result = check_in_child(path)
    assert (result.returncode, result.stderr) == (0, "")
    (raw,) = read_file(path)
    assert raw.tables == ([table] if table else [])


def test_tables_of_a_real_workbook_are_found_as_calamine_found_them(tmp_path):
    path = make_xlsx(tmp_path / "t.xlsx", {"K": [["Navn", "Relation"], ["Åby Roklub", "netværk"]] * 3},
                     tables={"K": [("Tab1", "B3:C6")]}, origin={"K": "B3"})
    (raw,) = read_file(path)
    assert raw.tables == [ExcelTable("Tab1", header_row=2, first_col=1, last_col=2, last_row=5)]


def test_other_sizes_in_the_xml_are_harmless(tmp_path):
    """Each of these was tried on calamine in a child process: none makes it reserve memory."""
    variants = {
        "count": ({}, shared_xml('count="4294967295" uniqueCount="6"')),
        "dimension": ({"before": '<dimension ref="A1:XFD1048576"/>'}, None),
        "spans": ({"data": ROW_1.replace('r="1"', 'r="1" spans="1:4294967295"', 1) + '<row r="2">' + ROW_2 + "</row>"},
                  None),
        "cols": ({"before": '<cols><col min="1" max="4294967295" width="9"/></cols>'}, None),
        "merge-count": ({"after": '<mergeCells count="4294967295"><mergeCell ref="A1:XFD1048576"/></mergeCells>'},
                        None),
        "empty-far-row": ({"data": ROW_1 + '<row r="2">' + ROW_2 + '</row><row r="1048576" spans="1:16384"/>'}, None),
        "empty-far-cell": ({"data": ROW_1 + '<row r="2">' + ROW_2 + '<c r="XFD1048576" s="3"/></row>'}, None),
        "shared-formula": ({"data": ROW_1 + '<row r="2">' + ROW_2 + '<c r="D2"><f t="shared" ref="A1:XFD1048576" '
                            'si="0">1</f><v>1</v></c></row>'}, None),
    }
    folder = tmp_path / "cases"
    folder.mkdir()
    for name, (sheet, shared) in variants.items():
        workbook(folder / f"case-{name}.xlsx", sheet_xml(**sheet), shared)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0"}
    child = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz_guard.py"), "--worker", str(folder)],
                           capture_output=True, text=True, env=env, timeout=300)
    assert (child.returncode, [line for line in child.stderr.splitlines() if not line.startswith("case ")]) == (0, [])
    results = {r["case"]: r for r in map(json.loads, child.stdout.splitlines())}
    assert sorted(results) == sorted(f"case-{name}.xlsx" for name in variants)
    for name, result in results.items():
        expected = [[ROWS[0] + [""], ROWS[1] + ["1"]]] if "formula" in name else [ROWS]
        assert (result["rows"], result["problems"]) == (expected, []), name


# --- unclosed tags: linear work, a clear message -------------------------------------------------

def unclosed(kind: str, count: int, far: bool = False) -> str:
    piece = {"row": "<row ", "cell": '<c r="B2"'}[kind]
    stray = '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>' if far else ""
    return sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + stray + "</row>" + piece * count)


@pytest.mark.parametrize("kind", ["row", "cell"])
@pytest.mark.parametrize("far", [False, True], ids=["", "with-far-cell"])
def test_200000_unclosed_tags_end_in_the_damaged_file_message(tmp_path, kind, far):
    path = workbook(tmp_path / "aaben.xlsx", unclosed(kind, 200_000, far))
    result = check_in_child(path, "--lang", "da")  # more than two minutes in the guard before
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"netkort: {path}: {CORRUPT}\n")


class Scans:
    """A compiled pattern that adds to ``examined`` what each scan may look at."""

    def __init__(self, pattern: re.Pattern, examined: list[int]) -> None:
        self.pattern, self.examined = pattern, examined

    def _scan(self, name: str, string, pos: int = 0, endpos: int | None = None):
        end = len(string) if endpos is None else min(endpos, len(string))
        result = getattr(self.pattern, name)(string, pos, end)
        if name in ("match", "fullmatch") and result is not None:
            self.examined[0] += result.end() - pos
        else:
            self.examined[0] += end - pos
        return result

    def __getattr__(self, name: str):
        if name in ("match", "fullmatch", "search", "findall", "finditer"):
            return lambda string, pos=0, endpos=None: self._scan(name, string, pos, endpos)
        return getattr(self.pattern, name)


def guard_work(monkeypatch, data: str) -> tuple[int, int]:
    """Bytes the guard's scans may examine and Python lines it runs, for one sheet."""
    examined = [0]
    for name, value in vars(xlsx_guard).items():
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(xlsx_guard, name, Scans(value, examined))
    monkeypatch.setattr(xlsx_guard, "_FAST_COLUMNS", [Scans(p, examined) for p in xlsx_guard._FAST_COLUMNS])
    monkeypatch.setattr(xlsx_guard, "_ODD_R", [Scans(p, examined) for p in xlsx_guard._ODD_R])
    lines = [0]

    def trace(frame, event, arg):
        if frame.f_code.co_filename == xlsx_guard.__file__:
            lines[0] += event == "line"
            return trace
        return None

    sys.settrace(trace)
    try:
        xlsx_guard._scan_sheet(data.encode(), "f", "s")
    except InputFileError:
        pass
    finally:
        sys.settrace(None)
    monkeypatch.undo()
    return examined[0], lines[0]


@pytest.mark.parametrize("kind", ["row", "cell"])
@pytest.mark.parametrize("far", [False, True], ids=["", "with-far-cell"])
def test_the_guards_work_grows_with_the_sheet_not_faster(monkeypatch, kind, far):
    sizes = [5_000, 10_000, 20_000, 200_000]
    work = {n: guard_work(monkeypatch, unclosed(kind, n, far)) for n in sizes}
    for n in sizes:
        examined, lines = work[n]
        assert examined <= 30 * len(unclosed(kind, n, far)), (n, examined)  # a few passes over the bytes
        assert lines <= work[5_000][1] + 10, (n, lines)  # no Python loop over the tags
    assert work[200_000][0] <= 11 * work[20_000][0]


@pytest.mark.parametrize("shape", ["unclosed-dimension", "nested-quotes", "unclosed-sst"])
def test_scans_from_many_tag_starts_stay_linear(monkeypatch, shape):
    """Tags that start inside other tags or never end are read once, not once per start."""
    def part(n: int) -> str:
        if shape == "unclosed-dimension":
            return sheet_xml(before='<dimension ref="x" ' * n)
        if shape == "nested-quotes":
            return sheet_xml(ROW_1 + '<row r="2">' + ROW_2 + '<c\tr="XFD1048576"><v>1</v></c></row>',
                             before='<dimension ref="x" a="' + '<dimension ref=\'y\' ' * n + '"/>')
        return shared_xml('uniqueCount="99"') + '<sst uniqueCount="1" ' * n
    work = {}
    for n in (10_000, 100_000):
        examined = [0]
        monkeypatch.setattr(xlsx_guard, "_TAG_END", Scans(xlsx_guard._TAG_END, examined))
        monkeypatch.setattr(xlsx_guard, "_ATTRIBUTE", Scans(xlsx_guard._ATTRIBUTE, examined))
        data = part(n).encode()
        try:
            if shape == "unclosed-sst":
                xlsx_guard._shared_strings(data)
            else:
                xlsx_guard._scan_sheet(data, "f", "s")
        except InputFileError:
            pass
        monkeypatch.undo()
        work[n] = examined[0]
        assert examined[0] <= 3 * len(data), (n, examined[0])
    assert work[100_000] <= 11 * work[10_000]


def test_no_pattern_of_the_guard_can_run_past_the_next_tag():
    """A pattern that searches may not repeat over '<' (the old ``[^>]*`` did: quadratic on unclosed tags).

    ``_TAG_END`` and ``_ATTRIBUTE`` are the exceptions: the one is only matched at a tag's
    start, the other only searched between a tag's start and its end, and each caller
    moves past the tag before the next (counted in the test above).
    """
    from re import _parser

    def repeats_over_lt(items) -> bool:
        for op, arg in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[1] > 1:
                if _admits(arg[2], ord("<")) or repeats_over_lt(arg[2]):
                    return True
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                if repeats_over_lt(arg[-1]):
                    return True
            elif name == "BRANCH" and any(repeats_over_lt(branch) for branch in arg[1]):
                return True
        return False

    patterns = {name: p for name, p in vars(xlsx_guard).items() if isinstance(p, re.Pattern)
                and name not in ("_TAG_END", "_ATTRIBUTE")}
    patterns.update({f"_FAST_COLUMNS[{i}]": p for i, p in enumerate(xlsx_guard._FAST_COLUMNS)})
    patterns.update({f"_ODD_R[{i}]": p for i, p in enumerate(xlsx_guard._ODD_R)})
    bytes_patterns = {name: p for name, p in patterns.items() if isinstance(p.pattern, bytes)}
    assert len(bytes_patterns) >= 10
    offenders = [name for name, p in bytes_patterns.items() if repeats_over_lt(_parser.parse(p.pattern, p.flags))]
    assert offenders == []


def _admits(items, char: int) -> bool:
    """Whether a repeated item can consume ``char``."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and arg == char or name == "ANY":
            return True
        if name == "NOT_LITERAL" and arg != char:
            return True
        if name == "IN":
            negate = any(str(o) == "NEGATE" for o, _ in arg)
            hit = any(str(o) == "LITERAL" and a == char or str(o) == "RANGE" and a[0] <= char <= a[1]
                      or str(o) == "CATEGORY" and "SPACE" not in str(a) and "DIGIT" not in str(a) for o, a in arg)
            if hit != negate:
                return True
        if name in ("SUBPATTERN", "ATOMIC_GROUP") and _admits(arg[-1], char):
            return True
        if name == "BRANCH" and any(_admits(branch, char) for branch in arg[1]):
            return True
    return False


# --- hidden sheets --------------------------------------------------------------------------------

@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_or_very_hidden_sheet_is_read_only_with_a_warning_naming_it(runner, tmp_path, state):
    from openpyxl import load_workbook

    from netkort.cli import cli

    path = make_xlsx(tmp_path / "skjult.xlsx", {"Kontakter": [["Navn", "Relation"], ["Åby Roklub", "netværk"]],
                                                 "Gemt": [["Navn", "Relation"], ["Torup Skole", "samarbejde"]],
                                                 "Beregning": [["x", "y"], [1, 2]]})
    book = load_workbook(path)
    book["Gemt"].sheet_state = state
    book["Beregning"].sheet_state = state
    book.save(path)
    result = runner.invoke(cli, ["check", str(path), "--json"])
    summary = json.loads(result.stdout)
    assert summary["actors"] == 2
    assert [(p["code"], p["sheet"], p["message"]) for p in summary["problems"]] == [
        ("hidden-sheet-read", "Gemt", "Arket 'Gemt' er skjult i Excel, men er læst, fordi det har en tabel, "
                                      "netkort kender.")] + ([("ignored-sheet", "Beregning", "Arket 'Beregning' er ikke læst, "
                                                              "fordi netkort ikke genkender dets kolonner.")]
                                                             if state == "hidden" else [])


# --- the fuzz target ------------------------------------------------------------------------------

def test_fuzz_the_guard_with_xml_written_every_way():
    """Fixed seed and count in CI; ``python -m tests.fuzz_guard --count 20000`` hunts for more."""
    import fuzz_guard

    count = int(os.environ.get("NETKORT_FUZZ_GUARD", "200"))
    assert fuzz_guard.run(count, seed=int(os.environ.get("NETKORT_FUZZ_SEED", "12"))) == []


# --- hidden rows and columns ----------------------------------------------------------------------

def cells(row: int, name: str) -> str:
    return f'<c r="A{row}" t="inlineStr"><is><t>{name}</t></is></c><c r="C{row}" t="s"><v>5</v></c>'


@pytest.mark.parametrize("hide", ['hidden="1"', "hidden='true'", 'ht="0" customHeight="1"', 'ht=" 0.1 "',
                                  'x:hidden = "1"', 'customHeight="1"\tht="1.4"'])
def test_rows_hidden_in_excel_in_any_form_are_read_and_named_as_ranges(runner, tmp_path, hide):
    """The review's hiddenrows.xlsx: a hidden row and a row of height 0.1 reached the board in silence."""
    from netkort.cli import cli

    rows = "".join(f'<row r="{r}" {hide if r in (3, 4, 5, 8) else ""}>{cells(r, f"Aktør {r}")}</row>'
                   for r in range(2, 10))
    path = workbook(tmp_path / "skjult.xlsx", sheet_xml(ROW_1 + rows + f'<row r="12" {hide}/>'))
    result = runner.invoke(cli, ["check", str(path), "--json"])
    summary = json.loads(result.stdout)
    assert summary["actors"] == 8
    assert [(p["code"], p["sheet"], p["row"], p["message"]) for p in summary["problems"]] == [
        ("hidden-rows", "Kontakter", None, "Rækkerne 3–5 og 8 er skjult i Excel, men er læst; tjek, at indholdet "
                                           "skal med.")]  # the empty row 12 is not named
    english = runner.invoke(cli, ["check", str(path), "--json", "--lang", "en"])
    assert json.loads(english.stdout)["problems"][0]["message"] == (
        "Rows 3–5 and 8 are hidden in Excel but read; check that the content belongs.")


def test_rows_without_numbers_and_visible_low_rows_are_counted_right(runner, tmp_path):
    from netkort.cli import cli

    rows = (f'<row>{cells(2, "Synlig")}</row><row hidden="0" ht="1.5">{cells(3, "Lav men synlig")}</row>'
            f'<row hidden="1">{cells(4, "Skjult")}</row>')
    path = workbook(tmp_path / "skjult.xlsx", sheet_xml(ROW_1.replace(' r="1"', "") + rows))
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert [p["message"] for p in json.loads(result.stdout)["problems"]] == [
        "Række 4 er skjult i Excel, men er læst; tjek, at indholdet skal med."]


def test_columns_hidden_or_of_no_width_are_named_only_where_they_hold_something(runner, tmp_path):
    from netkort.cli import cli

    cols = ('<cols><col min="2" max="2" width="0" customWidth="1"/><col min="3" max="3" hidden="1"/>'
            '<col min="5" max="16384" hidden="true"/></cols>')
    rows = ROW_1.replace("</row>", '<c r="F1" t="inlineStr"><is><t>Noter</t></is></c></row>') + \
        '<row r="2">' + ROW_2 + "</row>"
    path = workbook(tmp_path / "skjult.xlsx", sheet_xml(rows, before=cols))
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert [p["message"] for p in json.loads(result.stdout)["problems"]] == [
        "Kolonnerne B–C og F er skjult i Excel, men er læst; tjek, at indholdet skal med."]


def test_finding_hidden_rows_is_linear(monkeypatch):
    def part(n: int) -> str:
        return sheet_xml(ROW_1 + "".join(f'<row r="{r}" hidden="1"><c r="A{r}"><v>1</v></c></row>'
                                         for r in range(2, n)))
    work = {n: guard_work(monkeypatch, part(n)) for n in (2_000, 20_000)}
    assert work[20_000][0] <= 11 * work[2_000][0] and work[20_000][1] <= 11 * work[2_000][1]


# --- DTDs anywhere --------------------------------------------------------------------------------

ATTACK = "filen indeholder XML-entiteter, som et regneark ikke bruger; den læses ikke."
DTD = '<!DOCTYPE x [<!ENTITY e "lol">]>'


@pytest.mark.parametrize(("part", "data"), [
    ("xl/worksheets/sheet1.xml", sheet_xml().replace("<worksheet", "<!--" + "x" * 5000 + "-->" + DTD + "<worksheet")),
    ("xl/worksheets/sheet1.xml", sheet_xml().replace("</worksheet>", "<!--" + "y" * 3_000_000 + "-->" + DTD + "</worksheet>")),
    ("xl/sharedStrings.xml", shared_xml().replace("</sst>", "</sst>" + " " * 100_000 + "<!ENTITY a 'b'>")),
    ("xl/worksheets/sheet1.xml", sheet_xml().encode("utf-16-le").replace(b"<\0w", DTD.encode("utf-16-le") + b"<\0w")),
    ("xl/styles.bin", "<?xml version='1.0'?>" + DTD + "<styleSheet/>"),
], ids=["after-a-comment", "after-3-mb", "after-the-root", "utf-16", "any-part-name"])
def test_a_dtd_anywhere_in_any_part_is_refused(tmp_path, part, data):
    """The review's dtd_late_noref.xlsx: a DTD after a 5 KB comment was read; only 4,096 bytes were looked at."""
    path = workbook(tmp_path / "dtd.xlsx", extra={part: data})
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.message() == f"{path}: {ATTACK}"


def test_a_dtd_split_between_two_chunks_is_found(tmp_path, monkeypatch):
    for cut in range(1, len("<!DOCTYPE")):
        monkeypatch.setattr(xlsx_guard, "_DTD_CHUNK", 64 * 1024)
        data = sheet_xml().replace("</worksheet>", "<!--" + "z" * (64 * 1024 - cut - 100) + "-->" + DTD + "</worksheet>")
        assert xlsx_guard._has_dtd(io.BytesIO(data.encode()))


def test_a_picture_with_its_own_doctype_is_no_attack(tmp_path):
    svg = '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>'
    path = workbook(tmp_path / "billede.xlsx", extra={"xl/media/image1.svg": svg})
    assert [sheet.rows for sheet in read_file(path)] == [ROWS]


def test_looking_for_dtds_reads_each_byte_about_once(monkeypatch):
    examined = [0]
    monkeypatch.setattr(xlsx_guard, "_DTD", Scans(xlsx_guard._DTD, examined))
    monkeypatch.setattr(xlsx_guard, "_DTD_CHUNK", 4096)
    data = sheet_xml(before="<!--" + "<!DOCTYP" * 100_000 + "-->").encode()
    assert not xlsx_guard._has_dtd(io.BytesIO(data))
    assert len(data) <= examined[0] <= 1.01 * len(data)
