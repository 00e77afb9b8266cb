"""Interchange formats: GEXF (Gephi), GraphML (yEd, igraph), node-link and graphology JSON,
and a pair of CSV tables (nodes and edges) for Excel and Gephi.

Every format gets the same :class:`Items`: each node's and edge's attributes,
typed (scores are integers, dates are dates, spaces and target groups are lists,
an extra column of numbers is numbers), the map's look (position in the chosen
layout, the level's colour, the size by influence) and an edge weight by level.
Each writer turns the types into what its format can say. Emails, phone numbers
and notes stay out unless ``details=True`` (DESIGN §6), and so do e-mail
addresses, phone numbers and CPR-like numbers typed into any other text: they
are masked ("[e-mail skjult]", :mod:`netkort.personal`). ``details`` keeps e-mail
and phone; a CPR-like number stays masked unless ``cpr=True`` too. Texts are
never cut: a page shows a short form, an export the whole value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..personal import keeping, mask
from ..privacy import PERSONAL_FIELDS as _PERSONAL
from ..privacy import looks_personal
from ..problems import UsageError
from ..vocabulary import FIELD_LABELS

FORMATS = (".gexf", ".graphml", ".json", ".graphology.json", ".csv")
PERSONAL_FIELDS = (*_PERSONAL, "note")  # and the note on an actor-actor relation
_INTERNAL = ("sources",)
CUSTOM_PREFIX = "custom:"
# Names an extra column cannot keep: netkort's attributes, and the columns graph readers
# make of a file's structure (node id and label, edge ends, direction, weight, the look).
_RESERVED = frozenset({*FIELD_LABELS["en"], "kind", "label", "conflicts", "custom", "sources",
                       "directed", "weight", "x", "y", "size", "color", "id", "key", "source", "target",
                       "attributes", "type", "actortype"})
# Edge weight: the network circle's level; the house's and the staff's own lines weigh 1.
WEIGHTS = {"network": 1.0, "cooperation": 2.0, "partnership": 3.0}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFormatError(UsageError):
    """An output name whose suffix is not an export format."""

    def __init__(self, path: Path):
        super().__init__("export-format", file=str(path), suffix=path.suffix, valid=", ".join(FORMATS))


def format_of(path: Path | str) -> str:
    """The export format a file name asks for ('.graphology.json' before '.json'), or ''."""
    name = Path(path).name.lower()
    return next((f for f in sorted(FORMATS, key=len, reverse=True) if name.endswith(f)), "")


# --- typed values -----------------------------------------------------------------------

# Only a number written as its number writes it is typed: "007", "0800", "2,50" and "1.50" stay
# text, so what was read comes back the same when netkort reads its own export.
_INT = re.compile(r"^-?(?:0|[1-9]\d{0,17})$")
_FLOAT = re.compile(r"^-?(?:0|[1-9]\d*)\.\d*[1-9]$")
_BOOLEAN = {"true": True, "false": False, "sand": True, "falsk": False}


def _typed_text(text: str, kind: type) -> object:
    """An extra column's text as the type its whole column has."""
    if kind is int:
        return int(text)
    if kind is float:  # a whole number in a column of decimals stays as written: 17, not 17.0
        return int(text) if _INT.match(text) else float(text)
    if kind is bool:
        return _BOOLEAN[text.strip().casefold()]
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    return text


def _text_kind(text: str) -> type:
    if _INT.match(text):
        return int
    if _FLOAT.match(text):
        return float
    if text.strip().casefold() in _BOOLEAN:
        return bool
    if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        try:
            dt.date.fromisoformat(text)
            return dt.date
        except ValueError:
            return str
    return str


def column_kinds(values: list[str]) -> type:
    """The one type every value of an extra column has (int within float is float), else str."""
    kinds = {_text_kind(v) for v in values}
    if kinds == {int, float}:
        return float
    return kinds.pop() if len(kinds) == 1 else str


