"""Graph files (GraphML, GEXF, node-link JSON) read as a Nodes and an Edges sheet of text."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from conftest import SAMPLES
from handbuilt import actor, network

from netkort.exports import export
from netkort.network import load
from netkort.problems import InputFileError
from netkort.read.formats import graphfile
from netkort.read.formats.graphfile import read_graph_file, sniff

OTHER_DA = ("netkort læser regneark (.xlsx, .xls og .csv), netværksfiler i GraphML, GEXF og node-link "
            "JSON (fra networkx eller graphology) samt projektmapper fra Kumu, Onodo, Gephi og NodeXL.")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The rows of both sheets, the file recognised by its first bytes as the reader will."""
    with path.open("rb") as handle:
        kind = sniff(handle.read(4096))
    nodes, edges = read_graph_file(path, str(path), kind)
    assert (nodes.name, edges.name) == ("Nodes", "Edges")
    assert (nodes.file, nodes.first_row, nodes.first_col) == (str(path), 1, 0)
    assert (edges.file, edges.first_row, edges.problems) == (str(path), 1, [])
    assert {type(cell) for row in nodes.rows + edges.rows for cell in row} == {str}
    return nodes.rows, edges.rows


def refusal(path: Path) -> InputFileError:
    with pytest.raises(InputFileError) as caught:
        read(path)
    return caught.value


# --- GraphML ----------------------------------------------------------------

GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="sektor" attr.type="string"><default>offentlig</default></key>
  <key id="d2" for="node" attr.name="aktiv" attr.type="boolean"/>
  <key id="d3" for="node" attr.name="indflydelse" attr.type="int"/>
  <key id="d4" for="node" attr.name="score" attr.type="double"/>
  <key id="d5" for="node" attr.name="noter" attr.type="string"/>
  <key id="d6" for="edge" attr.name="relation" attr.type="string"/>
  <key id="d7" for="edge" attr.name="vægt" attr.type="double"><default>1.0</default></key>
  <graph edgedefault="undirected">
    <node id="n1"><data key="d0">Ærø Bibliotek</data><data key="d1">privat</data>
      <data key="d2">True</data><data key="d3">4</data><data key="d4">0.75</data></node>
    <node id="n2"><data key="d0">Søby Skole</data><data key="d2">false</data></node>
    <node id="n3"/>
    <edge id="e1" source="n1" target="n2"><data key="d6">samarbejde</data><data key="d7">2.5</data></edge>
    <edge source="n2" target="n3"/>
    <edge source="n3" target="n3" directed="true"/>
  </graph>
</graphml>
"""


def test_graphml_rows(tmp_path):
    nodes, edges = read(write(tmp_path / "net.graphml", GRAPHML))
    assert nodes == [
        ["Id", "Label", "sektor", "aktiv", "indflydelse", "score", "noter"],
        ["n1", "Ærø Bibliotek", "privat", "true", "4", "0.75", ""],
        ["n2", "Søby Skole", "offentlig", "false", "", "", ""],
        ["n3", "n3", "offentlig", "", "", "", ""],
    ]
    assert edges == [
        ["Source", "Target", "Directed", "Id", "relation", "vægt"],
        ["n1", "n2", "false", "e1", "samarbejde", "2.5"],
        ["n2", "n3", "false", "", "", "1.0"],
        ["n3", "n3", "true", "", "", "1.0"],
    ]


def test_graphml_without_namespace_directed_with_parallel_edges(tmp_path):
    path = write(tmp_path / "net.graphml", """<graphml><key id="w" for="all" attr.name="Id"/>
        <graph edgedefault="directed"><node id="a"><data key="w">x</data></node><node id="b"/>
        <edge source="a" target="b"/><edge source="a" target="b"><data key="w">y</data></edge>
        </graph></graphml>""")
    nodes, edges = read(path)
    assert nodes == [["Id", "Label", "Id (2)"], ["a", "a", "x"], ["b", "b", ""]]
    assert edges == [["Source", "Target", "Directed", "Id"], ["a", "b", "true", ""],
                     ["a", "b", "true", "y"]]


def test_graphml_from_yed_takes_the_drawn_label(tmp_path):
    path = write(tmp_path / "yed.graphml", """<?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <key attr.name="description" attr.type="string" for="node" id="d5"/>
        <graph edgedefault="directed" id="G">
        <node id="n0"><data key="d5">Folkeskole</data><data key="d6"><y:ShapeNode>
          <y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
          <y:NodeLabel alignment="center">Åby Skole</y:NodeLabel></y:ShapeNode></data></node>
        </graph></graphml>""")
    nodes, edges = read(path)
    assert nodes == [["Id", "Label", "description"], ["n0", "Åby Skole", "Folkeskole"]]
    assert edges == [["Source", "Target", "Directed"]]


# --- GEXF -------------------------------------------------------------------

GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="{ns}" xmlns:viz="{ns}/viz" version="{version}">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="sektor" title="Sektor" type="string"><default>offentlig</default></attribute>
      <attribute id="aktiv" title="Aktiv" type="boolean"/>
      <attribute id="score" title="Score" type="double"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="relation" title="Relation" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="Ærø Bibliotek">
        <attvalues>
          <attvalue for="modularity_class" value="1"/><attvalue for="sektor" value="privat"/>
          <attvalue for="aktiv" value="true"/><attvalue for="score" value="0.75"/>
        </attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0" z="0.0"/><viz:color r="235" g="81" b="72"/>
      </node>
      <node id="1" label="Søby Skole">
        <attvalues><attvalue for="aktiv" value="False"/></attvalues>
        <spells><spell start="2020-01-01" end="2021-01-01"/></spells>
      </node>
      <node id="2"/>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" label="kender" weight="2.0">
        <attvalues><attvalue for="relation" value="samarbejde"/></attvalues>
      </edge>
      <edge id="1" source="1" target="2" type="directed" weight="1.0"/>
      <edge id="2" source="1" target="2" weight="1.0"/>
    </edges>
  </graph>
</gexf>
"""


