"""The workshop workbook: sheets, columns, dropdowns, instructions, examples.

Written with xlsxwriter (see :mod:`netkort.spreadsheet`). The example rows are fictional and pass ``netkort check``;
every text cell is written as text (a value starting with "=" would otherwise
become a formula).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import vocabulary as V
from .i18n import legacy
from .text import name_key

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
    ("", False),
    ("Tjekliste: »Har du tjek på …« (guiden Byg partnerskaber!)", True),
    ("Én række pr. partnerskab og én kolonne pr. punkt i guidens tjekliste. Svar ja, delvis eller nej; "
     "vælg en celle for at se punktets underpunkter. Lader I en celle stå tom, udfylder netkort den ud fra "
     "kontakterne, hvor de viser noget: aftale, næste evaluering, ansvarlig medarbejder, kontaktperson, "
     "formål, rum og målgrupper.", False),
    ("", False),
    ("Kandidater: »How to say no!«", True),
    ("Én række pr. mulig partner eller projekt. Skriv i Udfylder, hvilket rum, hvilken målgruppe eller "
     "sektor kandidaten ville dække, og svar ja, nej eller ved ikke på de 14 spørgsmål fra California "
     "Academy of Sciences (læs »Akademiet« som biblioteket). Beslutning: til, fra eller ikke besluttet. "
     "netkort analyse rangordner kandidaterne efter antal ja.", False),
]

# The same workbook in English (--lang en): headers and values netkort reads in any language.
# The guide's tools: the checklist per partnership and the candidates' 14 questions.
CHECKLIST_EXAMPLES = legacy({
    "da": [["Åby Sprogcenter", "ja", "delvis", "ja", "ja", "nej", "ja", "ja", "", "delvis",
            "Ressourceplanen aftales på mødet i marts"]],
    "en": [["Åby Language Centre", "yes", "partly", "yes", "yes", "no", "yes", "yes", "", "partly",
            "The resource plan is agreed at the March meeting"]],
})
CANDIDATE_EXAMPLES = legacy({
    "da": [["Åby Festival", "Det performative rum", "ja", "ja", "ved ikke", "ja", "ja", "nej", "ja", "ja",
            "ja", "ja", "ja", "ja", "nej", "ved ikke", "ikke besluttet", "Kapaciteten drøftes i efteråret"]],
    "en": [["Åby Festival", "Performative space", "yes", "yes", "don't know", "yes", "yes", "no", "yes",
            "yes", "yes", "yes", "yes", "yes", "no", "don't know", "not decided",
            "Capacity is discussed in the autumn"]],
})
GUIDE_HEADERS = legacy({
    "da": {"checklist": "Partnerskab", "candidate": "Kandidat", "fills": "Udfylder", "decision": "Beslutning",
           "notes": "Noter", "level": "Niveau nu", "coverage": "Rummet nu", "known_by": "Kendes af",
           "why": "Hvorfor kandidat", "answer": "Svar ja, delvis eller nej.",
           "question": "Svar ja, nej eller ved ikke.", "fills_prompt": "Et rum, en målgruppe eller en sektor",
           "decide": "til, fra eller ikke besluttet"},
    "en": {"checklist": "Partnership", "candidate": "Candidate", "fills": "Fills", "decision": "Decision",
           "notes": "Notes", "level": "Level now", "coverage": "The space now", "known_by": "Known by",
           "why": "Why a candidate", "answer": "Answer yes, partly or no.",
           "question": "Answer yes, no or don't know.", "fills_prompt": "A space, a target group or a sector",
           "decide": "yes, no or not decided"},
})

ENGLISH = {
    "sheets": ("Instructions", "Contacts", "Relations", "Staff", "Checklist", "Candidates"),
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
        ("", False),
        ("Checklist: “Have you checked …” (the guide Byg partnerskaber!)", True),
        ("One row per partnership and one column per heading of the guide's checklist. Answer yes, partly or "
         "no; select a cell to see the heading's points. Where you leave a cell empty, netkort fills it in "
         "from the contacts when they show something: agreement, next evaluation, responsible staff member, "
         "contact person, purpose, spaces and target groups.", False),
        ("", False),
        ("Candidates: “How to say no!”", True),
        ("One row per possible partner or project. Write in Fills which space, target group or sector the "
         "candidate would cover, and answer yes, no or don't know to the 14 questions of the California "
         "Academy of Sciences (read “the Academy” as the library). Decision: yes, no or not decided. "
         "netkort analyse ranks the candidates by the number of yeses.", False),
    ],
    "pick": "Choose a value from the list.", "whole": "Write a whole number from 1 to 5.",
    "levels_prompt": "network, cooperation or partnership", "spaces_prompt": "Separate several spaces with semicolons",
}
DANISH = {
    "sheets": ("Vejledning", "Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Kandidater"),
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
        checklist_sheet(book, t["sheets"][4], CHECKLIST_EXAMPLES[labels], labels)
        candidates_sheet(book, t["sheets"][5], CANDIDATE_EXAMPLES[labels], labels)
        contacts.activate()
    return path


def _guide_table(book, title: str, headers: list[str], widths: list[int], rows: list[list]):
    """A sheet of the guide's tools: wrapped headers (a question is a long header), set widths, rows as text."""
    from .spreadsheet import sheet_title, write_cell

    sheet = book.add_worksheet(sheet_title(title))
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    sheet.set_row(0, 75 if max(len(h) for h in headers) > 40 else 32)
    for index, header in enumerate(headers):
        sheet.write_string(0, index, header, book.netkort_formats["header"])
    for number, row in enumerate(rows, start=1):
        for index, value in enumerate(row):
            write_cell(sheet, number, index, value, book)
    sheet.freeze_panes(1, 1)
    return sheet


