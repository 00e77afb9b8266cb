"""Interchange formats: GraphML, GEXF (Gephi), node-link JSON and a CSV edge list.

Attribute values are flattened to what Gephi and igraph accept (lists joined
with "; ", dates as ISO text, custom columns as attributes of their own).
Emails, phone numbers and notes stay out unless ``details=True`` (DESIGN §6).
CSV cells that a spreadsheet would run as a formula are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import networkx as nx

from .privacy import PERSONAL_FIELDS as _PERSONAL
from .privacy import looks_personal
from .problems import UsageError
from .vocabulary import FIELD_LABELS

FORMATS = (".graphml", ".gexf", ".json", ".csv")
PERSONAL_FIELDS = (*_PERSONAL, "note")  # and the note on an actor-actor relation
_INTERNAL = ("sources",)
CUSTOM_PREFIX = "custom:"
# Names an extra column cannot keep: netkort's attributes, and the columns graph readers
# make of a file's structure (node id and label, edge ends, direction, weight).
_RESERVED = frozenset({*FIELD_LABELS["en"], "kind", "label", "conflicts", "custom", "sources",
                       "directed", "weight"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFormatError(UsageError):
    """An output name whose suffix is not an export format."""

    def __init__(self, path: Path):
        super().__init__("export-format", file=str(path), suffix=path.suffix, valid=", ".join(FORMATS))


def flat_value(value: object) -> str | int | float | bool:
    """A graph attribute as a scalar that every graph format can store."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(flat_value(v)) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def flat_attributes(data: dict, details: bool = False) -> dict:
    """Flatten one node's or edge's attributes; personal fields only with ``details``."""
    out: dict = {}
    for key, value in data.items():
        if key in _INTERNAL or value is None or (not details and key in PERSONAL_FIELDS):
            continue
        if key == "custom":
            for column, text in value.items():
                if details or not looks_personal(column):
                    out[_custom_name(column, data)] = text
        elif key == "conflicts":
            out["conflicts"] = "; ".join(f"{k}: {' / '.join(map(str, v))}" for k, v in value.items())
        else:
            out[key] = flat_value(value)
    return out


def _custom_name(column: str, data: dict) -> str:
    """An extra column's attribute name: its own, or 'custom:Level' where it would clash,
    in any case, with one of netkort's attributes or a column a graph reader makes itself
    (Gephi and netkort's reader take 'Level' and 'level' for one column)."""
    folded = column.casefold()
    if folded in _RESERVED or any(folded == key.casefold() for key in data):
        return CUSTOM_PREFIX + column
    return column


def flat_graph(graph: nx.Graph, details: bool = False) -> nx.Graph:
    """A copy of ``graph`` with flat attributes and a ``label`` for Gephi."""
    nodes, edges = flat_items(graph, details)
    flat = nx.Graph(name=graph.graph.get("name", ""))
    flat.add_nodes_from(nodes)
    flat.add_edges_from(edges)
    return flat


