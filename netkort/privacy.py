"""What a page may show about an actor or a staff member (DESIGN §6).

Every HTML output asks this module which fields of a node it may carry, so the
rules of data minimisation live in one place:

* by default no e-mail address, phone number or note;
* ``details=True`` adds them (for the network coordinator's own use);
* ``public=True`` is for pages that hang at the entrance or go on the web:
  organisations and staff only. A private person (``type`` such as "borger",
  "privatperson", "citizen") becomes "Privatperson" with no name and no
  contact person, and no personal field is shown even with ``details``.
  Contact persons are people too, so a public page names none of them.

The result is an allow-list: fields not named here never reach a page, so a
new column in a spreadsheet cannot leak by accident.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .text import fold
from .vocabulary import PRIVATE_PERSON_TYPES

# Fields a page may show about an actor, and those that identify or reach a person.
ACTOR_FIELDS: tuple[str, ...] = (
    "name", "type", "sector", "contact_person", "level", "agreement", "spaces", "groups",
    "tags", "influence", "interest", "start", "last_contact", "next_evaluation", "activities",
)
STAFF_FIELDS: tuple[str, ...] = ("name", "department")
PERSONAL_FIELDS: tuple[str, ...] = ("email", "phone", "notes")

PRIVATE_PERSON_LABEL = {"da": "Privatperson", "en": "Private person"}

# each type with its plural and definite endings ("borgere", "borgeren", "privatpersoner",
# "citizens"), but not compounds: "Borgerservice" is a municipal department, not a person
_PRIVATE_FORMS = frozenset(fold(t) + ending for t in PRIVATE_PERSON_TYPES if t != "person"
                           for ending in ("", "e", "en", "ne", "er", "erne", "s"))
_WORDS = re.compile(r"[^\w]+")


def is_private_person(attrs: Mapping) -> bool:
    """Whether an actor is a private person, judged by its ``type``.

    The type is free text, so each of its words is folded and compared by its
    start: "Borger", "BORGERE", "Borger (frivillig)", "privatpersoner",
    "Private person" all count. Hiding too much errs on the safe side.
    """
    if attrs.get("kind", "actor") != "actor":
        return False
    kind = attrs.get("type")
    if not isinstance(kind, str) or not kind.strip():
        return False
    words = [fold(w) for w in _WORDS.split(kind) if w]
    return any(w in _PRIVATE_FORMS for w in [*words, "".join(words)])


# Headers of extra columns that hold personal data netkort has no name for
# ("Mobilnummer", "Privat e-mail", "Telefon (privat)", "Adresse", "CPR").
_PERSONAL_HEADER = re.compile(r"mail|tlf|telefon|mobil|phone|adresse|address|cpr|fodsel|birth|privat")


def looks_personal(header: str) -> bool:
    """Whether an extra column's header suggests personal data (kept out of exports by default)."""
    return bool(_PERSONAL_HEADER.search(fold(header)))


def visible_actor(attrs: Mapping, *, public: bool = False, details: bool = False,
                  lang: str = "da") -> dict:
    """The fields of an actor a page may show, with their stored values.

    Only :data:`ACTOR_FIELDS` (plus :data:`PERSONAL_FIELDS` with ``details`` on
    a non-public page) are copied; values are not relabelled. On a public page
    a private person keeps what says nothing about who they are (level,
    spaces, target groups…) under the name "Privatperson".
    """
    fields = ACTOR_FIELDS + (PERSONAL_FIELDS if details and not public else ())
    shown = {f: attrs[f] for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}
    if public:
        shown.pop("contact_person", None)
        if is_private_person(attrs):
            shown["name"] = PRIVATE_PERSON_LABEL.get(lang, PRIVATE_PERSON_LABEL["en"])
            for free_text in ("activities", "tags"):  # free text may name or describe the person
                shown.pop(free_text, None)
    return shown


def visible_staff(attrs: Mapping, *, public: bool = False, details: bool = False) -> dict:
    """The fields of a staff member a page may show: name and team; e-mail with ``details``."""
    fields = STAFF_FIELDS + (("email",) if details and not public else ())
    return {f: attrs[f] for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}
