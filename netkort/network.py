"""Load files into a :class:`Network`: the graph plus every problem found."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from . import graph
from .problems import Problem, has_errors
from .read import contacts

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Network:
    """The graph of one or more contact files and the problems found reading them.

    Attributes
    ----------
    graph : networkx.Graph
        The library, its staff members and the external actors, with their relations
        (see :mod:`netkort.graph`).
    data : netkort.read.contacts.Dataset
        The typed rows as read, sheet by sheet.
    problems : list of Problem
        Everything found wrong or worth knowing, each with file, sheet, row and column.
    """

    graph: nx.Graph
    data: contacts.Dataset
    problems: list[Problem] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        """The files read, as they were given."""
        return self.data.files

    @property
    def has_errors(self) -> bool:
        """Whether any problem is an error (``netkort check`` would exit 1)."""
        return has_errors(self.problems)

    def actors(self, details: bool = False, cpr: bool = False, lang: str = "da") -> pd.DataFrame:
        """One row per actor: every field, the staff members who hold it, every extra column.

        Needs pandas (``pip install "netkort[pandas]"``). The columns are the field ids of
        ``netkort export -o net.json`` (``name``, ``type``, ``sector``, ``level``, ``spaces``, …),
        ``id`` is the actor's node id, ``staff`` the names of the staff members holding it, and
        every extra column of the workbook follows under its own header. See :mod:`netkort.frames`
        for the dtypes.

        Parameters
        ----------
        details : bool
            Add e-mail, phone and notes, as ``--details`` does. Off by default: a frame shown
            in a notebook is saved in the notebook file.
        cpr : bool
            With ``details``, keep CPR-like numbers as written instead of "[CPR skjult]".
        lang : str
            The language of the masks ("[e-mail skjult]" or "[email hidden]").

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        >>> import netkort
        >>> network = netkort.load([netkort.sample()])
        >>> actors = network.actors()
        >>> len(actors)
        300
        >>> actors.loc[0, ["name", "type", "sector", "level", "spaces"]].to_dict()
        {'name': 'Repair Café Nørreå', 'type': 'frivillig', 'sector': 'civil', 'level': 'cooperation', 'spaces': ['learning']}
        >>> actors.level.value_counts().sort_index()
        level
        network        164
        cooperation     88
        partnership     45
        Name: count, dtype: int64
        """
        from .frames import actors

        return actors(self, details=details, cpr=cpr, lang=lang)

    def relations(self, details: bool = False, cpr: bool = False, lang: str = "da") -> pd.DataFrame:
        """One row per relation: staff member–actor, library–actor and actor–actor.

        Needs pandas. ``kind`` says which: ``holds`` (a staff member holds the relation,
        ``source`` is the staff member), ``direct`` (an actor no staff member holds, linked
        to the library) or ``relation`` (two actors, from the Relationer sheet). ``source``
        and ``target`` are node ids, ``source_name`` and ``target_name`` their names; then
        the relation's level, agreement, dates and activities, and its extra columns.
        ``details``, ``cpr`` and ``lang`` as for :meth:`actors`.

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        >>> import netkort
        >>> relations = netkort.load([netkort.sample()]).relations()
        >>> relations.kind.value_counts().to_dict()
        {'holds': 375, 'relation': 60, 'direct': 0}
        >>> relations.loc[0, ["source_name", "target_name", "level"]].to_list()
        ['Camilla Brix', 'Repair Café Nørreå', 'cooperation']
        """
        from .frames import relations

        return relations(self, details=details, cpr=cpr, lang=lang)

    def problems_frame(self, lang: str = "da") -> pd.DataFrame:
        """Every problem as a row, with the columns of ``netkort check --json``.

        Needs pandas. ``severity`` is ``error`` or ``warning``; ``row`` is the row number
        Excel shows; ``message`` says what to do, in ``lang``.

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        >>> import netkort
        >>> problems = netkort.load([netkort.sample()]).problems_frame()
        >>> problems[["severity", "sheet", "row", "column", "field"]].head(3)
          severity           sheet  row column           field
        0    error  Kontakter 2025   28      K     Indflydelse
        1    error  Kontakter 2025   50      H        Relation
        2    error  Kontakter 2025  166      O  Sidste kontakt
        >>> print(problems.message[1])
        'samarbejd' er ikke et relationsniveau; mente du 'samarbejde'? ...
        """
        from .frames import problems

        return problems(self.problems, lang=lang)


def graph_of(network: Network | nx.Graph) -> nx.Graph:
    """The graph of a :class:`Network`, or ``network`` itself when it is a graph already."""
    return network.graph if isinstance(network, Network) else network


def files_of(network: Network | nx.Graph) -> list[str]:
    """The files a :class:`Network` was read from (none for a bare graph)."""
    return list(network.files) if isinstance(network, Network) else []


def load(paths: Iterable[Path | str], progress: Callable[[str], None] | None = None,
         columns: Mapping[str, str] | Iterable[str] | None = None) -> Network:
    """Read ``paths`` (xlsx, csv, or another tool's file), merge them and build the graph.

    Several files are one network, as a workshop's groups are: the same actor in two
    files is one actor. Nothing stops at the first problem: every problem found is in
    ``Network.problems``.

    Parameters
    ----------
    paths : iterable of path or str
        The workbooks (.xlsx, .xls), CSV files, or Kumu, Onodo, Gephi, NodeXL and
        GraphML/GEXF/JSON files to read.
    progress : callable, optional
        Called with a short text as reading goes on (the command line's progress line).
    columns : mapping or iterable of str, optional
        How to read a column, as ``--column`` does: ``{"Organisation/navn": "navn"}``
        or ``["Organisation/navn=navn"]``.

    Returns
    -------
    Network
        The graph, the rows read and every problem found.

    Raises
    ------
    InputFileError
        A file that cannot be read at all (missing, empty, damaged, password-protected…).

    Examples
    --------
    >>> import netkort
    >>> network = netkort.load([netkort.sample("hovedbibliotek.xlsx")])
    >>> network.graph.number_of_nodes(), network.has_errors
    (311, True)
    >>> print(network.problems[0].message())
    '7' er ikke en gyldig score; skriv et helt tal fra 1 til 5 eller et ord som Lav, Middel, Høj.
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
