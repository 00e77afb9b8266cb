"""The map page's data: only allowed fields, privacy profiles, legend and filters from the data.

Browser behaviour (search, filters, hostile names) is in test_map_browser.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources

import pytest
from conftest import SAMPLES
from handbuilt import actor, network
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.graph import actors, staff
from netkort.map import PANEL_FIELDS, MapOptionError, build_map, render_map, write_map
from netkort.network import load

MAIN = SAMPLES / "hovedbibliotek.xlsx"
NODE_KEYS = {"id", "kind", "x", "y", "name", "label", "size", "tier", "staff", "fields"}
STAFF_FIELDS = {"department", "contacts", "email"}
HEADER = ["Navn", "Type", "Kontaktperson", "E-mail", "Telefon", "Medarbejder", "Relation", "Rum",
          "Målgrupper", "Noter", "Hemmelig kolonne"]


@pytest.fixture(scope="module")
def sample():
    return load([MAIN])


def workbook(tmp_path, rows):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [HEADER, *rows],
                                           "Medarbejdere": [["Navn", "Afdeling", "E-mail"],
                                                            ["Mette Kjær", "Børn", "mk@bib.example"]]})
    return load([path]).graph


ROWS = [["Åby Roklub", "forening", "Lars Holm", "lars@roklub.example", "+45 11 22 33 44", "Mette Kjær",
         "partnerskab", "Læring", "Unge; Familier", "formand skifter", "SECRET-COLUMN-VALUE"],
        ["Karen Jensen", "borger", "Karen Jensen", "karen@home.example", "55 66 77 88", "Mette Kjær",
         "netværk", "Møde", "Ældre", "ringer om aftenen", None],
        ["Åby Skole", "uddannelse", None, None, None, None, "samarbejde", None, None, None, None]]


def tag_addresses(html: str) -> list[tuple[str, str, str]]:
    """Every src, href or similar attribute in the page's tags (script text not included)."""
    from html.parser import HTMLParser

    found = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend((tag, k, v) for k, v in attrs if k in ("src", "href", "srcset", "action", "data"))

    Tags().feed(html)
    return found


def page_of(graph, **options) -> tuple[dict, str]:
    data = build_map(graph, **options)
    return data.page_data(), render_map(data)


def test_only_allowed_fields_reach_the_page(tmp_path):
    graph = workbook(tmp_path, ROWS)
    roklub = next(a for a in actors(graph) if graph.nodes[a]["name"] == "Åby Roklub")
    graph.nodes[roklub]["secret_attribute"] = "UNLISTED-ATTRIBUTE-VALUE"
    page, html = page_of(graph)
    for node in page["nodes"]:
        assert set(node) <= NODE_KEYS
        allowed = set(PANEL_FIELDS) if node["kind"] == "actor" else STAFF_FIELDS | {"staff_count"}
        assert set(node["fields"]) <= allowed
    for secret in ("SECRET-COLUMN-VALUE", "Hemmelig kolonne", "UNLISTED-ATTRIBUTE-VALUE", "secret_attribute",
                   "lars@roklub.example", "+45 11 22 33 44", "karen@home.example", "55 66 77 88",
                   "mk@bib.example", "formand skifter", "ringer om aftenen", "hovedbibliotek", "k.xlsx"):
        assert secret not in html
    # the graph's ids are hashes of names: the page numbers its nodes afresh
    assert not any(node in html for node in graph if node != "library")


def test_details_add_contact_data_but_never_on_a_public_map(tmp_path):
    graph = workbook(tmp_path, ROWS)
    page, html = page_of(graph, details=True)
    roklub = next(n for n in page["nodes"] if n["name"] == "Åby Roklub")
    assert roklub["fields"]["email"] == ["lars@roklub.example"]
    assert roklub["fields"]["phone"] == ["+45 11 22 33 44"]
    assert roklub["fields"]["notes"] == "formand skifter"
    assert "mk@bib.example" in html
    _, public = page_of(graph, details=True, public=True)
    for secret in ("lars@roklub.example", "karen@home.example", "formand skifter", "mk@bib.example"):
        assert secret not in public


def test_public_map_shows_private_persons_as_privatperson(tmp_path):
    graph = workbook(tmp_path, ROWS)
    page, html = page_of(graph, public=True)
    names = sorted(n["name"] for n in page["nodes"] if n["kind"] == "actor")
    assert names == ["Privatperson", "Åby Roklub", "Åby Skole"]
    assert "Karen Jensen" not in html
    assert "Lars Holm" not in html                      # contact people are people too
    assert "Mette Kjær" in html                         # staff stay
    person = next(n for n in page["nodes"] if n["name"] == "Privatperson")
    assert person["fields"]["level"] == "network" and person["label"] == "Privatperson"
    english, _ = page_of(graph, public=True, lang="en")
    assert "Private person" in [n["name"] for n in english["nodes"]]


