"""Other tools' files read as they are: Kumu, Onodo, Gephi and NodeXL workbooks, and graph
files (netkort's own exports read back into the same graph, other XML and JSON refused).

Every file is built here in the shape the tool writes (see ../shared/formats/README.md);
each test asserts the actors, staff, levels and relations read and the exact messages.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import SAMPLES
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.table import Table
from workbooks import contacts_xlsx, make_xlsx

from netkort.cli import cli
from netkort.exports import export
from netkort.graph import LIBRARY, actors, staff
from netkort.network import load

OTHER_DA = ("netkort læser regneark (.xlsx, .xls og .csv), netværksfiler i GraphML, GEXF og node-link "
            "JSON (fra networkx eller graphology) samt projektmapper fra Kumu, Onodo, Gephi og NodeXL.")


def levels(graph) -> dict[str, str | None]:
    """Each actor's name and overall level."""
    return {graph.nodes[a]["name"]: graph.nodes[a].get("level") for a in actors(graph)}


def staff_names(graph) -> list[str]:
    return sorted(graph.nodes[s]["name"] for s in staff(graph))


def node(graph, name: str) -> dict:
    """A node's attributes, found by name, without the rows it was read from."""
    found = [d for _, d in graph.nodes(data=True) if d["name"] == name]
    assert len(found) == 1, name
    return {k: v for k, v in found[0].items() if k != "sources"}


def edges(graph) -> dict[tuple[str, str], dict]:
    """Every edge by its ends' names (sorted), with its attributes."""
    name = graph.nodes
    return {tuple(sorted((name[u]["name"], name[v]["name"]))): dict(d) for u, v, d in graph.edges(data=True)}


def messages(network) -> list[tuple[str, str | None, int | None, str]]:
    return [(p.code, p.sheet, p.row, p.message()) for p in network.problems]


def check(runner, *paths):
    """``netkort check``: the result and its output's lines."""
    result = runner.invoke(cli, ["check", *map(str, paths)])
    return result, result.stdout.splitlines()


def column_report(lines: list[str]) -> list[str]:
    """The section 'Sådan blev kolonnerne læst', up to the blank line after it."""
    start = lines.index("Sådan blev kolonnerne læst:") + 1
    return lines[start:lines.index("", start)]


# --- Kumu -----------------------------------------------------------------------------------

KUMU = {
    "Elements": [
        ["Label", "Type", "Tags", "Description", "Influence"],
        ["Åby Roklub", "Forening", "sport|unge", "Roklub ved havnen", "High"],
        ["Søby Skole", "Skole", "læsning", None, "Low"],
        ["Torup Avis", "Medie", None, "Lokalavis", None],
        ["Mette Kjær", "Medarbejder", None, None, None],
        ["Åby Bibliotek", "Bibliotek", None, None, None],
    ],
    "Connections": [
        ["From", "To", "Type", "Direction", "Strength", "Kanal"],
        ["Mette Kjær", "Åby Roklub|Søby Skole", "partnerskab", "directed", None, None],
        ["Åby Roklub", "Søby Skole", "samarbejde", "mutual", 3, "e-mail"],
        ["Åby Bibliotek", "Torup Avis", "netværk", "undirected", None, None],
        ["Åby Bibliotek", "Mette Kjær", None, None, None, None],
    ],
}


