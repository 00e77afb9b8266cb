"""Typing a cleaned cell by its column's meaning.

Each parser takes the cell's text and returns ``(value, issue)``: the typed
value (``None`` when unusable) and, when something is off, an :class:`Issue`
the loader turns into a problem at that cell. Parsers are cached: the same
few spellings of a level or a space repeat thousands of times.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import vocabulary as V
from ..i18n import N_, Labels, Phrase, gettext
from ..problems import ERROR, WARNING
from ..text import clean, fold, split_list


@dataclass(frozen=True)
class Issue:
    severity: str
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


def _choices(aliases: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(alias): key for key, items in aliases.items() for alias in items}


_LEVELS = _choices(V.LEVEL_ALIASES)
_SECTORS = _choices(V.SECTOR_ALIASES)
_AGREEMENTS = _choices(V.AGREEMENT_ALIASES)
# Spelling shown when suggesting a correction: the alias as people write it.
_SPELLINGS = {fold(a): a for table in (V.LEVEL_ALIASES, V.SECTOR_ALIASES, V.AGREEMENT_ALIASES)
              for items in table.values() for a in items}


def _mark_key(text: str) -> str:
    """A matching key that keeps a mark made of symbols alone ("?", "-", "✓"), which folding would empty."""
    return fold(text) or "".join(text.split())


_ANSWERS = {_mark_key(alias): key for key, items in V.ANSWER_ALIASES.items() for alias in items}
_DECISIONS = {_mark_key(alias): key for key, items in V.DECISION_ALIASES.items() for alias in items}
_SPELLINGS.update({_mark_key(a): a for table in (V.ANSWER_ALIASES, V.DECISION_ALIASES)
                   for items in table.values() for a in items})


def _valid(labels: Labels, ids: tuple[str, ...]) -> Phrase:
    return Phrase.by(lambda lang: ", ".join(labels[lang][i] for i in ids))


# Readers told the closest spelling as the sheet writes it rather than their own word: an English
# reader of a Danish sheet hears 'samarbejde', not 'cooperation'. Every other reader hears the word
# of their language ('privat', never 'private'), which netkort reads in any sheet.
AS_WRITTEN_FOR: frozenset[str] = frozenset({"en"})


def _suggestion(key: str, table: dict[str, str], labels: Labels, as_written: bool = True) -> Phrase | str:
    """'; mente du …?' for the closest accepted value, or '.' when nothing is close.

    With ``as_written=False`` every reader hears the label (a folded space form is no spelling).
    """
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.6)
    if not close:
        return "."
    match, value = close[0], table[close[0]]

    def said(lang: str) -> str:
        word = _SPELLINGS.get(match, match) if as_written and lang in AS_WRITTEN_FOR else labels[lang][value]
        return gettext("; did you mean '{word}'?", lang).format(word=word)

    return Phrase.by(said)


def _choice(text: str, table: dict[str, str], code: str, labels: dict[str, dict[str, str]], ids, keyed=None):
    """The id ``table`` gives ``text`` (folded, or by ``keyed``), or an error suggesting the closest label."""
    key = (keyed or fold)(text)
    if key in table:
        return table[key], None
    return None, Issue(ERROR, code, {"value": text, "suggestion": _suggestion(key, table, labels),
                                     "valid": _valid(labels, ids)})


@lru_cache(maxsize=4096)
def parse_level(text: str):
    """'Samarbejde ' -> 'cooperation'; 'samarbejd' -> error suggesting 'samarbejde'."""
    return _choice(text, _LEVELS, "unknown-level", V.LEVEL_LABELS, V.LEVELS)


@lru_cache(maxsize=4096)
def parse_sector(text: str):
    return _choice(text, _SECTORS, "unknown-sector", V.SECTOR_LABELS, V.SECTORS)


@lru_cache(maxsize=4096)
def parse_agreement(text: str):
    return _choice(text, _AGREEMENTS, "unknown-agreement", V.AGREEMENT_LABELS, V.AGREEMENTS)


def _marked(text: str, table: dict[str, str], code: str, labels: dict[str, dict[str, str]], ids):
    """As :func:`_choice`, for answers and decisions, which may carry a mark ('x', '✓')."""
    return _choice(text, table, code, labels, ids, keyed=_mark_key)


@lru_cache(maxsize=1024)
def parse_check(text: str):
    """A checklist answer: 'Ja', 'x', 'delvist', 'nej' -> 'yes', 'yes', 'partly', 'no' ('ved ikke' too)."""
    return _marked(text, _ANSWERS, "unknown-answer", V.ANSWER_LABELS, ("yes", "partly", "no"))


_QUESTION_IDS = ("yes", "no", "unknown")
_HEDGES = {_mark_key(a) for a in V.HEDGED_UNKNOWN}  # "måske": read as ved ikke, with a warning


@lru_cache(maxsize=1024)
def parse_question(text: str):
    """An answer to one of the 14 questions: ja, nej or ved ikke, in any cousin's spelling.

    'delvis' is the checklist's answer, not the questions' (an error, like 'jaa'); a hedge
    such as 'måske' is read as ved ikke, with a warning.
    """
    value, issue = _marked(text, _ANSWERS, "unknown-answer", V.ANSWER_LABELS, _QUESTION_IDS)
    if value == "partly":
        return None, Issue(ERROR, "unknown-answer", {
            "value": text, "valid": _valid(V.ANSWER_LABELS, _QUESTION_IDS),
            "suggestion": Phrase(N_(" to one of the 14 questions ({partly} belongs to the checklist)."),
                                 partly=Phrase(V.ANSWER_LABELS.msgids["partly"]))})
    if value == "unknown" and _mark_key(text) in _HEDGES:
        return value, Issue(WARNING, "hedged-answer", {"value": text,
                                                        "answer": Phrase(V.ANSWER_LABELS.msgids["unknown"])})
    return value, issue


@lru_cache(maxsize=1024)
def parse_decision(text: str):
    """The team's decision about a candidate: til ('ja', 'tilvalgt'), fra ('nej', 'sagt nej') or not decided."""
    return _marked(text, _DECISIONS, "unknown-decision", V.DECISION_LABELS, V.DECISIONS)


