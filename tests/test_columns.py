"""Finding the table in a sheet and choosing each column's field: layouts people use,
values that decide, the column report, --column and the workbook's own 'netkort' sheet."""

from __future__ import annotations

import datetime as dt
import json

from workbooks import make_xlsx

from netkort.cli import cli
from netkort.graph import actors, staff
from netkort.network import load
from netkort.read.column_map import column_map
from netkort.read.contacts import read


def fields(data, sheet=None):
    """{header: field} of the first (or the named) sheet read."""
    reading = next(r for r in data.readings if sheet is None or r.sheet == sheet)
    return {c.header: c.field for c in reading.columns if c.header}


def codes(data):
    return [p.code for p in data.problems]


def people(network):
    graph = network.graph
    return ({graph.nodes[a]["name"]: graph.nodes[a].get("level") for a in actors(graph)},
            sorted(graph.nodes[s]["name"] for s in staff(graph)))


def check_lines(runner, *args):
    result = runner.invoke(cli, ["check", *map(str, args)])
    return result, result.stdout.splitlines()


# --- a stakeholder sheet: compound headers, a title, word scales ----------------------------

STAKEHOLDERS = [
    ["Interessentanalyse – Læselyst 2025", None, None, None, None, None, None],
    ["Opdateret", dt.date(2025, 3, 1), None, None, None, None, None],
    [],
    ["Organisation/navn", "Kontaktperson hos partneren", "Kontaktperson hos biblioteket", "Grad af indflydelse",
     "Grad af interesse", "Samarbejdsform", "Bemærkninger"],
    ["Åby Skole", "Lone Berg", "Mette Kjær", "Høj", "Middel", "samarbejde", "Fast aftale"],
    ["Læseforeningen", "Per Holm", "Jens Berg", "Lav", "Høj", "partnerskab", None],
    ["Åby Avis", None, "Mette Kjær", "Meget høj", "Lav", "netværk", None],
]


def test_a_stakeholder_sheet_with_compound_headers_and_a_title(runner, tmp_path):
    path = make_xlsx(tmp_path / "interessenter.xlsx", {"Interessenter": STAKEHOLDERS},
                     merged={"Interessenter": ["A1:G1"]})
    network = load([path])
    assert people(network) == ({"Åby Skole": "cooperation", "Læseforeningen": "partnership",
                                "Åby Avis": "network"}, ["Jens Berg", "Mette Kjær"])
    graph = network.graph
    school = next(graph.nodes[a] for a in actors(graph) if graph.nodes[a]["name"] == "Åby Skole")
    assert (school["influence"], school["interest"], school["contact_person"], school["notes"]) == (
        4, 3, "Lone Berg", "Fast aftale")
    assert network.problems == []
    result, lines = check_lines(runner, path)
    assert result.exit_code == 0
    start = lines.index("Sådan blev kolonnerne læst:")
    assert lines[start + 1:start + 9] == [
        f"{path} › Interessenter: kontakter, overskrift i række 4",
        "  A       Organisation/navn              → Navn",
        "  B       Kontaktperson hos partneren    → Kontaktperson",
        "  C       Kontaktperson hos biblioteket  → Medarbejder",
        "  D       Grad af indflydelse            → Indflydelse (ord: Meget høj → 5, Høj → 4, Lav → 2)",
        "  E       Grad af interesse              → Interesse (ord: Høj → 4, Middel → 3, Lav → 2)",
        "  F       Samarbejdsform                 → Relation (værdierne er relationsniveauer)",
        "  G       Bemærkninger                   → Noter",
    ]


