"""Which text encoding a CSV or text file was saved in, found by evidence.

A Danish coordinator's CSV may come from Excel on Windows (Windows-1252 or
UTF-8 with a byte order mark), Excel on a Mac (Mac Roman in older versions),
an old DOS or Access export (cp850), Notepad's "Unicode" (UTF-16 with a byte
order mark), PowerShell (UTF-16 without one) or tools that write UTF-32. The
evidence, in order: a byte order mark; the pattern of NUL bytes that UTF-16
and UTF-32 leave in Latin text; UTF-8 that decodes; and for the 8-bit
encodings, which decoding gives plausible words (æ, ø, å, ä, ö inside names,
not ¿, ® or box-drawing characters in the middle of a word).

The work stays linear in the file's size: the 8-bit candidates are compared
on a bounded sample of the words that hold non-ASCII bytes, and the file is
decoded once in full (after one UTF-8 attempt, which stops at the first byte
that is not UTF-8).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ..i18n import N_, Phrase

UTF8 = "utf-8"
WINDOWS = "cp1252"
MAC = "mac_roman"
DOS = "cp850"
# cp1252 first: the tie-break, since Excel on Windows writes it; Latin-1 is no separate candidate,
# as it reads every printable byte as cp1252 does and the rest (0x80-0x9F) as invisible controls
EIGHT_BIT = (WINDOWS, MAC, DOS)

# What each encoding is called in a message, and where such files come from.
ENCODING_NAMES = {
    UTF8: "UTF-8",
    WINDOWS: Phrase(N_("Windows-1252 (Excel on Windows)")),
    MAC: Phrase(N_("Mac Roman (older Excel on a Mac)")),
    DOS: Phrase(N_("cp850 (DOS and older databases)")),
}

_BOMS = (  # longest first: UTF-32 LE's mark begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

HEAD = 4096  # bytes looked at for a NUL-byte pattern
MAX_SAMPLES = 2000  # words with non-ASCII bytes compared between the 8-bit candidates
_WORD_REACH = 24  # bytes a sampled word may reach either side of its non-ASCII bytes
SURE_MARGIN = 3  # how far the best 8-bit candidate must lead to be taken without a doubt

_HIGH = re.compile(rb"[\x80-\xff]+")
_WORD_BYTE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | frozenset(range(0x80, 0x100))
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

# Letters a Nordic contact list is full of; other Latin-1 letters are plausible too, less so.
NORDIC = frozenset("æøåÆØÅäöÄÖüÜéÉ")
# Punctuation that Windows and Mac text holds between words; inside a word it is a sign of mojibake,
# except an apostrophe (O’Brien).
_PUNCTUATION = frozenset("€–—‘’‚“”„…•°§½¼¾«»·´¨¹²³¡¿ªº")
_APOSTROPHES = frozenset("’")


@dataclass
class Decoded:
    """A file's text and what netkort found out about its encoding."""

    text: str
    encoding: str  # a Python codec name
    sure: bool = True  # False: an 8-bit guess the evidence did not settle
    examples: list[str] = field(default_factory=list)  # words that show the guess, for a message
    damaged: int = 0  # characters that could not be decoded and became U+FFFD
    first_damaged_line: int | None = None


