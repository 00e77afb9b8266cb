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
    assert found == [("warning", "control-chars", 2, "A", "Usynlige styretegn er fjernet fra cellen."),
                     ("warning", "one-line", 3, "A", "Cellen stod på flere linjer; linjeskiftene er erstattet med "
                                                     "mellemrum: 'Nord Syd'.")]  # U+0085 is a line break
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


SEPARATORS = {"line separator": "\u2028", "paragraph separator": "\u2029", "next line (C1)": "\x85",
              "carriage return": "\r", "two of them": "\u2028\u2029"}


@pytest.mark.parametrize("separator", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_a_line_or_paragraph_separator_breaks_a_line_like_alt_enter(tmp_path, separator):
    """The review's ctrl.csv rows 6–8: U+2028, U+2029 and U+0085 became spaces in silence."""
    make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Relation", "Noter"], [f"Åby{separator}Roklub", "netværk", f"første{separator}anden"]],
        "Relationer": [["Fra", "Til"], [f"Åby{separator}Roklub", "Torup Skole"]]})
    network, found = problems(tmp_path / "k.xlsx")
    roklub = next(network.graph.nodes[a] for a in actors(network.graph) if network.graph.nodes[a]["name"] == "Åby Roklub")
    assert roklub["notes"] == "første\nanden"
    assert [f[1:4] for f in found if f[1] == "one-line"] == [("one-line", 2, "A"), ("one-line", 2, "A")]
    assert found[0][4] == "Cellen stod på flere linjer; linjeskiftene er erstattet med mellemrum: 'Åby Roklub'."


# The format characters clean keeps: joiners shape what is around them, number signs show.
KEPT_FORMAT = frozenset("\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                        "\U000110bd\U000110cd")


def test_every_format_character_that_draws_nothing_is_removed_and_said():
    """Unicode category Cf, as this Python knows it: each is removed (bidi ones with their own warning)."""
    import sys
    import unicodedata

    from netkort.text import has_bidi, has_control

    format_characters = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert "\ufff9" in format_characters and len(format_characters) > 150
    for ch in format_characters:
        if ch in KEPT_FORMAT:
            assert clean(f"a{ch}b") == f"a{ch}b"
        else:
            assert clean(f"a{ch}b") == "ab", f"U+{ord(ch):04X}"
            assert has_control(ch) or has_bidi(ch), f"U+{ord(ch):04X}"


def test_interlinear_annotation_marks_are_removed_with_a_warning(tmp_path):
    """The review's ctrl.csv row 14: U+FFF9–U+FFFB stayed, invisible, in the name."""
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Ann\ufff9x\ufffay\ufffb"], ["Tag\U000e0041\U000e007f"]], header=["Navn"])
    network, found = problems(path)
    assert sorted(network.graph.nodes[a]["name"] for a in actors(network.graph)) == ["Annxy", "Tag"]
    assert found == [("warning", "control-chars", 2, "A", "Usynlige styretegn er fjernet fra cellen."),
                     ("warning", "control-chars", 3, "A", "Usynlige styretegn er fjernet fra cellen.")]


HIDDEN = {"hangul filler": "\u3164", "braille blank": "\u2800", "grapheme joiner": "\u034f",
          "variation selector 16": "\ufe0f", "variation selector 1": "\ufe00", "variation selector 17": "\U000e0100",
          "choseong filler": "\u115f", "jungseong filler": "\u1160", "halfwidth filler": "\uffa0",
          "zero-width joiner": "\u200d", "zero-width non-joiner": "\u200c", "khmer vowel": "\u17b4",
          "mongolian selector": "\u180b", "two": "\u3164\u034f"}


@pytest.mark.parametrize("hidden", HIDDEN.values(), ids=HIDDEN.keys())
def test_names_that_differ_only_by_characters_that_do_not_show_are_one_actor(tmp_path, hidden):
    """The review's invis_in.csv: 'Åby Skak{U+3164}klub' and 'Åby Skakklub' stayed two actors that looked alike."""
    make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Relation", "Medarbejder"], ["Åby Skakklub", "netværk", "Mette"],
                      [f"Åby Skak{hidden}klub", "samarbejde", f"Met{hidden}te"]],
        "Relationer": [["Fra", "Til"], ["Torup Skole", f"Åby Skak{hidden}klub"], [f"Torup{hidden} Skole", "Åby Skakklub"]]})
    network, found = problems(tmp_path / "k.xlsx")
    assert sorted(network.graph.nodes[a]["name"] for a in actors(network.graph)) == ["Torup Skole", "Åby Skakklub"]
    assert network.graph.number_of_edges() == 3  # the house employs Mette, her relation, one between the actors
    said = [f for f in found if f[1] == "hidden-chars"]
    assert [f[2:4] for f in said] == [(3, "A"), (3, "C"), (2, "B"), (3, "A")]
    assert said[0][4] == (f"Cellen har tegn, der ikke ses ({code_points(hidden)}); de er beholdt, men tæller ikke "
                          "med, når navne sammenlignes, så navnet er det samme som uden dem.")
    assert not [f for f in found if f[1] == "similar-names"]


@pytest.mark.parametrize("name", ["Café ☕\ufe0f", "Kodeklubben 👩\u200d💻", "Hjerte ❤\ufe0f\u200d🔥"])
def test_an_emojis_own_selector_or_joiner_is_not_said(tmp_path, name):
    path = contacts_xlsx(tmp_path / "k.xlsx", [[name]], header=["Navn"])
    network, found = problems(path)
    assert [network.graph.nodes[a]["name"] for a in actors(network.graph)] == [name]
    assert found == []


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
