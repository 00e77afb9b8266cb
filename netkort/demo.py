"""``netkort demo``: every output for the bundled sample, in one folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

SAMPLES = ("hovedbibliotek.xlsx", "filial.xlsx", "hovedbibliotek-2024.xlsx")


def samples_dir() -> Path:
    """The bundled sample workbooks: inside the installed package, or the repository's."""
    packaged = Path(__file__).parent / "sample_networks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "sample_networks"


def run_demo(folder: Path | str, lang: str = "da",
             progress: Callable[[str], None] | None = None) -> list[tuple[Path, str]]:
    """Write every output for the main-library sample to ``folder``; list what was written."""
    from .check import summarise
    from .export import export
    from .network import load
    from .template import write_template
    import json

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    da = lang == "da"
    written: list[tuple[Path, str]] = []

    def note(path: Path, da_text: str, en_text: str) -> None:
        written.append((path, da_text if da else en_text))
        if progress:
            progress(str(path))

    sample = samples_dir() / "hovedbibliotek.xlsx"
    network = load([sample])
    path = folder / "tjek.json"
    path.write_text(json.dumps(summarise(network, lang), ensure_ascii=False, indent=2), encoding="utf-8")
    note(path, "tjek af eksemplet: tal og problemer (JSON)", "check of the sample: figures and problems (JSON)")
    for suffix, da_text, en_text in (
            (".graphml", "netværket til yEd, igraph, networkx", "the network for yEd, igraph, networkx"),
            (".gexf", "netværket til Gephi", "the network for Gephi"),
            (".json", "netværket som node-link JSON", "the network as node-link JSON"),
            (".csv", "kantliste med navne (åbn i Excel)", "edge list with names (open in Excel)")):
        path = export(network.graph, folder / f"netvaerk{suffix}")
        note(path, da_text, en_text)
    path = write_template(folder / "skabelon.xlsx")
    note(path, "tom workshop-projektmappe med vejledning", "blank workshop workbook with instructions")
    return written
