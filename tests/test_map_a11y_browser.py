"""The map page for people who cannot see the canvas or hold a mouse (issue 13).

Every test opens a map written by netkort in headless Chromium (offline, see
conftest.py) and follows a path a person takes: by keyboard from the search field to
an actor's details and back, through the filters to the list, across the map with
the arrow keys, at 320 CSS pixels and at 200 % zoom. axe-core checks every variant
of the page (WCAG 2.0/2.1 A and AA and best practice) and must find nothing. The
legend's colours are read off screenshots taken while Chromium simulates deuteranopia,
protanopia and achromatopsia, as scripts/map_a11y_screenshots.py photographs them.
"""

from __future__ import annotations

import base64
import itertools
import re

import pytest
from a11y import violations
from colour_vision import ciede2000, lab, seen
from conftest import SAMPLES
from handbuilt import actor, network

from netkort.contrast import contrast
from netkort.graph import actors, staff
from netkort.map import write_map
from netkort.network import load
from netkort.text import by_name

pytestmark = pytest.mark.browser

MAIN = SAMPLES / "hovedbibliotek.xlsx"
READY = "() => document.documentElement.dataset.ready === 'true'"
VARIANTS = {
    "circle": {}, "spaces": {"layout": "spaces"}, "force": {"layout": "force"},
    "english": {"lang": "en"}, "details": {"details": True}, "public": {"public": True},
    "sector": {"color": "sector"}, "space": {"color": "space"}, "staff": {"color": "staff", "layout": "spaces"},
}


@pytest.fixture(scope="module")
def sample():
    return load([MAIN]).graph


@pytest.fixture(scope="module")
def maps(sample, tmp_path_factory):
    folder = tmp_path_factory.mktemp("a11y-maps")
    return {name: write_map(folder / f"{name}.html", sample, **options) for name, options in VARIANTS.items()}


def open_map(page, path, width=1280, height=800):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(path.resolve().as_uri())
    page.wait_for_function(READY)
    return page


def focused(page) -> str:
    """The focused element, as '#id', 'tag.class' or the text of a button."""
    return page.evaluate("""() => { const e = document.activeElement;
        return e.id ? '#' + e.id : e.dataset.id ? 'row:' + e.textContent : e.tagName.toLowerCase(); }""")


def actor_names(graph, keep=lambda attrs: True) -> list[str]:
    return sorted((graph.nodes[a]["name"] for a in actors(graph) if keep(graph.nodes[a])), key=by_name)


def list_names(page) -> list[str]:
    """Every name the list shows, page after page."""
    names = page.locator("#list tbody th button").all_text_contents()
    while page.is_enabled("#page-next"):
        page.click("#page-next")
        names += page.locator("#list tbody th button").all_text_contents()
    return names


# --- axe-core: no violation in any variant or state ------------------------------------------------

def axe_states(page, lang="da"):
    """Run axe in each state a person can put the page in; return every violation, state by state."""
    found = {}
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    found["filters open"] = violations(page)
    page.fill("#search", "a")
    found["suggestions"] = violations(page)
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    found["actor panel"] = violations(page)
    page.evaluate("() => netkort.select(netkort.data.nodes.find(n => n.kind === 'staff').id)")
    found["staff panel"] = violations(page)
    page.keyboard.press("Escape")
    page.fill("#search", "")
    page.click("#tab-list")
    found["list"] = violations(page)
    page.click("#list tbody th button")
    found["list and panel"] = violations(page)
    return {state: v for state, v in found.items() if v}


def axe_together(page):
    """The same states in two runs: every filter open, suggestions and the actor's panel shown
    together; then the list with a staff member's panel."""
    found = {}
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    page.fill("#search", "a")
    page.evaluate("() => netkort.select(netkort.data.nodes.find(n => n.kind === 'actor').id, document.body)")
    page.focus("#search")
    found["filters, suggestions, actor panel"] = violations(page)
    page.keyboard.press("Escape")
    page.fill("#search", "")
    page.click("#tab-list")
    page.evaluate("() => netkort.select(netkort.data.nodes.find(n => n.kind === 'staff').id)")
    found["list, staff panel"] = violations(page)
    return {state: v for state, v in found.items() if v}


