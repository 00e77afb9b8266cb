"""The 42 cases of ``shared/BAD_INPUTS.md``: every one has a test that passes.

Cases already covered where their module is tested are listed in ``COVERED`` and
checked to exist (so this index can't go stale); the rest are tested here, grouped
by theme as in the document. Hostile files are built in the tests, never committed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from workbooks import contacts_xlsx, make_xlsx

from netkort.cli import cli
from netkort.network import load
from netkort.problems import InputFileError

# case number -> the tests elsewhere that cover it ("file::test")
COVERED = {
    1: ["test_workbook.py::test_empty_file"],
    2: ["test_workbook.py::test_csv_saved_as_xlsx_is_read_as_csv", "test_workbook.py::test_html_saved_as_xlsx"],
    3: ["test_workbook.py::test_truncated_xlsx"],
    4: ["test_workbook.py::test_password_protected_workbook"],
    6: ["test_workbook.py::test_stray_cell_far_away_is_dropped_with_a_warning"],
    7: ["test_workbook.py::test_zip_bomb_is_refused_before_parsing"],
    8: ["test_workbook.py::test_headers_but_no_rows"],
    9: ["test_contacts.py::test_contacts_sheet_found_by_headers_among_other_sheets"],
    10: ["test_contacts.py::test_header_under_a_merged_title_on_row_3"],
    11: ["test_contacts.py::test_two_name_columns_name_both_letters"],
    12: ["test_contacts.py::test_header_aliases", "test_contacts.py::test_two_email_columns_are_joined"],
    13: ["test_workbook.py::test_no_sheet_with_a_name_column"],
    14: ["test_contacts.py::test_organisation_merged_over_rows_is_filled_down"],
    15: ["test_contacts.py::test_blank_rows_are_skipped_and_counted"],
    16: ["test_contacts.py::test_csv_rows_with_wrong_cell_count_are_reported"],
    17: ["test_workbook.py::test_formula_without_saved_value_is_reported_never_a_name"],
    18: ["test_contacts.py::test_norwegian_cp1252_semicolon_csv"],
    19: ["test_contacts.py::test_utf8_bom_is_not_part_of_the_first_header"],
    20: ["test_contacts.py::test_quoted_note_over_lines_stays_whole"],
    21: ["test_workbook.py::test_csv_with_unrecognisable_delimiter"],
    26: ["test_values.py::test_phones_kept_as_written"],
    27: ["test_contacts.py::test_numbers_and_null_words_stay_text"],
    28: ["test_values.py::test_dates_day_first",
         "test_values.py::test_ambiguous_slash_date_is_read_day_first_and_flagged"],
    29: ["test_values.py::test_emails_are_normalised"],
    30: ["test_contacts.py::test_unicode_is_normalised"],
    31: ["test_contacts.py::test_control_characters_are_stripped_with_a_warning",
         "test_properties.py::test_csv_with_control_characters_to_gexf_and_back"],
    32: ["test_contacts.py::test_cell_longer_than_excel_keeps_is_warned_and_kept"],
    33: ["test_graph.py::test_two_staff_with_one_name_are_not_merged"],
    34: ["test_graph.py::test_short_staff_name_suggests_a_merge_but_does_not_merge"],
    35: ["test_values.py::test_levels", "test_values.py::test_misspelled_level_suggests"],
    36: ["test_graph.py::test_missing_level_is_a_warning_and_the_actor_is_kept"],
    38: ["test_properties.py::test_numbers_as_text_stay_text"],
    39: ["test_values.py::test_bad_scores"],
}
HERE = Path(__file__).parent


@pytest.mark.parametrize("case", sorted(COVERED))
def test_index_points_at_real_tests(case):
    for reference in COVERED[case]:
        file, name = reference.split("::")
        assert f"def {name}(" in (HERE / file).read_text(encoding="utf-8"), reference


def test_every_case_has_a_test():
    here = (HERE / "test_bad_inputs.py").read_text(encoding="utf-8")
    tested_here = {int(n) for line in here.splitlines() if line.startswith("def test_case_")
                   for n in re.match(r"def test_case_([\d_]+?)_[a-z]", line).group(1).split("_")}
    assert set(COVERED) | tested_here == set(range(1, 43))


# --- Files -----------------------------------------------------------------------


def test_case_05_billion_laughs_in_shared_strings(tmp_path):
    good = contacts_xlsx(tmp_path / "god.xlsx", [["Åby Roklub"]], header=["Navn"])
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'
                        for i in range(1, 10))
              + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
              'uniqueCount="1"><si><t>&lol9;</t></si></sst>')
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/sharedStrings.xml", laughs)
    with pytest.raises(InputFileError) as caught:
        load([path])
    assert caught.value.message() == (f"{path}: filen indeholder XML-entiteter, som et regneark ikke bruger; "
                                      "den læses ikke.")


def test_case_08_an_empty_sheet(runner, tmp_path):
    path = make_xlsx(tmp_path / "tom.xlsx", {"Kontakter": []})
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {path}: der er ingen kontakter; arket 'Kontakter' er tomt.\n"


# --- Text ---------------------------------------------------------------------------


def test_case_22_23_24_hostile_text_is_data_in_exports(tmp_path):
    # Pages are tested in each page's browser test; here: the text arrives unchanged.
    hostile = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "</script><b>x</b>",
               '<a href="https://x.invalid">klik</a>']
    path = contacts_xlsx(tmp_path / "k.xlsx", [[h, None, None, "Bo"] for h in hostile],
                         header=["Navn", "Type", "Sektor", "Medarbejder"])
    names = {d["name"] for _, d in load([path]).graph.nodes(data=True) if d["kind"] == "actor"}
    assert names == set(hostile)


def test_case_25_formula_text_stays_text_everywhere(runner, tmp_path):
    formula = '=HYPERLINK("http://x.invalid","klik")'
    path = contacts_xlsx(tmp_path / "k.xlsx", [[formula], ["+45 lokal"], ["@navn"], ["-minus"]], header=["Navn"])
    names = {d["name"] for _, d in load([path]).graph.nodes(data=True) if d["kind"] == "actor"}
    assert names == {formula, "+45 lokal", "@navn", "-minus"}
    out = tmp_path / "net.csv"
    assert runner.invoke(cli, ["export", str(path), "-o", str(out)]).exit_code == 0
    cells = (tmp_path / "net-noder.csv").read_text(encoding="utf-8-sig")
    assert "'" + formula.replace('"', '""') in cells and "'+45 lokal" in cells and "'@navn" in cells


# --- Meaning ---------------------------------------------------------------------------


def test_case_37_same_actor_in_two_files_with_different_sectors(tmp_path):
    a = contacts_xlsx(tmp_path / "gruppe1.xlsx", [["Åby Roklub", "civilsamfund"]], header=["Navn", "Sektor"])
    b = contacts_xlsx(tmp_path / "gruppe2.xlsx", [["åby roklub", "privat"]], header=["Navn", "Sektor"])
    network = load([a, b])
    (actor,) = [d for _, d in network.graph.nodes(data=True) if d["kind"] == "actor"]
    assert actor["sector"] == "civil" and actor["conflicts"] == {"sector": ["civil", "private"]}
    (conflict,) = [p for p in network.problems if p.code == "conflict"]
    assert conflict.message() == "'Åby Roklub' har forskellige værdier i 'Sektor': civilsamfund / privat; alle er gemt."


# --- Output -------------------------------------------------------------------------------


def test_case_40_cp1252_locale_writes_utf8(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Navn;Relation\nSøren Æbelø 🎸;netværk\n", encoding="utf-8")
    out = tmp_path / "net.json"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "LC_ALL": "C", "LANG": "C"}
    for args in (["check", str(path)], ["check", str(path), "--json"], ["export", str(path), "-o", str(out)]):
        result = subprocess.run([sys.executable, "-m", "netkort.cli", *args], capture_output=True, env=env)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "Søren Æbelø 🎸" in {n["label"] for n in document["nodes"]}


def test_case_41_output_path_with_aeoeaa_and_a_lib_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "mine.js").write_text("// my own file", encoding="utf-8")
    target = tmp_path / "kort æøå"
    target.mkdir()
    sample = str(SAMPLES / "filial.xlsx")
    commands = {
        "net.graphml": ["export", sample, "-o"], "net.gexf": ["export", sample, "-o"],
        "net.json": ["export", sample, "-o"], "net.csv": ["export", sample, "-o"],
        "kort æøå.html": ["map", sample, "-o"], "rapport.html": ["analyse", sample, "-o"],
        "venner.html": ["friends", sample, "-o"], "samlet.xlsx": ["merge", sample, "-o"],
        "udvikling.html": ["compare", sample, sample, "-o"], "skabelon.xlsx": ["template"],
    }
    for name, args in commands.items():
        result = runner.invoke(cli, [*args, str(target / name)])
        assert result.exit_code == 0, (name, result.output)
    written = {name for name in commands if name != "net.csv"} | {"net-noder.csv", "net-kanter.csv"}
    assert sorted(p.name for p in target.iterdir()) == sorted(written)
    assert "Åby" in (target / "kort æøå.html").read_text(encoding="utf-8")
    assert [p.name for p in lib.iterdir()] == ["mine.js"]
    assert (lib / "mine.js").read_text(encoding="utf-8") == "// my own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kort æøå", "lib"]


# Anything a browser would fetch: src/href/action/poster attributes, CSS url() and @import
# with a network address. (Namespace names such as SVG's xmlns are identifiers, never
# fetched; the browser tests prove each page makes no request at all.)
LOADABLE = re.compile(r"""(?:\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*|url\(\s*["']?\s*|@import\s+["']?)"""
                      r"(?:https?:)?//", re.I)


def test_case_42_no_web_address_in_any_package_asset_or_template():
    package = ROOT / "netkort"
    files = [f for folder in ("templates", "assets") for f in (package / folder).glob("*")
             if f.suffix in (".html", ".js", ".css")]
    assert files
    for file in files:
        assert not LOADABLE.search(file.read_text(encoding="utf-8")), file
