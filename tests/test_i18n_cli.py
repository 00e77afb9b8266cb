"""The command line in one language throughout (issue 14 §3): --help, its own output, and the default file names.

Every help text, option help and metavar of netkort/cli.py is an English msgid said in the run's language;
--help in da, nb, sv or en shows no paragraph of another language. map, friends, merge and export write a
default file in the current folder, named in the user's language, and never over an input.
"""

from __future__ import annotations

import re
import shutil
from types import SimpleNamespace

import pytest
from conftest import SAMPLES

from netkort import cli as cli_module
from netkort.cli import Help, SaidArgument, SaidOption, cli
from netkort.i18n import LANGS, translate
from netkort.messages import say

MAIN = SAMPLES / "hovedbibliotek.xlsx"
COMMANDS = sorted(cli.commands)


def _squashed(text: str) -> str:
    """``text`` without whitespace: click rewraps a paragraph, so compare the words only."""
    return re.sub(r"\s+", "", text)


def _said_texts(command) -> list:
    """(msgid, how to say it in a language) for every text of ``command``'s --help."""
    texts = []
    help_text = command.__dict__.get("_said_help")
    if isinstance(help_text, Help):
        for paragraph in help_text:
            texts.append((paragraph, lambda lang, p=paragraph, h=help_text:
                          translate(p, lang).format(default=translate(h.default, lang))
                          if h.default is not None else translate(p, lang)))
    for param in command.params:
        if isinstance(param, SaidOption) and param.help:
            texts.append((param.help, lambda lang, o=param: translate(o.help, lang).format(
                default=translate(o.said_default, lang)) if o.said_default is not None else translate(o.help, lang)))
        said_metavar = getattr(param, "said_metavar", None)
        if isinstance(param, SaidArgument | SaidOption) and said_metavar is not None:
            texts.append((said_metavar, lambda lang, m=said_metavar: translate(m, lang)))
    return texts


def _help(runner, args: list[str], lang: str) -> str:
    result = runner.invoke(cli, [*args, "--help"], env={"NETKORT_LANG": lang}, prog_name="netkort")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_is_wholly_in_one_language(runner, name, lang):
    command = cli.commands[name] if name else cli
    shown = _squashed(_help(runner, [name] if name else [], lang))
    texts = _said_texts(command)
    assert len(texts) >= 2, name
    for msgid, said in texts:
        mine = said(lang)
        assert _squashed(mine) in shown, (name, lang, msgid)
        for other in LANGS:
            theirs = said(other)
            # a word or a short line can be the same in two languages ('Skriv resultatet som JSON.')
            if other != lang and len(theirs) > 12 and _squashed(theirs) not in _squashed(mine):
                assert _squashed(theirs) not in shown, (name, lang, other, theirs)


@pytest.mark.parametrize("lang, usage, example, option", [
    ("da", "Brug: netkort map [TILVALG] FILER...", "Eksempel:", "-o, --output FIL"),
    ("nb", "Bruk: netkort map [ALTERNATIVER] FILER...", "Eksempel:", "-o, --output FIL"),
    ("sv", "Användning: netkort map [ALTERNATIV] FILER...", "Exempel:", "-o, --output FIL"),
    ("en", "Usage: netkort map [OPTIONS] FILES...", "Example:", "-o, --output FILE"),
])
def test_the_usage_line_and_headings_of_a_command(runner, lang, usage, example, option):
    lines = _help(runner, ["map"], lang).splitlines()
    assert lines[0] == usage
    assert "  " + example in lines
    assert any(line.startswith("  " + option + " ") for line in lines)


@pytest.mark.parametrize("lang, usage, summary, alias_note", [
    ("da", "Brug: netkort [TILVALG] KOMMANDO [ARGUMENTER]...",
     "  check     Tjek regneark: hvad blev læst, og hvad skal rettes.",
     "Danske navne virker også: tjek, skabelon"),
    ("nb", "Bruk: netkort [ALTERNATIVER] KOMMANDO [ARGUMENTER]...",
     "  check     Sjekk regneark: hva ble lest, og hva må rettes.",
     "Danske navn virker også: tjek, skabelon"),
    ("sv", "Användning: netkort [ALTERNATIV] KOMMANDO [ARGUMENT]...",
     "  check     Kontrollera kalkylblad: vad lästes, och vad behöver rättas.",
     "Danska namn fungerar också: tjek, skabelon"),
    ("en", "Usage: netkort [OPTIONS] COMMAND [ARGS]...",
     "  check     Check spreadsheets: what was read, and what needs fixing.",
     "Danish names work too: tjek, skabelon"),
])
def test_the_command_list_in_each_language(runner, lang, usage, summary, alias_note):
    shown = _help(runner, [], lang)
    assert shown.splitlines()[0] == usage
    assert summary in shown.splitlines()
    assert alias_note in shown


