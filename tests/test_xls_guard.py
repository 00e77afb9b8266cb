"""The .xls guard: what calamine may see of an old workbook, and what a crafted one costs.

Files that aborted the process or took gigabytes before the guard knew them run
in a child process (the real ``netkort check``) under a 2 GB address-space limit,
and the child's peak memory is read with ``wait4``, so a regression fails the
test instead of killing pytest. No timing: work is bounded by construction and
checked by what the guard writes.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import xls
from xls import (
    boolerr,
    colinfo,
    compound,
    contacts_xls,
    dimensions,
    formula,
    label,
    label_sst,
    mulrk,
    number,
    record,
    rk,
    row_record,
    rstring,
    sst,
    string,
    table,
    workbook_stream,
)

from netkort.read import xls_guard
from netkort.read.workbook import _cell_text, read_file

ROOT = Path(__file__).resolve().parent.parent
CORRUPT = ("filen er beskadiget eller ufuldstændig og kan ikke læses som .xls. Åbn den i Excel og gem den igen, "
           "gerne som .xlsx.")
ROWS = [["Åby Roklub", "forening"], ["Torup Skole", "uddannelse"]]
LIMIT = 2 << 30  # the child's address space: generous for netkort, far below what the crafted files asked for


def check_in_child(path: Path, *options: str) -> tuple[int, str, str, int]:
    """``netkort check --json`` (or with ``options``) in its own process: exit code, stdout, stderr, peak MB.

    The peak is the child's own (``VmHWM`` of its process image, written when it exits): the peak
    the kernel reports for a child counts the test process it was forked from before exec, so a
    long test run's memory would count as netkort's. A child that dies before it can write it
    reports that kernel figure.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0"}
    out, err = path.with_suffix(".out"), path.with_suffix(".err")
    peak = path.with_suffix(".peak")
    limited = (f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({LIMIT}, {LIMIT})); "
               "import atexit, re, pathlib; atexit.register(lambda: pathlib.Path(" + repr(str(peak)) + ").write_text("
               "re.search(r'VmHWM:\\s+(\\d+)', pathlib.Path('/proc/self/status').read_text()).group(1))); "
               "from netkort.cli import main; main()")
    with out.open("w") as stdout, err.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", limited, "check", str(path), *(options or ["--json"])],
            stdout=stdout, stderr=stderr, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    kilobytes = int(peak.read_text()) if peak.exists() else usage.ru_maxrss
    return child.returncode, out.read_text(), err.read_text(), kilobytes // 1024


def far_warning(cells: str, count: int = 1, sheet: str = "Kontakter") -> tuple:
    one = count == 1
    return ("far-cells", sheet, f"{count} {'celle' if one else 'celler'} langt fra tabellen er ikke læst ({cells}); "
                                f"slet {'den' if one else 'dem'} i Excel, hvis {'den' if one else 'de'} er tastet "
                                "ved en fejl.")


def problems(stdout: str) -> list[tuple]:
    return [(p["code"], p["sheet"], p["message"]) for p in json.loads(stdout)["problems"]]


def names(path: Path) -> list[list[str]]:
    return [sheet.rows for sheet in read_file(path)]


def workbook_of(data: bytes) -> bytes:
    """The Workbook stream of an .xls, as the guard reads it."""
    container = xls_guard._Compound(data, "")
    return container.stream(container.find("Workbook"))[0]


def write(tmp_path: Path, data: bytes, name: str = "kontakter.xls") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- declared sizes and far cells ------------------------------------------------------------------

def test_a_dimensions_record_claiming_four_billion_rows_is_set_to_the_real_extent(tmp_path):
    """The review's xls_dim.xls: 0xFFFFFFFF rows × 0xFFFF columns aborted the process (exit 134)."""
    body = table([["Navn", "Type"], *ROWS]).replace(
        dimensions(0, 3, 0, 2), dimensions(0, 0xFFFFFFFF, 0, 0xFFFF))
    path = write(tmp_path, xls.xls([("Kontakter", body)]))
    code, stdout, stderr, memory = check_in_child(path)
    assert (code, stderr) == (0, "")
    assert json.loads(stdout)["actors"] == 2 and problems(stdout) == []
    assert memory < 300
    inspection = xls_guard.inspect(path.read_bytes(), str(path))
    assert inspection.cleaned.getvalue().count(struct.pack("<IIHH", 0, 3, 0, 2)) == 1


