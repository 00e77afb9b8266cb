"""The domain vocabulary as data: every alias netkort accepts, in one place.

Canonical ids (``network``, ``learning``, ``public``…) are what the graph, JSON
and exports carry; the Danish and English labels are what people read. Aliases
are written as people write them and folded (case, accents, spacing) on use,
so adding a spelling is adding a string here.
"""

from __future__ import annotations

# --- The network circle ("netværkscirklen"), weakest first -------------------
LEVELS: tuple[str, ...] = ("network", "cooperation", "partnership")
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}
LEVEL_LABELS = {
    "da": {"network": "netværk", "cooperation": "samarbejde", "partnership": "partnerskab"},
    "en": {"network": "network", "cooperation": "cooperation", "partnership": "partnership"},
}
LEVEL_ALIASES: dict[str, tuple[str, ...]] = {
    "network": ("netværk", "network", "nettverk", "nätverk", "netværksrelation",
                "netværkskontakt", "kontakt"),
    "cooperation": ("samarbejde", "cooperation", "collaboration", "samarbeid",
                    "samarbete", "samarbejdsrelation", "co-operation"),
    "partnership": ("partnerskab", "partnership", "partnerskap", "partner"),
}

# --- The four library spaces (Jochumsen, Hvenegaard Rasmussen & Skot-Hansen) --
SPACES: tuple[str, ...] = ("inspiration", "learning", "meeting", "performative")
SPACE_LABELS = {
    "da": {"inspiration": "Inspirationsrummet", "learning": "Læringsrummet",
           "meeting": "Møderummet", "performative": "Det performative rum"},
    "en": {"inspiration": "Inspiration space", "learning": "Learning space",
           "meeting": "Meeting space", "performative": "Performative space"},
}
# A space is a stem plus one of the endings below ("læringsrummet", "møde-rum",
# "performativt rom", "Inspirasjonsrommet", "mødestedet", "meeting space"), after a
# leading article is dropped. Anything else ("Moderne dans", "Læringsforløb") is an
# error with a suggestion, never a guess.
SPACE_STEMS: dict[str, tuple[str, ...]] = {
    "inspiration": ("inspiration", "inspirasjon"),
    "learning": ("læring", "learning", "lärande", "lære"),
    "meeting": ("møde", "meeting", "møte", "möte"),
    "performative": ("performativ", "performance"),
}
SPACE_ENDINGS: tuple[str, ...] = (
    "", "s", "e", "t", "es", "et",
    "rum", "rummet", "srum", "srummet", "erum", "erummet", "trum", "trummet",
    "rom", "rommet", "srom", "srommet", "erom", "erommet", "trom", "trommet",
    "space", "sspace", "espace", "sted", "stedet", "ssted", "sstedet",
)
SPACE_ARTICLES: tuple[str, ...] = ("det", "den", "the", "de")
# Words that join two spaces in one cell: "Inspirationsrummet og Møderummet".
SPACE_JOINERS: tuple[str, ...] = ("og", "and", "samt", "och", "eller", "or", "&", "+")

# The four aims and our reading of the model: each space sits between two aims.
AIMS: tuple[str, ...] = ("experience", "empowerment", "involvement", "innovation")
AIM_LABELS = {
    "da": {"experience": "Erkendelse/oplevelse", "empowerment": "Empowerment",
           "involvement": "Engagement", "innovation": "Innovation"},
    "en": {"experience": "Experience", "empowerment": "Empowerment",
           "involvement": "Involvement", "innovation": "Innovation"},
}
SPACE_AIMS: dict[str, tuple[str, str]] = {
    "inspiration": ("experience", "innovation"),
    "learning": ("experience", "empowerment"),
    "meeting": ("empowerment", "involvement"),
    "performative": ("involvement", "innovation"),
}

# --- Sector --------------------------------------------------------------------
SECTORS: tuple[str, ...] = ("public", "private", "civil")
SECTOR_LABELS = {
    "da": {"public": "offentlig", "private": "privat", "civil": "civilsamfund"},
    "en": {"public": "public", "private": "private", "civil": "civil society"},
}
SECTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "public": ("offentlig", "public", "offentleg", "offentlig sektor", "public sector",
               "kommunal", "kommune", "stat", "region"),
    "private": ("privat", "private", "privat sektor", "private sector", "erhverv",
                "næringsliv", "business"),
    "civil": ("civilsamfund", "civil society", "civil", "civilsamfundet",
              "sivilsamfunn", "civilsamhälle", "frivillig", "forening", "ngo",
              "tredje sektor", "third sector"),
}