def test_a_norwegian_register_with_ingen_liten_middels_stor(tmp_path):
    path = make_xlsx(tmp_path / "register.xlsx", {"Register": [
        ["Organisasjon/enhet/gruppe", "Innflytelse", "Påvirkning", "Relasjon til prosjektet", "Ansvarlig hos oss"],
        ["Fylkesbiblioteket", "stor", "middels", "samarbeid", "Kari Nordmann"],
        ["Frivilligsentralen", "liten", "stor", "nettverk", "Ola Hansen"],
        ["Ungdomsrådet", "ingen", "liten", "partnerskap", "Kari Nordmann"]]})
    data = read([path])
    assert fields(data) == {"Organisasjon/enhet/gruppe": "name", "Innflytelse": "influence",
                            "Påvirkning": "interest", "Relasjon til prosjektet": "level",
                            "Ansvarlig hos oss": "staff"}
    assert [(r.values["influence"], r.values["interest"], r.values["level"], r.values["staff"])
            for r in data.contacts] == [(4, 3, "cooperation", ("Kari Nordmann",)),
                                        (2, 4, "network", ("Ola Hansen",)),
                                        (1, 2, "partnership", ("Kari Nordmann",))]
    assert data.problems == []
    reading = data.readings[0]
    assert reading.columns[1].scale == {"stor": 4, "liten": 2, "ingen": 1}


def test_a_google_sheets_csv_with_bom_and_comma_decimals(tmp_path):
    path = tmp_path / "google.csv"
    path.write_bytes(("\ufeffName,Staff,Type of relation,Influence,Interest\n"
                      'Library Friends,Anna,partnership,"4,0","3,0"\n'
                      'City Hall,Bo,network,"3,5",5\n').encode("utf-8"))
    data = read([path])
    assert fields(data) == {"Name": "name", "Staff": "staff", "Type of relation": "level",
                            "Influence": "influence", "Interest": "interest"}
    first, second = data.contacts
    assert (first.values["influence"], first.values["interest"], first.values["level"]) == (4, 3, "partnership")
    assert "influence" not in second.values and second.values["interest"] == 5
    (problem,) = data.problems
    assert (problem.code, problem.row, problem.column, problem.params["value"]) == ("bad-score", 3, "D", "3,5")


# --- values decide -------------------------------------------------------------------------


def test_a_column_of_level_words_is_the_level_whatever_its_header_says(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [
        ["Navn", "Status", "Tilknytning", "Type of relation"],
        ["A", "partnerskab", "Ja", "child"], ["B", "netværk", "Nej", "parent"], ["C", "samarbejde", "Ja", "child"]]})
    data = read([path])
    # Status holds level words; Tilknytning (a hint) holds none, so it stays extra; "Type of relation"
    # holds no level words, so its other word gives the field
    assert fields(data) == {"Navn": "name", "Status": "level", "Tilknytning": None, "Type of relation": "type"}
    assert [r.values["level"] for r in data.contacts] == ["partnership", "network", "cooperation"]
    assert data.contacts[0].custom == {"Tilknytning": "Ja"}
    assert data.readings[0].columns[1].how == "values"


def test_two_columns_competing_for_the_name_the_better_wins(runner, tmp_path):
    path = make_xlsx(tmp_path / "onodo.xlsx", {"Noder": [
        ["Name", "Type", "Description", "Actor"], ["Jon Snow", "House Stark", None, "Kit Harington"],
        ["Arya Stark", "House Stark", None, None], ["Hodor", "House Stark", None, None]]})
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Jon Snow", "Arya Stark", "Hodor"]
    assert data.contacts[0].custom == {"Actor": "Kit Harington"}
    assert "duplicate-column" not in codes(data)
    result, lines = check_lines(runner, path)
    assert result.exit_code == 0
    assert "  D       Actor        beholdt som ekstra kolonne (A 'Name' passer bedre som Navn)" in lines


def test_moderne_dans_is_no_space_and_fra_til_are_no_relation_ends(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Moderne dans", "Fra", "Til", "Relation"],
        ["Danseskolen", "ja", "2024-01-01", "2024-12-31", "samarbejde"]]})
    data = read([path])
    assert fields(data) == {"Navn": "name", "Moderne dans": None, "Fra": None, "Til": None, "Relation": "level"}
    assert data.relations == [] and data.problems == []
    assert data.contacts[0].custom == {"Moderne dans": "ja", "Fra": "2024-01-01", "Til": "2024-12-31"}


# --- layouts ----------------------------------------------------------------------------------


