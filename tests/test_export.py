"""Interchange formats: round trips keep every actor, staff member and level."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.exports import export, safe_cell
from netkort.graph import actors, staff
from netkort.network import load

HEADER = ["Navn", "Medarbejder", "Relation", "Rum", "E-mail", "Telefon", "Noter", "Webside"]
ROWS = [["Åby Roklub", "Mette Kjær; Jens Berg", "partnerskab", "Læring; Møderum", "a@x.dk",
         "12345678", "Privat note", "=HYPERLINK(\"http://x\")"],
        ["2014", "Jens Berg", "netværk", None, None, None, None, None],
        ["Søren Æbelø", None, "samarbejde", "Det performative rum", None, None, None, None]]


@pytest.fixture
def net(tmp_path):
    return load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [HEADER, *ROWS]})])


def summary(graph):
    nodes = {(d["kind"], d.get("label", d.get("name")), d.get("level")) for _, d in graph.nodes(data=True)}
    return nodes, graph.number_of_edges()


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_round_trip_keeps_actors_staff_and_levels(net, tmp_path, suffix, reader):
    path = export(net.graph, tmp_path / f"net{suffix}")
    back = reader(path)
    assert summary(back) == summary(net.graph)
    levels = {d["label"]: d.get("level") for _, d in back.nodes(data=True) if d["kind"] == "actor"}
    assert levels == {"Åby Roklub": "partnership", "2014": "network", "Søren Æbelø": "cooperation"}
    roklub = next(d for _, d in back.nodes(data=True) if d.get("label") == "Åby Roklub")
    # GEXF has a list type (networkx hands its text on as it is); GraphML joins a list with "; "
    assert roklub["spaces"] == ('["learning", "meeting"]' if suffix == ".gexf" else "learning; meeting")
    assert roklub["Webside"] == "=HYPERLINK(\"http://x\")"
    assert "email" not in roklub and "phone" not in roklub and "notes" not in roklub


def test_sample_round_trip_through_graphml(tmp_path):
    net = load([SAMPLES / "hovedbibliotek.xlsx"])
    back = nx.read_graphml(export(net.graph, tmp_path / "net.graphml"))
    assert summary(back) == summary(net.graph)
    assert sum(1 for _, d in back.nodes(data=True) if d["kind"] == "actor") == len(actors(net.graph))
    assert sum(1 for _, d in back.nodes(data=True) if d["kind"] == "staff") == len(staff(net.graph))


def test_details_include_personal_fields(net, tmp_path):
    back = nx.read_graphml(export(net.graph, tmp_path / "net.graphml", details=True))
    roklub = next(d for _, d in back.nodes(data=True) if d.get("label") == "Åby Roklub")
    assert (roklub["email"], roklub["phone"], roklub["notes"]) == ("a@x.dk", "12345678", "Privat note")


def test_node_link_json_reads_with_networkx_defaults(net, tmp_path):
    document = json.loads(export(net.graph, tmp_path / "net.json").read_text(encoding="utf-8"))
    assert document["links"] == document["edges"]  # networkx < 3.6 reads "links", 3.6 reads "edges"
    back = nx.node_link_graph(document)
    assert summary(back) == summary(net.graph)
    roklub = next(d for _, d in back.nodes(data=True) if d.get("label") == "Åby Roklub")
    assert roklub["spaces"] == ["learning", "meeting"] and isinstance(roklub["x"], float)


@pytest.mark.parametrize("text, safe", [("=1+1", "'=1+1"), ("+45 1234", "'+45 1234"), ("-x", "'-x"),
                                        ("@sum", "'@sum"), ("\tx", "'\tx"), ("Åby", "Åby"), ("", "")])
def test_safe_cell(text, safe):
    assert safe_cell(text) == safe


def test_unknown_suffix_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["export", str(SAMPLES / "filial.xlsx"), "-o", str(tmp_path / "net.pdf")])
    assert result.exit_code == 2
    assert result.stderr == (f"netkort: {tmp_path / 'net.pdf'}: ukendt eksportformat '.pdf'. "
                             "Brug et af: .gexf, .graphml, .json, .graphology.json, .csv\n")


def test_export_command_writes_the_file(runner, tmp_path):
    out = tmp_path / "net.gexf"
    result = runner.invoke(cli, ["export", str(SAMPLES / "filial.xlsx"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Skrev {out}\n"
    assert nx.read_gexf(out).number_of_nodes() > 10


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_markup_and_odd_text_survive_xml_formats(tmp_path, suffix, reader):
    name = "<b>Åby & \"Co\"</b> 'x' 🎸 שלום"
    path = tmp_path / "k.csv"
    path.write_text(f'Navn;Noter;Medarbejder\n"{name.replace(chr(34), chr(34) * 2)}";"linje 1\nlinje 2";Bo\n',
                    encoding="utf-8")
    graph = load([path]).graph
    back = reader(export(graph, tmp_path / f"net{suffix}", details=True))
    actor = next(d for _, d in back.nodes(data=True) if d["kind"] == "actor")
    assert actor["label"] == name
    assert actor["notes"] == "linje 1\nlinje 2"


def test_extra_columns_that_look_personal_need_details(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Type;Mobilnummer;Privat e-mail;Privatadresse;CPR;Webside\n"
                    "Søren;borger;+45 20 30 40 50;s@gmail.com;Åvej 1;010203-1234;x.dk\n", encoding="utf-8")
    network = load([path])
    # the phone and email columns are read as such by their headers' words; the rest stay extra
    assert [(p.code, p.field) for p in network.problems] == [("personal-column", "Privatadresse"),
                                                             ("personal-column", "CPR"),
                                                             ("personal-cpr", "CPR")]
    actor = network.graph.nodes[actors(network.graph)[0]]
    assert (actor["phone"], actor["email"]) == (["+45 20 30 40 50"], ["s@gmail.com"])
    plain = export(network.graph, tmp_path / "a.gexf").read_text(encoding="utf-8")
    assert not any(v in plain for v in ("20 30 40 50", "s@gmail.com", "Åvej 1", "010203")) and "x.dk" in plain
    detailed = export(network.graph, tmp_path / "b.gexf", details=True).read_text(encoding="utf-8")
    assert all(v in detailed for v in ("20 30 40 50", "s@gmail.com", "Åvej 1", "[CPR skjult]"))
    assert "010203" not in detailed   # a CPR-like number only with cpr=True as well
    with_cpr = export(network.graph, tmp_path / "c.gexf", details=True, cpr=True).read_text(encoding="utf-8")
    assert "010203-1234" in with_cpr and "[CPR skjult]" not in with_cpr
