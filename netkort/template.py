"""The workshop workbook: sheets, columns, dropdowns, instructions, examples.

Written with xlsxwriter (see :mod:`netkort.spreadsheet`). The example rows are fictional and pass ``netkort check``;
every text cell is written as text (a value starting with "=" would otherwise
become a formula).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from . import vocabulary as V
from .i18n import LANGS, N_, NC_, Ctx, Labels, translate
from .text import name_key

ROWS_VALIDATED = 1999  # dropdowns on rows 2-2000


class ByLang(Mapping):
    """A table built per language from msgids: ``CHECKLIST_EXAMPLES["nb"]`` (every language netkort speaks)."""

    def __init__(self, build):
        self._build = build

    def __getitem__(self, lang: str):
        if lang not in LANGS:
            raise KeyError(lang)
        return self._build(lang)

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


# The six sheets, in order. A sheet's name in every language must be one the reader knows
# (vocabulary.SHEET_NAMES, matched by prefix): nb Veiledning/Relasjoner/Medarbeidere/Sjekkliste,
# sv Instruktioner/Relationer/Medarbetare/Checklista.
SHEETS = (NC_("workbook sheet", "Instructions"), NC_("workbook sheet", "Contacts"),
          NC_("workbook sheet", "Relations"), NC_("workbook sheet", "Staff"),
          # TRANSLATORS: the guide's checklist 'Har du tjek på …' (Byg partnerskaber!, S7); nb 'Sjekkliste',
          #   sv 'Checklista' (general; both are sheet names netkort reads).
          NC_("workbook sheet", "Checklist"),
          NC_("workbook sheet", "Candidates"))
# The contact columns, in the template's order. Each translation must be a header the reader
# knows (vocabulary.CONTACT_COLUMNS): that is what lets check read a nb or sv template back.
CONTACT_COLUMNS = (
    NC_("workbook column", "Name"), NC_("workbook column", "Type"), NC_("workbook column", "Sector"),
    NC_("workbook column", "Contact person"), NC_("workbook column", "Email"), NC_("workbook column", "Phone"),
    NC_("workbook column", "Staff"),
    # TRANSLATORS: the column of the network circle's level (netværk / samarbejde / partnerskab);
    #   nb 'Relasjon', sv 'Relation' (both reader aliases).
    NC_("workbook column", "Relation"),
    # TRANSLATORS: the column of the four library spaces (Jochumsen, Hvenegaard Rasmussen &
    #   Skot-Hansen); nb 'Rom' (S4 'et læringsrom'), sv 'Rum' (S5 'läranderummet').
    NC_("workbook column", "Spaces"),
    NC_("workbook column", "Target groups"),
    # TRANSLATORS: the axes of the interest analysis: nb 'Innflytelse'/'Interesse' (S12, S13),
    #   sv 'Inflytande'/'Intresse' (S14).
    NC_("workbook column", "Influence"), NC_("workbook column", "Interest"),
    NC_("workbook column", "Agreement"), NC_("workbook column", "Start"), NC_("workbook column", "Last contact"),
    NC_("workbook column", "Next evaluation"), NC_("workbook column", "Activities"), NC_("workbook column", "Tags"),
    NC_("workbook column", "Notes"))
RELATION_COLUMNS = (NC_("workbook column", "From"), NC_("workbook column", "To"), NC_("workbook column", "Relation"),
                    NC_("workbook column", "Note"))
STAFF_COLUMNS = (NC_("workbook column", "Name"), NC_("workbook column", "Department"), NC_("workbook column", "Email"))

CONTACT_HEADERS = [translate(c, "da") for c in CONTACT_COLUMNS]  # the Danish, as netkort merge writes them
RELATION_HEADERS = [translate(c, "da") for c in RELATION_COLUMNS]
STAFF_HEADERS = [translate(c, "da") for c in STAFF_COLUMNS]

# The actor types the template suggests (free text is accepted). Each must be a type netkort.privacy
# knows as a person or an organisation in its language.
TYPES = (NC_("actor type", "association"), NC_("actor type", "education"),
         NC_("actor type", "cultural institution"), NC_("actor type", "company"),
         # TRANSLATORS: nb 'kommunal etat' (in Norway 'forvaltning' is the abstract level; terms.md §4,
         #   our proposal); sv 'kommunal förvaltning' (general).
         NC_("actor type", "municipal department"),
         # TRANSLATORS: nb 'innbygger' (S9 'innbyggere'), sv 'invånare' (general): a private person.
         NC_("actor type", "citizen"),
         NC_("actor type", "volunteers"), NC_("actor type", "media"),
         # TRANSLATORS: nb 'fylkeskommune/stat' (Norway's regional level), sv 'region/stat'.
         NC_("actor type", "region/state"))


# The example rows, fictional: each cell is a msgid (_ex), a vocabulary key said in the language
# (("level", key)), or a value as it is (names of people, numbers, dates).
_NAMES = {"centre": NC_("template example", "Åby Language Centre"),
          "cafe": NC_("template example", "Åby Homework Café"),
          "festival": NC_("template example", "Åby Festival")}
EXAMPLE_ROWS = (
    [_NAMES["centre"], ("type", 1), ("sector", "public"), "Hanne Lund", "hl@sprogcenter.eksempel.dk",
     "86 12 34 56", "Mette Kjær; Jens Berg", ("level", "partnership"),
     NC_("template example", "Learning space; Meeting space"), NC_("template example", "newcomers; adults"), 4, 5,
     ("agreement", "agreement"), dt.date(2023, 9, 1), dt.date(2025, 10, 12), dt.date(2026, 6, 1),
     NC_("template example", "Language café every Thursday"), NC_("template example", "Language"), ""],
    [_NAMES["cafe"], ("type", 6), ("sector", "civil"), "", "", "", "Jens Berg", ("level", "cooperation"),
     NC_("template example", "Learning space"), NC_("template example", "children; young people"), 2, 5,
     ("agreement", "oral"), dt.date(2024, 1, 15), dt.date(2025, 11, 3), "",
     NC_("template example", "Homework help on Tuesdays and Thursdays"), "", ""],
    [_NAMES["festival"], ("type", 2), ("sector", "civil"), "Peter Dahl", "", "", "Søren Ødegaard",
     ("level", "network"), NC_("template example", "Performative space; Inspiration space"),
     NC_("template example", "young people; adults"), 5, 2, ("agreement", "none"), "",
     dt.date(2025, 8, 20), "", NC_("template example", "Authors' stage at the festival"),
     NC_("template example", "Reading 2026"), ""],
)
STAFF_EXAMPLE_ROWS = (
    ["Mette Kjær", NC_("template example", "Adults and learning"), "mk@bibliotek.eksempel.dk"],
    ["Jens Berg", NC_("template example", "Children and young people"), "jb@bibliotek.eksempel.dk"],
    ["Søren Ødegaard", NC_("template example", "Culture and events"), "so@bibliotek.eksempel.dk"])
RELATION_EXAMPLE_ROWS = ([_NAMES["centre"], _NAMES["cafe"], ("level", "cooperation"),
                          NC_("template example", "Joint homework help")],)
CHECKLIST_EXAMPLE_ROWS = ([_NAMES["centre"], *(("answer", a) for a in (
    "yes", "partly", "yes", "yes", "no", "yes", "yes")), "", ("answer", "partly"),
    NC_("template example", "The resource plan is agreed at the March meeting")],)
CANDIDATE_EXAMPLE_ROWS = ([_NAMES["festival"], ("space", "performative"), *(("answer", a) for a in (
    "yes", "yes", "unknown", "yes", "yes", "no", "yes", "yes", "yes", "yes", "yes", "yes", "no", "unknown")),
    ("decision", "open"), NC_("template example", "Capacity is discussed in the autumn")],)


def _example_cell(value, lang: str):
    if isinstance(value, Ctx):
        return translate(value, lang)
    if isinstance(value, tuple):
        table, key = value
        if table == "type":
            return translate(TYPES[key], lang)
        labels = {"level": V.LEVEL_LABELS, "sector": V.SECTOR_LABELS, "agreement": V.AGREEMENT_LABELS,
                  "answer": V.ANSWER_LABELS, "decision": V.DECISION_LABELS, "space": V.SPACE_LABELS}[table]
        return labels[lang][key]
    return value


def _examples(rows, lang: str) -> list[list]:
    return [[_example_cell(value, lang) for value in row] for row in rows]


EXAMPLES = _examples(EXAMPLE_ROWS, "da")
STAFF_EXAMPLES = _examples(STAFF_EXAMPLE_ROWS, "da")
RELATION_EXAMPLES = _examples(RELATION_EXAMPLE_ROWS, "da")

# The instruction sheet: (text, bold).
INSTRUCTION_LINES = (
    (N_("Network mapping: how to fill in the workbook"), True),
    (N_("Write one row per external contact on the Contacts sheet: associations, schools, municipal "
        "departments, companies, citizens. Only Name is required; the rest helps the analysis."), False),
    ("", False),
    # TRANSLATORS: the network circle (netværkscirklen) of Byg partnerskaber! (S7): nb 'nettverkssirkelen',
    #   sv 'nätverkscirkeln' (no established term; our proposal, terms.md §1); 'Relation' is the column header.
    (N_("The network circle (column Relation)"), True),
    # TRANSLATORS: the three levels: nb nettverk / samarbeid / partnerskap (S8), sv nätverk / samarbete /
    #   partnerskap (S10, issue 14); write them as the Relation column's dropdown does.
    (N_("network: you know each other and can get in touch."), False),
    (N_("cooperation: you have a concrete activity together. When it ends, you are network again."), False),
    (N_("partnership: the cooperation is repeated or developed and has a frame: agreement, roles and "
        "evaluation."), False),
    ("", False),
    (N_("The four library spaces (column Spaces; several separated by semicolons)"), True),
    # TRANSLATORS: the four spaces (Jochumsen, Hvenegaard Rasmussen & Skot-Hansen 2012, S1): nb
    #   Inspirasjonsrommet / Læringsrommet / Møterommet / Det performative rommet (S2, S3, S4); sv
    #   Inspirationsrummet / Läranderummet / Mötesrummet (S5) / Det performativa rummet (grammatical form).
    (N_("Inspiration space: experience and inspiration. Learning space: learning and skills. "
        "Meeting space: meetings and debate. Performative space: creating and expressing."), False),
    ("", False),
    # TRANSLATORS: nb 'Interessentanalyse (Innflytelse og Interesse, 1-5)' (S12, S13); sv
    #   'Intressentanalys (Inflytande och Intresse, 1-5)' (S14). The two names are the column headers.
    (N_("Interest analysis (Influence and Interest, 1-5)"), True),
    (N_("Influence: how much can the actor affect your initiative? Interest: how much is the actor "
        "affected by or interested in it? 1 = very little, 5 = very much."), False),
    ("", False),
    (NC_("workbook instructions", "Staff"), True),
    (N_("Write who in the library holds the contact. Several are separated by semicolons."), False),
    (N_("Dates are written day-month-year, e.g. 01-03-2026."), False),
    (N_("Emails, phone numbers and notes are not shown on maps and posters unless you ask for them."), False),
    ("", False),
    # TRANSLATORS: the guide's checklist 'Har du tjek på …' (Byg partnerskaber!, S7): nb 'Har du kontroll
    #   på …', sv 'Har du koll på …' (our proposals, terms.md §5); the guide's title stays Danish.
    (N_("Checklist: “Have you checked …” (the guide Byg partnerskaber!)"), True),
    (N_("One row per partnership and one column per heading of the guide's checklist. Answer yes, partly or "
        "no; select a cell to see the heading's points. Where you leave a cell empty, netkort fills it in "
        "from the contacts when they show something: agreement, next evaluation, responsible staff member, "
        "contact person, purpose, spaces and target groups."), False),
    ("", False),
    # TRANSLATORS: 'How to say no!' is the California Academy of Sciences' tool as the Danish guide quotes
    #   it (S7): keep the English name in every language (terms.md §5).
    (N_("Candidates: “How to say no!”"), True),
    (N_("One row per possible partner or project. Write in Fills which space, target group or sector the "
        "candidate would cover, and answer yes, no or don't know to the 14 questions of the California "
        "Academy of Sciences (read “the Academy” as the library). Decision: yes, no or not decided. "
        "netkort analyse ranks the candidates by the number of yeses."), False),
)
INSTRUCTIONS = [(translate(text, "da") if text else "", bold) for text, bold in INSTRUCTION_LINES]

# The guide's tools: the checklist per partnership and the candidates' 14 questions.
CHECKLIST_EXAMPLES = ByLang(lambda lang: _examples(CHECKLIST_EXAMPLE_ROWS, lang))
CANDIDATE_EXAMPLES = ByLang(lambda lang: _examples(CANDIDATE_EXAMPLE_ROWS, lang))
# The guide sheets' own headers (each translation a header the reader knows: vocabulary's
# CHECKLIST_COLUMNS and CANDIDATE_COLUMNS), their extra columns, and the dropdowns' prompts.
GUIDE_HEADERS = Labels({
    "checklist": NC_("workbook column", "Partnership"), "candidate": NC_("workbook column", "Candidate"),
    "fills": NC_("workbook column", "Fills"), "decision": NC_("workbook column", "Decision"),
    "notes": NC_("guide column", "Notes"), "level": NC_("workbook column", "Level now"),
    "coverage": NC_("workbook column", "The space now"), "known_by": NC_("workbook column", "Known by"),
    "why": NC_("workbook column", "Why a candidate"),
    "fills_prompt": NC_("workbook", "A space, a target group or a sector")})
# The dropdowns' prompts name the dropdowns' own values, so they say what the list offers in any language.
ANSWER_PROMPT = NC_("workbook", "Answer {yes}, {partly} or {no}.")
QUESTION_PROMPT = NC_("workbook", "Answer {yes}, {no} or {unknown}.")
DECISION_PROMPT = NC_("workbook", "{yes}, {no} or {open}")
LEVELS_PROMPT = NC_("workbook", "{network}, {cooperation} or {partnership}")

# The words of the template's contact sheets in one language.
PROMPTS = {"pick": NC_("workbook", "Choose a value from the list."),
           "whole": NC_("workbook", "Write a whole number from 1 to 5."),
           "spaces_prompt": NC_("workbook", "Separate several spaces with semicolons")}


def words(lang: str) -> dict:
    """The template's sheet names, headers, examples, types, instructions and prompts in ``lang``."""
    return {"sheets": tuple(translate(s, lang) for s in SHEETS),
            "contacts": [translate(c, lang) for c in CONTACT_COLUMNS],
            "relations": [translate(c, lang) for c in RELATION_COLUMNS],
            "staff": [translate(c, lang) for c in STAFF_COLUMNS],
            "examples": _examples(EXAMPLE_ROWS, lang), "staff_examples": _examples(STAFF_EXAMPLE_ROWS, lang),
            "relation_examples": _examples(RELATION_EXAMPLE_ROWS, lang),
            "types": [translate(t, lang) for t in TYPES],
            "instructions": [(translate(text, lang) if text else "", bold) for text, bold in INSTRUCTION_LINES],
            **{key: translate(text, lang) for key, text in PROMPTS.items()},
            "levels_prompt": translate(LEVELS_PROMPT, lang).format(**V.LEVEL_LABELS[lang])}


