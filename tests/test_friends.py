"""Venner af Huset: grouping, counts, order, multi-space cards, --public, no personal data, xlsx."""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.friends import GroupByError, board, board_rows, widest_word, write_board, write_board_xlsx
from netkort.graph import actors
from netkort.network import load

MAIN = SAMPLES / "hovedbibliotek.xlsx"
HEADER = ["Navn", "Type", "Sektor", "Medarbejder", "Relation", "Rum", "E-mail", "Telefon", "Noter"]
ROWS = [
    ["Åby Roklub", "forening", "civilsamfund", "Mette Kjær", "partnerskab", "Læring; Møderum",
     "roklub@eksempel.dk", "12 34 56 78", "Formanden hedder Ib"],
    ["Bageriet", "virksomhed", "privat", "Jens Berg", "netværk", "Inspiration", None, None, None],
    ["aftenskolen", "Forening", "civilsamfund", "Mette Kjær; Jens Berg", "samarbejde", "Læring",
     None, None, None],
    ["Zoologisk Have", "kulturinstitution", "offentlig", None, "netværk", None, None, None, None],
    ["Ølstykke Kor", "forening", None, "Jens Berg", None, "Læringsrummet", None, None, None],
    ["Hanne Jensen", "borger", "civilsamfund", "Mette Kjær", "samarbejde", "Møderum",
     "hanne@eksempel.dk", "87 65 43 21", "Ring efter kl. 16"],
]


@pytest.fixture
def graph(tmp_path):
    return load([make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [HEADER, *ROWS]})]).graph


def layout(data):
    return [(g.label, [c.name for c in g.cards]) for g in data.groups]


def test_grouped_by_space_in_model_order_with_the_rest_last(graph):
    data = board(graph)
    assert layout(data) == [
        ("Inspirationsrummet", ["Bageriet"]),
        # Danish alphabetical order: case does not count, æ ø å come after z
        ("Læringsrummet", ["aftenskolen", "Ølstykke Kor", "Åby Roklub"]),
        ("Møderummet", ["Hanne Jensen", "Åby Roklub"]),
        ("Uden rum", ["Zoologisk Have"]),
    ]
    assert [g.count for g in data.groups] == [1, 3, 2, 1]
    assert (data.actors, data.staff, data.cards) == (6, 2, 7)


def test_an_actor_in_two_spaces_is_in_both_and_says_where_else(graph):
    data = board(graph)
    cards = {(g.label, c.name): c for g in data.groups for c in g.cards}
    assert cards[("Læringsrummet", "Åby Roklub")].also == ("Møderummet",)
    assert cards[("Møderummet", "Åby Roklub")].also == ("Læringsrummet",)
    assert cards[("Læringsrummet", "aftenskolen")].also == ()


def test_a_card_carries_type_level_and_staff(graph):
    (card,) = [c for g in board(graph).groups for c in g.cards if c.name == "aftenskolen"]
    assert card.type == "Forening"
    assert card.level == "cooperation"
    assert card.staff == ("Jens Berg", "Mette Kjær")


def test_grouped_by_staff_an_actor_held_by_two_is_under_both(graph):
    assert layout(board(graph, "staff")) == [
        ("Jens Berg", ["aftenskolen", "Bageriet", "Ølstykke Kor"]),
        ("Mette Kjær", ["aftenskolen", "Hanne Jensen", "Åby Roklub"]),
        ("Uden medarbejder", ["Zoologisk Have"]),
    ]


def test_grouped_by_sector_type_and_level(graph):
    assert layout(board(graph, "sector")) == [
        ("Offentlig", ["Zoologisk Have"]), ("Privat", ["Bageriet"]),
        ("Civilsamfund", ["aftenskolen", "Hanne Jensen", "Åby Roklub"]), ("Uden sektor", ["Ølstykke Kor"])]
    # "Forening" and "forening" are one type
    assert layout(board(graph, "type")) == [
        ("Borger", ["Hanne Jensen"]), ("Forening", ["aftenskolen", "Ølstykke Kor", "Åby Roklub"]),
        ("Kulturinstitution", ["Zoologisk Have"]), ("Virksomhed", ["Bageriet"])]
    # the strongest relations first, as in the middle of the network circle
    assert layout(board(graph, "level", lang="en")) == [
        ("Partnership", ["Åby Roklub"]), ("Cooperation", ["aftenskolen", "Hanne Jensen"]),
        ("Network", ["Bageriet", "Zoologisk Have"]), ("No relation level", ["Ølstykke Kor"])]


def test_unknown_grouping_is_a_usage_error(graph):
    with pytest.raises(GroupByError) as error:
        board(graph, "colour")
    assert error.value.exit_code == 2
    assert error.value.message("en") == "cannot group by 'colour'. Use one of: space, sector, staff, type, level"


