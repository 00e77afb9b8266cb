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
    space_actors: dict[str, dict[str, int]] = field(default_factory=dict)  # space -> "before"/"after" -> actors,
    # whatever their level
    before_name: str = ""  # the snapshots' short names in the sentences (a year); else their labels
    after_name: str = ""
    dated: list = field(default_factory=list)  # each snapshot's netkort.development.Dated

    def names(self, lang: str = "da") -> tuple[str, str]:
        """The two snapshots' names in the sentences: their years, their file names, or Før/Efter."""
        return (self.before_name or self.before_label or TEXTS[lang]["before"],
                self.after_name or self.after_label or TEXTS[lang]["after"])

    def notes(self, lang: str = "da") -> list[str]:
        """The warnings ``compare`` prints on stderr and the page shows: files out of date order,
        a snapshot with no relation levels (:func:`netkort.development.snapshot_notes`)."""
        from .development import snapshot_notes

        return snapshot_notes([self.before_label, self.after_label], [self.before, self.after], self.dated, lang)

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
    from .development import snapshot_date
    from .network import files_of, graph_of

    labels = [", ".join(Path(f).name for f in files_of(g)) for g in (old_graph, new_graph)]
    sources = old_graph, new_graph
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
        space_actors=space_actors(old_graph, new_graph),
        dated=[snapshot_date(graph_of(s), files_of(s)) for s in sources],
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


def summary_sentences(c: Comparison, lang: str = "da", unknown_lines: bool = True, span: bool = False) -> list[str]:
    """'Netværket voksede fra 255 til 300 aktører.' and the other sentences of the summary.

    A snapshot whose actors have no known level is never counted as zero: its levels are
    "ukendt", and its actors without a level are said (``unknown_lines``; the development
    summary says them for every snapshot with any). ``span`` names the
    two snapshots in the sentence on levels moved (the development page: first against last).
    """
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
    sentences.append(_moves(c, lang, span))
    sentences.append(_levels(c, lang))
    if unknown_lines:
        sentences.extend(unknown_sentence(name, shot, lang) for name, shot in zip(c.names(lang), (c.before, c.after),
                                                                                  strict=True)
                         if no_levels(shot))  # partly unknown: the page's totals say it
    staff_text = _staff(c.joined, c.left, lang)
    if staff_text:
        sentences.append(staff_text)
    sentences.extend(_space_news(c.coverage, lang, c.space_actors))
    return sentences


def no_levels(shot: Snapshot) -> bool:
    """True when the snapshot has actors but none of them has a known level (no Relation column)."""
    return bool(shot.actors) and shot.unknown_level == shot.actors


def unknown_sentence(name: str, shot: Snapshot, lang: str) -> str:
    """'2023: 4 aktører uden relationsniveau.'"""
    if lang == "da":
        return f"{name}: {counted(shot.unknown_level, 'aktør', 'aktører')} uden relationsniveau."
    return f"{name}: {counted(shot.unknown_level, 'actor', 'actors')} without a relation level."


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


def _moves(c: Comparison, lang: str, span: bool) -> str:
    up, down = len(c.upgraded), len(c.downgraded)
    first, last = c.names(lang)
    blind = [name for name, shot in zip(c.names(lang), (c.before, c.after), strict=True) if no_levels(shot)]
    if lang == "da":
        if blind:
            return (f"Om relationer rykkede op eller ned fra {first} til {last}, kan ikke ses: "
                    f"{_and(blind, lang)} har ingen relationsniveauer.")
        lead = f"Fra {first} til {last} rykkede" if span else ""
        if not up and not down:
            return f"{lead} ingen relationer op eller ned i netværkscirklen." if span else \
                "Ingen relationer rykkede op eller ned i netværkscirklen."
        if span:
            return (f"{lead} {counted(up, 'relation', 'relationer')} op i netværkscirklen, "
                    f"og {down} rykkede ned.")
        return (f"{counted(up, 'relation', 'relationer')} rykkede op i netværkscirklen, "
                f"og {down} rykkede ned.")
    if blind:
        return (f"Whether relations moved up or down from {first} to {last} cannot be seen: "
                f"{_and(blind, lang)} {'has' if len(blind) == 1 else 'have'} no relation levels.")
    lead = f"From {first} to {last}, " if span else ""
    if not up and not down:
        return f"{lead}no relation moved up or down the network circle." if span else \
            "No relation moved up or down the network circle."
    return (f"{lead}{counted(up, 'relation', 'relations')} moved up the network circle "
            f"and {down} moved down.")


