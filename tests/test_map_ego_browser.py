"""The ego view on the map: "Vis kun nærmeste" (issue 15, part 4).

A coordinator opens an actor's or a staff member's details, chooses one or two steps
and sees only that node and its nearest, in rings around it; the list shows the same
nodes with their step; a link (kort.html#aktor=12&trin=2) opens the same view; Escape or
"Vis hele kortet" goes back. Every node set is checked against networkx's ego graph of
the same graph without the library (the library is no step), and every path is walked
the way a person walks it: by keyboard, by mouse, at 320 pixels, with axe-core watching.
"""

from __future__ import annotations

import networkx as nx
import pytest
from a11y import violations
from conftest import SAMPLES
from handbuilt import actor, network

from netkort.graph import LIBRARY, actors, staff
from netkort.map import _node_order, ego_nodes, write_map
from netkort.network import load
from netkort.privacy import public_names
from netkort.text import by_name

pytestmark = pytest.mark.browser

MAIN = SAMPLES / "hovedbibliotek.xlsx"
READY = "() => document.documentElement.dataset.ready === 'true'"
SHOWN = "() => netkort.data.nodes.filter(n => !nodes.get(n.id).hidden).map(n => n.id)"


@pytest.fixture(scope="module")
def sample():
    return load([MAIN]).graph


