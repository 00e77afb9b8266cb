"""A fuzz target for the xlsx guard: the same workbook written every way XML allows, and then some.

Each case is one small workbook whose worksheet and shared strings are written
with random XML whitespace (space, tab, CR, LF) around and inside the cell and
row tags, either quote, any attribute order, namespace prefixes, and ``r``
attributes left out where they are implied. To that come, by chance: stray
cells far from the table (explicit, or placed by the cell before them),
impossible ``count``/``uniqueCount`` values in the shared strings, an absurd
``<dimension ref>``, cells hidden in comments, and raw damage near the tags.

The oracle is exact where the outcome is known: the rows read are the table's
rows, every stray cell is named in one far-cells warning and no other is, and
damage ends in a netkort message, never in anything else. Cases run in one
child process with a memory limit, so a case that would abort the process
(calamine asking for gigabytes) fails the run and names the case instead of
killing the caller; the child's stderr must not show a Rust panic.

    python -m tests.fuzz_guard --count 20000 --seed 7     # by hand, from the repository root
    NETKORT_FUZZ_GUARD=5000 python -m pytest tests/test_xlsx_guard.py -k fuzz
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT = 3 * 1024**3  # the child's address space: an over-allocation aborts it quickly

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADER = ["Navn", "Medarbejder", "Relation"]
TABLE = [HEADER, ["Åby Roklub", "Mette Kjær", "netværk"], ["Torup Skole", "Anne Holm", "samarbejde"],
         ["Vester Bibliotek", "Mette Kjær", "partnerskab"]]
SHARED = sorted({value for row in TABLE for value in row})
WHITESPACE = [" ", "\t", "\n", "\r", "\r\n", "  ", " \t\n"]
# stray cells beyond any table, and the reference netkort names them by
STRAYS = ["XFD1048576", "J1048576", "xfd1048576", "ZZ999999", "XFD100000", "C4294967295", "ZZZZZZ2",
          "AAA200000", "Z18446744073709551617"]
COUNTS = ["0", "-1", "4294967295", "4294967296", str(2**63), str(2**64 - 1), str(10**30), "x", " 9",
          "+4294967295", "", "1e9"]
DIMENSIONS = ["A1:XFD1048576", "XFD1048576", "A1:ZZZZ99999999", "", "A0:B", "A1:C4", "$A$1:$XFD$1048576"]

PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Kontakter" sheetId="1" r:id="rId1"/></sheets>'
        '</workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>'),
}


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Writer:
    """Writes elements the many ways XML allows, chosen by ``rng``."""

    def __init__(self, rng: random.Random, prefix: str) -> None:
        self.rng = rng
        self.prefix = prefix

    def ws(self, empty_ok: bool = False) -> str:
        return self.rng.choice(([""] if empty_ok else []) + WHITESPACE)

    def start(self, name: str, attributes: list[tuple[str, str]], empty: bool = False) -> str:
        rng = self.rng
        attributes = list(attributes)
        rng.shuffle(attributes)
        text = "<" + self.prefix + name
        for key, value in attributes:
            quote = rng.choice(['"', "'"])
            equals = rng.choice(["=", "=", self.ws() + "=", "=" + self.ws(), self.ws() + "=" + self.ws()])
            text += self.ws() + key + equals + quote + value + quote
        return text + self.ws(empty_ok=True) + ("/>" if empty else ">")

    def end(self, name: str) -> str:
        return "</" + self.prefix + name + self.ws(empty_ok=True) * (self.rng.random() < 0.2) + ">"

    def cell(self, ref: str | None, value: str, shared: bool, extra: list[tuple[str, str]] = ()) -> str:
        attributes = [("r", ref)] if ref else []
        attributes += list(extra)
        if shared:
            attributes.append(("t", "s"))
            inner = self.start("v", []) + str(SHARED.index(value)) + self.end("v")
        else:
            attributes.append(("t", "inlineStr"))
            inner = (self.start("is", []) + self.start("t", []) + value.replace("&", "&amp;").replace("<", "&lt;")
                     + self.end("t") + self.end("is"))
        return self.start("c", attributes) + inner + self.end("c")


def sheet_xml(rng: random.Random, strays: list[str], expected_far: set[str]) -> str:
    """The table's worksheet written at random, with ``strays`` added; far cells named into ``expected_far``."""
    prefix = rng.choice(["", "", "x:", "ss:"])
    w = Writer(rng, prefix)
    namespace = ("xmlns:" + prefix[:-1]) if prefix else "xmlns"
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
             w.start("worksheet", [(namespace, NS)])]
    if rng.random() < 0.5:
        parts.append(w.start("dimension", [("ref", rng.choice(DIMENSIONS))], empty=True))
    parts.append(w.start("sheetData", []))
    in_row = {}  # stray cells appended to an existing row
    late = []
    for ref in strays:
        if rng.random() < 0.5:
            in_row.setdefault(rng.randrange(len(TABLE)), []).append(ref)
        else:
            late.append(ref)
    for index, row in enumerate(TABLE):
        number = index + 1
        attributes = [("r", str(number))] if rng.random() < 0.7 else []  # rows follow each other
        if rng.random() < 0.3:
            attributes.append(("spans", "1:" + rng.choice(["3", "16384", "4294967295"])))
        parts.append(w.start("row", attributes))
        for column, value in enumerate(row):
            ref = _letter(column) + str(number)
            if rng.random() < 0.3:
                ref = None  # a cell right of the one before needs no r
            elif rng.random() < 0.2:
                ref = ref.lower()
            parts.append(w.cell(ref, value, shared=rng.random() < 0.6))
        if rng.random() < 0.15:  # a cell in a comment is no cell
            parts.append(f'<!-- <c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>{w.ws()}<c\tr="A99"/> -->')
        for stray in in_row.get(index, []):
            parts.append(w.cell(stray, "x", shared=False))
            expected_far.add(stray.upper())
            if _column(stray) >= 16383 and rng.random() < 0.5:
                # a cell without r goes right of the one before, in its row's row: far as well
                parts.append(w.cell(None, "y", shared=False))
                expected_far.add(_letter(_column(stray) + 1) + str(number))
        parts.append(w.end("row"))
    for stray in late:
        digits = "".join(ch for ch in stray if ch.isdigit())
        parts.append(w.start("row", [("r", digits)] if rng.random() < 0.8 else []))  # the cell keeps its own r
        parts.append(w.cell(stray, "x", shared=False))
        expected_far.add(stray.upper())
        parts.append(w.end("row"))
    parts.append(w.end("sheetData"))
    if rng.random() < 0.3:
        parts.append(w.start("mergeCells", [("count", rng.choice(COUNTS))]) + w.start(
            "mergeCell", [("ref", "A5:A1048576")], empty=True) + w.end("mergeCells"))
    parts.append(w.end("worksheet"))
    return "".join(parts)