def test_axe_finds_nothing_on_the_map_in_any_state(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    assert axe_states(page) == {}
    assert page.errors == [] and page.requests == []


@pytest.mark.parametrize("variant", [name for name in VARIANTS if name != "circle"])
def test_axe_finds_nothing_in_any_variant(offline_page, maps, variant):
    page = open_map(offline_page, maps[variant])
    assert axe_together(page) == {}
    assert page.errors == [] and page.requests == []


@pytest.mark.parametrize("variant", ["circle", "english", "staff"])
def test_axe_finds_nothing_at_320_pixels(offline_page, maps, variant):
    page = open_map(offline_page, maps[variant], width=320, height=640)
    assert axe_states(page) == {}


def test_axe_sees_a_violation_when_there_is_one(offline_page, maps):
    """The check can fail: a nameless button and grey-on-white text are found."""
    page = open_map(offline_page, maps["circle"])
    page.evaluate("""() => { const b = document.createElement('button'); document.querySelector('#sidebar header').append(b);
        document.getElementById('count').style.color = '#b0b0b0'; }""")
    rules = {line.split(":")[0] for line in violations(page)}
    assert {"button-name", "color-contrast"} <= rules


# --- keyboard paths ---------------------------------------------------------------------------------

def test_search_enter_details_escape_back_to_search(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    page.focus("#search")
    page.keyboard.type("roklub")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden])")
    # focus is in the panel, on its heading: a screen reader reads the actor's name
    assert focused(page) == "#panel-name"
    assert page.text_content("#panel-name") == "Åby Roklub"
    # what a screen reader announces: a heading named by the actor, in a region of the same name
    assert page.get_by_role("heading", name="Åby Roklub", level=2).evaluate("e => e === document.activeElement")
    assert page.get_by_role("complementary", name="Åby Roklub").is_visible()
    page.keyboard.press("Escape")
    assert page.is_hidden("#panel")
    assert focused(page) == "#search"
    assert page.evaluate("network.getSelectedNodes().length") == 0


