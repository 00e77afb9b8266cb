"""The ``netkort`` command: a thin layer over the library.

Each command parses its options, calls one netkort function and prints or
writes the result. Errors become a message and an exit code here, in one
place: 0 done, 1 the input has errors, 2 usage.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
from contextvars import ContextVar
from pathlib import Path

import click

from . import __version__
from .i18n import (
    DEFAULT,
    LANGS,
    N_,
    NC_,
    Ctx,
    Marked,
    Nn_,
    Phrase,
    _,
    format_number,
    ngettext,
    normalise,
    speaking,
    translate,
)
from .messages import say
from .problems import NetkortError, UsageError

ALIASES = {"tjek": "check", "skabelon": "template", "eksport": "export", "kort": "map",
           "analyser": "analyse", "analyze": "analyse", "venner": "friends", "saml": "merge",
           "sammenlign": "compare"}


def _lang(ctx: click.Context) -> str:
    """The language of messages: --lang, else NETKORT_LANG, else Danish (also while either is being checked)."""
    return ctx.meta.get("netkort.lang") or env_lang(os.environ.get("NETKORT_LANG"), strict=False)


def env_lang(value: str | None, strict: bool = True) -> str:
    """The language NETKORT_LANG asks for: da, nb (or no), sv or en in any case, also as a locale
    ('nb_NO.UTF-8', 'en-GB'); unset or empty is Danish. Anything else is a usage error (``strict``) or Danish."""
    if value is None or not value.strip():
        return "da"
    lang = normalise(value)
    if lang:
        return lang
    if strict:
        raise UsageError("lang-env", value=value, valid=Phrase.by(lambda lang: _listed(LANGS, lang)))
    return "da"


def _listed(items, lang: str) -> str:
    """'a, b and c' in ``lang``: the items joined with commas and the language's 'and' before the last."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return _("{first} and {last}", lang).format(first=", ".join(items[:-1]), last=items[-1])


def _asked_lang(args: list[str]) -> str:
    """The language a run asks for, before click parses it: --lang X or --lang=X, else NETKORT_LANG, else Danish.
    click's own messages ('No such command') come before any option is parsed, so they need it this early.
    The last --lang wins, as it does for the command ('netkort --lang nb map ... --lang en' is English)."""
    asked = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = arg[len("--lang="):] if arg.startswith("--lang=") else (
            args[index + 1] if arg == "--lang" and index + 1 < len(args) else None)
        if value is not None and normalise(value):
            asked = normalise(value)
    return asked or env_lang(os.environ.get("NETKORT_LANG"), strict=False)


# The language --help is written in: the one the run asks for (NetkortGroup.main), else Danish.
_SPOKEN: ContextVar[str] = ContextVar("netkort_cli_lang", default=DEFAULT)


def _said(marked: Marked) -> str:
    """A msgid of the command line (a help text, a metavar) in the run's language."""
    return translate(marked, _SPOKEN.get())


class Verbatim(str):
    """A paragraph of a help text that click must not rewrap (the examples): its lines stay as written."""


class Help(tuple):
    """A command's help text as msgids, one per paragraph, said in the run's language when --help shows it.
    A :class:`Verbatim` paragraph keeps its lines (click's ``\\b``); ``default`` is the file name (a msgid)
    the command writes when given none, named in the help as ``{default}``."""

    def __new__(cls, *paragraphs: Marked, default: Marked | None = None):
        help = super().__new__(cls, paragraphs)
        help.default = default
        return help

    def said(self, lang: str) -> str:
        text = "\n\n".join(("\b\n" if isinstance(p, Verbatim) else "") + translate(p, lang) for p in self)
        return text.format(default=translate(self.default, lang)) if self.default is not None else text


def _said_help(value):
    return value.said(_SPOKEN.get()) if isinstance(value, Help) else _said(value) if value else value


def _saying(name: str) -> property:
    """An attribute of a command that click reads when it writes --help or a usage line: set as a msgid
    (or a :class:`Help`), read in the run's language."""
    key = f"_said_{name}"

    def get(self):
        return _said_help(getattr(self, key, None))

    def set(self, value):
        setattr(self, key, value)

    return property(get, set)


class SaidCommand(click.Command):
    """A command whose help, short help, epilog and '[OPTIONS]' are msgids, said in the run's language."""

    help = _saying("help")
    short_help = _saying("short_help")
    epilog = _saying("epilog")
    options_metavar = _saying("options_metavar")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)


# TRANSLATORS: the usage line's placeholder for the options ("Usage: netkort map [OPTIONS] FILES...").
OPTIONS_METAVAR = NC_("metavar", "[OPTIONS]")
# TRANSLATORS: the usage line's placeholder for a command and its arguments.
SUBCOMMAND_METAVAR = NC_("metavar", "COMMAND [ARGS]...")


