"""The workshop workbook: sheets, columns, dropdowns, instructions, examples.

Written with openpyxl. The example rows are fictional and pass ``netkort check``;
every text cell is written as text (a value starting with "=" would otherwise
become a formula).
"""

from __future__ import annotations

from pathlib import Path

from . import vocabulary as V

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
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    book = Workbook()
    guide = book.active
    guide.title = "Vejledning"
    guide.column_dimensions["A"].width = 110
    for index, (text, bold) in enumerate(INSTRUCTIONS, start=1):
        cell = guide.cell(row=index, column=1, value=text)
        cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True, size=13 if index == 1 else 11)

    header_fill = PatternFill("solid", fgColor="DDEBF7")

    def table(title: str, headers: list[str], rows: list[list]) -> object:
        sheet = book.create_sheet(title)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        for row in rows:
            sheet.append(row)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, never a formula
        for index, header in enumerate(headers, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = max(12, len(header) + 4)
        sheet.freeze_panes = "B2"
        return sheet

    contacts = table("Kontakter", CONTACT_HEADERS, EXAMPLES)
    relations = table("Relationer", RELATION_HEADERS, RELATION_EXAMPLES)
    table("Medarbejdere", STAFF_HEADERS, STAFF_EXAMPLES)

    def column(name: str) -> str:
        return get_column_letter(CONTACT_HEADERS.index(name) + 1)

    def choices(sheet, letter: str, values: list[str], strict: bool = True, prompt: str = "") -> None:
        validation = DataValidation(type="list", formula1='"' + ",".join(values) + '"',
                                    allow_blank=True, showErrorMessage=strict)
        validation.error = "Vælg en værdi fra listen."
        validation.prompt = prompt
        validation.showInputMessage = bool(prompt)
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}2000")

    levels = [V.LEVEL_LABELS["da"][level] for level in V.LEVELS]
    choices(contacts, column("Relation"), levels, prompt="netværk, samarbejde eller partnerskab")
    choices(relations, "C", levels)
    choices(contacts, column("Sektor"), [V.SECTOR_LABELS["da"][s] for s in V.SECTORS])
    choices(contacts, column("Aftale"), [V.AGREEMENT_LABELS["da"][a] for a in V.AGREEMENTS])
    # Several spaces may be written in one cell, so the list only suggests.
    choices(contacts, column("Rum"), [V.SPACE_LABELS["da"][s] for s in V.SPACES], strict=False,
            prompt="Flere rum adskilles med semikolon")
    choices(contacts, column("Type"), list(V.ACTOR_TYPES), strict=False)
    for name in ("Indflydelse", "Interesse"):
        score = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                               allow_blank=True, showErrorMessage=True)
        score.error = "Skriv et helt tal fra 1 til 5."
        contacts.add_data_validation(score)
        score.add(f"{column(name)}2:{column(name)}2000")
    book.active = 1
    book.save(path)
    return path
