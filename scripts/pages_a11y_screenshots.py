"""Write the accessibility screenshots of the report, Venner af Huset, the comparison and the
demo's start page at 320 CSS px (a phone, or a desktop browser at 400 % zoom).

    python scripts/pages_a11y_screenshots.py            # into docs/img/a11y/
    python scripts/pages_a11y_screenshots.py --keep DIR # also keep the demo's pages in DIR

The pages are the demo's (``netkort demo``: the bundled sample, in Danish), opened offline
in headless Chromium (Debian's, through Playwright); the script stops if a page asks for
anything, throws an error or scrolls sideways at 320 px. Each PNG is the first screen of
its page (320 x 640), plus the report's coverage table scrolled inside its own box and its
interest scatter printed in greyscale (the rings tell the levels apart without colour).
The map's screenshots come from scripts/map_a11y_screenshots.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import ARGS, CHROMIUM, offline_page  # noqa: E402

OUT = ROOT / "docs" / "img" / "a11y"
WIDTH, HEIGHT = 320, 640

# (demo page, png name, what to photograph: None for the first screen, else a CSS selector)
SHOTS: list[tuple[str, str, str | None]] = [
    ("rapport.html", "report-320.png", None),
    ("venner.html", "friends-320.png", None),
    ("udvikling.html", "compare-320.png", None),
    ("index.html", "index-320.png", None),
    ("rapport.html", "report-320-table.png", "[aria-labelledby=t-spaces]"),
    ("rapport.html", "report-320-scatter-greyscale.png", ".scatter-wrap figure, .scatter-wrap .key"),
]


def photograph(folder: Path, out: Path = OUT) -> list[Path]:
    """Photograph the demo's pages in ``folder`` into ``out``; return the PNG paths."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for html, png, selector in SHOTS:
            written.append(_shot(browser, folder / html, out / png, selector))
        browser.close()
    return written


def _shot(browser, html: Path, target: Path, selector: str | None) -> Path:
    page, requests, errors = offline_page(browser, html, {"width": WIDTH, "height": HEIGHT})
    wide = page.evaluate("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth")
    if requests or errors or wide > 0:
        raise SystemExit(f"{html.name}: requests {requests}, errors {errors}, {wide} px too wide")
    if selector is None:
        page.screenshot(path=str(target))
        page.close()
        return target
    if "greyscale" in target.name:
        # what a greyscale printout shows: only the rings and the dashed edge tell the levels apart
        page.emulate_media(media="print")
        page.add_style_tag(content="html { filter: grayscale(1); }")
    else:
        box = page.locator(selector).first
        box.evaluate("el => { el.scrollLeft = el.scrollWidth; }")  # scrolled to its far end
        box.focus()  # with the focus ring that keyboard users see
    page.screenshot(path=str(target), full_page=True, clip=_around(page, selector))
    page.close()
    return target


def _around(page, selector: str, pad: int = 8) -> dict:
    """The page area that holds every element ``selector`` matches, with ``pad`` px around."""
    boxes = [box for box in (el.bounding_box() for el in page.locator(selector).all()) if box]
    left = max(0, min(box["x"] for box in boxes) - pad)
    top = max(0, min(box["y"] for box in boxes) - pad)
    right = min(WIDTH, max(box["x"] + box["width"] for box in boxes) + pad)
    bottom = max(box["y"] + box["height"] for box in boxes) + pad
    scrolled = page.evaluate("() => [window.scrollX, window.scrollY]")
    return {"x": left + scrolled[0], "y": top + scrolled[1], "width": right - left, "height": bottom - top}


def main() -> None:
    from netkort.demo import run_demo

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the demo's pages in this folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNG files go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        run_demo(folder, lang="da")
        for path in photograph(folder, args.out):
            size = path.stat().st_size // 1024
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size} KB")


if __name__ == "__main__":
    main()