class NetkortGroup(SaidCommand, click.Group):
    """Accepts the Danish command names, speaks the user's language, and turns netkort errors into messages."""

    command_class = SaidCommand
    subcommand_metavar = _saying("subcommand_metavar")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def main(self, args=None, *rest, **kwargs):
        # click looks its messages up through gettext's global functions: netkort's catalogue,
        # in the language asked for, for the length of the run (and the CliRunner's).
        given = list(sys.argv[1:] if args is None else args)
        for command in (self, *self.commands.values()):  # click keeps --help's text from the first run
            if getattr(command, "_help_option", None) is not None:
                command._help_option = None
        lang = _asked_lang(given)
        token = _SPOKEN.set(lang)
        try:
            with speaking(lang):
                return super().main(given, *rest, **kwargs)
        finally:
            _SPOKEN.reset(token)

    def get_command(self, ctx, cmd_name):
        return super().get_command(ctx, ALIASES.get(cmd_name, cmd_name))

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        return command.name if command else name, command, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NetkortError as error:
            from .text import printable

            click.echo(f"netkort: {printable(error.message(_lang(ctx)))}", err=True)
            ctx.exit(error.exit_code)
        except OSError as error:  # an output netkort.output did not write: the terminal or a pipe
            from .output import reason
            from .text import printable

            code = "io-failed" if error.filename else "stdout-failed"
            lang = _lang(ctx)
            text = say(code, lang, file=error.filename or "<stdout>", reason=reason(error, lang))
            click.echo(f"netkort: {printable(text)}", err=True)
            ctx.exit(1)


# TRANSLATORS: what an option takes, in --help ("-o, --output FILE").
_TYPE_METAVARS = {"path": NC_("metavar", "FILE"), "text": NC_("metavar", "TEXT")}


class SaidOption(click.Option):
    """An option whose help text (and metavar) is a msgid, said in the run's language when --help shows it.

    ``said_default`` is a file name (a msgid) the command writes when the option is not given; the help
    text names it as ``{default}``, in the same language.
    """

    def __init__(self, *args, said_default: Marked | None = None, **kwargs):
        self.said_metavar = kwargs.pop("metavar", None)
        super().__init__(*args, **kwargs)
        self.said_default = said_default

    def make_metavar(self, ctx) -> str:
        if self.said_metavar is not None:
            return _said(self.said_metavar)
        said = _TYPE_METAVARS.get(self.type.name) if not (self.is_flag or self.count) else None
        return _said(said) if said else super().make_metavar(ctx)

    def get_help_record(self, ctx):
        original = self.help
        if original:
            self.help = _said(original)
            if self.said_default is not None:
                self.help = self.help.format(default=_said(self.said_default))
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


class SaidArgument(click.Argument):
    """An argument whose metavar in the usage line and in click's errors is a msgid ('FILES...')."""

    def __init__(self, *args, metavar: Marked | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.said_metavar = metavar

    def make_metavar(self, ctx) -> str:
        return _said(self.said_metavar) if self.said_metavar is not None else super().make_metavar(ctx)


def option(*decls, **attrs):
    """click.option with its help said in the run's language (:class:`SaidOption`)."""
    return click.option(*decls, cls=SaidOption, **attrs)


def argument(*decls, **attrs):
    """click.argument with its metavar said in the run's language (:class:`SaidArgument`)."""
    return click.argument(*decls, cls=SaidArgument, **attrs)


def _default_output(value: Path | None, name: Ctx, lang: str) -> Path:
    """The output asked for, else ``name`` (a file name msgid) in ``lang``, in the current folder."""
    return value if value is not None else Path(translate(name, lang))


def _set_lang(ctx: click.Context, _param, value: str | None) -> str:
    """A command's --lang; given before the command ('netkort --lang nb map ...'), it holds for the command too."""
    lang = value or ctx.meta.get("netkort.lang") or env_lang(os.environ.get("NETKORT_LANG"))
    ctx.meta["netkort.lang"] = lang
    return lang


def _set_group_lang(ctx: click.Context, _param, value: str | None) -> None:
    if value:  # NETKORT_LANG is checked by the command, where its error is a message, not a traceback
        ctx.meta["netkort.lang"] = value


def _shown(param: click.Parameter) -> str:
    """How the user wrote an option ('-o', '--stale-months') or names an argument ('OUT')."""
    return param.opts[0] if isinstance(param, click.Option) else param.human_readable_name


class Choice(click.Choice):
    """One of a few words, in any case; anything else is a usage error in the user's language."""

    def __init__(self, choices):
        super().__init__(choices, case_sensitive=False)

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            raise UsageError("option-choice", option=_shown(param), value=value,
                             valid=", ".join(self.choices)) from None


class Language(Choice):
    """--lang: da, nb, sv or en, or any spelling NETKORT_LANG takes ('no' for bokmål, 'nb_NO.UTF-8', 'sv-SE')."""

    def convert(self, value, param, ctx):
        return normalise(str(value)) or super().convert(value, param, ctx)


class Whole(click.ParamType):
    """A whole number from ``low`` to ``high``; anything else is a usage error in the user's language."""

    name = "integer"

    def __init__(self, low: int, high: int):
        self.low, self.high = low, high

    def get_metavar(self, param, *args, **kwargs) -> str:  # click 8.2+ passes ctx=
        return f"{self.low}-{self.high}"

    def convert(self, value, param, ctx):
        try:
            number = value if isinstance(value, int) else int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not self.low <= number <= self.high:
            raise UsageError("option-number", option=_shown(param), value=value, low=self.low, high=self.high)
        return number


def _text(ctx: click.Context, param, value: str | None) -> str | None:
    """A text option (--title, --tag) cleaned as a cell is; blank is a usage error."""
    if value is None:
        return None
    from .text import clean, one_line

    text = one_line(clean(value))
    if not text:
        raise UsageError("option-empty", option=_shown(param))
    return text


lang_option = option("--lang", type=Language(LANGS), default=None,
                     callback=_set_lang, is_eager=True, expose_value=True,
                     help=N_("Language of the output: da (default), nb, sv or en. Otherwise NETKORT_LANG applies."))
# TRANSLATORS: the input files in the usage line and in click's "Missing argument 'FILES...'".
FILES_METAVAR = NC_("metavar", "FILES...")
# A folder or a missing file is told by netkort.read in the user's language (exit 1), not by click.
files_argument = argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar=FILES_METAVAR)
# An output: a folder by its name, or a missing folder, is told by netkort.output (exit 1).
OUTPUT = click.Path(path_type=Path)


