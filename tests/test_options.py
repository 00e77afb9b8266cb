"""Every option and environment value is checked before any work: a Danish usage error, exit 2.

The checks are found from the commands themselves, so a new option with a choice or a
number is tested here without being named.
"""

from __future__ import annotations

import json

import click
import pytest
from conftest import SAMPLES

from netkort.cli import Choice, Whole, cli

MAIN = SAMPLES / "hovedbibliotek.xlsx"
OLD = SAMPLES / "hovedbibliotek-2024.xlsx"


def base(command: str, folder) -> list[str]:
    """Arguments that make ``command`` run (its files and outputs), to add one option to."""
    return {"check": [str(MAIN)], "template": [str(folder / "s.xlsx")], "demo": [str(folder / "demo")],
            "export": [str(MAIN), "-o", str(folder / "n.gexf")], "analyse": [str(MAIN), "--json"],
            "friends": [str(MAIN), "-o", str(folder / "v.html")], "merge": [str(MAIN), "-o", str(folder / "s.xlsx")],
            "compare": [str(OLD), str(MAIN), "--json"], "map": [str(MAIN), "-o", str(folder / "k.html")],
            "workshop": ["--db", str(folder / "w.sqlite")]}[command]


def options(kind: type) -> list[tuple[str, click.Option]]:
    return [(name, param) for name, command in sorted(cli.commands.items()) for param in command.params
            if isinstance(param, click.Option) and isinstance(param.type, kind)]


def test_no_option_uses_a_type_that_refuses_in_english():
    for name, command in cli.commands.items():
        for param in command.params:
            kind = param.type
            assert not isinstance(kind, (click.IntRange, click.FloatRange)), (name, param.name)
            assert type(kind) is not click.Choice and kind not in (click.INT, click.FLOAT), (name, param.name)


@pytest.mark.parametrize("command, param", options(Choice), ids=lambda v: v if isinstance(v, str) else v.opts[0])
def test_every_choice_refuses_an_unknown_word(runner, tmp_path, command, param):
    result = runner.invoke(cli, [command, *base(command, tmp_path), param.opts[0], "nope"])
    assert result.exit_code == 2
    assert result.stderr == f"netkort: {param.opts[0]} 'nope' kendes ikke. Brug en af: {', '.join(param.type.choices)}.\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command, param", options(Whole), ids=lambda v: v if isinstance(v, str) else v.opts[0])
@pytest.mark.parametrize("value", ["0", "high+1", "-1", "abc", "1.5", ""])
def test_every_number_refuses_what_is_out_of_range(runner, tmp_path, command, param, value):
    low, high = param.type.low, param.type.high
    value = str(high + 1) if value == "high+1" else value
    result = runner.invoke(cli, [command, *base(command, tmp_path), param.opts[0], value, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == f"netkort: {param.opts[0]} '{value}': write a whole number from {low} to {high}.\n"


def test_the_issues_values_in_danish(runner):
    months = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--stale-months", "120000"])
    assert (months.exit_code, months.stderr) == (2, "netkort: --stale-months '120000': skriv et helt tal fra 1 til 1200.\n")
    day = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--as-of", "0001-01-01"])
    assert (day.exit_code, day.stderr) == (
        2, "netkort: --as-of '0001-01-01': datoen skal ligge fra 01-01-1900 til 31-12-2100.\n")
    assert day.stdout == months.stdout == ""


@pytest.mark.parametrize("value", ["1899-12-31", "2101-01-01", "31-12-9999"])
def test_as_of_outside_1900_to_2100(runner, value):
    result = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--as-of", value])
    assert result.exit_code == 2
    assert result.stderr == f"netkort: --as-of '{value}': datoen skal ligge fra 01-01-1900 til 31-12-2100.\n"


@pytest.mark.parametrize("value, day", [("1900-01-01", "1900-01-01"), ("31-12-2100", "2100-12-31")])
def test_as_of_at_the_edges_and_the_longest_staleness(runner, value, day):
    result = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--as-of", value, "--stale-months", "1200"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert (summary["as_of"], summary["stale_months"]) == (day, 1200)


def test_the_library_counts_from_any_day_without_crashing():
    import datetime as dt

    from netkort.care import months_before

    assert months_before(dt.date(1, 1, 1), 12) == dt.date.min  # nothing is older than the first day
    assert months_before(dt.date(2025, 3, 31), 120000) == dt.date.min
    assert months_before(dt.date(2025, 3, 31), 1) == dt.date(2025, 2, 28)


@pytest.mark.parametrize("value, lang", [("", "da"), ("da", "da"), ("DA", "da"), ("EN", "en"), (" en ", "en"),
                                         ("da_DK.UTF-8", "da"), ("en_GB.UTF-8", "en"), ("en-US", "en")])
def test_netkort_lang_in_any_case_and_as_a_locale(runner, value, lang):
    result = runner.invoke(cli, ["check", str(MAIN)], env={"NETKORT_LANG": value})
    assert result.exit_code == 1  # the sample's errors
    assert result.stdout.startswith({"da": "Læst: ", "en": "Read: "}[lang])


@pytest.mark.parametrize("value", ["fr", "english", "nn_NO.UTF-8", "C"])
def test_an_unknown_netkort_lang_is_a_usage_error(runner, tmp_path, value):
    out = tmp_path / "k.html"
    result = runner.invoke(cli, ["map", str(MAIN), "-o", str(out)], env={"NETKORT_LANG": value})
    assert result.exit_code == 2
    assert result.stderr == (f"netkort: NETKORT_LANG er '{value}', men netkort taler da, nb, sv og en. Sæt NETKORT_LANG "
                             "til en af dem (fx da eller da_DK.UTF-8), eller fjern den.\n")
    assert not out.exists()


def test_lang_option_wins_over_a_bad_environment_and_takes_any_case(runner):
    result = runner.invoke(cli, ["check", str(MAIN), "--lang", "EN"], env={"NETKORT_LANG": "fr"})
    assert result.exit_code == 1
    assert result.stdout.startswith("Read: ")


@pytest.mark.parametrize("command, option", [("map", "--title"), ("friends", "--title"), ("analyse", "--tag")])
@pytest.mark.parametrize("value", ["", "   ", "\u200b", "\u202e"])
def test_an_empty_text_option(runner, tmp_path, command, option, value):
    result = runner.invoke(cli, [command, *base(command, tmp_path), option, value])
    assert result.exit_code == 2
    assert result.stderr == f"netkort: {option} er tom; skriv en tekst, eller udelad {option}.\n"


def test_a_title_is_cleaned_like_a_cell(runner, tmp_path):
    out = tmp_path / "k.html"
    result = runner.invoke(cli, ["map", str(MAIN), "-o", str(out), "--title", "Vores\nnetværk \u202e2025\x9b"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<h1>Vores netværk 2025</h1>" in page
    assert "\u202e" not in page and "\x9b" not in page


@pytest.mark.parametrize("args, message", [
    (["template", "{dir}/skabelon.txt"], "OUT '{dir}/skabelon.txt': skal ende på .xlsx."),
    (["map", str(MAIN), "-o", "{dir}/kort.png"], "-o '{dir}/kort.png': skal ende på .html / .htm."),
    (["merge", str(MAIN), "-o", "{dir}/s.csv"], "-o '{dir}/s.csv': skal ende på .xlsx."),
])
def test_an_output_named_for_another_format(runner, tmp_path, args, message):
    result = runner.invoke(cli, [a.format(dir=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr == f"netkort: {message.format(dir=tmp_path)}\n"
    assert list(tmp_path.iterdir()) == []
