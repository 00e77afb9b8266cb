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
from babel.lists import format_list

from .care import holders
from .coverage import coverage, gap_kind
from .graph import actors, staff
from .i18n import LOCALES, N_, NC_, Labels, Nn_, format_number, pgettext, translate
from .i18n import gettext as _
from .text import by_name, name_key
from .vocabulary import LEVEL_LABELS, LEVEL_RANK, LEVELS, SPACE_LABELS, SPACES

if TYPE_CHECKING:
    import pandas as pd

    from .display import ComparisonPage
    from .network import Network

# TRANSLATORS: counts of the network circle's three levels (netværk, samarbejde, partnerskab: Byg
#   partnerskaber!, bygpartnerskaber.dk). nb nettverksrelasjon/samarbeid/partnerskap after Nasjonalbiblioteket
#   2023, 'Nye samarbeidsformer og partnerskap'; sv nätverksrelation/samarbete/partnerskap (issue 14; Swedish
#   public-sector texts also say 'samverkan'). 'network relation' (nb nettverksrelasjon, sv nätverksrelation)
#   has no established source: our proposal.
_LEVEL_COUNTS = {
    "network": Nn_("{count} network relation", "{count} network relations"),
    "cooperation": Nn_("{count} cooperation", "{count} cooperations"),
    "partnership": Nn_("{count} partnership", "{count} partnerships"),
}


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
        return (self.before_name or self.before_label or _("Before", lang),
                self.after_name or self.after_label or _("After", lang))

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
    """'A, B og C': a list joined as ``lang`` writes it (CLDR's list patterns, through Babel)."""
    return format_list(list(items), locale=LOCALES[lang]) if items else ""


def _counted(marked, count: int, lang: str, **params: object) -> str:
    """A sentence with a count (:func:`netkort.i18n.Nn_`) in ``lang``: its plural form for ``count``, and
    ``{count}`` written as ``lang`` writes numbers."""
    return translate(marked, lang, count).format(count=format_number(count, lang), **params)


def unknown_value(lang: str) -> str:
    """'ukendt': a count that cannot be known (a snapshot without relation levels)."""
    return pgettext("a count", "unknown", lang)


def summary_sentences(c: Comparison, lang: str = "da", unknown_lines: bool = True, span: bool = False) -> list[str]:
    """'Netværket voksede fra 255 til 300 aktører.' and the other sentences of the summary.

    A snapshot whose actors have no known level is never counted as zero: its levels are
    "ukendt", and its actors without a level are said (``unknown_lines``; the development
    summary says them for every snapshot with any). ``span`` names the
    two snapshots in the sentence on levels moved (the development page: first against last).
    """
    sentences = [_growth(c.before.actors, c.after.actors, lang)]
    if c.new or c.lost:
        # TRANSLATORS: the first half of '60 nye aktører kom til, og 15 forsvandt.'
        came = _counted(Nn_("{count} actor is new", "{count} actors are new"), len(c.new), lang)
        # TRANSLATORS: the second half of '60 nye aktører kom til, og 15 forsvandt.'
        went = _counted(Nn_("{count} was lost", "{count} were lost"), len(c.lost), lang)
        # TRANSLATORS: '60 nye aktører kom til, og 15 forsvandt.': {new} and {lost} are the two halves above.
        sentences.append(pgettext("actors new and lost", "{new} and {lost}.", lang).format(new=came, lost=went))
    else:
        sentences.append(_("No actor came or went.", lang))
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
    return _counted(Nn_("{name}: {count} actor without a relation level.",
                        "{name}: {count} actors without a relation level."), shot.unknown_level, lang, name=name)


def _growth(before: int, after: int, lang: str) -> str:
    if after > before:
        message = Nn_("The network grew from {before} to {count} actor.", "The network grew from {before} to {count} actors.")
    elif after < before:
        message = Nn_("The network shrank from {before} to {count} actor.",
                      "The network shrank from {before} to {count} actors.")
    else:
        message = Nn_("The network still has {count} actor.", "The network still has {count} actors.")
    return _counted(message, after, lang, before=format_number(before, lang))


def _moves(c: Comparison, lang: str, span: bool) -> str:
    up, down = len(c.upgraded), len(c.downgraded)
    first, last = c.names(lang)
    blind = [name for name, shot in zip(c.names(lang), (c.before, c.after), strict=True) if no_levels(shot)]
    if blind:
        return _counted(Nn_("Whether relations moved up or down from {first} to {last} cannot be seen: {names} has "
                            "no relation levels.",
                            "Whether relations moved up or down from {first} to {last} cannot be seen: {names} have "
                            "no relation levels."), len(blind), lang, first=first, last=last, names=_and(blind, lang))
    if not up and not down:
        if span:
            return _("From {first} to {last}, no relation moved up or down the network circle.", lang).format(
                first=first, last=last)
        # TRANSLATORS: the network circle (da netværkscirklen, from Byg partnerskaber!, bygpartnerskaber.dk): no nb
        #   or sv source names it; nb 'nettverkssirkelen' and sv 'nätverkscirkeln' are our proposals.
        return _("No relation moved up or down the network circle.", lang)
    if span:
        return _counted(Nn_("From {first} to {last}, {count} relation moved up the network circle and {down} moved "
                            "down.",
                            "From {first} to {last}, {count} relations moved up the network circle and {down} moved "
                            "down."), up, lang, first=first, last=last, down=format_number(down, lang))
    return _counted(Nn_("{count} relation moved up the network circle and {down} moved down.",
                        "{count} relations moved up the network circle and {down} moved down."),
                    up, lang, down=format_number(down, lang))


