"""``netkort analyse`` as one pure function: the graph in, every analysis out.

:func:`analyse` runs coverage, the interest analysis, the care list and the
structure over the graph (or over one initiative's part of it, ``tag``) and
returns an :class:`Analysis`; ``Analysis.to_dict()`` is exactly what
``netkort analyse --json`` prints. Nothing here reads the clock unless no
date is given, and nothing writes files: rendering is :mod:`netkort.report`'s.
No emails, phone numbers or notes are carried into the result.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from .candidates import Candidates, candidates
from .care import DEFAULT_STALE_MONTHS, Care, care
from .checklist import Checklist, checklist
from .coverage import Coverage, coverage
from .graph import LIBRARY, LIBRARY_NAME, actors, staff
from .i18n import Phrase, gettext
from .interest import DEFAULT_THRESHOLD, Interest, interest
from .problems import UsageError
from .structure import Structure, structure
from .text import by_name, name_key
from .vocabulary import LEVELS, SCORE_RANGE, SPACES

if TYPE_CHECKING:
    from .display import Report
    from .network import Network


class UnknownTagError(UsageError):
    """``--tag`` names a theme no actor carries."""

    def __init__(self, tag: str, known: list[str]):
        close = difflib.get_close_matches(tag.casefold(), [k.casefold() for k in known], n=1)
        hint = next((k for k in known if close and k.casefold() == close[0]), None)
        listed = ", ".join(known)
        hint_said = Phrase.by(lambda lang: " " + gettext("Did you mean '{hint}'?", lang).format(hint=hint)) \
            if hint else ""
        known_said = Phrase.by(lambda lang: " " + (gettext("Tags in the data: {listed}", lang).format(listed=listed)
                                                   if known else gettext("The data has no tags.", lang)))
        super().__init__("unknown-tag", tag=tag, hint=hint_said, known=known_said)


def tags(graph: nx.Graph) -> list[str]:
    """Every tag (theme, initiative) in the graph, first spelling kept, in name order."""
    seen: dict[str, str] = {}
    for actor in actors(graph):
        for tag in graph.nodes[actor].get("tags", ()):
            seen.setdefault(name_key(tag), tag)
    return sorted(seen.values(), key=by_name)


def tagged(graph: nx.Graph, tag: str) -> nx.Graph:
    """The part of ``graph`` for one initiative: the library, the actors tagged ``tag``
    (case and spacing ignored) and the staff who hold them.

    Raises :class:`UnknownTagError` when no actor carries the tag.
    """
    key = name_key(tag)
    chosen = [a for a in actors(graph)
              if any(name_key(t) == key for t in graph.nodes[a].get("tags", ()))]
    if not chosen:
        raise UnknownTagError(tag, tags(graph))
    keep = set(chosen)
    if LIBRARY in graph:
        keep.add(LIBRARY)
    for actor in chosen:
        keep.update(n for n in graph[actor] if graph.nodes[n].get("kind") == "staff")
    return graph.subgraph(keep).copy()


@dataclass
class Summary:
    """The headline figures: what was analysed, and the counts the report opens with."""

    library: str
    as_of: dt.date
    tag: str | None
    threshold: int
    stale_months: int
    actors: int
    staff: int
    levels: dict[str, int]
    unknown_level: int
    relations: int
    spaces_with_partnership: list[str]
    key_person: int
    no_staff: int
    multi_staff: int
    missing_agreement: int
    evaluation_due: int
    stale: int
    duplicates: int
    not_contributing: int
    assessed: int
    not_assessed: int
    tags: list[str]

    def to_dict(self) -> dict:
        data = dict(self.__dict__)
        data["as_of"] = self.as_of.isoformat()
        data["spaces"] = len(SPACES)
        return data


@dataclass
class Analysis:
    """Every analysis of one network; ``to_dict()`` is the ``--json`` document.

    In a notebook it shows itself as the report ``netkort analyse`` writes; its parts
    give tables as DataFrames (``analysis.coverage.frame()``, ``analysis.interest.frame()``,
    ``analysis.care.frame("stale")``).
    """

    summary: Summary
    coverage: Coverage
    interest: Interest
    care: Care
    structure: Structure
    files: list[str] = field(default_factory=list)  # the files read, named on the report
    checklist: Checklist = field(default_factory=Checklist)  # "Har du tjek på…" per partnership
    candidates: Candidates = field(default_factory=Candidates)  # "How to say no": the candidates ranked

    def to_dict(self) -> dict:
        return {"summary": self.summary.to_dict(), "coverage": self.coverage.to_dict(),
                "interest": self.interest.to_dict(), "care": self.care.to_dict(),
                "structure": self.structure.to_dict(), "checklist": self.checklist.to_dict(),
                "candidates": self.candidates.to_dict()}

    def __repr__(self) -> str:  # short: a notebook stores it beside the page
        s = self.summary
        return (f"Analysis(library={s.library!r}, as_of={s.as_of.isoformat()!r}, actors={s.actors}, "
                f"staff={s.staff}, gaps={[g.space for g in self.coverage.gaps]!r})")

    def page(self, lang: str = "da", height: int | None = None) -> Report:
        """The report page (:class:`netkort.display.Report`): shown in a notebook, or saved."""
        from .display import Report

        return Report(self, lang=lang, height=height)

    def save(self, path: Path | str, lang: str = "da") -> Path:
        """Write the report as ``netkort analyse`` does: .html (the page) or .xlsx (every table)."""
        return self.page(lang).save(path)

    def _repr_html_(self) -> str:
        return self.page()._repr_html_()


def analyse(graph: Network | nx.Graph, as_of: dt.date | None = None, threshold: int = DEFAULT_THRESHOLD,
            stale_months: int = DEFAULT_STALE_MONTHS, tag: str | None = None) -> Analysis:
    """Analyse a network: coverage of the spaces, interest analysis, care list, structure, the
    partnership checklist and the candidates.

    What ``netkort analyse`` does, as data: ``to_dict()`` is its ``--json``; in a notebook
    the result shows itself as the report page.

    Parameters
    ----------
    graph : Network or networkx.Graph
        The network (``netkort.load(paths)``, or its ``.graph``). Only a Network carries the
        sheets Tjekliste and Kandidater; with a bare graph every partnership is "ikke gennemgået".
    as_of : datetime.date, optional
        The day the care list counts from (stale contacts, due evaluations); today if omitted.
    threshold : int
        A score at or above it counts as high in the interest analysis (default 4: a 3 is low).
    stale_months : int
        A relation with no contact for more than this many months is stale (default 12).
    tag : str, optional
        Analyse only the actors tagged with this initiative (and their staff).

    Returns
    -------
    Analysis

    Raises
    ------
    UnknownTagError
        No actor carries ``tag``.
    ValueError
        ``threshold`` outside 1-5, or ``stale_months`` below 1.

    Examples
    --------
    >>> import datetime, netkort
    >>> network = netkort.load([netkort.sample()])
    >>> analysis = netkort.analyse(network, as_of=datetime.date(2025, 10, 1))
    >>> analysis.summary.actors, analysis.summary.spaces_with_partnership
    (300, ['inspiration', 'learning', 'meeting'])
    >>> [(gap.space, gap.kind) for gap in analysis.coverage.gaps]
    [('performative', 'no-cooperation-or-partnership')]
    >>> analysis
    Analysis(library='Biblioteket', as_of='2025-10-01', actors=300, staff=10, gaps=['performative'])
    """
    from .network import Network, graph_of

    files = list(graph.files) if isinstance(graph, Network) else []
    rows = graph.data if isinstance(graph, Network) else None
    graph = graph_of(graph)
    low, high = SCORE_RANGE
    if not low <= threshold <= high:
        raise ValueError(f"threshold must be {low}-{high}, not {threshold}")
    if stale_months < 1:
        raise ValueError(f"stale_months must be at least 1, not {stale_months}")
    as_of = as_of or dt.date.today()
    if tag is not None:
        graph = tagged(graph, tag)
        tag = next(t for t in tags(graph) if name_key(t) == name_key(tag))  # as the data spells it
    cover, scores = coverage(graph), interest(graph, threshold)
    care_list, shape = care(graph, as_of, stale_months), structure(graph)
    summary = _summary(graph, cover, scores, care_list, as_of=as_of, tag=tag, threshold=threshold,
                       stale_months=stale_months)
    checked = checklist(graph, rows.checklist if rows else ())
    chosen = candidates(graph, cover, rows.candidates if rows else ())
    return Analysis(summary, cover, scores, care_list, shape, files, checked, chosen)


def _summary(graph: nx.Graph, cover: Coverage, scores: Interest, care_list: Care, *, as_of: dt.date,
             tag: str | None, threshold: int, stale_months: int) -> Summary:
    ids = actors(graph)
    levels = dict.fromkeys(LEVELS, 0)
    unknown = 0
    for actor in ids:
        level = graph.nodes[actor].get("level")
        if level in levels:
            levels[level] += 1
        else:
            unknown += 1
    library = graph.nodes[LIBRARY]["name"] if LIBRARY in graph else graph.graph.get("name", LIBRARY_NAME)
    return Summary(
        library=library, as_of=as_of, tag=tag, threshold=threshold, stale_months=stale_months,
        actors=len(ids), staff=len(staff(graph)), levels=levels, unknown_level=unknown,
        relations=sum(1 for *_, kind in graph.edges(data="kind") if kind == "relation"),
        spaces_with_partnership=[s for s in SPACES if cover.counts(s)["partnership"]],
        key_person=len(care_list.key_person), no_staff=len(care_list.no_staff),
        multi_staff=len(care_list.multi_staff), missing_agreement=len(care_list.missing_agreement),
        evaluation_due=len(care_list.evaluation_due), stale=len(care_list.stale),
        duplicates=len(care_list.duplicates), not_contributing=len(cover.not_contributing),
        assessed=len(scores.actors), not_assessed=len(scores.not_assessed), tags=tags(graph))
