"""The development page's line charts as a reader sees them, in headless Chromium.

Axe, reflow at 320 px, tables and focus are checked with the other pages in
tests/test_a11y_browser.py; here: each chart is an image named by its title and
described by its values, every line stands out from the page at 3:1 and differs
from the others by its dash and marker (also in print), and each point sits where
its value says.
"""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES

from netkort.cli import cli
from netkort.contrast import contrast

pytestmark = pytest.mark.browser

YEARS = [SAMPLES / f"hovedbibliotek-{year}.xlsx" for year in (2022, 2023, 2024)] + [SAMPLES / "hovedbibliotek.xlsx"]


@pytest.fixture(scope="module")
def page_path(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("udvikling") / "udvikling.html"
    result = CliRunner().invoke(cli, ["compare", *map(str, YEARS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


CHARTS_JS = """() => [...document.querySelectorAll('svg.lines')].map(svg => {
  const ids = svg.getAttribute('aria-labelledby').split(' ');
  return {role: svg.getAttribute('role'), name: ids.map(id => document.getElementById(id).textContent),
          ticks: [...svg.querySelectorAll('text.tick')].map(t => t.textContent),
          lines: [...svg.querySelectorAll('g.series')].map(g => {
            const line = g.querySelector('path.line'), s = getComputedStyle(line);
            const marks = [...g.children].filter(el => el !== line);
            return {key: g.getAttribute('class'), stroke: s.stroke, width: parseFloat(s.strokeWidth),
                    dash: s.strokeDasharray, marker: marks[0].tagName + (marks[0].getAttribute('d') || '').split(' ').length,
                    points: marks.length, ys: marks.map(m => m.getBBox().y + m.getBBox().height / 2)};
          })};
})"""


def _rgb(css: str) -> str:
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


@pytest.mark.parametrize("media", ["screen", "print"])
def test_each_chart_is_named_and_its_lines_differ_by_more_than_colour(offline_page, page_path, media):
    offline_page.emulate_media(media=media)
    offline_page.goto(page_path.as_uri())
    charts = offline_page.evaluate(CHARTS_JS)
    assert [c["name"][0] for c in charts] == [
        "Relationsniveauer", "Inspirationsrummet: aktører pr. niveau", "Læringsrummet: aktører pr. niveau",
        "Møderummet: aktører pr. niveau", "Det performative rum: aktører pr. niveau",
        "Foreninger og kommunale forvaltninger"]
    assert charts[0]["name"][1] == "partnerskab: 26, 32, 39, 45; samarbejde: 50, 60, 73, 88; netværk: 123, 139, 143, 164"
    assert charts[-1]["name"][1] == "Foreninger: 48, 56, 63, 74; Kommunale forvaltninger: 28, 29, 31, 35"
    for chart in charts:
        assert chart["role"] == "img"
        assert chart["ticks"][-4:] == ["2022", "2023", "2024", "2025"]
        looks = set()
        for line in chart["lines"]:
            assert contrast(_rgb(line["stroke"]), "#ffffff") >= 3 and line["width"] >= 2, line
            assert line["points"] == 4
            looks.add((line["dash"], line["marker"]))
        assert len(looks) == len(chart["lines"]), chart["lines"]


def test_the_points_rise_with_their_values(offline_page, page_path):
    """The partnership line of the level chart: 26, 32, 39, 45 actors, each point higher up."""
    offline_page.goto(page_path.as_uri())
    line = offline_page.evaluate(CHARTS_JS)[0]["lines"][0]
    assert line["key"] == "series partnership"
    ys = line["ys"]
    assert ys == sorted(ys, reverse=True) and len(set(ys)) == 4
    # equal steps in value are equal steps on the screen: 26 -> 45 over a 0-200 axis
    assert (ys[0] - ys[3]) / (ys[0] - ys[1]) == pytest.approx((45 - 26) / (32 - 26), rel=0.02)
