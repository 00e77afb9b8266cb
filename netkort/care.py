"""The care list: what a network needs looking after ("Har du tjek på…").

The guide "Byg partnerskaber!" asks of every partnership: is there an
agreement, an evaluation plan, a responsible person, regular contact? This
module checks what the contact sheet can show:

- partnerships without an agreement (none recorded, or ``ingen``);
- partnerships whose next evaluation is missing or due (on or before the
  ``as_of`` date);
- relations not touched for more than ``stale_months`` months, counted per
  actor from the house's latest contact (if anyone at the library spoke to
  the actor recently, the relation is alive); actors with no contact date are
  not called stale, since there is nothing to count from; partnerships are
  listed first;
- key-person risk: partnerships held by exactly one staff member, and
  partnerships held by nobody (linked straight to the library);
- actors held by two or more staff members (who may not know of each other);
- possible duplicates: similar names, scored 0-100;
- staff load: the relations each staff member holds, by level.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from .duplicates import similar_names
from .graph import actors, staff
from .text import by_name
from .vocabulary import AGREEMENT_RANK, LEVEL_RANK, LEVELS

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_STALE_MONTHS = 12

def holders(graph: nx.Graph) -> dict[str, list[str]]:
    """For every actor id, the names of the staff members holding it, in name order."""
    held: dict[str, list[str]] = {actor: [] for actor in actors(graph)}
    people = {node: data["name"] for node, data in graph.nodes(data=True) if data.get("kind") == "staff"}
    for u, v, kind in graph.edges(data="kind"):
        if kind == "holds":
            person, actor = (u, v) if u in people else (v, u)
            if actor in held and person in people:
                held[actor].append(people[person])
    for names in held.values():
        if len(names) > 1:
            names.sort(key=by_name)
    return held


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (31 March - 1 month = 28/29 February).

    Before the year 1 is the first day there is: nothing was in contact before it.
    """
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    if year < dt.MINYEAR:
        return dt.date.min
    if year > dt.MAXYEAR:
        return dt.date.max
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day in {year}-{month}")  # unreachable: every month has 28 days


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


@dataclass(frozen=True)
class Held:
    """An actor and the staff members who hold it."""

    name: str
    staff: tuple[str, ...]
    level: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "staff": list(self.staff)}


@dataclass(frozen=True)
class Stale:
    """A relation with no contact since ``last_contact`` (``months`` months before ``as_of``)."""

    name: str
    staff: tuple[str, ...]
    level: str | None
    last_contact: dt.date
    months: int

    def to_dict(self) -> dict:
        return {"name": self.name, "staff": list(self.staff), "level": self.level,
                "last_contact": self.last_contact.isoformat(), "months": self.months}


@dataclass(frozen=True)
class MissingAgreement:
    """A partnership with no agreement recorded (``None``) or recorded as ``none``."""

    name: str
    staff: tuple[str, ...]
    agreement: str | None

    def to_dict(self) -> dict:
        return {"name": self.name, "staff": list(self.staff), "agreement": self.agreement}


@dataclass(frozen=True)
class EvaluationDue:
    """A partnership with no evaluation date, or one on or before ``as_of``."""

    name: str
    staff: tuple[str, ...]
    next_evaluation: dt.date | None

    @property
    def reason(self) -> str:
        return "missing" if self.next_evaluation is None else "due"

    def to_dict(self) -> dict:
        date = self.next_evaluation.isoformat() if self.next_evaluation else None
        return {"name": self.name, "staff": list(self.staff), "next_evaluation": date,
                "reason": self.reason}


@dataclass(frozen=True)
class Duplicate:
    """Two names that may be one actor, with their similarity (0-100)."""

    names: tuple[str, str]
    score: int

    def to_dict(self) -> dict:
        return {"names": list(self.names), "score": self.score}


@dataclass(frozen=True)
class StaffLoad:
    """The relations one staff member holds, counted by the level of each relation."""

    name: str
    department: str | None
    levels: dict[str, int]
    total: int

    def to_dict(self) -> dict:
        return {**self.levels, "total": self.total}


