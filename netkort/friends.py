"""The "Venner af Huset" board: one card per actor, with the staff member who holds it.

The guide "Byg partnerskaber!" describes the business-card board at the
entrance of Musicon in Roskilde and suggests writing on every card which
member of staff knows the contact. :func:`board` builds that board from the
graph as plain data (a :class:`Board` of :class:`Group` s of :class:`Card` s);
:func:`write_board` renders it as a printable page and :func:`write_board_xlsx`
as a table. Nothing here reads an e-mail address, a phone number or a note:
a card is name, type, relation level and staff, taken through
:func:`netkort.privacy.visible_actor`, so ``public=True`` turns private
persons into "Privatperson".

Grouping: by library space (the default), sector, staff member, type or
relation level. An actor that belongs to several groups (two spaces, two
staff members) gets a card in each; for spaces the card says where else it
is ("også i Møderummet"). Actors with no value for the grouping come last
("Uden rum"). Within a group, cards are in Danish alphabetical order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .care import holders
from .graph import actors, staff
from .i18n import legacy
from .privacy import TEXT_LIMIT, public_names, shown_name, shown_text, visible_actor
from .problems import UsageError
from .text import by_name, name_key
from .vocabulary import LEVEL_LABELS, LEVELS, SECTOR_LABELS, SECTORS, SPACE_LABELS, SPACES

GROUP_BY: tuple[str, ...] = ("space", "sector", "staff", "type", "level")
PAPERS: tuple[str, ...] = ("a4", "a3")

TEXTS = legacy({
    "da": {
        "title": "Venner af Huset",
        "intro": "Husets eksterne kontakter, og hvem af os der kender dem.",
        "contact": "Kontakt", "also": "også i", "and": "og",
        "actors": "aktører", "actor": "aktør", "staff": "medarbejdere", "cards": "kort",
        "grouped": {"space": "grupperet efter rum", "sector": "grupperet efter sektor",
                    "staff": "grupperet efter medarbejder", "type": "grupperet efter type",
                    "level": "grupperet efter relation"},
        "none": {"space": "Uden rum", "sector": "Uden sektor", "staff": "Uden medarbejder",
                 "type": "Uden type", "level": "Uden relationsniveau"},
        "unknown_level": "ukendt niveau",
        "public_note": "Privatpersoner vises som \u201dPrivatperson\u201d og aktører, der ikke er kendt "
                       "som en organisation, som \u201dUkendt aktør\u201d.",
        "print_note": "Klar til udskrift på {paper} (stående): hver gruppe begynder på et nyt ark, "
                      "og intet kort deles over to ark.",
        "contents": "Indhold",
        "columns": ["Gruppe", "Navn", "Type", "Relation", "Medarbejder", "Også i"],
    },
    "en": {
        "title": "Friends of the House",
        "intro": "The house's external contacts, and which of us knows them.",
        "contact": "Contact", "also": "also in", "and": "and",
        "actors": "actors", "actor": "actor", "staff": "staff members", "cards": "cards",
        "grouped": {"space": "grouped by space", "sector": "grouped by sector",
                    "staff": "grouped by staff member", "type": "grouped by type",
                    "level": "grouped by relation level"},
        "none": {"space": "No space", "sector": "No sector", "staff": "No staff member",
                 "type": "No type", "level": "No relation level"},
        "unknown_level": "unknown level",
        "public_note": "Private persons are shown as \u201cPrivate person\u201d and actors not known "
                       "to be organisations as \u201cUnknown actor\u201d.",
        "print_note": "Ready to print on {paper} portrait: each group starts on a new sheet and no "
                      "card is split across sheets.",
        "contents": "Contents",
        "columns": ["Group", "Name", "Type", "Relation", "Staff", "Also in"],
    },
})


class GroupByError(UsageError):
    """A grouping the board does not know."""

    def __init__(self, group_by: str):
        super().__init__("group-by", value=group_by, valid=", ".join(GROUP_BY))


@dataclass(frozen=True)
class Card:
    """One actor as the board shows it: nothing else about the actor reaches the page."""

    name: str
    type: str = ""
    level: str | None = None  # network | cooperation | partnership, None when unknown
    staff: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # labels of the other groups the actor is in

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "level": self.level,
                "staff": list(self.staff), "also": list(self.also)}


@dataclass
class Group:
    """A heading on the board and its cards, in name order; ``key`` is None for the last group."""

    key: str | None
    label: str
    cards: list[Card] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.cards)

    def to_dict(self) -> dict:
        return {"key": self.key, "label": self.label, "count": self.count,
                "cards": [card.to_dict() for card in self.cards]}


@dataclass
class Board:
    """The whole board: groups of cards plus the figures its header shows."""

    title: str
    group_by: str
    lang: str
    public: bool
    groups: list[Group]
    actors: int
    staff: int
    levels: dict[str, int]  # distinct actors per level (and None for unknown)

    @property
    def cards(self) -> int:
        return sum(group.count for group in self.groups)

    def to_dict(self) -> dict:
        return {"title": self.title, "group_by": self.group_by, "lang": self.lang,
                "public": self.public, "actors": self.actors, "staff": self.staff,
                "cards": self.cards, "groups": [group.to_dict() for group in self.groups]}


def board(graph: nx.Graph, group_by: str = "space", *, public: bool = False, lang: str = "da",
          title: str | None = None) -> Board:
    """The "Venner af Huset" board of ``graph``, grouped by ``group_by``.

    Parameters
    ----------
    graph:
        The network from :func:`netkort.network.load`.
    group_by:
        ``space`` (default), ``sector``, ``staff``, ``type`` or ``level``.
    public:
        Show private persons as "Privatperson" (for a board that hangs where
        guests see it).
    lang:
        ``da`` or ``en`` for headings and labels.
    title:
        The heading; "Venner af Huset" by default.
    """
    if group_by not in GROUP_BY:
        raise GroupByError(group_by)
    texts = TEXTS[lang]
    raw = holders(graph)
    staff_names = {name: shown_name(name, lang) for names in raw.values() for name in names}
    held = {actor: [staff_names[name] for name in names] for actor, names in raw.items()}
    hidden = public_names(graph.nodes(data=True), lang) if public else {}
    actor_ids = actors(graph)
    visible = {actor: visible_actor(graph.nodes[actor], public=public, lang=lang,
                                    label=hidden.get(actor, "") if public else None) for actor in actor_ids}
    # a public board groups by what it shows: an actor it does not name only by level and
    # space, and by type under the name it shows ("Privatperson"), never by its own type
    keys_of, labels, order = _grouping(graph, group_by, held, lang, visible if public else None, hidden)
    members: dict[str | None, list[Card]] = {key: [] for key in order}
    levels: dict[str | None, int] = dict.fromkeys([*LEVELS, None], 0)
    for actor in actor_ids:
        shown = visible[actor]
        levels[shown.get("level")] = levels.get(shown.get("level"), 0) + 1
        keys = keys_of(actor) or [None]
        for key in keys:
            also = ()
            if group_by == "space":
                also = tuple(labels[k] for k in keys if k != key)
            members[key].append(Card(name=shown.get("name", ""), type=shown.get("type", ""),
                                     level=shown.get("level"), staff=tuple(held.get(actor, ())),
                                     also=also))
    groups = []
    for key in order:
        cards = sorted(members[key], key=_card_order)
        if cards:
            groups.append(Group(key, labels[key] if key is not None else texts["none"][group_by], cards))
    return Board(title=title or texts["title"], group_by=group_by, lang=lang, public=public,
                 groups=groups, actors=len(actor_ids), staff=len(staff(graph)), levels=levels)


def _card_order(card: Card) -> tuple:
    return (by_name(card.name), by_name(card.type), [by_name(s) for s in card.staff])


def _grouping(graph: nx.Graph, group_by: str, held: dict[str, list[str]], lang: str,
              shown: dict[str, dict] | None = None, hidden: dict[str, str] | None = None
              ) -> tuple[Callable[[str], list[str]], dict[str, str], list[str | None]]:
    """For a grouping: the group keys of an actor, each key's heading, and the group order.

    ``shown`` is what a public board shows of each actor (by default, everything), and
    ``hidden`` the name it shows for each actor it does not name, grouped by type under it.
    """
    fields = (lambda a: shown[a]) if shown is not None else (lambda a: graph.nodes[a])
    if group_by == "space":
        labels = dict(SPACE_LABELS[lang])
        return (lambda a: [s for s in SPACES if s in fields(a).get("spaces", ())],
                labels, [*SPACES, None])
    if group_by == "sector":
        labels = {s: _capital(SECTOR_LABELS[lang][s]) for s in SECTORS}
        return (lambda a: [fields(a)["sector"]] if fields(a).get("sector") in labels else [],
                labels, [*SECTORS, None])
    if group_by == "level":
        labels = {level: _capital(LEVEL_LABELS[lang][level]) for level in LEVELS}
        return (lambda a: [fields(a)["level"]] if fields(a).get("level") in labels else [],
                labels, [*reversed(LEVELS), None])
    if group_by == "staff":
        names = sorted({name for people in held.values() for name in people}, key=by_name)
        labels = {name: name for name in names}
        return (lambda a: list(held.get(a, ())), labels, [*names, None])
    # type: free text, so spellings that differ only in case or spacing are one group
    types = {actor: (hidden or {}).get(actor) or fields(actor).get("type") for actor in actors(graph)}
    labels = {}
    for kind in types.values():
        if kind:
            labels.setdefault(name_key(kind), _capital(shown_text(kind, TEXT_LIMIT, (), lang)))
    order = sorted(labels, key=lambda k: by_name(labels[k]))
    return (lambda a: [name_key(types[a])] if types.get(a) else [], labels, [*order, None])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def joined(names: list[str] | tuple[str, ...], lang: str = "da") -> str:
    """'Mette Kjær, Jens Berg og Sofie Lund': a list as a sentence says it."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {TEXTS[lang]['and']} " + names[-1]


