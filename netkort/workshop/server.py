"""Starting the workshop: open the store, print the two addresses, run uvicorn.

The server binds to 127.0.0.1 unless ``--host`` says otherwise; on 0.0.0.0 (or any
address other machines can reach) it warns and prints the machine's LAN address,
which is what the participants' phones need.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from ..problems import NetkortError
from .store import Store
from .texts import console, resumed
from .texts import say as workshop_say


class WorkshopError(NetkortError):
    """A workshop that cannot start: the --db is no database, the port is taken."""

    def __init__(self, code: str, **params: object):
        self.code, self.params = code, params
        super().__init__(workshop_say(code, "da", **params))

    def message(self, lang: str = "da") -> str:
        return workshop_say(self.code, lang, **self.params)


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def lan_address() -> str | None:
    """The address other machines on the network reach this one at (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def open_store(db: Path | str, files: Iterable[Path | str] = (), personal: bool | None = None) -> tuple[Store, list[str]]:
    """The store in ``db`` with ``files`` added (each content once); refuses a file that is no SQLite database."""
    fresh = not Path(db).exists()
    try:
        store = Store(db, personal=personal)
    except sqlite3.DatabaseError:
        raise WorkshopError("db-not-sqlite", file=str(db)) from None
    try:
        return store, store.add_files(list(files))
    except BaseException:
        store.close()
        if fresh:  # a file that cannot be read leaves no new, empty workshop behind
            for part in ("", "-wal", "-shm"):
                Path(f"{db}{part}").unlink(missing_ok=True)
        raise


def addresses(store: Store, host: str, port: int) -> dict[str, str | None]:
    """The facilitator's address (with the key), the participants' (with the code), and the LAN address."""
    local = host in LOCAL_HOSTS
    lan = None if local else (lan_address() if host in ("0.0.0.0", "::") else host)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    join_host = lan or shown
    join_host = f"[{join_host}]" if ":" in join_host else join_host
    shown = f"[{shown}]" if ":" in shown else shown
    return {"facilitator": f"http://{shown}:{port}/projector?key={store.key}",
            "join": f"http://{join_host}:{port}/", "code": store.code, "lan": lan}


def check_port(host: str, port: int) -> None:
    """Refuse a port that is taken before anything is printed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise WorkshopError("port-busy", port=port, host=host, reason=error.strerror or str(error)) from None


def serve(db: Path | str, files: Iterable[Path | str] = (), host: str = "127.0.0.1", port: int = 8000,
          lang: str = "da", personal: bool = False, echo: Callable[[str], None] = print) -> None:
    """Run the workshop until Ctrl+C (or a signal); everything acknowledged is in ``db``."""
    import uvicorn

    from .app import create_app

    files = list(files)
    check_port(host, port)
    before = Path(db).exists()
    store, added = open_store(db, files, personal=True if personal else None)
    where = addresses(store, host, port)
    echo(console("started", lang))
    echo(console("db", lang, db=db))
    if before and store.count():
        echo(resumed(store.count(), db, lang))
    if added:
        echo(console("loaded", lang, files=", ".join(added)))
    kept = [Path(f).name for f in files if Path(f).name not in added]
    if kept:
        echo(console("kept", lang, files=", ".join(kept)))
    if store.personal:
        echo(console("personal", lang))
    if host not in LOCAL_HOSTS:
        echo(console("lan" if where["lan"] else "no-lan", lang, host=host))
    echo("")
    echo(f"  {console('facilitator', lang)}  {where['facilitator']}")
    echo(f"  {console('codes', lang)}  {where['facilitator'].split('/projector')[0]}/participants")
    echo(f"  {console('participants', lang)}  {where['join']}  {console('code', lang)} {where['code']}")
    echo("")
    app = create_app(store, lang=lang, join_url=where["join"])
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=1, lifespan="off")
    try:
        uvicorn.Server(config).run()
    finally:
        store.close()
