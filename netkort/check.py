"""The figures ``netkort check`` reports: what was read and what is wrong."""

from __future__ import annotations

from collections import Counter

from .graph import actors, staff
from .i18n import legacy
from .network import Network
from .personal import Given
from .read.formats import GRAPH_FILES
from .text import column_index, counted, fold, printable
from .vocabulary import FIELD_LABELS, LEVEL_LABELS, LEVELS


def summarise(network: Network, lang: str = "da") -> dict:
    """The ``check --json`` document: files, counts per level, every problem."""
    graph = network.graph
    actor_ids = actors(graph)
    levels = Counter(graph.nodes[a].get("level") for a in actor_ids)
    return {
        "files": [Given(f) for f in network.files],  # the user's own file names: never masked
        "actors": len(actor_ids),
        "staff": len(staff(graph)),
        "levels": {level: levels.get(level, 0) for level in LEVELS},
        "unknown_level": levels.get(None, 0),
        "relations": sum(1 for *_, kind in graph.edges(data="kind") if kind == "relation"),
        "formats": {r.file: r.format for r in network.data.readings if r.format},
        "columns": [r.to_dict() for r in network.data.readings],
        "problems": [p.to_dict(lang) for p in network.problems],
    }


_TEXT = legacy({
    "da": {"read": "Læst", "actors": ("aktør", "aktører"), "staff": ("medarbejder", "medarbejdere"),
           "relations": ("relation mellem aktører", "relationer mellem aktører"), "unknown": "ukendt",
           "level": "Niveau", "none": "Ingen problemer fundet.", "count": "{e} og {w}:",
           "warnings": ("advarsel", "advarsler"), "errors": ("fejl", "fejl"),
           "row": "Række", "column": "Kolonne", "severity": "Alvor", "problem": "Problem",
           "error": "fejl", "warning": "advarsel", "file": "hele filen", "network": "Hele netværket",
           "columns": "Sådan blev kolonnerne læst:", "as_named": "læst som de hedder", "header_row": "overskrift i række {rows}",
           "excel_table": "Excel-tabellen '{name}'",
           "kinds": {"contacts": "kontakter", "relations": "relationer", "staff": "medarbejdere",
                     "checklist": "tjekliste", "candidates": "kandidater"},
           "extra": "beholdt som ekstra kolonne", "generated": "tom overskrift: beholdt som '{name}'",
           "rival": "{letter} '{header}' passer bedre som {field}", "user": "valgt af dig",
           "values": "værdierne er {what}",
           "what": {"level": "relationsniveauer", "spaces": "biblioteksrum", "sector": "sektorer",
                    "agreement": "aftaletyper", "influence": "scorer", "interest": "scorer",
                    "start": "datoer", "last_contact": "datoer", "next_evaluation": "datoer",
                    "email": "e-mailadresser", "phone": "telefonnumre", "other": "af den slags"}, "joined": "lagt sammen med {letter}",
           "duplicate": "{letter} hedder det samme; se fejlen nedenfor", "scale": "ord: {pairs}",
           "weights": "vægt: {pairs}", "id": "id'erne bruges som navne",
           "levels_where_given": "de celler, der er et relationsniveau, giver rækkens niveau",
           "marks": "et kryds betyder {space}",
           "extras": "{count} kolonner beholdt som ekstra kolonner",
           "questions": "guidens spørgsmål {first}-{last} (How to say no), i rækkefølge"},
    "en": {"read": "Read", "actors": ("actor", "actors"), "staff": ("staff member", "staff members"),
           "relations": ("relation between actors", "relations between actors"), "unknown": "unknown",
           "level": "Level", "none": "No problems found.", "count": "{e} and {w}:",
           "warnings": ("warning", "warnings"), "errors": ("error", "errors"),
           "row": "Row", "column": "Column", "severity": "Severity", "problem": "Problem",
           "error": "error", "warning": "warning", "file": "whole file", "network": "The whole network",
           "columns": "How the columns were read:", "as_named": "read as they are called", "header_row": "header on row {rows}",
           "excel_table": "Excel table '{name}'",
           "kinds": {"contacts": "contacts", "relations": "relations", "staff": "staff",
                     "checklist": "checklist", "candidates": "candidates"},
           "extra": "kept as an extra column", "generated": "empty header: kept as '{name}'",
           "rival": "{letter} '{header}' fits better as {field}", "user": "chosen by you",
           "values": "the values are {what}",
           "what": {"level": "relation levels", "spaces": "library spaces", "sector": "sectors",
                    "agreement": "agreement types", "influence": "scores", "interest": "scores",
                    "start": "dates", "last_contact": "dates", "next_evaluation": "dates",
                    "email": "email addresses", "phone": "phone numbers", "other": "of that kind"}, "joined": "joined with {letter}",
           "duplicate": "{letter} has the same name; see the error below", "scale": "words: {pairs}",
           "weights": "weights: {pairs}", "id": "the ids are used as names",
           "levels_where_given": "the cells that are a relation level give their row's level",
           "marks": "a mark means {space}",
           "extras": "{count} columns kept as extra columns",
           "questions": "the guide's questions {first}-{last} (How to say no), in order"},
})