def also_text(labels: tuple[str, ...], lang: str = "da") -> str:
    """'også i Møderummet og det performative rum' for the other spaces a card is in."""
    if not labels:
        return ""
    # "Det performative rum" is a name with an article; mid-sentence it takes a small letter.
    shown = [label[0].lower() + label[1:] if lang == "da" and label.startswith("Det ") else label
             for label in labels]
    return f"{TEXTS[lang]['also']} {joined(shown, lang)}"


# Advance widths of bold Helvetica/Arial (Liberation Sans Bold has the same), in thousandths of
# the font size; letters with accents take their base letter's width.
_BOLD_WIDTHS = {
    **dict.fromkeys("ABCDHKNRU", 722), **dict.fromkeys("EPSVXY", 667), **dict.fromkeys("FLTZ", 611),
    **dict.fromkeys("GOQØ", 778), "I": 278, "J": 556, "M": 833, "W": 944, "Æ": 1000,
    **dict.fromkeys("aceksvxy", 556), **dict.fromkeys("bdghnopquø", 611), **dict.fromkeys("ft-()", 333),
    **dict.fromkeys("ijl.,/'", 278), "m": 889, "r": 389, "w": 778, "z": 500, "æ": 889, "&": 722,
    **dict.fromkeys("0123456789", 556),
}
_WORD = re.compile(r"[^\s\-\u2010]+[\-\u2010]?")


