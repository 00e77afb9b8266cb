"""The interest analysis (interessentanalyse): influence × interest in four quadrants.

Each actor scored 1-5 on influence (indflydelse) and interest (påvirkning /
interesse) lands in one quadrant. A score counts as *high* when it is at least
the threshold, 4 by default: a 3 sits on the line and counts as low, so only
clear cases are "managed closely". The quadrants carry the workshop poster's
Danish names and Mendelow's English ones, with the strategy each suggests.
Actors missing either score are "not assessed", never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from .graph import actors
from .i18n import N_, NC_, Labels
from .text import by_name

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_THRESHOLD = 4
QUADRANTS: tuple[str, ...] = ("manage-closely", "keep-satisfied", "keep-informed", "monitor")
QUADRANT_LABELS = Labels({
    # TRANSLATORS: the interest analysis's quadrants (influence x interest; Mendelow 1991). The Danish are
    #   project management's names (Stadsrevisionen, 'Interessent', stadsrevisionen.dk): Ressourcepersoner,
    #   Grå eminencer, Gidsler, Eksterne interessenter. nb and sv do not use those metaphors: nb
    #   Nøkkelpersoner (UNN, 'Interessentanalyse': 'Nøkkelpersoner som må engasjeres'), sv Nyckelpersoner
    #   (Avdragslexikon, 'Mendelows matris').
    "manage-closely": NC_("quadrant", "Manage closely"),
    # TRANSLATORS: nb 'Hold tilfreds' (UNN: 'Viktig å tilfredsstille'); sv 'Håll nöjda' (our proposal,
    #   after Mendelow's 'keep satisfied').
    "keep-satisfied": NC_("quadrant", "Keep satisfied"),
    # TRANSLATORS: nb 'Hold informert' (UNN: 'Bør holdes informert'); sv 'Håll informerade' (our proposal).
    "keep-informed": NC_("quadrant", "Keep informed"),
    # TRANSLATORS: nb 'Følg med', sv 'Bevaka': our proposals (UNN: 'Ikke bruke mye ressurser').
    "monitor": NC_("quadrant", "Monitor"),
})
QUADRANT_STRATEGIES = Labels({
    # TRANSLATORS: the strategy each quadrant suggests; it starts with the quadrant's strategy name.
    "manage-closely": N_("Involve closely: make them co-creators and include them in planning and decisions."),
    "keep-satisfied": N_("Keep satisfied: listen to them and keep their support without taking their time "
                         "on details."),
    "keep-informed": N_("Keep informed: tell them regularly what is happening and give them a voice."),
    "monitor": N_("Monitor: follow their stance and inform them as needed."),
})


def quadrant(influence: int, interest: int, threshold: int = DEFAULT_THRESHOLD) -> str:
    """The quadrant of a scored actor: a score ``>= threshold`` counts as high."""
    high_influence, high_interest = influence >= threshold, interest >= threshold
    if high_influence:
        return "manage-closely" if high_interest else "keep-satisfied"
    return "keep-informed" if high_interest else "monitor"


@dataclass(frozen=True)
class Scored:
    """One assessed actor and its quadrant."""

    name: str
    influence: int
    interest: int
    quadrant: str
    level: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "influence": self.influence, "interest": self.interest,
                "quadrant": self.quadrant}


@dataclass
class Interest:
    """Every scored actor in its quadrant, and the actors not assessed."""

    threshold: int
    actors: list[Scored] = field(default_factory=list)
    not_assessed: list[str] = field(default_factory=list)

    def by_quadrant(self) -> dict[str, list[Scored]]:
        """The assessed actors per quadrant, in :data:`QUADRANTS` order."""
        board: dict[str, list[Scored]] = {q: [] for q in QUADRANTS}
        for item in self.actors:
            board[item.quadrant].append(item)
        return board

    def to_dict(self) -> dict:
        return {"threshold": self.threshold, "actors": [a.to_dict() for a in self.actors],
                "not_assessed": list(self.not_assessed)}

    def frame(self) -> pd.DataFrame:
        """The assessed actors, strongest first: name, influence, interest, quadrant and level.

        Needs pandas. ``quadrant`` is ``manage-closely``, ``keep-satisfied``,
        ``keep-informed`` or ``monitor`` (see :data:`QUADRANT_LABELS` for the Danish
        names); the actors not assessed are in ``not_assessed``.

        Examples
        --------
        >>> import datetime, netkort
        >>> analysis = netkort.analyse(netkort.load([netkort.sample()]), as_of=datetime.date(2025, 10, 1))
        >>> scores = analysis.interest.frame()
        >>> scores.quadrant.value_counts().to_dict()
        {'monitor': 94, 'keep-informed': 59, 'keep-satisfied': 42, 'manage-closely': 26}
        """
        from .frames import interest

        return interest(self)


def interest(graph: nx.Graph, threshold: int = DEFAULT_THRESHOLD) -> Interest:
    """Place every actor with both scores in a quadrant; strongest first within the list."""
    result = Interest(threshold=threshold)
    nodes = dict(graph.nodes(data=True))
    for actor in actors(graph):
        data = nodes[actor]
        influence, concern = data.get("influence"), data.get("interest")
        if influence is None or concern is None:
            result.not_assessed.append(data["name"])
            continue
        result.actors.append(Scored(data["name"], influence, concern,
                                    quadrant(influence, concern, threshold), data.get("level")))
    result.actors.sort(key=lambda a: (-a.influence, -a.interest, by_name(a.name)))
    result.not_assessed.sort(key=by_name)
    return result
