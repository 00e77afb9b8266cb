"""Kumu's workbook: Elements (Label, Type, Description, Tags with '|') and Connections
(From, To with several '|'-separated targets, Type, Direction, Strength)."""

from __future__ import annotations

from ...i18n import N_
from . import Format, by_name, headers

FORMAT = Format("kumu", N_("Kumu workbook"), "Kumu",
                data_sheets=("elements", "connections"), end_separator="|")


def matches(sheets) -> bool:
    named = by_name(sheets)
    elements, connections = named.get("elements"), named.get("connections")
    return bool((elements is not None and "label" in headers(elements))
                or (connections is not None and {"from", "to"} <= headers(connections)))
