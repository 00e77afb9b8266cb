"""Venner af Huset and the comparison page in headless Chromium.

The poster opens offline with every card, prints to A4 on a number of pages
we can bound from the cards' measured sizes, and no card is split across two
pages (each card's whole text is found on one page of the PDF). A hostile
actor name stays text on the board and on the comparison page.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.compare import compare, write_comparison
from netkort.friends import board, write_board
from netkort.network import load

pytestmark = pytest.mark.browser

MAIN = SAMPLES / "hovedbibliotek.xlsx"
PX_PER_MM = 96 / 25.4
# A4 portrait less the 12 mm margins of the print stylesheet
PAGE_WIDTH, PAGE_HEIGHT = 186 * PX_PER_MM, 273 * PX_PER_MM
HOSTILE = "<img src=x onerror=document.title='x'>"

CARDS_JS = """els => els.map(e => {
  const r = e.getBoundingClientRect();
  return {group: e.closest('section').id, text: e.innerText, top: r.top, left: r.left,
          height: r.height, avoid: getComputedStyle(e).breakInside};
})"""


@pytest.fixture(scope="module")
def main_board(tmp_path_factory):
    data = board(load([MAIN]).graph)
    return data, write_board(data, tmp_path_factory.mktemp("venner") / "venner.html")


def squash(text: str) -> str:
    """Text compared without spacing, case or ligatures (how a PDF breaks lines is its own)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def test_the_board_opens_offline_with_every_card(offline_page, main_board):
    data, path = main_board
    offline_page.goto(path.as_uri())
    names = offline_page.eval_on_selector_all(".card .name", "els => els.map(e => e.textContent)")
    assert names == [card.name for group in data.groups for card in group.cards]
    assert len(names) == 433
    headings = offline_page.eval_on_selector_all("section.group > h2", "els => els.map(e => e.textContent)")
    assert headings == [f"{group.label} · {group.count} kort" for group in data.groups]
    assert offline_page.requests == [] and offline_page.errors == []


def test_printed_on_a4_no_card_is_split(offline_page, main_board, tmp_path):
    from pypdf import PdfReader

    data, path = main_board
    page = offline_page
    # Lay the page out as it prints (A4 content width, print styles) to measure the cards.
    page.set_viewport_size({"width": round(PAGE_WIDTH), "height": round(PAGE_HEIGHT)})
    page.emulate_media(media="print")
    page.goto(path.as_uri())
    cards = page.eval_on_selector_all(".card", CARDS_JS)
    gap = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.cards')).rowGap)")
    heading = max(page.eval_on_selector_all(
        "section.group > h2", "els => els.map(e => e.getBoundingClientRect().height + "
        "parseFloat(getComputedStyle(e).marginBottom))"))
    assert len(cards) == data.cards
    assert {c["avoid"] for c in cards} == {"avoid"}
    assert len({round(c["left"]) for c in cards}) == 2  # two 88 mm cards across A4
    tallest = max(c["height"] for c in cards)
    assert tallest < PAGE_HEIGHT / 3  # a card always fits, so 'avoid' can always be honoured

    pdf = tmp_path / "venner.pdf"
    page.pdf(path=str(pdf), format="A4")
    texts = [squash(p.extract_text()) for p in PdfReader(pdf).pages]

    # Each group starts on a new sheet. At least: its rows' total height in whole pages;
    # at most: every row as tall as the tallest card, plus the title page.
    rows: dict[str, dict[int, float]] = defaultdict(dict)
    for card in cards:
        row = rows[card["group"]]
        row[round(card["top"])] = max(row.get(round(card["top"]), 0), card["height"])
    lowest = sum(math.ceil(sum(h + gap for h in r.values()) / PAGE_HEIGHT) for r in rows.values())
    per_page = math.floor((PAGE_HEIGHT - heading + gap) / (tallest + gap))
    highest = 1 + sum(math.ceil(len(r) / per_page) for r in rows.values())
    assert 1 < lowest <= len(texts) <= highest

    split = [c["text"] for c in cards if not any(squash(c["text"]) in text for text in texts)]
    assert split == []
    every_name = {squash(card.name) for group in data.groups for card in group.cards}
    assert all(any(name in text for text in texts) for name in every_name)
    assert page.requests == [] and page.errors == []


def test_a_hostile_name_stays_text_on_the_board_and_the_comparison(offline_page, tmp_path):
    old = make_xlsx(tmp_path / "old.xlsx", {"Kontakter": [["Navn", "Relation"], ["Åby Roklub", "netværk"]]})
    new = make_xlsx(tmp_path / "new.xlsx", {"Kontakter": [
        ["Navn", "Type", "Medarbejder", "Relation"], ["Åby Roklub", None, None, "samarbejde"],
        [HOSTILE, HOSTILE, HOSTILE, "netværk"]]})
    before, after = load([old]).graph, load([new]).graph
    pages = [write_board(board(after, "staff"), tmp_path / "venner.html"),
             write_comparison(compare(before, after), tmp_path / "udvikling.html", before_label=HOSTILE)]
    for path in pages:
        offline_page.goto(path.as_uri())
        title = offline_page.title()
        offline_page.wait_for_timeout(200)
        assert offline_page.title() == title != "x"
        assert offline_page.locator("img").count() == 0
        assert HOSTILE in offline_page.inner_text("body")
    assert offline_page.requests == [] and offline_page.errors == []


def test_a_five_million_character_name_leaves_the_board_and_map_quick_to_open(offline_page, tmp_path):
    """The issue's 100-million-character name made a board Chromium could not finish in two
    minutes; every page now shows 200 characters of it, so the pages open at once."""
    from test_privacy import _huge_network

    from netkort.map import write_map

    graph = _huge_network(tmp_path)
    path = write_board(board(graph), tmp_path / "venner.html")
    offline_page.goto(path.as_uri())
    names = offline_page.eval_on_selector_all(".card .name", "els => els.map(e => e.textContent)")
    assert names == ["Å" * 199 + "…", "Åby Roklub"]
    kort = write_map(tmp_path / "kort.html", graph)
    offline_page.goto(kort.as_uri())
    offline_page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    shown = offline_page.evaluate("netkort.data.nodes.filter(n => n.kind === 'actor').map(n => n.name)")
    assert shown == ["Å" * 199 + "…", "Åby Roklub"]
    assert offline_page.errors == [] and offline_page.requests == []
