"""WCAG 2.1 AA on the report, Venner af Huset, the comparison and the demo's index.

Every variant of these pages is written through the command line as a user
would (Danish and English; the report with the sample's full data, with one
initiative's tag and from a workbook of bare names; the board grouped five
ways, public and for A3; the comparison of the bundled 2024 and 2025
samples, and of the four years 2022-2025 with its line charts; the demo's
start page) and opened in headless Chromium:

- axe-core finds no violation (WCAG 2 A/AA, 2.1 A/AA, best practice), on a
  desktop screen and at 320 CSS px;
- at 320 px (a phone, or 400 % zoom) and 640 px (200 % zoom) the page never
  scrolls sideways: a wide table scrolls in its own box, which has a caption,
  is named by it and takes keyboard focus; no word of a name is split;
- a keyboard user sees where focus is (a ring of 3:1 or more);
- levels are told apart by more than colour (ring or edge patterns);
- English phrases on a Danish page carry ``lang="en"`` (and the other way).

The map has its own tests (tests/test_map_browser.py).
"""

from __future__ import annotations

import re

import pytest
from a11y import violations
from click.testing import CliRunner
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.contrast import contrast

pytestmark = pytest.mark.browser

MAIN, OLD = SAMPLES / "hovedbibliotek.xlsx", SAMPLES / "hovedbibliotek-2024.xlsx"
YEARS = [SAMPLES / "hovedbibliotek-2022.xlsx", SAMPLES / "hovedbibliotek-2023.xlsx"]  # the development page
LANGS = ("da", "en")
GROUPINGS = ("space", "sector", "staff", "type", "level")


def _commands(bare) -> dict[str, list[str]]:
    """Each page variant's command line, by a name that says which variant it is."""
    commands = {}
    for lang in LANGS:
        common = ["--lang", lang, "-o"]
        commands[f"report-{lang}"] = ["analyse", str(MAIN), "--as-of", "2025-10-01", *common]
        commands[f"report-bare-{lang}"] = ["analyse", str(bare), *common]
        commands[f"compare-{lang}"] = ["compare", str(OLD), str(MAIN), *common]
        commands[f"compare-years-{lang}"] = ["compare", *map(str, YEARS), str(OLD), str(MAIN), *common]
        for grouping in GROUPINGS:
            commands[f"friends-{grouping}-{lang}"] = ["friends", str(MAIN), "--group-by", grouping, *common]
        commands[f"friends-public-{lang}"] = ["friends", str(MAIN), "--public", *common]
        commands[f"friends-a3-{lang}"] = ["friends", str(MAIN), "--paper", "a3", *common]
    commands["report-tag-da"] = ["analyse", str(MAIN), "--tag", "Læselyst 2025", "-o"]
    return commands


