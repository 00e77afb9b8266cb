"""netkort: a library's contact spreadsheets as a network map and partnership analyses.

Use it from Python as you would from the command line::

    import netkort
    network = netkort.load(["kontakter.xlsx"])
    network.graph            # a networkx.Graph: library, staff and actor nodes
    network.problems         # every problem found, with file, sheet, row, column
    netkort.export(network.graph, "net.graphml")

Heavy libraries (networkx, pandas, calamine) are imported on first use, so
``netkort --help`` answers at once. No public name is also a subpackage's name
(``netkort.read`` is the reading package, ``netkort.exports`` the formats behind
``netkort.export``), so importing the package never hides a function.
"""

from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "load": ("netkort.network", "load"),
    "Network": ("netkort.network", "Network"),
    "Dataset": ("netkort.read.contacts", "Dataset"),
    "build_graph": ("netkort.graph", "build"),
    "summarise": ("netkort.check", "summarise"),
    "export": ("netkort.exports", "export"),
    "write_template": ("netkort.template", "write_template"),
    "Problem": ("netkort.problems", "Problem"),
    "NetkortError": ("netkort.problems", "NetkortError"),
    "InputFileError": ("netkort.problems", "InputFileError"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'netkort' has no attribute {name!r}")
