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
from babel import Locale
from babel.dates import format_date as babel_date

from . import layout as layouts
from .graph import LIBRARY, actors, staff
from .i18n import LANGS, LOCALES, N_, NC_, Labels, Nn_, format_number, gettext, translate
from .look import LEVEL_MARKS, LIBRARY_SIZE, LINE_COLORS, OUTLINE, STAFF_SIZE, UNKNOWN_FILL, actor_size
from .look import LIBRARY_COLOR as LOOK_LIBRARY
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
# Every colour pair is (fill, dark): the fill paints a mark, the dark shade (at least 4.5:1
# on white) writes text and draws guides in that colour. Every actor mark gets the same dark
# outline (look.OUTLINE), so a pale fill still stands out from the page (WCAG 1.4.11), and
# its level is drawn as rings (look.LEVEL_MARKS), so colour is never the only cue.
# Levels: the network circle's blues of every page (render.LEVEL_COLORS), darkest strongest.
LEVEL_COLORS = {"partnership": (PALETTE["partnership"], "#08306b"),
                "cooperation": (PALETTE["cooperation"], "#1c4f80"),
                "network": (PALETTE["network"], "#23577f"), "unknown": (UNKNOWN_FILL, "#4b5563")}
# Sector and space: Okabe & Ito's colours, told apart under deuteranopia, protanopia and
# tritanopia (tests/test_map_colours.py measures it); sector also in greyscale.
SECTOR_COLORS = {"public": ("#0072b2", "#005a8c"), "private": ("#e69f00", "#8a5a00"),
                 "civil": ("#009e73", "#006b4f"), "unknown": (UNKNOWN_FILL, "#4b5563")}
SPACE_COLORS = {"inspiration": ("#e69f00", "#8a5a00"), "learning": ("#0072b2", "#005a8c"),
                "meeting": ("#009e73", "#006b4f"), "performative": ("#cc79a7", "#8f3f6b"),
                "several": ("#f0e442", "#6b6200"), "none": (UNKNOWN_FILL, "#4b5563")}
# Staff: Paul Tol's "muted" scheme, nine colours that stay apart for colour-blind eyes. No
# palette keeps more apart, so the nine staff members holding most contacts get one each and
# the rest share "øvrige medarbejdere" (the legend says so).
STAFF_PALETTE = ("#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255", "#44aa99",
                 "#999933", "#aa4499")
STAFF_OTHER = {"several": ("#000000", OUTLINE), "other": ("#cfcfcf", OUTLINE),
               "none": ("#ffffff", OUTLINE)}
LIBRARY_COLOR = (LOOK_LIBRARY, "#000000")
STAFF_COLOR = (LOOK_STAFF, "#374151")
RELATION_COLOR = "#c2410c"   # lines between two actors (the Relations sheet)
EMPLOYS_COLOR = "#6b7280"
EMPLOYS_DASHES = [12, 5]     # house to staff: long dashes, unlike any level's line

# Lines are drawn opaque, each at least 3:1 against the page and the rings' tints.
LINE_STYLES = {"partnership": {"width": 4, "dashes": False, "color": LINE_COLORS["partnership"]},
               "cooperation": {"width": 2, "dashes": False, "color": LINE_COLORS["cooperation"]},
               "network": {"width": 1.3, "dashes": [7, 6], "color": LINE_COLORS["network"]},
               "unknown": {"width": 1.2, "dashes": [2, 5], "color": LINE_COLORS["unknown"]}}
# Chromium draws dashes in software: 38,000 dashed lines cost 3.5 s a frame, solid ones 0.3 s.
# Above this many lines, network and unknown levels are drawn thin and solid (the legend says so).
DASH_LIMIT = 4000
THIN_LINES = {**LINE_STYLES, "network": {"width": 0.8, "dashes": False, "color": "#6388aa"},
              "unknown": {"width": 0.6, "dashes": False, "color": "#737373"}}
THIN_TEXTS = Labels({
    "line_network": NC_("map legend", "Network (thin)"),
    "line_unknown": NC_("map legend", "Unknown level (thin, grey)"),
    "thin_note": N_("The map has many lines, so network lines are thin and solid instead of "
                    "dashed, which keeps panning and zooming smooth."),
})

