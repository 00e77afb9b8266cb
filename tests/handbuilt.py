"""Small hand-built graphs for the analysis tests, following netkort's graph contract.

``network(actor(...), ...)`` builds the library node, one staff node per name
met, each actor with its attributes, ``holds`` edges (or a ``direct`` edge
when an actor has no staff) and ``relation`` edges between actors.
"""

from __future__ import annotations

import networkx as nx

from netkort.graph import LIBRARY


def actor(name: str, *staff: str, **attributes) -> dict:
    """An actor spec: its name, the staff holding it, and any node attributes."""
    return {"name": name, "staff": list(staff), **attributes}


def network(*actors: dict, relations: tuple[tuple[str, str], ...] = (),
            staff: tuple[str, ...] = ()) -> nx.Graph:
    """A graph from actor specs; ``staff`` adds staff members who hold nobody."""
    graph = nx.Graph(name="Testbiblioteket")
    graph.add_node(LIBRARY, kind="library", name="Testbiblioteket")
    for person in staff:
        _staff(graph, person)
    for spec in actors:
        spec = dict(spec)
        holders = spec.pop("staff")
        graph.add_node("a:" + spec["name"], kind="actor", **spec)
        relation = {k: spec[k] for k in ("level", "agreement", "start", "last_contact", "next_evaluation")
                    if k in spec}
        for person in holders:
            graph.add_edge(_staff(graph, person), "a:" + spec["name"], kind="holds", **relation)
        if not holders:
            graph.add_edge(LIBRARY, "a:" + spec["name"], kind="direct", **relation)
    for a, b in relations:
        graph.add_edge("a:" + a, "a:" + b, kind="relation", level="network")
    return graph


def _staff(graph: nx.Graph, name: str) -> str:
    node = "s:" + name
    if node not in graph:
        graph.add_node(node, kind="staff", name=name)
        graph.add_edge(LIBRARY, node, kind="employs")
    return node
