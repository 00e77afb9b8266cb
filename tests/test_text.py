"""Names that mislead: reversed by a bidi control, blank but not empty, with terminal controls or
line breaks. Each is neutralised, reported on its cell, and nothing of it reaches the terminal."""

from __future__ import annotations

import json

import pytest
from workbooks import contacts_xlsx, make_xlsx

from netkort.cli import cli
from netkort.graph import actors
from netkort.network import load
from netkort.text import clean, code_points, invisible, printable

INVISIBLE = {
    "zero-width space": "\u200b", "braille blank": "\u2800", "hangul filler": "\u3164",
    "byte-order mark": "\ufeff", "hangul choseong filler": "\u115f", "hangul jungseong filler": "\u1160",
    "halfwidth hangul filler": "\uffa0", "combining acute alone": "\u0301", "variation selector": "\ufe0f",
    "zero-width joiner": "\u200d", "word joiner": "\u2060", "soft hyphen": "\u00ad",
    "several": "\u200b \u2800\u200b", "mongolian vowel separator": "\u180e", "tag character": "\U000e0041",
}


def problems(path):
    network = load([path])
    return network, [(p.severity, p.code, p.row, p.column, p.message()) for p in network.problems]


def test_a_right_to_left_override_is_removed_with_a_warning(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Åby \u202ebulkoR"], ["Café \u2066Nord\u2069"]], header=["Navn"])
    network, found = problems(path)
    names = sorted(network.graph.nodes[a]["name"] for a in actors(network.graph))
    assert names == ["Café Nord", "Åby bulkoR"]  # what is really written, in the order it is written
    assert found == [
        ("warning", "bidi-chars", 2, "A", "Tegn, der vender skriftretningen (U+202E), er fjernet fra cellen; "
         "de kan få et navn til at se ud som et andet. Cellen læses som 'Åby bulkoR'."),
        ("warning", "bidi-chars", 3, "A", "Tegn, der vender skriftretningen (U+2066, U+2069), er fjernet fra "
         "cellen; de kan få et navn til at se ud som et andet. Cellen læses som 'Café Nord'.")]


@pytest.mark.parametrize("value", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_a_name_of_invisible_characters_is_a_blank_name(tmp_path, value):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Åby Roklub", "netværk"], [value, "netværk"]],
                         header=["Navn", "Relation"])
    network, found = problems(path)
    assert [network.graph.nodes[a]["name"] for a in actors(network.graph)] == ["Åby Roklub"]
    shown = code_points(value)
    assert found == [("error", "invisible-name", 3, "A", f"Navnet ser tomt ud og består kun af usynlige tegn "
                      f"({shown}), så rækken kan ikke bruges; skriv et navn i 'Navn'.")]
    result = runner_check(path)
    assert result.exit_code == 1


def test_another_cell_of_invisible_characters_is_read_as_empty(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Åby Roklub", "\u3164", "\u200b"]], header=["Navn", "Type", "Relation"])
    network, found = problems(path)
    roklub = network.graph.nodes[actors(network.graph)[0]]
    assert "type" not in roklub and roklub.get("level") is None
    assert [f[:4] for f in found] == [("warning", "invisible-only", 2, "B"), ("warning", "invisible-only", 2, "C")]
    assert found[0][4] == "Cellen ser tom ud, men indeholder usynlige tegn (U+3164); den er læst som tom."


def test_a_combining_accent_still_makes_cafe(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Cafe\u0301 Nord"], ["Café Nord"]], header=["Navn"])
    network, found = problems(path)
    assert [network.graph.nodes[a]["name"] for a in actors(network.graph)] == ["Café Nord"]
    assert [f[1] for f in found] == ["merged-rows"]  # the two spellings are one actor, nothing else to say


def test_c1_controls_are_control_characters(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Bib\x9b31mlioteket"], ["Nord\x85Syd"]], header=["Navn"])
    network, found = problems(path)
    assert sorted(network.graph.nodes[a]["name"] for a in actors(network.graph)) == ["Bib31mlioteket", "Nord Syd"]
    assert found == [("warning", "control-chars", 2, "A", "Usynlige styretegn er fjernet fra cellen.")]
    result = runner_check(path)
    assert "\x9b" not in result.stdout and "\x85" not in result.stdout


def test_a_line_break_in_a_name_becomes_a_space(tmp_path):
    rows = [["Åby\nRoklub", "netvæk"], ["Nord\r\nSyd", "netværk"]]
    make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Relation"], *rows],
                                    "Relationer": [["Fra", "Til"], ["Åby\nRoklub", "Nord Syd"]]})
    network, found = problems(tmp_path / "k.xlsx")
    assert sorted(network.graph.nodes[a]["name"] for a in actors(network.graph)) == ["Nord Syd", "Åby Roklub"]
    assert network.graph.number_of_edges() > 2 and not [f for f in found if f[1] == "unknown-actor"]
    one_line = [f for f in found if f[1] == "one-line"]
    assert one_line[0][2:] == (2, "A", "Cellen stod på flere linjer; linjeskiftene er erstattet med mellemrum: "
                                       "'Åby Roklub'.")
    assert len(one_line) == 3  # both contacts and the relation's end


def test_checks_table_has_one_line_per_problem(tmp_path):
    """A cell's line break, escape sequence or C1 control never reaches the terminal, and each
    problem is one row of the table, wherever the text comes from (cell, sheet name, header)."""
    rows = [["Navn", "Rela\ntion\x1b[2J"], ["Åby\nRoklub", "netvær\nk x"], ["Nord\x9b2J", "netværk"],
            ["\u200b", "netværk"]]
    import xlsxwriter  # openpyxl will not write an escape character

    book = xlsxwriter.Workbook(tmp_path / "k.xlsx")
    sheet = book.add_worksheet("Kontakter\x9b\u202e")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    result = runner_check(tmp_path / "k.xlsx")
    assert result.exit_code == 1
    for bad in ("\x1b", "\x9b", "\u202e"):
        assert bad not in result.stdout
    table = result.stdout.split("Problem\n", 1)[1].splitlines()
    assert [line.split()[0] for line in table] == ["2", "2", "3", "4"]  # row numbers, one line each
    assert table[0].startswith("  2      A Navn                advarsel  Cellen stod på flere linjer")
    assert "'netvær k x' er ikke et relationsniveau" in table[1]
    as_json = runner_check(tmp_path / "k.xlsx", "--json")
    assert "\x9b" not in as_json.stdout and "\u202e" not in as_json.stdout and "\\u009b" in as_json.stdout
    assert json.loads(as_json.stdout)["problems"][0]["sheet"] == "Kontakter\x9b\u202e"  # the data is kept


def runner_check(path, *options):
    from click.testing import CliRunner

    return CliRunner().invoke(cli, ["check", str(path), *options])


@pytest.mark.parametrize("value, cleaned", [
    ("Åby \u202ebulkoR", "Åby bulkoR"), ("\u200b", ""), ("\u2800", ""), ("a\u200bb", "ab"),
    ("Cafe\u0301", "Café"), ("👍\ufe0f", "👍\ufe0f"), ("👩\u200d💻", "👩\u200d💻"), ("x\x9by", "xy"),
    ("Linje 1\nLinje 2", "Linje 1\nLinje 2"), ("  \u3164 ", ""), ("Kultur\u00adhuset", "Kulturhuset"),
])
def test_clean(value, cleaned):
    assert clean(value) == cleaned


def test_invisible_and_printable():
    assert invisible("\u200d\ufe0f \u0301") and not invisible("") and not invisible("a\u200b")
    assert printable("a\nb\tc\x1b[31m\u202ed\x9b") == "a b c\ufffd[31m\ufffdd\ufffd"
    assert code_points("\u200b\u200b \u2800") == "U+200B, U+2800"
