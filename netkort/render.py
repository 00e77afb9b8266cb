"""Rendering pages: one Jinja2 environment, package templates, inline assets.

Every page netkort writes is a single UTF-8 file that works offline: templates
and JavaScript/CSS come from the package (never a CDN), autoescape is on, and
data for scripts goes through :func:`script_json`, which cannot end a
``<script>`` element whatever the spreadsheet says.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from markupsafe import Markup

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
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["script_json"] = script_json
    env.globals["asset"] = asset
    env.globals["level_colors"] = LEVEL_COLORS
    from . import __version__

    env.globals["netkort_version"] = __version__
    return env


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
