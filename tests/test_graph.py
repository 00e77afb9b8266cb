"""From rows to the graph: node kinds, merged actors, strongest level, stable ids."""

from __future__ import annotations

from workbooks import make_xlsx

from netkort.graph import LIBRARY, actors, node_id, staff
from netkort.network import load

HEADER = ["Navn", "Medarbejder", "Relation", "Rum", "Sektor", "Webside"]


def network(tmp_path, rows, extra=None):
    sheets = {"Kontakter": [HEADER, *rows], **(extra or {})}
    return load([make_xlsx(tmp_path / "k.xlsx", sheets)])


def by_name(graph):
    return {graph.nodes[n]["name"]: n for n in graph}


def test_node_kinds_and_edges(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "Mette Kjær", "samarbejde", "Læring", None, None],
                             ["Åby Skole", None, "netværk", None, None, None]])
    g = net.graph
    names = by_name(g)
    assert g.nodes[LIBRARY]["kind"] == "library"
    assert {g.nodes[n]["name"] for n in staff(g)} == {"Mette Kjær"}
    assert {g.nodes[n]["name"] for n in actors(g)} == {"Åby Roklub", "Åby Skole"}
    assert g.edges[LIBRARY, names["Mette Kjær"]]["kind"] == "employs"
    assert g.edges[names["Mette Kjær"], names["Åby Roklub"]] == {"kind": "holds", "level": "cooperation"}
    # no staff member: the actor hangs straight on the library
    assert g.edges[LIBRARY, names["Åby Skole"]] == {"kind": "direct", "level": "network"}


def test_same_actor_on_several_rows_is_one_node_with_its_strongest_level(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "Mette Kjær", "netværk", "Læring", "civilsamfund", "a.dk"],
                             [" åby  roklub", "Jens Berg; Mette Kjær", "partnerskab", "Møderum", None, None]])
    g = net.graph
    (actor,) = actors(g)
    assert g.nodes[actor]["name"] == "Åby Roklub"
    assert g.nodes[actor]["level"] == "partnership"
    assert g.nodes[actor]["spaces"] == ["learning", "meeting"]
    assert g.nodes[actor]["custom"] == {"Webside": "a.dk"}
    holders = {g.nodes[s]["name"]: g.edges[s, actor]["level"] for s in g.neighbors(actor)}
    assert holders == {"Mette Kjær": "partnership", "Jens Berg": "partnership"}
    (merged,) = [p for p in net.problems if p.code == "merged-rows"]
    assert merged.message() == "'Åby Roklub' står på 2 rækker (2-3); de er slået sammen til én aktør."


def test_conflicting_values_are_reported_and_kept(tmp_path):
    net = network(tmp_path, [["Åby Roklub", None, "netværk", None, "civilsamfund", "a.dk"],
                             ["Åby Roklub", None, "netværk", None, "privat", "b.dk"]])
    (actor,) = actors(net.graph)
    assert net.graph.nodes[actor]["sector"] == "civil"
    assert net.graph.nodes[actor]["conflicts"] == {"sector": ["civil", "private"], "Webside": ["a.dk", "b.dk"]}
    assert sorted(p.message() for p in net.problems if p.code == "conflict") == [
        "'Åby Roklub' har forskellige værdier i 'Sektor': civilsamfund / privat; alle er gemt.",
        "'Åby Roklub' har forskellige værdier i 'Webside': a.dk / b.dk; alle er gemt."]


def test_similar_names_are_reported_not_merged(tmp_path):
    net = network(tmp_path, [["Roskilde Festival", None, "netværk", None, None, None],
                             ["Roskilde Festivalen", None, "netværk", None, None, None],
                             ["Åby Skole", None, "netværk", None, None, None]])
    assert len(actors(net.graph)) == 3
    (similar,) = [p for p in net.problems if p.code == "similar-names"]
    assert (similar.params["a"], similar.params["b"]) == ("Roskilde Festival", "Roskilde Festivalen")
    assert similar.severity == "warning"


def test_missing_level_is_a_warning_and_the_actor_is_kept(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "Mette Kjær", None, None, None, None]])
    (actor,) = actors(net.graph)
    assert "level" not in net.graph.nodes[actor]
    (missing,) = [p for p in net.problems if p.code == "missing-level"]
    assert missing.severity == "warning" and missing.row == 2


def test_relations_sheet_links_actors(tmp_path):
    net = network(tmp_path, [["Åby Roklub", None, "netværk", None, None, None],
                             ["Åby Skole", None, "netværk", None, None, None]],
                  extra={"Relationer": [["Fra", "Til", "Relation"], ["åby roklub", "Åby Skole", "samarbejde"],
                                        ["Åby Skole", "Ukendt Forening", "netværk"]]})
    g = net.graph
    names = by_name(g)
    assert g.edges[names["Åby Roklub"], names["Åby Skole"]] == {"kind": "relation", "level": "cooperation"}
    assert g.nodes[names["Ukendt Forening"]]["kind"] == "actor"
    (unknown,) = [p for p in net.problems if p.code == "unknown-actor"]
    assert (unknown.sheet, unknown.row) == ("Relationer", 3)


