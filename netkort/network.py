"""Load files into a :class:`Network`: the graph plus every problem found."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from . import graph
from .problems import Problem, has_errors
from .read import contacts


@dataclass
class Network:
    """The graph of one or more contact files and the problems found reading them."""

    graph: nx.Graph
    data: contacts.Dataset
    problems: list[Problem] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return self.data.files

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def load(paths: Iterable[Path | str], progress: Callable[[str], None] | None = None,
         columns: Mapping[str, str] | Iterable[str] | None = None) -> Network:
    """Read ``paths`` (xlsx, csv, or another tool's file), merge them and build the graph.

    ``columns`` overrides how netkort reads a column, as ``--column`` does:
    ``{"Organisation/navn": "navn"}`` or ``["Organisation/navn=navn"]``.

    Raises :class:`~netkort.problems.InputFileError` when a file cannot be read
    at all; problems inside the files are in ``Network.problems``.
    """
    from .read.column_map import column_map

    mapping = column_map(columns) if columns else None
    with gc_paused():
        data = contacts.read(paths, progress=progress, columns=mapping)
        built, problems = graph.build(data, library_name=data.library or graph.LIBRARY_NAME)
    return Network(graph=built, data=data, problems=[*data.problems, *problems])


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many long-lived objects.

    Reading builds hundreds of thousands of objects and hardly any cycles; the
    collector would rescan the growing heap again and again (a third of the time
    at 100,000 actors, for nothing). Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
