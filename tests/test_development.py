"""Development over many snapshots: series, paths, staff, associations and municipal departments.

Three small workbooks, built by hand (2022, 2023, 2024), whose every figure is counted
here by hand; then the CLI, the JSON, the page (its charts escaped, in Danish and
English), the order warning and the bundled four years.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

from netkort.actortype import kinds_of_type
from netkort.chart import KIND_STYLES, LEVEL_STYLES, nice_top
from netkort.cli import cli
from netkort.contrast import contrast
from netkort.development import development, write_development
from netkort.network import load

HEADER = ["Navn", "Type", "Medarbejder", "Relation", "Rum", "E-mail"]
Y2022 = [
    ["Åby Roklub", "forening", "Mette Kjær", "netværk", "Læring", "roklub@eksempel.dk"],
    ["Jobcenter Åby", "kommunal forvaltning", "Jens Berg", "netværk", "Læring", None],
    ["Bageriet", "virksomhed", "Mette Kjær", "samarbejde", "Inspiration", None],
    ["Torup Kor", "Korforening", "Jens Berg", "netværk", "Møderum", None],
    ["Egeris Museum", "kulturinstitution", "Henrik Skov", "partnerskab", "Inspiration", None],
    ["Gammel Klub", "forening", "Henrik Skov", "samarbejde", "Møderum", None],
]
Y2023 = [
    ["Åby Roklub", "forening", "Mette Kjær", "samarbejde", "Læring", None],
    ["Jobcenter Åby", "Kommune", "Jens Berg", "samarbejde", "Læring; Møderum", None],
    ["Bageriet", "virksomhed", "Mette Kjær", "netværk", "Inspiration", None],
    ["Torup Kor", "Korforening", "Jens Berg", "netværk", "Møderum", None],
    ["Egeris Museum", "kulturinstitution", "Sofie Lund", "partnerskab", "Inspiration", None],
    ["Sundhedshuset", "Børne- og Sundhedsforvaltningen", "Sofie Lund", "netværk", "Møderum", None],
    ["Ukendt Forening", "forening", "Jens Berg", None, None, None],
]
Y2024 = [
    [" åby  roklub", "forening", "Mette Kjær", "partnerskab", "Læring", None],
    ["Jobcenter Åby", "kommunal forvaltning", "Jens Berg", "partnerskab", "Læring", None],
    ["Bageriet", "virksomhed", "Mette Kjær", "netværk", "Inspiration", None],
    ["Torup Kor", "Korforening", "Jens Berg; Anna Holm", "samarbejde", "Møderum; Performativ", None],
    ["Egeris Museum", "kulturinstitution", "Sofie Lund", "samarbejde", "Inspiration", None],
    ["Sundhedshuset", "Børne- og Sundhedsforvaltningen", "Sofie Lund", "samarbejde", "Møderum", None],
    ["Ukendt Forening", "forening", "Jens Berg", "netværk", None, None],
    ["Region Midt", "region/stat", "Anna Holm", "netværk", "Læring", None],
    ["Skakklubben Åby", "Skakklub", "Anna Holm", "netværk", "Møderum", None],
]
YEARS = {2022: Y2022, 2023: Y2023, 2024: Y2024}


@pytest.fixture
def files(tmp_path):
    return [make_xlsx(tmp_path / f"kontakter-{year}.xlsx", {"Kontakter": [HEADER, *rows]})
            for year, rows in YEARS.items()]


@pytest.fixture
def course(files):
    return development([load([path]) for path in files])


def test_snapshots_are_named_by_the_year_in_their_file_names(course):
    assert course.names == ["2022", "2023", "2024"]
    assert [(d.year, d.source) for d in course.dated] == [(2022, "name"), (2023, "name"), (2024, "name")]
    assert [(s.actors, s.staff, s.unknown_level) for s in course.snapshots] == [(6, 3, 0), (7, 3, 1), (9, 4, 0)]


def test_actors_per_level_in_each_snapshot(course):
    assert course.levels == {"network": [3, 3, 4], "cooperation": [2, 2, 3], "partnership": [1, 1, 2]}


def test_actors_per_space_and_level_in_each_snapshot(course):
    assert course.spaces == {
        "inspiration": {"network": [0, 1, 1], "cooperation": [1, 0, 1], "partnership": [1, 1, 0]},
        "learning": {"network": [2, 0, 1], "cooperation": [0, 2, 0], "partnership": [0, 0, 2]},
        "meeting": {"network": [1, 2, 1], "cooperation": [1, 1, 2], "partnership": [0, 0, 0]},
        "performative": {"network": [0, 0, 0], "cooperation": [0, 0, 1], "partnership": [0, 0, 0]},
    }


def test_each_actors_path_on_the_circle_the_most_steps_first(course):
    # matched by name whatever the case and spacing; an unknown level is no move; Gammel Klub
    # (gone), Region Midt and Skakklubben (new, never moved) are no paths
    assert [(p.name, p.levels, p.up, p.down) for p in course.paths] == [
        ("Jobcenter Åby", ("network", "cooperation", "partnership"), 2, 0),
        ("åby roklub", ("network", "cooperation", "partnership"), 2, 0),
        ("Sundhedshuset", (None, "network", "cooperation"), 1, 0),
        ("Torup Kor", ("network", "network", "cooperation"), 1, 0),
        ("Bageriet", ("cooperation", "network", "network"), 0, 1),
        ("Egeris Museum", ("partnership", "partnership", "cooperation"), 0, 1),
    ]


def test_staff_who_joined_and_left_at_each_step(course):
    assert [(s.before, s.after, s.joined, s.left, s.staff_before, s.staff_after) for s in course.staff_steps] == [
        ("2022", "2023", ("Sofie Lund",), ("Henrik Skov",), 3, 3),
        ("2023", "2024", ("Anna Holm",), (), 3, 4),
    ]


def test_associations_and_municipal_departments_per_level(course):
    # forening, Korforening, Skakklub are associations; kommunal forvaltning, Kommune and
    # Børne- og Sundhedsforvaltningen municipal departments; region/stat is neither
    assert course.kinds == {
        "association": {"all": [3, 3, 4], "network": [2, 1, 2], "cooperation": [1, 1, 1],
                        "partnership": [0, 0, 1]},
        "municipal": {"all": [1, 2, 2], "network": [1, 1, 0], "cooperation": [0, 1, 1],
                      "partnership": [0, 0, 1]},
    }


def test_which_departments_the_library_reaches_at_each_level(course):
    assert course.departments == [
        {"partnership": [], "cooperation": [], "network": ["Jobcenter Åby"], "unknown": []},
        {"partnership": [], "cooperation": ["Jobcenter Åby"], "network": ["Sundhedshuset"], "unknown": []},
        {"partnership": ["Jobcenter Åby"], "cooperation": ["Sundhedshuset"], "network": [], "unknown": []},
    ]
    assert [(p.name, p.levels) for p in course.department_paths] == [
        ("Jobcenter Åby", ("network", "cooperation", "partnership")),
        ("Sundhedshuset", (None, "network", "cooperation"))]


def test_the_first_and_last_snapshot_compared(course):
    c = course.comparison
    assert [e.name for e in c.new] == ["Region Midt", "Skakklubben Åby", "Sundhedshuset", "Ukendt Forening"]
    assert [e.name for e in c.lost] == ["Gammel Klub"]
    assert [(x.name, x.before, x.after) for x in c.upgraded] == [
        ("Jobcenter Åby", "network", "partnership"), ("åby roklub", "network", "partnership"),
        ("Torup Kor", "network", "cooperation")]
    assert [(x.name, x.before, x.after) for x in c.downgraded] == [
        ("Bageriet", "cooperation", "network"), ("Egeris Museum", "partnership", "cooperation")]


def test_summary_in_danish_and_english(course):
    assert course.summary("da") == [
        "3 øjebliksbilleder fra 2022 til 2024.",
        "Netværket voksede fra 6 til 9 aktører.",
        "4 nye aktører kom til, og 1 forsvandt.",
        "Fra 2022 til 2024 rykkede 3 relationer op i netværkscirklen, og 2 rykkede ned.",
        "Nu er der 2 partnerskaber (før 1), 3 samarbejder (før 2) og 4 netværksrelationer (før 3).",
        "2023: 1 aktør uden relationsniveau.",
        "Anna Holm og Sofie Lund kom til, og Henrik Skov stoppede.",
        "Inspirationsrummet har ikke længere noget partnerskab.",
        "Læringsrummet fik sine første partnerskaber (2).",
        "Møderummet har stadig intet partnerskab.",
        "Det performative rum har fået sine første aktører og samarbejder, men endnu intet partnerskab.",
        "6 aktører flyttede sig i netværkscirklen undervejs, skridt for skridt; flest trin (2): Jobcenter Åby (netværk → "
        "samarbejde → partnerskab) og åby roklub (netværk → samarbejde → partnerskab).",
        "Foreninger: 3 i 2022 og 4 i 2024, heraf 0 og 1 partnerskaber.",
        "Kommunale forvaltninger: 1 i 2022 og 2 i 2024, heraf 0 og 1 partnerskaber.",
    ]
    english = course.summary("en")
    assert english[0] == "3 snapshots from 2022 to 2024."
    assert english[-3:] == [
        "6 actors moved on the network circle along the way, step by step; the most steps (2): Jobcenter Åby (network → "
        "cooperation → partnership) and åby roklub (network → cooperation → partnership).",
        "Associations: 3 in 2022 and 4 in 2024, of which 0 and 1 partnerships.",
        "Municipal departments: 1 in 2022 and 2 in 2024, of which 0 and 1 partnerships.",
    ]


def test_json_keeps_the_two_file_keys_and_adds_every_series(course):
    document = course.to_dict()
    assert list(document) == ["new", "lost", "upgraded", "downgraded", "staff", "coverage", "summary",
                              "snapshots", "series", "paths", "staff_steps", "departments"]
    assert document["summary"]["text"] == course.summary("da")
    assert document["snapshots"][1] == {"name": "2023", "files": "kontakter-2023.xlsx", "year": 2023,
                                        "year_from": "name", "actors": 7, "staff": 3, "unknown_level": 1,
                                        "levels": {"network": 3, "cooperation": 2, "partnership": 1}}
    assert document["series"] == {
        "actors": [6, 7, 9], "staff": [3, 3, 4],
        "levels": {"network": [3, 3, 4], "cooperation": [2, 2, 3], "partnership": [1, 1, 2]},
        "unknown_level": [0, 1, 0], "spaces": course.spaces,
        "associations": {"all": [3, 3, 4], "network": [2, 1, 2], "cooperation": [1, 1, 1], "partnership": [0, 0, 1]},
        "municipal": {"all": [1, 2, 2], "network": [1, 1, 0], "cooperation": [0, 1, 1], "partnership": [0, 0, 1]},
    }
    assert document["paths"][2] == {"name": "Sundhedshuset", "type": "Børne- og Sundhedsforvaltningen",
                                    "levels": [None, "network", "cooperation"], "up": 1, "down": 0}
    assert document["staff_steps"][1] == {"before": "2023", "after": "2024", "joined": ["Anna Holm"], "left": [],
                                          "staff_before": 3, "staff_after": 4}
    assert document["departments"][2] == {"snapshot": "2024", "partnership": ["Jobcenter Åby"],
                                          "cooperation": ["Sundhedshuset"], "network": [], "unknown": []}
    assert json.loads(json.dumps(document)) == document


def test_cli_json_equals_the_library_call(runner, files):
    result = runner.invoke(cli, ["compare", *map(str, files), "--json"])
    assert result.exit_code == 0, result.output
    expected = development([load([path]) for path in files]).to_dict("da")
    assert json.loads(result.stdout) == json.loads(json.dumps(expected))
    assert result.stderr == ""  # in date order: no note


def test_cli_prints_the_summary_and_writes_the_development_page(runner, files, tmp_path):
    out = tmp_path / "udvikling.html"
    result = runner.invoke(cli, ["sammenlign", *map(str, files), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "3 snapshots from 2022 to 2024."
    assert lines[-1] == f"Wrote {out}"
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "roklub@eksempel.dk" not in html
    for heading in ("Year by year", "Associations and the municipality", "Paths on the network circle",
                    "Staff step by step", "Moved up the network circle"):
        assert f">{heading}<" in html, heading
    # six charts: relation levels, the four spaces, associations and municipal departments
    assert len(re.findall(r'<svg class="lines"[^>]* role="img"', html)) == 6
    assert '<title id="c-levels-t">Relation levels</title>' in html
    assert ('<desc id="c-levels-d">partnership: 1, 1, 2; cooperation: 2, 2, 3; network: 3, 3, 4</desc>'
            in html)
    assert '<desc id="c-kinds-d">Associations: 3, 3, 4; Municipal departments: 1, 2, 2</desc>' in html


def test_one_file_is_a_usage_error(runner, files):
    result = runner.invoke(cli, ["compare", str(files[0])])
    assert result.exit_code == 2
    assert result.stderr == ("netkort: netkort compare skal have mindst to filer, ældste først (fx "
                             f"kontakter-2024.xlsx kontakter-2025.xlsx); fik kun {files[0]}.\n")


def test_files_out_of_date_order_are_read_as_given_with_a_note(runner, files):
    result = runner.invoke(cli, ["compare", str(files[1]), str(files[0]), str(files[2]), "--json"])
    assert result.exit_code == 0
    assert result.stderr == (
        "Bemærk: filerne ser ikke ud til at stå i datoorden: kontakter-2023.xlsx (2023, årstal i filnavnet) er "
        "givet før kontakter-2022.xlsx (2022, årstal i filnavnet). netkort compare læser filerne i den "
        "rækkefølge, de er givet, ældste først; giv dem i den rækkefølge, hvis det er en fejl.\n")
    assert json.loads(result.stdout)["series"]["actors"] == [7, 6, 9]


def test_two_files_out_of_order_by_their_dates_get_the_note_in_english(runner, tmp_path):
    header = ["Navn", "Medarbejder", "Relation", "Sidste kontakt"]
    now = make_xlsx(tmp_path / "nu.xlsx", {"K": [header, ["A", "Bo", "netværk", "03-05-2024"]]})
    then = make_xlsx(tmp_path / "før.xlsx", {"K": [header, ["A", "Bo", "netværk", "01-02-2023"],
                                                    ["B", "Bo", "netværk", "12-11-2022"]]})
    result = runner.invoke(cli, ["compare", str(now), str(then), "--lang", "en"])
    assert result.exit_code == 0
    assert result.stderr == (
        "Note: the files do not look like they are in date order: nu.xlsx (2024, latest contact date) is given "
        "before før.xlsx (2023, latest contact date). netkort compare reads the files in the order given, "
        "oldest first; give them in that order if this is a mistake.\n")
    # two files: the two-file summary, in the order given
    assert result.stdout.splitlines()[0] == "The network grew from 1 to 2 actors."


def test_snapshots_without_years_are_named_by_their_files(tmp_path):
    header = ["Navn", "Medarbejder", "Relation"]
    paths = [make_xlsx(tmp_path / f"{name}.xlsx", {"K": [header, ["A", "Bo", "netværk"]]})
             for name in ("forår", "sommer", "efterår")]
    course = development([load([p]) for p in paths])
    assert course.names == ["forår", "sommer", "efterår"]
    assert [d.year for d in course.dated] == [None, None, None]


def test_a_hostile_name_stays_text_in_the_charts_and_tables(tmp_path):
    hostile = "<img src=x onerror=alert(1)>"
    rows = [*Y2024, [hostile, "kommunal forvaltning", "Mette Kjær", "samarbejde", "Læring", None]]
    paths = [make_xlsx(tmp_path / f"{hostile} {i}.xlsx", {"Kontakter": [HEADER, *r]})
             for i, r in enumerate([Y2022, Y2023, rows])]
    course = development([load([p]) for p in paths])
    assert course.names == [f"{hostile} 0", f"{hostile} 1", f"{hostile} 2"]
    html = write_development(course, tmp_path / "u.html").read_text(encoding="utf-8")
    assert "<img" not in html
    escaped = "&lt;img src=x onerror=alert(1)&gt;"
    assert f'<th scope="row" class="name">{escaped}</th>' in html  # paths and departments
    assert f'<th scope="col">{escaped} 2</th>' in html
    # the chart's snapshot names are cut to fit under their ticks, and escaped
    assert re.search(r'<text class="tick" x="[\d.]+" y="[\d.]+" text-anchor="middle">&lt;img src=x…</text>', html)


def test_every_line_style_stands_out_and_differs_by_more_than_colour():
    styles = [*LEVEL_STYLES.values(), *KIND_STYLES.values()]
    assert all(contrast(style.color, "#ffffff") >= 3 for style in styles)
    assert len({(s.dash, s.marker) for s in LEVEL_STYLES.values()}) == 3
    assert len({(s.dash, s.marker) for s in KIND_STYLES.values()}) == 2


@pytest.mark.parametrize("value, top", [(0, (1, 1)), (1, (1, 1)), (5, (5, 1)), (7, (8, 2)), (45, (50, 10)),
                                        (164, (200, 50)), (1001, (1500, 500))])
def test_the_y_axis_ends_on_a_round_number(value, top):
    assert nice_top(value) == top


@pytest.mark.parametrize("text, kinds", [
    ("forening", {"association"}), ("Foreninger", {"association"}), ("Idrætsforening", {"association"}),
    ("Boldklubben", {"association"}), ("frivillig forening", {"association"}), ("Association", {"association"}),
    ("Sports club", {"association"}), ("förening", {"association"}),
    ("kommunal forvaltning", {"municipal"}), ("Kommunal Forvaltning", {"municipal"}), ("Kommunen", {"municipal"}),
    ("Børne- og Ungeforvaltningen", {"municipal"}), ("Kulturforvaltning", {"municipal"}),
    ("Local authority", {"municipal"}), ("Municipal department", {"municipal"}), ("kommun", {"municipal"}),
    ("Forening/kommune", {"association", "municipal"}),
    ("region/stat", set()), ("Statslig forvaltning", set()), ("Fylkeskommune", set()), ("Forlag", set()),
    ("kulturinstitution", set()), ("borger", set()), ("frivillig", set()), ("virksomhed", set()), ("", set()),
])
def test_type_matching_finds_the_kind_in_any_spelling(text, kinds):
    assert kinds_of_type(text) == kinds


def test_the_bundled_four_years():
    paths = [SAMPLES / f"hovedbibliotek-{year}.xlsx" for year in (2022, 2023, 2024)] + [SAMPLES / "hovedbibliotek.xlsx"]
    course = development([load([p]) for p in paths])
    # built into sample_networks/generate.py
    assert course.names == ["2022", "2023", "2024", "2025"]
    assert [d.source for d in course.dated] == ["name", "name", "name", "dates"]
    assert [s.actors for s in course.snapshots] == [199, 231, 255, 300]
    assert [(s.joined, s.left) for s in course.staff_steps] == [
        (("Camilla Brix", "Fatima Al-Sayed"), ("Ole Winther",)), (("Ahmed Yilmaz",), ("Karin Dahl",)),
        (("Sofie Lund",), ("Henrik Skov",))]
    assert course.kinds["association"]["all"] == [48, 56, 63, 74]
    assert course.kinds["municipal"]["all"] == [28, 29, 31, 35]
    assert course.kinds["municipal"]["partnership"] == [4, 6, 8, 8]
    assert len(course.paths) == 52 and course.paths[0].moves == 2


def test_in_a_notebook_the_development_shows_its_page(course, files, tmp_path):
    from netkort.display import SaveSuffixError

    shown = course._repr_html_()
    assert shown.startswith('<iframe srcdoc="') and "Udviklingen år for år" in shown
    page = course.save(tmp_path / "u.html")
    assert page.read_text(encoding="utf-8") == write_development(course, tmp_path / "v.html").read_text(
        encoding="utf-8")
    with pytest.raises(SaveSuffixError):
        course.save(tmp_path / "u.png")


# --- a snapshot whose actors have no known level (issue 15 review, finding 3) ----------------

NO_LEVELS = {
    2023: [["Navn", "Type", "Medarbejder", "Rum"],
           ["Torup Idrætsforening", "forening", "Bo Lind", "Møderum"],
           ["Torup Kommune, Kultur", "kommunal forvaltning", "Anne Holm", "Læring"],
           ["Musikskolen i Torup", "kulturinstitution", "Anne Holm", "Performativ"],
           ["Torup Avis", "virksomhed", "Bo Lind", "Inspiration"]],
    2024: [["Navn", "Type", "Medarbejder", "Relation", "Rum"],
           ["Torup Idrætsforening", "forening", "Bo Lind", "netværk", "Møderum"],
           ["Torup Kommune, Kultur", "kommunal forvaltning", "Anne Holm", "samarbejde", "Læring"],
           ["Musikskolen i Torup", "kulturinstitution", "Anne Holm", "samarbejde", "Performativ"],
           ["Torup Avis", "virksomhed", "Bo Lind", "netværk", "Inspiration"],
           ["Torup Spejderne", "forening", "Bo Lind", "netværk", "Møderum"]],
    2025: [["Navn", "Type", "Medarbejder", "Relation", "Rum"],
           ["Torup Idrætsforening", "forening", "Bo Lind", "samarbejde", "Møderum"],
           ["Torup Kommune, Kultur", "kommunal forvaltning", "Anne Holm", "partnerskab", "Læring"],
           ["Musikskolen i Torup", "kulturinstitution", "Anne Holm", "partnerskab", "Performativ"],
           ["Torup Spejderne", "forening", "Bo Lind", "samarbejde", "Møderum"],
           ["Torup Skakklub", "forening", "Bo Lind", "netværk", "Møderum"]],
}
NO_LEVELS_NOTE = (
    "Bemærk: torup-2023.xlsx har ingen relationsniveauer: ingen af dens 4 aktører har et niveau (netværk, "
    "samarbejde eller partnerskab i en kolonne som Relation). Dens niveauer står som ukendte, ikke som 0, og om "
    "relationer rykkede op eller ned fra eller til den, kan ikke ses.")


@pytest.fixture
def torup(tmp_path):
    return [make_xlsx(tmp_path / f"torup-{year}.xlsx", {"Kontakter": rows}) for year, rows in NO_LEVELS.items()]


def test_a_snapshot_without_levels_is_unknown_not_zero_in_the_sentences(runner, torup, tmp_path):
    result = runner.invoke(cli, ["compare", *map(str, torup), "-o", str(tmp_path / "udv.html")])
    assert result.exit_code == 0, result.output
    assert result.stderr == NO_LEVELS_NOTE + "\n"
    assert result.stdout.splitlines()[:-1] == [
        "3 øjebliksbilleder fra 2023 til 2025.",
        "Netværket voksede fra 4 til 5 aktører.",
        "2 nye aktører kom til, og 1 forsvandt.",
        "Om relationer rykkede op eller ned fra 2023 til 2025, kan ikke ses: 2023 har ingen relationsniveauer.",
        "Nu er der 2 partnerskaber (før ukendt), 2 samarbejder (før ukendt) og 1 netværksrelation (før ukendt).",
        "2023: 4 aktører uden relationsniveau.",
        "Inspirationsrummet har ikke længere nogen aktører.",
        "4 aktører flyttede sig i netværkscirklen undervejs, skridt for skridt; flest trin (1): "
        "Musikskolen i Torup (samarbejde → partnerskab), Torup Idrætsforening (netværk → samarbejde), "
        "Torup Kommune, Kultur (samarbejde → partnerskab) og 1 anden.",
        "Foreninger: 1 i 2023 og 3 i 2025, heraf ukendt og 0 partnerskaber.",
        "Kommunale forvaltninger: 1 i 2023 og 1 i 2025, heraf ukendt og 1 partnerskaber.",
    ]
    page = (tmp_path / "udv.html").read_text(encoding="utf-8")
    assert f'<div class="notes" role="note" aria-label="Bemærk">\n<p>{NO_LEVELS_NOTE}</p>' in page


def test_a_snapshot_without_levels_has_no_values_in_the_series_and_charts(runner, torup, tmp_path):
    course = development([load([path]) for path in torup])
    assert course.levels == {"network": [None, 3, 1], "cooperation": [None, 2, 2], "partnership": [None, 0, 2]}
    assert course.spaces["meeting"] == {"network": [None, 2, 1], "cooperation": [None, 0, 2],
                                        "partnership": [None, 0, 0]}
    assert course.kinds["association"] == {"all": [1, 2, 3], "network": [None, 2, 1],
                                           "cooperation": [None, 0, 2], "partnership": [None, 0, 0]}
    document = json.loads(json.dumps(course.to_dict("en")))
    assert document["series"]["levels"]["partnership"] == [None, 0, 2]
    assert document["series"]["unknown_level"] == [4, 0, 0]
    page = write_development(course, tmp_path / "udv.html", lang="en").read_text(encoding="utf-8")
    table = re.search(r'<tr><th scope="row">partnership</th>(.*?)</tr>', page).group(1)
    assert table == '<td class="num">unknown</td><td class="num">0</td><td class="num">2</td>'
    line = re.search(r'<g class="series partnership"><path class="line" d="([^"]*)"', page).group(1)
    assert line.startswith("M") and line.count("M") == 1 and line.count("L") == 1  # 2024 → 2025 only


def test_a_space_with_actors_of_unknown_level_is_not_said_to_be_empty(tmp_path):
    header = ["Navn", "Medarbejder", "Relation", "Rum"]
    before = make_xlsx(tmp_path / "a-2024.xlsx", {"K": [header, ["Avis", "Bo", None, "Inspiration"],
                                                        ["Klub", "Bo", "netværk", "Møderum"]]})
    after = make_xlsx(tmp_path / "a-2025.xlsx", {"K": [header, ["Avis", "Bo", None, "Inspiration"],
                                                       ["Kor", "Bo", None, "Læring"],
                                                       ["Klub", "Bo", "netværk", "Møderum"]]})
    from netkort.compare import compare

    summary = compare(load([before]), load([after])).summary("da")
    assert summary[3:] == [  # partly unknown levels: the page's totals have a row for them
        "Nu er der 0 partnerskaber (før 0), 0 samarbejder (før 0) og 1 netværksrelation (før 1).",
        "Læringsrummet har fået sine første aktører, men deres relationsniveau er ukendt.",
        "Møderummet har stadig kun netværkskontakter.",
        "Det performative rum har stadig ingen aktører.",
    ]


def test_files_out_of_order_are_warned_on_the_page_too(runner, files, tmp_path):
    result = runner.invoke(cli, ["compare", str(files[1]), str(files[0]), str(files[2]), "-o",
                                 str(tmp_path / "udv.html"), "--lang", "en"])
    assert result.exit_code == 0
    note = ("Note: the files do not look like they are in date order: kontakter-2023.xlsx (2023, year in the file "
            "name) is given before kontakter-2022.xlsx (2022, year in the file name). netkort compare reads the "
            "files in the order given, oldest first; give them in that order if this is a mistake.")
    assert result.stderr == note + "\n"
    page = (tmp_path / "udv.html").read_text(encoding="utf-8")
    assert f'<div class="notes" role="note" aria-label="Note">\n<p>{note}</p>' in page


def test_a_huge_type_cell_costs_what_a_short_one_does():
    """A compound is tried by its last letters only: the look-ups of a 1,000- and a
    200,000-letter type are the same (the old loop tried every suffix: quadratic)."""
    from netkort import actortype

    class Counting(frozenset):
        calls = 0

        def __contains__(self, item):
            Counting.calls += 1
            return frozenset.__contains__(self, item)

    forms = Counting(actortype._KIND_FORMS["association"][0])
    counts = []
    for length in (1_000, 200_000):
        Counting.calls = 0
        assert actortype._names("x" * length + "forening", forms)
        Counting.calls = 0
        assert not actortype._names("x" * length, forms)
        counts.append(Counting.calls)
    assert counts[0] == counts[1] <= actortype._LONGEST
