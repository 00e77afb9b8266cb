"""Development over many snapshots: the network year by year, not only before and after.

``netkort compare A B C …`` with three or more workbooks, given oldest first,
writes the development page: :func:`development` returns a
:class:`Development` with

- the actors per relation level in each snapshot, and per library space and level
  (the page draws each as a line chart, with the figures as a table);
- each actor's path up or down the network circle (netværk → samarbejde →
  partnerskab), the one that moved most first;
- the staff members who joined or left at each step;
- the relations to associations (type forening) and to municipal departments
  (type kommunal forvaltning, kommune …, matched by :mod:`netkort.actortype`), and
  which departments the library reaches at each level in each snapshot: the effect
  study of "Biblioteket som samskaper" found silos in the municipality, and this
  shows whether the library crosses them;
- the comparison of the first snapshot with the last (:func:`netkort.compare.compare`).

``Development.to_dict()`` is what ``compare --json`` prints for three or more files:
the two-file document of the first and the last snapshot, with the same keys, and
the series as new keys. Actors and staff members are matched by name, ignoring case
and spacing, as in the two-file comparison; only names, types, levels and staff
names are carried.

The files are read in the order given. Each snapshot's year is taken from its
file name ("kontakter-2024.xlsx") or else from its latest last-contact date, and
:func:`order_problem` says when the order given looks wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from .actortype import KINDS, kinds_of
from .compare import (
    Comparison,
    Snapshot,
    _and,
    _counted,
    _staff_names,
    compare,
    no_levels,
    snapshot,
    unknown_sentence,
    unknown_value,
)
from .coverage import coverage
from .graph import actors
from .i18n import N_, Labels, Nn_, format_number
from .i18n import gettext as _
from .text import by_name, name_key
from .vocabulary import LEVEL_LABELS, LEVEL_RANK, LEVELS, SPACE_LABELS, SPACES

if TYPE_CHECKING:
    from .display import DevelopmentPage
    from .network import Network

UNKNOWN = "unknown"  # an actor in a snapshot with no readable level (None: not in the snapshot)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class ActorPath:
    """An actor that moved on the network circle: its level in each snapshot (None: not there)."""

    name: str
    type: str | None
    levels: tuple[str | None, ...]
    up: int  # steps up the circle, summed over the snapshots (netværk → partnerskab is two)
    down: int

    @property
    def moves(self) -> int:
        return self.up + self.down

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "levels": list(self.levels), "up": self.up,
                "down": self.down}


@dataclass(frozen=True)
class StaffStep:
    """The staff members who joined and left between two snapshots (by their names)."""

    before: str
    after: str
    joined: tuple[str, ...]
    left: tuple[str, ...]
    staff_before: int
    staff_after: int

    def to_dict(self) -> dict:
        return {"before": self.before, "after": self.after, "joined": list(self.joined),
                "left": list(self.left), "staff_before": self.staff_before, "staff_after": self.staff_after}


@dataclass(frozen=True)
class Dated:
    """A snapshot's year and where it was read: ``"name"`` (the file name) or ``"dates"``."""

    year: int | None
    source: str | None = None


