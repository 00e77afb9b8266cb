"""Where each node sits on the map: the network circle, the four spaces, or a force layout.

Positions are computed here, in Python, so the page draws at once with physics
off however big the network. Each layout is a pure function of the graph that
returns ``{node_id: (x, y)}`` in page units (``y`` grows downwards, as on a
screen). The circle and spaces layouts run in O(n log n); the geometry they
draw (rings, quadrants) comes from :func:`ring_bands` and :func:`space_areas`,
which depend only on counts, so the page can draw the same guides.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

from .graph import LIBRARY, actors, staff
from .vocabulary import LEVEL_RANK, LEVELS, SPACE_AIMS, SPACES

Position = tuple[float, float]

SPACING = 64.0
"""Distance between neighbouring actors, in page units (a big node is 60 across)."""

RING_GAP = 2.0
"""Space between two rings, in spacings."""

NAME_ROOM = 6.5
"""Space after the partnership ring, in spacings: the page writes partners' names along the radius."""

LABEL_ARC = 5.0
"""Arc kept free at the top of each ring for its label ("Partnerskab · 45"), in spacings."""

RING_ORDER: tuple[str | None, ...] = (*reversed(LEVELS), None)
"""Rings from the centre out: partnership, cooperation, network, then unknown level."""

QUADRANTS: dict[str, tuple[int, int]] = {
    "inspiration": (-1, -1), "learning": (1, -1), "meeting": (1, 1), "performative": (-1, 1)}
"""Which corner each space takes. Neighbouring spaces share an aim (vocabulary.SPACE_AIMS)."""

SHARED = "shared"   # actors in three or four spaces, or two opposite ones: the middle
NO_SPACE = "none"   # actors with no space: an area of their own, right of the quadrants
HOUSE = "house"     # the library and its staff: right of the quadrants, above the no-space area

_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_SUNFLOWER = 0.8    # sunflower step as a share of the spacing: neighbours ≈ 1.4 spacings apart, room for names


@dataclass(frozen=True)
class Ring:
    """One level's band on the network circle: ``tracks`` circles from ``inner`` to ``outer``.

    Actors fill the circle except an arc of ``gap`` radians at the top, where
    the page writes the ring's label.
    """

    level: str | None
    inner: float
    outer: float
    count: int
    tracks: int
    gap: float


@dataclass(frozen=True)
class Area:
    """A rectangle of the spaces layout (a quadrant, the no-space area or the house)."""

    key: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Cluster:
    """A round group of actors on the spaces layout: centre and radius."""

    key: str
    x: float
    y: float
    radius: float
    count: int


# --- shared helpers -------------------------------------------------------------

def holders(graph: nx.Graph) -> dict[str, list[str]]:
    """Each actor's staff members (the ``holds`` edges), in staff order."""
    order = {s: i for i, s in enumerate(staff(graph))}
    held: dict[str, list[str]] = defaultdict(list)
    for u, v, kind in graph.edges(data="kind"):
        if kind == "holds":
            member, actor = (u, v) if u in order else (v, u)
            held[actor].append(member)
    for members in held.values():
        members.sort(key=order.__getitem__)
    return held


def _sunflower(count: int, step: float) -> list[Position]:
    """``count`` points packed in a disc, the first in the middle (Vogel's spiral)."""
    return [(step * math.sqrt(k + 0.5) * math.cos(k * _GOLDEN_ANGLE),
             step * math.sqrt(k + 0.5) * math.sin(k * _GOLDEN_ANGLE)) for k in range(count)]


def _disc_radius(count: int, spacing: float) -> float:
    """The radius :func:`_sunflower` needs for ``count`` points, plus half a spacing."""
    return _SUNFLOWER * spacing * math.sqrt(count + 0.5) + spacing / 2 if count else 0.0


def _strength(graph: nx.Graph, actor: str) -> int:
    return LEVEL_RANK.get(graph.nodes[actor].get("level"), -1)


# --- the network circle ---------------------------------------------------------

