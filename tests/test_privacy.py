"""What a page may show: private persons, personal fields, the allow-list."""

from __future__ import annotations

import datetime as dt

import pytest

from netkort.privacy import is_private_person, looks_personal, visible_actor, visible_staff

PERSON = {"kind": "actor", "name": "Karen Jensen", "type": "Borger", "contact_person": "Karen Jensen",
          "email": ["karen@example.org"], "phone": ["12 34 56 78"], "notes": "ringer om aftenen",
          "level": "cooperation", "spaces": ["learning"], "groups": ["ældre"],
          "last_contact": dt.date(2025, 3, 1), "custom": {"Cpr": "010101-1234"}, "sources": ["x"]}
CLUB = {"kind": "actor", "name": "Åby Roklub", "type": "forening", "contact_person": "Mette Kjær",
        "email": ["info@roklub.example"], "phone": ["87 65 43 21"], "notes": "formand skifter",
        "level": "partnership", "sector": "civil"}


@pytest.mark.parametrize("kind", ["borger", "Borger ", "PRIVATPERSON", "citizen", "Private person",
                                  "borger/frivillig", "frivillig; borger", "innbygger"])
def test_private_person_types(kind):
    assert is_private_person({"kind": "actor", "type": kind})


@pytest.mark.parametrize("attrs", [{"kind": "actor", "type": "forening"}, {"kind": "actor"},
                                   {"kind": "actor", "type": ""}, {"kind": "actor", "type": "borgerservice"},
                                   {"kind": "staff", "type": "borger"}])
def test_not_private_persons(attrs):
    assert not is_private_person(attrs)


def test_default_shows_no_personal_field_and_nothing_unlisted():
    shown = visible_actor(PERSON)
    assert shown == {"name": "Karen Jensen", "type": "Borger", "contact_person": "Karen Jensen",
                     "level": "cooperation", "spaces": ["learning"], "groups": ["ældre"],
                     "last_contact": dt.date(2025, 3, 1)}


def test_details_add_email_phone_and_notes():
    shown = visible_actor(CLUB, details=True)
    assert shown["email"] == ["info@roklub.example"]
    assert shown["phone"] == ["87 65 43 21"]
    assert shown["notes"] == "formand skifter"


def test_public_replaces_a_private_person_and_drops_contact_people():
    person = visible_actor(PERSON, public=True, details=True)
    assert person["name"] == "Privatperson"
    assert "contact_person" not in person
    assert not {"email", "phone", "notes"} & set(person)
    assert person["level"] == "cooperation"          # what says nothing about who it is stays
    assert visible_actor(PERSON, public=True, lang="en")["name"] == "Private person"
    club = visible_actor(CLUB, public=True, details=True)
    assert club["name"] == "Åby Roklub"
    assert "contact_person" not in club and "email" not in club


def test_staff_email_only_with_details_and_never_in_public():
    member = {"kind": "staff", "name": "Jens Berg", "department": "Børn", "email": ["jb@bib.example"]}
    assert visible_staff(member) == {"name": "Jens Berg", "department": "Børn"}
    assert visible_staff(member, details=True)["email"] == ["jb@bib.example"]
    assert "email" not in visible_staff(member, details=True, public=True)


@pytest.mark.parametrize("kind", ["Borgere", "BORGER", "Borger (frivillig)", "privatpersoner", "Private person",
                                  "borger/frivillig", "Innbyggere"])
def test_private_person_types_in_any_form(kind):
    assert is_private_person({"kind": "actor", "type": kind})


def test_public_pages_drop_a_private_persons_free_text():
    shown = visible_actor({"kind": "actor", "name": "Søren Æbelø", "type": "borger", "activities": "Søren læser op",
                           "tags": ["Sørens projekt"], "level": "network"}, public=True)
    assert shown == {"name": "Privatperson", "type": "borger", "level": "network"}


def test_extra_columns_that_look_personal():
    assert all(looks_personal(h) for h in ["Mobilnummer", "Privat e-mail", "Telefon (privat)", "Adresse", "CPR"])
    assert not any(looks_personal(h) for h in ["Webside", "Postnummer", "Bydel"])