def _suffix(*suffixes: str):
    """An option callback: the output file must end in one of ``suffixes`` (a page is no .png)."""
    def check(ctx: click.Context, param, value: Path | None) -> Path | None:
        if value is not None and value.suffix.lower() not in suffixes:
            raise UsageError("option-suffix", option=_shown(param), value=str(value), valid=" / ".join(suffixes))
        return value
    return check


def _outputs(inputs, *outputs) -> None:
    """Before any work: refuse an output that is an input (exit 2) or cannot be written there (exit 1);
    then keep every write of the command off the inputs (see netkort.output)."""
    from .output import check_outputs, protecting

    check_outputs(outputs, inputs)
    click.get_current_context().with_resource(protecting(inputs))


def _set_columns(ctx: click.Context, _param, value: tuple[str, ...]) -> None:
    ctx.meta["netkort.columns"] = list(value)


column_option = option(
    "--column", "columns", multiple=True, metavar=NC_("metavar", '"HEADING=FIELD"'), callback=_set_columns,
    expose_value=False,
    help=N_('Decide yourself what a column means, e.g. --column "Organisation/name=name" (fields in Danish '
            'or English; "extra" keeps the column as an extra). Can be repeated.'))


def _load(files, progress=None):
    """Read the input files with the user's column map (``--column``)."""
    from .network import load

    return load(files, progress=progress, columns=click.get_current_context().meta.get("netkort.columns"))


def _progress(label: str):
    """A progress callback on a terminal (after two quiet seconds); None in pipes and JSON."""
    if not sys.stderr.isatty():
        return None
    from .progress import Ticker

    ticker = Ticker(label)
    click.get_current_context().call_on_close(ticker.stop)
    return ticker


def _reading(lang: str):
    """The progress callback for reading the input files."""
    return _progress(_("Reading", lang))


# What json.dumps(ensure_ascii=False) leaves raw but a terminal acts on: C1 controls (U+009B
# starts a command), bidi controls, line separators. Written as \u escapes, the data is the same.
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json(data: object) -> str:
    """``data`` as JSON for stdout, every character kept and none a terminal would act on."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _wrote(path: Path, lang: str, err: bool = False) -> None:
    """Say where an output went (on stderr when stdout carries JSON)."""
    click.echo(_("Wrote {file}", lang).format(file=path), err=err)


# The files a command writes when given no name, in the current folder, in the user's language.
# TRANSLATORS: file names netkort writes by default: no spaces, and ASCII letters are safest (æ, ø, å,
# ä and ö can be garbled when a file is mailed or zipped).
TEMPLATE_NAME = NC_("file name", "netkort-template.xlsx")
MAP_NAME = NC_("file name", "map.html")
REPORT_NAME = NC_("file name", "report.html")
FRIENDS_NAME = NC_("file name", "friends.html")
MERGED_NAME = NC_("file name", "merged.xlsx")
NETWORK_NAME = NC_("file name", "network.graphml")


@click.group(cls=NetkortGroup, context_settings={"help_option_names": ["-h", "--help"]}, help=Help(
    N_("netkort: the library's contacts as network maps and partnership analyses."),
    Verbatim(N_("Examples:\n"
                "  netkort demo                                 all output for the example\n"
                "  netkort template template.xlsx               empty workshop workbook\n"
                "  netkort check contacts.xlsx                  find errors in the spreadsheet\n"
                "  netkort map contacts.xlsx -o map.html        interactive network map\n"
                "  netkort analyse contacts.xlsx -o report.html\n"
                "  netkort friends contacts.xlsx -o friends.html\n"
                "  netkort merge group1.xlsx group2.xlsx -o merged.xlsx\n"
                "  netkort compare 2024.xlsx 2025.xlsx -o development.html\n"
                "  netkort export contacts.xlsx -o net.gexf\n"
                "  netkort workshop contacts.xlsx --host 0.0.0.0   live workshop in the room")),
    N_("Danish names work too: tjek, skabelon, kort, analyser, venner, saml, sammenlign, eksport. "
       "Every command has --help with examples.")))
@click.version_option(__version__, prog_name="netkort", cls=SaidOption, help=N_("Show the version and exit."))
@option("--lang", type=Language(LANGS), default=None, callback=_set_group_lang, is_eager=True, expose_value=False,
        help=N_("Language of the output: da (default), nb, sv or en. Otherwise NETKORT_LANG applies."))
def cli():
    """netkort: the library's contacts as network maps and partnership analyses (the help is ``Help`` above)."""


