"""Reading contact tables: headers, aliases, row numbers, typing, problems."""

from __future__ import annotations

import datetime as dt

import pytest
from workbooks import contacts_xlsx, make_xlsx

from netkort.read.contacts import read
from netkort.read.headers import meaning


def problems(data, code=None):
    return [p for p in data.problems if code is None or p.code == code]


@pytest.mark.parametrize("header, field", [
    ("Navn", "name"), ("NAME", "name"), ("  organisation ", "name"), ("Organisasjon", "name"),
    ("Medarbejder", "staff"), ("Medarbeider", "staff"), ("Kontakt hos os", "staff"),
    ("Bibliotekets  kontakt", "staff"), ("Staff", "staff"),
    ("Relation", "level"), ("Relationstype", "level"), ("Relasjon", "level"), ("niveau", "level"),
    ("Rum", "spaces"), ("Rom", "spaces"), ("Biblioteksrum", "spaces"), ("Space", "spaces"),
    ("Målgruppe", "groups"), ("Målgrupper", "groups"), ("malgrupper", "groups"), ("Target group", "groups"),
    ("Indflydelse", "influence"), ("Influence", "influence"), ("Magt", "influence"),
    ("Interesse", "interest"), ("Påvirkning", "interest"), ("Interest", "interest"),
    ("Sidste kontakt", "last_contact"), ("Sidst kontaktet", "last_contact"), ("Last contact", "last_contact"),
    ("Bemærkninger", "notes"), ("Noter", "notes"), ("Notes", "notes"),
    ("E-mail ", "email"), ("Email", "email"), ("Mail", "email"), ("E-post", "email"),
    ("Tlf.", "phone"), ("Sektor", "sector"), ("Aftale", "agreement"), ("Avtale", "agreement"),
    ("Næste evaluering", "next_evaluation"), ("Tema/Tags", "tags"),
])
def test_header_aliases(header, field):
    assert meaning(header, "contacts") == {field: 1.0}


