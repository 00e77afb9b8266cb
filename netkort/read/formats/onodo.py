"""Onodo's workbook: Nodes (Name, Type, Description, Visible, custom columns) and Relations
(Source, Type, Target, Directed, and the dates From, To and At, which are no relation ends)."""

from __future__ import annotations

from . import Format, by_name, headers

FORMAT = Format("onodo", {"da": "Onodo-projektmappe", "en": "Onodo workbook"}, "Onodo",
                data_sheets=("nodes", "relations"))


def matches(sheets) -> bool:
    named = by_name(sheets)
    nodes, relations = named.get("nodes"), named.get("relations")
    return bool(nodes is not None and "name" in headers(nodes)
                and (relations is None or {"source", "target"} <= headers(relations)))