ENGLISH = words("en")
DANISH = words("da")


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
        "da" (default), "nb", "sv" or "en" for sheet names, headers, dropdowns, instructions and
        examples.

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

    t = words(lang)
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
            return CONTACT_HEADERS.index(danish_name)  # same order in every language

        def choices(sheet, index: int, values: list[str], strict: bool = True, prompt: str = "") -> None:
            options = {"validate": "list", "source": values, "ignore_blank": True, "show_error": strict,
                       "error_message": t["pick"]}
            if prompt:
                options["input_message"] = prompt
            sheet.data_validation(1, index, ROWS_VALIDATED, index, options)

        levels = [V.LEVEL_LABELS[lang][level] for level in V.LEVELS]
        choices(contacts, column("Relation"), levels, prompt=t["levels_prompt"])
        choices(relations, 2, levels)
        choices(contacts, column("Sektor"), [V.SECTOR_LABELS[lang][s] for s in V.SECTORS])
        choices(contacts, column("Aftale"), [V.AGREEMENT_LABELS[lang][a] for a in V.AGREEMENTS])
        # Several spaces may be written in one cell, so the list only suggests.
        choices(contacts, column("Rum"), [V.SPACE_LABELS[lang][s] for s in V.SPACES], strict=False,
                prompt=t["spaces_prompt"])
        choices(contacts, column("Type"), t["types"], strict=False)
        for name in ("Indflydelse", "Interesse"):
            contacts.data_validation(1, column(name), ROWS_VALIDATED, column(name), {
                "validate": "integer", "criteria": "between", "minimum": 1, "maximum": 5,
                "ignore_blank": True, "error_message": t["whole"]})
        checklist_sheet(book, t["sheets"][4], CHECKLIST_EXAMPLES[lang], lang)
        candidates_sheet(book, t["sheets"][5], CANDIDATE_EXAMPLES[lang], lang)
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
    headers = checklist_headers(lang, tail)
    sheet = _guide_table(book, title, headers, [30, *[17] * len(V.CHECKLIST), 40, *[20] * len(tail)], rows)
    answers = [V.ANSWER_LABELS[lang][a] for a in ("yes", "partly", "no")]
    for index, heading in enumerate(V.CHECKLIST, start=1):
        points = "\n".join(f"• {point}" for point in V.CHECKLIST_POINTS[lang][heading])
        _dropdown(sheet, index, answers, V.CHECKLIST_SHORT[lang][heading], f"{points}\n{translate(ANSWER_PROMPT, lang).format(**V.ANSWER_LABELS[lang])}")
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
    question = translate(QUESTION_PROMPT, lang).format(**V.ANSWER_LABELS[lang])
    for n, text in enumerate(V.QUESTION_TEXTS[lang]):
        _dropdown(sheet, first + n, answers, f"{n + 1}. {V.QUESTION_SHORT[lang][n]}", f"{text}\n{question}")
    decision = first + len(questions)
    _dropdown(sheet, decision, [V.DECISION_LABELS[lang][d] for d in V.DECISIONS], words["decision"],
              translate(DECISION_PROMPT, lang).format(**V.DECISION_LABELS[lang]))
    return sheet


