"""Personal data typed into free text: found, warned about by check, masked on pages and in exports."""

from __future__ import annotations

import json

import pytest
from workbooks import make_xlsx

from netkort import personal
from netkort.cli import cli
from netkort.personal import find, kinds_in, mask

MASKED = [
    ("ring 12 34 56 78 efter kl. 16", "ring [telefon skjult] efter kl. 16"),
    ("Tlf. 20 12 34 56, mail hanne@x.dk", "Tlf. [telefon skjult], mail [e-mail skjult]"),
    ("20123456", "[telefon skjult]"),
    ("2012 3456", "[telefon skjult]"),
    ("+45 20 12 34 56", "[telefon skjult]"),
    ("0045 20123456", "[telefon skjult]"),
    ("(+45) 2012 3456", "[telefon skjult]"),
    ("+47 412 34 567", "[telefon skjult]"),
    ("412 34 567", "[telefon skjult]"),
    ("070-123 45 67", "[telefon skjult]"),
    ("08-123 456 78", "[telefon skjult]"),
    ("+46 70 123 45 67", "[telefon skjult]"),
    ("+46 (0)8 123 456 78", "[telefon skjult]"),
    ("+44 20 7946 0000", "[telefon skjult]"),
    ("hanne.lund@sprogcenter.eksempel.dk", "[e-mail skjult]"),
    ("skriv til hanne (at) x.dk", "skriv til [e-mail skjult]"),
    ("hanne[at]x.dk", "[e-mail skjult]"),
    ("CPR 010190-1234", "CPR [CPR skjult]"),
    ("0101901234", "[CPR skjult]"),
    ("010190 1234", "[CPR skjult]"),
    ("290200-1234", "[CPR skjult]"),            # 29 February 2000
    ("01019012345", "[CPR skjult]"),            # Norwegian fødselsnummer
    ("850312-1234", "[CPR skjult]"),            # Swedish personnummer
    ("19850312-1234", "[CPR skjult]"),
]
KEPT = [
    "Åbent 2024", "8000 Aarhus C", "DK-8000 Aarhus", "møde 01-03-2024", "01.03.2024", "01 03 2024",
    "2024-03-01", "20240301", "2.500 kr.", "12.500.000 kr", "1.250.000", "20123456 kr.", "2024 2025",
    "ISBN 978-87-02-12345-6", "9788702123456", "CVR 20123456", "CVR-nr. 20123456", "SE-nr. 20123456",
    "j.nr. 20123456", "kl. 10.30-12.00", "09-12 13-16", "311390-1234", "300290-1234", "a@b",
    "31.13.90-1234", "32.01.90-1234", "01.01.90-31.12.95", "01.02.2024 1400", "2024-03-01 2024-03-05",
    "1990 1991 1992",
    "Postboks 123, 8000", "Åby Roklub", "",
]

# issue 12 review, finding 3: a CPR number however it is written: any dash, a dot, a slash, an
# underscore, a space or nothing inside the date and before the serial number; full-width forms
CPR_SPELLINGS = [
    "04.01.90-1237", "05-01-90-1238", "060190\u20101239", "1301 90 1245", "140190/1246", "150190_1247",
    "060190\u20131239", "060190\u20141239", "060190\u22121239", "060190\u20111239", "060190\ufe631239",
    "060190\uff0d1239", "06.01.90 1239", "06/01/90-1239", "06_01_90_1239", "06 01 90 1239", "060190.1239",
    "06-01-1990-1239"[:0] + "06-01-90 - 1239", "０６０１９０－１２３９", "０６．０１．９０\u30001239",
    "060190\u00a01239", "060190\u202f1239", "1990-01-06-1239", "19900106 1239"[:0] + "19900106-1239",
    "06.01.90.12345",   # Norwegian fødselsnummer
]
# finding 13: e-mail addresses as links and web pages write them, and in full-width letters
EMAIL_SPELLINGS = [
    "anna%40holmq.dk", "ａｎｎａ＠ｈｏｌｍｗ．ｄｋ", "anna\ufe6bholm.dk", "anna&#64;holm.dk", "anna&#x40;holm.dk",
    "anna&commat;holm.dk", "anna(at)holm(dot)dk", "anna [at] holm [dot] dk", "anna<at>holm.dk",
    "anna(snabel-a)holm.dk",
]
# finding 18: numbers labelled as a business's or a document's are no phone or CPR numbers
LABELLED = [
    "SE-nummer 12345678", "SE nr. 12345678", "P-nummer 1003456789", "P-nr. 1003456789", "p.nr 1003456789",
    "CVR-nummer: 12345678", "EAN 5790001234567", "GLN-nr. 5790001234567", "ISSN 12345678",
    "ISBN 8702123456", "Reg.nr. 1234 konto 0101901234", "Kontonr. 0101901234", "Fakturanummer 20123456",
    "Faktura nr. 0101901234", "Ordrenr. 12345678", "Ordre 0101901234", "J.nr. 0101901234",
    "Sagsnr. 20123456", "sagsnummer 0101901234", "Organisationsnummer: 12345678", "Bilag nr. 12345678",
    "Varenummer 0101901234", "Kundenr. 12345678", "Medlemsnummer 12345678",
]
# ... but a CPR number used as a borrower's or customer's number stays a CPR number
STILL_CPR = ["Lånernr. 0101901234", "Kundenummer 010190-1234", "CPR-nr. 010190-1234", "Personnummer 900101-1234",
             "ID: 0101901234"]


