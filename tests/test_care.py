"""The care list ("Har du tjek på…"): agreements, evaluations, silence, key persons, duplicates."""

from __future__ import annotations

import datetime as dt

from handbuilt import actor, network

from netkort.care import care, months_before, months_between, staff_load
from netkort.duplicates import similar_names
from netkort.text import by_name

AS_OF = dt.date(2025, 10, 1)


def test_a_partnership_held_by_one_person_is_a_key_person_risk():
    graph = network(
        actor("Museet", "Mette", level="partnership"),
        actor("Teatret", "Mette", "Jens", level="partnership"),
        actor("Koret", "Jens", level="network"),
        actor("Festivalen", level="partnership"),  # linked straight to the library
    )
    found = care(graph, AS_OF)
    assert [(h.name, h.staff) for h in found.key_person] == [("Museet", ("Mette",))]
    assert [(h.name, h.staff) for h in found.multi_staff] == [("Teatret", ("Jens", "Mette"))]
    assert [h.name for h in found.no_staff] == ["Festivalen"]
    data = found.to_dict()
    assert data["key_person"] == ["Museet"]
    assert data["multi_staff"] == [{"name": "Teatret", "staff": ["Jens", "Mette"]}]


def test_partnerships_without_an_agreement():
    graph = network(
        actor("Ingen", "Mette", level="partnership", agreement="none"),
        actor("Tom", "Mette", level="partnership"),
        actor("Mundtlig", "Mette", level="partnership", agreement="oral"),
        actor("Samarbejde uden", "Mette", level="cooperation", agreement="none"),
    )
    found = care(graph, AS_OF)
    assert [(m.name, m.agreement) for m in found.missing_agreement] == [("Ingen", "none"), ("Tom", None)]


def test_evaluation_missing_or_due():
    graph = network(
        actor("Uden plan", "Mette", level="partnership"),
        actor("Overskredet", "Mette", level="partnership", next_evaluation=dt.date(2025, 3, 1)),
        actor("I dag", "Mette", level="partnership", next_evaluation=AS_OF),
        actor("Senere", "Mette", level="partnership", next_evaluation=dt.date(2026, 1, 15)),
        actor("Netværk", "Mette", level="network"),
    )
    due = care(graph, AS_OF).evaluation_due
    assert [(e.name, e.reason) for e in due] == [("Uden plan", "missing"), ("Overskredet", "due"),
                                                 ("I dag", "due")]
    assert due[1].to_dict()["next_evaluation"] == "2025-03-01"


def test_stale_relations_counted_from_as_of():
    graph = network(
        actor("Gammel", "Mette", level="network", last_contact=dt.date(2024, 8, 20)),
        actor("Gammel partner", "Jens", level="partnership", last_contact=dt.date(2024, 9, 30)),
        actor("Frisk", "Mette", level="cooperation", last_contact=dt.date(2024, 11, 1)),
        actor("Aldrig noteret", "Mette", level="network"),
    )
    stale = care(graph, AS_OF).stale
    # partnerships first, then the longest silence; the day 12 months back is still fresh
    assert [(s.name, s.months) for s in stale] == [("Gammel partner", 12), ("Gammel", 13)]
    assert stale[0].to_dict() == {"name": "Gammel partner", "staff": ["Jens"], "level": "partnership",
                                  "last_contact": "2024-09-30", "months": 12}
    assert [s.name for s in care(graph, dt.date(2025, 10, 2)).stale] == ["Gammel partner", "Gammel"]
    assert [s.name for s in care(graph, dt.date(2025, 8, 1)).stale] == []
    assert [s.name for s in care(graph, AS_OF, stale_months=6).stale] == [
        "Gammel partner", "Frisk", "Gammel"]


def test_possible_duplicates_reuse_similar_names():
    names = ["Åby Avis", "Åby Avisen", "Kragelund Kammerkor"]
    graph = network(*(actor(n, "Mette", level="network") for n in names))
    found = care(graph, AS_OF)
    assert [(d.names, d.score) for d in found.duplicates] == [((a, b), s) for a, b, s in similar_names(names)]
    assert found.to_dict()["duplicates"] == [{"names": ["Åby Avis", "Åby Avisen"], "score": 88}]


def test_staff_load_counts_relations_by_level():
    graph = network(
        actor("A", "Mette", level="partnership"),
        actor("B", "Mette", "Jens", level="network"),
        actor("C", "Mette", level="cooperation"),
        staff=("Sofie",),
    )
    loads = staff_load(graph)
    assert [(load.name, load.total, load.levels["partnership"]) for load in loads] == [
        ("Mette", 3, 1), ("Jens", 1, 0), ("Sofie", 0, 0)]
    assert care(graph, AS_OF).to_dict()["staff_load"]["Mette"] == {
        "network": 1, "cooperation": 1, "partnership": 1, "total": 3}


def test_calendar_months():
    assert months_before(dt.date(2025, 3, 31), 1) == dt.date(2025, 2, 28)
    assert months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2025, 1, 15), 12) == dt.date(2024, 1, 15)
    assert months_between(dt.date(2024, 9, 30), dt.date(2025, 10, 1)) == 12
    assert months_between(dt.date(2024, 10, 2), dt.date(2025, 10, 1)) == 11


def test_names_sort_in_danish_order():
    assert sorted(["Åby", "Ærø", "Zoo", "Ølstykke", "abc"], key=by_name) == ["abc", "Zoo", "Ærø", "Ølstykke", "Åby"]


def test_the_checklist_reads_the_partnership_relation_not_the_looser_ones(tmp_path):
    # Mette holds a partnership with no agreement and no evaluation; Jens a network contact with a
    # contract and a future evaluation. The partnership still rests on one person and lacks both.
    from workbooks import make_xlsx

    from netkort.network import load

    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation", "Aftale", "Næste evaluering"],
        ["Åby Roklub", "Mette Kjær", "partnerskab", "ingen", None],
        ["Åby Roklub", "Jens Berg", "netværk", "kontrakt", "01-01-2027"]]})
    found = care(load([path]).graph, as_of=dt.date(2026, 11, 1)).to_dict()
    assert found["key_person"] == ["Åby Roklub"]
    assert [item["name"] for item in found["missing_agreement"]] == ["Åby Roklub"]
    assert [item["name"] for item in found["evaluation_due"]] == ["Åby Roklub"]
    assert found["multi_staff"] == [{"name": "Åby Roklub", "staff": ["Jens Berg", "Mette Kjær"]}]