@dataclass
class Development:
    """The network over three or more snapshots, oldest first."""

    files: list[str]  # each snapshot's file name(s)
    names: list[str]  # each snapshot's short name: its year, or its file name
    dated: list[Dated]
    snapshots: list[Snapshot]
    spaces: dict[str, dict[str, list[int]]]  # space -> level -> actors per snapshot
    paths: list[ActorPath]
    staff_steps: list[StaffStep]
    kinds: dict[str, dict[str, list[int]]]  # association/municipal -> level or "all" -> per snapshot
    departments: list[dict[str, list[str]]]  # per snapshot: level -> municipal departments' names
    department_paths: list[ActorPath]  # every municipal department, its level in each snapshot
    comparison: Comparison  # the first snapshot against the last

    @property
    def levels(self) -> dict[str, list[int | None]]:
        """Actors per level in each snapshot: ``{"partnership": [26, 32, 39, 45], …}``; None
        for a snapshot whose actors have no known level (unknown, not zero)."""
        return {level: [None if no_levels(s) else s.levels[level] for s in self.snapshots] for level in LEVELS}

    def notes(self, lang: str = "da") -> list[str]:
        """The warnings ``compare`` prints on stderr and the page shows (:func:`snapshot_notes`)."""
        return snapshot_notes(self.files, self.snapshots, self.dated, lang)

    def summary(self, lang: str = "da") -> list[str]:
        """The development in a few sentences: the span, then first against last, then the series."""
        return development_sentences(self, lang)

    def to_dict(self, lang: str = "da") -> dict:
        """The ``compare --json`` document for three or more snapshots.

        The keys of the two-file document (``new``, ``lost``, ``upgraded``, ``downgraded``,
        ``staff``, ``coverage``, ``summary``) compare the first snapshot with the last; the
        series follow, one value per snapshot, oldest first.
        """
        document = self.comparison.to_dict(lang)
        document["summary"]["text"] = self.summary(lang)
        document.update({
            "snapshots": [{"name": name, "files": files, "year": dated.year, "year_from": dated.source,
                           **shot.to_dict()}
                          for name, files, dated, shot in zip(self.names, self.files, self.dated,
                                                              self.snapshots, strict=True)],
            "series": {"actors": [s.actors for s in self.snapshots],
                       "staff": [s.staff for s in self.snapshots],
                       "levels": self.levels,
                       "unknown_level": [s.unknown_level for s in self.snapshots],
                       "spaces": {space: dict(levels) for space, levels in self.spaces.items()},
                       "associations": dict(self.kinds["association"]),
                       "municipal": dict(self.kinds["municipal"])},
            "paths": [path.to_dict() for path in self.paths],
            "staff_steps": [step.to_dict() for step in self.staff_steps],
            "departments": [{"snapshot": name, **levels} for name, levels in zip(self.names, self.departments,
                                                                                  strict=True)],
        })
        return document

    def __repr__(self) -> str:
        return (f"Development(snapshots={self.names!r}, actors={[s.actors for s in self.snapshots]!r}, "
                f"moved={len(self.paths)})")

    def page(self, lang: str = "da", height: int | None = None) -> DevelopmentPage:
        """The page ``netkort compare -o`` writes (:class:`netkort.display.DevelopmentPage`)."""
        from .display import DevelopmentPage

        return DevelopmentPage(self, lang=lang, height=height)

    def save(self, path: Path | str, lang: str = "da") -> Path:
        """Write the page ``netkort compare -o`` writes for three or more snapshots (.html)."""
        return self.page(lang).save(path)

    def _repr_html_(self) -> str:
        return self.page()._repr_html_()


def development(snapshots: list[Network | nx.Graph], names: list[str] | None = None) -> Development:
    """Follow the network over three or more snapshots (two work too), oldest first.

    Parameters
    ----------
    snapshots : list of Network or networkx.Graph
        Each snapshot (``netkort.load([...])`` or its ``.graph``), in date order.
    names : list of str, optional
        Each snapshot's short name for the page and the JSON. By default its year when
        every snapshot has one of its own, else its file name.

    Returns
    -------
    Development

    Examples
    --------
    >>> import netkort
    >>> years = [netkort.sample(f"hovedbibliotek-{year}.xlsx") for year in (2022, 2023, 2024)]
    >>> course = netkort.development([netkort.load([path]) for path in [*years, netkort.sample()]])
    >>> course
    Development(snapshots=['2022', '2023', '2024', '2025'], actors=[199, 231, 255, 300], moved=52)
    >>> course.levels["partnership"]
    [26, 32, 39, 45]
    >>> course.kinds["association"]["all"], course.kinds["municipal"]["partnership"]
    ([48, 56, 63, 74], [4, 6, 8, 8])
    """
    from .network import files_of, graph_of

    if len(snapshots) < 2:
        raise ValueError("development() needs two or more snapshots")
    files = [", ".join(Path(f).name for f in files_of(s)) for s in snapshots]
    graphs = [graph_of(s) for s in snapshots]
    dated = [snapshot_date(graph, files_of(s)) for graph, s in zip(graphs, snapshots, strict=True)]
    names = list(names) if names else _names(files, dated)
    comparison = compare(snapshots[0], snapshots[-1])
    comparison.before_name, comparison.after_name = names[0], names[-1]
    shots = [snapshot(graph) for graph in graphs]
    blind = [no_levels(shot) for shot in shots]  # no level known: the level series say None, not 0
    covered = [coverage(graph, max_candidates=0) for graph in graphs]
    spaces = {space: {level: [None if b else c.counts(space)[level] for c, b in zip(covered, blind, strict=True)]
                      for level in LEVELS} for space in SPACES}
    kinds = _kinds(graphs)
    for series in kinds.values():
        for level in LEVELS:
            series[level] = [None if b else v for v, b in zip(series[level], blind, strict=True)]
    return Development(
        files=files, names=names, dated=dated, snapshots=shots,
        spaces=spaces, paths=_moved(_paths(graphs)), staff_steps=_staff_steps(graphs, names),
        kinds=kinds, departments=_departments(graphs),
        department_paths=_department_paths(graphs), comparison=comparison)