def staff_radius(staff_count: int, spacing: float = SPACING) -> float:
    """Radius of the staff circle around the library."""
    return max(6 * spacing, 3.5 * spacing * staff_count / (2 * math.pi))


def ring_bands(counts: Mapping[str | None, int], staff_count: int,
               spacing: float = SPACING) -> list[Ring]:
    """The rings of the network circle for ``counts`` actors per level (None: unknown).

    Partnerships innermost, then cooperation, then network; an unknown-level
    ring only when some actor has no level. A crowded level gets more circles
    (tracks) so neighbours stay ``spacing`` apart. The partnership ring is
    followed by room for its actors' names.
    """
    radius = staff_radius(staff_count, spacing) + 3 * spacing
    rings = []
    for level in RING_ORDER:
        count = counts.get(level, 0)
        if level is None and not count:
            continue
        free = 2 * math.pi * radius - LABEL_ARC * spacing
        per_track = max(1, math.floor(free / spacing))   # what the inner circle holds
        tracks = max(1, math.ceil(count / per_track))
        outer = radius + (tracks - 1) * spacing
        rings.append(Ring(level, radius, outer, count, tracks, LABEL_ARC * spacing / radius))
        radius = outer + (NAME_ROOM if level == "partnership" else RING_GAP) * spacing
    return rings


def _staff_order(graph: nx.Graph) -> list[str]:
    """Staff grouped by team, so colleagues sit side by side on the circle."""
    members = staff(graph)
    first_seen: dict[str, int] = {}
    for member in members:
        first_seen.setdefault(graph.nodes[member].get("department", ""), len(first_seen))
    return sorted(members, key=lambda m: first_seen[graph.nodes[m].get("department", "")])


def circle_layout(graph: nx.Graph, spacing: float = SPACING) -> dict[str, Position]:
    """The network circle: library in the middle, staff around it, actors on rings by level.

    Every ring lists its actors in staff order (clockwise from the top), and
    each staff member stands near the middle of their share of it, so the
    lines from a staff member mostly run outwards instead of across the map.
    """
    order = _staff_order(graph)
    index = {member: i for i, member in enumerate(order)}
    held = holders(graph)
    actor_ids = actors(graph)
    primary = {a: min((index[m] for m in held.get(a, ())), default=len(order)) for a in actor_ids}

    positions: dict[str, Position] = {LIBRARY: (0.0, 0.0)} if LIBRARY in graph else {}
    shares = Counter(primary.values())
    total = sum(shares.get(i, 0) + 0.5 for i in range(len(order))) or 1.0
    radius = staff_radius(len(order), spacing)
    angle = -math.pi / 2
    for i, member in enumerate(order):
        width = 2 * math.pi * (shares.get(i, 0) + 0.5) / total
        # mostly an even spread, so names do not collide; pulled a little towards the sector
        even = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(order)
        middle = 0.7 * even + 0.3 * (angle + width / 2)
        positions[member] = (radius * math.cos(middle), radius * math.sin(middle))
        angle += width

    by_level: dict[str | None, list[str]] = defaultdict(list)
    for actor in actor_ids:
        by_level[graph.nodes[actor].get("level")].append(actor)
    rings = ring_bands({level: len(ids) for level, ids in by_level.items()}, len(order), spacing)
    for ring in rings:
        members = sorted(by_level.get(ring.level, ()),
                         key=lambda a: (primary[a], graph.nodes[a].get("name", "")))
        # Neighbours in staff order alternate between the ring's circles (tracks); each
        # circle spreads its own share evenly, so no two actors come closer than ``spacing``.
        count, tracks, sweep = len(members), ring.tracks, 2 * math.pi - ring.gap
        for k, actor in enumerate(members):
            track, slot = k % tracks, k // tracks
            on_track = (count - track + tracks - 1) // tracks
            theta = -math.pi / 2 + ring.gap / 2 + sweep * (slot + 0.5 + track / tracks) / on_track
            r = ring.inner + track * spacing
            positions[actor] = (r * math.cos(theta), r * math.sin(theta))
    return positions


# --- the four spaces ------------------------------------------------------------