def test_the_danish_help_is_what_it_was(runner):
    """The Danish help text of a command, word for word as before the conversion (only rewrapped by click)."""
    shown = _help(runner, ["check"], "da")
    assert ("  Tjek regneark: hvad blev læst, og hvad skal rettes. Exit 1 ved fejl.\n\n"
            "  Beskederne citerer celler, men e-mail, telefonnumre og CPR-lignende numre i\n"
            "  dem er skjult, medmindre du beder om dem (--details, --cpr).\n\n"
            "  Eksempel:\n"
            "    netkort check kontakter.xlsx gruppe2.csv\n"
            "    netkort check kontakter.xlsx --json > problemer.json\n") in shown
    assert "Sprog i output: da (standard), nb, sv eller en. Ellers gælder NETKORT_LANG." in " ".join(
        shown.split())


def test_help_outside_a_run_is_danish():
    """netkort used as a library (no run, so no language asked for) reads its help in Danish, the default."""
    assert cli.commands["check"].help.startswith("Tjek regneark: hvad blev læst")
    assert "Eksempel:" in cli.commands["map"].help
    assert cli.commands["map"].options_metavar == "[TILVALG]"


# The file each command writes when given no name, by language (issue 14 §3).
DEFAULTS = {
    "map": {"da": "kort.html", "nb": "kart.html", "sv": "karta.html", "en": "map.html"},
    "friends": {"da": "venner.html", "nb": "venner.html", "sv": "vanner.html", "en": "friends.html"},
    "merge": {"da": "samlet.xlsx", "nb": "samlet.xlsx", "sv": "sammanslagen.xlsx", "en": "merged.xlsx"},
    "export": {"da": "netvaerk.graphml", "nb": "nettverk.graphml", "sv": "natverk.graphml",
               "en": "network.graphml"},
    "analyse": {"da": "rapport.html", "nb": "rapport.html", "sv": "rapport.html", "en": "report.html"},
}
WROTE = {"da": "Skrev", "nb": "Skrev", "sv": "Skrev", "en": "Wrote"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", sorted(DEFAULTS))
def test_a_command_without_o_writes_its_default_file_here(runner, tmp_path, monkeypatch, command, lang):
    monkeypatch.chdir(tmp_path)
    # merge.py's guide sheets have no nb/sv names yet (its own slice of issue 14): a file without them
    sample = SAMPLES / "filial.xlsx" if command == "merge" else MAIN
    result = runner.invoke(cli, [command, str(sample), "--lang", lang])
    assert result.exit_code == 0, result.output
    name = DEFAULTS[command][lang]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert (tmp_path / name).stat().st_size > 1000
    assert result.stdout.startswith(f"{WROTE[lang]} {name}")


@pytest.mark.parametrize("lang, name", [("da", "netkort-skabelon.xlsx"), ("nb", "netkort-mal.xlsx"),
                                        ("sv", "netkort-mall.xlsx"), ("en", "netkort-template.xlsx")])
def test_template_without_a_name_writes_its_default_here(runner, tmp_path, monkeypatch, lang, name):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["template", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{WROTE[lang]} {name}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("command, option, lang, shown", [
    ("map", "-o, --output FIL", "da", "Kortet som HTML (standard: kort.html)."),
    ("map", "-o, --output FIL", "nb", "Kartet som HTML (standard: kart.html)."),
    ("map", "-o, --output FIL", "sv", "Kartan som HTML (standard: karta.html)."),
    ("map", "-o, --output FILE", "en", "The map as HTML (default: map.html)."),
    ("friends", "-o, --output FIL", "sv", "Affischen som HTML (standard: vanner.html)."),
    ("merge", "-o, --output FIL", "nb", "Den sammenslåtte arbeidsboken (.xlsx; standard: samlet.xlsx)."),
    ("export", "-o, --output FIL", "da",
     "Outputfil: .gexf, .graphml, .json, .graphology.json eller .csv (standard: netvaerk.graphml)."),
    ("analyse", "-o, --output FIL", "sv",
     "HTML-rapporten (standard: rapport.html, när varken --xlsx eller --json har valts)."),
    ("template", "", "nb", "Uten et filnavn skriver den netkort-mal.xlsx i gjeldende mappe."),
])
def test_help_names_the_default_file(runner, command, option, lang, shown):
    text = " ".join(_help(runner, [command], lang).split())
    assert f"{option} {shown}" in text if option else shown in text


@pytest.mark.parametrize("command, lang", [("map", "da"), ("friends", "da"), ("merge", "da"), ("export", "da"),
                                           ("merge", "sv"), ("map", "en"), ("export", "nb")])
def test_an_input_named_like_the_default_output_is_refused(runner, tmp_path, monkeypatch, command, lang):
    """'netkort merge samlet.xlsx gruppe2.xlsx' must not write the merge over its own input samlet.xlsx."""
    monkeypatch.chdir(tmp_path)
    name = DEFAULTS[command][lang]
    shutil.copy(MAIN, tmp_path / name)
    before = (tmp_path / name).read_bytes()
    result = runner.invoke(cli, [command, name, "--lang", lang])
    assert result.exit_code == 2
    expected = {"da": f"{name} er den samme fil som inputtet {name}; netkort skriver aldrig oven i et input. "
                      "Vælg et andet navn til outputtet.",
                "en": f"{name} is the same file as the input {name}; netkort never writes over an input. "
                      "Choose another name for the output."}
    assert result.stderr == f"netkort: {expected.get(lang) or say('output-is-input', lang, file=name, input=name)}\n"
    assert (tmp_path / name).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("lang, one, many", [
    ("da", "Bemærk: inputtet har 1 fejl; se den med netkort check.",
     "Bemærk: inputtet har 3 fejl; se dem med netkort check."),
    ("nb", "Merk: inndataene har 1 feil; se den med netkort check.",
     "Merk: inndataene har 3 feil; se dem med netkort check."),
    ("sv", "Obs: indata har 1 fel; se det med netkort check.", "Obs: indata har 3 fel; se dem med netkort check."),
    ("en", "Note: the input has 1 error; see it with netkort check.",
     "Note: the input has 3 errors; see them with netkort check."),
])
def test_the_input_errors_note_takes_the_plural(capsys, lang, one, many):
    for count, expected in ((1, one), (3, many)):
        network = SimpleNamespace(problems=[SimpleNamespace(severity="error")] * count
                                  + [SimpleNamespace(severity="warning")])
        cli_module._input_errors_note(network, lang)
        assert capsys.readouterr().err == expected + "\n"


@pytest.mark.parametrize("sample, lang, expected", [
    ("filial.xlsx", "da", "Skrev samlet.xlsx: 40 aktører på 40 rækker, 0 relationer, 0 medarbejdere.\n"
                          "1 sammenlagt, 0 konflikter, 0 mulige dubletter; se arket Problemer.\n"),
    ("filial.xlsx", "nb", "Skrev samlet.xlsx: 40 aktører på 40 rader, 0 relasjoner, 0 medarbeidere.\n"
                          "1 slått sammen, 0 konflikter, 0 mulige duplikater; se arket Problemer.\n"),
    ("filial.xlsx", "sv", "Skrev sammanslagen.xlsx: 40 aktörer på 40 rader, 0 relationer, 0 medarbetare.\n"
                          "1 sammanslagen, 0 konflikter, 0 möjliga dubbletter; se bladet Problem.\n"),
    ("filial.xlsx", "en", "Wrote merged.xlsx: 40 actors on 40 rows, 0 relations, 0 staff members.\n"
                          "1 merged, 0 conflicts, 0 possible duplicates; see the Problems sheet.\n"),
    ("hovedbibliotek.xlsx", "da", "Skrev samlet.xlsx: 300 aktører på 303 rækker, 60 relationer, 10 medarbejdere, "
                                  "30 på tjeklisten, 6 kandidater.\n"
                                  "3 sammenlagt, 0 konflikter, 2 mulige dubletter; se arket Problemer.\n"),
    ("hovedbibliotek.xlsx", "en", "Wrote merged.xlsx: 300 actors on 303 rows, 60 relations, 10 staff members, "
                                  "30 on the checklist, 6 candidates.\n"
                                  "3 merged, 0 conflicts, 2 possible duplicates; see the Problems sheet.\n"),
])
def test_merges_summary_in_each_language(runner, tmp_path, monkeypatch, sample, lang, expected):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["merge", str(SAMPLES / sample), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


@pytest.mark.parametrize("lang, reading", [("da", "Læser"), ("nb", "Leser"), ("sv", "Läser"), ("en", "Reading")])
def test_the_progress_label_is_said_in_the_language(monkeypatch, lang, reading):
    labels = []
    monkeypatch.setattr(cli_module, "_progress", labels.append)
    cli_module._reading(lang)
    assert labels == [reading]


@pytest.mark.parametrize("lang, joined", [("da", "a.csv og b.csv"), ("nb", "a.csv og b.csv"),
                                          ("sv", "a.csv och b.csv"), ("en", "a.csv and b.csv")])
def test_a_list_is_joined_with_the_languages_and(lang, joined):
    assert cli_module._listed(["a.csv", "b.csv"], lang) == joined
    assert cli_module._listed(["x", "a.csv", "b.csv"], lang) == "x, " + joined


@pytest.mark.parametrize("lang, one, others", [
    ("da", "Bemærk: 1 aktør vises som 'Ukendt aktør' på den offentlige side, fordi netkort ikke kan se, at den er "
           "en organisation (1 med en type, der ikke er kendt som en organisations: 'Hjælper'). Giv den en type",
     "'Hjælper', 'Diverse', 'Ægtepar' og 1 anden)"),
    ("nb", "Merk: 1 aktør vises som 'Ukjent aktør' på den offentlige siden, fordi netkort ikke kan se at den er en "
           "organisasjon (1 med en type som ikke er kjent som en organisasjons: 'Hjælper'). Gi den en type",
     "'Hjælper', 'Diverse', 'Ægtepar' og 1 annen)"),
    ("sv", "Obs: 1 aktör visas som 'Okänd aktör' på den offentliga sidan, eftersom netkort inte kan se att den är en "
           "organisation (1 med en typ som inte är känd som en organisations: 'Hjælper'). Ge den en typ",
     "'Hjælper', 'Diverse', 'Ægtepar' och 1 annan)"),
    ("en", "Note: 1 actor shown as 'Unknown actor' on the public page, because netkort cannot tell that it is an "
           "organisation (1 with a type not known as an organisation's: 'Hjælper'). Give it a type",
     "'Hjælper', 'Diverse', 'Ægtepar' and 1 other)"),
])
def test_the_public_note_in_each_language(runner, tmp_path, monkeypatch, lang, one, others):
    from workbooks import make_xlsx

    monkeypatch.chdir(tmp_path)
    head = ["Navn", "Type", "Medarbejder", "Relation", "Rum"]
    club = ["Åby Roklub", "forening", "Bo", "netværk", "Læring"]
    single = make_xlsx(tmp_path / "one.xlsx", {"Kontakter": [head, club, ["Jens Jensen", "Hjælper", "Bo", "netværk"]]})
    result = runner.invoke(cli, ["map", str(single), "--public", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(one)
    many = make_xlsx(tmp_path / "many.xlsx", {"Kontakter": [head, club, *(
        [name, kind, "Bo", "netværk"] for name, kind in (("Jens Jensen", "Hjælper"), ("Team Ørsted", "Diverse"),
                                                         ("Bo Bæk", "Ægtepar"), ("Karen Holm", "Andet")))]})
    result = runner.invoke(cli, ["friends", str(many), "--public", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert others in result.stderr


def test_lang_before_the_command_holds_for_the_command(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _help(runner, ["--lang", "sv"], "da").startswith("Användning: netkort [ALTERNATIV] KOMMANDO")
    result = runner.invoke(cli, ["--lang", "nb", "map", str(MAIN)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Skrev kart.html\n"
    assert result.stderr == "Merk: inndataene har 3 feil; se dem med netkort check.\n"
    result = runner.invoke(cli, ["--lang", "nb", "map", str(MAIN), "--lang", "en", "-o", "x.html"])
    assert result.stdout == "Wrote x.html\n"
    assert _help(runner, ["--lang", "nb", "map", "--lang", "en"], "da").startswith("Usage: netkort map [OPTIONS]")


@pytest.mark.parametrize("lang, expected", [
    ("da", "findes allerede; netkort template skriver aldrig oven i en projektmappe"),
    ("sv", "finns redan; netkort template skriver aldrig över en arbetsbok"),
])
def test_template_never_writes_over_a_workbook(runner, tmp_path, monkeypatch, lang, expected):
    """The default name is the same every time: a second `netkort template` would replace the workbook the
    workshop filled in."""
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(cli, ["template", "--lang", lang]).exit_code == 0
    written = next(tmp_path.glob("*.xlsx"))
    written.write_bytes(b"filled in")
    again = runner.invoke(cli, ["template", "--lang", lang])
    assert again.exit_code == 2
    assert expected in again.stderr and written.name in again.stderr
    assert written.read_bytes() == b"filled in"
    other = runner.invoke(cli, ["template", str(tmp_path / "ny.xlsx"), "--lang", lang])
    assert other.exit_code == 0 and (tmp_path / "ny.xlsx").exists()


@pytest.mark.parametrize("lang, expected", [("da", "1.200 aktører på 1.200 rækker"),
                                            ("nb", "1\u00a0200 aktører på 1\u00a0200 rader"),
                                            ("en", "1,200 actors on 1,200 rows")])
def test_merges_summary_writes_its_numbers_as_the_language_does(runner, tmp_path, lang, expected):
    rows = "".join(f"Aktør {i};forening;netværk\n" for i in range(1200))
    group = tmp_path / "gruppe.csv"
    group.write_text("Navn;Type;Relation\n" + rows, encoding="utf-8")
    result = runner.invoke(cli, ["merge", str(group), "-o", str(tmp_path / "samlet.xlsx"), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout
