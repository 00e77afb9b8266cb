"""Generate the sample workbooks that ship with netkort.

Run from the repository root::

    python sample_networks/generate.py

The output is deterministic (one fixed seed, fixed dates in 2023-2026, nothing
read from the clock) and is written next to this script. Every person,
organisation, e-mail address (``eksempel.dk``) and phone number is invented.

filial.xlsx
    A branch library, "Vestby Bibliotek": 40 actors held by 3 staff on one sheet
    "Kontakter" with the header on row 1. Nearly clean: one actor appears on a
    second row under another staff member, and one row has no relation level.
    A gentle first input, and a second file for ``netkort merge``.

hovedbibliotek.xlsx
    The main library "Åby Hovedbibliotek", snapshot 2025: 300 actors, 10 staff in
    four teams. Sheets "Forside" (text only), "Kontakter 2025" (merged title,
    header on row 3), "Relationer" (60 actor-actor links, some names typed in
    another case or spacing) and "Medarbejdere". It shows what real sheets hold:
    relation levels spelt in Danish, English and Norwegian, free-text library
    spaces, one or two staff per actor, private citizens, scores for the interest
    analysis of the initiative "Læselyst 2025", stale contacts, partnerships
    without agreement or evaluation, partnerships serving no space, and a
    performative space served only by loose network contacts (a coverage gap).
    It holds exactly four deliberate errors (a misspelt level, a score of 7, an
    impossible date, two empty levels), three actors entered twice (other case
    or spacing, other staff member) and two look-alike but different pairs.

kumu-netvaerk.xlsx
    Vestby Bibliotek's network as a Kumu project exports it: sheets Elements
    (Label, Type, Tags separated by '|', Description, Influence as High/Medium/Low)
    and Connections (From, To with several '|'-separated targets, Type holding the
    network circle's level, Direction). Two elements are typed Medarbejder and one
    is the library itself. Written by hand, not drawn from the model.

interessentanalyse.xlsx
    An interest analysis kept the way people keep one: a title and a date above
    the table, a group-header row, compound Danish headers ("Organisation/navn",
    "Kontaktperson hos biblioteket", "Grad af indflydelse"), a word scale
    (Meget høj ... Lav), the level in a column called "Samarbejdsform", a staff
    member's name merged down her block of rows and a column with no header.
    Written by hand, not drawn from the model.

hovedbibliotek-2024.xlsx
    The same library one year earlier, same layout, drawn from the same model:
    60 of the 2025 actors are not there yet, 15 actors were lost since, 20
    relations moved up and 5 down the network circle, and one staff member left
    (her contacts handed over to a newcomer).
"""
from __future__ import annotations

import io
import random
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).parent
SEED = 2025
SNAPSHOT = {2022: date(2022, 10, 1), 2023: date(2023, 10, 1), 2024: date(2024, 10, 1), 2025: date(2025, 10, 1)}
LEVELS = ("netværk", "samarbejde", "partnerskab")
HEADERS = ["Navn", "Type", "Sektor", "Kontaktperson", "E-mail", "Telefon", "Medarbejder",
           "Relation", "Rum", "Målgrupper", "Indflydelse", "Interesse", "Aftale", "Start",
           "Sidste kontakt", "Næste evaluering", "Aktiviteter", "Tema", "Noter", "Webside"]
COL = {h: i for i, h in enumerate(HEADERS)}
DATE_COLUMNS = ("Start", "Sidste kontakt", "Næste evaluering")
SPELLINGS = {  # how people actually type each level, with weights
    "netværk": [("netværk", 14), ("Netværk", 5), ("netværk ", 1)],
    "samarbejde": [("samarbejde", 10), ("Samarbejde", 3), ("samarbejde ", 2), ("SAMARBEJDE", 1),
                   ("cooperation", 1), ("samarbeid", 1)],
    "partnerskab": [("partnerskab", 8), ("Partnerskab", 4), ("partnership", 1)],
}
ALIASES = {"netværk": 0, "network": 0, "nettverk": 0, "samarbejde": 1, "cooperation": 1,
           "samarbeid": 1, "partnerskab": 2, "partnership": 2, "partnerskap": 2}
SPACES = {
    "inspiration": ["Inspiration", "Inspirationsrummet", "inspirationsrummet", "inspiration"],
    "læring": ["Læring", "Læringsrummet", "læringsrum", "Læring"],
    "møde": ["Møderum", "Møderummet", "møde", "Møderummet"],
    "performativ": ["performativ", "Det performative rum", "det performative rum", "performative rum"],
}
B, V, K, L = "Børn og unge", "Voksne og læring", "Kultur og events", "Ledelse"
STAFF_2025 = [("Mette Kjær", B), ("Camilla Brix", B), ("Anne-Marie Holm", V), ("Fatima Al-Sayed", V),
              ("Ahmed Yilmaz", V), ("Søren Ødegaard", K), ("Jens Berg", K), ("Sofie Lund", K),
              ("Lars Vestergaard", L), ("Birgitte Nørgaard", L)]
LEAVER, JOINER = "Henrik Skov", "Sofie Lund"  # Henrik left during 2025; Sofie took over his contacts
STAFF_2024 = [(LEAVER if n == JOINER else n, t) for n, t in STAFF_2025]
FILIAL_STAFF = [("Pia Mortensen", "Vestby"), ("Kasper Friis", "Vestby"), ("Hanne Lykke", "Vestby")]
FIRST = ["Anna", "Mads", "Kirsten", "Peter", "Louise", "Niels", "Hanne", "Rasmus", "Ida", "Morten",
         "Karen", "Thomas", "Signe", "Jakob", "Lone", "Mikkel", "Birthe", "Frederik", "Maja", "Ole",
         "Yasmin", "Ali", "Emine", "Tobias", "Astrid", "Bo", "Vibeke", "Kristian", "Naja", "Svend"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Thomsen", "Poulsen", "Østergaard", "Bak",
        "Lauridsen", "Mikkelsen", "Dam", "Søndergaard", "Krogh", "Husted", "Ærenlund", "Aydin"]
MAIN_TOWNS = ["Åby", "Søholm", "Nørreå", "Hvidsten", "Ravnsø", "Egeris", "Torup", "Kragelund",
              "Fårup", "Bjerre"]
