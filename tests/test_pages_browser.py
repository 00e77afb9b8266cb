"""No text from a spreadsheet ever runs, in any page netkort writes.

One hostile workbook puts script payloads in every text field a page can show
(names, types, staff, departments, target groups, themes, activities, contact
persons, notes, an extra column and its header, a relation note). Every page
is written through the command line as a user would, opened in headless
Chromium, and exercised (the map's details panel is opened for every node).
Then: no payload ran, no request was made beyond the page itself, no script
error, and the payloads are on the page as text.
"""

from __future__ import annotations

import pytest
from workbooks import make_xlsx

from netkort.cli import cli

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    "<svg onload=window.__pwned=3>",
    '"><img src=x onerror=window.__pwned=4>',
    "javascript:window.__pwned=5",
    "</style><script>window.__pwned=6</script>",
    "\u2028</script><script>window.__pwned=7</script>",
]
HEADER = ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Medarbejder", "Relation", "Rum",
          "Målgrupper", "Indflydelse", "Interesse", "Aftale", "Tema", "Aktiviteter", "Noter",
          '<b onmouseover="window.__pwned=8">Webside</b>']


def hostile_rows(count: int) -> list[list]:
    rows = []
    for i in range(count):
        p = PAYLOADS[i % len(PAYLOADS)]
        q = PAYLOADS[(i + 3) % len(PAYLOADS)]
        rows.append([f"{p} {i}", q, "privat", p, "x@eksempel.dk", f"{q} Hansen; Bo {i % 2}",
                     ["netværk", "samarbejde", "partnerskab"][i % 3], ["Læring", "Møderum", "Inspiration",
                                                                      "Det performative rum"][i % 4],
                     f"{p}; unge", 1 + i % 5, 5 - i % 5, "ingen", q, p, q, p])
    return rows


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    sheets = {
        "Kontakter": [HEADER, *hostile_rows(len(PAYLOADS) * 2)],
        "Relationer": [["Fra", "Til", "Relation", "Note"],
                       [f"{PAYLOADS[0]} 0", f"{PAYLOADS[1]} 1", "samarbejde", PAYLOADS[2]]],
        "Medarbejdere": [["Navn", "Afdeling"], [f"{PAYLOADS[3]} Hansen", PAYLOADS[4]]],
    }
    new = make_xlsx(folder / "ny.xlsx", sheets)
    old = make_xlsx(folder / "gammel.xlsx", {**sheets, "Kontakter": [HEADER, *hostile_rows(len(PAYLOADS))]})
    from click.testing import CliRunner

    runner = CliRunner()
    written = {}
    commands = {
        **{f"map-{layout}": ["map", str(new), "--layout", layout, "--details", "-o"]
           for layout in ("circle", "spaces", "force")},
        "report": ["analyse", str(new), "--tag", PAYLOADS[3], "-o"],
        "report-all": ["analyse", str(new), "-o"],
        "friends": ["friends", str(new), "--group-by", "staff", "-o"],
        "compare": ["compare", str(old), str(new), "-o"],
    }
    for name, args in commands.items():
        out = folder / f"{name}.html"
        result = runner.invoke(cli, [*args, str(out)])
        assert result.exit_code == 0, (name, result.output, result.stderr)
        written[name] = out
    demo = runner.invoke(cli, ["demo", str(folder / "demo")])
    assert demo.exit_code == 0, demo.output
    written["index"] = folder / "demo" / "index.html"
    return written


@pytest.mark.parametrize("name", ["map-circle", "map-spaces", "map-force", "report", "report-all",
                                  "friends", "compare", "index"])
def test_no_payload_runs(offline_page, pages, name):
    page = offline_page
    loaded = []
    page.on("request", lambda request: loaded.append(request.url))
    page.goto(pages[name].as_uri())
    if name.startswith("map"):
        page.wait_for_function("window.netkort && window.network")
        ids = page.evaluate("() => window.nodes.getIds()")
        for node in ids:
            page.evaluate("id => window.netkort.select(id)", node)
        search = page.locator("input[type=search]").first
        search.fill("<img")
        search.press("Enter")
    page.mouse.move(10, 10)
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []
    assert page.requests == []
    assert loaded == [pages[name].as_uri()]  # not even a file:// image from "src=x"


@pytest.mark.parametrize("name", ["report-all", "friends", "compare"])
def test_payloads_are_shown_as_text(offline_page, pages, name):
    offline_page.goto(pages[name].as_uri())
    text = offline_page.inner_text("body")
    assert any(p.strip() in text for p in PAYLOADS[:4])


def test_map_panel_shows_payload_as_text(offline_page, pages):
    page = offline_page
    page.goto(pages["map-circle"].as_uri())
    page.wait_for_function("window.netkort && window.network")
    actor = page.evaluate("() => Object.entries(window.netkort.data.nodes)"
                          ".find(([id, n]) => (n.name || '').includes('onerror'))[0]")
    page.evaluate("id => window.netkort.select(id)", actor)
    assert PAYLOADS[0] in page.inner_text("#panel") or PAYLOADS[3] in page.inner_text("#panel")

