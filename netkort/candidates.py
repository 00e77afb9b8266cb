"""Choosing partners, "How to say no": candidates ranked by the guide's 14 questions.

The guide "Byg partnerskaber!" borrows 14 questions from the California
Academy of Sciences to decide for or against a potential partner or project
(``vocabulary.QUESTION_TEXTS``). The team answers them on the sheet Kandidater:
ja, nej or ved ikke per question, one row per candidate, with the space or gap
the candidate would fill and the decision.

This module ranks the candidates by how many questions they pass (a ``ja``),
then by fewest failed (a ``nej``), then fewest unanswered, and links each to
the coverage gap it would fill: the space, target group or sector its
"Udfylder" cell names (the gap of that space, or the group's or sector's gap
there), or, with the cell empty, the gaps whose candidates in the network
(:mod:`netkort.coverage`) include it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from .care import holders
from .coverage import Coverage, neighbours
from .graph import node_id
from .read.contacts import Row, Source
from .read.values import parse_sector, parse_spaces
from .text import by_name, name_key
from .vocabulary import QUESTIONS

_PARTS = re.compile(r"\s*(?:[;,/|\n]|\s+og\s+|\s+and\s+|\s+och\s+)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class GapLink:
    """A coverage gap a candidate would fill.

    ``by`` is ``space``, ``group`` or ``sector`` (``row`` names the group or sector);
    ``kind`` is the gap's kind, or ``None`` when the space (or cell) has a partnership
    already; ``via`` is ``sheet`` (the team named it) or ``network`` (coverage names the
    actor as a candidate for it).
    """

    space: str
    kind: str | None
    by: str = "space"
    row: str | None = None
    via: str = "sheet"

    def to_dict(self) -> dict:
        return {"space": self.space, "kind": self.kind, "by": self.by, "row": self.row, "via": self.via}


@dataclass
class Assessment:
    """One candidate: its answers, what it passes and fails, the gaps it would fill and the decision."""

    name: str
    fills: str  # the Udfylder cell as written
    answers: dict[str, str | None]  # question id -> yes, no, unknown, partly or None
    decision: str | None
    gaps: list[GapLink]
    in_network: bool
    level: str | None
    staff: tuple[str, ...]
    source: Source | None = None
    rank: int = 0

    @property
    def assessed(self) -> bool:
        """True when at least one of the 14 questions is answered (a row of blanks is not assessed)."""
        return any(a is not None for a in self.answers.values())

    @property
    def passed(self) -> int:
        return sum(a == "yes" for a in self.answers.values())

    @property
    def failed(self) -> list[int]:
        """The numbers (1-14) of the questions answered no."""
        return [n for n, q in enumerate(QUESTIONS, start=1) if self.answers.get(q) == "no"]

    @property
    def open(self) -> list[int]:
        """The numbers of the questions not answered yes or no (ved ikke, delvis, blank)."""
        return [n for n, q in enumerate(QUESTIONS, start=1) if self.answers.get(q) not in ("yes", "no")]

    def to_dict(self) -> dict:
        return {"rank": self.rank, "name": self.name, "passed": self.passed, "questions": len(QUESTIONS),
                "failed": self.failed, "open": self.open, "answers": dict(self.answers),
                "decision": self.decision, "fills": self.fills or None,
                "gaps": [g.to_dict() for g in self.gaps], "in_network": self.in_network,
                "level": self.level, "staff": list(self.staff)}


@dataclass
class Candidates:
    """The candidates, best first."""

    ranking: list[Assessment] = field(default_factory=list)

    @property
    def assessed(self) -> list[Assessment]:
        """The candidates with at least one of the 14 questions answered, best first."""
        return [a for a in self.ranking if a.assessed]

    @property
    def not_assessed(self) -> list[str]:
        """The names of the candidates with none of the 14 questions answered."""
        return [a.name for a in self.ranking if not a.assessed]

    def to_dict(self) -> dict:
        return {"questions": len(QUESTIONS), "ranking": [a.to_dict() for a in self.ranking]}


def gap_links(text: str, cover: Coverage) -> list[GapLink]:
    """The gaps an "Udfylder" cell names: spaces ("Det performative rum"), target groups ("unge")
    and sectors ("privat"), alone or together ("unge; Møderummet": the group's gap in that space).
    A part after a colon is a comment ("Det performative rum: kun netværk")."""
    spaces: list[str] = []
    groups: list[str] = []
    sectors: list[str] = []
    known_groups = {name_key(g): g for g in cover.groups}
    for part in _PARTS.split(text):
        part = part.split(":")[0].strip()
        if not part:
            continue
        found, issue = parse_spaces(part)
        if found and issue is None:
            spaces.extend(s for s in found if s not in spaces)
        elif name_key(part) in known_groups:
            groups.append(known_groups[name_key(part)])
        elif parse_sector(part)[1] is None:
            sectors.append(parse_sector(part)[0])
    links: list[GapLink] = []
    for by, rows, gaps in (("group", groups, cover.group_gaps), ("sector", sectors, cover.sector_gaps)):
        for row in rows:
            cells = [g for g in gaps if g.row == row and (not spaces or g.space in spaces)]
            links.extend(GapLink(g.space, g.kind, by, row) for g in cells)
            links.extend(GapLink(s, None, by, row) for s in spaces if not any(g.space == s for g in cells))
    if not groups and not sectors:
        for space in spaces:
            gap = cover.gap(space)
            links.append(GapLink(space, gap.kind if gap else None))
    return links


def network_links(graph: nx.Graph, actor: str, cover: Coverage) -> list[GapLink]:
    """The space gaps ``actor`` is a candidate for in the network, as :mod:`netkort.coverage` reads it:
    it serves the gap's space (and can move up the network circle) or a neighbouring one."""
    served = set(graph.nodes[actor].get("spaces", ()))
    return [GapLink(gap.space, gap.kind, via="network") for gap in cover.gaps
            if gap.space in served or served & set(neighbours(gap.space))]


def merged_rows(rows: Iterable[Row]) -> list[Row]:
    """One row per candidate; a candidate on several rows keeps its first answer per question."""
    found: dict[str, Row] = {}
    for row in rows:
        key = name_key(str(row.values["name"]))
        if key not in found:
            found[key] = Row(row.source, dict(row.values), dict(row.custom))
            continue
        for name, value in row.values.items():
            found[key].values.setdefault(name, value)
    return list(found.values())


def candidates(graph: nx.Graph, cover: Coverage, rows: Iterable[Row] = ()) -> Candidates:
    """The candidates of the sheet Kandidater (``network.data.candidates``), ranked best first.

    Ranked by questions passed, then fewest failed, then fewest open, then name; equal
    passed and failed counts share a rank (1, 2, 2, 4).
    """
    held = holders(graph)
    found = []
    for row in merged_rows(rows):
        name = str(row.values["name"])
        actor = node_id("a", name)
        inside = actor in graph and graph.nodes[actor].get("kind") == "actor"
        fills = str(row.values.get("fills", "") or "")
        links = gap_links(fills, cover) if fills else []
        if not links and not fills and inside:
            links = network_links(graph, actor, cover)
        found.append(Assessment(
            name=name, fills=fills, answers={q: row.values.get(q) for q in QUESTIONS},
            decision=row.values.get("decision"), gaps=links, in_network=inside,
            level=graph.nodes[actor].get("level") if inside else None,
            staff=tuple(held.get(actor, ())) if inside else (), source=row.source))
    found.sort(key=lambda a: (-a.passed, len(a.failed), len(a.open), by_name(a.name)))
    previous, rank = None, 0
    for index, item in enumerate(found, start=1):
        score = (item.passed, len(item.failed))
        if score != previous:
            rank, previous = index, score
        item.rank = rank
    return Candidates(found)