def _dropdown(sheet, column: int, values: list[str], title: str, prompt: str) -> None:
    """A list that suggests (other spellings netkort reads, such as "x" or "delvist", stay allowed)."""
    sheet.data_validation(1, column, ROWS_VALIDATED, column, {
        "validate": "list", "source": values, "ignore_blank": True, "show_error": False,
        "input_title": title[:32], "input_message": prompt[:255]})


def checklist_headers(lang: str = "da", tail: list[str] = ()) -> list[str]:
    """The sheet Tjekliste's headers in ``lang``, then ``tail`` (extra columns after Noter)."""
    words = GUIDE_HEADERS[lang]
    return [words["checklist"], *(V.CHECKLIST_LABELS[lang][h] for h in V.CHECKLIST), words["notes"], *tail]


def candidate_headers(lang: str = "da", extra: list[str] = (), tail: list[str] = ()) -> list[str]:
    """The sheet Kandidater's headers in ``lang``: ``extra`` columns after Udfylder, ``tail`` after Noter."""
    words = GUIDE_HEADERS[lang]
    questions = [f"{n}. {text}" for n, text in enumerate(V.QUESTION_TEXTS[lang], start=1)]
    return [words["candidate"], words["fills"], *extra, *questions, words["decision"], words["notes"], *tail]


def checklist_sheet(book, title: str, rows: list[list], lang: str = "da", tail: list[str] = ()):
    """The sheet Tjekliste: a partnership per row, the guide's nine headings as columns with a
    ja / delvis / nej list, and each heading's points as the note shown when a cell is selected;
    ``tail`` columns (netkort merge's extra columns) after Noter."""
    words = GUIDE_HEADERS[lang]
    headers = checklist_headers(lang, tail)
    sheet = _guide_table(book, title, headers, [30, *[17] * len(V.CHECKLIST), 40, *[20] * len(tail)], rows)
    answers = [V.ANSWER_LABELS[lang][a] for a in ("yes", "partly", "no")]
    for index, heading in enumerate(V.CHECKLIST, start=1):
        points = "\n".join(f"• {point}" for point in V.CHECKLIST_POINTS[lang][heading])
        _dropdown(sheet, index, answers, V.CHECKLIST_SHORT[lang][heading], f"{points}\n{words['answer']}")
    return sheet


def candidates_sheet(book, title: str, rows: list[list], lang: str = "da", extra: list[str] = (),
                     tail: list[str] = ()):
    """The sheet Kandidater: candidate, what it would fill, ``extra`` columns (netkort's own notes on
    it), the 14 questions with a ja / nej / ved ikke list each, the decision, and ``tail`` columns
    (netkort merge's extra columns) after Noter."""
    words = GUIDE_HEADERS[lang]
    questions = V.QUESTION_TEXTS[lang]
    headers = candidate_headers(lang, extra, tail)
    widths = [30, 22, *[16] * len(extra), *[15] * len(questions), 16, 40, *[20] * len(tail)]
    sheet = _guide_table(book, title, headers, widths, rows)
    spaces = [V.SPACE_LABELS[lang][s] for s in V.SPACES]
    _dropdown(sheet, 1, spaces, words["fills"], words["fills_prompt"])
    answers = [V.ANSWER_LABELS[lang][a] for a in ("yes", "no", "unknown")]
    first = 2 + len(extra)
    for n, text in enumerate(V.QUESTION_TEXTS[lang]):
        _dropdown(sheet, first + n, answers, f"{n + 1}. {V.QUESTION_SHORT[lang][n]}", f"{text}\n{words['question']}")
    decision = first + len(questions)
    _dropdown(sheet, decision, [V.DECISION_LABELS[lang][d] for d in V.DECISIONS], words["decision"],
              words["decide"])
    return sheet


