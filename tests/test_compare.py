"""Development over time: new, lost, up, down, staff and spaces, on hand-made data and the samples."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.compare import compare, write_comparison
from netkort.graph import actors
from netkort.network import load

OLD_SAMPLE = SAMPLES / "hovedbibliotek-2024.xlsx"
NEW_SAMPLE = SAMPLES / "hovedbibliotek.xlsx"
HEADER = ["Navn", "Type", "Medarbejder", "Relation", "Rum", "E-mail"]
OLD = [
    ["Åby Roklub", "forening", "Mette Kjær", "netværk", "Læring", "roklub@eksempel.dk"],
    ["Bageriet", "virksomhed", "Mette Kjær", "samarbejde", "Inspiration", None],
    ["Åby Skole", "uddannelse", "Jens Berg", "partnerskab", "Inspiration", None],
    ["Torup Kor", "forening", "Jens Berg", "netværk", "Møderum", None],
    ["Egeris Museum", "kulturinstitution", "Henrik Skov", "samarbejde", "Inspiration", None],
    ["Gammel Klub", "forening", "Henrik Skov", "netværk", "Møderum", None],
    ["Ukendt Forening", "forening", "Jens Berg", None, None, None],
]
NEW = [
    [" åby  roklub", "forening", "Mette Kjær", "samarbejde", "Læring", "roklub@eksempel.dk"],
    ["Bageriet", "virksomhed", "Mette Kjær", "netværk", "Inspiration", None],
    ["Åby Skole", "uddannelse", "Jens Berg", "partnerskab", "Inspiration", None],
    ["Torup Kor", "forening", "Jens Berg", "partnerskab", "Læring; Møderum", None],
    ["Egeris Museum", "kulturinstitution", "Sofie Lund", "samarbejde", "Inspiration", None],
    ["Ny Forening", "forening", "Sofie Lund", "netværk", "Møderum", None],
    ["Ukendt Forening", "forening", "Jens Berg", "partnerskab", None, None],
]


def graph_of(tmp_path, name, rows):
    return load([make_xlsx(tmp_path / name, {"Kontakter": [HEADER, *rows]})]).graph


@pytest.fixture
def comparison(tmp_path):
    return compare(graph_of(tmp_path, "old.xlsx", OLD), graph_of(tmp_path, "new.xlsx", NEW))


def test_new_and_lost_actors(comparison):
    assert [(e.name, e.level, e.staff) for e in comparison.new] == [("Ny Forening", "network", ("Sofie Lund",))]
    assert [(e.name, e.level, e.staff) for e in comparison.lost] == [("Gammel Klub", "network", ("Henrik Skov",))]


def test_relations_moved_up_and_down(comparison):
    # matched by name whatever the case and spacing; strongest change first
    assert [(c.name, c.before, c.after) for c in comparison.upgraded] == [
        ("Torup Kor", "network", "partnership"), ("åby roklub", "network", "cooperation")]
    assert [(c.name, c.before, c.after) for c in comparison.downgraded] == [("Bageriet", "cooperation", "network")]


def test_an_unknown_level_has_not_moved(comparison):
    names = {c.name for c in comparison.upgraded + comparison.downgraded}
    assert "Ukendt Forening" not in names


def test_staff_who_joined_and_left(comparison):
    assert (comparison.joined, comparison.left) == (["Sofie Lund"], ["Henrik Skov"])


def test_coverage_before_and_after(comparison):
    assert comparison.coverage["learning"] == {
        "before": {"network": 1, "cooperation": 0, "partnership": 0},
        "after": {"network": 0, "cooperation": 1, "partnership": 1}}
    assert comparison.coverage["meeting"]["after"] == {"network": 1, "cooperation": 0, "partnership": 1}


def test_summary_in_words(comparison):
    assert comparison.summary("da") == [
        "Netværket har stadig 7 aktører.",
        "1 ny aktør kom til, og 1 forsvandt.",
        "2 relationer rykkede op i netværkscirklen, og 1 rykkede ned.",
        "Nu er der 3 partnerskaber (før 1), 2 samarbejder (før 2) og 2 netværksrelationer (før 3).",
        "Sofie Lund kom til, og Henrik Skov stoppede.",
        "Læringsrummet fik sit første partnerskab.",
        "Møderummet fik sit første partnerskab.",
        "Det performative rum har stadig ingen aktører.",
    ]
    assert comparison.summary("en")[:3] == [
        "The network still has 7 actors.", "1 actor is new and 1 was lost.",
        "2 relations moved up the network circle and 1 moved down."]


def test_to_dict_has_exactly_the_documented_keys(comparison):
    document = comparison.to_dict()
    assert list(document) == ["new", "lost", "upgraded", "downgraded", "staff", "coverage", "summary"]
    assert document["staff"] == {"joined": ["Sofie Lund"], "left": ["Henrik Skov"], "before": 3, "after": 3}
    assert document["downgraded"] == [{"name": "Bageriet", "before": "cooperation", "after": "network",
                                       "staff": ["Mette Kjær"]}]
    assert json.loads(json.dumps(document)) == document


def test_the_samples_known_differences():
    old, new = load([OLD_SAMPLE]).graph, load([NEW_SAMPLE]).graph
    result = compare(old, new)
    # built into sample_networks/generate.py: 60 new, 15 lost, 20 up, 5 down, one staff swap
    assert (len(result.new), len(result.lost), len(result.upgraded), len(result.downgraded)) == (60, 15, 20, 5)
    assert (result.joined, result.left) == (["Sofie Lund"], ["Henrik Skov"])
    assert (result.before.actors, result.after.actors) == (255, 300)
    assert result.summary()[:3] == ["Netværket voksede fra 255 til 300 aktører.",
                                    "60 nye aktører kom til, og 15 forsvandt.",
                                    "20 relationer rykkede op i netværkscirklen, og 5 rykkede ned."]
    assert "Sofie Lund kom til, og Henrik Skov stoppede." in result.summary()


def test_cli_json_equals_the_library_call(runner):
    result = runner.invoke(cli, ["compare", str(OLD_SAMPLE), str(NEW_SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    expected = compare(load([OLD_SAMPLE]), load([NEW_SAMPLE])).to_dict("da")
    assert json.loads(result.stdout) == json.loads(json.dumps(expected))


def test_cli_prints_the_summary_and_writes_the_page(runner, tmp_path):
    out = tmp_path / "udvikling.html"
    result = runner.invoke(cli, ["sammenlign", str(OLD_SAMPLE), str(NEW_SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Netværket voksede fra 255 til 300 aktører."
    assert lines[-1] == f"Skrev {out}"
    html = out.read_text(encoding="utf-8")
    assert "Rykket op i netværkscirklen<span class=\"n\"> · 20</span>" in html
    assert "<script" not in html


def test_the_page_carries_no_personal_fields(tmp_path):
    old, new = load([OLD_SAMPLE]).graph, load([NEW_SAMPLE]).graph
    html = write_comparison(compare(old, new), tmp_path / "u.html").read_text(encoding="utf-8")
    secrets = {value for graph in (old, new) for a in actors(graph)
               for field in ("email", "phone") for value in graph.nodes[a].get(field, ())}
    assert secrets and [s for s in secrets if s in html] == []
    assert "@" not in html.rsplit("</style>", 1)[1]


def test_a_hostile_name_stays_text(tmp_path):
    hostile = "<img src=x onerror=document.title='x'>"
    old = graph_of(tmp_path, "old.xlsx", OLD)
    new = graph_of(tmp_path, "new.xlsx", [*NEW, [hostile, "<b>x</b>", "Mette Kjær", "netværk", None, None]])
    html = write_comparison(compare(old, new), tmp_path / "u.html",
                            before_label="<i>old</i>").read_text(encoding="utf-8")
    assert "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;img src=x onerror=document.title=&#39;x&#39;&gt;" in html


def test_a_space_getting_its_first_actors_is_progress_not_a_decline(tmp_path):
    from workbooks import make_xlsx

    from netkort.compare import compare
    from netkort.network import load

    header = ["Navn", "Medarbejder", "Relation", "Rum"]
    old = make_xlsx(tmp_path / "old.xlsx", {"K": [header, ["A", "Bo", "netværk", "Læring"]]})
    new = make_xlsx(tmp_path / "new.xlsx", {"K": [header, ["A", "Bo", "netværk", "Læring"],
                                                  ["P", "Bo", "netværk", "Performativ"]]})
    summary = compare(load([old]).graph, load([new]).graph).summary("da")
    assert "Det performative rum har fået sine første aktører, men kun netværkskontakter." in summary
    assert not any("performative" in line and "(før" in line for line in summary)
