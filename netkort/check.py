"""The figures ``netkort check`` reports: what was read and what is wrong."""

from __future__ import annotations

from collections import Counter

from .graph import actors, staff
from .i18n import N_, NC_, Labels, Nn_, format_number, translate
from .network import Network
from .personal import Given
from .read.formats import GRAPH_FILES
from .text import column_index, fold, printable
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


_TEXT = Labels({
    "read": NC_("check", "Read"), "unknown": NC_("check", "unknown"),
    "level": NC_("check", "Level"), "none": N_("No problems found."), "count": N_("{errors} and {warnings}:"),
    "row": NC_("check table", "Row"), "column": NC_("check table", "Column"),
    "severity": NC_("check table", "Severity"), "problem": NC_("check table", "Problem"),
    "error": NC_("severity", "error"), "warning": NC_("severity", "warning"),
    "network": N_("The whole network"),
    "columns": N_("How the columns were read:"), "as_named": N_("read as they are called"),
    "header_row": N_("header on row {rows}"), "excel_table": N_("Excel table '{name}'"),
    "extra": N_("kept as an extra column"), "generated": N_("empty header: kept as '{name}'"),
    "rival": N_("{letter} '{header}' fits better as {field}"), "user": N_("chosen by you"),
    "values": N_("the values are {what}"), "joined": N_("joined with {letter}"),
    "duplicate": N_("{letter} has the same name; see the error below"), "scale": N_("words: {pairs}"),
    "weights": N_("weights: {pairs}"), "id": N_("the ids are used as names"),
    "levels_where_given": N_("the cells that are a relation level give their row's level"),
    "marks": N_("a mark means {space}"),
    # TRANSLATORS: 'How to say no' is the California Academy of Sciences' tool as the Danish guide Byg
    #   partnerskaber! quotes it (S7): keep the English name.
    "questions": N_("the guide's questions {first}-{last} (How to say no), in order"),
})
# Counts said with the noun in the right form (ngettext).
_COUNTS = {
    "actors": Nn_("{count} actor", "{count} actors"),
    "staff": Nn_("{count} staff member", "{count} staff members"),
    "relations": Nn_("{count} relation between actors", "{count} relations between actors"),
    "warnings": Nn_("{count} warning", "{count} warnings"),
    "errors": Nn_("{count} error", "{count} errors"),
    "extras": Nn_("{count} column kept as an extra column", "{count} columns kept as extra columns"),
}
# The kind of table a sheet was read as.
_KINDS = Labels({"contacts": NC_("table kind", "contacts"), "relations": NC_("table kind", "relations"),
                 "staff": NC_("table kind", "staff"), "checklist": NC_("table kind", "checklist"),
                 "candidates": NC_("table kind", "candidates")})
# What a column's values are, when they told what the column holds ('the values are dates').
_WHAT = Labels({"level": N_("relation levels"), "spaces": N_("library spaces"), "sector": N_("sectors"),
                "agreement": N_("agreement types"), "influence": N_("scores"), "interest": N_("scores"),
                "start": N_("dates"), "last_contact": N_("dates"), "next_evaluation": N_("dates"),
                "email": N_("email addresses"), "phone": N_("phone numbers"), "other": N_("of that kind")})
def _count(n: int, key: str, lang: str) -> str:
    return translate(_COUNTS[key], lang, n).format(count=format_number(n, lang))


def check_text(summary: dict, lang: str = "da") -> str:
    """The ``check`` summary for a terminal: counts, then problems grouped by file and sheet.

    Every line is :func:`~netkort.text.printable`: whatever a file, sheet, header or cell holds,
    no control character reaches the terminal and no line break adds a row to the table.
    """
    return "\n".join(printable(line) for line in _check_lines(summary, lang))


def _check_lines(summary: dict, lang: str) -> list[str]:
    t = _TEXT[lang]
    levels = " · ".join(f"{format_number(n, lang)} {LEVEL_LABELS[lang][level]}"
                        for level, n in summary["levels"].items())
    if summary["unknown_level"]:
        levels += f" · {format_number(summary['unknown_level'], lang)} {t['unknown']}"
    def count(n: int, key: str) -> str:
        return _count(n, key, lang)

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
        lines.append(t["count"].format(errors=count(errors, "errors"), warnings=count(warnings, "warnings")))
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
    lines = [t["columns"]]
    for reading in readings:
        where = f"{reading['file']} › {reading['sheet']}" if reading["sheet"] else reading["file"]
        rows = "-".join(str(r) for r in (reading["header_rows"][0], reading["header_rows"][-1]))
        rows = str(reading["header_rows"][0]) if len(set(reading["header_rows"])) == 1 else rows
        lettered = reading.get("format") not in GRAPH_FILES  # a graph file has attributes, not columns
        about = [_KINDS[lang][reading["table"]]] + ([t["header_row"].format(rows=rows)] if lettered else [])
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
                lines.append(f"  {letters:<8}{_count(len(run), 'extras', lang)}: {names}")
                index = end + 1
                continue
            column = columns[index]
            header = column["header"] or "-"
            how = _reading_of(column, by_letter, lang, lettered)
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


def _reading_of(column: dict, by_letter: dict, lang: str, lettered: bool = True) -> str:
    """One column's line in the column report, after its header."""
    t = _TEXT[lang]
    labels = FIELD_LABELS[lang]
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
        notes.append(t["values"].format(what=_WHAT[lang].get(field, _WHAT[lang]["other"])))
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
        shown = LEVEL_LABELS[lang]
        pairs = sorted(column["value_map"].items(), key=lambda pair: (LEVELS.index(pair[1]), pair[0]))
        notes.append(t["weights"].format(pairs=", ".join(f"{w} → {shown[v]}" for w, v in pairs)))
    return "→ " + labels.get(field, field) + (f" ({'; '.join(notes)})" if notes else "")


def format_name(format_id: str, lang: str = "da") -> str:
    """How a recognised file format is named to people: 'Kumu-projektmappe'."""
    from .read.formats import FORMAT_NAMES  # the formats' own names (netkort.read.formats), in every language

    return FORMAT_NAMES.get(format_id, {}).get(lang, format_id)
