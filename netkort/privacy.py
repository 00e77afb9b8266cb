"""What a page may show about an actor or a staff member (DESIGN §6).

Every HTML output asks this module which fields of a node it may carry, so the
rules of data minimisation live in one place:

* by default no e-mail address, phone number or note, and e-mail addresses,
  phone numbers and CPR-like numbers typed into any other text (a name,
  Aktiviteter, Kontaktperson …) are masked ("[e-mail skjult]", see
  :mod:`netkort.personal`);
* ``details=True`` adds them (for the network coordinator's own use), but a
  CPR-like number stays masked unless ``cpr=True`` too;
* ``public=True`` is for pages that hang at the entrance or go on the web:
  organisations and staff only. A private person becomes "Privatperson", and an
  actor nothing shows to be an organisation "Ukendt aktør", each with no name,
  no contact person and no free text; no personal field is shown even with
  ``details``. Contact persons are people too, so a public page names none.

Who is a private person: an actor that any row or file types as one
(:func:`is_private_person`: "Borger", "Frivillig", "Resident", "Invånare" …,
also with look-alike letters, in a conflict between rows or in netkort merge's
"Type (anden værdi)" column). Private wins: one such row is enough.

Who is named on a public page (:func:`public_label`, :func:`public_names`): an
actor with a type that is not a person's, or, with no type at all (a name that
appears only in the Relations sheet), a name that says it is an organisation
("Åby Roklub", "Kulturhuset", "Brugs ApS"). Never a name that is a private
person's name once case, spaces and punctuation are ignored ("Karen Holm." for
the citizen "Karen Holm"), nor, with no type, a name that contains one.

Every text a page shows is cut to a length a browser can draw
(:data:`NAME_LIMIT`, :data:`TEXT_LIMIT`), ending in "…"; the full value stays
in the exports. The result is an allow-list: fields not named here never reach
a page, so a new column in a spreadsheet cannot leak by accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .personal import CONTACT_KINDS, mask
from .text import fold
from .vocabulary import (
    CONTACT_COLUMNS,
    FIELD_LABELS,
    ORGANISATION_FORMS,
    ORGANISATION_WORDS,
    OTHER_VALUE,
    PRIVATE_PERSON_WORDS,
)

# Fields a page may show about an actor, and those that identify or reach a person.
ACTOR_FIELDS: tuple[str, ...] = (
    "name", "type", "sector", "contact_person", "level", "agreement", "spaces", "groups",
    "tags", "influence", "interest", "start", "last_contact", "next_evaluation", "activities",
)
STAFF_FIELDS: tuple[str, ...] = ("name", "department")
PERSONAL_FIELDS: tuple[str, ...] = ("email", "phone", "notes")
# Free text that may name or describe the person behind an actor a public page does not name.
_DESCRIBING = ("activities", "tags", "contact_person")

PRIVATE_PERSON_LABEL = {"da": "Privatperson", "en": "Private person"}
UNKNOWN_ACTOR_LABEL = {"da": "Ukendt aktør", "en": "Unknown actor"}

# How much of one text a page shows: a name of 200 characters fills a card; the rest is cut
# with "…" (a 100-million-character name would make a page no browser can open).
NAME_LIMIT = 200
TEXT_LIMIT = 1000
_ELLIPSIS = "…"
# Masking looks this far past the cut, so an address that crosses it is masked, not cut in two.
_MASK_MARGIN = 320

# --- private persons ------------------------------------------------------------------

_ENDINGS = ("", "e", "en", "ene", "ne", "er", "erne", "et", "r", "rne", "n", "a", "na", "ar", "arna", "rna",
            "s", "es", "ns")
_COMPOUNDING = ("da", "nb", "sv")  # languages whose compounds end in what they name
_MIN_SUFFIX = 6   # "Ressourceperson" is a person; "elev" only as a word of its own
_PERSON_WORDS = frozenset(fold(word) + ending for words in PRIVATE_PERSON_WORDS.values()
                          for word in words for ending in _ENDINGS)
_PERSON_HEADS = frozenset(form for lang in _COMPOUNDING for word in PRIVATE_PERSON_WORDS[lang]
                          for ending in _ENDINGS
                          if len(form := fold(word) + ending) >= _MIN_SUFFIX)
# "juridisk person" (a legal person) is a company
_NOT_A_PERSON = frozenset({"juridisk", "juridiske", "legal"})
_ORG_WORDS = frozenset(fold(word) + ending for word in ORGANISATION_WORDS for ending in _ENDINGS)
_ORG_FORMS = frozenset(ORGANISATION_FORMS)
# a short organisation word ends a compound only after a long enough first part: "Elevråd",
# "Kulturhus", but not "Konrad"; a club is a club ("Roklub")
_ORG_PREFIX = {"klub": 1, "klubb": 1}
_SHORT_ORG = 5
_LONGEST = max(len(w) for w in _PERSON_HEADS | _ORG_WORDS)
_WORDS = re.compile(r"[^\w]+")
# a type cell may list several ("Borger/forening", "frivillig; borger", "Borgere og foreninger")
_TYPE_PARTS = re.compile(r"[/;,()&+|\n]|\b(?:og|eller|and|or|och)\b", re.IGNORECASE)
_TYPE_HEADERS = frozenset(fold(h) for h in (*CONTACT_COLUMNS["type"],
                                            *(labels["type"] for labels in FIELD_LABELS.values())))


def _ends_with(word: str, forms: frozenset[str], short: int = 0) -> bool:
    """Whether ``word`` is one of ``forms`` or a compound ending in one (checked by its last letters only)."""
    if word in forms:
        return True
    for start in range(max(1, len(word) - _LONGEST), len(word)):
        head = word[start:]
        if head in forms and (len(head) >= short or start >= _ORG_PREFIX.get(head, 4)):
            return True
    return False


def _is_org_word(word: str) -> bool:
    return word in _ORG_FORMS or _ends_with(word, _ORG_WORDS, _SHORT_ORG)


@lru_cache(maxsize=65536)
def private_type(text: str) -> bool:
    """Whether a type text calls the actor a private person.

    The text may list several types ("Borger/forening"): if any of them is a
    person's, the actor is private. Within one, a word for an organisation wins
    ("frivillig forening" is an association, "Frivillig" a volunteer).
    """
    for part in _TYPE_PARTS.split(text):
        words = [w for w in (fold(w) for w in _WORDS.split(part) if w) if w]
        if not words or any(w in _NOT_A_PERSON or _is_org_word(w) for w in words):
            continue
        if any(w in _PERSON_WORDS or _ends_with(w, _PERSON_HEADS) for w in [*words, "".join(words)]):
            return True
    return False


def types_of(attrs: Mapping) -> list[str]:
    """Every type any row or file gave an actor: its type, the other values of a conflict
    between rows, and netkort merge's "Type (anden værdi)" column."""
    found = [attrs.get("type")]
    found.extend((attrs.get("conflicts") or {}).get("type", ()))
    for column, value in (attrs.get("custom") or {}).items():
        if column.endswith(OTHER_VALUE) and fold(column[:-len(OTHER_VALUE)]) in _TYPE_HEADERS:
            found.append(value)
    return [t for t in found if isinstance(t, str) and t.strip()]