FILIAL_TOWNS = ["Vestby", "Bøgelund", "Skovhuse", "Ølsted"]
# type: sector, teams that usually hold it, how partnership-prone, typical influence,
# name patterns ("pattern|sector" overrides the sector), activities, target groups, spaces
TYPES = {
    "forening": dict(sector="civilsamfund", teams=(K, B, V), pull=2.0, power=2.3,
        names=["{t} Roklub", "Skakklubben {t}", "{t} Lokalhistoriske Forening", "Brætspilsforeningen {t}",
               "Grundejerforeningen {t}", "{t} Boldklub", "Seniorklubben {t}", "{t} Kammerkor",
               "Spejderne i {t}", "{t} Lokalråd", "Forældreforeningen {t}", "{t} Jazzklub",
               "Bogklubben {t}", "Beboerforeningen {t}", "{t} Kunstforening", "Haveselskabet {t}"],
        acts=["Fællesoplæsning", "Foredrag i foreningen", "Udstilling i biblioteket", "Brætspilsaften",
              "Klubaften hver torsdag"],
        groups=("voksne", "seniorer", "familier", "unge"), rooms=("møde", "performativ", "inspiration")),
    "uddannelse": dict(sector="offentlig", teams=(V, B), pull=3.0, power=3.3,
        names=["{t} Skole", "{t} Gymnasium", "{t} Friskole|privat", "Ungdomsskolen {t}",
               "{t} Efterskole|privat", "Produktionsskolen {t}", "{t} Erhvervsskole",
               "{t} Højskole|civilsamfund", "VUC {t}", "FOF {t}|civilsamfund", "Sprogskolen {t}"],
        acts=["Lektiecafé", "Klassebesøg", "Læsekursus", "Studieteknik-workshop", "Opgaveskrivning"],
        groups=("studerende", "unge", "børn", "voksne", "nydanskere"), rooms=("læring",)),
    "kulturinstitution": dict(sector="offentlig", teams=(K,), pull=3.0, power=3.2,
        names=["{t} Museum", "{t} Kunsthal", "{t} Teater", "Musikskolen {t}", "{t} Bio|privat",
               "Spillestedet {t}|civilsamfund", "{t} Kulturhus", "{t} Lokalarkiv", "Billedskolen {t}",
               "{t} Danseskole|privat"],
        acts=["Forfatteraften", "Koncert i biblioteket", "Fælles udstilling", "Filmklub",
              "Kunstworkshop for børn"],
        groups=("familier", "børn", "voksne", "unge"), rooms=("inspiration", "performativ")),
    "virksomhed": dict(sector="privat", teams=(K, L), pull=1.0, power=2.8,
        names=["{t} Boghandel", "Bageriet i {t}", "{t} Bogtryk", "{t} Brugs", "{t} Cykler",
               "Café {t}", "{t} Spil og Hobby", "{t} IT-service", "{t} Apotek", "{t} Blomster",
               "Tandlægerne i {t}", "{t} Byggemarked"],
        acts=["Præmier til læsekonkurrence", "Bogsalg ved arrangementer", "Erhvervsnetværk",
              "Udstyr til makerspace"],
        groups=("erhverv", "voksne"), rooms=("inspiration", "møde")),
    "kommunal forvaltning": dict(sector="offentlig", teams=(L, B, V), pull=2.5, power=3.8,
        names=["Jobcenter {t}", "Sundhedshuset {t}", "Plejecentret {t}", "SSP {t}", "Børnehuset {t}",
               "Fritidsklubben {t}", "Borgerservice {t}", "Familiehuset {t}", "Dagplejen {t}",
               "Genbrugsstationen {t}"],
        acts=["Jobsøgningscafé", "Sprogcafé", "Digital hjælp", "Babysalmesang", "Sundhedsdag"],
        groups=("familier", "nydanskere", "børn", "seniorer", "unge"), rooms=("læring", "møde")),
    "frivillig": dict(sector="civilsamfund", teams=(V, B), pull=2.0, power=2.0,
        names=["Lektiecafé {t}", "Læsevennerne {t}", "Besøgsvennerne {t}", "Frivilligcentret {t}",
               "Repair Café {t}", "IT-hjælperne {t}", "Sprogvennerne {t}", "Natteravnene {t}"],
        acts=["Lektiecafé hver tirsdag", "Sprogcafé", "IT-hjælp for seniorer", "Højtlæsning for børn",
              "Repair café"],
        groups=("børn", "nydanskere", "seniorer", "unge"), rooms=("læring", "møde")),
    "medie": dict(sector="privat", teams=(K, L), pull=1.5, power=3.5,
        names=["Radio {t}|civilsamfund", "{t} Ugeblad", "Nyt fra {t}", "{t} Lokal-TV", "Podcasten {t} Lytter"],
        acts=["Boganmeldelser", "Omtale af arrangementer", "Podcast fra biblioteket"],
        groups=("voksne", "erhverv", "familier"), rooms=("inspiration",)),
    "region/stat": dict(sector="offentlig", teams=(L,), pull=1.0, power=4.2,
        names=["Regionshospitalet {t}", "Kriminalforsorgen {t}", "Asylcenter {t}", "{t} Kaserne",
               "Naturstyrelsen {t}", "Region Østjylland", "Styrelsen for Bøger og Læsning"],
        acts=["Projektstøtte", "Udviklingspulje", "Fælles kampagne"],
        groups=("voksne", "erhverv", "nydanskere"), rooms=("læring", "møde")),
    "borger": dict(sector="civilsamfund", teams=(B, V, K), pull=0.0, power=1.6, names=[],
        acts=["Frivillig højtlæser", "Fortællecafé", "Strikkeklub", "Læsekreds"],
        groups=("seniorer", "voksne", "børn", "familier"), rooms=("møde", "performativ")),
}
MAIN_COUNTS = {"borger": 26, "forening": 78, "uddannelse": 45, "kulturinstitution": 42, "virksomhed": 40,
               "kommunal forvaltning": 36, "frivillig": 24, "medie": 12, "region/stat": 12}  # 315
FILIAL_COUNTS = {"borger": 3, "forening": 10, "uddannelse": 6, "kulturinstitution": 5, "virksomhed": 5,
                 "kommunal forvaltning": 5, "frivillig": 3, "medie": 2, "region/stat": 1}  # 40
