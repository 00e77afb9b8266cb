"""Two CSV tables, nodes and edges, for Excel and for Gephi's spreadsheet import.

``net.csv`` writes ``net-noder.csv`` and ``net-kanter.csv`` (``net-nodes.csv`` and
``net-edges.csv`` in English), keyed by node ids, so an actor and a staff member
with the same name stay two nodes. Gephi's own column names lead (Id, Label;
Source, Target, Type, Weight, Label), the rest is in the output language with its
values as people write them ("samarbejde", "offentlig"). Danish, Norwegian and Swedish tables
use ";" and decimal commas, which Excel there opens with a double-click; English tables use ",".
A text cell a spreadsheet would run as a formula starts with a ' (visible, as part of the text).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from babel.numbers import get_decimal_symbol

from ..i18n import LANGS, LOCALES, N_, NC_, Labels, translate
from ..output import opened, replacing
from ..vocabulary import (
    AGREEMENT_LABELS,
    FIELD_LABELS,
    LEVEL_LABELS,
    SECTOR_LABELS,
    SPACE_LABELS,
)
from . import Items, safe_cell

# The tables' file names end in these (net-noder.csv, net-kanter.csv).
NAMES = (NC_("csv file", "nodes"), NC_("csv file", "edges"))
ROLES = Labels({"library": NC_("node role", "the house"), "staff": NC_("node role", "staff member"),
                "actor": NC_("node role", "actor")})
LINKS = Labels({"employs": NC_("edge kind", "employs"), "holds": NC_("edge kind", "staff member's contact"),
                "direct": NC_("edge kind", "the house's contact"), "relation": NC_("edge kind", "between actors")})
HEADERS = Labels({"role": NC_("csv column", "Role"), "link": NC_("csv column", "Link")})
BOOLEANS = {True: NC_("csv value", "true"), False: NC_("csv value", "false")}
EXTRA = N_("{name} (extra)")
_SHOWN = {"level": LEVEL_LABELS, "sector": SECTOR_LABELS, "agreement": AGREEMENT_LABELS,
          "spaces": SPACE_LABELS}
# Node columns in the order people read them; anything else follows as it comes.
NODE_ORDER = ("level", "type", "sector", "spaces", "groups", "influence", "interest", "agreement",
              "start", "last_contact", "next_evaluation", "contact_person", "email", "phone", "department",
              "activities", "tags", "notes")
EDGE_ORDER = ("level", "agreement", "start", "last_contact", "next_evaluation", "activities", "notes", "note")
_SKIP = ("label", "name", "kind")
# Columns Gephi's spreadsheet import takes for its own, in a nodes and in an edges table:
# an extra column named so is renamed ("Id (ekstra)").
GEPHI_NODE_COLUMNS = frozenset({"id", "label", "interval", "timeset"})
GEPHI_EDGE_COLUMNS = GEPHI_NODE_COLUMNS | {"source", "target", "type", "kind", "weight"}


def paths(path: Path, lang: str = "da") -> tuple[Path, Path]:
    """Where the nodes and the edges tables of an export to ``path`` go ('x-noder.csv' names the pair too)."""
    nodes, edges = (translate(name, lang) for name in NAMES)
    stem = path.stem
    for suffix in dict.fromkeys(f"-{translate(name, other)}" for other in LANGS for name in NAMES):
        stem = stem.removesuffix(suffix) if stem.endswith(suffix) and stem != suffix else stem
    return path.with_name(f"{stem}-{nodes}.csv"), path.with_name(f"{stem}-{edges}.csv")


def decimal_sign(lang: str) -> str:
    """The decimal sign of ``lang``'s locale (Babel): ',' in da, nb and sv, '.' in English."""
    return get_decimal_symbol(LOCALES[lang])


def separator_of(lang: str) -> str:
    """The tables' column separator: ';' where the decimal sign is a comma (as Excel there expects), else ','."""
    return ";" if decimal_sign(lang) == "," else ","


def cell(value: object, field: str, lang: str) -> str:
    """A value as the table shows it: labels in ``lang``, lists joined, the language's decimal sign
    (a comma in Danish, Norwegian and Swedish).

    A number is written as a number (never a formula); any text, a joined list too, that a
    spreadsheet could run as a formula gets its leading quote.
    """
    shown = _SHOWN.get(field)
    if isinstance(value, bool):
        return translate(BOOLEANS[value], lang)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value) if not value.is_integer() else str(int(value))
        return text.replace(".", decimal_sign(lang))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        text = "; ".join(shown[lang].get(v, v) if shown else v for v in value)
    else:
        text = shown[lang].get(value, value) if shown and isinstance(value, str) else str(value)
    return safe_cell(text)


def _columns(items: Iterable[dict], order: tuple[str, ...]) -> list[str]:
    found: dict[str, None] = {}
    for attributes in items:
        found.update(dict.fromkeys(k for k in attributes if k not in _SKIP))
    return [k for k in order if k in found] + [k for k in found if k not in order]


def _header(columns: list[str], fixed: list[str], lang: str, gephi: frozenset[str]) -> list[str]:
    """Column headers in ``lang``, each once: an extra column named like a field, or like a
    column Gephi takes for its own, keeps a suffix."""
    labels = FIELD_LABELS[lang]
    taken = {h.casefold() for h in fixed} | gephi
    header = []
    for column in columns:
        name = labels.get(column, column.removeprefix("custom:"))
        while name.casefold() in taken:
            name = translate(EXTRA, lang).format(name=name)
        taken.add(name.casefold())
        header.append(safe_cell(name))
    return header


def write(found: Items, path: Path, lang: str = "da") -> tuple[Path, Path]:
    lang = lang if lang in LANGS else "en"
    nodes_path, edges_path = paths(path, lang)
    separator = separator_of(lang)
    # The pair is replaced together: if the edges table cannot be written, neither file changes.
    # The nodes table is complete and closed before the edges table starts, so a failure is
    # told with the name of the table that failed.
    with replacing(nodes_path) as nodes_temporary:
        with open(nodes_temporary, "w", encoding="utf-8-sig", newline="") as nodes:
            _write_nodes(found, csv.writer(nodes, delimiter=separator), lang)
        with opened(edges_path, encoding="utf-8-sig", newline="") as edges:
            _write_edges(found, csv.writer(edges, delimiter=separator), lang)
    return nodes_path, edges_path


def _write_nodes(found: Items, writer, lang: str) -> None:
    node_columns = _columns((a for _, a in found.nodes), NODE_ORDER)
    fixed = ["Id", "Label", HEADERS[lang]["role"]]
    writer.writerow(fixed + _header(node_columns, fixed, lang, GEPHI_NODE_COLUMNS))
    for node, attributes in found.nodes:
        writer.writerow([node, safe_cell(attributes["label"]), ROLES[lang].get(attributes.get("kind"), ""),
                         *(cell(attributes[c], c, lang) if c in attributes else "" for c in node_columns)])


def _write_edges(found: Items, writer, lang: str) -> None:
    edge_columns = _columns((a for *_, a in found.edges), EDGE_ORDER)
    fixed = ["Source", "Target", "Type", "Weight", "Label", HEADERS[lang]["link"]]
    writer.writerow(fixed + _header(edge_columns, fixed, lang, GEPHI_EDGE_COLUMNS))
    for (u, v, attributes), weight in zip(found.edges, found.weights, strict=True):
        level = attributes.get("level")
        writer.writerow([u, v, "Undirected", int(weight), cell(level, "level", lang) if level else "",
                         LINKS[lang].get(attributes.get("kind"), ""),
                         *(cell(attributes[c], c, lang) if c in attributes else "" for c in edge_columns)])
