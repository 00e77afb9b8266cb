"""Every sentence of the live workshop, in Danish and English.

The reader's own messages (a misspelt level, a bad score) come from
:mod:`netkort.messages` through the reader's parsers, so a participant hears
exactly what ``netkort check`` says about the same value; this module holds
only what the workshop adds.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "name-missing": {"da": "Skriv kontaktens navn.", "en": "Write the contact's name."},
    "name-too-long": {"da": "Navnet er for langt: højst {limit} tegn.",
                      "en": "The name is too long: at most {limit} characters."},
    "text-too-long": {"da": "'{field}' er for lang: højst {limit} tegn.",
                      "en": "'{field}' is too long: at most {limit} characters."},
    "level-missing": {"da": "Vælg relationen: netværk, samarbejde eller partnerskab.",
                      "en": "Choose the relation: network, cooperation or partnership."},
    "personal-off": {"da": "E-mail, telefon og noter er slået fra i denne workshop.",
                     "en": "Email, phone and notes are switched off in this workshop."},
    "unknown-field": {"da": "Feltet '{field}' kendes ikke.", "en": "The field '{field}' is not known."},
    "not-text": {"da": "'{field}' skal være tekst.", "en": "'{field}' must be text."},
    "too-many-spaces": {"da": "Højst fire rum.", "en": "At most four spaces."},
    "participant-name-missing": {"da": "Skriv dit navn.", "en": "Write your name."},
    "initiative-missing": {"da": "Skriv initiativets navn.", "en": "Write the initiative's name."},
    "not-yours": {"da": "Du kan kun rette og slette dine egne kontakter.",
                  "en": "You can only change and delete your own contacts."},
    "no-entry": {"da": "Kontakten findes ikke (længere).", "en": "The contact does not exist (any more)."},
    "too-many-entries": {"da": "Du har nået grænsen på {limit} kontakter.",
                         "en": "You have reached the limit of {limit} contacts."},
    "already-yours": {"da": "Du har allerede »{name}« som {level}. Ret den i stedet.",
                      "en": "You already have “{name}” as {level}. Edit it instead."},
    "name-taken": {"da": "{name} er allerede med fra en anden enhed. Er det dig, så skriv din genoptagelseskode "
                         "(den står under dit navn på den første enhed). Ellers vælg et andet navn.",
                   "en": "{name} has already joined from another device. If that is you, enter your resume code "
                         "(it is under your name on the first device). Otherwise choose another name."},
    "wrong-resume": {"da": "Genoptagelseskoden passer ikke. Den står under »{name}« på den første enhed; "
                           "workshoplederen kan også slå den op.",
                     "en": "The resume code is wrong. It is under “{name}” on the first device; "
                           "the facilitator can also look it up."},
    "no-actor": {"da": "'{name}' findes ikke i netværket.", "en": "'{name}' is not in the network."},
    "wrong-code": {"da": "Koden passer ikke. Se koden på skærmen, og prøv igen.",
                   "en": "The code is wrong. Look at the code on the screen and try again."},
    "slow-down": {"da": "For mange forkerte koder. Vent et minut, og prøv igen.",
                  "en": "Too many wrong codes. Wait a minute and try again."},
    "join-first": {"da": "Du er ikke med i workshoppen endnu. Skriv koden fra skærmen.",
                   "en": "You have not joined the workshop yet. Enter the code from the screen."},
    "facilitator-only": {"da": "Kun for workshoplederen.", "en": "For the facilitator only."},
    "too-big": {"da": "Forespørgslen er for stor (højst {limit} byte).",
                "en": "The request is too large (at most {limit} bytes)."},
    "bad-json": {"da": "Forespørgslen kunne ikke læses.", "en": "The request could not be read."},
    "bad-host": {"da": "Ukendt adresse '{host}'. Åbn workshoppen på en af de adresser, netkort workshop skrev.",
                 "en": "Unknown address '{host}'. Open the workshop at one of the addresses netkort workshop printed."},
}


def say(code: str, lang: str = "da", **params: object) -> str:
    """The workshop's sentence for ``code`` in ``lang``."""
    texts = MESSAGES[code]
    return texts.get(lang, texts["da"]).format(**params)