SPECIALS = [  # named partners; the two look-alike pairs are deliberate
    ("Åby Festival", "forening", "civilsamfund", "Bibliotekstelt på festivalpladsen"),
    ("Åby Festivalen", "kulturinstitution", "offentlig", "Børnekulturfestival i uge 42"),
    ("Åby Avis", "medie", "privat", "Ugentlig boganmeldelse"),
    ("Åby Avisen", "medie", "privat", "Arrangementskalender"),
    ("Kulturværftet Åby", "kulturinstitution", "offentlig", "Fælles koncertserie"),
    ("Åby Sprogcenter", "uddannelse", "offentlig", "Sprogcafé"),
    ("Åby Roklub", "forening", "civilsamfund", "Læsning på vandet"),
    ("Åby Rockmuseum", "kulturinstitution", "offentlig", "Musikformidling for skoleklasser"),
    ("Åby Universitet", "uddannelse", "offentlig", "Forskningens Døgn"),
    ("Lektiecafé Søholm", "frivillig", "civilsamfund", "Lektiecafé hver tirsdag"),
    ("VUC Åby", "uddannelse", "offentlig", "Læsekursus for voksne"),
    ("AOF Åby", "uddannelse", "civilsamfund", "Foredragsrække"),
    ("Musikbyen Åby Havn", "kommunal forvaltning", "offentlig", "Åbne øvelokaler"),
    ("Åby Kommune, Kultur og Fritid", "kommunal forvaltning", "offentlig", "Kulturpulje"),
]
FILIAL_SHARED = ("Åby Avis", "VUC Åby", "Åby Kommune, Kultur og Fritid")
FIXED_LINKS = [("Åby Festival", "Åby Rockmuseum", 2, "Fælles koncertserie om sommeren"),
               ("VUC Åby", "Åby Sprogcenter", 1, "Henviser kursister til hinanden"),
               ("Lektiecafé Søholm", "Åby Universitet", 1, "Studerende er frivillige i lektiecaféen"),
               ("Åby Avis", "Kulturværftet Åby", 0, "Mediepartner"),
               ("Musikbyen Åby Havn", "Åby Rockmuseum", 2, "Deler lokaler"),
               ("AOF Åby", "Åby Kommune, Kultur og Fritid", 1, "Foredrag med kommunalt tilskud")]
NOTES = ["Ny kontaktperson fra januar", "Ønsker mere synlighed i biblioteket", "Kontakt via sekretariatet",
         "Fik bevilling i foråret", "Foretrækker mail frem for telefon", "Har lokaler vi kan låne"]
TAGS = ["Sprog og integration", "Musikbyen", "Digital dannelse", "Grøn omstilling", "Sundhed"]
LINK_NOTES = ["Fælles arrangement", "Samme bestyrelsesformand", "Deler frivillige", "Fælles ansøgning", ""]


@dataclass(eq=False)
class Actor:
    """One external actor in the model; `level` maps snapshot year to level index (absent = not there)."""
    name: str
    type: str
    sector: str
    special: bool = False
    activity: str = ""
    contact: str = ""
    email: str = ""
    phone: str = ""
    web: str = ""
    groups: str = ""
    rooms: list = field(default_factory=list)
    room_text: str = ""
    influence: int | None = None
    interest: int | None = None
    start: date | None = None
    contact_age: int = 0  # days from the last contact to the snapshot date
    eval_offset: int | None = None  # days from the snapshot date to the next evaluation
    agree_draw: float = 0.0
    no_agreement: str | None = None
    tema: str = ""
    note: str = ""
    staff: list = field(default_factory=list)
    level: dict = field(default_factory=dict)


def weighted(rng, pairs):
    """Pick a value from (value, weight) pairs."""
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def slug(text):
    """ASCII slug for invented addresses: 'Åby Roklub' -> 'aaby-roklub'."""
    text = text.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"}))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def phone(rng):
    """A fictional 8-digit Danish number, mostly written in pairs."""
    digits = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
    return "+45 " + digits if rng.random() < 0.2 else " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def clamp(x):
    """Round a score into 1-5."""
    return max(1, min(5, round(x)))


class NamePicker:
    """Hands out names unlike every name already taken, so that the only look-alikes are deliberate."""

    def __init__(self, rng):
        self.rng, self.taken = rng, []

    def fits(self, name):
        """True when no taken name has a difflib ratio of 0.8 or more with `name`."""
        matcher = SequenceMatcher(None, "", name.casefold())
        for other in self.taken:
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() >= .8 and matcher.quick_ratio() >= .8 and matcher.ratio() >= .8:
                return False
        return True

    def pick(self, candidates):
        """Take the first fitting candidate (name, sector) in random order."""
        for cand in self.rng.sample(candidates, len(candidates)):
            if self.fits(cand[0]):
                self.taken.append(cand[0].casefold())
                return cand
        raise ValueError(f"ran out of distinct names after {len(self.taken)}; add name patterns or towns")


def create_actors(rng, picker, counts, specials, towns):
    """Named specials first, then invented organisations and citizens up to `counts` per type."""
    actors = []
    for name, kind, sector, activity in specials:
        picker.taken.append(name.casefold())
        actors.append(Actor(name, kind, sector, special=True, activity=activity))
    people = [(f"{f} {ln}", "civilsamfund") for f in FIRST for ln in LAST]
    for kind, n in counts.items():
        patterns = [p.partition("|") for p in TYPES[kind]["names"]]
        orgs = list(dict.fromkeys((p.format(t=t), s or TYPES[kind]["sector"]) for p, _, s in patterns for t in towns))
        for _ in range(n - sum(a.type == kind for a in actors)):
            name, sector = picker.pick(people if kind == "borger" else orgs)
            actors.append(Actor(name, kind, sector))
    rng.shuffle(actors)
    return actors


def fill_details(rng, a, staff):
    """Invent contact data, groups, scores, dates, activity and notes for one actor."""
    kind, person = TYPES[a.type], a.type == "borger"
    first, last = a.name.split(" ", 1) if person else (rng.choice(FIRST), rng.choice(LAST))
    a.contact = "" if person or rng.random() < .1 else f"{first} {last}"
    if person:
        a.email, a.phone = f"{slug(first)}.{slug(last)[0]}{rng.randint(10, 99)}@mail.eksempel.dk", phone(rng)
    else:
        a.email = f"{slug(first)}.{slug(last)}@{slug(a.name)}.eksempel.dk" if a.contact and rng.random() < .85 else ""
        a.phone = phone(rng) if rng.random() < .8 else ""
        a.web = f"https://{slug(a.name)}.eksempel.dk" if rng.random() < .65 else ""
    if rng.random() > .05:
        a.groups = "; ".join(rng.sample(kind["groups"], min(len(kind["groups"]), rng.randint(1, 3))))
    if rng.random() < .7:
        a.influence, a.interest = clamp(rng.gauss(kind["power"], 1.1)), clamp(rng.gauss(3.2, 1.2))
    a.start = None if rng.random() < .15 else date(2019, 1, 1) + timedelta(days=rng.randint(0, 2000))
    a.contact_age = rng.randint(490, 630) if rng.random() < .21 else rng.randint(0, 480)
    a.eval_offset = None if rng.random() < .2 else rng.randint(-150, 420)
    a.agree_draw = rng.random()
    a.activity = a.activity or (rng.choice(kind["acts"]) if rng.random() < .6 else "")
    a.tema = rng.choice(TAGS) if rng.random() < .2 else ""
    a.note = rng.choice(NOTES) if rng.random() < .12 else ""
    fitting = [n for n, team in staff if team in kind["teams"]] or [n for n, _ in staff]
    a.staff = [rng.choice(fitting)]
    if rng.random() < .25:
        a.staff.append(rng.choice([n for n, _ in staff if n != a.staff[0]]))


