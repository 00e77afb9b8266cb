"""JSON for notebooks and the web: node-link (networkx, d3) and graphology's serialisation.

Node-link JSON carries the edge list under both ``links`` and ``edges``: networkx
read it under ``links`` by default up to 3.5 and reads it under ``edges`` from 3.6,
d3 reads ``links``. Either way ``networkx.node_link_graph(data)`` works with its
default arguments. ``.graphology.json`` is what graphology's ``Graph.import`` (and so
sigma.js) takes, with x, y, size, colour and label where sigma looks for them; an
actor's type is ``actorType`` there, since sigma reads ``type`` as a drawing program.
Values keep their JSON types (numbers, booleans, lists); dates are ISO text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..output import write_text
from . import Items


def _plain(attributes: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in attributes.items()}


def write_node_link(found: Items, path: Path) -> None:
    nodes = []
    for node, attributes in found.nodes:
        x, y, color, size = found.look[node]
        nodes.append({"id": node, **_plain(attributes), "x": x, "y": y, "size": size, "color": color})
    links = [{"source": u, "target": v, **_plain(attributes), "weight": weight}
             for (u, v, attributes), weight in zip(found.edges, found.weights, strict=True)]
    document = {"directed": False, "multigraph": False, "graph": {"name": found.name},
                "nodes": nodes, "links": links, "edges": links}
    write_text(path, json.dumps(document, ensure_ascii=False, indent=1))


# sigma.js draws a node by the program its "type" names: an actor's type travels as "actorType".
SIGMA_RESERVED = {"type": "actorType"}


def write_graphology(found: Items, path: Path) -> None:
    nodes = []
    for node, attributes in found.nodes:
        x, y, color, size = found.look[node]
        shown = {SIGMA_RESERVED.get(k, k): v for k, v in _plain(attributes).items()}
        nodes.append({"key": node, "attributes": {**shown, "x": x, "y": y, "size": round(size / 3, 1),
                                                  "color": color}})
    edges = [{"key": str(index), "source": u, "target": v, "undirected": True,
              "attributes": {**_plain(attributes), "weight": weight, "size": weight}}
             for index, ((u, v, attributes), weight) in enumerate(zip(found.edges, found.weights, strict=True))]
    document = {"attributes": {"name": found.name},
                "options": {"type": "undirected", "multi": False, "allowSelfLoops": False},
                "nodes": nodes, "edges": edges}
    write_text(path, json.dumps(document, ensure_ascii=False, indent=1))
