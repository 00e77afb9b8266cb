"""The workshop's HTML: package templates (Jinja2, autoescape on) and the QR code as inline SVG.

Pages carry no inline script or style: the Content-Security-Policy allows only
netkort's own files, served from ``/assets/``. What participants typed is never
in the HTML the server renders, except escaped (the staff list on the name page).
"""

from __future__ import annotations

import io
from functools import lru_cache

from jinja2 import pass_context
from markupsafe import Markup, escape

from ..i18n import DEFAULT, format_number, gettext, ngettext, pgettext


@lru_cache(maxsize=1)
def environment():
    from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined, select_autoescape

    from .. import __version__

    # netkort's own templates second: the projector imports the map's legend (_legend.html) from there
    loader = ChoiceLoader([PackageLoader("netkort.workshop", "pages"), PackageLoader("netkort", "templates")])
    env = Environment(loader=loader,
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["netkort_version"] = __version__
    # {{ _("Join the workshop") }}, ngettext and pgettext speak the page's language (its context's lang),
    # as netkort's own pages do (netkort.render.environment)
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(_page_gettext, _page_ngettext, newstyle=True, pgettext=_page_pgettext)
    env.globals["number"] = _page_number
    return env


def _lang(context) -> str:
    lang = context.get("lang")
    return lang if isinstance(lang, str) else DEFAULT


@pass_context
def _page_gettext(context, message: str) -> str:
    return gettext(message, _lang(context))


@pass_context
def _page_ngettext(context, singular: str, plural: str, count: int) -> str:
    return ngettext(singular, plural, count, _lang(context))


@pass_context
def _page_pgettext(context, where: str, message: str) -> str:
    return pgettext(where, message, _lang(context))


@pass_context
def _page_number(context, value) -> str:
    """``{{ number(1234) }}``: a number as the page's language writes it (Babel)."""
    return format_number(value, _lang(context))


def render(template: str, **context: object) -> str:
    context.setdefault("error", "")
    context.setdefault("code", "")
    return environment().get_template(template).render(**context)


def qr_svg(address: str, label: str = "QR") -> Markup:
    """``address`` as a QR code: an inline SVG element (no script, no style), dark on white."""
    import segno

    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="svg", xmldecl=False, svgns=True, nl=False, scale=6,
                                        border=2, light="#ffffff", dark="#000000")
    svg = buffer.getvalue().decode("utf-8")
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" focusable="false" ', 1))
