"""Text normalisation: how netkort cleans a cell and how it compares two words.

``clean`` is what is stored (NFC, single spaces, no control characters);
``fold`` is only for matching (case, accents and punctuation removed), so
"Møde-rum", "moderum" and "MØDERUM " compare equal while the original stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Control characters except tab/newline (C0, DEL and C1, whose U+0085 is a line break), and
# the format characters (category Cf) that draw nothing: zero-width space, word joiner,
# byte-order mark, soft hyphen, invisible operators, interlinear annotation marks, tags and
# the format controls of other scripts; they arrive pasted from mail clients and web pages.
# Kept: the joiners U+200C and U+200D (they shape the letters and emoji around them) and
# the signs that stand before Arabic and other numbers (U+0600–0605 and the like: they
# show). Bidi controls, Cf too, are removed with their own warning (``_BIDI``).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u180e\u200b\u2060-\u2065"
                      r"\u206a-\u206f\ufeff\ud800-\udfff\ufff9-\ufffb\ufffe\uffff\U00013430-\U0001343f"
                      r"\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
# Line and paragraph separators (U+2028, U+2029) and NEL (U+0085) break a line like Alt+Enter:
# a one-line field (a name) then gets its line breaks replaced by spaces, with a warning.
_LINE_BREAKS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# What two spellings of a name may differ by and still be one actor: the characters Unicode
# calls default-ignorable (joiners, variation selectors, the grapheme joiner U+034F, Hangul
# fillers, tags) and the blank braille pattern. ``clean`` keeps those that mean something
# beside an emoji or in a script; ``name_key`` drops them all.
_IGNORABLE = re.compile(r"[\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        r"\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
                        r"\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# Of those, the ones that belong after an emoji or a symbol (a variation selector makes ❤ red,
# a joiner makes 👩‍💻 one picture), not after a letter or digit of a name.
_AFTER_SYMBOL = frozenset("\u200c\u200d\ufe0e\ufe0f")
# Bidirectional controls (embeddings, overrides, isolates, marks): "Åby \u202ebulkoR" shows as
# "Åby Roklub". Removed, so a name reads as what it is.
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Characters that draw nothing on their own: fillers that look like a blank (Hangul fillers,
# the blank braille pattern). With combining marks, joiners and variation selectors alone
# (categories Mn, Me, Cf) they make a cell that only looks empty.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_TERMINAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Every kind of horizontal space (NBSP, thin space, tabs…) becomes one space.
_SPACES = re.compile(r"[^\S\n]+")
_FOLD_DROP = re.compile(r"[^0-9a-z]+")
_FOLD_MAP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "ð": "d", "þ": "th",
                           "œ": "oe", "ł": "l", "đ": "d"})


def has_control(value: str) -> bool:
    """Whether ``value`` holds control or zero-width characters that ``clean`` removes."""
    return bool(_CONTROL.search(value))


def has_bidi(value: str) -> bool:
    """Whether ``value`` holds bidirectional controls (U+202E…) that ``clean`` removes."""
    return bool(_BIDI.search(value))


_NO_LOOK = frozenset({"Mn", "Me", "Cf", "Cc"})  # marks, format characters (zero-width, bidi), controls


def invisible(value: str) -> bool:
    """Whether ``value`` has characters but none that shows: zero-width, fillers, marks alone."""
    for ch in value:
        if not (ch.isspace() or ch in _FILLERS or unicodedata.category(ch) in _NO_LOOK):
            return False
    return bool(value)


def code_points(value: str, limit: int = 5) -> str:
    """The characters of ``value`` as code points for a message: 'U+200B, U+2800'."""
    points = list(dict.fromkeys(f"U+{ord(ch):04X}" for ch in value if ch not in " \n\t"))
    return ", ".join(points[:limit]) + (" …" if len(points) > limit else "")


def one_line(value: str) -> str:
    """A cleaned text on one line: line breaks become spaces (a name is one line)."""
    return " ".join(value.split("\n")) if "\n" in value else value


def printable(value: str) -> str:
    """Text safe to print on a terminal: no control character, line break or bidi control
    reaches it (a cell's newline would add a fake row to a table, U+009B starts a terminal
    command); each becomes a space (line breaks, tabs) or U+FFFD."""
    if not _TERMINAL.search(value):
        return value
    return _TERMINAL.sub(lambda m: " " if m.group() in "\n\r\t\x0b\x0c\x85\u2028\u2029" else "\ufffd", value)


@lru_cache(maxsize=65536)
def clean(value: str) -> str:
    """NFC-normalise, drop control, zero-width and bidi characters, collapse spaces, trim each line.

    A cell that only looks empty (zero-width spaces, fillers, a combining mark alone) is ''.
    """
    value = unicodedata.normalize("NFC", value)
    value = _CONTROL.sub("", value)
    if not value.isascii():  # bidi controls, invisible characters and line separators are all beyond ASCII
        value = value.translate(_LINE_BREAKS)
        if _BIDI.search(value):
            value = _BIDI.sub("", value)
        if invisible(value):
            return ""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in value:
        lines = (_SPACES.sub(" ", line).strip() for line in value.split("\n"))
        return "\n".join(line for line in lines if line)
    return _SPACES.sub(" ", value).strip()


# Cyrillic and Greek letters that look like Latin ones ("Bоrger" with a Cyrillic о), after
# casefold, so one entry covers both cases. Only the letters that matter for reading words:
# the look-alikes of Unicode's confusables list (UTS #39) for a-z, no more. Fullwidth and
# mathematical letters need no entry: NFKD in ``fold`` already makes them plain Latin.
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s",
    "т": "t", "у": "y", "ү": "y", "ԝ": "w", "х": "x",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ζ": "z",
    # Latin letters that pass for others
    "ı": "i", "ɑ": "a", "ɡ": "g", "ո": "n", "ս": "u",
}
_CONFUSABLE_MAP = str.maketrans(CONFUSABLES)
_CONFUSABLE = re.compile("[" + "".join(CONFUSABLES) + "]")
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[a-zA-Z]")


def skeleton(value: str) -> str:
    """``value`` with look-alike Cyrillic and Greek letters read as the Latin ones they imitate.

    Only in a word that mixes them with Latin letters ("Bоrger") or is made of look-alikes
    alone ("Рор"): a word in Cyrillic or Greek ("Мир") stays as it is, so it is not read as
    a different Latin word. Lower-case input (``fold`` casefolds first) needs no upper-case
    entries.
    """
    if value.isascii() or not _CONFUSABLE.search(value):
        return value

    def latin(match: re.Match) -> str:
        word = match.group()
        mapped = word.translate(_CONFUSABLE_MAP)
        return mapped if mapped.isascii() or _ASCII_LETTER.search(word) else word

    return _LETTERS.sub(latin, value)


@lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """A matching key: lower case, no accents, letters and digits only, look-alikes read as Latin."""
    value = unicodedata.normalize("NFKD", skeleton(value.casefold()).translate(_FOLD_MAP))
    # the accents NFKD splits off are no [0-9a-z]: _FOLD_DROP removes them with the punctuation
    return _FOLD_DROP.sub("", value.translate(_FOLD_MAP))


@lru_cache(maxsize=65536)
def name_key(value: str) -> str:
    """The key under which two spellings of one actor or staff member are equal.

    Equal after trimming, case and space folding ("Åby  Roklub " == "åby roklub"), and
    without characters that do not show ("Åby Skak\u3164klub" == "Åby Skakklub");
    accents and punctuation still count, so "Åby" and "Aby" stay different actors
    (they are reported as similar instead).
    """
    value = unicodedata.normalize("NFC", value).casefold()
    if not value.isascii():
        value = _IGNORABLE.sub("", value)
    return " ".join(value.split())


def hidden_characters(value: str) -> str:
    """The characters of a cleaned text that show nothing and are out of place: ``name_key``
    ignores them, so 'Åby Skak\u3164klub' is 'Åby Skakklub'. '' when there are none.

    A variation selector or joiner after an emoji or symbol belongs there and is not named.
    """
    if value.isascii():
        return ""
    found = []
    for match in _IGNORABLE.finditer(value):
        ch, before = match.group(), value[match.start() - 1:match.start()]
        if ch in _AFTER_SYMBOL and before and not before.isalnum() and not before.isspace():
            continue
        found.append(ch)
    return code_points("".join(found))


# Danish alphabetical order puts æ, ø, å after z (in that order).
_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|"})  # the three after "z"


@lru_cache(maxsize=65536)
def by_name(name: str) -> str:
    """A sort key that orders names as a Danish reader expects (Ærø and Åby after Zealand)."""
    return name.casefold().translate(_DANISH_ORDER)


def column_letter(index: int) -> str:
    """Excel's column letter for a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@lru_cache(maxsize=32)
def _splitter(separators: str) -> re.Pattern:
    return re.compile("[" + re.escape(separators) + "]")


def column_index(letters: bytes | str) -> int:
    """0-based index of an Excel column name, any case ('A' -> 0, 'xfd' -> 16383)."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def split_list(value: str, separators: str) -> list[str]:
    """Split a multi-valued cell, dropping empty parts and keeping order."""
    if not value:
        return []
    return [part.strip() for part in _splitter(separators).split(value) if part.strip()]