def space_anchor(spaces: Iterable[str]) -> str:
    """Where an actor with these spaces goes: a space, two neighbours ("a+b"), shared or none."""
    known = [s for s in SPACES if s in set(spaces)]
    if not known:
        return NO_SPACE
    if len(known) == 1:
        return known[0]
    if len(known) == 2 and _neighbours(*known):
        return f"{known[0]}+{known[1]}"
    return SHARED


def _neighbours(a: str, b: str) -> bool:
    """Spaces whose quadrants share a side (and, in the model, an aim)."""
    (ax, ay), (bx, by) = QUADRANTS[a], QUADRANTS[b]
    return (ax == bx) != (ay == by)


def _anchor_unit(anchor: str) -> Position:
    """An anchor's place on the unit square: quadrant centres at (±1, ±1)."""
    if anchor == SHARED:
        return (0.0, 0.0)
    corners = [QUADRANTS[s] for s in anchor.split("+")]
    return (sum(c[0] for c in corners) / len(corners), sum(c[1] for c in corners) / len(corners))


def aim_directions() -> dict[str, Position]:
    """Each aim's side of the square: between the two spaces that share it."""
    sides: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for space, aims in SPACE_AIMS.items():
        for aim in aims:
            sides[aim].append(QUADRANTS[space])
    return {aim: (sum(c[0] for c in corners) / len(corners), sum(c[1] for c in corners) / len(corners))
            for aim, corners in sides.items()}


HOUSE_COLUMN = 8.5   # width of a staff column in the house, in spacings (room for a name)
HOUSE_ROW = 2.0      # height of a staff row, in spacings
HOUSE_ROWS = 12      # staff per column before the house grows another column


def _house_grid(staff_count: int) -> tuple[int, int]:
    """Columns and rows of the staff grid in the house box: one name per row, wide columns."""
    columns = max(1, math.ceil(staff_count / HOUSE_ROWS))
    return columns, math.ceil(staff_count / columns) if staff_count else 0


def _house_size(staff_count: int, spacing: float) -> tuple[float, float]:
    """Width and height of the house box: the library on top, the staff in a grid below."""
    columns, rows = _house_grid(staff_count)
    return (max(columns * HOUSE_COLUMN, 5.0) * spacing, (3.0 + rows * HOUSE_ROW) * spacing)


def space_geometry(counts: Mapping[str, int], staff_count: int,
                   spacing: float = SPACING) -> tuple[float, list[Area], list[Cluster]]:
    """The spaces layout for ``counts`` actors per anchor (see :func:`space_anchor`).

    Returns the half-width ``half`` of each quadrant, the areas (four quadrants
    meeting at the origin; to their right the house above the no-space area)
    and the clusters of actors. The scale grows until no two clusters
    overlap and every quadrant holds its own cluster.
    """
    radii = {anchor: _disc_radius(n, spacing) for anchor, n in counts.items() if n}
    half = 5 * spacing
    anchors = [a for a in radii if a != NO_SPACE]
    for i, a in enumerate(anchors):
        ux, uy = _anchor_unit(a)
        if a in QUADRANTS:   # the quadrant's own square: half a side from its centre
            half = max(half, radii[a] + spacing)
        for b in anchors[i + 1:]:
            vx, vy = _anchor_unit(b)
            half = max(half, (radii[a] + radii[b] + spacing) / math.hypot(ux - vx, uy - vy))
    side = 2 * half
    areas = [Area(space, min(0.0, x * side), min(0.0, y * side), max(0.0, x * side),
                  max(0.0, y * side)) for space, (x, y) in QUADRANTS.items()]
    gap = 3 * spacing
    none_half = max(3 * spacing, radii.get(NO_SPACE, 0.0) + spacing)
    house_width, house_height = _house_size(staff_count, spacing)
    width = max(2 * none_half, house_width)
    x0 = side + gap
    areas.append(Area(HOUSE, x0, -side, x0 + width, -side + house_height))
    none_top = -side + house_height + gap
    areas.append(Area(NO_SPACE, x0, none_top, x0 + width, none_top + 2 * none_half))
    clusters = []
    for anchor, radius in radii.items():
        if anchor == NO_SPACE:
            x, y = x0 + width / 2, none_top + none_half
        else:
            ux, uy = _anchor_unit(anchor)
            x, y = ux * half, uy * half
        clusters.append(Cluster(anchor, x, y, radius, counts[anchor]))
    return half, areas, clusters


