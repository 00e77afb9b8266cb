"""Coverage of the library spaces, target groups and sectors, with gaps and candidates."""

from __future__ import annotations

from handbuilt import actor, network

from netkort.coverage import coverage, gap_kind, neighbours


def test_gap_kinds_per_space():
    graph = network(
        actor("Kunsthallen", "Mette", level="partnership", spaces=["inspiration"]),
        actor("Skolen", "Mette", level="cooperation", spaces=["learning"]),
        actor("Koret", "Jens", level="network", spaces=["performative"]),
        actor("Teatret", "Jens", level="network", spaces=["performative"]),
    )
    found = coverage(graph)
    assert found.counts("inspiration") == {"network": 0, "cooperation": 0, "partnership": 1}
    assert found.counts("performative") == {"network": 2, "cooperation": 0, "partnership": 0}
    assert [(g.space, g.kind) for g in found.gaps] == [
        ("learning", "no-partnership"),
        ("meeting", "uncovered"),
        ("performative", "no-cooperation-or-partnership"),
    ]
    assert found.spaces["performative"]["network"] == ["Koret", "Teatret"]


def test_gap_kind_of_a_cell():
    assert gap_kind({"network": 3, "cooperation": 0, "partnership": 0}) == "no-cooperation-or-partnership"
    assert gap_kind({"network": 0, "cooperation": 1, "partnership": 0}) == "no-partnership"
    assert gap_kind({"network": 0, "cooperation": 0, "partnership": 0}) == "uncovered"
    assert gap_kind({"network": 0, "cooperation": 0, "partnership": 2}) is None


def test_neighbours_share_an_aim():
    # performative = involvement + innovation: meeting shares involvement, inspiration innovation
    assert neighbours("performative") == ("inspiration", "meeting")
    assert neighbours("learning") == ("inspiration", "meeting")


def test_candidates_come_from_the_space_first_then_its_neighbours():
    graph = network(
        actor("Alfa Kor", "Mette", level="network", spaces=["performative"], influence=2, interest=5),
        actor("Beta Teater", "Jens", level="network", spaces=["performative"], influence=5, interest=1),
        actor("Cirkus", "Jens", level="network", spaces=["performative"]),
        actor("Dansehuset", "Mette", "Jens", level="partnership", spaces=["meeting"], influence=1),
        actor("Ekko Festival", "Sofie", level="cooperation", spaces=["inspiration"], influence=5),
        actor("Fjern Skole", "Sofie", level="partnership", spaces=["learning"], influence=5),
    )
    gap = coverage(graph).gap("performative")
    assert gap.kind == "no-cooperation-or-partnership"
    assert [(c.name, c.reason) for c in gap.candidates] == [
        ("Beta Teater", "same-space"),      # network, influence 5
        ("Alfa Kor", "same-space"),         # network, influence 2
        ("Cirkus", "same-space"),           # network, not scored
        ("Dansehuset", "neighbour-space"),  # partnership next door beats a cooperation
        ("Ekko Festival", "neighbour-space"),
    ]  # "Fjern Skole" serves learning, which shares no aim with the performative space
    assert gap.candidates[3].staff == ("Jens", "Mette")
    assert gap.candidates[3].spaces == ("meeting",)


def test_candidates_are_capped_per_kind():
    actors = [actor(f"Kor {i:02d}", "Mette", level="network", spaces=["performative"]) for i in range(12)]
    actors.append(actor("Naboen", "Jens", level="partnership", spaces=["meeting"]))
    gap = coverage(network(*actors), max_candidates=3).gap("performative")
    assert [c.name for c in gap.candidates] == ["Kor 00", "Kor 01", "Kor 02", "Naboen"]


def test_a_space_with_nobody_has_no_same_space_candidates():
    graph = network(actor("Skolen", "Mette", level="cooperation", spaces=["learning"]))
    gap = coverage(graph).gap("inspiration")
    assert gap.kind == "uncovered"
    assert [(c.name, c.reason) for c in gap.candidates] == [("Skolen", "neighbour-space")]


def test_partnerships_serving_no_space_do_not_contribute():
    graph = network(
        actor("Roklubben", "Mette", level="partnership"),
        actor("Bageren", "Jens", level="cooperation"),
        actor("Museet", "Jens", level="partnership", spaces=["inspiration"]),
    )
    found = coverage(graph)
    assert [(p.name, p.staff) for p in found.not_contributing] == [("Roklubben", ("Mette",))]
    assert found.without_space == 2
    assert found.to_dict()["not_contributing"] == [{"name": "Roklubben", "staff": ["Mette"]}]


def test_target_groups_and_sectors_by_space():
    graph = network(
        actor("Skolen", "Mette", level="partnership", spaces=["learning"], groups=["børn"], sector="public"),
        actor("Koret", "Jens", level="network", spaces=["meeting"], groups=["børn", "seniorer"],
              sector="civil"),
    )
    found = coverage(graph)
    assert list(found.groups) == ["børn", "seniorer"]
    assert found.groups["børn"]["learning"] == {"network": 0, "cooperation": 0, "partnership": 1}
    group_gaps = {(g.row, g.space): g.kind for g in found.group_gaps}
    assert ("børn", "learning") not in group_gaps
    assert group_gaps[("børn", "meeting")] == "no-cooperation-or-partnership"
    assert group_gaps[("seniorer", "learning")] == "uncovered"
    assert len(group_gaps) == 2 * 4 - 1
    # every sector is a row, even one nobody is in
    assert list(found.sectors) == ["public", "private", "civil"]
    sector_gaps = {(g.row, g.space): g.kind for g in found.sector_gaps}
    assert all(sector_gaps[("private", s)] == "uncovered"
               for s in ("inspiration", "learning", "meeting", "performative"))
    assert sector_gaps[("civil", "meeting")] == "no-cooperation-or-partnership"


def test_aims_count_each_actor_once():
    graph = network(
        actor("Festivalen", "Mette", level="partnership", spaces=["inspiration", "performative"]),
        actor("Skolen", "Jens", level="cooperation", spaces=["learning"]),
    )
    aims = coverage(graph).aims
    assert aims["innovation"] == {"network": 0, "cooperation": 0, "partnership": 1}
    assert aims["experience"] == {"network": 0, "cooperation": 1, "partnership": 1}
    assert aims["empowerment"] == {"network": 0, "cooperation": 1, "partnership": 0}
    assert aims["involvement"] == {"network": 0, "cooperation": 0, "partnership": 1}


def test_to_dict_has_the_documented_shape():
    graph = network(actor("Koret", "Jens", level="network", spaces=["performative"], influence=3,
                          interest=4, email=["kor@example.dk"], notes="Ring efter kl. 16"))
    data = coverage(graph).to_dict()
    assert set(data) == {"spaces", "gaps", "groups", "sectors", "aims", "not_contributing"}
    assert data["spaces"]["performative"] == {"network": 1, "cooperation": 0, "partnership": 0}
    performative = next(g for g in data["gaps"] if g["space"] == "performative")
    assert performative["candidates"] == [{
        "name": "Koret", "level": "network", "influence": 3, "interest": 4, "staff": ["Jens"],
        "reason": "same-space", "spaces": ["performative"]}]
    assert "kor@example.dk" not in str(data) and "Ring efter" not in str(data)