@cli.command(help=Help(
    N_("Check spreadsheets: what was read, and what needs fixing. Exit 1 on errors."),
    N_("The messages quote cells, but e-mail addresses, phone numbers and CPR-like numbers in them are hidden "
       "unless you ask for them (--details, --cpr)."),
    Verbatim(N_("Example:\n"
                "  netkort check contacts.xlsx group2.csv\n"
                "  netkort check contacts.xlsx --json > problems.json"))))
@files_argument
@option("--json", "as_json", is_flag=True, help=N_("Write the result as JSON."))
@option("--details", is_flag=True, help=N_("Show e-mail and phone in the cells the messages quote "
                                           "(otherwise '[e-mail hidden]', '[phone hidden]')."))
@option("--cpr", is_flag=True, help=N_("With --details: also show CPR-like numbers as they are "
                                       "(otherwise '[CPR hidden]')."))
@column_option
@lang_option
def check(files, as_json, details, cpr, lang):
    """``netkort check``: what was read, and what needs fixing."""
    from .check import check_text, summarise
    from .personal import keeping, masked
    from .problems import InputFileError

    _check_cpr(cpr, details)
    try:
        network = _load(files, progress=None if as_json else _reading(lang))
    except InputFileError as error:
        if not as_json:
            raise
        click.echo(_json({"error": {"code": error.code, "message": error.message(lang), "file": error.path}}))
        sys.exit(error.exit_code)
    summary = masked(summarise(network, lang), lang, keeping(details, cpr))
    if as_json:
        click.echo(_json(summary))
    else:
        click.echo(check_text(summary, lang))
    _cpr_output_warning(cpr, lang)
    sys.exit(1 if network.has_errors else 0)


def _is_file(path) -> bool:
    """Whether a file is there already (a name too long to ask about is for _outputs to say)."""
    try:
        return Path(path).is_file()
    except OSError:
        return False


@cli.command(help=Help(
    N_("Write an empty workshop workbook with a guide and example rows."),
    N_("Without a file name it writes {default} in the current folder."),
    Verbatim(N_("Example:\n"
                "  netkort template template.xlsx")), default=TEMPLATE_NAME))
@argument("out", required=False, type=OUTPUT, callback=_suffix(".xlsx"), metavar=NC_("metavar", "[FILE]"))
@lang_option
def template(out, lang):
    """``netkort template``: an empty workshop workbook."""
    from .template import write_template

    out = _default_output(out, TEMPLATE_NAME, lang)
    if _is_file(out):  # a workshop's filled-in workbook has the template's name too
        from .problems import UsageError

        raise UsageError("template-exists", file=str(out))
    _outputs((), out)
    write_template(out, lang=lang)
    _wrote(out, lang)


@cli.command(help=Help(
    N_("Export the network to Gephi, yEd, igraph, networkx or sigma.js."),
    N_("The format is chosen by the extension: .gexf (Gephi, with the map's colours, sizes and positions), "
       ".graphml (yEd, igraph), .json (node-link for networkx and d3), .graphology.json (graphology and "
       "sigma.js) or .csv (two tables, nodes and edges, for Excel and Gephi)."),
    Verbatim(N_("Example:\n"
                "  netkort export contacts.xlsx -o network.gexf\n"
                "  netkort export contacts.xlsx -o network.gexf --layout spaces\n"
                "  netkort export contacts.xlsx -o network.csv     writes network-nodes.csv and network-edges.csv"))))
@files_argument
@option("-o", "--output", "out", type=OUTPUT, said_default=NETWORK_NAME,
        help=N_("Output file: .gexf, .graphml, .json, .graphology.json or .csv (default: {default})."))
@option("--layout", type=Choice(["circle", "spaces", "force"]), default="circle", show_default=True,
        help=N_("The map's layout, where the file carries positions (Gephi, yEd, sigma.js)."))
@option("--details", is_flag=True, help=N_("Include e-mail, phone and notes."))
@option("--cpr", is_flag=True, help=N_("With --details: write CPR-like numbers as they are (otherwise '[CPR hidden]')."))
@column_option
@lang_option
def export(files, out, layout, details, cpr, lang):
    """``netkort export``: the network for Gephi, yEd, igraph, networkx or sigma.js."""
    from .exports import ExportFormatError, format_of, written
    from .exports import export as write

    out = _default_output(out, NETWORK_NAME, lang)
    if not format_of(out):
        raise ExportFormatError(out)
    _check_cpr(cpr, details)
    _outputs(files, out, *written(out, lang))
    network = _load(files, progress=_reading(lang))
    write(network.graph, out, details=details, layout=layout, lang=lang, cpr=cpr)
    paths = written(out, lang)
    for path in paths:
        _wrote(path, lang)
    _cpr_warning(cpr, paths, lang)
    _input_errors_note(network, lang)


@cli.command(help=Help(
    N_("Write all output for the included example to a folder."),
    Verbatim(N_("Example:\n"
                "  netkort demo              writes to ./netkort-demo\n"
                "  netkort demo ~/demo"))))
