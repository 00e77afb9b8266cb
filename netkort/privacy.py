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
(:func:`is_private_person`: "Borger", "Frivillig", "Volontär", "Ildsjæl" …,
also with look-alike letters or one typing error, in a conflict between rows or
in netkort merge's "Type (anden værdi)" column). Private wins: one such row is
enough.

Who is named on a public page (:func:`public_label`, :func:`public_names`) fails
closed: only an actor whose every type is an organisation's
(:data:`netkort.vocabulary.ORGANISATION_TYPE_WORDS`: forening, skole, virksomhed,
kommune …), or, with no type at all (a name that appears only in the Relations
sheet), whose name is an organisation's name as a whole ("Åby Roklub",
"Kulturhuset Østergade", "Brugsen ApS", but not "Peter Hansen fra Skakklubben").
Any other actor is "Ukendt aktør", and :func:`unknown_actors` says why, so the
user can give it a type. Never a name whose words are a private person's name
words in any order, case or punctuation ("Holm, Karen" or "Karen Holm." for the
citizen "Karen Holm"), whatever its type, nor, with no type, a name that
contains one. An actor a public page does not name shows nothing that could
identify it: its level and spaces, never its type, target groups or other text
("Frivillig (Karen Holms datter)", "Karen Holms børnebørn").

Every text a page shows is cut to a length a browser can draw
(:data:`NAME_LIMIT`, :data:`TEXT_LIMIT`), ending in "…"; the full value stays
in the exports. The result is an allow-list: fields not named here never reach
a page, so a new column in a spreadsheet cannot leak by accident.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .i18n import N_, Labels
from .personal import keeping, mask
from .text import fold
from .vocabulary import (
    CONTACT_COLUMNS,
    FIELD_LABELS,
    ORGANISATION_FORMS,
    ORGANISATION_OF,
    ORGANISATION_WORDS,
    PERSON_NAME_WORDS,
    PERSON_TIE_WORDS,
    PRIVATE_PERSON_WORDS,
    other_base,
)

# Fields a page may show about an actor, and those that identify or reach a person.
ACTOR_FIELDS: tuple[str, ...] = (
    "name", "type", "sector", "contact_person", "level", "agreement", "spaces", "groups",
    "tags", "influence", "interest", "start", "last_contact", "next_evaluation", "activities",
)
STAFF_FIELDS: tuple[str, ...] = ("name", "department")
PERSONAL_FIELDS: tuple[str, ...] = ("email", "phone", "notes")
# What a public page shows of an actor it does not name ("Privatperson", "Ukendt aktør"):
# its level and spaces, nothing typed about it in free text (type, target groups, notes …).
UNNAMED_FIELDS: tuple[str, ...] = ("name", "level", "spaces")

# What a public page shows instead of a name it may not show, by language (LABELS[lang]["private"]).
LABELS = Labels({
    # TRANSLATORS: shown on a public page instead of a private person's name. The same word in da, nb
    #   and sv (general vocabulary).
    "private": N_("Private person"),
    # TRANSLATORS: shown on a public page instead of the name of an actor whose type is not known to be
    #   an organisation's. nb 'Ukjent aktør', sv 'Okänd aktör' (aktør: Innlandet fylkesbibliotek,
    #   'Biblioteket som samskaper'; aktör: Brisander 2017, 'Bibliotek i samspel med lokalsamhället').
    "unknown": N_("Unknown actor"),
})

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
_MIN_TYPO = 6     # "Frivilig" is "Frivillig" with a typing error; "Mor" is no typo of "Far"
_PERSON_WORDS = frozenset(fold(word) + ending for words in PRIVATE_PERSON_WORDS.values()
                          for word in words for ending in _ENDINGS)
_LONGEST_PERSON = max(len(w) for w in _PERSON_WORDS)
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
# legal forms written with a slash or dots are one word: "A/S", "I/S", "a.m.b.a."
_LEGAL_FORM = re.compile(r"\b(?:[aikp]\s?/\s?s|[asf]\.\s?m\.\s?b\.\s?a)\b\.?", re.IGNORECASE)
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


