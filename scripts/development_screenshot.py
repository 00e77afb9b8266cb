"""Write docs/img/udvikling.png: the development page's first charts, for the README.

    python scripts/development_screenshot.py            # docs/img/udvikling.png
    python scripts/development_screenshot.py --keep DIR # also keep the page in DIR

The page is what ``netkort compare`` writes for the bundled four years
(hovedbibliotek-2022.xlsx … hovedbibliotek.xlsx, in Danish), opened offline in
headless Chromium (Debian's, through Playwright) at 960 x 900. The picture is the
section "Udviklingen år for år" down to the end of its first row of charts (the
relation levels and the inspiration space, each with its key and table); the
script stops if the page asks for anything, throws an error or scrolls sideways.
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

OUT = ROOT / "docs" / "img" / "udvikling.png"
VIEWPORT = {"width": 960, "height": 900}
YEARS = ["hovedbibliotek-2022.xlsx", "hovedbibliotek-2023.xlsx", "hovedbibliotek-2024.xlsx", "hovedbibliotek.xlsx"]


def write_page(folder: Path) -> Path:
    """The development page of the bundled four years, as ``netkort compare`` writes it."""
    from click.testing import CliRunner

    from netkort.cli import cli
    from netkort.demo import samples_dir

    out = folder / "udvikling-2022-2025.html"
    result = CliRunner().invoke(cli, ["compare", *(str(samples_dir() / name) for name in YEARS), "-o", str(out)])
    if result.exit_code:
        raise SystemExit(result.output)
    return out


def photograph(html: Path, target: Path = OUT) -> Path:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page, requests, errors = offline_page(browser, html, VIEWPORT)
        wide = page.evaluate("() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth")
        if requests or errors or wide:
            raise SystemExit(f"{html.name}: requests {requests}, errors {errors}, scrolls sideways: {wide}")
        top = page.locator("#series").bounding_box()
        charts = page.locator("#series .chart")
        first, second = charts.nth(0).bounding_box(), charts.nth(1).bounding_box()
        bottom = max(first["y"] + first["height"], second["y"] + second["height"])
        page.screenshot(path=str(target), full_page=True,
                        clip={"x": top["x"] - 8, "y": top["y"] - 8, "width": top["width"] + 16,
                              "height": bottom - top["y"] + 16})
        browser.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the HTML page in this folder")
    parser.add_argument("--out", type=Path, default=OUT, help="the PNG file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = photograph(write_page(folder), args.out)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