@dataclass
class Items:
    """A graph ready for a format: nodes and edges with typed attributes, the map's look,
    and one type per attribute name (what the format declares)."""

    name: str
    nodes: list[tuple[str, dict]]
    edges: list[tuple[str, str, dict]]
    node_types: dict[str, type] = field(default_factory=dict)
    edge_types: dict[str, type] = field(default_factory=dict)
    look: dict[str, tuple[float, float, str, float]] = field(default_factory=dict)  # x, y, colour, size
    weights: list[float] = field(default_factory=list)  # per edge, in order


def masking(details: bool = False, cpr: bool = False, lang: str = "da"):
    """The function an export passes every text through: personal data masked (see the module)."""
    keep = keeping(details, cpr)

    def masked(text: str) -> str:
        return mask(text, lang, keep)
    return masked


def items(graph: nx.Graph, details: bool = False, layout: str = "circle", cpr: bool = False,
          lang: str = "da") -> Items:
    """What every export writes: attributes typed, personal fields only with ``details``,
    personal data in other text masked (CPR-like numbers unless ``cpr``)."""
    from .. import layout as layouts
    from ..look import node_color, node_size

    masked = masking(details, cpr, lang)
    kinds = _custom_kinds((data for _, data in graph.nodes(data=True)), masked)
    columns = _column_names(kinds, masked)
    nodes = []
    for node, data in graph.nodes(data=True):
        attributes = typed_attributes(data, details, kinds, masked, columns)
        attributes["label"] = masked(str(data.get("name", node)))
        nodes.append((node, attributes))
    kinds = _custom_kinds((data for *_, data in graph.edges(data=True)), masked)
    columns = _column_names(kinds, masked)
    edges = [(u, v, typed_attributes(data, details, kinds, masked, columns)) for u, v, data in graph.edges(data=True)]
    positions = layouts.LAYOUTS[layout](graph)
    look = {}
    for node in graph:
        x, y = positions.get(node, (0.0, 0.0))
        look[node] = (round(x, 2), round(-y, 2), node_color(graph.nodes[node]), node_size(graph, node))
    weights = [WEIGHTS.get(data.get("level"), 1.0) for *_, data in graph.edges(data=True)]
    return Items(name=masked(str(graph.graph.get("name", ""))), nodes=nodes, edges=edges,
                 node_types=_types(a for _, a in nodes), edge_types=_types(a for *_, a in edges),
                 look=look, weights=weights)


def _custom_kinds(items: Iterable[dict], masked=lambda text: text) -> dict[str, type]:
    """Each extra column's type, over every node (or every edge) that has it, as written out
    (a column of CPR numbers, masked, is text, not numbers)."""
    values: dict[str, list[str]] = {}
    for data in items:
        for column, text in (data.get("custom") or {}).items():
            values.setdefault(column, []).append(masked(text))
    return {column: column_kinds(texts) for column, texts in values.items()}


