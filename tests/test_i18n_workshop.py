"""The live workshop in Norwegian and Swedish (issue 14): console lines, pages, the scripts' texts and the
API's messages come from the catalogues, and no English msgid of the workshop's shows in a da/nb/sv page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_workshop_server import first_state
from workshop_server import Server, facilitator, participant

from netkort.i18n import gettext, ngettext, translate
from netkort.workshop import texts
from netkort.workshop.server import WorkshopError

PAGES = Path(texts.__file__).parent / "pages"

# What a Norwegian and a Swedish server say, exactly.
SAID = {
    "nb": {
        "started": "netkort workshop kjører. Stopp med Ctrl+C; start igjen med samme --db for å fortsette.",
        "facilitator": "Workshoplederen (projektoren; hold adressen for deg selv):",
        "codes": "Deltakernes fortsettelseskoder (i samme nettleser som projektoren, ikke på skjermen):",
        "participants": "Deltakerne:", "code": "Kode:", "db": "Workshopen lagres i {db}",
        "resumed": "Fortsetter med 1 kontakt fra {db}",
        "join_h1": "<h1>Bli med i workshopen</h1>", "name_h1": "<h1>Hvem er du?</h1>",
        "wrong-code": "Koden stemmer ikke. Se koden på skjermen, og prøv igjen.",
        "page": ["Legg til en kontakt", "Dere har en konkret aktivitet sammen.", "Relasjon (nettverkssirkelen)",
                 "Bibliotekrom (velg gjerne flere)", "Å skape og uttrykke seg.", "Innflytelse 1–5", "(valgfritt)",
                 "Fortsettelseskoden din:", "Hei Mette", '<option value="utdanning">', "Kontaktene dine"],
        "save": "Lagre", "held": "Du har allerede «{name}» som {level}. Endre den i stedet?",
        "name-missing": "Skriv kontaktens navn.",
        "level-missing": "Velg relasjonen: nettverk, samarbeid eller partnerskap.",
        "not-yours": "Du kan bare endre og slette dine egne kontakter.",
        "facilitator-only": "Bare for workshoplederen.",
        "join-first": "Du er ikke med i workshopen ennå. Skriv koden fra skjermen.",
        "projector": ["<h1>Nettverket vokser</h1>", "Last ned arbeidsbok", "Interessentanalyse", "Rom og relasjoner",
                      "Nettverkssirkelen", "De fire rommene", "Hull tettet", "Bli med på",
                      'aria-label="Innflytelse 5, interesse 1', "Innflytelse ↑", "Interesse →"],
        "first": "{space}: første {level}!", "figures": {"entries": "1 kontakt", "actors": "1 aktør"},
        "people": ["<h1>Deltakere og fortsettelseskoder</h1>", "<th scope=\"col\">Fortsettelseskode</th>"],
        "taken": ["Mette er allerede med fra en annen enhet.", "Fortsett som Mette", "Eller velg et annet navn"],
        "too-big": "Forespørselen er for stor (høyst 16384 byte).",
        "port-busy": "Port 80 på 0.0.0.0 er opptatt eller kan ikke brukes (x); velg en annen med --port.",
    },
    "sv": {
        "started": "netkort workshop körs. Stoppa med Ctrl+C; starta igen med samma --db för att fortsätta.",
        "facilitator": "Workshopledaren (projektorn; behåll adressen för dig själv):",
        "codes": "Deltagarnas fortsättningskoder (i samma webbläsare som projektorn, inte på skärmen):",
        "participants": "Deltagarna:", "code": "Kod:", "db": "Workshopen sparas i {db}",
        "resumed": "Fortsätter med 1 kontakt från {db}",
        "join_h1": "<h1>Gå med i workshopen</h1>", "name_h1": "<h1>Vem är du?</h1>",
        "wrong-code": "Koden stämmer inte. Titta på koden på skärmen och försök igen.",
        "page": ["Lägg till en kontakt", "Ni har en konkret aktivitet tillsammans.", "Relation (nätverkscirkeln)",
                 "Biblioteksrum (välj gärna flera)", "Att skapa och uttrycka sig.", "Inflytande 1–5", "(valfritt)",
                 "Din fortsättningskod:", "Hej Mette", '<option value="utbildning">', "Dina kontakter"],
        "save": "Spara", "held": "Du har redan ”{name}” som {level}. Ändra den i stället?",
        "name-missing": "Skriv kontaktens namn.",
        "level-missing": "Välj relationen: nätverk, samarbete eller partnerskap.",
        "not-yours": "Du kan bara ändra och ta bort dina egna kontakter.",
        "facilitator-only": "Bara för workshopledaren.",
        "join-first": "Du är inte med i workshopen än. Skriv koden från skärmen.",
        "projector": ["<h1>Nätverket växer</h1>", "Ladda ner arbetsbok", "Intressentanalys", "Rum och relationer",
                      "Nätverkscirkeln", "De fyra rummen", "Luckor fyllda", "Gå med på",
                      'aria-label="Inflytande 5, intresse 1', "Inflytande ↑", "Intresse →"],
        "first": "{space}: första {level}!", "figures": {"entries": "1 kontakt", "actors": "1 aktör"},
        "people": ["<h1>Deltagare och fortsättningskoder</h1>", "<th scope=\"col\">Fortsättningskod</th>"],
        "taken": ["Mette är redan med från en annan enhet.", "Fortsätt som Mette", "Eller välj ett annat namn"],
        "too-big": "Begäran är för stor (högst 16384 byte).",
        "port-busy": "Port 80 på 0.0.0.0 är upptagen eller kan inte användas (x); välj en annan med --port.",
    },
}
LEVEL_WORD = {"nb": "samarbeid", "sv": "samarbete", "da": "samarbejde"}


class _Shown(HTMLParser):
    """A page's text as a reader meets it: the text between tags and the attributes that are said
    (aria-label, value of a button or option, title); a JSON script's strings."""

    def __init__(self):
        super().__init__()
        self.shown: list[str] = []
        self._json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._json = tag == "script" and attrs.get("type") == "application/json"
        for name in ("aria-label", "title", "placeholder"):
            if attrs.get(name):
                self.shown.append(attrs[name])
        if tag in ("option", "button") and attrs.get("value"):
            self.shown.append(attrs["value"])

    def handle_data(self, data):
        if self._json:
            self.shown.extend(_strings(json.loads(data)))
        else:
            self.shown.append(data)

    def handle_endtag(self, tag):
        self._json = False


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def shown(html: str) -> str:
    parser = _Shown()
    parser.feed(html)
    return "\n".join(parser.shown)