@pytest.mark.parametrize("ns, version", [("http://gexf.net/1.3", "1.3"),
                                         ("http://www.gexf.net/1.2draft", "1.2"),
                                         ("http://www.gexf.net/1.1draft", "1.1")])
def test_gexf_rows(tmp_path, ns, version):
    nodes, edges = read(write(tmp_path / "net.gexf", GEXF.format(ns=ns, version=version)))
    assert nodes == [
        ["Id", "Label", "Modularity Class", "Sektor", "Aktiv", "Score"],
        ["0", "Ærø Bibliotek", "1", "privat", "true", "0.75"],
        ["1", "Søby Skole", "", "offentlig", "false", ""],
        ["2", "2", "", "offentlig", "", ""],
    ]
    assert edges == [
        ["Source", "Target", "Directed", "Label", "Weight", "Relation"],
        ["0", "1", "false", "kender", "2.0", "samarbejde"],
        ["1", "2", "true", "", "1.0", ""],
        ["1", "2", "false", "", "1.0", ""],
    ]


def test_gexf_nested_nodes_are_flattened_and_parents_ignored(tmp_path):
    path = write(tmp_path / "net.gexf", """<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
        <graph defaultedgetype="directed"><nodes>
        <node id="g" label="Gruppe"><nodes><node id="a" label="Åse"/></nodes></node>
        <node id="b" label="Bo"><parents><parent for="g"/></parents></node>
        </nodes><edges><edge id="0" source="a" target="b"/></edges></graph></gexf>""")
    nodes, edges = read(path)
    assert nodes == [["Id", "Label"], ["a", "Åse"], ["g", "Gruppe"], ["b", "Bo"]]
    assert edges == [["Source", "Target", "Directed"], ["a", "b", "true"]]


def gexf_list(value: str) -> str:
    return ('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node">'
            '<attribute id="0" title="Rum" type="liststring"/></attributes><nodes><node id="a" label="Åby Klub">'
            f'<attvalues><attvalue for="0" value="{value}"/></attvalues></node></nodes></graph></gexf>')