def _column_names(columns: Iterable[str], masked) -> dict[str, str]:
    """Each extra column's name as an export writes it: masked like any text (a header can hold
    "Ring til Karen 21436587"), and two headers that differ only in what is masked kept apart."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        name = masked(column)
        if name != column:
            number = 2
            base = name
            while name in taken or name in columns:
                name, number = f"{base} ({number})", number + 1
        names[column] = name
        taken.add(name)
    return names


def typed_attributes(data: dict, details: bool = False, kinds: dict[str, type] | None = None,
                     masked=None, columns: dict[str, str] | None = None) -> dict:
    """One node's or edge's attributes as the exports write them; personal fields only with ``details``.

    ``masked`` is what every text passes through (:func:`masking`; by default as ``details`` says),
    extra columns' names too (``columns``: each one's name as written, see :func:`_column_names`).
    """
    masked = masked or masking(details)
    out: dict = {}
    for key, value in data.items():
        if key in _INTERNAL or value is None or (not details and key in PERSONAL_FIELDS):
            continue
        if key == "custom":
            for column, text in value.items():
                if details or not looks_personal(column):
                    name = (columns or {}).get(column) or masked(column)
                    out[_custom_name(name, data)] = _typed_text(masked(text), (kinds or {}).get(column, str))
        elif key == "conflicts":
            out["conflicts"] = masked("; ".join(f"{k}: {' / '.join(map(str, v))}" for k, v in value.items()))
        elif isinstance(value, (list, tuple, set)):
            out[key] = [masked(str(v)) for v in value]
        elif isinstance(value, str):
            out[key] = masked(value)
        elif isinstance(value, (int, float, bool, dt.date)):
            out[key] = value
        else:
            out[key] = masked(str(value))
    return out


def _custom_name(column: str, data: dict) -> str:
    """An extra column's attribute name: its own, or 'custom:Level' where it would clash,
    in any case, with one of netkort's attributes or a column a graph reader makes itself
    (Gephi and netkort's reader take 'Level' and 'level' for one column)."""
    folded = column.casefold()
    if folded in _RESERVED or any(folded == key.casefold() for key in data):
        return CUSTOM_PREFIX + column
    return column


def _types(items_: object) -> dict[str, type]:
    """Every attribute name with one type for all its values: str where they differ,
    float where integers and decimals meet."""
    found: dict[str, type] = {}
    for attributes in items_:
        for key, value in attributes.items():
            kind = list if isinstance(value, list) else type(value)
            known = found.setdefault(key, kind)
            if known is not kind:
                found[key] = float if {known, kind} == {int, float} else str
    return found


def as_text(value: object) -> str:
    """A value where a format has only text: lists joined with '; ', dates as ISO."""
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- writing ---------------------------------------------------------------------------


def export(graph: nx.Graph, path: Path | str, details: bool = False, layout: str = "circle",
           lang: str = "da", cpr: bool = False) -> Path:
    """Write ``graph`` to ``path`` in the format its name asks for; the path written.

    ``.gexf`` (GEXF 1.3, Gephi), ``.graphml``, ``.json`` (node-link), ``.graphology.json``
    and ``.csv``, which writes two tables beside each other, ``<name>-noder.csv`` and
    ``<name>-kanter.csv`` (``-nodes``/``-edges`` in English); the nodes table's path is
    returned. ``layout`` is the map layout whose positions the files carry. ``cpr``
    (with ``details``) writes CPR-like numbers as they are instead of "[CPR skjult]".

    Parameters
    ----------
    graph : Network or networkx.Graph
        What ``netkort.load`` returned, or its ``.graph``.
    path : path or str
        The file to write; its ending picks the format.
    details : bool
        Add e-mail, phone and notes.
    layout : str
        "circle", "spaces" or "force": the positions written.
    lang : str
        "da", "nb", "sv" or "en" (the CSV tables' names and headers, the masks).
    cpr : bool
        With ``details``, CPR-like numbers as written.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import networkx, netkort
    >>> network = netkort.load([netkort.sample()])
    >>> netkort.export(network, "netvaerk.graphml")
    PosixPath('netvaerk.graphml')
    >>> networkx.read_graphml("netvaerk.graphml").number_of_nodes()
    311
    """
    from ..network import graph_of
    from . import csvpair, gexf, graphml, nodelink

    graph = graph_of(graph)
    path = Path(path)
    kind = format_of(path)
    if not kind:
        raise ExportFormatError(path)
    found = items(graph, details, layout, cpr=cpr, lang=lang)
    if kind == ".csv":
        return csvpair.write(found, path, lang)[0]
    writer = {".gexf": gexf.write, ".graphml": graphml.write, ".json": nodelink.write_node_link,
              ".graphology.json": nodelink.write_graphology}[kind]
    writer(found, path)
    return path


def written(path: Path | str, lang: str = "da") -> list[Path]:
    """The files an export to ``path`` writes (two for CSV)."""
    from . import csvpair

    path = Path(path)
    return list(csvpair.paths(path, lang)) if format_of(path) == ".csv" else [path]


def safe_cell(value: object) -> str:
    """Text a spreadsheet will show as text, never run as a formula: a leading ' where one could start.

    Excel hides that quote in the cell; a program reading the CSV sees it (see the README).
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