# --- Agreement ("aftale") ------------------------------------------------------
AGREEMENTS: tuple[str, ...] = ("none", "oral", "agreement", "contract")  # weakest first
AGREEMENT_RANK: dict[str, int] = {agreement: rank for rank, agreement in enumerate(AGREEMENTS)}
AGREEMENT_LABELS = {
    "da": {"none": "ingen", "oral": "mundtlig", "agreement": "samarbejdsaftale",
           "contract": "kontrakt"},
    "en": {"none": "none", "oral": "oral", "agreement": "cooperation agreement",
           "contract": "contract"},
}
AGREEMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "none": ("ingen", "none", "nej", "no", "ingen aftale", "ikke", "ingen avtale", "inget avtal",
             "inget", "no agreement"),
    "oral": ("mundtlig", "oral", "verbal", "muntlig", "mundtlig aftale", "muntlig avtale",
             "muntligt", "muntligt avtal", "oral agreement", "verbal agreement"),
    "agreement": ("samarbejdsaftale", "cooperation agreement", "agreement", "aftale",
                  "skriftlig", "skriftlig aftale", "samarbeidsavtale", "samarbetsavtal",
                  "partnerskabsaftale", "written", "written agreement", "avtale", "avtal",
                  "skriftlig avtale", "skriftligt avtal", "partnerskapsavtale"),
    "contract": ("kontrakt", "contract", "kontrakt underskrevet", "signed contract"),
}

# Actor types suggested in the template (free text is accepted).
ACTOR_TYPES: tuple[str, ...] = (
    "forening", "uddannelse", "kulturinstitution", "virksomhed",
    "kommunal forvaltning", "borger", "frivillig", "medie", "region/stat",
)
# Types that mark a private person (hidden by ``--public``).
PRIVATE_PERSON_TYPES: tuple[str, ...] = (
    "borger", "privatperson", "citizen", "private person", "person", "innbygger",
)

SCORE_RANGE = (1, 5)

# --- Columns ---------------------------------------------------------------------
# field id -> header aliases (Danish, English, Norwegian, Swedish).
CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Navn", "Name", "Organisation", "Organization", "Organisationsnavn",
             "Aktør", "Actor", "Partner", "Navn på aktør", "Organisasjon", "Namn",
             "Kontakt navn", "Virksomhed/organisation"),
    "type": ("Type", "Aktørtype", "Actor type", "Kategori", "Category", "Slags", "Typ", "Aktörstyp"),
    "sector": ("Sektor", "Sector"),
    "contact_person": ("Kontaktperson", "Contact person", "Contact", "Kontakt", "Kontaktpersonen"),
    "email": ("E-mail", "Email", "Mail", "E-post", "Epost", "Mailadresse", "E-mailadresse"),
    "phone": ("Telefon", "Phone", "Tlf", "Tlf.", "Telefonnummer", "Mobil", "Telephone"),
    "staff": ("Medarbejder", "Medarbejdere", "Medarbeider", "Staff", "Staff member",
              "Kontakt hos os", "Bibliotekets kontakt", "Ansvarlig", "Intern kontakt",
              "Library contact", "Medarbetare", "Kontaktansvarlig"),
    "level": ("Relation", "Relationstype", "Relasjon", "Niveau", "Level", "Relationsniveau",
              "Relation level", "Netværkscirkel", "Relasjonstype", "Relationsnivå"),
    "spaces": ("Rum", "Rom", "Biblioteksrum", "Space", "Spaces", "Library space",
               "Biblioteksrom", "Rummet", "Rum i biblioteksmodellen"),
    "groups": ("Målgrupper", "Målgruppe", "Target group", "Target groups", "Målgrupper/brugere",
               "Målgrupp", "Målgrupperna"),
    "influence": ("Indflydelse", "Influence", "Magt", "Power", "Innflytelse", "Inflytande"),
    "interest": ("Interesse", "Påvirkning", "Interest", "Påvirket", "Interesse/påvirkning", "Intresse",
                 "Påverkan"),
    "agreement": ("Aftale", "Agreement", "Avtale", "Avtal", "Aftaletype"),
    "start": ("Start", "Startdato", "Start date", "Siden", "Since", "Oprettet", "Startdatum"),
    "last_contact": ("Sidste kontakt", "Sidst kontaktet", "Last contact", "Siste kontakt",
                     "Senaste kontakt", "Seneste kontakt"),
    "next_evaluation": ("Næste evaluering", "Evaluering", "Next evaluation", "Evaluation",
                        "Neste evaluering", "Evalueringsdato", "Nästa utvärdering", "Utvärdering"),
    "activities": ("Aktiviteter", "Aktivitet", "Activities", "Activity", "Aktiviteter/projekter",
                   "Aktiviteter och projekt"),
    "tags": ("Tema", "Tags", "Tema/Tags", "Emner", "Theme", "Themes", "Initiativ", "Projekt"),
    "notes": ("Noter", "Bemærkninger", "Notes", "Note", "Kommentar", "Kommentarer",
              "Comments", "Merknader", "Anteckningar"),
}
RELATION_COLUMNS: dict[str, tuple[str, ...]] = {
    "source": ("Fra", "From", "Source", "Kilde", "Från"),
    "target": ("Til", "To", "Target", "Mål", "Till"),
    "level": CONTACT_COLUMNS["level"],
    "note": ("Note", "Noter", "Notes", "Bemærkning", "Kommentar"),
}
STAFF_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Navn", "Name", "Medarbejder", "Medarbeider", "Staff", "Namn"),
    "department": ("Afdeling", "Team", "Afdeling/Team", "Department", "Avdeling",
                   "Avdelning", "Enhed", "Enhet"),
    "email": CONTACT_COLUMNS["email"],
}

