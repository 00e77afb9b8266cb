"""Every command on the sample in every language: exit code as documented, and no sentence of another language.

A run in one language is searched for the text of the others: a msgid (English) in a Danish,
Norwegian or Swedish run, or a Danish translation in a Norwegian, Swedish or English run, is a
sentence the code said without its catalogue. The search covers what a user sees: the terminal,
and every file written (pages as text, workbooks cell by cell and sheet by sheet, exports).
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import SAMPLES
from openpyxl import load_workbook

import netkort
from netkort.cli import cli

LOCALE = Path(netkort.__file__).parent / "locale"
LANGS = ("da", "nb", "sv", "en")
MAIN = SAMPLES / "hovedbibliotek.xlsx"
VENDORED = (Path(netkort.__file__).parent / "assets" / "vis-network.min.js").read_text(encoding="utf-8")
ASSETS = Path(netkort.__file__).parent / "assets"


def _comments() -> list[str]:
    """The comments of netkort's own scripts, inlined in the pages: written for developers, in English."""
    found = []
    for script in sorted(ASSETS.glob("*.js")):
        for line in script.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("//", "/*", "*")):
                found.append(stripped)
            elif " // " in line:
                found.append("// " + line.split(" // ", 1)[1].strip())
    return sorted(set(found), key=len, reverse=True)


COMMENTS = _comments()
# A fragment is long enough to be a sentence of its language, not a shared word or a name.
MIN_WORDS, MIN_CHARS = 3, 18
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%%")


def _strings(message) -> list[str]:
    return list(message) if isinstance(message, tuple) else [message]


@cache
def texts() -> dict[str, set[str]]:
    """Every sentence of each language as the catalogues have it (en: the msgids)."""
    found: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for lang in ("da", "nb", "sv"):
        with open(LOCALE / lang / "LC_MESSAGES" / "netkort.po", "rb") as file:
            for message in read_po(file, locale=lang):
                if message.id:
                    found[lang].update(_strings(message.string))
                    found["en"].update(_strings(message.id))
    return found


def _fragments(sentence: str) -> list[str]:
    return [part.strip(" .,;:()'\"") for part in PLACEHOLDER.split(sentence)]


@cache
def foreign(lang: str) -> dict[str, str]:
    """Fragments of the other languages' sentences that no sentence of ``lang`` contains."""
    own = "\n".join(texts()[lang])
    out: dict[str, str] = {}
    for other in LANGS:
        if other == lang:
            continue
        for sentence in texts()[other]:
            for fragment in _fragments(sentence):
                if (len(fragment) >= MIN_CHARS and len(fragment.split()) >= MIN_WORDS
                        and fragment not in own):
                    out[fragment] = other
    return out


def _readable(path: Path) -> str:
    """What a user reads in an output file, as text."""
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        cells = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                 for v in row if v is not None]
        return "\n".join([*book.sheetnames, *cells])
    text = path.read_text(encoding="utf-8", errors="replace").replace(VENDORED, "")
    if path.suffix == ".html":
        for comment in COMMENTS:
            text = text.replace(comment, "")
    if path.suffix == ".csv":  # a cell at a time: the delimiter is the language's (';' or ',')
        text = re.sub(r"[;,]", "\n", text)
    if path.suffix in (".html", ".json"):
        # JSON in a page or a file may escape letters (\u00e6) and slashes.
        text += "\n" + re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
        text = html.unescape(text)
    return text


def untranslated(lang: str, text: str) -> list[str]:
    return sorted(f"{other}: {fragment}" for fragment, other in foreign(lang).items() if fragment in text)


RUNS = {
    "check": (["check", str(SAMPLES / "filial.xlsx")], 0, []),
    "check-errors": (["check", str(MAIN)], 1, []),
    "template": (["template", "{out}/skabelon.xlsx"], 0, ["skabelon.xlsx"]),
    "map": (["map", str(MAIN), "-o", "{out}/kort.html"], 0, ["kort.html"]),
    "map-spaces": (["map", str(MAIN), "--layout", "spaces", "-o", "{out}/rum.html"], 0, ["rum.html"]),
    "analyse": (["analyse", str(MAIN), "-o", "{out}/rapport.html", "--xlsx", "{out}/rapport.xlsx"], 0,
                ["rapport.html", "rapport.xlsx"]),
    "analyse-json": (["analyse", str(MAIN), "--json"], 0, []),
    "friends": (["friends", str(MAIN), "-o", "{out}/venner.html"], 0, ["venner.html"]),
    "merge": (["merge", str(SAMPLES / "filial.xlsx"), str(SAMPLES / "interessentanalyse.xlsx"),
               "-o", "{out}/samlet.xlsx"], 0, ["samlet.xlsx"]),
    "compare": (["compare", str(SAMPLES / "hovedbibliotek-2022.xlsx"), str(SAMPLES / "hovedbibliotek-2023.xlsx"),
                 str(SAMPLES / "hovedbibliotek-2024.xlsx"), "-o", "{out}/udvikling.html"], 0, ["udvikling.html"]),
    "export-graphml": (["export", str(MAIN), "-o", "{out}/net.graphml"], 0, ["net.graphml"]),
    "export-csv": (["export", str(MAIN), "-o", "{out}/net.csv"], 0, None),
}