def is_private_person(attrs: Mapping) -> bool:
    """Whether an actor is a private person: any of its types says so (see :func:`private_type`).

    Hiding too much errs on the safe side: "Borger", "BORGERE", "Bоrger" with a
    Cyrillic о, "Private individual", "Medborgare", one row of three.
    """
    if attrs.get("kind", "actor") != "actor":
        return False
    return any(private_type(t) for t in types_of(attrs))


@lru_cache(maxsize=65536)
def names_organisation(name: str) -> bool:
    """Whether a name says it is an organisation's: "Åby Roklub", "Kulturhuset", "Brugs ApS"."""
    return any(_is_org_word(fold(w)) for w in _WORDS.split(name) if w)


def public_label(attrs: Mapping, lang: str = "da") -> str | None:
    """What a public page shows instead of an actor's name, or None when the name may show."""
    if is_private_person(attrs):
        return PRIVATE_PERSON_LABEL.get(lang, PRIVATE_PERSON_LABEL["en"])
    # judged by what the page would show of the name: a word past the cut cannot vouch for it
    if types_of(attrs) or names_organisation(str(attrs.get("name", ""))[:NAME_LIMIT]):
        return None
    return UNKNOWN_ACTOR_LABEL.get(lang, UNKNOWN_ACTOR_LABEL["en"])


def public_names(nodes: Iterable[tuple[str, Mapping]], lang: str = "da") -> dict[str, str]:
    """The actors a public page must not name, each with the label it shows instead.

    ``nodes`` are a graph's ``(id, attributes)`` pairs. Besides :func:`public_label`,
    an actor whose name is a private person's name with other case, spacing or
    punctuation ("Karen Holm." in the Relations sheet for the citizen "Karen Holm")
    is private too, and so is an actor with no type whose name contains one
    ("Karen Holms strikkeklub").
    """
    actors = [(node, attrs) for node, attrs in nodes if attrs.get("kind", "actor") == "actor"]
    hidden: dict[str, str] = {}
    private: set[tuple[str, ...]] = set()
    for node, attrs in actors:
        label = public_label(attrs, lang)
        if label is not None:
            hidden[node] = label
        if is_private_person(attrs):
            private.add(_name_words(str(attrs.get("name", ""))))
    private.discard(())
    if not private:
        return hidden
    person = PRIVATE_PERSON_LABEL.get(lang, PRIVATE_PERSON_LABEL["en"])
    longest = max(len(p) for p in private)
    joined = {"".join(p) for p in private}  # "Karen-Holm", "KarenHolm", "Karen  Holm."
    for node, attrs in actors:
        if hidden.get(node) == person:
            continue
        words = _name_words(str(attrs.get("name", "")))
        if "".join(words) in joined or (not types_of(attrs) and _contains(words, private, longest)):
            hidden[node] = person
    return hidden


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in (fold(w) for w in _WORDS.split(name[:NAME_LIMIT * 5]) if w) if w)