def export(graph: nx.Graph, path: Path | str, details: bool = False) -> Path:
    """Write ``graph`` to ``path`` in the format its suffix names."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportFormatError(path)
    if suffix in (".graphml", ".gexf"):
        nodes, edges = flat_items(graph, details)
        writer = write_graphml if suffix == ".graphml" else write_gexf
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            writer(handle, nodes, edges)
        return path
    flat = flat_graph(graph, details)
    if suffix == ".json":
        document = nx.node_link_data(flat, edges="edges")
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        write_edge_csv(flat, path)
    return path


def flat_items(graph: nx.Graph, details: bool = False) -> tuple[list, list]:
    """Nodes ``(id, attributes)`` and edges ``(u, v, attributes)``, flattened once."""
    nodes = []
    for node, data in graph.nodes(data=True):
        attributes = flat_attributes(data, details)
        attributes["label"] = data.get("name", node)
        nodes.append((node, attributes))
    edges = [(u, v, flat_attributes(data, details)) for u, v, data in graph.edges(data=True)]
    return nodes, edges


_TYPES = {bool: ("boolean", "boolean"), int: ("int", "integer"), float: ("double", "double"),
          str: ("string", "string")}


def _keys(items: list[dict]) -> dict[str, type]:
    """Every attribute name with one type for all its values (text where they differ)."""
    keys: dict[str, type] = {}
    for attributes in items:
        for key, value in attributes.items():
            known = keys.setdefault(key, type(value))
            if known is not type(value):
                keys[key] = str
    return keys


def _text(value: object, kind: type) -> str:
    if kind is bool:
        return "true" if value else "false"
    return str(value)


def write_graphml(handle, nodes: list, edges: list) -> None:
    """GraphML, streamed (networkx's writer builds the whole tree first: 5× slower)."""
    from xml.sax.saxutils import escape, quoteattr

    node_keys = _keys([a for _, a in nodes])
    edge_keys = _keys([a for *_, a in edges])
    handle.write("<?xml version='1.0' encoding='utf-8'?>\n"
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    ids = {}
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys.items():
            ids[scope, name] = key = f"d{len(ids)}"
            handle.write(f'<key id="{key}" for="{scope}" attr.name={quoteattr(name)} '
                         f'attr.type="{_TYPES[kind][0]}" />\n')
    handle.write('<graph edgedefault="undirected">\n')
    for node, attributes in nodes:
        handle.write(f"<node id={quoteattr(node)}>")
        for name, value in attributes.items():
            handle.write(f'<data key="{ids["node", name]}">{escape(_text(value, node_keys[name]))}</data>')
        handle.write("</node>\n")
    for u, v, attributes in edges:
        handle.write(f"<edge source={quoteattr(u)} target={quoteattr(v)}>")
        for name, value in attributes.items():
            handle.write(f'<data key="{ids["edge", name]}">{escape(_text(value, edge_keys[name]))}</data>')
        handle.write("</edge>\n")
    handle.write("</graph>\n</graphml>\n")


def write_gexf(handle, nodes: list, edges: list) -> None:
    """GEXF 1.2 for Gephi, streamed; the node label is Gephi's label, not an attribute."""
    from xml.sax.saxutils import quoteattr

    node_keys = _keys([{k: v for k, v in a.items() if k != "label"} for _, a in nodes])
    edge_keys = _keys([a for *_, a in edges])
    handle.write("<?xml version='1.0' encoding='utf-8'?>\n"
                 '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
                 '<meta><creator>netkort</creator></meta>\n'
                 '<graph defaultedgetype="undirected" mode="static" name="">\n')
    ids = {}
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        handle.write(f'<attributes mode="static" class="{scope}">\n')
        for name, kind in keys.items():
            ids[scope, name] = key = str(len(ids))
            handle.write(f'<attribute id="{key}" title={quoteattr(name)} type="{_TYPES[kind][1]}" />\n')
        handle.write("</attributes>\n")

    def values(scope: str, keys: dict, attributes: dict) -> str:
        return "".join(f'<attvalue for="{ids[scope, k]}" value={quoteattr(_text(v, keys[k]))} />'
                       for k, v in attributes.items() if k != "label")

    handle.write("<nodes>\n")
    for node, attributes in nodes:
        handle.write(f"<node id={quoteattr(node)} label={quoteattr(str(attributes['label']))}>"
                     f"<attvalues>{values('node', node_keys, attributes)}</attvalues></node>\n")
    handle.write("</nodes>\n<edges>\n")
    for index, (u, v, attributes) in enumerate(edges):
        handle.write(f'<edge id="{index}" source={quoteattr(u)} target={quoteattr(v)}>'
                     f"<attvalues>{values('edge', edge_keys, attributes)}</attvalues></edge>\n")
    handle.write("</edges>\n</graph>\n</gexf>\n")


def safe_cell(value: object) -> str:
    """Text a spreadsheet will show as text, never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_edge_csv(flat: nx.Graph, path: Path) -> None:
    """One row per edge with both ends' names and kinds, then every edge attribute."""
    keys: list[str] = []
    for *_, data in flat.edges(data=True):
        keys.extend(k for k in data if k not in keys and k != "kind")
    header = ["source", "target", "source_kind", "target_kind", "kind", *keys]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for u, v, data in flat.edges(data=True):
            nu, nv = flat.nodes[u], flat.nodes[v]
            row = [nu["label"], nv["label"], nu["kind"], nv["kind"], data.get("kind", ""),
                   *(data.get(k, "") for k in keys)]
            writer.writerow([safe_cell(c) for c in row])
