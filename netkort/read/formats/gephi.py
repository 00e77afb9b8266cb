"""Gephi's spreadsheet tables (Data Laboratory export, spreadsheet import): a nodes table
(Id, Label, attributes) and an edges table (Source, Target, Type, Id, Label, Weight), as
two CSV files given together or as two sheets. Edge ends are node ids, resolved to labels;
a Weight of 1, 2 or 3 on every edge gives the level (see vocabulary.WEIGHT_LEVELS)."""

from __future__ import annotations

from ...i18n import N_
from . import Format, headers

FORMAT = Format("gephi", N_("Gephi table"), "Gephi")
_EDGE_EXTRAS = {"type", "id", "label", "weight", "kind"}


def matches(sheets) -> bool:
    for sheet in sheets:
        found = headers(sheet)
        if {"id", "label"} <= found or ({"source", "target"} <= found and found & _EDGE_EXTRAS):
            return True
    return False


def table_file(sheets) -> bool:
    """Whether a file is one of Gephi's tables saved as CSV: its nodes or its edges.

    Gephi saves the two apart; given together, they are read as one file (the edges
    name the nodes by id).
    """
    return len(sheets) == 1 and sheets[0].name == "" and not sheets[0].format and matches(sheets)
