"""Write the README screenshots: netkort pages of the bundled sample, photographed offline.

    python scripts/screenshots.py            # all pages into docs/img/
    python scripts/screenshots.py --keep DIR # also keep the HTML pages in DIR

Each page is opened in headless Chromium (Debian's, through Playwright) with
every network request blocked; the script fails if a page asks for anything
or throws an error. To add a page, add a function that writes it and a line to
PAGES: (function, html file name, png name).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import netkort  # noqa: E402

SAMPLE = ROOT / "sample_networks" / "hovedbibliotek.xlsx"
OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 900}


def _map(layout: str) -> Callable[[netkort.Network, Path], Path]:
    def write(network: netkort.Network, path: Path) -> Path:
        from netkort.map import write_map

        return write_map(path, network.graph, layout=layout)
    return write


def _friends(network: netkort.Network, path: Path) -> Path:
    from netkort.friends import board, write_board

    return write_board(board(network.graph), path)


def _report(network: netkort.Network, path: Path) -> Path:
    import datetime as dt

    from netkort.analysis import analyse
    from netkort.report import write_report

    # the sample is a snapshot from autumn 2025: judge staleness as of then, as the demo does
    return write_report(analyse(network, as_of=dt.date(2025, 10, 1)), path)


# (writer, html name, png name)
PAGES: list[tuple[Callable[[netkort.Network, Path], Path], str, str]] = [
    (_map("circle"), "kort-netvaerkscirkel.html", "map-circle.png"),
    (_map("spaces"), "kort-rum.html", "map-spaces.png"),
    (_map("force"), "kort-kraefter.html", "map-force.png"),
    (_friends, "venner.html", "friends.png"),
    (_report, "rapport.html", "report.png"),
]


def screenshot(pages: list[tuple[Path, str]], out: Path = OUT) -> list[Path]:
    """Open each (html_path, png_name) offline in headless Chromium and save a 1400x900 PNG."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        written = [_photograph(browser, html, out / png) for html, png in pages]
        browser.close()
    return written


def offline_page(browser, html: Path, viewport: dict) -> tuple[object, list[str], list[str]]:
    """``html`` opened in a new page with every request blocked: (page, requests asked for, errors thrown).

    Every screenshot script opens netkort's pages this way, so a picture is only taken of a page
    that works offline; each stops when ``requests`` or ``errors`` is not empty.
    """
    page = browser.new_page(viewport=viewport)
    requests: list[str] = []
    errors: list[str] = []

    def block(route):
        requests.append(route.request.url)
        route.abort()

    page.route("http://**/*", block)
    page.route("https://**/*", block)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(html.resolve().as_uri())
    return page, requests, errors


def _photograph(browser, html: Path, target: Path) -> Path:
    """One page, every request blocked; stop if the page asks for anything or throws."""
    page, requests, errors = offline_page(browser, html, VIEWPORT)
    # an arrow function: netkort pages forbid eval, which Playwright uses for bare expressions
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'", timeout=30000)
    page.wait_for_timeout(300)
    if requests or errors:
        raise SystemExit(f"{html.name}: requests {requests}, errors {errors}")
    page.screenshot(path=str(target))
    page.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the HTML pages in this folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNG files go")
    args = parser.parse_args()
    network = netkort.load([SAMPLE])
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        pages = [(write(network, folder / html), png) for write, html, png in PAGES]
        for path in screenshot(pages, args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