def workshop_msgids() -> list[tuple]:
    """Every msgid the workshop has: its tables' and its templates' (Babel's Jinja extraction)."""
    from babel.messages.extract import extract_from_file

    found = [*texts.MESSAGES.values(), *texts.SCRIPT_TEXTS.values(), *texts.CONSOLE.values(), *texts.ACTOR_TYPES]
    for page in sorted(PAGES.glob("*.html")):
        for _line, message, _comments, _context in extract_from_file(
                "jinja2", str(page), options={"extensions": "jinja2.ext.i18n"}):
            found.append(message)
    return found


def english_left(text: str, lang: str) -> list[str]:
    """The workshop's English msgids that show in ``text`` though ``lang`` says them otherwise."""
    left = []
    for marked in workshop_msgids():
        if isinstance(marked, tuple) and not hasattr(marked, "context"):   # a sentence with a count: both forms
            forms = [(marked[0], ngettext(*marked, 1, lang)), (marked[1], ngettext(*marked, 2, lang))]
        elif hasattr(marked, "context"):
            forms = [(marked.message, translate(marked, lang))]
        else:
            forms = [(marked, gettext(marked, lang))]
        for message, said in forms:
            # the part before a placeholder: what a filled-in sentence still shows of its English
            head = re.split(r"\{\w+\}|%\(\w+\)s", message)[0].strip(" “'(")
            if len(head) < 4 or head in said:
                continue   # too short to tell, or the same word in both languages (Type, Layout, Start)
            if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", text):
                left.append(head)
    return left


