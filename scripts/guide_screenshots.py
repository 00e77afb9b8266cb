"""Write the README screenshots of the guide's tools in the report: the partnership checklist as a
heat table (docs/img/tjekliste.png) and the candidates ranked by the 14 questions (docs/img/kandidater.png).

    python scripts/guide_screenshots.py            # into docs/img/
    python scripts/guide_screenshots.py --keep DIR # also keep the report in DIR

The report is the bundled sample's (hovedbibliotek.xlsx, its sheets Tjekliste and Kandidater,
as of 1 October 2025), opened offline in headless Chromium (Debian's, through Playwright);
the script stops if the page asks for anything or throws an error. Each PNG is one element
of the page: the first rows of the checklist table with its legend, and the ranking.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import ARGS, CHROMIUM, offline_page  # noqa: E402

import netkort  # noqa: E402

SAMPLE = ROOT / "sample_networks" / "hovedbibliotek.xlsx"
OUT = ROOT / "docs" / "img"
VIEWPORT = {"width": 1200, "height": 900}
ROWS = 12  # checklist rows photographed: enough to read, small enough for a README

# (png name, CSS selector of what to photograph, rows of its table to keep)
SHOTS = [("tjekliste.png", "#checklist .scroll:has(#t-checklist)", ROWS),
         ("kandidater.png", "#choose .scroll", None)]


def write_report(folder: Path) -> Path:
    from netkort.report import write_report

    analysis = netkort.analyse(netkort.load([SAMPLE]), as_of=dt.date(2025, 10, 1))
    return write_report(analysis, folder / "rapport.html", files=[SAMPLE.name])


def photograph(html: Path, out: Path = OUT) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page, requests, errors = offline_page(browser, html, VIEWPORT)
        page.wait_for_function("() => document.documentElement.dataset.ready === 'true'", timeout=30000)
        for png, selector, rows in SHOTS:
            if rows:  # a README picture of the first rows: the page itself keeps them all
                page.locator(selector).evaluate(
                    "(box, rows) => box.querySelectorAll('tbody tr').forEach((tr, i) => { if (i >= rows) tr.remove(); })",
                    rows)
            page.locator(selector).screenshot(path=str(out / png))
            written.append(out / png)
        browser.close()
    if requests or errors:
        raise SystemExit(f"{html.name}: requests {requests}, errors {errors}")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the report in this folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNG files go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for path in photograph(write_report(folder), args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
