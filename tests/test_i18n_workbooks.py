"""The workbooks netkort writes (template, candidates, merge, the CSV pair) and check's summary in
Norwegian and Swedish: real translations that netkort reads back, and Danish and English unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook

from netkort.analysis import analyse
from netkort.cli import cli
from netkort.i18n import translate
from netkort.merge import NOTE_COLUMNS, merge_files, write_merged
from netkort.network import load
from netkort.template import (
    CONTACT_COLUMNS,
    INSTRUCTION_LINES,
    SHEETS,
    TYPES,
    words,
    write_candidates,
    write_template,
)

SAMPLE = SAMPLES / "hovedbibliotek.xlsx"
AS_OF = dt.date(2025, 10, 1)

SHEET_NAMES = {
    "nb": ["Veiledning", "Kontakter", "Relasjoner", "Medarbeidere", "Sjekkliste", "Kandidater"],
    "sv": ["Instruktioner", "Kontakter", "Relationer", "Medarbetare", "Checklista", "Kandidater"],
}
CONTACT_HEADERS = {
    "nb": ["Navn", "Type", "Sektor", "Kontaktperson", "E-post", "Telefon", "Medarbeider", "Relasjon", "Rom",
           "Målgrupper", "Innflytelse", "Interesse", "Avtale", "Start", "Siste kontakt", "Neste evaluering",
           "Aktiviteter", "Tema", "Merknader"],
    "sv": ["Namn", "Typ", "Sektor", "Kontaktperson", "E-post", "Telefon", "Medarbetare", "Relation", "Rum",
           "Målgrupper", "Inflytande", "Intresse", "Avtal", "Start", "Senaste kontakt", "Nästa utvärdering",
           "Aktiviteter", "Tema", "Anteckningar"],
}


def _strings(book) -> set[str]:
    """Every text netkort wrote into a workbook: sheet names, cells and the dropdowns' prompts."""
    found = set(book.sheetnames)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            found.update(v for v in row if isinstance(v, str))
        for validation in sheet.data_validations.dataValidation:
            found.update(filter(None, (validation.prompt, validation.promptTitle, validation.error)))
    return found


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_template_in_nb_and_sv_reads_back_with_no_problems(lang, runner, tmp_path):
    out = tmp_path / f"mal-{lang}.xlsx"
    result = runner.invoke(cli, ["template", str(out), "--lang", lang])
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.sheetnames == SHEET_NAMES[lang]
    assert [c.value for c in book["Kontakter"][1]] == CONTACT_HEADERS[lang]
    summary = json.loads(runner.invoke(cli, ["check", str(out), "--json", "--lang", lang]).stdout)
    assert summary["problems"] == []
    assert (summary["actors"], summary["staff"], summary["relations"]) == (3, 3, 1)
    assert summary["levels"] == {"network": 1, "cooperation": 1, "partnership": 1}
    tables = {(r["sheet"], r["table"]) for r in summary["columns"]}
    assert tables == {(SHEET_NAMES[lang][1], "contacts"), (SHEET_NAMES[lang][2], "relations"),
                      (SHEET_NAMES[lang][3], "staff"), (SHEET_NAMES[lang][4], "checklist"),
                      (SHEET_NAMES[lang][5], "candidates")}
    # every column is read as the field it is meant for: none is kept as an extra column
    assert [c["header"] for r in summary["columns"] for c in r["columns"] if c["field"] is None] == []
    network = load([out])
    assert (len(network.data.checklist), len(network.data.candidates)) == (1, 1)
    analysis = analyse(network, as_of=AS_OF)
    assert [a.name for a in analysis.candidates.assessed] == ["Åby Festival"]
    report = runner.invoke(cli, ["analyse", str(out), "-o", str(tmp_path / "r.html"), "--lang", lang])
    assert report.exit_code == 0, report.output


