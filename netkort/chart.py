"""Line charts for the development page, drawn on the server as inline SVG.

:func:`line_chart` turns a few series over the snapshots into geometry (axis
ticks, each line's points and path) that the page template draws; no script
and no chart library, so the page stays a self-contained file with nothing to
load. Every text in the chart (snapshot names, series labels) reaches the page
through the template, escaped. Lines are told apart by more than colour: each
style has its own marker and dash pattern, and every colour stands out from the
white page at 3:1 or more (WCAG 1.4.11). The same figures are always shown as
a table beside the chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .contrast import darkened
from .render import LEVEL_COLORS

WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 14, 12, 30  # room for the y ticks on the left, the snapshot names below
LABEL_CHARS = 11  # a snapshot name longer than this is cut in the chart (the table shows it whole)


@dataclass(frozen=True)
class Style:
    """How one line looks: colour (3:1 or more on white), dash pattern and marker shape."""

    color: str
    dash: str  # SVG stroke-dasharray, "" for a solid line
    marker: str  # circle, square, triangle or diamond


# the network circle's colours, darkened where too light for a line; then colours of their own
LEVEL_STYLES = {
    "partnership": Style(darkened(LEVEL_COLORS["partnership"]), "", "circle"),
    "cooperation": Style(darkened(LEVEL_COLORS["cooperation"]), "7 4", "square"),
    "network": Style(darkened(LEVEL_COLORS["network"]), "2 3", "triangle"),
}
KIND_STYLES = {
    "association": Style("#b35806", "", "diamond"),
    "municipal": Style("#6a3d9a", "7 4", "square"),
}


@dataclass(frozen=True)
class Series:
    """One line: its key (a level, a kind), label, values per snapshot and style."""

    key: str
    label: str
    values: tuple[int | None, ...]  # None: unknown in that snapshot
    style: Style


@dataclass
class Line:
    """A series placed in the chart: its points (x, y, value), joined by straight lines."""

    series: Series
    points: list[tuple[float, float, int]]


@dataclass
class Chart:
    """Everything the template needs to draw one chart."""

    id: str
    title: str
    names: list[str]
    width: int = WIDTH
    height: int = HEIGHT
    plot: tuple[float, float, float, float] = (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM)
    y_ticks: list[tuple[int, float]] = field(default_factory=list)
    x_ticks: list[tuple[str, float]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    @property
    def description(self) -> str:
        """Each line's values in words, for the chart's ``<desc>``: "partnerskab: 26, 32, 39, 45"."""
        return "; ".join(f"{line.series.label}: {', '.join('?' if v is None else str(v) for v in line.series.values)}"
                         for line in self.lines)


def nice_top(value: int) -> tuple[int, int]:
    """The top of the y axis and its tick step: 1, 2 or 5 times a power of ten, at most five steps."""
    if value <= 0:
        return 1, 1
    for power in range(0, 12):
        for base in (1, 2, 5):
            step = base * 10 ** power
            if math.ceil(value / step) <= 5:
                return step * math.ceil(value / step), step
    return value, value  # pragma: no cover - beyond any network's size


def short(label: str, limit: int = LABEL_CHARS) -> str:
    """A snapshot name cut to fit under its tick ("hovedbiblio…")."""
    return label if len(label) <= limit else label[:limit - 1] + "…"


def line_chart(chart_id: str, title: str, names: list[str], series: list[Series]) -> Chart:
    """Place ``series`` (one value per snapshot in ``names``) in a chart of fixed size.

    >>> chart = line_chart("c", "Niveauer", ["2022", "2023", "2024"],
    ...                    [Series("network", "netværk", (3, 7, 4), LEVEL_STYLES["network"])])
    >>> [value for value, _ in chart.y_ticks], [round(x) for _, x in chart.x_ticks]
    ([0, 2, 4, 6, 8], [58, 193, 328])
    >>> chart.lines[0].points
    [(58.0, 123.2, 3), (193.0, 34.2, 7), (328.0, 101.0, 4)]
    """
    chart = Chart(chart_id, title, list(names))
    left, top, right, bottom = chart.plot
    pad = 18  # the first and last snapshot sit a little inside the plot
    count = len(names)
    xs = [left + pad + (right - left - 2 * pad) * (i / (count - 1) if count > 1 else 0.5) for i in range(count)]
    high, step = nice_top(max((v for s in series for v in s.values if v is not None), default=0))
    def y_of(value: int | None) -> float | None:  # None: unknown in that snapshot, no point drawn
        return None if value is None else bottom - (bottom - top) * value / high

    chart.y_ticks = [(value, y_of(value)) for value in range(0, high + 1, step)]
    chart.x_ticks = [(short(name), x) for name, x in zip(names, xs, strict=True)]
    for s in series:
        chart.lines.append(Line(s, [(round(x, 1), None if v is None else round(y_of(v), 1), v)
                                    for x, v in zip(xs, s.values, strict=True)]))
    return chart