def widest_word(text: str) -> float:
    """The width of the widest word of ``text`` in bold Helvetica, in ems (1 em = the font size).

    A card's name is set no larger than lets this word fit on one line of the card (the page
    does that with ``--word``), so names wrap between words, never inside one. A line may
    end after a hyphen ("Al-" / "Sayed").
    """
    def width(char: str) -> int:
        base = unicodedata.normalize("NFD", char)[:1] if char not in _BOLD_WIDTHS else char
        return _BOLD_WIDTHS.get(base, 611)

    return round(max((sum(width(c) for c in word) for word in _WORD.findall(text)), default=0) / 1000, 2)


def write_board(data: Board, path: Path | str, paper: str = "a4") -> Path:
    """Write the board as a printable, self-contained HTML page (A4 or A3 portrait)."""
    from .render import write_page

    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    lang = data.lang
    return write_page(path, "friends.html", board=data, t=TEXTS[lang], paper=paper,
                      level_labels=LEVEL_LABELS[lang], levels=list(reversed(LEVELS)),
                      joined=joined, also_text=also_text, widest_word=widest_word)


def board_rows(data: Board) -> list[list[str]]:
    """The board as table rows: group, name, type, level, staff, also in."""
    labels = LEVEL_LABELS[data.lang]
    return [[group.label, card.name, card.type, labels.get(card.level, "") if card.level else "",
             "; ".join(card.staff), "; ".join(card.also)]
            for group in data.groups for card in group.cards]


def write_board_xlsx(data: Board, path: Path | str) -> Path:
    """Write the board as a one-sheet workbook; every cell is text, never a formula."""
    from .spreadsheet import add_table, new_workbook

    path = Path(path)
    with new_workbook(path) as book:
        add_table(book, data.title or TEXTS[data.lang]["title"], TEXTS[data.lang]["columns"],
                  board_rows(data))
    return path