CANDIDATE_INSTRUCTIONS = legacy({
    "da": [("Kandidater: »How to say no!«", True),
           ("netkort har skrevet de aktører fra netværket, der kan udfylde et hul i biblioteksrummene: først "
            "dem, der allerede arbejder i rummet og kan rykke op i netværkscirklen, så dem fra et naborum.", False),
           ("Svar ja, nej eller ved ikke på de 14 spørgsmål (fra California Academy of Sciences, gengivet i "
            "guiden Byg partnerskaber!; læs »Akademiet« som biblioteket), og skriv jeres beslutning: til, fra "
            "eller ikke besluttet. Tilføj gerne nye kandidater nederst.", False),
           ("Læs arket sammen med kontakterne: netkort analyse kontakter.xlsx kandidater.xlsx", False),
           ("", False), ("De 14 spørgsmål", True)],
    "en": [("Candidates: “How to say no!”", True),
           ("netkort has written the actors of the network that could fill a gap in the library spaces: first "
            "those already working in the space who could move up the network circle, then those of a "
            "neighbouring space.", False),
           ("Answer yes, no or don't know to the 14 questions (from the California Academy of Sciences, as the "
            "guide Byg partnerskaber! gives them; read “the Academy” as the library), and write your decision: "
            "yes, no or not decided. Add new candidates at the bottom.", False),
           ("Read the sheet together with the contacts: netkort analyse contacts.xlsx candidates.xlsx", False),
           ("", False), ("The 14 questions", True)],
})


def candidate_rows(cover, lang: str = "da") -> list[list]:
    """One row per candidate the coverage gaps name (an actor filling two gaps once), ready to answer:
    name, the spaces it would fill, then what netkort knows of it (the space now, its level, who knows
    it, why it is a candidate), and empty answers."""
    from .report import TEXT, _reason

    words = TEXT[lang]
    found: dict[str, dict] = {}
    for gap in cover.gaps:
        for c in gap.candidates:
            entry = found.setdefault(name_key(c.name), {"candidate": c, "gaps": [], "why": []})
            entry["gaps"].append(gap)
            entry["why"].append((V.SPACE_LABELS[lang][gap.space], _reason(c.reason, c.spaces, lang)))
    rows = []
    for entry in found.values():
        c = entry["candidate"]
        rows.append([c.name, "; ".join(V.SPACE_LABELS[lang][g.space] for g in entry["gaps"]),
                     "; ".join(words[f"kind_{g.kind}"] for g in entry["gaps"]),
                     V.LEVEL_LABELS[lang].get(c.level, "") if c.level else "", "; ".join(c.staff),
                     "; ".join(why if len(entry["why"]) == 1 else f"{space} – {why}" for space, why in entry["why"]),
                     *[""] * len(V.QUESTIONS), "", ""])
    return rows


def write_candidates(cover, path: Path | str, lang: str = "da") -> Path:
    """Write the coverage gaps' candidates from the network into a new workbook with the sheet
    Kandidater, ready for the team to answer the 14 questions (``netkort analyse --kandidater``).

    ``cover`` is the analysis' :class:`~netkort.coverage.Coverage`. Every text is written as
    text, never a formula; read the answered workbook together with the contacts.

    Examples
    --------
    >>> import datetime, netkort
    >>> analysis = netkort.analyse(netkort.load([netkort.sample()]), as_of=datetime.date(2025, 10, 1))
    >>> path = netkort.write_candidates(analysis.coverage, "kandidater.xlsx")
    >>> network = netkort.load([netkort.sample(), path])  # the sample's own 6 candidates, and 16 written
    >>> len(network.data.candidates), network.data.candidates[6].values["name"]
    (22, 'Bjerre Gymnasium')
    """
    from .spreadsheet import new_workbook

    lang = "en" if lang == "en" else "da"
    words = GUIDE_HEADERS[lang]
    path = Path(path)
    with new_workbook(path) as book:
        guide = book.add_worksheet("Instructions" if lang == "en" else "Vejledning")
        guide.set_column(0, 0, 110)
        lines = CANDIDATE_INSTRUCTIONS[lang] + [(f"{n}. {q}", False)
                                                 for n, q in enumerate(V.QUESTION_TEXTS[lang], start=1)]
        for index, (text, bold) in enumerate(lines):
            guide.write_string(index, 0, text, book.netkort_formats["bold"] if bold else None)
        sheet = candidates_sheet(book, "Candidates" if lang == "en" else "Kandidater", candidate_rows(cover, lang),
                                 lang, extra=[words["coverage"], words["level"], words["known_by"], words["why"]])
        sheet.activate()
    return path
