"""Colour contrast (WCAG 2.1): the ratios the issue measured, and the text colour every badge
computes for its fill, so a palette can change and its badges stay readable."""

from __future__ import annotations

import pytest

from netkort.contrast import BLACK, INK, WHITE, contrast, rgb, stroke_on, text_on
from netkort.render import LEVEL_COLORS
from netkort.report import COLORS


@pytest.mark.parametrize("text, fill, ratio", [
    ("#ffffff", "#4292c6", 3.40),  # white on the SAMARBEJDE badge
    ("#ffffff", "#e67e22", 2.84),  # white on "kun netværk"
    ("#ffffff", "#6aaad8", 2.51),  # white on a heat cell
    ("#93c5fd", "#f8fafc", 1.72),  # the old focus ring
    ("#000000", "#ffffff", 21.0),
    ("#777", "#777777", 1.0),
])
def test_contrast_measures_as_the_issue_did(text, fill, ratio):
    assert contrast(text, fill) == pytest.approx(ratio, abs=0.01)  # the issue cut to two decimals


@pytest.mark.parametrize("fill, ink", [
    ("#4292c6", BLACK),  # samarbejde: ink reads 4.33:1, white 3.41:1, black 6.16:1
    ("#e67e22", INK),  # kun netværk: 5.18:1 (white was 2.85:1)
    ("#6aaad8", INK),  # heat-4
    ("#08519c", WHITE),  # partnerskab: white still reads best
    ("#2f78b7", WHITE),  # heat-5
    ("#777777", BLACK),  # neither ink (3.0:1) nor white (4.48:1) reaches 4.5:1: black does (4.69:1)
])
def test_text_on_picks_the_readable_ink(fill, ink):
    assert text_on(fill) == ink
    assert contrast(text_on(fill), fill) >= 4.5


def test_every_page_fill_gets_text_of_at_least_4_5_to_1():
    for fill in [*LEVEL_COLORS.values(), *COLORS.values()]:
        assert contrast(text_on(fill), fill) >= 4.5, fill


def test_any_grey_gets_readable_text_and_a_visible_stroke():
    for value in range(256):
        fill = f"#{value:02x}{value:02x}{value:02x}"
        assert contrast(text_on(fill), fill) >= 4.5, fill
        assert contrast(stroke_on(fill), fill) >= 3, fill


def test_rgb_reads_short_and_long_hex_and_refuses_the_rest():
    assert rgb("#49c") == (0x44, 0x99, 0xcc) and rgb("4292c6") == (66, 146, 198)
    with pytest.raises(ValueError, match="not a hex colour: 'blue'"):
        rgb("blue")
