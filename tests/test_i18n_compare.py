"""compare and development in Norwegian and Swedish (issue 14): the summary sentences, their plural
forms, the page and the terminal, through the gettext catalogues; Danish and English as before.

The vocabulary's labels (LEVEL_LABELS, SPACE_LABELS) belong to another slice of the conversion, so
where a sentence or a page shows one, the expected text takes it from the table rather than spelling it.
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.compare import Snapshot, compare, write_comparison
from netkort.development import development, write_development
from netkort.network import load
from netkort.vocabulary import LEVEL_LABELS

OLD_SAMPLE = SAMPLES / "hovedbibliotek-2024.xlsx"
NEW_SAMPLE = SAMPLES / "hovedbibliotek.xlsx"
YEARS = [SAMPLES / f"hovedbibliotek-{year}.xlsx" for year in (2022, 2023, 2024)] + [NEW_SAMPLE]
ROOT = Path(__file__).resolve().parents[1]
MINE = [ROOT / "netkort" / "compare.py", ROOT / "netkort" / "development.py",
        ROOT / "netkort" / "templates" / "compare.html"]

HEADER = ["Navn", "Type", "Medarbejder", "Relation", "Rum"]
OLD = [["A", "forening", "Bo", "netværk", "Læring"], ["B", "virksomhed", "Bo", "samarbejde", "Inspiration"],
       ["C", "uddannelse", "Bo", "partnerskab", "Inspiration"], ["E", "forening", "Bo", "netværk", "Møderum"]]
# one of each: 1 new, 1 lost, 1 up, 1 partnership, 1 network relation
ONE = [["A", "forening", "Bo", "samarbejde", "Læring"], ["B", "virksomhed", "Bo", "samarbejde", "Inspiration"],
       ["C", "uddannelse", "Bo", "partnerskab", "Inspiration"], ["D", "forening", "Bo", "netværk", "Møderum"]]
# two of each: 2 new, 2 lost, 2 up, two staff members joined, a space's first two partnerships
OLD2 = [["A", "forening", "Bo", "netværk", "Læring"], ["B", "virksomhed", "Bo", "samarbejde", "Møderum"],
        ["C", "uddannelse", "Bo", "partnerskab", "Inspiration"], ["E", "forening", "Ib", "netværk", "Møderum"],
        ["F", "forening", "Ib", "netværk", "Performativ"]]
TWO = [["A", "forening", "Ulla", "partnerskab", "Møderum"], ["B", "virksomhed", "Bo", "partnerskab", "Møderum"],
       ["C", "uddannelse", "Bo", "partnerskab", "Inspiration"], ["D", "forening", "Vera", "netværk", "Læring"],
       ["G", "forening", "Vera", "netværk", "Læring"]]


def network(tmp_path, name, rows, header=HEADER):
    return load([make_xlsx(tmp_path / name, {"Kontakter": [header, *rows]})])


@pytest.fixture(scope="module")
def samples():
    return compare(load([OLD_SAMPLE]), load([NEW_SAMPLE]))


@pytest.fixture(scope="module")
def course():
    return development([load([path]) for path in YEARS])


# --- the summary -------------------------------------------------------------------------------

def test_the_samples_compared_in_norwegian(samples):
    assert samples.summary("nb") == [
        "Nettverket vokste fra 255 til 300 aktører.",
        "60 nye aktører kom til, og 15 forsvant.",
        "20 relasjoner rykket opp i nettverkssirkelen, og 5 rykket ned.",
        "Nå er det 45 partnerskap (før 39), 88 samarbeid (før 73) og 164 nettverksrelasjoner (før 143).",
        "Sofie Lund kom til, og Henrik Skov sluttet.",
        "Det performative rommet har nå bare nettverkskontakter (før 2 samarbeid).",
    ]


def test_the_samples_compared_in_swedish(samples):
    assert samples.summary("sv") == [
        "Nätverket växte från 255 till 300 aktörer.",
        "60 nya aktörer tillkom och 15 försvann.",
        "20 relationer flyttade upp i nätverkscirkeln och 5 flyttade ner.",
        "Nu finns det 45 partnerskap (före 39), 88 samarbeten (före 73) och 164 nätverksrelationer (före 143).",
        "Sofie Lund tillkom och Henrik Skov slutade.",
        "Det performativa rummet har nu bara nätverkskontakter (före 2 samarbeten).",
    ]


def test_danish_and_english_are_unchanged(samples):
    assert samples.summary("da") == [
        "Netværket voksede fra 255 til 300 aktører.",
        "60 nye aktører kom til, og 15 forsvandt.",
        "20 relationer rykkede op i netværkscirklen, og 5 rykkede ned.",
        "Nu er der 45 partnerskaber (før 39), 88 samarbejder (før 73) og 164 netværksrelationer (før 143).",
        "Sofie Lund kom til, og Henrik Skov stoppede.",
        "Det performative rum har nu kun netværkskontakter (før 2 samarbejder).",
    ]
    assert samples.summary("en") == [
        "The network grew from 255 to 300 actors.",
        "60 actors are new and 15 were lost.",
        "20 relations moved up the network circle and 5 moved down.",
        "There are now 45 partnerships (before 39), 88 cooperations (before 73) and 164 network relations "
        "(before 143).",
        "Sofie Lund joined and Henrik Skov left.",
        "The performative space now has only network contacts (before: 2 cooperations).",
    ]


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("nb",
     ["Nettverket har fortsatt 4 aktører.",
      "1 ny aktør kom til, og 1 forsvant.",
      "1 relasjon rykket opp i nettverkssirkelen, og 0 rykket ned.",
      "Nå er det 1 partnerskap (før 1), 2 samarbeid (før 1) og 1 nettverksrelasjon (før 2).",
      "Læringsrommet har nå samarbeid, men fortsatt ikke noe partnerskap.",
      "Møterommet har fortsatt bare nettverkskontakter.",
      "Det performative rommet har fortsatt ingen aktører."],
     ["Nettverket har fortsatt 5 aktører.",
      "2 nye aktører kom til, og 2 forsvant.",
      "2 relasjoner rykket opp i nettverkssirkelen, og 0 rykket ned.",
      "Nå er det 3 partnerskap (før 1), 0 samarbeid (før 1) og 2 nettverksrelasjoner (før 3).",
      "Ulla og Vera kom til, og Ib sluttet.",
      "Læringsrommet har fortsatt bare nettverkskontakter.",
      "Møterommet fikk sine første partnerskap (2).",
      "Det performative rommet har ikke lenger noen aktører."]),
    ("sv",
     ["Nätverket har fortfarande 4 aktörer.",
      "1 ny aktör tillkom och 1 försvann.",
      "1 relation flyttade upp i nätverkscirkeln och 0 flyttade ner.",
      "Nu finns det 1 partnerskap (före 1), 2 samarbeten (före 1) och 1 nätverksrelation (före 2).",
      "Läranderummet har nu samarbeten, men fortfarande inget partnerskap.",
      "Mötesrummet har fortfarande bara nätverkskontakter.",
      "Det performativa rummet har fortfarande inga aktörer."],
     ["Nätverket har fortfarande 5 aktörer.",
      "2 nya aktörer tillkom och 2 försvann.",
      "2 relationer flyttade upp i nätverkscirkeln och 0 flyttade ner.",
      "Nu finns det 3 partnerskap (före 1), 0 samarbeten (före 1) och 2 nätverksrelationer (före 3).",
      "Ulla och Vera tillkom och Ib slutade.",
      "Läranderummet har fortfarande bara nätverkskontakter.",
      "Mötesrummet fick sina första partnerskap (2).",
      "Det performativa rummet har inte längre några aktörer."]),
    ("da",
     ["Netværket har stadig 4 aktører.",
      "1 ny aktør kom til, og 1 forsvandt.",
      "1 relation rykkede op i netværkscirklen, og 0 rykkede ned.",
      "Nu er der 1 partnerskab (før 1), 2 samarbejder (før 1) og 1 netværksrelation (før 2).",
      "Læringsrummet har nu samarbejder, men stadig intet partnerskab.",
      "Møderummet har stadig kun netværkskontakter.",
      "Det performative rum har stadig ingen aktører."],
     ["Netværket har stadig 5 aktører.",
      "2 nye aktører kom til, og 2 forsvandt.",
      "2 relationer rykkede op i netværkscirklen, og 0 rykkede ned.",
      "Nu er der 3 partnerskaber (før 1), 0 samarbejder (før 1) og 2 netværksrelationer (før 3).",
      "Ulla og Vera kom til, og Ib stoppede.",
      "Læringsrummet har stadig kun netværkskontakter.",
      "Møderummet fik sine første partnerskaber (2).",
      "Det performative rum har ikke længere nogen aktører."]),
    ("en",
     ["The network still has 4 actors.",
      "1 actor is new and 1 was lost.",
      "1 relation moved up the network circle and 0 moved down.",
      "There are now 1 partnership (before 1), 2 cooperations (before 1) and 1 network relation (before 2).",
      "The learning space now has cooperations, but still no partnership.",
      "The meeting space still has only network contacts.",
      "The performative space still has no actors."],
     ["The network still has 5 actors.",
      "2 actors are new and 2 were lost.",
      "2 relations moved up the network circle and 0 moved down.",
      "There are now 3 partnerships (before 1), 0 cooperations (before 1) and 2 network relations (before 3).",
      "Ulla and Vera joined and Ib left.",
      "The learning space still has only network contacts.",
      "The meeting space got its first partnerships (2).",
      "The performative space no longer has any actors."]),
])
def test_plural_forms_with_one_and_two(tmp_path, lang, one, two):
    old = network(tmp_path, "old.xlsx", OLD)
    assert compare(old, network(tmp_path, "one.xlsx", ONE)).summary(lang) == one
    assert compare(network(tmp_path, "old2.xlsx", OLD2), network(tmp_path, "two.xlsx", TWO)).summary(lang) == two


@pytest.mark.parametrize(("lang", "expected"), [
    ("nb", ["Om relasjoner rykket opp eller ned fra old.xlsx til one.xlsx, kan ikke ses: old.xlsx har ingen "
            "relasjonsnivåer.",
            "Nå er det 1 partnerskap (før ukjent), 2 samarbeid (før ukjent) og 1 nettverksrelasjon (før ukjent).",
            "old.xlsx: {n} uten relasjonsnivå."]),
    ("sv", ["Om relationer flyttade upp eller ner från old.xlsx till one.xlsx går inte att se: old.xlsx har inga "
            "relationsnivåer.",
            "Nu finns det 1 partnerskap (före okänt), 2 samarbeten (före okänt) och 1 nätverksrelation (före okänt).",
            "old.xlsx: {n} utan relationsnivå."]),
])
@pytest.mark.parametrize(("count", "said"), [(1, {"nb": "1 aktør", "sv": "1 aktör"}),
                                             (2, {"nb": "2 aktører", "sv": "2 aktörer"})])
def test_a_snapshot_without_levels_in_norwegian_and_swedish(tmp_path, lang, expected, count, said):
    header = ["Navn", "Type", "Medarbejder", "Rum"]
    old = network(tmp_path, "old.xlsx", [row[:3] + row[4:] for row in OLD[:count]], header)
    summary = compare(old, network(tmp_path, "one.xlsx", ONE)).summary(lang)
    assert summary[2:5] == [*expected[:2], expected[2].format(n=said[lang])]


def test_numbers_are_written_by_babel(samples, tmp_path):
    big = dataclasses.replace(samples, before=Snapshot(1234, 3, {"network": 1, "cooperation": 2, "partnership": 1},
                                                       1230))
    assert big.summary("nb")[0] == "Nettverket krympet fra 1\xa0234 til 300 aktører."
    assert big.summary("sv")[0] == "Nätverket krympte från 1\xa0234 till 300 aktörer."
    assert big.summary("da")[0] == "Netværket skrumpede fra 1.234 til 300 aktører."
    assert big.summary("en")[0] == "The network shrank from 1,234 to 300 actors."
    page = write_comparison(big, tmp_path / "nb.html", lang="nb").read_text(encoding="utf-8")
    assert '<td class="num">1\xa0234</td>' in page
    page = write_comparison(big, tmp_path / "da.html", lang="da").read_text(encoding="utf-8")
    assert '<td class="num">1.234</td>' in page


def test_the_development_in_swedish(course):
    lines = course.summary("sv")
    assert lines[:4] == ["4 ögonblicksbilder från 2022 till 2025.", "Nätverket växte från 199 till 300 aktörer.",
                         "128 nya aktörer tillkom och 27 försvann.",
                         "Från 2022 till 2025 flyttade 29 relationer upp i nätverkscirkeln och 8 flyttade ner."]
    assert "2025: 3 aktörer utan relationsnivå." in lines
    assert "Ahmed Yilmaz, Camilla Brix, Fatima Al-Sayed och Sofie Lund tillkom och Henrik Skov, Karin Dahl och " \
           "Ole Winther slutade." in lines
    words = " → ".join(LEVEL_LABELS["sv"][level] for level in ("network", "cooperation", "partnership"))
    assert f"52 aktörer flyttade sig i nätverkscirkeln under tiden, steg för steg; flest steg (2): Lektiecafé " \
           f"Søholm ({words}), " in " ".join(lines)
    assert lines[-2:] == ["Föreningar: 48 i 2022 och 74 i 2025, varav 0 och 2 partnerskap.",
                          "Kommunala förvaltningar: 28 i 2022 och 35 i 2025, varav 4 och 8 partnerskap."]


def test_the_development_in_norwegian(course):
    lines = course.summary("nb")
    assert lines[0] == "4 øyeblikksbilder fra 2022 til 2025."
    assert lines[3] == "Fra 2022 til 2025 rykket 29 relasjoner opp i nettverkssirkelen, og 8 rykket ned."
    assert "og 1 annen." in lines[-3]
    assert lines[-2:] == ["Foreninger: 48 i 2022 og 74 i 2025, herav 0 og 2 partnerskap.",
                          "Kommunale etater: 28 i 2022 og 35 i 2025, herav 4 og 8 partnerskap."]


# --- the page ------------------------------------------------------------------------------------

def _text(page: str) -> str:
    """What a reader sees: the page without its style, tags and entities."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", page))


