"""netkort's languages: the catalogues are complete and compiled, click speaks them, Babel formats.

The catalogues are netkort/locale/<lang>/LC_MESSAGES/netkort.po; the template is extracted from the
code with the same command a translator runs (babel.cfg).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from conftest import SAMPLES

import netkort
from netkort import i18n, report
from netkort.cli import cli
from netkort.click_messages import CLICK_MESSAGES
from netkort.messages import MESSAGES, say

ROOT = Path(netkort.__file__).parent.parent
LOCALE = Path(netkort.__file__).parent / "locale"
TRANSLATED = ("da", "nb", "sv")
MAIN = SAMPLES / "hovedbibliotek.xlsx"


def catalogue(lang: str):
    with open(LOCALE / lang / "LC_MESSAGES" / "netkort.po", "rb") as file:
        return read_po(file, locale=lang)


def ids(messages) -> set:
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in messages if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The template as the translator's command makes it from the code now."""
    pot = tmp_path_factory.mktemp("pot") / "netkort.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-o", str(pot),
                    "-c", "TRANSLATORS:", "--no-location", "--sort-output", "."],
                   cwd=ROOT, check=True, capture_output=True)
    with open(pot, "rb") as file:
        return read_po(file)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_its_po_compiled(lang):
    """A .mo left behind by an edit to the .po (older, or just different) fails here."""
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(lang))
    assert (LOCALE / lang / "LC_MESSAGES" / "netkort.mo").read_bytes() == compiled.getvalue()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_in_the_code_is_in_the_catalogue(extracted, lang):
    assert len(extracted) > 150  # the extraction found the messages (N_/Nn_ in babel.cfg)
    assert ids(extracted) - ids(catalogue(lang)) == set()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_fuzzy_untranslated_or_obsolete_entries(lang):
    found = catalogue(lang)
    assert not found.obsolete
    for message in found:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), message.id


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translation_keeps_its_placeholders(lang):
    """'{file}' translated as '{fil}' would make a KeyError at the worst moment."""
    def fields(text):
        return sorted(set(re.findall(r"\{[^{}]*\}|%\(\w+\)[sd]", text)))

    for message in catalogue(lang):
        if not message.id:
            continue
        msgids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert fields(string) == fields(msgids[-1]) or fields(string) == fields(msgids[0]), (message.id, string)


def test_clicks_messages_are_the_ones_click_says():
    """A click release that rewords a message would leave netkort's translation unused: fail instead."""
    said = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            Path(click.__file__).parent, method_map=[("**.py", "python")]):
        said.add(message)
    ours = {m for m in CLICK_MESSAGES if m != "required"}  # click translates 'required' but does not mark it
    assert ours - said == set()


@pytest.mark.parametrize("value, lang", [("da", "da"), ("NB", "nb"), ("no", "nb"), ("nb_NO.UTF-8", "nb"),
                                         ("sv-SE", "sv"), ("sv_SE.utf8", "sv"), ("en_GB", "en"), ("fr", None),
                                         ("nn", None), ("", None)])
def test_a_language_is_named_in_any_common_way(value, lang):
    assert i18n.normalise(value) == lang


@pytest.mark.parametrize("lang, expected", [
    ("da", "Relationen mangler; 'X' er med, men med ukendt niveau. Skriv netværk, samarbejde eller partnerskab."),
    ("nb", "Relasjonen mangler; 'X' er med, men med ukjent nivå. Skriv nettverk, samarbeid eller partnerskap."),
    ("sv", "Relationen saknas; 'X' är med men med okänd nivå. Skriv nätverk, samarbete eller partnerskap."),
    ("en", "The relation is missing; 'X' is kept with an unknown level. Write network, cooperation or partnership."),
])
def test_a_message_in_each_language(lang, expected):
    assert say("missing-level", lang, name="X") == expected


@pytest.mark.parametrize("lang, one, many", [
    ("da", "1 tom række er sprunget over (4).", "3 tomme rækker er sprunget over (3-4, 6)."),
    ("nb", "1 tom rad er hoppet over (4).", "3 tomme rader er hoppet over (3-4, 6)."),
    ("sv", "1 tom rad har hoppats över (4).", "3 tomma rader har hoppats över (3-4, 6)."),
    ("en", "1 blank row was skipped (4).", "3 blank rows were skipped (3-4, 6)."),
])
def test_a_count_takes_the_languages_plural(lang, one, many):
    assert isinstance(MESSAGES["blank-rows"], tuple)
    assert say("blank-rows", lang, count=1, rows="4") == one
    assert say("blank-rows", lang, count=3, rows="3-4, 6") == many


