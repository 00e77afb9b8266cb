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

from .contrast import rgb
from .render import LEVEL_COLORS

LIBRARY_COLOR = "#1f2937"
STAFF_COLOR = "#6b7280"
LIBRARY_SIZE, STAFF_SIZE = 34, 22

# Levels are told apart by more than colour, the same way on every page (map, report's
# scatter, print): every actor mark has a thin dark outline, partnership adds two rings
# around it, cooperation one, network none, and an actor of unknown level is a pale dot
# with a dashed outline. Lines: partnership thick solid, cooperation solid, network
# dashed, unknown dotted.
OUTLINE = "#1f2937"          # 14.7:1 on white, so every mark stands out from the page
UNKNOWN_FILL = "#f3f4f6"
LEVEL_MARKS = {"partnership": {"rings": 2, "dashed": False},
               "cooperation": {"rings": 1, "dashed": False},
               "network": {"rings": 0, "dashed": False},
               "unknown": {"rings": 0, "dashed": True}}
# Line colours by level, each at least 3:1 on white (the map draws them opaque; GEXF carries them).
LINE_COLORS = {"partnership": "#08519c", "cooperation": "#3a7cb8", "network": "#5b8cb8", "unknown": "#6b7280"}


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


def blend(color: str, alpha: float, background: str = "#ffffff") -> str:
    """The colour seen when ``color`` is painted with opacity ``alpha`` over ``background``."""
    return "#" + "".join(f"{round(alpha * c + (1 - alpha) * b):02x}" for c, b in zip(rgb(color), rgb(background),
                                                                                       strict=True))
