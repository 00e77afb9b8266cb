"""Photograph the map's ego view ("Vis kun nærmeste") for the README (docs/img/ego.png).

    python scripts/ego_screenshot.py             # writes docs/img/ego.png
    python scripts/ego_screenshot.py --out FILE  # somewhere else
    python scripts/ego_screenshot.py --actor "Musikskolen Åby" --steps 1

The bundled sample's map, opened offline in headless Chromium, as a coordinator uses it:
search for the actor, Enter opens its details, choose the steps, press "Vis kun
nærmeste". The script prints the link (#aktor=…&trin=…) the page then shows in its
address, and stops if the page asks the network for anything or throws. The PNG is
stored with a palette of 128 colours (so the orange relation lines keep their colour), the
way scripts/map_a11y_screenshots.py stores its own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from map_a11y_screenshots import READY, small_png  # noqa: E402
from screenshots import ARGS, CHROMIUM, SAMPLE  # noqa: E402

import netkort  # noqa: E402

OUT = ROOT / "docs" / "img" / "ego.png"
VIEWPORT = {"width": 1400, "height": 900}


def photograph(browser, html: Path, actor: str, steps: int) -> tuple[bytes, str]:
    page = browser.new_page(viewport=VIEWPORT)
    requests: list[str] = []
    errors: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (requests.append(route.request.url), route.abort()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.emulate_media(reduced_motion="reduce")
    page.goto(html.resolve().as_uri())
    page.wait_for_function(READY, timeout=30000)
    page.fill("#search", actor)
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    if page.text_content("#panel-name") != actor:
        raise SystemExit(f"no actor named {actor!r} in the sample (found {page.text_content('#panel-name')!r})")
    page.check(f'input[name="panel-steps"][value="{steps}"]')
    page.click("#ego-show")
    page.wait_for_timeout(700)
    if requests or errors:
        raise SystemExit(f"{html.name}: requests {requests}, errors {errors}")
    png = page.screenshot()
    fragment = page.evaluate("location.hash")
    page.close()
    return png, fragment


def main() -> None:
    from playwright.sync_api import sync_playwright

    from netkort.map import write_map

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the PNG file to write")
    parser.add_argument("--actor", default="Musikbyen Åby Havn", help="whose nearest to show")
    parser.add_argument("--steps", type=int, choices=(1, 2), default=2)
    options = parser.parse_args()
    graph = netkort.load([SAMPLE]).graph
    options.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        html = write_map(Path(scratch) / "kort.html", graph)
        png, fragment = photograph(browser, html, options.actor, options.steps)
        options.out.write_bytes(small_png(browser, png, 128))
        browser.close()
    shown = options.out.relative_to(ROOT) if options.out.is_relative_to(ROOT) else options.out
    print(f"{shown}  {options.out.stat().st_size // 1024} KB  (kort.html{fragment})")


if __name__ == "__main__":
    main()
