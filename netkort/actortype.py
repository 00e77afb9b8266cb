"""What kind of actor a type text names: an association, a municipal department.

The type column is free text ("forening", "Idrætsforening", "Kommunen",
"kommunal forvaltning", "Børne- og Ungeforvaltningen", "Local authority"), so a
kind is matched word by word, as :mod:`netkort.privacy` matches persons and
organisations: folded (case, accents, look-alike letters), with plural and
definite endings, and as the last part of a compound. The words are data in
:data:`netkort.vocabulary.ACTOR_KIND_WORDS`. A type cell may list several
("Forening/kommune"); each part is judged on its own, and an actor has every
kind any of its types (from any row or file) names.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from .privacy import _TYPE_PARTS as _PARTS
from .privacy import _WORDS, types_of
from .text import fold
from .vocabulary import ACTOR_KIND_WORDS, NOT_MUNICIPAL_WORDS

KINDS: tuple[str, ...] = tuple(ACTOR_KIND_WORDS)
_ENDINGS = ("", "e", "en", "er", "erne", "ne", "n", "et", "s", "es", "ar", "arna", "ben")
_MIN_HEAD = 2  # a compound's first part: "Roklub", not "klub" read inside a longer word by accident


def _forms(words) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """One-word forms with their endings, and the several-word phrases as word tuples."""
    single = frozenset(fold(w) + e for w in words if " " not in w for e in _ENDINGS)
    phrases = tuple(tuple(fold(p) for p in w.split()) for w in words if " " in w)
    return single, phrases


_KIND_FORMS = {kind: _forms(words) for kind, words in ACTOR_KIND_WORDS.items()}
_NOT_MUNICIPAL = frozenset(fold(w) + e for w in NOT_MUNICIPAL_WORDS for e in _ENDINGS)
# no ending longer than the longest form can be one: a compound is tried by its last letters only
_LONGEST = max(len(w) for single, _ in _KIND_FORMS.values() for w in single)


def _names(word: str, forms: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``forms`` or a compound ending in one (its last letters only,
    so a type cell of a million letters costs what a short one does, as in :mod:`netkort.privacy`)."""
    return word in forms or any(word[start:] in forms
                                for start in range(max(_MIN_HEAD, len(word) - _LONGEST), len(word) - 2))


@lru_cache(maxsize=65536)
def kinds_of_type(text: str) -> frozenset[str]:
    """The kinds a type text names: ``{"association"}``, ``{"municipal"}``, both or none.

    >>> sorted(kinds_of_type("Idrætsforening")), sorted(kinds_of_type("Kommunal forvaltning"))
    (['association'], ['municipal'])
    >>> sorted(kinds_of_type("Forening/kommune")), sorted(kinds_of_type("region/stat"))
    (['association', 'municipal'], [])
    """
    found = set()
    for part in _PARTS.split(text):
        words = [w for w in (fold(w) for w in _WORDS.split(part)) if w]
        if not words:
            continue
        for kind, (single, phrases) in _KIND_FORMS.items():
            if kind == "municipal" and any(w in _NOT_MUNICIPAL for w in words):
                continue
            if any(_names(w, single) for w in words) or any(
                    words[i:i + len(p)] == list(p) for p in phrases for i in range(len(words))):
                found.add(kind)
    return frozenset(found)


def kinds_of(attrs: Mapping) -> frozenset[str]:
    """Every kind any type of an actor names (its type, and other rows' types in a conflict)."""
    found: set[str] = set()
    for text in types_of(attrs):
        found |= kinds_of_type(text)
    return frozenset(found)
