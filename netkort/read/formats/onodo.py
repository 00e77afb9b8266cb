"""Onodo's workbook: Nodes (Name, Type, Description, Visible, custom columns) and Relations
(Source, Type, Target, Directed, and the dates From, To and At, which are no relation ends)."""

from __future__ import annotations

from ...i18n import N_
from . import Format, by_name, headers

FORMAT = Format("onodo", N_("Onodo workbook"), "Onodo",
                data_sheets=("nodes", "relations"))


def matches(sheets) -> bool:
    named = by_name(sheets)
    nodes, relations = named.get("nodes"), named.get("relations")
    return bool(nodes is not None and "name" in headers(nodes)
                and (relations is None or {"source", "target"} <= headers(relations)))