@pytest.mark.parametrize(("value", "read_as"), [
    ('[&quot;læring&quot;, &quot;møde&quot;]', "læring; møde"),
    ("[læring, 'møde']", "læring; møde"),
    ("læring|møde", "læring; møde"),
    ("[[1, 2], 3]", "[1, 2]; 3"),
    ("[" * 200_000 + "]" * 200_000, "[" * 199_999 + "]" * 199_999),
    ("[" * 990 + "]" * 990, "[" * 989 + "]" * 989),
    ('[' + '{&quot;a&quot;: [' * 5000 + ']}' * 5000 + ', &quot;møde&quot;]', None),
], ids=["json", "plain", "pipes", "nested", "deeper-than-python", "at-pythons-limit", "deep-objects"])
def test_a_gexf_list_value_is_read_however_deeply_it_nests(tmp_path, value, read_as):
    """The review's deep_list.gexf: 200,000 nested '[' gave a RecursionError traceback."""
    nodes, _ = read(write(tmp_path / "net.gexf", gexf_list(value)))
    assert nodes[0] == ["Id", "Label", "Rum"]
    if read_as is None:
        assert nodes[1][2].endswith("]}; møde") and len(nodes[1][2]) > 40_000
    else:
        assert nodes[1] == ["a", "Åby Klub", read_as]


def test_a_gexf_file_with_a_deep_list_is_checked_with_problems_not_a_traceback(runner, tmp_path):
    from netkort.cli import cli

    path = write(tmp_path / "net.gexf", gexf_list("[" * 200_000 + "]" * 200_000))
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert json.loads(result.stdout)["actors"] == 1
    assert ("too-long", "Cellen har 399998 tegn; Excel gemmer højst 32.767, så resten vil mangle i et regneark.") in [
        (p["code"], p["message"]) for p in json.loads(result.stdout)["problems"]]


# --- JSON -------------------------------------------------------------------

NODE_LINK = """{"directed": false, "multigraph": true, "graph": {"name": "Filialen"},
 "nodes": [
  {"id": "n1", "label": "Ærø Bibliotek", "aktiv": true, "indflydelse": 4, "score": 0.75,
   "rum": ["læring", "møde"], "sted": {"by": "Ærøskøbing", "nr": 1.50, "åben": null}},
  {"id": 2, "Label": "Søby Skole", "aktiv": false, "score": 1e3},
  {"id": "n3", "noter": null}],
 "%s": [
  {"source": "n1", "target": 2, "key": 0, "weight": 2.5},
  {"source": "n1", "target": 2, "key": 1},
  {"source": "n3", "target": "n3", "key": 0}]}
"""

NODE_LINK_NODES = [
    ["Id", "Label", "aktiv", "indflydelse", "score", "rum", "sted", "noter"],
    ["n1", "Ærø Bibliotek", "true", "4", "0.75", "læring; møde", '{"by":"Ærøskøbing","nr":1.50,"åben":null}', ""],
    ["2", "Søby Skole", "false", "", "1e3", "", "", ""],
    ["n3", "n3", "", "", "", "", "", ""],
]


@pytest.mark.parametrize("key", ["links", "edges"])
def test_node_link_json_rows(tmp_path, key):
    nodes, edges = read(write(tmp_path / "net.json", NODE_LINK % key))
    assert nodes == NODE_LINK_NODES
    assert edges == [["Source", "Target", "key", "weight"], ["n1", "2", "0", "2.5"], ["n1", "2", "1", ""],
                     ["n3", "n3", "0", ""]]


def test_directed_node_link_json_says_so(tmp_path):
    document = {"directed": True, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]}
    nodes, edges = read(write(tmp_path / "net.json", json.dumps(document)))
    assert nodes == [["Id", "Label"], ["a", "a"], ["b", "b"]]
    assert edges == [["Source", "Target", "Directed"], ["a", "b", "true"]]


def test_graphology_json_rows(tmp_path):
    document = {
        "attributes": {"name": "Filialen"},
        "options": {"type": "mixed", "multi": False, "allowSelfLoops": True},
        "nodes": [{"key": "a", "attributes": {"label": "Åse", "x": 1.5, "aktiv": True}}, {"key": "b"}],
        "edges": [{"key": "e0", "source": "a", "target": "b", "attributes": {"weight": 2}},
                  {"source": "b", "target": "a", "undirected": True}],
    }
    nodes, edges = read(write(tmp_path / "graphology.json", json.dumps(document, ensure_ascii=False)))
    assert nodes == [["Id", "Label", "x", "aktiv"], ["a", "Åse", "1.5", "true"], ["b", "b", "", ""]]
    assert edges == [["Source", "Target", "Directed", "Id", "weight"], ["a", "b", "true", "e0", "2"],
                     ["b", "a", "false", "", ""]]


