"""pandas DataFrames of a network and its analyses, for notebooks (``pip install "netkort[pandas]"``).

Every frame says what the command line's JSON says, in columns named by the
language-neutral ids the JSON uses (``level``, ``last_contact``, ``spaces``), so
code written against a frame works whatever language the workbook was in. The
dtypes carry meaning:

- relation levels are an *ordered* categorical in the network circle's order
  (``network < cooperation < partnership``), so ``frame.level.max()`` is the
  strongest level and sorting by level follows the circle; agreements are
  ordered weakest first (``none < oral < agreement < contract``);
- spaces, sectors, aims, quadrants and gap kinds are categoricals in the
  library model's order (every category is there, also when no row has it);
- dates are ``datetime64[s]`` (real dates from year 1 to 9999; a missing date is
  ``NaT``), scores and counts nullable integers (``Int64``), texts ``string``;
- several values in one cell (spaces, target groups, staff) are a list.

pandas is imported only when a frame is asked for: the command line never
needs it. Without pandas, asking for a frame raises :class:`PandasMissingError`,
which says how to install it.

Examples
--------
>>> import datetime, netkort
>>> network = netkort.load([netkort.sample()])
>>> actors = network.actors()
>>> actors[["name", "level", "influence", "last_contact"]].dtypes
name                    string
level                 category
influence                Int64
last_contact     datetime64[s]
dtype: object
>>> actors.level.cat.categories.to_list(), actors.level.cat.ordered
(['network', 'cooperation', 'partnership'], True)
>>> actors.groupby("level", observed=False).influence.mean().round(1)
level
network        2.6
cooperation    3.0
partnership    3.3
Name: influence, dtype: Float64
>>> analysis = netkort.analyse(network, as_of=datetime.date(2025, 10, 1))
>>> analysis.coverage.frame("group", "space").loc["børn"]
space
inspiration     24
learning        25
meeting         30
performative    11
Name: børn, dtype: Int64
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .problems import CodedError
from .vocabulary import AGREEMENTS, AIMS, LEVELS, SECTORS, SPACES

if TYPE_CHECKING:
    import networkx as nx

    from .care import Care
    from .compare import Comparison
    from .coverage import Coverage
    from .interest import Interest
    from .network import Network
    from .problems import Problem


class PandasMissingError(CodedError, ImportError):
    """A frame was asked for, but pandas is not installed (``pip install "netkort[pandas]"``)."""

    def __init__(self) -> None:
        super().__init__("pandas-missing")


class FrameError(CodedError, ValueError):
    """A table a frame cannot be: an unknown care list or coverage dimension."""


def pandas():
    """The pandas module, or :class:`PandasMissingError` saying how to install it."""
    try:
        import pandas as pd
    except ImportError:
        raise PandasMissingError() from None
    return pd


# --- columns ----------------------------------------------------------------------------------

# The categories of each categorical column, and whether their order means "stronger".
CATEGORIES: dict[str, tuple[tuple[str, ...], bool]] = {
    "level": (LEVELS, True),
    "agreement": (AGREEMENTS, True),
    "sector": (SECTORS, False),
    "space": (SPACES, False),
    "aim": (AIMS, False),
}
TEXT, LIST, INTEGER, DATE = "string", "list", "Int64", "date"
# How each field id is typed wherever it appears; any other column is text.
FIELD_KINDS: dict[str, str] = {
    "email": LIST, "phone": LIST, "staff": LIST, "spaces": LIST, "groups": LIST, "tags": LIST,
    "influence": INTEGER, "interest": INTEGER, "months": INTEGER, "score": INTEGER, "total": INTEGER,
    "row": INTEGER, "start": DATE, "last_contact": DATE, "next_evaluation": DATE,
    "level": "level", "before": "level", "after": "level", "agreement": "agreement",
    "sector": "sector", "space": "space",
}
# The actor's fields in the order of the template's columns, then what merging adds.
ACTOR_COLUMNS = ("id", "name", "type", "sector", "contact_person", "email", "phone", "staff", "level",
                 "spaces", "groups", "influence", "interest", "agreement", "start", "last_contact",
                 "next_evaluation", "activities", "tags", "notes", "conflicts")
RELATION_KINDS = ("holds", "direct", "relation")
RELATION_COLUMNS = ("kind", "source", "source_name", "target", "target_name", "level", "agreement",
                    "start", "last_contact", "next_evaluation", "activities", "notes", "note")
PROBLEM_COLUMNS = ("severity", "code", "file", "sheet", "row", "column", "field", "message")


def categorical(name: str, values: Iterable[str] | None = None):
    """The categorical dtype of ``name`` ('level', 'space', 'sector', 'agreement', 'aim'), or one of
    ``values`` in their order (target groups, quadrants, gap kinds)."""
    pd = pandas()
    if values is not None:
        return pd.CategoricalDtype(list(dict.fromkeys(values)), ordered=False)
    categories, ordered = CATEGORIES[name]
    return pd.CategoricalDtype(list(categories), ordered=ordered)


def _date(value: object):
    """A date (or ISO text) as numpy's day-exact datetime, None as NaT."""
    import numpy as np

    if value is None:
        return np.datetime64("NaT", "s")
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return np.datetime64(value.isoformat(), "s")


