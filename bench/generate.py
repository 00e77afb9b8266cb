"""Deterministic large contact workbooks for the benchmark.

``make_workbook(20000, path)`` writes a workbook shaped like a county's joint
network: multi-valued spaces and target groups, one to three staff members per
actor, real Excel dates, scores, notes and a Relations sheet. The same ``n``
always gives the same file content, so figures from two runs compare.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

TYPES = ["forening", "uddannelse", "kulturinstitution", "virksomhed", "kommunal forvaltning",
         "borger", "frivillig", "medie", "region/stat"]
SECTOR_OF = {"forening": "civilsamfund", "uddannelse": "offentlig", "kulturinstitution": "offentlig",
             "virksomhed": "privat", "kommunal forvaltning": "offentlig", "borger": "civilsamfund",
             "frivillig": "civilsamfund", "medie": "privat", "region/stat": "offentlig"}
LEVELS = ["netværk"] * 11 + ["samarbejde"] * 6 + ["partnerskab"] * 3
SPACES = ["Læring", "Møderum", "Inspiration", "Det performative rum", "Læringsrummet", "møde"]
GROUPS = ["børn", "unge", "familier", "voksne", "seniorer", "nydanskere", "studerende", "erhverv"]
AGREEMENTS = ["ingen", "mundtlig", "samarbejdsaftale", "kontrakt"]
WORDS = ["Nord", "Syd", "Øster", "Vester", "Å", "Skov", "Strand", "Bakke", "Mølle", "Kirke", "Torve",
         "Havne", "Engby", "Fjord", "Lyng", "Bøge"]
KINDS = ["Forening", "Skole", "Klub", "Center", "Kor", "Museum", "Teater", "Aftenskole", "Netværk",
         "Avis", "Bibliotek", "Hus", "Festival", "Gruppe", "Værksted"]
FIRST = ["Mette", "Søren", "Anne", "Jens", "Fatima", "Lars", "Pia", "Kasper", "Camilla", "Birgitte",
         "Ahmed", "Sofie", "Henrik", "Lone", "Thomas", "Emine", "Kristian", "Ole", "Hanne", "Bo"]
LAST = ["Kjær", "Ødegaard", "Holm", "Berg", "Al-Sayed", "Vestergaard", "Mortensen", "Friis", "Brix",
        "Nørgaard", "Lund", "Skov", "Pedersen", "Rasmussen", "Lauridsen", "Larsen", "Jensen", "Dahl"]
HEADER = ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Telefon", "Medarbejder", "Relation",
          "Rum", "Målgrupper", "Indflydelse", "Interesse", "Aftale", "Start", "Sidste kontakt",
          "Næste evaluering", "Aktiviteter", "Tema", "Noter", "Webside"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def rows(n: int, seed: int | None = None) -> tuple[list[list], list[list], list[list]]:
    """Contacts, relations and staff rows for ``n`` actors."""
    rng = random.Random(n if seed is None else seed)
    staff_count = max(3, n // 40)
    staff = list(dict.fromkeys(f"{_person(rng)} {i}" for i in range(staff_count)))
    base = dt.date(2026, 11, 1)
    contacts = []
    for i in range(n):
        kind = rng.choice(TYPES)
        name = f"{rng.choice(WORDS)}{rng.choice(['', 'by ', 'lund ', 'holm '])}{rng.choice(KINDS)} {i}"
        level = rng.choice(LEVELS)
        holders = rng.sample(staff, k=rng.choice([1, 1, 1, 2, 2, 3]))
        scored = rng.random() < 0.7
        contacts.append([
            name, kind, SECTOR_OF[kind], _person(rng), f"kontakt{i}@eksempel.dk",
            f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "; ".join(holders), level,
            "; ".join(rng.sample(SPACES, k=rng.choice([0, 1, 1, 2, 2, 3]))),
            "; ".join(rng.sample(GROUPS, k=rng.choice([1, 2, 3]))),
            rng.randint(1, 5) if scored else None, rng.randint(1, 5) if scored else None,
            rng.choice(AGREEMENTS) if level != "netværk" else None,
            base - dt.timedelta(days=rng.randint(400, 4000)),
            base - dt.timedelta(days=rng.randint(0, 900)),
            base + dt.timedelta(days=rng.randint(-200, 400)) if level == "partnerskab" else None,
            rng.choice(["Forfatteraften", "Lektiecafé", "Sprogcafé", "Koncert", "Udstilling", ""]),
            rng.choice(["Læselyst", "Demokrati", "Grøn omstilling", ""]),
            "Aftalt møde i foråret.\nRing efter sommerferien." if rng.random() < 0.2 else None,
            f"www.aktor{i}.dk" if rng.random() < 0.3 else None,
        ])
    relations = []
    for _ in range(n // 5):
        a, b = rng.sample(range(n), 2)
        relations.append([contacts[a][0], contacts[b][0], rng.choice(LEVELS), None])
    departments = ["Børn og unge", "Voksne og læring", "Kultur og events", "Ledelse", "Lokalbiblioteker"]
    staff_rows = [[s, rng.choice(departments), f"medarbejder{i}@bibliotek.eksempel.dk"]
                  for i, s in enumerate(staff)]
    return contacts, relations, staff_rows


def make_workbook(n: int, path: Path | str) -> Path:
    """Write the ``n``-actor workbook (openpyxl write-only: streams, low memory)."""
    from openpyxl import Workbook

    path = Path(path)
    contacts, relations, staff = rows(n)
    book = Workbook(write_only=True)
    for title, header, body in (("Kontakter", HEADER, contacts),
                                ("Relationer", ["Fra", "Til", "Relation", "Note"], relations),
                                ("Medarbejdere", ["Navn", "Afdeling", "E-mail"], staff)):
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in body:
            sheet.append(row)
    book.save(path)
    return path


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / "out" / f"actors-{count}.xlsx"
    target.parent.mkdir(parents=True, exist_ok=True)
    print(make_workbook(count, target))
