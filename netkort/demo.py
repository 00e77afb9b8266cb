"""``netkort demo``: every output for the bundled sample, in one folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .i18n import N_, NC_, gettext, translate

SAMPLES = ("hovedbibliotek.xlsx", "filial.xlsx", "hovedbibliotek-2024.xlsx", "hovedbibliotek-2023.xlsx",
           "hovedbibliotek-2022.xlsx")
YEARS = ("hovedbibliotek-2022.xlsx", "hovedbibliotek-2023.xlsx", "hovedbibliotek-2024.xlsx", "hovedbibliotek.xlsx")


def samples_dir() -> Path:
    """The bundled sample workbooks: inside the installed package, or the repository's."""
    packaged = Path(__file__).parent / "sample_networks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "sample_networks"


def sample(name: str = SAMPLES[0]) -> Path:
    """The path of a bundled sample workbook, to try netkort on.

    Parameters
    ----------
    name : str
        ``hovedbibliotek.xlsx`` (a main library's 300 contacts, the default),
        ``hovedbibliotek-2024.xlsx`` (the same library a year earlier; ``-2023`` and ``-2022``
        the years before), ``filial.xlsx``
        (a branch's contacts, to merge), ``interessentanalyse.xlsx`` (an interest
        analysis as a workshop makes it) or ``kumu-netvaerk.xlsx`` (a Kumu workbook).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    InputFileError
        No sample has that name.

    Examples
    --------
    >>> import netkort
    >>> netkort.sample().name
    'hovedbibliotek.xlsx'
    >>> netkort.sample("filial.xlsx").is_file()
    True
    """
    from .problems import InputFileError

    path = samples_dir() / name
    if Path(name).name != name or path.suffix != ".xlsx" or not path.is_file():
        raise InputFileError("file-missing", name)
    return path


# TRANSLATORS: the demo's file names, without their ending (report.html, network.graphml,
# network-nodes.csv ...): plain letters, no spaces, as the commands' default names (æ, ø, å, ä and ö
# can be garbled when a file is mailed or zipped).
FILE_NAMES = {
    "check": NC_("file name", "check"),
    "map_circle": NC_("file name", "map-network-circle"),
    "map_spaces": NC_("file name", "map-spaces"),
    "map_force": NC_("file name", "map-forces"),
    "network": NC_("file name", "network"),
    "report": NC_("file name", "report"),
    "candidates": NC_("file name", "candidates"),
    "template": NC_("file name", "template"),
    "friends": NC_("file name", "friends"),
    "friends_public": NC_("file name", "friends-public"),
    "merged": NC_("file name", "merged"),
    "development": NC_("file name", "development"),
}


def file_names(lang: str = "da") -> dict[str, str]:
    """The demo's file names in ``lang``, without their ending: each output by what it is."""
    return {key: translate(name, lang) for key, name in FILE_NAMES.items()}


