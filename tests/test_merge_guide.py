"""Merging workbooks that carry the guide's sheets Tjekliste and Kandidater: nothing lost, one row per
partnership or candidate, conflicting answers kept in "(anden værdi)" and listed, idempotent, and the
workshop's "Hent projektmappe" keeps them too."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from workbooks import make_xlsx

from netkort.analysis import analyse
from netkort.cli import cli
from netkort.merge import merge_files, write_merged
from netkort.network import load
from netkort.template import candidate_headers, checklist_headers
from netkort.workshop.store import Store

AS_OF = dt.date(2025, 10, 1)
HEADINGS = checklist_headers("da")[1:-1]  # the nine headings, as the template writes them
TJEK = ["Partnerskab", *HEADINGS, "Noter"]
KAND = ["Kandidat", "Udfylder", "Spørgsmål 1", "Spørgsmål 14", "Beslutning"]
CONTACTS = [["Navn", "Medarbejder", "Relation"], ["Åby Sprogcenter", "Mette Kjær", "partnerskab"],
            ["Lektiecaféen", "Jens Berg", "partnerskab"], ["Åby Roklub", "Jens Berg", "partnerskab"]]
ROKLUB = ["Åby Roklub", *["ja"] * 9, None]


def values(path, sheet):
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def problems_on(path, *sheets):
    """The Problemer rows about the given input sheets, as dicts without empty cells."""
    header, *rows = values(path, "Problemer")
    found = [{h: v for h, v in zip(header, row, strict=True) if v is not None} for row in rows]
    return [p for p in found if p.get("Ark") in sheets]


@pytest.fixture
def groups(tmp_path):
    """Two groups: both answer Åby Sprogcenter (one answer differs, one fills the other's blank, 'x' is
    'ja'), both have the same Åby Roklub row, only the second has Lektiecaféen; both assess Åby
    Festival and decide differently. The first has an extra column Ansvarlig."""
    first = make_xlsx(tmp_path / "gruppe1.xlsx", {
        "Kontakter": CONTACTS,
        "Tjekliste": [[*TJEK, "Ansvarlig"],
                      ["Åby Sprogcenter", "ja", "delvis", "ja", "x", None, "ja", "ja", "nej", "ja",
                       "Aftale i marts", "Mette"],
                      [*ROKLUB, None]],
        "Kandidater": [KAND, ["Åby Festival", "Det performative rum", "ja", "nej", "til"],
                       ["Bjerre Bio", "Møderummet", "ved ikke", "ja", "ikke besluttet"]]})
    second = make_xlsx(tmp_path / "gruppe2.xlsx", {
        "Kontakter": CONTACTS,
        "Tjekliste": [TJEK,
                      ["åby sprogcenter", "Ja", "delvis", "nej", "ja", "delvis", "ja", "ja", "nej", "ja",
                       "Aftale i marts"],
                      ["Lektiecaféen", "nej", "nej", "nej", "ja", "ja", "ja", "ja", "ja", "ja", None],
                      ROKLUB],
        "Kandidater": [KAND, ["Åby Festival", "Det performative rum", "ja", "nej", "fra"]]})
    return first, second


def test_the_checklist_is_one_row_per_partnership_with_conflicts_kept(groups, tmp_path):
    path = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    assert load_workbook(path).sheetnames == ["Kontakter", "Relationer", "Medarbejdere", "Tjekliste",
                                              "Kandidater", "Problemer"]
    assert values(path, "Tjekliste") == [
        [*checklist_headers("da"), "Ansvarlig", "Evalueringsplanen (anden værdi)"],
        ["Åby Sprogcenter", "ja", "delvis", "ja", "ja", "delvis", "ja", "ja", "nej", "ja", "Aftale i marts",
         "Mette", "nej"],
        [*ROKLUB, None, None],  # the same row from both groups, once
        ["Lektiecaféen", "nej", "nej", "nej", "ja", "ja", "ja", "ja", "ja", "ja", None, None, None]]
    assert values(path, "Kandidater") == [
        [*candidate_headers("da"), "Beslutning (anden værdi)"],
        ["Åby Festival", "Det performative rum", "ja", *[None] * 12, "nej", "til", None, "fra"],
        ["Bjerre Bio", "Møderummet", "ved ikke", *[None] * 12, "ja", "ikke besluttet", None, None]]


def test_the_problemer_sheet_lists_what_was_combined_and_what_differs(groups, tmp_path):
    path = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    assert problems_on(path, "Tjekliste", "Kandidater") == [
        {"Hvad": "sammenlagt", "Gælder": "Åby Sprogcenter",
         "Besked": "'Åby Sprogcenter' stod på 2 rækker (gruppe1.xlsx › Tjekliste række 2; gruppe2.xlsx › "
                   "Tjekliste række 2); nu én række på arket Tjekliste (række 2).",
         "Fil": "gruppe1.xlsx", "Ark": "Tjekliste", "Række": 2, "Række i samlet": 2},
        {"Hvad": "sammenlagt", "Gælder": "Åby Roklub",
         "Besked": "'Åby Roklub' stod på 2 rækker (gruppe1.xlsx › Tjekliste række 3; gruppe2.xlsx › "
                   "Tjekliste række 4); nu én række på arket Tjekliste (række 3).",
         "Fil": "gruppe1.xlsx", "Ark": "Tjekliste", "Række": 3, "Række i samlet": 3},
        {"Hvad": "sammenlagt", "Gælder": "Åby Festival",
         "Besked": "'Åby Festival' stod på 2 rækker (gruppe1.xlsx › Kandidater række 2; gruppe2.xlsx › "
                   "Kandidater række 2); nu én række på arket Kandidater (række 2).",
         "Fil": "gruppe1.xlsx", "Ark": "Kandidater", "Række": 2, "Række i samlet": 2},
        {"Hvad": "konflikt", "Gælder": "Åby Sprogcenter",
         "Besked": "'Åby Sprogcenter' har forskellige værdier i 'Evalueringsplanen' på arket Tjekliste: ja / nej. "
                   "'ja' står i 'Evalueringsplanen', resten i 'Evalueringsplanen (anden værdi)'.",
         "Fil": "gruppe2.xlsx", "Ark": "Tjekliste", "Række": 2, "Række i samlet": 2},
        {"Hvad": "konflikt", "Gælder": "Åby Festival",
         "Besked": "'Åby Festival' har forskellige værdier i 'Beslutning' på arket Kandidater: til / fra. "
                   "'til' står i 'Beslutning', resten i 'Beslutning (anden værdi)'.",
         "Fil": "gruppe2.xlsx", "Ark": "Kandidater", "Række": 2, "Række i samlet": 2}]


def test_check_and_analyse_read_the_merged_workbook_as_the_inputs(groups, tmp_path):
    path = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    before, after = load(list(groups)), load([path])
    # the inputs repeat three names across files; the merged workbook has each once, and nothing new
    assert [(p.code, p.sheet, p.params["name"]) for p in before.problems if p.sheet in ("Tjekliste", "Kandidater")] \
        == [("guide-repeated", "Tjekliste", "Åby Sprogcenter"), ("guide-repeated", "Tjekliste", "Åby Roklub"),
            ("guide-repeated", "Kandidater", "Åby Festival")]
    assert [p for p in after.problems if p.sheet in ("Tjekliste", "Kandidater")] == []
    assert [(r.sheet, r.kind, r.rows) for r in after.data.readings][3:] == [("Tjekliste", "checklist", 3),
                                                                          ("Kandidater", "candidates", 2)]
    together, merged = analyse(before, as_of=AS_OF), analyse(after, as_of=AS_OF)
    assert merged.checklist.to_dict() == together.checklist.to_dict()
    assert merged.candidates.to_dict() == together.candidates.to_dict()
    evaluation = {r.name: r.answers["evaluation"].value for r in merged.checklist.reviews}
    assert evaluation == {"Lektiecaféen": "no", "Åby Roklub": "yes", "Åby Sprogcenter": "yes"}


def test_merging_again_changes_nothing_and_a_third_answer_joins_the_other_values(groups, tmp_path):
    once = write_merged(merge_files(groups), tmp_path / "once.xlsx")
    twice = write_merged(merge_files([once]), tmp_path / "twice.xlsx")
    for sheet in ("Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Kandidater"):
        assert values(twice, sheet) == values(once, sheet), sheet
    assert problems_on(twice, "Tjekliste", "Kandidater") == []
    third = make_xlsx(tmp_path / "gruppe3.xlsx", {
        "Kontakter": CONTACTS, "Tjekliste": [TJEK, ["Åby Sprogcenter", None, None, "delvist"]]})
    again = write_merged(merge_files([once, third]), tmp_path / "again.xlsx")
    assert values(again, "Tjekliste")[1][3:4] + values(again, "Tjekliste")[1][-1:] == ["ja", "nej; delvis"]
    assert [p["Besked"] for p in problems_on(again, "Tjekliste") if p["Hvad"] == "konflikt"] == [
        "'Åby Sprogcenter' har forskellige værdier i 'Evalueringsplanen' på arket Tjekliste: ja / delvis. "
        "'ja' står i 'Evalueringsplanen', resten i 'Evalueringsplanen (anden værdi)'."]


def test_in_english_and_back(groups, tmp_path):
    english = write_merged(merge_files(groups, lang="en"), tmp_path / "merged.xlsx")
    assert load_workbook(english).sheetnames == ["Contacts", "Relations", "Staff", "Checklist",
                                                 "Candidates", "Problems"]
    rows = values(english, "Checklist")
    assert rows[0] == [*checklist_headers("en"), "Ansvarlig", "Evaluation plan (other value)"]
    assert rows[1] == ["Åby Sprogcenter", "yes", "partly", "yes", "yes", "partly", "yes", "yes", "no", "yes",
                       "Aftale i marts", "Mette", "no"]
    assert values(english, "Candidates")[1][-4:] == ["no", "yes", None, "no"]
    conflicts = [n.message for n in merge_files(groups, lang="en").notes if n.kind == "conflict" and n.sheet]
    assert conflicts[0] == ("'Åby Sprogcenter' has different values in 'Evaluation plan' on the sheet Checklist: "
                            "yes / no. 'yes' is in 'Evaluation plan', the rest in 'Evaluation plan (other value)'.")
    danish = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    back = write_merged(merge_files([english]), tmp_path / "tilbage.xlsx")
    assert values(back, "Tjekliste") == values(danish, "Tjekliste")
    assert values(back, "Kandidater") == values(danish, "Kandidater")
    assert analyse(load([english]), as_of=AS_OF).checklist.to_dict() == \
        analyse(load([danish]), as_of=AS_OF).checklist.to_dict()


def test_an_unreadable_answer_is_written_back_and_still_checked(tmp_path):
    one = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": CONTACTS,
                                          "Tjekliste": [TJEK, ["Åby Sprogcenter", "måske ja", "ja"]]})
    two = make_xlsx(tmp_path / "b.xlsx", {"Kontakter": CONTACTS,
                                          "Tjekliste": [TJEK, ["Åby Sprogcenter", "ja", "ja"]]})
    lone = write_merged(merge_files([one]), tmp_path / "alene.xlsx")
    assert values(lone, "Tjekliste")[1][:3] == ["Åby Sprogcenter", "måske ja", "ja"]
    both = write_merged(merge_files([one, two]), tmp_path / "samlet.xlsx")
    assert values(both, "Tjekliste")[0][-1] == "Partnerskabets formål (anden værdi)"
    assert values(both, "Tjekliste")[1][:3] + values(both, "Tjekliste")[1][-1:] == [
        "Åby Sprogcenter", "ja", "ja", "måske ja"]
    errors = lambda path: [(p.code, p.sheet, p.row, p.field, p.params["value"])  # noqa: E731
                           for p in load([path]).problems if p.severity == "error"]
    assert errors(one) == [("unknown-answer", "Tjekliste", 2, "Partnerskabets formål", "måske ja")]
    assert errors(lone) == errors(one)
    assert errors(both) == [("unknown-answer", "Tjekliste", 2, "Partnerskabets formål (anden værdi)", "måske ja")]
    (error,) = [p for p in problems_on(both, "Tjekliste") if p["Hvad"] == "fejl i input"]
    assert (error["Gælder"], error["Fil"], error["Række"], error["Række i samlet"]) == (
        "Åby Sprogcenter", "a.xlsx", 2, 2)


def test_no_empty_sheet_when_no_input_has_rows(tmp_path):
    plain = make_xlsx(tmp_path / "a.xlsx", {"Kontakter": CONTACTS})
    assert load_workbook(write_merged(merge_files([plain]), tmp_path / "s1.xlsx")).sheetnames == [
        "Kontakter", "Relationer", "Medarbejdere", "Problemer"]
    checked = make_xlsx(tmp_path / "b.xlsx", {"Kontakter": CONTACTS, "Tjekliste": [TJEK, ROKLUB]})
    merged = merge_files([plain, checked])
    assert (merged.checklist.rows, merged.candidates) == ([ROKLUB], None)
    assert load_workbook(write_merged(merged, tmp_path / "s2.xlsx")).sheetnames == [
        "Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Problemer"]


def test_cli_merge_counts_the_guides_rows(groups, runner, tmp_path):
    out = tmp_path / "samlet.xlsx"
    result = runner.invoke(cli, ["merge", *map(str, groups), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Skrev {out}: 3 aktører på 3 rækker, 0 relationer, 0 medarbejdere, "
                             "3 på tjeklisten, 2 kandidater.\n"
                             "6 sammenlagt, 2 konflikter, 0 mulige dubletter; se arket Problemer.\n")
    result = runner.invoke(cli, ["merge", *map(str, groups), "-o", str(tmp_path / "merged.xlsx"), "--lang", "en"])
    assert result.stdout.splitlines()[0].endswith("0 staff members, 3 on the checklist, 2 candidates.")
    result = runner.invoke(cli, ["check", str(out)])
    assert result.exit_code == 0, result.output


def test_the_workshop_download_keeps_the_preloaded_guide_sheets(groups, tmp_path):
    store = Store(tmp_path / "w.sqlite")
    try:
        store.add_files(groups)
        mette = store.join("Mette Kjær")[0]
        store.add(mette, {"name": "Musikskolen", "level": "samarbejde"})
        out = store.export(tmp_path / "ud.xlsx")
        data, _ = store.preloaded()
        assert [(r.source.file, r.source.row) for r in data.checklist] == [
            ("gruppe1.xlsx", 2), ("gruppe1.xlsx", 3), ("gruppe2.xlsx", 2), ("gruppe2.xlsx", 3), ("gruppe2.xlsx", 4)]
        assert len(store.dataset()[0].candidates) == 3
    finally:
        store.close()
    book = load_workbook(out)
    assert book.sheetnames == ["Kontakter", "Medarbejdere", "Tjekliste", "Kandidater", "Problemer"]
    merged = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    assert values(out, "Tjekliste") == values(merged, "Tjekliste")
    assert values(out, "Kandidater") == values(merged, "Kandidater")
    # the stored files' own names, not the temporary folder's
    assert [(p["Hvad"], p["Fil"], p["Række"]) for p in problems_on(out, "Tjekliste", "Kandidater")] == [
        ("sammenlagt", "gruppe1.xlsx", 2), ("sammenlagt", "gruppe1.xlsx", 3), ("sammenlagt", "gruppe1.xlsx", 2),
        ("konflikt", "gruppe2.xlsx", 2), ("konflikt", "gruppe2.xlsx", 2)]
    network = load([out])
    assert [p for p in network.problems if p.sheet in ("Tjekliste", "Kandidater")] == []
    assert analyse(network, as_of=AS_OF).checklist.to_dict() == \
        analyse(load(list(groups)), as_of=AS_OF).checklist.to_dict()
