"""netkort: a library's contact spreadsheets as a network map and partnership analyses.

Use it from Python, or a notebook, as you would from the command line::

    import netkort
    network = netkort.load(["kontakter.xlsx"])
    network.graph               # a networkx.Graph: library, staff and actor nodes
    network.problems            # every problem found, with file, sheet, row, column
    network.actors()            # a pandas DataFrame, one row per actor (netkort[pandas])
    netkort.Map(network)        # the map, shown inline in a notebook; .save("kort.html")
    analysis = netkort.analyse(network)   # shown as the report; .coverage.frame() …
    netkort.Board(network)      # Venner af Huset
    netkort.compare(old, new)   # two snapshots; .frame(), .summary()
    netkort.development([a, b, c])   # three or more: series, paths, staff, municipality
    netkort.merge(["gruppe1.xlsx", "gruppe2.xlsx"]).save("samlet.xlsx")
    netkort.export(network, "net.graphml")
    netkort.write_template("skabelon.xlsx")

``netkort.sample()`` is the path of the bundled sample workbook, to try it on.

Heavy libraries (networkx, pandas, calamine) are imported on first use, so
``netkort --help`` answers at once, and pandas only when a frame is asked for.
A public name is never shadowed by a submodule: ``netkort.export`` is the
function (the formats are the package ``netkort.exports``), and ``netkort.compare``
and ``netkort.merge`` stay the functions even after their modules are imported
(reach those modules as ``from netkort.compare import …``).
"""

from __future__ import annotations

import sys
import types

__version__ = "0.1.0"

_LAZY = {
    # reading
    "load": ("netkort.network", "load"),
    "Network": ("netkort.network", "Network"),
    "sample": ("netkort.demo", "sample"),
    "Dataset": ("netkort.read.contacts", "Dataset"),
    "build_graph": ("netkort.graph", "build"),
    "summarise": ("netkort.check", "summarise"),
    # analyses
    "analyse": ("netkort.analysis", "analyse"),
    "Analysis": ("netkort.analysis", "Analysis"),
    "compare": ("netkort.compare", "compare"),
    "Comparison": ("netkort.compare", "Comparison"),
    "development": ("netkort.development", "development"),
    "Development": ("netkort.development", "Development"),
    # pages shown in a notebook, and files written
    "Map": ("netkort.display", "Map"),
    "Board": ("netkort.display", "Board"),
    "merge": ("netkort.merge", "merge_files"),
    "Merged": ("netkort.merge", "Merged"),
    "export": ("netkort.exports", "export"),
    "write_template": ("netkort.template", "write_template"),
    "write_candidates": ("netkort.template", "write_candidates"),
    # problems and errors
    "Problem": ("netkort.problems", "Problem"),
    "NetkortError": ("netkort.problems", "NetkortError"),
    "InputFileError": ("netkort.problems", "InputFileError"),
    "UsageError": ("netkort.problems", "UsageError"),
    "OutputError": ("netkort.output", "OutputError"),
    "PandasMissingError": ("netkort.frames", "PandasMissingError"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'netkort' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """The package, whose public names no submodule import replaces.

    Importing ``netkort.compare`` sets the attribute ``compare`` of the package to
    the module; here that is let go, so ``netkort.compare`` stays the function.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
