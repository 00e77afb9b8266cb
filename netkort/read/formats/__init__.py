"""Files of other tools (Kumu, Onodo, Gephi, NodeXL, graph files) read as netkort reads its own.

Each tool keeps a network as a node list and an edge list. A module per tool
says how to recognise its file from the sheets' names and headers alone (no
option needed) and which of its sheets hold the network; the columns are then
read by meaning like any workbook's, and :mod:`netkort.read.nodes` turns the
nodes and edges into netkort's contacts, staff and house.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import LANGS, N_, gettext
from ...text import fold
from ..workbook import RawSheet

HEAD_ROWS = 3  # a tool's header sits in the first rows (NodeXL's under a row of groups)


@dataclass(frozen=True)
class Format:
    """Another tool's file: how it is named to people, which sheets hold the network."""

    id: str
    name: str  # an English msgid: how the file is named to people ("Kumu workbook")
    tool: str = ""  # the tool, as its users name it: "NodeXL"
    data_sheets: tuple[str, ...] = ()  # folded; the tool's other sheets are skipped. () = every sheet
    end_separator: str = ""  # several targets in one relation end ("|" in Kumu's To)

    @property
    def names(self) -> dict[str, str]:
        """The file's name in each language netkort speaks."""
        return {lang: gettext(self.name, lang) for lang in LANGS}

    def reads(self, sheet: RawSheet) -> bool:
        """Whether ``sheet`` holds part of the network (and not the tool's own bookkeeping)."""
        return not self.data_sheets or fold(sheet.name) in self.data_sheets


def headers(sheet: RawSheet) -> set[str]:
    """The folded texts of a sheet's first rows: enough to recognise a tool's header."""
    return {fold(c) for row in sheet.rows[:HEAD_ROWS] for c in row if isinstance(c, str) and c.strip()}


def by_name(sheets: list[RawSheet]) -> dict[str, RawSheet]:
    return {fold(s.name): s for s in sheets}


def recognise(sheets: list[RawSheet]) -> Format | None:
    """The tool whose file ``sheets`` come from, or None for a workbook of one's own."""
    from . import gephi, kumu, nodexl, onodo

    for module in (kumu, onodo, nodexl, gephi):
        if module.matches(sheets):
            return module.FORMAT
    return None


# Graph files (netkort's own exports among them), read by :mod:`.graphfile`.
GRAPH_FORMATS: dict[str, Format] = {
    "graphml": Format("graphml", N_("GraphML file"), "GraphML"),
    "gexf": Format("gexf", N_("GEXF file (Gephi)"), "GEXF"),
    "json": Format("json", N_("JSON network"), "JSON"),
}
GRAPH_FILES = tuple(GRAPH_FORMATS)


def _names() -> dict[str, dict[str, str]]:
    from . import gephi, kumu, nodexl, onodo

    names = {m.FORMAT.id: m.FORMAT.names for m in (kumu, onodo, nodexl, gephi)}
    names.update({f.id: f.names for f in GRAPH_FORMATS.values()})
    return names


FORMAT_NAMES: dict[str, dict[str, str]] = _names()