def test_a_kumu_workbook(runner, tmp_path):
    path = make_xlsx(tmp_path / "kumu.xlsx", KUMU)
    network = load([path])
    graph = network.graph
    assert levels(graph) == {"Åby Roklub": "partnership", "Søby Skole": "partnership", "Torup Avis": "network"}
    assert staff_names(graph) == ["Mette Kjær"]
    assert graph.nodes[LIBRARY]["name"] == graph.graph["name"] == "Åby Bibliotek"
    assert node(graph, "Åby Roklub") == {
        "kind": "actor", "name": "Åby Roklub", "type": "Forening", "tags": ["sport", "unge"],
        "notes": "Roklub ved havnen", "influence": 4, "level": "partnership",
        "custom": {"Direction": "directed"}}
    assert node(graph, "Søby Skole") == {
        "kind": "actor", "name": "Søby Skole", "type": "Skole", "tags": ["læsning"], "influence": 2,
        "level": "partnership", "custom": {"Direction": "directed"}}
    assert edges(graph) == {
        ("Mette Kjær", "Åby Bibliotek"): {"kind": "employs"},
        # 'Åby Roklub|Søby Skole': one holds edge per target, each with the connection's level
        ("Mette Kjær", "Åby Roklub"): {"kind": "holds", "level": "partnership", "notes": "Roklub ved havnen"},
        ("Mette Kjær", "Søby Skole"): {"kind": "holds", "level": "partnership"},
        ("Søby Skole", "Åby Roklub"): {"kind": "relation", "level": "cooperation",
                                       "custom": {"Direction": "mutual", "Strength": "3", "Kanal": "e-mail"}},
        ("Torup Avis", "Åby Bibliotek"): {"kind": "direct", "level": "network", "notes": "Lokalavis"},
    }
    assert network.problems == []
    result, lines = check(runner, path)
    assert result.exit_code == 0
    assert lines[:3] == [f"Læst: {path} (Kumu-projektmappe)",
                         "3 aktører, 1 medarbejder, 1 relation mellem aktører",
                         "Niveau: 1 netværk · 0 samarbejde · 2 partnerskab"]
    assert column_report(lines) == [
        f"{path} › Elements: kontakter, overskrift i række 1",
        "  A       Label        → Navn",
        "  B-C     læst som de hedder: Type, Tags",
        "  D       Description  → Noter",
        "  E       Influence    → Indflydelse (ord: High → 4, Low → 2)",
        f"{path} › Connections: relationer, overskrift i række 1",
        "  A-B     læst som de hedder: From, To",
        "  C       Type       → Relation (værdierne er relationsniveauer)",
        "  D       Direction  beholdt som ekstra kolonne",
        "  E       Strength   beholdt som ekstra kolonne (C 'Type' passer bedre som Relation)",
        "  F       Kanal      beholdt som ekstra kolonne",
    ]
    assert lines[-1] == "Ingen problemer fundet."


# --- Onodo ----------------------------------------------------------------------------------

ONODO = {
    "Nodes": [
        ["Name", "Type", "Description", "Visible", "Actor"],
        ["Jon Snow ", "Person", "Lord Commander", 1, "Kit Harington"],
        ["Arya Stark", "Person", None, 1, None],
        ["Winterfell", "Place", "Castle", 0, None],
        ["Sansa Stark", "Person", None, 1, None],
    ],
    "Relations": [
        ["Source", "Type", "Target", "Directed", "From", "To", "At"],
        ["Jon Snow", "sibling", "Arya Stark", 0, dt.date(2011, 4, 17), dt.date(2019, 5, 19), None],
        ["Arya Stark", "lives in", "Winterfell", 1, None, None, dt.date(2011, 4, 17)],
        ["Jon Snow", "friend", "Arya Stark", 0, None, None, dt.date(2016, 6, 26)],
        ["Sansa Stark", "sibling", "Arya Stark", 0, None, None, None],
    ],
}


