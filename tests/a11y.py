"""axe-core in the browser tests: every page netkort writes must have no violation.

The rule sets are WCAG 2.0 and 2.1 at levels A and AA, and axe's best practices. A
violation is returned as one readable line per element, so a failing test says what to
fix ("color-contrast: #legend .badge (Elements must meet minimum color contrast…)").
"""

from __future__ import annotations

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def violations(page, context: str | None = None) -> list[str]:
    """axe's violations on ``page`` (or inside the ``context`` selector), one line per element."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    response = Axe().run(page, context=context, options=options).response
    return [f"{rule['id']}: {' '.join(map(str, node['target']))} ({rule['help']})"
            for rule in response["violations"] for node in rule["nodes"]]
