"""How a node looks on the map and in every export that carries a look: colour and size.

The map draws an actor in its level's colour (the network circle's blues, the same
on every page) at a size set by its influence, or by its number of links where no
influence is given; the house and the staff have colours and sizes of their own.
GEXF, GraphML and graphology exports carry the same, so Gephi opens the network as
the map shows it.
"""

from __future__ import annotations

import math

import networkx as nx

from .render import LEVEL_COLORS

LIBRARY_COLOR = "#1f2937"
STAFF_COLOR = "#6b7280"
LIBRARY_SIZE, STAFF_SIZE = 34, 22


def actor_size(influence: object, degree: int) -> float:
    """Radius by influence (1–5), or by number of links where no influence is given."""
    if isinstance(influence, int) and not isinstance(influence, bool):
        return 8 + 4 * max(1, min(5, influence))
    return round(8 + 4 * min(5.0, 1 + math.log2(max(degree, 1))), 1)


def node_color(attrs: dict) -> str:
    """The node's fill colour as '#rrggbb'."""
    kind = attrs.get("kind")
    if kind == "library":
        return LIBRARY_COLOR
    if kind == "staff":
        return STAFF_COLOR
    return LEVEL_COLORS.get(attrs.get("level") or "unknown", LEVEL_COLORS["unknown"])


def node_size(graph: nx.Graph, node: str) -> float:
    attrs = graph.nodes[node]
    kind = attrs.get("kind")
    if kind == "library":
        return LIBRARY_SIZE
    if kind == "staff":
        return STAFF_SIZE
    return actor_size(attrs.get("influence"), graph.degree(node))


def rgb(color: str) -> tuple[int, int, int]:
    """'#08519c' -> (8, 81, 156)."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)
