"""Photograph the map as people who see it differently do (docs/img/a11y/map-*.png).

    python scripts/map_a11y_screenshots.py             # writes docs/img/a11y/map-*.png
    python scripts/map_a11y_screenshots.py --out DIR   # somewhere else

The bundled sample's map, opened offline in headless Chromium: at 320 CSS pixels (the
whole page, an actor's details as a bottom sheet, and the Liste view), and with
Chromium's own simulation of colour vision (CDP Emulation.setEmulatedVisionDeficiency,
the model tests/colour_vision.py uses too): deuteranopia and protanopia with colour by
staff member and by space, and achromatopsia (greyscale) with colour by relation level,
where the rings and dashes tell the levels apart. The script stops if a page asks the
network for anything or throws.

The PNGs are stored with a palette of 64 colours, 24 for the greyscale ones (the most
frequent on the screenshot; rarer anti-aliasing shades go to the nearest), so each stays well under
150 KB without a dependency: Chromium decodes the screenshot, Python's zlib writes it.
"""

from __future__ import annotations

import argparse
import base64
import struct
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screenshots import ARGS, CHROMIUM, SAMPLE  # noqa: E402

import netkort  # noqa: E402

OUT = ROOT / "docs" / "img" / "a11y"
READY = "() => document.documentElement.dataset.ready === 'true'"
PHONE, DESK, WIDE = (320, 640), (1120, 720), (1280, 800)   # the spaces layout wants room for its labels
COLOURS = {None: 64, "achromatopsia": 24}   # palette entries per PNG: greys need fewer

# png name: (map options, viewport, vision deficiency, full page, what a person does first)
SHOTS = {
    "map-320.png": ({}, PHONE, None, True, None),
    "map-320-details.png": ({}, PHONE, None, False, "details"),
    "map-320-list.png": ({}, PHONE, None, False, "list"),
    "map-deuteranopia-staff.png": ({"color": "staff", "layout": "force"}, DESK, "deuteranopia", False, None),
    "map-protanopia-staff.png": ({"color": "staff", "layout": "force"}, DESK, "protanopia", False, None),
    "map-deuteranopia-spaces.png": ({"layout": "spaces", "color": "space"}, WIDE, "deuteranopia", False, None),
    "map-achromatopsia-circle.png": ({}, DESK, "achromatopsia", False, None),
    "map-achromatopsia-force.png": ({"layout": "force"}, DESK, "achromatopsia", False, "zoom"),
}

# Decode a PNG in the browser and index its colours: the most frequent make the
# palette, every other colour goes to the nearest of them (squared RGB distance).
INDEX = """async ([png, colours]) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + png;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const rgba = context.getImageData(0, 0, image.width, image.height).data;
    const count = new Map();
    for (let i = 0; i < rgba.length; i += 4) {
        const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
        count.set(key, (count.get(key) || 0) + 1);
    }
    const palette = [...count.keys()].sort((a, b) => count.get(b) - count.get(a)).slice(0, colours);
    const slot = new Map(palette.map((key, i) => [key, i]));
    const nearest = key => {
        let best = 0, bestDistance = Infinity;
        palette.forEach((p, i) => {
            const dr = (p >> 16) - (key >> 16), dg = ((p >> 8) & 255) - ((key >> 8) & 255), db = (p & 255) - (key & 255);
            const d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) { best = i; bestDistance = d; }
        });
        return best;
    };
    const indices = new Uint8Array(rgba.length / 4);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j++) {
        const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
        if (!slot.has(key)) slot.set(key, nearest(key));
        indices[j] = slot.get(key);
    }
    const bytes = new Uint8Array(palette.length * 3);
    palette.forEach((p, i) => { bytes[3 * i] = p >> 16; bytes[3 * i + 1] = (p >> 8) & 255; bytes[3 * i + 2] = p & 255; });
    const base64 = array => { let s = ''; for (let i = 0; i < array.length; i += 32768)
        s += String.fromCharCode.apply(null, array.subarray(i, i + 32768)); return btoa(s); };
    return {width: image.width, height: image.height, palette: base64(bytes), indices: base64(indices)};
}"""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def palette_png(width: int, height: int, palette: bytes, indices: bytes) -> bytes:
    """An 8-bit indexed PNG: one palette entry (RGB) per colour, one byte per pixel."""
    rows = b"".join(b"\x00" + indices[y * width:(y + 1) * width] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
            + _chunk(b"PLTE", palette) + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b""))


def small_png(browser, png: bytes, colours: int) -> bytes:
    page = browser.new_page()
    indexed = page.evaluate(INDEX, [base64.b64encode(png).decode(), colours])
    page.close()
    return palette_png(indexed["width"], indexed["height"], base64.b64decode(indexed["palette"]),
                       base64.b64decode(indexed["indices"]))


def photograph(browser, html: Path, viewport, vision, full_page, action) -> bytes:
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    requests: list[str] = []
    errors: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (requests.append(route.request.url), route.abort()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    if vision:
        session = page.context.new_cdp_session(page)
        session.send("Emulation.setEmulatedVisionDeficiency", {"type": vision})
    page.goto(html.resolve().as_uri())
    page.wait_for_function(READY, timeout=30000)
    if action == "details":        # search, Enter: the details open as a sheet over the lower half
        page.fill("#search", "roklub")
        page.press("#search", "Enter")
        page.wait_for_selector("#panel:not([hidden])")
    elif action == "list":         # the shortcut to the Liste view
        page.click("text=Til listen")
    elif action == "zoom":         # by keyboard: zoom in twice on the focused map
        page.focus("#map")
        for key in ("+", "+"):
            page.keyboard.press(key)
    page.wait_for_timeout(700)
    if requests or errors:
        raise SystemExit(f"{html.name}: requests {requests}, errors {errors}")
    png = page.screenshot(full_page=full_page)
    page.close()
    return png


def main() -> None:
    from playwright.sync_api import sync_playwright

    from netkort.map import write_map

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNG files go")
    out = parser.parse_args().out
    graph = netkort.load([SAMPLE]).graph
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for name, (options, viewport, vision, full_page, action) in SHOTS.items():
            html = write_map(Path(scratch) / name.replace(".png", ".html"), graph, **options)
            target = out / name
            png = photograph(browser, html, viewport, vision, full_page, action)
            target.write_bytes(small_png(browser, png, COLOURS.get(vision, COLOURS[None])))
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                  f"  {target.stat().st_size // 1024} KB")
        browser.close()


if __name__ == "__main__":
    main()
