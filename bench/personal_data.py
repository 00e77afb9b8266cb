"""Benchmark of the personal-data scan (netkort.personal): how much it adds, and that it is linear.

    python bench/personal_data.py                 # 20,000 actors, every free-text cell with data

Writes a 20,000-actor CSV whose Aktiviteter, Kontaktperson and Noter cells each hold an
e-mail address, a phone number or a CPR-like number, then times ``load`` (which warns about
every such cell) and a default map and board (which mask them), and masking one cell of 1, 10
and 100 million characters. Prints seconds and the number of regular-expression passes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netkort import personal  # noqa: E402
from netkort.friends import board, write_board  # noqa: E402
from netkort.map import write_map  # noqa: E402
from netkort.network import load  # noqa: E402


def workbook(path: Path, n: int) -> Path:
    rows = ["Navn;Type;Kontaktperson;Medarbejder;Relation;Aktiviteter;Noter"]
    for i in range(n):
        rows.append(f"Forening {i};forening;Hanne {i}, hanne{i}@x.dk;Bo {i % 40};netværk;"
                    f"Ring på {20000000 + i:08d} før 2024;CPR 010190-{i % 10000:04d}, 8000 Aarhus")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def timed(label: str, work) -> object:
    personal.SCANS["count"] = 0
    started = time.perf_counter()
    result = work()
    print(f"{label:<38}{time.perf_counter() - started:7.2f} s  {personal.SCANS['count']:>9} scans")
    return result


def main(n: int = 20000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        network = timed(f"load + warnings ({n} actors)", lambda: load([workbook(folder / "k.csv", n)]))
        print(f"{'':<38}{sum(p.code.startswith('personal') for p in network.problems):>9} warnings")
        timed("map (masked)", lambda: write_map(folder / "k.html", network.graph))
        timed("board (masked)", lambda: write_board(board(network.graph), folder / "v.html"))
        for size in (1_000_000, 10_000_000, 100_000_000):
            text = ("Å" * 97 + " 20 12 34 56 ") * (size // 110)
            timed(f"mask one cell of {size:,} characters", lambda text=text: personal.mask(text))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
