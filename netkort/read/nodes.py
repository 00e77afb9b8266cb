"""A node list and an edge list, as other tools keep a network, made into netkort's rows.

Kumu, Onodo, Gephi, NodeXL and graph files list nodes (read as a contacts
table) and edges (read as a relations table). Here the nodes become what they
are in netkort: a node typed staff (medarbejder, ansat, employee…) is a staff
member, a node typed or named like the library is the house, every other node
an actor. An edge between a staff member and an actor is the staff member's
relation to that actor (a contact row per relation, as a netkort workbook has
it), an edge to the house is the actor's own relation to the library, and an
edge between two actors stays a relation between actors. Edge ends given as
node ids ("12") are resolved to the nodes' names.

netkort's own graph files (``netkort export``; every node has a ``kind``) are
read back into the graph they were written from: each relation keeps only its
own values, the actor node's summary of them (strongest level, every note) is
kept as written, and the conflicts it lists are recreated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..exports import CUSTOM_PREFIX
from ..i18n import Phrase
from ..problems import WARNING, Problem
from ..text import fold, name_key
from ..vocabulary import FIELD_LABELS, LIBRARY_NODE_TYPES, STAFF_NODE_TYPES
from .contacts import Row
from .headers import EXACT, meaning
from .values import PARSERS

_STAFF = frozenset(fold(t) for t in STAFF_NODE_TYPES)
_ROLE_COLUMNS = frozenset({"rolle", "role", "roll"})
_LIBRARY = frozenset(fold(t) for t in LIBRARY_NODE_TYPES)
# What a staff member's edge to an actor carries into the actor's contact row.
RELATION_FIELDS = ("level", "agreement", "start", "last_contact", "next_evaluation", "activities")
# What netkort's graph keeps on an actor node as a summary of its relations (graph.RELATION_FIELDS).
SUMMARY_FIELDS = (*RELATION_FIELDS, "notes")
# A node's kind in netkort's own graph files, and the single-valued fields whose conflicts they list.
KINDS = ("library", "staff", "actor")
CONFLICT_FIELDS = ("type", "sector", "influence", "interest")
EDGE_KINDS = ("employs", "holds", "direct", "relation")
# What netkort's export adds for other tools: the map's look on nodes, weights and keys on edges.
LOOK = ("x", "y", "size", "color", "label")
EDGE_LOOK = ("weight", "Weight", "size", "Id", "label", "Label")


@dataclass
class NodeRow(Row):
    """A contact row made from an actor node of netkort's own graph file and one of its edges.

    ``summary`` is the node's own summary of its relations as the file states it.
    :func:`netkort.graph.build` keeps it rather than recomputing it from the edges,
    which hold only their own values (a note given twice for one pair is on the node
    only).
    """

    summary: dict[str, object] = field(default_factory=dict)
    tied: bool = True  # False: the node had no relation to the house or its staff, and gets none


@dataclass
class Nodes:
    """One file's rows after its nodes and edges are sorted out."""

    contacts: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)
    staff: list[Row] = field(default_factory=list)
    library: str | None = None
    problems: list[Problem] = field(default_factory=list)


def role(row: Row) -> str:
    """'staff', 'library' or 'actor': what a node is, by its kind (netkort's own graph files), type or name.

    netkort's own kind decides alone: a partner library typed 'bibliotek' is an actor there.
    """
    kind = row.custom.get("kind")
    if kind in KINDS:
        return kind
    roles = [v for k, v in row.custom.items() if fold(k) in _ROLE_COLUMNS]  # netkort's CSV tables: Rolle
    for value in (kind, *roles, row.values.get("type")):
        if isinstance(value, str):
            key = fold(value)
            if key in _STAFF:
                return "staff"
            if key in _LIBRARY:
                return "library"
    if any(fold(tag) in _STAFF for tag in row.values.get("tags", ())):
        return "staff"  # a Kumu Person tagged 'medarbejder'
    return "library" if fold(str(row.values.get("name", ""))) in _LIBRARY else "actor"