def test_sample_has_no_email_or_phone_in_the_page_by_default(sample, tmp_path):
    html = write_map(tmp_path / "kort.html", sample.graph).read_text(encoding="utf-8")
    secrets = {v for _, a in sample.graph.nodes(data=True) for f in ("email", "phone") for v in a.get(f, ())}
    assert len(secrets) > 100
    assert not [s for s in secrets if s in html]
    notes = {a["notes"] for _, a in sample.graph.nodes(data=True) if a.get("notes")}
    assert notes and not [n for n in notes if n in html]


def test_page_is_one_offline_utf8_file(sample, tmp_path):
    path = write_map(tmp_path / "kort.html", sample.graph, "spaces")
    assert [p.name for p in tmp_path.iterdir()] == ["kort.html"]      # no lib/ folder
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"https?://", html)
    # the only addresses are the shortcuts' in-page fragments, each naming an element of the page
    fragments = [value for _, _, value in tag_addresses(html)]
    assert fragments == ["#map", "#list-region", "#filters-title"]
    assert all(f'id="{value[1:]}"' in html for value in fragments)
    assert "@font-face" not in html and "@import" not in html
    assert "Læringsrummet" in html and "Content-Security-Policy" in html


def test_vendored_vis_network_has_no_web_address():
    assets = resources.files("netkort").joinpath("assets")
    for name in ("vis-network.min.js", "vis-network.css", "map-draw.js", "map.js", "map.css"):
        text = assets.joinpath(name).read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), name
    assert "MIT License" in assets.joinpath("VIS-NETWORK-LICENSE.txt").read_text(encoding="utf-8")


def test_node_count_kinds_and_edges_match_the_graph(sample):
    page, _ = page_of(sample.graph)
    graph = sample.graph
    assert len(page["nodes"]) == graph.number_of_nodes()
    assert Counter(n["kind"] for n in page["nodes"]) == Counter(k for _, k in graph.nodes(data="kind"))
    assert len(page["edges"]) == graph.number_of_edges()
    assert {e["kind"] for e in page["edges"]} == {"employs", "holds", "relation"}
    ids = {n["id"] for n in page["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in page["edges"])
    assert set(json.loads(json.dumps(page["edges"][0]))) <= {"from", "to", "kind", "level"}


def test_legend_counts_and_filters_come_from_the_data(sample):
    page, _ = page_of(sample.graph)
    graph = sample.graph
    levels = Counter(graph.nodes[a].get("level", "unknown") for a in actors(graph))
    assert {e["key"]: e["count"] for e in page["palettes"]["level"]} == dict(levels)
    facets = {f["name"]: f["options"] for f in page["facets"]}
    groups = Counter(g for a in actors(graph) for g in graph.nodes[a].get("groups", ()))
    without = sum(1 for a in actors(graph) if not graph.nodes[a].get("groups"))
    assert {o["value"]: o["count"] for o in facets["groups"]} == {**groups, **({"none": without} if without else {})}
    assert [o["label"] for o in facets["level"]][:3] == ["partnerskab", "samarbejde", "netværk"]
    staff_names = sorted(graph.nodes[s]["name"] for s in staff(graph))
    assert sorted(o["label"] for o in facets["staff"] if o["value"] != "none") == staff_names
    assert sum(o["count"] for o in facets["sector"]) == len(actors(graph))


def test_sizes_follow_influence_or_degree():
    graph = network(actor("Stor", "Anna", influence=5), actor("Lille", "Anna", influence=1),
                    actor("Hub", "Anna"), actor("Blad", "Anna"),
                    relations=(("Hub", "Stor"), ("Hub", "Lille"), ("Hub", "Blad")))
    page, _ = page_of(graph)
    size = {n["name"]: n["size"] for n in page["nodes"]}
    assert size["Stor"] > size["Lille"]
    assert size["Hub"] > size["Blad"]                   # no influence: more links, bigger


def test_colour_palettes_and_options():
    graph = network(actor("A", "Anna", level="partnership", sector="civil", spaces=["learning"]),
                    actor("B", "Anna", "Bo", level="network", spaces=["learning", "meeting"]))
    page, _ = page_of(graph, color="space", lang="en")
    assert page["color"] == "space"
    space = {e["key"]: e["count"] for e in page["palettes"]["space"]}
    assert space["learning"] == 1 and space["several"] == 1 and space["performative"] == 0
    staff_palette = {e["label"]: e["count"] for e in page["palettes"]["staff"]}
    assert staff_palette["Anna"] == 1 and staff_palette["several staff members"] == 1
    level = page["palettes"]["level"]
    assert level[0]["key"] == "partnership" and level[0]["background"] == "#08519c"
    with pytest.raises(MapOptionError):
        build_map(graph, layout="tree")
    with pytest.raises(MapOptionError):
        build_map(graph, color="mood")


def test_guides_draw_the_rings_and_the_quadrants(sample):
    circle, _ = page_of(sample.graph)
    labels = [r["label"] for r in circle["guides"]["rings"]]
    assert labels == ["Partnerskab · 45", "Samarbejde · 88", "Netværk · 164", "Ukendt niveau · 3"]
    graph = network(actor("Kun læring", "Anna", spaces=["learning"], level="network"))
    spaces, _ = page_of(graph, layout="spaces")
    areas = {a["key"]: a for a in spaces["guides"]["areas"]}
    assert areas["learning"]["empty"] is False
    assert areas["learning"]["lines"][0]["text"] == "1 aktør"   # ngettext: one actor (was "1 aktører")
    assert areas["performative"]["empty"] is True
    assert areas["performative"]["lines"] == [{"text": "ingen aktører"}]


def test_english_texts(sample):
    page, html = page_of(sample.graph, lang="en")
    assert '<html lang="en">' in html
    assert "Showing 300 of 300 actors" in html
    assert page["labels"]["spaces"]["learning"] == "Learning space"


def test_writing_five_thousand_actors(tmp_path):
    import random

    rng = random.Random(5)
    graph = network(*[actor(f"Aktør {i}", f"M{i % 60}", level=rng.choice(["network", "cooperation", "partnership"]),
                            spaces=rng.sample(["learning", "meeting", "inspiration", "performative"], rng.randint(0, 2)),
                            groups=rng.sample(["børn", "unge", "ældre"], rng.randint(0, 2)))
                      for i in range(5000)])
    # the time it takes is bench/run.py's business; here: every actor is on the page
    html = write_map(tmp_path / "stort.html", graph).read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="netkort-data" type="application/json">(.*?)</script>', html,
                                re.S).group(1))
    assert sum(1 for n in data["nodes"] if n["kind"] == "actor") == 5000