def test_unknown_columns_are_kept_as_custom(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Åby Roklub", "www.roklub.dk"]], header=["Navn", "Webside"])
    data = read([path])
    assert data.contacts[0].custom == {"Webside": "www.roklub.dk"}
    assert data.custom_columns["contacts"] == ["Webside"]


def test_header_under_a_merged_title_on_row_3(tmp_path):
    path = make_xlsx(tmp_path / "titel.xlsx", {"Kontakter 2025": [
        ["Netværkskortlægning 2025 – Åby Bibliotek", None, None],
        [None, None, None],
        ["Navn", "Relation", "Medarbejder"],
        ["Åby Roklub", "samarbejde", "Mette Kjær"],
        ["Åby Sprogcenter", "samarbejd", "Jens Berg"],
    ]}, merged={"Kontakter 2025": ["A1:C1"]})
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Roklub", "Åby Sprogcenter"]
    assert [r.source.row for r in data.contacts] == [4, 5]
    (problem,) = problems(data, "unknown-level")
    assert (problem.file, problem.sheet, problem.row, problem.column, problem.field) == (
        str(path), "Kontakter 2025", 5, "B", "Relation")
    assert problem.severity == "error"
    assert problem.message() == ("'samarbejd' er ikke et relationsniveau; mente du 'samarbejde'? "
                                 "Gyldige: netværk, samarbejde, partnerskab")
    assert problem.message("en") == ("'samarbejd' is not a relation level; did you mean 'samarbejde'? "
                                     "Valid: network, cooperation, partnership")
    # the row is still kept, with its level unknown
    assert "level" not in data.contacts[1].values


def test_norwegian_cp1252_semicolon_csv(tmp_path):
    path = tmp_path / "kontakter.csv"
    text = ("Navn;Medarbeider;Relasjon;Rom;Målgruppe\r\n"
            "Søren Æbelø;Kåre Øyen;samarbeid;performativt rom;Barn\r\n"
            "Inspirasjon AS;Kåre Øyen;nettverk;Inspirasjonsrom, Møterom;voksne\r\n")
    path.write_bytes(text.encode("cp1252"))
    data = read([path])
    assert not problems(data)
    first, second = data.contacts
    assert first.values["name"] == "Søren Æbelø"
    assert first.values["staff"] == ("Kåre Øyen",)
    assert first.values["level"] == "cooperation"
    assert first.values["spaces"] == ("performative",)
    assert second.values["spaces"] == ("inspiration", "meeting")
    assert [r.source.row for r in data.contacts] == [2, 3]


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffNavn,Relation\nÅby Roklub,netværk\n".encode("utf-8"))
    data = read([path])
    assert data.contacts[0].values == {"name": "Åby Roklub", "level": "network"}


def test_typed_values(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [[
        "  Åby\u00a0 Roklub ", "forening", "Civilsamfund", "Mette Kjær; Jens Berg, Bo Holm",
        "PARTNERSKAB ", "Læringsrummet / Det performative rum", "Børn; unge", 4, "5",
        dt.date(2024, 3, 1)]])
    row = read([path]).contacts[0]
    assert row.values == {
        "name": "Åby Roklub", "type": "forening", "sector": "civil",
        "staff": ("Mette Kjær", "Jens Berg", "Bo Holm"), "level": "partnership",
        "spaces": ("learning", "performative"), "groups": ("børn", "unge"),
        "influence": 4, "interest": 5, "last_contact": dt.date(2024, 3, 1)}


def test_bad_cells_are_errors_and_the_row_is_kept(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [
        ["Åby Roklub", None, "halvoffentlig", None, "netværk", "Musikrum", None, "superhøj", 7, "31-13-2024"],
        ["Åby Skole", None, None, None, None, None, None, 3.5, 0, None]])
    data = read([path])
    found = {(p.code, p.row, p.column, p.params.get("value")) for p in data.problems
             if p.severity == "error"}
    assert found == {
        ("unknown-sector", 2, "C", "halvoffentlig"), ("unknown-space", 2, "F", "Musikrum"),
        ("bad-score", 2, "H", "superhøj"), ("bad-score", 2, "I", "7"), ("bad-date", 2, "J", "31-13-2024"),
        ("bad-score", 3, "H", "3.5"), ("bad-score", 3, "I", "0")}
    (missing,) = [p for p in data.problems if p.severity == "warning"]
    assert (missing.code, missing.row, missing.column, missing.field) == ("missing-level", 3, "E", "Relation")
    assert [r.values["name"] for r in data.contacts] == ["Åby Roklub", "Åby Skole"]
    bad = next(p for p in data.problems if p.params.get("value") == "7")
    assert bad.message() == "'7' er ikke en gyldig score; skriv et helt tal fra 1 til 5 eller et ord som Lav, Middel, Høj."


def test_blank_rows_are_skipped_and_counted(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["A"], [None], [None], ["B"], [None], ["C"]],
                         header=["Navn"])
    data = read([path])
    assert [r.source.row for r in data.contacts] == [2, 5, 7]
    (blank,) = problems(data, "blank-rows")
    assert blank.message() == "3 tomme rækker er sprunget over (3-4, 6)."


def test_row_without_name_is_an_error(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["A", None, None, None, "netværk"],
                                                [None, "forening", None, None, "netværk"]])
    data = read([path])
    (problem,) = problems(data, "missing-name")
    assert (problem.row, problem.column, problem.severity) == (3, "A", "error")


def test_organisation_merged_over_rows_is_filled_down(tmp_path):
    path = make_xlsx(tmp_path / "flettet.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation"],
        ["Åby Festival", "Mette Kjær", "netværk"],
        [None, "Jens Berg", "samarbejde"],
        ["Åby Skole", "Jens Berg", "netværk"]]}, merged={"Kontakter": ["A2:A3"]})
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Festival", "Åby Festival", "Åby Skole"]
    (problem,) = problems(data, "filled-down")
    assert problem.message() == "'Åby Festival' står i en flettet celle over 2 rækker i 'Navn'; værdien er brugt på hver række."


def test_two_name_columns_name_both_letters(tmp_path):
    # BAD_INPUTS #11: two columns called "Navn" cannot be told apart
    path = contacts_xlsx(tmp_path / "k.xlsx", [["A", "B"]], header=["Navn", "Navn"])
    data = read([path])
    (problem,) = problems(data, "duplicate-column")
    assert problem.severity == "error"
    assert problem.message() == ("Kolonnerne A og B betyder begge 'Navn'; A bruges, og B gemmes "
                                 "som ekstra kolonne.")
    assert data.contacts[0].custom == {"Navn": "B"}