def test_an_onodo_workbook(runner, tmp_path):
    path = make_xlsx(tmp_path / "onodo.xlsx", ONODO)
    network = load([path])
    graph = network.graph
    assert levels(graph) == {"Jon Snow": None, "Arya Stark": None, "Winterfell": None, "Sansa Stark": None}
    assert staff_names(graph) == []
    assert node(graph, "Jon Snow") == {
        "kind": "actor", "name": "Jon Snow", "type": "Person", "notes": "Lord Commander",
        "custom": {"Visible": "1", "Actor": "Kit Harington"}}
    assert {k: v for k, v in edges(graph).items() if v["kind"] == "relation"} == {
        # the pair is on two rows: both Types and every date are kept
        ("Arya Stark", "Jon Snow"): {"kind": "relation", "custom": {
            "Type": "sibling; friend", "Directed": "0", "From": "2011-04-17", "To": "2019-05-19",
            "At": "2016-06-26"}},
        ("Arya Stark", "Winterfell"): {"kind": "relation", "custom": {
            "Type": "lives in", "Directed": "1", "At": "2011-04-17"}},
        ("Arya Stark", "Sansa Stark"): {"kind": "relation", "custom": {"Type": "sibling", "Directed": "0"}},
    }
    assert messages(network) == [(
        "repeated-relation", "Relations", 2,
        "'Jon Snow' og 'Arya Stark' er forbundet på 2 rækker; det er én relation i netværket, og alle "
        "noter og værdier er bevaret.")]
    result, lines = check(runner, path)
    assert result.exit_code == 0
    assert lines[:2] == [f"Læst: {path} (Onodo-projektmappe)",
                         "4 aktører, 0 medarbejdere, 3 relationer mellem aktører"]
    assert column_report(lines) == [
        f"{path} › Nodes: kontakter, overskrift i række 1",
        "  A-B     læst som de hedder: Name, Type",
        "  C       Description  → Noter",
        "  D       Visible      beholdt som ekstra kolonne",
        "  E       Actor        beholdt som ekstra kolonne (A 'Name' passer bedre som Navn)",
        f"{path} › Relations: relationer, overskrift i række 1",
        "  A       Source    → Fra",
        "  B       Type      beholdt som ekstra kolonne",
        "  C       Target    → Til",
        "  D       Directed  beholdt som ekstra kolonne",
        "  E       From      beholdt som ekstra kolonne",
        "  F       To        beholdt som ekstra kolonne",
        "  G       At        beholdt som ekstra kolonne",
    ]


# --- Gephi ----------------------------------------------------------------------------------

GEPHI_NODES = [["Id", "Label", "Modularity Class", "Type"],
               ["1", "Åby Roklub", "0", "Forening"],
               ["2", "Søby Skole", "1", "Skole"],
               ["3", "Mette Kjær", "0", "Medarbejder"],
               ["4", "Torup Avis", "1", "Medie"]]
GEPHI_EDGES = [["Source", "Target", "Type", "Id", "Label", "Weight"],
               ["3", "1", "Undirected", "0", "", "3"],
               ["3", "2", "Undirected", "1", "", "2"],
               ["1", "2", "Undirected", "2", "naboer", "1"],
               ["2", "4", "Undirected", "3", "", "1"]]


def write_csv(path, rows):
    path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def assert_gephi_graph(graph):
    """The network of GEPHI_NODES and GEPHI_EDGES: ids resolved to labels, weights read as levels."""
    assert levels(graph) == {"Åby Roklub": "partnership", "Søby Skole": "cooperation", "Torup Avis": None}
    assert staff_names(graph) == ["Mette Kjær"]
    assert node(graph, "Åby Roklub") == {
        "kind": "actor", "name": "Åby Roklub", "type": "Forening", "level": "partnership",
        # the edge's Type and Id travel with the relation it became, renamed beside the actor's own
        "custom": {"Type (relation)": "Undirected", "Id (relation)": "0", "Id": "1", "Modularity Class": "0"}}
    assert edges(graph) == {
        ("Biblioteket", "Mette Kjær"): {"kind": "employs"},
        ("Biblioteket", "Torup Avis"): {"kind": "direct"},
        ("Mette Kjær", "Åby Roklub"): {"kind": "holds", "level": "partnership"},
        ("Mette Kjær", "Søby Skole"): {"kind": "holds", "level": "cooperation"},
        ("Søby Skole", "Åby Roklub"): {"kind": "relation", "level": "network",
                                       "custom": {"Type": "Undirected", "Id": "2", "Label": "naboer"}},
        ("Søby Skole", "Torup Avis"): {"kind": "relation", "level": "network",
                                       "custom": {"Type": "Undirected", "Id": "3"}},
    }


GEPHI_EDGE_REPORT = [
    "  A       Source  → Fra",
    "  B       Target  → Til",
    "  C       Type    beholdt som ekstra kolonne",
    "  D       Id      beholdt som ekstra kolonne",
    "  E       Label   beholdt som ekstra kolonne",
    "  F       Weight  → Relation (vægt: 1 → netværk, 2 → samarbejde, 3 → partnerskab)",
]


