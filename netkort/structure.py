"""The structure of the network: central actors, brokers and clusters.

Which graph: actors and staff members as nodes, joined by the relations
staff hold (``holds``) and the actor-to-actor relations (``relation``). The
library node and its ``employs``/``direct`` edges are left out, because the
house sits on every path and would be the only "broker". Staff stay nodes
rather than being projected away into actor-actor links: an actor held by two
staff members, or related to an actor elsewhere, then bridges two parts of the
house, which is what a broker is here. (Projecting a staff member with 2,000
contacts would also create two million links.)

- **Degree**: how many staff members and actors an actor is linked to.
- **Betweenness** (normalised to 0-1): the share of shortest paths through
  an actor; the brokers between staff portfolios and clusters. Exact, by
  igraph, up to a few thousand actors; above that, exact betweenness costs
  vertices × edges (20 s at 20,000 actors), so it is estimated from a fixed
  sample of source vertices and the output says so (``betweenness_sources``).
- **Communities**: igraph's Leiden algorithm optimising modularity, with a
  fixed seed, so the same input always gives the same clusters. Each
  community gets its dominant library space (with the share of its actors
  serving it) and its themes: the (at most three) tags most of its actors
  carry, counting only tags carried by two or more.

igraph is imported inside the function: ``netkort --help`` should not pay for it.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from .text import by_name
from .vocabulary import SPACES

SEED = 42
TOP = 10
# About half a second of exact betweenness on a 2-core machine: the sample library (300 actors)
# and libraries of a few thousand actors are exact; 20,000 actors are estimated.
WORK_BUDGET = 4e7
MIN_SOURCES = 200
MEMBERS_SHOWN = 8
MIN_COMMUNITY = 2  # actors; smaller groups are not clusters


@dataclass(frozen=True)
class Ranked:
    """An actor and a centrality value."""

    name: str
    value: float

    def to_dict(self, key: str) -> dict:
        return {"name": self.name, key: self.value}


@dataclass(frozen=True)
class Community:
    """A cluster: its size, the staff in it, its dominant space and themes."""

    number: int
    actors: int
    staff: tuple[str, ...]
    space: str | None
    space_share: float
    tags: tuple[tuple[str, int], ...]  # (tag, actors carrying it), carried by two or more
    members: tuple[str, ...]  # the most linked actors, at most MEMBERS_SHOWN

    def to_dict(self) -> dict:
        return {"number": self.number, "actors": self.actors, "staff": list(self.staff),
                "space": self.space, "space_share": self.space_share,
                "tags": [{"tag": tag, "actors": n} for tag, n in self.tags],
                "members": list(self.members)}


@dataclass
class Structure:
    """Centrality and clusters of the actor-and-staff graph."""

    nodes: int = 0
    edges: int = 0
    sampled_sources: int | None = None  # betweenness estimated from this many sources; None: exact
    central: list[Ranked] = field(default_factory=list)
    brokers: list[Ranked] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"nodes": self.nodes, "edges": self.edges, "betweenness_sources": self.sampled_sources,
                "central": [r.to_dict("degree") for r in self.central],
                "brokers": [r.to_dict("betweenness") for r in self.brokers],
                "communities": [c.to_dict() for c in self.communities]}


def structure_graph(graph: nx.Graph) -> tuple[list[str], list[tuple[int, int]]]:
    """Node ids (actors and staff) and edges as index pairs: the graph structure is measured on."""
    ids = [n for n, kind in graph.nodes(data="kind") if kind in ("actor", "staff")]
    index = {node: i for i, node in enumerate(ids)}
    edges = [(index[u], index[v]) for u, v, kind in graph.edges(data="kind")
             if kind in ("holds", "relation") and u in index and v in index]
    return ids, edges


def structure(graph: nx.Graph, top: int = TOP, seed: int = SEED) -> Structure:
    """Degree, betweenness and Leiden communities of ``graph`` (deterministic for a given seed)."""
    import igraph

    ids, edges = structure_graph(graph)
    if not ids:
        return Structure()
    g = igraph.Graph(n=len(ids), edges=edges)
    nodes = dict(graph.nodes(data=True))
    names = [nodes[i]["name"] for i in ids]
    is_actor = [nodes[i]["kind"] == "actor" for i in ids]
    degree = g.degree()
    n = len(ids)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    raw, sampled = betweenness(g, seed=seed)
    between = [b * scale for b in raw]

    def ranked(values: list[float], digits: int | None) -> list[Ranked]:
        order = sorted((i for i in range(n) if is_actor[i] and values[i] > 0),
                       key=lambda i: (-values[i], by_name(names[i])))
        return [Ranked(names[i], round(values[i], digits) if digits else values[i]) for i in order[:top]]

    return Structure(nodes=n, edges=len(edges), sampled_sources=sampled, central=ranked(degree, None),
                     brokers=ranked(between, 4),
                     communities=_communities(g, ids, graph, degree, seed))


def betweenness(g, budget: float = WORK_BUDGET, seed: int = SEED) -> tuple[list[float], int | None]:
    """Betweenness of every vertex of the undirected igraph graph ``g`` (unnormalised).

    Exact (Brandes, in igraph) when ``vertices × (vertices + edges)`` is within
    ``budget``. Beyond it, estimated from shortest paths out of a fixed random
    sample of source vertices, scaled up (Brandes & Pich 2007): unbiased, and
    the same sample every run. Returns the values and the number of sampled
    sources, ``None`` when exact.
    """
    n, m = g.vcount(), g.ecount()
    if n * (n + m) <= budget:
        return g.betweenness(directed=False), None
    k = max(MIN_SOURCES, int(budget // (n + m)))
    if k >= n:
        return g.betweenness(directed=False), None
    sources = sorted(random.Random(seed).sample(range(n), k))
    # igraph's subset betweenness, like its plain one, counts each undirected pair once per source side
    return [value * n / k for value in g.betweenness(directed=False, sources=sources)], k


def _communities(g, ids: list[str], graph: nx.Graph, degree: list[int], seed: int) -> list[Community]:
    """Leiden (modularity) clusters with at least MIN_COMMUNITY actors, largest first."""
    import igraph

    igraph.set_random_number_generator(random.Random(seed))
    try:
        membership = g.community_leiden(objective_function="modularity", n_iterations=-1).membership
    finally:
        igraph.set_random_number_generator(random)  # igraph's documented default
    nodes = dict(graph.nodes(data=True))
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(membership):
        groups.setdefault(label, []).append(i)
    found = []
    for members in groups.values():
        people = [i for i in members if nodes[ids[i]]["kind"] == "actor"]
        if len(people) < MIN_COMMUNITY:
            continue
        found.append((members, people))
    found.sort(key=lambda mp: (-len(mp[1]), by_name(min((nodes[ids[i]]["name"] for i in mp[1]),
                                                        key=by_name))))
    communities = []
    for number, (members, people) in enumerate(found, start=1):
        spaces = Counter(s for i in people for s in nodes[ids[i]].get("spaces", ()))
        tags = Counter(t for i in people for t in nodes[ids[i]].get("tags", ()))
        space, share = None, 0.0
        if spaces:
            space = max(SPACES, key=lambda s: (spaces.get(s, 0), -SPACES.index(s)))
            share = round(spaces[space] / len(people), 2)
        top_people = sorted(people, key=lambda i: (-degree[i], by_name(nodes[ids[i]]["name"])))
        communities.append(Community(
            number=number, actors=len(people),
            staff=tuple(sorted((nodes[ids[i]]["name"] for i in members if nodes[ids[i]]["kind"] == "staff"),
                               key=by_name)),
            space=space, space_share=share,
            tags=tuple((t, n) for t, n in sorted(tags.items(), key=lambda kv: (-kv[1], by_name(kv[0])))
                       if n >= 2)[:3],
            members=tuple(nodes[ids[i]]["name"] for i in top_people[:MEMBERS_SHOWN])))
    return communities
