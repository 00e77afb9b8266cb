"""docs/eksempel.ipynb runs in a real Jupyter kernel, every cell without an error, and is kept without outputs."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

NOTEBOOK = ROOT / "docs" / "eksempel.ipynb"


def test_the_notebook_is_kept_without_outputs():
    document = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in document["cells"] if cell["cell_type"] == "code"]
    assert len(code) >= 10
    assert [(cell["outputs"], cell["execution_count"]) for cell in code] == [([], None)] * len(code)


def test_the_notebook_runs_and_shows_the_pages_inline(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # a cell that raises stops the run with CellExecutionError, naming the cell and the error
    nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = {cell["source"].splitlines()[-1]: cell["outputs"] for cell in notebook.cells
               if cell["cell_type"] == "code"}
    assert not [o for cell in outputs.values() for o in cell if o["output_type"] == "error"]
    for last in ("kort", "analysis", "comparison", 'netkort.Board(network, group_by="sector", public=True)'):
        html = outputs[last][0]["data"]["text/html"]
        assert html.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and 'sandbox="allow-scripts"' in html, last
    table = outputs['analysis.coverage.frame("space", "level")'][0]["data"]["text/plain"]
    assert table.splitlines()[-1].split() == ["performative", "44", "0", "0"]
    assert outputs["network.graph.number_of_nodes(), network.has_errors"][0]["data"]["text/plain"] == "(311, True)"
    assert (tmp_path / "kort.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
