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
from pathlib import Path

import click

from . import __version__
from .i18n import LANGS, N_, normalise, speaking
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
        first, last = ", ".join(LANGS[:-1]), LANGS[-1]
        raise UsageError("lang-env", value=value, valid={"da": f"{first} og {last}", "nb": f"{first} og {last}",
                                                         "sv": f"{first} och {last}", "en": f"{first} and {last}"})
    return "da"


def _asked_lang(args: list[str]) -> str:
    """The language a run asks for, before click parses it: --lang X or --lang=X, else NETKORT_LANG, else Danish.
    click's own messages ('No such command') come before any option is parsed, so they need it this early."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = arg[len("--lang="):] if arg.startswith("--lang=") else (
            args[index + 1] if arg == "--lang" and index + 1 < len(args) else None)
        if value is not None and normalise(value):
            return normalise(value)
    return env_lang(os.environ.get("NETKORT_LANG"), strict=False)


class NetkortGroup(click.Group):
    """Accepts the Danish command names, speaks the user's language, and turns netkort errors into messages."""

    def main(self, args=None, *rest, **kwargs):
        # click looks its messages up through gettext's global functions: netkort's catalogue,
        # in the language asked for, for the length of the run (and the CliRunner's).
        given = list(sys.argv[1:] if args is None else args)
        for command in (self, *self.commands.values()):  # click keeps --help's text from the first run
            if getattr(command, "_help_option", None) is not None:
                command._help_option = None
        with speaking(_asked_lang(given)):
            return super().main(given, *rest, **kwargs)

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


class SaidOption(click.Option):
    """An option whose help text is a msgid, said in the run's language when --help shows it."""

    def get_help_record(self, ctx):
        import gettext

        original = self.help
        self.help = gettext.gettext(original) if original else original
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


def _set_lang(ctx: click.Context, _param, value: str | None) -> str:
    lang = value or env_lang(os.environ.get("NETKORT_LANG"))
    ctx.meta["netkort.lang"] = lang
    return lang


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


lang_option = click.option("--lang", type=Choice(LANGS), default=None,
                           callback=_set_lang, is_eager=True, expose_value=True,
                           help="Sprog i output: da (standard), nb, sv eller en. Ellers gælder NETKORT_LANG.")
# A folder or a missing file is told by netkort.read in the user's language (exit 1), not by click.
files_argument = click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
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


column_option = click.option(
    "--column", "columns", multiple=True, metavar='"OVERSKRIFT=FELT"', callback=_set_columns,
    expose_value=False,
    help='Bestem selv, hvad en kolonne betyder, fx --column "Organisation/navn=navn" '
         '(felter på dansk eller engelsk; "ekstra" beholder kolonnen som ekstra). Kan gentages.')


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
    return _progress("Læser" if lang == "da" else "Reading")


