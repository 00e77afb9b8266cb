"""Personal data typed into free text: e-mail addresses, phone numbers and CPR-like numbers.

People write "ring til Hanne, 12 34 56 78" in Aktiviteter and "hanne@x.dk" in a
Kontaktinfo column. :func:`find` finds such values in any text, :func:`mask`
replaces them with a marker ("[e-mail skjult]"), and ``check`` warns about each
cell that holds one (see :mod:`netkort.read.contacts`). Pages and default
exports mask all three kinds; ``--details`` keeps e-mail addresses and phone
numbers; a CPR-like number is masked even then, unless ``--cpr`` is given
(DESIGN §6: CPR numbers are sensitive under Danish law).

What counts:

* **e-mail**: ``name@domain.tld``, also written ``name(at)domain.tld``, ``[at]``, ``%40``
  (as in a link), ``&#64;``, with ``(dot)`` for a dot, or in full-width letters;
* **phone**: a Danish or Norwegian eight-digit number (``12345678``, ``1234 5678``,
  ``12 34 56 78``, ``123 45 678``), with or without ``+45``/``0045``/``+47``; a
  Swedish number (``070-123 45 67``, ``08-123 456 78``, ``+46 70 123 45 67``); any
  number written with a ``+`` country code. Not a year, a postcode ("8000 Aarhus"),
  a date ("01-03-2024", "01 03 2024"), an amount ("2.500 kr.", "12345678 kr."), a
  year range ("2024 2025"), an ISBN or a number labelled as a business's or a
  document's (:data:`_LABEL_BEFORE`: CVR, SE-nr., P-nummer, EAN, konto, faktura …);
* **cpr**: a Danish CPR number (``ddmmyy-xxxx``), a Norwegian fødselsnummer
  (``ddmmyy xxxxx``) or a Swedish personnummer (``yymmdd-xxxx``, ``yyyymmdd-xxxx``),
  each only with a real date in it, however it is written: with any dash, a dot, a
  slash, an underscore, a space or nothing inside the date and before the serial
  number ("04.01.90-1237", "1301 90 1245", "140190/1246"). Not a number labelled as
  a business's (a P-nummer has ten digits too). A ten-digit Swedish phone number
  written without spaces ("0701234567") has the shape of a CPR number and is treated
  as one, and so is a date followed by a four-digit number ("01.02.24 1400"): hiding
  too much errs on the safe side.

Before any scan a text is folded character by character (:func:`folded`): full-width
and other compatibility forms as NFKC writes them ("０１０１９０", "＠"), every dash,
hyphen and minus sign as "-", every space as " ". Each character stays one
character, so what is found is masked in the text as written.

Every scan is a single pass of one regular expression per kind, anchored where a
word or number starts, so a cell of a hundred million characters costs a hundred
million steps, not their square. :data:`SCANS` counts the passes (for tests).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .i18n import N_, Labels

KINDS: tuple[str, ...] = ("cpr", "email", "phone")
CONTACT_KINDS: tuple[str, ...] = ("email", "phone")  # what --details shows

# What stands in a text for what was masked, by language: MASKS[lang]["email"].
MASKS = Labels({
    # TRANSLATORS: stands in a text where an e-mail address was hidden; keep the brackets.
    "email": N_("[e-mail hidden]"),
    "phone": N_("[phone hidden]"),
    # TRANSLATORS: CPR is the Danish personal identity number; nb 'personnummer', sv 'personnummer'.
    "cpr": N_("[CPR hidden]"),
})

SCANS = {"count": 0}  # regular-expression passes over a text, for tests of linear work

# A match starts where a word or number starts, never inside one ("978-87-02-12345-6"
# has no phone number in it) and ends where it ends.
_START = r"(?<![\w+/=#@])(?<!\d[.,/-])"   # not in a path, a query or after an @ (a URL's numbers)
_END = r"(?![\w@])(?![.,/-]?\d)"

# What stands for "@" ("hanne(at)x.dk", "hanne%40x.dk" in a link, "&#64;" from a web page) and
# for a dot in the domain ("x(dot)dk").
_AT = r"(?:@|%40|&\#0*64;|&\#x0*40;|&commat;|[(\[{<]\s?(?:at|a|snabel-?a)\s?[)\]}>])"
_DOT = r"(?:\.|\s?[(\[{]\s?(?:dot|punktum|prik)\s?[)\]}]\s?)"
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}\s?" + _AT + r"\s?"
    r"[\w-]{1,63}(?:" + _DOT + r"[\w-]{1,63}){0,8}" + _DOT + r"[^\W\d_]{2,24}(?![\w-])", re.IGNORECASE)
_EMAIL_HINT = re.compile(r"@|%40|&\#|&commat;|[(\[{<]\s?(?:at?|snabel)", re.IGNORECASE)

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
# A CPR-like number: day, month and year (or, Swedish, year, month and day, maybe with the
# century) and a serial number of four (five: Norwegian) digits, with any separator or none
# inside the date and before the serial number (dashes are "-" once the text is folded).
_DATE_SEP = r"[-./_ ]?"
_CPR = re.compile(_START + r"(?P<century>19|20)??(?P<a>\d{2})" + _DATE_SEP + r"(?P<b>\d{2})" + _DATE_SEP
                  + r"(?P<c>\d{2})(?P<sep>[-./_ +]|\ [-/]\ )?(?P<tail>\d{4,5})" + _END)
# six digits, whatever stands between them: every phone and CPR number has them, most cells not
_SIX_DIGITS = re.compile(r"\d(?:[\s.()/+_\-]{0,3}\d){5}")
# A number labelled as a business's or a document's is neither a phone nor a CPR number:
# "CVR 12345678", "SE-nummer 12345678", "P-nummer 1003456789", "EAN-nr. 5790000123456",
# "Fakturanummer", "j.nr.", "Reg. nr. 1234 konto 0101901234". Short labels need their "nr".
_NUMBER = r"(?:nr|no|nummer|nummeret|numret|number|num|n:o|\#)"
_LABEL_BEFORE = re.compile(
    r"\b(?:(?:cvr|ean|gln|isbn|issn|ismn|registrerings|konto|kontonummer|bankkonto|account|iban|"
    r"faktura|invoice|ordre|order|journal|sags?|case|bilag|vare|artikel|item|"
    r"org|organisations|organisasjons|moms|vat|produktionsenheds|police|kontrakt|licens|license|serie|"
    r"serial|pakke|forsendelse|kvittering|receipt|reference)\W{0,3}" + _NUMBER + r"?"
    r"|(?:se|p|j|reg|ref|lb|l\W?b)\W{0,2}" + _NUMBER + r")\b\.?\W{0,3}$", re.IGNORECASE)
# ... and a number labelled as a customer's or a member's is no phone number, but may be a CPR
# number (libraries used them as borrower numbers)
_ID_BEFORE = re.compile(r"\b(?:id|kunde|medlems?|låner|laaner|bruger|kort|lånerkort)\W{0,3}" + _NUMBER
                        + r"?\b\.?\W{0,3}$", re.IGNORECASE)
_LOOK_BACK = 32
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
    scan = folded(text)
    digits = ("cpr" in kinds or "phone" in kinds) and _SIX_DIGITS.search(scan) is not None
    if "cpr" in kinds and digits:
        SCANS["count"] += 1
        found.extend(Found("cpr", m.start(), m.end()) for m in _CPR.finditer(scan)
                     if _cpr_date(m) and not _labelled(scan, m.start(), _LABEL_BEFORE))
    if "email" in kinds and _EMAIL_HINT.search(scan):
        SCANS["count"] += 1
        found.extend(_free(found, (Found("email", m.start(), m.end()) for m in _EMAIL.finditer(scan))))
    if "phone" in kinds and digits:
        SCANS["count"] += 1
        found.extend(_free(found, (Found("phone", m.start(), m.end()) for m in _PHONE.finditer(scan)
                                   if _is_phone(scan, m))))
    return sorted(found, key=lambda f: f.start)


def maybe(text: str, kinds: tuple[str, ...] = KINDS) -> bool:
    """A quick test that ``text`` may hold personal data of ``kinds`` (most cells cannot)."""
    scan = folded(text)
    if ("cpr" in kinds or "phone" in kinds) and _SIX_DIGITS.search(scan):
        return True
    return "email" in kinds and _EMAIL_HINT.search(scan) is not None


class _Folding(dict):
    """The table :func:`folded` translates with, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isdecimal():
            same = str(unicodedata.decimal(char))
        else:
            compatible = unicodedata.normalize("NFKC", char)
            same = compatible if len(compatible) == 1 else char
            kind = unicodedata.category(same)
            if kind == "Pd" or same in _MINUS:
                same = "-"
            elif kind == "Zs":
                same = " "
        self[code] = same
        return same


