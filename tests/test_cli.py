"""The command line: exact output, exit codes, aliases, help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SAMPLES

from netkort import __version__
from netkort.check import summarise
from netkort.cli import cli
from netkort.network import load

MAIN = SAMPLES / "hovedbibliotek.xlsx"
BRANCH = SAMPLES / "filial.xlsx"


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"netkort, version {__version__}\n"


def test_check_json_equals_the_library_call(runner):
    result = runner.invoke(cli, ["check", str(MAIN), "--json"])
    assert json.loads(result.stdout) == summarise(load([MAIN]))


def test_check_on_the_main_sample(runner):
    result = runner.invoke(cli, ["check", str(MAIN), "--json"])
    assert result.exit_code == 1  # the sample has three deliberate errors
    summary = json.loads(result.stdout)
    assert (summary["actors"], summary["staff"], summary["relations"]) == (300, 10, 60)
    errors = [(p["row"], p["column"], p["field"], p["code"]) for p in summary["problems"]
              if p["severity"] == "error"]
    assert sorted(errors) == [(28, "K", "Indflydelse", "bad-score"), (50, "H", "Relation", "unknown-level"),
                              (166, "O", "Sidste kontakt", "bad-date")]
    assert {p["sheet"] for p in summary["problems"]} == {"Kontakter 2025"}


def test_check_text_output(runner):
    result = runner.invoke(cli, ["check", str(MAIN)])
    lines = result.stdout.splitlines()
    assert lines[0] == f"Læst: {MAIN}"
    assert lines[1] == "300 aktører, 10 medarbejdere, 60 relationer mellem aktører"
    assert lines[4:12] == [
        "Sådan blev kolonnerne læst:",
        f"{MAIN} › Kontakter 2025: kontakter, overskrift i række 3",
        "  A-S     læst som de hedder: Navn, Type, Sektor, Kontaktperson, E-mail, Telefon, Medarbejder, "
        "Relation, Rum, Målgrupper, Indflydelse, Interesse, Aftale, Start, Sidste kontakt, Næste evaluering, "
        "Aktiviteter, Tema, Noter",
        "  T       Webside  beholdt som ekstra kolonne",
        f"{MAIN} › Relationer: relationer, overskrift i række 1",
        "  A-D     læst som de hedder: Fra, Til, Relation, Note",
        f"{MAIN} › Medarbejdere: medarbejdere, overskrift i række 1",
        "  A-C     læst som de hedder: Navn, Afdeling, E-mail"]
    assert lines[12:15] == [f"{MAIN} › Tjekliste: tjekliste, overskrift i række 1",
                            "  A       Partnerskab                  → Navn",
                            "  B       Formål                       → Partnerskabets formål"]
    assert f"{MAIN} › Kandidater: kandidater, overskrift i række 1" in lines
    assert "  C-P     guidens spørgsmål 1-14 (How to say no), i rækkefølge" in lines
    assert "3 fejl og 7 advarsler:" in lines
    assert f"{MAIN} › Kontakter 2025" in lines
    assert ("  50     H Relation            fejl      'samarbejd' er ikke et relationsniveau; mente du "
            "'samarbejde'? Gyldige: netværk, samarbejde, partnerskab") in lines


def test_check_in_english(runner):
    result = runner.invoke(cli, ["check", str(MAIN), "--lang", "en"])
    assert "300 actors, 10 staff members, 60 relations between actors" in result.stdout
    assert "'samarbejd' is not a relation level; did you mean 'samarbejde'?" in result.stdout


def test_warnings_alone_exit_0(runner):
    result = runner.invoke(cli, ["tjek", str(BRANCH)])
    assert result.exit_code == 0
    assert "\n2 advarsler:\n" in result.stdout


def test_several_files_are_merged(runner):
    result = runner.invoke(cli, ["check", str(MAIN), str(BRANCH), "--json"])
    summary = json.loads(result.stdout)
    assert summary["files"] == [str(MAIN), str(BRANCH)]
    # three actors are in both workbooks and become one each
    assert summary["actors"] == 300 + 40 - 3


def test_no_files_is_a_usage_error(runner):
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 2
    assert result.stderr.endswith("Fejl: Mangler argumentet 'FILER...'.\n")  # click, in Danish (issue 14), the metavar too


@pytest.mark.parametrize("alias, command", [("tjek", "check"), ("skabelon", "template"),
                                            ("eksport", "export"), ("kort", "map"), ("analyser", "analyse"),
                                            ("venner", "friends"), ("saml", "merge"),
                                            ("sammenlign", "compare")])
def test_danish_aliases(runner, alias, command):
    assert runner.invoke(cli, [alias, "--help"]).stdout == runner.invoke(cli, [command, "--help"]).stdout


def test_every_command_has_an_example_in_its_help(runner):
    for name, command in cli.commands.items():
        assert "Eksempel" in (command.help or ""), name


def test_help_is_fast_and_imports_nothing_heavy():
    code = ("import sys, netkort.cli; heavy = {'networkx', 'pandas', 'python_calamine', 'igraph', 'openpyxl'};"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("command, option, name", [
    ("map", "-o", "kort.png"), ("friends", "-o", "venner.pdf"), ("analyse", "-o", "rapport.xlsx"),
    ("analyse", "--xlsx", "rapport.html"), ("friends", "--xlsx", "venner.csv")])
def test_an_output_named_for_another_format_is_a_usage_error(runner, tmp_path, command, option, name):
    extra = ["-o", str(tmp_path / "ok.html")] if option == "--xlsx" else []
    result = runner.invoke(cli, [command, str(MAIN), option, str(tmp_path / name), *extra])
    assert result.exit_code == 2
    wanted = ".xlsx" if option == "--xlsx" else ".html / .htm"
    assert f"skal ende på {wanted}" in result.stderr
    assert not (tmp_path / name).exists()


def test_public_names_stay_what_they_are_after_every_module_is_imported():
    import importlib
    import pkgutil

    import netkort

    before = {name: getattr(netkort, name) for name in netkort.__all__}
    for module in pkgutil.walk_packages(netkort.__path__, "netkort."):
        importlib.import_module(module.name)
    # a subpackage named like a public function would now shadow it (netkort.export once did)
    assert {name: getattr(netkort, name) for name in netkort.__all__} == before
    assert callable(netkort.export) and callable(netkort.load)


def test_every_command_shows_its_help(runner):
    for name in sorted(cli.commands):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and result.exception is None, (name, result.output)
        assert "Usage:" in result.output or "Brug:" in result.output, name


def test_a_huge_bad_value_is_quoted_cut_in_its_message(runner, tmp_path):
    """A 400,000-character cell in the Rum column is one readable line, not the whole cell."""
    path = tmp_path / "k.csv"
    value = "[" * 200_000 + "]" * 200_000
    path.write_text(f"Navn;Rum\nÅby Skakklub;{value}\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path)])
    (line,) = [line for line in result.stdout.splitlines() if "biblioteksrum" in line]
    assert "'" + "[" * 119 + "…' er ikke et af de fire biblioteksrum" in line
    assert len(line) < 400
