"""File-level failures: each ends with one clear message naming the file and exit 1."""

from __future__ import annotations

import zipfile

import pytest
from workbooks import contacts_xlsx, make_xlsx

from netkort.cli import cli
from netkort.problems import InputFileError
from netkort.workbook import read_file


def run_check(runner, path):
    return runner.invoke(cli, ["check", str(path)])


def test_missing_file(runner, tmp_path):
    path = tmp_path / "findes-ikke.xlsx"
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: filen findes ikke.\n"


def test_missing_file_in_english(runner, tmp_path):
    path = tmp_path / "missing.xlsx"
    result = runner.invoke(cli, ["check", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: file not found.\n"


def test_empty_file(runner, tmp_path):
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: filen er tom (0 byte).\n"


def test_csv_saved_as_xlsx_is_read_as_csv(runner, tmp_path):
    path = tmp_path / "kontakter.xlsx"
    path.write_text("Navn;Relation\nÅby Roklub;samarbejde\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 0
    import json

    summary = json.loads(result.stdout)
    assert summary["actors"] == 1
    assert summary["levels"]["cooperation"] == 1
    assert summary["problems"][0]["code"] == "read-as-csv"
    assert summary["problems"][0]["message"] == "Filen hedder .xlsx, men er en CSV-fil; den er læst som CSV."


def test_html_saved_as_xlsx(runner, tmp_path):
    path = tmp_path / "eksport.xlsx"
    path.write_text("<html><body><table><tr><td>Navn</td></tr></table></body></html>")
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen er en HTML-side, ikke et regneark. "
                             "Åbn den i Excel og gem den som .xlsx.\n")


def test_pdf_is_named(runner, tmp_path):
    path = tmp_path / "kontakter.xlsx"
    path.write_bytes(b"%PDF-1.7\n...")
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen er ikke et regneark, men PDF. "
                             "netkort læser .xlsx og .csv.\n")


def test_truncated_xlsx(runner, tmp_path):
    good = contacts_xlsx(tmp_path / "god.xlsx", [["Åby Roklub"]])
    path = tmp_path / "afbrudt.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen er beskadiget eller ufuldstændig og kan ikke "
                             "læses som .xlsx. Åbn den i Excel og gem den igen.\n")
    assert "Traceback" not in result.output


def test_password_protected_workbook(runner, tmp_path):
    path = tmp_path / "hemmelig.xlsx"
    # An encrypted xlsx is an OLE2 container holding an "EncryptedPackage" stream.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: projektmappen er beskyttet med adgangskode. "
                             "Fjern adgangskoden i Excel (Filer > Info > Beskyt projektmappe) og gem igen.\n")


def test_no_sheet_with_a_name_column(runner, tmp_path):
    path = make_xlsx(tmp_path / "uden-navn.xlsx", {"Ark1": [["Firma", "By"], ["Åby Roklub", "Åby"]]})
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"netkort: {path}: intet ark har en navnekolonne. Fundne kolonner: Firma, By. "
        "Navnekolonnen kan hedde: Navn, Name, Organisation")


def test_headers_but_no_rows(runner, tmp_path):
    path = make_xlsx(tmp_path / "kun-overskrift.xlsx", {"Kontakter": [["Navn", "Relation", "Rum"]]})
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: arket 'Kontakter' har overskrifter, men ingen kontakter.\n"


def test_csv_with_unrecognisable_delimiter(runner, tmp_path):
    path = tmp_path / "kontakter.csv"
    path.write_text("Navn:Relation:Rum\nÅby Roklub:netværk:Læring\n", encoding="utf-8")
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: skilletegnet kunne ikke genkendes. Gem filen som CSV "
                             "med semikolon, komma eller tabulator som skilletegn.\n")


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(InputFileError) as caught:
        read_file(tmp_path)
    assert caught.value.code == "file-is-folder"


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (40 * 1024 * 1024))
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.code == "file-zip-bomb"


def test_entity_declarations_are_refused(tmp_path):
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/sharedStrings.xml",
                         '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><sst/>')
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.code == "file-xml-attack"


def test_cells_become_text_with_excel_positions(tmp_path):
    import datetime as dt

    path = make_xlsx(tmp_path / "typer.xlsx", {"K": [
        [None], [None, "Navn", "Tal", "Dato"], [None, "007", 12345678, dt.date(2024, 3, 1)],
        [None, "2014", 3.5, None]]})
    (sheet,) = read_file(path)
    assert sheet.first_row == 2 and sheet.first_col == 1
    assert sheet.rows == [["Navn", "Tal", "Dato"], ["007", "12345678", "2024-03-01"], ["2014", "3.5", ""]]


def test_stray_cell_far_away_is_dropped_with_a_warning(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kontakter"
    sheet.append(["Navn", "Relation"])
    sheet.append(["Åby Roklub", "netværk"])
    sheet["XFD1048576"] = "x"
    path = tmp_path / "stray.xlsx"
    book.save(path)
    (raw,) = read_file(path)  # calamine alone would allocate 17 billion cells here
    assert raw.rows == [["Navn", "Relation"], ["Åby Roklub", "netværk"]]
    (problem,) = raw.problems
    assert problem.code == "far-cells" and problem.params == {"cells": "XFD1048576", "count": 1}


def test_formula_without_saved_value_is_reported_never_a_name(tmp_path):
    from openpyxl import Workbook

    from netkort.contacts import read

    book = Workbook()
    sheet = book.active
    sheet.title = "Kontakter"
    sheet.append(["Navn", "Relation"])
    sheet.append(["=B2&\"x\"", "netværk"])  # openpyxl saves formulas without a cached value
    sheet.append(["Åby Skole", "netværk"])
    path = tmp_path / "formel.xlsx"
    book.save(path)
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Skole"]
    codes = [(p.code, p.row, p.column) for p in data.problems]
    assert ("formula-no-value", 2, "A") in codes
    assert ("missing-name", 2, "A") in codes
