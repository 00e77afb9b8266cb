"""The map's colours: readable text, marks that stand out, and palettes colour-blind eyes tell apart.

Contrast is WCAG 2.1's ratio (netkort.contrast.contrast): text at least 4.5:1, marks and
lines at least 3:1 (1.4.3, 1.4.11). Palettes are checked under simulated
deuteranopia, protanopia and tritanopia (tests/colour_vision.py): no two entries of a
palette may come closer than CIEDE2000 10, where the old staff palette had four pairs
under 5 for a deuteranope. The screenshots in docs/img/a11y/ show the same by eye.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from colour_vision import closest_pairs, distance

from netkort import look
from netkort.contrast import contrast
from netkort.look import LEVEL_MARKS, LINE_COLORS, OUTLINE, blend
from netkort.map import (
    EMPLOYS_COLOR,
    EMPLOYS_DASHES,
    LEVEL_COLORS,
    LINE_STYLES,
    RELATION_COLOR,
    SECTOR_COLORS,
    SPACE_COLORS,
    STAFF_COLOR,
    STAFF_OTHER,
    STAFF_PALETTE,
    THIN_LINES,
)

WHITE, SIDEBAR = "#ffffff", "#f8fafc"
# the tints the map paints behind the nodes: ring bands (9-16 % of the level's colour), space boxes (10 %)
TINTS = [blend(LEVEL_COLORS[level][0], 0.16 if level == "network" else 0.09) for level in LEVEL_COLORS]
TINTS += [blend(fill, 0.10) for fill, _ in SPACE_COLORS.values()]
PALETTES = {
    "sector": [fill for fill, _ in SECTOR_COLORS.values()],
    "space": [fill for fill, _ in SPACE_COLORS.values()],
    "staff": [*STAFF_PALETTE, *(fill for fill, _ in STAFF_OTHER.values())],
}
DICHROMACIES = ("deuteranopia", "protanopia", "tritanopia")


def test_contrast_is_wcags_ratio():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#93c5fd", SIDEBAR) == pytest.approx(1.72, abs=0.01)     # the old focus ring
    assert contrast("#5b9ac6", WHITE) == pytest.approx(3.05, abs=0.01)       # the old "Netværk · 164"
    assert blend("#000000", 0.5) == "#808080"


@pytest.mark.parametrize("palette", list(PALETTES))
@pytest.mark.parametrize("vision", DICHROMACIES)
def test_palettes_stay_apart_for_colour_blind_eyes(palette, vision):
    assert closest_pairs(PALETTES[palette], vision, below=10) == []


def test_the_old_staff_palette_merged_under_deuteranopia():
    """What the issue saw: the staff colours of netkort 0.x, four pairs closer than 5."""
    old = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#393b79", "#637939", "#ad494a")
    assert len(closest_pairs(old, "deuteranopia", below=5)) >= 4
    assert closest_pairs(PALETTES["staff"], "deuteranopia", below=5) == []


def test_sectors_stay_apart_in_greyscale_too():
    assert closest_pairs(PALETTES["sector"], "achromatopsia", below=9) == []
    # spaces and staff cannot: five or more greys are not told apart, which is why the rings,
    # the spaces layout's quadrants, the filters and the list carry the same facts
    assert closest_pairs(PALETTES["staff"], "achromatopsia", below=5)


def test_every_level_has_its_own_mark():
    marks = {(m["rings"], m["dashed"]) for m in LEVEL_MARKS.values()}
    assert len(marks) == len(LEVEL_MARKS) == 4
    assert LEVEL_MARKS["partnership"]["rings"] == 2 and LEVEL_MARKS["cooperation"]["rings"] == 1
    assert LEVEL_MARKS["network"] == {"rings": 0, "dashed": False} and LEVEL_MARKS["unknown"]["dashed"]
    dashes = [str(LINE_STYLES[level]["dashes"]) for level in ("partnership", "cooperation", "network", "unknown")]
    widths = [LINE_STYLES[level]["width"] for level in ("partnership", "cooperation")]
    assert len(set(dashes[2:])) == 2 and dashes[0] == dashes[1] == "False" and widths[0] > widths[1]
    # the house's lines to its staff have a pattern of their own, so no two legend lines look alike in grey
    assert str(EMPLOYS_DASHES) not in dashes


def test_text_on_the_canvas_is_at_least_4_5_to_1():
    # ring titles, space counts and labels are written in the dark shade of their colour
    for name, palette in (("level", LEVEL_COLORS), ("sector", SECTOR_COLORS), ("space", SPACE_COLORS)):
        for key, (_, dark) in palette.items():
            for background in (WHITE, *TINTS):
                assert contrast(dark, background) >= 4.5, (name, key, dark, background)


def test_marks_and_lines_are_at_least_3_to_1():
    lines = [style["color"] for style in (*LINE_STYLES.values(), *THIN_LINES.values())]
    for color in (OUTLINE, *lines, *LINE_COLORS.values(), RELATION_COLOR, EMPLOYS_COLOR, STAFF_COLOR[0],
                  STAFF_COLOR[1], look.LIBRARY_COLOR):
        for background in (WHITE, *TINTS):
            assert contrast(color, background) >= 3, (color, background)


def test_gexf_lines_follow_the_map():
    from netkort.exports import gexf

    assert gexf._EDGE_COLORS == LINE_COLORS


def test_the_focus_ring_is_at_least_3_to_1():
    css = resources.files("netkort").joinpath("assets", "map.css").read_text(encoding="utf-8")
    focus = re.search(r"--focus:\s*(#[0-9a-f]{6})", css).group(1)
    assert contrast(focus, SIDEBAR) >= 3 and contrast(focus, WHITE) >= 3
    assert "#93c5fd" not in css
    # and every colour the page writes text in is 4.5:1 on white and on the sidebar
    for color in set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", css)) - {"#ffffff"}:
        assert min(contrast(color, WHITE), contrast(color, SIDEBAR)) >= 4.5, color


def test_the_simulation_sees_what_the_issue_saw():
    # red and green merge for a deuteranope, blue and yellow stay apart
    assert distance("#d62728", "#2ca02c", "deuteranopia") < 5 < distance("#d62728", "#2ca02c")
    assert distance("#0072b2", "#e69f00", "deuteranopia") > 20