CANDIDATE_INSTRUCTIONS = (
    (N_("Candidates: “How to say no!”"), True),
    (N_("netkort has written the actors of the network that could fill a gap in the library spaces: first "
        "those already working in the space who could move up the network circle, then those of a "
        "neighbouring space."), False),
    (N_("Answer yes, no or don't know to the 14 questions (from the California Academy of Sciences, as the "
        "guide Byg partnerskaber! gives them; read “the Academy” as the library), and write your decision: "
        "yes, no or not decided. Add new candidates at the bottom."), False),
    # TRANSLATORS: 'contacts.xlsx' and 'candidates.xlsx' are example file names: translate them as a user
    #   would name the files.
    (N_("Read the sheet together with the contacts: netkort analyse contacts.xlsx candidates.xlsx"), False),
    ("", False), (NC_("workbook instructions", "The 14 questions"), True))


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

    headers = GUIDE_HEADERS[lang]
    path = Path(path)
    with new_workbook(path) as book:
        guide = book.add_worksheet(translate(SHEETS[0], lang))
        guide.set_column(0, 0, 110)
        lines = [(translate(text, lang) if text else "", bold) for text, bold in CANDIDATE_INSTRUCTIONS] + [(f"{n}. {q}", False)
                                                 for n, q in enumerate(V.QUESTION_TEXTS[lang], start=1)]
        for index, (text, bold) in enumerate(lines):
            guide.write_string(index, 0, text, book.netkort_formats["bold"] if bold else None)
        sheet = candidates_sheet(book, translate(SHEETS[5], lang), candidate_rows(cover, lang), lang,
                                 extra=[headers["coverage"], headers["level"], headers["known_by"], headers["why"]])
        sheet.activate()
    return path