def test_the_norwegian_template_says_its_own_words(tmp_path):
    book = load_workbook(write_template(tmp_path / "mal.xlsx", lang="nb"))
    guide = [c.value for c in book["Veiledning"]["A"]]
    assert guide[:2] == [
        "Nettverkskartlegging: slik fyller dere ut arbeidsboken",
        "Skriv én rad per ekstern kontakt på arket Kontakter: foreninger, skoler, kommunale etater, virksomheter, "
        "innbyggere. Bare Navn må fylles ut; resten hjelper analysen."]
    assert guide[3] == "Nettverkssirkelen (kolonnen Relasjon)"
    assert guide[9] == ("Inspirasjonsrommet: opplevelse og inspirasjon. Læringsrommet: læring og kompetanse. "
                        "Møterommet: møter og debatt. Det performative rommet: skape og uttrykke seg.")
    assert [c.value for c in book["Relasjoner"][1]] == ["Fra", "Til", "Relasjon", "Kommentar"]
    assert [c.value for c in book["Medarbeidere"][1]] == ["Navn", "Avdeling", "E-post"]
    assert [c.value for c in book["Medarbeidere"]["B"]][1:] == ["Voksne og læring", "Barn og unge",
                                                                 "Kultur og arrangementer"]
    contacts = book["Kontakter"]
    assert [c.value for c in contacts["A"]][1:] == ["Åby språksenter", "Leksekafeen Åby", "Åby Festival"]
    assert [c.value for c in contacts["I"]][1:] == ["Læringsrommet; Møterommet", "Læringsrommet",
                                                    "Det performative rommet; Inspirasjonsrommet"]
    validations = {str(v.sqref): v for v in contacts.data_validations.dataValidation}
    assert validations["B2:B2000"].formula1 == ('"forening,utdanning,kulturinstitusjon,virksomhet,kommunal etat,'
                                                'innbygger,frivillig,medie,fylkeskommune/stat"')
    assert validations["K2:K2000"].error == "Skriv et helt tall fra 1 til 5."
    assert validations["I2:I2000"].prompt == "Flere rom skilles med semikolon"
    assert [c.value for c in book["Sjekkliste"][1]][0::10] == ["Partnerskap", "Kommentarer"]
    candidates = [c.value for c in book["Kandidater"][1]]
    assert candidates[:2] + candidates[-2:] == ["Kandidat", "Fyller", "Avgjørelse", "Kommentarer"]


def test_the_swedish_template_says_its_own_words(tmp_path):
    book = load_workbook(write_template(tmp_path / "mall.xlsx", lang="sv"))
    guide = [c.value for c in book["Instruktioner"]["A"]]
    assert guide[0] == "Nätverkskartläggning: så fyller ni i arbetsboken"
    assert guide[3] == "Nätverkscirkeln (kolumnen Relation)"
    assert guide[11] == "Intressentanalys (Inflytande och Intresse, 1-5)"
    assert guide[19] == "Checklista: ”Har du koll på …” (guiden Byg partnerskaber!)"
    assert [c.value for c in book["Relationer"][1]] == ["Från", "Till", "Relation", "Kommentar"]
    assert [c.value for c in book["Medarbetare"][1]] == ["Namn", "Avdelning", "E-post"]
    contacts = book["Kontakter"]
    assert [c.value for c in contacts["A"]][1:] == ["Åby språkcentrum", "Läxcaféet Åby", "Åby Festival"]
    assert [c.value for c in contacts["Q"]][1:] == ["Språkcafé varje torsdag", "Läxhjälp tisdag och torsdag",
                                                    "Författarscen på festivalen"]
    validations = {str(v.sqref): v for v in contacts.data_validations.dataValidation}
    assert validations["B2:B2000"].formula1 == ('"förening,utbildning,kulturinstitution,företag,'
                                                'kommunal förvaltning,invånare,frivillig,media,region/stat"')
    assert validations["H2:H2000"].error == "Välj ett värde i listan."
    candidates = [c.value for c in book["Kandidater"][1]]
    assert candidates[:2] + candidates[-2:] == ["Kandidat", "Fyller", "Beslut", "Kommentarer"]


@pytest.mark.parametrize("lang", ["nb", "sv", "da"])
def test_no_english_text_of_the_template_in_nb_sv_or_da(lang, tmp_path):
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang=lang))
    said = words(lang)
    own = {*said["sheets"], *said["contacts"], *said["relations"], *said["staff"], *said["types"]}
    own |= {t for row in said["examples"] for t in row if isinstance(t, str)}
    english = {translate(m, "en") for m in (*SHEETS, *CONTACT_COLUMNS, *TYPES)}
    english |= {text for text, _ in INSTRUCTION_LINES if text}
    english |= {t for row in words("en")["examples"] for t in row if isinstance(t, str) and len(t) > 3}
    assert (_strings(book) & english) - own == set()