def _column(ref: str) -> int:
    """0-based column of a reference."""
    index = 0
    for ch in ref.upper():
        if ch.isalpha():
            index = index * 26 + ord(ch) - 64
    return index - 1


def shared_xml(rng: random.Random, counts: bool) -> str:
    prefix = rng.choice(["", "", "x:"])
    w = Writer(rng, prefix)
    namespace = ("xmlns:" + prefix[:-1]) if prefix else "xmlns"
    attributes = [(namespace, NS)]
    for key in ("count", "uniqueCount"):
        if counts and rng.random() < 0.8:
            attributes.append((key, rng.choice(COUNTS)))
        elif rng.random() < 0.7:
            attributes.append((key, str(len(SHARED))))
    strings = "".join(w.start("si", []) + w.start("t", []) + s + w.end("t") + w.end("si") for s in SHARED)
    return '<?xml version="1.0" encoding="UTF-8"?>' + w.start("sst", attributes) + strings + w.end("sst")


def damage(rng: random.Random, data: str) -> str:
    """Raw damage near tags: stray brackets, quotes, unclosed tags, cut attributes."""
    for _ in range(rng.randint(1, 4)):
        spots = [i for i in range(len(data)) if data[i] == "<"] or [0]
        spot = rng.choice(spots)
        piece = rng.choice(["<", ">", '"', "'", "<row ", "<c r=\"XFD1048576\"", "<c\tr='XFD1048576'>", "</c>",
                            "</row>", "<row r=\"1048576\">", "\x01", "&", "<!--", "]]>", "<c r=\"A0\">"])
        if rng.random() < 0.5:
            data = data[:spot] + piece + data[spot:]
        else:
            data = data[:spot] + piece + data[spot + rng.randint(1, 12):]
    return data