# Sheet names that say what a sheet is (matched folded, by prefix: "Kontakter 2025").
SHEET_NAMES: dict[str, tuple[str, ...]] = {
    "contacts": ("Kontakter", "Contacts", "Aktører", "Actors", "Netværk", "Network",
                 "Partnere", "Partners", "Kontaktliste"),
    "relations": ("Relationer", "Relations", "Relasjoner", "Forbindelser", "Links", "Relationer mellem aktører"),
    "staff": ("Medarbejdere", "Staff", "Medarbeidere", "Ansatte", "Personale", "Medarbetare"),
    # sheets for people, not data: skipped without a warning
    "notes": ("Vejledning", "Instruktioner", "Instructions", "Læs mig", "Readme", "Read me",
              "Forside", "Front page", "Lister", "Lists", "Info", "Veiledning",
              "Problemer", "Problems", "Problem"),  # the sheet netkort merge writes
}

# How fields are named to people (the template's headers), for messages.
FIELD_LABELS = {
    "da": {"name": "Navn", "type": "Type", "sector": "Sektor", "contact_person": "Kontaktperson",
           "email": "E-mail", "phone": "Telefon", "staff": "Medarbejder", "level": "Relation",
           "spaces": "Rum", "groups": "Målgrupper", "influence": "Indflydelse",
           "interest": "Interesse", "agreement": "Aftale", "start": "Start",
           "last_contact": "Sidste kontakt", "next_evaluation": "Næste evaluering",
           "activities": "Aktiviteter", "tags": "Tema", "notes": "Noter"},
    "en": {"name": "Name", "type": "Type", "sector": "Sector", "contact_person": "Contact person",
           "email": "Email", "phone": "Phone", "staff": "Staff", "level": "Relation",
           "spaces": "Spaces", "groups": "Target groups", "influence": "Influence",
           "interest": "Interest", "agreement": "Agreement", "start": "Start",
           "last_contact": "Last contact", "next_evaluation": "Next evaluation",
           "activities": "Activities", "tags": "Tags", "notes": "Notes"},
}

# netkort merge keeps a conflicting value in "<column> (anden værdi)"; reading checks
# such a column with the parser of the column it belongs to.
OTHER_VALUE = " (anden værdi)"

# Multi-valued cells are split on these.
LIST_SEPARATORS = ";,/|\n"
STAFF_SEPARATORS = ";,/&\n"
