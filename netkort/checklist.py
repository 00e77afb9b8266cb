"""The guide's partnership checklist, "Har du tjek på…": what each partnership still lacks.

The guide "Byg partnerskaber!" asks nine questions of every partnership (its
purpose, communication, evaluation, motivation, resources, how it is organised,
knowing the partner, working tools, and its place in your organisation), each
with its points (``vocabulary.CHECKLIST_POINTS``). The team answers them on
the workbook's sheet Tjekliste: ja, delvis or nej per heading, one row per
partnership. This module joins those answers with what the contact list
already shows:

- a written agreement (samarbejdsaftale, kontrakt) is the first point of
  *arbejdsredskaberne*;
- a next evaluation date shows an *evalueringsplan*;
- a responsible staff member is the *ansvarsfordeling* of the partnership's
  organisation;
- the partner's contact person is a way in (*kendskab til din partner*);
- a stated purpose (an extra column "Formål"), the library spaces it serves
  (the library's aims) and its target groups are the three points of
  *partnerskabets formål*.

What the data shows fills in a heading the team left blank, marked as filled
in by netkort: ``yes`` when it shows every point of the heading, else
``partly``. The team's own answer is never overridden. A partnership with no
row on the sheet is "ikke gennemgået" (not reviewed); its row holds only what
the data shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from babel.lists import format_list

from .care import holders, partnership_relations
from .graph import actors, node_id
from .i18n import LOCALES, gettext, ngettext
from .read.contacts import Row, Source
from .text import by_name, fold, name_key
from .vocabulary import (
    AGREEMENT_RANK,
    CHECKLIST,
    CHECKLIST_EVIDENCE,
    CHECKLIST_LABELS,
    CHECKLIST_POINTS,
    PURPOSE_HEADERS,
)

MISSING = ("no", "unknown", None)  # answers that leave a heading open
WRITTEN = ("agreement", "contract")  # agreements that are written down
_PURPOSE = frozenset(fold(h) for h in PURPOSE_HEADERS)


@dataclass(frozen=True)
class Answer:
    """One heading of one partnership: the answer, who gave it, and what the data shows of it.

    ``value`` is ``yes``, ``partly``, ``no``, ``unknown`` (ved ikke) or ``None`` (not answered);
    ``by`` is ``team`` (written on the sheet), ``netkort`` (filled in from the data) or ``None``;
    ``shown`` names the evidence in the data (``agreement``, ``next_evaluation``, ``staff``,
    ``contact_person``, ``purpose``, ``spaces``, ``groups``), also beside a team's answer.
    """

    value: str | None
    by: str | None
    shown: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"answer": self.value, "by": self.by, "shown": list(self.shown)}


@dataclass
class Review:
    """One partnership's checklist: an answer per heading, in the guide's order."""

    name: str
    level: str | None
    staff: tuple[str, ...]
    reviewed: bool  # the team has a row for it on the sheet
    answers: dict[str, Answer]
    source: Source | None = None  # the sheet row, when reviewed

    @property
    def missing(self) -> list[str]:
        """Headings answered no, don't know or not at all."""
        return [h for h in CHECKLIST if self.answers[h].value in MISSING]

    @property
    def partly(self) -> list[str]:
        """Headings only partly in place."""
        return [h for h in CHECKLIST if self.answers[h].value == "partly"]

    @property
    def filled_in(self) -> list[str]:
        """Headings netkort filled in from the data."""
        return [h for h in CHECKLIST if self.answers[h].by == "netkort"]

    def to_dict(self) -> dict:
        return {"name": self.name, "level": self.level, "staff": list(self.staff), "reviewed": self.reviewed,
                "answers": {h: a.to_dict() for h, a in self.answers.items()},
                "missing": self.missing, "partly": self.partly, "filled_in": self.filled_in}


@dataclass(frozen=True)
class Unused:
    """A row of the sheet Tjekliste that matches no partnership, so its answers are not used.

    ``reason`` is ``unknown`` (no actor of that name; ``suggestion`` is the closest name, if
    any) or ``level`` (the actor's level, ``level``, is not partnerskab).
    """

    name: str
    reason: str
    source: Source | None = None
    suggestion: str | None = None
    level: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "reason": self.reason, "suggestion": self.suggestion, "level": self.level,
                "sheet": self.source.sheet if self.source else None, "row": self.source.row if self.source else None}


@dataclass
class Checklist:
    """Every partnership's checklist, in name order, and the sheet's rows that match none."""

    reviews: list[Review] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)  # rows matching no partnership, in sheet order

    @property
    def not_reviewed(self) -> list[Review]:
        """Partnerships with no row on the sheet Tjekliste: "ikke gennemgået"."""
        return [r for r in self.reviews if not r.reviewed]

    @property
    def incomplete(self) -> list[Review]:
        """Partnerships with a heading missing or only partly in place."""
        return [r for r in self.reviews if r.missing or r.partly]

    def missing_count(self, heading: str) -> int:
        """How many partnerships lack ``heading`` (answered no, don't know, or not at all)."""
        return sum(heading in r.missing for r in self.reviews)

    def to_dict(self) -> dict:
        return {"headings": list(CHECKLIST), "partnerships": [r.to_dict() for r in self.reviews],
                "not_reviewed": [r.name for r in self.not_reviewed],
                "missing_per_heading": {h: self.missing_count(h) for h in CHECKLIST},
                "unused": [u.to_dict() for u in self.unused]}


