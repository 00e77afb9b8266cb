"""Merging a workshop's workbooks: one actor per name, nothing lost, conflicts kept, idempotent."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook
from workbooks import make_xlsx

from netkort.analysis import analyse
from netkort.cli import cli
from netkort.graph import actors
from netkort.merge import merge_files, write_merged
from netkort.network import load
from netkort.template import CONTACT_HEADERS

MAIN = SAMPLES / "hovedbibliotek.xlsx"
BRANCH = SAMPLES / "filial.xlsx"
HEADER = ["Navn", "Sektor", "Medarbejder", "Relation", "Rum", "Aftale", "Sidste kontakt"]


def values(path, sheet):
    """A sheet's rows as lists of values, header first."""
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def records(path, sheet="Kontakter"):
    """A sheet's rows as dicts by header, empty cells left out."""
    header, *rows = values(path, sheet)
    return [{h: v for h, v in zip(header, row, strict=True) if v is not None} for row in rows]


def merged_file(tmp_path, *paths, name="samlet.xlsx"):
    return write_merged(merge_files(paths), tmp_path / name)


@pytest.fixture
def groups(tmp_path):
    """Two workshop groups that both know Åby Roklub; the second as CSV, with its own column."""
    first = make_xlsx(tmp_path / "gruppe1.xlsx", {
        "Kontakter": [HEADER + ["Webside"],
                      ["Åby Roklub", "civilsamfund", "Mette Kjær", "partnerskab", "Læring", "kontrakt",
                       dt.date(2025, 3, 1), "roklub.dk"],
                      ["Bageriet", "privat", "Mette Kjær", "network", "inspiration", None, None, None]],
        "Relationer": [["Fra", "Til", "Relation"], ["Åby Roklub", "Bageriet", "netværk"]],
        "Medarbejdere": [["Navn", "Afdeling"], ["Mette Kjær", "Børn og unge"]]})
    second = tmp_path / "gruppe2.csv"
    second.write_text(
        "Navn;Sektor;Medarbejder;Relation;Rum;Aftale;Sidste kontakt;Facebook\n"
        "åby  roklub;privat;Jens Berg;Partnership;møderum;kontrakt;01-03-2025;fb.com/roklub\n"
        "Torup Kor;;Jens Berg;samarbejde;Det performative rum;;;\n", encoding="utf-8")
    return first, second


def test_the_same_actor_from_two_groups_is_one_actor_with_both_staff(groups, tmp_path):
    path = merged_file(tmp_path, *groups)
    rows = records(path)
    roklub = [r for r in rows if r["Navn"] == "Åby Roklub"]
    # identical relation values: Mette and Jens share the row
    assert len(roklub) == 1 and roklub[0]["Medarbejder"] == "Mette Kjær; Jens Berg"
    graph = load([path]).graph
    (actor,) = [a for a in actors(graph) if graph.nodes[a]["name"] == "Åby Roklub"]
    held = {graph.nodes[s]["name"]: graph.edges[s, actor]["level"] for s in graph.neighbors(actor)
            if graph.nodes[s]["kind"] == "staff"}
    assert held == {"Mette Kjær": "partnership", "Jens Berg": "partnership"}


def test_different_relations_to_one_actor_keep_a_row_each(tmp_path):
    one = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": [HEADER, ["Åby Skole", None, "Mette Kjær", "netværk"]]})
    two = make_xlsx(tmp_path / "b.xlsx", {"Kontakter": [HEADER, ["Åby Skole", None, "Jens Berg", "partnerskab"]]})
    path = merged_file(tmp_path, one, two)
    assert [(r["Medarbejder"], r["Relation"]) for r in records(path)] == [
        ("Mette Kjær", "netværk"), ("Jens Berg", "partnerskab")]
    graph = load([path]).graph
    (actor,) = actors(graph)
    assert graph.nodes[actor]["level"] == "partnership"
    assert sorted(graph.edges[s, actor]["level"] for s in graph.neighbors(actor)) == ["network", "partnership"]