def test_the_workshops_msgids_are_found_and_cover_the_templates():
    found = workshop_msgids()
    assert "Join the workshop" in found and "Continue as %(name)s" in found
    assert "Influence %(influence)s, interest %(interest)s" in found
    assert ("The cooperation is repeated and has a frame: agreement, roles and evaluation." in found)


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_every_workshop_sentence_is_translated(lang):
    for code in texts.MESSAGES:
        said = texts.say(code, lang, field="type", limit=200, name="X", level="L", host="h", file="f", port=1,
                         reason="r")
        english = texts.say(code, "en", field="type", limit=200, name="X", level="L", host="h", file="f", port=1,
                            reason="r")
        assert said != english, code
    for key in texts.CONSOLE:
        assert texts.console(key, lang, db="d", files="f", host="h") != texts.console(key, "en", db="d", files="f",
                                                                                        host="h"), key
    assert texts.script_texts(lang).keys() == texts.SCRIPT_TEXTS.keys()
    assert all(texts.script_texts(lang)[k] != texts.script_texts("en")[k] for k in ("save", "edit", "live", "first"))
    assert WorkshopError("port-busy", port=80, host="0.0.0.0", reason="x").message(lang) == SAID[lang]["port-busy"]


@pytest.mark.parametrize("lang", ["da", "nb", "sv", "en"])
def test_the_projectors_figures_take_each_languages_plural_and_number_format(lang):
    one, many = texts.figures(1, 1, lang), texts.figures(1234, 2, lang)
    expected = {"da": ("1 kontakt", "1.234 kontakter", "1 aktør", "2 aktører"),
                "nb": ("1 kontakt", "1\u00a0234 kontakter", "1 aktør", "2 aktører"),
                "sv": ("1 kontakt", "1\u00a0234 kontakter", "1 aktör", "2 aktörer"),
                "en": ("1 contact", "1,234 contacts", "1 actor", "2 actors")}[lang]
    assert (one["entries"], many["entries"], one["actors"], many["actors"]) == expected
    resumed = {"da": "Fortsætter med 1 kontakt fra w.sqlite", "nb": "Fortsetter med 1 kontakt fra w.sqlite",
               "sv": "Fortsätter med 1 kontakt från w.sqlite", "en": "Resuming with 1 contact from w.sqlite"}
    assert texts.resumed(1, "w.sqlite", lang) == resumed[lang]


