"""Another tool's nodes and edges as netkort's actors, staff, house and relations (read/nodes.py)."""

from __future__ import annotations

from conftest import SAMPLES

from netkort.graph import LIBRARY, actors, staff
from netkort.network import load


def test_the_kumu_sample_becomes_a_library_network():
    network = load([SAMPLES / "kumu-netvaerk.xlsx"])
    graph = network.graph
    name = {n: graph.nodes[n]["name"] for n in graph}
    # the element typed Bibliotek is the house, the two typed Medarbejder are staff
    assert name[LIBRARY] == "Vestby Bibliotek"
    assert sorted(name[s] for s in staff(graph)) == ["Hanne Lund", "Omar Haddad"]
    held = sorted((name[u], name[v], d.get("level")) if graph.nodes[u]["kind"] == "staff"
                  else (name[v], name[u], d.get("level"))
                  for u, v, d in graph.edges(data=True) if d["kind"] == "holds")
    assert held == [("Hanne Lund", "Vestby Musikskole", "partnership"),  # one row, two '|' targets
                    ("Hanne Lund", "Vestby Roklub", "network"),
                    ("Hanne Lund", "Vestby Skole", "partnership"),
                    ("Omar Haddad", "Jobcenter Vestby", "network"),
                    ("Omar Haddad", "Sprogcaféen", "partnership"),
                    ("Omar Haddad", "Ældresagen Vestby", "cooperation")]
    levels = {name[a]: graph.nodes[a].get("level") for a in actors(graph)}
    assert levels["Vestby Avis"] == "network"  # linked to the library itself: a direct relation
    between = {frozenset((name[u], name[v])): d for u, v, d in graph.edges(data=True) if d["kind"] == "relation"}
    assert between.keys() == {frozenset(("Vestby Skole", "Vestby Musikskole")),
                              frozenset(("Sprogcaféen", "Jobcenter Vestby"))}
    concert = between[frozenset(("Vestby Skole", "Vestby Musikskole"))]
    assert (concert["level"], concert["note"], concert["custom"]) == (
        "cooperation", "Fælles skolekoncert", {"Direction": "mutual"})
    school = next(graph.nodes[a] for a in actors(graph) if name[a] == "Vestby Skole")
    assert (school["type"], school["tags"], school["influence"]) == ("Uddannelse", ["Læselyst 2025"], 4)
    # the library element's own description has no place on netkort's house: said, not dropped silently
    (problem,) = network.problems
    assert problem.message() == ("'Vestby Bibliotek' er huset selv, netkortets midte; filens øvrige oplysninger "
                                 "om det (Noter: Folkebiblioteket i Vestby) er ikke med.")
