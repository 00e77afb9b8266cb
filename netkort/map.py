"""The interactive network map (``netkort map``): one offline HTML page per graph.

:func:`build_map` turns the graph into :class:`MapData`, plain lists and dicts
holding only what the page shows (an allow-list, never a copy of the graph's
attributes), with positions computed by :mod:`netkort.layout`. :func:`write_map`
renders it with the package template ``map.html``; vis-network (inlined from
the package) draws it, and ``assets/map.js`` adds search, filters, the details
panel and the legend. Node ids on the page are fresh numbers, not the graph's
ids, which are hashes of names.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path

import networkx as nx

from . import layout as layouts
from .graph import LIBRARY, actors, staff
from .look import LIBRARY_COLOR as LOOK_LIBRARY
from .look import LIBRARY_SIZE, STAFF_SIZE, actor_size
from .look import STAFF_COLOR as LOOK_STAFF
from .privacy import public_names, shown_name, visible_actor, visible_staff
from .problems import UsageError
from .render import LEVEL_COLORS as PALETTE
from .text import by_name
from .vocabulary import (
    AGREEMENT_LABELS,
    AIM_LABELS,
    LEVEL_LABELS,
    LEVEL_RANK,
    LEVELS,
    SECTOR_LABELS,
    SECTORS,
    SPACE_LABELS,
    SPACES,
)

LAYOUT_NAMES = ("circle", "spaces", "force")
EDGE_KINDS = ("employs", "holds", "direct", "relation")
COLOR_NAMES = ("level", "sector", "space", "staff")

# --- the look: one place for colours, sizes and line styles ------------------------------
# Levels on one blue scale: the stronger the relation, the darker and more saturated.
# Fills are the network circle's colours of every page (render.LEVEL_COLORS); the map adds
# borders, and its own light grey for "no value" in every palette.
LEVEL_COLORS = {"partnership": (PALETTE["partnership"], "#08306b"),
                "cooperation": (PALETTE["cooperation"], "#1f5f9b"),
                "network": (PALETTE["network"], "#5b9ac6"), "unknown": ("#e0e0e0", "#8a8a8a")}
SECTOR_COLORS = {"public": ("#7570b3", "#4f4a8c"), "private": ("#e6750f", "#a85206"),
                 "civil": ("#1b9e77", "#12694f"), "unknown": ("#e0e0e0", "#8a8a8a")}
SPACE_COLORS = {"inspiration": ("#e6ab02", "#9c7400"), "learning": ("#1f78b4", "#145280"),
                "meeting": ("#33a02c", "#22701d"), "performative": ("#e31a1c", "#a11213"),
                "several": ("#6a3d9a", "#48296a"), "none": ("#e0e0e0", "#8a8a8a")}
STAFF_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#17becf", "#bcbd22", "#393b79", "#637939", "#ad494a")
STAFF_OTHER = {"several": ("#333333", "#000000"), "other": ("#bdbdbd", "#7a7a7a"),
               "none": ("#f2f2f2", "#8a8a8a")}
LIBRARY_COLOR = (LOOK_LIBRARY, "#000000")
STAFF_COLOR = (LOOK_STAFF, "#374151")
RELATION_COLOR = "#d94801"   # lines between two actors (the Relations sheet)
EMPLOYS_COLOR = "#6b7280"

LINE_STYLES = {"partnership": {"width": 5, "dashes": False, "color": "#08519c"},
               "cooperation": {"width": 2.5, "dashes": False, "color": "#3f84bf"},
               "network": {"width": 1.5, "dashes": [7, 6], "color": "#6aa6d1"},
               "unknown": {"width": 1.2, "dashes": [2, 5], "color": "#9a9a9a"}}
# Chromium draws dashes in software: 38,000 dashed lines cost 3.5 s a frame, solid ones 0.3 s.
# Above this many lines, network and unknown levels are drawn thin and solid (the legend says so).
DASH_LIMIT = 4000
THIN_LINES = {**LINE_STYLES, "network": {"width": 0.8, "dashes": False, "color": "#9cc3e0"},
              "unknown": {"width": 0.6, "dashes": False, "color": "#bdbdbd"}}
THIN_TEXTS = {
    "da": {"line_network": "Netværk (tynd)", "line_unknown": "Ukendt niveau (tynd, grå)",
           "thin_note": "Kortet har mange linjer, så netværk tegnes med tynde hele linjer i stedet for "
                        "stiplede; så kan det flyttes og zoomes uden at hakke."},
    "en": {"line_network": "Network (thin)", "line_unknown": "Unknown level (thin, grey)",
           "thin_note": "The map has many lines, so network lines are thin and solid instead of "
                        "dashed, which keeps panning and zooming smooth."},
}

# Label sizes in page units. The page hides a label smaller than 11 px on screen,
# so an overview shows the house, the staff and the partnerships first.
LABEL_SIZES = {"library": 56, "staff": 48, "partnership": 38, "cooperation": 28,
               "network": 24, "unknown": 24}
SPACES_STAFF_LABEL = 62
LABEL_CAP = 20     # pixels: zoomed in, labels grow no larger than this on screen
LABEL_WIDTH = 16   # characters per label line; longer names wrap to two lines
STAFF_LABEL_WIDTH = 11   # staff names: first name over surname, so colleagues' names sit side by side

# --- every word the page shows, in two languages -------------------------------------------
TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "title": "Netværkskort", "layout_circle": "Netværkscirklen",
        "layout_spaces": "Bibliotekets fire rum", "layout_force": "Netværkets struktur",
        "about_circle": "Partnerskaber inderst, så samarbejde, yderst netværk.",
        "about_spaces": "Hver aktør står i sit rum; aktører i flere rum står imellem. "
                        "Et tomt rum er et hul i netværket.",
        "about_force": "Tæt forbundne aktører står tæt sammen.",
        "public_note": "Offentlig udgave: kun organisationer og medarbejdere; "
                       "privatpersoner vises som »Privatperson« og aktører, der ikke er kendt som en "
                       "organisation, som »Ukendt aktør«.",
        "search": "Søg efter navn", "search_placeholder": "Skriv en del af et navn …",
        "search_none": "Ingen fundet.", "search_hidden": "{n} skjult af filtrene.",
        "showing": "Viser {shown} af {total} aktører", "filters": "Filtre", "all": "Alle",
        "none_button": "Ingen", "reset_view": "Nulstil visning", "reset_filters": "Nulstil filtre",
        "color_by": "Farve efter", "legend": "Forklaring", "shape": "Form", "lines": "Linjer",
        "size": "Størrelse: indflydelse 1–5; uden indflydelse: antal forbindelser.",
        "facet_level": "Relation", "facet_space": "Rum", "facet_staff": "Medarbejder",
        "facet_sector": "Sektor", "facet_groups": "Målgruppe",
        "color_level": "relation", "color_sector": "sektor", "color_space": "rum",
        "color_staff": "medarbejder",
        "kind_library": "Biblioteket", "kind_staff": "Medarbejder", "kind_actor": "Ekstern aktør",
        "line_partnership": "Partnerskab (tyk)", "line_cooperation": "Samarbejde (hel)",
        "line_network": "Netværk (stiplet)", "line_unknown": "Ukendt niveau (prikket)",
        "line_employs": "Ansat på biblioteket", "line_relation": "Relation mellem aktører",
        "unknown_level": "ukendt niveau", "unknown_sector": "ukendt sektor",
        "no_space": "intet rum", "several_spaces": "flere rum", "no_staff": "ingen medarbejder",
        "several_staff": "flere medarbejdere", "other_staff": "øvrige medarbejdere",
        "no_group": "ingen målgruppe",
        "field_type": "Type", "field_sector": "Sektor", "field_staff": "Kontakt hos os",
        "field_level": "Relation", "field_spaces": "Rum", "field_groups": "Målgrupper",
        "field_agreement": "Aftale", "field_last_contact": "Sidste kontakt",
        "field_start": "Start", "field_next_evaluation": "Næste evaluering",
        "field_influence": "Indflydelse", "field_interest": "Interesse",
        "field_activities": "Aktiviteter", "field_tags": "Tema", "field_contact_person": "Kontaktperson",
        "field_email": "E-mail", "field_phone": "Telefon", "field_notes": "Noter",
        "field_department": "Afdeling", "field_contacts": "Kontakter", "field_staff_count": "Medarbejdere",
        "close": "Luk", "ring_count": "{label} · {n}", "ring_empty": "{label} · ingen",
        "area_count": "{n} aktører", "area_empty": "ingen aktører", "area_level": "{label}: {n}",
        "area_shared": "Flere rum", "area_none": "Intet rum angivet", "area_house": "Huset",
        "hint": "Klik på en aktør for detaljer. Rul for at zoome, træk for at flytte.",
        "map_label": "Netværkskort", "show_links": "Vis linjer til medarbejdere og huset",
    },
    "en": {
        "title": "Network map", "layout_circle": "The network circle",
        "layout_spaces": "The four library spaces", "layout_force": "The network's structure",
        "about_circle": "Partnerships innermost, then cooperation, network outermost.",
        "about_spaces": "Each actor stands in its space; actors in several spaces stand between. "
                        "An empty space is a gap in the network.",
        "about_force": "Closely connected actors stand close together.",
        "public_note": "Public version: organisations and staff only; "
                       "private persons are shown as “Private person” and actors not known to be "
                       "organisations as “Unknown actor”.",
        "search": "Search by name", "search_placeholder": "Type part of a name …",
        "search_none": "No match.", "search_hidden": "{n} hidden by the filters.",
        "showing": "Showing {shown} of {total} actors", "filters": "Filters", "all": "All",
        "none_button": "None", "reset_view": "Reset view", "reset_filters": "Reset filters",
        "color_by": "Colour by", "legend": "Legend", "shape": "Shape", "lines": "Lines",
        "size": "Size: influence 1–5; without influence: number of links.",
        "facet_level": "Relation", "facet_space": "Space", "facet_staff": "Staff member",
        "facet_sector": "Sector", "facet_groups": "Target group",
        "color_level": "relation", "color_sector": "sector", "color_space": "space",
        "color_staff": "staff member",
        "kind_library": "The library", "kind_staff": "Staff member", "kind_actor": "External actor",
        "line_partnership": "Partnership (thick)", "line_cooperation": "Cooperation (solid)",
        "line_network": "Network (dashed)", "line_unknown": "Unknown level (dotted)",
        "line_employs": "Works at the library", "line_relation": "Relation between actors",
        "unknown_level": "unknown level", "unknown_sector": "unknown sector",
        "no_space": "no space", "several_spaces": "several spaces", "no_staff": "no staff member",
        "several_staff": "several staff members", "other_staff": "other staff members",
        "no_group": "no target group",
        "field_type": "Type", "field_sector": "Sector", "field_staff": "Our contact",
        "field_level": "Relation", "field_spaces": "Spaces", "field_groups": "Target groups",
        "field_agreement": "Agreement", "field_last_contact": "Last contact",
        "field_start": "Start", "field_next_evaluation": "Next evaluation",
        "field_influence": "Influence", "field_interest": "Interest",
        "field_activities": "Activities", "field_tags": "Theme", "field_contact_person": "Contact person",
        "field_email": "Email", "field_phone": "Phone", "field_notes": "Notes",
        "field_department": "Department", "field_contacts": "Contacts", "field_staff_count": "Staff",
        "close": "Close", "ring_count": "{label} · {n}", "ring_empty": "{label} · none",
        "area_count": "{n} actors", "area_empty": "no actors", "area_level": "{label}: {n}",
        "area_shared": "Several spaces", "area_none": "No space given", "area_house": "The library",
        "hint": "Click an actor for details. Scroll to zoom, drag to move.",
        "map_label": "Network map", "show_links": "Show lines to staff and the library",
    },
}

# Fields of an actor the page carries for its details panel and filters, in panel order.
PANEL_FIELDS = ("type", "sector", "contact_person", "level", "spaces", "groups", "agreement",
                "influence", "interest", "start", "last_contact", "next_evaluation", "activities",
                "tags", "email", "phone", "notes")


@dataclass
class MapData:
    """Everything the map page shows, as JSON-ready lists and dicts."""

    title: str
    lang: str
    layout: str
    color: str
    public: bool
    details: bool
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    palettes: dict[str, list[dict]] = field(default_factory=dict)
    facets: list[dict] = field(default_factory=list)
    guides: dict = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    styles: dict = field(default_factory=dict)

    @property
    def actor_count(self) -> int:
        return sum(1 for node in self.nodes if node["kind"] == "actor")

    def page_data(self) -> dict:
        """The JSON the page script reads (a shallow dict: the fields hold plain data already)."""
        return {f.name: getattr(self, f.name) for f in dataclass_fields(self)}


class MapOptionError(UsageError, ValueError):
    """A layout or colour name the map does not know."""


# --- building the page data ---------------------------------------------------------------

def build_map(graph: nx.Graph, layout: str = "circle", color: str = "level", *,
              public: bool = False, details: bool = False, lang: str = "da",
              title: str | None = None, cpr: bool = False) -> MapData:
    """The map of ``graph``: nodes, edges, legend, filters and guides, ready for the page.

    Pure: reads the graph, writes nothing. Only the fields the page shows are
    copied (see :mod:`netkort.privacy` for what ``public`` and ``details`` allow).

    Parameters
    ----------
    layout : "circle" (network circle), "spaces" (four library spaces) or "force".
    color : what the node colour shows: "level", "sector", "space" or "staff".
    public : organisations and staff only; private persons become "Privatperson".
    details : add e-mail, phone and notes (never on a public map).
    lang : "da" or "en".
    cpr : with ``details``, show CPR-like numbers instead of "[CPR skjult]".
    """
    if layout not in LAYOUT_NAMES:
        raise MapOptionError("map-layout", value=layout, valid=", ".join(LAYOUT_NAMES))
    if color not in COLOR_NAMES:
        raise MapOptionError("map-color", value=color, valid=", ".join(COLOR_NAMES))
    lang = lang if lang in TEXTS else "en"
    texts = TEXTS[lang]
    hidden = public_names(graph.nodes(data=True), lang) if public else {}
    positions = layouts.LAYOUTS[layout](_as_shown(graph, hidden) if public else graph)
    ids = {node: i for i, node in enumerate(_node_order(graph))}
    held = layouts.holders(graph)
    staff_ids = staff(graph)
    staff_width = 24 if layout == "spaces" else STAFF_LABEL_WIDTH   # one name per row in the house

    nodes = []
    for node, page_id in ids.items():
        attrs = graph.nodes[node]
        x, y = positions.get(node, (0.0, 0.0))
        record = {"id": page_id, "kind": attrs.get("kind", "actor"), "x": round(x, 1),
                  "y": round(y, 1)}
        if record["kind"] == "actor":
            record.update(_actor_record(graph, node, held.get(node, ()), ids, public=public,
                                        details=details, lang=lang, cpr=cpr,
                                        label=hidden.get(node, "") if public else None))
        elif record["kind"] == "staff":
            shown = visible_staff(attrs, public=public, details=details, lang=lang, cpr=cpr)
            record.update(name=shown.get("name", ""), size=STAFF_SIZE, tier="staff",
                          fields=_staff_fields(shown, graph, node))
        else:
            record.update(name=shown_name(str(attrs.get("name", "")), lang), size=LIBRARY_SIZE, tier="library",
                          fields={"staff_count": len(staff_ids), "contacts": len(actors(graph))})
        record["label"] = _label(record["name"], staff_width if record["kind"] == "staff" else LABEL_WIDTH)
        nodes.append(record)

    edges = _edges(graph, ids)
    thin = len(edges) > DASH_LIMIT
    if thin:
        texts = {**texts, **THIN_TEXTS.get(lang, THIN_TEXTS["en"])}
    data = MapData(title=title or texts["title"], lang=lang, layout=layout, color=color,
                   public=public, details=details and not public, nodes=nodes,
                   edges=edges, texts=texts, labels=_labels(lang),
                   styles=_styles(layout, thin))
    data.palettes = _palettes(graph, nodes, ids, lang)
    data.facets = _facets(graph, nodes, ids, lang)
    data.guides = _guides(graph, layout, lang)
    return data


def _node_order(graph: nx.Graph) -> list[str]:
    """Library, then staff, then actors: the order the page lists and draws them."""
    return ([LIBRARY] if LIBRARY in graph else []) + staff(graph) + actors(graph)


def _actor_record(graph: nx.Graph, node: str, holders: list[str], ids: dict[str, int], *, public: bool,
                  details: bool, lang: str, cpr: bool = False, label: str | None = None) -> dict:
    """The allow-listed fields of one actor, as the page shows them."""
    shown = visible_actor(graph.nodes[node], public=public, details=details, lang=lang, cpr=cpr, label=label)
    fields = {}
    for name in PANEL_FIELDS:
        if name not in shown:
            continue
        value = shown[name]
        if isinstance(value, (dt.date, dt.datetime)):
            value = _date_text(value, lang)
        elif isinstance(value, (list, tuple)):
            value = [str(v) for v in value]
        elif not isinstance(value, int):
            value = str(value)
        fields[name] = value
    level = fields.get("level")
    return {"name": str(shown.get("name", "")), "size": _actor_size(graph, node, shown),
            "tier": level if level in LABEL_SIZES else "unknown",
            "staff": [ids[m] for m in holders], "fields": fields}


def _staff_fields(shown: dict, graph: nx.Graph, node: str) -> dict:
    fields: dict = {"contacts": sum(1 for _, _, kind in graph.edges(node, data="kind") if kind == "holds")}
    if "department" in shown:
        fields["department"] = str(shown["department"])
    if "email" in shown:
        fields["email"] = [str(e) for e in shown["email"]]
    return fields


def _date_text(value: dt.date, lang: str) -> str:
    return value.strftime("%d.%m.%Y") if lang == "da" else value.isoformat()


def _actor_size(graph: nx.Graph, node: str, shown: dict) -> float:
    """Radius by influence as the page may show it (see :func:`netkort.look.actor_size`)."""
    return actor_size(shown.get("influence"), graph.degree(node))


def _label(name: str, width: int = LABEL_WIDTH) -> str:
    """The name as drawn on the map: at most two lines, ending in … when cut."""
    if len(name) <= width:
        return name
    lines = textwrap.wrap(name, width, break_long_words=False, break_on_hyphens=False) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return "\n".join(lines)


def _edges(graph: nx.Graph, ids: dict[str, int]) -> list[dict]:
    """Edges with their kind and level only (notes and dates stay out)."""
    out = []
    for u, v, attrs in graph.edges(data=True):
        if u not in ids or v not in ids:
            continue
        kind = attrs.get("kind")
        edge = {"from": ids[u], "to": ids[v], "kind": kind if kind in EDGE_KINDS else "relation"}
        if attrs.get("level") in LEVEL_RANK:
            edge["level"] = attrs["level"]
        out.append(edge)
    return out


def _labels(lang: str) -> dict[str, dict[str, str]]:
    """Display names of the controlled vocabularies, for the details panel."""
    return {"level": LEVEL_LABELS[lang], "sector": SECTOR_LABELS[lang],
            "spaces": SPACE_LABELS[lang], "agreement": AGREEMENT_LABELS[lang]}


def _styles(layout: str, thin: bool = False) -> dict:
    """Node shapes and colours, label sizes and line styles, for the page script and the legend."""
    labels = dict(LABEL_SIZES)
    if layout == "spaces":   # the house box is small on this map: its names need a bigger size
        labels["staff"] = SPACES_STAFF_LABEL
    return {"shapes": {"library": "star", "staff": "diamond", "actor": "dot"},
            "library": _color(LIBRARY_COLOR), "staff": _color(STAFF_COLOR),
            "lines": THIN_LINES if thin else LINE_STYLES, "thin": thin, "relation": RELATION_COLOR, "employs": EMPLOYS_COLOR,
            "labels": labels, "label_cap": LABEL_CAP}


def _color(pair: tuple[str, str]) -> dict[str, str]:
    return {"background": pair[0], "border": pair[1]}


# --- colours, filters and guides, all built from the data ---------------------------------

def _actor_nodes(nodes: list[dict]) -> list[dict]:
    return [n for n in nodes if n["kind"] == "actor"]


def color_key(node: dict, attribute: str, staff_keys: dict[int, str]) -> str:
    """Which legend entry an actor's colour comes from, for one colour attribute."""
    fields = node.get("fields", {})
    if attribute == "level":
        return fields.get("level", "unknown")
    if attribute == "sector":
        return fields.get("sector", "unknown")
    if attribute == "space":
        spaces = fields.get("spaces", [])
        return "none" if not spaces else spaces[0] if len(spaces) == 1 else "several"
    holders = node.get("staff", [])
    if not holders:
        return "none"
    return staff_keys.get(holders[0], "other") if len(holders) == 1 else "several"


