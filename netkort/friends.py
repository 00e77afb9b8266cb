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
from babel.lists import format_list

from .care import holders
from .graph import actors, staff
from .i18n import LOCALES, N_, NC_, Labels, gettext, translate
from .privacy import TEXT_LIMIT, public_names, shown_name, shown_text, visible_actor
from .problems import UsageError
from .text import by_name, name_key
from .vocabulary import LEVEL_LABELS, LEVELS, SECTOR_LABELS, SECTORS, SPACE_LABELS, SPACES

GROUP_BY: tuple[str, ...] = ("space", "sector", "staff", "type", "level")
PAPERS: tuple[str, ...] = ("a4", "a3")

# Every word of the board: English msgids, said in the board's language. The page's own sentences
# are in templates/friends.html; these are the ones Python says too (headings, the xlsx sheet).
TEXTS = Labels({
    # TRANSLATORS: the board's title. The guide Byg partnerskaber! (S7 in terms.md) calls the board
    # at Musicon "Venner af Huset" and also writes "Husets venner"; nb/sv have no established name:
    # Husets venner, Husets vänner (our proposal).
    "title": N_("Friends of the House"),
    "unknown_level": NC_("friends board", "unknown level"),
})
GROUPED = Labels({"space": N_("grouped by space"), "sector": N_("grouped by sector"),
                  "staff": N_("grouped by staff member"), "type": N_("grouped by type"),
                  "level": N_("grouped by relation level")})
NONE = Labels({"space": N_("No space"), "sector": N_("No sector"), "staff": N_("No staff member"),
               "type": N_("No type"), "level": N_("No relation level")})
COLUMNS = Labels({"group": NC_("friends sheet column", "Group"), "name": NC_("friends sheet column", "Name"),
                  "type": NC_("friends sheet column", "Type"), "level": NC_("friends sheet column", "Relation"),
                  "staff": NC_("friends sheet column", "Staff"), "also": NC_("friends sheet column", "Also in")})
# TRANSLATORS: the other spaces a card is in: "also in the Meeting space and the Learning space".
ALSO = N_("also in {places}")
# TRANSLATORS: the words a space's name may begin with that are written small inside a sentence
# ("Det performative rum" -> "også i det performative rum"), separated by |. Write - for none.
ARTICLES = NC_("friends board: articles, separated by |", "The")


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
        ``da``, ``nb``, ``sv`` or ``en`` for headings and labels.
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
            groups.append(Group(key, labels[key] if key is not None else NONE[lang][group_by], cards))
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
    """'Mette Kjær, Jens Berg og Sofie Lund': a list as a sentence in ``lang`` says it (Babel, CLDR)."""
    names = list(names)
    return format_list(names, locale=LOCALES[lang]) if names else ""


def also_text(labels: tuple[str, ...], lang: str = "da") -> str:
    """'også i Møderummet og det performative rum' for the other spaces a card is in."""
    if not labels:
        return ""
    # "Det performative rum" is a name with an article; mid-sentence it takes a small letter.
    articles = {word.strip() for word in translate(ARTICLES, lang).split("|")} - {"", "-"}
    shown = [label[0].lower() + label[1:] if label.split(" ", 1)[0] in articles and " " in label else label
             for label in labels]
    return gettext(ALSO, lang).format(places=joined(shown, lang))


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
    return write_page(path, "friends.html", board=data, t=TEXTS[lang], grouped=GROUPED[lang][data.group_by],
                      paper=paper, level_labels=LEVEL_LABELS[lang], levels=list(reversed(LEVELS)),
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
        add_table(book, data.title or TEXTS[data.lang]["title"], list(COLUMNS[data.lang].values()),
                  board_rows(data))
    return path