def test_a_row_of_group_headers_above_the_real_ones_is_skipped(tmp_path):
    path = make_xlsx(tmp_path / "grupper.xlsx", {"Kontakter": [
        ["Partner", None, None, "Bibliotekets kontakt", None, "Vurdering", None],
        ["Navn", "Type", "Sektor", "Medarbejder", "Relation", "Indflydelse", "Interesse"],
        ["Åby Roklub", "forening", "civilsamfund", "Mette Kjær", "samarbejde", 3, 4],
        ["Åby Skole", "uddannelse", "offentlig", "Jens Berg", "netværk", 4, 2]]},
        merged={"Kontakter": ["A1:C1", "D1:E1", "F1:G1"]})
    network = load([path])
    assert people(network) == ({"Åby Roklub": "cooperation", "Åby Skole": "network"}, ["Jens Berg", "Mette Kjær"])
    assert network.data.readings[0].header_rows == (2,)
    assert network.problems == []


def test_a_header_over_two_rows_is_read_as_one(tmp_path):
    path = make_xlsx(tmp_path / "to.xlsx", {"Kontakter": [
        ["Navn", "Type", "Kontaktperson", None, "Relation"],
        [None, None, "hos partneren", "hos biblioteket", None],
        ["Åby Roklub", "forening", "Lars Ro", "Mette Kjær", "samarbejde"],
        ["Åby Skole", "uddannelse", "Eva Skov", "Jens Berg", "netværk"]]},
        merged={"Kontakter": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]})
    data = read([path])
    assert fields(data) == {"Navn": "name", "Type": "type", "Kontaktperson hos partneren": "contact_person",
                            "Kontaktperson hos biblioteket": "staff", "Relation": "level"}
    assert data.readings[0].header_rows == (1, 2)
    assert [(r.source.row, r.values["contact_person"], r.values["staff"]) for r in data.contacts] == [
        (3, "Lars Ro", ("Mette Kjær",)), (4, "Eva Skov", ("Jens Berg",))]


def test_a_header_over_two_rows_in_a_csv(tmp_path):
    path = tmp_path / "to.csv"
    path.write_text("Navn;Kontaktperson;;Relation\n;hos partneren;hos biblioteket;\n"
                    "Åby Roklub;Lars Ro;Mette Kjær;samarbejde\n", encoding="utf-8")
    data = read([path])
    assert fields(data) == {"Navn": "name", "Kontaktperson hos partneren": "contact_person",
                            "Kontaktperson hos biblioteket": "staff", "Relation": "level"}
    assert data.contacts[0].values["staff"] == ("Mette Kjær",)


