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

from .problems import NetkortError

FORMATS = (".graphml", ".gexf", ".json", ".csv")
PERSONAL_FIELDS = ("email", "phone", "notes", "note")
_INTERNAL = ("sources",)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFormatError(NetkortError):
    """An output name whose suffix is not an export format."""

    exit_code = 2

    def __init__(self, path: Path):
        self.path = path
        super().__init__(self.message("da"))

    def message(self, lang: str = "da") -> str:
        valid = ", ".join(FORMATS)
        if lang == "en":
            return f"{self.path}: unknown export format '{self.path.suffix}'. Use one of: {valid}"
        return f"{self.path}: ukendt eksportformat '{self.path.suffix}'. Brug et af: {valid}"


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
                out[column if column not in data else f"custom:{column}"] = text
        elif key == "conflicts":
            out["conflicts"] = "; ".join(f"{k}: {' / '.join(map(str, v))}" for k, v in value.items())
        else:
            out[key] = flat_value(value)
    return out


def flat_graph(graph: nx.Graph, details: bool = False) -> nx.Graph:
    """A copy of ``graph`` with flat attributes and a ``label`` for Gephi."""
    flat = nx.Graph(name=graph.graph.get("name", ""))
    for node, data in graph.nodes(data=True):
        attributes = flat_attributes(data, details)
        attributes["label"] = data.get("name", node)
        flat.add_node(node, **attributes)
    for u, v, data in graph.edges(data=True):
        flat.add_edge(u, v, **flat_attributes(data, details))
    return flat


def export(graph: nx.Graph, path: Path | str, details: bool = False) -> Path:
    """Write ``graph`` to ``path`` in the format its suffix names."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportFormatError(path)
    flat = flat_graph(graph, details)
    if suffix == ".graphml":
        nx.write_graphml(flat, path, encoding="utf-8")
    elif suffix == ".gexf":
        nx.write_gexf(flat, path, encoding="utf-8")
    elif suffix == ".json":
        document = nx.node_link_data(flat, edges="edges")
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        write_edge_csv(flat, path)
    return path


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