# Label sizes in page units. The page hides a label smaller than 11 px on screen,
# so an overview shows the house, the staff and the partnerships first.
LABEL_SIZES = {"library": 56, "staff": 48, "partnership": 38, "cooperation": 28,
               "network": 24, "unknown": 24}
SPACES_STAFF_LABEL = 62
LABEL_CAP = 20     # pixels: zoomed in, labels grow no larger than this on screen
LABEL_WIDTH = 16   # characters per label line; longer names wrap to two lines
STAFF_LABEL_WIDTH = 11   # staff names: first name over surname, so colleagues' names sit side by side

# --- every word the page shows: English msgids, said in the page's language ---------------
# Short labels carry the context "map" (a word on the map page may need another translation
# than the same English elsewhere). TEXTS[lang] is the table the page and its script read.
TEXTS = Labels({
    "title": NC_("map", "Network map"),
    # TRANSLATORS: "the network circle" (netværkscirklen) is the model of the guide Byg
    # partnerskaber! (S7 in terms.md); no nb/sv name is established: nettverkssirkelen, nätverkscirkeln.
    "layout_circle": N_("The network circle"),
    # TRANSLATORS: the four spaces of Jochumsen, Hvenegaard Rasmussen & Skot-Hansen (2012), S1;
    # nb "fireromsmodellen" (S2-S4); sv has no settled name (S5): "bibliotekets fyra rum".
    "layout_spaces": N_("The four library spaces"),
    "layout_force": N_("The network's structure"),
    "about_circle": N_("Partnerships innermost, then cooperation, network outermost."),
    "about_spaces": N_("Each actor stands in its space; actors in several spaces stand between. "
                       "An empty space is a gap in the network."),
    "about_force": N_("Closely connected actors stand close together."),
    "public_note": N_("Public version: organisations and staff only; private persons are shown as "
                      "“Private person” and actors not known to be organisations as “Unknown actor”."),
    "search": N_("Search by name"),
    "search_placeholder": N_("Type part of a name …"),
    "search_none": NC_("map", "No match."),
    "filters": NC_("map", "Filters"),
    "all": NC_("map", "All"),
    "none_button": NC_("map", "None"),
    "reset_view": NC_("map", "Reset view"),
    "reset_filters": NC_("map", "Reset filters"),
    "color_by": NC_("map", "Colour by"),
    "legend": NC_("map", "Legend"),
    "shape": NC_("map", "Shape"),
    "lines": NC_("map", "Lines"),
    "size": N_("Size: influence 1–5; without influence: number of links."),
    "facet_level": NC_("map", "Relation"),
    "facet_space": NC_("map", "Space"),
    "facet_staff": NC_("map", "Staff member"),
    "facet_sector": NC_("map", "Sector"),
    "facet_groups": NC_("map", "Target group"),
    "color_level": NC_("map: colour by", "relation"),
    "color_sector": NC_("map: colour by", "sector"),
    "color_space": NC_("map: colour by", "space"),
    "color_staff": NC_("map: colour by", "staff member"),
    "kind_library": NC_("map", "The library"),
    "kind_staff": NC_("map", "Staff member"),
    "kind_actor": NC_("map", "External actor"),
    "line_partnership": NC_("map legend", "Partnership (thick)"),
    "line_cooperation": NC_("map legend", "Cooperation (solid)"),
    "line_network": NC_("map legend", "Network (dashed)"),
    "line_unknown": NC_("map legend", "Unknown level (dotted)"),
    "line_employs": NC_("map legend", "Works at the library (long dashes)"),
    "line_relation": NC_("map legend", "Relation between actors (dot to dot, orange)"),
    "unknown_level": NC_("map", "unknown level"),
    "unknown_sector": NC_("map", "unknown sector"),
    "no_space": NC_("map", "no space"),
    "several_spaces": NC_("map", "several spaces"),
    "no_staff": NC_("map", "no staff member"),
    "several_staff": NC_("map", "several staff members"),
    "other_staff": NC_("map", "other staff members"),
    "no_group": NC_("map", "no target group"),
    "field_type": NC_("map", "Type"),
    "field_sector": NC_("map", "Sector"),
    "field_staff": NC_("map", "Our contact"),
    "field_level": NC_("map", "Relation"),
    "field_spaces": NC_("map", "Spaces"),
    "field_groups": NC_("map", "Target groups"),
    "field_agreement": NC_("map", "Agreement"),
    "field_last_contact": NC_("map", "Last contact"),
    "field_start": NC_("map", "Start"),
    "field_next_evaluation": NC_("map", "Next evaluation"),
    "field_influence": NC_("map", "Influence"),
    "field_interest": NC_("map", "Interest"),
    "field_activities": NC_("map", "Activities"),
    "field_tags": NC_("map", "Theme"),
    "field_contact_person": NC_("map", "Contact person"),
    "field_email": NC_("map", "Email"),
    "field_phone": NC_("map", "Phone"),
    "field_notes": NC_("map", "Notes"),
    "field_department": NC_("map", "Department"),
    "field_contacts": NC_("map", "Contacts"),
    "field_staff_count": NC_("map", "Staff"),
    "close": NC_("map", "Close"),
    "ring_empty": NC_("map", "{label} · none"),
    "area_empty": NC_("map", "no actors"),
    "area_shared": NC_("map", "Several spaces"),
    "area_none": NC_("map", "No space given"),
    # the quadrant of the house on the spaces map: its staff stand in it
    "area_house": NC_("map: the library's own box", "The library"),
    "hint": N_("Click an actor for details. Scroll to zoom, drag to move."),
    "keys_hint": N_("Keyboard: Tab to the map, then the arrow keys move it, + and − zoom, and 0 shows "
                    "the whole map. Esc closes the details."),
    "show_links": N_("Show lines to staff and the library"),
    "map_name": NC_("map", "Network map: {layout}"),
    "nav_label": NC_("map", "Shortcuts"),
    "skip_map": NC_("map", "To the map"),
    "skip_list": NC_("map", "To the list"),
    "skip_filters": NC_("map", "To the filters"),
    "change_hide": N_("Hiding {option} ({facet})."),
    "change_show": N_("Showing {option} ({facet})."),
    "change_all": N_("All selected under {facet}."),
    "change_none": N_("None selected under {facet}."),
    "change_reset": N_("Filters reset."),
    "views": NC_("map", "View"),
    "view_map": NC_("map", "Map"),
    "view_list": NC_("map", "List"),
    "zoom": NC_("map", "Zoom"),
    "zoom_in": NC_("map", "Zoom in"),
    "zoom_out": NC_("map", "Zoom out"),
    "zoom_fit": NC_("map", "Whole map"),
    "list_caption": NC_("map", "Actors on the map"),
    "list_caption_search": N_("Actors matching “{query}”"),
    "list_rows": N_("Rows {first}–{last} of {n}"),
    "list_empty": N_("No actor matches the filters."),
    "list_pages": NC_("map", "Pages"),
    "prev_page": NC_("map", "Previous"),
    "next_page": NC_("map", "Next"),
    "col_name": NC_("map", "Name"),
    "col_level": NC_("map", "Relation"),
    "col_type": NC_("map", "Type"),
    "col_spaces": NC_("map", "Spaces"),
    "col_staff": NC_("map", "Our contact"),
    "field_actors": NC_("map", "Actors"),
    "show_in_list": N_("Show these contacts in the list"),
    "show_on_map": NC_("map", "Show on the map"),
    "marks": NC_("map legend", "Relation (rings)"),
    "mark_partnership": NC_("map legend", "two rings"),
    "mark_cooperation": NC_("map legend", "one ring"),
    "mark_network": NC_("map legend", "no ring"),
    "mark_unknown": NC_("map legend", "dashed edge"),
    "ego_legend": NC_("map", "Nearest network"),
    "ego_steps": NC_("map", "Steps"),
    "ego_show": NC_("map", "Show nearest only"),
    "ego_leave": NC_("map", "Show the whole map"),
    "ego_copy": NC_("map", "Copy link"),
    "ego_link": NC_("map", "Link to this view"),
    "ego_copied": N_("The link is copied."),
    "ego_select": N_("The link is selected in the field: copy it with Ctrl+C (Cmd+C on a Mac)."),
    "ego_title": N_("Nearest around {name}"),
    "ego_about": N_("A step goes through a staff member or a relation between actors; the library "
                    "itself is not a step. Esc shows the whole map again."),
    "ego_alone": N_("Showing only {name}: no links through staff or relations."),
    "ego_left": N_("Showing the whole map."),
    "ego_map_name": N_("Network map: nearest around {name}"),
    "ego_zoom_fit": NC_("map", "All nearest"),
    "ego_centre": NC_("map", "Centre"),
    "col_steps": NC_("map", "Steps"),
    "link_bad_id": N_("The link in the address points to an actor this map does not have. The whole "
                      "map is shown."),
    "link_bad_steps": N_("The link in the address asks for a number of steps the map cannot show "
                         "(only 1 or 2). The whole map is shown."),
    "link_bad": N_("The address after # could not be read as a link to an actor. The whole map is shown."),
    "link_library": N_("The library itself cannot be the centre; choose an actor or a staff member."),
    "ego_embedded": N_("The link works in the map's html file, e.g. map.html: add {fragment} to its address."),
    # the keys of a link to the ego view (#actor=12&steps=2): plain letters, no spaces
    "ego_key_id": NC_("map: a key in a link, a-z only", "actor"),
    "ego_key_steps": NC_("map: a key in a link, a-z only", "steps"),
})
# Sentences with a count. Those the page's script says (PLURALS) reach it in every plural form
# the language has, keyed by CLDR's plural categories (see _plural_forms); the script picks one
# with the browser's Intl.PluralRules for the page's locale. COUNTED are said here in Python.
PLURALS = {
    "showing": Nn_("Showing {shown} of {total} actor", "Showing {shown} of {total} actors"),
    "search_found": Nn_("{n} found.", "{n} found."),
    "search_more": Nn_("{n} found; the first {shown} are shown. Type more to narrow them down, or see "
                       "them all in the list.",
                       "{n} found; the first {shown} are shown. Type more to narrow them down, or see "
                       "them all in the list."),
    "search_hidden": Nn_("{n} hidden by the filters.", "{n} hidden by the filters."),
    "search_hidden_ego": Nn_("{n} hidden by the filters or outside the nearest.",
                             "{n} hidden by the filters or outside the nearest."),
    "more_actors": Nn_("… and {n} more.", "… and {n} more."),
    "ego_announce": Nn_("Showing {name} and {n} nearest ({steps}).",
                        "Showing {name} and {n} nearest ({steps})."),
    "ego_announce_hidden": Nn_("Showing {name} and {n} nearest ({steps}); {hidden} hidden by the filters.",
                               "Showing {name} and {n} nearest ({steps}); {hidden} hidden by the filters."),
}
# Which count a sentence of PLURALS agrees with (the page script says the same).
PLURAL_COUNTS = {"showing": "total"}
ACTORS_COUNT = Nn_("{n} actor", "{n} actors")
STAFF_COUNT = Nn_("{n} staff member", "{n} staff members")
STEPS_COUNT = Nn_("{n} step", "{n} steps")
MAP_DESCRIPTION = N_("The map shows {actors}, {staff} and the library. {about} Each actor is a dot "
                     "with a dark edge: a partnership has two rings around the dot, a cooperation one "
                     "ring, a network none, and an actor of unknown level a dashed edge. The list "
                     "shows the same actors as a table.")