def assign_levels(rng, actors, year):
    """Rank actors by partnership-proneness plus noise and cut the ranking 15/30/55 %."""
    score = {id(a): TYPES[a.type]["pull"] + 1.5 * a.special + 3 * rng.random() for a in actors}
    ranked = sorted(actors, key=lambda a: score[id(a)], reverse=True)
    n_part, n_sam = round(.15 * len(actors)), round(.30 * len(actors))
    for i, a in enumerate(ranked):
        a.level[year] = 2 if i < n_part else 1 if i < n_part + n_sam else 0


def assign_rooms(rng, a, performative_ok):
    """One to three library spaces, preferring those typical of the actor type."""
    pool = [s for s in SPACES if performative_ok or s != "performativ"]
    preferred = [s for s in TYPES[a.type]["rooms"] if s in pool]
    k = weighted(rng, [(1, 6), (2, 3), (3, 1)])
    while len(a.rooms) < k:
        space = rng.choice(preferred if preferred and rng.random() < .7 else pool)
        if space not in a.rooms:
            a.rooms.append(space)


def write_rooms(rng, actors):
    """Freeze each actor's spaces as the free text a person would type."""
    for a in actors:
        sep = rng.choice(["; ", ", ", " / "])
        a.room_text = sep.join(rng.choice(SPACES[s]) for s in a.rooms)


def plan_main(rng, actors):
    """Decide presence and level per snapshot so the 2024->2025 changes come out exact."""
    ordinary = [a for a in actors if not a.special]
    gone = rng.sample(ordinary, 15)  # lists, not sets: set order of objects varies between runs
    present = [a for a in actors if a not in gone]
    assign_levels(rng, present, 2025)
    for a in actors:
        fill_details(rng, a, STAFF_2024 if a in gone else STAFF_2025)
        if a in gone:
            a.level[2024] = weighted(rng, [(0, 55), (1, 30), (2, 15)])
        assign_rooms(rng, a, performative_ok=a.level.get(2025, 0) == 0)
    partners = [a for a in present if a.level[2025] == 2]
    for a in rng.sample(partners, 6) + rng.sample([a for a in present if a.level[2025] < 2], 24):
        a.rooms = []  # six partnerships serve no space; about 10 % have no space at all
    for a, value in zip(rng.sample(partners, 5), ["ingen", "", "ingen", "", ""], strict=True):
        a.no_agreement = value
    new = rng.sample([a for a in ordinary if a not in gone], 60)
    common = [a for a in present if a not in new]
    for a in common:
        a.level[2024] = a.level[2025]
    for a in new:
        a.start = SNAPSHOT[2024] + timedelta(days=rng.randint(14, 350))
    upgraded = rng.sample([a for a in common if a.level[2025] >= 1], 20)
    for a in upgraded:
        a.level[2024] -= 1
    rest = [a for a in common if a not in upgraded and a.level[2025] <= 1]
    performers = [a for a in rest if "performativ" in a.rooms]
    downgraded = rng.sample(performers, 2) + rng.sample([a for a in rest if a not in performers], 3)
    for a in downgraded:
        a.level[2024] += 1  # two of them used to cooperate in the performative space
    eligible = [a for a in present if a.type not in ("borger", "virksomhed", "region/stat")]
    for a in rng.sample(eligible, 25):
        a.tema = "; ".join(filter(None, ["Læselyst 2025", a.tema]))
        if a.influence is None:
            a.influence, a.interest = clamp(rng.gauss(3, 1.3)), clamp(rng.gauss(3.4, 1.2))
    next(a for a in actors if a.name == "Kulturværftet Åby").note = \
        "Aftalen fornyes hvert år.\nKontakt kulturchefen før sommerferien."
    write_rooms(rng, actors)


def agreement(a, lvl):
    """The agreement a row shows for its level; stable across snapshots while the level is."""
    d = a.agree_draw
    if lvl == 2:
        return a.no_agreement if a.no_agreement is not None else ("kontrakt" if d < .35 else "samarbejdsaftale")
    if lvl == 1:
        return "mundtlig" if d < .5 else "samarbejdsaftale" if d < .7 else "" if d < .85 else "ingen"
    return "ingen" if d < .35 else "" if d < .9 else "mundtlig"


def cell_date(rng, d, clean):
    """Mostly a real date; now and then typed as text the Danish way."""
    if d is None or clean or rng.random() > .03:
        return d
    return d.strftime(rng.choice(["%d-%m-%Y", "%d.%m.%Y"]))


def contact_row(rng, a, year, clean=False, staff_map=None):
    """The spreadsheet row for actor `a` as the library recorded it in `year`."""
    lvl, today = a.level[year], SNAPSHOT[year]
    relation = LEVELS[lvl] if clean else weighted(rng, SPELLINGS[LEVELS[lvl]])
    staff = list(dict.fromkeys((staff_map or {}).get(s, s) for s in a.staff))  # two may now be one
    last = max(today - timedelta(days=a.contact_age), a.start or date.min)
    evaluation = today + timedelta(days=a.eval_offset) if lvl == 2 and a.eval_offset is not None else None
    tema = a.tema if year >= 2025 else "; ".join(t for t in a.tema.split("; ") if t != "Læselyst 2025")
    return [a.name, a.type, a.sector, a.contact, a.email, a.phone, rng.choice(["; ", ", "]).join(staff),
            relation, a.room_text, a.groups, a.influence, a.interest, agreement(a, lvl),
            cell_date(rng, a.start, clean), cell_date(rng, last, clean), cell_date(rng, evaluation, clean),
            a.activity, tema, a.note, a.web]


