"""The workshop workbook: sheets, columns, dropdowns, instructions, examples.

Written with xlsxwriter (see :mod:`netkort.spreadsheet`). The example rows are fictional and pass ``netkort check``;
every text cell is written as text (a value starting with "=" would otherwise
become a formula).
"""

from __future__ import annotations

import datetime as dt
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
     "nydanskere; voksne", 4, 5, "samarbejdsaftale", dt.date(2023, 9, 1), dt.date(2025, 10, 12), dt.date(2026, 6, 1),
     "Sprogcafé hver torsdag", "Sprog", ""],
    ["Lektiecaféen Åby", "frivillig", "civilsamfund", "", "", "", "Jens Berg", "samarbejde",
     "Læring", "børn; unge", 2, 5, "mundtlig", dt.date(2024, 1, 15), dt.date(2025, 11, 3), "",
     "Lektiehjælp tirsdag og torsdag", "", ""],
    ["Åby Festival", "kulturinstitution", "civilsamfund", "Peter Dahl", "", "", "Søren Ødegaard",
     "netværk", "Det performative rum; Inspiration", "unge; voksne", 5, 2, "ingen", "",
     dt.date(2025, 8, 20), "", "Forfatterscene på festivalen", "Læselyst 2026", ""],
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

# The same workbook in English (--lang en): headers and values netkort reads in any language.
ENGLISH = {
    "sheets": ("Instructions", "Contacts", "Relations", "Staff"),
    "contacts": ["Name", "Type", "Sector", "Contact person", "Email", "Phone", "Staff", "Relation",
                 "Spaces", "Target groups", "Influence", "Interest", "Agreement", "Start", "Last contact",
                 "Next evaluation", "Activities", "Tags", "Notes"],
    "relations": ["From", "To", "Relation", "Note"],
    "staff": ["Name", "Department", "Email"],
    "examples": [
        ["Åby Language Centre", "education", "public", "Hanne Lund", "hl@sprogcenter.eksempel.dk",
         "86 12 34 56", "Mette Kjær; Jens Berg", "partnership", "Learning space; Meeting space",
         "newcomers; adults", 4, 5, "cooperation agreement", dt.date(2023, 9, 1), dt.date(2025, 10, 12), dt.date(2026, 6, 1),
         "Language café every Thursday", "Language", ""],
        ["Åby Homework Café", "volunteers", "civil society", "", "", "", "Jens Berg", "cooperation",
         "Learning space", "children; young people", 2, 5, "oral", dt.date(2024, 1, 15), dt.date(2025, 11, 3), "",
         "Homework help on Tuesdays and Thursdays", "", ""],
        ["Åby Festival", "cultural institution", "civil society", "Peter Dahl", "", "", "Søren Ødegaard",
         "network", "Performative space; Inspiration space", "young people; adults", 5, 2, "none", "",
         dt.date(2025, 8, 20), "", "Authors' stage at the festival", "Reading 2026", ""],
    ],
    "staff_examples": [["Mette Kjær", "Adults and learning", "mk@bibliotek.eksempel.dk"],
                       ["Jens Berg", "Children and young people", "jb@bibliotek.eksempel.dk"],
                       ["Søren Ødegaard", "Culture and events", "so@bibliotek.eksempel.dk"]],
    "relation_examples": [["Åby Language Centre", "Åby Homework Café", "cooperation", "Joint homework help"]],
    "types": ["association", "education", "cultural institution", "company", "municipal department",
              "citizen", "volunteers", "media", "region/state"],
    "instructions": [
        ("Network mapping: how to fill in the workbook", True),
        ("Write one row per external contact on the Contacts sheet: associations, schools, municipal "
         "departments, companies, citizens. Only Name is required; the rest helps the analysis.", False),
        ("", False),
        ("The network circle (column Relation)", True),
        ("network: you know each other and can get in touch.", False),
        ("cooperation: you have a concrete activity together. When it ends, you are network again.", False),
        ("partnership: the cooperation is repeated or developed and has a frame: agreement, roles and "
         "evaluation.", False),
        ("", False),
        ("The four library spaces (column Spaces; several separated by semicolons)", True),
        ("Inspiration space: experience and inspiration. Learning space: learning and skills. "
         "Meeting space: meetings and debate. Performative space: creating and expressing.", False),
        ("", False),
        ("Interest analysis (Influence and Interest, 1-5)", True),
        ("Influence: how much can the actor affect your initiative? Interest: how much is the actor "
         "affected by or interested in it? 1 = very little, 5 = very much.", False),
        ("", False),
        ("Staff", True),
        ("Write who in the library holds the contact. Several are separated by semicolons.", False),
        ("Dates are written day-month-year, e.g. 01-03-2026.", False),
        ("Emails, phone numbers and notes are not shown on maps and posters unless you ask for them.", False),
    ],
    "pick": "Choose a value from the list.", "whole": "Write a whole number from 1 to 5.",
    "levels_prompt": "network, cooperation or partnership", "spaces_prompt": "Separate several spaces with semicolons",
}
DANISH = {
    "sheets": ("Vejledning", "Kontakter", "Relationer", "Medarbejdere"),
    "contacts": CONTACT_HEADERS, "relations": RELATION_HEADERS, "staff": STAFF_HEADERS,
    "examples": EXAMPLES, "staff_examples": STAFF_EXAMPLES, "relation_examples": RELATION_EXAMPLES,
    "types": list(V.ACTOR_TYPES), "instructions": INSTRUCTIONS,
    "pick": "Vælg en værdi fra listen.", "whole": "Skriv et helt tal fra 1 til 5.",
    "levels_prompt": "netværk, samarbejde eller partnerskab", "spaces_prompt": "Flere rum adskilles med semikolon",
}


