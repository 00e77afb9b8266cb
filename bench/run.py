"""The benchmark: every command at 1k, 5k, 20k and 100k actors, against a yardstick.

For each size it generates (once, cached in ``bench/out/``) a deterministic
workbook with :mod:`generate`, then runs each netkort command the way a user
does (a fresh ``python -m netkort.cli`` process, start-up included) and
measures wall time and that process's peak memory. The yardstick, measured in
the same run on the same file, is ``pandas.read_excel(engine="openpyxl")``:
what merely reading the workbook costs with the usual tools. Maps of 5k and
20k actors are also opened in headless Chromium to time drawing and search.

    pip install -e ".[bench]"
    python bench/run.py                       # all sizes, prints a table
    python bench/run.py --sizes 1000,20000 --json bench/out/results.json
    python bench/run.py --no-browser

Prints one table: seconds, peak MB and the ratio to the yardstick.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from generate import make_workbook  # noqa: E402

YARDSTICK = ("import sys, pandas; "
             "pandas.read_excel(sys.argv[1], engine='openpyxl', sheet_name=None)")
# The goals of issue 6, as ratios to the yardstick at 20k actors.
GOALS = {"check --json": 0.5, "analyse --json": 1.0, "map": 1.0, "friends": 1.0, "merge": 1.0,
         "export": 1.0}


def commands(workbook: Path, scratch: Path) -> dict[str, list[str]]:
    """The command lines measured, by name."""
    w = str(workbook)
    return {
        "check --json": ["check", w, "--json"],
        "analyse --json": ["analyse", w, "--json"],
        "map": ["map", w, "-o", str(scratch / "kort.html")],
        "friends": ["friends", w, "-o", str(scratch / "venner.html")],
        "merge": ["merge", w, "-o", str(scratch / "samlet.xlsx")],
        "export": ["export", w, "-o", str(scratch / "net.graphml")],
    }


def measure(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, process.returncode


def available(name: str) -> bool:
    """Whether this checkout has the command yet (the table says when it doesn't)."""
    from netkort.cli import cli

    return name.split()[0] in cli.commands


def browser_timings(page_path: Path) -> dict[str, float]:
    """Seconds until the map is drawn, and until a search has selected a node."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("NETKORT_CHROMIUM", "/usr/bin/chromium"), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.network && window.nodes && window.nodes.length > 0",
                               timeout=120_000)
        page.evaluate("() => new Promise(r => { window.network.once('afterDrawing', r); "
                      "window.network.redraw(); })")
        drawn = time.perf_counter() - started
        name = page.evaluate("() => window.nodes.get().find(n => n.kind === 'actor' || n.group === "
                             "'actor' || n.shape === 'dot').label || ''")
        started = time.perf_counter()
        search = page.locator("input[type=search]").first
        search.fill(name[:12])
        search.press("Enter")
        page.wait_for_function("window.network.getSelectedNodes().length > 0", timeout=60_000)
        searched = time.perf_counter() - started
        browser.close()
    return {"drawn": drawn, "search": searched}


def run(sizes: list[int], browser: bool) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "sizes": {}}
    for size in sizes:
        workbook = OUT / f"actors-{size}.xlsx"
        if not workbook.exists():
            print(f"genererer {workbook.name} …", file=sys.stderr)
            make_workbook(size, workbook)
        scratch = OUT / f"run-{size}"
        scratch.mkdir(exist_ok=True)
        row: dict = {}
        seconds, mb, _ = measure([sys.executable, "-c", YARDSTICK, str(workbook)])
        row["yardstick"] = {"seconds": seconds, "mb": mb}
        print(f"{size:>7} yardstick {seconds:7.2f} s", file=sys.stderr)
        for name, args in commands(workbook, scratch).items():
            if not available(name):
                row[name] = None
                continue
            seconds, mb, code = measure([sys.executable, "-m", "netkort.cli", *args])
            row[name] = {"seconds": seconds, "mb": mb, "exit": code,
                         "ratio": seconds / row["yardstick"]["seconds"]}
            print(f"{size:>7} {name:<15} {seconds:7.2f} s {mb:7.0f} MB exit {code}", file=sys.stderr)
        if browser and size in (5000, 20000) and row.get("map"):
            row["browser"] = browser_timings(scratch / "kort.html")
        results["sizes"][size] = row
    return results


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "processor": platform.processor() or platform.machine()}


def table(results: dict) -> str:
    """The results as one plain-text table (Markdown-compatible)."""
    lines = ["| actors | command | seconds | peak MB | × yardstick |", "|---:|---|---:|---:|---:|"]
    for size, row in results["sizes"].items():
        y = row["yardstick"]
        lines.append(f"| {int(size):,} | pandas+openpyxl read (yardstick) | {y['seconds']:.2f} | "
                     f"{y['mb']:.0f} | 1.00 |")
        for name in GOALS:
            entry = row.get(name)
            if entry is None:
                lines.append(f"| {int(size):,} | {name} | – | – | – |")
                continue
            flag = "" if entry["exit"] in (0, 1) else f" (exit {entry['exit']})"
            lines.append(f"| {int(size):,} | {name}{flag} | {entry['seconds']:.2f} | {entry['mb']:.0f} | "
                         f"{entry['ratio']:.2f} |")
        if "browser" in row:
            b = row["browser"]
            lines.append(f"| {int(size):,} | map in Chromium: drawn / search answered | "
                         f"{b['drawn']:.2f} / {b['search']:.2f} | | |")
    return "\n".join(lines)


def growth(results: dict, small: int = 10000, large: int = 100000) -> str:
    """How each command grows from ``small`` to ``large`` actors (×10 actors)."""
    sizes = results["sizes"]
    if small not in sizes or large not in sizes:
        return ""
    parts = []
    for name in ["yardstick", *GOALS]:
        a, b = sizes[small].get(name), sizes[large].get(name)
        if a and b:
            parts.append(f"{name} ×{b['seconds'] / a['seconds']:.1f}")
    return f"{small:,} → {large:,} actors: " + ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000,20000,100000")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = run(sizes, browser=not args.no_browser)
    m = results["machine"]
    print(f"\n{m['cpus']} cores, Python {m['python']}, {m['platform']}\n")
    print(table(results))
    if growth(results):
        print("\n" + growth(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
