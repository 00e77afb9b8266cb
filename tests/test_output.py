"""Writing outputs: never over an input, never half-written, and a clean message when it fails.

Every command that writes is run against a missing folder, a name over 255 bytes, a full
disk, a folder where the file should be, and an output that is one of its inputs.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import SAMPLES

from netkort import output
from netkort.cli import cli
from netkort.merge import merge_files, write_merged
from netkort.output import OutputError, OutputIsInputError, protecting, replacing

MAIN = SAMPLES / "hovedbibliotek.xlsx"
OLD = SAMPLES / "hovedbibliotek-2024.xlsx"
NOTE = "Bemærk: inputtet har 3 fejl; se dem med netkort check.\n"  # the sample's, said before writing
LONG = "n" * 251  # with ".xlsx" or ".html": 256 bytes, one more than a name may have


def commands(out_folder: Path, stem: str = "ud", side: Path | None = None) -> list[tuple[str, list[str], Path]]:
    """(id, arguments, the output they write) for every option that names an output file;
    ``side`` is where friends' page goes when the test is about its --xlsx."""
    o = out_folder
    side = side or o
    return [
        ("merge", ["merge", str(MAIN), "-o", str(o / f"{stem}.xlsx")], o / f"{stem}.xlsx"),
        ("template", ["template", str(o / f"{stem}.xlsx")], o / f"{stem}.xlsx"),
        ("analyse -o", ["analyse", str(MAIN), "-o", str(o / f"{stem}.html")], o / f"{stem}.html"),
        ("analyse --xlsx", ["analyse", str(MAIN), "--xlsx", str(o / f"{stem}.xlsx")], o / f"{stem}.xlsx"),
        ("friends -o", ["friends", str(MAIN), "-o", str(o / f"{stem}.html")], o / f"{stem}.html"),
        ("friends --xlsx", ["friends", str(MAIN), "-o", str(side / "v.html"), "--xlsx",
                            str(o / f"{stem}.xlsx")], o / f"{stem}.xlsx"),
        ("map", ["map", str(MAIN), "-o", str(o / f"{stem}.html")], o / f"{stem}.html"),
        ("compare", ["compare", str(OLD), str(MAIN), "-o", str(o / f"{stem}.html")], o / f"{stem}.html"),
        ("export gexf", ["export", str(MAIN), "-o", str(o / f"{stem}.gexf")], o / f"{stem}.gexf"),
        ("export graphml", ["export", str(MAIN), "-o", str(o / f"{stem}.graphml")], o / f"{stem}.graphml"),
        ("export json", ["export", str(MAIN), "-o", str(o / f"{stem}.json")], o / f"{stem}.json"),
        ("export csv", ["export", str(MAIN), "-o", str(o / f"{stem}.csv")], o / f"{stem}.csv"),
    ]


IDS = [c[0] for c in commands(Path("x"))]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".netkort-"))


@pytest.mark.parametrize("index", range(len(IDS)), ids=IDS)
def test_a_missing_folder_is_one_danish_sentence(runner, tmp_path, index):
    _, args, out = commands(tmp_path / "mangler", side=tmp_path)[index]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {out}: filen kunne ikke skrives: mappen '{tmp_path / 'mangler'}' "
                             "findes ikke.\n")
    assert result.stdout == ""  # said before any work: nothing read, nothing written
    assert not (tmp_path / "mangler").exists()


@pytest.mark.parametrize("index", range(len(IDS)), ids=IDS)
def test_a_name_over_255_bytes(runner, tmp_path, index):
    _, args, out = commands(tmp_path, stem=LONG)[index]
    if out.suffix == ".csv":  # 'n…n.csv' is 255 bytes, but the pair's 'n…n-nodes.csv' is more
        out = out.with_name(f"{out.stem}-nodes.csv")
    result = runner.invoke(cli, args, env={"NETKORT_LANG": "en"})
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {out}: the file could not be written: the name is too long "
                             "(at most 255 bytes per name); choose a shorter one.\n")
    assert leftovers(tmp_path) == []


