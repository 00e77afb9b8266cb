"""From typed rows to the network graph (DESIGN §4).

Nodes have a ``kind``: one ``library`` node (the house), ``staff`` members
and external ``actor``s. Edges have a ``kind`` too: ``employs`` (library to
staff), ``holds`` (a staff member holds the relation to an actor, carrying its
level and dates), ``direct`` (an actor with no staff member, linked straight
to the library) and ``relation`` (actor to actor, from a Relations sheet).
Rows naming the same actor (equal after trimming, case and space folding) are
one node; its ``level`` is its strongest relation. Node ids are stable and
opaque (a hash of the folded name); names are attributes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import networkx as nx

from .duplicates import similar_names
from .i18n import N_, Phrase, gettext
from .problems import WARNING, Problem
from .read.contacts import Dataset, Row, spans
from .read.nodes import NodeRow
from .text import name_key
from .vocabulary import (
    AGREEMENT_LABELS,
    AGREEMENT_RANK,
    FIELD_LABELS,
    LEVEL_LABELS,
    LEVEL_RANK,
    SECTOR_LABELS,
)

LIBRARY = "library"
LIBRARY_NAME = "Biblioteket"

# Per-actor fields: one value, a union of values, or a per-relation value.
SINGLE_FIELDS = ("type", "sector", "influence", "interest")
# Texts where several rows simply add up (two staff members know two people).
TEXT_FIELDS = ("contact_person", "activities", "notes")
LIST_FIELDS = ("email", "phone", "spaces", "groups", "tags")
RELATION_FIELDS = ("level", "agreement", "start", "last_contact", "next_evaluation",
                   "activities", "notes")


def node_id(prefix: str, name: str) -> str:
    """A stable opaque id for a name: the same name gives the same id in every run."""
    return prefix + hashlib.sha1(name_key(name).encode("utf-8")).hexdigest()[:12]


def build(data: Dataset, library_name: str = LIBRARY_NAME) -> tuple[nx.Graph, list[Problem]]:
    """The graph of ``data`` and the problems found while merging rows."""
    graph = nx.Graph(name=library_name)
    graph.add_node(LIBRARY, kind="library", name=library_name)
    problems: list[Problem] = []
    staff_info = _staff_sheet(data, problems)

    groups: dict[str, list[Row]] = defaultdict(list)
    for row in data.contacts:
        groups[name_key(row.values["name"])].append(row)

    for rows in groups.values():
        actor = node_id("a", rows[0].values["name"])
        graph.add_node(actor, **_actor_attributes(rows, problems))
        _keep_summary(graph.nodes[actor], rows)
        if len({row.source for row in rows}) > 1:  # one node of another tool's file with several staff is one row
            first = rows[0].source
            problems.append(Problem(WARNING, "merged-rows", {
                "name": rows[0].values["name"], "count": len(rows),
                "rows": _row_list(rows)}, file=first.file, sheet=first.sheet, row=first.row))
        for row in rows:
            if isinstance(row, NodeRow) and not row.tied:
                continue
            relation = {f: row.values[f] for f in RELATION_FIELDS if f in row.values}
            for staff_name in row.values.get("staff", ()) or (None,):
                holder = LIBRARY if staff_name is None else _add_staff(graph, staff_name, staff_info)
                _add_relation(graph, holder, actor, relation)

    for info in staff_info.values():  # staff with no contacts are still staff
        _add_staff(graph, info["name"], staff_info)
    used = {name for row in data.contacts for name in row.values.get("staff", ())}
    for key, info in staff_info.items():
        if "initials" in info and any(name_key(name) == key for name in used):
            problems.append(Problem(WARNING, "staff-initials", {"initials": info["initials"], "name": info["name"]}))
    _add_actor_relations(graph, data, problems)
    _check_guide_rows(graph, data, problems)
    _report_similar(graph, problems)
    _report_similar_staff(graph, problems)
    return graph, problems


def _staff_sheet(data: Dataset, problems: list[Problem]) -> dict[str, dict]:
    """Staff from the Medarbejdere sheet, by name key.

    Two rows with one name but different departments or emails are two people
    (two "Bo Jensen"s): the second is kept as "Bo Jensen (Voksne)", and a
    warning says how to tell them apart in the contacts.
    """
    info: dict[str, dict] = {}
    initials: list[tuple[str, dict]] = []
    for row in data.staff:
        name = row.values["name"]
        key = name_key(name)
        details = {f: row.values[f] for f in ("department", "email") if f in row.values}
        if row.custom:
            details["custom"] = dict(row.custom)
        entry = info.get(key)
        if entry is None:
            info[key] = {"name": name, **details}
            if row.values.get("initials"):
                initials.append((str(row.values["initials"]), info[key]))
            continue
        if all(entry.get(f, v) == v for f, v in details.items()):
            for field, value in details.items():
                entry.setdefault(field, value)
            continue
        # told apart by department, else by number: never by email, which pages must not show
        label = details.get("department") or str(sum(1 for k in info if k.startswith(key)) + 1)
        other = f"{name} ({label})"
        info[name_key(other)] = {"name": other, **details}
        shown = " / ".join(filter(None, [entry.get("department", ""), label]))
        problems.append(Problem(WARNING, "staff-namesake", {"name": name, "details": shown,
                                                            "example": label},
                                file=row.source.file, sheet=row.source.sheet, row=row.source.row))
    for short, entry in initials:  # 'MK' in a contact's Medarbejder cell is Mette Kjær
        info.setdefault(name_key(short), {**entry, "initials": short})
    return info


def _report_similar_staff(graph: nx.Graph, problems: list[Problem]) -> None:
    """'bo' and 'Bo Jensen', 'Mette Kjær' and 'Mette Kjaer': suggest, never merge."""
    names = [graph.nodes[s]["name"] for s in staff(graph)]
    pairs = {(a, b) for a, b, _ in similar_names(names)}
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if " " in name:
            by_first[name.split()[0].casefold()].append(name)
    for name in names:
        if " " not in name:
            pairs.update((name, full) for full in by_first.get(name.casefold(), ()))
    for a, b in sorted(pairs):
        problems.append(Problem(WARNING, "staff-similar", {"a": a, "b": b}))


def _add_staff(graph: nx.Graph, name: str, staff_info: dict[str, dict]) -> str:
    info = staff_info.get(name_key(name), {})
    staff = node_id("s", info.get("name", name))  # initials ('MK') are the staff member they stand for
    if staff not in graph:
        attributes = {"kind": "staff", "name": info.get("name", name)}
        if "department" in info:
            attributes["department"] = info["department"]
        if "email" in info:
            attributes["email"] = list(info["email"])
        if "custom" in info:
            attributes["custom"] = dict(info["custom"])
        graph.add_node(staff, **attributes)
        graph.add_edge(LIBRARY, staff, kind="employs")
    return staff


def _add_relation(graph: nx.Graph, holder: str, actor: str, relation: dict) -> None:
    kind = "direct" if holder == LIBRARY else "holds"
    if not graph.has_edge(holder, actor):
        graph.add_edge(holder, actor, kind=kind, **relation)
        return
    edge = graph.edges[holder, actor]  # the same pair on two rows: keep the strongest
    if LEVEL_RANK.get(relation.get("level"), -1) > LEVEL_RANK.get(edge.get("level"), -1):
        edge["level"] = relation["level"]
    for field, value in relation.items():
        edge.setdefault(field, value)


def _actor_attributes(rows: list[Row], problems: list[Problem]) -> dict:
    if len(rows) == 1:
        return _single_row_attributes(rows[0])
    first = rows[0]
    attributes: dict = {"kind": "actor", "name": first.values["name"]}
    conflicts: dict[str, list] = {}
    for field in SINGLE_FIELDS:
        values = list(dict.fromkeys(r.values[field] for r in rows if field in r.values))
        if values:
            attributes[field] = values[0]
        if len(values) > 1:
            conflicts[field] = values
    for field in LIST_FIELDS:
        merged = list(dict.fromkeys(v for r in rows for v in r.values.get(field, ())))
        if merged:
            attributes[field] = merged
    levels = [r.values["level"] for r in rows if "level" in r.values]
    if levels:
        attributes["level"] = max(levels, key=LEVEL_RANK.__getitem__)
    agreements = [r.values["agreement"] for r in rows if "agreement" in r.values]
    if agreements:
        attributes["agreement"] = max(agreements, key=AGREEMENT_RANK.__getitem__)
    for field, pick in (("start", min), ("last_contact", max), ("next_evaluation", min)):
        dates = [r.values[field] for r in rows if field in r.values]
        if dates:
            attributes[field] = pick(dates)
    for field in TEXT_FIELDS:
        texts = list(dict.fromkeys(r.values[field] for r in rows if field in r.values))
        if texts:
            attributes[field] = ("; " if field == "contact_person" else "\n").join(texts)
    custom: dict[str, str] = {}
    for row in rows:
        for column, value in row.custom.items():
            if column not in custom:
                custom[column] = value
            elif custom[column] != value:
                conflicts.setdefault(column, [custom[column]])
                if value not in conflicts[column]:
                    conflicts[column].append(value)
    if custom:
        attributes["custom"] = custom
    if conflicts:
        attributes["conflicts"] = conflicts
        for field, values in conflicts.items():
            label = FIELD_LABELS.phrase(field) if field in FIELD_LABELS.msgids else field
            shown = Phrase.by(lambda lang, field=field, values=values: " / ".join(_shown(field, v, lang)
                                                                                 for v in values))
            problems.append(Problem(WARNING, "conflict", {
                "name": first.values["name"], "field": label, "values": shown},
                file=first.source.file, sheet=first.source.sheet, row=first.source.row))
    attributes["sources"] = [r.source for r in rows]
    return attributes


def _keep_summary(attributes: dict, rows: list[Row]) -> None:
    """An actor node read back from netkort's own graph file keeps its summary of its
    relations (strongest level, every note) as the file states it, not as recomputed from
    the edges, which hold only their own values.

    Only when every row comes from that one node: the same actor in a workbook given
    alongside is merged as any two rows are.
    """
    if not all(isinstance(row, NodeRow) for row in rows) or len({row.source for row in rows}) > 1:
        return
    summary = rows[0].summary
    for field in RELATION_FIELDS:
        if field in summary:
            attributes[field] = summary[field]
        else:
            attributes.pop(field, None)


def _single_row_attributes(row: Row) -> dict:
    """The common case, one row per actor: the same result as merging, much faster."""
    attributes: dict = {"kind": "actor"}
    for field, value in row.values.items():
        if field == "staff":
            continue
        attributes[field] = list(value) if field in LIST_FIELDS else value
    if row.custom:
        attributes["custom"] = dict(row.custom)
    attributes["sources"] = [row.source]
    return attributes


def _shown(field: str, value: object, lang: str) -> str:
    """A value as people write it: 'civilsamfund', not the id 'civil'."""
    labels = {"sector": SECTOR_LABELS, "level": LEVEL_LABELS, "agreement": AGREEMENT_LABELS}.get(field)
    return labels[lang].get(value, str(value)) if labels else str(value)


def _row_list(rows: list[Row]) -> str:
    by_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        by_place[(row.source.file, row.source.sheet)].append(row.source.row)
    if len(by_place) == 1:
        return spans(sorted(next(iter(by_place.values()))))
    return "; ".join(f"{file}{':' + sheet if sheet else ''} {spans(sorted(nums))}"
                     for (file, sheet), nums in by_place.items())


# What an actor-actor relation carries from its row; notes of a repeated pair add up.
ACTOR_RELATION_FIELDS = ("level", "note", "agreement", "start", "last_contact", "next_evaluation", "activities")


def _add_actor_relations(graph: nx.Graph, data: Dataset, problems: list[Problem]) -> None:
    firsts: dict[tuple[str, str], tuple[Row, list[str]]] = {}  # each pair's first row and its ends
    repeats: dict[tuple[str, str], int] = {}
    for row in data.relations:
        where = {"file": row.source.file, "sheet": row.source.sheet, "row": row.source.row}
        ends = []
        for field in ("source", "target"):
            name = row.values.get(field)
            if not name:
                problems.append(Problem(WARNING, "missing-endpoint", {"field": FIELD_LABELS.phrase(field)}, **where))
                break
            actor = node_id("a", name)
            if actor not in graph:
                graph.add_node(actor, kind="actor", name=name, sources=[row.source])
                problems.append(Problem(WARNING, "unknown-actor", {"name": name}, **where))
            ends.append(actor)
        if len(ends) != 2:
            continue
        if ends[0] == ends[1]:
            problems.append(Problem(WARNING, "self-relation", {"name": row.values["source"]}, **where))
            continue
        attributes: dict = {"kind": "relation"}
        attributes.update({f: row.values[f] for f in ACTOR_RELATION_FIELDS if f in row.values})
        if row.custom:
            attributes["custom"] = dict(row.custom)
        pair = (min(ends), max(ends))
        firsts.setdefault(pair, (row, ends))
        if graph.has_edge(*ends):
            _repeat_relation(graph.edges[ends[0], ends[1]], attributes)
            repeats[pair] = repeats.get(pair, 1) + 1
        else:
            graph.add_edge(ends[0], ends[1], **attributes)
    for pair, count in repeats.items():
        first, (a, b) = firsts[pair][0].source, firsts[pair][1]
        problems.append(Problem(WARNING, "repeated-relation", {
            "a": graph.nodes[a]["name"], "b": graph.nodes[b]["name"], "count": count},
            file=first.file, sheet=first.sheet, row=first.row))


def _repeat_relation(edge: dict, attributes: dict) -> None:
    """The same two actors on another row: keep the strongest level and every note and extra value."""
    if LEVEL_RANK.get(attributes.get("level"), -1) > LEVEL_RANK.get(edge.get("level"), -1):
        edge["level"] = attributes["level"]
    for field, value in attributes.items():
        if field == "custom":
            custom = edge.setdefault("custom", {})
            for column, text in value.items():
                if column not in custom:
                    custom[column] = text
                elif text not in custom[column].split("; "):
                    custom[column] += "; " + text
        elif field not in edge:
            edge[field] = value
        elif field in ("note", "activities") and value not in edge[field].split("\n"):
            edge[field] += "\n" + value


def _check_guide_rows(graph: nx.Graph, data: Dataset, problems: list[Problem]) -> None:
    """The sheets Tjekliste and Kandidater: a checklist row must name an actor of the network, and an
    actor or candidate on several rows is read as one (its first answer per column kept)."""
    import difflib

    names = {name_key(d["name"]): d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "actor"}
    levels = {name_key(d["name"]): d.get("level") for _, d in graph.nodes(data=True) if d.get("kind") == "actor"}
    for kind, rows in (("checklist", data.checklist), ("candidates", data.candidates)):
        seen: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            seen[name_key(str(row.values["name"]))].append(row)
        for key, same in seen.items():
            first = same[0].source
            where = {"file": first.file, "sheet": first.sheet, "row": first.row}
            if len(same) > 1:
                problems.append(Problem(WARNING, "guide-repeated", {
                    "name": same[0].values["name"], "count": len(same), "rows": _row_list(same)}, **where))
            if kind == "checklist" and key not in names:
                close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.75)
                hint = Phrase.by(lambda lang, hint=names[close[0]]: " " + gettext("Did you mean '{hint}'?", lang)
                                 .format(hint=hint)) if close else ""
                problems.append(Problem(WARNING, "checklist-unknown", {"name": same[0].values["name"],
                                                                       "hint": hint}, **where))
            elif kind == "checklist" and levels[key] != "partnership":
                # TRANSLATORS: said of an actor in a sentence: "'X' is on the checklist but {is a network}
                #   among the contacts"; {level} is a relation level (network, cooperation).
                level = (Phrase(N_("is a {level}"), level=Phrase(LEVEL_LABELS.msgids[levels[key]]))
                         if levels[key] in LEVEL_LABELS.msgids else Phrase(N_("has no relation level")))
                problems.append(Problem(WARNING, "checklist-not-partnership", {
                    "name": names[key], "level": level}, **where))


def _report_similar(graph: nx.Graph, problems: list[Problem]) -> None:
    actors = {data["name"]: data for _, data in graph.nodes(data=True) if data["kind"] == "actor"}
    for a, b, score in similar_names(list(actors)):
        source = actors[a]["sources"][0]
        problems.append(Problem(WARNING, "similar-names", {"a": a, "b": b, "score": score},
                                file=source.file, sheet=source.sheet, row=source.row))


def actors(graph: nx.Graph) -> list[str]:
    """Ids of the actor nodes, in insertion order."""
    return [n for n, kind in graph.nodes(data="kind") if kind == "actor"]


def staff(graph: nx.Graph) -> list[str]:
    """Ids of the staff nodes, in insertion order."""
    return [n for n, kind in graph.nodes(data="kind") if kind == "staff"]