# minus signs and hyphen look-alikes that Unicode does not call dashes
_MINUS = frozenset("\u2212\u2043\u02d7\u2796\ufe63\uff0d")
_FOLDING = _Folding()


def folded(text: str) -> str:
    """``text`` as the scans read it, one character for one: full-width and other compatibility
    forms as NFKC writes them (when that is one character), any digit as an ASCII digit, any
    dash, hyphen or minus sign as "-", any space as " " (ASCII text is returned as it is)."""
    return text if text.isascii() else text.translate(_FOLDING)


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
        parts.extend((text[at:item.start], MASKS[lang][item.kind]))
        at = item.end
    parts.append(text[at:])
    return "".join(parts)


def keeping(details: bool = False, cpr: bool = False) -> tuple[str, ...]:
    """The kinds an output keeps as written: none by default, e-mail and phone with
    ``--details``, and CPR-like numbers too with ``--cpr`` (which needs ``--details``)."""
    if not details:
        return ()
    return (*CONTACT_KINDS, "cpr") if cpr else CONTACT_KINDS


class Given(str):
    """A text the user gave netkort themselves, such as a file name on the command line.

    It is shown as it is, never masked: "workshop-2026-11-30-1153.xlsx" has a CPR number's
    shape, but it is the name of the user's own file, not data from a cell.
    """

    __slots__ = ()