def _contains(words: tuple[str, ...], names: set[tuple[str, ...]], longest: int) -> bool:
    """Whether ``words`` hold one of ``names`` word for word ("karen holms" holds "karen holm")."""
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + longest) + 1):
            run = words[start:end]
            if run in names or (run[-1].endswith("s") and (*run[:-1], run[-1][:-1]) in names):
                return True
    return False


# --- what a page shows -------------------------------------------------------------------

def shown_text(value: str, limit: int = TEXT_LIMIT, keep: tuple[str, ...] = (), lang: str = "da") -> str:
    """A text as a page shows it: personal data masked (but ``keep``), at most ``limit`` characters.

    Only the part that can be shown is scanned, so a huge cell costs no more than a short one.
    """
    text = value if len(value) <= limit + _MASK_MARGIN else value[:limit + _MASK_MARGIN]
    text = mask(text, lang, keep)
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + _ELLIPSIS
    return text


def _shown_value(value: object, limit: int, keep: tuple[str, ...], lang: str) -> object:
    if isinstance(value, str):
        return shown_text(value, limit, keep, lang)
    if isinstance(value, (list, tuple)):
        items, total = [], 0
        for item in value:  # a list is as long as a text may be: a cell of a million tags stays short
            text = _shown_value(item, limit, keep, lang)
            total += len(text) if isinstance(text, str) else 1
            if total > limit and items:
                items.append(_ELLIPSIS)
                break
            items.append(text)
        return type(value)(items) if isinstance(value, tuple) else items
    return value


def _keep(public: bool, details: bool, cpr: bool) -> tuple[str, ...]:
    """Which kinds of personal data a page keeps as written."""
    if public or not details:
        return ()
    return (*CONTACT_KINDS, "cpr") if cpr else CONTACT_KINDS


def visible_actor(attrs: Mapping, *, public: bool = False, details: bool = False,
                  lang: str = "da", cpr: bool = False, label: str | None = None) -> dict:
    """The fields of an actor a page may show, as it shows them.

    Only :data:`ACTOR_FIELDS` (plus :data:`PERSONAL_FIELDS` with ``details`` on
    a non-public page) are copied, masked and cut; values are not relabelled. On
    a public page an actor that may not be named keeps what says nothing about who
    it is (level, spaces, target groups…) under the name "Privatperson" or "Ukendt
    aktør". ``label`` is that name when the caller knows it from the whole graph
    (:func:`public_names`; "" for a name that may show); by default it is judged
    from the actor alone (:func:`public_label`).
    """
    fields = ACTOR_FIELDS + (PERSONAL_FIELDS if details and not public else ())
    shown = {f: attrs[f] for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}
    if public:
        shown.pop("contact_person", None)
        label = public_label(attrs, lang) if label is None else label
        if label:
            shown["name"] = label
            for free_text in _DESCRIBING:
                shown.pop(free_text, None)
    keep = _keep(public, details, cpr)
    return {f: _shown_value(v, NAME_LIMIT if f == "name" else TEXT_LIMIT, keep, lang)
            for f, v in shown.items()}


def visible_staff(attrs: Mapping, *, public: bool = False, details: bool = False,
                  lang: str = "da", cpr: bool = False) -> dict:
    """The fields of a staff member a page may show: name and team; e-mail with ``details``."""
    fields = STAFF_FIELDS + (("email",) if details and not public else ())
    keep = _keep(public, details, cpr)
    return {f: _shown_value(attrs[f], NAME_LIMIT if f == "name" else TEXT_LIMIT, keep, lang)
            for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}


def shown_name(name: str, lang: str = "da") -> str:
    """A name as any page shows it: personal data masked, cut at :data:`NAME_LIMIT`."""
    return shown_text(name, NAME_LIMIT, (), lang)


# Extra columns whose header suggests personal data ("Mobilnummer", "Privat e-mail",
# "Telefon (privat)", "Adresse", "CPR").
_PERSONAL_HEADER = re.compile(r"mail|tlf|telefon|mobil|phone|adresse|address|cpr|fodsel|birth|privat")


def looks_personal(header: str) -> bool:
    """Whether an extra column's header suggests personal data (kept out of exports by default)."""
    return bool(_PERSONAL_HEADER.search(fold(header)))
