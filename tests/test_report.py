"""The HTML report and the xlsx: the answer in words, no personal data, text stays text."""

from __future__ import annotations

import datetime as dt
import html
import zipfile

import pytest
from conftest import SAMPLES
from handbuilt import actor, network

from netkort.analysis import analyse
from netkort.network import load
from netkort.report import headline, sheets, summary_sentence, write_report, write_xlsx

AS_OF = dt.date(2025, 10, 1)  # the sample's snapshot date


@pytest.fixture(scope="module")
def sample():
    return load([SAMPLES / "hovedbibliotek.xlsx"])


@pytest.fixture(scope="module")
def sample_analysis(sample):
    return analyse(sample.graph, as_of=AS_OF)


def test_the_sample_report_opens_with_the_answer(sample_analysis, tmp_path):
    sentence = summary_sentence(sample_analysis)
    # the sample is built with a performative space served only by network contacts
    assert sentence.startswith("3 af 4 rum har partnere; Det performative rum har kun netværkskontakter; ")
    assert sentence.endswith(f"{sample_analysis.summary.key_person} partnerskaber hviler på én person.")
    page = write_report(sample_analysis, tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert f'<p class="headline" id="headline">{html.escape(sentence, quote=True)}</p>' in page
    headings = ["Svaret kort</h2>", "Dækning af biblioteksrummene</h2>", "Interessentanalyse</h2>",
                "Pleje af netværket</h2>", "Netværkets struktur</h2>"]
    assert [page.index(h) for h in headings] == sorted(page.index(h) for h in headings)
    assert "En 3&#39;er ligger på midten og tæller her som lav." in page


def test_the_headline_in_english_and_in_clauses(sample_analysis):
    assert headline(sample_analysis, "en")[:2] == ["3 of 4 spaces have partners",
                                                    "the performative space has only network contacts"]


def test_no_email_phone_or_note_of_the_sample_reaches_the_outputs(sample, sample_analysis, tmp_path):
    nodes = [data for _, data in sample.graph.nodes(data=True)]
    private = {e for d in nodes for e in d.get("email", [])} | {p for d in nodes for p in d.get("phone", [])}
    private |= {line for d in nodes for line in d.get("notes", "").split("\n") if line}
    assert len(private) > 100
    page = write_report(sample_analysis, tmp_path / "r.html").read_text(encoding="utf-8")
    book = write_xlsx(sample_analysis, tmp_path / "r.xlsx")
    with zipfile.ZipFile(book) as archive:
        cells = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    for text in (page, html.unescape(page), cells, html.unescape(cells), str(sample_analysis.to_dict())):
        assert [p for p in private if p in text] == []


def test_the_xlsx_has_one_sheet_per_table(sample_analysis, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(write_xlsx(sample_analysis, tmp_path / "rapport.xlsx"))
    assert book.sheetnames == [
        "Oversigt", "Rum", "Kandidater", "Formål", "Målgrupper", "Sektorer", "Bidrager ikke",
        "Interessenter", "Ikke vurderet", "Én person", "Uden medarbejder", "Uden aftale", "Evaluering",
        "Ikke kontaktet", "Flere medarbejdere", "Dubletter", "Medarbejdere", "Tjekliste", "Kandidatvurdering",
        "Forbundne", "Brobyggere",
        "Klynger"]
    rooms = book["Rum"]
    assert [c.value for c in rooms[1]] == ["Rum", "Formål", "Netværk", "Samarbejde", "Partnerskab", "Hul"]
    performative = [c.value for c in rooms[5]]
    assert performative[0] == "Det performative rum" and performative[3:] == [0, 0, "kun netværk"]
    assert book["Én person"].max_row == sample_analysis.summary.key_person + 1
    assert book["Oversigt"]["B2"].value == summary_sentence(sample_analysis)


def test_a_formula_in_a_name_is_written_as_text(tmp_path):
    from openpyxl import load_workbook

    name = '=HYPERLINK("http://example.com/x","Klik her")'
    graph = network(actor(name, "Mette", level="partnership", influence=5, interest=5))
    path = write_xlsx(analyse(graph, as_of=AS_OF), tmp_path / "r.xlsx")
    with zipfile.ZipFile(path) as archive:
        assert not any("<f>" in archive.read(n).decode("utf-8") for n in archive.namelist()
                       if n.startswith("xl/worksheets/"))
    book = load_workbook(path)
    cell = book["Interessenter"]["A2"]
    assert (cell.value, cell.data_type) == (name, "s")
    assert book["Én person"]["A2"].value == name


def test_a_hostile_name_is_escaped_in_the_page(tmp_path):
    hostile = "<img src=x onerror=document.title='x'>"
    graph = network(actor(hostile, "Mette", level="partnership", spaces=["learning"], influence=4,
                          interest=2))
    page = write_report(analyse(graph, as_of=AS_OF), tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<img" not in page and "&lt;img src=x onerror=document.title=&#39;x&#39;&gt;" in page
    assert "<script" not in page


def test_threshold_and_language_change_the_page(tmp_path):
    graph = network(actor("Koret", "Jens", level="network", spaces=["meeting"], influence=3, interest=3))
    page = write_report(analyse(graph, as_of=AS_OF, threshold=3), tmp_path / "r.html",
                        lang="en").read_text(encoding="utf-8")
    assert '<html lang="en"' in page
    assert "A score from 3 to 5 counts as high, from 1 to 2 as low. A 3 sits on the line and counts as high" in page
    assert "0 of 4 spaces have partners" in page


def test_every_sheet_row_has_a_cell_per_header(sample_analysis):
    for title, headers, rows in sheets(sample_analysis, "en"):
        assert all(len(row) == len(headers) for row in rows), title


@pytest.mark.parametrize("lang, sentence", [
    ("da", 'Netværket er stort, så <span lang="en">betweenness</span> er et skøn ud fra 1.024 tilfældigt'),
    ("en", "The network is large, so betweenness is estimated from 1,024 randomly chosen"),
])
def test_the_english_word_betweenness_is_marked_on_a_danish_page(sample_analysis, tmp_path, lang, sentence):
    """WCAG 3.1.2: a screen reader speaks "betweenness" in English on a Danish page, also in the
    note on a large network's estimate."""
    import dataclasses

    sampled = dataclasses.replace(sample_analysis, structure=dataclasses.replace(
        sample_analysis.structure, sampled_sources=1024))
    page = write_report(sampled, tmp_path / "r.html", lang=lang).read_text(encoding="utf-8")
    assert sentence in page
    assert page.count('<span lang="en">betweenness</span>') == (2 if lang == "da" else 0)