@pytest.mark.parametrize("declared", [(5, 2, 3, 1), (0, 65536, 0, 65535), (0xFFFFFFF0, 0xFFFFFFFF, 0, 0xFFFF)],
                         ids=["reversed", "whole-sheet-wide", "wrapping"])
def test_any_dimensions_larger_than_the_cells_is_never_trusted(tmp_path, declared):
    body = dimensions(*declared) + table([["Navn", "Type"], *ROWS])[18:]
    path = write(tmp_path, xls.xls([("Kontakter", body)]))
    code, stdout, stderr, memory = check_in_child(path)
    assert (code, stderr, problems(stdout)) == (0, "", [])
    assert memory < 300


CELLS = {
    "label": label(65535, 255, "x"),
    "number": number(65535, 255, 1.5),
    "rk": rk(65535, 255, 7),
    "mulrk": mulrk(65535, 254, [1, 2]),
    "labelsst": label_sst(65535, 255, 0),
    "boolerr": boolerr(65535, 255, True),
    "rstring": rstring(65535, 255, "x"),
    "formula": formula(65535, 255, 2.0),
    "formula-text": formula(65535, 255, None) + string("tekst"),
}
NAMED = {"mulrk": ("IU65536, IV65536", 2)}


@pytest.mark.parametrize("kind", list(CELLS))
def test_a_stray_cell_at_iv65536_of_any_record_type_is_named_and_never_allocated(tmp_path, kind):
    """The review's xls_far.xls: one cell at IV65536 peaked at 1.37 GB and gave no far-cell warning."""
    path = write(tmp_path, xls.xls([("Kontakter", table([["Navn", "Type"], *ROWS]) + CELLS[kind])],
                                   extra=sst(["væk"])))
    code, stdout, stderr, memory = check_in_child(path)
    assert (code, stderr) == (0, "")
    assert problems(stdout) == [far_warning(*NAMED.get(kind, ("IV65536", 1)))]
    assert memory < 300
    assert names(path) == [[["Navn", "Type"], *ROWS]]


def test_a_formulas_text_result_stays_with_its_formula(tmp_path):
    """calamine puts a STRING record where the last formula was (A1 if none): a far formula takes its text along."""
    body = table([["Navn", "Type"], *ROWS]) + formula(2, 1, None) + string("beregnet") \
        + formula(60000, 0, None) + string("langt væk")
    path = write(tmp_path, xls.xls([("Kontakter", body)]))
    (sheet,) = read_file(path)
    assert sheet.rows == [["Navn", "Type"], ROWS[0], ["Torup Skole", "beregnet"]]
    assert [p.params["cells"] for p in sheet.problems] == ["A60001"]


def test_a_cell_beyond_excels_columns_is_always_far(tmp_path):
    path = write(tmp_path, contacts_xls(ROWS, after=label(2, 20000, "x")))
    (sheet,) = read_file(path)
    assert sheet.rows == [["Navn", "Type"], *ROWS]
    assert [p.params["cells"] for p in sheet.problems] == ["ACOG3"]


def test_six_sheets_with_a_stray_cell_each_read_in_little_memory(tmp_path):
    """The review's xls_far6.xls: 5.1 GB, and exit 134 under a 3 GB limit."""
    sheets = [(f"Ark{i}", table([["Navn", "Type"], [f"Aktør {i}", "forening"]]) + label(65535, 255, "x"))
              for i in range(6)]
    path = write(tmp_path, xls.xls(sheets))
    code, stdout, stderr, memory = check_in_child(path)
    assert (code, stderr) == (0, "")
    assert problems(stdout) == [far_warning("IV65536", sheet=f"Ark{i}") for i in range(6)]
    assert memory < 300