# --- what other writers produce ---------------------------------------------------


def small_nx_graph() -> nx.Graph:
    graph = nx.Graph()
    graph.add_node("å", label="Åse", aktiv=True, n=3, x=1.5)
    graph.add_node("b", n=4)
    graph.add_edge("å", "b", weight=2.5, ok=False)
    return graph


NX_NODES = [["Id", "Label", "aktiv", "n", "x"], ["å", "Åse", "true", "3", "1.5"], ["b", "b", "", "4", ""]]


def test_networkx_graphml(tmp_path):
    path = tmp_path / "nx.graphml"
    nx.write_graphml(small_nx_graph(), path)
    assert read(path) == (NX_NODES, [["Source", "Target", "weight", "ok"], ["å", "b", "2.5", "false"]])


def test_networkx_gexf(tmp_path):
    path = tmp_path / "nx.gexf"
    nx.write_gexf(small_nx_graph(), path)
    assert read(path) == (NX_NODES, [["Source", "Target", "Weight", "ok"], ["å", "b", "2.5", "false"]])


@pytest.mark.parametrize("options", [{}, {"edges": "edges"}, {"edges": "links"}])
def test_networkx_node_link(tmp_path, options):
    path = write(tmp_path / "nx.json", json.dumps(nx.node_link_data(small_nx_graph(), **options)))
    assert read(path) == (NX_NODES, [["Source", "Target", "weight", "ok"], ["å", "b", "2.5", "false"]])


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_netkort_export_reads_back_exactly(tmp_path, suffix):
    graph = network(actor("Ærø Roklub", "Mette", level="partnership", influence=4, spaces=["learning", "meeting"]),
                    actor("Søby Skole", level="network"), relations=(("Ærø Roklub", "Søby Skole"),))
    nodes, edges = read(export(graph, tmp_path / f"net{suffix}"))
    # the map's look is GEXF's own; GraphML and JSON carry it as attributes, as they do an edge's weight
    look = [i for i, header in enumerate(nodes[0]) if header in ("x", "y", "size", "color")]
    assert [nodes[0][i] for i in look] == ([] if suffix == ".gexf" else ["x", "y", "size", "color"])
    nodes = [[cell for i, cell in enumerate(row) if i not in look] for row in nodes]
    weight = [i for i, header in enumerate(edges[0]) if header.casefold() == "weight"]
    assert [[row[i] for i in weight] for row in edges[1:]] == [["1.0"], ["1.0"], ["3.0"], ["1.0"]]
    edges = [[cell for i, cell in enumerate(row) if i not in weight] for row in edges]
    assert nodes == [
        ["Id", "Label", "kind", "name", "level", "influence", "spaces"],
        ["library", "Testbiblioteket", "library", "Testbiblioteket", "", "", ""],
        ["a:Ærø Roklub", "Ærø Roklub", "actor", "Ærø Roklub", "partnership", "4", "learning; meeting"],
        ["s:Mette", "Mette", "staff", "Mette", "", "", ""],
        ["a:Søby Skole", "Søby Skole", "actor", "Søby Skole", "network", "", ""],
    ]
    assert edges == [
        ["Source", "Target", "kind", "level"],
        ["library", "s:Mette", "employs", ""],
        ["library", "a:Søby Skole", "direct", "network"],
        ["a:Ærø Roklub", "s:Mette", "holds", "partnership"],
        ["a:Ærø Roklub", "a:Søby Skole", "relation", "network"],
    ]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_sample_export_has_a_row_per_node_and_per_edge(tmp_path, suffix):
    graph = load([SAMPLES / "filial.xlsx"]).graph
    nodes, edges = read(export(graph, tmp_path / f"filial{suffix}"))
    assert len(nodes) == graph.number_of_nodes() + 1 and len(edges) == graph.number_of_edges() + 1
    assert {row[0]: row[1] for row in nodes[1:]} == {n: d["name"] for n, d in graph.nodes(data=True)}
    assert sorted(frozenset(row[:2]) for row in edges[1:]) == sorted(frozenset(e) for e in graph.edges)


