"""The interest analysis and the tag filter that narrows every analysis to one initiative."""

from __future__ import annotations

import datetime as dt

import pytest
from handbuilt import actor, network

from netkort.analysis import UnknownTagError, analyse, tagged
from netkort.graph import LIBRARY
from netkort.interest import QUADRANT_LABELS, interest, quadrant


def test_a_three_is_low_by_default_and_high_with_threshold_three():
    assert quadrant(3, 3) == "monitor"
    assert quadrant(3, 3, threshold=3) == "manage-closely"


@pytest.mark.parametrize(("influence", "concern", "expected"), [
    (5, 5, "manage-closely"), (4, 4, "manage-closely"), (5, 1, "keep-satisfied"),
    (4, 3, "keep-satisfied"), (1, 5, "keep-informed"), (3, 4, "keep-informed"), (1, 1, "monitor"),
])
def test_quadrants_at_the_default_threshold(influence, concern, expected):
    assert quadrant(influence, concern) == expected


def test_quadrant_names_follow_the_workshop_poster():
    assert QUADRANT_LABELS["da"] == {"manage-closely": "Ressourcepersoner", "keep-satisfied": "Grå eminencer",
                                     "keep-informed": "Gidsler", "monitor": "Eksterne interessenter"}


def test_actors_without_both_scores_are_not_assessed():
    graph = network(
        actor("Kommunen", "Mette", influence=5, interest=2),
        actor("Koret", "Jens", influence=3, interest=3),
        actor("Skolen", "Jens", influence=4),
        actor("Borger", "Jens"),
    )
    found = interest(graph)
    assert [(a.name, a.quadrant) for a in found.actors] == [("Kommunen", "keep-satisfied"),
                                                           ("Koret", "monitor")]
    assert found.not_assessed == ["Borger", "Skolen"]
    assert found.to_dict() == {
        "threshold": 4,
        "actors": [{"name": "Kommunen", "influence": 5, "interest": 2, "quadrant": "keep-satisfied"},
                   {"name": "Koret", "influence": 3, "interest": 3, "quadrant": "monitor"}],
        "not_assessed": ["Borger", "Skolen"],
    }
    assert interest(graph, threshold=3).by_quadrant()["manage-closely"][0].name == "Koret"


def _initiative_graph():
    return network(
        actor("Læsehunde", "Mette", level="partnership", spaces=["learning"], tags=["Læselyst 2025"],
              influence=4, interest=5),
        actor("Skolen", "Mette", "Jens", level="network", spaces=["learning"], tags=["læselyst 2025", "Sundhed"]),
        actor("Roklubben", "Sofie", level="partnership", spaces=["meeting"], tags=["Sundhed"]),
        relations=(("Læsehunde", "Skolen"), ("Skolen", "Roklubben")),
    )


def test_tag_filter_keeps_the_library_the_tagged_actors_and_their_staff():
    sub = tagged(_initiative_graph(), "LÆSELYST  2025")
    names = {data["name"] for _, data in sub.nodes(data=True)}
    assert names == {"Testbiblioteket", "Læsehunde", "Skolen", "Mette", "Jens"}
    assert LIBRARY in sub
    assert sub.has_edge("a:Læsehunde", "a:Skolen") and not sub.has_node("a:Roklubben")


def test_unknown_tag_names_the_tags_there_are():
    with pytest.raises(UnknownTagError) as raised:
        tagged(_initiative_graph(), "Læselyst 2026")
    assert raised.value.message("da") == ("ingen aktører har temaet 'Læselyst 2026'. Mente du "
                                          "'Læselyst 2025'? Temaer i data: Læselyst 2025, Sundhed")
    assert raised.value.exit_code == 2


def test_tag_restricts_every_analysis():
    found = analyse(_initiative_graph(), as_of=dt.date(2025, 10, 1), tag="læselyst 2025")
    assert found.summary.tag == "Læselyst 2025"  # as the data spells it
    assert found.summary.actors == 2 and found.summary.staff == 2
    assert found.coverage.counts("meeting")["partnership"] == 0  # Roklubben is not in the initiative
    assert [a.name for a in found.interest.actors] == ["Læsehunde"]
    assert [h.name for h in found.care.key_person] == ["Læsehunde"]
    assert [h.name for h in found.care.multi_staff] == ["Skolen"]
    assert found.structure.nodes == 4  # two actors, two staff