def test_a_gephi_csv_pair_given_as_two_files(runner, tmp_path):
    nodes = write_csv(tmp_path / "nodes.csv", GEPHI_NODES)
    edges_csv = write_csv(tmp_path / "edges.csv", GEPHI_EDGES)
    network = load([nodes, edges_csv])
    assert_gephi_graph(network.graph)
    assert network.problems == []
    result, lines = check(runner, nodes, edges_csv)
    assert result.exit_code == 0
    assert lines[:3] == [f"Læst: {nodes} (Gephi-tabel), {edges_csv} (Gephi-tabel)",
                         "3 aktører, 1 medarbejder, 2 relationer mellem aktører",
                         "Niveau: 0 netværk · 1 samarbejde · 1 partnerskab · 1 ukendt"]
    assert column_report(lines) == [
        f"{nodes}: kontakter, overskrift i række 1",
        "  A       læst som de hedder: Id",
        "  B       Label             → Navn",
        "  C       Modularity Class  beholdt som ekstra kolonne",
        "  D       læst som de hedder: Type",
        f"{edges_csv}: relationer, overskrift i række 1",
        *GEPHI_EDGE_REPORT,
    ]
    # the edges first: the same network
    assert_gephi_graph(load([edges_csv, nodes]).graph)


def test_a_gephi_pair_as_two_sheets_of_one_workbook(runner, tmp_path):
    path = make_xlsx(tmp_path / "gephi.xlsx", {"Nodes": GEPHI_NODES, "Edges": GEPHI_EDGES})
    network = load([path])
    assert_gephi_graph(network.graph)
    assert network.problems == []
    result, lines = check(runner, path)
    assert result.exit_code == 0
    assert lines[0] == f"Læst: {path} (Gephi-tabel)"
    assert column_report(lines)[5:] == [f"{path} › Edges: relationer, overskrift i række 1", *GEPHI_EDGE_REPORT]


def test_a_gephi_edge_list_with_a_contacts_workbook_is_read_as_relations(runner, tmp_path):
    contacts = contacts_xlsx(tmp_path / "kontakter.xlsx", [
        ["Åby Roklub", "forening", "civilsamfund", "Mette Kjær", "netværk", None, None, None, None, None],
        ["Søby Skole", "uddannelse", "offentlig", None, "samarbejde", None, None, None, None, None]])
    edge_list = write_csv(tmp_path / "kanter.csv", [GEPHI_EDGES[0], ["Åby Roklub", "Søby Skole", "Undirected",
                                                                     "0", "naboer", "3"]])
    network = load([contacts, edge_list])
    graph = network.graph
    assert levels(graph) == {"Åby Roklub": "network", "Søby Skole": "cooperation"}
    assert staff_names(graph) == ["Mette Kjær"]
    assert edges(graph)["Søby Skole", "Åby Roklub"] == {
        "kind": "relation", "level": "partnership", "custom": {"Type": "Undirected", "Id": "0", "Label": "naboer"}}
    assert network.problems == []
    result, lines = check(runner, contacts, edge_list)
    assert result.exit_code == 0
    assert lines[:2] == [f"Læst: {contacts}, {edge_list} (Gephi-tabel)",
                         "2 aktører, 1 medarbejder, 1 relation mellem aktører"]


def test_a_gephi_edge_list_alone_is_refused(runner, tmp_path):
    edge_list = write_csv(tmp_path / "edges.csv", GEPHI_EDGES)
    result, _ = check(runner, edge_list)
    assert result.exit_code == 1
    assert result.stderr == (
        f"netkort: {edge_list}: der er intet kontaktark; 'edges.csv' har relationer eller medarbejdere, "
        "men ingen kontakter. Kontakterne skal stå på et ark med en navnekolonne (Navn).\n")


def test_a_gephi_weight_that_is_not_1_2_or_3_is_no_level(runner, tmp_path):
    edge_rows = [row[:5] + [weight] for row, weight in zip(GEPHI_EDGES, ["Weight", "3", "1.5", "1", "2"], strict=True)]
    path = make_xlsx(tmp_path / "gephi.xlsx", {"Nodes": GEPHI_NODES, "Edges": edge_rows})
    graph = load([path]).graph
    assert levels(graph) == {"Åby Roklub": None, "Søby Skole": None, "Torup Avis": None}
    assert edges(graph)["Mette Kjær", "Søby Skole"] == {"kind": "holds"}
    assert node(graph, "Søby Skole")["custom"] == {"Type (relation)": "Undirected", "Id (relation)": "1", "Id": "2",
                                                   "Modularity Class": "1", "Weight": "1.5"}
    result, lines = check(runner, path)
    assert result.exit_code == 0
    assert column_report(lines)[-1] == "  F       Weight  beholdt som ekstra kolonne"