def series(values: Sequence[object], kind: str, name: str | None = None):
    """``values`` as a pandas Series of ``kind`` (see :data:`FIELD_KINDS`; a dtype otherwise)."""
    pd = pandas()
    values = list(values)
    if kind == LIST:
        return pd.Series([list(v) if v is not None else [] for v in values], dtype=object, name=name)
    if kind == DATE:
        import numpy as np

        return pd.Series(np.array([_date(v) for v in values], dtype="datetime64[s]"), name=name)
    if kind in CATEGORIES:
        return pd.Series(values, dtype=categorical(kind), name=name)
    if kind in ("Int64", "Float64", "boolean", "string"):
        return pd.Series(pd.array(values, dtype=kind), name=name)
    return pd.Series(values, dtype=kind, name=name)


def table(rows: list[dict], columns: Sequence[str], kinds: dict[str, str] | None = None):
    """A DataFrame of ``rows`` (dicts) with ``columns``, each typed by ``kinds`` or :data:`FIELD_KINDS`."""
    pd = pandas()
    kinds = {**FIELD_KINDS, **(kinds or {})}
    data = {column: series([row.get(column) for row in rows], kinds.get(column, TEXT), column)
            for column in columns}
    return pd.DataFrame(data, columns=list(columns), index=pd.RangeIndex(len(rows)))


# --- the network ------------------------------------------------------------------------------

_CUSTOM_KINDS = {int: INTEGER, float: "Float64", bool: "boolean", dt.date: DATE, str: TEXT}


def _exported(items: list[dict], details: bool, cpr: bool, lang: str,
              taken: Sequence[str]) -> tuple[list[dict], dict[str, str]]:
    """Nodes' or edges' attributes as the JSON export writes them, and each extra column's kind.

    The export's own function (:func:`netkort.exports.typed_attributes`), so a frame holds what
    ``netkort export -o net.json`` writes: extra columns typed over the whole column, personal fields
    only with ``details``, and e-mail addresses, phone numbers and CPR-like numbers in other text
    masked (CPR-like numbers also with ``details``, unless ``cpr``). An extra column named like one
    of the frame's own columns (``taken``) is called ``custom:<name>``, as in the export.
    """
    from .exports import CUSTOM_PREFIX, _custom_kinds, _custom_name, masking, typed_attributes

    masked = masking(details, cpr, lang)
    kinds = _custom_kinds(items, masked)
    rows, extra = [], {}
    for data in items:
        row = typed_attributes(data, details, kinds, masked)
        for column in data.get("custom") or {}:
            name = _custom_name(column, data)
            if name not in row:
                continue  # a personal column left out without details
            if name in taken:
                row[CUSTOM_PREFIX + name] = row.pop(name)
                name = CUSTOM_PREFIX + name
            extra.setdefault(name, _CUSTOM_KINDS[kinds[column]])
        rows.append(row)
    return rows, extra


def _graph(network: Network | nx.Graph) -> nx.Graph:
    return getattr(network, "graph", network)