STAFF_NOTE = Nn_("The colours stay apart for colour-blind eyes. Only the {n} staff member holding most "
                 "contacts has a colour of their own; the others' contacts are grey.",
                 "The colours stay apart for colour-blind eyes. Only the {n} staff members holding "
                 "most contacts have a colour of their own; the others' contacts are grey.")
# Formats with no words: the same in every language.
FORMATS = {"ring_count": "{label} · {n}", "area_level": "{label}: {n}", "ego_ring": "{steps}: {n}"}
# Keys a link to the ego view is read with, besides each language's own (ego_key_id,
# ego_key_steps): reading aliases, so an old link or one from a page in another language works.
LINK_KEYS = {"id": ("aktør", "aktor", "actor"), "steps": ("trin", "steps")}

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
    plurals: dict[str, dict[str, str]] = field(default_factory=dict)
    locale: str = ""
    link_keys: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    styles: dict = field(default_factory=dict)

    @property
    def actor_count(self) -> int:
        return sum(1 for node in self.nodes if node["kind"] == "actor")

    def counted(self, key: str, count: int, **values: object) -> str:
        """A sentence of :data:`PLURALS` with its figures, as the page script would say it."""
        numbers = {k: format_number(v, self.lang) if isinstance(v, int) else v for k, v in values.items()}
        return translate(PLURALS[key], self.lang, count).format(**numbers)

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
    lang : "da", "nb", "sv" or "en".
    cpr : with ``details``, show CPR-like numbers instead of "[CPR skjult]".
    """
    if layout not in LAYOUT_NAMES:
        raise MapOptionError("map-layout", value=layout, valid=", ".join(LAYOUT_NAMES))
    if color not in COLOR_NAMES:
        raise MapOptionError("map-color", value=color, valid=", ".join(COLOR_NAMES))
    lang = lang if lang in LANGS else "en"
    texts = _texts(lang)
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
        texts = {**texts, **THIN_TEXTS[lang]}
    data = MapData(title=title or texts["title"], lang=lang, layout=layout, color=color,
                   public=public, details=details and not public, nodes=nodes,
                   edges=edges, texts=texts, plurals=_plural_forms(lang),
                   locale=LOCALES[lang].replace("_", "-"), link_keys=_link_keys(),
                   labels=_labels(lang), styles=_styles(layout, thin))
    data.palettes = _palettes(graph, nodes, ids, lang)
    data.facets = _facets(graph, nodes, ids, lang)
    data.guides = _guides(graph, layout, lang)
    data.texts = {**texts, **_described(data, len(staff_ids))}
    return data


def _described(data: MapData, staff_count: int) -> dict[str, str]:
    """The sentences that carry the map's own figures: its name and description, the staff note."""
    t = data.texts
    layout = t["layout_" + data.layout]
    coloured = sum(1 for entry in data.palettes["staff"] if entry["key"].isdigit())
    uncoloured = next((entry["count"] for entry in data.palettes["staff"] if entry["key"] == "other"), 0)
    rest = sum(1 for node in data.nodes if node["kind"] == "staff") - coloured if uncoloured else 0
    lang = data.lang
    return {"map_name": t["map_name"].format(layout=layout),
            "map_description": gettext(MAP_DESCRIPTION, lang).format(
                actors=_counted(ACTORS_COUNT, data.actor_count, lang),
                staff=_counted(STAFF_COUNT, staff_count, lang), about=t["about_" + data.layout]),
            "staff_note": _counted(STAFF_NOTE, coloured, lang) if rest else ""}


