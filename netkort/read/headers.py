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
    CANDIDATE_COLUMNS,
    CHECKLIST_COLUMNS,
    CONTACT_COLUMNS,
    HEADER_FILLER,
    HEADER_WORDS,
    ID_WORDS,
    OUR_WORDS,
    QUANTITY_WORDS,
    QUESTION_PREFIXES,
    QUESTION_WORDS,
    QUESTIONS,
    RELATION_COLUMNS,
    STAFF_COLUMNS,
    THEIR_WORDS,
    other_base,
)

EXACT = 1.0
# A compound's first part only modifies its head: "partner" in "Partnerkontakt".
PREFIX_WEIGHT = 0.6
MIN_PART = 3  # shorter pieces of a compound are endings, not words
# Endings of a known word: "medarbejderens navn", "aktørernes", "kontakterne".
ENDINGS = ("erne", "ene", "ens", "ets", "ernes", "enes", "en", "et", "er", "ne", "s", "e")
# A name of a person-field is that person's: "Navn på kontaktperson", "Medarbejderens navn".
PERSON_FIELDS = ("contact_person", "staff")
# A header of more words, or more characters, than this is text in a cell, not a header.
MAX_WORDS = 10  # a question from a form ("Hvor stor indflydelse har de? (1-5)") still counts
MAX_LENGTH = 120
MAX_WORD = 40  # no compound is longer: splitting a longer "word" would only cost time
# A misspelt word ("Organisaton") counts as the word it is this close to (rapidfuzz's ratio, 0-100).
TYPO_SCORE = 90
MIN_TYPO = 6  # shorter words are too easily one letter from another word

COLUMNS = {"contacts": CONTACT_COLUMNS, "relations": RELATION_COLUMNS, "staff": STAFF_COLUMNS,
           "checklist": CHECKLIST_COLUMNS, "candidates": CANDIDATE_COLUMNS}
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
_IDS = frozenset(fold(w) for w in ID_WORDS)
_QUANTITIES = frozenset(fold(w) for w in QUANTITY_WORDS)
_SPLIT = re.compile(r"[^\w]+|_")
_ABBREVIATED = re.compile(r"(\w+)\.")


def words(header: str) -> list[str]:
    """A header's words, folded: 'E-mail (arbejde)' -> ['email', 'arbejde']."""
    parts = [fold(p) for p in _SPLIT.split(header.casefold()) if p]
    parts = [p for p in parts if p]
    joined: list[str] = []
    for part in parts:  # "e-mail", "e-post": a lone letter belongs to the next word when they make one
        if joined and len(joined[-1]) == 1 and joined[-1].isalpha() and joined[-1] + part in _WORDS:
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
    if len(word) > MAX_WORD:
        return ()
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


_FIELD_WORDS = sorted(_WORDS)


@lru_cache(maxsize=4096)
def _abbreviation(token: str, kind: str) -> tuple[tuple[str, float], ...]:
    """What an abbreviation stands for ('Org.', 'Ansv.', 'Indfl.'): the known words it starts.

    Words of one field of the table: that word's vote. Of several: each a hint, for
    the column's values to settle ('Int.' is interesse or interessent). A word of
    whose a person is counts too ('bibl.' is the library's side).
    """
    if len(token) < 3:
        return ()
    fields = COLUMNS[kind]
    side = sorted(w for w in _OURS | _THEIRS if w.startswith(token))[:1]
    matches = [w for w in _FIELD_WORDS if w.startswith(token) and fields.keys() & _WORDS[w].keys()]
    voted = {f for w in matches for f in _WORDS[w] if f in fields}
    if len(voted) == 1:
        return ((max(matches, key=lambda w: max(_WORDS[w].values())), 1.0), *((w, 1.0) for w in side))
    return (*((w, HINT_WEIGHT / max(_WORDS[w].values())) for w in matches), *((w, 1.0) for w in side))


