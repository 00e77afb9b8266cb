"""Progress on long work: a quiet line on a terminal, nothing anywhere else.

A :class:`Ticker` is the ``progress`` callback the library functions accept
(``load(paths, progress=ticker)``). It says nothing for the first two seconds,
so quick runs stay quiet, then shows what is being done and for how long on
stderr, rewriting one line. When stderr is not a terminal (a pipe, a file, CI)
or in ``--json`` mode, it is never created.
"""

from __future__ import annotations

import sys
import threading
import time

DELAY = 2.0
FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


class Ticker:
    """Call it with what is happening now; :meth:`stop` clears the line."""

    def __init__(self, label: str, stream=None, delay: float = DELAY):
        self.label = label
        self.stream = stream or sys.stderr
        self.delay = delay
        self.current = ""
        self.started = time.monotonic()
        self.shown = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def __call__(self, what: str) -> None:
        self.current = what

    def _run(self) -> None:
        if self._done.wait(self.delay):
            return
        frame = 0
        while not self._done.wait(0.25):
            elapsed = time.monotonic() - self.started
            text = f"{FRAMES[frame % len(FRAMES)]} {self.label} {self.current} … {elapsed:.0f} s"
            self.stream.write("\r" + text[:100].ljust(100))
            self.stream.flush()
            self.shown = True
            frame += 1

    def stop(self) -> None:
        self._done.set()
        self._thread.join()
        if self.shown:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