@pytest.fixture(scope="module")
def maps(sample, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ego-maps")
    return {"da": write_map(folder / "kort.html", sample),
            "en": write_map(folder / "map.html", sample, lang="en"),
            "spaces": write_map(folder / "rum.html", sample, layout="spaces"),
            "public": write_map(folder / "offentlig.html", sample, public=True)}


def open_map(page, path, fragment="", width=1280, height=800):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_function(READY)
    return page


def page_ids(graph) -> dict[str, int]:
    """The page's node numbers, as netkort.map numbers them: library, staff, actors."""
    return {node: i for i, node in enumerate(_node_order(graph))}


def nearest(graph, node: str, steps: int) -> set[str]:
    """networkx's ego graph around ``node`` in the graph without the library."""
    rest = graph.copy()
    rest.remove_node(LIBRARY)
    return set(nx.ego_graph(rest, node, radius=steps))


def named(graph, name: str) -> str:
    return next(n for n, value in graph.nodes(data="name") if value == name)


def shown(page, graph) -> set[str]:
    back = {i: node for node, i in page_ids(graph).items()}
    return {back[i] for i in page.evaluate(SHOWN)}


def focused(page) -> str:
    return page.evaluate("""() => { const e = document.activeElement;
        return e.id ? '#' + e.id : e.dataset.id ? 'row:' + e.textContent : e.tagName.toLowerCase(); }""")


# --- the rule: a step goes through staff and relations, never through the library -----------------

def test_ego_nodes_of_a_handbuilt_network():
    graph = network(actor("Musikskolen", "Mette"), actor("Roklubben", "Mette"), actor("Kirken", "Ole"),
                    actor("Spejderne"), actor("Skolen", "Ole"), actor("Foreningen"),
                    relations=(("Musikskolen", "Kirken"), ("Kirken", "Foreningen")))
    names = {node: graph.nodes[node]["name"] for node in graph}

    def around(name, steps):
        return {names[n]: step for n, step in ego_nodes(graph, named(graph, name), steps).items()}

    assert around("Musikskolen", 1) == {"Musikskolen": 0, "Mette": 1, "Kirken": 1}
    assert around("Musikskolen", 2) == {"Musikskolen": 0, "Mette": 1, "Kirken": 1, "Roklubben": 2,
                                        "Ole": 2, "Foreningen": 2}
    # a staff member's step 1 is the actors they hold; the library links nobody
    assert around("Mette", 1) == {"Mette": 0, "Musikskolen": 1, "Roklubben": 1}
    assert around("Spejderne", 2) == {"Spejderne": 0}
    with pytest.raises(ValueError, match="steps must be one of"):
        ego_nodes(graph, named(graph, "Mette"), 3)


def test_ego_nodes_are_networkx_ego_graphs_without_the_library(sample):
    for node in staff(sample) + actors(sample):
        for steps in (1, 2):
            assert set(ego_nodes(sample, node, steps)) == nearest(sample, node, steps), (node, steps)


# --- from the details panel, by keyboard ------------------------------------------------------------

def test_search_enter_nearest_the_list_shows_the_nearest_and_one_escape_leaves(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    centre = named(sample, "Musikskolen Torup")
    near = nearest(sample, centre, 1)
    page.focus("#search")
    page.keyboard.type("Musikskolen Tor")
    page.keyboard.press("Enter")
    page.focus("#ego-show")
    page.keyboard.press("Enter")
    page.click("#tab-list")
    rows = page.eval_on_selector_all("#list tbody th", "cells => cells.map(c => c.textContent)")
    assert sorted(rows, key=by_name) == sorted((sample.nodes[n]["name"] for n in near), key=by_name)
    assert page.text_content("#list-caption") == f"Nærmeste omkring Musikskolen Torup · {len(near)}"
    assert page.text_content("#count") == (
        f"Viser {sum(1 for n in near if sample.nodes[n]['kind'] == 'actor')} af 300 aktører")
    page.keyboard.press("Escape")                          # the details close
    assert page.is_hidden("#panel") and page.is_visible("#ego")
    # a search typed inside the ego view: one Escape leaves the view, not the text first
    page.focus("#search")
    page.keyboard.type("skole")
    page.keyboard.press("Escape")
    assert page.is_hidden("#ego") and shown(page, sample) == set(sample)
    assert page.evaluate("location.hash") == ""
    assert page.errors == []



def test_keyboard_only_details_nearest_two_steps_and_back(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    centre = named(sample, "Musikskolen Åby")
    everyone = set(sample)
    page.focus("#search")
    page.keyboard.type("Musikskolen Åby")
    page.keyboard.press("Enter")
    assert focused(page) == "#panel-name"
    for _ in range(40):                                    # Tab through the panel to the steps
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "panel-steps":
            break
    page.keyboard.press("ArrowRight")                      # 2 trin
    page.keyboard.press("Tab")
    assert focused(page) == "#ego-show" and page.text_content("#ego-show") == "Vis kun nærmeste"
    page.keyboard.press("Enter")
    expected = nearest(sample, centre, 2)
    assert shown(page, sample) == expected
    assert len(expected) == 102
    # the live region says it, the bar above the map names it, the address carries it
    assert page.text_content("#count-change") == "Viser Musikskolen Åby og 101 nærmeste (2 trin)."
    assert page.text_content("#ego-title") == "Nærmeste omkring Musikskolen Åby"
    ones = len(nearest(sample, centre, 1)) - 1
    assert page.text_content("#ego-rings") == f"1 trin: {ones} · 2 trin: {101 - ones}"
    assert page.evaluate("location.hash") == f"#aktor={page_ids(sample)[centre]}&trin=2"
    assert focused(page) == "#ego-show"                    # focus stays where the person is
    assert page.get_attribute("#map", "aria-label") == "Netværkskort: nærmeste omkring Musikskolen Åby"
    # the search chose the centre; its text no longer filters: the list shows the nearest
    assert page.input_value("#search") == "" and page.text_content("#search-status") == ""
    assert page.evaluate("netkort.listRows().length") == 102
    actors_near = sum(1 for n in expected if sample.nodes[n]["kind"] == "actor")
    assert page.text_content("#count") == f"Viser {actors_near} af 300 aktører"
    page.keyboard.press("Escape")                          # first the details close ...
    assert page.is_hidden("#panel") and focused(page) == "#search"
    assert shown(page, sample) == expected
    page.keyboard.press("Escape")                          # ... then the whole map is back
    assert shown(page, sample) == everyone
    assert page.is_hidden("#ego") and focused(page) == "#search"
    assert page.text_content("#count-change") == "Viser hele kortet."
    assert page.evaluate("location.hash") == ""
    assert page.errors == [] and page.requests == []


def test_one_step_around_a_staff_member_and_the_button_back(offline_page, maps, sample):
    offline_page.emulate_media(reduced_motion="reduce")   # no animation: the view is where it goes
    page = open_map(offline_page, maps["da"])
    member = named(sample, "Camilla Brix")
    page.evaluate(f"() => netkort.select({page_ids(sample)[member]})")
    before = page.evaluate("[network.getViewPosition(), network.getScale()]")
    page.click("#ego-show")                                # 1 trin is the default
    expected = nearest(sample, member, 1)
    assert shown(page, sample) == expected
    held = sum(1 for a in sample.neighbors(member) if sample.nodes[a]["kind"] == "actor")
    assert len(expected) == held + 1
    assert page.text_content("#count-change") == f"Viser Camilla Brix og {held} nærmeste (1 trin)."
    # laid out around her: the centre in the middle, the others on one ring
    places = page.evaluate("() => netkort.data.nodes.filter(n => !nodes.get(n.id).hidden)"
                           ".map(n => [n.id, nodes.get(n.id)])")
    ring = page.evaluate("netkort.ego().radius")
    assert len(ring) == 1
    for node_id, p in places:
        if node_id == page_ids(sample)[member]:
            assert (p["x"], p["y"], p["label"]) == (0, 0, "")   # its name is drawn under it
        else:
            assert (p["x"] / ring[0]["x"]) ** 2 + (p["y"] / ring[0]["y"]) ** 2 == pytest.approx(1, abs=0.01)
    page.click("#ego-leave")
    assert shown(page, sample) == set(sample)
    assert focused(page) == "#ego-show"                    # back where the ego view was opened
    # every node back in its place, with its label, and the view as it was
    moved = page.evaluate("""() => netkort.data.nodes.filter(n => {
        const p = nodes.get(n.id); return p.x !== n.x || p.y !== n.y || p.label !== n.label; }).length""")
    assert moved == 0
    after = page.evaluate("[network.getViewPosition(), network.getScale()]")
    assert after[1] == pytest.approx(before[1]) and after[0]["x"] == pytest.approx(before[0]["x"])


def test_switching_steps_in_the_bar_and_walking_to_a_neighbour(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    ids = page_ids(sample)
    centre = named(sample, "Musikbyen Åby Havn")
    page.evaluate(f"() => netkort.select({ids[centre]})")
    page.click("#ego-show")
    page.check('input[name="ego-steps"][value="2"]')
    assert shown(page, sample) == nearest(sample, centre, 2)
    assert page.evaluate("location.hash") == f"#aktor={ids[centre]}&trin=2"
    # a neighbour's own panel: "Vis kun nærmeste" centres on the neighbour
    holder = next(s for s in sample.neighbors(centre) if sample.nodes[s]["kind"] == "staff")
    page.click(f'#panel-fields button.link:text-is("{sample.nodes[holder]["name"]}")')
    page.click("#ego-show")
    assert shown(page, sample) == nearest(sample, holder, 1)
    assert page.evaluate("location.hash") == f"#aktor={ids[holder]}&trin=1"
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")                          # back to the map before the first ego view
    assert shown(page, sample) == set(sample)
    assert page.evaluate("document.querySelectorAll('#map canvas').length") == 1


# --- the list follows --------------------------------------------------------------------------------

def test_the_list_shows_exactly_the_ego_set_with_its_steps(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    centre = named(sample, "Musikskolen Ravnsø")
    steps = ego_nodes(sample, centre, 2)
    page.evaluate(f"() => netkort.enterEgo({page_ids(sample)[centre]}, 2)")
    page.click("#tab-list")
    assert page.is_visible('th:has(button[data-sort="steps"])')
    assert page.text_content("#list-caption") == f"Nærmeste omkring Musikskolen Ravnsø · {len(steps)}"
    rows = []
    while True:
        rows += page.eval_on_selector_all("#list tbody tr", "rows => rows.map(r => "
                                          "[r.querySelector('th').textContent, r.querySelector('td').textContent])")
        if not page.is_enabled("#page-next"):
            break
        page.click("#page-next")
    expected = sorted(((sample.nodes[n]["name"], "Midten" if s == 0 else str(s)) for n, s in steps.items()),
                      key=lambda row: (row[1] != "Midten", row[1], by_name(row[0])))
    assert [tuple(row) for row in rows] == expected        # by step, then by name; staff rows too
    kinds = page.eval_on_selector_all("#list tbody tr", "rows => rows.map(r => r.children[3].textContent)")
    assert "Medarbejder" in kinds
    page.keyboard.press("Escape")
    assert page.is_hidden('th:has(button[data-sort="steps"])')
    assert page.text_content("#list-caption") == f"Aktører på kortet · {len(actors(sample))}"


# --- filters and search inside the ego view ----------------------------------------------------------

def test_filters_and_search_intersect_with_the_ego_view(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    centre = named(sample, "Musikskolen Åby")
    near = nearest(sample, centre, 2)
    page.evaluate(f"() => netkort.enterEgo({page_ids(sample)[centre]}, 2)")
    page.uncheck('input[data-facet="level"][value="network"]')
    page.wait_for_function("() => document.getElementById('count-change').textContent === "
                           "'Skjuler netværk (Relation).'")
    kept = {n for n in near if n == centre or sample.nodes[n]["kind"] == "staff"
            or sample.nodes[n].get("level") != "network"}
    assert shown(page, sample) == kept
    assert page.text_content("#ego-rings") == "1 trin: {} · 2 trin: {}".format(
        *(sum(1 for n, s in ego_nodes(sample, centre, 2).items() if s == k and n in kept) for k in (1, 2)))
    # the search finds only what is shown, and says why the rest is missing
    page.fill("#search", "skole")
    found = sorted((sample.nodes[n]["name"] for n in kept if "skole" in sample.nodes[n]["name"].lower()),
                   key=by_name)
    everywhere = sum(1 for n in sample if "skole" in sample.nodes[n]["name"].lower())
    assert 0 < len(found) <= 12
    assert sorted(page.locator("#matches li").all_text_contents(), key=by_name) == found
    assert page.text_content("#search-status").endswith(
        f"{everywhere - len(found)} skjult af filtrene eller uden for de nærmeste.")
    page.fill("#search", "")
    page.click("#ego-leave")                               # leaving keeps the filter the person chose
    assert page.text_content("#count").startswith(
        f"Viser {sum(1 for a in actors(sample) if sample.nodes[a].get('level') != 'network')} af 300")


# --- the link: #aktor=ID&trin=N ----------------------------------------------------------------------

@pytest.mark.parametrize("fragment", ["#aktør={id}&trin=2", "#akt%C3%B8r={id}&trin=2", "#aktor={id}&trin=2",
                                      "#actor={id}&steps=2", "#TRIN=2&Aktor={id}"])
def test_the_address_opens_the_ego_view(offline_page, maps, sample, fragment):
    centre = named(sample, "Musikskolen Torup")
    number = page_ids(sample)[centre]
    page = open_map(offline_page, maps["da"], fragment.format(id=number))
    assert shown(page, sample) == nearest(sample, centre, 2)
    assert page.is_visible("#ego") and page.text_content("#notice") == ""
    assert page.evaluate("location.hash") == f"#aktor={number}&trin=2"   # one spelling, plain ASCII
    assert page.errors == []


def test_the_english_page_writes_actor_and_steps(offline_page, maps, sample):
    centre = named(sample, "Musikskolen Torup")
    number = page_ids(sample)[centre]
    page = open_map(offline_page, maps["en"], f"#actor={number}")
    assert shown(page, sample) == nearest(sample, centre, 1)   # one step when none is given
    assert page.evaluate("location.hash") == f"#actor={number}&steps=1"
    assert page.text_content("#count-change") == (
        f"Showing Musikskolen Torup and {len(nearest(sample, centre, 1)) - 1} nearest (1 step).")
    page.click("#ego-leave")
    assert page.text_content("#count-change") == "Showing the whole map."


def test_editing_the_address_follows_it(offline_page, maps, sample):
    ids = page_ids(sample)
    page = open_map(offline_page, maps["da"])
    one, two = named(sample, "Musikskolen Torup"), named(sample, "Camilla Brix")
    page.evaluate(f"() => {{ location.hash = 'aktor={ids[one]}&trin=1'; }}")
    page.wait_for_function(f"() => netkort.ego() && netkort.ego().centre === {ids[one]}")
    assert shown(page, sample) == nearest(sample, one, 1)
    page.evaluate(f"() => {{ location.hash = 'aktor={ids[two]}&trin=2'; }}")
    page.wait_for_function(f"() => netkort.ego().centre === {ids[two]}")
    assert shown(page, sample) == nearest(sample, two, 2)
    page.evaluate("() => { location.hash = ''; }")
    page.wait_for_function("() => netkort.ego() === null")
    assert shown(page, sample) == set(sample)


BAD_ID = "Linket i adressen peger på en aktør, som ikke findes på dette kort. Hele kortet vises."
BAD_STEPS = ("Linket i adressen beder om et antal trin, kortet ikke kan vise (kun 1 eller 2). "
             "Hele kortet vises.")
BAD = "Adressen efter # kunne ikke læses som et link til en aktør. Hele kortet vises."
LIBRARY_CENTRE = "Biblioteket selv kan ikke være centrum; vælg en aktør eller en medarbejder."


HOSTILE = [
    ("#aktor=99999&trin=1", BAD_ID),
    ("#aktor=0&trin=1", LIBRARY_CENTRE),                  # the library: not a centre, and it says so
    ("#aktor=00&trin=2", LIBRARY_CENTRE),
    ("#aktor=-3", BAD_ID),
    ("#aktor=1e1", BAD_ID),
    ("#aktor=constructor", BAD_ID),
    ("#aktor=12&trin=9", BAD_STEPS),
    ("#aktor=12&trin=0", BAD_STEPS),
    ("#aktor=12&trin=", BAD_STEPS),
    ("#aktor=12&trin=2&aktor=13", BAD),
    ("#<img src=x onerror=window.pwned=1>", BAD),
    ("#aktor=<img src=x onerror=window.pwned=1>", BAD_ID),
    ("#aktor=%3Cscript%3Ewindow.pwned=1%3C/script%3E", BAD_ID),
    ("#javascript:window.pwned=1", BAD),
    ("#__proto__=1", BAD),
    ("#%E0%A4%A", BAD),
    ("#" + "a" * 5000, BAD),
]


def nothing_happened(page, sample, notice):
    assert page.text_content("#notice") == notice
    assert page.get_attribute("#notice", "role") == "status"
    assert shown(page, sample) == set(sample) and page.is_hidden("#ego")
    assert page.evaluate("location.hash") == ""           # the bad link is not kept, nor copied on
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0 and page.locator("script").count() == 3
    assert page.errors == [] and page.requests == []


@pytest.mark.parametrize(("fragment", "notice"), [HOSTILE[0], HOSTILE[1], HOSTILE[6], HOSTILE[10], HOSTILE[15]])
def test_a_hostile_or_broken_address_does_nothing_but_say_so(offline_page, maps, sample, fragment, notice):
    nothing_happened(open_map(offline_page, maps["da"], fragment), sample, notice)


def test_every_hostile_address_typed_into_an_open_page(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    for fragment, notice in HOSTILE:
        page.evaluate("() => { document.getElementById('notice').textContent = ''; }")
        page.evaluate("fragment => { location.hash = fragment; }", fragment)
        page.wait_for_function("() => document.getElementById('notice').textContent !== ''")
        nothing_happened(page, sample, notice)


def test_the_english_page_says_the_library_is_no_centre(offline_page, maps):
    page = open_map(offline_page, maps["en"], "#actor=0")
    assert page.text_content("#notice") == (
        "The library itself cannot be the centre; choose an actor or a staff member.")
    assert page.is_hidden("#ego") and page.errors == []


def test_copy_link_inside_a_notebook_gives_the_fragment_and_says_where_it_works(offline_page, maps, sample):
    """A notebook shows the map in an iframe srcdoc: its address is about:srcdoc, no link to anyone."""
    page = offline_page
    page.set_viewport_size({"width": 1280, "height": 900})
    html = maps["da"].read_text(encoding="utf-8")
    page.set_content("<!doctype html><title>notesbog</title><iframe style='width:1200px;height:850px'></iframe>")
    page.eval_on_selector("iframe", "(frame, html) => { frame.srcdoc = html; }", html)
    page.wait_for_function("() => { const d = document.querySelector('iframe').contentDocument; "
                           "return !!d && !!d.documentElement && d.documentElement.dataset.ready === 'true'; }")
    frame = page.frames[1]
    assert frame.evaluate("location.href") == "about:srcdoc"
    number = page_ids(sample)[named(sample, "Musikskolen Åby")]
    frame.evaluate(f"() => netkort.select({number})")
    frame.click("#panel-copy")
    frame.wait_for_function("() => document.querySelector('#panel-ego .copied').textContent !== ''")
    assert frame.input_value("#panel-link") == f"#aktor={number}&trin=1"
    # the iframe may not write to the clipboard: the fragment stands selected in the field
    assert frame.text_content("#panel-ego .copied") == (
        "Linket står markeret i feltet: kopiér det med Ctrl+C (Cmd+C på Mac). Linket virker i kortets "
        f"html-fil, fx kort.html: tilføj #aktor={number}&trin=1 til adressen.")
    assert frame.evaluate("() => { const f = document.getElementById('panel-link'); "
                          "return f.value.slice(f.selectionStart, f.selectionEnd); }") == f"#aktor={number}&trin=1"
    frame.click("#ego-show")                               # the view itself works inside the notebook
    assert frame.is_visible("#ego")
    assert page.errors == []


def test_an_anchor_of_the_page_is_no_bad_link(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"], "#filters-title")
    assert page.text_content("#notice") == "" and shown(page, sample) == set(sample)


def test_copy_link_puts_the_address_on_the_clipboard(offline_page, maps, sample):
    page = offline_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_map(page, maps["da"])
    centre = named(sample, "Musikskolen Åby")
    number = page_ids(sample)[centre]
    page.evaluate(f"() => netkort.select({number})")
    page.check('input[name="panel-steps"][value="2"]')
    page.click("#panel-copy")
    link = maps["da"].resolve().as_uri() + f"#aktor={number}&trin=2"
    page.wait_for_function("() => document.querySelector('#panel-ego .copied').textContent !== ''")
    assert page.text_content("#panel-ego .copied") == "Linket er kopieret."
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert page.input_value("#panel-link") == link
    # the link opens the same view, in a new tab
    other = page.context.new_page()
    other.goto(link)
    other.wait_for_function(READY)
    assert shown(other, sample) == nearest(sample, centre, 2)
    other.close()


def test_copy_link_without_a_clipboard_selects_it_in_a_field(offline_page, maps, sample):
    page = open_map(offline_page, maps["da"])
    number = page_ids(sample)[named(sample, "Musikskolen Åby")]
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('no')); }")
    page.evaluate(f"() => netkort.enterEgo({number}, 1)")
    page.click("#ego-copy")
    page.wait_for_function("() => document.querySelector('#ego .copied').textContent !== ''")
    assert page.text_content("#ego .copied") == (
        "Linket står markeret i feltet: kopiér det med Ctrl+C (Cmd+C på Mac).")
    assert focused(page) == "#ego-link"
    assert page.evaluate("() => { const f = document.getElementById('ego-link'); "
                         "return f.value.slice(f.selectionStart, f.selectionEnd); }").endswith(f"#aktor={number}&trin=1")


def test_a_public_page_opens_by_number_and_names_nobody_private(offline_page, maps, sample):
    hidden = next(a for a, label in public_names(sample.nodes(data=True), "da").items() if label == "Privatperson")
    number = page_ids(sample)[hidden]
    page = open_map(offline_page, maps["public"], f"#aktor={number}&trin=1")
    assert shown(page, sample) == nearest(sample, hidden, 1)
    title = page.text_content("#ego-title")
    assert title == "Nærmeste omkring Privatperson"
    assert sample.nodes[hidden]["name"] not in page.content()
    assert page.evaluate("location.href").endswith(f"#aktor={number}&trin=1")


# --- axe-core: nothing to fix in the ego view ----------------------------------------------------------

@pytest.mark.parametrize(("variant", "width", "height"), [("da", 1280, 800), ("da", 320, 640),
                                                           ("en", 320, 640), ("spaces", 1280, 800)])
def test_axe_finds_nothing_in_the_ego_view(offline_page, maps, sample, variant, width, height):
    number = page_ids(sample)[named(sample, "Musikskolen Åby")]
    page = open_map(offline_page, maps[variant], f"#aktor={number}&trin=2", width, height)
    found = {"ego view": violations(page)}
    page.evaluate(f"() => netkort.select({number})")
    page.click("#panel-copy")
    found["panel and link"] = violations(page)
    page.keyboard.press("Escape")
    page.click("#ego-copy")
    page.click("#tab-list")
    found["list and link"] = violations(page)
    assert {state: v for state, v in found.items() if v} == {}
    if width == 320:
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width
        assert page.locator("#ego-leave").bounding_box()["x"] + page.locator("#ego-leave").bounding_box()["width"] <= width


# --- the rings leave room for the centre's name and the step-1 names, whatever the panel takes --------

LABEL_BOX = """() => {
    // the centre's name as drawEgoRings draws it: 15 px bold under the node, on a white box
    const e = netkort.ego(), s = network.getScale(), node = netkort.data.nodes[e.centre];
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '700 15px ' + getComputedStyle(document.body).fontFamily;
    const name = node.name.length > 40 ? node.name.slice(0, 39) + '…' : node.name;
    const half = (ctx.measureText(name).width / 2 + 6) / s, top = node.size + 8 / s - 0.15 * 15 / s;
    return {x0: -half, x1: half, y0: top, y1: top + 21 / s};
}"""
RING_ONE = """() => { const e = netkort.ego();
    return e.rings[0].map(id => { const p = nodes.get(id), n = netkort.data.nodes[id];
        return {id: id, name: n.name, x: p.x, y: p.y, size: n.size, drawn: netkort.egoNames()[id]}; }); }"""


@pytest.fixture(scope="module")
def torup(tmp_path_factory):
    """The new user's map: Musikskolen i Torup, two steps out, six nodes."""
    graph = network(actor("Musikskolen i Torup", "Anne Holm", level="partnership"),
                    actor("Teatret Momentum", "Carla Ness"), actor("Børne- og Ungeforvaltningen", "Anne Holm"),
                    actor("Torup Gymnasium", "Anne Holm"), actor("Torup Kommune, Kultur"),
                    actor("Torup Avis", "Dorte Bang"), actor("Torup Idrætsforening", "Dorte Bang"),
                    relations=(("Musikskolen i Torup", "Teatret Momentum"),
                               ("Teatret Momentum", "Torup Kommune, Kultur")))
    return write_map(tmp_path_factory.mktemp("torup") / "kort.html", graph)


def open_from_the_panel(page, name, steps):
    page.focus("#search")
    page.keyboard.type(name)
    page.keyboard.press("Enter")                           # the details panel is open ...
    page.check(f'input[name="panel-steps"][value="{steps}"]')
    page.click("#ego-show")                                # ... and stays open over the map
    assert page.is_visible("#panel")
    page.wait_for_function("() => Object.keys(netkort.egoNames()).length > 0")
    return page.evaluate(LABEL_BOX), page.evaluate(RING_ONE)


def clear_of(box, ring):
    """No step-1 node's dot meets the box of the centre's name."""
    for node in ring:
        near_x = min(max(node["x"], box["x0"]), box["x1"])
        near_y = min(max(node["y"], box["y0"]), box["y1"])
        assert (node["x"] - near_x) ** 2 + (node["y"] - near_y) ** 2 > node["size"] ** 2, node["name"]


def in_free_part(page, ring):
    """Every step-1 node stands in the part of the map the panel leaves free."""
    left, right, top, bottom = page.evaluate("""() => { const m = document.getElementById('map').getBoundingClientRect();
        const p = document.getElementById('panel').getBoundingClientRect();
        return [m.left, Math.min(m.right, p.left), m.top, m.bottom]; }""")
    for node in ring:
        at = page.evaluate("p => network.canvasToDOM(p)", {"x": node["x"], "y": node["y"]})
        assert left < left + at["x"] < right and top < top + at["y"] < bottom, node["name"]


@pytest.mark.parametrize(("steps", "width"), [(2, 1280), (1, 1280), (2, 1440), (1, 1440)])
def test_few_rings_opened_from_the_panel_show_whole_names_clear_of_the_centre(offline_page, torup, steps, width):
    page = open_map(offline_page, torup, width=width, height=900)
    box, ring = open_from_the_panel(page, "Musik", steps)
    assert sorted(node["name"] for node in ring) == ["Anne Holm", "Teatret Momentum"]
    clear_of(box, ring)
    # the step-1 names are drawn whole, not cut to "Teatre…"
    assert {node["name"]: node["drawn"] for node in ring} == {node["name"]: node["name"] for node in ring}
    in_free_part(page, ring)
    assert page.errors == []


@pytest.mark.parametrize(("name", "steps", "width"), [
    ("Åby Kommune, Kultur og Fritid", 2, 1280), ("Brætspilsforeningen Torup", 2, 1280),
    ("Brætspilsforeningen Torup", 1, 1280), ("Regionshospitalet Søholm", 2, 1100)])
def test_crowded_rings_opened_from_the_panel_clear_the_centres_name(offline_page, maps, name, steps, width):
    page = open_map(offline_page, maps["da"], width=width, height=800)
    box, ring = open_from_the_panel(page, name, steps)
    clear_of(box, ring)
    in_free_part(page, ring)
    assert page.errors == []