def actors(network: Network | nx.Graph, details: bool = False, cpr: bool = False, lang: str = "da"):
    """One row per actor: every field, the staff who hold it, then every extra column.

    See :meth:`netkort.network.Network.actors`.
    """
    from .care import holders
    from .graph import actors as actor_ids
    from .privacy import PERSONAL_FIELDS

    graph = _graph(network)
    ids = actor_ids(graph)
    rows, extra = _exported([graph.nodes[a] for a in ids], details, cpr, lang, ACTOR_COLUMNS)
    held = holders(graph)
    for actor, row in zip(ids, rows, strict=True):
        row["id"] = actor
        row["staff"] = held.get(actor, [])
    columns = [c for c in ACTOR_COLUMNS if details or c not in PERSONAL_FIELDS]
    return table(rows, [*columns, *(c for c in extra if c not in columns)], extra)


def relations(network: Network | nx.Graph, details: bool = False, cpr: bool = False, lang: str = "da"):
    """One row per relation: staff–actor (``holds``), library–actor (``direct``), actor–actor (``relation``).

    See :meth:`netkort.network.Network.relations`.
    """
    from .privacy import PERSONAL_FIELDS

    graph = _graph(network)
    edges = [(u, v, data) for u, v, data in graph.edges(data=True) if data.get("kind") in RELATION_KINDS]
    rows, extra = _exported([data for *_, data in edges], details, cpr, lang, RELATION_COLUMNS)
    names = {node: name for node, name in graph.nodes(data="name")}
    for (u, v, data), row in zip(edges, rows, strict=True):
        if data["kind"] != "relation" and graph.nodes[u].get("kind") == "actor":
            u, v = v, u  # the holder first, staff member (or the library), then the actor
        row.update(source=u, source_name=names.get(u), target=v, target_name=names.get(v))
    columns = [c for c in RELATION_COLUMNS if details or c not in (*PERSONAL_FIELDS, "note")]
    return table(rows, [*columns, *(c for c in extra if c not in columns)],
                 {"kind": categorical("kind", RELATION_KINDS), **extra})


def problems(found: Iterable[Problem], lang: str = "da"):
    """One row per problem, as ``netkort check --json`` lists them."""
    rows = [p.to_dict(lang) for p in found]
    return table(rows, PROBLEM_COLUMNS, {"severity": categorical("severity", ("error", "warning"))})


# --- the analyses -----------------------------------------------------------------------------

# Each coverage table and its dimensions; a frame may leave out "level" (each actor has one),
# never "space" (an actor serving two spaces would count twice).
COVERAGE_TABLES: dict[str, tuple[str, ...]] = {
    "group": ("group", "space", "level"),
    "sector": ("sector", "space", "level"),
    "aim": ("aim", "level"),
    "space": ("space", "level"),
}


def coverage(cover: Coverage, by: Sequence[str]):
    """A coverage table: actors counted by ``by`` (see :meth:`netkort.coverage.Coverage.frame`)."""
    by = tuple(by) or ("space", "level")
    name = next((t for t in ("group", "sector", "aim") if t in by), "space")
    dims = COVERAGE_TABLES[name]
    if len(set(by)) != len(by) or not set(by) <= set(dims) or not set(dims) - {"level"} <= set(by):
        valid = "; ".join(", ".join(f'"{d}"' for d in dims[:n]) for dims in COVERAGE_TABLES.values()
                          for n in sorted({len(dims), len(dims) - 1}, reverse=True))
        raise FrameError("frame-coverage", given=", ".join(f'"{d}"' for d in by), valid=valid)
    if name == "space":
        cells = [((s, lv), len(cover.spaces[s][lv])) for s in SPACES for lv in LEVELS]
    elif name == "aim":
        cells = [((a, lv), n) for a, counts in cover.aims.items() for lv, n in counts.items()]
    else:
        counts = cover.groups if name == "group" else cover.sectors
        cells = [((row, s, lv), n) for row, spaces in counts.items() for s, levels in spaces.items()
                 for lv, n in levels.items()]
    pd = pandas()
    dtypes = {d: categorical(d, cover.groups) if d == "group" else categorical(d) for d in dims}
    long = pd.DataFrame({d: pd.Series([key[i] for key, _ in cells], dtype=dtypes[d]) for i, d in enumerate(dims)})
    long["actors"] = pd.array([n for _, n in cells], dtype="Int64")
    summed = long.groupby(list(by), observed=False)["actors"].sum()
    if len(by) == 1:
        return summed.to_frame()
    return summed.unstack(by[-1])