def test_a_staircase_of_cells_is_refused_by_sheet_and_by_workbook(tmp_path):
    """Cells each within reach of the one before make a table calamine must hold whole: it is counted first."""
    stairs = b"".join(label(row, 0, "x") for row in range(0, 65536, 9000)) + label(65535, 120, "x")
    path = write(tmp_path, xls.xls([("Trappe", table([["Navn"]]) + stairs + label(0, 199, "x"))]))
    code, _, stderr, _ = check_in_child(path, "--lang", "da")
    assert (code, stderr) == (1, f"netkort: {path}: arket 'Trappe' spænder over 65536 rækker × 200 kolonner, "
                                 "mere end netkort læser (8000000 celler). Slet celler langt fra tabellen i Excel, "
                                 "og gem igen.\n")
    two = write(tmp_path, xls.xls([("Trappe", table([["Navn"]]) + stairs), ("Trappe 2", table([["Navn"]]) + stairs)]),
                "to.xls")
    code, _, stderr, memory = check_in_child(two, "--lang", "da")
    assert (code, stderr) == (1, f"netkort: {two}: arkene spænder tilsammen over flere end 8000000 celler, mere end "
                                 "netkort læser fra en .xls. Slet celler langt fra tabellerne i Excel, eller gem "
                                 "filen som .xlsx, og prøv igen.\n")
    assert memory < 300


def test_a_text_cell_claiming_more_characters_than_it_holds_reserves_only_what_it_holds(tmp_path):
    """calamine reserved 64 KB for each one-letter cell claiming 65,535 characters: 30,000 of them abort."""
    cells = b"".join(label(3 + i, 0, "x", count=65535) for i in range(30000))
    path = write(tmp_path, contacts_xls(ROWS, after=cells))
    code, stdout, stderr, memory = check_in_child(path)
    assert (code, stderr, json.loads(stdout)["actors"]) == (0, "", 3)  # "x" 30,000 times is one actor
    assert memory < 400
    claims = struct.pack("<HB", 65535, 1) + "x".encode("utf-16-le")
    holds = struct.pack("<HB", 3, 1) + "x".encode("utf-16-le")  # the flag and two bytes follow the count
    assert (workbook_of(path.read_bytes()).count(claims), workbook_of(path.read_bytes()).count(holds)) == (30000, 0)
    cleaned = xls_guard.inspect(path.read_bytes(), str(path)).cleaned.getvalue()
    assert (workbook_of(cleaned).count(claims), workbook_of(cleaned).count(holds)) == (0, 30000)


TEXTS = {
    "label": label(1, 1, "ab", count=9),
    "rstring": record(0x00D6, struct.pack("<HHHHB", 1, 1, 15, 500, 1) + "ab".encode("utf-16-le") + b"\0\0"),
    "string": formula(1, 1, None) + record(0x0207, struct.pack("<HB", 900, 1) + "ab".encode("utf-16-le")),
    "narrow": record(0x0204, struct.pack("<HHHHB", 1, 1, 15, 700, 0) + b"abc"),
}


@pytest.mark.parametrize("kind", list(TEXTS))
def test_a_capped_text_reads_as_the_same_text(tmp_path, kind):
    """The count is cut to the bytes after it: calamine reads exactly what it read before."""
    import python_calamine

    data = xls.xls([("Kontakter", table([["Navn", "Type"], ["Åby Roklub"]]) + TEXTS[kind])])
    before = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name("Kontakter")
    path = write(tmp_path, data)
    assert xls_guard.inspect(data, str(path)).cleaned is not None
    (sheet,) = read_file(path)
    assert sheet.rows == [[_cell_text(v) for v in row] for row in before.to_python()]
    assert sheet.rows[1][1].startswith("ab")


def test_a_formulas_expression_is_not_parsed_but_its_value_is_read(tmp_path):
    """8,000 runs of spaces in one formula took calamine 36 s to parse; netkort reads only saved values."""
    expression = b"\x1e\x01\x00" + b"\x19\x40\x00\xff" * 8000
    path = write(tmp_path, contacts_xls([["Åby Roklub", "forening"]], after=formula(1, 2, 7.0, expression)))
    cleaned = xls_guard.inspect(path.read_bytes(), str(path)).cleaned.getvalue()
    position = cleaned.index(struct.pack("<HHH", 1, 2, 15) + struct.pack("<d", 7.0))
    assert cleaned[position + 20:position + 22] == b"\0\0"  # the expression's length: nothing to parse
    assert names(path) == [[["Navn", "Type", ""], ["Åby Roklub", "forening", "7"]]]


def test_a_normal_workbook_reaches_calamine_unchanged(tmp_path):
    path = write(tmp_path, contacts_xls(ROWS, after=formula(3, 0, 1.0, b"")))
    inspection = xls_guard.inspect(path.read_bytes(), str(path))
    assert inspection.cleaned is None
    assert [scan.far_cells for scan in inspection.sheets] == [[]]


