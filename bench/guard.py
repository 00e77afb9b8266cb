"""How long the xlsx guard takes on hostile and on big sheets (speed figures live here, not in tests).

    python bench/guard.py             # unclosed tags at 5k, 10k, 20k, 200k; a big sheet written two ways
    python bench/guard.py --rows 200000

Each line: the sheet, its size, and the seconds :func:`netkort.read.xlsx_guard._scan_sheet`
takes on it (best of three), then what became of the sheet. The tests count the work
(tests/test_xlsx_guard.py); these are the wall-clock figures that go with them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netkort.problems import InputFileError  # noqa: E402
from netkort.read.xlsx_guard import _scan_sheet  # noqa: E402

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
TABLE = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>Åby Roklub</t></is></c></row>')
FAR = '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'


def sheet(body: str, prefix: str = "") -> bytes:
    namespace = f"xmlns:{prefix[:-1]}" if prefix else "xmlns"
    return (f'<?xml version="1.0"?><{prefix}worksheet {namespace}="{NS}"><{prefix}sheetData>{body}'
            f"</{prefix}sheetData></{prefix}worksheet>").encode()


def big(rows: int, prefix: str = "", far: bool = False) -> bytes:
    p = prefix
    body = "".join(f'<{p}row r="{r}">' + "".join(f'<{p}c r="{c}{r}" t="s"><{p}v>{r}</{p}v></{p}c>' for c in "ABCDEFGHIJ")
                   + f"</{p}row>" for r in range(1, rows + 1))
    return sheet(body + (f'<{p}row r="1048576"><{p}c r="XFD1048576"><{p}v>1</{p}v></{p}c></{p}row>' if far else ""), p)


def measure(data: bytes) -> tuple[float, str]:
    best, outcome = float("inf"), ""
    for _ in range(3):
        started = time.perf_counter()
        try:
            scan, cleaned = _scan_sheet(data, "bench.xlsx", "Ark1")
            outcome = (f"far cells {scan.far_cells}" if scan.far_cells
                       else "passed on as it is (calamine reads or refuses it)" if cleaned is None else "passed on, repaired")
        except InputFileError as exc:
            outcome = f"refused: {exc.code}"
        best = min(best, time.perf_counter() - started)
    return best, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of ten cells in the big sheet")
    args = parser.parse_args()
    cases: list[tuple[str, bytes]] = []
    for count in (5_000, 10_000, 20_000, 200_000):
        cases.append((f"{count:>7,} unclosed <row", sheet(TABLE + "<row " * count)))
        cases.append((f"{count:>7,} unclosed <c r=", sheet(TABLE + '<c r="B2"' * count)))
        cases.append((f"{count:>7,} unclosed <row + far cell", sheet(TABLE.replace("</c></row>", "</c>" + FAR + "</row>", 1)
                                                                  + "<row " * count)))
    cases.append((f"{args.rows:,} rows × 10 cells", big(args.rows)))
    cases.append((f"{args.rows:,} rows × 10 cells + far cell", big(args.rows, far=True)))
    cases.append((f"{args.rows:,} rows × 10 cells, x: prefix", big(args.rows, "x:")))
    cases.append((f"{args.rows:,} rows × 10 cells, x: prefix + far cell", big(args.rows, "x:", True)))
    print(f"{'sheet':50} {'MB':>7} {'seconds':>8}  outcome")
    for name, data in cases:
        seconds, outcome = measure(data)
        print(f"{name:50} {len(data) / 1e6:7.2f} {seconds:8.3f}  {outcome}")


if __name__ == "__main__":
    main()
