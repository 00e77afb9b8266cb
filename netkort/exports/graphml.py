"""GraphML for yEd, igraph and networkx, streamed: typed keys, positions, colours, weights.

Key ids are ``d0``, ``d1``… . The schema makes ``attr.name`` an XML name token, so a
header with a space or a parenthesis ("Antal besøg", "Indflydelse (anden værdi)")
becomes a token there ("Antal_besøg") and stays whole in the key's ``<desc>``, which
netkort's own reader uses. GraphML has no list or date type: lists are joined with
"; " and dates are ISO text.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..output import opened
from . import Items, as_text
from .gexf import long_keys

_TYPES = {bool: "boolean", int: "int", float: "double", list: "string", str: "string", dt.date: "string"}
_NOT_TOKEN = re.compile(r"[^\w.\-:]+")
# The look, for yEd's Properties Mapper and igraph: x, y, size and colour on nodes, weight on edges.
LOOK_KEYS = {"x": "float", "y": "float", "size": "double", "color": "string"}


def token(name: str, taken: set[str]) -> str:
    """``name`` as an XML name token, unique among ``taken``: 'Antal besøg' -> 'Antal_besøg'."""
    base = _NOT_TOKEN.sub("_", name).strip("_") or "attribute"
    candidate, number = base, 2
    while candidate.casefold() in taken:
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate.casefold())
    return candidate


def write(found: Items, path: Path) -> None:
    ids: dict[tuple[str, str], str] = {}
    with opened(path, newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                  'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for scope, keys, look, items in (
                ("node", found.node_types, LOOK_KEYS, found.nodes),
                ("edge", found.edge_types, {"weight": "double"}, [(u, a) for u, _, a in found.edges])):
            taken: set[str] = set()
            big = long_keys(items)
            declared = [(name, "long" if name in big else _TYPES[kind]) for name, kind in keys.items()]
            for name, kind in [*declared, *look.items()]:
                ids[scope, name] = key = f"d{len(ids)}"
                attr_name = token(name, taken)
                desc = f"<desc>{escape(name)}</desc>" if attr_name != name else ""
                out.write(f'<key id="{key}" for="{scope}" attr.name={quoteattr(attr_name)} '
                          f'attr.type="{kind}">{desc}</key>\n')
        out.write(f'<graph id="G" edgedefault="undirected"><desc>{escape(found.name)}</desc>\n')
        for node, attributes in found.nodes:
            x, y, color, size = found.look[node]
            look = {"x": x, "y": y, "size": size, "color": color}
            out.write(f"<node id={quoteattr(node)}>")
            for name, value in [*attributes.items(), *look.items()]:
                out.write(f'<data key="{ids["node", name]}">{escape(as_text(value))}</data>')
            out.write("</node>\n")
        for (u, v, attributes), weight in zip(found.edges, found.weights, strict=True):
            out.write(f"<edge source={quoteattr(u)} target={quoteattr(v)}>")
            for name, value in [*attributes.items(), ("weight", weight)]:
                out.write(f'<data key="{ids["edge", name]}">{escape(as_text(value))}</data>')
            out.write("</edge>\n")
        out.write("</graph>\n</graphml>\n")
