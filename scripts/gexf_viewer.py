"""Photograph netkort's GEXF export opened in a browser-side viewer: graphology-gexf and sigma.js.

    npm install --prefix .ci/js graphology@0.26.0 graphology-gexf@0.13.2 sigma@2.4.0
    python scripts/gexf_viewer.py        # writes docs/img/gexf-sigma.png

The page is built from the npm packages (no CDN: graphology's and sigma's UMD builds
inlined, graphology-gexf's parser wrapped in a few lines of require) and the GEXF file
as netkort writes it; Chromium draws it with software WebGL. Nothing of this ships.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / ".ci" / "js" / "node_modules"
OUT = ROOT / "docs" / "img" / "gexf-sigma.png"
sys.path.insert(0, str(ROOT))

PARSER = {  # graphology-gexf's parser and what it requires, by the name it requires them under
    "graphology-gexf/common/parser.js": "graphology-gexf/common/parser.js",
    "graphology-gexf/common/helpers.js": "graphology-gexf/common/helpers.js",
    "graphology-utils/is-graph-constructor": "graphology-utils/is-graph-constructor.js",
    "graphology-utils/add-edge": "graphology-utils/add-edge.js",
}
REQUIRE = """
var registry = {}, cache = {};
function define(name, fn) { registry[name] = fn; }
function resolve(from, name) {
  if (name[0] !== '.') return name;
  var base = from.split('/').slice(0, -1);
  name.split('/').forEach(function (part) { if (part === '..') base.pop(); else if (part !== '.') base.push(part); });
  return base.join('/');
}
function load(name) {
  if (cache[name]) return cache[name].exports;
  var module = cache[name] = {exports: {}};
  registry[name](module, module.exports, function (dep) { return load(resolve(name, dep)); });
  return module.exports;
}
"""
DRAW = """
var graph = load('graphology-gexf/common/parser.js')(DOMParser, Document)(graphology.Graph, GEXF);
graph.forEachNode(function (key, a) {
  graph.mergeNodeAttributes(key, {actorType: a.type, size: a.size / 2,
                                  label: a.kind !== 'actor' || a.level === 'partnership' ? a.label : ''});
  graph.removeNodeAttribute(key, 'type');  // sigma reads "type" as its drawing program
});
new Sigma(graph, document.getElementById('map'), {labelRenderedSizeThreshold: 0, labelSize: 12});
window.drawn = graph.order + ' nodes, ' + graph.size + ' edges';
"""


def page(gexf: str) -> str:
    scripts = [(MODULES / "graphology/dist/graphology.umd.min.js").read_text(encoding="utf-8"),
               (MODULES / "sigma/build/sigma.min.js").read_text(encoding="utf-8"), REQUIRE]
    for name, file in PARSER.items():
        source = (MODULES / file).read_text(encoding="utf-8")
        scripts.append(f"define({json.dumps(name)}, function (module, exports, require) {{\n{source}\n}});")
    scripts.append(f"var GEXF = {json.dumps(gexf, ensure_ascii=False)};\n{DRAW}")
    body = "".join(f"<script>{s}</script>" for s in scripts)
    return ("<!doctype html><html lang='da'><head><meta charset='utf-8'><title>GEXF i sigma.js</title>"
            "<style>html,body{margin:0;height:100%}#map{width:100%;height:100%}"
            "p{position:absolute;left:12px;top:4px;margin:0;font:14px sans-serif;z-index:2}</style></head>"
            "<body><p>hovedbibliotek.gexf fra netkort, åbnet med graphology-gexf og sigma.js</p>"
            f"<div id='map'></div>{body}</body></html>")


def main() -> None:
    from playwright.sync_api import sync_playwright

    from netkort import export, load

    with tempfile.TemporaryDirectory() as folder:
        gexf = export(load([ROOT / "sample_networks" / "hovedbibliotek.xlsx"]).graph, Path(folder) / "net.gexf")
        html = Path(folder) / "viewer.html"
        html.write_text(page(gexf.read_text(encoding="utf-8")), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True,
                args=["--no-sandbox", "--disable-background-networking", "--use-angle=swiftshader",
                      "--enable-unsafe-swiftshader"])
            view = browser.new_page(viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            view.on("pageerror", lambda error: errors.append(str(error)))
            view.route("http*://**/*", lambda route: (errors.append(route.request.url), route.abort()))
            view.goto(html.as_uri())
            view.wait_for_function("window.drawn")
            view.wait_for_timeout(1000)
            if errors:
                raise SystemExit(f"the viewer failed: {errors}")
            print(view.evaluate("window.drawn"))
            view.screenshot(path=str(OUT))
            browser.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