def check_text(summary: dict, lang: str = "da") -> str:
    """The ``check`` summary for a terminal: counts, then problems grouped by file and sheet.

    Every line is :func:`~netkort.text.printable`: whatever a file, sheet, header or cell holds,
    no control character reaches the terminal and no line break adds a row to the table.
    """
    return "\n".join(printable(line) for line in _check_lines(summary, lang))


def _check_lines(summary: dict, lang: str) -> list[str]:
    t = _TEXT[lang]
    levels = " · ".join(f"{n} {LEVEL_LABELS[lang][level]}" for level, n in summary["levels"].items())
    if summary["unknown_level"]:
        levels += f" · {summary['unknown_level']} {t['unknown']}"
    def count(n: int, key: str) -> str:
        return counted(n, *t[key])

    formats = summary.get("formats", {})
    files = [f"{file} ({format_name(formats[file], lang)})" if file in formats else file
             for file in summary["files"]]
    lines = [f"{t['read']}: {', '.join(files)}",
             f"{count(summary['actors'], 'actors')}, {count(summary['staff'], 'staff')}, "
             f"{count(summary['relations'], 'relations')}",
             f"{t['level']}: {levels}", ""]
    lines.extend(column_report(summary.get("columns", []), lang))
    problems = summary["problems"]
    if not problems:
        lines.append(t["none"])
        return lines
    errors = sum(p["severity"] == "error" for p in problems)
    warnings = len(problems) - errors
    if errors and warnings:
        lines.append(t["count"].format(e=count(errors, "errors"), w=count(warnings, "warnings")))
    else:
        lines.append(count(errors, "errors") + ":" if errors else count(warnings, "warnings") + ":")
    groups: dict[tuple[str, str], list[dict]] = {}
    for problem in problems:
        groups.setdefault((problem["file"], problem["sheet"]), []).append(problem)
    for (file, sheet), items in groups.items():
        lines.append("")
        lines.append(f"{file} › {sheet}" if sheet else file or t["network"])
        # the row column is as wide as its widest number, so 1048576 never runs into its column's letters
        wide = max([7] + [len(str(p["row"])) + 1 for p in items if p["row"]])
        lines.append(f"  {t['row']:<{wide}}{t['column']:<22}{t['severity']:<10}{t['problem']}")
        for p in sorted(items, key=lambda p: (p["row"] or 0, p["column"])):
            column = f"{p['column']} {p['field']}".strip()
            row = str(p["row"]) if p["row"] else "-"
            lines.append(f"  {row:<{wide}}{column[:21]:<22}{t[p['severity']]:<10}{p['message']}")
    return lines


def column_report(readings: list[dict], lang: str = "da") -> list[str]:
    """'Sådan blev kolonnerne læst': each sheet's columns, header -> field, or why it is kept as extra."""
    if not readings:
        return []
    t = _TEXT[lang]
    labels = FIELD_LABELS[lang]
    lines = [t["columns"]]
    for reading in readings:
        where = f"{reading['file']} › {reading['sheet']}" if reading["sheet"] else reading["file"]
        rows = "-".join(str(r) for r in (reading["header_rows"][0], reading["header_rows"][-1]))
        rows = str(reading["header_rows"][0]) if len(set(reading["header_rows"])) == 1 else rows
        lettered = reading.get("format") not in GRAPH_FILES  # a graph file has attributes, not columns
        about = [t["kinds"][reading["table"]]] + ([t["header_row"].format(rows=rows)] if lettered else [])
        if reading.get("excel_table"):
            about.insert(1, t["excel_table"].format(name=reading["excel_table"]))
        lines.append(f"{where}: {', '.join(about)}")
        columns = reading["columns"]
        by_letter = {c["column"]: c for c in columns}
        plain = [_as_named(c, by_id=not lettered) for c in columns]
        extra = [_plain_extra(c) for c in columns]
        width = min(34, max((len(c["header"]) for c, p in zip(columns, plain, strict=True) if not p), default=0))
        index = 0
        while index < len(columns):
            end = index  # the 14 questions side by side, in order: one line
            while end + 1 < len(columns) and _question(columns[end + 1]) == _question(columns[end]) + 1 > 1:
                end += 1
            if end - index >= 2 and _question(columns[index]):
                first, last = columns[index], columns[end]
                letters = f"{first['column']}-{last['column']}" if lettered else ""
                lines.append(f"  {letters:<8}{t['questions'].format(first=_question(first), last=_question(last))}")
                index = end + 1
                continue
            if plain[index]:  # a run of side-by-side columns called what they are: one line
                end = index
                while end + 1 < len(columns) and plain[end + 1] and (not lettered or column_index(
                        columns[end + 1]["column"]) == column_index(columns[end]["column"]) + 1):
                    end += 1
                run = columns[index:end + 1]
                letters = run[0]["column"] + (f"-{run[-1]['column']}" if len(run) > 1 else "")
                names = ", ".join(c["header"] for c in run)
                lines.append(f"  {letters if lettered else '':<8}{t['as_named']}: {names}")
                index = end + 1
                continue
            if extra[index] and index + EXTRA_RUN <= len(columns) and all(extra[index:index + EXTRA_RUN]):
                end = index  # many extra columns side by side (a wide export): one line
                while end + 1 < len(columns) and extra[end + 1]:
                    end += 1
                run = columns[index:end + 1]
                names = ", ".join(c["header"] for c in run[:EXTRA_SHOWN]) + (" …" if len(run) > EXTRA_SHOWN else "")
                letters = f"{run[0]['column']}-{run[-1]['column']}" if lettered else ""
                lines.append(f"  {letters:<8}{t['extras'].format(count=len(run))}: {names}")
                index = end + 1
                continue
            column = columns[index]
            header = column["header"] or "-"
            how = _reading_of(column, by_letter, labels, t, lettered)
            lines.append(f"  {column['column'] if lettered else '':<8}{header[:width]:<{width}}  {how}")
            index += 1
    lines.append("")
    return lines