def _counted(marked: tuple[str, str], n: int, lang: str) -> str:
    """A sentence with the count ``n`` in ``lang``: its plural form, and the number as Babel writes it."""
    return translate(marked, lang, n).format(n=format_number(n, lang))


def _texts(lang: str) -> dict[str, str]:
    """Every text the page and its script read, in ``lang`` (sentences with a count: see PLURALS)."""
    return {**TEXTS[lang], **FORMATS,
            **{f"ego_step_{n}": _counted(STEPS_COUNT, n, lang) for n in EGO_STEPS}}


def _plural_forms(lang: str) -> dict[str, dict[str, str]]:
    """Each sentence of PLURALS in every form ``lang`` has, keyed by CLDR's plural category.

    The page script picks the form with ``Intl.PluralRules`` for the page's locale, the same
    CLDR rules Babel has; the catalogue's own plural rule chooses the text for each category, as
    ngettext would for the smallest whole number in it (1 is 'one' in all four languages).
    """
    rule = Locale.parse(LOCALES[lang]).plural_form
    samples: dict[str, int] = {}
    for n in range(1000):
        samples.setdefault(rule(n), n)
    return {key: {category: translate(marked, lang, n) for category, n in samples.items()}
            for key, marked in PLURALS.items()}


def _link_keys() -> dict[str, list[str]]:
    """The keys the page reads a link to the ego view with: every language's, and the old aliases."""
    keys = {"id": list(LINK_KEYS["id"]), "steps": list(LINK_KEYS["steps"])}
    for lang in LANGS:
        for name, key in (("id", "ego_key_id"), ("steps", "ego_key_steps")):
            word = TEXTS[lang][key]
            if word not in keys[name]:
                keys[name].append(word)
    return keys


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