SEGMENT = re.compile(r'[<>"\n\t]|\\n')


def segments(text: str) -> set[str]:
    """The sentences of an output: lines, a page's text between tags, JSON strings."""
    return {part.strip() for part in SEGMENT.split(text)
            if sum(word.isalpha() and len(word) > 1 for word in part.split()) >= MIN_WORDS}


def danish_leftovers(seen: dict[str, str]) -> list[str]:
    """Sentences a Norwegian and a Swedish run share with the Danish one but not the English one:
    Danish the code wrote without a catalogue (data is the same in all four runs). A sentence that
    really is the same in the three languages is one the catalogues have."""
    nordic = segments(seen["da"]) & segments(seen["nb"]) & segments(seen["sv"])
    known = texts()["nb"] | texts()["sv"]
    return sorted(s for s in nordic - segments(seen["en"]) if s not in known)


def run(runner, tmp_path: Path, args: list[str], code: int, files, lang: str) -> str:
    out = tmp_path / lang
    out.mkdir()
    args = [a.replace("{out}", str(out)) for a in args]
    result = runner.invoke(cli, [*args, "--lang", lang], catch_exceptions=False)
    assert result.exit_code == code, result.output
    written = sorted(p for p in out.rglob("*") if p.is_file()) if files is None else [out / f for f in files]
    assert all(p.exists() for p in written)
    return result.stdout + "\n" + result.stderr + "\n" + "\n".join(_readable(p) for p in written)


def foreign_sentences(seen: dict[str, str]) -> dict[str, list[str]]:
    """Each run's sentences of another language; one that all four runs show is the input's own data
    (a space written 'Det performative rum' in the sample), said as the user wrote it."""
    found = {lang: untranslated(lang, text) for lang, text in seen.items()}
    data = {f for fragments in found.values() for f in fragments
            if all(f.split(": ", 1)[1] in text for text in seen.values())}
    return {lang: [f for f in fragments if f not in data] for lang, fragments in found.items()}


def assert_one_language(seen: dict[str, str]) -> None:
    assert foreign_sentences(seen) == dict.fromkeys(LANGS, [])
    assert danish_leftovers(seen) == []


@pytest.mark.parametrize("name", list(RUNS))
def test_every_command_speaks_one_language(runner, tmp_path, name):
    args, code, files = RUNS[name]
    assert_one_language({lang: run(runner, tmp_path, args, code, files, lang) for lang in LANGS})


def test_the_demo_speaks_one_language(runner, tmp_path):
    seen = {lang: run(runner, tmp_path, ["demo", "{out}/demo"], 0, None, lang) for lang in LANGS}
    assert len(list((tmp_path / "da").rglob("*.html"))) >= 5
    assert_one_language(seen)


def test_the_search_finds_a_foreign_sentence():
    """The check itself can fail: an English msgid in a Danish text is found, and a Danish one in Swedish."""
    assert untranslated("da", "'x' is not a relation level; did you mean") == ["en: is not a relation level"]
    assert untranslated("sv", "'x' er ikke et relationsniveau") == ["da: er ikke et relationsniveau"]
    assert untranslated("da", "'x' er ikke et relationsniveau") == []
    seen = {"da": "<p>Ingen kontakter fundet her</p>", "nb": "<p>Ingen kontakter fundet her</p>",
            "sv": "<p>Ingen kontakter fundet her</p>", "en": "<p>No contacts found here</p>"}
    assert danish_leftovers(seen) == ["Ingen kontakter fundet her"]


def test_json_keeps_its_keys(runner):
    """analyse --json is data: its keys are the same in every language (only the labels are said)."""
    keys = {}
    for lang in LANGS:
        result = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--lang", lang], catch_exceptions=False)
        keys[lang] = sorted(json.loads(result.stdout))
    assert keys["nb"] == keys["sv"] == keys["en"] == keys["da"]