def _question(column: dict) -> int:
    """The number of the question a column answers (1-14), or 0."""
    field = column["field"] or ""
    return int(field[1:]) if field[:1] == "q" and field[1:].isdigit() and column["how"] != "duplicate" else 0


EXTRA_RUN = 6  # this many extra columns side by side, or more, are told on one line
EXTRA_SHOWN = 12


def _plain_extra(column: dict) -> bool:
    """An extra column with nothing more to say about it."""
    return column["field"] is None and column["how"] == "extra" and not column.get("rival") \
        and not column.get("levels_where_given") and bool(column["header"])


def _as_named(column: dict, by_id: bool = False) -> bool:
    """A column read as the field its header plainly names ('Navn' as Navn), with nothing to explain.

    ``by_id``: a graph file's attribute named by the field's id ('level') is named plainly too.
    """
    if column["field"] is None or column["how"] not in ("alias",) or column.get("scale") or column.get("value_map"):
        return False
    key = fold(column["header"])
    return by_id and key == fold(column["field"]) or any(fold(FIELD_LABELS[lang].get(column["field"], "")) == key
                                               for lang in FIELD_LABELS)


def _reading_of(column: dict, by_letter: dict, labels: dict, t: dict, lettered: bool = True) -> str:
    """One column's line in the column report, after its header."""
    how = column["how"]
    field = column["field"]
    if how == "generated":
        return t["generated"].format(name=column["kept_as"])
    if field is None or how == "duplicate":
        why = ""
        if how == "duplicate":
            why = t["duplicate"].format(letter=column["rival"])
        elif how == "user":
            why = t["user"]
        elif column.get("levels_where_given"):
            why = t["levels_where_given"]
        elif column.get("rival"):
            rival = by_letter.get(column["rival"], {})
            why = t["rival"].format(letter=column["rival"] if lettered else "", header=rival.get("header", ""),
                                    field=labels.get(rival.get("field"), rival.get("field"))).lstrip()
        return t["extra"] + (f" ({why})" if why else "")
    notes = []
    if how == "user":
        notes.append(t["user"])
    elif how == "values":
        notes.append(t["values"].format(what=t["what"].get(field, t["what"]["other"])))
    elif how == "id":
        notes.append(t["id"])
    elif how == "joined":
        rival = column["rival"] if lettered else f"'{by_letter.get(column['rival'], {}).get('header', '')}'"
        notes.append(t["joined"].format(letter=rival))
    if column.get("scale"):
        notes.append(t["scale"].format(pairs=", ".join(f"{w} → {n}" for w, n in sorted(
            column["scale"].items(), key=lambda item: -item[1]))))
    if how == "marks":
        notes.append(t["marks"].format(space=column["header"]))
    elif column.get("value_map"):
        shown = LEVEL_LABELS["da" if t is _TEXT["da"] else "en"]
        pairs = sorted(column["value_map"].items(), key=lambda pair: (LEVELS.index(pair[1]), pair[0]))
        notes.append(t["weights"].format(pairs=", ".join(f"{w} → {shown[v]}" for w, v in pairs)))
    return "→ " + labels.get(field, field) + (f" ({'; '.join(notes)})" if notes else "")


def format_name(format_id: str, lang: str = "da") -> str:
    """How a recognised file format is named to people: 'Kumu-projektmappe'."""
    from .read.formats import FORMAT_NAMES

    return FORMAT_NAMES.get(format_id, {}).get(lang, format_id)
