"""GEXF 1.3 for Gephi, streamed: typed attributes, the map's look and edge weights.

The file validates against the official GEXF 1.3 schema. That schema puts the
look's ``color``, ``position`` and ``size`` in GEXF's own namespace, so they are
written there (Gephi and graphology read them by name); networkx's reader, which
looks for them under a ``viz:`` prefix, reads the attributes and leaves the look.
GEXF 1.3 has no date type: dates are ISO text, lists are ``liststring``
(``["learning", "meeting"]``), so Gephi partitions by each space, not by a pair.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .. import __version__
from ..contrast import rgb
from ..look import LINE_COLORS
from ..output import opened
from . import Items, as_text

NAMESPACE = "http://gexf.net/1.3"
_TYPES = {bool: "boolean", int: "integer", float: "double", list: "liststring", str: "string", dt.date: "string"}
_EDGE_COLORS = LINE_COLORS   # the map's line colours, so Gephi draws the lines as the map does


def value_text(value: object, kind: type) -> str:
    """A value as its declared GEXF type writes it."""
    if kind is list:
        items = value if isinstance(value, list) else [value]
        return "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in items) + "]"
    if kind is str or kind is dt.date:
        return as_text(value)
    return as_text(value) if not isinstance(value, bool) else ("true" if value else "false")


def long_keys(items: list[tuple[str, dict]]) -> set[str]:
    """Integer attributes with a value beyond 32 bits, declared as long."""
    return {k for _, attributes in items for k, v in attributes.items()
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**31 - 1}


def write(found: Items, path: Path) -> None:
    node_keys = {k: t for k, t in found.node_types.items() if k != "label"}
    edge_keys = found.edge_types
    ids: dict[tuple[str, str], str] = {}
    with opened(path, newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<gexf xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  f'xsi:schemaLocation="{NAMESPACE} {NAMESPACE}/gexf.xsd" version="1.3">\n'
                  f'<meta lastmodifieddate="{dt.date.today().isoformat()}"><creator>netkort {__version__}'
                  f"</creator><description>{_escape(found.name)}</description></meta>\n"
                  '<graph defaultedgetype="undirected" mode="static">\n')
        for scope, keys in (("node", node_keys), ("edge", edge_keys)):
            out.write(f'<attributes class="{scope}" mode="static">\n')
            big = long_keys(found.nodes if scope == "node" else [(u, a) for u, _, a in found.edges])
            for name, kind in keys.items():
                ids[scope, name] = key = str(len(ids))  # numbers: graphology reads a title only then
                declared = "long" if name in big else _TYPES[kind]
                out.write(f"<attribute id={quoteattr(key)} title={quoteattr(name)} type=\"{declared}\"/>\n")
            out.write("</attributes>\n")

        def values(scope: str, keys: dict, attributes: dict) -> str:
            return "".join(f'<attvalue for="{ids[scope, k]}" value={quoteattr(value_text(v, keys[k]))}/>'
                           for k, v in attributes.items() if k in keys)

        out.write(f'<nodes count="{len(found.nodes)}">\n')
        for node, attributes in found.nodes:
            x, y, color, size = found.look[node]
            r, g, b = rgb(color)
            out.write(f"<node id={quoteattr(node)} label={quoteattr(attributes['label'])}>"
                      f"<attvalues>{values('node', node_keys, attributes)}</attvalues>"
                      f'<color r="{r}" g="{g}" b="{b}"/><position x="{x}" y="{y}" z="0.0"/>'
                      f'<size value="{size}"/></node>\n')
        out.write(f'</nodes>\n<edges count="{len(found.edges)}">\n')
        for index, ((u, v, attributes), weight) in enumerate(zip(found.edges, found.weights, strict=True)):
            r, g, b = rgb(_EDGE_COLORS.get(attributes.get("level"), _EDGE_COLORS["unknown"]))
            out.write(f'<edge id="{index}" source={quoteattr(u)} target={quoteattr(v)} weight="{weight}">'
                      f"<attvalues>{values('edge', edge_keys, attributes)}</attvalues>"
                      f'<color r="{r}" g="{g}" b="{b}"/></edge>\n')
        out.write("</edges>\n</graph>\n</gexf>\n")


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
