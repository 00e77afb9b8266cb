"""netkort's pages in a notebook: the map, the report, the board and the comparison, shown inline.

Each object here holds one page exactly as the command line writes it (the same
builders, the same bytes) and shows it in Jupyter, VS Code or any notebook that
calls ``_repr_html_``. The page goes into a sandboxed ``<iframe srcdoc="…">``:
it keeps its own styles and scripts apart from the notebook's, it needs no
server and no internet (the pages carry everything they use, and their own
Content-Security-Policy lets nothing be fetched), and it is saved with the
notebook, so it still shows when the notebook is opened elsewhere.

``save(path)`` writes the file the command would write (never over one of the
files the network was read from). The pages show what the command's defaults
show: no e-mail, phone or notes unless ``details=True``, since a page shown in
a notebook is stored in the notebook file.
"""

from __future__ import annotations

import html as markup
import re
import tempfile
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import N_, Phrase
from .problems import UsageError

if TYPE_CHECKING:
    import networkx as nx

    from .analysis import Analysis
    from .compare import Comparison
    from .development import Development
    from .network import Network

HEIGHT = 640  # pixels: the frame's height in the notebook; the page scrolls inside it
SANDBOX = "allow-scripts"  # scripts run (the map draws itself), but in an origin of their own
WHAT = {"map": Phrase(N_("A network map")),
        "report": Phrase(N_("An analysis report")),
        # TRANSLATORS: the board's title, 'Venner af Huset' in the Danish guide Byg partnerskaber!, whose
        #   heading also says 'Husets venner': nb 'Husets venner', sv 'Husets vänner' (our proposal).
        "board": Phrase(N_("Friends of the House")),
        "compare": Phrase(N_("A comparison")),
        "merge": Phrase(N_("A merged workbook"))}


class SaveSuffixError(UsageError, ValueError):
    """``save()`` was given a name that is not one of the page's formats."""


def checked_output(path: Path | str, suffixes: tuple[str, ...], inputs: Iterable[Path | str],
                   what: str) -> Path:
    """``path``, once it is known to be a file of one of ``suffixes`` that replaces none of ``inputs``
    and can be written where it is asked for (see :func:`netkort.output.check_outputs`)."""
    from .output import check_outputs

    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise SaveSuffixError("save-suffix", file=str(path), what=WHAT[what], valid=" / ".join(suffixes),
                              suffix=path.suffix or "''")
    check_outputs([path], inputs)
    return path


def iframe(page: str, title: str = "", height: int = HEIGHT) -> str:
    """``page`` (a whole HTML document) in a sandboxed ``<iframe srcdoc>``, for a notebook cell.

    Examples
    --------
    >>> from netkort.display import iframe
    >>> print(iframe('<p title="a">Bøger & "blade"</p>', "Kort", 300))  # doctest: +NORMALIZE_WHITESPACE
    <iframe srcdoc="&lt;p title=&quot;a&quot;&gt;Bøger &amp; &quot;blade&quot;&lt;/p&gt;"
    sandbox="allow-scripts" title="Kort" style="width: 100%; height: 300px; border: 1px solid #ddd;"></iframe>
    """
    return (f'<iframe srcdoc="{markup.escape(page, quote=True)}" sandbox="{SANDBOX}" '
            f'title="{markup.escape(title, quote=True)}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>')


def _written(write: Callable[[Path], object]) -> str:
    """The page a writer writes, as text: written to a scratch folder by the command's own writer."""
    with tempfile.TemporaryDirectory(prefix="netkort-") as folder:
        path = Path(folder) / "page.html"
        write(path)
        return path.read_text(encoding="utf-8")


_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


class Page:
    """One self-contained page, shown inline in a notebook and saved with :meth:`save`.

    Subclasses say how the page is made (:meth:`_render`) and what else it can be
    saved as (``.xlsx``).
    """

    what = "map"
    suffixes: tuple[str, ...] = (".html", ".htm")

    def __init__(self, inputs: Iterable[Path | str] = (), height: int | None = None):
        self.inputs = [Path(i) for i in inputs]
        self.height = height or HEIGHT

    def _render(self) -> str:
        raise NotImplementedError

    def _write_other(self, path: Path) -> Path:
        raise NotImplementedError

    @cached_property
    def html(self) -> str:
        """The whole page, as the command writes it (made once, when first shown or saved)."""
        return self._render()

    @property
    def title(self) -> str:
        """The page's title, as its ``<title>`` says it."""
        found = _TITLE.search(self.html)
        return markup.unescape(found.group(1)).strip() if found else ""

    def save(self, path: Path | str) -> Path:
        """Write the page to ``path`` (or the workbook, for a name ending in .xlsx where there is one).

        Raises :class:`SaveSuffixError` for another name, and
        :class:`~netkort.output.OutputIsInputError` rather than replace a file the network was read from.
        """
        from .output import protecting, write_text

        path = checked_output(path, self.suffixes, self.inputs, self.what)
        with protecting(self.inputs):
            if path.suffix.lower() in (".html", ".htm"):
                return write_text(path, self.html, newline="\n")
            return self._write_other(path)

    def _repr_html_(self) -> str:
        return iframe(self.html, self.title, self.height)


def _graph_and_files(network: Network | nx.Graph) -> tuple[nx.Graph, list[str]]:
    from .network import files_of, graph_of

    return graph_of(network), files_of(network)


