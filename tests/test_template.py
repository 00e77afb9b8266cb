"""The workshop template: sheets, columns, dropdowns, and it passes check."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from netkort.cli import cli
from netkort.template import CONTACT_HEADERS, write_template


def test_template_sheets_and_columns(tmp_path):
    book = load_workbook(write_template(tmp_path / "s.xlsx"))
    assert book.sheetnames == ["Vejledning", "Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Kandidater"]
    assert [c.value for c in book["Kontakter"][1]] == CONTACT_HEADERS
    assert [c.value for c in book["Relationer"][1]] == ["Fra", "Til", "Relation", "Note"]
    assert [c.value for c in book["Medarbejdere"][1]] == ["Navn", "Afdeling", "E-mail"]
    assert "Netværkscirklen" in book["Vejledning"]["A4"].value


def test_template_dropdowns(tmp_path):
    book = load_workbook(write_template(tmp_path / "s.xlsx"))
    validations = {str(v.sqref): v for v in book["Kontakter"].data_validations.dataValidation}
    assert validations["H2:H2000"].formula1 == '"netværk,samarbejde,partnerskab"'
    assert validations["C2:C2000"].formula1 == '"offentlig,privat,civilsamfund"'
    assert validations["M2:M2000"].formula1 == '"ingen,mundtlig,samarbejdsaftale,kontrakt"'
    assert (validations["K2:K2000"].type, validations["K2:K2000"].formula1,
            validations["K2:K2000"].formula2) == ("whole", "1", "5")
    assert validations["I2:I2000"].showErrorMessage is False  # several spaces may share a cell


def test_template_as_written_passes_check(runner, tmp_path):
    out = tmp_path / "skabelon.xlsx"
    assert runner.invoke(cli, ["skabelon", str(out)]).exit_code == 0
    result = runner.invoke(cli, ["check", str(out), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["problems"] == []
    assert (summary["actors"], summary["staff"], summary["relations"]) == (3, 3, 1)
    assert summary["levels"] == {"network": 1, "cooperation": 1, "partnership": 1}


def test_english_template_passes_check(runner, tmp_path):
    out = tmp_path / "template.xlsx"
    assert runner.invoke(cli, ["template", str(out), "--lang", "en"]).stdout == f"Wrote {out}\n"
    book = load_workbook(out)
    assert book.sheetnames == ["Instructions", "Contacts", "Relations", "Staff", "Checklist", "Candidates"]
    assert [c.value for c in book["Contacts"][1]][:3] == ["Name", "Type", "Sector"]
    validations = {str(v.sqref): v for v in book["Contacts"].data_validations.dataValidation}
    assert validations["H2:H2000"].formula1 == '"network,cooperation,partnership"'
    summary = json.loads(runner.invoke(cli, ["check", str(out), "--json"]).stdout)
    assert summary["problems"] == [] and summary["levels"] == {"network": 1, "cooperation": 1, "partnership": 1}