@cache
def _typo_keys() -> frozenset[str]:
    """Every person word of :data:`_MIN_TYPO` letters or more with one letter replaced or one
    added, written with "*" for it ("fri*illig", "fri*villig", "frivillig*")."""
    keys = set()
    for form in (w for w in _PERSON_WORDS if len(w) >= _MIN_TYPO):
        for at in range(len(form) + 1):
            keys.add(form[:at] + "*" + form[at + 1:])
            keys.add(form[:at] + "*" + form[at:])
    return frozenset(keys)


def _typo_of_person_word(word: str) -> bool:
    """Whether ``word`` is a person word with one typing error: a letter replaced, left out,
    added, or two letters swapped ("Frivilig", "Volontaer", "Borgre")."""
    if not _MIN_TYPO - 1 <= len(word) <= _LONGEST_PERSON + 1:
        return False    # (and a huge cell costs nothing: only words a typo away are tried)
    keys = _typo_keys()
    for at in range(len(word) + 1):
        if word[:at] + "*" + word[at + 1:] in keys or word[:at] + "*" + word[at:] in keys:
            return True
    return any(word[:at] + word[at + 1] + word[at] + word[at + 2:] in _PERSON_WORDS
               for at in range(len(word) - 1))


def _is_person_word(word: str) -> bool:
    return word in _PERSON_WORDS or _ends_with(word, _PERSON_HEADS) or _typo_of_person_word(word)


def _words(text: str) -> list[str]:
    return [w for w in (fold(w) for w in _WORDS.split(_LEGAL_FORM.sub(_one_word, text)) if w) if w]


def _one_word(match: re.Match) -> str:
    return re.sub(r"[\s./]", "", match.group())


@lru_cache(maxsize=65536)
def type_kind(text: str) -> str | None:
    """What a type text says the actor is: ``"person"``, ``"organisation"`` or None (unknown).

    The text may list several types ("Borger/forening"): if any of them is a
    person's, the actor is a person. Within one, a word for an organisation wins
    ("frivillig forening" is an association, "Frivillig" a volunteer). A type is an
    organisation's when one of its parts names one and none names a person.
    """
    organisation = False
    for part in _TYPE_PARTS.split(_LEGAL_FORM.sub(_one_word, text)):
        words = _words(part)
        if not words:
            continue
        if len(words) > 1 and "".join(words) in _PERSON_WORDS:
            return "person"     # "Member of the public", "Private individual"
        if any(w in _NOT_A_PERSON or _is_org_word(w) for w in words) or _is_org_word("".join(words)):
            organisation = True
            continue
        if any(_is_person_word(w) for w in [*words, "".join(words)]):
            return "person"
    return "organisation" if organisation else None


def private_type(text: str) -> bool:
    """Whether a type text calls the actor a private person (see :func:`type_kind`)."""
    return type_kind(text) == "person"


def types_of(attrs: Mapping) -> list[str]:
    """Every type any row or file gave an actor: its type, the other values of a conflict
    between rows, and netkort merge's "Type (anden værdi)" column."""
    found = [attrs.get("type")]
    found.extend((attrs.get("conflicts") or {}).get("type", ()))
    for column, value in (attrs.get("custom") or {}).items():
        if other_base(column) is not None and fold(other_base(column)) in _TYPE_HEADERS:
            found.append(value)
    return [t for t in found if isinstance(t, str) and t.strip()]


def is_private_person(attrs: Mapping) -> bool:
    """Whether an actor is a private person: any of its types says so (see :func:`type_kind`).

    Hiding too much errs on the safe side: "Borger", "BORGERE", "Bоrger" with a
    Cyrillic о, "Frivilig", "Private individual", "Medborgare", one row of three.
    """
    if attrs.get("kind", "actor") != "actor":
        return False
    return any(private_type(t) for t in types_of(attrs))


# In a name with no type: what ties a person to an organisation, or names a person.
_NAME_BREAK = re.compile(r"[,;:()\[\]{}|@/\\<>\n]|\s[-\u2010-\u2015]\s|[\u2013\u2014]")
_PERSON_TITLES = frozenset(fold(w) for w in PERSON_NAME_WORDS)
_PERSON_TIES = frozenset(fold(w) for w in PERSON_TIE_WORDS)
_OF = frozenset(fold(w) for w in ORGANISATION_OF)
# The organisation nouns that vouch for a name: five letters or more (and "klub"), in their
# definite forms ("Skakklubben", "Foreningen Norden"), and not a common surname ("Peter
# Parker", "Gregory House", "Ji-woo Park").
_SURNAMES = frozenset({"park", "parker", "church", "house", "union", "trust", "board", "state", "handel",
                       "hall", "store", "parish", "group", "office", "service", "team", "lager", "stifter"})
