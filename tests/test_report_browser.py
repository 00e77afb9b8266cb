"""The report in headless Chromium: it asks the network for nothing and shows names as text."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES
from handbuilt import actor, network

from netkort.analysis import analyse
from netkort.network import load
from netkort.report import summary_sentence, write_report

pytestmark = pytest.mark.browser
AS_OF = dt.date(2025, 10, 1)


def test_the_sample_report_opens_offline(offline_page, tmp_path):
    found = analyse(load([SAMPLES / "hovedbibliotek.xlsx"]).graph, as_of=AS_OF)
    path = write_report(found, tmp_path / "rapport.html", lang="da")
    offline_page.goto(path.as_uri())
    assert offline_page.locator("#headline").inner_text() == summary_sentence(found)
    # the four boxes of the board, as on the workshop poster
    assert offline_page.locator(".box h3").all_inner_texts() == [
        f"Grå eminencer {len(found.interest.by_quadrant()['keep-satisfied'])}",
        f"Ressourcepersoner {len(found.interest.by_quadrant()['manage-closely'])}",
        f"Eksterne interessenter {len(found.interest.by_quadrant()['monitor'])}",
        f"Gidsler {len(found.interest.by_quadrant()['keep-informed'])}",
    ]
    assert offline_page.locator(".scatter circle.actor").count() == len(found.interest.actors)
    # besides colour, rings tell the levels apart: two round a partnership, one round a cooperation
    rings = {"partnership": 2, "cooperation": 1}
    assert offline_page.locator(".scatter circle.ring").count() == sum(
        rings.get(item.level, 0) for item in found.interest.actors)
    assert offline_page.requests == []
    assert offline_page.errors == []


def test_a_hostile_name_is_shown_as_text(offline_page, tmp_path):
    hostile = "<img src=x onerror=document.title='x'>"
    graph = network(actor(hostile, "Mette", level="partnership", influence=5, interest=5),
                    actor("Koret", "Mette", level="network", spaces=["performative"]))
    path = write_report(analyse(graph, as_of=AS_OF), tmp_path / "rapport.html")
    offline_page.goto(path.as_uri())
    assert offline_page.title() == "Partnerskabsanalyse · Testbiblioteket"
    assert offline_page.locator("img").count() == 0
    board = offline_page.locator(".q-manage-closely .names").inner_text()
    assert hostile in board
    assert offline_page.get_by_text(hostile, exact=False).count() >= 3  # board, care list, centrality
    assert offline_page.requests == []
    assert offline_page.errors == []
