"""Finding a CSV's text encoding by evidence: byte order marks, NUL bytes, plausible Nordic words."""

from __future__ import annotations

import codecs

import pytest

from netkort.read import encoding
from netkort.read.contacts import read

DANISH = "Navn;Relation\r\nSøren Æbelø Klub;netværk\r\nKåre Øyen;samarbejde\r\nÅby Roklub;partnerskab\r\n"
NORWEGIAN = "Navn;Relasjon\r\nBjørnstjerne Bjørnson;nettverk\r\nKåre Øyen;samarbeid\r\n"
SWEDISH = "Namn;Relation\r\nÅsa Öberg;nätverk\r\nÄngelholms bibliotek;samarbete\r\nMalmö stad;nätverk\r\n"
NAMES = {DANISH: ["Søren Æbelø Klub", "Kåre Øyen", "Åby Roklub"],
         NORWEGIAN: ["Bjørnstjerne Bjørnson", "Kåre Øyen"],
         SWEDISH: ["Åsa Öberg", "Ängelholms bibliotek", "Malmö stad"]}


def names(path):
    return [r.values["name"] for r in read([path]).contacts]


@pytest.mark.parametrize("text", [DANISH, NORWEGIAN, SWEDISH], ids=["da", "nb", "sv"])
@pytest.mark.parametrize("codec", ["cp1252", "mac_roman", "cp850"])
def test_eight_bit_files_are_read_in_their_own_encoding(tmp_path, text, codec):
    path = tmp_path / "k.csv"
    path.write_bytes(text.encode(codec))
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == NAMES[text]
    codes = [p.code for p in data.problems]
    assert codes == ([] if codec == "cp1252" else ["csv-encoding"])  # Excel on Windows' own needs no word