def space_counts(graph: nx.Graph) -> Counter:
    """Actors per anchor of the spaces layout."""
    return Counter(space_anchor(graph.nodes[a].get("spaces", ())) for a in actors(graph))


def spaces_layout(graph: nx.Graph, spacing: float = SPACING) -> dict[str, Position]:
    """The four library spaces as quadrants, actors in the quadrant of their space.

    An actor in two neighbouring spaces sits on their shared border; in three
    or four (or two opposite ones) in the middle; with no space in an area of
    its own to the right. Strong relations sit at the heart of each group.
    The library and its staff stand in a box to the right, above the no-space area.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for actor in actors(graph):
        groups[space_anchor(graph.nodes[actor].get("spaces", ()))].append(actor)
    members = staff(graph)
    _, areas, clusters = space_geometry({a: len(ids) for a, ids in groups.items()}, len(members),
                                        spacing)
    positions: dict[str, Position] = {}
    for cluster in clusters:
        ordered = sorted(groups[cluster.key],
                         key=lambda a: (-_strength(graph, a), graph.nodes[a].get("name", "")))
        for actor, (dx, dy) in zip(ordered, _sunflower(len(ordered), _SUNFLOWER * spacing), strict=True):
            positions[actor] = (cluster.x + dx, cluster.y + dy)
    house = next(a for a in areas if a.key == HOUSE)
    cx = (house.x0 + house.x1) / 2
    if LIBRARY in graph:
        positions[LIBRARY] = (cx, house.y0 + 1.2 * spacing)
    columns, _ = _house_grid(len(members))
    left = cx - (columns - 1) * HOUSE_COLUMN * spacing / 2
    for k, member in enumerate(members):
        row, column = divmod(k, columns)
        positions[member] = (left + column * HOUSE_COLUMN * spacing,
                             house.y0 + (3.0 + row * HOUSE_ROW) * spacing)
    return positions


# --- force-directed ---------------------------------------------------------------

_EDGE_WEIGHT = {"partnership": 3.0, "cooperation": 2.0, "network": 1.0}


def force_layout(graph: nx.Graph, spacing: float = SPACING, seed: int = 7) -> dict[str, Position]:
    """A force-directed layout (igraph's Fruchterman-Reingold), the same on every run.

    Stronger relations pull harder. Big graphs use igraph's grid variant, which
    stays fast at tens of thousands of nodes. The result is scaled so that on
    average each node has about ``spacing`` of room around it.
    """
    import igraph

    nodes = list(graph)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges()]
    weights = [_EDGE_WEIGHT.get(level, 1.0) for *_, level in graph.edges(data="level")]
    rng = random.Random(seed)
    # Start spread over about the area the layout will take: crowded in one grid cell,
    # the grid variant would compare every pair.
    reach = math.sqrt(len(nodes))
    start = [[rng.uniform(-reach, reach), rng.uniform(-reach, reach)] for _ in nodes]
    big = len(nodes) > 1000
    rounds = 1000 if not big else 300 if len(nodes) <= 10000 else 150
    igraph.set_random_number_generator(random.Random(seed))   # igraph draws numbers too
    try:
        layout = igraph.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(
            weights=weights or None, seed=start, niter=rounds, grid=big)
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = [c[0] for c in layout.coords], [c[1] for c in layout.coords]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    # a path of nodes lies on a line and has no area: measure it by its length instead
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    side = max(width, height, 1e-9)
    area = max(width * height, side * side / len(nodes))
    scale = 2.5 * spacing * math.sqrt(len(nodes) / area)
    return {node: ((x - mx) * scale, (y - my) * scale) for node, x, y in zip(nodes, xs, ys, strict=True)}


LAYOUTS = {"circle": circle_layout, "spaces": spaces_layout, "force": force_layout}