@argument("folder", required=False, default="netkort-demo", type=OUTPUT, metavar=NC_("metavar", "[FOLDER]"))
@lang_option
def demo(folder, lang):
    """``netkort demo``: all output for the included example."""
    from .demo import SAMPLES, run_demo, samples_dir

    _outputs([samples_dir() / name for name in SAMPLES])
    written = run_demo(folder, lang=lang, progress=_progress(_("Making", lang)))
    for path, what in written:
        click.echo(f"  {path}  {what}")
    click.echo(ngettext("Wrote {count} file in {folder}", "Wrote {count} files in {folder}", len(written), lang)
               .format(count=len(written), folder=folder))
    click.echo(_("Start with {index}", lang).format(index=Path(folder) / "index.html"))


AS_OF_RANGE = ("1900-01-01", "2100-12-31")  # a day a network's contacts can be counted from
MONTHS = Whole(1, 1200)  # up to a hundred years


def _as_of(ctx: click.Context, param, value: str | None):
    """``--as-of``: a date as Danish users write it (2025-10-01, 01-10-2025, 1.10.2025), 1900-2100."""
    if value is None:
        return None
    import datetime as dt

    from .read.values import parse_date

    day, _issue = parse_date(value)
    if day is None:
        raise UsageError("option-date", option=_shown(param), value=value)
    low, high = (dt.date.fromisoformat(d) for d in AS_OF_RANGE)
    if not low <= day <= high:
        raise UsageError("option-date-range", option=_shown(param), value=value,
                         low=low.strftime("%d-%m-%Y"), high=high.strftime("%d-%m-%Y"))
    return day


@cli.command(help=Help(
    N_("Analyse the network: coverage of the spaces, stakeholders, care, structure, the partnerships' "
       "checklist and the candidates."),
    N_("The sheet Tjekliste (»Har du tjek på …«) and the sheet Kandidater (»How to say no«) are read too, "
       "when they are in the workbook or in a file beside it."),
    Verbatim(N_("Example:\n"
                "  netkort analyse contacts.xlsx -o report.html --xlsx report.xlsx\n"
                "  netkort analyse contacts.xlsx --tag \"Reading 2025\" --threshold 3\n"
                "  netkort analyse contacts.xlsx --json --as-of 2025-10-01 > analysis.json\n"
                "  netkort analyse contacts.xlsx --candidates candidates.xlsx\n"
                "  netkort analyse contacts.xlsx candidates.xlsx -o report.html"))))
@files_argument
@option("-o", "--output", "out", type=OUTPUT, callback=_suffix(".html", ".htm"), said_default=REPORT_NAME,
        help=N_("The HTML report (default: {default}, when neither --xlsx nor --json is chosen)."))
@option("--xlsx", "xlsx", type=OUTPUT, callback=_suffix(".xlsx"),
        help=N_("All tables as a spreadsheet, one sheet per table."))
@option("--kandidater", "--candidates", "kandidater", type=OUTPUT, callback=_suffix(".xlsx"),
        help=N_("Write the gaps' candidates from the network to a new workbook with the sheet Kandidater, "
                "ready to answer the guide's 14 questions (How to say no)."))
@option("--json", "as_json", is_flag=True, help=N_("Write the analysis as JSON on stdout."))
@option("--details", is_flag=True, help=N_("With --json: show e-mail and phone as they are in names and texts "
                                           "(otherwise '[e-mail hidden]'; the report and the spreadsheet never "
                                           "show them)."))
@option("--cpr", is_flag=True, help=N_("With --details: also show CPR-like numbers in JSON (otherwise '[CPR hidden]')."))
@option("--as-of", "as_of", callback=_as_of, metavar=NC_("metavar", "DATE"),
        help=N_("Count as of this date (default: today)."))
@option("--tag", callback=_text, help=N_("Only actors with this theme/initiative (and their staff)."))
@option("--threshold", type=Whole(1, 5), default=4, show_default=True,
        help=N_("A score from this up counts as high in the stakeholder analysis."))
@option("--stale-months", type=MONTHS, default=12, show_default=True,
        help=N_("Relations with no contact for more months than this are neglected."))
@column_option
@lang_option
def analyse(files, out, xlsx, kandidater, as_json, details, cpr, as_of, tag, threshold, stale_months, lang):
    """``netkort analyse``: coverage, stakeholders, care, structure, checklist and candidates."""
    import datetime as dt

    from .analysis import analyse as run
    from .personal import keeping, masked
    from .report import write_report, write_xlsx
    from .template import candidate_rows, write_candidates

    _check_cpr(cpr, details)
    if out is None and xlsx is None and kandidater is None and not as_json:
        out = _default_output(out, REPORT_NAME, lang)
    _outputs(files, out, xlsx, kandidater)
    network = _load(files, progress=None if as_json else _reading(lang))
    found = run(network, as_of=as_of or dt.date.today(), threshold=threshold,
                stale_months=stale_months, tag=tag)
    _input_errors_note(network, lang)
    _checklist_note(found.checklist, lang)
    if as_json:
        click.echo(_json(masked(found.to_dict(), lang, keeping(details, cpr))))
        _cpr_output_warning(cpr, lang)
    for path, write in ((out, lambda p: write_report(found, p, lang=lang, files=network.files)),
                        (xlsx, lambda p: write_xlsx(found, p, lang=lang)),
                        (kandidater, lambda p: write_candidates(found.coverage, p, lang=lang))):
        if path is not None:
            write(path)
            _wrote(path, lang, err=as_json)
    if kandidater is not None and not candidate_rows(found.coverage, lang):
        from .messages import say

        click.echo(say("candidates-none" if found.coverage.gaps else "candidates-no-gaps", lang,
                       file=str(kandidater)), err=True)