def _palettes(graph: nx.Graph, nodes: list[dict], ids: dict[str, int], lang: str) -> dict:
    """Each colour attribute's legend: key, label, colours and how many actors it has."""
    t = TEXTS[lang]
    held = Counter(s for n in _actor_nodes(nodes) for s in n["staff"])
    ranked = sorted((ids[s] for s in staff(graph)), key=lambda i: (-held[i], nodes[i]["name"]))
    staff_keys = {page_id: str(page_id) for page_id in ranked[:len(STAFF_PALETTE)]}
    entries = {
        "level": [(lv, LEVEL_LABELS[lang][lv], LEVEL_COLORS[lv]) for lv in reversed(LEVELS)]
        + [("unknown", t["unknown_level"], LEVEL_COLORS["unknown"])],
        "sector": [(s, SECTOR_LABELS[lang][s], SECTOR_COLORS[s]) for s in SECTORS]
        + [("unknown", t["unknown_sector"], SECTOR_COLORS["unknown"])],
        "space": [(s, SPACE_LABELS[lang][s], SPACE_COLORS[s]) for s in SPACES]
        + [("several", t["several_spaces"], SPACE_COLORS["several"]),
           ("none", t["no_space"], SPACE_COLORS["none"])],
        "staff": [(key, nodes[page_id]["name"], (colour, colour))
                  for (page_id, key), colour in zip(staff_keys.items(), STAFF_PALETTE, strict=False)]
        + [(k, t[label], STAFF_OTHER[k]) for k, label in
           (("several", "several_staff"), ("other", "other_staff"), ("none", "no_staff"))],
    }
    palettes = {}
    for attribute, items in entries.items():
        counts = Counter(color_key(n, attribute, staff_keys) for n in _actor_nodes(nodes))
        palettes[attribute] = [
            {"key": key, "label": label, "background": bg, "border": border, "count": counts[key]}
            for key, label, (bg, border) in items
            if counts[key] or (attribute in ("level", "space") and key not in ("unknown", "none"))]
    return palettes


