"""A real ``netkort workshop`` server for the tests: a subprocess on a free local port.

:class:`Server` starts ``python -m netkort.cli workshop`` with its own --db, reads the
two addresses it prints, and waits until the port answers. ``kill()`` is ``kill -9``.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, db: Path, files=(), args=(), port: int | None = None):
        self.db, self.files, self.args = Path(db), [str(f) for f in files], list(args)
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None
        self.output = ""
        self.clients: list = []

    def client(self, **options):
        """An httpx client on this server, closed when the server stops."""
        import httpx

        client = httpx.Client(base_url=self.url, timeout=20, **options)
        self.clients.append(client)
        return client

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NETKORT_LANG": ""}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "netkort.cli", "workshop", *self.files, "--db", str(self.db),
             "--port", str(self.port), *self.args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        lines = []
        for line in self.process.stdout:
            lines.append(line)
            if "Kode:" in line or "Code:" in line or "Kod:" in line:
                break
        self.output = "".join(lines)
        found = re.search(r"key=(\S+)", self.output)
        code = re.search(r"(?:Kode|Code|Kod): (\S+)", self.output)
        if not found or not code:
            self.stop()
            raise RuntimeError(f"the workshop did not start:\n{self.output}")
        self.key, self.code = found.group(1), code.group(1)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the workshop's port never opened")

    def kill(self) -> None:
        """``kill -9``: no shutdown, no flush, nothing the server could still do."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        for client in self.clients:
            client.close()
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process and self.process.stdout:
            self.process.stdout.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def participant(server: Server, name: str):
    """An httpx client that has joined ``server`` as ``name``."""
    client = server.client()
    response = client.get("/", params={"code": server.code})
    assert response.status_code == 303, response.text
    response = client.post("/name", data={"name": name})
    assert response.status_code == 303 and response.headers["location"] == "/p", response.text
    return client


def facilitator(server: Server):
    client = server.client()
    response = client.get("/projector", params={"key": server.key})
    assert response.status_code == 303
    return client
