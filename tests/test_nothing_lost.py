"""Nothing a user typed is lost: the bundled samples survive merge, export and re-import.

Every value read from the samples (typed and normalised as documented: ids for
levels, spaces and sectors, dates, whole-number scores, cleaned text) is listed
as (actor, field, value). Merging the samples into one workbook and reading it
back must give every one of them again: conflicting values come back from the
"(anden værdi)" columns. Exporting with ``--details`` and reading the file with
networkx must give every actor-level value and every staff relation.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from conftest import SAMPLES

from netkort.exports import export
from netkort.merge import OTHER_VALUE, merge_files, write_merged
from netkort.network import load
from netkort.read.contacts import read
from netkort.text import name_key
from netkort.vocabulary import AGREEMENT_LABELS, FIELD_LABELS, LEVEL_LABELS, SECTOR_LABELS, SPACE_LABELS

SAMPLE_FILES = [SAMPLES / "hovedbibliotek.xlsx", SAMPLES / "filial.xlsx", SAMPLES / "hovedbibliotek-2024.xlsx"]
LABEL_OF = {label: field for field, label in FIELD_LABELS["da"].items()}
SHOWN = {"level": LEVEL_LABELS["da"], "sector": SECTOR_LABELS["da"], "agreement": AGREEMENT_LABELS["da"],
         "spaces": SPACE_LABELS["da"]}
ACTOR_FIELDS = ("type", "sector", "influence", "interest", "email", "phone", "spaces", "groups", "tags")


def text(field: str, value: object) -> str:
    """One value as the merged workbook writes it, so both sides compare."""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(SHOWN.get(field, {}).get(value, value))


def typed(data) -> set[tuple[str, str, str]]:
    """(actor, field, value) for every value of every contact row, and every custom cell."""
    out = set()
    for row in data.contacts:
        actor = name_key(row.values["name"])
        for field, value in row.values.items():
            if field == "name":
                continue  # names compare by their key: "DAGPLEJEN ÅBY" is "Dagplejen Åby" (documented)
            for item in value if isinstance(value, tuple) else (value,):
                out.add((actor, field, text(field, item)))
        for column, value in row.custom.items():
            if column.endswith(OTHER_VALUE):  # values an earlier merge set aside
                base = column[: -len(OTHER_VALUE)]
                for part in value.split("; "):
                    out.add((actor, LABEL_OF.get(base, base), part))
            else:
                out.add((actor, column, value))
    return out


@pytest.mark.parametrize("files", [SAMPLE_FILES[:1], SAMPLE_FILES[:2], SAMPLE_FILES])
def test_merge_and_reimport_keeps_every_value(tmp_path, files):
    before = typed(read(files))
    path = write_merged(merge_files(files), tmp_path / "samlet.xlsx")
    after = typed(read([path]))
    assert before - after == set()
    assert len(before) > 3000  # the samples really are in play (4,658 values in the main one)


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_export_and_reimport_keeps_every_actor_value_and_relation(tmp_path, suffix, reader):
    network = load(SAMPLE_FILES[:2])
    back = reader(export(network.graph, tmp_path / f"net{suffix}", details=True))
    nodes = {name_key(d["label"]): d for _, d in back.nodes(data=True)}
    missing = []
    for row in network.data.contacts:
        node = nodes[name_key(row.values["name"])]
        exported = " ; ".join([str(node.get(f, "")) for f in ACTOR_FIELDS] + [str(node.get("conflicts", ""))])
        for field in ACTOR_FIELDS:
            value = row.values.get(field)
            for item in value if isinstance(value, tuple) else () if value is None else (value,):
                if str(item) not in exported:
                    missing.append((row.values["name"], field, item))
        for column, value in row.custom.items():
            if value != node.get(column) and value not in str(node.get("conflicts", "")):
                missing.append((row.values["name"], column, value))
    assert missing == []
    # every staff member's relation to every actor is an edge with its level
    labels = {n: d["label"] for n, d in back.nodes(data=True)}
    held = {(name_key(labels[u]), name_key(labels[v])) for u, v, d in back.edges(data=True)
            if d.get("kind") == "holds"}
    held |= {(b, a) for a, b in held}
    for row in network.data.contacts:
        for person in row.values.get("staff", ()):
            assert (name_key(person), name_key(row.values["name"])) in held