_NAME_ENDINGS = ("", "en", "et", "n", "t", "ne", "a", "an", "ben", "bben")
_NAME_ORG = frozenset(form for word in ORGANISATION_WORDS if len(fold(word)) >= _SHORT_ORG or fold(word) in _ORG_PREFIX
                      for ending in _NAME_ENDINGS if (form := fold(word) + ending) not in _SURNAMES
                      and len(form) >= 4) | frozenset({"club"})

_LONGEST_NAME_ORG = max(len(w) for w in _NAME_ORG)


def _names_org(word: str, first: bool = False) -> bool:
    """Whether one word of a name is an organisation noun or a compound ending in one
    ("Roklub", "Kulturhuset", "Ungdomsskolen"); a legal form ends a name ("Brugsen ApS")."""
    if word in _ORG_FORMS:
        return not first
    if first and word.endswith("s") and _names_org(word[:-1]):
        return False     # "Skakklubbens formand": a genitive names someone of the organisation
    return any(word[start:] in _NAME_ORG for start in range(max(0, len(word) - _LONGEST_NAME_ORG), len(word)))


@lru_cache(maxsize=65536)
def names_organisation(name: str) -> bool:
    """Whether a name with no type is an organisation's name as a whole: "Åby Roklub",
    "Kulturhuset Østergade", "Brugsen ApS", "Center for Kultur"; not "Peter Hansen fra
    Skakklubben", "Lise Lund, formand for Læseklubben" or "Hr. Ole Olsen".

    Its last word (or its first, "Foreningen Norden") is an organisation noun, it holds
    no title, role or word that ties a person to an organisation ("fra", "hos", "v/"),
    and no comma, bracket or dash between parts. "for" and "af" may join it only after
    an organisation noun ("Foreningen for Ældre").
    """
    if _NAME_BREAK.search(_LEGAL_FORM.sub(_one_word, name)):
        return False
    words = _words(name)
    if not words or any(w in _PERSON_TITLES or w in _PERSON_TIES for w in words):
        return False
    first = _names_org(words[0], first=True)
    if any(w in _OF for w in words):
        return first
    return first or _names_org(words[-1])


@lru_cache(maxsize=65536)
def names_a_person(name: str) -> bool:
    """Whether a name holds a title or a role ("Hr. Ole Olsen", "Lise Lund (formand)")."""
    return any(w in _PERSON_TITLES for w in _words(name))


@lru_cache(maxsize=65536)
def _ties_a_person(name: str) -> bool:
    """Whether a name has a person tied to something: a comma, a bracket, "fra", "v/" …"""
    return not names_organisation(name) and (
        _NAME_BREAK.search(_LEGAL_FORM.sub(_one_word, name)) is not None
        or any(w in _PERSON_TIES or w in _OF or w in _PERSON_TITLES for w in _words(name)))


def organisation_type(text: str) -> bool:
    """Whether a type text names an organisation (and no person): see :func:`type_kind`."""
    return type_kind(text) == "organisation"


def public_label(attrs: Mapping, lang: str = "da") -> str | None:
    """What a public page shows instead of an actor's name, or None when the name may show.

    Fails closed: the name shows only when every type the actor has is an organisation's,
    or, with no type, when its name is (:func:`names_organisation`, judged by what the page
    would show of it: a word past the cut cannot vouch for it).
    """
    if is_private_person(attrs):
        return LABELS[lang]["private"]
    types, name = types_of(attrs), str(attrs.get("name", ""))[:NAME_LIMIT]
    if types and all(organisation_type(t) for t in types) and not names_a_person(name):
        return None
    if not types and names_organisation(name):
        return None
    return LABELS[lang]["unknown"]


