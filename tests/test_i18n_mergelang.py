"""netkort merge in the merge's language: sheet names, headers, dropdown values and the
"(anden værdi)" columns as ``netkort template --lang X`` writes them; read back by check,
merged again (also across languages); the workshop's download and the command's summary."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook
from workbooks import make_xlsx

from netkort.cli import cli
from netkort.merge import merge_files, write_merged
from netkort.template import words
from netkort.workshop.store import Store

MAIN, BRANCH = SAMPLES / "hovedbibliotek.xlsx", SAMPLES / "filial.xlsx"
LANGS = ("da", "nb", "sv", "en")
PROBLEM_SHEETS = {"da": "Problemer", "nb": "Problemer", "sv": "Problem", "en": "Problems"}

SHEETS = {
    "da": ["Kontakter", "Relationer", "Medarbejdere", "Problemer"],
    "nb": ["Kontakter", "Relasjoner", "Medarbeidere", "Problemer"],
    "sv": ["Kontakter", "Relationer", "Medarbetare", "Problem"],
    "en": ["Contacts", "Relations", "Staff", "Problems"],
}
CONTACTS = {
    "da": ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Telefon", "Medarbejder", "Relation", "Rum",
           "Målgrupper", "Indflydelse", "Interesse", "Aftale", "Start", "Sidste kontakt", "Næste evaluering",
           "Aktiviteter", "Tema", "Noter", "Webside", "Facebook", "Sektor (anden værdi)"],
    "nb": ["Navn", "Type", "Sektor", "Kontaktperson", "E-post", "Telefon", "Medarbeider", "Relasjon", "Rom",
           "Målgrupper", "Innflytelse", "Interesse", "Avtale", "Start", "Siste kontakt", "Neste evaluering",
           "Aktiviteter", "Tema", "Merknader", "Webside", "Facebook", "Sektor (annen verdi)"],
    "sv": ["Namn", "Typ", "Sektor", "Kontaktperson", "E-post", "Telefon", "Medarbetare", "Relation", "Rum",
           "Målgrupper", "Inflytande", "Intresse", "Avtal", "Start", "Senaste kontakt", "Nästa utvärdering",
           "Aktiviteter", "Tema", "Anteckningar", "Webside", "Facebook", "Sektor (annat värde)"],
    "en": ["Name", "Type", "Sector", "Contact person", "Email", "Phone", "Staff", "Relation", "Spaces",
           "Target groups", "Influence", "Interest", "Agreement", "Start", "Last contact", "Next evaluation",
           "Activities", "Tags", "Notes", "Webside", "Facebook", "Sector (other value)"],
}
RELATIONS = {"da": ["Fra", "Til", "Relation", "Note"], "nb": ["Fra", "Til", "Relasjon", "Kommentar"],
             "sv": ["Från", "Till", "Relation", "Kommentar"], "en": ["From", "To", "Relation", "Note"]}
STAFF = {"da": ["Navn", "Afdeling", "E-mail"], "nb": ["Navn", "Avdeling", "E-post"],
         "sv": ["Namn", "Avdelning", "E-post"], "en": ["Name", "Department", "Email"]}
NOTES = {"da": ["Hvad", "Gælder", "Besked", "Fil", "Ark", "Række", "Række i samlet"],
         "nb": ["Hva", "Gjelder", "Melding", "Fil", "Ark", "Rad", "Rad i samlet"],
         "sv": ["Vad", "Gäller", "Meddelande", "Fil", "Blad", "Rad", "Rad i sammanslagen"],
         "en": ["What", "Concerns", "Message", "File", "Sheet", "Row", "Row in merged"]}
# (name, sector, level, spaces, agreement, other sector) of the three actors, and the relation's level
VALUES = {
    "da": ([("Åby Roklub", "civilsamfund", "partnerskab", "Læringsrummet; Møderummet", "kontrakt", "privat"),
            ("Bageriet", "privat", "netværk", "Inspirationsrummet", None, None),
            ("Torup Kor", None, "samarbejde", "Det performative rum", "mundtlig", None)], "netværk"),
    "nb": ([("Åby Roklub", "sivilsamfunn", "partnerskap", "Læringsrommet; Møterommet", "kontrakt", "privat"),
            ("Bageriet", "privat", "nettverk", "Inspirasjonsrommet", None, None),
            ("Torup Kor", None, "samarbeid", "Det performative rommet", "muntlig", None)], "nettverk"),
    "sv": ([("Åby Roklub", "civilsamhälle", "partnerskap", "Läranderummet; Mötesrummet", "kontrakt", "privat"),
            ("Bageriet", "privat", "nätverk", "Inspirationsrummet", None, None),
            ("Torup Kor", None, "samarbete", "Det performativa rummet", "muntligt", None)], "nätverk"),
    "en": ([("Åby Roklub", "civil society", "partnership", "Learning space; Meeting space", "contract", "private"),
            ("Bageriet", "private", "network", "Inspiration space", None, None),
            ("Torup Kor", None, "cooperation", "Performative space", "oral", None)], "network"),
}
CONFLICT = {
    "da": "'Åby Roklub' har forskellige værdier i 'Sektor': civilsamfund / privat. 'civilsamfund' står i 'Sektor', "
          "resten i 'Sektor (anden værdi)'.",
    "nb": "'Åby Roklub' har ulike verdier i 'Sektor': sivilsamfunn / privat. 'sivilsamfunn' står i 'Sektor', "
          "resten i 'Sektor (annen verdi)'.",
    "sv": "'Åby Roklub' har olika värden i 'Sektor': civilsamhälle / privat. 'civilsamhälle' står i 'Sektor', "
          "resten i 'Sektor (annat värde)'.",
    "en": "'Åby Roklub' has different values in 'Sector': civil society / private. 'civil society' is in 'Sector', "
          "the rest in 'Sector (other value)'.",
}
MERGED = {
    "da": "nu én aktør på række 2 i Kontakter.", "nb": "nå én aktør på rad 2 i Kontakter.",
    "sv": "nu en aktör på rad 2 i Kontakter.", "en": "now one actor on row 2 in Contacts.",
}


def values(path, sheet):
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def contents(path):
    """Every sheet's rows but the Problemer sheet's, by position (names differ by language)."""
    book = load_workbook(path)
    return [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets[:-1]]


@pytest.fixture
def groups(tmp_path):
    """Two groups that both know Åby Roklub and disagree on its sector."""
    first = make_xlsx(tmp_path / "gruppe1.xlsx", {
        "Kontakter": [["Navn", "Sektor", "Medarbejder", "Relation", "Rum", "Aftale", "Sidste kontakt", "Webside"],
                      ["Åby Roklub", "civilsamfund", "Mette Kjær", "partnerskab", "Læring", "kontrakt",
                       dt.date(2025, 3, 1), "roklub.dk"],
                      ["Bageriet", "privat", "Mette Kjær", "network", "inspiration", None, None, None]],
        "Relationer": [["Fra", "Til", "Relation"], ["Åby Roklub", "Bageriet", "netværk"]],
        "Medarbejdere": [["Navn", "Afdeling"], ["Mette Kjær", "Børn og unge"]]})
    second = tmp_path / "gruppe2.csv"
    second.write_text(
        "Navn;Sektor;Medarbejder;Relation;Rum;Aftale;Sidste kontakt;Facebook\n"
        "åby  roklub;privat;Jens Berg;Partnership;møderum;kontrakt;01-03-2025;fb.com/roklub\n"
        "Torup Kor;;Jens Berg;samarbejde;Det performative rum;mundtlig;;\n", encoding="utf-8")
    return first, second


@pytest.mark.parametrize("lang", LANGS)
def test_the_merged_workbook_speaks_the_merges_language(groups, tmp_path, lang):
    path = write_merged(merge_files(groups, lang=lang), tmp_path / f"samlet-{lang}.xlsx")
    contacts, relations, staff, problems = SHEETS[lang]
    assert load_workbook(path).sheetnames == SHEETS[lang]
    # the template's own sheet names and headers in that language
    template = words(lang)
    assert [contacts, relations, staff] == list(template["sheets"][1:4])
    header, *rows = values(path, contacts)
    assert header == CONTACTS[lang]
    assert header[:19] == template["contacts"]
    actors, level = VALUES[lang]
    assert [(r[0], r[2], r[7], r[8], r[12], r[21]) for r in rows] == actors
    assert rows[0][14] == dt.datetime(2025, 3, 1)
    assert values(path, relations) == [RELATIONS[lang], ["Åby Roklub", "Bageriet", level, None]]
    assert values(path, staff) == [STAFF[lang], ["Mette Kjær", "Børn og unge", None]]
    assert STAFF[lang] == template["staff"] and RELATIONS[lang] == template["relations"]
    notes = values(path, problems)
    assert notes[0] == NOTES[lang]
    assert notes[1][2].endswith(MERGED[lang])
    assert notes[2][2] == CONFLICT[lang]


def checked(runner, path) -> dict:
    result = runner.invoke(cli, ["check", str(path), "--json"])
    return json.loads(result.stdout)


@pytest.mark.parametrize("lang", ["nb", "sv", "en"])
def test_check_reads_a_merged_workbook_in_any_language_as_the_danish_one(runner, tmp_path, lang):
    danish = write_merged(merge_files([MAIN, BRANCH]), tmp_path / "samlet.xlsx")
    other = write_merged(merge_files([MAIN, BRANCH], lang=lang), tmp_path / f"samlet-{lang}.xlsx")
    expected, found = checked(runner, danish), checked(runner, other)
    sheets = {language: [*SHEETS[language][:3], *words(language)["sheets"][4:6]] for language in ("da", lang)}
    assert [t["sheet"] for t in found["columns"]] == sheets[lang]
    for key in ("actors", "staff", "levels", "unknown_level", "relations"):
        assert found[key] == expected[key], key

    def problems(report, language):
        return sorted((p["severity"], p["code"], sheets[language].index(p["sheet"]), p["row"], p["column"])
                      for p in report["problems"])

    assert problems(found, lang) == problems(expected, "da")
    assert len(found["problems"]) == 14
    # every column is read as the same field; the extra columns are the same two, the second in the language
    columns = lambda c: [[(k["field"], k["how"]) for k in t["columns"]] for t in c["columns"]]  # noqa: E731
    assert columns(found) == columns(expected)
    kept = [k["kept_as"] for k in found["columns"][0]["columns"] if k["kept_as"]]
    assert kept == ["Webside", CONTACTS[lang][10] + {
        "nb": " (annen verdi)", "sv": " (annat värde)", "en": " (other value)"}[lang]]


@pytest.mark.parametrize("lang", ["nb", "sv", "en"])
def test_a_merge_of_a_merge_across_languages(groups, tmp_path, lang):
    third = tmp_path / "gruppe3.csv"
    third.write_text("Navn;Sektor;Medarbejder;Relation\nÅby Roklub;offentlig;Søren Ødegaard;netværk\n",
                     encoding="utf-8")
    danish = write_merged(merge_files(groups), tmp_path / "samlet.xlsx")
    other = write_merged(merge_files(groups, lang=lang), tmp_path / f"samlet-{lang}.xlsx")
    # merged again alone, in its own language: nothing changes
    again = write_merged(merge_files([other], lang=lang), tmp_path / f"igen-{lang}.xlsx")
    assert contents(again) == contents(other)
    # a merged nb/sv/en workbook with a Danish group, in Danish: as if the first merge had been Danish
    into_danish = write_merged(merge_files([other, third]), tmp_path / "ind-da.xlsx")
    assert contents(into_danish) == contents(write_merged(merge_files([danish, third]), tmp_path / "ref-da.xlsx"))
    header, *rows = values(into_danish, "Kontakter")
    assert header[-1] == "Sektor (anden værdi)" and header.count("Sektor (anden værdi)") == 1
    assert (rows[0][2], rows[0][-1]) == ("civilsamfund", "privat; offentlig")
    # and the Danish merged workbook with that group, in the other language
    into_other = write_merged(merge_files([danish, third], lang=lang), tmp_path / f"ind-{lang}.xlsx")
    assert contents(into_other) == contents(write_merged(merge_files([other, third], lang=lang),
                                                          tmp_path / f"ref-{lang}.xlsx"))
    header, *rows = values(into_other, SHEETS[lang][0])
    assert header[-1] == CONTACTS[lang][-1]
    sector = {"nb": ("sivilsamfunn", "privat; offentlig"), "sv": ("civilsamhälle", "privat; offentlig"),
              "en": ("civil society", "private; public")}[lang]
    assert (rows[0][2], rows[0][-1]) == sector


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_names_the_problem_sheet_in_the_language(runner, tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["merge", str(BRANCH), "--lang", lang, "-o", "ud.xlsx"])
    assert result.exit_code == 0, result.output
    sheet = PROBLEM_SHEETS[lang]
    said = {"da": f"se arket {sheet}.", "nb": f"se arket {sheet}.", "sv": f"se bladet {sheet}.",
            "en": f"see the {sheet} sheet."}[lang]
    assert result.stdout.rstrip().endswith(said)
    assert load_workbook(tmp_path / "ud.xlsx").sheetnames[-1] == sheet


@pytest.mark.parametrize("lang", LANGS)
def test_the_workshops_workbook_follows_the_workshops_language(tmp_path, lang):
    store = Store(tmp_path / "w.sqlite")
    try:
        mette = store.join("Mette Kjær")[0]
        store.add(mette, {"name": "Musikskolen", "level": "samarbejde", "spaces": ["Møderummet"],
                          "sector": "offentlig"})
        out = store.export(tmp_path / "ud.xlsx", lang=lang)
    finally:
        store.close()
    book = load_workbook(out)
    assert book.sheetnames == [SHEETS[lang][0], SHEETS[lang][2], SHEETS[lang][3]]
    header, row = values(out, SHEETS[lang][0])
    assert header == CONTACTS[lang][:19]
    level, space, sector = {"da": ("samarbejde", "Møderummet", "offentlig"),
                            "nb": ("samarbeid", "Møterommet", "offentlig"),
                            "sv": ("samarbete", "Mötesrummet", "offentlig"),
                            "en": ("cooperation", "Meeting space", "public")}[lang]
    assert (row[0], row[2], row[6], row[7], row[8]) == ("Musikskolen", sector, "Mette Kjær", level, space)
