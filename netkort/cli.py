"""The ``netkort`` command: a thin layer over the library.

Each command parses its options, calls one netkort function and prints or
writes the result. Errors become a message and an exit code here, in one
place: 0 done, 1 the input has errors, 2 usage.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .problems import NetkortError

ALIASES = {"tjek": "check", "skabelon": "template", "eksport": "export", "kort": "map",
           "analyser": "analyse", "analyze": "analyse", "venner": "friends", "saml": "merge",
           "sammenlign": "compare"}


def _lang(ctx: click.Context) -> str:
    return ctx.meta.get("netkort.lang", os.environ.get("NETKORT_LANG", "da"))


class NetkortGroup(click.Group):
    """Accepts the Danish command names and turns netkort errors into messages."""

    def get_command(self, ctx, cmd_name):
        return super().get_command(ctx, ALIASES.get(cmd_name, cmd_name))

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        return command.name if command else name, command, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NetkortError as error:
            click.echo(f"netkort: {error.message(_lang(ctx))}", err=True)
            ctx.exit(error.exit_code)
        except OSError as error:
            name = error.filename or ""
            text = (f"kunne ikke skrive eller læse {name}: {error.strerror}" if _lang(ctx) == "da"
                    else f"could not write or read {name}: {error.strerror}")
            click.echo(f"netkort: {text}", err=True)
            ctx.exit(1)


def _set_lang(ctx: click.Context, _param, value: str | None) -> str:
    lang = value or os.environ.get("NETKORT_LANG", "da")
    ctx.meta["netkort.lang"] = lang
    return lang


lang_option = click.option("--lang", type=click.Choice(["da", "en"]), default=None,
                           callback=_set_lang, is_eager=True, expose_value=True,
                           help="Sprog i output: da (standard) eller en.")
files_argument = click.argument("files", nargs=-1, required=True,
                                type=click.Path(path_type=Path, dir_okay=False))


def _progress(label: str):
    """A progress callback on a terminal (after two quiet seconds); None in pipes and JSON."""
    if not sys.stderr.isatty():
        return None
    from .progress import Ticker

    ticker = Ticker(label)
    click.get_current_context().call_on_close(ticker.stop)
    return ticker


@click.group(cls=NetkortGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="netkort")
def cli():
    """netkort: bibliotekets kontakter som netværkskort og partnerskabsanalyser.

    \b
    Eksempler:
      netkort template skabelon.xlsx        tom workshop-projektmappe
      netkort check kontakter.xlsx          find fejl i regnearket
      netkort export kontakter.xlsx -o net.gexf
      netkort demo                          alt output for eksempeldata

    Danske navne virker også: tjek, skabelon, eksport.
    """


@cli.command()
@files_argument
@click.option("--json", "as_json", is_flag=True, help="Skriv resultatet som JSON.")
@lang_option
def check(files, as_json, lang):
    """Tjek regneark: hvad blev læst, og hvad skal rettes. Exit 1 ved fejl.

    \b
    Eksempel:
      netkort check kontakter.xlsx gruppe2.csv
      netkort check kontakter.xlsx --json > problemer.json
    """
    from .check import summarise
    from .network import load
    from .check import check_text

    network = load(files, progress=None if as_json else _progress("Læser" if lang == "da" else "Reading"))
    summary = summarise(network, lang)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(check_text(summary, lang))
    sys.exit(1 if network.has_errors else 0)


@cli.command()
@click.argument("out", required=False, default="netkort-skabelon.xlsx",
                type=click.Path(path_type=Path, dir_okay=False))
@lang_option
def template(out, lang):
    """Skriv en tom workshop-projektmappe med vejledning og eksempelrækker.

    \b
    Eksempel:
      netkort template skabelon.xlsx
    """
    from .template import write_template

    write_template(out)
    click.echo(f"Skrev {out}" if lang == "da" else f"Wrote {out}")


@cli.command()
@files_argument
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Outputfil: .graphml, .gexf, .json eller .csv.")
@click.option("--details", is_flag=True, help="Tag e-mail, telefon og noter med.")
@lang_option
def export(files, out, details, lang):
    """Eksporter netværket til Gephi, igraph eller networkx.

    Formatet vælges efter endelsen: .graphml, .gexf (Gephi), .json (node-link)
    eller .csv (kantliste med navne).

    \b
    Eksempel:
      netkort export kontakter.xlsx -o netvaerk.gexf
    """
    from .export import FORMATS, ExportFormatError, export as write
    from .network import load

    if out.suffix.lower() not in FORMATS:
        raise ExportFormatError(out)
    network = load(files, progress=_progress("Læser" if lang == "da" else "Reading"))
    write(network.graph, out, details=details)
    click.echo(f"Skrev {out}" if lang == "da" else f"Wrote {out}")


@cli.command()
@click.argument("folder", required=False, default="netkort-demo",
                type=click.Path(path_type=Path, file_okay=False))
@lang_option
def demo(folder, lang):
    """Skriv alt output for det medfølgende eksempel til en mappe.

    \b
    Eksempel:
      netkort demo              skriver til ./netkort-demo
      netkort demo ~/demo
    """
    from .demo import run_demo

    written = run_demo(folder, lang=lang, progress=_progress("Laver" if lang == "da" else "Making"))
    for path, what in written:
        click.echo(f"  {path}  {what}")
    click.echo(("Skrev {n} filer i {folder}" if lang == "da" else "Wrote {n} files in {folder}")
               .format(n=len(written), folder=folder))


def main() -> None:
    # Under a cp1252 or ASCII locale, never crash on a name the terminal can't show:
    # pipes and files get UTF-8 (so JSON keeps every character), terminals a '?'.
    for stream in (sys.stdout, sys.stderr):
        if (stream.encoding or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
    cli(prog_name="netkort")


if __name__ == "__main__":
    main()
