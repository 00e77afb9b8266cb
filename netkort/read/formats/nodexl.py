"""NodeXL's workbook: Edges (Vertex 1, Vertex 2, ...) and Vertices (Vertex, ...), as Excel
tables under a row of group headers; its other sheets (Groups, Overall Metrics, hidden
settings) are NodeXL's own."""

from __future__ import annotations

from ...i18n import N_
from . import Format, by_name, headers

FORMAT = Format("nodexl", N_("NodeXL workbook"), "NodeXL",
                data_sheets=("edges", "vertices"))


def matches(sheets) -> bool:
    named = by_name(sheets)
    edges, vertices = named.get("edges"), named.get("vertices")
    return bool((edges is not None and {"vertex1", "vertex2"} <= headers(edges))
                or (vertices is not None and "vertex" in headers(vertices)))