@pytest.mark.parametrize("text", CPR_SPELLINGS)
def test_a_cpr_number_is_found_however_it_is_written(text):
    assert mask(text) == "[CPR skjult]"
    assert kinds_in(f"ring om {text} i morgen") == ["cpr"]


@pytest.mark.parametrize("text", EMAIL_SPELLINGS)
def test_an_email_address_is_found_however_it_is_written(text):
    assert mask(f"skriv til {text} senest fredag") == "skriv til [e-mail skjult] senest fredag"


@pytest.mark.parametrize("text", LABELLED)
def test_labelled_business_and_document_numbers_are_kept(text):
    assert mask(text) == text


@pytest.mark.parametrize("text", STILL_CPR)
def test_a_cpr_number_labelled_as_a_persons_number_is_masked(text):
    assert mask(text).endswith("[CPR skjult]")


def test_folding_keeps_every_character_in_its_place():
    from netkort.personal import folded

    for text in ("ａｎｎａ＠ｘ．ｄｋ", "06\u201001\u221290", "ﬁ ½ Ⅻ", "a\u3000b", "٠١٢"):
        assert len(folded(text)) == len(text)
    assert folded("０６－０１\u2010９０\u00a0１２３４") == "06-01-90 1234"
    assert folded("٠١٢") == "012"
    assert mask("Ring ＋４５ ２０ １２ ３４ ５６ (ﬁrma)") == "Ring [telefon skjult] (ﬁrma)"


