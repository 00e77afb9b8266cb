"""The workshop's store: entries validated as the reader validates cells, owned, durable, exported."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from openpyxl import load_workbook

from netkort.messages import say
from netkort.network import load
from netkort.read.values import parse_level, parse_score, parse_sector, parse_spaces
from netkort.workshop.store import EntryError, Store, validate

SAMPLE = __import__("pathlib").Path(__file__).resolve().parent.parent / "sample_networks" / "hovedbibliotek.xlsx"


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "w.sqlite")
    yield store
    store.close()


def reader_says(parser, text, lang="da"):
    _, issue = parser(text)
    return say(issue.code, lang, **issue.params)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_misspelt_values_get_the_readers_own_sentence(lang):
    with pytest.raises(EntryError) as caught:
        validate({"name": "Musikskolen", "level": "samarbejd", "spaces": ["Møderummet", "performatv"],
                  "sector": "privt", "influence": "7", "interest": "3,5"}, lang)
    errors = caught.value.errors
    assert errors == {
        "level": reader_says(parse_level, "samarbejd", lang),
        "spaces": reader_says(parse_spaces, "Møderummet; performatv", lang),
        "sector": reader_says(parse_sector, "privt", lang),
        "influence": reader_says(parse_score, "7", lang),
        "interest": reader_says(parse_score, "3,5", lang),
    }
    expected = {"da": "'samarbejd' er ikke et relationsniveau; mente du 'samarbejde'? Gyldige: netværk, "
                      "samarbejde, partnerskab",
                "en": "'samarbejd' is not a relation level; did you mean 'samarbejde'? Valid: network, "
                      "cooperation, partnership"}
    assert errors["level"] == expected[lang]


def test_values_are_typed_as_the_reader_types_them():
    assert validate({"name": "  Åby   Roklub ", "level": "Partner", "spaces": ["læring", "Det performative rum"],
                     "sector": "Civilsamfund", "influence": "Høj", "interest": 2, "type": "forening"}) == {
        "name": "Åby Roklub", "level": "partnership", "spaces": ["learning", "performative"],
        "sector": "civil", "influence": 4, "interest": 2, "type": "forening"}


def test_missing_name_and_level_and_personal_fields_are_refused():
    with pytest.raises(EntryError) as caught:
        validate({"name": "\u200b", "email": "a@b.dk", "colour": "red"})
    assert caught.value.errors == {"name": "Skriv kontaktens navn.",
                                   "level": "Vælg relationen: netværk, samarbejde eller partnerskab.",
                                   "email": "E-mail, telefon og noter er slået fra i denne workshop.",
                                   "colour": "Feltet 'colour' kendes ikke."}
    assert validate({"name": "X", "level": "netværk", "email": "a@b.dk"}, personal=True)["email"] == "a@b.dk"


def test_size_limits_on_every_field():
    with pytest.raises(EntryError) as caught:
        validate({"name": "x" * 201, "level": "netværk", "type": "y" * 101, "spaces": ["læring"] * 9})
    assert caught.value.errors == {"name": "Navnet er for langt: højst 200 tegn.",
                                   "type": "'type' er for lang: højst 100 tegn.", "spaces": "Højst fire rum."}


def test_two_participants_adding_one_actor_at_once_give_one_actor_with_two_relations(store):
    people = [store.join(name)[0] for name in ("Mette Kjær", "Jens Berg")]
    barrier = threading.Barrier(2)

    def add(person, spelling):
        barrier.wait()
        store.add(person, {"name": spelling, "level": "samarbejde"})

    threads = [threading.Thread(target=add, args=(p, s)) for p, s in zip(people, ("Musikskolen", " musikskolen"), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    graph, _ = store.graph()
    actors = [n for n, kind in graph.nodes(data="kind") if kind == "actor"]
    assert len(actors) == 1
    holders = sorted(graph.nodes[s]["name"] for s in graph.neighbors(actors[0]))
    assert holders == ["Jens Berg", "Mette Kjær"]


def test_only_the_owner_changes_or_deletes_an_entry(store):
    mette, jens = store.join("Mette")[0], store.join("Jens")[0]
    entry = store.add(mette, {"name": "Musikskolen", "level": "netværk"})
    for attempt in (lambda: store.update(jens, entry["id"], {"name": "X", "level": "netværk"}),
                    lambda: store.delete(jens, entry["id"])):
        with pytest.raises(EntryError) as caught:
            attempt()
        assert (caught.value.status, caught.value.errors) == (
            403, {"entry": "Du kan kun rette og slette dine egne kontakter."})
    assert store.entries()[0]["name"] == "Musikskolen"
    assert store.update(mette, entry["id"], {"name": "Musikskolen Åby", "level": "partnerskab"})["level"] == "partnership"
    store.delete(mette, entry["id"])
    assert store.entries() == []
    with pytest.raises(EntryError) as caught:
        store.delete(mette, entry["id"])
    assert caught.value.status == 404


def test_a_retried_submission_is_stored_once(store):
    mette = store.join("Mette")[0]
    first = store.add(mette, {"name": "Musikskolen", "level": "netværk"}, client_id="abc")
    again = store.add(mette, {"name": "Musikskolen", "level": "netværk"}, client_id="abc")
    assert first["id"] == again["id"] and store.count() == 1


def test_the_store_is_sqlite_in_wal_mode_and_survives_reopening(tmp_path):
    store = Store(tmp_path / "w.sqlite")
    code, key = store.code, store.key
    store.add(store.join("Mette")[0], {"name": "Musikskolen", "level": "netværk"})
    store.close()
    with sqlite3.connect(tmp_path / "w.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again = Store(tmp_path / "w.sqlite")
    assert (again.code, again.key, again.count()) == (code, key, 1)
    assert len(code) == 6 and len(key) >= 32
    again.close()


def test_export_is_a_template_workbook_check_reads_without_workshop_errors(store, tmp_path):
    store.add_files([SAMPLE])
    mette, jens = store.join("Mette Kjær")[0], store.join("Ny Medarbejder")[0]
    store.add(mette, {"name": "Musikskolen", "level": "samarbejde", "spaces": ["Møderummet"], "sector": "offentlig",
                      "type": "kulturinstitution", "influence": "4", "interest": "5"})
    store.add(jens, {"name": "musikskolen", "level": "partnerskab", "spaces": ["Det performative rum"]})
    store.add(jens, {"name": "=HYPERLINK(\"x\")", "level": "netværk"})
    store.place("Læselyst 2026", "Musikskolen", 5, 2)
    out = store.export(tmp_path / "ud.xlsx")
    book = load_workbook(out)
    # the sample's checklist and candidates are kept (they were lost before)
    assert book.sheetnames == ["Kontakter", "Relationer", "Medarbejdere", "Tjekliste", "Kandidater", "Problemer"]
    headers = [c.value for c in book["Kontakter"][1]]
    assert headers[:3] == ["Navn", "Type", "Sektor"]
    names = [r[0] for r in book["Kontakter"].iter_rows(min_row=2, values_only=True)]
    assert names.count("Musikskolen") == 2   # one row per relation level, as the template has them
    assert "musikskolen" not in names        # the first spelling names the actor
    network = load([out])
    ours = [p for p in network.problems if p.severity == "error" and p.row and p.row > 300]
    assert ours == []
    before = load([SAMPLE])
    assert sum(p.severity == "error" for p in network.problems) == sum(p.severity == "error" for p in before.problems)
    node = next(d for _, d in network.graph.nodes(data=True) if d.get("name") == "Musikskolen")
    assert (node["level"], node["influence"], node["interest"], node["tags"]) == ("partnership", 5, 2, ["Læselyst 2026"])
    assert sorted(node["spaces"]) == ["meeting", "performative"]
    assert any(d.get("name") == "=HYPERLINK(\"x\")" for _, d in network.graph.nodes(data=True))
    staff = {d["name"] for _, d in network.graph.nodes(data=True) if d["kind"] == "staff"}
    assert {"Mette Kjær", "Ny Medarbejder"} <= staff


def test_files_are_kept_in_the_store_and_read_again_after_a_restart(tmp_path):
    store = Store(tmp_path / "w.sqlite")
    assert store.add_files([SAMPLE]) == ["hovedbibliotek.xlsx"]
    assert store.add_files([SAMPLE]) == []
    count = len(store.actors())
    store.close()
    again = Store(tmp_path / "w.sqlite")
    assert len(again.actors()) == count == len({n for n, k in load([SAMPLE]).graph.nodes(data="kind") if k == "actor"})
    assert again.preloaded()[0].contacts[0].source.file == "hovedbibliotek.xlsx"
    again.close()


def test_placement_needs_an_actor_and_scores_as_the_reader_reads_them(store):
    with pytest.raises(EntryError) as caught:
        store.place("", "Ingen", "9", "x")
    assert caught.value.errors == {"initiative": "Skriv initiativets navn.",
                                   "name": "'Ingen' findes ikke i netværket.",
                                   "influence": reader_says(parse_score, "9"),
                                   "interest": reader_says(parse_score, "x")}


def test_adding_an_actor_one_already_holds_updates_that_entry(store):
    anne, dorte = store.join("Anne Holm")[0], store.join("Dorte")[0]
    first = store.add(anne, {"name": "Musikskolen i Torup", "level": "partnerskab"})
    again = store.add(anne, {"name": "musikskolen  i torup", "level": "samarbejde", "spaces": ["læring"]})
    assert again["id"] == first["id"] and again["replaced"] is True
    assert [(e["name"], e["level"], e["spaces"]) for e in store.entries(anne)] == [
        ("Musikskolen i Torup", "cooperation", ["learning"])]
    other = store.add(dorte, {"name": "Musikskolen i Torup", "level": "netværk"})   # another's: a second relation
    assert other["id"] != first["id"] and "replaced" not in other and store.count() == 2
    # renaming one's other entry onto the actor one holds is refused, not a second relation
    library = store.add(anne, {"name": "Torup Bibliotek", "level": "netværk"})
    with pytest.raises(EntryError) as caught:
        store.update(anne, library["id"], {"name": "Musikskolen i Torup", "level": "netværk"})
    assert (caught.value.status, caught.value.errors) == (
        409, {"name": "Du har allerede »Musikskolen i Torup« som samarbejde. Ret den i stedet."})
    with pytest.raises(EntryError) as caught:
        store.update(anne, library["id"], {"name": "Musikskolen i Torup", "level": "netværk"}, lang="en")
    assert caught.value.errors == {"name": "You already have “Musikskolen i Torup” as cooperation. Edit it instead."}
    assert store.update(anne, first["id"], {"name": "Musikskolen i Torup", "level": "partnerskab"})["level"] == (
        "partnership")   # an entry keeps its own name
    problems = [p.code for p in store.graph()[1]]
    assert "conflict" not in problems, problems


def test_a_name_is_one_participant_and_a_second_device_needs_the_resume_code(tmp_path):
    store = Store(tmp_path / "w.sqlite")
    anne, token = store.join("Anne Holm")
    code = store.resume_code(anne)
    assert len(code) == 4 and code.isdigit()
    entry = store.add(anne, {"name": "Musikskolen i Torup", "level": "partnerskab"})
    for lang, said in (("da", "Anne Holm er allerede med fra en anden enhed. Er det dig, så skriv din "
                              "genoptagelseskode (den står under dit navn på den første enhed). Ellers vælg et andet navn."),
                       ("en", "Anne Holm has already joined from another device. If that is you, enter your resume "
                              "code (it is under your name on the first device). Otherwise choose another name.")):
        with pytest.raises(EntryError) as caught:
            store.join(" anne  HOLM", lang)
        assert (caught.value.status, caught.value.errors, caught.value.name) == (409, {"name": said}, "Anne Holm")
    wrong = "0000" if code != "0000" else "1111"
    with pytest.raises(EntryError) as caught:
        store.join("Anne Holm", resume=wrong)
    assert (caught.value.status, caught.value.errors) == (403, {"resume": (
        "Genoptagelseskoden passer ikke. Den står under »Anne Holm« på den første enhed; "
        "workshoplederen kan også slå den op.")})
    again, again_token = store.join("anne holm", resume=f" {code} ")
    assert (again, again_token) == (anne, token)
    assert [e["id"] for e in store.entries(again)] == [entry["id"]]
    assert [p["name"] for p in store.participants()] == ["Anne Holm"]
    assert store.participants() == [{"name": "Anne Holm", "resume": code, "entries": 1}]
    store.close()
    reopened = Store(tmp_path / "w.sqlite")   # after a restart: the cookie and the code still work
    assert reopened.participant(token) == anne and reopened.resume_code(anne) == code
    reopened.close()


def test_a_workshop_saved_before_resume_codes_gets_one_for_everyone(tmp_path):
    db = sqlite3.connect(tmp_path / "old.sqlite")
    db.execute("CREATE TABLE participants (id INTEGER PRIMARY KEY, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE,"
               " created REAL NOT NULL)")
    db.execute("INSERT INTO participants VALUES (1, 'Mette', 'tok', 0)")
    db.commit()
    db.close()
    store = Store(tmp_path / "old.sqlite")
    mette = store.participant("tok")
    assert mette.name == "Mette" and len(store.resume_code(mette)) == 4
    assert store.join("Mette", resume=store.resume_code(mette)) == (mette, "tok")
    store.close()
