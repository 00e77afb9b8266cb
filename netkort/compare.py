"""Development over time: what changed between two snapshots of the network.

"Has the library got a bigger network?" answered from data. :func:`compare`
takes the graphs of an older and a newer snapshot and returns a
:class:`Comparison`: actors that are new and actors that were lost, relations
that moved up the network circle (``upgraded``: network → cooperation →
partnership) or down (``downgraded``), staff members who joined or left,
coverage of the four library spaces before and after, and a summary in
words. ``Comparison.to_dict()`` is exactly what ``netkort compare --json``
prints.

Actors and staff members are matched by name, ignoring case and spacing
(:func:`netkort.text.name_key`). An actor's level is its strongest relation,
as everywhere in netkort; an actor whose level is unknown in either snapshot
has not moved. Only names, types, levels and staff names are carried, never
an e-mail address, a phone number or a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from .care import holders
from .coverage import coverage, gap_kind
from .graph import actors, staff
from .i18n import legacy
from .text import by_name, counted, name_key
from .vocabulary import LEVEL_LABELS, LEVEL_RANK, LEVELS, SPACE_LABELS, SPACES

if TYPE_CHECKING:
    import pandas as pd

    from .display import ComparisonPage
    from .network import Network

_PLURAL_LEVELS = legacy({
    "da": {"network": ("netværksrelation", "netværksrelationer"),
           "cooperation": ("samarbejde", "samarbejder"),
           "partnership": ("partnerskab", "partnerskaber")},
    "en": {"network": ("network relation", "network relations"),
           "cooperation": ("cooperation", "cooperations"),
           "partnership": ("partnership", "partnerships")},
})


@dataclass(frozen=True)
class ActorEntry:
    """A new or lost actor: name, type, level and the staff members who hold it."""

    name: str
    type: str | None = None
    level: str | None = None
    staff: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "level": self.level, "staff": list(self.staff)}


@dataclass(frozen=True)
class LevelChange:
    """An actor whose level moved on the network circle; ``staff`` holds it now."""

    name: str
    before: str
    after: str
    staff: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "before": self.before, "after": self.after,
                "staff": list(self.staff)}


@dataclass(frozen=True)
class Snapshot:
    """The totals of one snapshot."""

    actors: int
    staff: int
    levels: dict[str, int]
    unknown_level: int

    def to_dict(self) -> dict:
        return {"actors": self.actors, "staff": self.staff, "levels": dict(self.levels),
                "unknown_level": self.unknown_level}


@dataclass
class Comparison:
    """What changed from the ``before`` snapshot to the ``after`` snapshot."""

    new: list[ActorEntry]
    lost: list[ActorEntry]
    upgraded: list[LevelChange]
    downgraded: list[LevelChange]
    joined: list[str]
    left: list[str]
    coverage: dict[str, dict[str, dict[str, int]]]  # space -> "before"/"after" -> level -> actors
    before: Snapshot
    after: Snapshot
    staff_before: list[str] = field(default_factory=list)
    staff_after: list[str] = field(default_factory=list)
    before_label: str = ""  # the snapshots' file names, as the page heads its columns
    after_label: str = ""

    def summary(self, lang: str = "da") -> list[str]:
        """The comparison in a few sentences (see :func:`summary_sentences`)."""
        return summary_sentences(self, lang)

    def to_dict(self, lang: str = "da") -> dict:
        """The ``compare --json`` document; only ``summary.text`` depends on ``lang``."""
        return {
            "new": [entry.to_dict() for entry in self.new],
            "lost": [entry.to_dict() for entry in self.lost],
            "upgraded": [change.to_dict() for change in self.upgraded],
            "downgraded": [change.to_dict() for change in self.downgraded],
            "staff": {"joined": list(self.joined), "left": list(self.left),
                      "before": len(self.staff_before), "after": len(self.staff_after)},
            "coverage": {space: {when: dict(counts) for when, counts in sides.items()}
                         for space, sides in self.coverage.items()},
            "summary": {"before": self.before.to_dict(), "after": self.after.to_dict(),
                        "new": len(self.new), "lost": len(self.lost),
                        "upgraded": len(self.upgraded), "downgraded": len(self.downgraded),
                        "text": self.summary(lang)},
        }

    def __repr__(self) -> str:  # short: a notebook stores it beside the page
        return (f"Comparison(before={self.before.actors}, after={self.after.actors}, new={len(self.new)}, "
                f"lost={len(self.lost)}, upgraded={len(self.upgraded)}, downgraded={len(self.downgraded)})")

    def frame(self) -> pd.DataFrame:
        """Every actor that came, went or moved on the network circle, one row each.

        Needs pandas. ``change`` is ``new``, ``lost``, ``upgraded`` or ``downgraded``;
        ``before`` and ``after`` are the levels (missing for an actor that was not there);
        ``staff`` the staff members holding it (now, or when it was lost).

        Examples
        --------
        >>> import netkort
        >>> old = netkort.load([netkort.sample("hovedbibliotek-2024.xlsx")])
        >>> new = netkort.load([netkort.sample()])
        >>> changes = netkort.compare(old, new).frame()
        >>> changes.change.value_counts().to_dict()
        {'new': 60, 'upgraded': 20, 'lost': 15, 'downgraded': 5}
        >>> changes[changes.change == "upgraded"].iloc[0][["name", "before", "after"]].to_list()
        ['Familiehuset Hvidsten', 'cooperation', 'partnership']
        """
        from .frames import changes

        return changes(self)

    def coverage_frame(self) -> pd.DataFrame:
        """Actors per space and level before and after: a row per space, columns (when, level).

        Needs pandas.

        Examples
        --------
        >>> import netkort
        >>> old = netkort.load([netkort.sample("hovedbibliotek-2024.xlsx")])
        >>> spaces = netkort.compare(old, netkort.load([netkort.sample()])).coverage_frame()
        >>> spaces.loc["performative", "after"].to_dict()
        {'network': 44, 'cooperation': 0, 'partnership': 0}
        """
        from .frames import space_changes

        return space_changes(self)

    def page(self, lang: str = "da", height: int | None = None) -> ComparisonPage:
        """The page ``netkort compare -o`` writes (:class:`netkort.display.ComparisonPage`)."""
        from .display import ComparisonPage

        return ComparisonPage(self, lang=lang, height=height)

    def save(self, path: Path | str, lang: str = "da") -> Path:
        """Write the page ``netkort compare -o`` writes (.html)."""
        return self.page(lang).save(path)

    def _repr_html_(self) -> str:
        return self.page()._repr_html_()


def compare(old_graph: Network | nx.Graph, new_graph: Network | nx.Graph) -> Comparison:
    """Compare two snapshots of the network: what is new, lost, moved up or down.

    What ``netkort compare`` does, as data: ``to_dict()`` is its ``--json``, ``summary()``
    the sentences it prints; in a notebook the result shows itself as its page.

    Parameters
    ----------
    old_graph : Network or networkx.Graph
        The earlier snapshot (``netkort.load([...])`` or its ``.graph``).
    new_graph : Network or networkx.Graph
        The later snapshot.

    Returns
    -------
    Comparison

    Examples
    --------
    >>> import netkort
    >>> old = netkort.load([netkort.sample("hovedbibliotek-2024.xlsx")])
    >>> comparison = netkort.compare(old, netkort.load([netkort.sample()]))
    >>> comparison
    Comparison(before=255, after=300, new=60, lost=15, upgraded=20, downgraded=5)
    >>> comparison.summary()[:2]
    ['Netværket voksede fra 255 til 300 aktører.', '60 nye aktører kom til, og 15 forsvandt.']
    """
    from .network import files_of, graph_of

    labels = [", ".join(Path(f).name for f in files_of(g)) for g in (old_graph, new_graph)]
    old_graph, new_graph = graph_of(old_graph), graph_of(new_graph)
    old, new = _actors_by_key(old_graph), _actors_by_key(new_graph)
    old_held, new_held = holders(old_graph), holders(new_graph)

    def entry(graph: nx.Graph, held: dict, actor: str) -> ActorEntry:
        data = graph.nodes[actor]
        return ActorEntry(data["name"], data.get("type"), data.get("level"), tuple(held.get(actor, ())))

    added = [entry(new_graph, new_held, new[k]) for k in new if k not in old]
    lost = [entry(old_graph, old_held, old[k]) for k in old if k not in new]
    upgraded: list[LevelChange] = []
    downgraded: list[LevelChange] = []
    for key in new.keys() & old.keys():
        before = old_graph.nodes[old[key]].get("level")
        after = new_graph.nodes[new[key]].get("level")
        if before not in LEVEL_RANK or after not in LEVEL_RANK or before == after:
            continue
        change = LevelChange(new_graph.nodes[new[key]]["name"], before, after,
                             tuple(new_held.get(new[key], ())))
        (upgraded if LEVEL_RANK[after] > LEVEL_RANK[before] else downgraded).append(change)

    staff_before = _staff_names(old_graph)
    staff_after = _staff_names(new_graph)
    before_keys = {name_key(n) for n in staff_before}
    after_keys = {name_key(n) for n in staff_after}

    def ordered(items):
        return sorted(items, key=lambda item: by_name(item.name))

    return Comparison(
        new=ordered(added), lost=ordered(lost),
        upgraded=sorted(upgraded, key=lambda c: (-LEVEL_RANK[c.after], by_name(c.name))),
        downgraded=sorted(downgraded, key=lambda c: (LEVEL_RANK[c.after], by_name(c.name))),
        joined=[n for n in staff_after if name_key(n) not in before_keys],
        left=[n for n in staff_before if name_key(n) not in after_keys],
        coverage=space_coverage(old_graph, new_graph),
        before=snapshot(old_graph), after=snapshot(new_graph),
        staff_before=staff_before, staff_after=staff_after,
        before_label=labels[0], after_label=labels[1],
    )


def _actors_by_key(graph: nx.Graph) -> dict[str, str]:
    return {name_key(graph.nodes[a]["name"]): a for a in actors(graph)}


def _staff_names(graph: nx.Graph) -> list[str]:
    return sorted((graph.nodes[s]["name"] for s in staff(graph)), key=by_name)


def snapshot(graph: nx.Graph) -> Snapshot:
    """Actors, staff and actors per level of one snapshot."""
    levels = dict.fromkeys(LEVELS, 0)
    unknown = 0
    for actor in actors(graph):
        level = graph.nodes[actor].get("level")
        if level in levels:
            levels[level] += 1
        else:
            unknown += 1
    return Snapshot(len(actors(graph)), len(staff(graph)), levels, unknown)


def space_coverage(old_graph: nx.Graph, new_graph: nx.Graph) -> dict[str, dict[str, dict[str, int]]]:
    """Actors per space and level, before and after (from :func:`netkort.coverage.coverage`)."""
    before, after = coverage(old_graph, max_candidates=0), coverage(new_graph, max_candidates=0)
    return {space: {"before": before.counts(space), "after": after.counts(space)} for space in SPACES}


# --- the summary in words ---------------------------------------------------------

def _and(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" og " if lang == "da" else " and ") + items[-1]


def summary_sentences(c: Comparison, lang: str = "da") -> list[str]:
    """'Netværket voksede fra 255 til 300 aktører.' and the other sentences of the summary."""
    da = lang == "da"
    sentences = [_growth(c.before.actors, c.after.actors, da)]
    if da:
        sentences.append(f"{counted(len(c.new), 'ny aktør', 'nye aktører')} kom til, "
                         f"og {len(c.lost)} forsvandt." if c.new or c.lost else
                         "Ingen aktører kom til eller forsvandt.")
    else:
        sentences.append(f"{counted(len(c.new), 'actor is', 'actors are')} new and {len(c.lost)} "
                         f"{'was' if len(c.lost) == 1 else 'were'} lost." if c.new or c.lost else
                         "No actor came or went.")
    sentences.append(_moves(len(c.upgraded), len(c.downgraded), da))
    sentences.append(_levels(c.before, c.after, lang))
    staff_text = _staff(c.joined, c.left, lang)
    if staff_text:
        sentences.append(staff_text)
    sentences.extend(_space_news(c.coverage, lang))
    return sentences


def _growth(before: int, after: int, da: bool) -> str:
    if da:
        if after > before:
            return f"Netværket voksede fra {before} til {after} aktører."
        if after < before:
            return f"Netværket skrumpede fra {before} til {after} aktører."
        return f"Netværket har stadig {counted(after, 'aktør', 'aktører')}."
    if after > before:
        return f"The network grew from {before} to {after} actors."
    if after < before:
        return f"The network shrank from {before} to {after} actors."
    return f"The network still has {counted(after, 'actor', 'actors')}."


def _moves(up: int, down: int, da: bool) -> str:
    if da:
        if not up and not down:
            return "Ingen relationer rykkede op eller ned i netværkscirklen."
        return (f"{counted(up, 'relation', 'relationer')} rykkede op i netværkscirklen, "
                f"og {down} rykkede ned.")
    if not up and not down:
        return "No relation moved up or down the network circle."
    return (f"{counted(up, 'relation', 'relations')} moved up the network circle "
            f"and {down} moved down.")


def _levels(before: Snapshot, after: Snapshot, lang: str) -> str:
    parts = []
    for level in reversed(LEVELS):
        one, many = _PLURAL_LEVELS[lang][level]
        count = after.levels[level]
        parts.append(f"{count} {one if count == 1 else many} "
                     f"({'før' if lang == 'da' else 'before'} {before.levels[level]})")
    lead = "Nu er der" if lang == "da" else "There are now"
    return f"{lead} {_and(parts, lang)}."


def _staff(joined: list[str], left: list[str], lang: str) -> str:
    if lang == "da":
        parts = []
        if joined:
            parts.append(f"{_and(joined, lang)} kom til")
        if left:
            parts.append(f"{_and(left, lang)} stoppede")
        return (", og ".join(parts) + ".") if parts else ""
    parts = []
    if joined:
        parts.append(f"{_and(joined, lang)} joined")
    if left:
        parts.append(f"{_and(left, lang)} left")
    return (" and ".join(parts) + ".") if parts else ""


def _space_news(cov: dict[str, dict[str, dict[str, int]]], lang: str) -> list[str]:
    """Milestones per space: a first partnership, the last one lost, a gap that stays."""
    news = []
    for space, sides in cov.items():
        label = SPACE_LABELS[lang][space] if lang == "da" else SPACE_LABELS[lang][space].lower()
        text = _SPACE_NEWS[lang]
        before, after = gap_kind(sides["before"]), gap_kind(sides["after"])
        partnerships = sides["after"].get("partnership", 0)
        if before is not None and after is None:
            news.append(text["first_partnership" if partnerships == 1 else "first_partnerships"]
                        .format(space=label, n=partnerships))
        elif before is None and after is not None:
            news.append(text["lost_partnership"].format(space=label))
        elif before == "uncovered" and after != "uncovered":
            news.append(text["first-actors-" + after].format(space=label))  # progress, not a decline
        elif after is not None:
            one, many = _PLURAL_LEVELS[lang]["cooperation"]
            news.append(text[("still-" if before == after else "now-") + after].format(
                space=label, n=counted(sides["before"].get("cooperation", 0), one, many)))
    if lang == "en":
        news = [line[0].upper() + line[1:] for line in news]
    return news


_SPACE_NEWS = legacy({
    "da": {"first_partnership": "{space} fik sit første partnerskab.",
           "first_partnerships": "{space} fik sine første partnerskaber ({n}).",
           "lost_partnership": "{space} har ikke længere noget partnerskab.",
           "still-no-partnership": "{space} har stadig intet partnerskab.",
           "still-no-cooperation-or-partnership": "{space} har stadig kun netværkskontakter.",
           "still-uncovered": "{space} har stadig ingen aktører.",
           "now-no-partnership": "{space} har nu samarbejder, men stadig intet partnerskab.",
           "now-no-cooperation-or-partnership": "{space} har nu kun netværkskontakter (før {n}).",
           "now-uncovered": "{space} har ikke længere nogen aktører.",
           "first-actors-no-cooperation-or-partnership": "{space} har fået sine første aktører, "
                                                         "men kun netværkskontakter.",
           "first-actors-no-partnership": "{space} har fået sine første aktører og samarbejder, "
                                          "men endnu intet partnerskab."},
    "en": {"first_partnership": "the {space} got its first partnership.",
           "first_partnerships": "the {space} got its first partnerships ({n}).",
           "lost_partnership": "the {space} no longer has a partnership.",
           "still-no-partnership": "the {space} still has no partnership.",
           "still-no-cooperation-or-partnership": "the {space} still has only network contacts.",
           "still-uncovered": "the {space} still has no actors.",
           "now-no-partnership": "the {space} now has cooperations, but still no partnership.",
           "now-no-cooperation-or-partnership": "the {space} now has only network contacts (before: {n}).",
           "now-uncovered": "the {space} no longer has any actors.",
           "first-actors-no-cooperation-or-partnership": "the {space} has its first actors, "
                                                         "but only network contacts.",
           "first-actors-no-partnership": "the {space} has its first actors and cooperations, "
                                          "but no partnership yet."},
})


# --- the page ------------------------------------------------------------------------

TEXTS = legacy({
    "da": {"title": "Udvikling i netværket", "before": "Før", "after": "Efter", "change": "Ændring",
           "summary": "Kort fortalt", "totals": "Aktører og relationsniveauer",
           "actors": "Aktører", "staff": "Medarbejdere", "unknown": "ukendt niveau",
           "coverage": "De fire rum før og efter",
           "coverage_note": "Aktører pr. rum og relationsniveau (hver aktør tæller ét niveau: det stærkeste).",
           "space": "Rum", "upgraded": "Rykket op i netværkscirklen",
           "downgraded": "Rykket ned i netværkscirklen", "new": "Nye aktører", "lost": "Aktører, der er væk",
           "name": "Navn", "type": "Type", "level": "Relation", "from": "Fra", "to": "Til",
           "held_by": "Medarbejder", "joined": "Kom til", "left": "Stoppede", "none": "Ingen.",
           "no_partnership": "intet partnerskab", "count": "Antal", "status": "Status",
           "contents": "Indhold"},
    "en": {"title": "Development of the network", "before": "Before", "after": "After", "change": "Change",
           "summary": "In short", "totals": "Actors and relation levels",
           "actors": "Actors", "staff": "Staff members", "unknown": "unknown level",
           "coverage": "The four spaces before and after",
           "coverage_note": "Actors per space and relation level (each actor counts once, at its strongest level).",
           "space": "Space", "upgraded": "Moved up the network circle",
           "downgraded": "Moved down the network circle", "new": "New actors", "lost": "Actors lost",
           "name": "Name", "type": "Type", "level": "Relation", "from": "From", "to": "To",
           "held_by": "Staff", "joined": "Joined", "left": "Left", "none": "None.",
           "no_partnership": "no partnership", "count": "Count", "status": "Status",
           "contents": "Contents"},
})


def write_comparison(comparison: Comparison, path: Path | str, lang: str = "da",
                     before_label: str = "", after_label: str = "", title: str | None = None) -> Path:
    """Write the comparison as a self-contained HTML page (no script, no personal fields)."""
    from .render import write_page

    texts = TEXTS[lang]
    return write_page(path, "compare.html", c=comparison, t=texts, lang=lang,
                      title=title or texts["title"], summary=comparison.summary(lang),
                      before_label=before_label, after_label=after_label,
                      levels=list(reversed(LEVELS)), level_labels=LEVEL_LABELS[lang],
                      space_labels=SPACE_LABELS[lang], d=None, charts={})