def resolve(contacts: list[Row], relations: list[Row], staff: list[Row], end_separator: str = "",
            graph_file: bool = False) -> Nodes:
    """Sort a file's nodes into actors, staff and the house, and its edges into relations.

    ``end_separator`` splits an edge end that names several targets (Kumu's
    "A|B"). ``graph_file`` drops what a graph file's own bookkeeping adds: node ids,
    kinds and a Label that only repeats the name.
    """
    out = Nodes(staff=list(staff))
    ids = _ids(contacts, relations, end_separator)
    nodes: dict[str, tuple[str, Row]] = {}
    listed: list[tuple[str, Row]] = []  # every node in file order, as (role, row)
    own: dict[str, str] = {}  # actors of netkort's own graph file, by name key: their 'conflicts'
    for row in contacts:
        kind = role(row)
        if graph_file and row.custom.get("kind") == "actor":
            own[name_key(str(row.values["name"]))] = row.custom.get("conflicts", "")
        row = _without_bookkeeping(row, graph_file)
        listed.append((kind, row))
        name = str(row.values["name"])
        nodes.setdefault(name_key(name), (kind, row))
        if kind == "staff":
            out.staff.append(_staff_row(row))
    houses = [row for kind, row in listed if kind == "library"]
    if len(houses) == 1:
        out.library = str(houses[0].values["name"])
        details = _house_details(houses[0])
        if details:  # the house is netkort's own node: say what of the file's is not on it
            out.problems.append(Problem(WARNING, "house-details", {"name": out.library, "details": details},
                                        file=houses[0].source.file, sheet=houses[0].source.sheet,
                                        row=houses[0].source.row))
    elif houses:  # which of them is the house? None: each stays an actor, and the user is told
        names = ", ".join(f"'{row.values['name']}'" for row in houses)
        out.problems.append(Problem(WARNING, "several-houses", {"names": names},
                                    file=houses[0].source.file, sheet=houses[0].source.sheet))
        listed = [("actor" if kind == "library" else kind, row) for kind, row in listed]
        nodes = {key: ("actor" if kind == "library" else kind, row) for key, (kind, row) in nodes.items()}
    # actor key -> its relations to staff (staff name) and to the house (None), in file order
    ties: dict[str, list[tuple[str | None, dict, dict]]] = {}
    ends: set[str] = set()  # actors named by a relation between actors
    by_id = {row.key: kind for kind, row in listed if row.key}  # an id says which node, a name may not
    for edge, written in _edges(relations, ids, end_separator):
        if graph_file:
            edge = _edge_without_bookkeeping(edge)
        if not edge.values.get("source") or not edge.values.get("target"):
            out.relations.append(edge)  # a missing end is reported when the graph is built
            continue
        kinds = [by_id.get(end) or nodes.get(name_key(str(edge.values[f])), ("actor", None))[0]
                 for f, end in zip(("source", "target"), written, strict=True)]
        values = {f: v for f, v in edge.values.items() if f in RELATION_FIELDS}
        if edge.values.get("note"):
            values["notes"] = edge.values["note"]
        names = [str(edge.values["source"]), str(edge.values["target"])]
        if sorted(kinds) in (["actor", "staff"], ["actor", "library"]):
            other, actor = (names[0], names[1]) if kinds[0] != "actor" else (names[1], names[0])
            holder = other if "staff" in kinds else None
            ties.setdefault(name_key(actor), []).append((holder, values, dict(edge.custom)))
            if name_key(actor) not in nodes:
                nodes[name_key(actor)] = ("actor", Row(edge.source, {"name": actor}))
                listed.append(nodes[name_key(actor)])
        elif "library" in kinds or kinds == ["staff", "staff"]:
            if kinds == ["staff", "staff"]:
                out.problems.append(Problem(WARNING, "staff-relation", {"a": names[0], "b": names[1]},
                                            file=edge.source.file, sheet=edge.source.sheet,
                                            row=edge.source.row))
            continue  # the house employs its staff; netkort draws that itself
        else:
            out.relations.append(edge)
            ends.update(name_key(n) for n in names)
    for kind, row in listed:
        if kind != "actor":
            continue
        key = name_key(str(row.values["name"]))
        if key in own:
            out.contacts.extend(_own_rows(row, ties.get(key, []), own[key], key in ends))
        else:
            out.contacts.extend(_rows(row, ties.get(key, [])))
    return out