def test_a_first_data_row_is_not_taken_for_a_second_header_row(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Relation\nA;netværk;ekstra\nB\n", encoding="utf-8")
    data = read([path])
    assert data.readings[0].header_rows == (1,)
    assert [r.values["name"] for r in data.contacts] == ["A", "B"]


def test_an_excel_table_is_read_from_its_own_range(tmp_path):
    header = ["Partnernavn", "Type", "Sektor", "Bibliotekets medarbejder", "Relation", "Rum", "Indflydelse",
              "Interesse"]
    body = [[f"Partner {i}", "forening", "civilsamfund", "Anne Holm", "partnerskab", "Performativ", 4, 5]
            for i in range(1, 13)]
    path = make_xlsx(tmp_path / "tabel.xlsx", {"Partnere": [header, *body]}, origin={"Partnere": "C5"},
                     tables={"Partnere": [("Partnere", "C5:J17")]})
    # a title above and a note beside the table
    from openpyxl import load_workbook
    book = load_workbook(path)
    book["Partnere"]["A1"] = "Bibliotekets partnere"
    book["Partnere"]["L8"] = "ring til Anne"
    book.save(path)
    data = read([path])
    reading = data.readings[0]
    assert (reading.excel_table, reading.header_rows, reading.rows) == ("Partnere", (5,), 12)
    assert [c.letter for c in reading.columns] == list("CDEFGHIJ")
    assert fields(data) == dict(zip(header, ["name", "type", "sector", "staff", "level", "spaces",
                                             "influence", "interest"], strict=True))
    assert data.contacts[0].source.row == 6 and data.contacts[-1].values["name"] == "Partner 12"
    (problem,) = data.problems
    assert problem.message() == ("Kun Excel-tabellen 'Partnere' er læst; cellerne uden for den (L8) er ikke med. "
                                 "Udvid tabellen i Excel, hvis de hører til.")


def test_merged_cells_both_ways_staff_down_a_block_and_section_titles(tmp_path):
    path = make_xlsx(tmp_path / "flettet.xlsx", {"Kontakter": [
        ["Medarbejder", "Navn", "Relation"],
        ["Børn og unge", None, None],
        ["Mette Kjær", "Åby Skole", "samarbejde"],
        [None, "Dagplejen", "netværk"],
        [None, "Spejderne", "netværk"],
        ["Voksne", None, None],
        ["Jens Berg", "Seniorklubben", "partnerskab"],
        [None, "Aftenskolen", "samarbejde"]]},
        merged={"Kontakter": ["A2:C2", "A3:A5", "A6:C6", "A7:A8"]})
    data = read([path])
    assert [(r.values["name"], r.values["staff"]) for r in data.contacts] == [
        ("Åby Skole", ("Mette Kjær",)), ("Dagplejen", ("Mette Kjær",)), ("Spejderne", ("Mette Kjær",)),
        ("Seniorklubben", ("Jens Berg",)), ("Aftenskolen", ("Jens Berg",))]
    messages = [p.message() for p in data.problems]
    assert messages == [
        "'Mette Kjær' står i en flettet celle over 3 rækker i 'Medarbejder'; værdien er brugt på hver række.",
        "'Jens Berg' står i en flettet celle over 2 rækker i 'Medarbejder'; værdien er brugt på hver række.",
        "Rækkerne 2, 6 er mellemoverskrifter ('Børn og unge', 'Voksne'), ikke kontakter, og er sprunget over."]
    assert "missing-name" not in codes(data)


def test_a_hidden_sheet_with_contacts_is_read_and_said(tmp_path):
    path = make_xlsx(tmp_path / "skjult.xlsx", {
        "Forside": [["Om filen"]], "Data": [["Navn", "Relation"], ["Åby Roklub", "netværk"]],
        "Beregning": [["x", "y"], [1, 2]]}, hidden=("Data", "Beregning"))
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Roklub"]
    assert [(p.code, p.sheet) for p in data.problems] == [("hidden-sheet-read", "Data"),
                                                          ("ignored-sheet", "Beregning")]
    assert data.problems[0].message() == ("Arket 'Data' er skjult i Excel, men er læst, fordi det har en tabel, "
                                          "netkort kender.")


def test_a_header_only_sheet_never_refuses_a_workbook_that_loads(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Relation"], ["Åby Roklub", "netværk"]],
        "Kontakter 2026": [["Navn", "Relation", "Rum"]],
        "Relationer": [["Fra", "Til", "Relation"]]})
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["actors"] == 1
    assert [(p["sheet"], p["message"]) for p in summary["problems"]] == [
        ("Relationer", "Arket 'Relationer' har overskrifter, men ingen rækker; det er sprunget over."),
        ("Kontakter 2026", "Arket 'Kontakter 2026' har overskrifter, men ingen rækker; det er sprunget over.")]


def test_values_under_an_empty_header_are_kept_and_warned(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Relation", None, "Rum"], ["Åby Roklub", "netværk", "ring i maj", "Møde"], ["Åby Skole", None, None,
                                                                                            None]]})
    data = read([path])
    assert data.contacts[0].custom == {"Kolonne C": "ring i maj"}
    assert data.custom_columns["contacts"] == ["Kolonne C"]
    problem = next(p for p in data.problems if p.code == "unnamed-column")
    assert (problem.row, problem.column) == (1, "C")
    assert problem.message() == ("Kolonne C har ingen overskrift, men har værdier; de er beholdt som 'Kolonne C'. "
                                 "Skriv en overskrift, hvis kolonnen betyder noget bestemt.")


# --- the column map: --column and the 'netkort' sheet ----------------------------------------


