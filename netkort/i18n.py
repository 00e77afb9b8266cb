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
from functools import cache
from pathlib import Path

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


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is written; it is translated where it is said."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a sentence with a count for the catalogue: both forms, said through :func:`ngettext`."""
    return singular, plural


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


class Legacy(dict):
    """A table keyed by language from before the catalogues ('da', 'en'): Norwegian and Swedish read
    its Danish until the table is moved onto gettext. ``grep -rn "legacy(" netkort`` lists what is left."""

    def __missing__(self, lang):
        if lang in ("nb", "sv") and "da" in self:
            return self["da"]
        raise KeyError(lang)


def legacy(table: dict) -> Legacy:
    """Mark ``table`` as not yet on gettext (see :class:`Legacy`)."""
    return Legacy(table)
