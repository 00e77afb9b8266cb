"""An independent review of the Norwegian and Swedish output (issue 14): what a Norwegian or Swedish
coordinator met that the conversion's own tests did not cover.

Each test names the finding it guards: Danish file names in a Norwegian, Swedish or English demo,
Danish quotation marks and Danish words in the Norwegian and Swedish catalogues, and a --column help
that sent a Norwegian or Swedish user to Danish or English field names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import netkort
from netkort.cli import cli

LOCALE = Path(netkort.__file__).parent / "locale"


def _said(runner, *args: str) -> str:
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def _translations(lang: str) -> list[str]:
    with open(LOCALE / lang / "LC_MESSAGES" / "netkort.po", "rb") as file:
        found = []
        for message in read_po(file, locale=lang):
            if message.id:
                found += list(message.string) if isinstance(message.string, tuple) else [message.string]
        return found


# --- the demo's files are named in the run's language (Danish names in a Swedish folder before) ---

DEMO_NAMES = {
    "da": {"tjek.json", "kort-netvaerkscirkel.html", "kort-rum.html", "kort-kraefter.html", "netvaerk.gexf",
           "netvaerk.graphml", "netvaerk.json", "netvaerk.graphology.json", "netvaerk-noder.csv",
           "netvaerk-kanter.csv", "rapport.html", "rapport.xlsx", "kandidater.xlsx", "skabelon.xlsx",
           "venner.html", "venner.xlsx", "venner-offentlig.html", "samlet.xlsx", "udvikling.html",
           "udvikling.json", "udvikling-2022-2025.html", "udvikling-2022-2025.json", "index.html"},
    "sv": {"kontroll.json", "karta-natverkscirkel.html", "karta-rum.html", "karta-krafter.html",
           "natverk.gexf", "natverk.graphml", "natverk.json", "natverk.graphology.json", "natverk-noder.csv",
           "natverk-kanter.csv", "rapport.html", "rapport.xlsx", "kandidater.xlsx", "mall.xlsx",
           "vanner.html", "vanner.xlsx", "vanner-offentlig.html", "sammanslagen.xlsx", "utveckling.html",
           "utveckling.json", "utveckling-2022-2025.html", "utveckling-2022-2025.json", "index.html"},
}


def test_the_demo_names_its_files_in_each_language():
    from netkort.demo import file_names

    assert file_names("da") == {
        "check": "tjek", "map_circle": "kort-netvaerkscirkel", "map_spaces": "kort-rum",
        "map_force": "kort-kraefter", "network": "netvaerk", "report": "rapport", "candidates": "kandidater",
        "template": "skabelon", "friends": "venner", "friends_public": "venner-offentlig",
        "merged": "samlet", "development": "udvikling"}
    assert file_names("nb") == {
        "check": "sjekk", "map_circle": "kart-nettverkssirkel", "map_spaces": "kart-rom",
        "map_force": "kart-krefter", "network": "nettverk", "report": "rapport", "candidates": "kandidater",
        "template": "mal", "friends": "venner", "friends_public": "venner-offentlig",
        "merged": "samlet", "development": "utvikling"}
    assert file_names("en") == {
        "check": "check", "map_circle": "map-network-circle", "map_spaces": "map-spaces",
        "map_force": "map-forces", "network": "network", "report": "report", "candidates": "candidates",
        "template": "template", "friends": "friends", "friends_public": "friends-public",
        "merged": "merged", "development": "development"}
    for lang in ("da", "nb", "sv", "en"):  # safe in a mail or a zip: plain letters, no spaces
        assert all(re.fullmatch(r"[a-z][a-z0-9-]*", name) for name in file_names(lang).values()), lang


@pytest.mark.parametrize("lang", ["sv"])
def test_a_swedish_demo_writes_swedish_file_names_and_links_them(tmp_path, lang):
    from netkort.demo import run_demo

    written = run_demo(tmp_path / "demo", lang=lang)
    assert {Path(path).name for path, _ in written} == DEMO_NAMES[lang]
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == sorted(DEMO_NAMES[lang])
    index = (tmp_path / "demo" / "index.html").read_text(encoding="utf-8")
    assert 'href="karta-natverkscirkel.html"' in index and "netvaerk" not in index


# --- the analyse help quotes the guide's sheets in each language's quotation marks ---

def test_the_analyse_help_quotes_as_norwegian_and_swedish_do(runner):
    nb = _said(runner, "analyse", "--help", "--lang", "nb")
    sv = _said(runner, "analyse", "--help", "--lang", "sv")
    assert "Sjekklisten («Har du kontroll på …») og kandidatarket («How to say no»)" in nb
    assert "Checklistan (”Har du koll på …”) och kandidatbladet (”How to say no”)" in sv
    assert "»Har" not in nb and "»" not in sv and "«" not in sv


def test_no_danish_quotation_marks_in_the_norwegian_and_swedish_catalogues():
    """Danish quotes »…«; Norwegian «…»; Swedish ”…” (the catalogues' own convention elsewhere)."""
    assert [t for t in _translations("nb") if "»" in t and "«" in t and t.index("»") < t.index("«")] == []
    assert [t for t in _translations("sv") if "»" in t or "«" in t] == []


# --- Norwegian bokmål says 'ingen', not the Danish 'intet' ---

def test_no_danish_intet_in_norwegian(runner, tmp_path):
    assert [t for t in _translations("nb") if re.search(r"\bintet\b", t, re.IGNORECASE)] == []
    from conftest import SAMPLES
    runner.invoke(cli, ["map", str(SAMPLES / "hovedbibliotek.xlsx"), "-o", str(tmp_path / "k.html"),
                        "--layout", "spaces", "--lang", "nb"], catch_exceptions=False)
    page = (tmp_path / "k.html").read_text(encoding="utf-8")
    assert "</span>ingen rom<span" in page and "intet rom" not in page


# --- --column: a Norwegian or Swedish user may name the field in their own language ---

def test_the_column_help_names_the_users_own_language(runner, tmp_path):
    nb = _said(runner, "map", "--help", "--lang", "nb")
    sv = _said(runner, "map", "--help", "--lang", "sv")
    assert '--column "Organisasjon/navn=navn" (felt på norsk, dansk, svensk eller engelsk;' in nb
    assert '--column "Organisation/namn=namn" (fält på svenska, danska, norska eller engelska;' in sv
    # and it is true: a Swedish field name is read
    from conftest import SAMPLES
    result = runner.invoke(cli, ["check", str(SAMPLES / "filial.xlsx"), "--column", "Noter=anteckningar",
                                 "--lang", "sv"], catch_exceptions=False)
    assert re.search(r"Noter +→ Anteckningar \(vald av dig\)", result.output)


# --- --lang takes what NETKORT_LANG takes: 'no' for bokmål, and a locale ---

@pytest.mark.parametrize(("asked", "first"), [
    ("no", "Lest: "), ("nb_NO.UTF-8", "Lest: "), ("sv-SE", "Läst: "), ("SV", "Läst: "), ("en_GB", "Read: ")])
def test_lang_takes_the_spellings_netkort_lang_takes(runner, asked, first):
    from conftest import SAMPLES
    for args in (["check", str(SAMPLES / "filial.xlsx"), "--lang", asked],
                 ["--lang", asked, "check", str(SAMPLES / "filial.xlsx")],
                 ["check", str(SAMPLES / "filial.xlsx"), f"--lang={asked}"]):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(first + str(SAMPLES / "filial.xlsx")), args


def test_an_unknown_lang_is_still_a_usage_error(runner):
    from conftest import SAMPLES
    result = runner.invoke(cli, ["check", str(SAMPLES / "filial.xlsx"), "--lang", "fi"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == "netkort: --lang 'fi' kendes ikke. Brug en af: da, nb, sv, en.\n"


# --- a link to the ego view typed by hand: the keys with or without the language's letters ---

@pytest.mark.browser
@pytest.mark.parametrize(("lang", "fragment"), [
    ("sv", "#akt%C3%B6r=3&steg=2"),      # aktör, as a Swede types it
    ("nb", "#akt%C3%B8r=3&trinn=2"),     # aktør
    ("sv", "#AKTOR=3&STEG=2"),
    ("en", "#actor=3&steps=2"),
])
def test_an_ego_link_typed_with_the_languages_letters_opens_the_ego_view(offline_page, tmp_path, lang, fragment):
    page = offline_page
    from conftest import SAMPLES

    from netkort.map import write_map
    path = write_map(tmp_path / "k.html", __import__("netkort").load([SAMPLES / "hovedbibliotek.xlsx"]).graph,
                     lang=lang)
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    said = {"sv": "Visar Fatima Al-Sayed och 47 närmaste (2 steg).",
            "nb": "Viser Fatima Al-Sayed og 47 nærmeste (2 trinn).",
            "en": "Showing Fatima Al-Sayed and 47 nearest (2 steps)."}[lang]
    assert said in page.inner_text("body")


# --- counts in the terminal are numbers as each language writes them (Babel), as on the pages ---

@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """1,234 actors in a CSV, 1,001 of them with a level that does not exist (errors)."""
    path = tmp_path_factory.mktemp("big") / "stor.csv"
    rows = ["Navn;Relation;Rum"] + [f"Aktør {i};{'netværk' if i < 233 else 'nettvrek'};Læringsrummet"
                                    for i in range(1234)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "actors", "levels", "errors"), [
    ("da", "1.234 aktører, 0 medarbejdere", "Niveau: 233 netværk · 0 samarbejde · 0 partnerskab · 1.001 ukendt",
     "Bemærk: inputtet har 1.001 fejl; se dem med netkort check."),
    ("nb", "1\u00a0234 aktører, 0 medarbeidere", "Nivå: 233 nettverk · 0 samarbeid · 0 partnerskap · 1\u00a0001 ukjent",
     "Merk: inndataene har 1\u00a0001 feil; se dem med netkort check."),
    ("sv", "1\u00a0234 aktörer, 0 medarbetare", "Nivå: 233 nätverk · 0 samarbete · 0 partnerskap · 1\u00a0001 okänd",
     "Obs: indata har 1\u00a0001 fel; se dem med netkort check."),
    ("en", "1,234 actors, 0 staff members", "Level: 233 network · 0 cooperation · 0 partnership · 1,001 unknown",
     "Note: the input has 1,001 errors; see them with netkort check."),
])
def test_counts_in_the_terminal_are_written_as_the_language_writes_numbers(runner, big, tmp_path, lang, actors,
                                                                           levels, errors):
    result = runner.invoke(cli, ["check", str(big), "--lang", lang], catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert lines[1].startswith(actors) and lines[2] == levels
    assert f"1{ {'da': '.', 'en': ','}.get(lang, chr(0xa0)) }001 " in result.stdout  # 'n errors' heading
    result = runner.invoke(cli, ["map", str(big), "-o", str(tmp_path / "k.html"), "--lang", lang],
                           catch_exceptions=False)
    assert errors in result.stderr
