"""The guide's checklist ("Har du tjek på…"): the sheet Tjekliste read by meaning, what each
partnership lacks, what netkort fills in from the contacts, and "ikke gennemgået"."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from workbooks import make_xlsx

from netkort.analysis import analyse
from netkort.checklist import sentence
from netkort.cli import cli
from netkort.network import load
from netkort.read.values import parse_check, parse_question
from netkort.report import write_report

CONTACTS = [
    ["Navn", "Kontaktperson", "Medarbejder", "Relation", "Rum", "Målgrupper", "Aftale", "Næste evaluering",
     "Formål"],
    # every point the data can show: purpose, spaces, groups, agreement, evaluation, staff, contact person
    ["Åby Sprogcenter", "Hanne Lund", "Mette Kjær", "partnerskab", "Læring", "nydanskere", "samarbejdsaftale",
     "01-06-2026", "Sprogcafé for nydanskere"],
    # nothing but a level and a staff member
    ["Lektiecaféen", None, "Jens Berg", "partnerskab", None, None, "mundtlig", None, None],
    # not on the checklist
    ["Åby Roklub", None, "Jens Berg", "partnerskab", "Møderum", None, "kontrakt", None, None],
    ["Åby Festival", None, "Søren Ødegaard", "netværk", "Det performative rum", None, None, None, None],
]
HEADINGS = ["Partnerskab", "Partnerskabets formål", "Kommunikationsplanlægningen", "Evalueringsplanen",
            "Motivationsafklaringen", "Ressourceplanen", "Organisering af partnerskabet", "Kendskab til din partner",
            "Arbejdsredskaberne", "Organisering i din organisation"]
CHECKLIST = [
    HEADINGS,
    ["Åby Sprogcenter", "Ja", "delvist", None, "x", "nej", "J", "yes", None, None],
    ["Lektiecaféen", "nej", "Nej", "ved ikke", "ja", "ja", "ja", "ja", "ja", "ja"],
]
AS_OF = dt.date(2025, 10, 1)


@pytest.fixture
def workbook(tmp_path):
    return make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Tjekliste": CHECKLIST})


def _reviews(path):
    analysis = analyse(load([path]), as_of=AS_OF)
    return analysis, {r.name: r for r in analysis.checklist.reviews}


def test_what_each_partnership_lacks(workbook):
    analysis, reviews = _reviews(workbook)
    assert list(reviews) == ["Lektiecaféen", "Åby Roklub", "Åby Sprogcenter"]  # partnerships only, by name
    sprog = reviews["Åby Sprogcenter"]
    assert {h: (a.value, a.by) for h, a in sprog.answers.items()} == {
        "purpose": ("yes", "team"), "communication": ("partly", "team"), "evaluation": ("partly", "netkort"),
        "motivation": ("yes", "team"), "resources": ("no", "team"), "organising": ("yes", "team"),
        "knowledge": ("yes", "team"), "tools": ("partly", "netkort"), "anchoring": (None, None)}
    assert sprog.missing == ["resources", "anchoring"]
    assert sprog.partly == ["communication", "evaluation", "tools"]
    assert sprog.filled_in == ["evaluation", "tools"]
    assert sprog.answers["evaluation"].shown == ("next_evaluation",)
    assert sprog.answers["purpose"].shown == ("purpose", "spaces", "groups")  # the team's answer stands
    lektie = reviews["Lektiecaféen"]
    assert lektie.missing == ["purpose", "communication", "evaluation"]  # 'ved ikke' leaves it open
    assert lektie.partly == [] and lektie.filled_in == []
    assert analysis.checklist.missing_count("communication") == 2  # Lektiecaféen's nej, Åby Roklub's blank


def test_filled_in_by_netkort_never_overrides_the_team(workbook):
    _, reviews = _reviews(workbook)
    # Lektiecaféen has only an oral agreement, no written one: the team's 'ja' is its own
    assert (reviews["Lektiecaféen"].answers["tools"].value, reviews["Lektiecaféen"].answers["tools"].by) == \
        ("yes", "team")
    roklub = reviews["Åby Roklub"]  # no row: what the data shows, and nothing more
    assert not roklub.reviewed
    assert {h: (a.value, a.by, a.shown) for h, a in roklub.answers.items() if a.value} == {
        "purpose": ("partly", "netkort", ("spaces",)), "organising": ("partly", "netkort", ("staff",)),
        "tools": ("partly", "netkort", ("agreement",))}


def test_a_partnership_with_no_row_is_not_reviewed(workbook):
    analysis, _ = _reviews(workbook)
    assert [r.name for r in analysis.checklist.not_reviewed] == ["Åby Roklub"]
    data = analysis.to_dict()["checklist"]
    assert data["not_reviewed"] == ["Åby Roklub"]
    assert data["missing_per_heading"]["anchoring"] == 2


def test_every_data_point_shown_makes_a_yes(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": CONTACTS})
    _, reviews = _reviews(path)
    assert reviews["Åby Sprogcenter"].answers["purpose"].value == "yes"  # formål, rum and målgrupper
    assert reviews["Åby Sprogcenter"].answers["knowledge"].value == "partly"  # a contact person is one point


def test_the_care_list_words(workbook):
    _, reviews = _reviews(workbook)
    assert sentence(reviews["Åby Sprogcenter"]) == (
        "Åby Sprogcenter mangler ressourceplanen og organisering i din organisation; kommunikationsplanlægningen, "
        "evalueringsplanen og arbejdsredskaberne er kun delvis på plads.")
    assert sentence(reviews["Åby Roklub"], "en") == (
        "Åby Roklub (not reviewed) lacks communication planning, evaluation plan, motivation, resource plan, "
        "knowing your partner and organising in your organisation; purpose of the partnership, organising the "
        "partnership and working tools are only partly in place.")


@pytest.mark.parametrize("value, answer", [
    ("Ja", "yes"), ("J", "yes"), ("yes", "yes"), ("x", "yes"), ("X", "yes"), ("✓", "yes"), ("1", "yes"),
    ("delvis", "partly"), ("delvist", "partly"), ("Delvis", "partly"), ("til dels", "partly"),
    ("partly", "partly"), ("nej", "no"), ("Nei", "no"), ("no", "no"), ("-", "no"), ("ikke endnu", "no"),
    ("ved ikke", "unknown"), ("vet ikke", "unknown"), ("vet inte", "unknown"), ("?", "unknown")])
def test_answer_cousins(value, answer):
    assert parse_check(value) == (answer, None)
    if answer == "partly":  # the checklist's answer: no answer to the 14 questions (ja, nej, ved ikke)
        value_read, issue = parse_question(value)
        assert (value_read, issue.severity, issue.code) == (None, "error", "unknown-answer")
    else:
        assert parse_question(value) == (answer, None)


def test_an_unknown_answer_is_reported_where_it_is(tmp_path, runner):
    rows = [HEADINGS, ["Åby Sprogcenter", "jaa", None, None, None, None, None, None, None, "halvt ja"]]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": CONTACTS, "Tjekliste": rows})
    problems = [(p.sheet, p.row, p.column, p.field, p.message()) for p in load([path]).problems]
    assert problems == [
        ("Tjekliste", 2, "B", "Partnerskabets formål",
         "'jaa' er ikke et gyldigt svar; mente du 'ja'? Gyldige: ja, delvis, nej"),
        ("Tjekliste", 2, "J", "Organisering i din organisation",
         "'halvt ja' er ikke et gyldigt svar; mente du 'delvis'? Gyldige: ja, delvis, nej")]
    result = runner.invoke(cli, ["check", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "'jaa' is not a valid answer; did you mean 'ja'? Valid: yes, partly, no" in result.stdout


@pytest.mark.parametrize("sheet, header", [
    ("Sjekkliste", ["Partnerskap", "Formål", "Kommunikasjon", "Evaluering", "Ressurser", "Kjennskap til partneren"]),
    ("Checklista", ["Partnerskap", "Syfte", "Kommunikation", "Utvärdering", "Resurser", "Arbetsverktyg"]),
    ("Checklist", ["Partnership", "Purpose", "Communication plan", "Evaluation plan", "Resources", "Tools"]),
    ("Ark2", ["Partner", "Formål", "Kommunikation", "Evaluering", "Ressourcer", "Redskaber"]),
])
def test_the_sheet_is_found_by_meaning(tmp_path, sheet, header):
    rows = [header, ["Åby Sprogcenter", "ja", "delvis", "nej", "ja", "nej"]]
    network = load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": CONTACTS, sheet: rows})])
    assert [r for r in network.data.readings if r.kind == "checklist"][0].sheet == sheet
    assert network.problems == []
    row = network.data.checklist[0]
    assert [row.values.get(f) for f in ("name", "purpose", "communication", "evaluation", "resources")] == \
        ["Åby Sprogcenter", "yes", "partly", "no", "yes"]


def test_a_contacts_sheet_with_an_evaluation_column_stays_contacts(tmp_path):
    rows = [["Navn", "Relation", "Evaluering", "Kommunikation", "Ressourcer"],
            ["Åby Kor", "partnerskab", "01-06-2026", "nyhedsbrev", "to timer om ugen"]]
    network = load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": rows})])
    assert [r.kind for r in network.data.readings] == ["contacts"]
    assert network.data.contacts[0].values["next_evaluation"] == dt.date(2026, 6, 1)


def test_rows_naming_no_actor_and_repeated_rows(tmp_path):
    rows = [HEADINGS, ["Åby Sprogcentret", "ja"], ["Lektiecaféen", "ja"], ["lektiecaféen ", "nej", "ja"]]
    network = load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": CONTACTS, "Tjekliste": rows})])
    assert [(p.code, p.row, p.message()) for p in network.problems] == [
        ("checklist-unknown", 2, "'Åby Sprogcentret' står på tjeklisten, men findes ikke blandt kontakterne, "
                                 "så rækken er ikke med i analysen. Mente du 'Åby Sprogcenter'?"),
        ("guide-repeated", 3, "'Lektiecaféen' står på 2 rækker (3-4); de er læst som én, og hvor de svarer "
                              "forskelligt, gælder den første række.")]
    reviews = {r.name: r for r in analyse(network, as_of=AS_OF).checklist.reviews}
    assert reviews["Lektiecaféen"].answers["purpose"].value == "yes"  # the first row counts
    assert reviews["Lektiecaféen"].answers["communication"].value == "yes"  # the second fills a blank


def test_the_report_shows_the_heat_table(workbook, tmp_path):
    page = write_report(analyse(load([workbook]), as_of=AS_OF), tmp_path / "rapport.html").read_text()
    table = page.split('id="checklist"')[1].split("</section>")[0]
    assert '<caption id="t-checklist">Tjeklisten: partnerskaber × guidens ni punkter</caption>' in table
    assert 'role="region" tabindex="0" aria-labelledby="t-checklist"' in table
    assert ('<th scope="col"><span aria-hidden="true">Formål</span><span class="visually-hidden">'
            'Partnerskabets formål</span></th>') in table
    assert ('<td class="ans ans-partly">delvis<span aria-hidden="true">*</span><span class="visually-hidden"> '
            '(udfyldt af netkort)</span></td>') in table
    assert '<th scope="row">Åby Roklub <span class="badge not-reviewed">ikke gennemgået</span></th>' in table
    assert "1 partnerskab har ingen række på arket Tjekliste." in table
    assert '<a href="#checklist">2 partnerskaber mangler punkter på tjeklisten</a>' in page


def test_the_report_in_english(workbook, tmp_path):
    page = write_report(analyse(load([workbook]), as_of=AS_OF), tmp_path / "report.html", lang="en").read_text()
    assert "The checklist: partnerships × the guide&#39;s nine headings" in page
    assert '<span class="badge not-reviewed">not reviewed</span>' in page
    assert '<span class="visually-hidden"> (filled in by netkort)</span>' in page


def test_json_carries_the_checklist(workbook, runner):
    result = runner.invoke(cli, ["analyse", str(workbook), "--json", "--as-of", "2025-10-01"])
    assert result.exit_code == 0, result.output
    reviews = {r["name"]: r for r in json.loads(result.stdout)["checklist"]["partnerships"]}
    assert reviews["Åby Sprogcenter"]["answers"]["tools"] == {"answer": "partly", "by": "netkort",
                                                              "shown": ["agreement"]}
    assert reviews["Åby Roklub"]["reviewed"] is False


def test_the_template_holds_both_sheets_and_reads_back(tmp_path):
    from netkort.template import write_template

    for lang in ("da", "en"):
        network = load([write_template(tmp_path / f"skabelon-{lang}.xlsx", lang=lang)])
        assert network.problems == []
        assert [r.kind for r in network.data.readings] == ["contacts", "relations", "staff", "checklist",
                                                             "candidates"]
        reviews = analyse(network, as_of=AS_OF).checklist.reviews
        assert [(r.name, r.missing, r.reviewed) for r in reviews] == [
            ("Åby Language Centre" if lang == "en" else "Åby Sprogcenter", ["resources"], True)]


UNUSED = [*CHECKLIST,
          ["Lektiecafeen", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja", "ja"],  # Lektiecaféen, nearly
          ["Åby Festival", "ja", "nej", None, None, None, None, None, None, None],  # a network contact
          ["Bogbussen", "ja", None, None, None, None, None, None, None, None]]  # nobody of that name


def test_checklist_rows_matching_no_partnership_are_said_and_listed(tmp_path, runner):
    workbook = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Tjekliste": UNUSED})
    analysis, reviews = _reviews(workbook)
    assert list(reviews) == ["Lektiecaféen", "Åby Roklub", "Åby Sprogcenter"]  # Åby Festival is no partnership
    assert [(u.name, u.reason, u.suggestion, u.level, u.source.row) for u in analysis.checklist.unused] == [
        ("Lektiecafeen", "unknown", "Lektiecaféen", None, 4),
        ("Åby Festival", "level", None, "network", 5),
        ("Bogbussen", "unknown", None, None, 6)]
    result = runner.invoke(cli, ["analyse", str(workbook), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert result.stderr == ("Bemærk: 3 rækker på Tjekliste passer ikke til et partnerskab; se dem med "
                             "netkort check.\n")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert ('<p class="namelist">Ikke brugt fra tjeklisten: Lektiecafeen (Tjekliste række 4: findes ikke blandt '
            "kontakterne; mente du &#39;Lektiecaféen&#39;?); Åby Festival (Tjekliste række 5: er netværk, ikke "
            "partnerskab); Bogbussen (Tjekliste række 6: findes ikke blandt kontakterne)</p>") in page
    english = runner.invoke(cli, ["analyse", str(workbook), "--json", "--lang", "en"])
    assert english.stderr == "Note: 3 rows on Tjekliste match no partnership; see them with netkort check.\n"
    assert json.loads(english.stdout)["checklist"]["unused"][1] == {
        "name": "Åby Festival", "reason": "level", "suggestion": None, "level": "network", "sheet": "Tjekliste",
        "row": 5}


def test_check_warns_about_a_non_partnership_on_the_checklist(tmp_path, runner):
    workbook = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Tjekliste": UNUSED})
    found = [p for p in load([workbook]).problems if p.code == "checklist-not-partnership"]
    assert [(p.severity, p.sheet, p.row, p.message("da")) for p in found] == [
        ("warning", "Tjekliste", 5, "'Åby Festival' står på tjeklisten, men er netværk blandt kontakterne, ikke "
         "partnerskab, så rækken er ikke med i analysen. Ret relationen til partnerskab, hvis det er et "
         "partnerskab, eller fjern rækken.")]
    assert found[0].message("en") == (
        "'Åby Festival' is on the checklist but is a network among the contacts, not a partnership, so the row "
        "is left out of the analysis. Change the relation to partnership if it is one, or remove the row.")