# What json.dumps(ensure_ascii=False) leaves raw but a terminal acts on: C1 controls (U+009B
# starts a command), bidi controls, line separators. Written as \u escapes, the data is the same.
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json(data: object) -> str:
    """``data`` as JSON for stdout, every character kept and none a terminal would act on."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _wrote(path: Path, lang: str, err: bool = False) -> None:
    """Say where an output went (on stderr when stdout carries JSON)."""
    click.echo(f"Skrev {path}" if lang == "da" else f"Wrote {path}", err=err)


@click.group(cls=NetkortGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="netkort", cls=SaidOption, help=N_("Show the version and exit."))
def cli():
    """netkort: bibliotekets kontakter som netværkskort og partnerskabsanalyser.

    \b
    Eksempler:
      netkort demo                                 alt output for eksemplet
      netkort template skabelon.xlsx               tom workshop-projektmappe
      netkort check kontakter.xlsx                 find fejl i regnearket
      netkort map kontakter.xlsx -o kort.html      interaktivt netværkskort
      netkort analyse kontakter.xlsx -o rapport.html
      netkort friends kontakter.xlsx -o venner.html
      netkort merge gruppe1.xlsx gruppe2.xlsx -o samlet.xlsx
      netkort compare 2024.xlsx 2025.xlsx -o udvikling.html
      netkort export kontakter.xlsx -o net.gexf
      netkort workshop kontakter.xlsx --host 0.0.0.0   live workshop i rummet

    \b
    Danske navne virker også: tjek, skabelon, kort, analyser, venner, saml,
    sammenlign, eksport. Hver kommando har --help med eksempler.
    """


@cli.command()
@files_argument
@click.option("--json", "as_json", is_flag=True, help="Skriv resultatet som JSON.")
@click.option("--details", is_flag=True, help="Vis e-mail og telefon i de celler, beskederne citerer "
              "(ellers '[e-mail skjult]', '[telefon skjult]').")
@click.option("--cpr", is_flag=True, help="Med --details: vis også CPR-lignende numre, som de står "
              "(ellers '[CPR skjult]').")
@column_option
@lang_option
def check(files, as_json, details, cpr, lang):
    """Tjek regneark: hvad blev læst, og hvad skal rettes. Exit 1 ved fejl.

    Beskederne citerer celler, men e-mail, telefonnumre og CPR-lignende numre
    i dem er skjult, medmindre du beder om dem (--details, --cpr).

    \b
    Eksempel:
      netkort check kontakter.xlsx gruppe2.csv
      netkort check kontakter.xlsx --json > problemer.json
    """
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


@cli.command()
@click.argument("out", required=False, default="netkort-skabelon.xlsx", type=OUTPUT,
                callback=_suffix(".xlsx"))
@lang_option
def template(out, lang):
    """Skriv en tom workshop-projektmappe med vejledning og eksempelrækker.

    \b
    Eksempel:
      netkort template skabelon.xlsx
    """
    from .template import write_template

    _outputs((), out)
    write_template(out, lang=lang)
    _wrote(out, lang)


@cli.command()
@files_argument
@click.option("-o", "--output", "out", required=True, type=OUTPUT,
              help="Outputfil: .gexf, .graphml, .json, .graphology.json eller .csv.")
@click.option("--layout", type=Choice(["circle", "spaces", "force"]), default="circle", show_default=True,
              help="Kortets layout, hvis positioner filen bærer (Gephi, yEd, sigma.js).")
@click.option("--details", is_flag=True, help="Tag e-mail, telefon og noter med.")
@click.option("--cpr", is_flag=True, help="Med --details: skriv CPR-lignende numre, som de står (ellers '[CPR skjult]').")
@column_option
@lang_option
def export(files, out, layout, details, cpr, lang):
    """Eksporter netværket til Gephi, yEd, igraph, networkx eller sigma.js.

    Formatet vælges efter endelsen: .gexf (Gephi, med kortets farver,
    størrelser og positioner), .graphml (yEd, igraph), .json (node-link til
    networkx og d3), .graphology.json (graphology og sigma.js) eller .csv
    (to tabeller, noder og kanter, til Excel og Gephi).

    \b
    Eksempel:
      netkort export kontakter.xlsx -o netvaerk.gexf
      netkort export kontakter.xlsx -o netvaerk.gexf --layout spaces
      netkort export kontakter.xlsx -o netvaerk.csv     skriver netvaerk-noder.csv og netvaerk-kanter.csv
    """
    from .exports import ExportFormatError, format_of, written
    from .exports import export as write

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


@cli.command()
@click.argument("folder", required=False, default="netkort-demo", type=OUTPUT)
@lang_option
def demo(folder, lang):
    """Skriv alt output for det medfølgende eksempel til en mappe.

    \b
    Eksempel:
      netkort demo              skriver til ./netkort-demo
      netkort demo ~/demo
    """
    from .demo import SAMPLES, run_demo, samples_dir

    _outputs([samples_dir() / name for name in SAMPLES])
    written = run_demo(folder, lang=lang, progress=_progress("Laver" if lang == "da" else "Making"))
    for path, what in written:
        click.echo(f"  {path}  {what}")
    click.echo(("Skrev {n} filer i {folder}" if lang == "da" else "Wrote {n} files in {folder}")
               .format(n=len(written), folder=folder))
    click.echo(("Start med {index}" if lang == "da" else "Start with {index}")
               .format(index=Path(folder) / "index.html"))


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


@cli.command()
@files_argument
@click.option("-o", "--output", "out", type=OUTPUT,
              callback=_suffix(".html", ".htm"),
              help="HTML-rapporten (standard: rapport.html, når hverken --xlsx eller --json er valgt).")
@click.option("--xlsx", "xlsx", type=OUTPUT, callback=_suffix(".xlsx"),
              help="Alle tabeller som regneark, ét ark pr. tabel.")
@click.option("--kandidater", "--candidates", "kandidater", type=OUTPUT, callback=_suffix(".xlsx"),
              help="Skriv hullernes kandidater fra netværket til en ny projektmappe med arket Kandidater, "
                   "klar til at svare på guidens 14 spørgsmål (How to say no).")
@click.option("--json", "as_json", is_flag=True, help="Skriv analysen som JSON på stdout.")
@click.option("--details", is_flag=True, help="Med --json: vis e-mail og telefon, som de står i navne og "
              "tekster (ellers '[e-mail skjult]'; rapporten og regnearket viser dem aldrig).")
@click.option("--cpr", is_flag=True, help="Med --details: vis også CPR-lignende numre i JSON (ellers '[CPR skjult]').")
@click.option("--as-of", "as_of", callback=_as_of, metavar="DATO",
              help="Opgør pr. denne dato (standard: i dag).")
@click.option("--tag", callback=_text, help="Kun aktører med dette tema/initiativ (og deres medarbejdere).")
@click.option("--threshold", type=Whole(1, 5), default=4, show_default=True,
              help="Score fra og med denne tæller som høj i interessentanalysen.")
@click.option("--stale-months", type=MONTHS, default=12, show_default=True,
              help="Relationer uden kontakt i flere måneder end dette er forsømte.")
@column_option
@lang_option
def analyse(files, out, xlsx, kandidater, as_json, details, cpr, as_of, tag, threshold, stale_months, lang):
    """Analyser netværket: dækning af rummene, interessenter, pleje, struktur,
    partnerskabernes tjekliste og kandidaterne.

    Arket Tjekliste (»Har du tjek på …«) og arket Kandidater (»How to say no«)
    læses med, når de står i projektmappen eller i en fil ved siden af.

    \b
    Eksempel:
      netkort analyse kontakter.xlsx -o rapport.html --xlsx rapport.xlsx
      netkort analyse kontakter.xlsx --tag "Læselyst 2025" --threshold 3
      netkort analyse kontakter.xlsx --json --as-of 2025-10-01 > analyse.json
      netkort analyse kontakter.xlsx --kandidater kandidater.xlsx
      netkort analyse kontakter.xlsx kandidater.xlsx -o rapport.html
    """
    import datetime as dt

    from .analysis import analyse as run
    from .personal import keeping, masked
    from .report import write_report, write_xlsx
    from .template import candidate_rows, write_candidates

    _check_cpr(cpr, details)
    da = lang == "da"
    if out is None and xlsx is None and kandidater is None and not as_json:
        out = Path("rapport.html" if da else "report.html")
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
        joined = {"da": " og ".join(names), "en": " and ".join(names)}
        click.echo(say("cpr-shown", lang, file=joined), err=True)


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
    from .text import counted, printable

    found = unknown_actors(graph.nodes(data=True), public_names(graph.nodes(data=True), lang), lang)
    if not found.count:
        return
    da = lang == "da"
    actors = (lambda n: counted(n, "aktør", "aktører")) if da else (lambda n: counted(n, "actor", "actors"))
    shown = [f"'{printable(mask(t if len(t) <= 40 else t[:39] + '…', lang))}'" for t in found.types[:_SHOWN_TYPES]]
    rest = len(found.types) - len(shown)
    types = ", ".join(shown) + ((f" og {rest} {'anden' if rest == 1 else 'andre'}" if da
                                 else f" and {rest} other{'s' if rest > 1 else ''}") if rest else "")
    reasons = []
    if found.untyped:
        reasons.append(say("public-unknown-untyped", lang, count=found.untyped))
    if found.typed:
        reasons.append(say("public-unknown-types", lang, count=found.typed, types=types))
    if found.titled:
        reasons.append(say("public-unknown-titled", lang, count=found.titled))
    one = found.count == 1
    they = ("den er en organisation" if one else "de er organisationer") if da else \
        ("it is an organisation" if one else "they are organisations")
    click.echo(say("public-unknown", lang, count=actors(found.count), they=they, them=("den" if one else "dem")
                   if da else ("it" if one else "them"), reasons="; ".join(reasons)), err=True)


_SHOWN_TYPES = 3  # the unknown types a --public note names


def _input_errors_note(network, lang: str) -> None:
    """Say on stderr that the input has errors (the output is written all the same)."""
    errors = sum(p.severity == "error" for p in network.problems)
    if errors:
        click.echo(f"Bemærk: inputtet har {errors} fejl; se dem med netkort check." if lang == "da"
                   else f"Note: the input has {errors} error(s); see them with netkort check.", err=True)


@cli.command()
@files_argument
@click.option("-o", "--output", "out", required=True, type=OUTPUT,
              callback=_suffix(".html", ".htm"), help="Plakaten som HTML, f.eks. venner.html.")
@click.option("--xlsx", type=OUTPUT, callback=_suffix(".xlsx"),
              help="Skriv også listen som regneark.")
@click.option("--group-by", type=Choice(["space", "sector", "staff", "type", "level"]),
              default="space", show_default=True, help="Grupper kortene efter rum, sektor, medarbejder, "
              "type eller relationsniveau.")
@click.option("--public", is_flag=True, help="Til tavlen ved indgangen: privatpersoner vises som "
              "'Privatperson'.")
@click.option("--title", callback=_text, help="Overskrift (standard: Venner af Huset).")
@click.option("--paper", type=Choice(["a4", "a3"]), default="a4", show_default=True,
              help="Papirstørrelse ved udskrift (stående).")
@column_option
@lang_option
def friends(files, out, xlsx, group_by, public, title, paper, lang):
    """Venner af Huset: et kort for hver kontakt med den medarbejder, der har den.

    En plakat til opslagstavlen, grupperet efter rum (eller sektor, medarbejder,
    type, relationsniveau) og klar til udskrift på A4 eller A3. E-mail,
    telefon og noter kommer aldrig med.

    \b
    Eksempel:
      netkort friends kontakter.xlsx -o venner.html --xlsx venner.xlsx
      netkort venner kontakter.xlsx -o tavle.html --group-by staff --public --paper a3
    """
    from .friends import board, write_board, write_board_xlsx

    _outputs(files, out, xlsx)
    network = _load(files, progress=_reading(lang))
    data = board(network.graph, group_by, public=public, lang=lang, title=title)
    wrote = "Skrev" if lang == "da" else "Wrote"
    write_board(data, out, paper=paper)
    click.echo(f"{wrote} {out}")
    if xlsx:
        write_board_xlsx(data, xlsx)
        click.echo(f"{wrote} {xlsx}")
    if public:
        _public_note(network.graph, lang)
    _input_errors_note(network, lang)


@cli.command()
@files_argument
@click.option("-o", "--output", "out", required=True, type=OUTPUT,
              callback=_suffix(".xlsx"), help="Den samlede projektmappe (.xlsx).")
@column_option
@lang_option
def merge(files, out, lang):
    """Saml workshopgruppernes regneark til én projektmappe i skabelonens format.

    Samme aktør fra flere grupper bliver én aktør, og hver medarbejders
    relation bevares. Uenige værdier gemmes alle ("Sektor (anden værdi)"), og
    arket Problemer viser, hvad der er slået sammen, uenigt eller ligner en
    dublet. Arkene Tjekliste og Kandidater samles på samme måde: én række pr.
    partnerskab eller kandidat.

    \b
    Eksempel:
      netkort merge gruppe1.xlsx gruppe2.xlsx gruppe3.csv -o samlet.xlsx
    """
    from .merge import merge_files, write_merged
    from .text import counted

    _outputs(files, out)
    merged = merge_files(files, lang=lang, progress=_reading(lang),
                         columns=click.get_current_context().meta.get("netkort.columns"))
    write_merged(merged, out)
    counts = {kind: merged.count(kind) for kind in ("merged", "conflict", "relation-conflict", "duplicate")}
    conflicts = counts["conflict"] + counts["relation-conflict"]
    checklist, candidates = merged.checklist, merged.candidates
    if lang == "da":
        guide = (f", {len(checklist.rows)} på tjeklisten" if checklist else "") + (
            f", {counted(len(candidates.rows), 'kandidat', 'kandidater')}" if candidates else "")
        click.echo(f"Skrev {out}: {counted(merged.actors, 'aktør', 'aktører')} på "
                   f"{counted(len(merged.contacts.rows), 'række', 'rækker')}, "
                   f"{counted(len(merged.relations.rows), 'relation', 'relationer')}, "
                   f"{counted(len(merged.staff.rows), 'medarbejder', 'medarbejdere')}{guide}.")
        click.echo(f"{counts['merged']} sammenlagt, {conflicts} {'konflikt' if conflicts == 1 else 'konflikter'}, "
                   f"{counts['duplicate']} {'mulig dublet' if counts['duplicate'] == 1 else 'mulige dubletter'}"
                   "; se arket Problemer.")
    else:
        guide = (f", {len(checklist.rows)} on the checklist" if checklist else "") + (
            f", {counted(len(candidates.rows), 'candidate', 'candidates')}" if candidates else "")
        click.echo(f"Wrote {out}: {counted(merged.actors, 'actor', 'actors')} on "
                   f"{counted(len(merged.contacts.rows), 'row', 'rows')}, "
                   f"{counted(len(merged.relations.rows), 'relation', 'relations')}, "
                   f"{counted(len(merged.staff.rows), 'staff member', 'staff members')}{guide}.")
        click.echo(f"{counts['merged']} merged, {conflicts} {'conflict' if conflicts == 1 else 'conflicts'}, "
                   f"{counts['duplicate']} possible {'duplicate' if counts['duplicate'] == 1 else 'duplicates'}"
                   "; see the Problemer sheet.")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path),
                metavar="ÆLDST NYERE...")
@click.option("-o", "--output", "out", type=OUTPUT,
              callback=_suffix(".html", ".htm"), help="Skriv sammenligningen som HTML-side, f.eks. udvikling.html.")
@click.option("--json", "as_json", is_flag=True, help="Skriv resultatet som JSON.")
@click.option("--details", is_flag=True, help="Vis e-mail og telefon, som de står i navne i JSON og "
              "oversigten (ellers '[e-mail skjult]'; siden viser dem aldrig).")
@click.option("--cpr", is_flag=True, help="Med --details: vis også CPR-lignende numre (ellers '[CPR skjult]').")
@column_option
@lang_option
def compare(files, out, as_json, details, cpr, lang):
    """Sammenlign øjebliksbilleder af netværket: hvad er nyt, væk, rykket op og ned.

    Giv filerne i datoorden, ældste først (ét øjebliksbillede pr. fil). Aktører
    genkendes på navnet (store/små bogstaver og mellemrum tæller ikke). Viser også
    medarbejdere, der er kommet til eller stoppet, og de fire rum før og efter.

    Med tre eller flere filer viser siden også udviklingen år for år som grafer:
    relationsniveauer og de fire rum, hver aktørs vej i netværkscirklen,
    medarbejdere skridt for skridt, foreninger og kommunale forvaltninger.

    \b
    Eksempel:
      netkort compare kontakter-2024.xlsx kontakter-2025.xlsx -o udvikling.html
      netkort sammenlign kontakter-2024.xlsx kontakter-2025.xlsx --json
      netkort compare 2022.xlsx 2023.xlsx 2024.xlsx 2025.xlsx -o udvikling.html
    """
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


@cli.command("map")
@files_argument
@click.option("-o", "--output", "out", required=True, type=OUTPUT,
              callback=_suffix(".html", ".htm"), help="Kortet som HTML, f.eks. kort.html.")
@click.option("--layout", type=Choice(["circle", "spaces", "force"]), default="circle",
              show_default=True, help="circle: netværkscirklen; spaces: de fire rum; "
              "force: kraftbaseret.")
@click.option("--color", type=Choice(["level", "sector", "space", "staff"]), default="level",
              show_default=True, help="Farve efter relation, sektor, rum eller medarbejder.")
@click.option("--title", callback=_text, help="Overskrift (standard: Netværkskort).")
@click.option("--public", is_flag=True, help="Kun organisationer og medarbejdere: privatpersoner "
              "vises som 'Privatperson'.")
@click.option("--details", is_flag=True, help="Vis e-mail, telefon og noter (aldrig med --public).")
@click.option("--cpr", is_flag=True, help="Med --details: vis CPR-lignende numre, som de står (ellers '[CPR skjult]').")
@column_option
@lang_option
def map_command(files, out, layout, color, title, public, details, cpr, lang):
    """Interaktivt netværkskort: én HTML-fil, der virker uden internet.

    Søg, filtrér på relation, rum, medarbejder, sektor og målgruppe, og klik
    på en aktør for detaljer. E-mail, telefon og noter kommer kun med, når
    du beder om det (--details).

    \b
    Eksempel:
      netkort map kontakter.xlsx -o kort.html
      netkort kort kontakter.xlsx gruppe2.xlsx -o rum.html --layout spaces
      netkort map kontakter.xlsx -o offentlig.html --public --lang en
    """
    from .map import write_map

    _check_cpr(cpr, details)
    _outputs(files, out)
    network = _load(files, progress=_reading(lang))
    write_map(out, network.graph, layout, color, public=public, details=details, lang=lang,
              title=title, cpr=cpr)
    _wrote(out, lang)
    _cpr_warning(cpr and not public, out, lang)
    if public:
        _public_note(network.graph, lang)
    _input_errors_note(network, lang)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", type=OUTPUT, default="workshop.sqlite", show_default=True,
              help="Workshoppens database (SQLite). Start igen med samme --db for at fortsætte.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adressen serveren lytter på; 0.0.0.0 lader deltagernes telefoner på netværket komme ind.")
@click.option("--port", type=Whole(1, 65535), default=8000, show_default=True, help="Porten serveren lytter på.")
@click.option("--personal", is_flag=True, help="Tillad e-mail, telefon og noter (ellers slået fra).")
@lang_option
def workshop(files, db, host, port, personal, lang):
    """Live workshop: deltagerne tilføjer kontakter fra telefonen, projektoren viser kortet vokse.

    Starter en lokal webserver, der ikke bruger internettet. Den skriver to
    adresser: workshoplederens (med en hemmelig nøgle) til projektoren og
    deltagernes (med en kort kode). Alt gemmes i --db, før deltageren ser
    "gemt"; "Hent projektmappe" på projektoren giver en projektmappe i
    skabelonens format. Filer givet som FILE læses ind som det netværk, I
    starter med.

    \b
    Eksempel:
      netkort workshop                                  kun på denne maskine
      netkort workshop kontakter.xlsx --host 0.0.0.0    telefoner på netværket
      netkort workshop --db workshop.sqlite             fortsæt efter et stop
    """
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