def _checklist_note(checked, lang: str) -> None:
    """Say on stderr that rows of the sheet Tjekliste match no partnership (their answers are not used)."""
    if checked.unused:
        from .messages import say
        from .text import printable

        sheets = sorted({u.source.sheet for u in checked.unused if u.source})
        count = len(checked.unused)
        click.echo(say("checklist-unused-note", lang, sheet=printable(", ".join(sheets) or "Tjekliste"),
                       count=count),
                   err=True)


def _check_cpr(cpr: bool, details: bool) -> None:
    """``--cpr`` adds to what ``--details`` shows: alone it is a usage error."""
    from .problems import UsageError

    if cpr and not details:
        raise UsageError("cpr-without-details")


def _cpr_warning(cpr: bool, paths: Path | list[Path], lang: str) -> None:
    """Say on stderr, every time, that a file (or each of the files) now holds CPR-like numbers."""
    if cpr:
        from .messages import say

        names = [str(p) for p in (paths if isinstance(paths, list) else [paths])]
        click.echo(say("cpr-shown", lang, file=_listed(names, lang)), err=True)


def _cpr_output_warning(cpr: bool, lang: str) -> None:
    """Say on stderr, every time, that what was printed holds CPR-like numbers."""
    if cpr:
        from .messages import say

        click.echo(say("cpr-shown-output", lang), err=True)


def _public_note(graph, lang: str) -> None:
    """Say on stderr how many actors a public page shows as "Ukendt aktør", and why."""
    from .messages import say
    from .personal import mask
    from .privacy import public_names, unknown_actors
    from .text import printable

    found = unknown_actors(graph.nodes(data=True), public_names(graph.nodes(data=True), lang), lang)
    if not found.count:
        return
    shown = [f"'{printable(mask(t if len(t) <= 40 else t[:39] + '…', lang))}'" for t in found.types[:_SHOWN_TYPES]]
    rest = len(found.types) - len(shown)
    types = ", ".join(shown)
    if rest:
        types = ngettext("{types} and {count} other", "{types} and {count} others", rest, lang).format(
            types=types, count=rest)
    reasons = []
    if found.untyped:
        reasons.append(say("public-unknown-untyped", lang, count=found.untyped))
    if found.typed:
        reasons.append(say("public-unknown-types", lang, count=found.typed, types=types))
    if found.titled:
        reasons.append(say("public-unknown-titled", lang, count=found.titled))
    n = found.count
    click.echo(say("public-unknown", lang, count=ngettext("{count} actor", "{count} actors", n, lang).format(
                       count=format_number(n, lang)),
                   they=ngettext("it is an organisation", "they are organisations", n, lang),
                   # TRANSLATORS: 'Give {them} a type': the actor(s) of the sentence before.
                   them=ngettext("it", "them", n, lang), reasons="; ".join(reasons)), err=True)


_SHOWN_TYPES = 3  # the unknown types a --public note names


def _input_errors_note(network, lang: str) -> None:
    """Say on stderr that the input has errors (the output is written all the same)."""
    errors = sum(p.severity == "error" for p in network.problems)
    if errors:
        click.echo(ngettext("Note: the input has {count} error; see it with netkort check.",
                            "Note: the input has {count} errors; see them with netkort check.", errors, lang)
                   .format(count=format_number(errors, lang)), err=True)


@cli.command(help=Help(
    N_("Friends of the House: a card for each contact with the staff member who holds it."),
    N_("A poster for the notice board, grouped by space (or sector, staff member, type, relation level) and "
       "ready to print on A4 or A3. E-mail, phone and notes are never included."),
    Verbatim(N_("Example:\n"
                "  netkort friends contacts.xlsx -o friends.html --xlsx friends.xlsx\n"
                "  netkort venner contacts.xlsx -o board.html --group-by staff --public --paper a3"))))
@files_argument
@option("-o", "--output", "out", type=OUTPUT, callback=_suffix(".html", ".htm"), said_default=FRIENDS_NAME,
        help=N_("The poster as HTML (default: {default})."))
@option("--xlsx", type=OUTPUT, callback=_suffix(".xlsx"), help=N_("Also write the list as a spreadsheet."))
@option("--group-by", type=Choice(["space", "sector", "staff", "type", "level"]),
        default="space", show_default=True,
        help=N_("Group the cards by space, sector, staff member, type or relation level."))
@option("--public", is_flag=True, help=N_("For the board at the entrance: private persons are shown as "
                                          "'Private person'."))
@option("--title", callback=_text, help=N_("Heading (default: Friends of the House)."))
@option("--paper", type=Choice(["a4", "a3"]), default="a4", show_default=True,
        help=N_("Paper size when printed (portrait)."))