def test_a_conflict_is_kept_and_reported(groups, tmp_path):
    path = merged_file(tmp_path, *groups)
    (roklub,) = [r for r in records(path) if r["Navn"] == "Åby Roklub"]
    assert roklub["Sektor"] == "civilsamfund"
    assert roklub["Sektor (anden værdi)"] == "privat"
    problems = records(path, "Problemer")
    (conflict,) = [p for p in problems if p["Hvad"] == "konflikt"]
    assert conflict == {
        "Hvad": "konflikt", "Gælder": "Åby Roklub",
        "Besked": "'Åby Roklub' har forskellige værdier i 'Sektor': civilsamfund / privat. 'civilsamfund' "
                  "står i 'Sektor', resten i 'Sektor (anden værdi)'.",
        "Fil": "gruppe2.csv", "Række": 2, "Række i samlet": 2}
    (merged,) = [p for p in problems if p["Hvad"] == "sammenlagt"]
    assert merged["Besked"] == ("'Åby Roklub' stod på 2 rækker (gruppe1.xlsx › Kontakter række 2; "
                                "gruppe2.csv række 2); nu én aktør på række 2 i Kontakter.")
    assert (merged["Fil"], merged["Ark"], merged["Række"]) == ("gruppe1.xlsx", "Kontakter", 2)


def test_every_column_survives_including_custom_ones(groups, tmp_path):
    path = merged_file(tmp_path, *groups)
    header = values(path, "Kontakter")[0]
    assert header == CONTACT_HEADERS + ["Webside", "Facebook", "Sektor (anden værdi)"]
    rows = {r["Navn"]: r for r in records(path)}
    assert rows["Åby Roklub"]["Webside"] == "roklub.dk"
    assert rows["Åby Roklub"]["Facebook"] == "fb.com/roklub"
    assert rows["Åby Roklub"]["Rum"] == "Læringsrummet; Møderummet"
    assert "Webside" not in rows["Torup Kor"]


def test_values_are_written_as_the_template_offers_them(groups, tmp_path):
    path = merged_file(tmp_path, *groups)
    rows = {r["Navn"]: r for r in records(path)}
    assert rows["Bageriet"]["Relation"] == "netværk"  # was "network"
    assert rows["Bageriet"]["Rum"] == "Inspirationsrummet"
    assert rows["Bageriet"]["Sektor"] == "privat"
    assert rows["Torup Kor"]["Rum"] == "Det performative rum"
    assert rows["Åby Roklub"]["Aftale"] == "kontrakt"
    sheet = load_workbook(path)["Kontakter"]
    date = sheet.cell(row=2, column=CONTACT_HEADERS.index("Sidste kontakt") + 1)
    assert date.value == dt.datetime(2025, 3, 1) and date.number_format == "dd-mm-yyyy"


def test_relations_and_staff_are_merged(groups, tmp_path):
    path = merged_file(tmp_path, *groups)
    assert values(path, "Relationer") == [["Fra", "Til", "Relation", "Note"],
                                          ["Åby Roklub", "Bageriet", "netværk", None]]
    assert values(path, "Medarbejdere") == [["Navn", "Afdeling", "E-mail"], ["Mette Kjær", "Børn og unge", None]]


def test_a_repeated_relation_is_written_once_in_the_actors_spelling(tmp_path):
    sheets = lambda rel: {"Kontakter": [["Navn"], ["Åby Roklub"], ["Bageriet"]],  # noqa: E731
                          "Relationer": [["Fra", "Til", "Relation"], rel]}
    one = make_xlsx(tmp_path / "a.xlsx", sheets(["åby roklub", "Bageriet", "netværk"]))
    two = make_xlsx(tmp_path / "b.xlsx", sheets(["Bageriet", "Åby Roklub", "netværk"]))
    path = merged_file(tmp_path, one, two)
    assert values(path, "Relationer")[1:] == [["Åby Roklub", "Bageriet", "netværk", None]]


