"""Pages in a notebook: each object shows, in a sandboxed iframe, the very page the command writes."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

import netkort
from netkort.cli import cli
from netkort.display import HEIGHT, SaveSuffixError
from netkort.output import OutputIsInputError

MAIN = SAMPLES / "hovedbibliotek.xlsx"
OLD = SAMPLES / "hovedbibliotek-2024.xlsx"


class Frames(HTMLParser):
    """The iframes of an HTML fragment, with their attributes unescaped as a browser reads them."""

    def __init__(self):
        super().__init__()
        self.frames: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def frames(fragment: str) -> list[dict]:
    parser = Frames()
    parser.feed(fragment)
    parser.close()
    return parser.frames


def shown(obj) -> dict:
    found = frames(obj._repr_html_())
    assert len(found) == 1
    return found[0]


@pytest.fixture(scope="module")
def network():
    return netkort.load([MAIN])


def written_by_cli(runner, *args) -> str:
    result = runner.invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return next(p for p in args if str(p).endswith(".html")).read_text(encoding="utf-8")


@pytest.mark.parametrize("options, layout, title", [
    ([], "circle", "Netværkskort · Netværkscirklen"),
    (["--layout", "spaces", "--color", "sector"], "spaces", "Netværkskort · Bibliotekets fire rum"),
    (["--public", "--lang", "en", "--title", "Vores kort"], "circle", "Vores kort · The network circle")])
def test_the_map_shows_the_page_netkort_map_writes(network, runner, tmp_path, options, layout, title):
    page = written_by_cli(runner, "map", MAIN, "-o", tmp_path / "kort.html", *options)
    kwargs = {"color": "sector"} if "--color" in options else {}
    if "--public" in options:
        kwargs = {"public": True, "lang": "en", "title": "Vores kort"}
    shown_map = netkort.Map(network, layout=layout, **kwargs)
    frame = shown(shown_map)
    assert frame["srcdoc"] == page == shown_map.html
    assert frame["sandbox"] == "allow-scripts"
    assert frame["title"] == shown_map.title == title
    assert f"height: {HEIGHT}px" in frame["style"]


def test_the_map_takes_a_graph_too(network):
    assert netkort.Map(network.graph).html == netkort.Map(network).html


def test_the_board_shows_the_page_netkort_friends_writes(network, runner, tmp_path):
    page = written_by_cli(runner, "friends", MAIN, "-o", tmp_path / "venner.html", "--group-by", "staff",
                          "--paper", "a3", "--public")
    board = netkort.Board(network, group_by="staff", paper="a3", public=True, height=900)
    frame = shown(board)
    assert frame["srcdoc"] == page and frame["title"] == "Venner af Huset" and "height: 900px" in frame["style"]


def test_an_analysis_shows_the_report_netkort_analyse_writes(network, runner, tmp_path):
    page = written_by_cli(runner, "analyse", MAIN, "-o", tmp_path / "rapport.html", "--as-of", "2025-10-01")
    analysis = netkort.analyse(network, as_of=dt.date(2025, 10, 1))
    assert shown(analysis)["srcdoc"] == page
    english = written_by_cli(runner, "analyse", MAIN, "-o", tmp_path / "report.html", "--as-of", "2025-10-01",
                             "--lang", "en", "--tag", "Læselyst 2025")
    tagged = netkort.analyse(network, as_of=dt.date(2025, 10, 1), tag="Læselyst 2025")
    assert shown(tagged.page(lang="en"))["srcdoc"] == english


def test_a_comparison_shows_the_page_netkort_compare_writes(network, runner, tmp_path):
    page = written_by_cli(runner, "compare", OLD, MAIN, "-o", tmp_path / "udvikling.html")
    comparison = netkort.compare(netkort.load([OLD]), network)
    assert (comparison.before_label, comparison.after_label) == ("hovedbibliotek-2024.xlsx", "hovedbibliotek.xlsx")
    assert shown(comparison)["srcdoc"] == page


def test_save_writes_the_same_files_as_the_command(network, runner, tmp_path):
    cli_page = written_by_cli(runner, "map", MAIN, "-o", tmp_path / "cli.html")
    path = netkort.Map(network).save(tmp_path / "kort.html")
    assert path.read_bytes() == (tmp_path / "cli.html").read_bytes() and cli_page
    analysis = netkort.analyse(network, as_of=dt.date(2025, 10, 1))
    book = analysis.save(tmp_path / "rapport.xlsx")
    from openpyxl import load_workbook

    assert load_workbook(book).sheetnames[:3] == ["Oversigt", "Rum", "Kandidater"]
    assert analysis.save(tmp_path / "report.html", lang="en").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    board = netkort.Board(network).save(tmp_path / "venner.xlsx")
    assert load_workbook(board).sheetnames == ["Venner af Huset"]


def test_merge_saves_the_workbook_netkort_merge_writes(runner, tmp_path):
    from openpyxl import load_workbook

    files = [MAIN, SAMPLES / "filial.xlsx"]
    netkort.merge(files).save(tmp_path / "api.xlsx")
    assert runner.invoke(cli, ["merge", *map(str, files), "-o", str(tmp_path / "cli.xlsx")]).exit_code == 0
    sheets = [[[c.value for c in row] for row in sheet.iter_rows()]
              for sheet in load_workbook(tmp_path / "api.xlsx").worksheets]
    assert sheets == [[[c.value for c in row] for row in sheet.iter_rows()]
                      for sheet in load_workbook(tmp_path / "cli.xlsx").worksheets]


@pytest.mark.parametrize("make, name, message", [
    (lambda n: netkort.Map(n), "kort.png", "kort.png: Et netværkskort gemmes som .html / .htm, ikke .png."),
    (lambda n: netkort.Board(n), "venner.pdf", "venner.pdf: Venner af Huset gemmes som .html / .htm / .xlsx, ikke .pdf."),
    (lambda n: netkort.analyse(n, as_of=dt.date(2025, 10, 1)), "rapport",
     "rapport: En analyserapport gemmes som .html / .htm / .xlsx, ikke ''."),
    (lambda n: netkort.merge([MAIN]), "samlet.html", "samlet.html: En samlet projektmappe gemmes som .xlsx, ikke .html."),
])
def test_save_refuses_a_name_of_another_format(network, tmp_path, make, name, message):
    with pytest.raises(SaveSuffixError) as error:
        make(network).save(tmp_path / name)
    assert error.value.message() == str(tmp_path / message)
    assert not (tmp_path / name).exists()


def test_save_never_replaces_an_input(tmp_path):
    path = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": [["Navn", "Relation"], ["Åby Roklub", "netværk"]]})
    before = path.read_bytes()
    network = netkort.load([path])
    for thing in (netkort.analyse(network), netkort.Board(network), netkort.merge([path])):
        with pytest.raises(OutputIsInputError) as error:
            thing.save(path)
        assert error.value.message() == (f"{path} er den samme fil som inputtet {path}; netkort skriver aldrig "
                                         "oven i et input. Vælg et andet navn til outputtet.")
    assert path.read_bytes() == before


def test_a_bad_option_is_told_when_the_object_is_made_not_when_it_is_shown(network):
    from netkort.friends import GroupByError
    from netkort.map import MapOptionError

    with pytest.raises(MapOptionError, match="ukendt layout 'rings'; brug et af: circle, spaces, force"):
        netkort.Map(network, layout="rings")
    with pytest.raises(GroupByError):
        netkort.Board(network, group_by="colour")
    with pytest.raises(ValueError, match="paper must be one of a4, a3, not 'a5'"):
        netkort.Board(network, paper="a5")


def test_a_hostile_name_cannot_leave_the_srcdoc(tmp_path):
    name = '"></iframe><script>alert(1)</script>&amp;\u2028'
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Relation"], [name, "netværk"]]})
    shown_map = netkort.Map(netkort.load([path]))
    fragment = shown_map._repr_html_()
    assert fragment.count("<iframe") == 1 and fragment.count("</iframe>") == 1 and "<script" not in fragment
    assert frames(fragment)[0]["srcdoc"] == shown_map.html