# --- the snapshots' years -----------------------------------------------------------------

def snapshot_date(graph: nx.Graph, files: list[str] | tuple[str, ...] = ()) -> Dated:
    """A snapshot's year: the one year its file name holds, else the year of its latest last contact."""
    years = {int(y) for f in files for y in _YEAR.findall(Path(f).stem)}
    if len(years) == 1:
        return Dated(years.pop(), "name")
    dates = [graph.nodes[a].get("last_contact") for a in actors(graph)]
    dates = [d for d in dates if hasattr(d, "year")]
    return Dated(max(dates).year, "dates") if dates else Dated(None)


def order_problem(dated: list[Dated]) -> tuple[int, int] | None:
    """The first snapshot given after a later one (``(later, earlier)`` indexes), or None when
    the known years never go back."""
    latest: int | None = None
    for index, when in enumerate(dated):
        if when.year is None:
            continue
        if latest is not None and when.year < dated[latest].year:
            return latest, index
        if latest is None or when.year >= dated[latest].year:
            latest = index
    return None


def snapshot_notes(files: list[str], shots: list[Snapshot], dated: list[Dated], lang: str = "da") -> list[str]:
    """The warnings on a set of snapshots, for stderr and the page: the files do not look like
    they are in date order; a snapshot has actors but no relation levels."""
    from .messages import say
    from .text import printable

    notes = []
    found = order_problem(dated) if len(dated) == len(files) else None
    if found is not None:
        later, earlier = found

        def where(index: int) -> str:
            return YEAR_FROM[lang][dated[index].source]

        notes.append(say("compare-order", lang, later=printable(files[later]), later_year=dated[later].year,
                         later_from=where(later), earlier=printable(files[earlier]),
                         earlier_year=dated[earlier].year, earlier_from=where(earlier)))
    for name, shot in zip(files, shots, strict=True):
        if no_levels(shot):
            notes.append(say("compare-no-levels", lang, file=printable(name), n=shot.actors))
    return notes


def _names(files: list[str], dated: list[Dated]) -> list[str]:
    years = [d.year for d in dated]
    if None not in years and len(set(years)) == len(years):
        return [str(y) for y in years]
    stems = [Path(f).stem if f and "," not in f else (f or str(i + 1)) for i, f in enumerate(files)]
    return [s if stems.count(s) == 1 else f"{s} ({i + 1})" for i, s in enumerate(stems)]


# --- paths on the network circle --------------------------------------------------------

def _by_key(graph: nx.Graph) -> dict[str, str]:
    return {name_key(graph.nodes[a]["name"]): a for a in actors(graph)}


def _paths(graphs: list[nx.Graph], keep=None) -> list[ActorPath]:
    """Every actor of any snapshot (or those ``keep(attrs)`` accepts) with its level in each."""
    found: dict[str, list] = {}
    for index, graph in enumerate(graphs):
        for key, node in _by_key(graph).items():
            attrs = graph.nodes[node]
            if keep is not None and not keep(attrs):
                continue
            entry = found.setdefault(key, [attrs["name"], attrs.get("type"), [None] * len(graphs)])
            entry[0], entry[1] = attrs["name"], attrs.get("type") or entry[1]  # the latest name and type
            level = attrs.get("level")
            entry[2][index] = level if level in LEVEL_RANK else UNKNOWN
    paths = []
    for name, kind, levels in found.values():
        known = [LEVEL_RANK[level] for level in levels if level in LEVEL_RANK]
        steps = [after - before for before, after in zip(known, known[1:], strict=False)]
        paths.append(ActorPath(name, kind, tuple(levels), sum(s for s in steps if s > 0),
                               -sum(s for s in steps if s < 0)))
    return paths


