"""The map page in headless Chromium: offline, searchable, filterable, and safe with hostile names.

Every test opens a page written by netkort with all network requests blocked
and recorded (``offline_page`` in conftest.py) and checks what a person sees.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.graph import actors
from netkort.map import write_map
from netkort.network import load

pytestmark = pytest.mark.browser

MAIN = SAMPLES / "hovedbibliotek.xlsx"
HOSTILE_NAME = "<img src=x onerror=document.title='x'>"
HOSTILE_SCRIPT = "</script><script>document.title='y'</script>"
# Predicates are arrow functions: the page's CSP forbids eval, which Playwright uses for bare expressions.
READY = "() => document.documentElement.dataset.ready === 'true'"


CENTRED = """() => { const id = network.getSelectedNodes()[0], map = document.getElementById('map');
    const p = network.canvasToDOM(network.getPositions([id])[id]);
    const free = map.clientWidth - document.getElementById('panel').offsetWidth;
    return Math.abs(p.x - free / 2) < 2 && Math.abs(p.y - map.clientHeight / 2) < 2; }"""


@pytest.fixture(scope="module")
def sample():
    return load([MAIN]).graph


@pytest.fixture(scope="module")
def pages(sample, tmp_path_factory):
    folder = tmp_path_factory.mktemp("maps")
    return {layout: write_map(folder / f"{layout}.html", sample, layout)
            for layout in ("circle", "spaces", "force")}


def open_map(page, path):
    page.console = []
    page.on("console", lambda message: page.console.append(message.text))
    page.goto(path.resolve().as_uri())
    page.wait_for_function(READY)
    return page


def visible_names(page) -> set[str]:
    return set(page.evaluate("""netkort.data.nodes
        .filter(n => n.kind === 'actor' && !nodes.get(n.id).hidden).map(n => n.name)"""))


@pytest.mark.parametrize("layout", ["circle", "spaces", "force"])
def test_map_opens_offline_and_draws_every_node(offline_page, pages, sample, layout):
    page = open_map(offline_page, pages[layout])
    assert page.requests == []
    assert page.errors == []
    assert not [m for m in page.console if "Content Security Policy" in m or "Refused" in m]
    assert page.evaluate("nodes.length") == sample.number_of_nodes()
    assert page.evaluate("edges.length") == sample.number_of_edges()
    assert page.evaluate("Object.keys(network.getPositions()).length") == sample.number_of_nodes()
    assert page.text_content("#count") == "Viser 300 af 300 aktører"
    assert page.evaluate("document.querySelector('#map canvas').width") > 0


def test_search_selects_and_centres_a_node(offline_page, pages):
    page = open_map(offline_page, pages["circle"])
    page.fill("#search", "roklub")                      # part of a name, any case
    items = page.locator("#matches li")
    assert items.first.text_content() == "Åby Roklub"
    page.press("#search", "Enter")
    page.wait_for_function("() => network.getSelectedNodes().length === 1")
    selected = page.evaluate("netkort.data.nodes[network.getSelectedNodes()[0]].name")
    assert selected == "Åby Roklub"
    assert page.is_visible("#panel")
    assert page.text_content("#panel-name") == "Åby Roklub"
    # the view moves until the node sits in the middle of the map beside the panel
    page.wait_for_function(CENTRED)


def test_search_list_is_keyboard_friendly(offline_page, pages):
    page = open_map(offline_page, pages["circle"])
    page.fill("#search", "aaby")                        # æøå folded: "aaby" finds "Åby"
    names = page.locator("#matches li").all_text_contents()
    assert len(names) > 3 and all("Åby" in name for name in names)
    page.press("#search", "ArrowDown")
    assert page.get_attribute("#match-1", "aria-selected") == "true"
    page.press("#search", "Enter")
    page.wait_for_function("() => network.getSelectedNodes().length === 1")
    assert page.text_content("#panel-name") == names[1]
    page.fill("#search", "ingen-som-hedder-sådan")
    assert page.text_content("#search-status") == "Ingen fundet."
    assert page.locator("#matches li").count() == 0


def test_level_filter_hides_the_right_nodes(offline_page, pages, sample):
    page = open_map(offline_page, pages["circle"])
    page.uncheck('input[data-facet="level"][value="network"]')
    expected = {sample.nodes[a]["name"] for a in actors(sample) if sample.nodes[a].get("level") != "network"}
    page.wait_for_function(f"() => document.getElementById('count').textContent === 'Viser {len(expected)} af 300 aktører'")
    assert visible_names(page) == expected
    page.click("#reset-filters")
    assert page.text_content("#count") == "Viser 300 af 300 aktører"


def test_filters_combine(offline_page, pages, sample):
    page = open_map(offline_page, pages["spaces"])
    page.click('button[data-none="space"]')
    page.check('input[data-facet="space"][value="learning"]')
    page.click('summary:has-text("Sektor")')
    page.uncheck('input[data-facet="sector"][value="public"]')
    page.uncheck('input[data-facet="sector"][value="private"]')
    expected = {sample.nodes[a]["name"] for a in actors(sample)
                if "learning" in sample.nodes[a].get("spaces", ()) and sample.nodes[a].get("sector") == "civil"}
    assert expected
    page.wait_for_function(f"() => document.getElementById('count').textContent === 'Viser {len(expected)} af 300 aktører'")
    assert visible_names(page) == expected


def test_staff_filter_keeps_that_staff_members_contacts(offline_page, pages, sample):
    page = open_map(offline_page, pages["circle"])
    member = next(s for s in sample if sample.nodes[s]["kind"] == "staff")
    name = sample.nodes[member]["name"]
    page.click('summary:has-text("Medarbejder")')
    page.click('button[data-none="staff"]')
    page.locator("label", has_text=name).locator('input[data-facet="staff"]').check()
    expected = {sample.nodes[a]["name"] for a in sample.neighbors(member) if sample.nodes[a]["kind"] == "actor"}
    page.wait_for_function(f"() => document.getElementById('count').textContent === 'Viser {len(expected)} af 300 aktører'")
    assert visible_names(page) == expected


def test_clicking_a_node_opens_its_details(offline_page, pages, sample):
    page = open_map(offline_page, pages["circle"])
    node = page.evaluate("netkort.data.nodes.find(n => n.name === 'Åby Roklub').id")
    point = page.evaluate(f"network.canvasToDOM(network.getPositions([{node}])[{node}])")
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("#panel:not([hidden])")
    assert page.text_content("#panel-name") == "Åby Roklub"
    terms = page.locator("#panel dt").all_text_contents()
    assert "Kontakt hos os" in terms and "Relation" in terms
    assert "E-mail" not in terms and "Telefon" not in terms and "Noter" not in terms
    page.click("#reset-view")
    assert page.is_hidden("#panel")
    assert page.evaluate("network.getSelectedNodes().length") == 0


def test_colour_switch_recolours_and_swaps_the_legend(offline_page, pages):
    page = open_map(offline_page, pages["circle"])
    assert page.is_visible('.legend-colors[data-color="level"]')
    page.select_option("#color-by", "sector")
    assert page.is_visible('.legend-colors[data-color="sector"]')
    assert page.is_hidden('.legend-colors[data-color="level"]')
    colour = page.evaluate("""(() => { const n = netkort.data.nodes.find(n => n.fields && n.fields.sector === 'civil');
        return nodes.get(n.id).color.background; })()""")
    assert colour == "#009e73"     # Okabe & Ito's bluish green


def test_hostile_names_stay_text(offline_page, tmp_path):
    path = make_xlsx(tmp_path / "ond.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation", "Målgrupper", "Type"],
        [HOSTILE_NAME, HOSTILE_SCRIPT, "partnerskab", HOSTILE_SCRIPT, HOSTILE_SCRIPT],
        ["Åby Roklub", "Mette Kjær", "netværk", "børn", "forening"]]})
    graph = load([path]).graph
    html_path = write_map(tmp_path / "kort.html", graph, details=True)
    page = open_map(offline_page, html_path)
    title = page.title()
    assert "document.title" not in title
    page.fill("#search", "<img")
    assert page.locator("#matches li").first.text_content() == HOSTILE_NAME
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.text_content("#panel-name") == HOSTILE_NAME
    page.wait_for_function(CENTRED)
    assert "document.title='y'" in page.text_content("#panel-fields")     # the staff name, as text
    node = page.evaluate(f"() => netkort.data.nodes.find(n => n.name === {HOSTILE_NAME!r}).id")
    point = page.evaluate(f"() => network.canvasToDOM(network.getPositions([{node}])[{node}])")
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("#tooltip:not([hidden])")
    assert page.text_content("#tooltip strong") == HOSTILE_NAME      # the tooltip is plain text
    assert page.title() == title
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.errors == [] and page.requests == []
    # the target group and the staff member reach the filters as text too
    labels = page.locator(".facet label").all_text_contents()
    assert any("document.title" in label for label in labels)


def test_english_page(offline_page, sample, tmp_path):
    page = open_map(offline_page, write_map(tmp_path / "map.html", sample, lang="en"))
    assert page.text_content("#count") == "Showing 300 of 300 actors"
    page.fill("#search", "zzzz-nobody")
    assert page.text_content("#search-status") == "No match."
    assert page.errors == [] and page.requests == []