def _facets(graph: nx.Graph, nodes: list[dict], ids: dict[str, int], lang: str) -> list[dict]:
    """The filters, each with the options that occur in the data and their counts."""
    t = TEXTS[lang]
    actor_nodes = _actor_nodes(nodes)

    def options(values, labels: dict, order, missing: str, missing_label: str) -> list[dict]:
        counts = Counter(v for vs in values for v in (vs or [missing]))
        keys = [k for k in order if counts[k]] + ([missing] if counts[missing] else [])
        return [{"value": k, "label": labels.get(k, missing_label), "count": counts[k]} for k in keys]

    levels = [[n["fields"]["level"]] if "level" in n["fields"] else [] for n in actor_nodes]
    spaces = [n["fields"].get("spaces", []) for n in actor_nodes]
    sectors = [[n["fields"]["sector"]] if "sector" in n["fields"] else [] for n in actor_nodes]
    groups = [n["fields"].get("groups", []) for n in actor_nodes]
    holders = [[str(s) for s in n["staff"]] for n in actor_nodes]
    staff_order = sorted((str(ids[s]) for s in staff(graph)), key=lambda i: by_name(nodes[int(i)]["name"]))
    group_counts = Counter(g for gs in groups for g in gs)
    group_order = sorted(group_counts, key=lambda g: (-group_counts[g], g))
    return [
        {"name": "level", "label": t["facet_level"],
         "options": options(levels, LEVEL_LABELS[lang], reversed(LEVELS), "unknown", t["unknown_level"])},
        {"name": "space", "label": t["facet_space"],
         "options": options(spaces, SPACE_LABELS[lang], SPACES, "none", t["no_space"])},
        {"name": "staff", "label": t["facet_staff"],
         "options": options(holders, {i: nodes[int(i)]["name"] for i in staff_order}, staff_order,
                            "none", t["no_staff"])},
        {"name": "sector", "label": t["facet_sector"],
         "options": options(sectors, SECTOR_LABELS[lang], SECTORS, "unknown", t["unknown_sector"])},
        {"name": "groups", "label": t["facet_groups"],
         "options": options(groups, {g: g[:1].upper() + g[1:] for g in group_order}, group_order,
                            "none", t["no_group"])},
    ]