def test_public_board_names_no_private_person(graph, tmp_path):
    data = board(graph, public=True)
    names = [c.name for g in data.groups for c in g.cards]
    assert "Hanne Jensen" not in names and "Privatperson" in names
    html = write_board(data, tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Hanne Jensen" not in html
    assert "Privatperson" in html and "Åby Roklub" in html
    assert "Hanne Jensen" in write_board(board(graph), tmp_path / "w.html").read_text(encoding="utf-8")


def test_the_page_never_carries_emails_phones_or_notes(graph, tmp_path):
    html = write_board(board(graph, "staff"), tmp_path / "v.html").read_text(encoding="utf-8")
    for text in ("roklub@eksempel.dk", "hanne@eksempel.dk", "12 34 56 78", "87 65 43 21",
                 "Formanden hedder Ib", "Ring efter kl. 16"):
        assert text not in html


def test_no_email_phone_or_note_of_the_sample_reaches_the_page(tmp_path):
    graph = load([MAIN]).graph
    secrets = set()
    for actor in actors(graph):
        data = graph.nodes[actor]
        secrets.update(data.get("email", ()))
        secrets.update(data.get("phone", ()))
        secrets.update(data["notes"].splitlines() if data.get("notes") else ())
    assert len(secrets) > 300  # the sample is full of them
    for group_by in ("space", "staff"):
        html = write_board(board(graph, group_by), tmp_path / "v.html").read_text(encoding="utf-8")
        assert [s for s in secrets if s in html] == []
        assert "@" not in html.rsplit("</style>", 1)[1]


def test_print_stylesheet_a4_by_default_and_a3_on_request(graph, tmp_path):
    a4 = write_board(board(graph), tmp_path / "a4.html").read_text(encoding="utf-8")
    a3 = write_board(board(graph), tmp_path / "a3.html", paper="a3").read_text(encoding="utf-8")
    assert "@page { size: A4 portrait;" in a4 and "@page { size: A3 portrait;" in a3
    assert "@media print" in a4 and "break-inside: avoid" in a4
    assert "<script" not in a4  # a poster needs no script


def test_a_hostile_name_stays_text(tmp_path):
    hostile = "<img src=x onerror=document.title='x'>"
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Type"], [hostile, "<b>forening</b>"]]})
    html = write_board(board(load([path]).graph), tmp_path / "v.html").read_text(encoding="utf-8")
    assert "<img" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=document.title=&#39;x&#39;&gt;" in html


def test_the_main_sample_board(tmp_path):
    data = board(load([MAIN]).graph)
    assert [(g.label, g.count) for g in data.groups] == [
        ("Inspirationsrummet", 114), ("Læringsrummet", 107), ("Møderummet", 138),
        ("Det performative rum", 44), ("Uden rum", 30)]
    assert data.actors == 300 and data.cards == 433  # 71 actors serve two spaces, 31 three
    html = write_board(data, tmp_path / "v.html").read_text(encoding="utf-8")
    assert html.count('<article class="card') == 433


def test_xlsx_is_the_same_list_as_text(graph, tmp_path):
    data = board(graph)
    sheet = load_workbook(write_board_xlsx(data, tmp_path / "v.xlsx")).active
    rows = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Gruppe", "Navn", "Type", "Relation", "Medarbejder", "Også i"]
    assert rows[1:] == board_rows(data)
    assert rows[2] == ["Læringsrummet", "aftenskolen", "Forening", "samarbejde", "Jens Berg; Mette Kjær", ""]
    assert ["Læringsrummet", "Åby Roklub", "forening", "partnerskab", "Mette Kjær", "Møderummet"] in rows


def test_xlsx_formula_names_stay_text(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [["Navn", "Type"], ["=HYPERLINK(\"x\")", "=1+1"]]})
    sheet = load_workbook(write_board_xlsx(board(load([path]).graph), tmp_path / "v.xlsx")).active
    assert sheet["B2"].value == '=HYPERLINK("x")' and sheet["B2"].data_type == "s"
    assert sheet["C2"].data_type == "s"


def test_cli_writes_page_and_xlsx(runner, tmp_path):
    out, xlsx = tmp_path / "venner.html", tmp_path / "venner.xlsx"
    result = runner.invoke(cli, ["venner", str(MAIN), "-o", str(out), "--xlsx", str(xlsx),
                                 "--group-by", "sector", "--public", "--title", "Åbys venner"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Skrev {out}\nSkrev {xlsx}\n"
    assert result.stderr == "Bemærk: inputtet har 3 fejl; se dem med netkort check.\n"
    html = out.read_text(encoding="utf-8")
    assert "<h1>Åbys venner</h1>" in html and "Privatperson" in html
    assert load_workbook(xlsx).active["A2"].value == "Offentlig"


def test_cli_rejects_an_unknown_grouping(runner, tmp_path):
    result = runner.invoke(cli, ["friends", str(MAIN), "-o", str(tmp_path / "v.html"), "--group-by", "x"])
    assert result.exit_code == 2
    assert result.stderr == "netkort: --group-by 'x' kendes ikke. Brug en af: space, sector, staff, type, level.\n"


@pytest.mark.parametrize("name, ems", [
    ("Bageriet i Kragelund", 4.95),  # "Kragelund": K .722 r .389 a .556 g .611 e .556 l .278 u n d .611
    ("Al-Sayed Kiosk", 2.95),  # a line may end after the hyphen: "Al-" and "Sayed" are words
    ("Åby Bio", 1.89),  # Å as wide as A
    ("Søholm  Jazzklub", 4.17),
    ("", 0.0),
])
def test_widest_word_measures_the_word_a_card_must_fit_on_one_line(name, ems):
    """The card's name is set no larger than lets its widest word fit the card, so names wrap
    between words ("Bageriet i / Kragelund"), never inside one ("Bager / iet")."""
    assert widest_word(name) == ems


def test_each_card_carries_its_widest_word(tmp_path):
    data = board(load([SAMPLES / "hovedbibliotek.xlsx"]).graph)
    page = write_board(data, tmp_path / "venner.html").read_text(encoding="utf-8")
    card = next(card for group in data.groups for card in group.cards if card.name == "Bageriet i Kragelund")
    assert f'<h3 class="name" style="--word: 4.95">{card.name}</h3>' in page
