"""Load files into a :class:`Network`: the graph plus every problem found."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
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


def load(paths: Iterable[Path | str], progress: Callable[[str], None] | None = None) -> Network:
    """Read ``paths`` (xlsx or csv), merge them and build the graph.

    Raises :class:`~netkort.problems.InputFileError` when a file cannot be read
    at all; problems inside the files are in ``Network.problems``.
    """
    with gc_paused():
        data = contacts.read(paths, progress=progress)
        built, problems = graph.build(data)
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
