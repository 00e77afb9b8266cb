"""The vocabulary's labels and the reading side's sentences in Norwegian and Swedish (issue 14).

The labels are msgid tables (netkort.i18n.Labels) translated in the catalogues: Danish and English
stay as they were, and nb/sv get their own words (terms.md: the network circle, the four spaces, the
interest analysis's quadrants), each a word netkort reads back, so a nb/sv template round-trips.
"""

from __future__ import annotations

import errno
import re

import pytest
from babel.messages.pofile import read_po
from workbooks import make_xlsx

import netkort
from netkort import vocabulary as V
from netkort.checklist import Answer, Review, sentence
from netkort.cli import cli
from netkort.i18n import LOCALEDIR, Ctx
from netkort.interest import QUADRANT_LABELS, QUADRANT_STRATEGIES
from netkort.messages import say
from netkort.network import load
from netkort.output import reason
from netkort.personal import mask
from netkort.privacy import public_label
from netkort.read import values as R
from netkort.read.column_map import valid_fields
from netkort.read.headers import question
from netkort.read.workbook import _COLUMNS, _ROWS, _spans
from netkort.text import column_letter, fold

TABLES = {"LEVEL": V.LEVEL_LABELS, "SPACE": V.SPACE_LABELS, "AIM": V.AIM_LABELS, "SECTOR": V.SECTOR_LABELS,
          "AGREEMENT": V.AGREEMENT_LABELS, "CHECKLIST": V.CHECKLIST_LABELS, "SHORT": V.CHECKLIST_SHORT,
          "ANSWER": V.ANSWER_LABELS, "DECISION": V.DECISION_LABELS, "FIELD": V.FIELD_LABELS,
          "QUADRANT": QUADRANT_LABELS, "STRATEGY": QUADRANT_STRATEGIES}


def test_the_network_circle_and_the_four_spaces_in_norwegian_and_swedish():
    assert V.LEVEL_LABELS["nb"] == {"network": "nettverk", "cooperation": "samarbeid", "partnership": "partnerskap"}
    assert V.LEVEL_LABELS["sv"] == {"network": "nätverk", "cooperation": "samarbete", "partnership": "partnerskap"}
    assert V.SPACE_LABELS["nb"] == {"inspiration": "Inspirasjonsrommet", "learning": "Læringsrommet",
                                    "meeting": "Møterommet", "performative": "Det performative rommet"}
    assert V.SPACE_LABELS["sv"] == {"inspiration": "Inspirationsrummet", "learning": "Läranderummet",
                                    "meeting": "Mötesrummet", "performative": "Det performativa rummet"}
    assert V.AIM_LABELS["nb"] == {"experience": "Erkjennelse/opplevelse", "empowerment": "Empowerment",
                                  "involvement": "Engasjement", "innovation": "Innovasjon"}
    assert V.SECTOR_LABELS["sv"] == {"public": "offentlig", "private": "privat", "civil": "civilsamhälle"}
    assert V.AGREEMENT_LABELS["nb"] == {"none": "ingen", "oral": "muntlig", "agreement": "samarbeidsavtale",
                                        "contract": "kontrakt"}
    assert V.ANSWER_LABELS["sv"] == {"yes": "ja", "partly": "delvis", "no": "nej", "unknown": "vet inte"}
    assert V.DECISION_LABELS["nb"] == {"yes": "ja", "no": "nei", "open": "ikke besluttet"}


def test_the_interest_quadrants_use_the_strategy_names_of_norwegian_and_swedish_sources():
    assert QUADRANT_LABELS["nb"] == {"manage-closely": "Nøkkelpersoner", "keep-satisfied": "Hold tilfreds",
                                     "keep-informed": "Hold informert", "monitor": "Følg med"}
    assert QUADRANT_LABELS["sv"] == {"manage-closely": "Nyckelpersoner", "keep-satisfied": "Håll nöjda",
                                     "keep-informed": "Håll informerade", "monitor": "Bevaka"}
    assert QUADRANT_STRATEGIES["sv"]["monitor"] == "Bevaka: följ deras hållning och informera vid behov."