def _guides(graph: nx.Graph, layout: str, lang: str) -> dict:
    """What the page draws behind the nodes: the rings or the quadrants, with their labels."""
    t = TEXTS[lang]
    if layout == "circle":
        counts = Counter(graph.nodes[a].get("level") for a in actors(graph))
        rings = []
        for ring in layouts.ring_bands(counts, len(staff(graph))):
            key = ring.level or "unknown"
            label = LEVEL_LABELS[lang].get(key, t["unknown_level"])
            label = label[:1].upper() + label[1:]
            text = t["ring_count" if ring.count else "ring_empty"].format(label=label, n=ring.count)
            rings.append({"level": key, "inner": ring.inner, "outer": ring.outer, "label": text,
                          "color": LEVEL_COLORS[key][0], "border": LEVEL_COLORS[key][1],
                          "names": key == "partnership"})
        edge = (rings[-1]["outer"] if rings else 0) + layouts.SPACING
        return {"type": "circle", "rings": rings, "spacing": layouts.SPACING,
                "bounds": [-edge, -edge, edge, edge]}
    if layout == "spaces":
        return _space_guides(graph, lang)
    return {"type": "none"}


def _space_guides(graph: nx.Graph, lang: str) -> dict:
    """Quadrant boxes with each space's name and how many actors serve it, by level."""
    t = TEXTS[lang]
    actor_ids = actors(graph)
    counts = layouts.space_counts(graph)
    half, areas, clusters = layouts.space_geometry(counts, len(staff(graph)))
    serving = {s: Counter() for s in SPACES}
    for a in actor_ids:
        for s in set(graph.nodes[a].get("spaces", ())) & set(SPACES):
            serving[s][graph.nodes[a].get("level", "unknown")] += 1
    boxes = []
    for area in areas:
        box = {"key": area.key, "x0": area.x0, "y0": area.y0, "x1": area.x1, "y1": area.y1}
        if area.key in serving:
            total = sum(serving[area.key].values())
            levels = [{"text": t["area_level"].format(label=LEVEL_LABELS[lang][lv], n=serving[area.key][lv]),
                       "color": LEVEL_COLORS[lv][1]} for lv in reversed(LEVELS)]
            box.update(label=SPACE_LABELS[lang][area.key], color=SPACE_COLORS[area.key][0],
                       empty=total == 0,
                       lines=[{"text": t["area_count"].format(n=total)}, *levels] if total
                       else [{"text": t["area_empty"]}])
        elif area.key == layouts.NO_SPACE:
            count = counts[layouts.NO_SPACE]
            box.update(label=t["area_none"], color="#9e9e9e", empty=count == 0,
                       lines=[{"text": t["area_count" if count else "area_empty"].format(n=count)}])
        else:
            box.update(label=t["area_house"], color="#6b7280", empty=False, lines=[])
        boxes.append(box)
    rings = [{"x": c.x, "y": c.y, "r": c.radius, "label": t["area_shared"] if c.key == layouts.SHARED else ""}
             for c in clusters if c.key == layouts.SHARED or "+" in c.key]
    aims = [{"label": AIM_LABELS[lang][aim], "x": ux * 2 * half, "y": uy * 2 * half,
             "side": "top" if uy < 0 else "bottom" if uy > 0 else "left" if ux < 0 else "right"}
            for aim, (ux, uy) in layouts.aim_directions().items()]
    margin = 1.5 * layouts.SPACING   # room for the aims' labels
    bounds = [min(a.x0 for a in areas) - margin, min(a.y0 for a in areas) - margin,
              max(a.x1 for a in areas) + margin, max(a.y1 for a in areas) + margin]
    return {"type": "spaces", "areas": boxes, "clusters": rings, "aims": aims,
            "spacing": layouts.SPACING, "bounds": bounds}


# --- writing the page -----------------------------------------------------------------------

def render_map(data: MapData) -> str:
    """The HTML of the map page (one self-contained string)."""
    from .render import render

    return render("map.html", map=data, page=data.page_data())


def _as_shown(graph: nx.Graph, hidden: dict[str, str]) -> nx.Graph:
    """A copy in which the actors a public page does not name carry the name it shows.

    Layouts order actors by name; ordered by the hidden name, a "Privatperson"
    dot's place would hint at who it is.
    """
    shown = graph.copy()
    for node, label in hidden.items():
        shown.nodes[node]["name"] = label
    return shown


def write_map(path: Path | str, graph: nx.Graph, layout: str = "circle", color: str = "level", *,
              public: bool = False, details: bool = False, lang: str = "da",
              title: str | None = None, cpr: bool = False) -> Path:
    """Build the map of ``graph`` and write it to ``path`` as one UTF-8 HTML file."""
    from .render import write_page

    data = build_map(graph, layout, color, public=public, details=details, lang=lang, title=title, cpr=cpr)
    return write_page(path, "map.html", map=data, page=data.page_data())