def test_column_option_overrides_the_guess_by_header_or_letter(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [
        ["Sted", "Samarbejdsform", "Hvem", "By"], ["Åby Roklub", "samarbejde", "Mette Kjær", "Åby"]]})
    result = runner.invoke(cli, ["check", str(path), "--json", "--column", "Sted=navn",
                                 "--column", "Samarbejdsform=ekstra", "--column", "C=staff"])
    assert result.exit_code == 0, result.output
    columns = json.loads(result.stdout)["columns"][0]["columns"]
    assert [(c["header"], c["field"], c["how"]) for c in columns] == [
        ("Sted", "name", "user"), ("Samarbejdsform", None, "user"), ("Hvem", "staff", "user"),
        ("By", None, "extra")]
    text = runner.invoke(cli, ["check", str(path), "--column", "Sted=navn", "--column", "Hvem=medarbejder"])
    assert "  A       Sted            → Navn (valgt af dig)" in text.stdout.splitlines()


def test_column_option_mistakes_are_usage_errors(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [["Navn", "By"], ["Åby Roklub", "Åby"]]})
    unknown = runner.invoke(cli, ["check", str(path), "--column", "By=bynavn"])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("netkort: --column: 'bynavn' er ikke et felt, netkort kender. Brug et af: "
                                     "navn, id, type, sektor, kontaktperson, e-mail, telefon, medarbejder,")
    missing = runner.invoke(cli, ["check", str(path), "--column", "Bynavn=ekstra"])
    assert missing.exit_code == 2
    assert missing.stderr == ("netkort: --column: ingen kolonne hedder 'Bynavn'. Kolonnerne i filerne er: "
                              "'Navn', 'By'.\n")
    syntax = runner.invoke(cli, ["map", str(path), "-o", str(tmp_path / "k.html"), "--column", "By"])
    assert syntax.exit_code == 2
    assert syntax.stderr == ("netkort: --column 'By': skriv OVERSKRIFT=FELT, fx --column "
                             "\"Organisation/navn=navn\".\n")


def test_every_reading_command_takes_column(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [["Sted", "Relation"], ["Åby Roklub", "netværk"]]})
    for command, out in (("map", "k.html"), ("analyse", "r.html"), ("friends", "v.html"), ("merge", "m.xlsx"),
                         ("export", "e.graphml")):
        result = runner.invoke(cli, [command, str(path), "-o", str(tmp_path / out), "--column", "Sted=name"])
        assert result.exit_code == 0, (command, result.output)
    compared = runner.invoke(cli, ["compare", str(path), str(path), "--json", "--column", "Sted=Navn"])
    assert compared.exit_code == 0 and json.loads(compared.stdout)["summary"]["after"]["actors"] == 1


def test_the_workbook_can_carry_its_own_column_map(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Sted", "Vores person", "Niveau"], ["Åby Roklub", "Mette Kjær", "netværk"]],
        "netkort": [["Kolonne", "Betyder"], ["Sted", "Navn"], ["Vores person", "medarbejder"],
                    ["Niveau", "superfelt"]]})
    network = load([path])
    assert people(network) == ({"Åby Roklub": "network"}, ["Mette Kjær"])
    (problem,) = network.problems
    assert (problem.code, problem.sheet, problem.row, problem.column) == ("column-map-row", "netkort", 4, "B")
    assert problem.message().startswith("Kolonnekortet siger 'Niveau' = 'superfelt', men det kan netkort ikke "
                                        "bruge. Skriv en overskrift i Kolonne og et af disse i Betyder: navn, ")
    # the command line wins over the workbook
    overridden = load([path], columns={"Vores person": "ekstra"})
    assert people(overridden)[1] == []


def test_check_json_on_a_refused_file_prints_the_error(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [["Sted", "By"], ["Åby Roklub", "Åby"]]})
    result = runner.invoke(cli, ["check", str(path), "--json"])
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert (error["code"], error["file"]) == ("no-name-column", str(path))
    assert error["message"].startswith(f"{path}: netkort kan ikke finde kolonnen med aktørernes navne. "
                                       "Arket 'Ark1', række 1, ligner overskriften: 'Sted', 'By'.")
    english = runner.invoke(cli, ["check", str(path), "--json", "--lang", "en"])
    assert "Did you mean 'Sted'? Then write: --column \"Sted=navn\"" in json.loads(english.stdout)["error"]["message"]


