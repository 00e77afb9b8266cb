"""Personal data typed into free text: e-mail addresses, phone numbers and CPR-like numbers.

People write "ring til Hanne, 12 34 56 78" in Aktiviteter and "hanne@x.dk" in a
Kontaktinfo column. :func:`find` finds such values in any text, :func:`mask`
replaces them with a marker ("[e-mail skjult]"), and ``check`` warns about each
cell that holds one (see :mod:`netkort.read.contacts`). Pages and default
exports mask all three kinds; ``--details`` keeps e-mail addresses and phone
numbers; a CPR-like number is masked even then, unless ``--cpr`` is given
(DESIGN §6: CPR numbers are sensitive under Danish law).

What counts:

* **e-mail**: ``name@domain.tld``, also written ``name(at)domain.tld`` or ``[at]``;
* **phone**: a Danish or Norwegian eight-digit number (``12345678``, ``1234 5678``,
  ``12 34 56 78``, ``123 45 678``), with or without ``+45``/``0045``/``+47``; a
  Swedish number (``070-123 45 67``, ``08-123 456 78``, ``+46 70 123 45 67``); any
  number written with a ``+`` country code. Not a year, a postcode ("8000 Aarhus"),
  a date ("01-03-2024", "01 03 2024"), an amount ("2.500 kr.", "12345678 kr."), a
  year range ("2024 2025"), an ISBN or a number labelled CVR, EAN, ISBN, konto …;
* **cpr**: a Danish CPR number (``ddmmyy-xxxx`` or ``ddmmyyxxxx``), a Norwegian
  fødselsnummer (``ddmmyy xxxxx``) or a Swedish personnummer (``yymmdd-xxxx``,
  ``yyyymmdd-xxxx``), each only with a real date in it. A ten-digit Swedish phone
  number written without spaces ("0701234567") has the shape of a CPR number and
  is treated as one: hiding too much errs on the safe side.

Every scan is a single pass of one regular expression per kind, anchored where a
word or number starts, so a cell of a hundred million characters costs a hundred
million steps, not their square. :data:`SCANS` counts the passes (for tests).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("cpr", "email", "phone")
CONTACT_KINDS: tuple[str, ...] = ("email", "phone")  # what --details shows

MASKS: dict[str, dict[str, str]] = {
    "email": {"da": "[e-mail skjult]", "en": "[e-mail hidden]"},
    "phone": {"da": "[telefon skjult]", "en": "[phone hidden]"},
    "cpr": {"da": "[CPR skjult]", "en": "[CPR hidden]"},
}

SCANS = {"count": 0}  # regular-expression passes over a text, for tests of linear work

# A match starts where a word or number starts, never inside one ("978-87-02-12345-6"
# has no phone number in it) and ends where it ends.
_START = r"(?<![\w+/=#@])(?<!\d[.,/-])"   # not in a path, a query or after an @ (a URL's numbers)
_END = r"(?![\w@])(?![.,/-]?\d)"

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}\s?(?:@|\((?:at|a)\)|\[(?:at|a)\]|\{at\})\s?"
    r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}(?![\w-])", re.IGNORECASE)
_EMAIL_HINT = re.compile(r"@|[(\[{]at?[)\]}]", re.IGNORECASE)

_EIGHT = (r"(?:\d{8}|\d{4}\ \d{4}|\d{2}(?:\ \d{2}){3}|\d{2}(?:-\d{2}){3}|\d{2}(?:\.\d{2}){3}"
          r"|\d{3}\ \d{2}\ \d{3})")
_PHONE = re.compile(_START + r"(?:"
                    # Danish and Norwegian, with or without the country code
                    r"(?:\(?(?:\+|00)\s?4[57]\)?[\s.-]?)?" + _EIGHT +
                    # Swedish with the country code: +46 70 123 45 67, +46 (0)8 123 456 78
                    r"|(?:\+|00)\s?46\s?(?:\(0\)\s?)?[1-9]\d{0,2}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){0,3}"
                    # Swedish within Sweden: 070-123 45 67, 08-123 456 78, 031/12 34 56
                    r"|0[1-9]\d{0,2}(?:-|\ -\ |/|\ )\d{2,3}(?:\ ?\d{2,3}){0,3}"
                    # any other country code: +44 20 7946 0000, +1 (555) 123-4567
                    r"|\+[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{1,4}){1,5}"
                    r")" + _END)
_CPR = re.compile(_START + r"(?P<head>(?:19|20)\d{6}|\d{6})(?P<sep>-|–|\ -\ |\ |\+)?(?P<tail>\d{4,5})" + _END)
# six digits, whatever stands between them: every phone and CPR number has them, most cells not
_SIX_DIGITS = re.compile(r"\d(?:[\s.()/+\-–]{0,3}\d){5}")
# A number labelled as something else: "CVR 12345678", "EAN-nr. 5790000123456", "konto 1234 5678"
_LABEL_BEFORE = re.compile(r"\b(?:(?:cvr|ean|gln|isbn|issn|reg|konto|faktura|ordre|sags?|journal|id|kunde|"
                           r"medlems?|bilag|vare|org|organisations)\W{0,3}(?:nr|no|nummer)?|(?:se|p|j)\W{0,2}nr)"
                           r"\W{0,3}$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"\s?(?:kr\b|dkk|nok|sek|eur|€|,-|\.-)", re.IGNORECASE)
_GROUPS = re.compile(r"\d+")


@dataclass(frozen=True)
class Found:
    """One piece of personal data in a text: its kind and where it is."""

    kind: str
    start: int
    end: int


def find(text: str, kinds: tuple[str, ...] = KINDS) -> list[Found]:
    """The personal data in ``text``, in order, without overlaps (a CPR number is no phone number)."""
    found: list[Found] = []
    digits = ("cpr" in kinds or "phone" in kinds) and _SIX_DIGITS.search(text) is not None
    if "cpr" in kinds and digits:
        SCANS["count"] += 1
        found.extend(Found("cpr", m.start(), m.end()) for m in _CPR.finditer(text) if _cpr_date(m))
    if "email" in kinds and _EMAIL_HINT.search(text):
        SCANS["count"] += 1
        found.extend(_free(found, (Found("email", m.start(), m.end()) for m in _EMAIL.finditer(text))))
    if "phone" in kinds and digits:
        SCANS["count"] += 1
        found.extend(_free(found, (Found("phone", m.start(), m.end()) for m in _PHONE.finditer(text)
                                   if _is_phone(text, m))))
    return sorted(found, key=lambda f: f.start)


def maybe(text: str, kinds: tuple[str, ...] = KINDS) -> bool:
    """A quick test that ``text`` may hold personal data of ``kinds`` (most cells cannot)."""
    if ("cpr" in kinds or "phone" in kinds) and _SIX_DIGITS.search(text):
        return True
    return "email" in kinds and _EMAIL_HINT.search(text) is not None


def kinds_in(text: str, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """Which kinds of personal data ``text`` holds, in :data:`KINDS` order."""
    present = {f.kind for f in find(text, kinds)}
    return [kind for kind in KINDS if kind in present]


def mask(text: str, lang: str = "da", keep: tuple[str, ...] = ()) -> str:
    """``text`` with every e-mail address, phone number and CPR-like number replaced by its marker.

    ``keep`` names kinds left as written (``("email", "phone")`` for ``--details``).
    """
    kinds = tuple(kind for kind in KINDS if kind not in keep)
    if not kinds:
        return text
    found = find(text, kinds)
    if not found:
        return text
    parts, at = [], 0
    for item in found:
        masks = MASKS[item.kind]
        parts.extend((text[at:item.start], masks.get(lang, masks["en"])))
        at = item.end
    parts.append(text[at:])
    return "".join(parts)


def _free(taken: list[Found], new) -> list[Found]:
    """The matches in ``new`` that overlap none already taken."""
    return [f for f in new if not any(t.start < f.end and f.start < t.end for t in taken)]


def _cpr_date(match: re.Match) -> bool:
    """Whether a CPR-shaped match holds a real date: Danish and Norwegian day-month-year,
    Swedish year-month-day (after a dash or a plus, or with the century)."""
    head, sep, tail = match.group("head"), match.group("sep") or "", match.group("tail")
    if len(head) == 8:
        return len(tail) == 4 and _date(int(head[:4]), int(head[4:6]), int(head[6:]))
    day_first = _date(int(head[4:]), int(head[2:4]), int(head[:2]), two_digit_year=True)
    if len(tail) == 5:
        return sep in ("", " ") and day_first
    return day_first or (sep in ("-", "+") and _date(int(head[:2]), int(head[2:4]), int(head[4:]),
                                                      two_digit_year=True))


def _date(year: int, month: int, day: int, two_digit_year: bool = False) -> bool:
    for full in ((1900 + year, 2000 + year) if two_digit_year else (year,)):
        try:
            dt.date(full, month, day)
            return True
        except ValueError:
            continue
    return False


def _is_phone(text: str, match: re.Match) -> bool:
    """A phone-shaped match that is no date, amount, year range or labelled number."""
    value = match.group()
    groups = _GROUPS.findall(value)
    digits = sum(len(g) for g in groups)
    if not 8 <= digits <= 15:
        return False
    if value.startswith("0") and not value.startswith("00") and digits > 10:
        return False
    if _looks_like_date(groups):
        return False
    if len(groups) == 2 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return False   # "2024 2025": two years
    if _LABEL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return False
    return not _AMOUNT_AFTER.match(text, match.end())


def _looks_like_date(groups: list[str]) -> bool:
    """'01 03 2024', '2024-03-01', '20240301': day, month and year in some order."""
    if len(groups) == 1 and len(groups[0]) == 8:
        g = groups[0]
        return g[:2] in ("19", "20") and _date(int(g[:4]), int(g[4:6]), int(g[6:]))
    if len(groups) != 3:
        return False
    a, b, c = groups
    if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
        return _date(int(c), int(b), int(a))
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return _date(int(a), int(b), int(c))
    return False