def test_one_staff_member_holding_an_actor_two_ways_is_reported(tmp_path):
    one = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": [HEADER, ["Åby Skole", None, "Mette Kjær", "netværk"]]})
    two = make_xlsx(tmp_path / "b.xlsx", {"Kontakter": [HEADER, ["Åby Skole", None, "mette kjær", "partnerskab"]]})
    path = merged_file(tmp_path, one, two)
    assert [(r["Medarbejder"], r["Relation"]) for r in records(path)] == [
        ("Mette Kjær", "netværk"), ("mette kjær", "partnerskab")]
    messages = [p["Besked"] for p in records(path, "Problemer") if p["Hvad"] == "konflikt"]
    assert messages == ["Mette Kjær har 2 forskellige relationer til 'Åby Skole' (rækker 2, 3 i Kontakter); "
                        "alle er gemt."]


def test_a_pair_with_two_different_relations_keeps_both(tmp_path):
    sheets = lambda level: {"Kontakter": [["Navn"], ["Åby Roklub"], ["Bageriet"]],  # noqa: E731
                            "Relationer": [["Fra", "Til", "Relation"], ["Åby Roklub", "Bageriet", level]]}
    path = merged_file(tmp_path, make_xlsx(tmp_path / "a.xlsx", sheets("netværk")),
                       make_xlsx(tmp_path / "b.xlsx", sheets("samarbejde")))
    assert [row[2] for row in values(path, "Relationer")[1:]] == ["netværk", "samarbejde"]
    messages = [p["Besked"] for p in records(path, "Problemer") if p["Hvad"] == "konflikt"]
    assert messages == ["Relationen 'Åby Roklub' – 'Bageriet' står med forskellige værdier: "
                        "netværk / samarbejde; alle er gemt."]


def test_namesakes_in_two_departments_stay_two_staff_rows(tmp_path):
    staff = lambda dept: {"Kontakter": [["Navn", "Medarbejder"], ["Åby Roklub", "Bo Jensen"]],  # noqa: E731
                          "Medarbejdere": [["Navn", "Afdeling"], ["Bo Jensen", dept]]}
    one = make_xlsx(tmp_path / "a.xlsx", staff("Voksne"))
    two = make_xlsx(tmp_path / "b.xlsx", staff("Børn"))
    three = make_xlsx(tmp_path / "c.xlsx", {"Kontakter": [["Navn"], ["X"]],
                                            "Medarbejdere": [["Navn", "Afdeling"], ["bo jensen", None]]})
    path = merged_file(tmp_path, one, two, three)
    assert values(path, "Medarbejdere")[1:] == [["Bo Jensen", "Voksne", None], ["Bo Jensen", "Børn", None]]


def test_unreadable_cells_are_written_back_as_they_were(tmp_path):
    source = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": [
        ["Navn", "Relation", "Rum", "Indflydelse", "Sidste kontakt"],
        ["Åby Roklub", "samarbejd", "Læring; Haven", "7", "31-13-2024"]]})
    path = merged_file(tmp_path, source)
    (row,) = records(path)
    assert (row["Relation"], row["Rum"], row["Indflydelse"], row["Sidste kontakt"]) == (
        "samarbejd", "Læringsrummet; Haven", "7", "31-13-2024")
    errors = lambda p: Counter((x.code, x.params.get("value")) for x in load([p]).problems  # noqa: E731
                               if x.severity == "error")
    assert errors(path) == errors(source)


def test_formulas_stay_text(tmp_path):
    source = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Noter", "Webside"],
        ["=1+1", "=HYPERLINK(\"x\")", "=cmd|' /C calc'!A0", "=WEBSERVICE(\"http://x\")"]]})
    sheet = load_workbook(merged_file(tmp_path, source))["Kontakter"]
    cells = [cell for cell in sheet[2] if cell.value is not None]
    assert [c.value for c in cells] == ["=1+1", "=HYPERLINK(\"x\")", "=cmd|' /C calc'!A0",
                                        "=WEBSERVICE(\"http://x\")"]
    assert {c.data_type for c in cells} == {"s"}


def sheets_content(path):
    return {name: values(path, name) for name in ("Kontakter", "Relationer", "Medarbejdere")}


def test_merging_twice_changes_nothing(groups, tmp_path):
    once = merged_file(tmp_path, *groups, name="once.xlsx")
    twice = merged_file(tmp_path, once, name="twice.xlsx")
    assert sheets_content(twice) == sheets_content(once)