def test_panel_close_button_and_links_inside_keep_the_way_back(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    page.fill("#search", "roklub")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    page.click("#panel-fields button.link")             # the staff member holding Åby Roklub
    assert page.text_content("#panel-kind") == "Medarbejder"
    assert focused(page) == "#panel-name"
    page.focus("#panel-close")
    page.keyboard.press("Enter")
    assert page.is_hidden("#panel")
    assert focused(page) == "#search"                    # where the person started, not the top of the page


def test_search_says_when_there_are_more_suggestions_than_shown(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    page.fill("#search", "skole")
    everyone = sum(1 for _, name in sample.nodes(data="name") if "skole" in name.lower())
    assert everyone > 12
    assert page.locator("#matches li").count() == 12
    assert page.text_content("#search-status") == (
        f"{everyone} fundet; de første 12 vises. Skriv mere for at indsnævre, eller se dem alle i listen.")
    page.fill("#search", "roklub")
    assert page.text_content("#search-status") == f"{page.locator('#matches li').count()} fundet."
    assert page.get_attribute("#search", "aria-describedby") == "search-status"


def test_arrow_keys_pan_plus_minus_zoom_and_zero_fits(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    page.focus("#zoom-fit")
    page.keyboard.press("Tab")                            # the map is the next stop
    assert focused(page) == "#map"

    def view():
        return page.evaluate("""() => { const m = document.getElementById('map'), p = network.getViewPosition();
            return {x: p.x, y: p.y, scale: network.getScale(), dx: +m.dataset.viewX, dy: +m.dataset.viewY}; }""")

    start = view()
    width = page.evaluate("document.getElementById('map').clientWidth")
    page.keyboard.press("ArrowRight")
    moved = view()
    assert moved["x"] == pytest.approx(start["x"] + width / 8 / start["scale"], abs=0.5)
    assert moved["y"] == pytest.approx(start["y"])
    # the position is on the page for tools and tests, too, once the map is drawn
    page.wait_for_function("() => Math.abs(+document.getElementById('map').dataset.viewX - "
                           "network.getViewPosition().x) < 0.06")
    page.keyboard.press("ArrowDown")
    assert view()["y"] > moved["y"]
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowUp")
    assert view()["x"] == pytest.approx(start["x"], abs=0.5) and view()["y"] == pytest.approx(start["y"], abs=0.5)
    page.keyboard.press("+")
    assert view()["scale"] == pytest.approx(start["scale"] * 1.25)
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert view()["scale"] == pytest.approx(start["scale"] * 1.25 * 0.64)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("0")
    page.wait_for_function(f"() => Math.abs(network.getScale() - {start['scale']}) < 1e-6 && "
                           f"Math.abs(network.getViewPosition().x - {start['x']}) < 0.5")
    assert page.evaluate("window.scrollY") == 0           # the keys moved the map, not the page


def test_the_hint_names_the_keys(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    hint = page.text_content("#map-keys")
    assert hint.startswith("Tastatur: Tab til kortet, så flytter piletasterne, + og − zoomer, og 0 viser hele kortet.")
    assert page.is_visible("#map-keys")
    assert "map-keys" in page.get_attribute("#map", "aria-describedby").split()


def test_the_canvas_has_a_name_and_a_description(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    canvas = page.get_by_role("application", name="Netværkskort: Netværkscirklen")
    assert canvas.count() == 1
    description = page.text_content("#map-description")
    assert description.startswith(f"Kortet viser {len(actors(sample))} aktører, {len(staff(sample))} "
                                  "medarbejdere og biblioteket. Partnerskaber inderst")
    assert "partnerskab har to ringe om prikken" in description
    # vis-network's own frame is no second, nameless tab stop
    assert page.evaluate("document.querySelector('#map .vis-network').tabIndex") == -1
    english = open_map(offline_page, maps["english"])
    assert english.get_by_role("application", name="Network map: The network circle").count() == 1


def test_tab_order_reaches_the_list(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    page.focus("#search")
    for _ in range(80):
        page.keyboard.press("Tab")
        if focused(page) == "#tab-map":
            break
    assert focused(page) == "#tab-map"
    page.keyboard.press("ArrowRight")                     # the tabs: arrows choose the view
    assert focused(page) == "#tab-list" and page.get_attribute("#tab-list", "aria-selected") == "true"
    assert page.is_visible("#list") and page.is_hidden("#map")
    page.keyboard.press("Tab")
    assert focused(page) == "#list-region"               # the table's own scrolling region
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")                            # past the column headers' sort buttons
    for _ in range(4):
        page.keyboard.press("Tab")
    first = actor_names(sample)[0]
    assert focused(page) == f"row:{first}"
    page.keyboard.press("Enter")                          # every actor's details, from the list
    assert focused(page) == "#panel-name" and page.text_content("#panel-name") == first
    page.keyboard.press("Escape")
    assert focused(page) == f"row:{first}"


def test_shortcut_links_open_the_list_and_the_map(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    page.click("text=Til listen")
    assert focused(page) == "#list-region" and page.is_visible("#list")
    page.click("text=Til kortet")
    assert focused(page) == "#map" and page.is_visible("#map")
    assert page.evaluate("document.querySelector('#map canvas').clientWidth") > 500   # drawn at full size again
    page.click("text=Til filtrene")
    assert focused(page) == "#filters-title"


# --- the list follows the filters and the search -----------------------------------------------------

def test_filter_then_the_list_shows_exactly_the_filtered_actors(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    page.focus('input[data-facet="level"][value="network"]')
    page.keyboard.press("Space")
    expected = actor_names(sample, lambda a: a.get("level") != "network")
    page.wait_for_function(f"() => document.getElementById('count').textContent === "
                           f"'Viser {len(expected)} af 300 aktører'")
    # the live region says what changed, not only the new count
    assert page.text_content("p.count") == f"Viser {len(expected)} af 300 aktører Skjuler netværk (Relation)."
    assert page.get_attribute("p.count", "aria-live") == "polite"
    page.click("#tab-list")
    assert page.text_content("#list-caption") == f"Aktører på kortet · {len(expected)}"
    assert page.text_content("#page-status") == f"Række 1–100 af {len(expected)}"
    names = list_names(page)
    assert names == expected                               # in Danish order, every one, nothing else
    # and the same actors as the map's own data shows
    on_map = page.evaluate("netkort.data.nodes.filter(n => n.kind === 'actor' && !nodes.get(n.id).hidden).map(n => n.name)")
    assert sorted(on_map, key=by_name) == names
    page.click('button[data-none="space"]')
    page.wait_for_selector("#list td.empty")
    assert page.text_content("#list td.empty") == "Ingen aktører passer til filtrene."
    assert page.text_content("p.count") == "Viser 0 af 300 aktører Ingen valgt under Rum."
    page.click("#reset-filters")
    assert page.text_content("p.count") == "Viser 300 af 300 aktører Filtrene er nulstillet."


def test_search_narrows_the_list_and_sorting_by_level(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    page.click("#tab-list")
    page.fill("#search", "roklub")
    expected = actor_names(sample, lambda a: "roklub" in a["name"].lower())
    assert page.text_content("#list-caption") == f"Aktører, der matcher »roklub« · {len(expected)}"
    assert page.locator("#list tbody th button").all_text_contents() == expected
    page.fill("#search", "")
    page.click('th button[data-sort="level"]')
    assert page.get_attribute('th:has(button[data-sort="level"])', "aria-sort") == "ascending"
    assert page.get_attribute('th:has(button[data-sort="name"])', "aria-sort") is None
    levels = page.locator("#list tbody td:nth-child(2)").all_text_contents()
    assert levels == ["Partnerskab"] * 45 + ["Samarbejde"] * 55


def test_a_staff_members_panel_lists_the_actors_they_hold(offline_page, maps, sample):
    page = open_map(offline_page, maps["circle"])
    member = next(s for s in staff(sample) if sample.nodes[s]["name"] == "Camilla Brix")
    held = sorted((sample.nodes[a]["name"] for a in sample.neighbors(member) if sample.nodes[a]["kind"] == "actor"),
                  key=by_name)
    page.evaluate("() => netkort.select(netkort.data.nodes.find(n => n.name === 'Camilla Brix').id)")
    assert page.text_content("#panel-more h3") == f"Aktører · {len(held)}"
    assert page.locator("#panel-more li button").all_text_contents() == held
    page.click("text=Vis kontakterne i listen")
    assert page.is_visible("#list") and focused(page) == "#list-region"
    assert list_names(page) == held
    assert page.text_content("#count-change") == "Viser Camilla Brix (Medarbejder)."
    page.locator("#list tbody th button").nth(2).click()
    assert page.text_content("#panel-name") == held[2]


# --- focus, colour and marks ---------------------------------------------------------------------------

FOCUS_STYLE = """() => { const e = document.activeElement, s = getComputedStyle(e);
    let bg = null;
    for (let p = e.parentElement; p && !bg; p = p.parentElement) {
        const c = getComputedStyle(p).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)') bg = c;
    }
    return {color: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle, background: bg || 'rgb(255, 255, 255)'}; }"""


def hex_colour(css: str) -> str:
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def test_focus_is_visible_at_3_to_1_everywhere(offline_page, maps):
    page = open_map(offline_page, maps["circle"])
    seen = {}
    page.focus("#search")
    for _ in range(60):                                   # every stop from the search field to the map
        page.keyboard.press("Tab")
        style = page.evaluate(FOCUS_STYLE)
        seen[focused(page)] = style
        if focused(page) == "#map":
            break
    assert "#map" in seen and "#tab-map" in seen and "#reset-view" in seen
    for element, style in seen.items():
        assert style["style"] == "solid" and style["width"] >= 2, element
        assert contrast(hex_colour(style["color"]), hex_colour(style["background"])) >= 3, (element, style)


@pytest.mark.parametrize("layout", ["circle", "spaces", "force"])
def test_rings_tell_the_levels_apart_in_every_layout(offline_page, maps, sample, layout):
    page = open_map(offline_page, maps[layout])
    levels = [sample.nodes[a].get("level") for a in actors(sample)]
    rings = 2 * levels.count("partnership") + levels.count("cooperation")
    page.wait_for_function(f"() => document.getElementById('map').dataset.rings === '{rings}'")
    page.uncheck('input[data-facet="level"][value="partnership"]')
    page.wait_for_function(f"() => document.getElementById('map').dataset.rings === '{levels.count('cooperation')}'")
    dashed = page.evaluate("""netkort.data.nodes.filter(n => n.kind === 'actor')
        .filter(n => (nodes.get(n.id).shapeProperties || {}).borderDashes).map(n => n.tier)""")
    assert dashed == ["unknown"] * levels.count(None)
    legend = page.locator('.legend-colors[data-color="level"] li').all_text_contents()
    assert [re.sub(r"\s+", " ", text).strip() for text in legend] == [
        "Partnerskab (to ringe), 45", "Samarbejde (én ring), 88", "Netværk (ingen ring), 164",
        "Ukendt niveau (stiplet kant), 3"]


def test_colour_by_staff_keeps_the_rings_and_says_who_shares_grey(offline_page, maps):
    page = open_map(offline_page, maps["staff"])
    assert page.is_visible(".legend-marks")               # the rings' legend, since colour shows staff
    assert page.text_content(".staff-note") == (
        "Farverne kan skelnes med farveblindhed. Kun de 9 medarbejdere med flest kontakter har deres egen "
        "farve; de andres kontakter er grå.")
    page.select_option("#color-by", "level")
    assert page.is_hidden(".legend-marks") and page.is_hidden(".staff-note")


# --- colour vision: Chromium's own simulation, as in the screenshots ------------------------------------

PIXELS = """async ([png, points]) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + png;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return points.map(([x, y]) => '#' + Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3))
        .map(v => v.toString(16).padStart(2, '0')).join('')); }"""


def seen_on_screen(page, vision, selector) -> list[str]:
    """The colour at the middle of each ``selector`` element on a screenshot taken while Chromium
    simulates ``vision`` (CDP Emulation.setEmulatedVisionDeficiency, as scripts/map_a11y_screenshots.py)."""
    session = page.context.new_cdp_session(page)
    session.send("Emulation.setEmulatedVisionDeficiency", {"type": vision})
    boxes = [element.bounding_box() for element in page.locator(selector).all()]
    png = base64.b64encode(page.screenshot()).decode()
    session.send("Emulation.setEmulatedVisionDeficiency", {"type": "none"})
    points = [[round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2)] for box in boxes]
    return page.evaluate(PIXELS, [png, points])


def css_fills(page, selector) -> list[str]:
    return [hex_colour(css) for css in page.eval_on_selector_all(
        selector, "elements => elements.map(e => getComputedStyle(e.tagName === 'svg' ? e.querySelector('circle') : e)"
                  ".getPropertyValue(e.tagName === 'svg' ? 'fill' : 'background-color'))")]


def apart(first: str, second: str) -> float:
    return ciede2000(lab(seen(first, "normal")), lab(seen(second, "normal")))


@pytest.mark.parametrize(("vision", "variant", "palette"), [
    ("deuteranopia", "staff", "staff"), ("protanopia", "staff", "staff"),
    ("deuteranopia", "space", "space"), ("protanopia", "space", "space"),
    ("deuteranopia", "sector", "sector"), ("protanopia", "sector", "sector"),
    ("achromatopsia", "circle", "level"),
])
def test_palettes_stay_apart_under_chromiums_colour_vision_simulation(offline_page, maps, vision, variant, palette):
    page = open_map(offline_page, maps[variant])
    selector = f'.legend-colors[data-color="{palette}"] ' + ("svg.mark" if palette == "level" else ".swatch")
    fills = css_fills(page, selector)
    shown = seen_on_screen(page, vision, selector)
    assert len(shown) == len(fills) >= 3
    # Chromium sees what the tests' model sees (tests/colour_vision.py), so test_map_colours.py's checks hold on screen
    for fill, pixel in zip(fills, shown, strict=True):
        assert ciede2000(lab(seen(fill, vision)), lab(seen(pixel, "normal"))) < 3, (fill, pixel)
    if vision == "achromatopsia":
        assert all(len({pixel[1:3], pixel[3:5], pixel[5:7]}) == 1 for pixel in shown)   # greys only
        # four greys, darker for a stronger relation, each step at least 15 L* (the rings say it too)
        lightness = [lab(seen(pixel, "normal"))[0] for pixel in shown]
        assert all(lighter - darker >= 15 for darker, lighter in itertools.pairwise(lightness)), lightness
        return
    # no two entries of the legend merge on screen
    closest = min(itertools.combinations(shown, 2), key=lambda pair: apart(*pair))
    assert apart(*closest) >= 10, closest


# --- reflow: 320 px and 200 % zoom ----------------------------------------------------------------------

@pytest.mark.parametrize(("width", "height"), [(320, 640), (640, 400)])   # a phone; 1280 x 800 at 200 %
def test_reflow_keeps_everything_reachable(offline_page, maps, width, height):
    page = open_map(offline_page, maps["circle"], width, height)
    scroll_width = "document.scrollingElement.scrollWidth"
    assert page.evaluate(scroll_width) <= width           # nothing scrolls sideways
    assert page.evaluate("document.querySelector('#map canvas').clientWidth") == width
    page.fill("#search", "roklub")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    panel = page.locator("#panel").bounding_box()
    assert panel["width"] == width and panel["y"] + panel["height"] == pytest.approx(height, abs=1)
    assert panel["height"] <= height / 2 + 1              # a sheet over the lower half
    search = page.locator("#search").bounding_box()
    assert search["y"] + search["height"] <= panel["y"]   # the controls stay in sight
    # the page has room below, so the sheet never hides the end of the page
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
    last = page.locator("#map").bounding_box()
    assert last["y"] + last["height"] <= panel["y"] + 1
    page.keyboard.press("Escape")
    page.click("#tab-list")
    assert page.evaluate(scroll_width) <= width           # the wide table scrolls in its own region
    region = page.evaluate("(() => { const r = document.getElementById('list-region'); "
                           "return [r.scrollWidth, r.clientWidth, getComputedStyle(r).overflowX]; })()")
    assert region[2] == "auto"
    assert page.evaluate(SPLIT_WORDS) == []               # names wrap between words, never inside one


SPLIT_WORDS = """() => {
    const split = [];
    for (const cell of document.querySelectorAll('#list tbody th button, #list tbody td')) {
        const text = cell.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) continue;
        for (const match of text.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
            if (tops.size > 1) split.push(match[0]);
        }
    }
    return split; }"""


def test_the_legends_lines_differ_by_more_than_colour(offline_page, maps):
    """In greyscale the legend's lines stay apart: by width, dash pattern or the dots at the ends."""
    page = open_map(offline_page, maps["circle"])
    lines = page.eval_on_selector_all(".legend-lines li", """items => items.map(li => {
        const line = li.querySelector('line');
        return [li.textContent.trim(), line.getAttribute('stroke-width'), line.getAttribute('stroke-dasharray') || '',
                li.querySelectorAll('circle').length]; })""")
    assert [name for name, *_ in lines] == [
        "Partnerskab (tyk)", "Samarbejde (hel)", "Netværk (stiplet)", "Ukendt niveau (prikket)",
        "Relation mellem aktører (prik til prik, orange)", "Ansat på biblioteket (lange streger)"]
    looks = [tuple(look) for _, *look in lines]
    assert len(set(looks)) == len(looks), looks
    # and the canvas draws each kind of line as its legend shows it
    drawn = page.evaluate("""() => { const seen = {};
        netkort.data.edges.forEach((e, i) => { const d = edges.get(i);
            seen[e.kind === 'employs' ? 'employs' : e.kind === 'relation' ? 'relation' : e.level || 'unknown'] =
                [String(d.width), d.dashes ? d.dashes.join(' ') : '']; });
        return seen; }""")
    keys = ["partnership", "cooperation", "network", "unknown", "relation", "employs"]
    for key, (width, dashes, _) in zip(keys, looks, strict=True):
        if key in drawn and key != "relation":
            assert drawn[key] == [width, dashes], key


# --- big maps: the list is paged ------------------------------------------------------------------------

def test_a_big_map_builds_one_page_of_rows(offline_page, tmp_path):
    graph = network(*(actor(f"Aktør {i:04d}", f"M{i % 30}", level="network") for i in range(2500)))
    page = open_map(offline_page, write_map(tmp_path / "stort.html", graph))
    assert page.locator("#list tbody tr").count() == 0    # nothing built before the list is opened
    page.click("#tab-list")
    assert page.locator("#list tbody tr").count() == 100
    assert page.text_content("#page-status") == "Række 1–100 af 2.500"   # Babel/CLDR: Danish groups thousands
    page.click("#page-next")
    assert page.locator("#list tbody tr").count() == 100
    assert page.locator("#list tbody th button").first.text_content() == "Aktør 0100"
    assert page.text_content("#page-status") == "Række 101–200 af 2.500"


def test_suggestions_stay_closed_when_a_filter_changes_elsewhere(offline_page, maps):
    """The search's suggestions open only while the search field has focus: a filter changed
    with text in the field does not drop the list over the legend (or under the details)."""
    page = open_map(offline_page, maps["circle"])
    page.fill("#search", "skole")
    assert page.is_visible("#matches")
    page.focus('input[data-facet="level"][value="network"]')
    assert page.is_hidden("#matches")
    page.keyboard.press("Space")
    page.wait_for_function("() => document.getElementById('count-change').textContent !== ''")
    assert page.is_hidden("#matches") and page.get_attribute("#search", "aria-expanded") == "false"
    page.focus("#search")
    assert page.is_visible("#matches")