def plant_problems(rng, pairs, staff):
    """Plant the 2025 sample's deliberate problems and three duplicate actors in (actor, row) pairs."""
    used = set()

    def take(cands):
        a, row = rng.choice([p for p in cands if p[0] not in used])
        used.add(a)
        return row
    new = [p for p in pairs if 2024 not in p[0].level]
    take([p for p in new if p[0].level[2025] == 1])[COL["Relation"]] = "samarbejd"
    for _ in range(2):
        take(new)[COL["Relation"]] = None
    take([p for p in pairs if p[0].influence is not None and "Læselyst" not in p[0].tema])[COL["Indflydelse"]] = 7
    take(pairs)[COL["Sidste kontakt"]] = "31-13-2024"
    variants = [str.upper, lambda n: n.replace(" ", "  ", 1) + " ", str.lower]
    for variant in variants:
        row = take([p for p in pairs if 2024 in p[0].level and not p[0].special
                    and p[0].type != "borger" and len(p[0].staff) == 1])
        a = next(p[0] for p in pairs if p[1] is row)
        dup = list(row)
        dup[COL["Navn"]] = variant(a.name)
        dup[COL["Medarbejder"]] = rng.choice([n for n, _ in staff if n != a.staff[0]])
        dup[COL["Kontaktperson"]] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        dup[COL["E-mail"]] = dup[COL["Telefon"]] = None
        dup[COL["Sidste kontakt"]] = SNAPSHOT[2025] - timedelta(days=rng.randint(20, 300))
        dup[COL["Noter"]] = None
        pairs.insert(rng.randint(pairs.index((a, row)) + 5, len(pairs)), (a, dup))


def loose(rng, name):
    """A name as someone might retype it in the relations sheet."""
    return name if rng.random() > .1 else rng.choice([name.lower(), name.replace(" ", "  ", 1), name + " "])


def make_links(rng, actors):
    """Actor-actor links: a few meaningful ones, 60 among 2025 actors in all, 5 to actors lost in 2025."""
    by_name = {a.name: a for a in actors}
    links = [(by_name[f], by_name[t], lvl, note) for f, t, lvl, note in FIXED_LINKS]
    orgs = [a for a in actors if 2025 in a.level and a.type != "borger"]
    seen = {frozenset((f, t)) for f, t, *_ in links}
    while len(links) < 65:
        f = rng.choice(orgs if len(links) < 60 else [a for a in actors if 2025 not in a.level])
        t = rng.choice([a for a in orgs if 2024 in a.level] if len(links) >= 60 else orgs)
        if f is not t and frozenset((f, t)) not in seen:
            seen.add(frozenset((f, t)))
            links.append((f, t, weighted(rng, [(0, 5), (1, 3), (2, 2)]), rng.choice(LINK_NOTES)))
    return links


def write_table(ws, header, rows):
    """Bold header, rows with real date cells (dd-mm-yyyy), wrapped multi-line text, readable widths."""
    ws.append(header)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = f"A{ws.max_row + 1}"
    for row in rows:
        ws.append([None if v == "" else v for v in row])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True)
    for i, h in enumerate(header):
        ws.column_dimensions[get_column_letter(i + 1)].width = 34 if h in ("Navn", "Noter", "E-mail") else 18


def save(wb, path):
    """Save with fixed timestamps in the zip and document properties, so reruns give identical bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-10-01T12:00:00Z", data)
            out.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 10, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)


# The guide's tools on the 2025 snapshot, drawn with their own seed so the rest stays as it was.
CHECKLIST_HEADERS = ["Partnerskab", "Formål", "Kommunikation", "Evaluering", "Motivation", "Ressourcer",
                     "Organisering", "Kendskab til partneren", "Arbejdsredskaber", "Forankring i organisationen",
                     "Noter"]
ANSWERS = [("ja", 40), ("Ja", 6), ("x", 2), ("delvis", 18), ("delvist", 3), ("nej", 12), ("Nej", 2), ("", 10)]
CHECKLIST_NOTES = ["Gennemgået på teammødet i september", "Ressourceplan mangler for 2026",
                   "Partneren skifter kontaktperson", "Evaluering aftalt med partneren"]
QUESTION_HEADERS = ["1 Mission og vision", "2 Motivation internt", "3 Afdelingernes mål", "4 Portefølje",
                    "5 Vækst og replikation", "6 Målbare resultater", "7 Publikum og kontaktflade",
                    "8 Publikums behov", "9 Exceptionelle partnerskaber", "10 I front", "11 Læring",
                    "12 Kompetenceudvikling", "13 Kapacitet og ressourcer", "14 Finansiering"]
CANDIDATE_HEADERS = ["Kandidat", "Udfylder", *QUESTION_HEADERS, "Beslutning", "Noter"]
NEW_CANDIDATE = "Teaterværkstedet Ravnsø"  # not in the network yet


def guide_sheets(actors):
    """Plausible Tjekliste and Kandidater rows for 2025: 30 of the 45 partnerships reviewed by the team,
    and six candidates for the performative space's gap (one new, one from a neighbouring space)."""
    rng = random.Random(SEED + 15)
    partners = sorted((a for a in actors if a.level.get(2025) == 2), key=lambda a: a.name)
    checklist = []
    for a in sorted(rng.sample(partners, 30), key=lambda a: a.name):
        answers = [weighted(rng, ANSWERS) for _ in range(9)]
        if a.agree_draw < .5:
            answers[7] = ""  # a written agreement: netkort fills in 'Arbejdsredskaber'
        note = rng.choice(CHECKLIST_NOTES) if rng.random() < .2 else ""
        checklist.append([a.name, *answers, note])
    performers = sorted((a for a in actors if a.level.get(2025) == 0 and "performativ" in a.rooms
                         and a.type != "borger"),
                        key=lambda a: a.name)
    near = sorted((a for a in actors if a.level.get(2025) == 1 and "møde" in a.rooms
                   and "performativ" not in a.rooms and a.type == "forening"), key=lambda a: a.name)
    chosen = rng.sample(performers, 4) + [rng.choice(near)]
    plans = [  # how many yeses, noes and don't-knows; the decision
        (12, 1, "til"), (10, 2, "til"), (9, 3, ""), (7, 5, "ikke besluttet"), (5, 7, "fra"), (8, 2, "")]
    candidates = []
    for index, (yes, no, decision) in enumerate(plans):
        name = chosen[index].name if index < len(chosen) else NEW_CANDIDATE
        answers = ["ja"] * yes + ["nej"] * no + ["ved ikke"] * (14 - yes - no)
        rng.shuffle(answers)
        fills = ("" if index == 4 else "unge; Det performative rum" if index == 3 else
                 "Det performative rum")
        candidates.append([name, fills, *answers, decision, ""])
    return checklist, candidates