# TRANSLATORS: a date in the map's details panel, as a CLDR pattern (dd day, MM month, yyyy year).
DATE_PATTERN = NC_("map: date pattern, CLDR", "yyyy-MM-dd")


def _date_text(value: dt.date, lang: str) -> str:
    """A date in the details panel, in the pattern the catalogue gives (01.10.2025 in Danish)."""
    return babel_date(value, translate(DATE_PATTERN, lang), locale=LOCALES[lang])


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
            "outline": OUTLINE, "marks": LEVEL_MARKS, "level_fills": {k: v[0] for k, v in LEVEL_COLORS.items()},
            "lines": THIN_LINES if thin else LINE_STYLES, "thin": thin, "relation": RELATION_COLOR, "employs": EMPLOYS_COLOR,
            "employs_dashes": EMPLOYS_DASHES,
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
            text = (FORMATS["ring_count"] if ring.count else t["ring_empty"]).format(
                label=label, n=format_number(ring.count, lang))
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
            levels = [{"text": FORMATS["area_level"].format(label=LEVEL_LABELS[lang][lv],
                                                            n=format_number(serving[area.key][lv], lang)),
                       "color": LEVEL_COLORS[lv][1]} for lv in reversed(LEVELS)]
            box.update(label=SPACE_LABELS[lang][area.key], color=SPACE_COLORS[area.key][0],
                       border=SPACE_COLORS[area.key][1], empty=total == 0,
                       lines=[{"text": _counted(ACTORS_COUNT, total, lang)}, *levels] if total
                       else [{"text": t["area_empty"]}])
        elif area.key == layouts.NO_SPACE:
            count = counts[layouts.NO_SPACE]
            box.update(label=t["area_none"], color="#9e9e9e", border="#4b5563", empty=count == 0,
                       lines=[{"text": _counted(ACTORS_COUNT, count, lang) if count else t["area_empty"]}])
        else:
            box.update(label=t["area_house"], color="#6b7280", border="#374151", empty=False, lines=[])
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