# --- refusals -----------------------------------------------------------------

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&lol3;"/></graph></graphml>
"""
DOCTYPE = """<?xml version="1.0"?>
<!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>
"""


@pytest.mark.parametrize("text", [LAUGHS, DOCTYPE], ids=["billion-laughs", "doctype"])
def test_dtds_and_entities_are_refused(tmp_path, text):
    path = write(tmp_path / "angreb.graphml", text)
    error = refusal(path)
    assert error.code == "file-xml-attack"
    assert error.message() == f"{path}: filen indeholder XML-entiteter, som et regneark ikke bruger; den læses ikke."


@pytest.mark.parametrize("name, text, fmt", [
    ("kort.graphml", GRAPHML[:700], "GraphML"),
    ("kort.gexf", GEXF.format(ns="http://gexf.net/1.3", version="1.3").replace("</node>", "</nod>"), "GEXF"),
    ("kort.json", NODE_LINK.replace("]}", "],}") % "links", "JSON"),
])
def test_malformed_files_are_corrupt(tmp_path, name, text, fmt):
    path = write(tmp_path / name, text)
    error = refusal(path)
    assert error.code == "file-corrupt-graph"
    assert error.message() == (f"{path}: filen kan ikke læses som {fmt}; den er beskadiget eller ufuldstændig. "
                               "Gem den igen fra programmet, der lavede den.")


def test_json_that_is_not_text_is_corrupt(tmp_path):
    path = tmp_path / "net.json"
    path.write_bytes(b'{"nodes": ["\xe6\xff"]}')
    assert refusal(path).code == "file-corrupt-graph"


def test_an_svg_is_other_xml(tmp_path):
    path = write(tmp_path / "tegning.svg", '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                 'width="10" height="10"><rect width="5" height="5"/></svg>\n')
    error = refusal(path)
    assert error.code == "file-other-graph"
    assert error.message() == f"{path}: filen er XML, men ikke et netværk, som netkort kan læse. {OTHER_DA}"
    assert error.message("en") == (
        f"{path}: the file is XML but not a network netkort can read. netkort reads spreadsheets "
        "(.xlsx, .xls and .csv), graph files in GraphML, GEXF and node-link JSON (from networkx or "
        "graphology), and Kumu, Onodo, Gephi and NodeXL workbooks.")


@pytest.mark.parametrize("text", ['{"name": "Filialen", "items": [1, 2]}', "[1, 2, 3]", '{"nodes": [1, 2]}',
                                  '{"nodes": [], "links": {}}', "[" * 100_000 + "]" * 100_000])
def test_unrelated_json_is_other_json(tmp_path, text):
    path = write(tmp_path / "data.json", text)
    error = refusal(path)
    assert error.code == "file-other-graph"
    assert error.message() == f"{path}: filen er JSON, men ikke et netværk, som netkort kan læse. {OTHER_DA}"


def test_a_sheet_past_the_cell_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(graphfile, "MAX_CELLS", 8)
    path = write(tmp_path / "net.json", json.dumps({"nodes": [{"id": i, f"a{i}": 1} for i in range(3)]}))
    error = refusal(path)
    assert (error.code, error.params["sheet"], error.params["rows"], error.params["columns"]) == \
        ("sheet-too-big", "Nodes", 4, 5)


# --- sniffing ------------------------------------------------------------------


@pytest.mark.parametrize("head, kind", [
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', "graphml"),
    (b'<!DOCTYPE graphml SYSTEM "graphml.dtd">\n<graphml>', "graphml"),
    (b'\xef\xbb\xbf \r\n<!-- not <graphml> --><gexf xmlns="http://gexf.net/1.3" version="1.3">', "gexf"),
    (b'<?xml version="1.0"?><g:gexf xmlns:g="http://www.gexf.net/1.2draft">', "gexf"),
    ('<?xml version="1.0" encoding="UTF-16"?><graphml/>'.encode("utf-16"), "graphml"),
    (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">', "xml"),
    (b'<?xml version="1.0"?>\n<!-- a comment longer than the head', "xml"),
    (b'\xef\xbb\xbf{"directed": false, "nodes": []}', "json"),
    (b'\n  [{"id": 1}]', "json"),
    (b"<!DOCTYPE html>\n<html><body>", None),
    (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', None),
    (b"<table><tr><td>Navn</td></tr></table>", None),
    (b"Navn;Type;Sektor\r\n\xc5by Roklub;forening;civil\r\n", None),
    (b"", None),
])
def test_sniff(head, kind):
    assert sniff(head) == kind