@dataclass
class Care:
    """Everything on the care list; each list is ordered for reading."""

    as_of: dt.date
    stale_months: int
    key_person: list[Held] = field(default_factory=list)
    no_staff: list[Held] = field(default_factory=list)
    multi_staff: list[Held] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    missing_agreement: list[MissingAgreement] = field(default_factory=list)
    evaluation_due: list[EvaluationDue] = field(default_factory=list)
    staff_load: list[StaffLoad] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "key_person": [item.name for item in self.key_person],
            "no_staff": [item.name for item in self.no_staff],
            "multi_staff": [item.to_dict() for item in self.multi_staff],
            "duplicates": [item.to_dict() for item in self.duplicates],
            "stale": [item.to_dict() for item in self.stale],
            "missing_agreement": [item.to_dict() for item in self.missing_agreement],
            "evaluation_due": [item.to_dict() for item in self.evaluation_due],
            "staff_load": {item.name: item.to_dict() for item in self.staff_load},
        }

    def frame(self, kind: str) -> pd.DataFrame:
        """One care list as a DataFrame, in the order of ``netkort analyse --json``.

        Needs pandas. ``kind`` is one of the lists: ``key_person``, ``no_staff`` and
        ``multi_staff`` (name, staff, level), ``duplicates`` (a, b, score), ``stale`` (name,
        staff, level, last_contact, months), ``missing_agreement`` (name, staff, agreement),
        ``evaluation_due`` (name, staff, next_evaluation, reason) or ``staff_load`` (name,
        department, a count per level, total).

        Examples
        --------
        >>> import datetime, netkort
        >>> care = netkort.analyse(netkort.load([netkort.sample()]), as_of=datetime.date(2025, 10, 1)).care
        >>> care.frame("stale")[["name", "level", "last_contact", "months"]].head(3)
                            name        level last_contact  months
        0      Lektiecafé Søholm  partnership   2024-01-20      20
        1             VUC Søholm  partnership   2024-01-21      20
        2  Fritidsklubben Egeris  partnership   2024-01-23      20
        >>> care.frame("staff_load").head(3)
                      name        department  network  cooperation  partnership  total
        0        Jens Berg  Kultur og events       22           18           11     53
        1  Anne-Marie Holm  Voksne og læring       32           14            5     52
        2       Sofie Lund  Kultur og events       19           20           10     50
        """
        from .frames import care

        return care(self, kind)


def partnership_relations(graph: nx.Graph, actor: str) -> list[tuple[str | None, dict]]:
    """The relations that make ``actor`` a partnership: (staff name or None, edge data).

    The checklist is about the partnership itself: who holds it, its agreement and its
    evaluation date come from these relations, not from the actor's other, looser ones
    (a network contact's contract must not hide a partnership without an agreement).
    """
    found = []
    for _, other, data in graph.edges(actor, data=True):
        if data.get("kind") in ("holds", "direct") and data.get("level") == "partnership":
            person = graph.nodes[other]["name"] if data["kind"] == "holds" else None
            found.append((person, data))
    return found


def care(graph: nx.Graph, as_of: dt.date, stale_months: int = DEFAULT_STALE_MONTHS) -> Care:
    """The care list of ``graph`` on the day ``as_of``."""
    held = holders(graph)
    nodes = dict(graph.nodes(data=True))
    result = Care(as_of=as_of, stale_months=stale_months)
    cutoff = months_before(as_of, stale_months)
    for actor in sorted(held, key=lambda a: by_name(nodes[a]["name"])):
        data = nodes[actor]
        name, people, level = data["name"], tuple(held[actor]), data.get("level")
        partnership = level == "partnership"
        relations = partnership_relations(graph, actor) if partnership else []
        keepers = tuple(sorted({p for p, _ in relations if p}, key=by_name))
        if partnership and len(keepers) == 1:
            result.key_person.append(Held(name, keepers, level))
        if partnership and not keepers:
            result.no_staff.append(Held(name, keepers, level))
        if len(people) >= 2:
            result.multi_staff.append(Held(name, people, level))
        last = data.get("last_contact")
        if last is not None and last < cutoff:
            result.stale.append(Stale(name, people, level, last, months_between(last, as_of)))
        agreements = [d["agreement"] for _, d in relations if d.get("agreement")]
        agreement = max(agreements, key=AGREEMENT_RANK.__getitem__) if agreements else None
        if partnership and agreement in (None, "none"):
            result.missing_agreement.append(MissingAgreement(name, keepers or people, agreement))
        evaluations = [d["next_evaluation"] for _, d in relations if d.get("next_evaluation")]
        evaluation = min(evaluations) if evaluations else None
        if partnership and (evaluation is None or evaluation <= as_of):
            result.evaluation_due.append(EvaluationDue(name, keepers or people, evaluation))
    # partnerships first (they need the care most), then the longest silence
    result.stale.sort(key=lambda item: (-LEVEL_RANK.get(item.level, -1), item.last_contact,
                                        by_name(item.name)))
    result.evaluation_due.sort(key=lambda item: (item.next_evaluation is not None,
                                                 item.next_evaluation or as_of, by_name(item.name)))
    names = [nodes[actor]["name"] for actor in held]
    result.duplicates = [Duplicate((a, b), score) for a, b, score in similar_names(names)]
    result.staff_load = staff_load(graph)
    return result


def staff_load(graph: nx.Graph) -> list[StaffLoad]:
    """Relations per staff member, busiest first; staff holding nothing are listed with 0."""
    counts = {person: dict.fromkeys(LEVELS, 0) for person in staff(graph)}
    totals = dict.fromkeys(counts, 0)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") != "holds":
            continue
        person = u if u in counts else v
        totals[person] += 1
        if data.get("level") in LEVELS:
            counts[person][data["level"]] += 1
    nodes = dict(graph.nodes(data=True))
    loads = [StaffLoad(nodes[p]["name"], nodes[p].get("department"), counts[p], totals[p]) for p in counts]
    return sorted(loads, key=lambda load: (-load.total, by_name(load.name)))
