"""Layouts: the network circle's rings, the four spaces' quadrants, a repeatable force layout."""

from __future__ import annotations

import math
import random

import pytest
from conftest import SAMPLES
from handbuilt import actor, network

from netkort import layout
from netkort.graph import LIBRARY, actors
from netkort.network import load
from netkort.vocabulary import SPACES


@pytest.fixture(scope="module")
def sample():
    return load([SAMPLES / "hovedbibliotek.xlsx"]).graph


def radius(point):
    return math.hypot(*point)


def closest(points) -> float:
    """The smallest distance between two of ``points`` (grid buckets: exact, and fast)."""
    cell = layout.SPACING
    buckets: dict[tuple[int, int], list] = {}
    for p in points:
        buckets.setdefault((int(p[0] // cell), int(p[1] // cell)), []).append(p)
    best = math.inf
    for (cx, cy), members in buckets.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for p in members:
                    for q in buckets.get((cx + dx, cy + dy), ()):
                        if p is not q:
                            best = min(best, math.dist(p, q))
    return best


def synthetic(count: int, seed: int = 3):
    """``count`` actors with random levels, spaces and staff (some with none of them)."""
    rng = random.Random(seed)
    specs = []
    for i in range(count):
        attrs = {"spaces": rng.sample(SPACES, rng.choice([0, 1, 1, 2, 3]))}
        level = rng.choice(["network", "network", "cooperation", "partnership", None])
        if level:
            attrs["level"] = level
        specs.append(actor(f"Aktør {i}", *rng.sample([f"M{j}" for j in range(12)], rng.choice([0, 1, 2])),
                           **attrs))
    return network(*specs)


def test_circle_puts_partnerships_innermost_then_cooperation_network_unknown(sample):
    pos = layout.circle_layout(sample)
    assert pos[LIBRARY] == (0.0, 0.0)
    by_level = {}
    for a in actors(sample):
        by_level.setdefault(sample.nodes[a].get("level"), []).append(radius(pos[a]))
    staff_max = max(radius(pos[s]) for s in sample if sample.nodes[s]["kind"] == "staff")
    assert staff_max < min(by_level["partnership"])
    assert max(by_level["partnership"]) < min(by_level["cooperation"])
    assert max(by_level["cooperation"]) < min(by_level["network"])
    assert max(by_level["network"]) < min(by_level[None])


def test_circle_rings_match_the_layout_and_keep_neighbours_apart():
    graph = synthetic(1500)
    pos = layout.circle_layout(graph)
    counts = {}
    for a in actors(graph):
        counts[graph.nodes[a].get("level")] = counts.get(graph.nodes[a].get("level"), 0) + 1
    rings = layout.ring_bands(counts, 12)
    assert [r.level for r in rings] == ["partnership", "cooperation", "network", None]
    assert rings[2].tracks > 1                        # the crowded network ring got more circles
    for ring in rings:
        radii = [radius(pos[a]) for a in actors(graph) if graph.nodes[a].get("level") == ring.level]
        assert len(radii) == ring.count
        assert ring.inner - 1e-6 <= min(radii) and max(radii) <= ring.outer + 1e-6
    assert closest([pos[a] for a in actors(graph)]) >= 0.99 * layout.SPACING


def test_an_empty_level_keeps_its_ring_and_no_unknown_ring_without_unknowns():
    rings = layout.ring_bands({"network": 5, "cooperation": 2}, 1)
    assert [(r.level, r.count) for r in rings] == [("partnership", 0), ("cooperation", 2), ("network", 5)]


def test_staff_sit_near_the_actors_they_hold():
    graph = network(*[actor(f"A{i}", "Anna", level="network") for i in range(20)],
                    *[actor(f"B{i}", "Bo", level="network") for i in range(20)])
    pos = layout.circle_layout(graph)

    def angle(node):
        return math.atan2(pos[node][1], pos[node][0])

    def gap(a, b):
        return abs((a - b + math.pi) % (2 * math.pi) - math.pi)

    for person, prefix in (("s:Anna", "A"), ("s:Bo", "B")):
        own = sum(gap(angle(person), angle(f"a:{prefix}{i}")) for i in range(20))
        other = sum(gap(angle(person), angle(f"a:{'B' if prefix == 'A' else 'A'}{i}")) for i in range(20))
        assert own < other


def in_area(point, area):
    return area.x0 <= point[0] <= area.x1 and area.y0 <= point[1] <= area.y1


def test_spaces_put_each_actor_in_its_quadrant_between_or_apart():
    graph = network(actor("Læring", "Anna", spaces=["learning"], level="partnership"),
                    actor("Møde", "Anna", spaces=["meeting"]),
                    actor("Læring og møde", "Bo", spaces=["learning", "meeting"]),
                    actor("Tre rum", "Bo", spaces=["learning", "meeting", "inspiration"]),
                    actor("Intet rum", "Bo"))
    pos = layout.spaces_layout(graph)
    _, areas, _ = layout.space_geometry(layout.space_counts(graph), 2)
    area = {a.key: a for a in areas}
    assert in_area(pos["a:Læring"], area["learning"])
    assert not in_area(pos["a:Læring"], area["meeting"])
    assert in_area(pos["a:Møde"], area["meeting"])
    # on the border the learning and meeting quadrants share (x > 0, y = 0)
    x, y = pos["a:Læring og møde"]
    assert x > 0 and abs(y) < layout.SPACING
    # three spaces: the middle, where all four quadrants meet
    assert radius(pos["a:Tre rum"]) < layout.SPACING
    assert in_area(pos["a:Intet rum"], area["none"])
    assert in_area(pos[LIBRARY], area["house"]) and in_area(pos["s:Anna"], area["house"])
    # nobody in the performative space: its quadrant stays empty
    assert not any(in_area(pos[a], area["performative"]) for a in actors(graph))


def test_spaces_layout_has_no_overlapping_actors(sample):
    pos = layout.spaces_layout(sample)
    assert closest([pos[a] for a in actors(sample)]) >= layout.SPACING


def test_quadrant_neighbours_share_an_aim():
    directions = layout.aim_directions()
    assert directions == {"experience": (0.0, -1.0), "innovation": (-1.0, 0.0),
                          "empowerment": (1.0, 0.0), "involvement": (0.0, 1.0)}


def test_space_anchor():
    assert layout.space_anchor(["learning"]) == "learning"
    assert layout.space_anchor(["meeting", "learning"]) == "learning+meeting"
    assert layout.space_anchor(["inspiration", "meeting"]) == layout.SHARED       # opposite corners
    assert layout.space_anchor([]) == layout.NO_SPACE


def test_force_layout_is_repeatable_and_spread(sample):
    first, second = layout.force_layout(sample), layout.force_layout(sample)
    assert first == second
    assert set(first) == set(sample)
    xs = [p[0] for p in first.values()]
    assert all(math.isfinite(v) for p in first.values() for v in p)
    assert max(xs) - min(xs) > 20 * layout.SPACING


def test_circle_and_spaces_place_every_node_at_twenty_thousand_actors():
    # speed is measured by bench/run.py, not asserted here (machines are noisy)
    graph = synthetic(20000)
    for function in (layout.circle_layout, layout.spaces_layout):
        positions = function(graph)
        assert set(positions) == set(graph)
        assert all(math.isfinite(v) for p in positions.values() for v in p)


def test_force_layout_spreads_a_network_on_one_line():
    # the house, one staff member and one actor lie on a line: no area, but a length to scale by
    graph = load_one_actor()
    positions = layout.force_layout(graph)
    assert all(math.isfinite(v) for p in positions.values() for v in p)
    distances = [math.dist(p, q) for p in positions.values() for q in positions.values() if p is not q]
    assert layout.SPACING <= min(distances) and max(distances) < 10 * layout.SPACING


def load_one_actor():
    return network(actor("Åby Roklub", "Mette Kjær", level="partnership"))