@lru_cache(maxsize=16384)
def _typo(token: str) -> str | None:
    """The known word a misspelt one stands for ('organisaton' -> 'organisation'), if any is that close."""
    if not MIN_TYPO <= len(token) <= MAX_WORD:
        return None
    from rapidfuzz import fuzz, process  # only when a header has a word netkort doesn't know

    found = process.extractOne(token, _FIELD_WORDS, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
    return found[0] if found else None


HINT_WEIGHT = 0.6

_QUESTION_PREFIXES = frozenset(fold(w) for w in QUESTION_PREFIXES)
_QUESTION_WORDS = [(fold(word), question, strength) for question, table in QUESTION_WORDS.items()
                   for word, strength in table.items()]
_NUMBERED = re.compile(r"^\W*(?:([^\W\d]+)\W*)?(\d{1,2})(?:\W|$)")


def question(header: str) -> dict[str, float]:
    """The "How to say no" question a candidates column asks, by its number ("3", "3.", "Q3",
    "Spørgsmål 3: afdelingernes mål") or by its words ("Mission og vision", "Finansiering").

    >>> question("Spørgsmål 14"), question("Vil vi lære noget af det?")
    ({'q14': 1.0}, {'q11': 0.9})
    """
    match = _NUMBERED.match(header.casefold())
    if match and (match.group(1) is None or fold(match.group(1)) in _QUESTION_PREFIXES):
        number = int(match.group(2))
        if 1 <= number <= len(QUESTIONS):
            return {f"q{number}": EXACT}
    votes: dict[str, float] = {}
    for token in words(header):
        for stem, field_id, strength in _QUESTION_WORDS:
            if token.startswith(stem):
                votes[field_id] = max(votes.get(field_id, 0.0), strength)
    return dict(sorted(votes.items(), key=lambda item: -item[1]))


@lru_cache(maxsize=8192)
def meaning(header: str, kind: str) -> dict[str, float]:
    """The fields ``header`` may name in a ``kind`` table, strongest first.

    >>> meaning("Organisation/navn", "contacts")
    {'name': 0.9}
    >>> meaning("Kontaktperson hos biblioteket", "contacts")
    {'staff': 0.9}
    """
    if len(header) > MAX_LENGTH or other_base(header) is not None:
        return {}  # too long for a header; or netkort merge's "Indflydelse (anden værdi)", an extra column
    fields = COLUMNS[kind]
    exact = ALIASES[kind].get(fold(header))
    if exact is not None:
        return {exact: EXACT}
    asked = question(header) if kind == "candidates" else {}
    if asked and EXACT in asked.values():
        return asked
    tokens = words(header)
    if len(tokens) > MAX_WORDS:
        return {}
    if _QUANTITIES & {*tokens, *(a + b for a, b in zip(tokens, tokens[1:], strict=False))}:
        return {}  # "Antal brugere" counts users; it is no target group
    abbreviated = {fold(m) for m in _ABBREVIATED.findall(header.casefold())}
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
            parts = (_abbreviation(token, kind) if token in abbreviated else ()) or _compound(token)
            if not parts and _typo(token):
                parts = ((_typo(token), 1.0),)
            for part, weight in parts:
                vote(part, weight)
        index += 1
    if ours and not theirs and "contact_person" in votes and "staff" in fields:
        votes["staff"] = max(votes.get("staff", 0.0), votes.pop("contact_person"))
    if theirs and not ours and "staff" in votes and "contact_person" in fields:
        votes["contact_person"] = max(votes.get("contact_person", 0.0), votes.pop("staff"))
    if "name" in votes and len(tokens) > 1 and any(votes.get(f, 0.0) >= 0.5 for f in PERSON_FIELDS):
        del votes["name"]  # the name of the contact person, or of the staff member
    if "name" in votes and "id" in fields and _IDS & set(tokens):
        votes["id"] = max(votes.get("id", 0.0), votes.pop("name"))  # "Org.nr" numbers the organisation
    for field_id, strength in asked.items():
        votes[field_id] = max(votes.get(field_id, 0.0), strength)
    if kind == "checklist" and "anchoring" in votes:
        votes.pop("name", None)  # "Organisering i din organisation" names no partnership
    return dict(sorted(votes.items(), key=lambda item: -item[1]))
