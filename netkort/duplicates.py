"""Possible duplicates: names that are similar but not the same.

"Roskilde Festival" and "Roskilde Festivalen" may be one actor; netkort says
so and leaves the decision to people. Comparing every pair is quadratic (200
million pairs at 20,000 actors), so names are compared only with their
neighbours in two sort orders (the sorted-neighbourhood method): similar
names share a beginning or an ending, and so sit near each other in one of
the orders.
"""

from __future__ import annotations

import re

from .text import fold

_DIGITS = re.compile(r"\d+")
WINDOW = 6
MIN_RATIO = 90
# "Åby Avis" / "Åby Avisen": one name is the other plus a short ending.
MAX_SUFFIX = 3
MIN_PREFIX = 6


def similar_names(names: list[str], window: int = WINDOW) -> list[tuple[str, str, int]]:
    """Pairs ``(a, b, score)`` of distinct names that may be the same actor.

    ``score`` is a similarity from 0 to 100 (100: equal once case, accents
    and punctuation are ignored). Exact repeats are not pairs: they are the
    same actor already.
    """
    from rapidfuzz.fuzz import ratio

    unique = list(dict.fromkeys(names))
    keys = [fold(n) for n in unique]
    numbers = [_DIGITS.findall(k) for k in keys]  # "Åby Skole 2" and "Åby Skole 3" are two schools
    found: dict[tuple[int, int], int] = {}
    for order in (sorted(range(len(unique)), key=lambda i: keys[i]),
                  sorted(range(len(unique)), key=lambda i: keys[i][::-1])):
        for pos, i in enumerate(order):
            for j in order[pos + 1: pos + 1 + window]:
                pair = (i, j) if i < j else (j, i)
                if pair in found or numbers[i] != numbers[j]:
                    continue
                score = _score(keys[i], keys[j], ratio)
                if score is not None:
                    found[pair] = score
    return sorted(((unique[i], unique[j], s) for (i, j), s in found.items()),
                  key=lambda t: (-t[2], t[0].casefold(), t[1].casefold()))


def _score(a: str, b: str, ratio) -> int | None:
    if not a or not b:
        return None
    if a == b:
        return 100
    score = ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    if score >= MIN_RATIO or (len(short) >= MIN_PREFIX and long_.startswith(short)
                              and len(long_) - len(short) <= MAX_SUFFIX):
        return int(round(score))
    return None
