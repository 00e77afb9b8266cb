"""Every sentence netkort says about input, in Danish and English.

Problems carry a ``code`` and parameters; the text is made here, in the
language asked for, so the JSON and the terminal say the same thing.
"""

from __future__ import annotations

LANGS = ("da", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # --- file-level failures ------------------------------------------------
    "file-missing": {
        "da": "{file}: filen findes ikke.",
        "en": "{file}: file not found.",
    },
    "file-is-folder": {
        "da": "{file}: er en mappe, ikke en fil.",
        "en": "{file}: is a folder, not a file.",
    },
    "file-empty": {
        "da": "{file}: filen er tom (0 byte).",
        "en": "{file}: the file is empty (0 bytes).",
    },
    "file-html": {
        "da": "{file}: filen er en HTML-side, ikke et regneark. Åbn den i Excel og gem den som .xlsx.",
        "en": "{file}: the file is an HTML page, not a spreadsheet. Open it in Excel and save it as .xlsx.",
    },
    "file-format": {
        "da": "{file}: filen er ikke et regneark, men {format}. netkort læser .xlsx og .csv.",
        "en": "{file}: the file is not a spreadsheet but {format}. netkort reads .xlsx and .csv.",
    },
    "file-other-spreadsheet": {
        "da": "{file}: filen er {format}, som netkort ikke læser. Gem den som .xlsx (Filer > Gem som) og prøv igen.",
        "en": "{file}: the file is {format}, which netkort does not read. Save it as .xlsx (File > Save As) and try again.",
    },
    "file-binary": {
        "da": "{file}: filen er ikke et regneark, men binære data. netkort læser .xlsx og .csv.",
        "en": "{file}: the file is not a spreadsheet but binary data. netkort reads .xlsx and .csv.",
    },
    "file-corrupt": {
        "da": "{file}: filen er beskadiget eller ufuldstændig og kan ikke læses som .xlsx. "
              "Åbn den i Excel og gem den igen.",
        "en": "{file}: the file is damaged or incomplete and cannot be read as .xlsx. "
              "Open it in Excel and save it again.",
    },
    "file-password": {
        "da": "{file}: projektmappen er beskyttet med adgangskode. Fjern adgangskoden i Excel "
              "(Filer > Info > Beskyt projektmappe) og gem igen.",
        "en": "{file}: the workbook is password-protected. Remove the password in Excel "
              "(File > Info > Protect Workbook) and save it again.",
    },
    "file-too-big": {
        "da": "{file}: filen pakkes ud til {size} MB (grænsen er {limit} MB) og læses ikke.",
        "en": "{file}: the file unpacks to {size} MB (the limit is {limit} MB) and is not read.",
    },
    "file-too-big-text": {
        "da": "{file}: filen fylder {size} MB, mere end netkort læser som tekst ({limit} MB).",
        "en": "{file}: the file is {size} MB, more than netkort reads as text ({limit} MB).",
    },
    "file-zip-bomb": {
        "da": "{file}: filen er pakket usædvanligt tæt ({ratio}:1) og ligner en zip-bombe; den læses ikke.",
        "en": "{file}: the file is compressed unusually tightly ({ratio}:1) and looks like a zip bomb; "
              "it is not read.",
    },
    "file-xml-attack": {
        "da": "{file}: filen indeholder XML-entiteter, som et regneark ikke bruger; den læses ikke.",
        "en": "{file}: the file contains XML entity declarations that no spreadsheet uses; it is not read.",
    },
    "sheet-too-big": {
        "da": "{file}: arket '{sheet}' spænder over {rows} rækker × {columns} kolonner, mere end "
              "netkort læser ({limit} celler). Slet celler langt fra tabellen i Excel, og gem igen.",
        "en": "{file}: sheet '{sheet}' spans {rows} rows × {columns} columns, more than netkort reads "
              "({limit} cells). Delete cells far from the table in Excel and save again.",
    },
    "file-unreadable": {
        "da": "{file}: filen kan ikke læses ({detail}).",
        "en": "{file}: the file cannot be read ({detail}).",
    },
    "csv-delimiter": {
        "da": "{file}: skilletegnet kunne ikke genkendes. Gem filen som CSV med semikolon, komma "
              "eller tabulator som skilletegn.",
        "en": "{file}: the delimiter could not be recognised. Save the file as CSV separated by "
              "semicolons, commas or tabs.",
    },
    "no-name-column": {
        "da": "{file}: netkort kan ikke finde kolonnen med aktørernes navne. {where} ligner overskriften: "
              "{found}. Mente du '{guess}'? Så skriv: {option} (eller læg et ark 'netkort' med kolonnerne "
              "Kolonne og Betyder i projektmappen). Navnekolonnen kan fx hedde: {accepted}.",
        "en": "{file}: netkort cannot find the column with the actors' names. {where} looks like the "
              "header: {found}. Did you mean '{guess}'? Then write: {option} (or add a sheet 'netkort' with "
              "the columns Kolonne and Betyder to the workbook). The name column may be called e.g.: {accepted}.",
    },
    "no-contacts-sheet": {
        "da": "{file}: der er intet kontaktark; {sheets} har relationer eller medarbejdere, men ingen "
              "kontakter. Kontakterne skal stå på et ark med en navnekolonne (Navn).",
        "en": "{file}: there is no contacts sheet; {sheets} holds relations or staff, but no contacts. "
              "Contacts must be on a sheet with a name column (Name).",
    },
    "no-data": {
        "da": "{file}: der er ingen kontakter; {what}.",
        "en": "{file}: there are no contacts; {what}.",
    },
    "only-guide-sheets": {
        "da": "{file}: filen har kun {sheets} og ingen kontakter. Læs den sammen med kontakterne, "
              "fx netkort analyse kontakter.xlsx {name}.",
        "en": "{file}: the file holds only {sheets} and no contacts. Read it together with the contacts, "
              "e.g. netkort analyse contacts.xlsx {name}.",
    },
    "no-rows": {
        "da": "{file}: arket '{sheet}' har overskrifter, men ingen kontakter.",
        "en": "{file}: sheet '{sheet}' has headers but no contacts.",
    },
    "tool-sheets": {
        "da": "Arkene {sheets} hører til {tool}s egen opsætning og holder ikke netværket; de er ikke læst.",
        "en": "Sheets {sheets} belong to {tool}'s own set-up and do not hold the network; they were not read.",
    },
    "house-details": {
        "da": "'{name}' er huset selv, netkortets midte; filens øvrige oplysninger om det ({details}) er ikke med.",
        "en": "'{name}' is the house itself, the map's centre; the file's other details about it ({details}) "
              "are left out.",
    },
    "several-houses": {
        "da": "{names} er alle af typen bibliotek; netkort ved ikke, hvilket af dem der er huset selv, så "
              "de er alle med som aktører. Giv de andre en anden type, så bliver det ene huset.",
        "en": "{names} are all typed library; netkort cannot tell which of them is the house itself, so "
              "they are all kept as actors. Give the others another type, and the one left is the house.",
    },
    "staff-relation": {
        "da": "Forbindelsen mellem medarbejderne '{a}' og '{b}' er ikke med; netkort viser medarbejdernes "
              "forbindelser til aktører, ikke til hinanden.",
        "en": "The connection between staff members '{a}' and '{b}' is left out; netkort shows staff "
              "members' connections to actors, not to each other.",
    },
    "no-rows-formulas": {
        "da": "{file}: arket '{sheet}' har overskrifter, men dets celler er formler uden gemt resultat, så "
              "netkort kan ikke se kontakterne. Åbn filen i Excel, og gem den igen, så resultaterne kommer med.",
        "en": "{file}: sheet '{sheet}' has headers, but its cells are formulas with no saved result, so netkort "
              "cannot see the contacts. Open the file in Excel and save it again to include the results.",
    },
    "empty-table": {
        "da": "Arket '{sheet}' har overskrifter, men ingen rækker; det er sprunget over.",
        "en": "Sheet '{sheet}' has headers but no rows; it was skipped.",
    },
    "hidden-sheet-read": {
        "da": "Arket '{sheet}' er skjult i Excel, men er læst, fordi det har en tabel, netkort kender.",
        "en": "Sheet '{sheet}' is hidden in Excel but was read, because it holds a table netkort knows.",
    },
    "outside-table": {
        "da": "Kun Excel-tabellen '{table}' er læst; cellerne uden for den ({cells}) er ikke med. "
              "Udvid tabellen i Excel, hvis de hører til.",
        "en": "Only the Excel table '{table}' was read; the cells outside it ({cells}) are left out. "
              "Extend the table in Excel if they belong to it.",
    },
    "unnamed-column": {
        "da": "Kolonne {letter} har ingen overskrift, men har værdier; de er beholdt som '{name}'. "
              "Skriv en overskrift, hvis kolonnen betyder noget bestemt.",
        "en": "Column {letter} has no header but holds values; they are kept as '{name}'. "
              "Write a header if the column means something in particular.",
    },
    "section-rows": {
        "da": "{row} {rows} {what} ({titles}), ikke kontakter, og er sprunget over.",
        "en": "{row} {rows} {what} ({titles}), not contacts, and skipped.",
    },
    "column-map-unused": {
        "da": "Kolonnekortet nævner '{value}', men ingen kolonne hedder sådan. Kolonnerne er: {found}.",
        "en": "The column map names '{value}', but no column is called that. The columns are: {found}.",
    },
    "column-map-row": {
        "da": "Kolonnekortet siger '{header}' = '{value}', men det kan netkort ikke bruge. Skriv en "
              "overskrift i Kolonne og et af disse i Betyder: {valid}.",
        "en": "The column map says '{header}' = '{value}', which netkort cannot use. Write a header "
              "under Column and one of these under Means: {valid}.",
    },
    # --- option values netkort does not know (exit code 2) -------------------
    "column-option": {
        "da": "--column '{value}': skriv OVERSKRIFT=FELT, fx --column \"Organisation/navn=navn\".",
        "en": "--column '{value}': write HEADER=FIELD, e.g. --column \"Organisation/navn=name\".",
    },
    "column-field": {
        "da": "--column: '{value}' er ikke et felt, netkort kender. Brug et af: {valid}.",
        "en": "--column: '{value}' is not a field netkort knows. Use one of: {valid}.",
    },
    "column-unused": {
        "da": "--column: ingen kolonne hedder '{value}'. Kolonnerne i filerne er: {found}.",
        "en": "--column: no column is called '{value}'. The columns in the files are: {found}.",
    },
    "export-format": {
        "da": "{file}: ukendt eksportformat '{suffix}'. Brug et af: {valid}",
        "en": "{file}: unknown export format '{suffix}'. Use one of: {valid}",
    },
    "group-by": {
        "da": "kan ikke gruppere efter '{value}'. Brug en af: {valid}",
        "en": "cannot group by '{value}'. Use one of: {valid}",
    },
    "unknown-tag": {
        "da": "ingen aktører har temaet '{tag}'.{hint}{known}",
        "en": "no actor is tagged '{tag}'.{hint}{known}",
    },
    "map-layout": {
        "da": "ukendt layout '{value}'; brug et af: {valid}",
        "en": "unknown layout '{value}'; use one of: {valid}",
    },
    "map-color": {
        "da": "ukendt farvevalg '{value}'; brug et af: {valid}",
        "en": "unknown colour '{value}'; use one of: {valid}",
    },
    # --- netkort in Python and notebooks (netkort.frames, netkort.display)
    "pandas-missing": {
        "da": "Tabeller som DataFrames kræver pandas, som ikke er installeret. "
              "Installer den med: pip install 'netkort[pandas]'",
        "en": "Tables as DataFrames need pandas, which is not installed. "
              "Install it with: pip install 'netkort[pandas]'",
    },
    "frame-coverage": {
        "da": "coverage.frame({given}) er ikke en dækningstabel. Brug en af: {valid}.",
        "en": "coverage.frame({given}) is not a coverage table. Use one of: {valid}.",
    },
    "frame-gaps": {
        "da": "gaps_frame('{given}') kendes ikke. Brug en af: {valid}.",
        "en": "gaps_frame('{given}') is not known. Use one of: {valid}.",
    },
    "frame-care": {
        "da": "care.frame('{given}') kendes ikke. Plejelisterne er: {valid}.",
        "en": "care.frame('{given}') is not known. The care lists are: {valid}.",
    },
    "save-suffix": {
        "da": "{file}: {what} gemmes som {valid}, ikke {suffix}.",
        "en": "{file}: {what} is saved as {valid}, not {suffix}.",
    },
    "option-choice": {
        "da": "{option} '{value}' kendes ikke. Brug en af: {valid}.",
        "en": "{option} '{value}' is not known. Use one of: {valid}.",
    },
    "option-number": {
        "da": "{option} '{value}': skriv et helt tal fra {low} til {high}.",
        "en": "{option} '{value}': write a whole number from {low} to {high}.",
    },
    "option-date": {
        "da": "{option} '{value}' er ikke en dato. Skriv fx 2025-10-01 eller 01-10-2025.",
        "en": "{option} '{value}' is not a date. Write e.g. 2025-10-01 or 01-10-2025.",
    },
    "option-date-range": {
        "da": "{option} '{value}': datoen skal ligge fra {low} til {high}.",
        "en": "{option} '{value}': the date must be from {low} to {high}.",
    },
    "option-suffix": {
        "da": "{option} '{value}': skal ende på {valid}.",
        "en": "{option} '{value}': must end in {valid}.",
    },
    "option-empty": {
        "da": "{option} er tom; skriv en tekst, eller udelad {option}.",
        "en": "{option} is empty; write a text, or leave {option} out.",
    },
    "lang-env": {
        "da": "NETKORT_LANG er '{value}', men netkort taler {valid}. Sæt NETKORT_LANG til en af dem "
              "(fx da eller da_DK.UTF-8), eller fjern den.",
        "en": "NETKORT_LANG is '{value}', but netkort speaks {valid}. Set NETKORT_LANG to one of them "
              "(e.g. en or en_GB.UTF-8), or unset it.",
    },
    "compare-count": {
        "da": "netkort compare skal have mindst to filer, ældste først (fx kontakter-2024.xlsx "
              "kontakter-2025.xlsx); fik kun {file}.",
        "en": "netkort compare needs at least two files, oldest first (e.g. contacts-2024.xlsx "
              "contacts-2025.xlsx); got only {file}.",
    },
    "compare-order": {
        "da": "Bemærk: filerne ser ikke ud til at stå i datoorden: {later} ({later_year}, {later_from}) er "
              "givet før {earlier} ({earlier_year}, {earlier_from}). netkort compare læser filerne i den "
              "rækkefølge, de er givet, ældste først; giv dem i den rækkefølge, hvis det er en fejl.",
        "en": "Note: the files do not look like they are in date order: {later} ({later_year}, {later_from}) "
              "is given before {earlier} ({earlier_year}, {earlier_from}). netkort compare reads the files "
              "in the order given, oldest first; give them in that order if this is a mistake.",
    },
    "compare-no-levels": {
        "da": "Bemærk: {file} har ingen relationsniveauer: ingen af dens {n} aktører har et niveau (netværk, "
              "samarbejde eller partnerskab i en kolonne som Relation). Dens niveauer står som ukendte, ikke "
              "som 0, og om relationer rykkede op eller ned fra eller til den, kan ikke ses.",
        "en": "Note: {file} has no relation levels: none of its {n} actors has a level (network, cooperation "
              "or partnership in a column such as Relation). Its levels are shown as unknown, not as 0, and "
              "whether relations moved up or down from or to it cannot be seen.",
    },
    "candidates-no-gaps": {
        "da": "Ingen huller i dækningen, så der er ingen kandidater at skrive; {file} har kun overskrifterne.",
        "en": "No gaps in the coverage, so there are no candidates to write; {file} has only the headings.",
    },
    "candidates-none": {
        "da": "Netværket har ingen kandidater til hullerne i dækningen; {file} har kun overskrifterne, så "
              "skriv jeres egne kandidater i den.",
        "en": "The network has no candidates for the gaps in the coverage; {file} has only the headings, so "
              "write your own candidates in it.",
    },
    # --- outputs --------------------------------------------------------------
    "output-is-input": {
        "da": "{file} er den samme fil som inputtet {input}; netkort skriver aldrig oven i et input. "
              "Vælg et andet navn til outputtet.",
        "en": "{file} is the same file as the input {input}; netkort never writes over an input. "
              "Choose another name for the output.",
    },
    "output-failed": {
        "da": "{file}: filen kunne ikke skrives: {reason}.",
        "en": "{file}: the file could not be written: {reason}.",
    },
    # --- problems in cells and rows -----------------------------------------
    "unknown-level": {
        "da": "'{value}' er ikke et relationsniveau{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not a relation level{suggestion} Valid: {valid}",
    },
    "unknown-answer": {
        "da": "'{value}' er ikke et gyldigt svar{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not a valid answer{suggestion} Valid: {valid}",
    },
    "hedged-answer": {
        "da": "'{value}' er læst som '{answer}'; svar ja, nej eller ved ikke.",
        "en": "'{value}' was read as '{answer}'; answer yes, no or don't know.",
    },
    "unknown-decision": {
        "da": "'{value}' er ikke en gyldig beslutning{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not a valid decision{suggestion} Valid: {valid}",
    },
    "unknown-space": {
        "da": "'{value}' er ikke et af de fire biblioteksrum{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not one of the four library spaces{suggestion} Valid: {valid}",
    },
    "unknown-sector": {
        "da": "'{value}' er ikke en sektor{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not a sector{suggestion} Valid: {valid}",
    },
    "unknown-agreement": {
        "da": "'{value}' er ikke en aftaletype{suggestion} Gyldige: {valid}",
        "en": "'{value}' is not an agreement type{suggestion} Valid: {valid}",
    },
    "bad-score": {
        "da": "'{value}' er ikke en gyldig score; skriv et helt tal fra 1 til 5 eller et ord som Lav, Middel, Høj.",
        "en": "'{value}' is not a valid score; write a whole number from 1 to 5 or a word such as Low, Medium, High.",
    },
    "bad-date": {
        "da": "'{value}' er ikke en dato, netkort kan læse; skriv dag-måned-år, f.eks. 01-03-2024.",
        "en": "'{value}' is not a date netkort can read; write day-month-year, e.g. 01-03-2024.",
    },
    "ambiguous-date": {
        "da": "'{value}' er læst som {date} (dag først); ret cellen, hvis måneden står først.",
        "en": "'{value}' was read as {date} (day first); correct the cell if the month comes first.",
    },
    "bad-email": {
        "da": "'{value}' ligner ikke en e-mailadresse; værdien er gemt som den står.",
        "en": "'{value}' does not look like an email address; the value is kept as written.",
    },
    "bad-phone": {
        "da": "'{value}' ligner ikke et telefonnummer; værdien er gemt som den står.",
        "en": "'{value}' does not look like a phone number; the value is kept as written.",
    },
    "missing-level": {
        "da": "Relationen mangler; '{name}' er med, men med ukendt niveau. Skriv netværk, samarbejde eller partnerskab.",
        "en": "The relation is missing; '{name}' is kept with an unknown level. Write network, cooperation or partnership.",
    },
    "missing-name": {
        "da": "Rækken har indhold, men intet navn, og kan ikke bruges; udfyld '{field}'.",
        "en": "The row has content but no name and cannot be used; fill in '{field}'.",
    },
    "invisible-name": {
        "da": "Navnet ser tomt ud og består kun af usynlige tegn ({chars}), så rækken kan ikke bruges; "
              "skriv et navn i '{field}'.",
        "en": "The name looks empty and holds only invisible characters ({chars}), so the row cannot be used; "
              "write a name in '{field}'.",
    },
    "blank-rows": {
        "da": "{count} {what} sprunget over ({rows}).",
        "en": "{count} {what} skipped ({rows}).",
    },
    "merged-rows": {
        "da": "'{name}' står på {count} rækker ({rows}); de er slået sammen til én aktør.",
        "en": "'{name}' is on {count} rows ({rows}); they are merged into one actor.",
    },
    "similar-names": {
        "da": "'{a}' og '{b}' ligner hinanden ({score} %); er det samme aktør? De er ikke slået sammen.",
        "en": "'{a}' and '{b}' are similar ({score}%); are they the same actor? They are not merged.",
    },
    "conflict": {
        "da": "'{name}' har forskellige værdier i '{field}': {values}; alle er gemt.",
        "en": "'{name}' has different values in '{field}': {values}; all are kept.",
    },
    "duplicate-column": {
        "da": "Kolonnerne {first} og {second} betyder begge '{field}'; {first} bruges, og {second} gemmes som ekstra kolonne.",
        "en": "Columns {first} and {second} both mean '{field}'; {first} is used and {second} is kept as an extra column.",
    },
    "duplicate-column-joined": {
        "da": "Kolonnerne {first} og {second} betyder begge '{field}'; værdierne fra begge er lagt sammen.",
        "en": "Columns {first} and {second} both mean '{field}'; the values of both are joined.",
    },
    "too-long": {
        "da": "Cellen har {length} tegn; Excel gemmer højst 32.767, så resten vil mangle i et regneark.",
        "en": "The cell holds {length} characters; Excel keeps at most 32,767, so the rest would be cut in a spreadsheet.",
    },
    "staff-namesake": {
        "da": "To medarbejdere hedder '{name}' ({details}); de holdes adskilt, men kontakter med navnet "
              "knyttes til den første. Skriv fx '{name} ({example})' for at skelne.",
        "en": "Two staff members are called '{name}' ({details}); they are kept apart, but contacts naming "
              "them go to the first. Write e.g. '{name} ({example})' to tell them apart.",
    },
    "staff-initials": {
        "da": "Medarbejderen '{initials}' er læst som '{name}' efter initialerne på medarbejderarket.",
        "en": "Staff member '{initials}' was read as '{name}' by the initials on the staff sheet.",
    },
    "staff-similar": {
        "da": "Medarbejderne '{a}' og '{b}' ligner hinanden; er det samme person? De er ikke slået sammen.",
        "en": "Staff members '{a}' and '{b}' look alike; are they the same person? They are not merged.",
    },
    "personal-column": {
        "da": "Kolonnen '{field}' ligner personoplysninger; den kommer kun med i eksport med --details og vises aldrig på siderne.",
        "en": "Column '{field}' looks like personal data; it is exported only with --details and never shown on pages.",
    },
    "personal-data": {
        "da": "Cellen indeholder {what}; siderne og eksport uden --details viser {masks} i stedet.",
        "en": "The cell holds {what}; pages and exports without --details show {masks} instead.",
    },
    "personal-cpr": {
        "da": "Cellen indeholder et CPR-lignende nummer; det vises aldrig, heller ikke med --details "
              "(kun med --cpr). Slet det fra regnearket, hvis det ikke skal stå der.",
        "en": "The cell holds a CPR-like number; it is never shown, not even with --details "
              "(only with --cpr). Delete it from the spreadsheet if it does not belong there.",
    },
    "cpr-without-details": {
        "da": "--cpr viser CPR-lignende numre sammen med de øvrige personoplysninger, så det kræver --details.",
        "en": "--cpr shows CPR-like numbers along with the other personal data, so it needs --details.",
    },
    "cpr-shown": {
        "da": "Advarsel: --cpr: {file} viser CPR-lignende numre. CPR-numre er følsomme personoplysninger; "
              "del ikke filen, og slet den, når du er færdig.",
        "en": "Warning: --cpr: {file} shows CPR-like numbers. CPR numbers are sensitive personal data; "
              "do not share the file, and delete it when you are done.",
    },
    "cpr-shown-output": {
        "da": "Advarsel: --cpr: udskriften viser CPR-lignende numre. CPR-numre er følsomme personoplysninger; "
              "gem og del den ikke.",
        "en": "Warning: --cpr: the output shows CPR-like numbers. CPR numbers are sensitive personal data; "
              "do not keep or share it.",
    },
    "personal-header-data": {
        "da": "Kolonneoverskriften indeholder {what}; siderne og eksport uden --details viser {masks} i stedet, "
              "også i kolonnens navn.",
        "en": "The column header holds {what}; pages and exports without --details show {masks} instead, "
              "in the column's name too.",
    },
    "personal-header-cpr": {
        "da": "Kolonneoverskriften indeholder et CPR-lignende nummer; det vises aldrig, heller ikke med --details "
              "(kun med --cpr). Ret overskriften i regnearket.",
        "en": "The column header holds a CPR-like number; it is never shown, not even with --details "
              "(only with --cpr). Change the header in the spreadsheet.",
    },
    "public-unknown": {
        "da": "Bemærk: {count} vises som 'Ukendt aktør' på den offentlige side, fordi netkort ikke kan se, "
              "at {they} ({reasons}). Giv {them} en type som forening, skole, kulturinstitution, "
              "virksomhed eller kommune i kolonnen Type, så vises navnet.",
        "en": "Note: {count} shown as 'Unknown actor' on the public page, because netkort cannot tell that "
              "{they} ({reasons}). Give {them} a type such as association, school, cultural institution, "
              "company or municipality in the Type column, and the name is shown.",
    },
    "public-unknown-untyped": {
        "da": "{count} uden type",
        "en": "{count} with no type",
    },
    "public-unknown-types": {
        "da": "{count} med en type, der ikke er kendt som en organisations: {types}",
        "en": "{count} with a type not known as an organisation's: {types}",
    },
    "public-unknown-titled": {
        "da": "{count} med en titel eller rolle i navnet, fx formand eller hr.",
        "en": "{count} with a title or role in the name, e.g. chair or Mr",
    },
    "control-chars": {
        "da": "Usynlige styretegn er fjernet fra cellen.",
        "en": "Invisible control characters were removed from the cell.",
    },
    "bidi-chars": {
        "da": "Tegn, der vender skriftretningen ({chars}), er fjernet fra cellen; de kan få et navn til at "
              "se ud som et andet. Cellen læses som '{value}'.",
        "en": "Characters that reverse the writing direction ({chars}) were removed from the cell; they can "
              "make a name look like another. The cell reads '{value}'.",
    },
    "invisible-only": {
        "da": "Cellen ser tom ud, men indeholder usynlige tegn ({chars}); den er læst som tom.",
        "en": "The cell looks empty but holds invisible characters ({chars}); it was read as empty.",
    },
    "one-line": {
        "da": "Cellen stod på flere linjer; linjeskiftene er erstattet med mellemrum: '{value}'.",
        "en": "The cell was on several lines; the line breaks were replaced by spaces: '{value}'.",
    },
    "filled-down": {
        "da": "'{name}' står i en flettet celle over {count} rækker i '{field}'; værdien er brugt på hver række.",
        "en": "'{name}' is in a merged cell over {count} rows in '{field}'; the value is used on each row.",
    },
    "ignored-sheet": {
        "da": "Arket '{sheet}' er ikke læst, fordi netkort ikke genkender dets kolonner.",
        "en": "Sheet '{sheet}' was not read because netkort does not recognise its columns.",
    },
    "far-cells": {
        "da": "{count} celle(r) langt fra tabellen er ikke læst ({cells}); slet dem i Excel, hvis de er tastet ved en fejl.",
        "en": "{count} cell(s) far from the table were not read ({cells}); delete them in Excel if they were typed by mistake.",
    },
    "formula-no-value": {
        "da": "Cellen har en formel uden gemt resultat; åbn filen i Excel, og gem den igen, så resultatet kommer med.",
        "en": "The cell holds a formula with no saved result; open the file in Excel and save it again to include the result.",
    },
    "read-as-csv": {
        "da": "Filen hedder .xlsx, men er en CSV-fil; den er læst som CSV.",
        "en": "The file is named .xlsx but is a CSV file; it was read as CSV.",
    },
    "csv-encoding": {
        "da": "Filen er ikke gemt som UTF-8; netkort har læst den som {encoding} ud fra ord som {examples}. "
              "Ser æ, ø og å forkerte ud, så gem filen som 'CSV UTF-8' og prøv igen.",
        "en": "The file is not saved as UTF-8; netkort read it as {encoding}, judging by words such as "
              "{examples}. If æ, ø and å look wrong, save the file as 'CSV UTF-8' and try again.",
    },
    "csv-encoding-unsure": {
        "da": "netkort kan ikke se sikkert, hvilket tegnsæt filen er gemt i, og har læst den som "
              "{encoding}{examples}. Ser æ, ø og å forkerte ud, så gem filen som 'CSV UTF-8' og prøv igen.",
        "en": "netkort cannot tell for certain which character encoding the file is saved in and read it as "
              "{encoding}{examples}. If æ, ø and å look wrong, save the file as 'CSV UTF-8' and try again.",
    },
    "csv-encoding-damaged": {
        "da": "Filen er {encoding}, men {count} kunne ikke læses og står som '\ufffd' (første gang i linje "
              "{line}). Gem filen som 'CSV UTF-8' igen, eller ret tegnene.",
        "en": "The file is {encoding}, but {count} could not be read and show as '\ufffd' (first in line "
              "{line}). Save the file as 'CSV UTF-8' again, or correct the characters.",
    },
    "csv-open-quote": {
        "da": "Cellen begynder med et anførselstegn, som ikke lukkes, så rækkerne under den ville ende i "
              "denne ene celle. netkort har ladet cellen slutte på sin egen linje og læst rækkerne under den "
              "hver for sig. Fjern anførselstegnet, eller sæt det afsluttende anførselstegn, hvor teksten slutter.",
        "en": "The cell starts with a quotation mark that is not closed, so the rows below it would end up "
              "in this one cell. netkort ended the cell on its own line and read the rows below it one by "
              "one. Remove the quotation mark, or add the closing one where the text ends.",
    },
    "csv-quote-to-end": {
        "da": "Cellen begynder med et anførselstegn, som aldrig lukkes, så resten af filen ({lines}) er læst "
              "ind i cellen. Sæt det afsluttende anførselstegn, hvor teksten slutter.",
        "en": "The cell starts with a quotation mark that is never closed, so the rest of the file ({lines}) "
              "was read into the cell. Add the closing quotation mark where the text ends.",
    },
    "csv-row-length": {
        "da": "Rækken har {count} celler, men overskriften har {expected}; ret skilletegn eller anførselstegn.",
        "en": "The row has {count} cells but the header has {expected}; check delimiters and quotes.",
    },
    "unknown-actor": {
        "da": "'{name}' findes ikke blandt kontakterne; den er tilføjet som aktør uden medarbejder.",
        "en": "'{name}' is not among the contacts; it was added as an actor with no staff member.",
    },
    "repeated-relation": {
        "da": "'{a}' og '{b}' er forbundet på {count} rækker; det er én relation i netværket, og alle "
              "noter og værdier er bevaret.",
        "en": "'{a}' and '{b}' are connected on {count} rows; they are one relation in the network, and "
              "every note and value is kept.",
    },
    "checklist-unknown": {
        "da": "'{name}' står på tjeklisten, men findes ikke blandt kontakterne, så rækken er ikke med i "
              "analysen.{hint}",
        "en": "'{name}' is on the checklist but not among the contacts, so the row is left out of the "
              "analysis.{hint}",
    },
    "checklist-not-partnership": {
        "da": "'{name}' står på tjeklisten, men {level} blandt kontakterne, ikke partnerskab, så rækken er ikke "
              "med i analysen. Ret relationen til partnerskab, hvis det er et partnerskab, eller fjern rækken.",
        "en": "'{name}' is on the checklist but {level} among the contacts, not a partnership, so the row is "
              "left out of the analysis. Change the relation to partnership if it is one, or remove the row.",
    },
    "checklist-unused-note": {
        "da": "Bemærk: {count} på {sheet} passer ikke til et partnerskab; se dem med netkort check.",
        "en": "Note: rows on {sheet} that match no partnership: {count}; see them with netkort check.",
    },
    "guide-repeated": {
        "da": "'{name}' står på {count} rækker ({rows}); de er læst som én, og hvor de svarer forskelligt, "
              "gælder den første række.",
        "en": "'{name}' is on {count} rows ({rows}); they are read as one, and where their answers differ, "
              "the first row counts.",
    },
    "self-relation": {
        "da": "Relationen går fra '{name}' til sig selv og er sprunget over.",
        "en": "The relation goes from '{name}' to itself and was skipped.",
    },
    "missing-endpoint": {
        "da": "Relationen mangler '{field}' og kan ikke bruges.",
        "en": "The relation lacks '{field}' and cannot be used.",
    },
    # --- graph files (GraphML, GEXF, node-link JSON)
    # (a DTD or entity in one is refused with "file-xml-attack", as in an xlsx)
    "file-corrupt-graph": {
        "da": "{file}: filen kan ikke læses som {format}; den er beskadiget eller ufuldstændig. "
              "Gem den igen fra programmet, der lavede den.",
        "en": "{file}: the file cannot be read as {format}; it is damaged or incomplete. "
              "Save it again from the program that made it.",
    },
    "file-other-graph": {
        "da": "{file}: filen er {format}, men ikke et netværk, som netkort kan læse. netkort læser "
              "regneark (.xlsx, .xls og .csv), netværksfiler i GraphML, GEXF og node-link JSON "
              "(fra networkx eller graphology) samt projektmapper fra Kumu, Onodo, Gephi og NodeXL.",
        "en": "{file}: the file is {format} but not a network netkort can read. netkort reads "
              "spreadsheets (.xlsx, .xls and .csv), graph files in GraphML, GEXF and node-link JSON "
              "(from networkx or graphology), and Kumu, Onodo, Gephi and NodeXL workbooks.",
    },
    # --- reading, hardening round two: old .xls, hidden rows, last-row quotes, invisible characters,
    #     failed writes to the terminal
    "file-corrupt-xls": {
        "da": "{file}: filen er beskadiget eller ufuldstændig og kan ikke læses som .xls. "
              "Åbn den i Excel og gem den igen, gerne som .xlsx.",
        "en": "{file}: the file is damaged or incomplete and cannot be read as .xls. "
              "Open it in Excel and save it again, preferably as .xlsx.",
    },
    "file-too-big-xls": {
        "da": "{file}: filen fylder {size} MB, mere end netkort læser fra en .xls ({limit} MB).",
        "en": "{file}: the file is {size} MB, more than netkort reads from an .xls ({limit} MB).",
    },
    "book-too-big": {
        "da": "{file}: arkene spænder tilsammen over flere end {limit} celler, mere end netkort læser fra "
              "en .xls. Slet celler langt fra tabellerne i Excel, eller gem filen som .xlsx, og prøv igen.",
        "en": "{file}: the sheets together span more than {limit} cells, more than netkort reads from an "
              ".xls. Delete cells far from the tables in Excel, or save the file as .xlsx, and try again.",
    },
    "stdout-failed": {
        "da": "kunne ikke skrive til {file}: {reason}.",
        "en": "could not write to {file}: {reason}.",
    },
    "io-failed": {
        "da": "{file}: kunne ikke skrive eller læse filen: {reason}.",
        "en": "{file}: could not write or read the file: {reason}.",
    },
    "read-as-xls": {
        "da": "Filens navn siger noget andet, men den er en gammel Excel-projektmappe (.xls); den er læst som .xls.",
        "en": "The file's name says otherwise, but it is an old Excel workbook (.xls); it was read as .xls.",
    },
    "hidden-rows": {
        "da": "{rows} er skjult i Excel, men er læst; tjek, at indholdet skal med.",
        "en": "{rows} hidden in Excel but read; check that the content belongs.",
    },
    "hidden-columns": {
        "da": "{columns} er skjult i Excel, men er læst; tjek, at indholdet skal med.",
        "en": "{columns} hidden in Excel but read; check that the content belongs.",
    },
    "csv-open-quote-last": {
        "da": "Cellen begynder med et anførselstegn, som ikke lukkes, før filen slutter. netkort har ladet cellen "
              "slutte på sin egen linje og læst rækkens andre celler hver for sig. Fjern anførselstegnet, eller "
              "sæt det afsluttende anførselstegn, hvor teksten slutter.",
        "en": "The cell starts with a quotation mark that is not closed before the file ends. netkort ended the "
              "cell on its own line and read the row's other cells one by one. Remove the quotation mark, or add "
              "the closing one where the text ends.",
    },
    "hidden-chars": {
        "da": "Cellen har tegn, der ikke ses ({chars}); de er beholdt, men tæller ikke med, når navne "
              "sammenlignes, så navnet er det samme som uden dem.",
        "en": "The cell holds characters that do not show ({chars}); they were kept but do not count when "
              "names are compared, so the name is the same as without them.",
    },
}


def say(code: str, lang: str = "da", **params: object) -> str:
    """The sentence for ``code`` in ``lang`` with ``params`` filled in.

    A parameter given as ``{"da": ..., "en": ...}`` is taken in ``lang`` too.
    """
    texts = MESSAGES[code]
    values = {k: (v.get(lang, v.get("da", "")) if isinstance(v, dict) else v) for k, v in params.items()}
    values = {k: _quoted(v) if k in DATA_PARAMS else v for k, v in values.items()}
    return texts.get(lang, texts["da"]).format(**values)


# A cell's value quoted in a sentence is cut here: a 400,000-character cell makes a message, not a
# page. Only the parameters that carry text from the data are cut; netkort's own lists stay whole.
QUOTE_LIMIT = 120
DATA_PARAMS = frozenset({"value", "name", "first", "second", "a", "b", "found", "tag", "title"})


def _quoted(value: object) -> object:
    if isinstance(value, str) and len(value) > QUOTE_LIMIT:
        return value[:QUOTE_LIMIT - 1] + "…"
    return value