def test_the_samples_merge(tmp_path):
    merged = merge_files([MAIN, BRANCH])
    # 300 + 40 actors, three of them in both libraries
    assert merged.actors == 337
    assert len(merged.contacts.rows) == 343  # six actors are held in two different ways
    assert (len(merged.relations.rows), len(merged.staff.rows)) == (60, 10)
    assert (merged.count("merged"), merged.count("conflict"), merged.count("duplicate")) == (7, 1, 2)
    (conflict,) = [n for n in merged.notes if n.kind == "conflict"]
    assert conflict.message == ("'Åby Avis' har forskellige værdier i 'Indflydelse': 4 / 3. '4' står i "
                                "'Indflydelse', resten i 'Indflydelse (anden værdi)'.")
    assert (conflict.file, conflict.sheet, conflict.row) == (str(BRANCH), "Kontakter", 20)


def test_the_merged_samples_pass_check_and_hold_the_same_network(tmp_path):
    path = merged_file(tmp_path, MAIN, BRANCH)
    before, after = load([MAIN, BRANCH]), load([path])
    errors = lambda net: Counter((p.code, p.params.get("value")) for p in net.problems  # noqa: E731
                                 if p.severity == "error")
    assert errors(after) == errors(before) and sum(errors(after).values()) == 3
    # the same graph: every node and edge with the same attributes (sources aside)
    strip = lambda data: {k: v for k, v in data.items() if k not in ("sources", "custom", "conflicts")}  # noqa: E731
    assert {n: strip(d) for n, d in after.graph.nodes(data=True)} == \
        {n: strip(d) for n, d in before.graph.nodes(data=True)}
    edges = lambda g: {frozenset((u, v)): d for u, v, d in g.edges(data=True)}  # noqa: E731
    assert edges(after.graph) == edges(before.graph)
    # the sample's checklist (30 rows) and candidates (6) come through: the same analysis of them
    assert [(r.sheet, r.rows) for r in after.data.readings if r.kind in ("checklist", "candidates")] == [
        ("Tjekliste", 30), ("Kandidater", 6)]
    together, merged = analyse(before, as_of=dt.date(2025, 10, 1)), analyse(after, as_of=dt.date(2025, 10, 1))
    assert merged.checklist.to_dict() == together.checklist.to_dict()
    assert merged.candidates.to_dict() == together.candidates.to_dict()
    # and merging again changes nothing
    again = merged_file(tmp_path, path, name="igen.xlsx")
    assert sheets_content(again) == sheets_content(path)
    assert values(again, "Tjekliste") == values(path, "Tjekliste")
    assert values(again, "Kandidater") == values(path, "Kandidater")


def test_cli_merge(runner, tmp_path):
    out = tmp_path / "samlet.xlsx"
    result = runner.invoke(cli, ["saml", str(MAIN), str(BRANCH), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Skrev {out}: 337 aktører på 343 rækker, 60 relationer, 10 medarbejdere, "
                             "30 på tjeklisten, 6 kandidater.\n"
                             "7 sammenlagt, 1 konflikt, 2 mulige dubletter; se arket Problemer.\n")
    assert load_workbook(out).sheetnames == ["Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Kandidater",
                                             "Problemer"]


def test_cli_merge_needs_an_xlsx_name(runner, tmp_path):
    result = runner.invoke(cli, ["merge", str(BRANCH), "-o", str(tmp_path / "samlet.csv")])
    assert result.exit_code == 2
    assert "skal ende på .xlsx" in result.stderr


def test_a_bad_value_set_aside_by_merge_is_still_checked(tmp_path):
    from workbooks import make_xlsx

    header = ["Navn", "Medarbejder", "Relation", "Indflydelse"]
    a = make_xlsx(tmp_path / "g1.xlsx", {"K": [header, ["Skole", "Jens", "netværk", 7]]})
    b = make_xlsx(tmp_path / "g2.xlsx", {"K": [header, ["Skole", "Bo", "netværk", 2]]})
    merged = write_merged(merge_files([a, b]), tmp_path / "samlet.xlsx")
    errors = {(p.code, p.field, p.params["value"]) for p in load([merged]).problems if p.severity == "error"}
    assert errors == {("bad-score", "Indflydelse (anden værdi)", "7")}