def test_shared_strings_counts_calamine_never_trusted_stay_harmless(tmp_path):
    """A regression guard: calamine 0.37 reserves nothing by the SST's counts (checked up to 2³²−1)."""
    body = table([["Navn", "Type"]]) + label_sst(1, 0, 0) + label_sst(1, 1, 1)
    for unique in (0x7FFFFFFF, 0xFFFFFFFF):
        path = write(tmp_path, xls.xls([("Kontakter", body)], extra=sst(["Åby Roklub", "forening"], unique=unique)))
        code, stdout, stderr, memory = check_in_child(path)
        assert (code, stderr, json.loads(stdout)["actors"]) == (0, "", 1)
        assert memory < 300


# --- records calamine would walk twice or too slowly --------------------------------------------

def test_two_sheets_sharing_their_records_are_refused(tmp_path):
    stream = bytearray(workbook_stream([("A", table([["Navn"], ["x"]])), ("B", table([["Navn"], ["y"]]))]))
    first = stream.index(b"\x85\x00")
    second = stream.index(b"\x85\x00", first + 4)
    stream[second + 4:second + 8] = stream[first + 4:first + 8]  # B points at A's records
    path = write(tmp_path, compound({"Workbook": bytes(stream)}))
    code, _, stderr, _ = check_in_child(path, "--lang", "da")
    assert (code, stderr) == (1, f"netkort: {path}: {CORRUPT}\n")


def test_a_record_with_too_many_continue_records_is_refused(tmp_path):
    """calamine joins CONTINUE records one by one from the front of a list: 100,000 of them took 3.4 s."""
    many = b"".join(record(0x003C, b"\0") for _ in range(xls_guard.MAX_CONTINUES + 1))
    path = write(tmp_path, xls.xls([("Kontakter", table([["Navn"], ["x"]]))], extra=sst(["a"]) + many))
    code, _, stderr, _ = check_in_child(path, "--lang", "da")
    assert (code, stderr) == (1, f"netkort: {path}: {CORRUPT}\n")


# --- the container ------------------------------------------------------------------------------

