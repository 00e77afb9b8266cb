"""``netkort analyse``: the CLI prints exactly what the library returns, and says clearly what is wrong."""

from __future__ import annotations

import datetime as dt
import json

from conftest import SAMPLES

from netkort.analysis import analyse
from netkort.cli import cli
from netkort.network import load

SAMPLE = SAMPLES / "hovedbibliotek.xlsx"


def _library_json(**options) -> str:
    found = analyse(load([SAMPLE]), **options)
    return json.dumps(found.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_json_equals_the_library_call(runner):
    result = runner.invoke(cli, ["analyse", str(SAMPLE), "--json", "--as-of", "2025-10-01"])
    assert result.exit_code == 0, result.output
    assert result.stdout == _library_json(as_of=dt.date(2025, 10, 1))
    data = json.loads(result.stdout)
    assert list(data) == ["summary", "coverage", "interest", "care", "structure", "checklist", "candidates"]
    assert data["summary"]["as_of"] == "2025-10-01"
    assert data["coverage"]["spaces"]["performative"] == {"network": 44, "cooperation": 0, "partnership": 0}


def test_json_with_every_option_equals_the_library_call(runner):
    result = runner.invoke(cli, ["analyser", str(SAMPLE), "--json", "--as-of", "01-10-2025",
                                 "--tag", "læselyst 2025", "--threshold", "3", "--stale-months", "6"])
    assert result.exit_code == 0, result.output
    assert result.stdout == _library_json(as_of=dt.date(2025, 10, 1), tag="læselyst 2025", threshold=3,
                                          stale_months=6)
    assert json.loads(result.stdout)["interest"]["threshold"] == 3


def test_input_errors_are_noted_on_stderr_not_in_the_json(runner):
    result = runner.invoke(cli, ["analyse", str(SAMPLE), "--json", "--as-of", "2025-10-01"])
    assert result.stderr == "Bemærk: inputtet har 3 fejl; se dem med netkort check.\n"


def test_writes_the_html_and_the_xlsx(runner, tmp_path):
    html, xlsx = tmp_path / "r.html", tmp_path / "r.xlsx"
    result = runner.invoke(cli, ["analyze", str(SAMPLE), "-o", str(html), "--xlsx", str(xlsx),
                                 "--as-of", "2025-10-01", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {html}\nWrote {xlsx}\n"
    assert "3 of 4 spaces have partners" in html.read_text(encoding="utf-8")
    assert xlsx.read_bytes()[:2] == b"PK"


def test_the_report_is_the_default_output(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["analyse", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Skrev rapport.html\n"
    assert (tmp_path / "rapport.html").is_file()


def test_a_bad_date_is_a_usage_error(runner):
    result = runner.invoke(cli, ["analyse", str(SAMPLE), "--json", "--as-of", "31-13-2024"])
    assert result.exit_code == 2
    assert result.stderr == "netkort: --as-of '31-13-2024' er ikke en dato. Skriv fx 2025-10-01 eller 01-10-2025.\n"


def test_an_unknown_tag_names_the_tags(runner):
    result = runner.invoke(cli, ["analyse", str(SAMPLE), "--json", "--tag", "Læselyst 2026", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith(
        "netkort: no actor is tagged 'Læselyst 2026'. Did you mean 'Læselyst 2025'? Tags in the data: "
        "Digital dannelse, Grøn omstilling, Læselyst 2025, Musikbyen, Sprog og integration, Sundhed\n")


def test_threshold_must_be_a_score(runner):
    result = runner.invoke(cli, ["analyse", str(SAMPLE), "--json", "--threshold", "6"])
    assert result.exit_code == 2
    assert result.stderr == "netkort: --threshold '6': skriv et helt tal fra 1 til 5.\n"