def test_the_danish_and_english_sentences_are_as_before():
    assert texts.say("too-big", "da", limit=16384) == "Forespørgslen er for stor (højst 16384 byte)."
    assert texts.say("name-too-long", "en", limit=200) == "The name is too long: at most 200 characters."
    assert texts.say("already-yours", "da", name="A", level="netværk") == (
        "Du har allerede »A« som netværk. Ret den i stedet.")
    assert texts.console("codes", "da") == (
        "Deltagernes genoptagelseskoder (i samme browser som projektoren, ikke på skærmen):")
    assert texts.script_texts("da")["held"] == "Du har allerede »{name}« som {level}. Ret den i stedet?"
    assert texts.actor_types("da") == ["forening", "uddannelse", "kulturinstitution", "virksomhed",
                                       "kommunal forvaltning", "borger", "frivillig", "medie", "region/stat"]
    assert texts.actor_types("en") == ["association", "education", "cultural institution", "company",
                                       "municipal department", "citizen", "volunteers", "media", "region/state"]
    assert ngettext("{n} contact", "{n} contacts", 25, "da") == "{n} kontakter"


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_a_norwegian_and_a_swedish_server_speak_their_language_throughout(tmp_path, lang):
    said = SAID[lang]
    db = tmp_path / "w.sqlite"
    with Server(db, args=["--lang", lang]) as running:
        lines = running.output.splitlines()
        assert lines[:2] == [said["started"], said["db"].format(db=db)]
        assert f"  {said['facilitator']}  {running.url}/projector?key={running.key}" in lines
        assert f"  {said['codes']}  {running.url}/participants" in lines
        assert f"  {said['participants']}  {running.url}/  {said['code']} {running.code}" in lines
        client = running.client()
        join = client.get("/").text
        assert f'<html lang="{lang}">' in join and said["join_h1"] in join
        wrong = client.post("/join", data={"code": "WRONG"})
        assert wrong.status_code == 403 and said["wrong-code"] in wrong.text
        mette = running.client()
        assert mette.get("/", params={"code": running.code}).status_code == 303
        name_page = mette.get("/name").text
        assert said["name_h1"] in name_page
        assert mette.post("/name", data={"name": "Mette"}).status_code == 303
        jens = participant(running, "Jens")
        mette_page = mette.get("/p").text
        for text in said["page"]:
            assert text in mette_page, text
        me = mette.get("/api/me").json()
        assert me["texts"]["save"] == said["save"] and me["texts"]["held"] == said["held"]
        missing = mette.post("/api/entries", json={"level": LEVEL_WORD[lang]})
        assert missing.json() == {"errors": {"name": said["name-missing"]}}
        missing = mette.post("/api/entries", json={"name": "Musikskolen"})
        assert missing.json() == {"errors": {"level": said["level-missing"]}}
        entry = mette.post("/api/entries", json={"name": "Musikskolen", "level": LEVEL_WORD[lang]})
        assert entry.status_code == 201 and entry.json()["level"] == "cooperation"
        other = jens.delete(f"/api/entries/{entry.json()['id']}")
        assert other.json() == {"errors": {"entry": said["not-yours"]}}
        assert jens.get("/workbook").json() == {"errors": {"request": said["facilitator-only"]}}
        assert running.client().get("/api/me").json() == {"errors": {"request": said["join-first"]}}
        huge = mette.post("/api/entries", content=b"x" * 20000, headers={"content-type": "application/json"})
        assert huge.json() == {"errors": {"request": said["too-big"]}}
        boss = facilitator(running)
        projector = boss.get("/projector").text
        for text in said["projector"]:
            assert text in projector, text
        script = json.loads(re.search(r'<script type="application/json" id="texts">(.*?)</script>',
                                      projector, re.S).group(1))
        assert script["t"]["first"] == said["first"]
        state = first_state(boss, until=lambda state: state["entries"] == 1)
        assert state["figures"] == said["figures"]
        people = boss.get("/participants").text
        for text in said["people"]:
            assert text in people, text
        stranger = running.client()
        stranger.post("/join", data={"code": running.code})
        taken = stranger.post("/name", data={"name": "mette"})
        assert taken.status_code == 409
        for text in said["taken"]:
            assert text in taken.text, text
        for html in (join, wrong.text, name_page, mette_page, projector, people, taken.text):
            assert english_left(shown(html), lang) == []
    with Server(db, args=["--lang", lang]) as again:
        assert said["resumed"].format(db=db) in again.output.splitlines()


def pieces(html: str) -> set[str]:
    """A page's shown text, line by line, without the data's keys ('keep-satisfied', 'cooperation')."""
    return {line.strip() for line in shown(html).splitlines()
            if re.search(r"[A-Za-z]{2}", line) and not re.fullmatch(r"\s*[a-z]+(-[a-z]+)*\s*", line)}


def server_pages(tmp_path, lang: str) -> list[str]:
    with Server(tmp_path / f"{lang}.sqlite", args=["--lang", lang]) as running:
        mette = participant(running, "Mette")
        boss = facilitator(running)
        return [running.client().get("/").text, mette.get("/p").text, boss.get("/projector").text,
                boss.get("/participants").text]


# What reads the same in Danish, Norwegian, Swedish and English on the workshop's pages: a name, the
# same word (Type, Layout, Start, Initiativ…) or another module's text that is not the workshop's own.
SAME = {"Mette", "Type", "Layout", "Start", "QR"}


def test_a_danish_server_shows_no_english_msgid_either(tmp_path):
    danish, english = server_pages(tmp_path, "da"), server_pages(tmp_path, "en")
    assert "Tilføj en kontakt" in danish[1] and "<h1>Netværket vokser</h1>" in danish[2]
    for da_html, en_html in zip(danish, english, strict=True):
        assert english_left(shown(da_html), "da") == []
        # text written into a page in English by hand is no msgid: it is what an English and a Danish page share
        assert pieces(da_html) & pieces(en_html) <= SAME


def test_the_english_check_finds_english(tmp_path):
    """The check above can fail: an English page, read as if it were Norwegian, is full of English."""
    with Server(tmp_path / "w.sqlite", args=["--lang", "en"]) as running:
        page = participant(running, "Mette").get("/p").text
    left = english_left(shown(page), "nb")
    assert {"Add a contact", "You have a concrete activity together.", "Relation (the network circle)",
            "Hello"} <= set(left)
