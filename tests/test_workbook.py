"""File-level failures: each ends with one clear message naming the file and exit 1."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from workbooks import contacts_xlsx, make_xlsx
from xls import compound

from netkort.cli import cli
from netkort.problems import InputFileError
from netkort.read.workbook import read_file


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
    path.write_bytes(compound({"EncryptedInfo": b"\0" * 64, "EncryptedPackage": b"\0" * 5000}))
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: projektmappen er beskyttet med adgangskode. "
                             "Fjern adgangskoden i Excel (Filer > Info > Beskyt projektmappe) og gem igen.\n")


def test_no_sheet_with_a_name_column(runner, tmp_path):
    path = make_xlsx(tmp_path / "uden-navn.xlsx", {"Ark1": [
        ["Oversigt over samarbejder", None, None], ["Sted", "By", "Antal"],
        ["Åby Roklub", "Åby", 3], ["Åby Skole", "Åby", 4]]})
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"netkort: {path}: netkort kan ikke finde kolonnen med aktørernes navne. Arket 'Ark1', række 2, "
        "ligner overskriften: 'Sted', 'By', 'Antal'. Mente du 'Sted'? Så skriv: --column \"Sted=navn\" "
        "(eller læg et ark 'netkort' med kolonnerne Kolonne og Betyder i projektmappen). Navnekolonnen kan fx "
        "hedde: Navn, Name, "
        "Organisation, Aktør, Partner, Interessent.\n")
    fixed = runner.invoke(cli, ["check", str(path), "--column", "Sted=navn"])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout.startswith(f"Læst: {path}\n2 aktører, 0 medarbejdere")


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

    from netkort.read.contacts import read

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


def _with_sheet_xml(tmp_path, name: str, sheet: bytes) -> Path:
    """A real workbook whose first sheet's XML is replaced by ``sheet``."""
    good = contacts_xlsx(tmp_path / "base.xlsx", [["Åby Roklub"]], header=["Navn"])
    path = tmp_path / name
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, sheet if item.filename == "xl/worksheets/sheet1.xml" else data)
    return path


_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_TABLE = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>' \
         b'<row r="2"><c r="A2" t="inlineStr"><is><t>Roklub</t></is></c></row>'


@pytest.mark.parametrize("stray", [
    b'<row r="1048576"><c t="inlineStr" r="XFD1048576"><is><t>x</t></is></c></row>',  # attribute order
    b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>",  # single quotes
    b'<row r="1048576"><c r = "XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',  # spaces
    b'<row r="1048576"><c r="xfd1048576" t="inlineStr"><is><t>x</t></is></c></row>',  # lower case
    b'<row><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',  # row without r
    b'<row r="3"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',  # cell below its row
])
def test_stray_cell_written_any_valid_way_is_dropped(tmp_path, stray):
    sheet = b'<?xml version="1.0"?><worksheet ' + _NS + b"><sheetData>" + _TABLE + stray + b"</sheetData></worksheet>"
    (raw,) = read_file(_with_sheet_xml(tmp_path, "stray.xlsx", sheet))
    assert raw.rows == [["Navn"], ["Roklub"]]
    assert [p.code for p in raw.problems] == ["far-cells"]


def test_stray_cell_with_a_namespace_prefix_is_dropped(tmp_path):
    sheet = (b'<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Navn</x:t></x:is></x:c></x:row>'
             b'<x:row r="1048576"><x:c r="XFD1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>'
             b"</x:sheetData></x:worksheet>")
    (raw,) = read_file(_with_sheet_xml(tmp_path, "prefix.xlsx", sheet))
    assert [p.code for p in raw.problems] == ["far-cells"]


def test_a_staircase_of_cells_is_refused_not_allocated(tmp_path):
    steps = b"".join(b'<row r="%d"><c r="%s%d"><v>1</v></c></row>' % (3 + i * 9000, col, 3 + i * 9000)
                     for i, col in enumerate([b"GR", b"NH", b"TX", b"AAN", b"AHD", b"ANT", b"AUJ", b"BAZ", b"BHP",
                                              b"BOF", b"BUV", b"CBL", b"CIB", b"COR", b"CVH", b"DBX", b"DIN"]))
    sheet = b'<?xml version="1.0"?><worksheet ' + _NS + b"><sheetData>" + _TABLE + steps + b"</sheetData></worksheet>"
    with pytest.raises(InputFileError) as caught:
        read_file(_with_sheet_xml(tmp_path, "trappe.xlsx", sheet))
    assert caught.value.code == "sheet-too-big"


@pytest.mark.parametrize("members, code", [
    ({"xl/workbook.bin": b"\x00", "xl/worksheets/sheet1.bin": b"\x00"}, "file-other-spreadsheet"),
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
     "file-other-spreadsheet"),
])
def test_other_zipped_spreadsheets_are_named(tmp_path, members, code):
    path = tmp_path / "andet.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.code == code


def test_an_encrypted_zip_member_asks_for_the_password_to_be_removed(tmp_path):
    good = contacts_xlsx(tmp_path / "god.xlsx", [["Åby Roklub"]], header=["Navn"])
    data = bytearray(good.read_bytes())
    # set the "encrypted" flag bit on every local and central header
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset] |= 1
            start += 4
    path = tmp_path / "laast.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.code == "file-password"


def test_a_sheet_whose_names_are_all_formulas_without_results_says_so(runner, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kontakter"
    sheet.append(["Navn", "Fornavn", "Relation"])
    for first in ("Åby", "Torup"):
        sheet.append(['=B2&" Skole"', first, "netværk"])  # no cached value: a script wrote it
    path = tmp_path / "formler.xlsx"
    book.save(path)
    result = run_check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: arket 'Kontakter' har overskrifter, men dets celler er formler uden "
                             "gemt resultat, så netkort kan ikke se kontakterne. Åbn filen i Excel, og gem den igen, "
                             "så resultaterne kommer med.\n")