def merged_rows(rows: Iterable[Row]) -> dict[str, Row]:
    """The sheet's rows by actor id; a partnership on several rows is one, its first answer per heading kept."""
    found: dict[str, Row] = {}
    for row in rows:
        key = node_id("a", str(row.values["name"]))
        if key not in found:
            found[key] = Row(row.source, dict(row.values), dict(row.custom))
            continue
        for name, value in row.values.items():
            found[key].values.setdefault(name, value)
    return found


def evidence(graph: nx.Graph, actor: str, keepers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """What the contact list shows of each heading for ``actor``, as evidence ids per heading."""
    data = graph.nodes[actor]
    relations = (partnership_relations(graph, actor) if data.get("level") == "partnership" else
                 [(None, d) for _, _, d in graph.edges(actor, data=True) if d.get("kind") in ("holds", "direct")])
    agreements = [d["agreement"] for _, d in relations if d.get("agreement")]
    agreement = max(agreements, key=AGREEMENT_RANK.__getitem__) if agreements else None
    found = {
        "agreement": agreement in WRITTEN,
        "next_evaluation": any(d.get("next_evaluation") for _, d in relations),
        "staff": bool(keepers),
        "contact_person": bool(data.get("contact_person")),
        "purpose": any(fold(column) in _PURPOSE and str(value).strip()
                       for column, value in data.get("custom", {}).items()),
        "spaces": bool(data.get("spaces")),
        "groups": bool(data.get("groups")),
    }
    return {heading: tuple(e for e in shows if found[e]) for heading, shows in CHECKLIST_EVIDENCE.items()}


def checklist(graph: nx.Graph, rows: Iterable[Row] = ()) -> Checklist:
    """The checklist of every partnership in ``graph``, with the team's answers from ``rows``.

    ``rows`` are the sheet Tjekliste's rows (``network.data.checklist``). A row naming no
    actor of the graph, or an actor that is no partnership, is not used: it is in
    ``unused``, with the reason and the closest name (``check`` warns about it too).
    """
    import difflib

    sheet = merged_rows(rows)
    held = holders(graph)
    chosen = [a for a in actors(graph) if graph.nodes[a].get("level") == "partnership"]
    names = {name_key(graph.nodes[a]["name"]): graph.nodes[a]["name"] for a in actors(graph)}
    unused = []
    for actor, row in sheet.items():
        name = str(row.values["name"])
        if actor not in graph or graph.nodes[actor].get("kind") != "actor":
            close = difflib.get_close_matches(name_key(name), list(names), n=1, cutoff=0.75)
            unused.append(Unused(name, "unknown", row.source, names[close[0]] if close else None))
        elif graph.nodes[actor].get("level") != "partnership":
            unused.append(Unused(graph.nodes[actor]["name"], "level", row.source, level=graph.nodes[actor].get("level")))
    reviews = []
    for actor in sorted(chosen, key=lambda a: by_name(graph.nodes[a]["name"])):
        data = graph.nodes[actor]
        keepers = tuple(sorted({p for p, _ in partnership_relations(graph, actor) if p}, key=by_name)) \
            if data.get("level") == "partnership" else tuple(held.get(actor, ()))
        shown = evidence(graph, actor, keepers)
        row = sheet.get(actor)
        answers = {}
        for heading in CHECKLIST:
            seen = shown.get(heading, ())
            team = row.values.get(heading) if row is not None else None
            if team is not None:
                answers[heading] = Answer(str(team), "team", seen)
            elif seen:
                every = len(seen) == len(CHECKLIST_POINTS.msgids[heading])
                answers[heading] = Answer("yes" if every else "partly", "netkort", seen)
            else:
                answers[heading] = Answer(None, None)
        reviews.append(Review(data["name"], data.get("level"), keepers or tuple(held.get(actor, ())),
                              row is not None, answers, row.source if row is not None else None))
    return Checklist(reviews, unused)


def heading_name(heading: str, lang: str = "da") -> str:
    """A heading as a sentence names it: 'kommunikationsplanlægningen', 'knowing your partner'."""
    label = CHECKLIST_LABELS[lang][heading]
    return label[0].lower() + label[1:]


def listed(items: list[str], lang: str = "da") -> str:
    """'a, b og c', as ``lang`` joins a list (Babel's list patterns)."""
    return format_list(items, locale=LOCALES[lang]) if items else ""


def sentence(review: Review, lang: str = "da") -> str:
    """What a partnership lacks, in the care list's words: 'Åby Sprogcenter mangler ressourceplanen;
    evalueringsplanen er kun delvis på plads.'"""
    name = review.name if review.reviewed else gettext("{name} (not reviewed)", lang).format(name=review.name)
    parts = []
    if review.missing:
        items = listed([heading_name(h, lang) for h in review.missing], lang)
        parts.append(gettext("{name} lacks {items}", lang).format(name=name, items=items))
    if review.partly:
        items = listed([heading_name(h, lang) for h in review.partly], lang)
        text = ngettext("{items} is only partly in place", "{items} are only partly in place",
                        len(review.partly), lang).format(items=items)
        parts.append(text if parts else f"{name}: {text}")
    if not parts:
        return gettext("{name} has all nine headings in place", lang).format(name=name) + "."
    return "; ".join(parts) + "."