# --- NodeXL ---------------------------------------------------------------------------------


def nodexl_workbook(path, edge_rows, vertex_rows):
    """A workbook as NodeXL saves it: each of Edges and Vertices an Excel table under a row of
    group headers; its own sheets beside them, one hidden."""
    book = Workbook()
    book.remove(book.active)

    def sheet(name, groups, header, rows, state="visible"):
        ws = book.create_sheet(name)
        if groups:
            ws.append(groups)
        ws.append(header)
        for row in rows:
            ws.append(row)
        if groups:
            last = chr(ord("A") + len(header) - 1)
            ws.add_table(Table(displayName=name, ref=f"A2:{last}{2 + len(rows)}"))
        ws.sheet_state = state

    sheet("Edges", ["Visual Properties", None, None, None, "Labels", "Graph Metrics"],
          ["Vertex 1", "Vertex 2", "Color", "Width", "Label", "ID"], edge_rows)
    sheet("Vertices", ["Visual Properties", None, "Labels", "Graph Metrics"],
          ["Vertex", "Color", "Label", "Degree", "ID"], vertex_rows)
    sheet("Overall Metrics", None, ["Graph Metric", "Value"], [["Vertices", len(vertex_rows)]])
    sheet("Misc", None, ["Setting"], [["layout"]], state="hidden")
    book.save(path)
    return path


def test_a_nodexl_workbook(runner, tmp_path):
    path = nodexl_workbook(tmp_path / "nodexl.xlsx", [
        ["UserA", "UserB", "Black", 1, None, 1],
        ["UserA", "UserA", None, 1, None, 2],
        ["UserB", "UserC", None, 2, "svar", 3],
        ["UserB", "UserA", None, 1, None, 4],
    ], [["UserA", "Red", "A", 2, 5], ["UserB", None, None, 3, 6], ["UserC", None, None, 1, 7]])
    network = load([path])
    graph = network.graph
    assert levels(graph) == {"UserA": None, "UserB": None, "UserC": None}
    assert staff_names(graph) == []
    assert node(graph, "UserA") == {"kind": "actor", "name": "UserA",
                                    "custom": {"Color": "Red", "Label": "A", "Degree": "2", "ID": "5"}}
    assert {k: v for k, v in edges(graph).items() if v["kind"] == "relation"} == {
        ("UserA", "UserB"): {"kind": "relation", "custom": {"Color": "Black", "Width": "1", "ID": "1; 4"}},
        ("UserB", "UserC"): {"kind": "relation", "custom": {"Width": "2", "Label": "svar", "ID": "3"}},
    }
    assert messages(network) == [
        ("tool-sheets", "", None, "Arkene 'Overall Metrics', 'Misc' hører til NodeXLs egen opsætning og "
                                  "holder ikke netværket; de er ikke læst."),
        ("self-relation", "Edges", 4, "Relationen går fra 'UserA' til sig selv og er sprunget over."),
        ("repeated-relation", "Edges", 3, "'UserA' og 'UserB' er forbundet på 2 rækker; det er én relation i "
                                          "netværket, og alle noter og værdier er bevaret."),
    ]
    result, lines = check(runner, path)
    assert result.exit_code == 0
    assert lines[0] == f"Læst: {path} (NodeXL-projektmappe)"
    assert column_report(lines) == [
        f"{path} › Edges: relationer, Excel-tabellen 'Edges', overskrift i række 2",
        "  A       Vertex 1  → Fra",
        "  B       Vertex 2  → Til",
        "  C       Color     beholdt som ekstra kolonne",
        "  D       Width     beholdt som ekstra kolonne",
        "  E       Label     beholdt som ekstra kolonne",
        "  F       ID        beholdt som ekstra kolonne",
        f"{path} › Vertices: kontakter, Excel-tabellen 'Vertices', overskrift i række 2",
        "  A       Vertex  → Navn",
        "  B       Color   beholdt som ekstra kolonne",
        "  C       Label   beholdt som ekstra kolonne (A 'Vertex' passer bedre som Navn)",
        "  D       Degree  beholdt som ekstra kolonne",
        "  E       læst som de hedder: ID",
    ]