PAGES = [*_commands("bare.xlsx"), "index-da", "index-en"]
# A representative page of each kind for the checks that do not depend on the data's variant.
KINDS = ["report-da", "report-bare-en", "friends-space-da", "friends-staff-en", "compare-da", "compare-en",
         "compare-years-da", "index-da"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("a11y")
    # a workbook with nothing but names: no levels, spaces, scores, staff or dates
    bare = make_xlsx(folder / "navne.xlsx", {"Kontakter": [["Navn"], ["Åby Kor"], ["Bo Jensen"],
                                                           ["Foreningen af Lokalhistorikere"]]})
    runner = CliRunner()
    written = {}
    for name, args in _commands(bare).items():
        out = folder / f"{name}.html"
        result = runner.invoke(cli, [*args, str(out)])
        assert result.exit_code == 0, (name, result.output)
        written[name] = out
    for lang in LANGS:
        result = runner.invoke(cli, ["demo", "--lang", lang, str(folder / f"demo-{lang}")])
        assert result.exit_code == 0, result.output
        written[f"index-{lang}"] = folder / f"demo-{lang}" / "index.html"
    return written


def _open(page, path, width: int):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(path.as_uri())
    return page


# Every variant on a desktop screen, and every report, comparison and index at 320 px. The
# board's variants are one template: the whole page is checked for a Danish and an English board,
# public, A3 and at 320 px; the other groupings differ in headings, contents and "også i …" lines
# only, so axe checks the page's header, every group heading and each group's first cards (its
# contrast rule takes seconds on a 433-card board).
WHOLE_BOARDS = {"friends-space-da", "friends-space-en", "friends-public-da", "friends-public-en",
                "friends-a3-da"}
BOARD_PARTS = "body > header, section.group > h2, .cards > .card:nth-child(-n+4)"
AXE_CASES = [*((name, 1280) for name in PAGES),
             *((name, 320) for name in PAGES if not name.startswith("friends")),
             ("friends-space-da", 320), ("friends-staff-en", 320), ("friends-public-en", 320)]


@pytest.mark.parametrize("name, width", AXE_CASES)
def test_axe_finds_no_violation(offline_page, pages, name, width):
    page = _open(offline_page, pages[name], width)
    whole = not name.startswith("friends") or name in WHOLE_BOARDS or width == 320
    assert violations(page, None if whole else BOARD_PARTS) == []
    assert page.errors == [] and page.requests == []


# --- reflow: 320 px and 200 % zoom -------------------------------------------------------------

OVERFLOW_JS = """() => {
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.scroll')) continue;
    const box = el.getBoundingClientRect();
    if (box.width && box.right > document.documentElement.clientWidth + 0.5)
      wide.push(`${el.tagName.toLowerCase()}.${el.className} ${(el.textContent || '').trim().slice(0, 30)}`);
  }
  return wide;
}"""

TABLES_JS = """() => [...document.querySelectorAll('table')].map(table => {
  const box = table.parentElement, caption = table.querySelector('caption');
  return {scroll: box.classList.contains('scroll'), role: box.getAttribute('role'),
          tabindex: box.getAttribute('tabindex'), labelledby: box.getAttribute('aria-labelledby'),
          caption: caption ? caption.id : null, captionText: caption ? caption.textContent.trim() : '',
          headers: [...table.querySelectorAll('th')].map(th => [th.getAttribute('scope'), th.textContent.trim()])};
})"""

# Every word of every name on one line: a word split across lines has two client rectangles. A
# line may end after a hyphen ("Al-" / "Sayed"), as typesetting allows, never inside a word.
SPLIT_WORDS_JS = """selector => {
  const split = [];
  for (const el of document.querySelectorAll(selector)) {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    for (const match of node.data.matchAll(/[^\\s\\-\u2010]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (lines.size > 1) split.push(match[0]);
    }
    if (el.scrollWidth > el.clientWidth + 1) split.push('overflows: ' + node.data);
  }
  return split;
}"""

NAMES = {"friends": ".card .name", "report": ".names li, table td:first-child", "compare": "th.name",
         "index": "ul.files a"}


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("name", PAGES)
def test_the_page_reflows_without_scrolling_sideways(offline_page, pages, name, width):
    page = _open(offline_page, pages[name], width)
    scrolling = page.evaluate("({scrollWidth: document.scrollingElement.scrollWidth, "
                              "clientWidth: document.scrollingElement.clientWidth})")
    assert scrolling["clientWidth"] == width and scrolling["scrollWidth"] <= scrolling["clientWidth"]
    assert page.evaluate(OVERFLOW_JS) == []
    assert page.evaluate(SPLIT_WORDS_JS, NAMES[name.split("-")[0]]) == []
    assert page.evaluate(OUTSIDE_CARD_JS) == []


# A card's badge, type and staff stay inside the card (its border box).
OUTSIDE_CARD_JS = """() => {
  const out = [];
  for (const card of document.querySelectorAll('.card')) {
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
        out.push(`${el.className}: ${(el.textContent || '').trim().slice(0, 30)}`);
    }
  }
  return out;
}"""


MM = 96 / 25.4


@pytest.mark.parametrize("name, width, media", [
    ("friends-space-da", 1024, "screen"), ("friends-staff-en", 1280, "screen"),
    ("friends-public-da", 1920, "screen"),
    ("friends-space-da", round(186 * MM), "print"),  # A4 less the 12 mm margins
    ("friends-a3-en", round(273 * MM), "print"),  # A3
])
def test_card_names_wrap_between_words_on_screens_and_paper(offline_page, pages, name, width, media):
    offline_page.emulate_media(media=media)
    page = _open(offline_page, pages[name], width)
    assert page.evaluate(SPLIT_WORDS_JS, ".card .name") == []
    sizes = page.eval_on_selector_all(".card .name", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert max(sizes) == pytest.approx(22 * 96 / 72 if media == "print" else 28, abs=0.01)  # short names keep the poster size


@pytest.mark.parametrize("name", PAGES)
def test_every_table_scrolls_in_a_named_focusable_box_with_a_caption(offline_page, pages, name):
    page = _open(offline_page, pages[name], 320)
    tables = page.evaluate(TABLES_JS)
    for table in tables:
        assert table["scroll"] and table["role"] == "region" and table["tabindex"] == "0", table
        assert table["caption"] and table["labelledby"] == table["caption"] and table["captionText"], table
        assert all(scope in ("col", "row") and text for scope, text in table["headers"]), table
    if name.startswith(("report", "compare")):
        assert tables


def test_a_wide_table_scrolls_by_keyboard(offline_page, pages):
    """At 320 px a keyboard user tabs to the coverage table and scrolls it with the arrow key."""
    page = _open(offline_page, pages["report-da"], 320)
    box = page.locator("[aria-labelledby=t-spaces]")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")  # it really is wider than the screen
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-labelledby')") == "t-spaces":
            break
    else:
        pytest.fail("Tab never reached the coverage table")
    page.keyboard.press("ArrowRight")
    for _ in range(20):  # scrolling may be smooth: wait for it (the page's CSP forbids wait_for_function)
        if page.evaluate("document.activeElement.scrollLeft") > 0:
            break
        page.wait_for_timeout(50)
    assert page.evaluate("document.activeElement.scrollLeft") > 0
    assert page.get_by_role("region", name="Aktører pr. rum og niveau i netværkscirklen").count() == 1


# --- focus, colour, language --------------------------------------------------------------------

def _rgb(css: str) -> str:
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


FOCUSED_JS = """() => {
  const el = document.activeElement, s = getComputedStyle(el);
  let under = el.parentElement, background = 'rgb(255, 255, 255)';
  for (; under; under = under.parentElement) {
    const color = getComputedStyle(under).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') { background = color; break; }
  }
  return {tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40), style: s.outlineStyle,
          width: parseFloat(s.outlineWidth), color: s.outlineColor, background};
}"""


@pytest.mark.parametrize("name", KINDS)
def test_keyboard_focus_is_visible(offline_page, pages, name):
    """Every stop of the first 30 Tab presses (links, scrolling tables) shows a ring of 3:1 or
    more against what lies under it (WCAG 2.4.7, 1.4.11)."""
    page = _open(offline_page, pages[name], 1280)
    seen = []
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused["tag"] == "BODY":
            break
        seen.append(focused)
        assert focused["style"] == "solid" and focused["width"] >= 2, focused
        assert contrast(_rgb(focused["color"]), _rgb(focused["background"])) >= 3, focused
    assert seen and seen[0]["tag"] == "A"


LEVEL_STYLE_JS = """selector => Object.fromEntries(['partnership', 'cooperation', 'network', 'unknown'].map(level => {
  const el = document.querySelector(selector.replace('LEVEL', level));
  if (!el) return [level, null];
  const s = getComputedStyle(el);
  return [level, [s.borderTopStyle, s.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'none' : s.borderTopWidth, s.boxShadow]];
}))"""


@pytest.mark.parametrize("name, selector", [("friends-level-da", ".card.LEVEL .level"),
                                            ("friends-space-en", ".swatch.LEVEL"),
                                            ("compare-da", ".lvl.LEVEL"),
                                            ("compare-years-en", "#paths .lvl.LEVEL"),
                                            ("report-da", ".mark.LEVEL")])
@pytest.mark.parametrize("media", ["screen", "print"])
def test_levels_differ_by_more_than_colour(offline_page, pages, name, selector, media):
    """Each level's badge or mark has its own edge (double, solid, none, dashed) or rings, so
    greyscale, print and colour-blind readers tell them apart, as on the map."""
    offline_page.emulate_media(media=media)
    page = _open(offline_page, pages[name], 1280)
    styles = page.evaluate(LEVEL_STYLE_JS, selector)
    shown = {level: style for level, style in styles.items() if style}
    assert {"partnership", "cooperation", "network"} <= shown.keys()
    assert len({tuple(style) for style in shown.values()}) == len(shown), shown


MARKS_JS = """() => [...document.querySelectorAll('.scatter circle')].map(c => {
  const s = getComputedStyle(c), box = c.getBoundingClientRect();
  return [c.getAttribute('class'), s.stroke, parseFloat(s.strokeWidth), s.fill, box.width > 0 && s.visibility === 'visible'];
})"""


@pytest.mark.parametrize("media", ["screen", "print"])
def test_the_scatter_shows_levels_by_rings_on_screen_and_paper(offline_page, pages, media):
    """The scatter and its key: two rings round a partnership, one round a cooperation, none round
    a network contact, a dashed edge for an unknown level; every mark and ring is outlined in ink
    (3:1 or more on the white page), also when printed."""
    offline_page.emulate_media(media=media)
    page = _open(offline_page, pages["report-da"], 1280)
    key = page.locator(".scatter-wrap .key li")
    assert key.all_inner_texts() == ["partnerskab", "samarbejde", "netværk", "ukendt niveau"]
    assert [key.nth(i).locator("circle.ring").count() for i in range(4)] == [2, 1, 0, 0]
    assert key.nth(3).locator("circle.actor").get_attribute("stroke-dasharray")
    assert [key.nth(i).locator("circle.actor").get_attribute("stroke-dasharray") for i in range(3)] == [None] * 3
    marks = page.evaluate(MARKS_JS)
    assert {cls for cls, *_ in marks} == {"actor", "ring"}
    for cls, stroke, width, fill, shown in marks:
        assert shown and width >= 1 and contrast(_rgb(stroke), "#ffffff") >= 3, (cls, stroke, width)
        if cls == "ring":
            assert fill == "none"


def test_badges_compute_their_text_colour(offline_page, pages):
    """Every badge on a level or gap colour reads at 4.5:1, whatever the palette."""
    page = _open(offline_page, pages["report-da"], 1280)
    pairs = page.eval_on_selector_all(
        ".badge, .heat td.num:not(.empty), .mark", "els => els.map(e => [getComputedStyle(e).color, "
        "getComputedStyle(e).backgroundColor, e.className])")
    assert {cls for _, _, cls in pairs} >= {"badge gap-no-cooperation-or-partnership", "num heat-4"}
    for color, background, cls in pairs:
        if not cls.startswith("mark"):
            assert contrast(_rgb(color), _rgb(background)) >= 4.5, (cls, color, background)


@pytest.mark.parametrize("name, phrases", [
    ("report-da", {"en": ["manage closely", "keep satisfied", "monitor", "keep informed", "Betweenness",
                          "betweenness"]}),
    ("report-en", {"da": ["Byg partnerskaber!"]}),
])
def test_phrases_in_another_language_are_marked(offline_page, pages, name, phrases):
    page = _open(offline_page, pages[name], 1280)
    for lang, texts in phrases.items():
        found = page.eval_on_selector_all(f"main [lang={lang}]", "els => els.map(e => e.textContent)")
        assert sorted(set(found)) == sorted(texts)


@pytest.mark.parametrize("name", ["report-da", "compare-en", "friends-space-da", "index-en"])
def test_landmarks(offline_page, pages, name):
    page = _open(offline_page, pages[name], 1280)
    assert page.locator("body > header").count() == 1
    assert page.locator("body > main").count() == 1
    if not name.startswith("index"):
        assert page.locator("header nav").count() == 1