def _rows(row: Row, ties: list[tuple[str | None, dict, dict]]) -> list[Row]:
    """Another tool's actor: a contact row per staff member's relation, the node's values under each.

    The house's relations give the actor's own values where the node has none; a staff
    member's edge adds its extra columns where the node has none (the node's own Id
    stays, not Gephi's edge Id).
    """
    for holder, values, _ in ties:
        if holder is None:
            row = replace(row, values={**row.values, **{f: v for f, v in values.items() if f not in row.values}})
    held = [(holder, values, custom) for holder, values, custom in ties if holder is not None]
    if not held:
        return [row]
    rows = [Row(row.source, {**row.values, **values, "staff": (holder,)}, {**_as_relation(custom), **row.custom})
            for holder, values, custom in held]
    own_notes = row.values.get("notes")
    if own_notes and rows[0].values.get("notes") != own_notes:  # the node's own description stays
        rows[0].values["notes"] = f"{own_notes}\n{rows[0].values['notes']}"
    return rows


def _own_rows(row: Row, ties: list[tuple[str | None, dict, dict]], conflicts_text: str,
              in_relation: bool) -> list[Row]:
    """An actor of netkort's own graph file: a row per relation it had, holding that relation's values.

    The node's conflicts become rows with the other values, so the graph records them
    again. An actor known only by its name from a relation between actors is left to
    that relation, as it was when the file was written; any other actor with no relation
    to the house or its staff stays without one.
    """
    conflicts = _conflicts(row, conflicts_text)
    if conflicts_text and not conflicts:  # not export's text: kept as it is
        row = replace(row, custom={**row.custom, "conflicts": conflicts_text})
    if not ties and in_relation and set(row.values) == {"name"} and not row.custom:
        return []
    own = {f: v for f, v in row.values.items() if f not in SUMMARY_FIELDS}
    summary = {f: v for f, v in row.values.items() if f in SUMMARY_FIELDS}
    if not ties:
        rows = [NodeRow(row.source, dict(row.values), dict(row.custom), row.key, summary=summary, tied=False)]
    else:
        rows = [NodeRow(row.source, {**own, **values, **({} if holder is None else {"staff": (holder,)})},
                        {**row.custom, **edge_custom}, row.key, summary=summary)
                for holder, values, edge_custom in ties]
    first = rows[0]
    for index in range(1, max((len(v) for v in conflicts.values()), default=0)):
        values, extra = dict(first.values), dict(first.custom)
        for column, found in conflicts.items():
            if index < len(found):
                if column in CONFLICT_FIELDS:
                    value = PARSERS[column](found[index])[0]
                    if value is not None:
                        values[column] = value
                else:
                    extra[column] = found[index]
        rows.append(replace(first, values=values, custom=extra))
    return rows


def _conflicts(row: Row, text: str) -> dict[str, list[str]]:
    """The values an actor was given on several rows, as export wrote them in its 'conflicts'
    ("sector: civil / public; Farve: rød / blå"); {} when the text is not that.

    The text is split at the fields and columns the node has, so "; " inside a value stays.
    """
    if not text:
        return {}
    keys = [*CONFLICT_FIELDS, *row.custom]
    pattern = re.compile("(?:^|; )(" + "|".join(map(re.escape, sorted(keys, key=len, reverse=True))) + "): ")
    found = list(pattern.finditer(text))
    if not found or found[0].start() != 0:
        return {}
    conflicts = {}
    for match, after in zip(found, [*found[1:], None], strict=True):
        column = match.group(1)
        values = text[match.end():after.start() if after else len(text)]
        first = row.values.get(column, row.custom.get(column))
        if first is not None and values.startswith(f"{first} / "):  # a first value holding " / " stays whole
            conflicts[column] = [str(first), *values[len(f"{first} / "):].split(" / ")]
        else:
            conflicts[column] = values.split(" / ")
    return conflicts


def _ids(contacts: list[Row], relations: list[Row], separator: str) -> dict[str, str]:
    """Node id -> name, for edges that name their ends by id (Gephi, graph files).

    {} when every end is a node's name: NodeXL's edges name their vertices, and a
    vertex called "12" is not the one whose ID is 12.
    """
    ids = {row.key: str(row.values["name"]) for row in contacts if row.key}
    names = {str(row.values["name"]) for row in contacts}
    for edge in relations:
        for f in ("source", "target"):
            value = edge.values.get(f)
            parts = str(value).split(separator) if separator and value is not None else [value]
            if any(p is not None and str(p).strip() not in names for p in parts):
                return ids
    return {}