def main_workbook(path, year, rows, links, staff, guide=None):
    """Write one snapshot of Åby Hovedbibliotek: Forside, Kontakter YEAR, Relationer, Medarbejdere."""
    wb = Workbook()
    front = wb.active
    front.title = "Forside"
    for line in [f"Netværkskortlægning {year} – Åby Hovedbibliotek", "",
                 f"Øjebliksbillede pr. {SNAPSHOT[year]:%d.%m.%Y}.",
                 f"Arket 'Kontakter {year}' har én række pr. ekstern kontakt.",
                 "Relation er niveauet i netværkscirklen: netværk, samarbejde eller partnerskab.",
                 "Rum er bibliotekets fire rum: inspiration, læring, møde og det performative rum.",
                 "'Relationer' viser forbindelser mellem aktørerne, 'Medarbejdere' bibliotekets teams.",
                 *(["'Tjekliste' er guidens »Har du tjek på …« pr. partnerskab, 'Kandidater' guidens "
                    "14 spørgsmål (How to say no) for mulige partnere i det performative rum."] if year == 2025 else []),
                 "Alle navne og kontaktoplysninger er opdigtede."]:
        front.append([line])
    ws = wb.create_sheet(f"Kontakter {year}")
    ws.append([f"Netværkskortlægning {year} – Åby Hovedbibliotek"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    write_table(ws, HEADERS, rows)
    write_table(wb.create_sheet("Relationer"), ["Fra", "Til", "Relation", "Note"], links)
    write_table(wb.create_sheet("Medarbejdere"), ["Navn", "Afdeling", "E-mail"],
                [(n, t, f"{slug(n.split()[0])}.{slug(n.split()[-1])}@aaby-bibliotek.eksempel.dk") for n, t in staff])
    if guide:
        checklist, candidates = guide
        write_table(wb.create_sheet("Tjekliste"), CHECKLIST_HEADERS, checklist)
        write_table(wb.create_sheet("Kandidater"), CANDIDATE_HEADERS, candidates)
    save(wb, path)


def build_main(rng, picker):
    """Both Åby snapshots from one model; the actors and links, for the earlier years."""
    actors = create_actors(rng, picker, MAIN_COUNTS, SPECIALS, MAIN_TOWNS)
    plan_main(rng, actors)
    links = make_links(rng, actors)
    for year, staff in ((2024, STAFF_2024), (2025, STAFF_2025)):
        pairs = [(a, contact_row(rng, a, year, staff_map={JOINER: LEAVER} if year == 2024 else None))
                 for a in actors if year in a.level]
        if year == 2025:
            plant_problems(rng, pairs, staff)
        rel_rows = [[loose(rng, f.name), loose(rng, t.name), LEVELS[lvl], note]
                    for f, t, lvl, note in links if year in f.level and year in t.level]
        name = "hovedbibliotek.xlsx" if year == 2025 else f"hovedbibliotek-{year}.xlsx"
        main_workbook(HERE / name, year, [r for _, r in pairs], rel_rows, staff,
                      guide=guide_sheets(actors) if year == 2025 else None)
    return actors, links


# ---- the two earlier years ----

# Drawn after every other sample, from a generator of their own, so that the 2024 and 2025
# files, the branch and the hand-written samples stay exactly as they were.
HISTORY_SEED = SEED + 1
# Who held a later newcomer's contacts in an earlier year (newcomer -> predecessor). Karin Dahl
# left during 2024 (Ahmed Yilmaz took over); during 2023 Ole Winther left, Fatima Al-Sayed took
# over his contacts and Camilla Brix joined, taking some of Mette Kjær's.
STAFF_BEFORE = {
    2023: {JOINER: LEAVER, "Ahmed Yilmaz": "Karin Dahl"},
    2022: {JOINER: LEAVER, "Ahmed Yilmaz": "Karin Dahl", "Fatima Al-Sayed": "Ole Winther",
           "Camilla Brix": "Mette Kjær"},
}
# The effect study of "Biblioteket som samskaper": more associations, and the library reaching
# into the municipality. These two types arrive more often and move up the circle more often.
GROWING = ("forening", "kommunal forvaltning")
# year: actors of the next year not there yet (at least; a start date after the snapshot also
# keeps one out), actors there that were lost before the next year, moves up and down to the next
HISTORY = {2023: dict(new=26, lost=8, up=14, down=4), 2022: dict(new=22, lost=6, up=10, down=3)}
LOST_KINDS = ("borger", "virksomhed", "medie", "uddannelse", "kulturinstitution", "frivillig")


def staff_of(year):
    """The staff list of an earlier year: the 2025 staff with each newcomer's predecessor."""
    mapping = STAFF_BEFORE[year]
    return list({mapping.get(n, n): (mapping.get(n, n), t) for n, t in STAFF_2025}.values())


def weighted_sample(rng, items, weight, k):
    """k distinct items, each drawn with probability growing with ``weight(item)``."""
    keyed = sorted(items, key=lambda item: rng.random() ** (1 / weight(item)), reverse=True)
    return keyed[:k]


def lost_actor(rng, picker, year, staff):
    """An actor the library had in ``year`` and no longer has in the next year."""
    kind = rng.choice(LOST_KINDS)
    if kind == "borger":
        name, sector = picker.pick([(f"{f} {ln}", "civilsamfund") for f in FIRST for ln in LAST])
    else:
        patterns = [p.partition("|") for p in TYPES[kind]["names"]]
        name, sector = picker.pick(list(dict.fromkeys(
            (p.format(t=t), s or TYPES[kind]["sector"]) for p, _, s in patterns for t in MAIN_TOWNS)))
    a = Actor(name, kind, sector)
    fill_details(rng, a, staff)
    first = date(2017, 1, 1)
    a.start = None if a.start is None else first + timedelta(days=rng.randint(0, (SNAPSHOT[year] - first).days))
    a.level[year] = weighted(rng, [(0, 55), (1, 30), (2, 15)])
    assign_rooms(rng, a, performative_ok=a.level[year] == 0)
    write_rooms(rng, [a])
    return a


def plan_year(rng, picker, actors, year):
    """Presence and level in ``year`` from the next year's, so the changes come out as HISTORY says."""
    plan, later = HISTORY[year], year + 1
    present = [a for a in actors if later in a.level]
    too_new = [a for a in present if a.start is not None and a.start > SNAPSHOT[year]]
    others = [a for a in present if a not in too_new and not a.special]
    extra = max(0, plan["new"] - len(too_new))
    arriving = too_new + weighted_sample(rng, others, lambda a: 4 if a.type in GROWING else 1, extra)
    carried = [a for a in present if a not in arriving]
    for a in carried:
        a.level[year] = a.level[later]
    # moves up from this year to the next: the growing types oftener, and those that move up
    # again the year after (netværk -> samarbejde -> partnerskab over the years)
    def pull(a):
        return (3 if a.type in GROWING else 1) * (4 if a.level.get(later + 1, -1) > a.level[later] else 1)
    up = weighted_sample(rng, [a for a in carried if a.level[later] >= 1], pull, plan["up"])
    for a in up:
        a.level[year] -= 1
    rest = [a for a in carried if a not in up and a.level[later] <= 1 and a.type not in GROWING]
    for a in rng.sample(rest, plan["down"]):
        a.level[year] += 1
    for _ in range(plan["lost"]):
        actors.insert(rng.randrange(len(actors) + 1), lost_actor(rng, picker, year, staff_of(year)))


def build_history(actors, links, taken):
    """hovedbibliotek-2023.xlsx and hovedbibliotek-2022.xlsx, going back from 2024."""
    rng = random.Random(HISTORY_SEED)
    picker = NamePicker(rng)
    picker.taken = list(taken)
    for year in (2023, 2022):
        plan_year(rng, picker, actors, year)
        staff = staff_of(year)
        rows = [contact_row(rng, a, year, staff_map=STAFF_BEFORE[year]) for a in actors if year in a.level]
        rel_rows = [[loose(rng, f.name), loose(rng, t.name), LEVELS[lvl], note]
                    for f, t, lvl, note in links if year in f.level and year in t.level]
        main_workbook(HERE / f"hovedbibliotek-{year}.xlsx", year, rows, rel_rows, staff)


def build_filial(rng, picker):
    """Vestby Bibliotek: one clean sheet with one duplicate row and one missing level."""
    actors = create_actors(rng, picker, FILIAL_COUNTS, [s for s in SPECIALS if s[0] in FILIAL_SHARED], FILIAL_TOWNS)
    assign_levels(rng, actors, 2025)
    for a in actors:
        fill_details(rng, a, FILIAL_STAFF)
        assign_rooms(rng, a, performative_ok=True)
    for a in rng.sample(actors, 4):
        a.rooms = []
    write_rooms(rng, actors)
    rows = [contact_row(rng, a, 2025, clean=True) for a in actors]
    rows[rng.randrange(len(rows))][COL["Relation"]] = None
    i = next(i for i, a in enumerate(actors) if len(a.staff) == 1 and a.type != "borger" and rows[i][COL["Relation"]])
    dup = list(rows[i])
    dup[COL["Medarbejder"]] = next(n for n, _ in FILIAL_STAFF if n != actors[i].staff[0])
    rows.insert(rng.randint(i + 3, len(rows)), dup)
    wb = Workbook()
    wb.active.title = "Kontakter"
    write_table(wb.active, HEADERS, rows)
    save(wb, HERE / "filial.xlsx")


def build_kumu():
    """Vestby Bibliotek's network as Kumu exports it (fixed data, no randomness)."""
    wb = Workbook()
    elements = wb.active
    elements.title = "Elements"
    write_table(elements, ["Label", "Type", "Tags", "Description", "Influence"], [
        ("Vestby Bibliotek", "Bibliotek", "", "Folkebiblioteket i Vestby", ""),
        ("Hanne Lund", "Medarbejder", "Børn og unge", "", ""),
        ("Omar Haddad", "Medarbejder", "Voksne|Arrangementer", "", ""),
        ("Vestby Skole", "Uddannelse", "Læselyst 2025", "Folkeskole, 0.-9. klasse", "High"),
        ("Vestby Musikskole", "Kulturinstitution", "Læselyst 2025|Musik", "", "Medium"),
        ("Ældresagen Vestby", "Forening", "Senior", "Lokalafdelingen", "Medium"),
        ("Vestby Avis", "Medie", "", "", "High"),
        ("Sprogcaféen", "Forening", "Integration", "Frivillige samtalegrupper", "Low"),
        ("Jobcenter Vestby", "Kommunal forvaltning", "", "", "High"),
        ("Vestby Roklub", "Forening", "Motion", "", "Low"),
    ])
    connections = wb.create_sheet("Connections")
    write_table(connections, ["From", "To", "Type", "Direction", "Description"], [
        ("Hanne Lund", "Vestby Skole|Vestby Musikskole", "partnerskab", "undirected", "Læselyst 2025"),
        ("Hanne Lund", "Vestby Roklub", "netværk", "undirected", ""),
        ("Omar Haddad", "Ældresagen Vestby", "samarbejde", "undirected", "Seniorcafé hver torsdag"),
        ("Omar Haddad", "Sprogcaféen", "partnerskab", "undirected", "Samarbejdsaftale 2024"),
        ("Omar Haddad", "Jobcenter Vestby", "netværk", "undirected", ""),
        ("Vestby Bibliotek", "Vestby Avis", "netværk", "undirected", "Presselister"),
        ("Vestby Skole", "Vestby Musikskole", "samarbejde", "mutual", "Fælles skolekoncert"),
        ("Sprogcaféen", "Jobcenter Vestby", "", "directed", "Henviser deltagere"),
    ])
    save(wb, HERE / "kumu-netvaerk.xlsx")


def build_stakeholders():
    """An interest analysis laid out as people lay it out (fixed data, no randomness)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Interessenter"
    ws.append(["Interessentanalyse: Læselyst 2025"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws.append(["Opdateret", date(2025, 9, 15)])
    ws["B2"].number_format = "DD-MM-YYYY"
    ws.append([])
    ws.append(["Partner", None, None, "Bibliotekets kontakt", None, "Vurdering", None, None])
    for cell in ("A4:C4", "D4:E4", "F4:H4"):
        ws.merge_cells(cell)
    rows = [
        ("Organisation/navn", "Type", "Kontaktperson hos partneren", "Kontaktperson hos biblioteket",
         "Samarbejdsform", "Grad af indflydelse", "Grad af interesse", None),
        ("Vestby Skole", "uddannelse", "Lone Berg", "Hanne Lund", "partnerskab", "Meget høj", "Høj",
         "Skolebibliotekar med"),
        ("Dagplejen Vestby", "kommunal forvaltning", "Eva Skov", None, "samarbejde", "Middel", "Høj", None),
        ("Vestby Musikskole", "kulturinstitution", "Per Holm", None, "samarbejde", "Middel", "Middel", None),
        ("Vestby Avis", "medie", None, "Omar Haddad", "netværk", "Høj", "Lav", None),
        ("Ældresagen Vestby", "forening", "Inge Dahl", None, "netværk", "Lav", "Middel", "Ring i januar"),
        ("Forældrerådet", "forening", "Anders Bak", None, "Netværk ", "Lav", "Meget høj", None),
    ]
    write_table(ws, list(rows[0]), rows[1:])
    ws.merge_cells("D6:D8")  # Hanne Lund holds the first three
    ws.merge_cells("D9:D11")  # Omar Haddad the last three
    save(wb, HERE / "interessentanalyse.xlsx")


# ---- reading the files back: everything printed below is measured in the files ----

def key(name):
    """Compare names the way a user would: case and spacing ignored."""
    return " ".join(str(name).split()).casefold()


def level_of(value):
    """Level index, None for an empty cell, -1 for an unknown spelling."""
    return None if value is None else ALIASES.get(str(value).strip().casefold(), -1)


def label(value):
    """The canonical level name of a Relation cell, or (tom) / (ukendt)."""
    lvl = level_of(value)
    return "(tom)" if lvl is None else "(ukendt)" if lvl < 0 else LEVELS[lvl]


def is_problem(header, value):
    """True for a cell a validator must flag: bad level, score outside 1-5, unreadable text date."""
    if header == "Relation":
        return level_of(value) in (None, -1)
    if header in ("Indflydelse", "Interesse"):
        return value is not None and value not in range(1, 6)
    if isinstance(value, str) and header in DATE_COLUMNS:
        try:
            datetime.strptime(value.replace(".", "-"), "%d-%m-%Y")
        except ValueError:
            return True
    return False


def summarise(path):
    """Print rows, actors, staff and rows per level for one file; return rows, staff, links."""
    wb = load_workbook(path)
    ws = next(s for s in wb.worksheets if s.title.startswith("Kontakter"))
    top = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Navn")
    header = [c.value for c in ws[top]]
    data = ws.iter_rows(min_row=top + 1, values_only=True)
    rows = [(r, dict(zip(header, vals, strict=True))) for r, vals in enumerate(data, top + 1)]
    staff = {s.strip() for _, v in rows for s in re.split("[;,]", v["Medarbejder"] or "")} - {""}
    if "Medarbejdere" in wb:
        staff = {r[0] for r in wb["Medarbejdere"].iter_rows(min_row=2, values_only=True)}
    links = list(wb["Relationer"].iter_rows(min_row=2, values_only=True)) if "Relationer" in wb else []
    counts = Counter(label(v["Relation"]) for _, v in rows)
    print(f"{path.name}: {len(rows)} rows, {len({key(v['Navn']) for _, v in rows})} actors, {len(staff)} staff,"
          f" {len(links)} actor-actor links; rows per level: {dict(counts)}")
    for r, v in rows[:2]:
        shown = ("Navn", "Type", "Medarbejder", "Relation", "Rum", "Start")
        print(f"  row {r}: " + " | ".join(str(v[h]) for h in shown))
    for r, v in rows:
        for h in HEADERS:
            if is_problem(h, v[h]):
                column = get_column_letter(COL[h] + 1)
                print(f"  problem: row {r}, column {column} ({h}) = {v[h]!r}  [{v['Navn']}]")
    return rows, staff, links


def report_demo_facts(rows, links):
    """Print the facts the 2025 analysis demos rely on."""
    names = {}
    for r, v in rows:
        names.setdefault(key(v["Navn"]), []).append((r, v["Navn"], v["Medarbejder"]))
    print("  duplicates (row, name, staff):", [rs for rs in names.values() if len(rs) > 1])
    partners = [v for _, v in rows if level_of(v["Relation"]) == 2]
    performative = {label(v["Relation"]) for _, v in rows if "perform" in str(v["Rum"]).lower()}
    theme = {key(v["Navn"]): v for _, v in rows if "Læselyst 2025" in str(v["Tema"])}
    last = [v["Sidste kontakt"] for _, v in rows if isinstance(v["Sidste kontakt"], datetime)]
    facts = {
        "levels in the performative space": sorted(performative),
        "partnerships serving no space": sum(v["Rum"] is None for v in partners),
        "partnerships with Aftale empty/ingen": sum(v["Aftale"] in (None, "ingen") for v in partners),
        "rows with no space": sum(v["Rum"] is None for _, v in rows),
        "Læselyst 2025 actors": len(theme),
        "all of them scored": all(v["Indflydelse"] and v["Interesse"] for v in theme.values()),
        "last contact before 2024-06-01": sum(d < datetime(2024, 6, 1) for d in last),
        "rows with two staff": sum(bool(re.search("[;,]", v["Medarbejder"] or "")) for _, v in rows),
        "links name known actors": all(key(f) in names and key(t) in names for f, t, *_ in links),
    }
    print("  " + "; ".join(f"{k}: {v}" for k, v in facts.items()))
    unique = [rs[0][1] for rs in names.values()]
    alike = sorted(((round(SequenceMatcher(None, a.casefold(), b.casefold()).ratio(), 2), a, b)
                    for i, a in enumerate(unique) for b in unique[i + 1:]), reverse=True)
    print("  most alike different names:", alike[:3])


def compare(old, new, step="2024 -> 2025"):
    """Print what changed between two snapshots, read from the files."""
    def levels(rows):
        """Strongest readable level per actor; -1 when none is readable."""
        out = {}
        for _, v in rows:
            lvl = level_of(v["Relation"])
            out[key(v["Navn"])] = max(out.get(key(v["Navn"]), -1), -1 if lvl is None else lvl)
        return out
    o, n = levels(old[0]), levels(new[0])
    moved = [n[k] - o[k] for k in o.keys() & n.keys() if min(o[k], n[k]) >= 0]
    print(f"{step}: {len(n.keys() - o.keys())} new, {len(o.keys() - n.keys())} gone,"
          f" {sum(d > 0 for d in moved)} moved up, {sum(d < 0 for d in moved)} moved down;"
          f" staff left {sorted(old[1] - new[1])}, joined {sorted(new[1] - old[1])}")


def main():
    """Generate all samples, then read them back and print what they contain."""
    rng = random.Random(SEED)
    picker = NamePicker(rng)
    actors, links = build_main(rng, picker)
    build_filial(rng, picker)
    build_kumu()
    build_stakeholders()
    build_history(actors, links, picker.taken)
    summarise(HERE / "filial.xlsx")
    early = [summarise(HERE / f"hovedbibliotek-{year}.xlsx") for year in (2022, 2023)]
    old = summarise(HERE / "hovedbibliotek-2024.xlsx")
    new = summarise(HERE / "hovedbibliotek.xlsx")
    report_demo_facts(new[0], new[2])
    compare(early[0], early[1], "2022 -> 2023")
    compare(early[1], old, "2023 -> 2024")
    compare(old, new)


if __name__ == "__main__":
    main()
