"""WCAG 2.1 AA and 320 px reflow on every page of the live workshop, in Danish, English and Norwegian.

A real ``netkort workshop`` server is started per language, with one participant who has
saved contacts (so the lists, ticker and map have content). Each page a user opens (the
join page, the name page, the phone's participant page, the facilitator's projector and
participant list) is opened in headless Chromium on a 1280 px screen and at 320 px (a
phone, or 400 % zoom): axe-core finds no violation (tests/a11y.py's rule sets) and the
page never scrolls sideways.
"""

from __future__ import annotations

import pytest
from a11y import violations
from workshop_server import Server, participant

pytestmark = pytest.mark.browser

PAGES = ["join", "name", "participant", "projector", "participants"]
LEVELS = {"da": "samarbejde", "en": "cooperation", "nb": "samarbeid"}


@pytest.fixture(scope="module", params=["da", "en", "nb"])
def server(request, tmp_path_factory):
    lang = request.param
    with Server(tmp_path_factory.mktemp(f"workshop-{lang}") / "w.sqlite", args=["--lang", lang]) as running:
        other = participant(running, "Jens Berg med et langt navn")
        for name in ("Musikskolen i Torup", "Foreningen af Lokalhistorikere i Åby Kommune"):
            response = other.post("/api/entries", json={"name": name, "level": LEVELS[lang]})
            assert response.status_code in (200, 201), response.text
        running.lang = lang
        yield running


def _open(browser, server, name: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    if name in ("projector", "participants"):
        page.goto(f"{server.url}/projector?key={server.key}")
        if name == "participants":
            page.goto(f"{server.url}/participants")
    else:
        page.goto(f"{server.url}/")
        if name != "join":
            page.fill("#code", server.code)
            page.click("button[type=submit]")
            page.wait_for_url("**/name")
            if name == "participant":
                page.fill("#name", f"Mette Kjær {width}")
                page.click("button[type=submit]")
                page.wait_for_url("**/p")
                page.wait_for_function("() => document.querySelectorAll('#actors option').length === 2")
    if name == "projector":
        page.wait_for_function("() => window.workshop.received.length > 0")
    return context, page


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("name", PAGES)
def test_workshop_page_has_no_axe_violation_and_reflows(browser, server, name, width):
    context, page = _open(browser, server, name, width)
    try:
        assert page.evaluate("document.documentElement.lang") == server.lang
        assert violations(page) == []
        assert_reflows(page, width)
    finally:
        context.close()


def assert_reflows(page, width: int) -> None:
    scrolling = page.evaluate("({scrollWidth: document.scrollingElement.scrollWidth, "
                              "clientWidth: document.scrollingElement.clientWidth})")
    assert scrolling == {"scrollWidth": width, "clientWidth": width}


@pytest.mark.parametrize("width", [1280, 320])
def test_the_projectors_interest_grid_reflows_and_its_quadrant_names_never_overlap(browser, server, width):
    context, page = _open(browser, server, "projector", width)
    try:
        page.fill("#initiative", "Læselyst 2025")
        page.click("#initiative-form button[type=submit]")
        page.wait_for_selector("#interest-body:not([hidden])")
        assert violations(page) == []
        assert_reflows(page, width)
        boxes = page.evaluate("[...document.querySelectorAll('.quadrant-name')].map(e => {"
                              "const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]})")
        assert len(boxes) == 4
        overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                       if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
        assert overlapping == []
    finally:
        context.close()
