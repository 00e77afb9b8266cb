"""Rendering pages: one Jinja2 environment, package templates, inline assets.

Every page netkort writes is a single UTF-8 file that works offline: templates
and JavaScript/CSS come from the package (never a CDN), autoescape is on, and
data for scripts goes through :func:`script_json`, which cannot end a
``<script>`` element whatever the spreadsheet says.

Every text a template prints passes :func:`shown` on its way out (Jinja's
``finalize``): e-mail addresses, phone numbers and CPR-like numbers are masked
and a text is cut at :data:`netkort.privacy.TEXT_LIMIT` characters, so no page
carries personal data typed into free text or a cell too long to draw, whatever
the template forgets. Names are cut shorter with the ``name`` filter. What is
already markup (inlined assets, the map's JSON, built by
:mod:`netkort.privacy`) passes as it is.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import pass_context
from markupsafe import Markup, escape

# The network circle's colours, the same on every page: the stronger, the darker.
# Pages get them as CSS variables (--partnership …) from the shared page head.
LEVEL_COLORS = {"partnership": "#08519c", "cooperation": "#4292c6", "network": "#a6cde6",
                "unknown": "#d0d0d0"}


@lru_cache(maxsize=1)
def environment():
    """The Jinja2 environment over ``netkort/templates`` with autoescape on."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("netkort", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, finalize=shown)
    env.filters["script_json"] = script_json
    env.filters["name"] = shown_name
    from .contrast import text_on

    env.filters["text_on"] = text_on  # readable text on a coloured fill (WCAG 1.4.3)
    env.globals["names"] = shown_names
    env.globals["asset"] = asset
    env.globals["level_colors"] = LEVEL_COLORS
    from . import __version__

    env.globals["netkort_version"] = __version__
    return speaking_pages(env)


def speaking_pages(env):
    """``env`` with {{ _("Contents") }}, {% trans %}, ngettext, pgettext and ``number()`` in the page's
    language (its context's lang); the workshop's pages use it too."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(_page_gettext, _page_ngettext, newstyle=True,
                                  pgettext=_page_pgettext)
    env.globals["number"] = _page_number
    return env


@pass_context
def _page_gettext(context, message: str) -> str:
    from .i18n import gettext

    return gettext(message, _lang(context))


@pass_context
def _page_ngettext(context, singular: str, plural: str, count: int) -> str:
    from .i18n import ngettext

    return ngettext(singular, plural, count, _lang(context))


@pass_context
def _page_pgettext(context, where: str, message: str) -> str:
    from .i18n import pgettext

    return pgettext(where, message, _lang(context))


@pass_context
def _page_number(context, value) -> str:
    """``{{ number(1234) }}``: a number as the page's language writes it (Babel)."""
    from .i18n import format_number

    return format_number(value, _lang(context))


def _lang(context) -> str:
    """The page's language, wherever its template keeps it."""
    lang = context.get("lang")
    for holder in ("map", "board"):
        lang = lang or getattr(context.get(holder), "lang", None)
    return lang if isinstance(lang, str) else "da"


@pass_context
def shown(context, value: object) -> object:
    """A printed value as a page may show it (see the module's docstring)."""
    from .personal import Given

    if isinstance(value, str) and not isinstance(value, (Markup, Given)):
        from .privacy import TEXT_LIMIT, shown_text

        return shown_text(value, TEXT_LIMIT, (), _lang(context))
    return value


@pass_context
def shown_name(context, value: object) -> str:
    """``{{ item.name|name }}``: a name masked and cut at :data:`netkort.privacy.NAME_LIMIT`."""
    from .privacy import shown_name as privacy_name

    return privacy_name(str(value), _lang(context))


@pass_context
def shown_names(context, values, separator: str = ", ") -> Markup:
    """A list of names joined as text, each masked and cut like a name (the list is not cut)."""
    from .privacy import shown_name as privacy_name

    lang = _lang(context)
    return Markup(escape(separator.join(privacy_name(str(v), lang) for v in values)))


def script_json(value: object) -> Markup:
    """JSON safe inside ``<script>``: no ``</script>``, ``<!--`` or line separators break out."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(text)


@lru_cache(maxsize=16)
def asset(name: str) -> Markup:
    """A file from ``netkort/assets`` (JS or CSS we ship), to inline in a page."""
    text = resources.files("netkort").joinpath("assets", name).read_text(encoding="utf-8")
    # An inlined script must not contain its own end tag.
    return Markup(text.replace("</script", "<\\/script"))


def render(template: str, **context: object) -> str:
    """Render a package template to a string."""
    return environment().get_template(template).render(**context)


def write_page(path: Path | str, template: str, **context: object) -> Path:
    """Render ``template`` and write it to ``path`` as UTF-8 (never next to a lib/ folder)."""
    from .output import write_text

    return write_text(Path(path), render(template, **context), newline="\n")