def _moved(paths: list[ActorPath]) -> list[ActorPath]:
    """The actors that moved, the most steps first, then the furthest up, then by name."""
    return sorted((p for p in paths if p.moves), key=lambda p: (-p.moves, p.down - p.up, by_name(p.name)))


def _department_paths(graphs: list[nx.Graph]) -> list[ActorPath]:
    """Every municipal department, the closest in the last snapshot first."""
    paths = _paths(graphs, keep=lambda attrs: "municipal" in kinds_of(attrs))

    def closeness(path: ActorPath) -> tuple:
        return tuple(-LEVEL_RANK.get(level, -1) if level else 1 for level in reversed(path.levels))

    return sorted(paths, key=lambda p: (closeness(p), by_name(p.name)))


# --- staff, associations, municipal departments ---------------------------------------------

def _staff_steps(graphs: list[nx.Graph], names: list[str]) -> list[StaffStep]:
    steps = []
    for index in range(1, len(graphs)):
        old, new = _staff_names(graphs[index - 1]), _staff_names(graphs[index])
        old_keys, new_keys = {name_key(n) for n in old}, {name_key(n) for n in new}
        steps.append(StaffStep(names[index - 1], names[index], tuple(n for n in new if name_key(n) not in old_keys),
                               tuple(n for n in old if name_key(n) not in new_keys), len(old), len(new)))
    return steps


def _kinds(graphs: list[nx.Graph]) -> dict[str, dict[str, list[int]]]:
    """Actors of each kind per level (and in all, with or without a level) in each snapshot."""
    series = {kind: {key: [0] * len(graphs) for key in ("all", *LEVELS)} for kind in KINDS}
    for index, graph in enumerate(graphs):
        for actor in actors(graph):
            attrs = graph.nodes[actor]
            for kind in kinds_of(attrs):
                series[kind]["all"][index] += 1
                if attrs.get("level") in LEVEL_RANK:
                    series[kind][attrs["level"]][index] += 1
    return series


def _departments(graphs: list[nx.Graph]) -> list[dict[str, list[str]]]:
    """Per snapshot, the municipal departments the library reaches at each level, by name."""
    found = []
    for graph in graphs:
        levels: dict[str, list[str]] = {level: [] for level in reversed(LEVELS)}
        levels[UNKNOWN] = []
        for actor in actors(graph):
            attrs = graph.nodes[actor]
            if "municipal" in kinds_of(attrs):
                level = attrs.get("level")
                levels[level if level in LEVEL_RANK else UNKNOWN].append(attrs["name"])
        found.append({level: sorted(names, key=by_name) for level, names in levels.items()})
    return found


# --- the summary in words ----------------------------------------------------------------------

# Where a snapshot's year was read (Dated.source), said in the order warning and on the page.
YEAR_FROM = Labels({"name": N_("year in the file name"), "dates": N_("latest contact date")})
# The kinds of actor the effect study counted (netkort.actortype.KINDS), in sentences, charts and tables.
KIND_LABELS = Labels({
    # TRANSLATORS: associations (da foreninger): nb 'foreninger' ('organisasjoner og foreninger', Innlandet
    #   fylkesbibliotek, 'Biblioteket som samskaper'); sv 'föreningar'.
    "association": N_("Associations"),
    # TRANSLATORS: the municipality's departments (da kommunale forvaltninger). nb 'kommunale etater': in Norway
    #   'forvaltning' is the abstract level and 'etat' the unit (our proposal); sv 'kommunala förvaltningar'
    #   ('Kulturförvaltningen' in Stockholm's decision papers).
    "municipal": N_("Municipal departments"),
})


