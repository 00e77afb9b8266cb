"""Coverage of the library model: which spaces, target groups and sectors have partners.

The guide "Byg partnerskaber!" uses the library model (four spaces serving
four aims) to see where the library is strong, where it lacks partners, which
partnerships contribute to none of the spaces, and which potential partners
the library already has in its network. This module answers those questions
from the graph; every actor counts once per space, at its strongest level.

Gaps, per space, say how far the space is from having a partner:

``uncovered``
    no actor serves the space;
``no-cooperation-or-partnership``
    only network contacts serve it;
``no-partnership``
    actors cooperate in it, but none is a partnership.

Target groups and sectors are read the same way, cell by cell: a target group
that appears anywhere in the data (the library named it, so it matters) or
one of the three sectors has a gap in a space when nobody serving that group
or sector works there, or only at a lower level (the same three kinds). A
group nobody serves in a space is ``uncovered`` there.

Candidates for a space gap come first from the actors already serving the
space at a lower level (move them up the network circle), then from actors
serving a neighbouring space (one that shares an aim, per
``vocabulary.SPACE_AIMS``); within each, ranked by level, influence, interest
and name, and at most ``max_candidates`` of each kind (so a space full of
network contacts still shows the partners next door). Each candidate carries
the staff members who know it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from .care import Held, holders
from .graph import actors
from .text import by_name
from .vocabulary import AIMS, LEVEL_RANK, LEVELS, SECTORS, SPACE_AIMS, SPACES

GAP_KINDS: tuple[str, ...] = ("uncovered", "no-cooperation-or-partnership", "no-partnership")
MAX_CANDIDATES = 8  # per kind of candidate: same space, neighbouring space

if TYPE_CHECKING:
    import pandas as pd


def level_counts(levels: Iterable[str | None]) -> dict[str, int]:
    """Counts per network-circle level (unknown levels are not counted)."""
    counts = dict.fromkeys(LEVELS, 0)
    for level in levels:
        if level in counts:
            counts[level] += 1
    return counts


def gap_kind(counts: dict[str, int]) -> str | None:
    """The gap a cell of level counts shows, or ``None`` when it has a partnership."""
    if counts.get("partnership"):
        return None
    if counts.get("cooperation"):
        return "no-partnership"
    if counts.get("network"):
        return "no-cooperation-or-partnership"
    return "uncovered"


def neighbours(space: str) -> tuple[str, ...]:
    """The spaces that share an aim with ``space``, in model order."""
    aims = set(SPACE_AIMS[space])
    return tuple(s for s in SPACES if s != space and aims & set(SPACE_AIMS[s]))


@dataclass(frozen=True)
class Candidate:
    """An actor in the network that could fill a gap; ``reason`` says why."""

    name: str
    level: str | None
    influence: int | None
    interest: int | None
    staff: tuple[str, ...]
    reason: str  # "same-space" (move up the circle) or "neighbour-space"
    spaces: tuple[str, ...]  # the spaces it serves that make it a candidate

    def to_dict(self) -> dict:
        return {"name": self.name, "level": self.level, "influence": self.influence,
                "interest": self.interest, "staff": list(self.staff), "reason": self.reason,
                "spaces": list(self.spaces)}


@dataclass
class Gap:
    """A space without a partnership, and who could fill it."""

    space: str
    kind: str
    candidates: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"space": self.space, "kind": self.kind,
                "candidates": [c.to_dict() for c in self.candidates]}


@dataclass(frozen=True)
class CellGap:
    """A (target group or sector) × space cell without a partnership."""

    row: str
    space: str
    kind: str


@dataclass
class Coverage:
    """Who serves each space, target group and sector, and where the gaps are.

    ``spaces`` holds the actor names per space and level (for reading);
    ``groups`` and ``sectors`` hold counts per row, space and level.
    """

    spaces: dict[str, dict[str, list[str]]]
    gaps: list[Gap]
    groups: dict[str, dict[str, dict[str, int]]]
    group_gaps: list[CellGap]
    sectors: dict[str, dict[str, dict[str, int]]]
    sector_gaps: list[CellGap]
    aims: dict[str, dict[str, int]]
    not_contributing: list[Held]
    without_space: int

    def counts(self, space: str) -> dict[str, int]:
        """Actors per level in ``space``."""
        return {level: len(names) for level, names in self.spaces[space].items()}

    def gap(self, space: str) -> Gap | None:
        """The gap of ``space``, if it has one."""
        return next((g for g in self.gaps if g.space == space), None)

    def frame(self, *by: str) -> pd.DataFrame:
        """A coverage table as a DataFrame: actors counted by space, level, target group, sector or aim.

        Needs pandas. The last of ``by`` makes the columns, the others the rows:
        ``frame("space", "level")`` (the default) is the report's matrix of the four spaces
        by relation level; ``frame("group", "space", "level")`` and ``frame("sector",
        "space")`` count by target group or sector too; ``frame("aim", "level")`` counts
        the actors serving each of the model's aims. "level" may be left out (each actor
        has one level); "space" may not, except by aim (an actor serving two spaces would
        count twice). An actor whose level is unknown is not counted.

        Examples
        --------
        >>> import datetime, netkort
        >>> network = netkort.load([netkort.sample()])
        >>> coverage = netkort.analyse(network, as_of=datetime.date(2025, 10, 1)).coverage
        >>> coverage.frame("space", "level")
        level         network  cooperation  partnership
        space
        inspiration        52           39           22
        learning           52           36           19
        meeting            75           43           17
        performative       44            0            0
        >>> coverage.frame("sector", "space").loc["civil"].to_dict()
        {'inspiration': 38, 'learning': 34, 'meeting': 63, 'performative': 33}
        """
        from .frames import coverage

        return coverage(self, by)

    def gaps_frame(self, by: str = "space") -> pd.DataFrame:
        """The cells without a partnership, one row each: by ``space``, ``group`` or ``sector`` × space.

        Needs pandas. ``kind`` is ``uncovered``, ``no-cooperation-or-partnership`` or
        ``no-partnership``, as in ``netkort analyse --json``.

        Examples
        --------
        >>> import datetime, netkort
        >>> coverage = netkort.analyse(netkort.load([netkort.sample()]), as_of=datetime.date(2025, 10, 1)).coverage
        >>> coverage.gaps_frame().to_dict("records")
        [{'space': 'performative', 'kind': 'no-cooperation-or-partnership'}]
        >>> coverage.gaps_frame("sector")
            sector         space                           kind
        0   public  performative  no-cooperation-or-partnership
        1  private  performative  no-cooperation-or-partnership
        2    civil  performative  no-cooperation-or-partnership
        """
        from .frames import gaps

        return gaps(self, by)

    def candidates_frame(self) -> pd.DataFrame:
        """Who could fill each space's gap, best first: one row per candidate, ``gap`` its space.

        Needs pandas. ``reason`` is ``same-space`` (already in the space: move it up the
        network circle) or ``neighbour-space`` (serves a space sharing an aim).

        Examples
        --------
        >>> import datetime, netkort
        >>> coverage = netkort.analyse(netkort.load([netkort.sample()]), as_of=datetime.date(2025, 10, 1)).coverage
        >>> coverage.candidates_frame().loc[0, ["gap", "name", "level", "reason"]].to_list()
        ['performative', 'Bjerre Gymnasium', 'network', 'same-space']
        """
        from .frames import candidates

        return candidates(self)

    def to_dict(self) -> dict:
        return {
            "spaces": {space: self.counts(space) for space in self.spaces},
            "gaps": [gap.to_dict() for gap in self.gaps],
            "groups": {"counts": self.groups, "gaps": [
                {"group": g.row, "space": g.space, "kind": g.kind} for g in self.group_gaps]},
            "sectors": {"counts": self.sectors, "gaps": [
                {"sector": g.row, "space": g.space, "kind": g.kind} for g in self.sector_gaps]},
            "aims": self.aims,
            "not_contributing": [item.to_dict() for item in self.not_contributing],
        }


def coverage(graph: nx.Graph, max_candidates: int = MAX_CANDIDATES) -> Coverage:
    """Coverage of the four spaces, by target group and sector, with gaps and candidates."""
    nodes = dict(graph.nodes(data=True))
    held = holders(graph)
    ids = sorted(actors(graph), key=lambda a: by_name(nodes[a]["name"]))
    by_space: dict[str, list[str]] = {space: [] for space in SPACES}
    for actor in ids:
        for space in nodes[actor].get("spaces", ()):
            if space in by_space:
                by_space[space].append(actor)

    spaces = {space: {level: [nodes[a]["name"] for a in members if nodes[a].get("level") == level]
                      for level in LEVELS}
              for space, members in by_space.items()}
    gaps = []
    for space in SPACES:
        kind = gap_kind({level: len(names) for level, names in spaces[space].items()})
        if kind:
            found = candidates(graph, space, by_space, held)
            shown = ([c for c in found if c.reason == "same-space"][:max_candidates]
                     + [c for c in found if c.reason != "same-space"][:max_candidates])
            gaps.append(Gap(space, kind, shown))

    groups = _cells(graph, ids, "groups")
    sectors = _cells(graph, ids, "sector", rows=SECTORS)
    return Coverage(
        spaces=spaces, gaps=gaps,
        groups=groups, group_gaps=_cell_gaps(groups),
        sectors=sectors, sector_gaps=_cell_gaps(sectors),
        aims=_aims(graph, ids),
        not_contributing=[Held(nodes[a]["name"], tuple(held[a]), "partnership") for a in ids
                          if nodes[a].get("level") == "partnership" and not nodes[a].get("spaces")],
        without_space=sum(1 for a in ids if not nodes[a].get("spaces")),
    )


def candidates(graph: nx.Graph, space: str, by_space: dict[str, list[str]],
               held: dict[str, list[str]]) -> list[Candidate]:
    """Actors that could fill a gap in ``space``, best first.

    First those already in the space (at a lower level, since the space has
    no partnership), then those serving a neighbouring space; each group
    ranked by level, influence, interest, name.
    """
    nodes = dict(graph.nodes(data=True))
    inside = set(by_space[space])
    found: list[Candidate] = []
    for actor in by_space[space]:
        found.append(_candidate(nodes[actor], held[actor], "same-space", (space,)))
    near: dict[str, list[str]] = {}
    for other in neighbours(space):
        for actor in by_space[other]:
            if actor not in inside:
                near.setdefault(actor, []).append(other)
    for actor, via in near.items():
        found.append(_candidate(nodes[actor], held[actor], "neighbour-space", tuple(via)))
    return sorted(found, key=_rank)


def _candidate(data: dict, staff: list[str], reason: str, spaces: tuple[str, ...]) -> Candidate:
    return Candidate(data["name"], data.get("level"), data.get("influence"), data.get("interest"),
                     tuple(staff), reason, spaces)


def _rank(candidate: Candidate) -> tuple:
    return (candidate.reason != "same-space", -LEVEL_RANK.get(candidate.level, -1),
            -(candidate.influence or 0), -(candidate.interest or 0), by_name(candidate.name))


def _cells(graph: nx.Graph, ids: list[str], attribute: str,
           rows: Iterable[str] = ()) -> dict[str, dict[str, dict[str, int]]]:
    """Counts per row value (target group or sector) × space × level."""
    nodes = dict(graph.nodes(data=True))
    table: dict[str, dict[str, dict[str, int]]] = {
        row: {space: dict.fromkeys(LEVELS, 0) for space in SPACES} for row in rows}
    for actor in ids:
        data = nodes[actor]
        values = data.get(attribute)
        if values is None:
            continue
        level = data.get("level")
        for value in ([values] if isinstance(values, str) else values):
            cells = table.setdefault(value, {space: dict.fromkeys(LEVELS, 0) for space in SPACES})
            for space in data.get("spaces", ()):
                if level in LEVELS and space in cells:
                    cells[space][level] += 1
    if rows:
        return table
    return {row: table[row] for row in sorted(table, key=by_name)}


def _cell_gaps(table: dict[str, dict[str, dict[str, int]]]) -> list[CellGap]:
    return [CellGap(row, space, kind) for row, cells in table.items() for space, counts in cells.items()
            if (kind := gap_kind(counts))]


def _aims(graph: nx.Graph, ids: list[str]) -> dict[str, dict[str, int]]:
    """Actors per aim and level; an actor serving two spaces with the same aim counts once."""
    nodes = dict(graph.nodes(data=True))
    levels: dict[str, list[str | None]] = {aim: [] for aim in AIMS}
    for actor in ids:
        served = {aim for space in nodes[actor].get("spaces", ()) for aim in SPACE_AIMS.get(space, ())}
        for aim in served:
            levels[aim].append(nodes[actor].get("level"))
    return {aim: level_counts(values) for aim, values in levels.items()}