@pytest.mark.parametrize("text,masked", MASKED)
def test_personal_data_is_masked(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize("text", KEPT)
def test_years_postcodes_dates_amounts_and_isbns_are_not(text):
    assert mask(text) == text and find(text) == []


def test_masks_in_english_and_what_details_keeps():
    text = "hanne@x.dk, 20 12 34 56, 010190-1234"
    assert mask(text, "en") == "[e-mail hidden], [phone hidden], [CPR hidden]"
    assert mask(text, keep=("email", "phone")) == "hanne@x.dk, 20 12 34 56, [CPR skjult]"
    assert kinds_in(text) == ["cpr", "email", "phone"]


def test_detection_is_one_pass_per_kind_and_linear():
    """Work is counted, not timed: one scan per kind, and inputs that would make a naive
    pattern backtrack (long runs with no @, digits with no end) still take one scan each."""
    personal.SCANS["count"] = 0
    cells = ["ring 20 12 34 56", "hanne@x.dk", "Åby Roklub", "010190-1234 og 2.500 kr."] * 500
    for cell in cells:
        find(cell)
    assert personal.SCANS["count"] == 500 * (2 + 1 + 0 + 2)   # no digit and no @: no scan at all
    personal.SCANS["count"] = 0
    for text in ("a" * 1_000_000 + " @", "a." * 500_000 + "@", "1 " * 500_000, "1" * 1_000_000):
        assert find(text) == []
    assert personal.SCANS["count"] == 1 + 1 + 2 + 2


# --- check warns with file, sheet, row and column ------------------------------------------

HEADER = ["Navn", "Type", "Kontaktperson", "Medarbejder", "Relation", "Aktiviteter", "Tema",
          "Bemærkning", "Kontaktinfo", "ID", "Telefon"]
ROWS = [
    ["Åby Roklub", "forening", "Ib Holm, ib@roklub.dk", "Bo", "partnerskab",
     "Ring til Ib på 20 12 34 56", "Roning", None, None, None, "20 12 34 56"],
    ["Karen Holm", "borger", None, "Bo", "netværk", None, None, "CPR 010190-1234", "karen@x.dk",
     "0101901234", None],
    ["Åby Skole", "uddannelse", None, "Bo", "samarbejde", "Læsebånd 2024, 8000 Aarhus", "Tlf 86 12 34 56",
     None, None, None, "010190-1234"],
]


@pytest.fixture
def workbook(tmp_path):
    return make_xlsx(tmp_path / "kontakter.xlsx", {"Kontakter": [HEADER, *ROWS]})


def test_check_warns_about_each_cell_with_row_and_column(runner, workbook):
    result = runner.invoke(cli, ["check", str(workbook), "--json"])
    found = sorted((p["row"], p["column"], p["field"], p["code"], p["message"])
                   for p in json.loads(result.stdout)["problems"] if p["code"].startswith("personal-"))
    email = ("Cellen indeholder en e-mailadresse; siderne og eksport uden --details viser "
             "[e-mail skjult] i stedet.")
    phone = ("Cellen indeholder et telefonnummer; siderne og eksport uden --details viser "
             "[telefon skjult] i stedet.")
    cpr = ("Cellen indeholder et CPR-lignende nummer; det vises aldrig, heller ikke med --details "
           "(kun med --cpr). Slet det fra regnearket, hvis det ikke skal stå der.")
    assert found == [
        (2, "C", "Kontaktperson", "personal-data", email),
        (2, "F", "Aktiviteter", "personal-data", phone),
        (3, "H", "Bemærkning", "personal-cpr", cpr),
        (3, "I", "Kontaktinfo", "personal-data", email),
        (3, "J", "ID", "personal-cpr", cpr),
        (4, "G", "Tema", "personal-data", phone),
        (4, "K", "Telefon", "personal-cpr", cpr),   # a phone column may hold phones, not CPR numbers
    ]
    assert {p["file"] for p in json.loads(result.stdout)["problems"]} == {str(workbook)}
    assert {p["sheet"] for p in json.loads(result.stdout)["problems"]} == {"Kontakter"}


def test_check_warns_in_english_and_in_its_table(runner, workbook):
    english = runner.invoke(cli, ["check", str(workbook), "--lang", "en"]).stdout
    assert ("  2      C Kontaktperson       warning   The cell holds an email address; pages and exports "
            "without --details show [e-mail hidden] instead.") in english
    both = runner.invoke(cli, ["check", str(workbook)]).stdout
    assert "2      F Aktiviteter" in both


def test_one_cell_with_both_says_both(tmp_path):
    from netkort.network import load

    path = tmp_path / "k.csv"
    path.write_text("Navn;Aktiviteter\nÅby Roklub;ib@roklub.dk / 20 12 34 56\n", encoding="utf-8")
    [problem] = [p for p in load([path]).problems if p.code.startswith("personal")]
    assert problem.message() == ("Cellen indeholder en e-mailadresse og et telefonnummer; siderne og eksport "
                                 "uden --details viser [e-mail skjult] og [telefon skjult] i stedet.")
    assert (problem.row, problem.column, problem.field) == (2, "B", "Aktiviteter")


# --- pages and exports --------------------------------------------------------------------

SECRETS = ("ib@roklub.dk", "20 12 34 56", "010190-1234", "0101901234", "karen@x.dk", "86 12 34 56")


def _map(runner, workbook, *options):
    out = workbook.parent / "kort.html"
    result = runner.invoke(cli, ["map", str(workbook), "-o", str(out), *options])
    page = out.read_text(encoding="utf-8")
    return result, json.loads(page.split('id="netkort-data" type="application/json">')[1].split("</script>")[0]), page


def _actor(data, name):
    return next(n for n in data["nodes"] if n["name"] == name)["fields"]


def test_the_default_map_masks_free_text(runner, workbook):
    result, data, page = _map(runner, workbook)
    assert result.exit_code == 0
    assert not any(secret in page for secret in SECRETS)
    assert _actor(data, "Åby Roklub")["activities"] == "Ring til Ib på [telefon skjult]"
    assert _actor(data, "Åby Roklub")["contact_person"] == "Ib Holm, [e-mail skjult]"
    assert _actor(data, "Åby Skole")["activities"] == "Læsebånd 2024, 8000 Aarhus"


def test_the_public_map_masks_an_organisations_activities(runner, workbook):
    _, data, page = _map(runner, workbook, "--public")
    assert not any(secret in page for secret in SECRETS) and "Karen Holm" not in page
    assert _actor(data, "Åby Roklub")["activities"] == "Ring til Ib på [telefon skjult]"
    assert _actor(data, "Åby Skole")["tags"] == ["Tlf [telefon skjult]"]


def test_details_show_email_and_phone_but_never_a_cpr_number(runner, workbook):
    result, data, page = _map(runner, workbook, "--details")
    assert _actor(data, "Åby Roklub")["activities"] == "Ring til Ib på 20 12 34 56"
    assert _actor(data, "Åby Roklub")["contact_person"] == "Ib Holm, ib@roklub.dk"
    assert _actor(data, "Karen Holm")["notes"] == "CPR [CPR skjult]"
    assert _actor(data, "Åby Skole")["phone"] == ["[CPR skjult]"]
    assert "010190-1234" not in page and "0101901234" not in page
    assert result.stderr == ""


def test_cpr_shows_them_with_a_warning(runner, workbook):
    result, data, page = _map(runner, workbook, "--details", "--cpr")
    assert result.exit_code == 0
    assert _actor(data, "Karen Holm")["notes"] == "CPR 010190-1234"
    out = workbook.parent / "kort.html"
    assert result.stderr == (f"Advarsel: --cpr: {out} viser CPR-lignende numre. CPR-numre er følsomme "
                             "personoplysninger; del ikke filen, og slet den, når du er færdig.\n")


@pytest.mark.parametrize("command", ["map", "export"])
def test_cpr_needs_details(runner, workbook, command):
    out = workbook.parent / ("kort.html" if command == "map" else "net.gexf")
    result = runner.invoke(cli, [command, str(workbook), "-o", str(out), "--cpr"])
    assert result.exit_code == 2 and not out.exists()
    assert result.stderr == ("netkort: --cpr viser CPR-lignende numre sammen med de øvrige "
                             "personoplysninger, så det kræver --details.\n")


def test_default_exports_mask_details_keep_cpr_asks(runner, workbook, tmp_path):
    from netkort.exports import export
    from netkort.network import load

    graph = load([workbook]).graph
    for suffix in (".gexf", ".graphml", ".json", ".csv"):
        plain = export(graph, tmp_path / f"a{suffix}")
        text = plain.read_text(encoding="utf-8") + (tmp_path / "a-kanter.csv").read_text(encoding="utf-8") \
            if suffix == ".csv" else plain.read_text(encoding="utf-8")
        assert not any(secret in text for secret in SECRETS), suffix
        assert "Ring til Ib på [telefon skjult]" in text and "[CPR skjult]" in text
    detailed = export(graph, tmp_path / "b.json", details=True).read_text(encoding="utf-8")
    assert "ib@roklub.dk" in detailed and "Ring til Ib på 20 12 34 56" in detailed
    assert "010190-1234" not in detailed and "0101901234" not in detailed
    result = runner.invoke(cli, ["export", str(workbook), "-o", str(tmp_path / "c.json"), "--details", "--cpr"])
    assert result.exit_code == 0 and "010190-1234" in (tmp_path / "c.json").read_text(encoding="utf-8")
    assert "Advarsel: --cpr:" in result.stderr


def test_the_board_and_the_report_mask_names_and_staff(tmp_path):
    from netkort.analysis import analyse
    from netkort.friends import board, write_board, write_board_xlsx
    from netkort.network import load
    from netkort.report import write_report, write_xlsx

    path = tmp_path / "k.csv"
    path.write_text("Navn;Type;Medarbejder;Relation;Aktiviteter\n"
                    "Ib Holm 20 12 34 56;forening;Bo bo@bib.dk;partnerskab;x\n"
                    "Åby Roklub;forening;Ida;netværk;y\n", encoding="utf-8")
    graph = load([path]).graph
    html = write_board(board(graph, "staff"), tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Ib Holm [telefon skjult]" in html and "Bo [e-mail skjult]" in html
    report = write_report(analyse(graph), tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Ib Holm [telefon skjult]" in report and "Bo [e-mail skjult]" in report
    from openpyxl import load_workbook

    for book in (write_xlsx(analyse(graph), tmp_path / "r.xlsx"),
                 write_board_xlsx(board(graph), tmp_path / "v.xlsx")):
        cells = [str(c) for ws in load_workbook(book) for row in ws.iter_rows(values_only=True) for c in row]
        assert not any("20 12 34 56" in c or "bo@bib.dk" in c for c in cells)
    for text in (html, report):
        assert "20 12 34 56" not in text and "bo@bib.dk" not in text


def test_numbers_in_links_are_no_phone_numbers():
    for text in ("Image via [flickr](http://flickr.com/photos/76694917@N05/6882476141)",
                 "https://eksempel.dk/side?id=20123456", "https://eksempel.dk/#20123456"):
        assert mask(text) == text
    assert mask("tel:+4520123456") == "tel:[telefon skjult]"
    assert mask("mailto:hanne@x.dk") == "mailto:[e-mail skjult]"


# --- issue 12 review, finding 4: what netkort prints is masked like its pages ----------------

PRINTED = ["Navn", "Type", "Medarbejder", "Relation", "Rum", "Målgrupper", "Tema"]


@pytest.fixture
def snapshots(tmp_path):
    before = make_xlsx(tmp_path / "før.xlsx", {"Kontakter": [
        PRINTED, ["Åby Roklub", "forening", "Bo", "netværk", "Læring", "Børn", "Roning"]]})
    after = make_xlsx(tmp_path / "efter.xlsx", {"Kontakter": [
        PRINTED, ["Åby Roklub", "forening", "Bo", "partnerskab", "Læring", "Børn", "Roning"],
        ["Ib Holm ib@holm.dk", "forening", "Mette cpr 010190-1234", "samarbejde", "Møderum",
         "Ring 20 12 34 56", "C1: cpr 020290-1234"]]})
    return before, after


SECRET_VALUES = ("ib@holm.dk", "20 12 34 56", "010190-1234", "020290-1234")


def _printed(runner, *args):
    result = runner.invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.output
    return result


def test_analyse_json_masks_names_staff_groups_and_tags(runner, snapshots):
    _, after = snapshots
    text = _printed(runner, "analyse", str(after), "--json").stdout
    assert not any(secret in text for secret in SECRET_VALUES)
    data = json.loads(text)
    assert data["summary"]["tags"] == ["C1: cpr [CPR skjult]", "Roning"]
    assert "Ib Holm [e-mail skjult]" in text and "Mette cpr [CPR skjult]" in text
    assert "ring [telefon skjult]" in data["coverage"]["groups"]["counts"]
    details = _printed(runner, "analyse", str(after), "--json", "--details")
    assert "ib@holm.dk" in details.stdout and "20 12 34 56" in details.stdout
    assert "010190-1234" not in details.stdout and details.stderr == ""
    cpr = _printed(runner, "analyse", str(after), "--json", "--details", "--cpr")
    assert "010190-1234" in cpr.stdout and "020290-1234" in cpr.stdout
    assert cpr.stderr == ("Advarsel: --cpr: udskriften viser CPR-lignende numre. CPR-numre er følsomme "
                          "personoplysninger; gem og del den ikke.\n")


def test_compare_json_and_summary_mask_names_and_staff(runner, snapshots):
    before, after = snapshots
    text = _printed(runner, "compare", str(before), str(after), "--json").stdout
    assert not any(secret in text for secret in SECRET_VALUES)
    data = json.loads(text)
    assert data["new"] == [{"name": "Ib Holm [e-mail skjult]", "type": "forening", "level": "cooperation",
                            "staff": ["Mette cpr [CPR skjult]"]}]
    assert data["staff"]["joined"] == ["Mette cpr [CPR skjult]"]
    summary = _printed(runner, "compare", str(before), str(after)).stdout
    assert not any(secret in summary for secret in SECRET_VALUES)
    assert "Mette cpr [CPR skjult]" in summary
    english = _printed(runner, "compare", str(before), str(after), "--lang", "en").stdout
    assert "Mette cpr [CPR hidden]" in english
    details = _printed(runner, "compare", str(before), str(after), "--details", "--json").stdout
    assert "Ib Holm ib@holm.dk" in details and "010190-1234" not in details
    cpr = _printed(runner, "compare", str(before), str(after), "--json", "--details", "--cpr")
    assert "Mette cpr 010190-1234" in cpr.stdout and cpr.stderr.startswith("Advarsel: --cpr: udskriften")


def test_check_masks_the_cells_its_messages_quote(runner, tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Relation", "Sektor"],
        ["Åby Roklub", "netværk, ring 20 12 34 56", "offentlig cpr 010190-1234"],
        ["Åby Roklub", "samarbejde", "privat"]]})
    plain = _printed(runner, "check", str(path))
    data = json.loads(_printed(runner, "check", str(path), "--json").stdout)
    for text in (plain.stdout, json.dumps(data, ensure_ascii=False)):
        assert "20 12 34 56" not in text and "010190-1234" not in text
        assert "'netværk, ring [telefon skjult]' er ikke et relationsniveau" in text
    details = _printed(runner, "check", str(path), "--details").stdout
    assert "'netværk, ring 20 12 34 56'" in details and "010190-1234" not in details
    cpr = _printed(runner, "check", str(path), "--details", "--cpr", "--json")
    assert "offentlig cpr 010190-1234" in cpr.stdout and cpr.stderr.startswith("Advarsel: --cpr: udskriften")


@pytest.mark.parametrize("command", ["check", "analyse", "compare"])
def test_cpr_needs_details_on_every_command_that_prints(runner, snapshots, command):
    before, after = snapshots
    files = [str(before), str(after)] if command == "compare" else [str(after)]
    result = runner.invoke(cli, [command, *files, "--json", "--cpr"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("netkort: --cpr viser CPR-lignende numre sammen med de øvrige "
                             "personoplysninger, så det kræver --details.\n")


def test_masked_keeps_keys_apart_and_every_value():
    from netkort.personal import masked

    data = {"Ring 12345678": 1, "Ring 87654321": [{"x": "hanne@x.dk"}], "Ring [telefon skjult]": 3, "n": 4.5}
    assert masked(data) == {"Ring [telefon skjult]": 1, "Ring [telefon skjult] (2)": [{"x": "[e-mail skjult]"}],
                            "Ring [telefon skjult] (3)": 3, "n": 4.5}
    assert masked(data, keep=("email", "phone")) == data


# --- finding 17: one warning names every file that holds CPR-like numbers -------------------

def test_a_csv_export_with_cpr_names_both_files(runner, workbook, tmp_path):
    result = runner.invoke(cli, ["export", str(workbook), "-o", str(tmp_path / "e.csv"), "--details", "--cpr"])
    assert result.exit_code == 0
    nodes, edges = tmp_path / "e-noder.csv", tmp_path / "e-kanter.csv"
    assert "010190-1234" in nodes.read_text(encoding="utf-8")
    assert result.stderr == (f"Advarsel: --cpr: {nodes} og {edges} viser CPR-lignende numre. CPR-numre er "
                             "følsomme personoplysninger; del ikke filen, og slet den, når du er færdig.\n")


# --- finding 19: personal data in a column's header is warned about and masked like a cell ----

HEADERS_WITH_DATA = ["Navn", "Type", "Relation", "Medarbejder", "Ring til Karen 21436587", "karen@holmx.dk",
                     "Barn 010190-1234"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_personal_data_in_a_header_is_warned_about_with_file_sheet_and_column(runner, tmp_path, suffix):
    rows = [HEADERS_WITH_DATA, ["Åby Klub", "forening", "netværk", "Mette", "ja", "nej", "måske"]]
    if suffix == ".csv":
        path = tmp_path / "k.csv"
        path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    else:
        path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": rows})
    result = runner.invoke(cli, ["check", str(path), "--json"])
    found = [(p["file"], p["sheet"], p["row"], p["column"], p["field"], p["message"])
             for p in json.loads(result.stdout)["problems"] if p["code"].startswith("personal-")]
    sheet = "" if suffix == ".csv" else "Kontakter"
    assert found == [
        (str(path), sheet, 1, "E", "Ring til Karen [telefon skjult]",
         "Kolonneoverskriften indeholder et telefonnummer; siderne og eksport uden --details viser "
         "[telefon skjult] i stedet, også i kolonnens navn."),
        (str(path), sheet, 1, "F", "[e-mail skjult]",
         "Kolonneoverskriften indeholder en e-mailadresse; siderne og eksport uden --details viser "
         "[e-mail skjult] i stedet, også i kolonnens navn."),
        (str(path), sheet, 1, "G", "Barn [CPR skjult]",
         "Kolonneoverskriften indeholder et CPR-lignende nummer; det vises aldrig, heller ikke med --details "
         "(kun med --cpr). Ret overskriften i regnearket.")]
    text = runner.invoke(cli, ["check", str(path), "--lang", "en"]).stdout
    assert "The column header holds a phone number; pages and exports without --details show [phone hidden]" in text
    assert not any(secret in text for secret in ("21436587", "holmx", "010190-1234"))


@pytest.mark.parametrize("suffix", [".json", ".graphml", ".gexf", ".csv"])
def test_personal_data_in_a_header_is_masked_in_every_export(runner, tmp_path, suffix):
    path = tmp_path / "k.csv"
    path.write_text(";".join(HEADERS_WITH_DATA) + "\nÅby Klub;forening;netværk;Mette;ja;nej;måske\n",
                    encoding="utf-8")
    out = tmp_path / f"e{suffix}"
    assert runner.invoke(cli, ["export", str(path), "-o", str(out)]).exit_code == 0
    written = "".join(p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("e*")))
    assert not any(secret in written for secret in ("21436587", "holmx", "010190-1234"))
    for name in ("Ring til Karen [telefon skjult]", "[e-mail skjult]", "Barn [CPR skjult]"):
        assert name in written, name
    details = tmp_path / "d"
    details.mkdir()
    runner.invoke(cli, ["export", str(path), "-o", str(details / f"e{suffix}"), "--details"])
    written = "".join(p.read_text(encoding="utf-8") for p in details.iterdir())
    assert "Ring til Karen 21436587" in written and "karen@holmx.dk" in written
    assert "010190-1234" not in written and "Barn [CPR skjult]" in written


def test_two_headers_that_differ_only_in_what_is_masked_stay_two_columns(tmp_path):
    from netkort.exports import items
    from netkort.network import load

    path = tmp_path / "k.csv"
    path.write_text("Navn;Type;Ring 21436587;Ring 87654321\nÅby Klub;forening;a;b\n", encoding="utf-8")
    [club] = [attrs for _, attrs in items(load([path]).graph).nodes if attrs.get("label") == "Åby Klub"]
    assert {k: v for k, v in club.items() if k.startswith("Ring")} == {
        "Ring [telefon skjult]": "a", "Ring [telefon skjult] (2)": "b"}


def test_the_users_own_file_name_is_never_masked(runner, tmp_path, monkeypatch):
    """The review: netkort workshop's download 'workshop-2026-11-30-1153.xlsx' has a CPR number's
    shape (26-11-30-1153) and was printed as 'workshop-[CPR skjult].xlsx'. A file name is the
    user's own, not a cell; a cell with the same text is still masked."""
    name = "workshop-2026-11-30-1153.xlsx"
    make_xlsx(tmp_path / name, {"Kontakter": [["Navn", "Type", "Relation", "Tema"],
                                               ["Åby Roklub", "forening", "netværk", "ref 261130-1153"]]})
    monkeypatch.chdir(tmp_path)
    text = runner.invoke(cli, ["check", name]).stdout
    assert text.startswith(f"Læst: {name}\n")
    summary = json.loads(runner.invoke(cli, ["check", name, "--json"]).stdout)
    assert summary["files"] == [name] and {p["file"] for p in summary["problems"]} == {name}
    assert "261130-1153" not in json.dumps(summary, ensure_ascii=False).replace(name, "")  # the cell is not shown
    out = tmp_path / "r.html"
    runner.invoke(cli, ["analyse", name, "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert f"Kilde: {name}" in page and "261130-1153" not in page


def test_only_the_given_type_spares_a_text_from_masking_not_its_key():
    """A file name is spared because it is a personal.Given, never because its key is 'file':
    a user's column called 'file' or 'files' is masked like any other."""
    data = {"file": "ring 21436587", "files": ["ring 21436587", personal.Given("k-2026-11-30-1153.xlsx")]}
    assert personal.masked(data) == {"file": "ring [telefon skjult]",
                                     "files": ["ring [telefon skjult]", "k-2026-11-30-1153.xlsx"]}