def test_cli_writes_the_map(runner, tmp_path):
    out = tmp_path / "kort.html"
    result = runner.invoke(cli, ["map", str(MAIN), "-o", str(out), "--layout", "spaces", "--color", "sector"])
    assert result.exit_code == 0, result.output
    assert f"Skrev {out}" in result.output
    assert "Bibliotekets fire rum" in out.read_text(encoding="utf-8")


def test_cli_danish_alias_english_and_public(runner, tmp_path):
    out = tmp_path / "map.html"
    result = runner.invoke(cli, ["kort", str(MAIN), "-o", str(out), "--public", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output
    html = out.read_text(encoding="utf-8")
    assert "Public version" in html and "Private person" in html


def test_cli_rejects_an_unknown_layout(runner, tmp_path):
    result = runner.invoke(cli, ["map", str(MAIN), "-o", str(tmp_path / "k.html"), "--layout", "tree"])
    assert result.exit_code == 2
    assert result.output == "netkort: --layout 'tree' kendes ikke. Brug en af: circle, spaces, force.\n"
    assert not (tmp_path / "k.html").exists()


def test_big_maps_draw_network_lines_thin_and_solid_and_say_so():
    small = build_map(network(*(actor(f"A{i}", "Bo", level="network") for i in range(10))))
    assert small.styles["thin"] is False
    assert small.styles["lines"]["network"]["dashes"] == [7, 6]
    assert small.texts["line_network"] == "Netværk (stiplet)"
    # two staff per actor: more lines than DASH_LIMIT, where Chromium's dashes cost seconds a frame
    big = build_map(network(*(actor(f"A{i}", "Bo", "Mette", level="network") for i in range(2100))))
    assert len(big.edges) > 4000 and big.styles["thin"] is True
    assert big.styles["lines"]["network"]["dashes"] is False
    assert big.texts["line_network"] == "Netværk (tynd)"
    assert "tynde hele linjer" in render_map(big)


def test_a_private_persons_place_on_a_public_map_does_not_depend_on_the_hidden_name():
    def place(hidden_name):
        graph = network(actor("Åby Roklub", "Bo", level="network"), actor("Næsby Skole", "Bo", level="network"),
                        actor(hidden_name, "Bo", level="network", type="borger"))
        data = build_map(graph, public=True)
        person = next(n for n in data.nodes if n["name"] == "Privatperson")
        return person["x"], person["y"]

    assert place("Aage Andersen") == place("Ørn Østergaard")


def test_staff_filter_is_in_danish_order():
    graph = network(*(actor(f"A{i}", person, level="network")
                      for i, person in enumerate(["Åse", "Ørn", "Ærbar", "Zenia", "Anna"])))
    staff_facet = next(f for f in build_map(graph).facets if f["name"] == "staff")
    assert [o["label"] for o in staff_facet["options"]] == ["Anna", "Zenia", "Ærbar", "Ørn", "Åse"]
