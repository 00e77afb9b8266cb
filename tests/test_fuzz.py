"""Fuzzing the reader: mutated real workbooks and CSVs may fail, but only with netkort's errors.

Hypothesis mutates the bundled branch-library workbook (its zip bytes, and the
XML of its sheet inside a valid zip) and a CSV. Whatever comes in, the reader
returns data or raises :class:`~netkort.problems.NetkortError`; nothing else
may reach a user. Bounded by example count, so CI time stays fixed.
"""

from __future__ import annotations

import io
import os
import zipfile

from conftest import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netkort.network import load
from netkort.problems import NetkortError

WORKBOOK = (SAMPLES / "filial.xlsx").read_bytes()
with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as _archive:
    PARTS = {info.filename: _archive.read(info) for info in _archive.infolist()}
SHEET = "xl/worksheets/sheet1.xml"
CSV = "Navn;Medarbejder;Relation;Rum\nÅby Roklub;Mette Kjær;samarbejde;Læring\n".encode()
# CI runs a fixed, derandomised set (a red CI must mean a real regression);
# NETKORT_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py hunts for more.
FUZZ = settings(max_examples=int(os.environ.get("NETKORT_FUZZ_EXAMPLES", "200")), deadline=None,
                derandomize=bool(os.environ.get("CI")), suppress_health_check=list(HealthCheck))

edits = st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=0, max_size=8)),
                 min_size=1, max_size=6)


def mutate(data: bytes, changes: list[tuple[int, bytes]]) -> bytes:
    for position, replacement in changes:
        position %= max(len(data), 1)
        data = data[:position] + replacement + data[position + len(replacement) // 2 + 1:]
    return data


def only_netkort_errors(tmp_path_factory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("f") / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        load([path])
    except NetkortError:
        pass


@FUZZ
@given(changes=edits)
def test_mutated_zip_bytes(tmp_path_factory, changes):
    only_netkort_errors(tmp_path_factory, mutate(WORKBOOK, changes), ".xlsx")


@FUZZ
@given(changes=edits, cut=st.integers(min_value=0, max_value=len(PARTS[SHEET])))
def test_mutated_sheet_xml_in_a_valid_zip(tmp_path_factory, changes, cut):
    sheet = mutate(PARTS[SHEET], changes)[: max(cut, 64)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in PARTS.items():
            archive.writestr(name, sheet if name == SHEET else data)
    only_netkort_errors(tmp_path_factory, buffer.getvalue(), ".xlsx")


@FUZZ
@given(changes=edits)
def test_mutated_csv(tmp_path_factory, changes):
    only_netkort_errors(tmp_path_factory, mutate(CSV, changes), ".csv")