def test_nodexl_vertices_named_by_numbers_are_not_taken_for_ids(tmp_path):
    # vertex "1" has NodeXL's ID 3: the edge 1-2 joins the vertices named 1 and 2
    path = nodexl_workbook(tmp_path / "nodexl.xlsx", [["1", "2", None, 1, None, 1]],
                           [["1", None, None, 1, 3], ["2", None, None, 1, 1], ["3", None, None, 0, 2]])
    graph = load([path]).graph
    assert [k for k, v in edges(graph).items() if v["kind"] == "relation"] == [("1", "2")]


# --- graph files: netkort's own exports read back ------------------------------------------


def same_graph(graph) -> tuple[dict, dict, dict]:
    """Nodes by kind and name, edges by their ends' kinds and names, and the graph's own
    attributes: what must survive a round trip (ids are hashes; 'sources' says where a row was)."""
    name = graph.nodes
    nodes = {(d["kind"], d["name"]): {k: v for k, v in d.items() if k != "sources"}
             for _, d in graph.nodes(data=True)}
    links = {frozenset(((name[u]["kind"], name[u]["name"]), (name[v]["kind"], name[v]["name"]))): d
             for u, v, d in graph.edges(data=True)}
    assert len(nodes) == graph.number_of_nodes() and len(links) == graph.number_of_edges()
    return nodes, links, graph.graph


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".graphology.json"])
def test_the_sample_exported_with_details_reads_back_as_the_same_graph(runner, tmp_path, suffix):
    sample = SAMPLES / "hovedbibliotek.xlsx"
    out = tmp_path / f"hovedbibliotek{suffix}"
    result = runner.invoke(cli, ["export", str(sample), "--details", "-o", str(out)])
    assert result.exit_code == 0, result.output
    before, after = load([sample]).graph, load([out])
    assert same_graph(after.graph) == same_graph(before)
    graph = after.graph
    assert len(actors(graph)) == 300 and len(staff(graph)) == 10  # as check counts the sample
    assert [(p.code, p.params["a"], p.params["b"]) for p in after.problems] == [
        ("similar-names", "Åby Festivalen", "Åby Festival"), ("similar-names", "Åby Avis", "Åby Avisen")]
    result, lines = check(runner, out)
    assert result.exit_code == 0
    format_name = {".graphml": "GraphML-fil", ".gexf": "GEXF-fil (Gephi)", ".json": "JSON-netværk",
                   ".graphology.json": "JSON-netværk"}
    assert lines[:2] == [f"Læst: {out} ({format_name[suffix]})",
                         "300 aktører, 10 medarbejdere, 60 relationer mellem aktører"]


# Every way an actor may differ from one row's values: conflicts (also in an extra column
# called 'conflicts'), extra columns named like netkort's own attributes ('Level', 'Kind'),
# several staff members with their own relation values, a relation to the house beside them,
# a partner library typed 'bibliotek', an actor named 'Huset', and relations with extra columns
# to an actor the Kontakter sheet does not list.
ODD_CONTACTS = [
    ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Medarbejder", "Relation", "Rum", "Indflydelse",
     "Aftale", "Start", "Sidste kontakt", "Aktiviteter", "Noter", "Webside", "Kind", "Level", "Farve",
     "conflicts"],
    ["Åby Roklub", "forening", "civilsamfund", "Per", "per@roklub.dk; info@roklub.dk", "Anne Holm; Bo Jensen",
     "partnerskab", "Læring, Møde", 4, "kontrakt", "01-02-2020", "03-04-2024", "Læsehold", "Linje 1\nLinje 2",
     "https://roklub.dk", "x", "hej", "rød", "c1"],
    ["Åby Roklub", "forening", "offentlig", "Lis", "lis@roklub.dk", "Carl", "netværk", "Inspiration", 3, None,
     None, "03-05-2024", "Foredrag", "Anden note; med semikolon", "https://roklub.dk", None, "hej",
     "blå; grøn", "c2"],
    ["Åby Roklub", "forening", "civilsamfund", None, None, "Bo Jensen", "samarbejde", None, None, "mundtlig",
     "01-01-2018", None, "Kursus", "Bos note", None, None, None, None, None],
    ["Åby Roklub", "forening", "civilsamfund", None, None, None, "netværk", None, None, None, None, None, None,
     "Direkte", None, None, None, None, None],
    ["Nabobiblioteket", "bibliotek", "offentlig", None, None, "Carl", "partnerskab", None, None, None, None,
     None, None, None, None, None, None, None, None],
    ["Huset", "forening", None, None, None, None, "netværk", None, None, None, None, None, None, None, None,
     None, None, None, None],
]
ODD_RELATIONS = [["Fra", "Til", "Relation", "Note", "Kanal"],
                 ["Åby Roklub", "Nabobiblioteket", "samarbejde", "Fælles hold", "møde"],
                 ["Åby Roklub", "Nabobiblioteket", None, "Anden note", "mail"],
                 ["Huset", "Ukendt Sted", "netværk", None, None],
                 ["Ukendt Sted", "Ukendt Sted", None, None, None]]