def test_danish_and_english_templates_are_unchanged(tmp_path):
    danish = load_workbook(write_template(tmp_path / "s.xlsx"))
    assert [c.value for c in danish["Vejledning"]["A"]][:2] == [
        "Netværkskortlægning: sådan udfylder I arket",
        "Skriv én række pr. ekstern kontakt på arket Kontakter: foreninger, skoler, kommunale afdelinger, "
        "virksomheder, borgere. Kun Navn skal udfyldes; resten hjælper analysen."]
    assert [c.value for c in danish["Kontakter"][2]][:10] == [
        "Åby Sprogcenter", "uddannelse", "offentlig", "Hanne Lund", "hl@sprogcenter.eksempel.dk", "86 12 34 56",
        "Mette Kjær; Jens Berg", "partnerskab", "Læring; Møderum", "nydanskere; voksne"]
    validations = {str(v.sqref): v for v in danish["Kontakter"].data_validations.dataValidation}
    assert validations["H2:H2000"].prompt == "netværk, samarbejde eller partnerskab"
    assert validations["I2:I2000"].prompt == "Flere rum adskilles med semikolon"
    checklist = {str(v.sqref): v for v in danish["Tjekliste"].data_validations.dataValidation}
    assert checklist["B2:B2000"].prompt.endswith("\nSvar ja, delvis eller nej.")
    candidates = {str(v.sqref): v for v in danish["Kandidater"].data_validations.dataValidation}
    assert candidates["C2:C2000"].prompt.endswith("\nSvar ja, nej eller ved ikke.")
    assert candidates["Q2:Q2000"].prompt == "til, fra eller ikke besluttet"
    english = load_workbook(write_template(tmp_path / "t.xlsx", lang="en"))
    assert [c.value for c in english["Contacts"][3]][:3] == ["Åby Homework Café", "volunteers", "civil society"]
    assert english["Instructions"]["A23"].value == "Candidates: “How to say no!”"
    candidates = {str(v.sqref): v for v in english["Candidates"].data_validations.dataValidation}
    assert candidates["Q2:Q2000"].prompt == "yes, no or not decided"


@pytest.mark.parametrize(("lang", "sheets", "extra"), [
    ("nb", ["Veiledning", "Kandidater"], ["Rommet nå", "Nivå nå", "Kjent av", "Hvorfor kandidat"]),
    ("sv", ["Instruktioner", "Kandidater"], ["Rummet nu", "Nivå nu", "Känd av", "Varför kandidat"]),
])
def test_the_candidates_workbook_in_nb_and_sv_reads_back(lang, sheets, extra, tmp_path):
    analysis = analyse(load([SAMPLE]), as_of=AS_OF)
    path = write_candidates(analysis.coverage, tmp_path / "k.xlsx", lang)
    book = load_workbook(path)
    assert book.sheetnames == sheets
    assert [c.value for c in book["Kandidater"][1]][2:6] == extra
    assert book[sheets[0]]["A1"].value == {"nb": "Kandidater: «How to say no!»", "sv": "Kandidater: ”How to say no!”"}[lang]
    network = load([SAMPLE, path])
    assert [p for p in network.problems if p.file == str(path)] == []
    assert len(network.data.candidates) == 22


CHECK_NB = ["Slik ble kolonnene lest:", "Rad    Kolonne               Alvor     Problem", "advarsel"]
CHECK_SV = ["Så lästes kolumnerna:", "Rad    Kolumn                Allvar    Problem", "varning"]


@pytest.mark.parametrize(("lang", "expected"), [("nb", CHECK_NB), ("sv", CHECK_SV)])
def test_check_summary_in_nb_and_sv(lang, expected, runner):
    result = runner.invoke(cli, ["check", str(SAMPLE), "--lang", lang])
    lines = result.stdout.splitlines()
    for text in expected:
        assert any(text in line for line in lines), text
    counts = {"nb": "300 aktører, 10 medarbeidere, 60 relasjoner mellom aktører",
              "sv": "300 aktörer, 10 medarbetare, 60 relationer mellan aktörer"}[lang]
    assert lines[1] == counts
    for english in ("How the columns were read", "read as they are called", "staff members", "Row ", "Severity",
                    "header on row", "kept as an extra column", "Læst", "Sådan blev", "Række"):
        assert english not in result.stdout, english


def test_one_relation_is_one(tmp_path):
    from netkort.check import _check_lines

    summary = {"files": ["a.xlsx"], "actors": 1, "staff": 1, "relations": 1, "levels": {}, "unknown_level": 0,
               "problems": []}
    assert [_check_lines(summary, lang)[1] for lang in ("da", "nb", "sv", "en")] == [
        "1 aktør, 1 medarbejder, 1 relation mellem aktører", "1 aktør, 1 medarbeider, 1 relasjon mellom aktører",
        "1 aktör, 1 medarbetare, 1 relation mellan aktörer", "1 actor, 1 staff member, 1 relation between actors"]