def write_outputs(folder: Path | str, lang: str = "da",
                  progress: Callable[[str], None] | None = None) -> list[tuple[Path, str]]:
    """Write every output for the main-library sample to ``folder``; list what was written.

    Add a new output here (with ``note``): :func:`run_demo` links everything
    listed in ``index.html``.
    """
    import datetime as dt
    import json

    from .analysis import analyse
    from .check import summarise
    from .compare import compare, write_comparison
    from .development import development, write_development
    from .exports import export
    from .exports import written as export_files
    from .friends import board, write_board, write_board_xlsx
    from .map import write_map
    from .merge import merge_files, write_merged
    from .network import load
    from .output import make_folder, write_text
    from .report import write_report, write_xlsx
    from .template import write_candidates, write_template

    folder = make_folder(folder)
    written: list[tuple[Path, str]] = []

    def note(path: Path, what: str) -> None:
        """List ``path`` with ``what`` it is (an English msgid, said in ``lang``)."""
        written.append((path, gettext(what, lang)))
        if progress:
            progress(str(path))

    sample = samples_dir() / "hovedbibliotek.xlsx"
    network = load([sample])
    names = file_names(lang)
    path = folder / f"{names['check']}.json"
    write_text(path, json.dumps(summarise(network, lang), ensure_ascii=False, indent=2))
    note(path, N_("check of the sample: figures and problems (JSON)"))
    for layout, name, what in (
            ("circle", "map_circle", N_("network map: the network circle, partnerships innermost")),
            ("spaces", "map_spaces", N_("network map: the four library spaces, empty spaces are gaps")),
            ("force", "map_force", N_("network map: force-directed, close groups stand together"))):
        note(write_map(folder / f"{names[name]}.html", network.graph, layout, lang=lang), what)
    for suffix, what in (
            (".gexf", N_("the network for Gephi, with the map's colours, sizes and positions")),
            (".graphml", N_("the network for yEd, igraph, networkx")),
            (".json", N_("the network as node-link JSON (networkx, d3)")),
            (".graphology.json", N_("the network for graphology and sigma.js"))):
        note(export(network.graph, folder / f"{names['network']}{suffix}", lang=lang), what)
    nodes, edges = export_files(folder / f"{names['network']}.csv", lang)
    export(network.graph, folder / f"{names['network']}.csv", lang=lang)
    note(nodes, N_("the network's nodes as a table (Excel, Gephi)"))
    note(edges, N_("the network's edges as a table (Excel, Gephi)"))
    # The sample is a snapshot of 1 October 2025: count stale contacts from that day, not today.
    analysis = analyse(network, as_of=dt.date(2025, 10, 1))
    name = names["report"]
    path = write_report(analysis, folder / f"{name}.html", lang=lang, files=[sample.name])
    note(path, N_("analysis report: coverage of the spaces, stakeholders, care, checklist, candidates, structure"))
    path = write_xlsx(analysis, folder / f"{name}.xlsx", lang=lang)
    note(path, N_("the analysis tables, one sheet per table"))
    path = write_candidates(analysis.coverage, folder / f"{names['candidates']}.xlsx", lang=lang)
    note(path, N_("the gaps' candidates from the network, ready for the guide's 14 questions (How to say no)"))
    path = write_template(folder / f"{names['template']}.xlsx", lang=lang)
    note(path, N_("blank workshop workbook with instructions"))

    # Venner af Huset, the workshop merge and the development since 2024 (issue 5)
    friends = board(network.graph, lang=lang)
    note(write_board(friends, folder / f"{names['friends']}.html"),
         N_("Friends of the House: a poster with a card per contact and the staff member who holds it "
            "(print on A4)"))
    note(write_board_xlsx(friends, folder / f"{names['friends']}.xlsx"), N_("Friends of the House as a spreadsheet"))
    note(write_board(board(network.graph, public=True, lang=lang), folder / f"{names['friends_public']}.html"),
         N_("Friends of the House for the entrance: private persons shown as 'Private person'"))
    merged = merge_files([sample, samples_dir() / "filial.xlsx"], lang=lang)
    note(write_merged(merged, folder / f"{names['merged']}.xlsx"),
         N_("hovedbibliotek.xlsx and filial.xlsx merged into one workbook (see the Problems sheet)"))
    old = samples_dir() / "hovedbibliotek-2024.xlsx"
    comparison = compare(load([old]).graph, network.graph)
    note(write_comparison(comparison, folder / f"{names['development']}.html", lang=lang, before_label=old.name,
                          after_label=sample.name),
         N_("development from 2024 to 2025: new and lost actors, relations up and down"))
    path = folder / f"{names['development']}.json"
    write_text(path, json.dumps(comparison.to_dict(lang), ensure_ascii=False, indent=2))
    note(path, N_("the development as JSON (the same as netkort compare --json)"))
    course = development([load([samples_dir() / name]) if name != sample.name else network for name in YEARS])
    note(write_development(course, folder / f"{names['development']}-2022-2025.html", lang=lang),
         N_("the development over four years, 2022-2025: charts per level and space, the actors' paths on the "
            "network circle, staff, associations and municipal departments"))
    path = folder / f"{names['development']}-2022-2025.json"
    write_text(path, json.dumps(course.to_dict(lang), ensure_ascii=False, indent=2))
    note(path, N_("the four years' development as JSON (the same as netkort compare with four files and --json)"))
    return written


def run_demo(folder: Path | str, lang: str = "da",
             progress: Callable[[str], None] | None = None) -> list[tuple[Path, str]]:
    """Write every demo output to ``folder``, then ``index.html`` linking them all; list them."""
    outputs = write_outputs(folder, lang=lang, progress=progress)
    index = write_index(Path(folder), outputs, lang=lang)
    if progress:
        progress(str(index))
    return [*outputs, (index, gettext(N_("start here: every file with a line on each"), lang))]


def write_index(folder: Path, outputs: list[tuple[Path, str]], lang: str = "da") -> Path:
    """``index.html`` in ``folder``: a link to every output with what it is for."""
    import os
    from urllib.parse import quote

    from .render import write_page

    groups: dict[str, list[dict]] = {"pages": [], "sheets": [], "data": []}
    for path, what in outputs:
        relative = Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()
        suffix = Path(path).suffix.lower()
        group = "pages" if suffix in (".html", ".htm") else "sheets" if suffix in (".xlsx", ".csv") else "data"
        groups[group].append({"href": quote(relative), "name": relative, "what": what})
    return write_page(folder / "index.html", "index.html", groups=groups, lang=lang,
                      count=len(outputs))
