"""Graph files (GraphML, GEXF, node-link JSON) as a Nodes sheet and an Edges sheet of text.

netkort's sheet reader understands workbooks; a graph file from netkort's own
export, networkx, Gephi or graphology is turned here into the two sheets such a
workbook would hold, so that one reader (headers matched by meaning, problems
collected with row numbers) reads both. The header is row 1 and node N is row
N + 1, as if the sheet were open in Excel: a message about the file's 4th node
says "række 5". The Edges sheet names its ends by node *id*; resolving ids to
labels is the reader's work, as is reporting self-loops and parallel edges,
which are kept here as rows.

XML is parsed by defusedxml, streamed (iterparse), with DTDs and entities
refused; JSON is read once with :mod:`json`. Both are linear in the file's
size, and a sheet is capped at the cells an xlsx sheet may hold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable
from pathlib import Path
from typing import IO

from ...problems import InputFileError
from ..workbook import RawSheet
from ..xlsx_guard import MAX_CELLS

_XML_KINDS = {"graphml": "GraphML", "gexf": "GEXF", "xml": "XML"}
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_FIRST_ELEMENT = re.compile(rb"<(?![?!/])(?:[\w.-]+:)?([\w.-]+)")
_HTML_ROOTS = (b"html", b"head", b"body", b"table")
_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")


def sniff(head: bytes) -> str | None:
    """Name the graph format of a file from its first bytes (up to 4096).

    Returns ``"graphml"`` or ``"gexf"`` by the root element, ``"xml"`` for any
    other XML, ``"json"`` for text starting with ``{`` or ``[``, and None for
    anything else, HTML included (the workbook reader has its own message for
    HTML). A UTF-8 or UTF-16 byte order mark and leading whitespace are skipped.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith((b"{", b"[")):
        return "json"
    if not text.startswith(b"<") or text[:14].lower() == b"<!doctype html":
        return None
    found = _FIRST_ELEMENT.search(_COMMENT.sub(b"", text))
    root = found.group(1) if found else b""
    if root in (b"graphml", b"gexf"):
        return root.decode()
    return None if root.lower() in _HTML_ROOTS else "xml"


def read_graph_file(path: Path, shown: str, kind: str) -> list[RawSheet]:
    """Read a graph file into two sheets, ``Nodes`` and ``Edges``, every cell text.

    ``kind`` is what :func:`sniff` said; for XML the root element decides
    between GraphML and GEXF. Nodes: ``Id``, ``Label`` (the id when the file
    has no label), then each node attribute as the file names it, in the
    order first used (declared but unused ones last). Edges: ``Source``,
    ``Target`` (node ids), ``Directed`` when the file declares or mixes in
    directed edges, ``Id`` (GraphML edge ids, graphology keys), ``Label`` and
    ``Weight`` (GEXF) when given, then each edge attribute. Declared defaults
    fill absent values; booleans become ``true``/``false``; numbers stay as
    written.

    Raises
    ------
    InputFileError
        ``file-xml-attack`` for a DTD or entity, ``file-corrupt-graph`` for a
        file that is not well-formed, ``file-other-graph`` for XML or JSON that
        is not a graph netkort reads, ``sheet-too-big`` past the cell cap.
    """
    path = Path(path)
    try:
        if kind == "json":
            return _read_json(path.read_bytes(), shown)
        if kind not in _XML_KINDS:
            raise ValueError(f"not a graph file kind: {kind!r}")
        with path.open("rb") as handle:
            return _read_xml(handle, shown, _XML_KINDS[kind])
    except OSError as exc:
        raise InputFileError("file-unreadable", shown, detail=str(exc)) from exc


class _Table:
    """A sheet being filled: one dict per row, attribute columns in first-seen order.

    Structural columns (``Id``, ``Source`` …) are keyed by their header; file
    attributes by a tuple, so an attribute called "Id" cannot overwrite one.
    """

    def __init__(self, fixed: tuple[str, ...], optional: tuple[str, ...] = ()):
        self.fixed = fixed
        self.optional = optional
        self.used: set[str] = set()
        self.names: dict[Hashable, str] = {}  # attribute key -> name, in order of first use
        self.declared: dict[Hashable, str] = {}
        self.defaults: dict[Hashable, str] = {}
        self.rows: list[dict[Hashable, str]] = []

    def declare(self, key: Hashable, name: str, default: str | None) -> None:
        """An attribute the file declares (its column exists even if no row uses it)."""
        if isinstance(key, tuple):
            self.declared.setdefault(key, name)
        if default is not None:
            self.defaults.setdefault(key, default)

    def put(self, row: dict, key: Hashable, value: str, name: str = "") -> None:
        """Set a cell unless the row has it already: a file's first value wins."""
        if key in row:
            return
        row[key] = value
        if isinstance(key, str):
            self.used.add(key)
        elif key not in self.names:
            self.names[key] = self.declared.get(key, name)

    def show(self, column: str, shown: bool) -> None:
        """Show an optional column or not, whatever the rows hold (``Directed``)."""
        if shown:
            self.used.add(column)
        else:
            self.used.discard(column)

    def sheet(self, shown: str, title: str, label_from_id: bool = False) -> RawSheet:
        """The rows, padded and with declared defaults; refused past the cell cap, before padding."""
        keys: list[Hashable] = [*self.fixed, *(k for k in self.optional if k in self.used)]
        header = [str(k) for k in keys]
        taken = {h: 1 for h in header}
        fixed = frozenset(h.casefold() for h in header)
        unused = {k: n for k, n in self.declared.items() if k not in self.names}
        for key, name in [*self.names.items(), *unused.items()]:
            keys.append(key)
            header.append(_unique(name, taken, fixed))
        if len(self.rows) * len(keys) > MAX_CELLS:
            raise InputFileError("sheet-too-big", shown, sheet=title, rows=len(self.rows) + 1,
                                 columns=len(keys), limit=MAX_CELLS)
        rows = [header]
        defaults = self.defaults
        for row in self.rows:
            cells = [row[k] if k in row else defaults.get(k, "") for k in keys]
            if label_from_id and not cells[1]:
                cells[1] = cells[0]
            rows.append(cells)
        return RawSheet(file=shown, name=title, rows=rows, first_row=1)  # node N is on row N + 1


def _unique(name: str, taken: dict[str, int], fixed: frozenset[str] = frozenset()) -> str:
    """``name``, or ``name (2)`` … when that header is taken, or names a fixed column in any case.

    Two attributes differing only in case ("Budget", "budget") stay two columns as they
    were. ``taken`` maps each header to the last number given to it, so thousands of
    clashing names cost no more than thousands of distinct ones.
    """
    shown, number = name, taken.get(name, 1)
    while shown in taken or shown.casefold() in fixed:
        number += 1
        shown = f"{name} ({number})"
    taken[name] = number
    taken.setdefault(shown, 1)
    return shown


def _boolean(text: str) -> str:
    """One spelling for every writer's booleans (networkx's GraphML says "True")."""
    folded = text.strip().casefold()
    return "true" if folded in _TRUE else "false" if folded in _FALSE else text


def _typed(text: str, kind: str) -> str:
    """A value as text by its declared type: booleans spelled one way, numbers trimmed, a list's
    items joined with "; " as a cell holds them."""
    if kind == "boolean":
        return _boolean(text)
    if kind.startswith("list"):
        return "; ".join(_list_items(text))
    return text if kind in ("string", "") else text.strip()


def _list_items(text: str) -> list[str]:
    """A GEXF list value: '["a", "b"]' (1.3, items quoted where needed), '[a, b]' or 'a|b' (1.2).

    Lists nested deeper than Python recurses (in parsing or in printing an item) are
    read as the plain form, '[a, b]': the text stays, and an over-long cell is warned about.
    """
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            items = json.loads(text)
            if isinstance(items, list):
                return [shown for shown in map(str, items) if shown.strip()]
        except (ValueError, RecursionError):
            pass
        return [part.strip().strip("'\"") for part in text[1:-1].split(",") if part.strip().strip("'\"")]
    return [part.strip() for part in text.split("|") if part.strip()]


# --- XML -----------------------------------------------------------------


def _read_xml(handle: IO[bytes], shown: str, fmt: str) -> list[RawSheet]:
    """Stream the document: each node and edge is read when it closes, then dropped."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        events = iterparse(handle, events=("start", "end"), forbid_dtd=True)
        _, root = next(events)
        namespace, _, name = root.tag.rpartition("}")
        reader: _GraphML | _Gexf
        if name == "graphml":
            fmt, reader = "GraphML", _GraphML(namespace + "}" if namespace else "")
        elif name == "gexf":
            fmt, reader = "GEXF", _Gexf(namespace + "}" if namespace else "")
        else:
            raise InputFileError("file-other-graph", shown, format="XML")
        prefix = reader.ns
        stack = [root]
        for event, elem in events:
            local = elem.tag[len(prefix):] if elem.tag.startswith(prefix) else ""
            if event == "start":
                stack.append(elem)
                if local:
                    reader.start(local, elem)
                continue
            stack.pop()
            parent = stack[-1] if stack else None
            if local and reader.end(local, elem, parent) and parent is not None and parent[-1] is elem:
                del parent[-1]
    except DefusedXmlException as exc:
        raise InputFileError("file-xml-attack", shown) from exc
    except ParseError as exc:
        raise InputFileError("file-corrupt-graph", shown, format=fmt) from exc
    except LookupError as exc:
        if type(exc) is not LookupError:  # a KeyError or IndexError would be a bug here
            raise
        raise InputFileError("file-corrupt-graph", shown, format=fmt) from exc  # an unknown encoding
    return reader.sheets(shown)


def _is_token_of(name: str, header: str) -> bool:
    """Whether ``attr.name`` is ``header`` as netkort's GraphML writes it: an XML name token,
    numbered ``_2``… when two headers make the same token."""
    base = re.sub(r"[^\w.\-:]+", "_", header).strip("_") or "attribute"
    return name == base or re.fullmatch(re.escape(base) + r"_\d+", name) is not None


class _GraphML:
    """GraphML: ``<key>`` declarations, then nodes and edges with ``<data>`` children."""

    def __init__(self, ns: str):
        self.ns = ns
        self.keys: dict[tuple[str, str], tuple[Hashable, str, str]] = {}  # -> column, type, name
        self.graphics: set[str] = set()  # yEd keys holding drawing XML, not values
        self.nodes = _Table(("Id", "Label"))
        self.edges = _Table(("Source", "Target"), ("Directed", "Id"))
        self.directed: list[bool] = []  # edgedefault of each open <graph> (they may nest)
        self.any_directed = False

    def start(self, name: str, elem) -> None:
        if name == "graph":
            directed = elem.get("edgedefault", "undirected") == "directed"
            self.directed.append(directed)
            self.any_directed |= directed

    def end(self, name: str, elem, parent) -> bool:
        """Take in a closed element; True when it may be dropped from the tree."""
        if name == "graph":
            self.directed.pop()
        elif name == "key":
            self._key(elem)
        elif name == "node":
            row: dict = {}
            self.nodes.put(row, "Id", elem.get("id", ""))
            self._data(elem, row, self.nodes, "node")
            self.nodes.rows.append(row)
        elif name == "edge":
            self._edge(elem)
        else:
            return False
        return True

    def _key(self, elem) -> None:
        key_id = elem.get("id", "")
        if elem.get("yfiles.type") is not None:
            self.graphics.add(key_id)
            return
        name = elem.get("attr.name") or key_id
        desc = elem.find(self.ns + "desc")
        if desc is not None and _is_token_of(name, "".join(desc.itertext())):
            name = "".join(desc.itertext())  # the whole header, which attr.name (a name token) can't hold
        kind = elem.get("attr.type", "string")
        default_elem = elem.find(self.ns + "default")
        default = None if default_elem is None else _typed("".join(default_elem.itertext()), kind)
        for scope, table in (("node", self.nodes), ("edge", self.edges)):
            if elem.get("for", "all") in (scope, "all"):
                is_label = scope == "node" and name.casefold() == "label"
                column: Hashable = "Label" if is_label else ("key", key_id)
                table.declare(column, name, default)
                self.keys[scope, key_id] = (column, kind, name)

    def _edge(self, elem) -> None:
        row: dict = {}
        self.edges.put(row, "Source", elem.get("source", ""))
        self.edges.put(row, "Target", elem.get("target", ""))
        flag = elem.get("directed")
        if flag is None:
            directed = self.directed[-1] if self.directed else False
        else:
            directed = _boolean(flag) == "true"
        self.any_directed |= directed
        self.edges.put(row, "Directed", "true" if directed else "false")
        if elem.get("id") is not None:
            self.edges.put(row, "Id", elem.get("id"))
        self._data(elem, row, self.edges, "edge")
        self.edges.rows.append(row)

    def _data(self, elem, row: dict, table: _Table, scope: str) -> None:
        for data in elem.iterfind(self.ns + "data"):
            key_id = data.get("key", "")
            if key_id in self.graphics:
                if scope == "node":
                    _yed_label(data, row, table)
                continue
            column, kind, name = self.keys.get((scope, key_id), (("key", key_id), "string", key_id))
            table.put(row, column, _typed("".join(data.itertext()), kind), name)

    def sheets(self, shown: str) -> list[RawSheet]:
        self.edges.show("Directed", self.any_directed)
        return [self.nodes.sheet(shown, "Nodes", label_from_id=True), self.edges.sheet(shown, "Edges")]


def _yed_label(data, row: dict, table: _Table) -> None:
    """yEd keeps a node's label in its drawing: the first ``<y:NodeLabel>`` text."""
    for elem in data.iter():
        if elem.tag.rpartition("}")[2] == "NodeLabel":
            text = "".join(elem.itertext()).strip()
            if text:
                table.put(row, "Label", text)
                return


class _Gexf:
    """GEXF 1.1–1.3: declared ``<attribute>``s, nodes and edges with ``<attvalue>``s.

    Drawing (``viz:``), time (``<spells>``) and hierarchy (``<parents>``) are
    not read; nodes nested in a node are read as nodes of their own. A dynamic
    attribute's first value is the one kept.
    """

    def __init__(self, ns: str):
        self.ns = ns
        self.keys: dict[tuple[str, str], tuple[Hashable, str, str]] = {}  # -> column, type, title
        self.nodes = _Table(("Id", "Label"))
        self.edges = _Table(("Source", "Target"), ("Directed", "Label", "Weight"))
        self.default_type = "undirected"
        self.any_directed = False

    def start(self, name: str, elem) -> None:
        if name == "graph":
            self.default_type = elem.get("defaultedgetype", "undirected")
            self.any_directed |= self.default_type == "directed"

    def end(self, name: str, elem, parent) -> bool:
        """Take in a closed element; True when it may be dropped from the tree."""
        if name == "attribute":
            scope = "node" if parent is None else parent.get("class", "node")
            self._attribute(elem, "edge" if scope == "edge" else "node")
        elif name == "node":
            row: dict = {}
            self.nodes.put(row, "Id", elem.get("id", ""))
            if elem.get("label"):
                self.nodes.put(row, "Label", elem.get("label"))
            self._values(elem, row, self.nodes, "node")
            self.nodes.rows.append(row)
        elif name == "edge":
            self._edge(elem)
        else:
            return False
        return True

    def _attribute(self, elem, scope: str) -> None:
        attribute_id = elem.get("id", "")
        name = elem.get("title") or attribute_id
        kind = elem.get("type", "string")
        default_elem = elem.find(self.ns + "default")
        default = None if default_elem is None else _typed("".join(default_elem.itertext()), kind)
        column: Hashable = ("attribute", scope, attribute_id)
        if scope == "node" and name.casefold() == "label":
            column = "Label"
        table = self.nodes if scope == "node" else self.edges
        table.declare(column, name, default)
        self.keys[scope, attribute_id] = (column, kind, name)

    def _edge(self, elem) -> None:
        row: dict = {}
        table = self.edges
        table.put(row, "Source", elem.get("source", ""))
        table.put(row, "Target", elem.get("target", ""))
        directed = elem.get("type", self.default_type) == "directed"
        self.any_directed |= directed
        table.put(row, "Directed", "true" if directed else "false")
        # Not the id: GEXF requires one on every edge, so writers just number them.
        for attribute, column in (("label", "Label"), ("weight", "Weight")):
            if elem.get(attribute) is not None:
                table.put(row, column, elem.get(attribute))
        self._values(elem, row, table, "edge")
        table.rows.append(row)

    def _values(self, elem, row: dict, table: _Table, scope: str) -> None:
        for values in elem.iterfind(self.ns + "attvalues"):
            for value in values.iterfind(self.ns + "attvalue"):
                attribute_id = value.get("for", value.get("id", ""))
                column, kind, name = self.keys.get(
                    (scope, attribute_id), (("attribute", scope, attribute_id), "string", attribute_id))
                table.put(row, column, _typed(value.get("value", ""), kind), name)

    def sheets(self, shown: str) -> list[RawSheet]:
        self.edges.show("Directed", self.any_directed)
        return [self.nodes.sheet(shown, "Nodes", label_from_id=True), self.edges.sheet(shown, "Edges")]


# --- JSON ----------------------------------------------------------------


class _Number(str):
    """A JSON number kept as the file writes it (``1e3`` stays ``1e3``, not ``1000.0``)."""


def _read_json(data: bytes, shown: str) -> list[RawSheet]:
    """networkx's node-link JSON ("links" or "edges") or graphology's serialised graph."""
    try:
        document = json.loads(data, parse_int=_Number, parse_float=_Number, parse_constant=_Number)
    except RecursionError as exc:  # nested deeper than any graph file is
        raise InputFileError("file-other-graph", shown, format="JSON") from exc
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8/16/32
        raise InputFileError("file-corrupt-graph", shown, format="JSON") from exc
    nodes = document.get("nodes") if isinstance(document, dict) else None
    if not isinstance(nodes, list):
        raise InputFileError("file-other-graph", shown, format="JSON")
    graphology = isinstance(document.get("options"), dict) or (
        bool(nodes) and isinstance(nodes[0], dict) and "key" in nodes[0] and "id" not in nodes[0])
    edges = document.get("links" if "links" in document and not graphology else "edges", [])
    if not (isinstance(edges, list) and all(isinstance(item, dict) for item in (*nodes, *edges))):
        raise InputFileError("file-other-graph", shown, format="JSON")
    try:
        if graphology:
            return _graphology(document, nodes, edges, shown)
        return _node_link(document, nodes, edges, shown)
    except RecursionError as exc:
        raise InputFileError("file-other-graph", shown, format="JSON") from exc


def _node_link(document: dict, nodes: list[dict], edges: list[dict], shown: str) -> list[RawSheet]:
    """Node-link JSON: every key of a node or link but its ends is an attribute."""
    node_table, edge_table = _Table(("Id", "Label")), _Table(("Source", "Target"), ("Directed",))
    for index, node in enumerate(nodes):
        row: dict = {}
        node_table.put(row, "Id", _cell(node["id"]) if "id" in node else str(index))
        _json_attributes(node, row, node_table, skip=("id",), labels=True)
        node_table.rows.append(row)
    directed = "true" if document.get("directed") is True else "false"
    for edge in edges:
        row = {}
        edge_table.put(row, "Source", _cell(edge.get("source")))
        edge_table.put(row, "Target", _cell(edge.get("target")))
        edge_table.put(row, "Directed", directed)
        _json_attributes(edge, row, edge_table, skip=("source", "target"))
        edge_table.rows.append(row)
    edge_table.show("Directed", directed == "true")
    return [node_table.sheet(shown, "Nodes", label_from_id=True), edge_table.sheet(shown, "Edges")]


def _graphology(document: dict, nodes: list[dict], edges: list[dict], shown: str) -> list[RawSheet]:
    """graphology's ``export()``: keys, with attributes in an ``attributes`` object."""
    options = document.get("options")
    graph_type = options.get("type", "mixed") if isinstance(options, dict) else "mixed"
    node_table, edge_table = _Table(("Id", "Label")), _Table(("Source", "Target"), ("Directed", "Id"))
    for node in nodes:
        row: dict = {}
        node_table.put(row, "Id", _cell(node.get("key")))
        _json_attributes(_attributes(node, shown), row, node_table, labels=True)
        node_table.rows.append(row)
    any_directed = graph_type == "directed"
    for edge in edges:
        row = {}
        edge_table.put(row, "Source", _cell(edge.get("source")))
        edge_table.put(row, "Target", _cell(edge.get("target")))
        directed = graph_type == "directed" or (
            graph_type != "undirected" and edge.get("undirected") is not True)
        any_directed |= directed
        edge_table.put(row, "Directed", "true" if directed else "false")
        if "key" in edge:
            edge_table.put(row, "Id", _cell(edge["key"]))
        _json_attributes(_attributes(edge, shown), row, edge_table)
        edge_table.rows.append(row)
    edge_table.show("Directed", any_directed)
    return [node_table.sheet(shown, "Nodes", label_from_id=True), edge_table.sheet(shown, "Edges")]


def _attributes(item: dict, shown: str) -> dict:
    attributes = item.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise InputFileError("file-other-graph", shown, format="JSON")
    return attributes


def _json_attributes(item: dict, row: dict, table: _Table, skip: tuple[str, ...] = (),
                     labels: bool = False) -> None:
    for name, value in item.items():
        if name in skip:
            continue
        column: Hashable = "Label" if labels and name.casefold() == "label" else ("json", name)
        table.put(row, column, _cell(value), name)


def _cell(value: object) -> str:
    """A JSON value as one cell: lists joined with "; ", objects as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, dict):
        return _compact(value)
    return str(value)


def _compact(value: object) -> str:
    """JSON text without spaces, numbers as the file wrote them."""
    if isinstance(value, _Number):
        return str(value)
    if isinstance(value, dict):
        items = (json.dumps(k, ensure_ascii=False) + ":" + _compact(v) for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_compact(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)