def test_mac_roman_is_named_in_a_warning_with_the_words_that_show_it(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(DANISH.encode("mac_roman"))
    (problem,) = read([path]).problems
    assert (problem.severity, problem.file, problem.row) == ("warning", str(path), None)
    assert problem.message() == (
        "Filen er ikke gemt som UTF-8; netkort har læst den som Mac Roman (ældre Excel på Mac) ud fra ord som "
        "'Søren', 'Æbelø', 'netværk'. Ser æ, ø og å forkerte ud, så gem filen som 'CSV UTF-8' og prøv igen.")
    assert problem.message("en") == (
        "The file is not saved as UTF-8; netkort read it as Mac Roman (older Excel on a Mac), judging by words "
        "such as 'Søren', 'Æbelø', 'netværk'. If æ, ø and å look wrong, save the file as 'CSV UTF-8' and try again.")


def test_cp850_is_named_in_a_warning(tmp_path):
    path = tmp_path / "dos.csv"
    path.write_bytes(DANISH.encode("cp850"))
    (problem,) = read([path]).problems
    assert problem.message() == (
        "Filen er ikke gemt som UTF-8; netkort har læst den som cp850 (DOS og ældre databaser) ud fra ord som "
        "'Søren', 'Æbelø', 'netværk'. Ser æ, ø og å forkerte ud, så gem filen som 'CSV UTF-8' og prøv igen.")


def test_too_little_evidence_is_a_warning_naming_the_encoding_assumed(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes("Navn\nØster Skole\n".encode("cp1252"))  # one Ø: cp850 reads it as Ï, Mac Roman as ÿ
    data = read([path])
    assert names(path) == ["Øster Skole"]
    (problem,) = data.problems
    assert problem.code == "csv-encoding-unsure"
    assert problem.message() == (
        "netkort kan ikke se sikkert, hvilket tegnsæt filen er gemt i, og har læst den som Windows-1252 "
        "(Excel på Windows) (fx 'Øster'). Ser æ, ø og å forkerte ud, så gem filen som 'CSV UTF-8' og prøv igen.")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
def test_utf16_and_utf32_with_or_without_a_byte_order_mark(tmp_path, codec, bom):
    path = tmp_path / "k.csv"
    mark = "\ufeff".encode(codec) if bom else b""
    path.write_bytes(mark + SWEDISH.encode(codec))
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == NAMES[SWEDISH]
    assert data.problems == []


def test_powershell_tab_separated_utf16_without_bom(tmp_path):
    path = tmp_path / "eksport.txt"
    path.write_bytes("Navn\tRelation\r\nSøren Æbelø Klub\tsamarbejde\r\n".encode("utf-16-le"))
    assert read([path]).contacts[0].values == {"name": "Søren Æbelø Klub", "level": "cooperation"}


def test_utf8_with_a_stray_windows_byte_stays_utf8_and_says_where(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes(("Navn;Relation\n" + "Søren Æbelø Klub;netværk\n" * 5).encode("utf-8")
                     + "Kåre Øyen;netværk\n".encode("cp1252"))  # å, Ø and æ
    data = read([path])
    assert [r.values["name"] for r in data.contacts] == ["Søren Æbelø Klub"] * 5 + ["K\ufffdre \ufffdyen"]
    (problem,) = [p for p in data.problems if p.code == "csv-encoding-damaged"]
    assert problem.message() == ("Filen er UTF-8, men 3 tegn kunne ikke læses og står som '\ufffd' (første gang "
                                 "i linje 7). Gem filen som 'CSV UTF-8' igen, eller ret tegnene.")


def test_byte_order_marks_are_told_apart():
    assert encoding.unicode_codec(codecs.BOM_UTF32_LE + "N".encode("utf-32-le")) == "utf-32"
    assert encoding.unicode_codec(codecs.BOM_UTF16_LE + "Navn".encode("utf-16-le")) == "utf-16"
    assert encoding.unicode_codec(codecs.BOM_UTF8 + b"Navn") is None  # ASCII-compatible
    assert encoding.unicode_codec("Navn;Søren\r\n".encode("utf-16-be")) == "utf-16-be"
    assert encoding.unicode_codec(b"Navn;S\x00ren\r\n") is None  # one NUL is a pasted control character


def test_plausibility_prefers_nordic_letters_to_mojibake():
    assert encoding.plausibility("Søren") == 3
    assert encoding.plausibility("S¿ren") == -5  # a Mac ø read as Windows-1252
    assert encoding.plausibility("S›ren") == -5  # a DOS ø read as Windows-1252
    assert encoding.plausibility("KÜre") == -1  # a DOS å read as Mac Roman: a capital inside a word
    assert encoding.plausibility("O’Brien") == 0
    assert encoding.plausibility("€") == 3  # standing alone, as in "50 €"
    assert encoding.plausibility("Ä") == 0  # the same byte read as Mac Roman


@pytest.mark.parametrize("column, value", [("Pris", "50 €"), ("Tid", "kl. 10–12")])
def test_a_windows_file_with_only_a_euro_sign_or_a_dash_is_windows_1252(tmp_path, column, value):
    path = tmp_path / "k.csv"
    path.write_bytes(f"Navn;{column}\nRoklub;{value}\n".encode("cp1252"))
    data = read([path])
    assert data.contacts[0].custom == {column: value}
    assert data.problems == []


def test_the_eight_bit_guess_decodes_a_bounded_sample_and_the_file_once(monkeypatch):
    data = ("Navn;Relation\r\n" + "Søren Æbelø Klub;netværk\r\n" * 50_000).encode("mac_roman")  # 1.3 MB
    full, scored = [], []
    real_decode_all, real_plausibility = encoding._decode_all, encoding.plausibility
    monkeypatch.setattr(encoding, "_decode_all", lambda d, c: full.append(c) or real_decode_all(d, c))
    monkeypatch.setattr(encoding, "plausibility", lambda w: scored.append(w) or real_plausibility(w))
    decoded = encoding.decode(data)
    assert decoded.encoding == "mac_roman" and decoded.sure
    assert full == ["mac_roman"]  # one full decode (after the UTF-8 attempt that fails at the first ø)
    assert len(scored) == 4 * encoding.MAX_SAMPLES  # four candidates, each on the same bounded sample
    assert max(len(w) for w in scored) <= 2 * encoding._WORD_REACH + 2