ODD_STAFF = [["Navn", "Afdeling", "E-mail"],
             ["Anne Holm", "Børn", "anne@bib.dk"],
             ["Bo Jensen", "Voksne", None],
             ["Dorte Lund", "Ledelse", "dorte@bib.dk; dl@bib.dk"]]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".graphology.json"])
def test_an_odd_workbook_exported_reads_back_as_the_same_graph(tmp_path, suffix):
    path = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": ODD_CONTACTS, "Relationer": ODD_RELATIONS,
                                                   "Medarbejdere": ODD_STAFF})
    before = load([path])
    roklub = node(before.graph, "Åby Roklub")
    assert roklub["conflicts"] == {"sector": ["civil", "public"], "influence": [4, 3],
                                   "Farve": ["rød", "blå; grøn"], "conflicts": ["c1", "c2"]}
    assert (roklub["start"], roklub["notes"]) == (
        dt.date(2018, 1, 1), "Linje 1\nLinje 2\nAnden note; med semikolon\nBos note\nDirekte")
    out = export(before.graph, tmp_path / f"kontakter{suffix}", details=True)
    after = load([out])
    assert same_graph(after.graph) == same_graph(before.graph)
    # the conflicts are found again, as when the workbook was read
    assert [p.message() for p in after.problems] == [
        "'Åby Roklub' har forskellige værdier i 'Sektor': civilsamfund / offentlig; alle er gemt.",
        "'Åby Roklub' har forskellige værdier i 'Indflydelse': 4 / 3; alle er gemt.",
        "'Åby Roklub' har forskellige værdier i 'Farve': rød / blå; grøn; alle er gemt.",
        "'Åby Roklub' har forskellige værdier i 'conflicts': c1 / c2; alle er gemt.",
        "'Ukendt Sted' findes ikke blandt kontakterne; den er tilføjet som aktør uden medarbejder.",
    ]
    assert edges(after.graph)["Nabobiblioteket", "Åby Roklub"] == {
        "kind": "relation", "level": "cooperation", "note": "Fælles hold\nAnden note",
        "custom": {"Kanal": "møde; mail"}}


def test_a_kumu_network_exported_keeps_its_library_name(tmp_path):
    before = load([make_xlsx(tmp_path / "kumu.xlsx", KUMU)]).graph
    after = load([export(before, tmp_path / "kumu.graphml", details=True)]).graph
    assert same_graph(after) == same_graph(before)
    assert after.nodes[LIBRARY]["name"] == after.graph["name"] == "Åby Bibliotek"