def _headings(page: str) -> list[str]:
    return [htmllib.unescape(re.sub(r"<span class=\"n\">.*?</span>", "", h)) for h in re.findall(r"<h2>(.*?)</h2>",
                                                                                                 page)]


PAGE = {
    "nb": {"title": "Utvikling i nettverket",
           "headings": ["Kort fortalt", "Aktører og relasjonsnivåer", "De fire rommene før og etter",
                        "Rykket opp i nettverkssirkelen", "Rykket ned i nettverkssirkelen", "Medarbeidere",
                        "Nye aktører", "Aktører som er borte"],
           "columns": ["Navn", "Type", "Relasjon", "Medarbeider"], "files": "Før: {a} · Etter: {b}",
           "coverage": "Aktører per rom og relasjonsnivå (hver aktør teller ett nivå: det sterkeste).",
           "series": ["Kort fortalt", "Utviklingen år for år", "Foreninger og kommunen", "Veien i nettverkssirkelen",
                      "Medarbeidere steg for steg"],
           "charts": ["Relasjonsnivåer", "Foreninger og kommunale etater", "Foreninger og etater per nivå"]},
    "sv": {"title": "Nätverkets utveckling",
           "headings": ["I korthet", "Aktörer och relationsnivåer", "De fyra rummen före och efter",
                        "Flyttade upp i nätverkscirkeln", "Flyttade ner i nätverkscirkeln", "Medarbetare",
                        "Nya aktörer", "Aktörer som försvunnit"],
           "columns": ["Namn", "Typ", "Relation", "Medarbetare"], "files": "Före: {a} · Efter: {b}",
           "coverage": "Aktörer per rum och relationsnivå (varje aktör räknas en gång, på sin starkaste nivå).",
           "series": ["I korthet", "Utvecklingen år för år", "Föreningar och kommunen", "Vägen i nätverkscirkeln",
                      "Medarbetare steg för steg"],
           "charts": ["Relationsnivåer", "Föreningar och kommunala förvaltningar", "Föreningar och förvaltningar per nivå"]},
}


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_comparison_page_in_norwegian_and_swedish(samples, tmp_path, lang):
    page = write_comparison(samples, tmp_path / "udvikling.html", lang=lang, before_label="a.xlsx",
                            after_label="b.xlsx").read_text(encoding="utf-8")
    want = PAGE[lang]
    assert f"<title>{want['title']}</title>" in page and f"<h1>{want['title']}</h1>" in page
    assert _headings(page) == want["headings"]
    nav = re.search(r'<nav class="contents" aria-label="([^"]+)">(.*?)</nav>', page, re.S)
    assert nav.group(1) == {"nb": "Innhold", "sv": "Innehåll"}[lang]
    assert re.findall(r'<a href="#\w+">([^<]+)</a>', nav.group(2)) == want["headings"]
    columns = re.search(r'<caption id="t-new"[^>]*>.*?</caption>\s*<thead><tr>(.*?)</tr>', page, re.S).group(1)
    assert re.findall(r"<th scope=\"col\">([^<]+)</th>", columns) == want["columns"]
    assert f'<p class="files">{want["files"].format(a="a.xlsx", b="b.xlsx")}</p>' in page
    assert want["coverage"] in page
    for line in samples.summary(lang):
        assert f"<li>{htmllib.escape(line, quote=False)}</li>" in page


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_development_page_in_norwegian_and_swedish(course, tmp_path, lang):
    page = write_development(course, tmp_path / "udvikling.html", lang=lang).read_text(encoding="utf-8")
    want = PAGE[lang]
    assert _headings(page)[:5] == want["series"]
    for title in want["charts"]:
        assert f"<h3>{title}</h3>" in page
    year_from = {"nb": "2022: hovedbibliotek-2022.xlsx (årstall i filnavnet)",
                 "sv": "2025: hovedbibliotek.xlsx (senaste kontaktdatum)"}[lang]
    assert year_from in page


