"""The figures ``netkort check`` reports: what was read and what is wrong."""

from __future__ import annotations

from collections import Counter

from .graph import actors, staff
from .network import Network
from .text import counted
from .vocabulary import LEVEL_LABELS, LEVELS


def summarise(network: Network, lang: str = "da") -> dict:
    """The ``check --json`` document: files, counts per level, every problem."""
    graph = network.graph
    actor_ids = actors(graph)
    levels = Counter(graph.nodes[a].get("level") for a in actor_ids)
    return {
        "files": list(network.files),
        "actors": len(actor_ids),
        "staff": len(staff(graph)),
        "levels": {level: levels.get(level, 0) for level in LEVELS},
        "unknown_level": levels.get(None, 0),
        "relations": sum(1 for *_, kind in graph.edges(data="kind") if kind == "relation"),
        "problems": [p.to_dict(lang) for p in network.problems],
    }


_TEXT = {
    "da": {"read": "Læst", "actors": ("aktør", "aktører"), "staff": ("medarbejder", "medarbejdere"),
           "relations": ("relation mellem aktører", "relationer mellem aktører"), "unknown": "ukendt",
           "level": "Niveau", "none": "Ingen problemer fundet.", "count": "{e} og {w}:",
           "warnings": ("advarsel", "advarsler"), "errors": ("fejl", "fejl"),
           "row": "Række", "column": "Kolonne", "severity": "Alvor", "problem": "Problem",
           "error": "fejl", "warning": "advarsel", "file": "hele filen"},
    "en": {"read": "Read", "actors": ("actor", "actors"), "staff": ("staff member", "staff members"),
           "relations": ("relation between actors", "relations between actors"), "unknown": "unknown",
           "level": "Level", "none": "No problems found.", "count": "{e} and {w}:",
           "warnings": ("warning", "warnings"), "errors": ("error", "errors"),
           "row": "Row", "column": "Column", "severity": "Severity", "problem": "Problem",
           "error": "error", "warning": "warning", "file": "whole file"},
}


def check_text(summary: dict, lang: str = "da") -> str:
    """The ``check`` summary for a terminal: counts, then problems grouped by file and sheet."""
    t = _TEXT[lang]
    levels = " · ".join(f"{n} {LEVEL_LABELS[lang][level]}" for level, n in summary["levels"].items())
    if summary["unknown_level"]:
        levels += f" · {summary['unknown_level']} {t['unknown']}"
    def count(n: int, key: str) -> str:
        return counted(n, *t[key])

    lines = [f"{t['read']}: {', '.join(summary['files'])}",
             f"{count(summary['actors'], 'actors')}, {count(summary['staff'], 'staff')}, "
             f"{count(summary['relations'], 'relations')}",
             f"{t['level']}: {levels}", ""]
    problems = summary["problems"]
    if not problems:
        lines.append(t["none"])
        return "\n".join(lines)
    errors = sum(p["severity"] == "error" for p in problems)
    lines.append(t["count"].format(e=count(errors, "errors"), w=count(len(problems) - errors, "warnings")))
    groups: dict[tuple[str, str], list[dict]] = {}
    for problem in problems:
        groups.setdefault((problem["file"], problem["sheet"]), []).append(problem)
    for (file, sheet), items in groups.items():
        lines.append("")
        lines.append(f"{file} › {sheet}" if sheet else file)
        lines.append(f"  {t['row']:<7}{t['column']:<22}{t['severity']:<10}{t['problem']}")
        for p in sorted(items, key=lambda p: (p["row"] or 0, p["column"])):
            column = f"{p['column']} {p['field']}".strip()
            row = str(p["row"]) if p["row"] else "-"
            lines.append(f"  {row:<7}{column[:21]:<22}{t[p['severity']]:<10}{p['message']}")
    return "\n".join(lines)
