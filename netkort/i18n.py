"""netkort's languages: one gettext catalogue per language, and Babel for numbers and dates.

Every sentence is written in English in the code (the msgid) and translated in
``netkort/locale/<lang>/LC_MESSAGES/netkort.po``; the compiled ``.mo`` beside it is what runs.
netkort passes the language along explicitly (``lang="nb"``), so the functions here take it
as an argument instead of reading a global. A new language is a new ``.po`` file and its code
in :data:`LANGS`. English needs no catalogue: the msgids are English.

The command line also makes the catalogue gettext's global domain for the length of a run
(:func:`speaking`), because click looks its own messages up with ``gettext.gettext``; click's
msgids are in netkort's catalogues for that reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext as _gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

DOMAIN = "netkort"
LOCALEDIR = Path(__file__).parent / "locale"
LANGS = ("da", "nb", "sv", "en")
DEFAULT = "da"
# The locale each language is formatted in: British English writes '1 October 2025', as netkort
# always has; the other three are their country's own.
LOCALES = {"da": "da_DK", "nb": "nb_NO", "sv": "sv_SE", "en": "en_GB"}
# Other names people give the languages: 'no' is Norwegian as most systems set it, bokmål.
_ALIASES = {"no": "nb", "nob": "nb", "dan": "da", "swe": "sv", "eng": "en", "se": "sv", "dk": "da"}


def normalise(value: str | None) -> str | None:
    """The language ``value`` names, or None: 'da', 'NB', 'no', 'nb_NO.UTF-8', 'sv-SE' and 'en_GB' all work.

    >>> normalise("nb_NO.UTF-8"), normalise("No"), normalise("sv-SE"), normalise("fi")
    ('nb', 'nb', 'sv', None)
    """
    if value is None:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGS else None


@cache
def translation(lang: str) -> _gettext.NullTranslations:
    """The catalogue for ``lang``; English and any language without one give the msgids as they are."""
    return _gettext.translation(DOMAIN, LOCALEDIR, languages=[lang], fallback=True)


def gettext(message: str, lang: str = DEFAULT) -> str:
    """``message`` (an English msgid) in ``lang``."""
    return translation(lang).gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, count: int, lang: str = DEFAULT) -> str:
    """The form of a sentence with a count that ``count`` takes in ``lang`` (its catalogue's plural rule)."""
    return translation(lang).ngettext(singular, plural, count)


def pgettext(context: str, message: str, lang: str = DEFAULT) -> str:
    """``message`` in ``lang`` where the same English means different things (``context`` tells which)."""
    return translation(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is written; it is translated where it is said."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a sentence with a count for the catalogue: both forms, said through :func:`ngettext`."""
    return singular, plural


class Ctx(NamedTuple):
    """A msgid with its context (see :func:`NC_`)."""

    context: str
    message: str


def NC_(context: str, message: str) -> Ctx:
    """Marks ``message`` with a context for the catalogue: 'Relation' as a column header and as a word
    in a sentence may need different translations. Said through :func:`translate`."""
    return Ctx(context, message)


Marked = str | Ctx | tuple


def translate(marked: Marked, lang: str = DEFAULT, count: int | None = None) -> str:
    """A marked msgid in ``lang``: a plain one (:func:`N_`), one with a context (:func:`NC_`), or a
    sentence with a count (:func:`Nn_`, said with ``count``)."""
    if isinstance(marked, Ctx):
        return pgettext(marked.context, marked.message, lang)
    if isinstance(marked, tuple):
        return ngettext(marked[0], marked[1], count if count is not None else 1, lang)
    return gettext(marked, lang)


class Labels(Mapping):
    """A table of msgids by key, read per language: ``LEVEL_LABELS["nb"]["network"]`` is the
    Norwegian of ``N_("network")``.

    Indexing by language keeps the tables' old shape (``LABELS[lang][key]``), so code that iterates
    the languages (``for lang in LABELS``) sees every language netkort speaks.
    """

    def __init__(self, msgids: dict[str, Marked]):
        self.msgids = dict(msgids)
        self._cache: dict[str, dict[str, str]] = {}

    def __getitem__(self, lang: str) -> dict[str, str]:
        if lang not in LANGS:
            raise KeyError(lang)
        if lang not in self._cache:
            self._cache[lang] = {key: translate(marked, lang) for key, marked in self.msgids.items()}
        return self._cache[lang]

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)

    def __repr__(self) -> str:
        return f"Labels({self.msgids!r})"


class Phrase:
    """A sentence said later, in the language of whoever reads it.

    A problem is found once and said in the user's language when shown; a parameter that is itself a
    sentence is a :class:`Phrase`: ``Phrase(N_("is a {level}"), level=...)``. A parameter of a phrase
    may be a phrase, and a :class:`Labels` entry is given as ``Phrase(LEVEL_LABELS.msgids[key])``.
    ``Phrase.by(function)`` wraps a function of the language for what needs more than a format
    (joining a list with the language's 'and').
    """

    def __init__(self, message: Marked | None = None, /, **params: object):
        self.message = message
        self.params = params
        self._function = None

    @classmethod
    def by(cls, function) -> Phrase:
        phrase = cls()
        phrase._function = function
        return phrase

    def __call__(self, lang: str = DEFAULT) -> str:
        if self._function is not None:
            return self._function(lang)
        values = {k: v(lang) if isinstance(v, Phrase) else v for k, v in self.params.items()}
        count = values.get("count")
        return translate(self.message, lang, count if isinstance(count, int) else None).format(**values)

    def __repr__(self) -> str:
        return f"Phrase({self.message!r}, {self.params!r})"


def format_number(value: int | float, lang: str = DEFAULT) -> str:
    """A number as ``lang`` writes it: 1.234 (da), 1 234 with a no-break space (nb, sv), 1,234 (en).

    >>> format_number(20000, "da"), format_number(1234, "sv"), format_number(2.5, "en")
    ('20.000', '1\\xa0234', '2.5')
    """
    return format_decimal(value, format="#,##0.####", locale=LOCALES[lang])


def format_percent(share: float, lang: str = DEFAULT) -> str:
    """A share (0.92) as a percentage: '92 %' with a no-break space in da, nb and sv, '92%' in English."""
    return _babel_percent(share, locale=LOCALES[lang])


def format_date(day: dt.date | None, lang: str = DEFAULT) -> str:
    """A date written out: '1. oktober 2025' (da, nb), '1 oktober 2025' (sv), '1 October 2025' (en).

    >>> format_date(dt.date(2025, 10, 1), "sv")
    '1 oktober 2025'
    """
    if day is None:
        return ""
    return _babel_date(day, "long", locale=LOCALES[lang])


@contextlib.contextmanager
def speaking(lang: str):
    """gettext's global functions, and so click's messages, in ``lang`` for the length of a run.

    The previous domain and ``LANGUAGE`` come back afterwards, so netkort used as a library, and
    the tests, are not left speaking another language.
    """
    old_domain = _gettext.textdomain()
    old_language = os.environ.get("LANGUAGE")
    _gettext.bindtextdomain(DOMAIN, str(LOCALEDIR))
    _gettext.textdomain(DOMAIN)
    # LANGUAGE comes first in gettext.find: a user's LANG=sv_SE must not make a Danish run Swedish.
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        _gettext.textdomain(old_domain)
        if old_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = old_language

