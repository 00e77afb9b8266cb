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

_PRIVATE_KEYS = frozenset(fold(t) for t in PRIVATE_PERSON_TYPES)
_TYPE_PARTS = re.compile(r"[/;,|&]| og | and | eller | or ")


def is_private_person(attrs: Mapping) -> bool:
    """Whether an actor is a private person, judged by its ``type``.

    The type is free text, so it is folded ("Borger", "BORGER ", "privat-person")
    and each part of a combined type ("borger/frivillig") is checked.
    """
    if attrs.get("kind", "actor") != "actor":
        return False
    kind = attrs.get("type")
    if not isinstance(kind, str) or not kind.strip():
        return False
    if fold(kind) in _PRIVATE_KEYS:
        return True
    return any(fold(part) in _PRIVATE_KEYS for part in _TYPE_PARTS.split(kind.lower()))


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
    return shown


def visible_staff(attrs: Mapping, *, public: bool = False, details: bool = False) -> dict:
    """The fields of a staff member a page may show: name and team; e-mail with ``details``."""
    fields = STAFF_FIELDS + (("email",) if details and not public else ())
    return {f: attrs[f] for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}