def test_overlapping_merges_fill_each_row_once(tmp_path):
    # merged ranges that overlap (Excel forbids them, other writers don't): linear, first one wins
    rows = [["Navn", "Medarbejder"], ["A", "Mette Kjær"], *[[f"B{i}", None] for i in range(50)]]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": rows})
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    merges = "".join('<mergeCell ref="B2:B52"/>' for _ in range(200))
    parts[sheet] = parts[sheet].replace(b"</sheetData>", f'</sheetData><mergeCells count="200">{merges}</mergeCells>'
                                        .encode())
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    data = read([path])
    assert [r.values["staff"] for r in data.contacts] == [("Mette Kjær",)] * 51
    assert [p.code for p in data.problems] == ["filled-down"]


def test_totals_and_category_titles_are_no_contacts(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation"],
        ["SKOLER", None, None],
        ["Åby Skole", "Mette Kjær", "samarbejde"],
        ["KFUM", None, None],  # an acronym alone on its row is still a contact
        ["Foreninger:", None, None],
        ["Åby Roklub", "Jens Berg", "netværk"],
        ["I alt: 3", None, None]]})
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Skole", "KFUM", "Åby Roklub"]
    (note,) = [p for p in data.problems if p.code == "section-rows"]
    assert note.message() == ("Rækkerne 2, 5, 7 er mellemoverskrifter ('SKOLER', 'Foreninger:', 'I alt: 3'), "
                              "ikke kontakter, og er sprunget over.")
    assert note.message("en") == ("Rows 2, 5, 7 are section titles or totals ('SKOLER', 'Foreninger:', "
                                  "'I alt: 3'), not contacts, and skipped.")


# --- found by a review as a new user ------------------------------------------------------------


def test_a_data_row_below_the_header_is_not_taken_for_it(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Hvad laver vi sammen", "Hvornår"],
        ["Vejle Kunstforening", "Udstillinger i foyeren", "hver vinter"],
        ["Byens Skole", "Kulturinstitution, samarbejde om læsning", "Start efteråret"],
        ["Ældresagen", "Foredrag", "forår"]]})
    data = read([path])
    assert data.readings[0].header_rows == (1,)
    assert [r.values["name"] for r in data.contacts] == ["Vejle Kunstforening", "Byens Skole", "Ældresagen"]


def test_a_title_above_a_header_with_a_typo_is_no_header(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [
        ["Samarbejdspartnere 2025"], [],
        ["Organisaton", "Kontaktperson", "Medarbejder", "Relation"],
        ["Åby Skole", "Eva Skov", "Mette Kjær", "samarbejde"]]})
    data = read([path])
    assert fields(data) == {"Organisaton": "name", "Kontaktperson": "contact_person", "Medarbejder": "staff",
                            "Relation": "level"}
    assert [r.values["name"] for r in data.contacts] == ["Åby Skole"]


def test_period_columns_beside_a_partner_column_make_no_relations(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Aftaler": [
        ["Partner", "Fra", "Til"], ["Sprogskolen", "2024-01-01", None], ["Jobcentret", "2023-08-01", "2024-06-30"]]})
    data = read([path])
    assert (data.readings[0].kind, fields(data)) == ("contacts", {"Partner": "name", "Fra": None, "Til": None})
    assert [r.values["name"] for r in data.contacts] == ["Sprogskolen", "Jobcentret"] and data.relations == []


def test_source_and_target_beat_empty_or_year_from_and_to(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn"], ["A"], ["B"]],
        "Relationer": [["Source", "Type", "Target", "From", "To"], ["A", "partnerskab", "B", None, 2019],
                       ["B", "netværk", "A", None, 2020]]})
    data = read([path])
    assert fields(data, "Relationer") == {"Source": "source", "Type": "level", "Target": "target", "From": None,
                                          "To": None}
    assert data.problems == []