# --- the ego view: one node and its nearest ------------------------------------------------

EGO_STEPS = (1, 2)
EGO_EDGE_KINDS = ("holds", "relation")


def ego_nodes(graph: nx.Graph, centre: str, steps: int) -> dict[str, int]:
    """The ego view around ``centre``: each node at most ``steps`` steps out, with its step.

    A step goes along a staff member's contact (``holds``) or a relation between two
    actors (``relation``). The library is no step: every staff member works there and
    many actors are linked to it, so through the house every node would be two steps
    from every other. Around an actor, step 1 is the staff holding it and the actors it
    has a relation with; step 2 is those staff members' other actors and the relations'
    own staff and relations. Around a staff member, step 1 is the actors they hold. The
    map page computes the same set in the browser (``assets/map.js``, ``egoSteps``).

    >>> g = nx.Graph()
    >>> g.add_nodes_from([("library", {"kind": "library"}), ("s", {"kind": "staff"}),
    ...                   ("a", {"kind": "actor"}), ("b", {"kind": "actor"}), ("c", {"kind": "actor"})])
    >>> g.add_edges_from([("library", "s", {"kind": "employs"}), ("s", "a", {"kind": "holds"}),
    ...                   ("a", "b", {"kind": "relation"}), ("library", "c", {"kind": "direct"})])
    >>> ego_nodes(g, "b", 2)
    {'b': 0, 'a': 1, 's': 2}
    """
    if steps not in EGO_STEPS:
        raise ValueError(f"steps must be one of {EGO_STEPS}, not {steps!r}")
    found = {centre: 0}
    ring = [centre]
    for step in range(1, steps + 1):
        out = []
        for node in ring:
            for other, attrs in graph.adj[node].items():
                if attrs.get("kind") in EGO_EDGE_KINDS and other not in found:
                    found[other] = step
                    out.append(other)
        ring = out
    return found


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
