"""Every xlsx netkort writes: one name a column, no formulas, dates as Excel dates."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook

from netkort.cli import cli
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
