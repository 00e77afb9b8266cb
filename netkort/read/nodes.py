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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..problems import WARNING, Problem
from ..text import fold, name_key
from ..vocabulary import LIBRARY_NODE_TYPES, STAFF_NODE_TYPES
from .contacts import Row

_STAFF = frozenset(fold(t) for t in STAFF_NODE_TYPES)
_LIBRARY = frozenset(fold(t) for t in LIBRARY_NODE_TYPES)
# What a staff member's edge to an actor carries into the actor's contact row.
RELATION_FIELDS = ("level", "agreement", "start", "last_contact", "next_evaluation", "activities")


@dataclass
class Nodes:
    """One file's rows after its nodes and edges are sorted out."""

    contacts: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)
    staff: list[Row] = field(default_factory=list)
    library: str | None = None
    problems: list[Problem] = field(default_factory=list)


def role(row: Row) -> str:
    """'staff', 'library' or 'actor': what a node is, by its kind (netkort's own graph files), type or name."""
    for value in (row.custom.get("kind"), row.values.get("type")):
        if isinstance(value, str):
            key = fold(value)
            if key in _STAFF:
                return "staff"
            if key in _LIBRARY:
                return "library"
    return "library" if fold(str(row.values.get("name", ""))) in _LIBRARY else "actor"


def resolve(contacts: list[Row], relations: list[Row], staff: list[Row], end_separator: str = "",
            graph_file: bool = False) -> Nodes:
    """Sort a file's nodes into actors, staff and the house, and its edges into relations.

    ``end_separator`` splits an edge end that names several targets (Kumu's
    "A|B"). ``graph_file`` drops what a graph file's own bookkeeping adds: node ids
    and a Label that only repeats the name.
    """
    out = Nodes(staff=list(staff))
    ids = _ids(contacts)
    nodes: dict[str, tuple[str, Row]] = {}
    listed: list[tuple[str, Row]] = []  # every node in file order, as (role, row)
    for row in contacts:
        kind = role(row)
        row = _without_bookkeeping(row, graph_file)
        listed.append((kind, row))
        name = str(row.values["name"])
        nodes.setdefault(name_key(name), (kind, row))
        if kind == "staff":
            out.staff.append(_staff_row(row))
        elif kind == "library":
            out.library = out.library or name
    held: dict[str, list[tuple[str, dict]]] = {}  # actor key -> (staff name, relation values)
    direct: dict[str, dict] = {}
    for edge in _edges(relations, ids, end_separator):
        if graph_file:
            edge = _edge_without_bookkeeping(edge)
        ends = [nodes.get(name_key(str(edge.values[f])), ("actor", None)) for f in ("source", "target")]
        kinds = [kind for kind, _ in ends]
        values = {f: v for f, v in edge.values.items() if f in RELATION_FIELDS}
        if edge.values.get("note"):
            values["notes"] = edge.values["note"]
        names = [str(edge.values["source"]), str(edge.values["target"])]
        if sorted(kinds) == ["actor", "staff"]:
            staff_name, actor = (names[0], names[1]) if kinds[0] == "staff" else (names[1], names[0])
            held.setdefault(name_key(actor), []).append((staff_name, {**values, **_custom(edge)}))
            if name_key(actor) not in nodes:
                nodes[name_key(actor)] = ("actor", Row(edge.source, {"name": actor}))
                listed.append(nodes[name_key(actor)])
        elif sorted(kinds) == ["actor", "library"]:
            actor = names[1] if kinds[0] == "library" else names[0]
            direct.setdefault(name_key(actor), {}).update(values)
        elif "library" in kinds or kinds == ["staff", "staff"]:
            if kinds == ["staff", "staff"]:
                out.problems.append(Problem(WARNING, "staff-relation", {"a": names[0], "b": names[1]},
                                            file=edge.source.file, sheet=edge.source.sheet,
                                            row=edge.source.row))
            continue  # the house employs its staff; netkort draws that itself
        else:
            out.relations.append(edge)
    for kind, row in listed:
        if kind != "actor":
            continue
        key = name_key(str(row.values["name"]))
        if key in direct:
            row = replace(row, values={**row.values, **{f: v for f, v in direct[key].items()
                                                        if f not in row.values}})
        relations_held = held.get(key)
        if not relations_held:
            out.contacts.append(row)
            continue
        for staff_name, values in relations_held:  # one contact row per staff member's relation
            own = {f: v for f, v in values.items() if not f.startswith("custom:")}
            custom = {f[len("custom:"):]: v for f, v in values.items() if f.startswith("custom:")}
            out.contacts.append(Row(row.source, {**row.values, **own, "staff": (staff_name,)},
                                    {**row.custom, **custom}))
    return out


def _ids(contacts: list[Row]) -> dict[str, str]:
    """Node id -> name, for edges that name their ends by id (Gephi, graph files)."""
    return {row.key: str(row.values["name"]) for row in contacts if row.key}


def _edges(relations: list[Row], ids: dict[str, str], separator: str):
    """Each edge with its ends resolved to names, one edge per target of a multi-target end."""
    for edge in relations:
        ends = []
        for f in ("source", "target"):
            value = edge.values.get(f)
            if value is None:
                break
            parts = [p.strip() for p in str(value).split(separator)] if separator else [str(value)]
            ends.append([ids.get(p, p) for p in parts if p])
        if len(ends) != 2:
            yield edge  # a missing end is reported when the graph is built
            continue
        for source in ends[0]:
            for target in ends[1]:
                yield replace(edge, values={**edge.values, "source": source, "target": target})


def _custom(edge: Row) -> dict:
    """An edge's extra columns, to travel with the relation it becomes."""
    return {f"custom:{k}": v for k, v in edge.custom.items()}


def _edge_without_bookkeeping(edge: Row) -> Row:
    """A graph file's edge without netkort's own edge kind (holds, relation…), which the ends decide."""
    return replace(edge, custom={k: v for k, v in edge.custom.items() if k != "kind"})


def _without_bookkeeping(row: Row, graph_file: bool) -> Row:
    """A graph file's node without what the file's own bookkeeping adds: its id, its kind
    (netkort's library, staff or actor) and a Label that repeats the name."""
    if not graph_file:
        return row
    custom = {k: v for k, v in row.custom.items()
              if k not in ("Id", "kind") and not (k == "Label" and v == row.values.get("name"))}
    return replace(row, custom=custom)


def _staff_row(row: Row) -> Row:
    """A staff node as a row of the staff table: name, department, email."""
    from .headers import meaning

    values: dict[str, object] = {"name": row.values["name"]}
    if row.values.get("email"):
        values["email"] = row.values["email"]
    custom = {}
    for column, value in row.custom.items():
        if "department" in meaning(column, "staff") and "department" not in values:
            values["department"] = value
        else:
            custom[column] = value
    return Row(row.source, values, custom)