def _levels(c: Comparison, lang: str) -> str:
    before, after = c.before, c.after
    first, last = c.names(lang)
    da = lang == "da"

    def listed(shot: Snapshot, other: Snapshot | None) -> str:
        parts = []
        for level in reversed(LEVELS):
            one, many = _PLURAL_LEVELS[lang][level]
            count = shot.levels[level]
            then = ""
            if other is not None:
                value = ("ukendt" if da else "unknown") if no_levels(other) else other.levels[level]
                then = f" ({'før' if da else 'before'} {value})"
            parts.append(f"{count} {one if count == 1 else many}{then}")
        return _and(parts, lang)

    if no_levels(after) and no_levels(before):
        return (f"Relationsniveauerne er ukendte i både {first} og {last}." if da
                else f"The relation levels are unknown in both {first} and {last}.")
    if no_levels(after):
        return (f"Relationsniveauerne er ukendte i {last}; i {first} var der {listed(before, None)}." if da
                else f"The relation levels are unknown in {last}; in {first} there were {listed(before, None)}.")
    return f"{'Nu er der' if da else 'There are now'} {listed(after, before)}."


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


def _space_news(cov: dict[str, dict[str, dict[str, int]]], lang: str,
                totals: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Milestones per space: a first partnership, the last one lost, a gap that stays.

    A space counts as without actors only when no actor is in it, whatever its level
    (``totals``); a space whose actors all lack a level is "unknown", and nothing is said
    about its levels changing.
    """
    news = []
    for space, sides in cov.items():
        label = SPACE_LABELS[lang][space] if lang == "da" else SPACE_LABELS[lang][space].lower()
        text = _SPACE_NEWS[lang]
        counts = (totals or {}).get(space, {})
        before = _kind(sides["before"], counts.get("before"))
        after = _kind(sides["after"], counts.get("after"))
        partnerships = sides["after"].get("partnership", 0)
        if "unknown" in (before, after):
            if before == "uncovered":
                news.append(text["first-actors-unknown"].format(space=label))
            elif after == "uncovered":
                news.append(text["now-uncovered"].format(space=label))
        elif before is not None and after is None:
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


def _kind(counts: dict[str, int], total: int | None) -> str | None:
    """The gap of a space's level counts, or "unknown" when it has actors but none with a level."""
    kind = gap_kind(counts)
    return "unknown" if kind == "uncovered" and total else kind


def space_actors(old_graph: nx.Graph, new_graph: nx.Graph) -> dict[str, dict[str, int]]:
    """The actors in each space before and after, whatever their level (known or not)."""
    def count(graph: nx.Graph) -> dict[str, int]:
        found = dict.fromkeys(SPACES, 0)
        for actor in actors(graph):
            for space in set(graph.nodes[actor].get("spaces", ())):
                if space in found:
                    found[space] += 1
        return found

    before, after = count(old_graph), count(new_graph)
    return {space: {"before": before[space], "after": after[space]} for space in SPACES}


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
                                          "men endnu intet partnerskab.",
           "first-actors-unknown": "{space} har fået sine første aktører, men deres relationsniveau er ukendt."},
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
                                          "but no partnership yet.",
           "first-actors-unknown": "the {space} has its first actors, but their relation level is unknown."},
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
           "contents": "Indhold", "notes": "Bemærk"},
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
           "contents": "Contents", "notes": "Note"},
})


def write_comparison(comparison: Comparison, path: Path | str, lang: str = "da",
                     before_label: str = "", after_label: str = "", title: str | None = None) -> Path:
    """Write the comparison as a self-contained HTML page (no script, no personal fields)."""
    from .render import write_page

    texts = TEXTS[lang]
    return write_page(path, "compare.html", c=comparison, t=texts, lang=lang,
                      title=title or texts["title"], summary=comparison.summary(lang),
                      notes=comparison.notes(lang),
                      before_label=before_label, after_label=after_label,
                      levels=list(reversed(LEVELS)), level_labels=LEVEL_LABELS[lang],
                      space_labels=SPACE_LABELS[lang], d=None, charts={})
