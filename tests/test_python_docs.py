"""docs/python.md ("Brug i Python") shows what netkort really prints: its examples run as doctests."""

from __future__ import annotations

import doctest
import re

from conftest import ROOT

import netkort

PAGE = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")


def test_every_example_on_the_page_prints_what_it_shows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the page saves kort.html, rapport.xlsx … here
    blocks = re.findall(r"```pycon\n(.*?)```", PAGE, flags=re.S)
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "docs/python.md", "docs/python.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 50 and result.failed == 0
    for name in ("kort.html", "rapport.html", "rapport.xlsx", "venner.html", "samlet.xlsx", "netvaerk.gexf",
                 "skabelon.xlsx"):
        assert (tmp_path / name).stat().st_size > 0, name


def test_the_page_names_every_public_name():
    internal = {"__version__", "Dataset", "build_graph", "summarise", "Network", "Analysis", "Comparison",
                "Development", "Merged"}
    for name in sorted(set(netkort.__all__) - internal):
        assert f"`netkort.{name}" in PAGE or f"`{name}`" in PAGE, name


def test_the_missing_pandas_message_on_the_page_is_netkorts():
    from netkort.frames import PandasMissingError

    assert f"netkort.frames.PandasMissingError: {PandasMissingError()}\n" in PAGE