@pytest.mark.parametrize("env, args, expected", [
    ({}, ["chek"], "Fejl: Ingen kommando ved navn 'chek'. Mente du 'check'?"),
    ({"NETKORT_LANG": "nb_NO.UTF-8"}, ["chek"], "Feil: Ingen kommando med navnet 'chek'. Mente du 'check'?"),
    ({"NETKORT_LANG": "sv"}, ["chek"], "Fel: Inget kommando med namnet 'chek'. Menade du 'check'?"),
    ({"NETKORT_LANG": "sv"}, ["chek", "--lang", "nb"], "Feil: Ingen kommando med navnet 'chek'. Mente du 'check'?"),
    ({}, ["chek", "--lang=en"], "Error: No such command 'chek'. Did you mean 'check'?"),
])
def test_clicks_did_you_mean_in_the_users_language(runner, env, args, expected):
    result = runner.invoke(cli, args, env={"LANGUAGE": "", "LANG": "en_US.UTF-8", **env})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == expected


@pytest.mark.parametrize("lang, usage, missing", [
    ("da", "Brug: ", "Fejl: Mangler argumentet 'FILER...'."),
    ("nb", "Bruk: ", "Feil: Mangler argumentet 'FILER...'."),
    ("sv", "Användning: ", "Fel: Saknar argumentet 'FILER...'."),
])
def test_clicks_usage_errors_in_the_users_language(runner, lang, usage, missing):
    result = runner.invoke(cli, ["check", "--lang", lang])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(usage) and lines[-1] == missing


@pytest.mark.parametrize("lang, heading, help_line", [
    ("da", "Tilvalg:", "Vis denne besked og afslut."),
    ("nb", "Alternativer:", "Vis denne meldingen og avslutt."),
    ("sv", "Alternativ:", "Visa detta meddelande och avsluta."),
])
def test_clicks_help_headings_in_the_users_language(runner, lang, heading, help_line):
    result = runner.invoke(cli, ["check", "--help"], env={"NETKORT_LANG": lang})
    assert result.exit_code == 0
    assert heading in result.stdout.splitlines() and help_line in result.stdout
    assert "Options:" not in result.stdout and "Usage:" not in result.stdout


def test_the_version_options_help_too(runner):
    result = runner.invoke(cli, ["--help"], env={"NETKORT_LANG": "nb"})
    assert "Vis versjonen og avslutt." in result.stdout and "Kommandoer:" in result.stdout


def test_a_run_leaves_gettext_as_it_found_it(runner, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    runner.invoke(cli, ["chek", "--lang", "sv"])
    assert os.environ["LANGUAGE"] == "fr"
    import gettext
    assert gettext.textdomain() == "messages"


@pytest.mark.parametrize("lang, expected", [
    ("nb", "Relasjonen mangler; 'Skakklubben Torup' er med, men med ukjent nivå. "
           "Skriv nettverk, samarbeid eller partnerskap."),
    ("sv", "Relationen saknas; 'Skakklubben Torup' är med men med okänd nivå. "
           "Skriv nätverk, samarbete eller partnerskap."),
])
def test_check_speaks_norwegian_and_swedish(runner, lang, expected):
    result = runner.invoke(cli, ["check", str(MAIN), "--lang", lang])
    assert result.exit_code == 1  # the sample's errors
    assert expected in result.stdout
    assert "Relationen mangler" not in result.stdout and "The relation is missing" not in result.stdout


@pytest.mark.parametrize("lang, number, percent, day", [
    ("da", "1.234", "92\u00a0%", "1. oktober 2025"),
    ("nb", "1\u00a0234", "92\u00a0%", "1. oktober 2025"),
    ("sv", "1\u00a0234", "92\u00a0%", "1 oktober 2025"),
    ("en", "1,234", "92%", "1 October 2025"),
])
def test_babel_formats_numbers_percentages_and_dates(lang, number, percent, day):
    assert i18n.format_number(1234, lang) == number
    assert i18n.format_percent(0.92, lang) == percent
    assert i18n.format_date(dt.date(2025, 10, 1), lang) == day
    # the report's numbers and dates are Babel's: there is no hand-written formatter left
    assert (report.number(1234, lang), report.long_date(dt.date(2025, 10, 1), lang)) == (number, day)


def test_one_translation_mechanism():
    """No table of sentences keyed by language, no branch on the language: every sentence goes through
    the catalogues. (The readers' alias tables are keyed by language too, but hold tuples of words people
    write, and stay: issue 14 §4.)"""
    package = Path(netkort.__file__).parent
    found = []
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.html"), *package.rglob("*.js")]):
        if path.name == "vis-network.min.js":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""lang\s*[!=]=\s*["'](da|nb|sv|en)["']|legacy\(|["'](da|en)["']:\s*[{"']""", line):
                found.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert [f for f in found if "LOCALES = " not in f] == []  # the Babel locale of each language is config


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translation_brings_no_markup_of_its_own(lang):
    """A page's gettext marks a translation as safe HTML (its parameters are escaped): a tag or an entity
    in a translation that its msgid does not have would reach the page as markup."""
    def markup(text):
        return sorted(re.findall(r"<[^>]*>|&\w+;|&#\w+;", text))

    for message in catalogue(lang):
        if not message.id:
            continue
        msgids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert markup(string) == markup(msgids[0]), (message.id, string)