def test_two_different_headers_for_the_name_the_first_wins_without_an_error(tmp_path):
    # issue 10: two columns competing for one field never refuse the file; the better, or the first, wins
    path = contacts_xlsx(tmp_path / "k.xlsx", [["Åby Roklub", "Lars Ro"]], header=["Organisation", "Navn"])
    data = read([path])
    assert data.problems == []
    assert data.contacts[0].values == {"name": "Åby Roklub"} and data.contacts[0].custom == {"Navn": "Lars Ro"}
    second = data.readings[0].columns[1]
    assert (second.field, second.rival) == (None, 0)


def test_contacts_sheet_found_by_headers_among_other_sheets(tmp_path):
    path = make_xlsx(tmp_path / "mange.xlsx", {
        "Forside": [["Om denne fil"]],
        "Budget": [["Post", "Beløb"], ["Kaffe", 200]],
        "Ark3": [["Navn", "Relation"], ["Åby Roklub", "netværk"]],
        "Medarbejdere": [["Navn", "Afdeling"], ["Mette Kjær", "Børn og unge"]],
    }, hidden=("Budget",))
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Roklub"]
    assert [r.values for r in data.staff] == [{"name": "Mette Kjær", "department": "Børn og unge"}]
    (ignored,) = problems(data, "ignored-sheet")
    assert ignored.sheet == "Budget"


def test_several_files_are_merged(tmp_path):
    a = contacts_xlsx(tmp_path / "a.xlsx", [["Åby Roklub"]], header=["Navn"])
    b = tmp_path / "b.csv"
    b.write_text("Name,Staff\nÅby Skole,Bo Holm\n", encoding="utf-8")
    data = read([a, b])
    assert data.files == [str(a), str(b)]
    assert [(r.values["name"], r.source.file) for r in data.contacts] == [
        ("Åby Roklub", str(a)), ("Åby Skole", str(b))]