def write_template(path: Path | str, lang: str = "da") -> Path:
    """Write the blank workshop workbook (with three example rows) to ``path``, in ``lang``.

    The workbook ``netkort template`` writes: an instruction sheet, then Kontakter,
    Relationer and Medarbejdere with the columns netkort reads and dropdowns for
    levels, spaces, sectors and agreements.

    Parameters
    ----------
    path : path or str
        Where to write it (.xlsx).
    lang : str
        "da" (default) or "en" for sheet names, headers and instructions.

    Returns
    -------
    pathlib.Path
        ``path``.

    Examples
    --------
    >>> import netkort
    >>> path = netkort.write_template("skabelon.xlsx")
    >>> network = netkort.load([path])
    >>> network.graph.number_of_nodes() > 1, network.has_errors
    (True, False)
    """
    from .spreadsheet import add_table, new_workbook

    t = ENGLISH if lang == "en" else DANISH
    labels = "en" if lang == "en" else "da"
    path = Path(path)
    with new_workbook(path) as book:
        guide = book.add_worksheet(t["sheets"][0])
        guide.set_column(0, 0, 110)
        heading = book.add_format({"bold": True, "font_size": 13})
        for index, (text, bold) in enumerate(t["instructions"]):
            style = (heading if index == 0 else book.netkort_formats["bold"]) if bold else None
            guide.write_string(index, 0, text, style)

        def table(title: str, headers: list[str], rows: list[list]):
            return add_table(book, title, headers, rows, freeze="B2", autofilter=False)

        contacts = table(t["sheets"][1], t["contacts"], t["examples"])
        relations = table(t["sheets"][2], t["relations"], t["relation_examples"])
        table(t["sheets"][3], t["staff"], t["staff_examples"])

        def column(danish_name: str) -> int:
            return CONTACT_HEADERS.index(danish_name)  # same order in both languages

        def choices(sheet, index: int, values: list[str], strict: bool = True, prompt: str = "") -> None:
            options = {"validate": "list", "source": values, "ignore_blank": True, "show_error": strict,
                       "error_message": t["pick"]}
            if prompt:
                options["input_message"] = prompt
            sheet.data_validation(1, index, ROWS_VALIDATED, index, options)

        levels = [V.LEVEL_LABELS[labels][level] for level in V.LEVELS]
        choices(contacts, column("Relation"), levels, prompt=t["levels_prompt"])
        choices(relations, 2, levels)
        choices(contacts, column("Sektor"), [V.SECTOR_LABELS[labels][s] for s in V.SECTORS])
        choices(contacts, column("Aftale"), [V.AGREEMENT_LABELS[labels][a] for a in V.AGREEMENTS])
        # Several spaces may be written in one cell, so the list only suggests.
        choices(contacts, column("Rum"), [V.SPACE_LABELS[labels][s] for s in V.SPACES], strict=False,
                prompt=t["spaces_prompt"])
        choices(contacts, column("Type"), t["types"], strict=False)
        for name in ("Indflydelse", "Interesse"):
            contacts.data_validation(1, column(name), ROWS_VALIDATED, column(name), {
                "validate": "integer", "criteria": "between", "minimum": 1, "maximum": 5,
                "ignore_blank": True, "error_message": t["whole"]})
        contacts.activate()
    return path