# The pages' words. Levels, spaces and quadrants are named by netkort.vocabulary and netkort.interest.
PAGES: dict[str, dict[str, str]] = {
    "da": {
        "title": "Netværksworkshop", "join_title": "Deltag i workshoppen",
        "join_intro": "Skriv koden fra skærmen, eller scan QR-koden.", "code": "Kode",
        "join_button": "Deltag", "name_title": "Hvem er du?",
        "name_intro": "Vælg dit navn på listen, eller skriv det.", "your_name": "Dit navn",
        "name_button": "Videre",
        "resume_code": "Din genoptagelseskode:",
        "resume_hint": "Skal du fortsætte på en anden enhed, så vælg dit navn der, og skriv koden.",
        "resume_title": "Fortsæt som {name}", "resume_label": "Genoptagelseskode",
        "resume_button": "Fortsæt som {name}", "other_name": "Eller vælg et andet navn",
        "people_title": "Deltagere og genoptagelseskoder",
        "people_intro": "Har en deltager mistet sin kode, så læs den op for vedkommende. Vis ikke siden på "
                        "projektoren: koden giver adgang til deltagerens kontakter.",
        "people_name": "Navn", "people_entries": "Kontakter", "people_none": "Ingen er med endnu.", "hello": "Hej {name}", "add_title": "Tilføj en kontakt",
        "contact_name": "Kontaktens navn", "contact_hint": "Organisation eller person. Forslag kommer fra netværket.",
        "exists": "»{name}« findes allerede i netværket.", "add_me": "Tilføj dig som kontakt",
        "held": "Du har allerede »{name}« som {level}. Ret den i stedet?", "edit_held": "Ret den",
        "replaced": "Opdateret: {name} (du havde den allerede)",
        "added_me": "Du tilføjer din relation til »{name}«.",
        "level": "Relation (netværkscirklen)",
        "level_network": "I kender hinanden og kan kontakte hinanden.",
        "level_cooperation": "I har en konkret aktivitet sammen.",
        "level_partnership": "Samarbejdet er gentaget og har en ramme: aftale, roller og evaluering.",
        "spaces": "Biblioteksrum (vælg gerne flere)",
        "space_inspiration": "Oplevelse og inspiration.", "space_learning": "Læring og kompetencer.",
        "space_meeting": "Møder og debat.", "space_performative": "At skabe og udtrykke sig.",
        "type": "Type", "sector": "Sektor", "no_sector": "Ved ikke", "optional": "valgfri",
        "influence": "Indflydelse 1–5", "interest": "Interesse 1–5", "no_score": "–",
        "email": "E-mail", "phone": "Telefon", "notes": "Noter",
        "save": "Gem", "save_changes": "Gem ændringer", "cancel": "Fortryd", "saved": "Gemt: {name}",
        "saving": "Gemmer …", "retrying": "Ikke gemt endnu: forbindelsen er væk. Prøver igen …",
        "mine": "Dine kontakter", "none_yet": "Du har ikke tilføjet nogen endnu.",
        "edit": "Ret", "delete": "Slet", "deleted": "Slettet: {name}", "confirm_delete": "Slet {name}?",
        "edit_title": "Ret kontakt",
        "connected": "Forbundet.", "reconnecting": "Forbindelsen er afbrudt. Prøver igen …",
        "reconnected": "Forbundet igen.", "errors": "Ret de markerede felter.",
        "projector_title": "Netværket vokser", "join_at": "Deltag på", "with_code": "med koden",
        "layout_circle": "Netværkscirklen", "layout_spaces": "De fire rum", "layout": "Layout",
        "counts_title": "Rum og relationer", "space": "Rum", "entries": "{n} kontakter",
        "actors": "{n} aktører", "ticker": "Seneste", "ticker_line": "{participant} tilføjede {name}",
        "first": "{space}: første {level}!", "gaps_title": "Huller lukket",
        "download": "Hent projektmappe", "interest_title": "Interessentanalyse",
        "initiative": "Initiativ", "initiative_button": "Start", "interest_help":
        "Vælg en aktør, og vælg så et felt i gitteret (eller træk aktøren derhen). "
        "Lodret: indflydelse. Vandret: interesse. 4 og 5 tæller som høj; 3 står på linjen og tæller som lav.",
        "actor_pick": "Aktører", "axis_influence": "Indflydelse", "axis_interest": "Interesse",
        "cell": "Indflydelse {influence}, interesse {interest}", "placed": "{name}: indflydelse {influence}, "
        "interesse {interest}", "personal_on": "Tillad e-mail, telefon og noter",
        "qr_label": "QR-kode til at deltage", "map_label": "Netværkskort",
        "live": "Opdateres, når nogen tilføjer en kontakt.", "stopped": "Forbindelsen til serveren er afbrudt.",
    },
    "en": {
        "title": "Network workshop", "join_title": "Join the workshop",
        "join_intro": "Enter the code from the screen, or scan the QR code.", "code": "Code",
        "join_button": "Join", "name_title": "Who are you?",
        "name_intro": "Pick your name from the list, or type it.", "your_name": "Your name",
        "name_button": "Continue",
        "resume_code": "Your resume code:",
        "resume_hint": "To continue on another device, choose your name there and enter the code.",
        "resume_title": "Continue as {name}", "resume_label": "Resume code",
        "resume_button": "Continue as {name}", "other_name": "Or choose another name",
        "people_title": "Participants and resume codes",
        "people_intro": "If a participant has lost their code, tell it to them. Do not show this page on the "
                        "projector: the code gives access to the participant's contacts.",
        "people_name": "Name", "people_entries": "Contacts", "people_none": "Nobody has joined yet.", "hello": "Hello {name}", "add_title": "Add a contact",
        "contact_name": "Contact's name", "contact_hint": "Organisation or person. Suggestions come from the network.",
        "exists": "“{name}” is already in the network.", "add_me": "Add yourself as a contact",
        "held": "You already have “{name}” as {level}. Edit it instead?", "edit_held": "Edit it",
        "replaced": "Updated: {name} (you already had it)",
        "added_me": "You are adding your relation to “{name}”.",
        "level": "Relation (the network circle)",
        "level_network": "You know each other and can get in touch.",
        "level_cooperation": "You have a concrete activity together.",
        "level_partnership": "The cooperation is repeated and has a frame: agreement, roles and evaluation.",
        "spaces": "Library spaces (choose any)",
        "space_inspiration": "Experience and inspiration.", "space_learning": "Learning and skills.",
        "space_meeting": "Meetings and debate.", "space_performative": "Creating and expressing.",
        "type": "Type", "sector": "Sector", "no_sector": "Don't know", "optional": "optional",
        "influence": "Influence 1–5", "interest": "Interest 1–5", "no_score": "–",
        "email": "Email", "phone": "Phone", "notes": "Notes",
        "save": "Save", "save_changes": "Save changes", "cancel": "Cancel", "saved": "Saved: {name}",
        "saving": "Saving …", "retrying": "Not saved yet: the connection is down. Retrying …",
        "mine": "Your contacts", "none_yet": "You have not added any yet.",
        "edit": "Edit", "delete": "Delete", "deleted": "Deleted: {name}", "confirm_delete": "Delete {name}?",
        "edit_title": "Edit contact",
        "connected": "Connected.", "reconnecting": "The connection is lost. Retrying …",
        "reconnected": "Connected again.", "errors": "Correct the marked fields.",
        "projector_title": "The network grows", "join_at": "Join at", "with_code": "with the code",
        "layout_circle": "The network circle", "layout_spaces": "The four spaces", "layout": "Layout",
        "counts_title": "Spaces and relations", "space": "Space", "entries": "{n} contacts",
        "actors": "{n} actors", "ticker": "Latest", "ticker_line": "{participant} added {name}",
        "first": "{space}: first {level}!", "gaps_title": "Gaps closed",
        "download": "Download workbook", "interest_title": "Interest analysis",
        "initiative": "Initiative", "initiative_button": "Start", "interest_help":
        "Choose an actor, then choose a cell of the grid (or drag the actor there). "
        "Vertical: influence. Horizontal: interest. 4 and 5 count as high; 3 sits on the line and counts as low.",
        "actor_pick": "Actors", "axis_influence": "Influence", "axis_interest": "Interest",
        "cell": "Influence {influence}, interest {interest}", "placed": "{name}: influence {influence}, "
        "interest {interest}", "personal_on": "Allow email, phone and notes",
        "qr_label": "QR code to join", "map_label": "Network map",
        "live": "Updates when anyone adds a contact.", "stopped": "The connection to the server is lost.",
    },
}

