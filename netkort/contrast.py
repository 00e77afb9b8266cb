"""Colour contrast as WCAG 2.1 measures it, so every coloured badge picks readable text.

The pages colour badges, heat cells and level labels from palettes (the
network circle's :data:`netkort.render.LEVEL_COLORS`, the report's gap and
heat colours). Rather than pairing each fill with a text colour by hand,
:func:`text_on` computes it: the page's ink or white, whichever reads better,
and black or white when neither reaches 4.5:1. A palette can change and its
badges stay readable (WCAG 1.4.3); :func:`stroke_on` does the same for marks
that must stand out from their background at 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

import re

TEXT_CONTRAST = 4.5  # WCAG 1.4.3 AA, normal text
MARK_CONTRAST = 3.0  # WCAG 1.4.11 AA, graphical objects and large text
INK = "#1f2933"  # the dark text of the pages
WHITE = "#ffffff"
BLACK = "#000000"

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def rgb(color: str) -> tuple[int, int, int]:
    """``'#4292c6'`` (or ``'#49c'``) as (66, 146, 198)."""
    found = _HEX.fullmatch(color.strip())
    if not found:
        raise ValueError(f"not a hex colour: {color!r}")
    digits = found.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(color: str) -> float:
    """Relative luminance (WCAG 2.1): 0 for black, 1 for white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_on(background: str, dark: str = INK, light: str = WHITE, minimum: float = TEXT_CONTRAST) -> str:
    """The text colour for ``background``: ``dark`` or ``light``, whichever contrasts more.

    When neither reaches ``minimum``, black or white does (one of them always
    reaches 4.58:1 on any colour).
    """
    best = max((dark, light), key=lambda ink: contrast(ink, background))
    if contrast(best, background) >= minimum:
        return best
    return max((BLACK, WHITE), key=lambda ink: contrast(ink, background))


def stroke_on(background: str, dark: str = INK, light: str = WHITE) -> str:
    """An outline colour that stands out from ``background`` at 3:1 or more."""
    return text_on(background, dark, light, MARK_CONTRAST)


def darkened(color: str, background: str = WHITE, minimum: float = MARK_CONTRAST) -> str:
    """``color``, mixed step by step toward the ink until it stands out from ``background``
    at ``minimum`` (a chart's line in a palette's light colour, WCAG 1.4.11)."""
    ink = rgb(INK)
    base = rgb(color)
    for step in range(21):
        share = step / 20
        mixed = "#" + "".join(f"{round(c + (i - c) * share):02x}" for c, i in zip(base, ink, strict=True))
        if contrast(mixed, background) >= minimum:
            return mixed
    return INK
