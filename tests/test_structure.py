"""Structure: betweenness (exact, or a stated estimate), brokers between staff portfolios, clusters."""

from __future__ import annotations

import random

import igraph
import pytest
from handbuilt import actor, network

from netkort.structure import MIN_SOURCES, betweenness, structure, structure_graph


def _two_portfolios():
    """Mette's five learning contacts, Jens's five performative ones, and Broen held by both."""
    mette = [actor(f"Skole {i}", "Mette", level="network", spaces=["learning"], tags=["Læselyst"])
             for i in range(5)]
    jens = [actor(f"Kor {i}", "Jens", level="network", spaces=["performative"], tags=["Musik"])
            for i in range(5)]
    return network(*mette, *jens, actor("Broen", "Mette", "Jens", level="cooperation",
                                         spaces=["meeting"]),
                   relations=(("Skole 0", "Skole 1"), ("Kor 0", "Kor 1")))


def test_the_library_is_left_out_of_the_structure_graph():
    graph = _two_portfolios()
    ids, edges = structure_graph(graph)
    assert "library" not in ids
    assert len(ids) == 11 + 2 and len(edges) == 12 + 2  # holds (Broen twice) and two relations


def test_an_actor_held_by_two_staff_is_the_broker():
    found = structure(_two_portfolios())
    assert found.brokers[0].name == "Broen"
    # Broen lies on every path between the two portfolios: 6 x 6 of the 78 pairs, 36/66 normalised
    assert found.brokers[0].value == pytest.approx(36 / 66, abs=1e-4)
    assert found.central[0].name in {"Skole 0", "Skole 1", "Kor 0", "Kor 1", "Broen"}
    assert found.central[0].value == 2


def test_communities_are_the_portfolios_and_deterministic():
    first, second = structure(_two_portfolios()), structure(_two_portfolios())
    assert first.communities == second.communities
    summary = {(c.space, c.staff, c.tags) for c in first.communities}
    assert ("learning", ("Mette",), (("Læselyst", 5),)) in summary
    assert ("performative", ("Jens",), (("Musik", 5),)) in summary
    assert [c.number for c in first.communities] == list(range(1, len(first.communities) + 1))


def test_communities_do_not_depend_on_global_random_state():
    random.seed(1)
    first = structure(_two_portfolios()).communities
    random.seed(99)
    assert structure(_two_portfolios()).communities == first


@pytest.mark.parametrize("seed", range(20))
def test_small_graphs_get_igraphs_exact_betweenness(seed):
    rng = random.Random(seed)
    g = igraph.Graph.Erdos_Renyi(rng.randint(2, 60), rng.choice([0.05, 0.1, 0.2]))
    values, sampled = betweenness(g)
    assert sampled is None
    assert values == g.betweenness(directed=False)


def test_big_graphs_get_a_deterministic_estimate():
    g = igraph.Graph.Barabasi(3000, 2)
    exact = g.betweenness(directed=False)
    first, sampled = betweenness(g, budget=1e6)
    assert sampled == MIN_SOURCES  # the floor: 1e6 / (vertices + edges) is below it
    assert betweenness(g, budget=1e6) == (first, sampled)
    top = sorted(range(g.vcount()), key=lambda v: -exact[v])[:5]
    assert set(top) <= set(sorted(range(g.vcount()), key=lambda v: -first[v])[:15])
    assert sum(first) == pytest.approx(sum(exact), rel=0.1)  # unbiased: the totals agree


def test_the_output_says_when_betweenness_is_estimated():
    assert structure(_two_portfolios()).to_dict()["betweenness_sources"] is None


def test_empty_graph():
    found = structure(network())
    assert found.to_dict() == {"nodes": 0, "edges": 0, "betweenness_sources": None, "central": [],
                               "brokers": [], "communities": []}