class Map(Page):
    """The interactive network map ``netkort map`` writes, shown in a notebook.

    Parameters
    ----------
    network : Network or networkx.Graph
        What ``netkort.load`` returned (or its ``.graph``).
    layout : str
        "circle" (the network circle, the default), "spaces" (the four library spaces) or "force".
    color : str
        What a node's colour shows: "level" (default), "sector", "space" or "staff".
    public : bool
        Organisations and staff only: private persons become "Privatperson".
    details : bool
        Add e-mail, phone and notes to the details panel (never on a public map).
    lang : str
        "da" or "en".
    title : str, optional
        The heading (default "Netværkskort").
    cpr : bool
        With ``details``, show CPR-like numbers instead of "[CPR skjult]".
    height : int, optional
        The frame's height in the notebook, in pixels.

    Examples
    --------
    >>> import netkort
    >>> network = netkort.load([netkort.sample()])
    >>> shown = netkort.Map(network, layout="spaces")
    >>> shown
    Map('Netværkskort', layout='spaces', color='level', actors=300)
    >>> shown.title, shown.data.actor_count
    ('Netværkskort · Bibliotekets fire rum', 300)
    >>> shown._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """

    what = "map"

    def __init__(self, network: Network | nx.Graph, layout: str = "circle", color: str = "level", *,
                 public: bool = False, details: bool = False, lang: str = "da", title: str | None = None,
                 cpr: bool = False, height: int | None = None):
        from .map import build_map

        graph, files = _graph_and_files(network)
        super().__init__(files, height)
        self.data = build_map(graph, layout, color, public=public, details=details, lang=lang,
                              title=title, cpr=cpr)

    def __repr__(self) -> str:
        return (f"Map({self.data.title!r}, layout={self.data.layout!r}, color={self.data.color!r}, "
                f"actors={self.data.actor_count})")

    def _render(self) -> str:
        from .map import render_map

        return render_map(self.data)


class Board(Page):
    """"Venner af Huset", the board ``netkort friends`` writes, shown in a notebook.

    Parameters
    ----------
    network : Network or networkx.Graph
        What ``netkort.load`` returned (or its ``.graph``).
    group_by : str
        "space" (default), "sector", "staff", "type" or "level".
    public : bool
        For the board at the entrance: private persons shown as "Privatperson".
    lang : str
        "da" or "en".
    title : str, optional
        The heading (default "Venner af Huset").
    paper : str
        "a4" (default) or "a3", for printing the saved page.
    height : int, optional
        The frame's height in the notebook, in pixels.

    Examples
    --------
    >>> import netkort
    >>> board = netkort.Board(netkort.load([netkort.sample()]), group_by="sector")
    >>> board
    Board('Venner af Huset', group_by='sector', cards=300)
    >>> board.title, board.data.cards
    ('Venner af Huset', 300)
    >>> [(group.key, group.count) for group in board.data.groups]
    [('public', 108), ('private', 60), ('civil', 132)]
    """

    what = "board"
    suffixes = (".html", ".htm", ".xlsx")

    def __init__(self, network: Network | nx.Graph, group_by: str = "space", *, public: bool = False,
                 lang: str = "da", title: str | None = None, paper: str = "a4", height: int | None = None):
        from .friends import PAPERS, board

        if paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
        graph, files = _graph_and_files(network)
        super().__init__(files, height)
        self.paper = paper
        self.data = board(graph, group_by, public=public, lang=lang, title=title)

    def __repr__(self) -> str:
        return f"Board({self.data.title!r}, group_by={self.data.group_by!r}, cards={self.data.cards})"

    def _render(self) -> str:
        from .friends import write_board

        return _written(lambda path: write_board(self.data, path, paper=self.paper))

    def _write_other(self, path: Path) -> Path:
        from .friends import write_board_xlsx

        return write_board_xlsx(self.data, path)


class Report(Page):
    """The report ``netkort analyse`` writes, for an :class:`~netkort.analysis.Analysis`.

    ``analysis.page(lang)`` makes one; an analysis shows itself as its Danish report.
    ``save`` writes the page (.html) or every table as a workbook (.xlsx).
    """

    what = "report"
    suffixes = (".html", ".htm", ".xlsx")

    def __init__(self, analysis: Analysis, lang: str = "da", height: int | None = None):
        super().__init__(analysis.files, height)
        self.analysis, self.lang = analysis, lang

    def __repr__(self) -> str:
        return f"Report({self.analysis!r}, lang={self.lang!r})"

    def _render(self) -> str:
        from .report import write_report

        return _written(lambda path: write_report(self.analysis, path, lang=self.lang, files=self.analysis.files))

    def _write_other(self, path: Path) -> Path:
        from .report import write_xlsx

        return write_xlsx(self.analysis, path, lang=self.lang)


class ComparisonPage(Page):
    """The page ``netkort compare -o`` writes, for a :class:`~netkort.compare.Comparison`."""

    what = "compare"

    def __init__(self, comparison: Comparison, lang: str = "da", height: int | None = None):
        super().__init__((), height)
        self.comparison, self.lang = comparison, lang

    def __repr__(self) -> str:
        return f"ComparisonPage({self.comparison!r}, lang={self.lang!r})"

    def _render(self) -> str:
        from .compare import write_comparison

        c = self.comparison
        return _written(lambda path: write_comparison(c, path, lang=self.lang, before_label=c.before_label,
                                                      after_label=c.after_label))


class DevelopmentPage(Page):
    """The page ``netkort compare -o`` writes for three or more snapshots
    (a :class:`~netkort.development.Development`)."""

    what = "compare"

    def __init__(self, development: Development, lang: str = "da", height: int | None = None):
        super().__init__((), height)
        self.development, self.lang = development, lang

    def __repr__(self) -> str:
        return f"DevelopmentPage({self.development!r}, lang={self.lang!r})"

    def _render(self) -> str:
        from .development import write_development

        return _written(lambda path: write_development(self.development, path, lang=self.lang))
