"""DataFrames of a network and its analyses: the same as the JSON the command line writes, typed.

Every frame is compared cell by cell with the JSON of the command that makes the same
table (``export -o net.json``, ``check --json``, ``analyse --json``, ``compare --json``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys

import pytest
from conftest import SAMPLES
from workbooks import make_xlsx

import netkort
from netkort.cli import cli
from netkort.vocabulary import AGREEMENTS, LEVELS, SECTORS, SPACES

pd = pytest.importorskip("pandas")

MAIN = SAMPLES / "hovedbibliotek.xlsx"
OLD = SAMPLES / "hovedbibliotek-2024.xlsx"
AS_OF = "2025-10-01"


@pytest.fixture(scope="module")
def network():
    return netkort.load([MAIN])


@pytest.fixture(scope="module")
def analysis(network):
    return netkort.analyse(network, as_of=dt.date(2025, 10, 1))


@pytest.fixture(scope="module")
def printed():
    """What ``netkort analyse --json`` and ``compare --json`` print for the sample."""
    from click.testing import CliRunner

    runner = CliRunner()
    found = runner.invoke(cli, ["analyse", str(MAIN), "--json", "--as-of", AS_OF])
    changed = runner.invoke(cli, ["compare", str(OLD), str(MAIN), "--json"])
    checked = runner.invoke(cli, ["check", str(MAIN), "--json"])
    return {"analyse": json.loads(found.stdout), "compare": json.loads(changed.stdout),
            "check": json.loads(checked.stdout)}


def plain(value):
    """A frame's cell as JSON says it: NA is None, a timestamp an ISO date, numpy numbers Python's."""
    if isinstance(value, list):
        return value
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def records(frame) -> list[dict]:
    return [{column: plain(value) for column, value in row.items()} for row in frame.to_dict("records")]


def exported(runner, tmp_path, *options, files=(MAIN,)):
    path = tmp_path / "net.json"
    result = runner.invoke(cli, ["export", *map(str, files), "-o", str(path), *options])
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text(encoding="utf-8"))


LOOK = {"x", "y", "size", "color", "label", "kind", "weight"}


# --- the network -----------------------------------------------------------------------------

@pytest.mark.parametrize("options", [(), ("--details", "--cpr")])
def test_actors_are_the_exported_actors(network, runner, tmp_path, options):
    document = exported(runner, tmp_path, *options)
    nodes = {node["id"]: node for node in document["nodes"] if node["kind"] == "actor"}
    frame = network.actors(details=bool(options), cpr=bool(options))
    assert len(frame) == len(nodes) == 300
    assert frame.id.to_list() == list(nodes)  # the graph's order, as the export
    for row in records(frame):
        node = nodes[row.pop("id")]
        staff = row.pop("staff")
        shown = {k: v for k, v in node.items() if k not in LOOK | {"id"}}
        assert {k: v for k, v in row.items() if v is not None and v != []} == \
            {k: v for k, v in shown.items() if v != []}
        assert staff == sorted(staff, key=str.casefold) or len(staff) < 2
    personal = {"email", "phone", "notes"}
    assert personal <= set(frame.columns) if options else not personal & set(frame.columns)


def test_actors_hold_every_field_with_its_type(network):
    frame = network.actors(details=True)
    assert list(frame.columns) == ["id", "name", "type", "sector", "contact_person", "email", "phone", "staff",
                                   "level", "spaces", "groups", "influence", "interest", "agreement", "start",
                                   "last_contact", "next_evaluation", "activities", "tags", "notes",
                                   "conflicts", "Webside"]
    dtypes = {column: str(dtype) for column, dtype in frame.dtypes.items()}
    assert dtypes == {"id": "string", "name": "string", "type": "string", "sector": "category",
                      "contact_person": "string", "email": "object", "phone": "object", "staff": "object",
                      "level": "category", "spaces": "object", "groups": "object", "influence": "Int64",
                      "interest": "Int64", "agreement": "category", "start": "datetime64[s]",
                      "last_contact": "datetime64[s]", "next_evaluation": "datetime64[s]",
                      "activities": "string", "tags": "object", "notes": "string", "conflicts": "string",
                      "Webside": "string"}
    assert frame.level.cat.categories.to_list() == list(LEVELS) and frame.level.cat.ordered
    assert frame.agreement.cat.categories.to_list() == list(AGREEMENTS) and frame.agreement.cat.ordered
    assert frame.sector.cat.categories.to_list() == list(SECTORS) and not frame.sector.cat.ordered
    assert frame.level.max() == "partnership"  # the strongest, by the network circle
    roklub = frame.set_index("name").loc["Repair Café Nørreå"]
    assert roklub.last_contact == pd.Timestamp("2024-04-21") and roklub.spaces == ["learning"]
    assert roklub.staff == ["Camilla Brix"]


def test_counts_agree_with_check_json(network, printed):
    checked = printed["check"]
    actors, relations = network.actors(), network.relations()
    assert len(actors) == checked["actors"]
    assert actors.level.value_counts().to_dict() == checked["levels"]
    assert actors.level.isna().sum() == checked["unknown_level"]
    assert (relations.kind == "relation").sum() == checked["relations"]
    assert relations[relations.kind == "holds"].source_name.nunique() <= checked["staff"]


@pytest.mark.parametrize("options", [(), ("--details", "--cpr")])
def test_relations_are_the_exported_links(network, runner, tmp_path, options):
    document = exported(runner, tmp_path, *options)
    links = {frozenset((link["source"], link["target"])): link for link in document["links"]
             if link["kind"] != "employs"}
    frame = network.relations(details=bool(options), cpr=bool(options))
    assert len(frame) == len(links) == 435
    names = {node["id"]: node["label"] for node in document["nodes"]}
    for row in records(frame):
        link = links[frozenset((row["source"], row["target"]))]
        assert row.pop("kind") == link["kind"]
        assert (row.pop("source_name"), row.pop("target_name")) == (names[row["source"]], names[row["target"]])
        ends = {row.pop("source"), row.pop("target")}
        assert ends == {link["source"], link["target"]}
        assert {k: v for k, v in row.items() if v is not None} == \
            {k: v for k, v in link.items() if k not in LOOK | {"source", "target"}}


def test_a_relation_starts_at_whoever_holds_it(network):
    frame = network.relations()
    kinds = dict(network.graph.nodes(data="kind"))
    held = frame[frame.kind == "holds"]
    assert {kinds[s] for s in held.source} == {"staff"} and {kinds[t] for t in held.target} == {"actor"}
    assert frame.kind.cat.categories.to_list() == ["holds", "direct", "relation"]
    assert str(frame.last_contact.dtype) == "datetime64[s]"


def test_problems_frame_is_check_json(network, printed):
    frame = network.problems_frame()
    assert records(frame) == printed["check"]["problems"]
    assert str(frame.row.dtype) == "Int64" and frame.severity.cat.categories.to_list() == ["error", "warning"]
    english = netkort.load([MAIN]).problems_frame(lang="en")
    assert english.message[0] == "'7' is not a valid score; write a whole number from 1 to 5 or a word such as " \
                                 "Low, Medium, High."


def test_extra_columns_keep_their_names_and_types_and_never_take_a_field_s(tmp_path):
    header = ["Navn", "Medarbejder", "Relation", "level", "Antal", "Dato", "staff"]
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [header,
                                                          ["Åby Roklub", "Mette Kjær", "partnerskab", "x", "12", "2025-01-02", "y"],
                                                          ["Søholm Skole", "Mette Kjær", "netværk", "z", "7", None, None]]})
    frame = netkort.load([path], columns=["level=ekstra", "staff=ekstra"]).actors()
    assert list(frame.columns)[-4:] == ["custom:level", "Antal", "Dato", "custom:staff"]
    assert frame["custom:level"].to_list() == ["x", "z"] and frame.level.to_list() == ["partnership", "network"]
    assert str(frame.Antal.dtype) == "Int64" and frame.Antal.to_list() == [12, 7]
    assert str(frame.Dato.dtype) == "datetime64[s]" and frame.Dato[0] == pd.Timestamp("2025-01-02")
    assert frame.staff.to_list() == [["Mette Kjær"], ["Mette Kjær"]]


def test_personal_data_in_free_text_is_masked_without_details(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Medarbejder", "Aktiviteter", "E-mail"],
        ["Åby Roklub", "Mette Kjær", "ring til ole@roklub.dk", "ole@roklub.dk"]]})
    network = netkort.load([path])
    assert network.actors().activities[0] == "ring til [e-mail skjult]"
    assert network.actors(lang="en").activities[0] == "ring til [e-mail hidden]"
    assert "email" not in network.actors().columns
    shown = network.actors(details=True)
    assert shown.activities[0] == "ring til ole@roklub.dk" and shown.email[0] == ["ole@roklub.dk"]


def test_dates_far_from_now_stay_real_dates(tmp_path):
    path = make_xlsx(tmp_path / "k.xlsx", {"Kontakter": [
        ["Navn", "Sidste kontakt", "Start"], ["Klosteret", "1500-06-01", "9999-12-31"]]})
    frame = netkort.load([path]).actors()
    assert frame.last_contact[0] == pd.Timestamp("1500-06-01") and frame.start[0] == pd.Timestamp("9999-12-31")


# --- the analyses ----------------------------------------------------------------------------

def test_space_by_level_is_the_json_matrix(analysis, printed):
    frame = analysis.coverage.frame("space", "level")
    assert frame.to_dict("index") == printed["analyse"]["coverage"]["spaces"]
    assert frame.index.name == "space" and frame.columns.name == "level"
    assert frame.index.to_list() == list(SPACES) and frame.columns.to_list() == list(LEVELS)
    assert frame.equals(analysis.coverage.frame())
    assert str(frame.index.dtype) == "category" and frame.columns.dtype.ordered


@pytest.mark.parametrize("table, key", [("group", "groups"), ("sector", "sectors")])
def test_group_and_sector_tables_are_the_json_counts(analysis, printed, table, key):
    counts = printed["analyse"]["coverage"][key]["counts"]
    frame = analysis.coverage.frame(table, "space", "level")
    assert {row: {space: frame.loc[(row, space)].to_dict() for space in SPACES} for row in counts} == counts
    assert frame.index.get_level_values(0).unique().to_list() == list(counts)  # the report's order
    summed = analysis.coverage.frame(table, "space")
    assert summed.to_dict("index") == {row: {s: sum(c.values()) for s, c in spaces.items()}
                                       for row, spaces in counts.items()}
    flipped = analysis.coverage.frame("space", table)
    assert flipped.T.to_dict("index") == summed.to_dict("index")


def test_aims_are_the_json_counts(analysis, printed):
    assert analysis.coverage.frame("aim", "level").to_dict("index") == printed["analyse"]["coverage"]["aims"]
    per_aim = analysis.coverage.frame("aim")
    assert per_aim.columns.to_list() == ["actors"]
    assert per_aim.actors.to_dict() == {aim: sum(c.values()) for aim, c in printed["analyse"]["coverage"]["aims"].items()}


@pytest.mark.parametrize("by", [("level",), ("group", "level"), ("space", "space"), ("sector", "group"),
                                ("aim", "space"), ("colour",)])
def test_a_table_that_would_count_an_actor_twice_is_refused(analysis, by):
    with pytest.raises(netkort.frames.FrameError) as error:
        analysis.coverage.frame(*by)
    given = ", ".join(f'"{d}"' for d in by)
    assert error.value.message() == (
        f'coverage.frame({given}) er ikke en dækningstabel. Brug en af: "group", "space", "level"; '
        '"group", "space"; "sector", "space", "level"; "sector", "space"; "aim", "level"; "aim"; '
        '"space", "level"; "space".')
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize("by, key, row", [("space", None, None), ("group", "groups", "group"),
                                          ("sector", "sectors", "sector")])
def test_gaps_are_the_json_gaps(analysis, printed, by, key, row):
    cover = printed["analyse"]["coverage"]
    expected = [{"space": g["space"], "kind": g["kind"]} for g in cover["gaps"]] if key is None else cover[key]["gaps"]
    frame = analysis.coverage.gaps_frame(by)
    assert records(frame) == [{k: g[k] for k in frame.columns} for g in expected]
    assert frame.kind.cat.categories.to_list() == ["uncovered", "no-cooperation-or-partnership", "no-partnership"]


def test_candidates_are_the_json_candidates(analysis, printed):
    expected = [{"gap": gap["space"], **c} for gap in printed["analyse"]["coverage"]["gaps"] for c in gap["candidates"]]
    assert records(analysis.coverage.candidates_frame()) == expected and len(expected) == 16


def test_interest_is_the_json_interest(analysis, printed):
    frame = analysis.interest.frame()
    assert records(frame.drop(columns="level")) == printed["analyse"]["interest"]["actors"]
    assert frame.quadrant.cat.categories.to_list() == ["manage-closely", "keep-satisfied", "keep-informed", "monitor"]
    assert str(frame.influence.dtype) == "Int64" and len(frame) == 221


@pytest.mark.parametrize("kind", ["key_person", "no_staff", "multi_staff", "duplicates", "stale",
                                  "missing_agreement", "evaluation_due", "staff_load"])
def test_care_lists_are_the_json_care_lists(analysis, printed, kind):
    expected = printed["analyse"]["care"][kind]
    frame = analysis.care.frame(kind)
    rows = records(frame)
    if kind in ("key_person", "no_staff"):
        assert [r["name"] for r in rows] == expected
    elif kind == "duplicates":
        assert [{"names": [r["a"], r["b"]], "score": r["score"]} for r in rows] == expected
    elif kind == "staff_load":
        assert {r.pop("name"): {k: v for k, v in r.items() if k != "department"} for r in rows} == expected
    else:
        assert [{k: r[k] for k in expected[0]} for r in rows] == expected
        assert len(rows) == len(expected) > 0


def test_care_frame_dtypes(analysis):
    stale = analysis.care.frame("stale")
    assert [str(t) for t in stale.dtypes] == ["string", "object", "category", "datetime64[s]", "Int64"]
    assert analysis.care.frame("evaluation_due").reason.cat.categories.to_list() == ["missing", "due"]


def test_an_unknown_care_list_is_named_with_the_lists(analysis):
    with pytest.raises(netkort.frames.FrameError) as error:
        analysis.care.frame("forsømte")
    assert error.value.message("en") == (
        "care.frame('forsømte') is not known. The care lists are: key_person, no_staff, multi_staff, "
        "duplicates, stale, missing_agreement, evaluation_due, staff_load.")


def test_comparison_frame_is_the_json_changes(printed):
    comparison = netkort.compare(netkort.load([OLD]), netkort.load([MAIN]))
    frame = comparison.frame()
    shown = printed["compare"]
    rows = records(frame)
    for change in ("new", "lost"):
        side = "after" if change == "new" else "before"
        assert [{"name": r["name"], "type": r["type"], "level": r[side], "staff": r["staff"]}
                for r in rows if r["change"] == change] == shown[change]
    for change in ("upgraded", "downgraded"):
        assert [{"name": r["name"], "before": r["before"], "after": r["after"], "staff": r["staff"]}
                for r in rows if r["change"] == change] == shown[change]
    assert frame.change.value_counts().to_dict() == {k: shown["summary"][k] for k in ("new", "upgraded", "lost",
                                                                                        "downgraded")}
    assert frame.before.dtype.ordered and (frame[frame.change == "upgraded"].after
                                           > frame[frame.change == "upgraded"].before).all()
    spaces = comparison.coverage_frame()
    assert {s: {w: spaces.loc[s, w].to_dict() for w in ("before", "after")} for s in SPACES} == shown["coverage"]


# --- without pandas --------------------------------------------------------------------------

def test_without_pandas_a_frame_says_how_to_install_it(network, analysis, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails, as where it is missing
    for ask in (network.actors, network.relations, network.problems_frame, analysis.coverage.frame,
                analysis.interest.frame, lambda: analysis.care.frame("stale")):
        with pytest.raises(netkort.PandasMissingError) as error:
            ask()
        assert str(error.value) == ("Tabeller som DataFrames kræver pandas, som ikke er installeret. "
                                    "Installer den med: pip install 'netkort[pandas]'")
        assert error.value.message("en") == ("Tables as DataFrames need pandas, which is not installed. "
                                             "Install it with: pip install 'netkort[pandas]'")
        assert isinstance(error.value, ImportError) and isinstance(error.value, netkort.NetkortError)


def test_the_command_line_and_the_api_never_import_pandas_until_a_frame_is_asked_for():
    code = """
import importlib, pkgutil, sys
import netkort
from netkort.cli import cli
try:
    cli(["--help"])
except SystemExit:
    pass
assert "pandas" not in sys.modules, "netkort --help"
for name in netkort.__all__:
    getattr(netkort, name)
for module in pkgutil.walk_packages(netkort.__path__, "netkort."):
    importlib.import_module(module.name)
assert "pandas" not in sys.modules, "importing netkort"
network = netkort.load([netkort.sample()])
netkort.Map(network)._repr_html_()
assert "pandas" not in sys.modules, "a map"
network.actors()
print("pandas" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "True"
