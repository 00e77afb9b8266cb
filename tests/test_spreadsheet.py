"""Every xlsx netkort writes: one name a column, no formulas, dates as Excel dates."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook

from netkort.cli import cli
from netkort.graph import actors
from netkort.network import load
from netkort.read.values import parse_date
from netkort.spreadsheet import unique_headers

DATE_HEADERS = {"Start", "Sidste kontakt", "Næste evaluering", "Last contact", "Next evaluation"}


def written_workbooks(runner, folder):
    """Every workbook the commands write, from the bundled sample."""
    main = str(SAMPLES / "hovedbibliotek.xlsx")
    commands = {
        "skabelon.xlsx": ["template"], "template.xlsx": ["template", "--lang", "en"],
        "rapport.xlsx": ["analyse", main, "--xlsx"], "venner.xlsx": ["friends", main, "-o",
                                                                    str(folder / "v.html"), "--xlsx"],
        "samlet.xlsx": ["merge", main, str(SAMPLES / "filial.xlsx"), "-o"],
    }
    for name, args in commands.items():
        result = runner.invoke(cli, [*args, str(folder / name)])
        assert result.exit_code == 0, (name, result.output)
    return [folder / name for name in commands]


def test_every_workbook_has_unique_headers_no_formulas_and_real_dates(runner, tmp_path):
    dated = 0
    for path in written_workbooks(runner, tmp_path):
        book = load_workbook(path)
        for sheet in book.worksheets:
            rows = list(sheet.iter_rows())
            if not rows:
                continue
            headers = [c.value for c in rows[0] if c.value is not None]
            if len(headers) > 1:  # a table, not the instructions' one column of text
                assert len({str(h).casefold() for h in headers}) == len(headers), (path.name, sheet.title)
            for row in rows:
                for cell in row:
                    assert cell.data_type != "f", (path.name, sheet.title, cell.coordinate)
            for index, header in enumerate(headers):
                if header in DATE_HEADERS:
                    values = [row[index].value for row in rows[1:] if row[index].value not in (None, "")]
                    # a cell netkort could not read is written back as it stood ('31-13-2024'), no other
                    text = [v for v in values if not isinstance(v, dt.datetime)]
                    assert values and all(parse_date(str(v))[0] is None for v in text), (path.name, header, text)
                    dated += 1
    assert dated >= 6  # the templates' examples and the merged contacts carry dates


def test_the_reports_duplicates_sheet_names_both_columns(runner, tmp_path):
    result = runner.invoke(cli, ["analyse", str(SAMPLES / "hovedbibliotek.xlsx"), "--xlsx", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["Dubletter"]
    assert [c.value for c in next(sheet.iter_rows())] == ["Navn", "Ligner", "Lighed"]


@pytest.mark.parametrize("headers, unique", [
    (["Navn", "Navn", "navn"], ["Navn", "Navn (2)", "navn (3)"]), (["A", "B"], ["A", "B"]),
    (["X", "X (2)", "X"], ["X", "X (2)", "X (3)"])])
def test_unique_headers(headers, unique):
    assert unique_headers(headers) == unique


# --- text that looks like the workbook's own escapes ---------------------------------------

LOOKALIKES = ["Abc_x005F_x0041_", "_x0041_", "x_x0041_y", "_x0041__x0042_", "_x005f_", "_X0041_ og _x00e6_"]


def all_cells(path) -> set[str]:
    """Every text cell of every sheet, as netkort's own reader (calamine) reads it back."""
    from netkort.read.workbook import read_file

    return {cell for sheet in read_file(path) for row in sheet.rows for cell in row if cell}


@pytest.mark.parametrize("text, escaped", [
    ("_x0041_", "_x005F_x0041_"), ("Abc_x005F_x0041_", "Abc_x005F_x005F_x005F_x0041_"),
    ("x_x0041_y", "x_x005F_x0041_y"), ("_x004g_", "_x004g_"), ("a\x01b", "a_x0001_b"), ("plain", "plain")])
def test_escape_text(text, escaped):
    from netkort.spreadsheet import escape_text

    assert escape_text(text) == escaped


def test_every_xlsx_writer_keeps_text_that_looks_like_an_escape(runner, tmp_path):
    """merge, analyse --xlsx, friends --xlsx and the shared table writer (the template's) all
    write "Abc_x005F_x0041_" so that it reads back as written, also as a header."""
    from netkort.spreadsheet import add_table, new_workbook

    lines = ["Navn;Relation;Medarbejder;_x0041_"] + [f"{text};netværk;Anne;{text}" for text in LOOKALIKES]
    (tmp_path / "k.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")  # openpyxl would not escape them
    source = str(tmp_path / "k.csv")
    for args in (["merge", source, "-o", str(tmp_path / "samlet.xlsx")],
                 ["analyse", source, "--xlsx", str(tmp_path / "rapport.xlsx")],
                 ["friends", source, "-o", str(tmp_path / "v.html"), "--xlsx", str(tmp_path / "venner.xlsx")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    with new_workbook(tmp_path / "tabel.xlsx") as book:
        add_table(book, "Ark", ["_x0041_"], [[text] for text in LOOKALIKES])
    for name in ("samlet.xlsx", "rapport.xlsx", "venner.xlsx", "tabel.xlsx"):
        cells = all_cells(tmp_path / name)
        assert set(LOOKALIKES) <= cells, name
        assert not {"Abc_x005FA", "A", "xAy", "AB"} & cells, name
    assert "_x0041_" in all_cells(tmp_path / "samlet.xlsx")  # the extra column's header too
    back = load([tmp_path / "samlet.xlsx"])
    assert sorted(back.graph.nodes[a]["name"] for a in actors(back.graph)) == sorted(LOOKALIKES)