def _edges(relations: list[Row], ids: dict[str, str], separator: str):
    """Each edge with its ends resolved to names, one edge per target of a multi-target end,
    with its ends as the file wrote them (ids, where it used ids)."""
    for edge in relations:
        ends = []
        for f in ("source", "target"):
            value = edge.values.get(f)
            if value is None:
                break
            ends.append([p.strip() for p in str(value).split(separator)] if separator else [str(value)])
        if len(ends) != 2:
            yield edge, ("", "")
            continue
        for source in ends[0]:
            for target in ends[1]:
                if source and target:
                    yield replace(edge, values={**edge.values, "source": ids.get(source, source),
                                                "target": ids.get(target, target)}), (source, target)


def _unprefixed(custom: dict[str, str]) -> dict[str, str]:
    """Extra columns under their own names: export writes 'custom:Level' beside netkort's 'level'."""
    return {k.removeprefix(CUSTOM_PREFIX): v for k, v in custom.items()}


def _edge_without_bookkeeping(edge: Row) -> Row:
    """A graph file's edge without netkort's own edge kind (holds, relation…), which the ends decide,
    and, in netkort's own files, the look and the edge numbers its export adds."""
    own = edge.custom.get("kind") in EDGE_KINDS
    drop = ("kind", *EDGE_LOOK) if own else ("kind",)
    return replace(edge, custom=_unprefixed({k: v for k, v in edge.custom.items() if k not in drop}))


def _without_bookkeeping(row: Row, graph_file: bool) -> Row:
    """A graph file's node without what the file's own bookkeeping adds: its id, its kind
    (netkort's library, staff or actor), netkort's list of its conflicts (read apart) and a
    Label that repeats the name."""
    if not graph_file:
        return row
    bookkeeping = ("Id", "kind", "conflicts", *LOOK) if row.custom.get("kind") in KINDS else ("Id", "kind")
    custom = {k: v for k, v in row.custom.items()
              if k not in bookkeeping and not (k == "Label" and v == row.values.get("name"))}
    return replace(row, custom=_unprefixed(custom))


def _staff_row(row: Row) -> Row:
    """A staff node as a row of the staff table: name, department, email, and the rest kept
    as extra columns under their fields' names ("Telefon", "Noter")."""
    values: dict[str, object] = {"name": row.values["name"]}
    if row.values.get("email"):
        values["email"] = row.values["email"]
    custom = {}
    for column, value in row.custom.items():
        if "department" in meaning(column, "staff") and "department" not in values:
            values["department"] = value
        else:
            custom[column] = value
    for field_id, value in row.values.items():
        if field_id not in ("name", "email"):
            custom.setdefault(FIELD_LABELS["da"].get(field_id, field_id), _text(value))
    return Row(row.source, values, custom)


def _house_details(row: Row) -> Phrase | str:
    """What another tool's file says about the house beyond its name and type, for a warning: each field
    named in the reader's language, each extra column as the file names it ('' when there is nothing)."""
    fields = [(f, _text(v)) for f, v in row.values.items() if f not in ("name", "type")]
    extra = [f"{k}: {v}" for k, v in row.custom.items() if k not in ("Id", "kind", "Label")]
    if not fields and not extra:
        return ""
    return Phrase.by(lambda lang: "; ".join([*(f"{FIELD_LABELS[lang].get(f, f)}: {v}" for f, v in fields), *extra]))


def _text(value: object) -> str:
    """A typed value as text again, for an extra column ('a; b' for a list)."""
    if isinstance(value, (tuple, list)):
        return "; ".join(map(str, value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _as_relation(custom: dict[str, str]) -> dict[str, str]:
    """An edge's extra columns on the actor's contact row, renamed where a contact field has the name
    ("Type" of a connection is no actor's Type): "Type (relation)"."""
    return {f"{k} (relation)" if EXACT in meaning(k, "contacts").values() else k: v for k, v in custom.items()}


def custom_columns(rows: list[Row], earlier: list[str]) -> list[str]:
    """The extra columns a graph file's rows hold, in order, leaving out those of earlier files.

    A graph file's sheets have columns only its bookkeeping or other kinds of node use
    (kind, a staff member's department); these are no extra columns of its contacts.
    """
    seen = set(earlier)
    names = []
    for row in rows:
        for column in row.custom:
            if column not in seen:
                seen.add(column)
                names.append(column)
    return names