def test_danish_and_english_labels_are_as_before():
    assert V.LEVEL_LABELS["da"] == {"network": "netværk", "cooperation": "samarbejde", "partnership": "partnerskab"}
    assert V.SPACE_LABELS["da"]["performative"] == "Det performative rum"
    assert V.SPACE_LABELS["en"]["performative"] == "Performative space"
    assert V.AIM_LABELS["da"]["experience"] == "Erkendelse/oplevelse"
    assert V.DECISION_LABELS["da"] == {"yes": "til", "no": "fra", "open": "ikke besluttet"}
    assert V.DECISION_LABELS["en"] == {"yes": "yes", "no": "no", "open": "not decided"}
    assert V.CHECKLIST_LABELS["da"]["motivation"] == "Motivationsafklaringen"
    assert V.CHECKLIST_SHORT["da"]["motivation"] == "Motivation"
    assert V.CHECKLIST_POINTS["da"]["tools"] == ("Skriftlig samarbejdsaftale",
                                                 "Tidsplan og herunder plan for nedlukning",
                                                 "Værktøj til dokumentdeling")
    assert V.QUESTION_TEXTS["da"][13] == "Er det muligt at finansiere?"
    assert V.QUESTION_SHORT["en"][10] == "learning"
    assert V.FIELD_LABELS["da"]["q3"] == "Spørgsmål 3" and V.FIELD_LABELS["en"]["q14"] == "Question 14"
    assert V.FIELD_LABELS["da"]["purpose"] == "Partnerskabets formål"
    assert QUADRANT_LABELS["da"] == {"manage-closely": "Ressourcepersoner", "keep-satisfied": "Grå eminencer",
                                     "keep-informed": "Gidsler", "monitor": "Eksterne interessenter"}
    assert list(V.LEVEL_LABELS) == ["da", "nb", "sv", "en"]


def _catalogue(lang):
    with open(LOCALEDIR / lang / "LC_MESSAGES" / "netkort.po", "rb") as f:
        return read_po(f)


def _msgids():
    for table in TABLES.values():
        yield from table.msgids.values()
    for points in V.CHECKLIST_POINTS.msgids.values():
        yield from points
    yield from V.QUESTION_TEXTS.msgids
    yield from V.QUESTION_SHORT.msgids


@pytest.mark.parametrize("lang", ["da", "nb", "sv"])
def test_every_label_is_translated_not_left_english(lang):
    """Each label's msgid is in the catalogue with a translation; none of them falls back to English."""
    catalogue = _catalogue(lang)
    missing = []
    for marked in _msgids():
        if not isinstance(marked, (str, Ctx)):
            marked = marked.message  # a Phrase: 'Question {n}'
        context, message = (marked.context, marked.message) if isinstance(marked, Ctx) else (None, marked)
        entry = catalogue.get(message, context=context)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append((context, message))
    assert missing == []


_HEADERS = {fold(a) for t in (V.CONTACT_COLUMNS, V.RELATION_COLUMNS, V.CHECKLIST_COLUMNS, V.CANDIDATE_COLUMNS)
            for aliases in t.values() for a in aliases}


def _labels_differing(lang):
    """English labels that are neither the Danish nor the ``lang`` word, nor a header a sheet may have (quoted
    from the sheet as written): none may show in ``lang``."""
    return {v for t in TABLES.values() for k, v in t["en"].items()
            if v not in (t[lang][k], t["da"][k]) and len(v) > 6 and fold(v) not in _HEADERS}


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_every_norwegian_and_swedish_label_reads_back(lang):
    """The template writes these words; check must read each as what it says."""
    for table, parse in ((V.LEVEL_LABELS, R.parse_level), (V.SECTOR_LABELS, R.parse_sector),
                         (V.AGREEMENT_LABELS, R.parse_agreement), (V.ANSWER_LABELS, R.parse_check),
                         (V.DECISION_LABELS, R.parse_decision)):
        assert {key: parse(label) for key, label in table[lang].items()} == {
            key: (key, None) for key in table[lang]}
    assert {key: R.parse_spaces(label) for key, label in V.SPACE_LABELS[lang].items()} == {
        key: ((key,), None) for key in V.SPACES}
    tables = {**V.CONTACT_COLUMNS, **V.STAFF_COLUMNS}, V.RELATION_COLUMNS, V.CHECKLIST_COLUMNS, V.CANDIDATE_COLUMNS
    for key, label in V.FIELD_LABELS[lang].items():
        if key in V.QUESTIONS:
            assert question(label) == {key: 1.0}
        else:
            assert any(fold(label) in {fold(a) for a in t.get(key, ())} for t in tables), (key, label)
    for n, text in enumerate(V.QUESTION_TEXTS[lang], start=1):
        assert f"{n}. {text}" in V.CANDIDATE_COLUMNS[f"q{n}"]


