"""What a column header means: the fields it may name, and how strongly.

A header is read first as a whole: an exact alias from :mod:`netkort.vocabulary`
("Medarbejder", "Target group") names its field with strength 1.0. Otherwise it
is split into words, on spaces and punctuation ("Organisation/navn", "Grad af
indflydelse") and inside compounds where a known word starts or ends the word
("Partnernavn" = partner + navn, "Samarbejdsform" = samarbejde + form), and each
word votes with the strength ``HEADER_WORDS`` gives it. In a compound the last
word is the head, as in Danish and Norwegian: "Partnerkontakt" is a contact
person. Words saying whose a person is turn a contact person into a staff member
("Kontaktperson hos biblioteket") and a staff word into the actor's own contact
("Ansvarlig hos partneren").

Only strengths are decided here; :mod:`netkort.read.columns` weighs them with
the column's values and chooses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from ..vocabulary import (
    CONTACT_COLUMNS,
    HEADER_FILLER,
    HEADER_WORDS,
    OUR_WORDS,
    RELATION_COLUMNS,
    STAFF_COLUMNS,
    THEIR_WORDS,
)

EXACT = 1.0
# A compound's first part only modifies its head: "partner" in "Partnerkontakt".
PREFIX_WEIGHT = 0.6
MIN_PART = 3  # shorter pieces of a compound are endings, not words
# Endings of a known word: "medarbejderens navn", "aktørernes", "kontakterne".
ENDINGS = ("erne", "ene", "ens", "ets", "ernes", "enes", "en", "et", "er", "ne", "s", "e")
# A name of a person-field is that person's: "Navn på kontaktperson", "Medarbejderens navn".
PERSON_FIELDS = ("contact_person", "staff")

COLUMNS = {"contacts": CONTACT_COLUMNS, "relations": RELATION_COLUMNS, "staff": STAFF_COLUMNS}
ALIASES: dict[str, dict[str, str]] = {
    kind: {fold(alias): name for name, aliases in table.items() for alias in aliases}
    for kind, table in COLUMNS.items()
}
# folded word -> {field: strength}, for every kind of table
_WORDS: dict[str, dict[str, float]] = {}
for _field, _words in HEADER_WORDS.items():
    for _word, _strength in _words.items():
        _WORDS.setdefault(fold(_word), {})[_field] = _strength
_OURS = frozenset(fold(w) for w in OUR_WORDS)
_THEIRS = frozenset(fold(w) for w in THEIR_WORDS)
_FILLER = frozenset(fold(w) for w in HEADER_FILLER)
_SPLIT = re.compile(r"[^\w]+|_")


def words(header: str) -> list[str]:
    """A header's words, folded: 'E-mail (arbejde)' -> ['email', 'arbejde']."""
    parts = [fold(p) for p in _SPLIT.split(header.casefold()) if p]
    parts = [p for p in parts if p]
    joined: list[str] = []
    for part in parts:  # "e-mail", "e-post": a lone letter belongs to the next word
        if joined and len(joined[-1]) == 1 and joined[-1].isalpha():
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _prefix_forms(word: str) -> tuple[str, ...]:
    """How a word starts a compound: as it is, with a linking s, or 'samarbejde' as 'samarbejds'."""
    forms = [word, word + "s"]
    if word.endswith("e"):
        forms.append(word[:-1] + "s")
    return tuple(forms)


# form a compound may start with -> the known word (the longest word, where two forms agree)
_PREFIXES: dict[str, str] = {}
for _word in sorted(_WORDS.keys() | _OURS | _THEIRS, key=len):
    if len(_word) >= MIN_PART:
        for _form in _prefix_forms(_word):
            _PREFIXES[_form] = _word


def _known(word: str) -> bool:
    return word in _WORDS or word in _OURS or word in _THEIRS


def _inflected(word: str) -> str | None:
    """The known word behind an inflected form ('medarbejderens' -> 'medarbejder')."""
    for ending in ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_PART and _known(stem):
            return stem
    return None


@lru_cache(maxsize=16384)
def _compound(word: str) -> tuple[tuple[str, float], ...]:
    """Known words inside a compound, with the weight of their place in it."""
    stem = _inflected(word)
    if stem is not None:
        return ((stem, 1.0),)
    found: list[tuple[str, float]] = []
    rest = word
    for end in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # the longest known word it starts with
        known = _PREFIXES.get(word[:end])
        if known is not None:
            found.append((known, PREFIX_WEIGHT))
            rest = word[end:]
            break
    stem = rest if _known(rest) else _inflected(rest)
    if stem is not None:
        found.append((stem, 1.0))
        return tuple(found)
    for start in range(1, len(rest) - MIN_PART):  # the longest known word it ends with
        if rest[start:] in _WORDS:
            found.append((rest[start:], 1.0))
            break
    return tuple(found)


@lru_cache(maxsize=8192)
def meaning(header: str, kind: str) -> dict[str, float]:
    """The fields ``header`` may name in a ``kind`` table, strongest first.

    >>> meaning("Organisation/navn", "contacts")
    {'name': 0.9}
    >>> meaning("Kontaktperson hos biblioteket", "contacts")
    {'staff': 0.9}
    """
    fields = COLUMNS[kind]
    exact = ALIASES[kind].get(fold(header))
    if exact is not None:
        return {exact: EXACT}
    tokens = words(header)
    meaningful = [t for t in tokens if t not in _FILLER or fields.keys() & _WORDS.get(t, {}).keys()]
    if meaningful:
        tokens = meaningful
    votes: dict[str, float] = {}
    ours = theirs = False

    def vote(word: str, weight: float) -> None:
        nonlocal ours, theirs
        ours = ours or word in _OURS
        theirs = theirs or word in _THEIRS
        for field, strength in _WORDS.get(word, {}).items():
            if field in fields:
                votes[field] = max(votes.get(field, 0.0), round(strength * weight, 2))

    index = 0
    while index < len(tokens):
        pair = tokens[index] + tokens[index + 1] if index + 1 < len(tokens) else ""
        if pair in _WORDS:  # a phrase: "sidste kontakt", "contact person"
            vote(pair, 1.0)
            index += 2
            continue
        token = tokens[index]
        if token in _WORDS or token in _OURS or token in _THEIRS:
            vote(token, 1.0)
        else:
            for part, weight in _compound(token):
                vote(part, weight)
        index += 1
    if ours and not theirs and "contact_person" in votes and "staff" in fields:
        votes["staff"] = max(votes.get("staff", 0.0), votes.pop("contact_person"))
    if theirs and not ours and "staff" in votes and "contact_person" in fields:
        votes["contact_person"] = max(votes.get("contact_person", 0.0), votes.pop("staff"))
    if "name" in votes and len(tokens) > 1 and any(votes.get(f, 0.0) >= 0.5 for f in PERSON_FIELDS):
        del votes["name"]  # the name of the contact person, or of the staff member
    return dict(sorted(votes.items(), key=lambda item: -item[1]))