_SPACE_STEMS = [(fold(stem), space) for space, stems in V.SPACE_STEMS.items() for stem in stems]
# every accepted spelling, folded: stem + ending ("laeringsrummet", "moderum", "performativtrom")
_SPACE_FORMS = {stem + fold(ending) if ending else stem: space
                for stem, space in _SPACE_STEMS for ending in V.SPACE_ENDINGS}
_SPACE_ARTICLES = tuple(fold(a) for a in V.SPACE_ARTICLES)
_SPACE_JOIN = re.compile(r"\s*[&+]\s*|\s+(?:" + "|".join(
    re.escape(j) for j in V.SPACE_JOINERS if j.isalpha()) + r")\s+", re.IGNORECASE)
_SPACE_VALID = _valid(V.SPACE_LABELS, V.SPACES)


def _space(token: str) -> str | None:
    words = token.split()
    if len(words) > 1 and fold(words[0]) in _SPACE_ARTICLES:
        words = words[1:]
    return _SPACE_FORMS.get(fold("".join(words)))


def _space_tokens(text: str) -> list[str]:
    return [part.strip() for token in split_list(text, V.LIST_SEPARATORS)
            for part in _SPACE_JOIN.split(token) if part.strip()]


@lru_cache(maxsize=8192)
def parse_spaces(text: str):
    """'Møderum; det performative rum' -> ('meeting', 'performative').

    Unknown parts are reported (with a suggestion) and the known ones kept.
    """
    spaces: list[str] = []
    unknown: list[str] = []
    tokens = _space_tokens(text)
    for token in tokens:
        space = _space(token)
        if space is None:
            unknown.append(token)
        elif space not in spaces:
            spaces.append(space)
    issue = None
    if unknown:
        suggestion = _suggestion(fold(unknown[0]), _SPACE_FORMS, V.SPACE_LABELS, as_written=False)
        issue = Issue(ERROR, "unknown-space", {"value": ", ".join(unknown),
                                               "suggestion": suggestion, "valid": _SPACE_VALID})
    return tuple(spaces), issue


_SCORE_WORDS = {fold(word): score for score, spellings in V.SCORE_WORDS.items() for word in spellings}


def score_word(text: str) -> int | None:
    """The score a word of a word scale stands for ('Høj' -> 4, 'ingen' -> 1), else None."""
    return _SCORE_WORDS.get(fold(text))


@lru_cache(maxsize=1024)
def parse_score(text: str):
    """A whole number 1-5, or a word of a word scale ('Høj' is 4, see SCORE_WORDS).

    '4,0' is 4; '3.5', '3,5', '0', '7' and 'superhøj' are errors (field left unknown).
    """
    word = score_word(text)
    if word is not None:
        return word, None
    candidate = text.replace(",", ".").strip()
    try:
        number = float(candidate)
    except ValueError:
        return None, Issue(ERROR, "bad-score", {"value": text})
    low, high = V.SCORE_RANGE
    if not number.is_integer() or not low <= number <= high:
        return None, Issue(ERROR, "bad-score", {"value": text})
    return int(number), None


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*[-./]\s*(\d{2}|\d{4})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


@lru_cache(maxsize=16384)
def parse_date(text: str):
    """Excel dates (as ISO text or serial numbers), dd-mm-yyyy, dd.mm.yyyy, d/m/yy.

    Day first, as Danish users write; a slash date whose day and month could
    swap ("1/3/24") is read day first and flagged.
    """
    text = text.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _date(text, year, month, day)
    match = _DAY_FIRST.match(text)
    if match:
        day, separator, month, year = match.groups()
        day, month, year = int(day), int(month), int(year)
        if year < 100:
            year += 2000 if year < 70 else 1900
        value, issue = _date(text, year, month, day)
        if value and separator == "/" and day <= 12 and month <= 12 and day != month:
            issue = Issue(WARNING, "ambiguous-date", {"value": text, "date": value.isoformat()})
        return value, issue
    if text.isdigit() and 20000 <= int(text) <= 80000:
        return _EXCEL_EPOCH + dt.timedelta(days=int(text)), None
    return None, Issue(ERROR, "bad-date", {"value": text})