MERGED = {
    "nb": (["Kontakter", "Relasjoner", "Medarbeidere", "Sjekkliste", "Kandidater", "Problemer"],
           ["Hva", "Gjelder", "Melding", "Fil", "Ark", "Rad", "Rad i samlet"],
           ("slått sammen", "'Åby Avis' stod på 2 rader (hovedbibliotek.xlsx › Kontakter 2025 rad 22; filial.xlsx › "
                            "Kontakter rad 20); nå én aktør på rader 20-21 i Kontakter.")),
    "sv": (["Kontakter", "Relationer", "Medarbetare", "Checklista", "Kandidater", "Problem"],
           ["Vad", "Gäller", "Meddelande", "Fil", "Blad", "Rad", "Rad i sammanslagen"],
           ("sammanslagen", "'Åby Avis' stod på 2 rader (hovedbibliotek.xlsx › Kontakter 2025 rad 22; filial.xlsx › "
                            "Kontakter rad 20); nu en aktör på rader 20-21 i Kontakter.")),
}


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_merge_in_nb_and_sv(lang, tmp_path):
    template = write_template(tmp_path / "mal.xlsx", lang=lang)
    inputs = [SAMPLE, SAMPLES / "filial.xlsx", template]
    merged = merge_files(inputs, lang=lang)
    path = write_merged(merged, tmp_path / "samlet.xlsx")
    book = load_workbook(path)
    sheets, headers, (kind, message) = MERGED[lang]
    assert book.sheetnames == sheets
    rows = list(book[sheets[-1]].iter_rows(values_only=True))
    assert list(rows[0]) == headers
    assert (rows[1][0], rows[1][2]) == (kind, message)
    english = {translate(h, "en") for h in NOTE_COLUMNS} | {"merged", "conflict", "possible duplicate",
                                                            "error in input", "warning in input"}
    assert not english & _strings(book)
    assert [c.value for c in book[sheets[3]][1]][0] == {"nb": "Partnerskap", "sv": "Partnerskap"}[lang]
    # the merged workbook reads back: its guide sheets as checklist and candidates, with no problem
    # the inputs did not have
    again = load([path])
    assert len(again.data.checklist) == len(merged.checklist.rows)
    assert len(again.data.candidates) == len(merged.candidates.rows)
    before = {(p.code, str(p.params.get("value"))) for p in load(inputs).problems}
    assert {(p.code, str(p.params.get("value"))) for p in again.problems if p.sheet in sheets[3:5]} <= before


@pytest.mark.parametrize(("lang", "names", "header", "link", "roles"), [
    ("nb", ("noder", "kanter"), "Rolle", "Forbindelse", {"huset", "medarbeider", "aktør"}),
    ("sv", ("noder", "kanter"), "Roll", "Koppling", {"huset", "medarbetare", "aktör"}),
])
def test_the_csv_pair_in_nb_and_sv(lang, names, header, link, roles, runner, tmp_path):
    result = runner.invoke(cli, ["export", str(SAMPLE), "-o", str(tmp_path / "net.csv"), "--lang", lang])
    assert result.exit_code == 0, result.output
    nodes, edges = (tmp_path / f"net-{name}.csv" for name in names)
    with open(nodes, encoding="utf-8-sig") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0][:3] == ["Id", "Label", header]
    assert {row[2] for row in table[1:]} == roles
    with open(edges, encoding="utf-8-sig") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0][5] == link
    kinds = {"nb": {"ansatt", "medarbeiderens kontakt", "mellom aktører"},
             "sv": {"anställd", "medarbetarens kontakt", "mellan aktörer"}}[lang]
    assert {row[5] for row in table[1:]} == kinds
    check = json.loads(runner.invoke(cli, ["check", str(nodes), "--json"]).stdout)
    assert check["actors"] == load([SAMPLE]).graph.number_of_nodes() - 1 - check["staff"]


def test_the_csv_pair_in_danish_and_english_is_unchanged(runner, tmp_path):
    from netkort.exports import csvpair

    assert [csvpair.cell(True, "x", lang) for lang in ("da", "nb", "sv", "en")] == ["sand", "sann", "sant", "true"]
    assert [csvpair.cell(2.5, "x", lang) for lang in ("da", "nb", "sv", "en")] == ["2,5", "2,5", "2,5", "2.5"]
    assert [csvpair.separator_of(lang) for lang in ("da", "nb", "sv", "en")] == [";", ";", ";", ","]
    assert csvpair.paths(tmp_path / "x-kanter.csv", "en") == (tmp_path / "x-nodes.csv", tmp_path / "x-edges.csv")
    assert runner.invoke(cli, ["export", str(SAMPLE), "-o", str(tmp_path / "n.csv"), "--lang", "en"]).exit_code == 0
    with open(tmp_path / "n-edges.csv", encoding="utf-8-sig") as f:
        assert f.readline().strip() == "Source,Target,Type,Weight,Label,Link,Relation,Agreement,Start,Last contact," \
                                       "Next evaluation,Activities"
    assert runner.invoke(cli, ["export", str(SAMPLE), "-o", str(tmp_path / "n.csv")]).exit_code == 0
    with open(tmp_path / "n-noder.csv", encoding="utf-8-sig") as f:
        assert f.readline().startswith("Id;Label;Rolle;Relation;Type;Sektor;Rum")