# What the command says on the terminal.
CONSOLE: dict[str, dict[str, str]] = {
    "da": {"started": "netkort workshop kører. Stop med Ctrl+C; start igen med samme --db for at fortsætte.",
           "facilitator": "Workshoplederen (projektoren; hold adressen for dig selv):",
           "codes": "Deltagernes genoptagelseskoder (i samme browser som projektoren, ikke på skærmen):",
           "participants": "Deltagerne:", "code": "Kode:", "db": "Workshoppen gemmes i {db}",
           "loaded": "Indlæst: {files}", "kept": "Allerede i workshoppen: {files}",
           "resumed": "Fortsætter med {n} kontakter fra {db}",
           "lan": "ADVARSEL: serveren kan nås af alle på netværket (--host {host}). Deltagerne skal bruge "
                  "adressen herunder; del kun koden med dem i rummet.",
           "no-lan": "ADVARSEL: serveren kan nås af alle på netværket (--host {host}), men netkort kunne ikke "
                     "finde maskinens adresse på netværket; find den i netværksindstillingerne.",
           "personal": "E-mail, telefon og noter er slået til (--personal)."},
    "en": {"started": "netkort workshop is running. Stop with Ctrl+C; start again with the same --db to resume.",
           "facilitator": "Facilitator (the projector; keep this address to yourself):",
           "codes": "Participants' resume codes (in the projector's browser, not on the screen):",
           "participants": "Participants:", "code": "Code:", "db": "The workshop is saved in {db}",
           "loaded": "Loaded: {files}", "kept": "Already in the workshop: {files}",
           "resumed": "Resuming with {n} contacts from {db}",
           "lan": "WARNING: anyone on the network can reach the server (--host {host}). Participants use the "
                  "address below; share the code only with the people in the room.",
           "no-lan": "WARNING: anyone on the network can reach the server (--host {host}), but netkort could not "
                     "find the machine's network address; look it up in the network settings.",
           "personal": "Email, phone and notes are switched on (--personal)."},
}
MESSAGES.update({
    "db-not-sqlite": {"da": "{file}: filen er ikke en workshop-database (SQLite); vælg et andet navn med --db.",
                      "en": "{file}: the file is not a workshop database (SQLite); choose another name with --db."},
    "port-busy": {"da": "Port {port} på {host} er optaget eller kan ikke bruges ({reason}); vælg en anden med --port.",
                  "en": "Port {port} on {host} is taken or cannot be used ({reason}); choose another with --port."},
})
