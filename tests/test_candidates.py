"""Choosing partners, "How to say no": candidates ranked by the guide's 14 questions, linked to the
coverage gap each would fill, and ``netkort analyse --kandidater`` writing the gaps' own candidates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from workbooks import make_xlsx

from netkort.analysis import analyse
from netkort.cli import cli
from netkort.network import load
from netkort.report import write_report
from netkort.vocabulary import QUESTION_TEXTS

AS_OF = dt.date(2025, 10, 1)
CONTACTS = [
    ["Navn", "Medarbejder", "Relation", "Rum", "Målgrupper"],
    ["Åby Sprogcenter", "Mette Kjær", "partnerskab", "Læring; Møderum", "unge"],
    ["Åby Teater", "Søren Ødegaard", "netværk", "Det performative rum", "voksne"],
    ["=HYPERLINK(\"http://x.example\")", "Søren Ødegaard", "netværk", "Det performative rum", None],
    ["Åby Musikskole", "Jens Berg", "samarbejde", "Møderum", "unge"],
]
QUESTIONS = [f"{n}. {q}" for n, q in enumerate(QUESTION_TEXTS["da"], start=1)]


def answers(yes: int, no: int) -> list[str]:
    return ["ja"] * yes + ["nej"] * no + ["ved ikke"] * (14 - yes - no)


CANDIDATES = [
    ["Kandidat", "Udfylder", *QUESTIONS, "Beslutning"],
    ["Åby Teater", "Det performative rum", *answers(10, 2), "til"],
    ["Ravnsø Dans", "unge; performativ", *answers(10, 2), None],  # not in the network
    ["Åby Musikskole", None, *answers(12, 1), "ikke besluttet"],  # blank: the network says which gap
    ["Bjerre Kor", "Læringsrummet", *answers(4, 9), "fra"],  # the learning space has a partnership
    ["Egeris Cirkus", "Cirkusrummet", *["nej"] * 14, "sagt nej"],  # no gap recognised
]


@pytest.fixture
def workbook(tmp_path):
    return make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Kandidater": CANDIDATES})


def test_ranked_by_questions_passed(workbook):
    network = load([workbook])
    assert network.problems == []
    ranking = analyse(network, as_of=AS_OF).candidates.ranking
    assert [(a.rank, a.name, a.passed, a.failed, a.decision) for a in ranking] == [
        (1, "Åby Musikskole", 12, [13], "open"),
        (2, "Ravnsø Dans", 10, [11, 12], None),  # equal yeses and noes share a rank, by name
        (2, "Åby Teater", 10, [11, 12], "yes"),
        (4, "Bjerre Kor", 4, [5, 6, 7, 8, 9, 10, 11, 12, 13], "no"),
        (5, "Egeris Cirkus", 0, list(range(1, 15)), "no")]
    assert ranking[0].open == [14]
    assert (ranking[1].in_network, ranking[2].in_network, ranking[2].level) == (False, True, "network")


def test_each_candidate_is_linked_to_its_gap(workbook):
    analysis = analyse(load([workbook]), as_of=AS_OF)
    assert [(g.space, g.kind) for g in analysis.coverage.gaps] == [
        ("inspiration", "uncovered"), ("performative", "no-cooperation-or-partnership")]
    links = {a.name: [g.to_dict() for g in a.gaps] for a in analysis.candidates.ranking}
    assert links["Åby Teater"] == [{"space": "performative", "kind": "no-cooperation-or-partnership",
                                    "by": "space", "row": None, "via": "sheet"}]
    assert links["Ravnsø Dans"] == [{"space": "performative", "kind": "uncovered", "by": "group", "row": "unge",
                                     "via": "sheet"}]
    # Åby Musikskole serves the meeting space, a neighbour of the performative one
    assert links["Åby Musikskole"] == [{"space": "performative", "kind": "no-cooperation-or-partnership",
                                        "by": "space", "row": None, "via": "network"}]
    assert links["Bjerre Kor"] == [{"space": "learning", "kind": None, "by": "space", "row": None,
                                    "via": "sheet"}]
    assert links["Egeris Cirkus"] == []


def test_the_report_ranks_them(workbook, tmp_path):
    page = write_report(analyse(load([workbook]), as_of=AS_OF), tmp_path / "rapport.html").read_text()
    section = page.split('<section id="choose"')[1].split("</section>")[0]
    assert '<caption id="t-choose">Kandidaterne ordnet efter antal ja til de 14 spørgsmål</caption>' in section
    row = section.split('<th scope="row">Bjerre Kor</th>')[1].split("</tr>")[0]
    assert "4 af 14" in row
    assert ("5 vækst og replikation, 6 målbare resultater, 7 publikum og kontaktflade, 8 publikums behov, "
            "9 exceptionelle partnerskaber, 10 i front, 11 læring, 12 kompetenceudvikling, "
            "13 kapacitet og ressourcer") in row
    assert "Læringsrummet: har partnerskab" in row and "<td>fra</td>" in row
    assert "unge i det performative rum: ingen aktører" in section
    assert "Det performative rum: kun netværk (kandidat i netværket)" in section
    assert "intet hul genkendt" in section
    assert "<li>Understøtter projektet Akademiets mission og vision?</li>" in section
    english = write_report(analyse(load([workbook]), as_of=AS_OF), tmp_path / "r.html", lang="en").read_text()
    assert "4 of 14" in english and "Performative space: network only (candidate in the network)" in english
    assert "young" not in english and "unge in the performative space: no actors" in english


def test_kandidater_writes_the_gaps_candidates_ready_to_answer(tmp_path, runner):
    contacts = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS})
    out = tmp_path / "kandidater.xlsx"
    result = runner.invoke(cli, ["analyse", str(contacts), "--kandidater", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Skrev {out}\n"
    assert not (tmp_path / "rapport.html").exists()  # --kandidater alone writes only the workbook
    book = load_workbook(out)
    assert book.sheetnames == ["Vejledning", "Kandidater"]
    sheet = book["Kandidater"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:7] == ["Kandidat", "Udfylder", "Rummet nu", "Niveau nu", "Kendes af", "Hvorfor kandidat",
                           "1. Understøtter projektet Akademiets mission og vision?"]
    assert rows[0][-2:] == ["Beslutning", "Noter"]
    both = ("Inspirationsrummet; Det performative rum", "ingen aktører; kun netværk")
    assert [r[:6] for r in rows[1:]] == [
        ["Åby Sprogcenter", *both, "partnerskab", "Mette Kjær",
         "Inspirationsrummet – naborum: Læringsrummet; Det performative rum – naborum: Møderummet"],
        ['=HYPERLINK("http://x.example")', *both, "netværk", "Søren Ødegaard",
         "Inspirationsrummet – naborum: Det performative rum; Det performative rum – i rummet: kan rykke op"],
        ["Åby Teater", *both, "netværk", "Søren Ødegaard",
         "Inspirationsrummet – naborum: Det performative rum; Det performative rum – i rummet: kan rykke op"],
        ["Åby Musikskole", "Det performative rum", "kun netværk", "samarbejde", "Jens Berg", "naborum: Møderummet"]]
    assert sheet["A3"].data_type == "s"  # text, never a formula
    # answered and read back with the contacts: no problem, and every candidate is there
    result = runner.invoke(cli, ["check", str(contacts), str(out)])
    assert result.exit_code == 0 and result.stdout.endswith("Ingen problemer fundet.\n"), result.stdout
    network = load([contacts, out])
    assert [r.values["name"] for r in network.data.candidates] == [r[0] for r in rows[1:]]
    assert network.data.candidates[3].custom == {"Rummet nu": "kun netværk", "Niveau nu": "samarbejde",
                                                 "Kendes af": "Jens Berg", "Hvorfor kandidat": "naborum: Møderummet"}


def test_kandidater_in_english(tmp_path, runner):
    contacts = make_xlsx(tmp_path / "contacts.xlsx", {"Kontakter": CONTACTS})
    out = tmp_path / "candidates.xlsx"
    result = runner.invoke(cli, ["analyse", str(contacts), "--candidates", str(out), "--lang", "en"])
    assert result.exit_code == 0 and result.output == f"Wrote {out}\n"
    book = load_workbook(out)
    assert book.sheetnames == ["Instructions", "Candidates"]
    assert book["Candidates"]["G1"].value == "1. Does the project support the Academy's mission and vision?"
    assert book["Candidates"]["C5"].value == "network only"
    result = runner.invoke(cli, ["check", str(contacts), str(out), "--lang", "en"])
    assert result.exit_code == 0 and result.stdout.endswith("No problems found.\n"), result.stdout


def test_kandidater_never_overwrites_an_input(workbook, runner):
    before = workbook.read_bytes()
    result = runner.invoke(cli, ["analyse", str(workbook), "--kandidater", str(workbook)])
    assert result.exit_code == 2
    assert workbook.read_bytes() == before


def test_a_candidates_file_alone_is_refused_with_the_fix(tmp_path, runner):
    out = tmp_path / "kandidater.xlsx"
    contacts = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS})
    assert runner.invoke(cli, ["analyse", str(contacts), "--kandidater", str(out)]).exit_code == 0
    result = runner.invoke(cli, ["check", str(out)])
    assert result.exit_code == 1
    assert result.output == (f"netkort: {out}: filen har kun 'Kandidater' og ingen kontakter. Læs den sammen "
                             "med kontakterne, fx netkort analyse kontakter.xlsx kandidater.xlsx.\n")


@pytest.mark.parametrize("header, question", [
    ("3", "q3"), ("Q3", "q3"), ("Spørgsmål 3", "q3"), ("3. Afdelingernes mål", "q3"), ("Sp. 14", "q14"),
    ("Mission og vision", "q1"), ("Finansiering", "q14"), ("Kompetenceudvikling", "q12"),
    ("Kapacitet og ressourcer", "q13"), ("Can it be funded?", "q14")])
def test_question_columns_by_number_or_words(tmp_path, header, question):
    rows = [["Kandidat", "Udfylder", "5", "6", header], ["Åby Teater", "performativ", "ja", "nej", "ved ikke"]]
    network = load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": CONTACTS, "Kandidater": rows})])
    assert network.problems == []
    assert network.data.candidates[0].values[question] == "unknown"


def test_json_carries_the_ranking(workbook, runner):
    result = runner.invoke(cli, ["analyse", str(workbook), "--json", "--as-of", "2025-10-01"])
    first = json.loads(result.stdout)["candidates"]["ranking"][0]
    assert {k: first[k] for k in ("rank", "name", "passed", "questions", "failed", "open", "decision")} == {
        "rank": 1, "name": "Åby Musikskole", "passed": 12, "questions": 14, "failed": [13], "open": [14],
        "decision": "open"}


FULL = [["Navn", "Medarbejder", "Relation", "Rum"],
        ["Åby Sprogcenter", "Mette Kjær", "partnerskab", "Læring"],
        ["Åby Teater", "Søren Ødegaard", "partnerskab", "Det performative rum"],
        ["Åby Avis", "Søren Ødegaard", "partnerskab", "Inspiration"],
        ["Åby Roklub", "Jens Berg", "partnerskab", "Møderum"]]


@pytest.mark.parametrize("lang, said", [
    ("da", "Ingen huller i dækningen, så der er ingen kandidater at skrive; {out} har kun overskrifterne.\n"),
    ("en", "No gaps in the coverage, so there are no candidates to write; {out} has only the headings.\n")])
def test_kandidater_with_no_gaps_says_the_workbook_has_only_the_headings(tmp_path, runner, lang, said):
    contacts = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": FULL})
    out = tmp_path / "k.xlsx"
    result = runner.invoke(cli, ["analyse", str(contacts), "--kandidater", str(out), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout == ("Skrev" if lang == "da" else "Wrote") + f" {out}\n"
    assert result.stderr == said.format(out=out)
    assert len(list(load_workbook(out).worksheets[1].iter_rows())) == 1


def test_kandidater_with_gaps_but_no_candidate_in_the_network_says_so(tmp_path, runner):
    no_space = ["Åby Roklub", "Jens Berg", "partnerskab", None]  # in no space: a candidate for none
    contacts = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": [FULL[0], no_space]})
    out = tmp_path / "k.xlsx"
    result = runner.invoke(cli, ["analyse", str(contacts), "--kandidater", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"Netværket har ingen kandidater til hullerne i dækningen; {out} har kun "
                             "overskrifterne, så skriv jeres egne kandidater i den.\n")


def test_delvis_is_no_answer_to_a_question_and_maybe_is_read_as_dont_know(tmp_path, runner):
    sheet = [["Kandidat", *QUESTIONS],
             ["Åby Teater", "delvis", "måske", "jaa", *answers(11, 0)[:11]]]
    workbook = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Kandidater": sheet})
    network = load([workbook])
    assert [(p.severity, p.column, p.message("da")) for p in network.problems] == [
        ("error", "B", "'delvis' er ikke et gyldigt svar på et af de 14 spørgsmål (delvis hører til tjeklisten). "
                       "Gyldige: ja, nej, ved ikke"),
        ("warning", "C", "'måske' er læst som 'ved ikke'; svar ja, nej eller ved ikke."),
        ("error", "D", "'jaa' er ikke et gyldigt svar; mente du 'ja'? Gyldige: ja, nej, ved ikke")]
    assert [p.message("en") for p in network.problems][1] == (
        "'måske' was read as 'don't know'; answer yes, no or don't know.")
    answers_read = network.data.candidates[0].values
    assert (answers_read.get("q1"), answers_read["q2"], answers_read.get("q3")) == (None, "unknown", None)


def test_the_templates_example_candidate_answers_only_ja_nej_or_ved_ikke(tmp_path):
    from netkort.template import CANDIDATE_EXAMPLES

    for lang, valid in (("da", {"ja", "nej", "ved ikke"}), ("en", {"yes", "no", "don't know"})):
        row = CANDIDATE_EXAMPLES[lang][0]
        assert set(row[2:16]) <= valid, row


def test_a_candidate_with_no_answers_is_not_assessed(tmp_path):
    sheet = [["Kandidat", *QUESTIONS], ["Åby Teater", *answers(10, 2)], ["Ravnsø Dans", *[None] * 14]]
    workbook = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Kandidater": sheet})
    found = analyse(load([workbook]), as_of=AS_OF)
    assert ([a.name for a in found.candidates.assessed], found.candidates.not_assessed) == (
        ["Åby Teater"], ["Ravnsø Dans"])
    page = write_report(found, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 kandidat er vurderet med guidens 14 spørgsmål" in page
    assert '<p class="namelist">Ikke vurderet (intet svar på de 14 spørgsmål): Ravnsø Dans</p>' in page
    assert page.count("Ravnsø Dans") == 1  # not in the ranking's table
