"""Every sentence of the live workshop, as English msgids said in the server's language (gettext).

The reader's own messages (a misspelt level, a bad score) come from
:mod:`netkort.messages` through the reader's parsers, so a participant hears
exactly what ``netkort check`` says about the same value; this module holds
only what the workshop adds. The pages' own text is in the templates
(``pages/*.html``, ``{{ _("...") }}``); what the pages' scripts show is sent to
them as data (:func:`script_texts`, :func:`figures`), already in the language,
plurals included.
"""

from __future__ import annotations

from ..i18n import N_, NC_, Nn_, format_number, gettext, ngettext, translate

MESSAGES: dict[str, str | tuple[str, str]] = {
    "name-missing": N_("Write the contact's name."),
    "name-too-long": Nn_("The name is too long: at most {limit} character.",
                         "The name is too long: at most {limit} characters."),
    "text-too-long": Nn_("'{field}' is too long: at most {limit} character.",
                         "'{field}' is too long: at most {limit} characters."),
    # TRANSLATORS: the network circle's three levels, as the level labels say them (terms.md §1: S7, S8, S10)
    "level-missing": N_("Choose the relation: network, cooperation or partnership."),
    "personal-off": N_("Email, phone and notes are switched off in this workshop."),
    "unknown-field": N_("The field '{field}' is not known."),
    "not-text": N_("'{field}' must be text."),
    # TRANSLATORS: the four library spaces (Jochumsen, Hvenegaard Rasmussen & Skot-Hansen; terms.md §2, S1)
    "too-many-spaces": N_("At most four spaces."),
    "participant-name-missing": N_("Write your name."),
    "initiative-missing": N_("Write the initiative's name."),
    "not-yours": N_("You can only change and delete your own contacts."),
    "no-entry": N_("The contact does not exist (any more)."),
    "too-many-entries": Nn_("You have reached the limit of {limit} contact.",
                            "You have reached the limit of {limit} contacts."),
    "already-yours": N_("You already have “{name}” as {level}. Edit it instead."),
    "name-taken": N_("{name} has already joined from another device. If that is you, enter your resume code "
                     "(it is under your name on the first device). Otherwise choose another name."),
    "wrong-resume": N_("The resume code is wrong. It is under “{name}” on the first device; "
                       "the facilitator can also look it up."),
    "no-actor": N_("'{name}' is not in the network."),
    "wrong-code": N_("The code is wrong. Look at the code on the screen and try again."),
    "slow-down": N_("Too many wrong codes. Wait a minute and try again."),
    "join-first": N_("You have not joined the workshop yet. Enter the code from the screen."),
    "facilitator-only": N_("For the facilitator only."),
    "too-big": Nn_("The request is too large (at most {limit} byte).",
                   "The request is too large (at most {limit} bytes)."),
    "bad-json": N_("The request could not be read."),
    "bad-host": N_("Unknown address '{host}'. Open the workshop at one of the addresses netkort workshop printed."),
    "db-not-sqlite": N_("{file}: the file is not a workshop database (SQLite); choose another name with --db."),
    "port-busy": N_("Port {port} on {host} is taken or cannot be used ({reason}); choose another with --port."),
}


def say(code: str, lang: str = "da", **params: object) -> str:
    """The workshop's sentence for ``code`` in ``lang`` (a sentence with a limit takes its plural form)."""
    limit = params.get("limit")
    return translate(MESSAGES[code], lang, limit if isinstance(limit, int) else None).format(**params)