# --- no English left, and the terminal --------------------------------------------------------------

KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None,
            "Nn_": (1, 2), "NC_": ((1, "c"), 2)}


def _msgids() -> list[tuple[str | None, tuple[str, ...]]]:
    """Every msgid in compare.py, development.py and the compare page: its context and its forms."""
    found = []
    for path in MINE:
        method = "jinja2.ext:babel_extract" if path.suffix == ".html" else "python"
        options = {"extensions": "jinja2.ext.i18n"} if path.suffix == ".html" else {}
        for _line, message, _comments, context in extract_from_file(method, str(path), keywords=KEYWORDS,
                                                                    options=options):
            found.append((context, message if isinstance(message, tuple) else (message,)))
    return found


def test_the_msgids_are_found():
    ids = [form for _context, forms in _msgids() for form in forms]
    assert len(ids) > 90
    assert "The {space} got its first partnerships ({count})." in ids and "Actors lost" in ids


@pytest.mark.parametrize("lang", ["da", "nb", "sv"])
def test_no_english_msgid_shows_in_the_output(samples, course, tmp_path, lang):
    """No part of an English msgid of these modules is on the page or in the summary, unless the
    catalogue's translation says the same ('Status', 'Type')."""
    shown = "\n".join([
        *samples.summary(lang), *course.to_dict(lang)["summary"]["text"],
        _text(write_comparison(samples, tmp_path / "c.html", lang=lang).read_text(encoding="utf-8")),
        _text(write_development(course, tmp_path / "d.html", lang=lang).read_text(encoding="utf-8"))])
    with (ROOT / "netkort" / "locale" / lang / "LC_MESSAGES" / "netkort.po").open("rb") as po:
        catalogue = read_po(po)
    left = []
    for context, forms in _msgids():
        entry = catalogue.get(forms[0], context=context)
        said = " ".join(entry.string if isinstance(entry.string, tuple) else (entry.string,)) if entry else ""
        for message in forms:
            for part in re.split(r"\{[^}]*\}|%\([^)]*\)s", message):
                part = part.strip(" .,:;()–")
                if sum(ch.isalpha() for ch in part) >= 4 and part not in said and \
                        re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", shown):
                    left.append(part)
    assert left == []


@pytest.mark.parametrize(("lang", "first"), [("nb", "Nettverket vokste fra 255 til 300 aktører."),
                                             ("sv", "Nätverket växte från 255 till 300 aktörer.")])
def test_the_terminal_summary(runner, tmp_path, lang, first):
    out = tmp_path / "side.html"
    result = runner.invoke(cli, ["compare", str(OLD_SAMPLE), str(NEW_SAMPLE), "-o", str(out), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == first
    assert f'<html lang="{lang}"' in out.read_text(encoding="utf-8")
    result = runner.invoke(cli, ["compare", str(OLD_SAMPLE), str(NEW_SAMPLE), "--json", "--lang", lang])
    assert json.loads(result.stdout)["summary"]["text"][0] == first


def test_no_language_branches_or_tables_are_left():
    for path in MINE:
        source = path.read_text(encoding="utf-8")
        assert re.findall(r'legacy\(|"da":|lang [!=]= "', source) == [], path.name