def public_names(nodes: Iterable[tuple[str, Mapping]], lang: str = "da") -> dict[str, str]:
    """The actors a public page must not name, each with the label it shows instead.

    ``nodes`` are a graph's ``(id, attributes)`` pairs. Besides :func:`public_label`,
    an actor whose name words are a private person's name words in any order, case or
    punctuation ("Karen Holm." or "Holm, Karen" for the citizen "Karen Holm") is
    private too, whatever its type, and so is an actor whose name holds one, if it has
    no type ("Karen Holms strikkeklub") or its name ties the person to something
    ("Niels Nielsen (Skakklubben)" typed forening, "Strikkeklub v/ Holm Karen").
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
    person = LABELS[lang]["private"]
    longest = max(len(p) for p in private)
    names = {tuple(sorted(p)) for p in private}
    joined = {"".join(p) for p in private} | {"".join(sorted(p)) for p in private}  # "KarenHolm"
    for node, attrs in actors:
        if hidden.get(node) == person:
            continue
        name = str(attrs.get("name", ""))
        words = _name_words(name)
        if (tuple(sorted(words)) in names or "".join(words) in joined or "".join(sorted(words)) in joined
                or ((not types_of(attrs) or _ties_a_person(name[:NAME_LIMIT]))
                    and _contains(words, names, longest))):
            hidden[node] = person
    return hidden


@dataclass
class Unknown:
    """Why a public page shows actors as "Ukendt aktør" (see :func:`unknown_actors`)."""

    count: int = 0        # actors shown as "Ukendt aktør"
    untyped: int = 0      # ... with no type (and a name that is not an organisation's as a whole)
    typed: int = 0        # ... with a type not known as an organisation's
    titled: int = 0       # ... with an organisation's type but a title or role in the name
    types: list[str] = field(default_factory=list)  # those types, most frequent first


def unknown_actors(nodes: Iterable[tuple[str, Mapping]], hidden: Mapping[str, str], lang: str = "da") -> Unknown:
    """Why a public page shows actors as "Ukendt aktør", so the user can give them a type."""
    label = LABELS[lang]["unknown"]
    found = Unknown()
    types: Counter[str] = Counter()
    for node, attrs in nodes:
        if hidden.get(node) != label:
            continue
        found.count += 1
        unknown = [t.strip() for t in types_of(attrs) if not organisation_type(t)]
        if not types_of(attrs):
            found.untyped += 1
        elif unknown:
            found.typed += 1
            types.update(set(unknown))
        else:
            found.titled += 1
    found.types = [t for t, _ in types.most_common()]
    return found


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in (fold(w) for w in _WORDS.split(name[:NAME_LIMIT * 5]) if w) if w)


def _contains(words: tuple[str, ...], names: set[tuple[str, ...]], longest: int) -> bool:
    """Whether ``words`` hold one of ``names`` (sorted word tuples) as a run in any order
    ("karen holms" and "holm karen" hold "karen holm")."""
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + longest) + 1):
            run = words[start:end]
            if tuple(sorted(run)) in names:
                return True
            plain = tuple(w[:-1] if w.endswith("s") and len(w) > 2 else w for w in run)  # genitive
            if tuple(sorted(plain)) in names:
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
    """Which kinds of personal data a page keeps as written: none on a public page."""
    return () if public else keeping(details, cpr)


def visible_actor(attrs: Mapping, *, public: bool = False, details: bool = False,
                  lang: str = "da", cpr: bool = False, label: str | None = None) -> dict:
    """The fields of an actor a page may show, as it shows them.

    Only :data:`ACTOR_FIELDS` (plus :data:`PERSONAL_FIELDS` with ``details`` on
    a non-public page) are copied, masked and cut; values are not relabelled. On
    a public page an actor that may not be named shows only :data:`UNNAMED_FIELDS`
    (level and spaces) under the name "Privatperson" or "Ukendt aktør": its own type,
    target groups or any other text could name it ("Frivillig (Karen Holms datter)").
    ``label`` is that name when the caller knows it from the whole graph
    (:func:`public_names`; "" for a name that may show); by default it is judged
    from the actor alone (:func:`public_label`).
    """
    fields = ACTOR_FIELDS + (PERSONAL_FIELDS if details and not public else ())
    shown = {f: attrs[f] for f in fields if f in attrs and attrs[f] not in (None, "", [], ())}
    if public:
        shown.pop("contact_person", None)
        label = public_label(attrs, lang) if label is None else label
        if label:
            shown = {f: v for f, v in shown.items() if f in UNNAMED_FIELDS}
            shown["name"] = label
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