def make_case(rng: random.Random) -> tuple[dict[str, bytes], dict]:
    """One workbook's parts and what reading it must give."""
    strays = rng.sample(STRAYS, rng.randint(1, 3)) if rng.random() < 0.5 else []
    far: set[str] = set()
    sheet = sheet_xml(rng, strays, far)
    shared = shared_xml(rng, counts=rng.random() < 0.5)
    damaged = rng.random() < 0.2
    if damaged:
        if rng.random() < 0.5:
            sheet = damage(rng, sheet)
        else:
            shared = damage(rng, shared)
    parts = {name: text.encode() for name, text in PARTS.items()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    parts["xl/sharedStrings.xml"] = shared.encode("utf-8")
    return parts, {"far": sorted(far), "damaged": damaged}


def write_case(parts: dict[str, bytes], path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def worker(folder: Path) -> None:
    """Read every case in ``folder`` in order; one JSON line per case on stdout."""
    import resource

    from netkort.problems import NetkortError
    from netkort.read.workbook import read_file

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    for path in sorted(folder.glob("case-*.xlsx")):
        print(f"case {path.name}", file=sys.stderr, flush=True)
        result: dict = {"case": path.name}
        try:
            sheets = read_file(path)
            result["rows"] = [sheet.rows for sheet in sheets]
            result["problems"] = [[p.code, p.params] for sheet in sheets for p in sheet.problems]
        except NetkortError as exc:
            result["error"] = getattr(exc, "code", type(exc).__name__)
        print(json.dumps(result), flush=True)


def run(count: int, seed: int, keep: Path | None = None) -> list[str]:
    """Generate and read ``count`` cases; the failures, each naming its case file."""
    rng = random.Random(seed)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fuzz-guard-") as scratch:
        folder = Path(keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        expected = {}
        for number in range(count):
            parts, expect = make_case(rng)
            name = f"case-{number:06d}.xlsx"
            write_case(parts, folder / name)
            expected[name] = expect
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               "RUST_BACKTRACE": "0"}
        child = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(folder)],
                               capture_output=True, text=True, env=env, timeout=60 + count)
        results = {}
        for line in child.stdout.splitlines():
            item = json.loads(line)
            results[item["case"]] = item
        current = None
        for line in child.stderr.splitlines():
            if line.startswith("case "):
                current = line[5:]
            elif "panicked" in line or "memory allocation" in line:
                failures.append(f"{current}: calamine printed {line.strip()!r}")
        if child.returncode != 0:
            last = current or "before the first case"
            failures.append(f"{last}: the reading process ended with {child.returncode} "
                            f"({child.stderr.strip().splitlines()[-1:] or ''})")
        for name, expect in expected.items():
            if name not in results:
                if child.returncode == 0:
                    failures.append(f"{name}: not read")
                continue
            failures.extend(f"{name}: {problem}" for problem in check(results[name], expect))
        if failures and keep is None:
            saved = Path(tempfile.mkdtemp(prefix="fuzz-guard-failed-"))
            for name in {f.split(":")[0] for f in failures if f.startswith("case-")}:
                (saved / name).write_bytes((folder / name).read_bytes())
            failures.append(f"failing cases saved in {saved}")
    return failures


def check(result: dict, expect: dict) -> list[str]:
    """What is wrong with one case's result, given what it must be."""
    if expect["damaged"]:
        return []  # damaged XML: data or a netkort message, both fine; a crash was caught above
    if "error" in result:
        return [f"a valid workbook was refused ({result['error']})"]
    problems = []
    if result["rows"] != [TABLE]:
        problems.append(f"rows read {result['rows']!r:.300}, not the table")
    far = [params for code, params in result["problems"] if code == "far-cells"]
    others = [code for code, _ in result["problems"] if code != "far-cells"]
    if others:
        problems.append(f"unexpected problems {others}")
    if expect["far"]:
        named = set(far[0]["cells"].split(", ")) if far else set()
        if not far or far[0]["count"] != len(expect["far"]) or not named <= set(expect["far"]):
            problems.append(f"far cells {far} instead of {expect['far']}")
    elif far:
        problems.append(f"far cells {far} where there are none")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="write the cases to this folder and keep them")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker)
        return 0
    failures = run(args.count, args.seed, args.keep)
    for failure in failures:
        print(failure)
    print(f"{args.count} cases, seed {args.seed}: {'OK' if not failures else f'{len(failures)} failures'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
