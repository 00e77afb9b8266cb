"""What a header means: exact aliases, words, compounds, whose person it is."""

from __future__ import annotations

import pytest

from netkort.read.headers import meaning, words


@pytest.mark.parametrize("header", [
    "Organisation/navn", "Navn på partner", "Partnernavn", "Organisasjon/enhet/gruppe", "Interessent",
    "Aktørernes navn", "Navn (organisation)", "Stakeholder",
])
def test_names_of_the_actor(header):
    assert next(iter(meaning(header, "contacts"))) == "name"


@pytest.mark.parametrize("header", [
    "Kontaktperson hos biblioteket", "Ansvarlig hos os", "Bibliotekets medarbejder", "Kontaktperson hos os",
    "Bibliotekskontakt", "Medarbejderens navn", "Ansvarlig hos oss",
])
def test_staff_is_the_library_side(header):
    assert next(iter(meaning(header, "contacts"))) == "staff"


@pytest.mark.parametrize("header", [
    "Kontaktperson hos partneren", "Kontaktperson", "Ansvarlig hos partneren", "Navn på kontaktperson",
    "Kontaktpersonens navn", "Partnerkontakt",
])
def test_the_actors_own_contact_person(header):
    assert next(iter(meaning(header, "contacts"))) == "contact_person"


@pytest.mark.parametrize("header, strength", [
    ("Relasjon til prosjektet", 0.9), ("Type of relation", 0.9), ("Tilknytning", 0.5),
    ("Samarbejdsform", 0.3),  # a compound's first word only hints: the values must say it
])
def test_level_headers_and_how_strongly(header, strength):
    assert meaning(header, "contacts")["level"] == strength


@pytest.mark.parametrize("header, field", [
    ("Grad af indflydelse", "influence"), ("Innflytelse", "influence"), ("Magt", "influence"),
    ("Grad af interesse", "interest"), ("Påvirkning", "interest"), ("Berørthed", "interest"),
    ("Dato for sidste kontakt", "last_contact"), ("E-mail (arbejde)", "email"), ("Tlf.", "phone"),
])
def test_scores_and_other_fields_by_their_words(header, field):
    assert next(iter(meaning(header, "contacts"))) == field


@pytest.mark.parametrize("header", ["Moderne dans", "Antal besøg", "Hjemmeside", "Fra", "Til", "Biblioteket"])
def test_words_that_must_not_match(header):
    # "Moderne dans" is no Møderummet; "Fra" and "Til" are no relation ends in a contacts table
    assert meaning(header, "contacts") == {}


@pytest.mark.parametrize("header, field", [
    ("Fra", "source"), ("Til", "target"), ("Source", "source"), ("Target", "target"), ("From", "source"),
    ("To", "target"), ("Vertex 1", "source"), ("Vertex 2", "target"), ("Fra aktør", "source"),
])
def test_relation_ends(header, field):
    assert next(iter(meaning(header, "relations"))) == field


def test_an_exact_alias_is_certain_and_words_are_not():
    assert meaning("Medarbejder", "contacts") == {"staff": 1.0}
    assert meaning("Organisation/navn", "contacts") == {"name": 0.9}


def test_words_split_on_punctuation_and_keep_e_mail_whole():
    assert words("E-mail (arbejde)") == ["email", "arbejde"]
    assert words("Organisasjon/enhet/gruppe") == ["organisasjon", "enhet", "gruppe"]
    assert words("Grad af indflydelse") == ["grad", "af", "indflydelse"]


@pytest.mark.parametrize("header, field", [
    ("Org.", "name"), ("Kontaktpers.", "contact_person"), ("Ansv.", "staff"), ("Rel.", "level"),
    ("Indfl.", "influence"), ("Bem.", "notes"), ("Ansv. bibl.", "staff"), ("Bibl. kontakt", "staff"),
    ("Org.nr", "id"), ("CVR-nummer", "id"),
])
def test_abbreviations_are_read_as_the_word_they_start(header, field):
    assert next(iter(meaning(header, "contacts"))) == field


def test_an_ambiguous_abbreviation_only_hints_for_the_values_to_settle():
    assert meaning("Int.", "contacts") == {"interest": 0.6, "name": 0.6}


@pytest.mark.parametrize("header, field", [
    ("Organisaton", "name"), ("Medarbeidere", "staff"), ("Relaton", "level"),
    ("Sist kontaktet", "last_contact"), ("Last contacted", "last_contact"), ("Library lead", "staff"),
    ("Kontakt (navn)", "contact_person"), ("Hvem kender dem", "staff"), ("Kontaktperson i biblioteket", "staff"),
    ("Hvad hedder organisationen?", "name"), ("Company", "name"), ("First Name", "contact_person"),
    ("Owner", "staff"), ("Next review", "next_evaluation"), ("Påverkan", "influence"),
])
def test_typos_and_the_words_a_review_found_missing(header, field):
    assert next(iter(meaning(header, "contacts"))) == field


def test_a_sentence_in_a_cell_is_no_header():
    assert meaning("Vi har et godt samarbejde med dem om læsning og sprog for børn hele året", "contacts") == {}
    assert next(iter(meaning("Hvor stor indflydelse har de på projektet? (1-5)", "contacts"))) == "influence"


@pytest.mark.parametrize("header", ["Antal brugere", "Number of visits", "Budget 2025", "Beløb (kr.)"])
def test_a_count_is_no_field(header):
    assert meaning(header, "contacts") == {}