def gaps(cover: Coverage, by: str = "space"):
    """The cells without a partnership (see :meth:`netkort.coverage.Coverage.gaps_frame`)."""
    from .coverage import GAP_KINDS

    kind = categorical("kind", GAP_KINDS)
    if by == "space":
        return table([{"space": g.space, "kind": g.kind} for g in cover.gaps], ("space", "kind"),
                     {"kind": kind})
    if by not in ("group", "sector"):
        raise FrameError("frame-gaps", given=by, valid='"space", "group", "sector"')
    cells = cover.group_gaps if by == "group" else cover.sector_gaps
    rows = cover.groups if by == "group" else cover.sectors
    return table([{by: g.row, "space": g.space, "kind": g.kind} for g in cells], (by, "space", "kind"),
                 {"kind": kind, **({"group": categorical("group", rows)} if by == "group" else {})})


def candidates(cover: Coverage):
    """Who could fill each space's gap (see :meth:`netkort.coverage.Coverage.candidates_frame`)."""
    rows = [{"gap": gap.space, **c.to_dict()} for gap in cover.gaps for c in gap.candidates]
    return table(rows, ("gap", "name", "level", "influence", "interest", "staff", "reason", "spaces"),
                 {"gap": "space", "reason": categorical("reason", ("same-space", "neighbour-space"))})


def interest(scores: Interest):
    """The assessed actors (see :meth:`netkort.interest.Interest.frame`)."""
    from .interest import QUADRANTS

    rows = [{**dataclasses.asdict(a)} for a in scores.actors]
    return table(rows, ("name", "influence", "interest", "quadrant", "level"),
                 {"quadrant": categorical("quadrant", QUADRANTS)})


CARE_LISTS = ("key_person", "no_staff", "multi_staff", "duplicates", "stale", "missing_agreement",
              "evaluation_due", "staff_load")


def care(found: Care, kind: str):
    """One care list as a frame (see :meth:`netkort.care.Care.frame`)."""
    if kind not in CARE_LISTS:
        raise FrameError("frame-care", given=kind, valid=", ".join(CARE_LISTS))
    items = getattr(found, kind)
    if kind == "duplicates":
        return table([{"a": d.names[0], "b": d.names[1], "score": d.score} for d in items], ("a", "b", "score"))
    if kind == "staff_load":
        rows = [{"name": s.name, "department": s.department, **s.levels, "total": s.total} for s in items]
        return table(rows, ("name", "department", *LEVELS, "total"), dict.fromkeys(LEVELS, INTEGER))
    rows = [{**{f.name: getattr(item, f.name) for f in dataclasses.fields(item)},
             **({"reason": item.reason} if kind == "evaluation_due" else {})} for item in items]
    columns = {"stale": ("name", "staff", "level", "last_contact", "months"),
               "missing_agreement": ("name", "staff", "agreement"),
               "evaluation_due": ("name", "staff", "next_evaluation", "reason")}.get(kind, ("name", "staff", "level"))
    return table(rows, columns, {"reason": categorical("reason", ("missing", "due"))})


CHANGES = ("new", "lost", "upgraded", "downgraded")


def changes(comparison: Comparison):
    """Every actor that came, went or moved (see :meth:`netkort.compare.Comparison.frame`)."""
    rows = [{"change": "new", "name": e.name, "type": e.type, "before": None, "after": e.level, "staff": e.staff}
            for e in comparison.new]
    rows += [{"change": "lost", "name": e.name, "type": e.type, "before": e.level, "after": None,
              "staff": e.staff} for e in comparison.lost]
    for change in ("upgraded", "downgraded"):
        rows += [{"change": change, "name": c.name, "type": None, "before": c.before, "after": c.after,
                  "staff": c.staff} for c in getattr(comparison, change)]
    return table(rows, ("change", "name", "type", "before", "after", "staff"),
                 {"change": categorical("change", CHANGES)})


def space_changes(comparison: Comparison):
    """Actors per space and level before and after (see :meth:`netkort.compare.Comparison.coverage_frame`)."""
    pd = pandas()
    spaces = list(comparison.coverage)
    columns = pd.MultiIndex.from_product([["before", "after"], list(LEVELS)], names=["when", "level"])
    data = [[comparison.coverage[s][when][level] for when, level in columns] for s in spaces]
    frame = pd.DataFrame(data, columns=columns, dtype="Int64")
    frame.index = pd.CategoricalIndex(spaces, dtype=categorical("space"), name="space")
    return frame
