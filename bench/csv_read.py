"""How fast netkort reads a large CSV, against Python's csv module on the same text.

Writes (once, cached in ``bench/out/``) the contacts of :mod:`generate` as a CSV in each
encoding a coordinator's tools write, about ``--mb`` megabytes each, then times
:func:`netkort.read.delimited.read_delimited` (decoding, encoding detection, delimiter,
records and the open-quote guard) against the yardstick ``csv.reader`` over text
already decoded with the right codec.

    python bench/csv_read.py            # 100 MB files
    python bench/csv_read.py --mb 20
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import HEADER, rows  # noqa: E402

from netkort.read.delimited import read_delimited  # noqa: E402

ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "mac_roman", "cp850", "utf-16", "utf-16-le", "utf-32"]


def make_csv(mb: int, codec: str) -> Path:
    path = OUT / f"contacts-{mb}mb-{codec}.csv"
    if path.exists():
        return path
    contacts, _, _ = rows(5000, seed=1)
    lines = [";".join(HEADER)] + [";".join("" if v is None else str(v).replace(";", ",").replace("\n", " ")
                                           for v in row) for row in contacts]
    block = "\r\n".join(lines[1:]) + "\r\n"
    repeat = max(1, mb * 1024 * 1024 // len(block.encode(codec)))
    OUT.mkdir(exist_ok=True)
    path.write_bytes((lines[0] + "\r\n" + block * repeat).encode(codec))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    print(f"{'encoding':<11}{'MB':>6}{'rows':>10}{'netkort s':>11}{'csv s':>8}{'ratio':>7}")
    for codec in ENCODINGS:
        path = make_csv(args.mb, codec)
        started = time.perf_counter()
        sheet = read_delimited(path, str(path))
        ours = time.perf_counter() - started
        started = time.perf_counter()
        text = path.read_bytes().decode(codec)
        yardstick = len(list(csv.reader(io.StringIO(text, newline=""), delimiter=";")))
        theirs = time.perf_counter() - started
        assert yardstick == len(sheet.rows), (codec, yardstick, len(sheet.rows))
        size = path.stat().st_size / 1024 / 1024
        print(f"{codec:<11}{size:>6.0f}{len(sheet.rows):>10}{ours:>11.2f}{theirs:>8.2f}{ours / theirs:>7.2f}")


if __name__ == "__main__":
    main()