def test_a_name_over_255_bytes_in_danish(runner, tmp_path):
    out = tmp_path / f"{LONG}.xlsx"
    result = runner.invoke(cli, ["merge", str(MAIN), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {out}: filen kunne ikke skrives: navnet er for langt "
                             "(højst 255 byte pr. navn); vælg et kortere.\n")


@pytest.mark.parametrize("index", range(len(IDS)), ids=IDS)
def test_a_folder_where_the_file_should_be(runner, tmp_path, index):
    _, args, out = commands(tmp_path)[index]
    out.mkdir()
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {out}: filen kunne ikke skrives: der er en mappe med det navn; skriv et filnavn.\n"
    assert list(out.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's full disk")
@pytest.mark.parametrize("index", range(len(IDS)), ids=IDS)
def test_a_full_disk(runner, tmp_path, index):
    """The real thing: the output is a link to /dev/full, which answers every write with ENOSPC."""
    _, args, out = commands(tmp_path)[index]
    if out.suffix == ".csv":  # the pair's first table is where the writing starts
        out = out.with_name(f"{out.stem}-noder.csv")
    out.symlink_to("/dev/full")
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stderr.removeprefix(NOTE) == f"netkort: {out}: filen kunne ikke skrives: disken er fuld.\n"
    assert out.is_symlink() and os.readlink(out) == "/dev/full"  # the link is kept; nothing replaced it
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("index", range(len(IDS)), ids=IDS)
def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(runner, tmp_path, monkeypatch, index):
    """The disk fills at the last step: the file that was there is untouched, the new one is gone."""
    _, args, out = commands(tmp_path)[index]
    existing = [out] if out.suffix != ".csv" else [out.with_name(f"{out.stem}-{t}.csv") for t in ("noder", "kanter")]
    for path in existing:
        path.write_bytes(b"the old content")

    real_replace = os.replace

    def full(source, target):
        if Path(target) in existing:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real_replace(source, target)

    monkeypatch.setattr(output.os, "replace", full)
    result = runner.invoke(cli, args)
    if args[0] == "template":  # it never writes over a workbook (test_i18n_cli): nothing to fail
        assert result.exit_code == 2 and "findes allerede" in result.stderr
        assert [path.read_bytes() for path in existing] == [b"the old content"] and leftovers(tmp_path) == []
        return
    assert result.exit_code == 1
    # a CSV pair's edges table is put in place first; when it cannot be, neither table changes
    assert result.stderr.removeprefix(NOTE) == f"netkort: {existing[-1]}: filen kunne ikke skrives: disken er fuld.\n"
    assert [path.read_bytes() for path in existing] == [b"the old content"] * len(existing)
    assert leftovers(tmp_path) == []


def test_permission_denied_says_so(runner, tmp_path, monkeypatch):
    def denied(source, target):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

    monkeypatch.setattr(output.os, "replace", denied)
    out = tmp_path / "samlet.xlsx"
    result = runner.invoke(cli, ["merge", str(MAIN), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {out}: filen kunne ikke skrives: netkort har ikke lov at skrive der "
                             "(er filen åben i et andet program?).\n")
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_read_only_file_is_not_replaced(runner, tmp_path, monkeypatch):
    out = tmp_path / "samlet.xlsx"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(output.os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode)
                        if Path(p) == out else real_access(p, mode))
    result = runner.invoke(cli, ["merge", str(MAIN), "-o", str(out)])  # (root may write anything: ask as a user)
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {out}: filen kunne ikke skrives: netkort har ikke lov at skrive der "
                             "(er filen åben i et andet program?).\n")
    assert out.read_bytes() == b"kept"


def test_a_file_in_the_way_of_a_folder(runner, tmp_path):
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    out = tmp_path / "fil" / "kort.html"
    result = runner.invoke(cli, ["map", str(MAIN), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {out}: filen kunne ikke skrives: '{tmp_path / 'fil'}' er ikke en mappe.\n"


def test_demo_into_a_file_or_a_missing_folder(runner, tmp_path):
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["demo", str(tmp_path / "fil")])
    assert result.exit_code == 1
    assert result.stderr == f"netkort: {tmp_path / 'fil'}: filen kunne ikke skrives: '{tmp_path / 'fil'}' er ikke en mappe.\n"
    long = tmp_path / ("d" * 256)
    result = runner.invoke(cli, ["demo", str(long)])
    assert result.exit_code == 1
    assert result.stderr == (f"netkort: {long}: filen kunne ikke skrives: navnet er for langt "
                             "(højst 255 byte pr. navn); vælg et kortere.\n")


# --- an output that is an input ------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "k.xlsx"
    path.write_bytes(MAIN.read_bytes())
    return path


@pytest.mark.parametrize("args", [
    ["merge", "{k}", "-o", "{k}"],
    ["analyse", "{k}", "--xlsx", "{k}"],
    ["friends", "{k}", "-o", "{dir}/v.html", "--xlsx", "{k}"],
    ["merge", "{other}", "{k}", "-o", "{dir}/./sub/../k.xlsx"],
], ids=["merge", "analyse --xlsx", "friends --xlsx", "another spelling"])
def test_an_output_that_is_an_input_is_refused(runner, tmp_path, workbook, args):
    (tmp_path / "sub").mkdir()
    before = workbook.read_bytes()
    filled = [a.format(k=workbook, dir=tmp_path, other=SAMPLES / "filial.xlsx") for a in args]
    result = runner.invoke(cli, filled)
    assert result.exit_code == 2
    named = Path(filled[filled.index("-o" if "--xlsx" not in filled else "--xlsx") + 1])
    assert result.stderr == (f"netkort: {named} er den samme fil som inputtet {workbook}; netkort skriver aldrig "
                             "oven i et input. Vælg et andet navn til outputtet.\n")
    assert workbook.read_bytes() == before
    assert not (tmp_path / "v.html").exists()


def test_a_hard_link_or_a_symbolic_link_to_an_input(runner, tmp_path, workbook):
    hard, soft = tmp_path / "hard.xlsx", tmp_path / "soft.xlsx"
    os.link(workbook, hard)
    soft.symlink_to(workbook)
    for link in (hard, soft):
        result = runner.invoke(cli, ["merge", str(workbook), "-o", str(link)], env={"NETKORT_LANG": "en"})
        assert result.exit_code == 2
        assert result.stderr == (f"netkort: {link} is the same file as the input {workbook}; netkort never "
                                 "writes over an input. Choose another name for the output.\n")
    assert workbook.read_bytes() == MAIN.read_bytes()


def test_export_to_its_own_csv_input(runner, tmp_path):
    """export k.csv -o k.csv, and the pair's tables, which are what -o net.csv writes."""
    k = tmp_path / "k.csv"
    k.write_text("Navn;Relation\nÅby Roklub;netværk\n", encoding="utf-8")
    result = runner.invoke(cli, ["export", str(k), "-o", str(k)])
    assert result.exit_code == 2
    assert result.stderr == (f"netkort: {k} er den samme fil som inputtet {k}; netkort skriver aldrig "
                             "oven i et input. Vælg et andet navn til outputtet.\n")
    assert runner.invoke(cli, ["export", str(k), "-o", str(tmp_path / "net.csv")]).exit_code == 0
    nodes, edges = tmp_path / "net-noder.csv", tmp_path / "net-kanter.csv"
    before = nodes.read_bytes(), edges.read_bytes()
    result = runner.invoke(cli, ["export", str(nodes), str(edges), "-o", str(tmp_path / "net.csv")])
    assert result.exit_code == 2
    assert result.stderr == (f"netkort: {nodes} er den samme fil som inputtet {nodes}; netkort skriver aldrig "
                             "oven i et input. Vælg et andet navn til outputtet.\n")
    assert (nodes.read_bytes(), edges.read_bytes()) == before


def test_compare_never_writes_over_either_snapshot(runner, tmp_path):
    new = tmp_path / "ny.html"  # an HTML snapshot is no workbook, but the rule is the rule
    new.write_text("<p>", encoding="utf-8")
    result = runner.invoke(cli, ["compare", str(OLD), str(new), "-o", str(new)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"netkort: {new} er den samme fil som inputtet {new};")
    assert new.read_text(encoding="utf-8") == "<p>"


def test_every_write_refuses_a_protected_input(tmp_path, workbook):
    """The library's own guard: whatever writes, while a command runs, no input is replaced."""
    merged = merge_files([workbook])
    with protecting([workbook]), pytest.raises(OutputIsInputError) as refused:
        write_merged(merged, tmp_path / "." / "k.xlsx")
    assert refused.value.exit_code == 2
    assert workbook.read_bytes() == MAIN.read_bytes()
    assert write_merged(merged, workbook) == workbook  # outside a command, a library user may


# --- how a file is replaced --------------------------------------------------------------


def test_an_existing_file_keeps_its_permissions_and_a_link_its_target(tmp_path):
    target = tmp_path / "rigtig.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.html"
    link.symlink_to(target)
    output.write_text(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = output.write_text(tmp_path / "ny.html", "x")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_error_inside_the_block_leaves_nothing(tmp_path):
    path = tmp_path / "x.html"
    with pytest.raises(ZeroDivisionError), replacing(path) as temporary:
        temporary.write_text("half", encoding="utf-8")
        1 / 0  # noqa: B018
    assert list(tmp_path.iterdir()) == []


def test_output_error_in_both_languages():
    error = OutputError(Path("ud") / "x.xlsx", OSError(errno.EROFS, "Read-only file system"))
    assert error.exit_code == 1
    assert error.message("da") == f"{Path('ud') / 'x.xlsx'}: filen kunne ikke skrives: drevet er skrivebeskyttet."
    assert error.message("en") == f"{Path('ud') / 'x.xlsx'}: the file could not be written: the drive is read-only."
    odd = OutputError("x.xlsx", OSError(errno.EIO, "Input/output error"))
    assert odd.message("da") == "x.xlsx: filen kunne ikke skrives: Input/output error (EIO)."


# --- the terminal, folders as inputs ----------------------------------------------------------------

def check_in_child(*args: str, stdout) -> tuple[int, str]:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    child = subprocess.run([sys.executable, "-c", "from netkort.cli import main; main()", *args], stdout=stdout,
                           stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(root)})
    return child.returncode, child.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(("options", "said"), [
    ([], "netkort: kunne ikke skrive til <stdout>: disken er fuld.\n"),
    (["--json"], "netkort: kunne ikke skrive til <stdout>: disken er fuld.\n"),
    (["--lang", "en"], "netkort: could not write to <stdout>: the disk is full.\n"),
])
def test_a_full_terminal_output_is_named_in_danish(options, said):
    """The review: 'kunne ikke skrive eller læse : No space left on device', no name and the system's English."""
    with open("/dev/full", "w") as full:
        assert check_in_child("check", str(MAIN), *options, stdout=full) == (1, said)


def test_an_os_error_names_its_file_and_says_why_in_words(runner, monkeypatch):
    import netkort.check

    def fails(*_args, **_kwargs):
        raise OSError(errno.EACCES, "Permission denied", "/et/sted/fil.csv")

    monkeypatch.setattr(netkort.check, "summarise", fails)
    result = runner.invoke(cli, ["check", str(MAIN)])
    assert (result.exit_code, result.stderr) == (1, "netkort: /et/sted/fil.csv: kunne ikke skrive eller læse filen: "
                                                    "netkort har ikke lov at skrive der (er filen åben i et andet "
                                                    "program?).\n")
    monkeypatch.setattr(netkort.check, "summarise", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EIO, "x")))
    result = runner.invoke(cli, ["check", str(MAIN)])
    assert (result.exit_code, result.stderr) == (1, "netkort: kunne ikke skrive til <stdout>: x (EIO).\n")


@pytest.mark.parametrize("command", [["check"], ["map", "-o", "{out}/k.html"], ["export", "-o", "{out}/k.json"],
                                     ["merge", "-o", "{out}/k.xlsx"], ["analyse"], ["friends", "-o", "{out}/v.html"],
                                     ["compare", str(MAIN), "-o", "{out}/c.html"],
                                     ["workshop", "--db", "{out}/w.sqlite", "--port", "8797"]],
                         ids=lambda c: c[0])
def test_a_folder_given_as_input_is_said_in_danish(runner, tmp_path, command):
    """The review: 'netkort check <mappe>' gave click's English 'Invalid value for FILES...'."""
    folder = tmp_path / "mappe"
    folder.mkdir()
    name, *rest = command
    args = [name, str(folder)] + [a.replace("{out}", str(tmp_path)) for a in rest]
    result = runner.invoke(cli, args)
    assert (result.exit_code, result.stderr) == (1, f"netkort: {folder}: er en mappe, ikke en fil.\n")
    assert list(tmp_path.iterdir()) == [folder]
