"""The README documents every command and its set-up commands stay true."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from netkort.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"netkort {name}" in README, f"README does not show `netkort {name}`"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"^(pip install -e \"\.\[test\]\" && python -m pytest.*)$", ci, re.M).group(1)
    assert command in README


def test_readme_has_the_demo_command():
    assert re.search(r"pip install .* && netkort demo", README)


@pytest.mark.parametrize("sample", ["hovedbibliotek.xlsx", "interessentanalyse.xlsx", "kumu-netvaerk.xlsx"])
def test_readme_check_transcript_is_what_check_prints(runner, monkeypatch, sample):
    monkeypatch.chdir(ROOT / "sample_networks")
    shown = README.split(f"$ netkort check {sample}\n", 1)[1].split("```", 1)[0]
    assert runner.invoke(cli, ["check", sample]).stdout == shown


def test_readme_compare_transcript_is_what_compare_prints(runner, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT / "sample_networks")
    shown = README.split("$ netkort compare hovedbibliotek-2024.xlsx hovedbibliotek.xlsx -o udvikling.html\n",
                         1)[1].split("```", 1)[0]
    out = tmp_path / "udvikling.html"
    result = runner.invoke(cli, ["compare", "hovedbibliotek-2024.xlsx", "hovedbibliotek.xlsx", "-o", str(out)])
    # on a terminal the note on stderr comes first, as the README shows
    assert result.stderr + result.stdout.replace(str(out), "udvikling.html") == shown