def test_column_letters_choose_the_header_row_too(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [
        ["Hvem", "Hvad", "Hvor tæt"], ["Kulturmaskinen", "kulturinstitution", "samarbejde"],
        ["Sprogcaféen", "forening", "netværk"]]})
    refused = runner.invoke(cli, ["check", str(path)])
    assert refused.exit_code == 1 and "Mente du 'Hvem'? Så skriv: --column \"Hvem=navn\"" in refused.stderr
    result = runner.invoke(cli, ["check", str(path), "--json", "--column", "A=navn"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["actors"] == 2
    typo = runner.invoke(cli, ["check", str(path), "--column", "Hvemm=navn"])
    assert typo.exit_code == 2
    assert typo.stderr == ("netkort: --column: ingen kolonne hedder 'Hvemm'. Kolonnerne i filerne er: 'Hvem', "
                           "'Hvad', 'Hvor tæt'.\n")


def test_a_column_map_entry_can_name_its_sheet(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn", "Type"], ["A", "forening"], ["B", "skole"]],
        "Relationer": [["Fra", "Til", "Type"], ["A", "B", "tæt"]]})
    data = read([path], columns=column_map(["Relationer:Type=relation"]))
    assert fields(data, "Kontakter") == {"Navn": "name", "Type": "type"}
    assert fields(data, "Relationer")["Type"] == "level"


def test_the_map_sheet_says_which_of_its_headers_name_no_column(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Hvem", "Hvor tæt"], ["A", "netværk"]],
        "netkort": [["Kolonne", "Betyder"], ["Hvem", "navn"], ["Hvorr tæt", "relation"]]})
    data = read([path])
    (problem,) = data.problems
    assert (problem.code, problem.sheet, problem.row) == ("column-map-unused", "netkort", 3)
    assert problem.message() == ("Kolonnekortet nævner 'Hvorr tæt', men ingen kolonne hedder sådan. "
                                 "Kolonnerne er: 'Hvem', 'Hvor tæt'.")