def test_merge_of_an_exported_graph_gives_the_workbook_back(runner, tmp_path):
    rows = [row for row in ODD_CONTACTS if row[13] != "Bos note"]  # one relation per staff member and actor
    path = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": rows, "Relationer": ODD_RELATIONS,
                                                   "Medarbejdere": ODD_STAFF})
    graph = load([path]).graph
    exported = export(graph, tmp_path / "kontakter.graphml", details=True)
    merged = tmp_path / "samlet.xlsx"
    result = runner.invoke(cli, ["merge", str(exported), "-o", str(merged)])
    assert result.exit_code == 0, result.output
    # one node is one actor, not rows merged; its conflicts are the workbook's
    assert result.stdout == (f"Skrev {merged}: 3 aktører på 5 rækker, 2 relationer, 4 medarbejdere.\n"
                             "0 sammenlagt, 4 konflikter, 0 mulige dubletter; se arket Problemer.\n")
    book = load_workbook(merged)
    header = [c.value for c in book["Kontakter"][1]]
    assert header[19:] == ["Webside", "Kind", "Level", "Farve", "conflicts", "Sektor (anden værdi)",
                           "Indflydelse (anden værdi)", "Farve (anden værdi)", "conflicts (anden værdi)"]
    table = [dict(zip(header, (c.value for c in row), strict=True)) for row in book["Kontakter"].iter_rows(min_row=2)]
    # a row per relation, each with its own level, agreement and note, the house's first
    assert [(r["Navn"], r["Medarbejder"], r["Relation"], r["Aftale"], r["Noter"]) for r in table] == [
        ("Åby Roklub", None, "netværk", None, "Direkte"),
        ("Åby Roklub", "Anne Holm; Bo Jensen", "partnerskab", "kontrakt", "Linje 1\nLinje 2"),
        ("Åby Roklub", "Carl", "netværk", None, "Anden note; med semikolon"),
        ("Nabobiblioteket", "Carl", "partnerskab", None, None),
        ("Huset", None, "netværk", None, None),
    ]
    assert {k: table[1][k] for k in ("Sektor", "Sektor (anden værdi)", "Level", "Kind", "Farve",
                                      "Farve (anden værdi)")} == {
        "Sektor": "civilsamfund", "Sektor (anden værdi)": "offentlig", "Level": "hej", "Kind": "x",
        "Farve": "rød", "Farve (anden værdi)": "blå; grøn"}
    assert [[c.value for c in row] for row in book["Relationer"].iter_rows()] == [
        ["Fra", "Til", "Relation", "Note", "Kanal"],
        ["Åby Roklub", "Nabobiblioteket", "samarbejde", "Fælles hold\nAnden note", "møde; mail"],
        ["Huset", "Ukendt Sted", "netværk", None, None]]
    # read again, it is the workbook merged directly, but for the order of the notes (the house's first)
    direct = tmp_path / "direkte.xlsx"
    assert runner.invoke(cli, ["merge", str(path), "-o", str(direct)]).exit_code == 0
    again, merged_directly = load([merged]).graph, load([direct]).graph
    assert levels(again) == levels(merged_directly) == levels(graph)
    roklub, expected = node(again, "Åby Roklub"), node(merged_directly, "Åby Roklub")
    assert roklub.pop("notes") == "Direkte\nLinje 1\nLinje 2\nAnden note; med semikolon"
    assert expected.pop("notes") == "Linje 1\nLinje 2\nAnden note; med semikolon\nDirekte"
    assert roklub == expected
    assert roklub["custom"] == {"Webside": "https://roklub.dk", "Kind": "x", "Level": "hej", "Farve": "rød",
                                "conflicts": "c1", "Sektor (anden værdi)": "offentlig",
                                "Indflydelse (anden værdi)": "3", "Farve (anden værdi)": "blå; grøn",
                                "conflicts (anden værdi)": "c2"}


# --- graph files that are not a network --------------------------------------------------------


@pytest.mark.parametrize("name, text, fmt", [
    ("tegning.svg", '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                    '<rect width="5" height="5"/></svg>\n', "XML"),
    ("data.json", json.dumps({"name": "Filialen", "items": [1, 2]}), "JSON"),
    ("liste.json", "[1, 2, 3]", "JSON"),
])
def test_other_xml_and_json_are_refused_naming_what_netkort_reads(runner, tmp_path, name, text, fmt):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result, _ = check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: filen er {fmt}, men ikke et netværk, som netkort kan læse. {OTHER_DA}\n"


def test_a_graphml_with_a_doctype_is_refused(runner, tmp_path):
    path = tmp_path / "net.graphml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "graphml.dtd">\n'
                    '<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>\n', encoding="utf-8")
    result, _ = check(runner, path)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen indeholder XML-entiteter, som et regneark ikke bruger; "
                             "den læses ikke.\n")