def sector_of_workbook(data: bytes) -> tuple[int, int]:
    """(first, last) sector of the Workbook stream in a file made by :func:`xls.compound`."""
    directory = data[1024:1536]
    start, size = struct.unpack_from("<II", directory, 128 + 116)
    return start, start + -(-size // 512) - 1


def fat_entry(sector: int) -> int:
    return 512 + 4 * sector


@pytest.mark.parametrize("damage", ["loop-to-start", "loop-to-itself", "past-the-end", "free-sector"])
def test_a_chain_of_sectors_that_loops_or_leaves_the_file_is_refused(tmp_path, damage):
    """A loop with a declared length of 4 GB made calamine read the same sectors until memory ran out (exit 134)."""
    data = bytearray(contacts_xls(ROWS))
    first, last = sector_of_workbook(data)
    target = {"loop-to-start": first, "loop-to-itself": last, "past-the-end": 0x00FFFFFF,
              "free-sector": 0xFFFFFFFF}[damage]
    data[fat_entry(last):fat_entry(last) + 4] = struct.pack("<I", target)
    data[1024 + 128 + 120:1024 + 128 + 124] = struct.pack("<I", 0xFFFFFFFF)  # Workbook's length: 4 GB
    path = write(tmp_path, bytes(data))
    code, _, stderr, memory = check_in_child(path, "--lang", "da")
    assert (code, stderr) == (1, f"netkort: {path}: {CORRUPT}\n")
    assert memory < 300


def test_a_fat_sector_listed_twice_or_a_looping_difat_is_refused(tmp_path):
    data = bytearray(contacts_xls(ROWS))
    data[76 + 4:76 + 8] = struct.pack("<I", 0)  # the FAT's sector 0 listed again
    path = write(tmp_path, bytes(data))
    assert check_in_child(path, "--lang", "da")[:3:2] == (1, f"netkort: {path}: {CORRUPT}\n")
    data = bytearray(contacts_xls(ROWS))
    data[68:76] = struct.pack("<II", 1, 1)  # the DIFAT goes on in sector 1, whose last entry is 1 again
    last = 1024 + 512 - 4
    data[last:last + 4] = struct.pack("<I", 1)
    path = write(tmp_path, bytes(data), "difat.xls")
    assert check_in_child(path, "--lang", "da")[:3:2] == (1, f"netkort: {path}: {CORRUPT}\n")


# --- what the file is, whatever its name --------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".txt"])
def test_an_xls_under_another_name_is_read_with_a_note(runner, tmp_path, suffix):
    from netkort.cli import cli

    path = write(tmp_path, contacts_xls(ROWS), "kontakter" + suffix)
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["actors"] == 2
    assert [(p["code"], p["message"]) for p in summary["problems"]] == [
        ("read-as-xls", "Filens navn siger noget andet, men den er en gammel Excel-projektmappe (.xls); "
                        "den er læst som .xls.")]


@pytest.mark.parametrize(("stream", "said"), [
    ("EncryptedPackage", "projektmappen er beskyttet med adgangskode. Fjern adgangskoden i Excel "
                         "(Filer > Info > Beskyt projektmappe) og gem igen."),
    ("WordDocument", "filen er ikke et regneark, men et Word-dokument (.doc). netkort læser .xlsx og .csv."),
    ("Noget andet", "filen er ikke et regneark, men en anden slags Office-fil. netkort læser .xlsx og .csv."),
])
def test_other_ole2_files_are_named_by_what_they_hold(runner, tmp_path, stream, said):
    from netkort.cli import cli

    for suffix in (".xls", ".xlsx"):
        path = write(tmp_path, compound({stream: b"\0" * 100}), "fil" + suffix)
        result = runner.invoke(cli, ["check", str(path)])
        assert (result.exit_code, result.stderr) == (1, f"netkort: {path}: {said}\n")


# --- hidden rows and columns -----------------------------------------------------------------------

def test_rows_and_columns_hidden_in_excel_are_read_and_named(runner, tmp_path):
    from netkort.cli import cli

    rows = [["Navn", "Type", "Noter"], ["Åby Roklub", "forening", ""], ["Skjult Person", "borger", ""],
            ["Lav Række", "borger", ""], ["Torup Skole", "uddannelse", "skjult note"]]
    body = (table(rows) + row_record(2, hidden=True) + row_record(3, height=2) + row_record(1)
            + row_record(7, hidden=True) + colinfo(2, 2, hidden=True) + colinfo(5, 9, hidden=True))
    path = write(tmp_path, xls.xls([("Kontakter", body)]))
    result = runner.invoke(cli, ["check", str(path), "--json"])
    summary = json.loads(result.stdout)
    assert summary["actors"] == 4
    assert [(p["code"], p["message"]) for p in summary["problems"]] == [
        ("hidden-rows", "Rækkerne 3–4 er skjult i Excel, men er læst; tjek, at indholdet skal med."),
        ("hidden-columns", "Kolonne C er skjult i Excel, men er læst; tjek, at indholdet skal med.")]


# --- work grows with the file ---------------------------------------------------------------------

def guard_lines(data: bytes) -> int:
    """Python lines the guard runs on ``data`` (refused or not): its work, counted, not timed."""
    from netkort.problems import InputFileError

    lines = [0]

    def trace(frame, event, arg):
        if frame.f_code.co_filename == xls_guard.__file__:
            lines[0] += event == "line"
            return trace
        return None

    sys.settrace(trace)
    try:
        xls_guard.inspect(data, "f")
    except InputFileError:
        pass
    finally:
        sys.settrace(None)
    return lines[0]


@pytest.mark.parametrize("shape", ["cells", "far-cells", "text-claims", "sheets", "continues"])
def test_the_guards_work_grows_with_the_file_not_faster(shape):
    def book(n: int) -> bytes:
        if shape == "cells":
            return contacts_xls([[f"Aktør {i}", "forening"] for i in range(n)])
        if shape == "far-cells":
            return contacts_xls(ROWS, after=b"".join(label(60000 + i % 5000, 200 + i // 5000, "x") for i in range(n)))
        if shape == "text-claims":
            return contacts_xls(ROWS, after=b"".join(label(3 + i, 0, "x", count=65535) for i in range(n)))
        if shape == "sheets":
            return xls.xls([(f"Ark{i}", table([["Navn"], ["x"]]) + label(65535, 255, "x")) for i in range(n // 10)])
        return xls.xls([("Kontakter", table([["Navn"], ["x"]]))],
                       extra=sst(["a"]) + b"".join(record(0x003C, b"\0") for _ in range(n)))
    work_small, work_large = guard_lines(book(1_000)), guard_lines(book(10_000))
    assert work_large <= 11 * work_small, (work_small, work_large)  # ten times the records: ten times the work
