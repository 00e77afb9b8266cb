"""The workshop under load: 40 participants each add 10 contacts within a minute (issue 16).

    python bench/workshop.py                      # 40 x 10 over 50 seconds, the sample network preloaded
    python bench/workshop.py --participants 60 --contacts 10 --seconds 30 --empty

A real ``netkort workshop`` server runs in a subprocess on a free port; every participant
is its own HTTP client (its own cookie) in its own thread, adding its contacts at random
moments within ``--seconds``; one in five names is an actor another participant also adds.
A projector client listens to the event stream. For each acknowledged entry, the latency
is the time from the acknowledgement to the first projector update that includes it.

First, in a quiet room, one participant adds ``--single`` entries one at a time: the time
from pressing Save to the projector's update that shows the entry ("within one second").
Then the load. Prints entries acknowledged, stored (read from the SQLite file after the run), on the
projector (its last update), lost and doubled, and the median and 95th percentile of the
projector latency. Timing lives here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUIET = "Enkeltmåling"   # the participant of the quiet-room entries, left out of the load's figures


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(db: Path, files: list[str], port: int) -> tuple[subprocess.Popen, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NETKORT_LANG": ""}
    process = subprocess.Popen([sys.executable, "-m", "netkort.cli", "workshop", *files, "--db", str(db),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env)
    output = ""
    for line in process.stdout:
        output += line
        if "Kode:" in line:
            break
    key, code = re.search(r"key=(\S+)", output).group(1), re.search(r"Kode: (\S+)", output).group(1)
    for _ in range(400):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, key, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--contacts", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=50.0, help="each participant's contacts fall within this")
    parser.add_argument("--empty", action="store_true", help="start with no network (default: the sample preloaded)")
    parser.add_argument("--single", type=int, default=10,
                        help="first, this many entries one at a time in a quiet room (save to projector)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="netkort-bench-"))
    db, port = folder / "workshop.sqlite", free_port()
    files = [] if args.empty else [str(ROOT / "sample_networks" / "hovedbibliotek.xlsx")]
    process, key, code = start(db, files, port)
    url = f"http://127.0.0.1:{port}"
    updates: list[tuple[float, int, dict]] = []   # (arrival, entries, state)
    stop = threading.Event()

    def projector() -> None:
        with httpx.Client(base_url=url, timeout=None) as client:
            client.get("/projector", params={"key": key})
            try:
                with client.stream("GET", "/events", params={"layout": "circle"}) as response:
                    for line in response.iter_lines():
                        if line.startswith("data: "):
                            state = json.loads(line[6:])
                            updates.append((time.monotonic(), state["entries"], state))
                        if stop.is_set():
                            return
            except httpx.HTTPError:   # the server stopped at the end of the run
                return

    watcher = threading.Thread(target=projector, daemon=True)
    watcher.start()
    while not updates:
        time.sleep(0.05)

    # A quiet room first: one entry at a time, from pressing "Gem" to the projector showing it.
    quiet: list[float] = []
    with httpx.Client(base_url=url, timeout=30) as client:
        client.get("/", params={"code": code})
        client.post("/name", data={"name": QUIET})
        for n in range(args.single):
            time.sleep(0.5)
            pressed = time.monotonic()
            entry_id = client.post("/api/entries", json={"name": f"Enkelt aktør {n}", "level": "samarbejde"}).json()["id"]
            deadline = pressed + 10
            while time.monotonic() < deadline:
                seen = next((arrival for arrival, count, _ in list(updates) if count >= entry_id and arrival >= pressed),
                            None)
                if seen is not None:
                    quiet.append(seen - pressed)
                    break
                time.sleep(0.005)

    shared = [f"Fælles aktør {n}" for n in range(args.contacts)]
    acknowledged: list[tuple[float, int, str, str]] = []   # (time, id, participant, name)
    failures: list[str] = []
    lock = threading.Lock()
    begin = time.monotonic()

    def participant(index: int) -> None:
        name = f"Deltager {index:02d}"
        rng = random.Random(index)
        moments = sorted(rng.uniform(0, args.seconds) for _ in range(args.contacts))
        with httpx.Client(base_url=url, timeout=30) as client:
            client.get("/", params={"code": code})
            client.post("/name", data={"name": name})
            for n, moment in enumerate(moments):
                time.sleep(max(0.0, begin + moment - time.monotonic()))
                actor = shared[n] if rng.random() < 0.2 else f"Aktør {index:02d}-{n:02d}"
                body = {"name": actor, "level": rng.choice(["netværk", "samarbejde", "partnerskab"]),
                        "spaces": rng.sample(["Læringsrummet", "Møderummet", "Det performative rum",
                                              "Inspirationsrummet"], rng.randint(0, 2)),
                        "client_id": f"{index}-{n}"}
                response = None
                for _attempt in range(5):   # as the page does: the same client_id again until it is stored
                    try:
                        response = client.post("/api/entries", json=body)
                        break
                    except httpx.HTTPError as error:
                        with lock:
                            failures.append(f"retried: {error!r}")
                        time.sleep(1)
                with lock:
                    if response is not None and response.status_code == 201:
                        acknowledged.append((time.monotonic(), response.json()["id"], name, actor))
                    elif response is not None:
                        failures.append(f"{response.status_code} {response.text[:100]}")

    threads = [threading.Thread(target=participant, args=(i,)) for i in range(args.participants)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    added = time.monotonic() - begin
    expected = len(acknowledged) + args.single   # the quiet room's entries are in the count too
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not updates or updates[-1][1] < expected):
        time.sleep(0.05)
    stop.set()

    latencies = []
    for at, entry_id, _, _ in acknowledged:
        seen = next((arrival for arrival, count, _ in updates if count >= entry_id and arrival >= at), None)
        if seen is not None:
            latencies.append(seen - at)
    last = updates[-1][2]
    process.send_signal(signal.SIGTERM)
    process.wait(10)
    with sqlite3.connect(db) as store:
        rows = store.execute("SELECT e.id, p.name, e.name FROM entries e JOIN participants p ON p.id = e.participant "
                             "WHERE p.name != ?", (QUIET,)).fetchall()
    stored_ids = {r[0] for r in rows}
    pairs = [(r[1], r[2]) for r in rows]
    lost = [a for a in acknowledged if a[1] not in stored_ids]
    doubled = len(pairs) - len(set(pairs))
    on_map = {n["name"] for n in last["map"]["nodes"]}
    missing_on_map = {a[3] for a in acknowledged} - on_map
    print(f"participants × contacts     {args.participants} × {args.contacts} within {args.seconds:.0f} s "
          f"({'empty network' if args.empty else 'sample network preloaded'})")
    print(f"time to add them all        {added:.1f} s")
    print(f"entries acknowledged        {len(acknowledged)} (refused or retried requests: {len(failures)})")
    print(f"entries stored              {len(rows)}")
    print(f"entries on the projector    {last['entries'] - args.single} "
          f"(actors missing from the map: {len(missing_on_map)})")
    print(f"lost / doubled              {len(lost)} / {doubled}")
    print(f"projector updates           {len(updates)}")
    if latencies:
        latencies.sort()
        p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        print(f"projector latency           median {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms ({len(latencies)} measured)")
    if quiet:
        quiet.sort()
        print(f"one at a time, quiet room   median {statistics.median(quiet) * 1000:.0f} ms, "
              f"max {quiet[-1] * 1000:.0f} ms ({len(quiet)} of {args.single} seen; from Save to the projector)")
    if missing_on_map:
        print("  not on the map:", ", ".join(sorted(missing_on_map)[:10]))
    for failure in failures[:5]:
        print("  refused:", failure)


if __name__ == "__main__":
    main()