def test_csv_rows_with_wrong_cell_count_are_reported(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Relation\nA;netværk;ekstra\nB\n", encoding="utf-8")
    data = read([path])
    assert [(p.code, p.row) for p in problems(data, "csv-row-length")] == [("csv-row-length", 2),
                                                                          ("csv-row-length", 3)]
    assert [r.values["name"] for r in data.contacts] == ["A", "B"]


def test_quoted_note_over_lines_stays_whole(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('Navn;Noter\nA;"første linje\nanden linje"\nB;x\n', encoding="utf-8")
    data = read([path])
    assert data.contacts[0].values["notes"] == "første linje\nanden linje"
    assert [r.source.row for r in data.contacts] == [2, 3]


def test_two_email_columns_are_joined(tmp_path):
    path = contacts_xlsx(tmp_path / "k.xlsx", [["A", "a@x.dk", "b@y.dk "]], header=["Navn", "E-mail ", "Mail"])
    data = read([path])
    assert data.contacts[0].values["email"] == ("a@x.dk", "b@y.dk")
    assert data.contacts[0].custom == {}
    assert data.custom_columns["contacts"] == []  # so merge writes no empty "Mail" column
    (problem,) = data.problems
    assert (problem.code, problem.severity) == ("duplicate-column-joined", "warning")


def test_cell_longer_than_excel_keeps_is_warned_and_kept(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Noter\nA;" + "x" * 40000 + "\n", encoding="utf-8")
    data = read([path])
    assert len(data.contacts[0].values["notes"]) == 40000
    (problem,) = data.problems
    assert (problem.code, problem.column, problem.params["length"]) == ("too-long", "B", 40000)


def test_a_long_cell_or_control_character_in_an_extra_column_is_warned_about_too(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Historik;Webside\nÅby Roklub;" + "x" * 200_000 + ";www.roklub\x0b.dk\n", encoding="utf-8")
    data = read([path])
    assert data.contacts[0].custom == {"Historik": "x" * 200_000, "Webside": "www.roklub.dk"}
    assert [(p.code, p.row, p.column, p.field) for p in data.problems] == [
        ("too-long", 2, "B", "Historik"), ("control-chars", 2, "C", "Webside")]


def test_control_characters_are_stripped_with_a_warning(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Noter\nÅby\x0b Roklub;hej\x00 med dig\n", encoding="utf-8")
    data = read([path])
    assert data.contacts[0].values == {"name": "Åby Roklub", "notes": "hej med dig"}
    assert [(p.code, p.column) for p in data.problems] == [("control-chars", "A"), ("control-chars", "B")]


def test_unicode_is_normalised(tmp_path):
    path = tmp_path / "k.csv"
    # decomposed "å", a non-breaking space and doubled spaces
    path.write_text("Navn;Relation\nA\u030abo\u00a0 Roklub;netværk\n", encoding="utf-8")
    assert read([path]).contacts[0].values["name"] == "Åbo Roklub"


def test_numbers_and_null_words_stay_text(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Postnummer\n007;0800\nNA;x\nNone;x\nNull;x\n2014;x\n", encoding="utf-8")
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["007", "NA", "None", "Null", "2014"]
    assert data.contacts[0].custom == {"Postnummer": "0800"}


def test_excel_unicode_text_export_utf16_tabs(tmp_path):
    path = tmp_path / "kontakter.txt"
    path.write_bytes("Navn\tRelation\r\nSøren Æbelø\tsamarbejde\r\n".encode("utf-16"))
    assert read([path]).contacts[0].values == {"name": "Søren Æbelø", "level": "cooperation"}


@pytest.mark.parametrize("sheets, names, relations", [
    # period columns named Fra/Til on a contacts sheet do not make it a relations sheet
    ({"Ark1": [["Navn", "Medarbejder", "Relation", "Rum", "Fra", "Til"],
               ["Roklub", "Anna", "samarbejde", "Møde", "2024-01-01", "2024-12-31"]]}, ["Roklub"], 0),
    ({"Sheet1": [["Name", "Staff", "Relation", "From", "To"], ["Roklub", "Anna", "cooperation", "2024", "2025"]]},
     ["Roklub"], 0),
    # a sheet's name only breaks ties: these headers say what the sheets hold
    ({"Kontakter": [["Navn", "Relation"], ["A", "netværk"], ["B", "netværk"]],
      "Netværksrelationer": [["Fra", "Til", "Relation"], ["A", "B", "samarbejde"]]}, ["A", "B"], 1),
    ({"Staff contacts": [["Name", "Staff", "Relation", "Space"], ["Skolen", "Anna", "network", "Learning"]]},
     ["Skolen"], 0),
    ({"Personalets netværk": [["Navn", "Medarbejder", "Relation", "Rum"], ["Skolen", "Anna", "netværk", "Læring"]]},
     ["Skolen"], 0),
])
def test_headers_decide_what_a_sheet_holds(tmp_path, sheets, names, relations):
    data = read([make_xlsx(tmp_path / "k.xlsx", sheets)])
    assert [r.values["name"] for r in data.contacts] == names
    assert len(data.relations) == relations and data.staff == [] and data.problems == []


def test_a_file_with_only_relations_says_so(tmp_path):
    from netkort.problems import InputFileError

    path = make_xlsx(tmp_path / "rel.xlsx", {"Relationer": [["Fra", "Til", "Relation"], ["A", "B", "netværk"]]})
    with pytest.raises(InputFileError) as caught:
        read([path])
    assert caught.value.message() == (f"{path}: der er intet kontaktark; 'Relationer' har relationer eller "
                                      "medarbejdere, men ingen kontakter. Kontakterne skal stå på et ark med en "
                                      "navnekolonne (Navn).")


def test_xml_noncharacters_are_stripped(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Relation\nFoo\ufffeBar\uffff;netværk\n", encoding="utf-8")
    data = read([path])
    assert data.contacts[0].values["name"] == "FooBar"
    assert [p.code for p in data.problems] == ["control-chars"]


def test_column_letters_and_indexes_are_inverse():
    from netkort.text import column_index, column_letter

    for index in (0, 25, 26, 701, 702, 16383):
        assert column_index(column_letter(index)) == index
    assert column_index("xfd") == column_index(b"XFD") == 16383
