"""The examples in the public API's docstrings run, on the bundled sample, and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

# The modules of netkort's public API (netkort.__all__) whose docstrings carry examples.
API_MODULES = ["netkort.network", "netkort.demo", "netkort.analysis", "netkort.coverage", "netkort.interest",
               "netkort.care", "netkort.compare", "netkort.development", "netkort.chart",
               "netkort.actortype", "netkort.merge", "netkort.display", "netkort.frames",
               "netkort.exports", "netkort.template", "netkort.problems"]


@pytest.mark.parametrize("name", API_MODULES)
def test_docstring_examples_run(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # an example that saves a file saves it here
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             raise_on_error=False, verbose=False)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed (see above)"


def test_every_public_function_and_class_has_an_example():
    import netkort

    plain = {"__version__", "Dataset", "build_graph", "summarise", "Network", "Analysis", "Comparison",
             "Development", "Merged", "Problem", "NetkortError", "InputFileError", "UsageError", "OutputError",
             "PandasMissingError"}  # data classes and errors: their functions' examples show them
    for name in sorted(set(netkort.__all__) - plain):
        assert ">>> " in (getattr(netkort, name).__doc__ or ""), f"netkort.{name} has no example"