@column_option
@lang_option
def friends(files, out, xlsx, group_by, public, title, paper, lang):
    """``netkort friends``: the Friends of the House board."""
    from .friends import board, write_board, write_board_xlsx

    out = _default_output(out, FRIENDS_NAME, lang)
    _outputs(files, out, xlsx)
    network = _load(files, progress=_reading(lang))
    data = board(network.graph, group_by, public=public, lang=lang, title=title)
    write_board(data, out, paper=paper)
    _wrote(out, lang)
    if xlsx:
        write_board_xlsx(data, xlsx)
        _wrote(xlsx, lang)
    if public:
        _public_note(network.graph, lang)
    _input_errors_note(network, lang)


@cli.command(help=Help(
    N_("Merge the workshop groups' spreadsheets into one workbook in the template's format."),
    N_("The same actor from several groups becomes one actor, and each staff member's relation is kept. "
       "Disagreeing values are all kept (\"Sector (other value)\"), and the sheet Problems shows what was "
       "merged, disagrees or looks like a duplicate. The sheets Checklist and Candidates are merged the same "
       "way: one row per partnership or candidate. Sheet names, headers and values are in the run's language, "
       "as netkort template writes them."),
    Verbatim(N_("Example:\n"
                "  netkort merge group1.xlsx group2.xlsx group3.csv -o merged.xlsx"))))
@files_argument
@option("-o", "--output", "out", type=OUTPUT, callback=_suffix(".xlsx"), said_default=MERGED_NAME,
        help=N_("The merged workbook (.xlsx; default: {default})."))
@column_option
@lang_option
def merge(files, out, lang):
    """``netkort merge``: the workshop groups' spreadsheets as one workbook."""
    from .merge import merge_files, write_merged

    out = _default_output(out, MERGED_NAME, lang)
    _outputs(files, out)
    merged = merge_files(files, lang=lang, progress=_reading(lang),
                         columns=click.get_current_context().meta.get("netkort.columns"))
    write_merged(merged, out)
    counts = {kind: merged.count(kind) for kind in ("merged", "conflict", "relation-conflict", "duplicate")}
    conflicts = counts["conflict"] + counts["relation-conflict"]
    checklist, candidates = merged.checklist, merged.candidates

    def count(marked, n: int) -> str:
        return translate(marked, lang, n).format(count=format_number(n, lang))

    guide = ""
    if checklist:
        guide += _(", {count} on the checklist", lang).format(count=format_number(len(checklist.rows), lang))
    if candidates:
        guide += ", " + count(Nn_("{count} candidate", "{count} candidates"), len(candidates.rows))
    click.echo(_("Wrote {file}: {actors} on {rows}, {relations}, {staff}{guide}.", lang).format(
        file=out, actors=count(Nn_("{count} actor", "{count} actors"), merged.actors),
        rows=count(Nn_("{count} row", "{count} rows"), len(merged.contacts.rows)),
        relations=count(Nn_("{count} relation", "{count} relations"), len(merged.relations.rows)),
        staff=count(Nn_("{count} staff member", "{count} staff members"), len(merged.staff.rows)), guide=guide))
    click.echo(_("{merged}, {conflicts}, {duplicates}; see the {sheet} sheet.", lang).format(
        merged=count(Nn_("{count} merged", "{count} merged"), counts["merged"]), conflicts=count(Nn_("{count} conflict", "{count} conflicts"), conflicts),
        duplicates=count(Nn_("{count} possible duplicate", "{count} possible duplicates"), counts["duplicate"]),
        sheet=merged.problems_sheet))


@cli.command(help=Help(
    N_("Compare snapshots of the network: what is new, gone, moved up and down."),
    N_("Give the files in date order, oldest first (one snapshot per file). Actors are recognised by their "
       "name (upper/lower case and spaces do not count). Also shows staff who have joined or left, and the "
       "four spaces before and after."),
    N_("With three or more files the page also shows the development year by year as charts: relation "
       "levels and the four spaces, each actor's path in the network circle, staff step by step, "
       "associations and municipal departments."),
    Verbatim(N_("Example:\n"
                "  netkort compare contacts-2024.xlsx contacts-2025.xlsx -o development.html\n"
                "  netkort sammenlign contacts-2024.xlsx contacts-2025.xlsx --json\n"
                "  netkort compare 2022.xlsx 2023.xlsx 2024.xlsx 2025.xlsx -o development.html"))))
@argument("files", nargs=-1, required=True, type=click.Path(path_type=Path),
          metavar=NC_("metavar", "OLDEST NEWER..."))
@option("-o", "--output", "out", type=OUTPUT, callback=_suffix(".html", ".htm"),
        help=N_("Write the comparison as an HTML page, e.g. development.html."))
@option("--json", "as_json", is_flag=True, help=N_("Write the result as JSON."))
@option("--details", is_flag=True, help=N_("Show e-mail and phone as they are in names in JSON and the summary "
                                           "(otherwise '[e-mail hidden]'; the page never shows them)."))
