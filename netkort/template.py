"""The workshop workbook: sheets, columns, dropdowns, instructions, examples.

Written with xlsxwriter (see :mod:`netkort.spreadsheet`). The example rows are fictional and pass ``netkort check``;
every text cell is written as text (a value starting with "=" would otherwise
become a formula).
"""

from __future__ import annotations

from pathlib import Path

from . import vocabulary as V

ROWS_VALIDATED = 1999  # dropdowns on rows 2-2000

CONTACT_HEADERS = ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Telefon", "Medarbejder",
                   "Relation", "Rum", "Målgrupper", "Indflydelse", "Interesse", "Aftale", "Start",
                   "Sidste kontakt", "Næste evaluering", "Aktiviteter", "Tema", "Noter"]
RELATION_HEADERS = ["Fra", "Til", "Relation", "Note"]
STAFF_HEADERS = ["Navn", "Afdeling", "E-mail"]

EXAMPLES = [
    ["Åby Sprogcenter", "uddannelse", "offentlig", "Hanne Lund", "hl@sprogcenter.eksempel.dk",
     "86 12 34 56", "Mette Kjær; Jens Berg", "partnerskab", "Læring; Møderum",
     "nydanskere; voksne", 4, 5, "samarbejdsaftale", "01-09-2023", "12-10-2025", "01-06-2026",
     "Sprogcafé hver torsdag", "Sprog", ""],
    ["Lektiecaféen Åby", "frivillig", "civilsamfund", "", "", "", "Jens Berg", "samarbejde",
     "Læring", "børn; unge", 2, 5, "mundtlig", "15-01-2024", "03-11-2025", "",
     "Lektiehjælp tirsdag og torsdag", "", ""],
    ["Åby Festival", "kulturinstitution", "civilsamfund", "Peter Dahl", "", "", "Søren Ødegaard",
     "netværk", "Det performative rum; Inspiration", "unge; voksne", 5, 2, "ingen", "",
     "20-08-2025", "", "Forfatterscene på festivalen", "Læselyst 2026", ""],
]
STAFF_EXAMPLES = [["Mette Kjær", "Voksne og læring", "mk@bibliotek.eksempel.dk"],
                  ["Jens Berg", "Børn og unge", "jb@bibliotek.eksempel.dk"],
                  ["Søren Ødegaard", "Kultur og events", "so@bibliotek.eksempel.dk"]]
RELATION_EXAMPLES = [["Åby Sprogcenter", "Lektiecaféen Åby", "samarbejde", "Fælles lektiehjælp"]]

INSTRUCTIONS = [
    ("Netværkskortlægning: sådan udfylder I arket", True),
    ("Skriv én række pr. ekstern kontakt på arket Kontakter: foreninger, skoler, kommunale "
     "afdelinger, virksomheder, borgere. Kun Navn skal udfyldes; resten hjælper analysen.", False),
    ("", False),
    ("Netværkscirklen (kolonnen Relation)", True),
    ("netværk: I kender hinanden og kan kontakte hinanden.", False),
    ("samarbejde: I har en konkret aktivitet sammen. Når aktiviteten slutter, er I igen netværk.", False),
    ("partnerskab: samarbejdet er gentaget eller udviklet og har fået en ramme: aftale, roller "
     "og evaluering.", False),
    ("", False),
    ("De fire biblioteksrum (kolonnen Rum; skriv gerne flere adskilt med semikolon)", True),
    ("Inspirationsrummet: oplevelse og inspiration. Læringsrummet: læring og kompetencer. "
     "Møderummet: møder og debat. Det performative rum: skabe og udtrykke sig.", False),
    ("", False),
    ("Interessentanalyse (Indflydelse og Interesse, 1-5)", True),
    ("Indflydelse: hvor meget kan aktøren påvirke jeres indsats? Interesse: hvor meget er "
     "aktøren berørt af eller interesseret i den? 1 = meget lidt, 5 = meget.", False),
    ("", False),
    ("Medarbejder", True),
    ("Skriv hvem hos jer, der har kontakten. Flere adskilles med semikolon.", False),
    ("Datoer skrives dag-måned-år, f.eks. 01-03-2026.", False),
    ("E-mail, telefon og noter vises ikke på kort og plakater, medmindre I beder om det.", False),
]


def write_template(path: Path | str) -> Path:
    """Write the blank workshop workbook (with three example rows) to ``path``."""
    from .spreadsheet import add_table, new_workbook

    path = Path(path)
    with new_workbook(path) as book:
        guide = book.add_worksheet("Vejledning")
        guide.set_column(0, 0, 110)
        heading = book.add_format({"bold": True, "font_size": 13})
        for index, (text, bold) in enumerate(INSTRUCTIONS):
            style = (heading if index == 0 else book.netkort_formats["bold"]) if bold else None
            guide.write_string(index, 0, text, style)

        def table(title: str, headers: list[str], rows: list[list]):
            return add_table(book, title, headers, rows, freeze="B2", autofilter=False)

        contacts = table("Kontakter", CONTACT_HEADERS, EXAMPLES)
        relations = table("Relationer", RELATION_HEADERS, RELATION_EXAMPLES)
        table("Medarbejdere", STAFF_HEADERS, STAFF_EXAMPLES)

        def column(name: str) -> int:
            return CONTACT_HEADERS.index(name)

        def choices(sheet, index: int, values: list[str], strict: bool = True, prompt: str = "") -> None:
            options = {"validate": "list", "source": values, "ignore_blank": True, "show_error": strict,
                       "error_message": "Vælg en værdi fra listen."}
            if prompt:
                options["input_message"] = prompt
            sheet.data_validation(1, index, ROWS_VALIDATED, index, options)

        levels = [V.LEVEL_LABELS["da"][level] for level in V.LEVELS]
        choices(contacts, column("Relation"), levels, prompt="netværk, samarbejde eller partnerskab")
        choices(relations, 2, levels)
        choices(contacts, column("Sektor"), [V.SECTOR_LABELS["da"][s] for s in V.SECTORS])
        choices(contacts, column("Aftale"), [V.AGREEMENT_LABELS["da"][a] for a in V.AGREEMENTS])
        # Several spaces may be written in one cell, so the list only suggests.
        choices(contacts, column("Rum"), [V.SPACE_LABELS["da"][s] for s in V.SPACES], strict=False,
                prompt="Flere rum adskilles med semikolon")
        choices(contacts, column("Type"), list(V.ACTOR_TYPES), strict=False)
        for name in ("Indflydelse", "Interesse"):
            contacts.data_validation(1, column(name), ROWS_VALIDATED, column(name), {
                "validate": "integer", "criteria": "between", "minimum": 1, "maximum": 5,
                "ignore_blank": True, "error_message": "Skriv et helt tal fra 1 til 5."})
        contacts.activate()
    return path
