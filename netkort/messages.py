"""Every sentence netkort says about input, in every language netkort speaks.

Problems carry a ``code`` and parameters; the text is made here, in the
language asked for, so the JSON and the terminal say the same thing. Each
sentence is its English msgid; the translations are in ``netkort/locale``
(see :mod:`netkort.i18n`). A sentence with a ``count`` has both forms (``Nn_``)
and is said in the form the language's plural rule picks.
"""

from __future__ import annotations

from .i18n import LANGS, N_, Nn_, Phrase, gettext, ngettext

__all__ = ["LANGS", "MESSAGES", "say"]

MESSAGES: dict[str, str | tuple[str, str]] = {
    # --- file-level failures ------------------------------------------------
    "file-missing": N_("{file}: file not found."),
    "file-is-folder": N_("{file}: is a folder, not a file."),
    "file-empty": N_("{file}: the file is empty (0 bytes)."),
    "file-html": N_("{file}: the file is an HTML page, not a spreadsheet. Open it in Excel and "
                    "save it as .xlsx."),
    "file-format": N_("{file}: the file is not a spreadsheet but {format}. netkort reads .xlsx "
                      "and .csv."),
    # TRANSLATORS: Excel's own menu names. nb 'Fil > Lagre som'; sv 'Arkiv > Spara som' (Microsoft Support
    #   sv-SE, 'Ta bort dold och personlig information').
    "file-other-spreadsheet": N_("{file}: the file is {format}, which netkort does not read. Save "
                                 "it as .xlsx (File > Save As) and try again."),
    "file-binary": N_("{file}: the file is not a spreadsheet but binary data. netkort reads .xlsx "
                      "and .csv."),
    "file-corrupt": N_("{file}: the file is damaged or incomplete and cannot be read as .xlsx. "
                       "Open it in Excel and save it again."),
    # TRANSLATORS: Excel's own menu names. nb 'Fil > Info > Beskytt arbeidsbok' (Microsoft Support nb-NO,
    #   'Beskyttelse og sikkerhet i Excel'); sv 'Arkiv > Info > Skydda arbetsbok' (Microsoft Support sv-SE,
    #   'Skydda en arbetsbok').
    "file-password": N_("{file}: the workbook is password-protected. Remove the password in Excel "
                        "(File > Info > Protect Workbook) and save it again."),
    "file-too-big": N_("{file}: the file unpacks to {size} MB (the limit is {limit} MB) and is "
                       "not read."),
    "file-too-big-text": N_("{file}: the file is {size} MB, more than netkort reads as text "
                            "({limit} MB)."),
    "file-zip-bomb": N_("{file}: the file is compressed unusually tightly ({ratio}:1) and looks "
                        "like a zip bomb; it is not read."),
    "file-xml-attack": N_("{file}: the file contains XML entity declarations that no spreadsheet "
                          "uses; it is not read."),
    "sheet-too-big": N_("{file}: sheet '{sheet}' spans {rows} rows × {columns} columns, more than "
                        "netkort reads ({limit} cells). Delete cells far from the table in Excel "
                        "and save again."),
    "file-unreadable": N_("{file}: the file cannot be read ({detail})."),
    "csv-delimiter": N_("{file}: the delimiter could not be recognised. Save the file as CSV "
                        "separated by semicolons, commas or tabs."),
    # TRANSLATORS: 'Kolonne' and 'Betyder' are the column map's headers as netkort reads them: keep them
    #   as they are.
    "no-name-column": N_("{file}: netkort cannot find the column with the actors' names. {where} "
                         "looks like the header: {found}. Did you mean '{guess}'? Then write: "
                         "{option} (or add a sheet 'netkort' with the columns Kolonne and Betyder "
                         "to the workbook). The name column may be called e.g.: {accepted}."),
    "no-contacts-sheet": N_("{file}: there is no contacts sheet; {sheets} holds relations or "
                            "staff, but no contacts. Contacts must be on a sheet with a name "
                            "column (Name)."),
    "no-data": N_("{file}: there are no contacts; {what}."),
    "only-guide-sheets": N_("{file}: the file holds only {sheets} and no contacts. Read it "
                            "together with the contacts, e.g. netkort analyse contacts.xlsx "
                            "{name}."),
    "no-rows": N_("{file}: sheet '{sheet}' has headers but no contacts."),
    "tool-sheets": N_("Sheets {sheets} belong to {tool}'s own set-up and do not hold the network; "
                      "they were not read."),
    "house-details": N_("'{name}' is the house itself, the map's centre; the file's other details "
                        "about it ({details}) are left out."),
    "several-houses": N_("{names} are all typed library; netkort cannot tell which of them is the "
                         "house itself, so they are all kept as actors. Give the others another "
                         "type, and the one left is the house."),
    "staff-relation": N_("The connection between staff members '{a}' and '{b}' is left out; "
                         "netkort shows staff members' connections to actors, not to each other."),
    "no-rows-formulas": N_("{file}: sheet '{sheet}' has headers, but its cells are formulas with "
                           "no saved result, so netkort cannot see the contacts. Open the file in "
                           "Excel and save it again to include the results."),
    "empty-table": N_("Sheet '{sheet}' has headers but no rows; it was skipped."),
    "hidden-sheet-read": N_("Sheet '{sheet}' is hidden in Excel but was read, because it holds a "
                            "table netkort knows."),
    "outside-table": N_("Only the Excel table '{table}' was read; the cells outside it ({cells}) "
                        "are left out. Extend the table in Excel if they belong to it."),
    "unnamed-column": N_("Column {letter} has no header but holds values; they are kept as "
                         "'{name}'. Write a header if the column means something in particular."),
    "section-rows": Nn_("Row {rows} is a section title or total ({titles}), not contacts, and "
                        "skipped.",
                        "Rows {rows} are section titles or totals ({titles}), not contacts, and "
                        "skipped."),
    "column-map-unused": N_("The column map names '{value}', but no column is called that. The "
                            "columns are: {found}."),
    "column-map-row": N_("The column map says '{header}' = '{value}', which netkort cannot use. "
                         "Write a header under Column and one of these under Means: {valid}."),
    "column-option": N_("--column '{value}': write HEADER=FIELD, e.g. --column "
                        "\"Organisation/navn=name\"."),
    "column-field": N_("--column: '{value}' is not a field netkort knows. Use one of: {valid}."),
    "column-unused": N_("--column: no column is called '{value}'. The columns in the files are: "
                        "{found}."),
    "export-format": N_("{file}: unknown export format '{suffix}'. Use one of: {valid}"),
    "group-by": N_("cannot group by '{value}'. Use one of: {valid}"),
    "unknown-tag": N_("no actor is tagged '{tag}'.{hint}{known}"),
    "map-layout": N_("unknown layout '{value}'; use one of: {valid}"),
    "map-color": N_("unknown colour '{value}'; use one of: {valid}"),
    "pandas-missing": N_("Tables as DataFrames need pandas, which is not installed. Install it "
                         "with: pip install 'netkort[pandas]'"),
    "frame-coverage": N_("coverage.frame({given}) is not a coverage table. Use one of: {valid}."),
    "frame-gaps": N_("gaps_frame('{given}') is not known. Use one of: {valid}."),
    "frame-care": N_("care.frame('{given}') is not known. The care lists are: {valid}."),
    "save-suffix": N_("{file}: {what} is saved as {valid}, not {suffix}."),
    "option-choice": N_("{option} '{value}' is not known. Use one of: {valid}."),
    "option-number": N_("{option} '{value}': write a whole number from {low} to {high}."),
    "option-date": N_("{option} '{value}' is not a date. Write e.g. 2025-10-01 or 01-10-2025."),
    "option-date-range": N_("{option} '{value}': the date must be from {low} to {high}."),
    "option-suffix": N_("{option} '{value}': must end in {valid}."),
    "option-empty": N_("{option} is empty; write a text, or leave {option} out."),
    "lang-env": N_("NETKORT_LANG is '{value}', but netkort speaks {valid}. Set NETKORT_LANG to "
                   "one of them (e.g. en or en_GB.UTF-8), or unset it."),
    "compare-count": N_("netkort compare needs at least two files, oldest first (e.g. "
                        "contacts-2024.xlsx contacts-2025.xlsx); got only {file}."),
    "compare-order": N_("Note: the files do not look like they are in date order: {later} "
                        "({later_year}, {later_from}) is given before {earlier} ({earlier_year}, "
                        "{earlier_from}). netkort compare reads the files in the order given, "
                        "oldest first; give them in that order if this is a mistake."),
    "compare-no-levels": N_("Note: {file} has no relation levels: none of its {n} actors has a level "
                            "(network, cooperation or partnership in a column such as Relation). Its "
                            "levels are shown as unknown, not as 0, and whether relations moved up or "
                            "down from or to it cannot be seen."),
    "candidates-no-gaps": N_("No gaps in the coverage, so there are no candidates to write; {file} has "
                             "only the headings."),
    "candidates-none": N_("The network has no candidates for the gaps in the coverage; {file} has only "
                          "the headings, so write your own candidates in it."),
    "output-is-input": N_("{file} is the same file as the input {input}; netkort never writes "
                          "over an input. Choose another name for the output."),
    "output-failed": N_("{file}: the file could not be written: {reason}."),
    "template-exists": N_("{file} already exists; netkort template never writes over a workbook, which "
                          "may already be filled in. Choose another name, or delete the file first."),
    # TRANSLATORS: a relation level is one of the network circle's three: network, cooperation,
    #   partnership. da netværk/samarbejde/partnerskab: Byg partnerskaber! (bygpartnerskaber.dk). nb
    #   nettverk/samarbeid/partnerskap: Nasjonalbiblioteket 2023, 'Nye samarbeidsformer og partnerskap'
    #   (bibliotekutvikling.no). sv nätverk/samarbete/partnerskap: issue 14; Swedish public-sector texts
    #   mostly say samverkan (Digiteket/MUCF, Samverkansmodellen). relasjonsnivå/relationsnivå: no
    #   established term (our proposal).
    "unknown-level": N_("'{value}' is not a relation level{suggestion} Valid: {valid}"),
    "unknown-answer": N_("'{value}' is not a valid answer{suggestion} Valid: {valid}"),
    "hedged-answer": N_("'{value}' was read as '{answer}'; answer yes, no or don't know."),
    "unknown-decision": N_("'{value}' is not a valid decision{suggestion} Valid: {valid}"),
    # TRANSLATORS: the four spaces of Jochumsen, Hvenegaard Rasmussen & Skot-Hansen, 'The four spaces - a
    #   new model for the public library', New Library World 113 (2012). nb 'de fire biblioteksrommene'
    #   after 'fireromsmodellen' (Troms fylkesbibliotek, bibliotekrom.tromsfylke.no; UiT MDV-1204 course
    #   blog 2018). sv 'bibliotekets fyra rum': our proposal; the model's Swedish name is not settled (a
    #   Borås thesis says 'fyrfältsmodellen').
    "unknown-space": N_("'{value}' is not one of the four library spaces{suggestion} Valid: "
                        "{valid}"),
    "unknown-sector": N_("'{value}' is not a sector{suggestion} Valid: {valid}"),
    "unknown-agreement": N_("'{value}' is not an agreement type{suggestion} Valid: {valid}"),
    "bad-score": N_("'{value}' is not a valid score; write a whole number from 1 to 5 or a word "
                    "such as Low, Medium, High."),
    "bad-date": N_("'{value}' is not a date netkort can read; write day-month-year, e.g. "
                   "01-03-2024."),
    "ambiguous-date": N_("'{value}' was read as {date} (day first); correct the cell if the month "
                         "comes first."),
    "bad-email": N_("'{value}' does not look like an email address; the value is kept as written."),
    "bad-phone": N_("'{value}' does not look like a phone number; the value is kept as written."),
    # TRANSLATORS: the network circle's three levels, as in 'unknown-level': nb
    #   nettverk/samarbeid/partnerskap (Nasjonalbiblioteket 2023, bibliotekutvikling.no); sv
    #   nätverk/samarbete/partnerskap (issue 14; Digiteket/MUCF for the sector's usage).
    "missing-level": N_("The relation is missing; '{name}' is kept with an unknown level. Write "
                        "network, cooperation or partnership."),
    "missing-name": N_("The row has content but no name and cannot be used; fill in '{field}'."),
    "invisible-name": N_("The name looks empty and holds only invisible characters ({chars}), so "
                         "the row cannot be used; write a name in '{field}'."),
    "blank-rows": Nn_("{count} blank row was skipped ({rows}).",
                      "{count} blank rows were skipped ({rows})."),
    "merged-rows": Nn_("'{name}' is on {count} row ({rows}); it is one actor.",
                       "'{name}' is on {count} rows ({rows}); they are merged into one actor."),
    "similar-names": N_("'{a}' and '{b}' are similar ({score}%); are they the same actor? They "
                        "are not merged."),
    "conflict": N_("'{name}' has different values in '{field}': {values}; all are kept."),
    "duplicate-column": N_("Columns {first} and {second} both mean '{field}'; {first} is used and "
                           "{second} is kept as an extra column."),
    "duplicate-column-joined": N_("Columns {first} and {second} both mean '{field}'; the values "
                                  "of both are joined."),
    "too-long": N_("The cell holds {length} characters; Excel keeps at most 32,767, so the rest "
                   "would be cut in a spreadsheet."),
    "staff-namesake": N_("Two staff members are called '{name}' ({details}); they are kept apart, "
                         "but contacts naming them go to the first. Write e.g. '{name} "
                         "({example})' to tell them apart."),
    "staff-initials": N_("Staff member '{initials}' was read as '{name}' by the initials on the "
                         "staff sheet."),
    "staff-similar": N_("Staff members '{a}' and '{b}' look alike; are they the same person? They "
                        "are not merged."),
    "personal-column": N_("Column '{field}' looks like personal data; it is exported only with "
                          "--details and never shown on pages."),
    "personal-data": N_("The cell holds {what}; pages and exports without --details show {masks} "
                        "instead."),
    "personal-cpr": N_("The cell holds a CPR-like number; it is never shown, not even with "
                       "--details (only with --cpr). Delete it from the spreadsheet if it does "
                       "not belong there."),
    "cpr-without-details": N_("--cpr shows CPR-like numbers along with the other personal data, "
                              "so it needs --details."),
    "cpr-shown": N_("Warning: --cpr: {file} shows CPR-like numbers. CPR numbers are sensitive "
                    "personal data; do not share the file, and delete it when you are done."),
    "cpr-shown-output": N_("Warning: --cpr: the output shows CPR-like numbers. CPR numbers are "
                           "sensitive personal data; do not keep or share it."),
    "personal-header-data": N_("The column header holds {what}; pages and exports without "
                               "--details show {masks} instead, in the column's name too."),
    "personal-header-cpr": N_("The column header holds a CPR-like number; it is never shown, not "
                              "even with --details (only with --cpr). Change the header in the "
                              "spreadsheet."),
    # TRANSLATORS: 'Unknown actor' must be the label the public page shows (netkort/privacy.py).
    "public-unknown": N_("Note: {count} shown as 'Unknown actor' on the public page, because "
                         "netkort cannot tell that {they} ({reasons}). Give {them} a type such as "
                         "association, school, cultural institution, company or municipality in "
                         "the Type column, and the name is shown."),
    "public-unknown-untyped": N_("{count} with no type"),
    "public-unknown-types": N_("{count} with a type not known as an organisation's: {types}"),
    "public-unknown-titled": N_("{count} with a title or role in the name, e.g. chair or Mr"),
    "control-chars": N_("Invisible control characters were removed from the cell."),
    "bidi-chars": N_("Characters that reverse the writing direction ({chars}) were removed from "
                     "the cell; they can make a name look like another. The cell reads '{value}'."),
    "invisible-only": N_("The cell looks empty but holds invisible characters ({chars}); it was "
                         "read as empty."),
    "one-line": N_("The cell was on several lines; the line breaks were replaced by spaces: "
                   "'{value}'."),
    "filled-down": Nn_("'{name}' is in a merged cell over {count} row in '{field}'; the value is "
                       "used on it.",
                       "'{name}' is in a merged cell over {count} rows in '{field}'; the value is "
                       "used on each row."),
    "ignored-sheet": N_("Sheet '{sheet}' was not read because netkort does not recognise its "
                        "columns."),
    "far-cells": Nn_("{count} cell far from the table was not read ({cells}); delete it in Excel "
                     "if it was typed by mistake.",
                     "{count} cells far from the table were not read ({cells}); delete them in "
                     "Excel if they were typed by mistake."),
    "formula-no-value": N_("The cell holds a formula with no saved result; open the file in Excel "
                           "and save it again to include the result."),
    "read-as-csv": N_("The file is named .xlsx but is a CSV file; it was read as CSV."),
    "csv-encoding": N_("The file is not saved as UTF-8; netkort read it as {encoding}, judging by "
                       "words such as {examples}. If æ, ø and å look wrong, save the file as 'CSV "
                       "UTF-8' and try again."),
    "csv-encoding-unsure": N_("netkort cannot tell for certain which character encoding the file "
                              "is saved in and read it as {encoding}{examples}. If æ, ø and å "
                              "look wrong, save the file as 'CSV UTF-8' and try again."),
    "csv-encoding-damaged": N_("The file is {encoding}, but {count} could not be read and show as "
                               "'\ufffd' (first in line {line}). Save the file as 'CSV UTF-8' again, "
                               "or correct the characters."),
    "csv-open-quote": N_("The cell starts with a quotation mark that is not closed, so the rows "
                         "below it would end up in this one cell. netkort ended the cell on its "
                         "own line and read the rows below it one by one. Remove the quotation "
                         "mark, or add the closing one where the text ends."),
    "csv-quote-to-end": N_("The cell starts with a quotation mark that is never closed, so the "
                           "rest of the file ({lines}) was read into the cell. Add the closing "
                           "quotation mark where the text ends."),
    "csv-row-length": Nn_("The row has {count} cell but the header has {expected}; check "
                          "delimiters and quotes.",
                          "The row has {count} cells but the header has {expected}; check "
                          "delimiters and quotes."),
    # TRANSLATORS: actor: nb aktør (Innlandet fylkesbibliotek, 'Biblioteket som samskaper',
    #   bibliotekutvikling.no); sv aktör (Brisander 2017, 'Bibliotek i samspel med lokalsamhället').
    "unknown-actor": N_("'{name}' is not among the contacts; it was added as an actor with no "
                        "staff member."),
    "repeated-relation": Nn_("'{a}' and '{b}' are connected on {count} row; it is one relation in "
                             "the network.",
                             "'{a}' and '{b}' are connected on {count} rows; they are one "
                             "relation in the network, and every note and value is kept."),
    "checklist-unknown": N_("'{name}' is on the checklist but not among the contacts, so the row "
                            "is left out of the analysis.{hint}"),
    "guide-repeated": Nn_("'{name}' is on {count} row ({rows}).",
                          "'{name}' is on {count} rows ({rows}); they are read as one, and where "
                          "their answers differ, the first row counts."),
    "checklist-not-partnership": N_("'{name}' is on the checklist but {level} among the contacts, not a "
                                    "partnership, so the row is left out of the analysis. Change the "
                                    "relation to partnership if it is one, or remove the row."),
    "checklist-unused-note": Nn_("Note: {count} row on {sheet} matches no partnership; see it with "
                                 "netkort check.",
                                 "Note: {count} rows on {sheet} match no partnership; see them with "
                                 "netkort check."),
    "self-relation": N_("The relation goes from '{name}' to itself and was skipped."),
    "missing-endpoint": N_("The relation lacks '{field}' and cannot be used."),
    # (a DTD or entity in one is refused with "file-xml-attack", as in an xlsx)
    "file-corrupt-graph": N_("{file}: the file cannot be read as {format}; it is damaged or "
                             "incomplete. Save it again from the program that made it."),
    "file-other-graph": N_("{file}: the file is {format} but not a network netkort can read. "
                           "netkort reads spreadsheets (.xlsx, .xls and .csv), graph files in "
                           "GraphML, GEXF and node-link JSON (from networkx or graphology), and "
                           "Kumu, Onodo, Gephi and NodeXL workbooks."),
    #     failed writes to the terminal
    "file-corrupt-xls": N_("{file}: the file is damaged or incomplete and cannot be read as .xls. "
                           "Open it in Excel and save it again, preferably as .xlsx."),
    "file-too-big-xls": N_("{file}: the file is {size} MB, more than netkort reads from an .xls "
                           "({limit} MB)."),
    "book-too-big": N_("{file}: the sheets together span more than {limit} cells, more than "
                       "netkort reads from an .xls. Delete cells far from the tables in Excel, or "
                       "save the file as .xlsx, and try again."),
    "stdout-failed": N_("could not write to {file}: {reason}."),
    "io-failed": N_("{file}: could not write or read the file: {reason}."),
    "read-as-xls": N_("The file's name says otherwise, but it is an old Excel workbook (.xls); it "
                      "was read as .xls."),
    "hidden-rows": N_("{rows} hidden in Excel but read; check that the content belongs."),
    "hidden-columns": N_("{columns} hidden in Excel but read; check that the content belongs."),
    "csv-open-quote-last": N_("The cell starts with a quotation mark that is not closed before "
                              "the file ends. netkort ended the cell on its own line and read the "
                              "row's other cells one by one. Remove the quotation mark, or add "
                              "the closing one where the text ends."),
    "hidden-chars": N_("The cell holds characters that do not show ({chars}); they were kept but "
                       "do not count when names are compared, so the name is the same as without "
                       "them."),
}


def say(code: str, lang: str = "da", **params: object) -> str:
    """The sentence for ``code`` in ``lang`` with ``params`` filled in.

    A parameter that is itself a sentence is a :class:`~netkort.i18n.Phrase`, said in ``lang`` too.
    """
    text = MESSAGES[code]
    values = {k: v(lang) if isinstance(v, Phrase) else v for k, v in params.items()}
    values = {k: _quoted(v) if k in DATA_PARAMS else v for k, v in values.items()}
    if isinstance(text, tuple):
        return ngettext(*text, params["count"], lang).format(**values)
    return gettext(text, lang).format(**values)


# A cell's value quoted in a sentence is cut here: a 400,000-character cell makes a message, not a
# page. Only the parameters that carry text from the data are cut; netkort's own lists stay whole.
QUOTE_LIMIT = 120
DATA_PARAMS = frozenset({"value", "name", "first", "second", "a", "b", "found", "tag", "title"})


def _quoted(value: object) -> object:
    if isinstance(value, str) and len(value) > QUOTE_LIMIT:
        return value[:QUOTE_LIMIT - 1] + "…"
    return value
