"""What the projector and the participants' pages are sent: plain data built from the store.

Pure functions over a :class:`~netkort.workshop.store.Store`; the server caches
each by the store's version, so forty phones and a projector cost one build per change.
"""

from __future__ import annotations

from collections import Counter

from ..graph import actors
from ..interest import QUADRANT_LABELS, QUADRANTS
from ..map import build_map
from ..privacy import shown_name
from ..vocabulary import LEVEL_LABELS, LEVELS, SECTOR_LABELS, SPACE_LABELS, SPACES
from .store import Store
from .texts import figures

TICKER_LENGTH = 8


def space_counts(graph) -> dict[str, dict[str, int]]:
    """Actors per space and level (each actor once per space it serves, at its strongest level)."""
    counts = {space: Counter() for space in SPACES}
    for actor in actors(graph):
        data = graph.nodes[actor]
        level = data.get("level")
        for space in set(data.get("spaces", ())) & set(SPACES):
            if level in LEVELS:
                counts[space][level] += 1
    return {space: {level: counts[space][level] for level in LEVELS} for space in SPACES}


def projector_state(store: Store, layout: str, lang: str, version: int, initiative: str | None = None) -> dict:
    """The projector's whole picture: the map (as ``netkort map`` builds it), counts, ticker, interest grid."""
    entries = store.count()   # counted first: the map below holds at least these (entries are only added after)
    graph, _ = store.graph()
    data = build_map(graph, layout, "level", lang=lang)
    ticker = [{"participant": shown_name(e["participant"], lang), "name": shown_name(e["name"], lang),
               "level": e["level"]} for e in store.entries(latest=TICKER_LENGTH)]
    names = sorted({shown_name(str(graph.nodes[a]["name"]), lang) for a in actors(graph)}, key=str.casefold)
    placed = [{"name": shown_name(p["name"], lang), "influence": p["influence"], "interest": p["interest"]}
              for p in store.placements(initiative)] if initiative else []
    return {"version": version, "layout": layout, "map": data.page_data(), "counts": space_counts(graph),
            "entries": entries, "actors": len(names), "figures": figures(entries, len(names), lang), "ticker": ticker, "names": names,
            "initiative": initiative or "", "placed": placed, "personal": store.personal}


def participant_state(store: Store, lang: str, version: int) -> dict:
    """What every phone needs to suggest names: each actor once, with its type and sector."""
    found = store.actors()
    listed = [{"name": shown_name(a["name"], lang), "type": a.get("type", ""),
               "sector": a.get("sector", "")} for a in found.values()]
    listed.sort(key=lambda a: a["name"].casefold())
    return {"version": version, "actors": listed}


def labels(lang: str) -> dict:
    """The controlled vocabularies' labels and the quadrants' names, for the pages' scripts."""
    return {"level": LEVEL_LABELS[lang], "sector": SECTOR_LABELS[lang], "space": SPACE_LABELS[lang],
            "quadrant": QUADRANT_LABELS[lang], "quadrants": list(QUADRANTS), "levels": list(LEVELS),
            "spaces": list(SPACES)}