@pytest.mark.parametrize(("text", "spaces"), [
    ("Skapanderummet", ("performative",)),          # the Swedish thesis's name
    ("skapande rum", ("performative",)),
    ("Det skapande rummet", ("performative",)),
    ("Det skapende rommet", ("performative",)),     # Norwegian
    ("skapenderom", ("performative",)),
    ("det performativa rummet", ("performative",)),  # Swedish adjective ending
    ("Performativa rum; Mötesrummet", ("performative", "meeting")),
    ("Läranderummet och skapanderummet", ("learning", "performative")),
])
def test_the_creating_space_and_its_cousins_are_the_performative_space(text, spaces):
    assert R.parse_spaces(text) == (spaces, None)


@pytest.mark.parametrize("text", ["Skapande verksamhet", "Skapandeværksted", "Skaberum"])
def test_words_that_only_start_like_the_creating_space_are_no_space(text):
    found, issue = R.parse_spaces(text)
    assert found == () and issue.code == "unknown-space"


def test_a_misspelled_value_is_said_with_the_readers_own_word():
    _, issue = R.parse_level("samarbejd")
    assert say(issue.code, "nb", **issue.params) == (
        "'samarbejd' er ikke et relasjonsnivå; mente du 'samarbeid'? Gyldige: nettverk, samarbeid, partnerskap")
    assert say(issue.code, "sv", **issue.params) == (
        "'samarbejd' är inte en relationsnivå; menade du 'samarbete'? Giltiga: nätverk, samarbete, partnerskap")
    assert say(issue.code, "da", **issue.params) == (
        "'samarbejd' er ikke et relationsniveau; mente du 'samarbejde'? Gyldige: netværk, samarbejde, partnerskab")
    assert say(issue.code, "en", **issue.params) == (
        "'samarbejd' is not a relation level; did you mean 'samarbejde'? Valid: network, cooperation, partnership")
    _, issue = R.parse_question("delvis")
    assert say(issue.code, "sv", **issue.params) == (
        "'delvis' är inte ett giltigt svar på en av de 14 frågorna (delvis hör till checklistan). "
        "Giltiga: ja, nej, vet inte")
    _, issue = R.parse_question("måske")
    assert say(issue.code, "nb", **issue.params) == "'måske' er lest som 'vet ikke'; svar ja, nei eller vet ikke."


def test_a_public_page_names_the_hidden_actors_in_the_readers_language():
    person, unknown = {"name": "Karen Holm", "type": "borger"}, {"name": "Hvem", "type": "noget"}
    assert [public_label(person, lang) for lang in ("da", "nb", "sv", "en")] == [
        "Privatperson", "Privatperson", "Privatperson", "Private person"]
    assert [public_label(unknown, lang) for lang in ("da", "nb", "sv", "en")] == [
        "Ukendt aktør", "Ukjent aktør", "Okänd aktör", "Unknown actor"]


def test_masks_and_write_failures_in_norwegian_and_swedish():
    text = "Skriv til ole@example.dk eller 12 34 56 78"
    assert mask(text, "nb") == "Skriv til [e-post skjult] eller [telefon skjult]"
    assert mask(text, "sv") == "Skriv til [e-post dold] eller [telefon dold]"
    assert mask(text, "da") == "Skriv til [e-mail skjult] eller [telefon skjult]"
    assert reason(errno.ENOSPC, "sv") == "disken är full"
    assert reason(errno.ENOENT, "nb", "/x") == "mappen '/x' finnes ikke"
    assert reason(errno.ENOENT, "da", "/x") == "mappen '/x' findes ikke"


