"""The workshop's HTML: package templates (Jinja2, autoescape on) and the QR code as inline SVG.

Pages carry no inline script or style: the Content-Security-Policy allows only
netkort's own files, served from ``/assets/``. What participants typed is never
in the HTML the server renders, except escaped (the staff list on the name page).
"""

from __future__ import annotations

import io
from functools import lru_cache

from markupsafe import Markup, escape

from ..render import speaking_pages


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
    # {{ _("Join the workshop") }}, ngettext, pgettext and number() speak the page's language, as
    # netkort's own pages do
    return speaking_pages(env)


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