def masked(data: object, lang: str = "da", keep: tuple[str, ...] = ()) -> object:
    """JSON-like ``data`` (dicts, lists, texts) with every text masked (:func:`mask`), keys too.

    For what netkort prints (``analyse --json``, ``compare --json``, ``check``): two keys
    that differ only in what is masked ("Ring 12345678", "Ring 87654321") stay two keys,
    the second numbered ("[telefon skjult] (2)"), so no value is lost.
    """
    if isinstance(data, Given):
        return data
    if isinstance(data, str):
        return mask(data, lang, keep)
    if isinstance(data, dict):
        out: dict = {}
        for key, value in data.items():
            shown = mask(key, lang, keep) if isinstance(key, str) else key
            if shown in out:
                number = 2
                while f"{shown} ({number})" in out:
                    number += 1
                shown = f"{shown} ({number})"
            out[shown] = masked(value, lang, keep)
        return out
    if isinstance(data, (list, tuple)):
        return [masked(item, lang, keep) for item in data]
    return data


def _free(taken: list[Found], new) -> list[Found]:
    """The matches in ``new`` that overlap none already taken."""
    return [f for f in new if not any(t.start < f.end and f.start < t.end for t in taken)]


def _cpr_date(match: re.Match) -> bool:
    """Whether a CPR-shaped match holds a real date: Danish and Norwegian day-month-year,
    Swedish year-month-day (after a dash or a plus, or with the century)."""
    century, sep, tail = match.group("century"), match.group("sep") or "", match.group("tail")
    a, b, c = (int(match.group(g)) for g in "abc")
    if century:
        return len(tail) == 4 and _date(int(century) * 100 + a, b, c)
    day_first = _date(c, b, a, two_digit_year=True)
    if len(tail) == 5:
        return day_first
    return day_first or (sep in ("-", "+") and _date(a, b, c, two_digit_year=True))


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
    if _labelled(text, match.start(), _LABEL_BEFORE) or _labelled(text, match.start(), _ID_BEFORE):
        return False
    return not _AMOUNT_AFTER.match(text, match.end())


def _labelled(text: str, start: int, label: re.Pattern) -> bool:
    """Whether the number at ``start`` follows ``label`` ("CVR-nr. ", "Kundenummer: ")."""
    return label.search(text, max(0, start - _LOOK_BACK), start) is not None


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