def unicode_codec(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec of a file by its byte order mark or NUL bytes, else None.

    UTF-8 with a byte order mark is not named here: its bytes are ASCII-compatible.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return None if codec == "utf-8-sig" else codec
    return _nul_pattern(head[:HEAD])


def _nul_pattern(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, by where Latin text leaves its NUL bytes."""
    size = len(head) - len(head) % 4
    if size < 8:
        return None
    quarters = [head[k:size:4] for k in range(4)]
    nul = [part.count(0) / len(part) for part in quarters]
    if nul[2] > 0.95 and nul[3] > 0.95 and nul[0] < 0.05:
        codec = "utf-32-le"
    elif nul[0] > 0.95 and nul[1] > 0.95 and nul[3] < 0.05:
        codec = "utf-32-be"
    elif nul[1] > 0.5 and nul[3] > 0.5 and nul[0] < 0.1 and nul[2] < 0.1:
        codec = "utf-16-le"
    elif nul[0] > 0.5 and nul[2] > 0.5 and nul[1] < 0.1 and nul[3] < 0.1:
        codec = "utf-16-be"
    else:
        return None
    try:
        codecs.getincrementaldecoder(codec)().decode(head[:size], final=False)
    except UnicodeDecodeError:
        return None
    return codec


def decode_head(head: bytes) -> str | None:
    """The first bytes of a UTF-16 or UTF-32 file as text (for recognising what it is), else None."""
    codec = unicode_codec(head)
    if codec is None:
        return None
    return codecs.getincrementaldecoder(codec)(errors="replace").decode(head, final=False)


def decode(data: bytes) -> Decoded:
    """``data`` as text, in the encoding the evidence points to."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_all(data, codec)
    codec = _nul_pattern(data[:HEAD])
    if codec is not None:
        return _decode_all(data, codec)
    try:
        return Decoded(data.decode(UTF8), UTF8)
    except UnicodeDecodeError:
        pass
    words = sample_words(data)
    scores = {codec: sum(plausibility(w.decode(codec, errors="replace")) for w in words)
              for codec in (*EIGHT_BIT, UTF8)}
    ranked = sorted(scores, key=lambda c: -scores[c])  # stable: cp1252 wins a tie
    best, second = ranked[0], ranked[1]
    decoded = _decode_all(data, best)
    decoded.sure = best == UTF8 or (scores[best] > 0 and scores[best] - scores[second] >= SURE_MARGIN)
    decoded.examples = _examples(words, best)
    return decoded


def _decode_all(data: bytes, codec: str) -> Decoded:
    """The one full decode of a file; a byte the codec cannot read becomes U+FFFD and is counted."""
    text = data.decode(codec, errors="replace")
    decoded = Decoded(text, codec)
    if codec.startswith("utf"):
        decoded.damaged = text.count("\ufffd")
        if decoded.damaged:
            first = text.index("\ufffd")
            decoded.first_damaged_line = len(_LINE_BREAKS.findall(text, 0, first)) + 1
    return decoded


def sample_words(data: bytes, limit: int = MAX_SAMPLES) -> list[bytes]:
    """Up to ``limit`` words holding non-ASCII bytes, each with the ASCII letters around them."""
    words: list[bytes] = []
    last_end = 0
    for found in _HIGH.finditer(data):
        if found.start() < last_end:
            continue  # the second non-ASCII run of a word already taken ("Æbelø")
        start, end = found.start(), found.end()
        floor, ceiling = max(last_end, start - _WORD_REACH), min(len(data), end + _WORD_REACH)
        while start > floor and data[start - 1] in _WORD_BYTE:
            start -= 1
        while end < ceiling and data[end] in _WORD_BYTE:
            end += 1
        words.append(data[start:end])
        last_end = end
        if len(words) >= limit:
            break
    return words


def plausibility(word: str) -> int:
    """How much ``word`` looks like a word in a Nordic contact list: Nordic letters score, mojibake costs."""
    if len(word) == 1 and word >= "\x80":  # a character standing alone: "50 €", "kl. 10–12"
        if word in _PUNCTUATION:
            return 3
        if word.isalpha():
            return 0  # a lone letter is no evidence ("Ä" is how Mac Roman reads a Windows €)
    score = 0
    last = len(word) - 1
    lower = any("a" <= ch <= "z" for ch in word)
    upper = sum("A" <= ch <= "Z" for ch in word) > 1
    for i, ch in enumerate(word):
        if ch < "\x80":
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            score -= 10
            continue
        before = i > 0 and word[i - 1].isalpha()
        after = i < last and word[i + 1].isalpha()
        if ch.isalpha():
            if ch in NORDIC:
                score += 3
            elif "\u00c0" <= ch <= "\u00ff":
                score += 1
            elif not "\u0100" <= ch <= "\u017f":  # Latin Extended-A (Š, ž, Œ) is neutral; ƒ, π, ı are not
                score -= 1
            if (ch.isupper() and before and lower) or (ch.islower() and upper and not lower):
                score -= 4  # a capital inside a lower-case word ("KÜre" for "Kåre") or the reverse
        elif before and after and ch not in _APOSTROPHES:
            score -= 5  # "S¿ren", "S›ren"
        elif ch not in _PUNCTUATION:
            score -= 2
    return score


def _examples(words: list[bytes], codec: str, count: int = 3) -> list[str]:
    """A few distinct sampled words, decoded, whose non-ASCII characters are all letters."""
    found: list[str] = []
    for raw in words:
        word = raw.decode(codec, errors="replace")
        if len(word) > 1 and all(ch.isalpha() for ch in word) and word not in found:
            found.append(word)
            if len(found) == count:
                break
    return found