def _date(text: str, year: int, month: int, day: int):
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, Issue(ERROR, "bad-date", {"value": text})


_EMAIL = re.compile(r"^[^@\s;,<>()]+@[^@\s;,<>()]+\.[a-z]{2,}$")
_AT = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}| at )\s*|\s*@\s*", re.IGNORECASE)
_ADDRESS_SPLIT = re.compile(r"[;,\s<>()\"']+")


def parse_emails(text: str):
    """One or more addresses, lower-cased; 'x(at)y.dk' and 'x @ y.dk' -> 'x@y.dk'.

    Addresses are found in what surrounds them ('Anne Holm <anne@x.dk>', as mail
    programs copy them). A cell with no address in it ('ikke oplyst') is kept exactly
    as written and flagged, so nothing is lost or rewritten.
    """
    found = [token for token in _ADDRESS_SPLIT.split(_AT.sub("@", text)) if "@" in token]
    emails = tuple(dict.fromkeys(address.lower() for address in found))
    if not emails:
        return (text,), Issue(WARNING, "bad-email", {"value": text})
    bad = [e for e in emails if not _EMAIL.match(e)]
    if bad:
        return emails, Issue(WARNING, "bad-email", {"value": bad[0]})
    return emails, None


_PHONE_SPLIT = re.compile(r"[;,/\n]+")
_PHONE = re.compile(r"^\+?[\d\s().-]+$")


def parse_phones(text: str):
    """Phone numbers as written ('+45 12 34 56 78', '004512345678'); odd ones flagged."""
    phones = tuple(p.strip() for p in _PHONE_SPLIT.split(text) if p.strip())
    for phone in phones:
        digits = sum(ch.isdigit() for ch in phone)
        if not (8 <= digits <= 15 and _PHONE.match(phone)):
            return phones, Issue(WARNING, "bad-phone", {"value": phone})
    return phones, None


def parse_text(text: str):
    return text, None


def parse_list(text: str):
    return tuple(split_list(text, ";|\n")) if ";" in text or "|" in text or "\n" in text \
        else tuple(split_list(text, ",")), None


def parse_groups(text: str):
    """Target groups, lower-cased so 'Børn' and 'børn' count as one."""
    return tuple(dict.fromkeys(g.lower() for g in split_list(text, V.LIST_SEPARATORS))), None


def parse_staff(text: str):
    """Several staff members in one cell, separated by ; , / & or new lines."""
    return tuple(dict.fromkeys(clean(s) for s in split_list(text, V.STAFF_SEPARATORS))), None


def fits(field_id: str, text: str) -> bool:
    """Whether ``text`` reads as ``field_id`` without an error (for contact details, without a warning).

    The cheap question behind choosing a column's field: no suggestion is made for
    a value that does not fit, as the parsers do for the cells they report.
    """
    if field_id in _CHOICES:
        return fold(text) in _CHOICES[field_id]
    if field_id in _MARKED:
        return _mark_key(text) in _MARKED[field_id]
    if field_id == "spaces":
        tokens = _space_tokens(text)
        return bool(tokens) and all(_space(t) is not None for t in tokens)
    _, issue = PARSERS[field_id](text)
    if field_id in ("email", "phone"):
        return issue is None
    return issue is None or issue.severity != ERROR


_CHOICES = {"level": _LEVELS, "sector": _SECTORS, "agreement": _AGREEMENTS}
_MARKED = {**dict.fromkeys(V.CHECKLIST + V.QUESTIONS, _ANSWERS), "decision": _DECISIONS}

PARSERS = {
    "name": parse_text,
    "type": parse_text,
    "sector": parse_sector,
    "contact_person": parse_text,
    "email": parse_emails,
    "phone": parse_phones,
    "staff": parse_staff,
    "level": parse_level,
    "spaces": parse_spaces,
    "groups": parse_groups,
    "influence": parse_score,
    "interest": parse_score,
    "agreement": parse_agreement,
    "start": parse_date,
    "last_contact": parse_date,
    "next_evaluation": parse_date,
    "activities": parse_text,
    "tags": parse_list,
    "notes": parse_text,
    # node lists of other tools and graph files
    "id": parse_text,
    # relations and staff sheets
    "source": parse_text,
    "target": parse_text,
    "note": parse_text,
    "department": parse_text,
    "initials": parse_text,
    # the checklist (sheet Tjekliste) and the candidates (sheet Kandidater)
    **dict.fromkeys(V.CHECKLIST, parse_check),
    **dict.fromkeys(V.QUESTIONS, parse_question),
    "fills": parse_text,
    "decision": parse_decision,
}
