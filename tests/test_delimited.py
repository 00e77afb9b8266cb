"""Reading CSV files: quotation marks left open, very long cells, Ctrl-Z, UTF-16 recognised as text."""

from __future__ import annotations

import json

import pytest

from netkort.cli import cli
from netkort.problems import InputFileError
from netkort.read import delimited
from netkort.read.contacts import read
from netkort.read.workbook import read_file

OPEN_QUOTE_DA = ("Cellen begynder med et anførselstegn, som ikke lukkes, så rækkerne under den ville ende i denne "
                 "ene celle. netkort har ladet cellen slutte på sin egen linje og læst rækkerne under den hver for sig. "
                 "Fjern anførselstegnet, eller sæt det afsluttende anførselstegn, hvor teksten slutter.")


def rows_with_open_quote(count: int = 200) -> str:
    lines = ["Navn;Relation;Noter"] + [f"Aktør {i};netværk;note {i}" for i in range(1, count + 2)]
    lines[2] = 'Aktør 2;netværk;"note uden slut'
    return "\n".join(lines) + "\n"


def test_an_open_quote_does_not_swallow_the_rows_below(runner, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text(rows_with_open_quote(), encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["actors"] == 201
    (problem,) = summary["problems"]
    assert (problem["code"], problem["severity"], problem["row"], problem["column"]) == (
        "csv-open-quote", "warning", 3, "C")
    assert problem["message"] == OPEN_QUOTE_DA
    contacts = read([path]).contacts
    assert contacts[1].values == {"name": "Aktør 2", "level": "network", "notes": "note uden slut"}
    assert (contacts[2].values["name"], contacts[2].source.row) == ("Aktør 3", 4)
    assert (contacts[-1].values["name"], contacts[-1].source.row) == ("Aktør 201", 202)


def test_an_open_quote_in_english(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text(rows_with_open_quote(5), encoding="utf-8")
    (problem,) = read([path]).problems
    assert problem.message("en") == (
        "The cell starts with a quotation mark that is not closed, so the rows below it would end up in this one "
        "cell. netkort ended the cell on its own line and read the rows below it one by one. Remove the "
        "quotation mark, or add the closing one where the text ends.")


def test_a_quote_closed_only_many_rows_later_is_read_as_ending_at_its_line(tmp_path):
    lines = ["Navn;Relation;Noter"] + [f"Aktør {i};netværk;note {i}" for i in range(1, 41)]
    lines[3] = 'Aktør 3;"netværk;note 3'  # opened in column B
    lines[30] = 'Aktør 30;netværk;skærm på 5"'  # a stray quote 27 rows later would close it
    path = tmp_path / "k.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == [f"Aktør {i}" for i in range(1, 41)]
    assert data.contacts[29].values["notes"] == 'skærm på 5"'
    assert [(p.code, p.row, p.column) for p in data.problems] == [("csv-open-quote", 4, "B")]
    assert [p.code for p in data.problems if p.code == "csv-row-length"] == []


def test_each_open_quote_is_reported_at_its_own_row(tmp_path):
    lines = ["Navn;Noter"] + [f'Aktør {i};"note {i}' if i in (2, 5, 6) else f"Aktør {i};note {i}"
                              for i in range(1, 10)]
    path = tmp_path / "k.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == [f"Aktør {i}" for i in range(1, 10)]
    assert [(p.code, p.row, p.column) for p in data.problems] == [
        ("csv-open-quote", 3, "B"), ("csv-open-quote", 6, "B"), ("csv-open-quote", 7, "B")]


def test_an_open_quote_on_the_second_last_row_is_found_too(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('Navn;Noter\nA;x\nB;"note\nC;y\n', encoding="utf-8")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["A", "B", "C"]
    assert [(p.code, p.row, p.column) for p in data.problems] == [("csv-open-quote", 3, "B")]


OPEN_QUOTE_LAST_DA = ("Cellen begynder med et anførselstegn, som ikke lukkes, før filen slutter. netkort har ladet "
                      "cellen slutte på sin egen linje og læst rækkens andre celler hver for sig. Fjern "
                      "anførselstegnet, eller sæt det afsluttende anførselstegn, hvor teksten slutter.")


@pytest.mark.parametrize(("last", "cells", "column"), [
    ('"Sidste;forening;netværk', ["Sidste", "forening", "netværk"], "A"),  # the review's unterminated_last.csv
    ('Sidste;"forening;netværk', ["Sidste", "forening", "netværk"], "B"),
], ids=["first-cell", "middle-cell"])
@pytest.mark.parametrize(("sep", "end"), [("\n", ""), ("\n", "\n"), ("\r\n", "\r\n"), ("\r", "")],
                         ids=["no-final-break", "lf", "crlf", "cr"])
def test_an_open_quote_on_the_last_row_is_split_and_said_like_any_other(tmp_path, last, cells, column, sep, end):
    """The review's csv/unterminated_last.csv: the last row became one name, its other fields lost."""
    path = tmp_path / "k.csv"
    path.write_text("Navn;Type;Noter" + sep + "Åby Roklub;forening;x" + sep + last + end, encoding="utf-8", newline="")
    (sheet,) = read_file(path)
    assert sheet.rows[-1] == cells
    assert [(p.code, p.row, p.column, p.message()) for p in sheet.problems] == [
        ("csv-open-quote-last", 3, column, OPEN_QUOTE_LAST_DA)]


@pytest.mark.parametrize(("last", "cells"), [('Sidste;forening;"netværk', ["Sidste", "forening", "netværk"]),
                                             ('Sidste;forening;"Husk; kaffe', ["Sidste", "forening", "Husk; kaffe"]),
                                             ('Sidste;"forening', ["Sidste", "forening"])])
def test_an_open_quote_at_the_end_of_the_last_row_loses_nothing_and_is_no_problem(tmp_path, last, cells):
    """Read as a slip or not, the cells are the same: nothing to say."""
    path = tmp_path / "k.csv"
    path.write_text("Navn;Type;Noter\nÅby Roklub;forening;x\n" + last + "\n", encoding="utf-8")
    (sheet,) = read_file(path)
    assert ([cell.rstrip("\n") for cell in sheet.rows[-1]], sheet.problems) == (cells, [])


def test_a_whole_file_of_one_open_row_is_split_too(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('Navn;Type\n"Åby Roklub;forening', encoding="utf-8")
    data = read([path])
    assert [(c.values["name"], c.values["type"]) for c in data.contacts] == [("Åby Roklub", "forening")]
    assert [p.code for p in data.problems] == ["csv-open-quote-last"]


def test_an_open_quote_before_lines_that_are_no_rows_keeps_them_in_the_cell(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('Navn;Relation;Noter\nA;netværk;"første linje\nanden linje\ntredje linje\n', encoding="utf-8")
    data = read([path])
    assert data.contacts[0].values["notes"] == "første linje\nanden linje\ntredje linje"
    (problem,) = data.problems
    assert (problem.code, problem.row, problem.column) == ("csv-quote-to-end", 2, "C")
    assert problem.message() == ("Cellen begynder med et anførselstegn, som aldrig lukkes, så resten af filen "
                                 "(3 linjer) er læst ind i cellen. Sæt det afsluttende anførselstegn, hvor teksten "
                                 "slutter.")


@pytest.mark.parametrize("note", [
    "første linje\nanden linje",
    "Husk; kaffe\nMøde; torsdag",  # one line with as many cells as a row is no evidence
    "a;b;c\nd",
    'Han sagde "ja"\npå mødet',
])
def test_quoted_notes_over_lines_stay_whole(tmp_path, note):
    path = tmp_path / "k.csv"
    quoted = note.replace('"', '""')
    path.write_text(f'Navn;Noter\nA;"{quoted}"\nB;x\n', encoding="utf-8")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["A", "B"]
    assert data.contacts[0].values["notes"] == note
    assert data.problems == []


def test_a_quote_left_open_on_the_last_line_is_no_problem(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('Navn;Noter\nA;"note', encoding="utf-8")
    data = read([path])
    assert data.contacts[0].values == {"name": "A", "notes": "note"}
    assert data.problems == []


@pytest.mark.parametrize("guarded", [True, False])
def test_open_quotes_cost_work_in_proportion_to_the_file(monkeypatch, guarded):
    # Each of the first n lines opens a quote and keeps it open when read inside another's cell, and
    # none looks like a row: each would take in every line below it until as many rows follow.
    n = 1000
    text = "Navn;Relation;Noter\n" + "".join(f'p{i}"q;"r\n' for i in range(n)) + "a;b;c\n" * n
    served = []
    real_next = delimited._Lines.__next__

    def counting(self):
        served.append(1)
        return real_next(self)

    monkeypatch.setattr(delimited._Lines, "__next__", counting)
    if not guarded:  # shows what the guard is for: without it the same file costs n² lines
        monkeypatch.setattr(delimited._Lines, "restart_after_first_line", unguarded)
    rows, problems = delimited.split_records(text, ";", 3, "k.csv")
    assert len(rows) == 1 + 2 * n
    assert [r[0] for r in rows[1:4]] == ['p0"q', 'p1"q', 'p2"q']
    assert len(problems) == n and problems[-1].row == n + 1
    assert (len(served) <= 4 * (1 + 2 * n)) is guarded


def unguarded(self):
    found = delimited._LINES.search(self.text, self.start_pos)
    self.pos, self.line, self.ended_open = found.end(), self.start_line + 1, False


def test_a_cell_of_200000_characters_is_read_and_warned_about(runner, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Noter\nÅby Roklub;" + "x" * 200_000 + "\nB;y\n", encoding="utf-8")
    data = read([path])
    assert len(data.contacts[0].values["notes"]) == 200_000
    assert data.contacts[1].values == {"name": "B", "notes": "y"}
    (problem,) = data.problems
    assert (problem.code, problem.row, problem.column, problem.field) == ("too-long", 2, "B", "Noter")
    assert problem.message() == ("Cellen har 200000 tegn; Excel gemmer højst 32.767, så resten vil mangle i et "
                                 "regneark.")
    assert runner.invoke(cli, ["check", str(path)]).exit_code == 0


def test_a_text_file_over_the_size_limit_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(delimited, "MAX_TEXT_MB", 1)
    path = tmp_path / "stor.csv"
    path.write_bytes(b"Navn;Noter\n" + b"A;x\n" * 600_000)  # 2.4 MB
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert caught.value.message() == f"{path}: filen fylder 2 MB, mere end netkort læser som tekst (1 MB)."


@pytest.mark.parametrize("ending", [b"\x1a", b"\r\n\x1a", b"\x1a\x1a\x1a", b"\x1a\r\n"])
def test_a_trailing_ctrl_z_ends_the_file_quietly(runner, tmp_path, ending):
    path = tmp_path / "dos.csv"
    path.write_bytes("Navn;Relation\r\nSøren Æbelø Klub;netværk\r\nÅby Roklub;samarbejde".encode("cp1252") + ending)
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["actors"], summary["problems"]) == (2, [])


def test_a_ctrl_z_in_utf16_ends_the_file_too(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes("\ufeffNavn;Relation\r\nÅby Roklub;netværk\r\n\x1a".encode("utf-16-le"))
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Roklub"] and data.problems == []


def test_a_ctrl_z_inside_the_file_is_a_control_character_not_its_end(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes(b"Navn;Relation\r\nA\x1a;netv\xe6rk\r\nB;netv\xe6rk\r\n")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["A", "B"]
    assert [(p.code, p.row) for p in data.problems] == [("control-chars", 2)]


def test_an_html_page_in_utf16_is_named_as_html(runner, tmp_path):
    path = tmp_path / "eksport.xls"
    path.write_bytes("<html><body><table><tr><td>Navn</td></tr></table></body></html>".encode("utf-16-le"))
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen er en HTML-side, ikke et regneark. "
                             "Åbn den i Excel og gem den som .xlsx.\n")


def test_binary_data_is_still_refused(runner, tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(32)) * 64)
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {path}: filen er ikke et regneark, men binære data. "
                             "netkort læser .xlsx og .csv.\n")



GRAPHML = ('<?xml version="1.0" encoding="UTF-16"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
           '<graph edgedefault="undirected"><node id="Åby"/><node id="Torup"/><edge source="Åby" target="Torup"/>'
           "</graph></graphml>")
NODE_LINK = ('{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "Åby"}, {"id": "Torup"}], '
             '"links": [{"source": "Åby", "target": "Torup"}]}')


@pytest.mark.parametrize("name, text, codec, kind", [
    ("net.graphml", GRAPHML, "utf-16-le", "GraphML-fil"),
    ("net.json", NODE_LINK, "utf-32", "JSON-netværk"),
    ("net.json", NODE_LINK, "utf-16-be", "JSON-netværk"),
])
def test_graph_files_in_utf16_without_bom_or_utf32_are_recognised(runner, tmp_path, name, text, codec, kind):
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Læst: {path} ({kind})\n2 aktører, 0 medarbejdere, 1 relation mellem aktører\n")


def test_a_utf16_csv_saved_as_xlsx_is_read_as_csv(tmp_path):
    path = tmp_path / "kontakter.xlsx"
    path.write_bytes("Navn;Relation\r\nÅby Roklub;netværk\r\n".encode("utf-16-le"))
    data = read([path])
    assert data.contacts[0].values == {"name": "Åby Roklub", "level": "network"}
    assert [p.code for p in data.problems] == ["read-as-csv"]