def _levels(c: Comparison, lang: str) -> str:
    before, after = c.before, c.after
    first, last = c.names(lang)

    def listed(shot: Snapshot, other: Snapshot | None) -> str:
        parts = []
        for level in reversed(LEVELS):
            part = _counted(_LEVEL_COUNTS[level], shot.levels[level], lang)
            if other is not None:
                value = unknown_value(lang) if no_levels(other) else format_number(other.levels[level], lang)
                # TRANSLATORS: '45 partnerskaber (før 39)': a level's count now and in the earlier snapshot.
                part = pgettext("a count now and before", "{now} (before {before})", lang).format(now=part,
                                                                                                 before=value)
            parts.append(part)
        return _and(parts, lang)

    if no_levels(after) and no_levels(before):
        return _("The relation levels are unknown in both {first} and {last}.", lang).format(first=first, last=last)
    if no_levels(after):
        return _("The relation levels are unknown in {last}; in {first} there were {levels}.", lang).format(
            first=first, last=last, levels=listed(before, None))
    return _("There are now {levels}.", lang).format(levels=listed(after, before))


def _staff(joined: list[str], left: list[str], lang: str) -> str:
    if joined and left:
        return pgettext("staff members", "{joined} joined and {left} left.", lang).format(
            joined=_and(joined, lang), left=_and(left, lang))
    if joined:
        return pgettext("staff members", "{names} joined.", lang).format(names=_and(joined, lang))
    if left:
        return pgettext("staff members", "{names} left.", lang).format(names=_and(left, lang))
    return ""


# TRANSLATORS: a library space in a sentence ('Læringsrummet fik sit første partnerskab.'): the four spaces of
#   Jochumsen, Hvenegaard Rasmussen & Skot-Hansen, 'The four spaces - a new model for the public library', New
#   Library World 113 (2012). nb Inspirasjonsrommet/Læringsrommet/Møterommet (UiT MDV-1204 course blog 2018;
#   Troms fylkesbibliotek, 'Fireromsmodellen'); 'Det performative rommet' is our proposal after 'et performativt
#   rom' (Troms fylkesbibliotek). sv Inspirationsrummet/Läranderummet/Mötesrummet (Högskolan i Borås,
#   'Folkbibliotekens verksamheter och roller'); 'Det performativa rummet' is our proposal (that thesis says
#   'skapanderummet').
_SPACES_IN_SENTENCE = Labels({
    "inspiration": NC_("a space, in a sentence", "inspiration space"),
    "learning": NC_("a space, in a sentence", "learning space"),
    "meeting": NC_("a space, in a sentence", "meeting space"),
    "performative": NC_("a space, in a sentence", "performative space"),
})


def _space_news(cov: dict[str, dict[str, dict[str, int]]], lang: str,
                totals: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Milestones per space: a first partnership, the last one lost, a gap that stays.

    A space counts as without actors only when no actor is in it, whatever its level
    (``totals``); a space whose actors all lack a level is "unknown", and nothing is said
    about its levels changing.
    """
    news = []
    for space, sides in cov.items():
        label = _SPACES_IN_SENTENCE[lang][space]
        counts = (totals or {}).get(space, {})
        before = _kind(sides["before"], counts.get("before"))
        after = _kind(sides["after"], counts.get("after"))
        partnerships = sides["after"].get("partnership", 0)
        key = None
        if "unknown" in (before, after):
            if before == "uncovered":
                key = "first-actors-unknown"
            elif after == "uncovered":
                key = "now-uncovered"
        elif before is not None and after is None:
            key = "first-partnership"
        elif before is None and after is not None:
            key = "lost-partnership"
        elif before == "uncovered" and after != "uncovered":
            key = "first-actors-" + after  # progress, not a decline
        elif after is not None:
            key = ("still-" if before == after else "now-") + after
        if key is not None:
            cooperations = _counted(_LEVEL_COUNTS["cooperation"], sides["before"].get("cooperation", 0), lang)
            news.append(_counted(_SPACE_NEWS[key], partnerships, lang, space=label, cooperations=cooperations))
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


# What :func:`_space_news` says of a space; {space} is the space in a sentence (_SPACES_IN_SENTENCE).
_SPACE_NEWS = {
    "first-partnership": Nn_("The {space} got its first partnership.", "The {space} got its first partnerships ({count})."),
    "lost-partnership": N_("The {space} no longer has a partnership."),
    "still-no-partnership": N_("The {space} still has no partnership."),
    "still-no-cooperation-or-partnership": N_("The {space} still has only network contacts."),
    "still-uncovered": N_("The {space} still has no actors."),
    "now-no-partnership": N_("The {space} now has cooperations, but still no partnership."),
    # TRANSLATORS: {cooperations} is a count with its noun: '2 samarbejder'.
    "now-no-cooperation-or-partnership": N_("The {space} now has only network contacts (before: {cooperations})."),
    "now-uncovered": N_("The {space} no longer has any actors."),
    "first-actors-no-cooperation-or-partnership": N_("The {space} has its first actors, but only network contacts."),
    "first-actors-no-partnership": N_("The {space} has its first actors and cooperations, but no partnership yet."),
    "first-actors-unknown": N_("The {space} has its first actors, but their relation level is unknown."),
}


# --- the page ------------------------------------------------------------------------

def write_comparison(comparison: Comparison, path: Path | str, lang: str = "da",
                     before_label: str = "", after_label: str = "", title: str | None = None) -> Path:
    """Write the comparison as a self-contained HTML page (no script, no personal fields)."""
    from .render import write_page

    return write_page(path, "compare.html", c=comparison, lang=lang,
                      title=title or _("Development of the network", lang), summary=comparison.summary(lang),
                      notes=comparison.notes(lang),
                      before_label=before_label, after_label=after_label,
                      levels=list(reversed(LEVELS)), level_labels=LEVEL_LABELS[lang],
                      space_labels=SPACE_LABELS[lang], d=None, charts={})
