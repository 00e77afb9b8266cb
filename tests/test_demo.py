"""``netkort demo``: every output written, and index.html links each of them."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from netkort.cli import cli
from netkort.demo import run_demo, write_index


class Links(HTMLParser):
    """The href of every <a> on a page."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"])


def links(page: Path) -> list[str]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "netkort-demo"
    return folder, run_demo(folder)


def test_index_is_written_last_and_links_every_other_file(demo):
    folder, written = demo
    index = folder / "index.html"
    assert written[-1][0] == index
    others = [Path(path) for path, _ in written[:-1]]
    assert sorted(unquote(href) for href in links(index)) == sorted(p.relative_to(folder).as_posix()
                                                                    for p in others)
    # nothing in the folder is left out of the list
    assert sorted(p for p in folder.rglob("*") if p.is_file()) == sorted([*others, index])


def test_every_link_resolves(demo):
    folder, _ = demo
    for href in links(folder / "index.html"):
        assert "://" not in href and not href.startswith("/")
        assert (folder / unquote(href)).is_file(), href


def test_every_file_has_a_line_on_what_it_is_for(demo):
    folder, written = demo
    html = (folder / "index.html").read_text(encoding="utf-8")
    for path, what in written[:-1]:
        assert what and what.replace("'", "&#39;") in html, path


def test_the_demo_holds_this_issues_outputs(demo):
    folder, written = demo
    names = {Path(path).name for path, _ in written}
    assert {"venner.html", "venner.xlsx", "venner-offentlig.html", "samlet.xlsx", "udvikling.html",
            "udvikling.json", "index.html"} <= names


def test_cli_says_where_to_start(runner, tmp_path):
    folder = tmp_path / "netkort-demo"
    result = runner.invoke(cli, ["demo", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == f"Start with {folder / 'index.html'}"
    assert lines[-2].startswith("Wrote ") and lines[-2].endswith(f" files in {folder}")
    assert f"  {folder / 'index.html'}  start here: every file with a line on each" in lines


def test_index_mentions_the_workshop_which_needs_a_server(demo, tmp_path):
    folder, _ = demo
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert ("<p>Til en kortlægningsworkshop: <code>netkort workshop kontakter.xlsx --host 0.0.0.0</code> starter "
            "en lille server på din computer.") in html
    assert "Den kræver en kørende server, så den er ikke en del af dette eksempel." in html
    english = write_index(tmp_path, [], lang="en").read_text(encoding="utf-8")
    assert "<code>netkort workshop contacts.xlsx --host 0.0.0.0</code> starts a small server" in english
    # the demo itself starts no server: nothing it wrote is a workshop database
    assert not [p for p in folder.rglob("*") if p.suffix in (".sqlite", ".db")]


def test_the_demo_shows_the_development_over_four_years(demo):
    """Issue 15: the development page over the bundled 2022-2025, linked from the index."""
    import json

    folder, written = demo
    assert "udvikling-2022-2025.html" in links(folder / "index.html")
    html = (folder / "udvikling-2022-2025.html").read_text(encoding="utf-8")
    assert html.count('<svg class="lines"') == 6
    assert "<li>2022: hovedbibliotek-2022.xlsx (årstal i filnavnet)</li>" in html
    assert "<li>2025: hovedbibliotek.xlsx (seneste kontaktdato)</li>" in html
    document = json.loads((folder / "udvikling-2022-2025.json").read_text(encoding="utf-8"))
    assert document["series"]["actors"] == [199, 231, 255, 300]
    assert document["series"]["levels"]["partnership"] == [26, 32, 39, 45]
    assert document["summary"]["text"][0] == "4 øjebliksbilleder fra 2022 til 2025."