def development_sentences(d: Development, lang: str = "da") -> list[str]:
    """'4 øjebliksbilleder fra 2022 til 2025.', the comparison of the first and the last, and
    the paths, associations and municipal departments in a sentence each."""
    first, last = d.names[0], d.names[-1]
    # TRANSLATORS: a snapshot (da øjebliksbillede) is one workbook of the network at one time; nb
    #   'øyeblikksbilde' and sv 'ögonblicksbild' are our proposals (no source).
    lines = [_counted(Nn_("{count} snapshot from {first} to {last}.", "{count} snapshots from {first} to {last}."),
                      len(d.names), lang, first=first, last=last)]
    lines.extend(_first_last(d, lang))
    if d.paths:
        top = [p for p in d.paths if p.moves == d.paths[0].moves]
        shown = [f"{p.name} ({_path_words(p, lang)})" for p in top[:3]]
        rest = len(top) - len(shown)
        if rest:
            shown.append(_counted(Nn_("{count} other", "{count} others"), rest, lang))
        lines.append(_counted(Nn_("{count} actor moved on the network circle along the way, step by step; the most "
                                  "steps ({steps}): {names}.",
                                  "{count} actors moved on the network circle along the way, step by step; the most "
                                  "steps ({steps}): {names}."),
                              len(d.paths), lang, steps=format_number(d.paths[0].moves, lang), names=_and(shown, lang)))
    for kind in KINDS:
        series = d.kinds[kind]
        partners = [unknown_value(lang) if v is None else format_number(v, lang) for v in series["partnership"]]
        lines.append(_("{kind}: {first_count} in {first} and {last_count} in {last}, of which {first_partners} and "
                       "{last_partners} partnerships.", lang).format(
            kind=KIND_LABELS[lang][kind], first=first, last=last,
            first_count=format_number(series["all"][0], lang), last_count=format_number(series["all"][-1], lang),
            first_partners=partners[0], last_partners=partners[-1]))
    return lines


def _first_last(d: Development, lang: str) -> list[str]:
    """The first snapshot against the last, then each snapshot's actors without a level."""
    from .compare import summary_sentences

    lines = summary_sentences(d.comparison, lang, unknown_lines=False, span=True)
    unknown = [unknown_sentence(name, shot, lang) for name, shot in zip(d.names, d.snapshots, strict=True)
               if shot.unknown_level]
    at = 4  # after growth, new/lost, moves and levels
    return lines[:at] + unknown + lines[at:]


def _path_words(path: ActorPath, lang: str) -> str:
    """'netværk → samarbejde → partnerskab': the levels it passed through, repeats left out."""
    words: list[str] = []
    for level in path.levels:
        if level in LEVEL_RANK and (not words or words[-1] != LEVEL_LABELS[lang][level]):
            words.append(LEVEL_LABELS[lang][level])
    return " → ".join(words)


# --- the page --------------------------------------------------------------------------------

def charts(d: Development, lang: str = "da") -> dict:
    """The page's line charts: relation levels, each space, associations and municipal departments."""
    from .chart import KIND_STYLES, LEVEL_STYLES, Series, line_chart

    labels = LEVEL_LABELS[lang]

    def by_level(values: dict[str, list[int]]) -> list[Series]:
        return [Series(level, labels[level], tuple(values[level]), LEVEL_STYLES[level]) for level in reversed(LEVELS)]

    found = {"levels": line_chart("c-levels", _("Relation levels", lang), d.names, by_level(d.levels))}
    for space in SPACES:
        found[space] = line_chart(f"c-{space}", _("{space}: actors per level", lang).format(
            space=SPACE_LABELS[lang][space]), d.names, by_level(d.spaces[space]))
    found["kinds"] = line_chart("c-kinds", _("Associations and municipal departments", lang), d.names,
                                [Series(kind, KIND_LABELS[lang][kind], tuple(d.kinds[kind]["all"]), KIND_STYLES[kind])
                                 for kind in KINDS])
    return found


def write_development(d: Development, path: Path | str, lang: str = "da", title: str | None = None) -> Path:
    """Write the development page: the comparison page of the first and last snapshot, with the
    series, charts, paths, staff steps, associations and municipal departments before it."""
    from .render import write_page

    c = d.comparison
    return write_page(path, "compare.html", c=c, d=d, lang=lang, title=title or _("Development of the network", lang),
                      summary=d.summary(lang), notes=d.notes(lang), before_label=d.files[0], after_label=d.files[-1],
                      levels=list(reversed(LEVELS)), level_labels=LEVEL_LABELS[lang],
                      space_labels=SPACE_LABELS[lang], charts=charts(d, lang), year_from=YEAR_FROM[lang],
                      kind_labels=KIND_LABELS[lang])