def test_dates_under_a_person_word_are_no_person(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Ansvarlig", "Kontakt seneste"], ["A", "Bo", "2024-05-01"], ["B", "Bo", "2024-06-01"]]})
    assert fields(read([path]))["Kontakt seneste"] is None


def test_an_empty_email_column_is_no_personal_data_warning(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Navn"], ["A"]], "Relationer": [["Fra", "Til", "Email"], ["A", "B", None]]})
    assert "personal-column" not in codes(read([path]))


def test_gephi_weights_written_as_decimals_give_levels(tmp_path):
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("Id,Label\n1,Åby Skole\n2,Åby Roklub\n3,Sprogcaféen\n", encoding="utf-8")
    edges = tmp_path / "edges.csv"
    edges.write_text("Source,Target,Type,Id,Label,Weight\n1,2,Undirected,0,,3.0\n2,3,Undirected,1,,1.0\n",
                     encoding="utf-8")
    network = load([nodes, edges])
    graph = network.graph
    levels = sorted(d["level"] for *_, d in graph.edges(data=True) if d["kind"] == "relation")
    assert levels == ["network", "partnership"]
    reading = network.data.readings[1]
    assert reading.columns[5].value_map == {"3.0": "partnership", "1.0": "network"}


def test_a_name_header_alone_over_unnamed_columns_is_still_the_header(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Ark1": [["Navn", None], ["Åby Roklub", "ring i maj"]]})
    data = read([path])
    assert [(r.values["name"], r.custom) for r in data.contacts] == [("Åby Roklub", {"Kolonne B": "ring i maj"})]


def test_an_excel_tables_totals_row_is_part_of_it(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.worksheet.table import Table

    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Relation", "Timer"], ["Åby Skole", "netværk", 4], ["Åby Roklub", "samarbejde", 6], ["I alt", None, 10]]})
    book = load_workbook(path)
    table = Table(displayName="Kontakter", ref="A1:C4")
    table.totalsRowCount = 1
    book["Kontakter"].add_table(table)
    book.save(path)
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Åby Skole", "Åby Roklub"]
    assert data.problems == []


def test_a_block_of_relations_beside_the_contacts_is_a_table_of_its_own(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Relation", None, "Relationer", None, None],
        ["Sprogskolen", "Pia Lund", "samarbejde", None, "Fra", "Til", "Hvad"],
        ["Jobcentret", "Pia Lund", "netværk", None, "Sprogskolen", "Jobcentret", "henviser kursister"],
        ["Røde Kors", "Ole Vang", "partnerskab", None, None, None, None]]})
    data = read([path])
    assert [(r.kind, r.header_rows, [c.letter for c in r.columns]) for r in data.readings] == [
        ("contacts", (1,), ["A", "B", "C"]), ("relations", (2,), ["E", "F", "G"])]
    assert [r.values["name"] for r in data.contacts] == ["Sprogskolen", "Jobcentret", "Røde Kors"]
    assert [(r.values["source"], r.values["target"], r.custom) for r in data.relations] == [
        ("Sprogskolen", "Jobcentret", {"Hvad": "henviser kursister"})]
    assert data.problems == [] and data.contacts[0].custom == {}


def test_an_empty_spacer_column_inside_a_table_does_not_part_it(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Type", None, "Medarbejder", "Relation"], ["Åby Skole", "skole", None, "Mette Kjær", "netværk"]]})
    data = read([path])
    assert len(data.readings) == 1
    assert data.contacts[0].values == {"name": "Åby Skole", "type": "skole", "staff": ("Mette Kjær",),
                                       "level": "network"}


def test_a_map_sheet_entry_the_command_line_overrides_is_no_mistake(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {
        "Kontakter": [["Hvem", "Kontakt"], ["A", "Bo"]],
        "netkort": [["Kolonne", "Betyder"], ["Hvem", "navn"], ["Kontakt", "medarbeider"]]})
    network = load([path], columns={"Kontakt": "ekstra"})
    assert network.problems == []
    assert people(network) == ({"A": None}, [])
    # and 'medarbeider' is the staff field, not a staff list's name column
    assert people(load([path]))[1] == ["Bo"]


def test_a_column_per_space_marked_with_x(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Inspiration", "Læring", "Møde", "Performativ"],
        ["Åby Skole", None, "x", "X", None], ["Åby Teater", "x", None, "nej", "✓"]]})
    data = read([path])
    assert [r.values["spaces"] for r in data.contacts] == [("learning", "meeting"), ("inspiration", "performative")]
    assert data.problems == []
    result, lines = check_lines(runner, path)
    assert "  C       Læring       → Rum (et kryds betyder Læring)" in lines


def test_periods_in_words_are_no_relation_ends(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Aftaler": [
        ["Navn på partner", "Fra", "Til"], ["Sprogskolen", "jan 2024", "dec 2024"], ["Jobcentret", "forår 2023", "2025"]]})
    data = read([path])
    assert data.readings[0].kind == "contacts"
    assert [(r.values["name"], r.custom) for r in data.contacts] == [
        ("Sprogskolen", {"Fra": "jan 2024", "Til": "dec 2024"}), ("Jobcentret", {"Fra": "forår 2023", "Til": "2025"})]


def test_a_huge_cell_is_weighed_by_its_first_characters_only(tmp_path, monkeypatch):
    """The review's long_digits.csv: one 20 MB cell took 8.6 s in matching against every field's patterns."""
    from netkort.read import columns

    seen = []
    real = columns._votes

    def votes(column, values, *args):
        seen.extend(map(len, values))
        return real(column, values, *args)

    monkeypatch.setattr(columns, "_votes", votes)
    path = tmp_path / "k.csv"
    path.write_text("Navn;Relation;Aktiviteter\nÅby Roklub;netværk;" + "1234567890" * 200_000 + "\n"
                    "Torup Skole;samarbejde;læsning\n", encoding="utf-8")
    data = read([path])
    assert data.contacts[1].values["activities"] == "læsning"
    assert len(data.contacts[0].values["activities"]) == 2_000_000  # read whole; only weighed in part
    assert seen and max(seen) <= 1000  # every field's patterns see a bounded text
