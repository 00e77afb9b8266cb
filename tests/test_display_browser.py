"""A notebook's output in Chromium: the iframes draw the map, the board and the report, offline and sandboxed."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

import netkort

pytestmark = pytest.mark.browser

READY = "() => document.documentElement.dataset.ready === 'true'"


def notebook_page(tmp_path, *shown) -> str:
    """A page holding cell outputs as Jupyter puts them: the ``_repr_html_`` fragments in the notebook's DOM."""
    cells = "".join(f'<div class="output_html">{obj._repr_html_()}</div>' for obj in shown)
    path = tmp_path / "notebook.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Notesbog</title></head><body>{cells}</body></html>",
                    encoding="utf-8")
    return path.as_uri()


def watch(page):
    page.console = []
    page.on("console", lambda message: page.console.append((message.type, message.text)))
    return page


def test_the_map_board_and_report_render_in_their_iframes_with_no_request(offline_page, tmp_path):
    network = netkort.load([SAMPLES / "hovedbibliotek.xlsx"])
    page = watch(offline_page)
    page.goto(notebook_page(tmp_path, netkort.Map(network, layout="spaces"), netkort.Board(network),
                            netkort.analyse(network, as_of=dt.date(2025, 10, 1))))
    shown_map, board, report = page.frames[1:]
    shown_map.wait_for_function(READY)
    assert shown_map.evaluate("nodes.length") == network.graph.number_of_nodes() == 311
    assert shown_map.evaluate("Object.keys(network.getPositions()).length") == 311
    assert shown_map.text_content("#count") == "Viser 300 af 300 aktører"
    assert shown_map.evaluate("document.querySelector('#map canvas').width") > 0
    assert board.locator(".card").count() == 300 + sum(len(s) - 1 for s in network.actors().spaces if len(s) > 1)
    assert report.locator("h1").inner_text() == "Partnerskabsanalyse"
    for frame in (shown_map, board, report):
        assert frame.url == "about:srcdoc"
        assert frame.evaluate("window.origin") == "null"  # sandboxed: an origin of its own
        assert frame.evaluate("() => { try { return parent.document.title } catch (e) { return 'blocked' } }") \
            == "blocked"
    assert page.requests == [] and page.errors == []
    assert [text for kind, text in page.console if kind == "error"] == []


def test_a_hostile_name_stays_text_inside_the_frame(offline_page, tmp_path):
    name = '"></iframe><script>parent.document.title="pwned"</script><img src=x onerror=alert(1)>'
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Relation"], [name, "netværk"]]})
    page = watch(offline_page)
    page.goto(notebook_page(tmp_path, netkort.Map(netkort.load([path]))))
    assert len(page.frames) == 2 and page.locator("iframe").count() == 1
    frame = page.frames[1]
    frame.wait_for_function(READY)
    assert frame.evaluate("netkort.data.nodes.filter(n => n.kind === 'actor').map(n => n.name)") == [name]
    assert page.title() == "Notesbog" and page.locator("img").count() == 0
    assert page.requests == [] and page.errors == []
