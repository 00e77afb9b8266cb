"""Progress: quiet for quick work and outside terminals, a rewritten line on long work."""

from __future__ import annotations

import io
import time

from conftest import SAMPLES

from netkort.cli import cli
from netkort.progress import Ticker


def test_quick_work_prints_nothing():
    stream = io.StringIO()
    ticker = Ticker("Læser", stream=stream, delay=2.0)
    ticker("a.xlsx")
    ticker.stop()
    assert stream.getvalue() == ""


def test_long_work_shows_and_clears_a_line():
    stream = io.StringIO()
    ticker = Ticker("Læser", stream=stream, delay=0.0)
    ticker("hovedbibliotek.xlsx")
    time.sleep(0.6)
    ticker.stop()
    text = stream.getvalue()
    assert "Læser hovedbibliotek.xlsx … 0 s" in text
    assert text.endswith("\r" + " " * 100 + "\r")


def test_no_progress_when_stderr_is_not_a_terminal(runner):
    result = runner.invoke(cli, ["check", str(SAMPLES / "filial.xlsx")])
    assert result.stderr == ""