def test_staff_sheet_gives_departments(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "mette kjær", "netværk", None, None, None]],
                  extra={"Medarbejdere": [["Navn", "Afdeling"], ["Mette Kjær", "Børn og unge"],
                                          ["Jens Berg", "Voksne"]]})
    g = net.graph
    departments = {g.nodes[s]["name"]: g.nodes[s].get("department") for s in staff(g)}
    assert departments == {"Mette Kjær": "Børn og unge", "Jens Berg": "Voksne"}


def test_ids_are_stable_and_opaque():
    assert node_id("a", "Åby Roklub") == node_id("a", " åby  ROKLUB ")
    assert node_id("a", "Åby Roklub") != node_id("a", "Aby Roklub")
    assert "Roklub" not in node_id("a", "Åby Roklub")


def test_two_staff_with_one_name_are_not_merged(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "Bo Jensen", "netværk", None, None, None],
                             ["Åby Skole", "Bo Jensen (Voksne)", "netværk", None, None, None]],
                  extra={"Medarbejdere": [["Navn", "Afdeling"], ["Bo Jensen", "Børn og unge"],
                                          ["Bo Jensen", "Voksne"]]})
    g = net.graph
    people = sorted((g.nodes[s]["name"], g.nodes[s]["department"]) for s in staff(g))
    assert people == [("Bo Jensen", "Børn og unge"), ("Bo Jensen (Voksne)", "Voksne")]
    names = by_name(g)
    assert g.has_edge(names["Bo Jensen (Voksne)"], names["Åby Skole"])
    (warning,) = [p for p in net.problems if p.code == "staff-namesake"]
    assert warning.message() == ("To medarbejdere hedder 'Bo Jensen' (Børn og unge / Voksne); de holdes "
                                 "adskilt, men kontakter med navnet knyttes til den første. Skriv fx "
                                 "'Bo Jensen (Voksne)' for at skelne.")


def test_short_staff_name_suggests_a_merge_but_does_not_merge(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "bo ", "netværk", None, None, None],
                             ["Åby Skole", "Bo Jensen", "netværk", None, None, None]])
    assert sorted(net.graph.nodes[s]["name"] for s in staff(net.graph)) == ["Bo Jensen", "bo"]
    (warning,) = [p for p in net.problems if p.code == "staff-similar"]
    assert (warning.params["a"], warning.params["b"]) == ("bo", "Bo Jensen")


def test_namesakes_told_apart_by_number_never_by_email(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "Bo Jensen", "netværk", None, None, None]],
                  extra={"Medarbejdere": [["Navn", "E-mail"], ["Bo Jensen", "bo@aaby.dk"],
                                          ["Bo Jensen", "bo.jensen@gmail.com"]]})
    names = sorted(net.graph.nodes[s]["name"] for s in staff(net.graph))
    assert names == ["Bo Jensen", "Bo Jensen (2)"]


def test_initials_on_the_staff_sheet_name_the_staff_member(tmp_path):
    net = network(tmp_path, [["Åby Roklub", "MK", "samarbejde", None, None, None],
                             ["Åby Skole", "Mette Kjær", "netværk", None, None, None]],
                  extra={"Medarbejdere": [["Navn", "Initialer", "Afdeling"], ["Mette Kjær", "MK", "Børn"]]})
    g = net.graph
    assert [(g.nodes[s]["name"], g.nodes[s]["department"]) for s in staff(g)] == [("Mette Kjær", "Børn")]
    assert [p.message() for p in net.problems] == [
        "Medarbejderen 'MK' er læst som 'Mette Kjær' efter initialerne på medarbejderarket."]


def test_a_relation_written_both_ways_keeps_the_strongest_level_and_both_notes(tmp_path):
    net = network(tmp_path, [["Åby Roklub", None, "netværk", None, None, None],
                             ["Åby Skole", None, "netværk", None, None, None]],
                  extra={"Relationer": [["Fra", "Til", "Relation", "Bemærkning"],
                                        ["Åby Roklub", "Åby Skole", "partnerskab", "Fælles sommerlejr"],
                                        ["Åby Skole", "Åby Roklub", "netværk", "Kender hinanden fra skolebestyrelsen"]]})
    names = by_name(net.graph)
    edge = net.graph.edges[names["Åby Roklub"], names["Åby Skole"]]
    assert edge["level"] == "partnership"
    assert edge["note"] == "Fælles sommerlejr\nKender hinanden fra skolebestyrelsen"
    (repeated,) = [p for p in net.problems if p.code == "repeated-relation"]
    assert repeated.message() == ("'Åby Roklub' og 'Åby Skole' er forbundet på 2 rækker; det er én relation i "
                                  "netværket, og alle noter og værdier er bevaret.")