def test_the_checklist_sentence_in_norwegian_and_swedish():
    answers = {h: Answer("yes", "team") for h in V.CHECKLIST}
    answers.update(resources=Answer("no", "team"), tools=Answer(None, None), evaluation=Answer("partly", "team"))
    review = Review(name="Åby Roklub", level="partnership", staff=(), reviewed=False, answers=answers)
    assert sentence(review, "nb") == ("Åby Roklub (ikke gjennomgått) mangler ressursplanen og arbeidsverktøyene; "
                                      "evalueringsplanen er bare delvis på plass.")
    assert sentence(review, "sv") == ("Åby Roklub (inte genomgånget) saknar resursplanen och arbetsverktygen; "
                                      "utvärderingsplanen är bara delvis på plats.")
    assert sentence(review, "da") == ("Åby Roklub (ikke gennemgået) mangler ressourceplanen og arbejdsredskaberne; "
                                      "evalueringsplanen er kun delvis på plads.")


def test_hidden_rows_and_columns_are_listed_in_the_readers_language():
    rows = _spans([5, 6, 7, 9], str, _ROWS)
    assert [rows(lang) for lang in ("da", "nb", "sv", "en")] == [
        "Rækkerne 5–7 og 9", "Radene 5–7 og 9", "Raderna 5–7 och 9", "Rows 5–7 and 9 are"]
    many = _spans(list(range(1, 40, 2)), column_letter, _COLUMNS)
    assert many("sv") == "Kolumnerna B, D, F, H, J, L, N, P, R, T och 10 till"
    assert many("da") == "Kolonnerne B, D, F, H, J, L, N, P, R, T og 10 flere"
    assert many("en") == "Columns B, D, F, H, J, L, N, P, R, T and 10 more are"
    assert _spans([3], str, _ROWS)("nb") == "Rad 3"


def test_the_column_maps_fields_in_swedish():
    assert valid_fields("sv").startswith("namn, id, typ, sektor, kontaktperson, e-post,")
    assert valid_fields("sv").endswith(", extra")
    assert valid_fields("da").endswith(", ekstra")


CONTACTS = [["Navn", "Relation"], ["Åby Festival", "netværk"], ["Åby Roklub", "partnerskab"]]
CHECKLIST = [["Partnerskab", "Partnerskabets formål"], ["Åby Festival", "ja"]]


def test_a_checklist_row_for_a_network_contact_in_norwegian_and_swedish(tmp_path):
    workbook = make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": CONTACTS, "Tjekliste": CHECKLIST})
    found = [p for p in load([workbook]).problems if p.code == "checklist-not-partnership"]
    assert found[0].message("nb").startswith(
        "'Åby Festival' står på sjekklisten, men er nettverk blant kontaktene, ikke partnerskap,")
    assert found[0].message("sv").startswith(
        "'Åby Festival' står på checklistan, men är nätverk bland kontakterna, inte partnerskap,")


@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_check_on_the_sample_says_the_vocabulary_in_the_users_language(runner, lang):
    result = runner.invoke(cli, ["check", str(netkort.sample()), "--lang", lang])
    said = {"nb": "'samarbejd' er ikke et relasjonsnivå; mente du 'samarbeid'? Gyldige: nettverk, samarbeid, "
                  "partnerskap",
            "sv": "'samarbejd' är inte en relationsnivå; menade du 'samarbete'? Giltiga: nätverk, samarbete, "
                  "partnerskap"}[lang]
    assert said in result.output
    english = sorted(w for w in _labels_differing(lang) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", result.output))
    assert english == []


def test_the_houses_other_details_are_named_in_the_readers_language():
    from conftest import SAMPLES

    (problem,) = load([SAMPLES / "kumu-netvaerk.xlsx"]).problems
    assert problem.message("nb") == ("'Vestby Bibliotek' er huset selv, nettverkskartets midtpunkt; filens øvrige "
                                     "opplysninger om det (Merknader: Folkebiblioteket i Vestby) er ikke med.")
    assert problem.message("sv") == ("'Vestby Bibliotek' är huset självt, nätverkskartans mitt; filens övriga "
                                     "uppgifter om det (Anteckningar: Folkebiblioteket i Vestby) är inte med.")
    assert problem.message("en").endswith("(Notes: Folkebiblioteket i Vestby) are left out.")