@option("--cpr", is_flag=True, help=N_("With --details: also show CPR-like numbers (otherwise '[CPR hidden]')."))
@column_option
@lang_option
def compare(files, out, as_json, details, cpr, lang):
    """``netkort compare``: what is new, gone, moved up and down between snapshots."""
    from .compare import compare as compare_graphs
    from .compare import write_comparison
    from .development import development, write_development
    from .personal import keeping, masked

    if len(files) < 2:
        raise UsageError("compare-count", file=str(files[0]))
    _check_cpr(cpr, details)
    keep = keeping(details, cpr)
    _outputs(files, out)
    progress = None if as_json else _reading(lang)
    snapshots = [_load([path], progress=progress) for path in files]
    for network in snapshots:
        _input_errors_note(network, lang)
    if len(snapshots) == 2:
        result = compare_graphs(snapshots[0], snapshots[1])
        if out:
            write_comparison(result, out, lang=lang, before_label=files[0].name, after_label=files[1].name)
    else:
        result = development(snapshots)
        if out:
            write_development(result, out, lang=lang)
    for note in result.notes(lang):  # the same warnings the page shows
        click.echo(note, err=True)
    if as_json:
        click.echo(_json(masked(result.to_dict(lang), lang, keep)))
        _cpr_output_warning(cpr, lang)
        if out:
            _wrote(out, lang, err=True)
        return
    from .text import printable

    for line in masked(result.summary(lang), lang, keep):
        click.echo(printable(line))
    _cpr_output_warning(cpr, lang)
    if out:
        _wrote(out, lang)


@cli.command("map", help=Help(
    N_("Interactive network map: one HTML file that works without internet."),
    N_("Search, filter on relation, space, staff member, sector and target group, and click an actor for "
       "details. E-mail, phone and notes are only included when you ask for them (--details)."),
    Verbatim(N_("Example:\n"
                "  netkort map contacts.xlsx -o map.html\n"
                "  netkort kort contacts.xlsx group2.xlsx -o spaces.html --layout spaces\n"
                "  netkort map contacts.xlsx -o public.html --public --lang en"))))
@files_argument
@option("-o", "--output", "out", type=OUTPUT, callback=_suffix(".html", ".htm"), said_default=MAP_NAME,
        help=N_("The map as HTML (default: {default})."))
@option("--layout", type=Choice(["circle", "spaces", "force"]), default="circle", show_default=True,
        help=N_("circle: the network circle; spaces: the four spaces; force: force-directed."))
@option("--color", type=Choice(["level", "sector", "space", "staff"]), default="level", show_default=True,
        help=N_("Colour by relation, sector, space or staff member."))
@option("--title", callback=_text, help=N_("Heading (default: Network map)."))
@option("--public", is_flag=True, help=N_("Only organisations and staff: private persons are shown as "
                                          "'Private person'."))
@option("--details", is_flag=True, help=N_("Show e-mail, phone and notes (never with --public)."))
@option("--cpr", is_flag=True, help=N_("With --details: show CPR-like numbers as they are (otherwise '[CPR hidden]')."))
@column_option
@lang_option
def map_command(files, out, layout, color, title, public, details, cpr, lang):
    """``netkort map``: the interactive network map."""
    from .map import write_map

    _check_cpr(cpr, details)
    out = _default_output(out, MAP_NAME, lang)
    _outputs(files, out)
    network = _load(files, progress=_reading(lang))
    write_map(out, network.graph, layout, color, public=public, details=details, lang=lang,
              title=title, cpr=cpr)
    _wrote(out, lang)
    _cpr_warning(cpr and not public, out, lang)
    if public:
        _public_note(network.graph, lang)
    _input_errors_note(network, lang)


@cli.command(help=Help(
    N_("Live workshop: the participants add contacts from their phones, the projector shows the map grow."),
    N_("Starts a local web server that does not use the internet. It prints two addresses: the workshop "
       "leader's (with a secret key) for the projector and the participants' (with a short code). Everything "
       "is saved in --db before the participant sees \"saved\"; \"Download workbook\" on the projector gives "
       "a workbook in the template's format. Files given on the command line are read in as the network you "
       "start with."),
    Verbatim(N_("Example:\n"
                "  netkort workshop                                  only on this machine\n"
                "  netkort workshop contacts.xlsx --host 0.0.0.0     phones on the network\n"
                "  netkort workshop --db workshop.sqlite             continue after a stop"))))
@argument("files", nargs=-1, type=click.Path(path_type=Path), metavar=NC_("metavar", "[FILES]..."))
@option("--db", type=OUTPUT, default="workshop.sqlite", show_default=True,
        help=N_("The workshop's database (SQLite). Start again with the same --db to continue."))
@option("--host", default="127.0.0.1", show_default=True, metavar=NC_("metavar", "ADDRESS"),
        help=N_("The address the server listens on; 0.0.0.0 lets the participants' phones on the network in."))
@option("--port", type=Whole(1, 65535), default=8000, show_default=True, help=N_("The port the server listens on."))
@option("--personal", is_flag=True, help=N_("Allow e-mail, phone and notes (otherwise switched off)."))
@lang_option
def workshop(files, db, host, port, personal, lang):
    """``netkort workshop``: the live workshop server."""
    from .output import check_outputs
    from .workshop.server import serve

    check_outputs([db], files)
    serve(db, files, host=host, port=port, lang=lang, personal=personal, echo=click.echo)


def main() -> None:
    # A command is one short run that builds many long-lived objects and few cycles:
    # the cyclic collector only costs time here (a third of it at 100,000 actors).
    gc.disable()
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