# What participant.js and projector.js show, sent to them as data in the server's language.
# Placeholders in braces are filled in by the scripts (names typed by participants stay data).
SCRIPT_TEXTS: dict[str, str] = {
    # participant.js
    "add_title": N_("Add a contact"), "edit_title": N_("Edit contact"),
    "exists": N_("“{name}” is already in the network."),
    "held": N_("You already have “{name}” as {level}. Edit it instead?"),
    "added_me": N_("You are adding your relation to “{name}”."),
    "replaced": N_("Updated: {name} (you already had it)"),
    "save": N_("Save"), "save_changes": N_("Save changes"), "saved": N_("Saved: {name}"),
    "saving": N_("Saving …"), "retrying": N_("Not saved yet: the connection is down. Retrying …"),
    "edit": N_("Edit"), "delete": N_("Delete"), "deleted": N_("Deleted: {name}"),
    "confirm_delete": N_("Delete {name}?"),
    "connected": N_("Connected."), "reconnecting": N_("The connection is lost. Retrying …"),
    "reconnected": N_("Connected again."), "errors": N_("Correct the marked fields."),
    # projector.js
    "ticker_line": N_("{participant} added {name}"),
    # TRANSLATORS: {space} is one of the four spaces, {level} a level of the network circle (terms.md §1, §2)
    "first": N_("{space}: first {level}!"),
    "placed": N_("{name}: influence {influence}, interest {interest}"),
    "live": N_("Updates when anyone adds a contact."), "stopped": N_("The connection to the server is lost."),
}


def script_texts(lang: str) -> dict[str, str]:
    """:data:`SCRIPT_TEXTS` in ``lang``."""
    return {key: gettext(message, lang) for key, message in SCRIPT_TEXTS.items()}


def figures(entries: int, actors: int, lang: str) -> dict[str, str]:
    """The projector's two figures as sentences with their plural ('1 kontakt', '12 aktører')."""
    return {"entries": ngettext("{n} contact", "{n} contacts", entries, lang).format(n=format_number(entries, lang)),
            # TRANSLATORS: actor as in terms.md §4 (nb aktør S9/S12, sv aktör S10/S11)
            "actors": ngettext("{n} actor", "{n} actors", actors, lang).format(n=format_number(actors, lang))}


# The types suggested in the participant's Type field (free text is accepted), as the template suggests
# them in Danish (netkort.vocabulary.ACTOR_TYPES) and English. TRANSLATORS: terms.md §4.
ACTOR_TYPES = (NC_("actor type", "association"), NC_("actor type", "education"),
               NC_("actor type", "cultural institution"), NC_("actor type", "company"),
               NC_("actor type", "municipal department"), NC_("actor type", "citizen"),
               NC_("actor type", "volunteers"), NC_("actor type", "media"), NC_("actor type", "region/state"))


def actor_types(lang: str) -> list[str]:
    return [translate(marked, lang) for marked in ACTOR_TYPES]


# What the command says on the terminal.
CONSOLE: dict[str, str] = {
    "started": N_("netkort workshop is running. Stop with Ctrl+C; start again with the same --db to resume."),
    "facilitator": N_("Facilitator (the projector; keep this address to yourself):"),
    "codes": N_("Participants' resume codes (in the projector's browser, not on the screen):"),
    "participants": N_("Participants:"), "code": N_("Code:"), "db": N_("The workshop is saved in {db}"),
    "loaded": N_("Loaded: {files}"), "kept": N_("Already in the workshop: {files}"),
    "lan": N_("WARNING: anyone on the network can reach the server (--host {host}). Participants use the "
              "address below; share the code only with the people in the room."),
    "no-lan": N_("WARNING: anyone on the network can reach the server (--host {host}), but netkort could not "
                 "find the machine's network address; look it up in the network settings."),
    "personal": N_("Email, phone and notes are switched on (--personal)."),
}


def console(key: str, lang: str = "da", **params: object) -> str:
    """A line the command prints, in ``lang``."""
    return gettext(CONSOLE[key], lang).format(**params)


def resumed(count: int, db: object, lang: str = "da") -> str:
    """'Resuming with 25 contacts from workshop.sqlite' (plural by ``count``)."""
    return ngettext("Resuming with {n} contact from {db}", "Resuming with {n} contacts from {db}",
                    count, lang).format(n=format_number(count, lang), db=db)
