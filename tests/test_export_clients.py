"""The exports as other tools open them: the official schemas, networkx with default
arguments, graphology in Node, pandas and Python's csv module."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT, SAMPLES
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.exports import export
from netkort.network import load

SCHEMAS = ROOT.parent / "shared" / "schemas"
NODE_MODULES = ROOT / ".ci" / "js" / "node_modules"

# Extra columns named with spaces, æøå and punctuation, holding numbers, decimals, dates and booleans.
ODD_HEADER = ["Navn", "Medarbejder", "Relation", "Rum", "Antal besøg", "Tilskud (kr.)", "Åbnet", "Aktiv?",
              "Postnr", "Indflydelse", "Indflydelse (anden værdi)"]
ODD_ROWS = [["Åby Roklub", "Mette Kjær", "partnerskab", "Læring; Møde", 120, 2500.5, dt.date(2023, 5, 1), True,
             "0800", 4, "3"],
            ["Søby Skole", "Jens Berg", "netværk", None, 40, 100.25, dt.date(2021, 1, 31), False, "8000", 2, None]]


def odd_workbook(tmp_path: Path) -> Path:
    return make_xlsx(tmp_path / "ulige.xlsx", {"Kontakter": [ODD_HEADER, *ODD_ROWS]})


def sources(tmp_path: Path, runner) -> dict[str, Path]:
    """The bundled sample, a merge output, and a workbook with odd extra columns."""
    merged = tmp_path / "samlet.xlsx"
    result = runner.invoke(cli, ["merge", str(SAMPLES / "hovedbibliotek.xlsx"), str(SAMPLES / "filial.xlsx"),
                                 "-o", str(merged)])
    assert result.exit_code == 0, result.output
    return {"sample": SAMPLES / "hovedbibliotek.xlsx", "merge": merged, "odd": odd_workbook(tmp_path)}


def schema(name: str):
    if not SCHEMAS.exists():
        pytest.skip(f"the official schemas are not at {SCHEMAS} (CI and every developer machine have ../shared)")
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


@pytest.mark.parametrize("suffix, xsd", [(".gexf", "gexf-1.3/gexf.xsd"), (".graphml", "graphml-1.1/graphml.xsd")])
def test_exports_validate_against_the_official_schemas(runner, tmp_path, suffix, xsd):
    from lxml import etree

    validator = schema(xsd)
    for name, source in sources(tmp_path, runner).items():
        for details in (False, True):
            out = export(load([source]).graph, tmp_path / f"{name}-{details}{suffix}", details=details)
            document = etree.parse(str(out))
            assert validator.validate(document), (name, [str(e) for e in validator.error_log][:3])


def test_gexf_carries_the_maps_look_and_typed_attributes(tmp_path):
    from lxml import etree

    graph = load([odd_workbook(tmp_path)]).graph
    out = export(graph, tmp_path / "ulige.gexf", layout="spaces")
    ns = {"g": "http://gexf.net/1.3"}
    root = etree.parse(str(out)).getroot()
    assert root.get("version") == "1.3"
    types = {a.get("title"): a.get("type") for a in root.iterfind(".//g:attributes[@class='node']/g:attribute", ns)}
    assert {k: types[k] for k in ("level", "spaces", "influence", "Antal besøg", "Tilskud (kr.)", "Åbnet", "Aktiv?",
                                  "Postnr")} == {
        "level": "string", "spaces": "liststring", "influence": "integer", "Antal besøg": "integer",
        "Tilskud (kr.)": "double", "Åbnet": "string", "Aktiv?": "boolean", "Postnr": "string"}
    roklub = root.find(".//g:node[@label='Åby Roklub']", ns)
    assert {k: roklub.find(f"g:{k}", ns) is not None for k in ("color", "position", "size")} == dict.fromkeys(
        ("color", "position", "size"), True)
    color = roklub.find("g:color", ns)
    assert (color.get("r"), color.get("g"), color.get("b")) == ("8", "81", "156")  # the partnership blue
    assert roklub.find("g:size", ns).get("value") == "24"  # influence 4, as the map sizes it
    weights = sorted(float(e.get("weight")) for e in root.iterfind(".//g:edge", ns))
    assert weights == [1.0, 1.0, 1.0, 3.0]  # partnerskab 3, netværk 1, the house's lines to its staff 1


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".json"])
def test_networkx_reads_every_export_with_default_arguments(tmp_path, suffix):
    graph = load([odd_workbook(tmp_path)]).graph
    out = export(graph, tmp_path / f"ulige{suffix}", details=True)
    back = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8"))) if suffix == ".json" else \
        (nx.read_gexf if suffix == ".gexf" else nx.read_graphml)(out)
    assert back.number_of_nodes() == graph.number_of_nodes() and back.number_of_edges() == graph.number_of_edges()
    roklub = next(d for _, d in back.nodes(data=True) if d.get("label") == "Åby Roklub")
    visits = "Antal_besøg" if suffix == ".graphml" else "Antal besøg"  # GraphML's attr.name is a name token
    grant = "Tilskud_kr." if suffix == ".graphml" else "Tilskud (kr.)"
    active = "Aktiv" if suffix == ".graphml" else "Aktiv?"
    assert (roklub[visits], roklub[grant], roklub[active]) == (120, 2500.5, True)
    assert roklub["Åbnet"] == "2023-05-01" and roklub["start" if "start" in roklub else "Åbnet"]  # dates: ISO text
    assert roklub["Postnr"] == "0800"  # a number written with a leading zero stays text
    spaces = {".gexf": '["learning", "meeting"]', ".graphml": "learning; meeting", ".json": ["learning", "meeting"]}
    assert roklub["spaces"] == spaces[suffix]


def test_graphml_keeps_the_whole_header_in_desc(tmp_path):
    from lxml import etree

    out = export(load([odd_workbook(tmp_path)]).graph, tmp_path / "ulige.graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {k.get("attr.name"): k.findtext("g:desc", namespaces=ns)
            for k in etree.parse(str(out)).getroot().iterfind("g:key", ns)}
    assert keys["Antal_besøg"] == "Antal besøg" and keys["Indflydelse_anden_værdi"] == "Indflydelse (anden værdi)"
    assert keys["level"] is None  # a name that is already a token has no desc


def node_script() -> str:
    if not NODE_MODULES.exists() or not shutil.which("node"):
        if os.environ.get("CI"):
            pytest.fail(f"graphology is not installed at {NODE_MODULES}; .ci/run installs it with npm")
        pytest.skip("graphology is not installed (.ci/run installs it: npm install --prefix .ci/js ...)")
    return """
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const [kind, file] = process.argv.slice(1);
const text = fs.readFileSync(file, 'utf8');
const graph = kind === 'gexf' ? gexf.parse(Graph, text) : Graph.from(JSON.parse(text));
let roklub = null;
graph.forEachNode((key, attributes) => { if (attributes.label === 'Åby Roklub') roklub = attributes; });
console.log(JSON.stringify({order: graph.order, size: graph.size, type: graph.type, roklub}));
"""


@pytest.mark.parametrize("suffix, kind", [(".gexf", "gexf"), (".graphology.json", "json")])
def test_graphology_opens_the_gexf_and_its_own_json(tmp_path, suffix, kind):
    script = node_script()
    graph = load([odd_workbook(tmp_path)]).graph
    out = export(graph, tmp_path / f"ulige{suffix}")
    result = subprocess.run(["node", "-e", script, kind, str(out)], capture_output=True, text=True,
                            env={**os.environ, "NODE_PATH": str(NODE_MODULES)}, timeout=60)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["order"], found["size"], found["type"]) == (graph.number_of_nodes(), graph.number_of_edges(),
                                                             "undirected")
    roklub = found["roklub"]
    assert roklub["spaces"] == ["learning", "meeting"] and roklub["Antal besøg"] == 120
    assert roklub["color"] in ("#08519c", "rgb(8,81,156)") and isinstance(roklub["x"], (int, float))


def test_the_csv_pair_opens_in_pandas_and_csv(runner, tmp_path):
    import pandas as pd

    path = odd_workbook(tmp_path)
    result = runner.invoke(cli, ["export", str(path), "-o", str(tmp_path / "net.csv")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Skrev {tmp_path / 'net-noder.csv'}\nSkrev {tmp_path / 'net-kanter.csv'}\n"
    nodes = pd.read_csv(tmp_path / "net-noder.csv", sep=";", decimal=",", encoding="utf-8-sig")
    edges = pd.read_csv(tmp_path / "net-kanter.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert list(nodes.columns[:5]) == ["Id", "Label", "Rolle", "Relation", "Rum"]
    roklub = nodes[nodes["Label"] == "Åby Roklub"].iloc[0]
    assert (roklub["Rolle"], roklub["Relation"], roklub["Rum"]) == ("aktør", "partnerskab",
                                                                    "Læringsrummet; Møderummet")
    assert roklub["Tilskud (kr.)"] == 2500.5  # a Danish decimal comma, read as a number
    assert list(edges.columns[:6]) == ["Source", "Target", "Type", "Weight", "Label", "Forbindelse"]
    held = edges[edges["Forbindelse"] == "medarbejderens kontakt"]
    assert set(held["Type"]) == {"Undirected"} and sorted(held["Weight"]) == [1, 3]
    # ids, not names, key the tables: every edge end is a node of the nodes table
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])


def test_the_english_csv_pair_uses_commas(runner, tmp_path):
    path = odd_workbook(tmp_path)
    result = runner.invoke(cli, ["export", str(path), "-o", str(tmp_path / "net.csv"), "--lang", "en"])
    assert result.exit_code == 0
    with (tmp_path / "net-nodes.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    roklub = next(r for r in rows if r["Label"] == "Åby Roklub")
    assert (roklub["Role"], roklub["Relation"], roklub["Spaces"], roklub["Tilskud (kr.)"]) == (
        "actor", "partnership", "Learning space; Meeting space", "2500.5")


def test_a_formula_in_the_csv_starts_with_a_quote(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Webside"], ["=1+1", "=HYPERLINK(\"x\")"]]})
    export(load([path]).graph, tmp_path / "net.csv")
    with (tmp_path / "net-noder.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    actor = next(r for r in rows if r["Rolle"] == "aktør")
    # the quote keeps every spreadsheet from running the cell; it stays part of the text
    assert (actor["Label"], actor["Webside"]) == ("'=1+1", "'=HYPERLINK(\"x\")")


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".json", ".graphology.json"])
def test_extra_columns_named_like_a_formats_own_keys_survive(tmp_path, suffix):
    header = ["Navn", "id", "label", "key", "x", "weight", "source", "Type", "actorType"]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [header, ["Åby Roklub", "17", "mærke", "k1", "5", "tung",
                                                                    "kilde", "forening", "a"]]})
    before = load([path]).graph
    after = load([export(before, tmp_path / f"k{suffix}")]).graph
    (actor,) = [d for _, d in after.nodes(data=True) if d["kind"] == "actor"]
    assert actor["name"] == "Åby Roklub" and actor["type"] == "forening"
    assert actor["custom"] == {"id": "17", "label": "mærke", "key": "k1", "x": "5", "weight": "tung", "source": "kilde",
                               "actorType": "a"}


def read_csv_rows(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_csv_quotes_formula_text_in_lists_and_headers_but_never_numbers(tmp_path):
    header = ["Navn", "Tema", "Målgrupper", "Saldo", "=1+1"]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        header, ["Åby Roklub", '=HYPERLINK("x")', "+unge; -ældre", -5, "a"],
        ["Søby Skole", None, None, -12, "b"]]})
    export(load([path]).graph, tmp_path / "net.csv")
    rows = read_csv_rows(tmp_path / "net-noder.csv")
    assert rows[0][3:] == ["Målgrupper", "Tema", "Saldo", "'=1+1"]
    roklub = dict(zip(rows[0], next(r for r in rows if r[1] == "Åby Roklub"), strict=True))
    assert roklub["Tema"] == "'=HYPERLINK(\"x\")"
    assert roklub["Målgrupper"] == "'+unge; -ældre"  # the joined cell is what a spreadsheet would run
    assert roklub["Saldo"] == "-5"  # a number, so Excel and pandas read it as one
    assert [r[rows[0].index("Saldo")] for r in rows if r[2] == "aktør"] == ["-5", "-12"]


def test_extra_columns_named_like_gephis_own_get_a_suffix_only_where_gephi_reads_them(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Medarbejder", "Relation", "Type", "Kind"],
                      ["Åby Roklub", "Mette Kjær", "netværk", "forening", "a"],
                      ["Kulturhuset", "Mette Kjær", "samarbejde", "kommune", "b"]],
        "Relationer": [["Fra", "Til", "Relation", "Id", "Kind", "Weight"],
                       ["Åby Roklub", "Kulturhuset", "samarbejde", "R-1", "formel", "5"]]})
    export(load([path]).graph, tmp_path / "net.csv")
    nodes, edges = read_csv_rows(tmp_path / "net-noder.csv"), read_csv_rows(tmp_path / "net-kanter.csv")
    # a nodes table's "Type" and "Kind" are no columns of Gephi's; an edges table's are
    assert nodes[0] == ["Id", "Label", "Rolle", "Relation", "Type", "Kind"]
    assert edges[0] == ["Source", "Target", "Type", "Weight", "Label", "Forbindelse", "Relation",
                        "Id (ekstra)", "Kind (ekstra)", "Weight (ekstra)"]
    (relation,) = [dict(zip(edges[0], r, strict=True)) for r in edges if r[5] == "mellem aktører"]
    assert (relation["Id (ekstra)"], relation["Kind (ekstra)"], relation["Weight (ekstra)"]) == ("R-1", "formel", "5")


def test_a_csv_export_named_like_one_of_its_tables_names_the_pair(runner, tmp_path):
    result = runner.invoke(cli, ["export", str(SAMPLES / "hovedbibliotek.xlsx"), "-o", str(tmp_path / "x-noder.csv")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-kanter.csv", "x-noder.csv"]


def test_netkort_reads_its_own_csv_pair_back(tmp_path):
    before = load([SAMPLES / "hovedbibliotek.xlsx"]).graph
    nodes, edges = export(before, tmp_path / "net.csv"), tmp_path / "net-kanter.csv"
    after = load([nodes, edges]).graph
    for kind in ("actor", "staff", "library"):  # the Rolle column says which node is what
        assert (sorted(d["name"] for _, d in after.nodes(data=True) if d["kind"] == kind)
                == sorted(d["name"] for _, d in before.nodes(data=True) if d["kind"] == kind))
    assert after.number_of_edges() == before.number_of_edges()


def test_an_actor_and_a_staff_member_with_one_name_stay_two_through_an_export(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Medarbejder", "Relation"],
                                                          ["Mette Kjær", "Jens Berg", "netværk"],
                                                          ["Åby Roklub", "Mette Kjær", "partnerskab"]]})
    before = load([path]).graph
    for suffix in (".gexf", ".graphml", ".json"):
        after = load([export(before, tmp_path / f"k{suffix}")]).graph
        assert sorted((d["kind"], d["name"]) for _, d in after.nodes(data=True)) == sorted(
            (d["kind"], d["name"]) for _, d in before.nodes(data=True)), suffix
        assert after.number_of_edges() == before.number_of_edges() == 4, suffix


def test_a_relation_without_its_other_end_is_reported_not_a_crash(runner, tmp_path):
    # the extra columns Id and label make the reader take the sheet for a graph tool's nodes table
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Medarbejder", "Relation", "Id", "label"],
                      ["Åby Roklub", "Mette", "netværk", "k1", "mærke"],
                      ["Kulturhuset", "Mette", "samarbejde", "k2", "x"]],
        "Relationer": [["Fra", "Til"], ["Åby Roklub", None]]})
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "Relationen mangler 'Til' og kan ikke bruges." in result.output


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".json", ".graphology.json"])
def test_extra_values_come_back_as_written(tmp_path, suffix):
    header = ["Navn", "Antal", "Budget", "budget"]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [header, ["Åby Roklub", 17, "høj", "lav"],
                                                         ["Søby Skole", -3.5, "", "mellem"]]})
    after = load([export(load([path]).graph, tmp_path / f"k{suffix}")]).graph
    customs = {d["name"]: d["custom"] for _, d in after.nodes(data=True) if d["kind"] == "actor"}
    # a whole number in a column of decimals stays 17; two headers differing in case stay two
    assert customs == {"Åby Roklub": {"Antal": "17", "Budget": "høj", "budget": "lav"},
                       "Søby Skole": {"Antal": "-3.5", "budget": "mellem"}}
