"""The workshop's web server: Starlette over the store, live updates as server-sent events.

Participants join with the short code (wrong codes are rate-limited), pick or type
their name and get a cookie naming them; from then on they add, change and delete
their own entries through a small JSON API, and nobody else's. A name is one
participant: a second device continues as a name already taken only with that
participant's resume code (shown on their own page; wrong ones rate-limited per
address and per name), and the facilitator's ``/participants`` lists the codes. The facilitator's
pages (projector, interest analysis, workbook download) need the secret key.

Safety on a shared network: every page carries a strict Content-Security-Policy
(scripts and styles only from netkort itself, no inline script, no other host),
every request and field has a size limit, what participants type reaches pages
only as data (set with ``textContent`` or drawn on a canvas), and a cross-site
form cannot change anything (the API takes JSON only, and checks Origin), and a
request whose Host is a name other than ``localhost`` or the machine's own (a DNS
rebinding page's domain pointed at this machine) is refused before anything else.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
import secrets
import socket
import time
from collections import defaultdict, deque
from collections.abc import Iterable
from importlib import resources
from urllib.parse import urlsplit

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from ..text import name_key
from .state import labels, participant_state, projector_state
from .store import EntryError, Store
from .texts import actor_types, script_texts
from .texts import say as workshop_say

BODY_LIMIT = 16 * 1024         # bytes in one request
URL_LIMIT = 2048               # characters in a path and query
WRONG_CODES = 5                # wrong codes from one address ...
WRONG_WINDOW = 60.0            # ... within this many seconds lock it out for as long
PING_SECONDS = 15.0            # a comment on each event stream, so proxies and phones keep it open
PARTICIPANT_PAUSE = 1.0        # phones hear of new names at most once a second
PARTICIPANT_COOKIE = "netkort_deltager"
CODE_COOKIE = "netkort_kode"
FACILITATOR_COOKIE = "netkort_leder"
LAYOUTS = ("circle", "spaces")
# A Host header: a name or IPv4 address, or an IPv6 address in brackets, and an optional port.
HOST = re.compile(r"(?:(?P<name>[A-Za-z0-9.-]+)|\[(?P<ip6>[0-9A-Fa-f:.]+)\])(?::[0-9]{1,5})?")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()")]
# What /assets/ serves: netkort's own files, nothing else.
ASSETS = {"vis-network.min.js": ("netkort", "text/javascript"), "vis-network.css": ("netkort", "text/css"),
          "map-draw.js": ("netkort", "text/javascript"),
          "participant.js": ("netkort.workshop", "text/javascript"),
          "projector.js": ("netkort.workshop", "text/javascript"),
          "workshop.css": ("netkort.workshop", "text/css")}


def own_host(host: str | None, names: Iterable[str] = ()) -> bool:
    """Whether a request's Host header names this server: an IP address (any: the machine may have
    several), ``localhost``, or one of ``names`` (the machine's own). Another name is what a DNS
    rebinding page sends after pointing its own domain at this machine: such requests are refused,
    so a page from the web can neither read the workshop nor use a cookie meant for it."""
    if host is None:   # HTTP/1.0 without Host: not a browser, which always sends one
        return True
    found = HOST.fullmatch(host)
    if not found:
        return False
    name = (found.group("name") or found.group("ip6")).rstrip(".").lower()
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name == "localhost" or name in {n.lower() for n in names}


def machine_names() -> set[str]:
    """This machine's own names (as a phone might reach it by mDNS: ``name.local``)."""
    name = socket.gethostname().lower()
    return {name, f"{name}.local"} if name else set()


class Limits:
    """ASGI middleware: security headers on every response; the Host checked and size limits
    enforced on every request."""

    def __init__(self, app, lang: str = "da", names: Iterable[str] = ()):
        self.app = app
        self.lang = lang
        self.names = set(names)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        host = dict(scope.get("headers") or []).get(b"host")
        host = host.decode("latin-1") if host is not None else None
        if not own_host(host, self.names):
            response = PlainTextResponse(workshop_say("bad-host", self.lang, host=(host or "")[:100]),
                                         status_code=400)
            return await response(scope, receive, send_with_headers)
        length = dict(scope.get("headers") or []).get(b"content-length")
        too_long_url = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > URL_LIMIT
        try:
            too_big = length is not None and int(length) > BODY_LIMIT
        except ValueError:
            too_big = True
        if too_long_url or too_big:
            response = JSONResponse({"errors": {"request": workshop_say("too-big", self.lang, limit=BODY_LIMIT)}},
                                    status_code=414 if too_long_url else 413)
            return await response(scope, receive, send_with_headers)
        received = 0

        async def counted_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > BODY_LIMIT:
                    raise TooBig()
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except TooBig:
            response = JSONResponse({"errors": {"request": workshop_say("too-big", self.lang, limit=BODY_LIMIT)}},
                                    status_code=413)
            await response(scope, receive, send_with_headers)


class TooBig(Exception):
    """A request body grew past :data:`BODY_LIMIT` while it was read."""


class Hub:
    """The store's version: bumped on every change, awaited by the event streams."""

    def __init__(self):
        self.version = 0
        self._changed: asyncio.Event | None = None

    def _event(self) -> asyncio.Event:
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def bump(self) -> None:
        self.version += 1
        event, self._changed = self._event(), asyncio.Event()
        event.set()

    async def wait(self, seen: int, timeout: float) -> bool:
        """Until the version differs from ``seen`` (True) or ``timeout`` passes (False)."""
        if self.version != seen:
            return True
        try:
            await asyncio.wait_for(self._event().wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True


class Cache:
    """One build per (what, version): the first caller builds in a thread, the others wait for it."""

    def __init__(self):
        self._built: dict[tuple, tuple[int, dict]] = {}
        self._locks: dict[tuple, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def get(self, what: tuple, version: int, build) -> dict:
        async with self._locks[what]:
            found = self._built.get(what)
            if found and found[0] == version:
                return found[1]
            value = await anyio.to_thread.run_sync(build)
            self._built[what] = (version, value)
            return value


def create_app(store: Store, lang: str = "da", join_url: str = "") -> Starlette:
    """The workshop's ASGI app over ``store``; ``join_url`` is the address the QR code shows."""
    texts = script_texts(lang)   # what the pages' scripts show; the pages' own text is in their templates
    hub, cache = Hub(), Cache()
    wrong: dict[str, deque] = defaultdict(deque)

    # --- who is asking ------------------------------------------------------------------
    def participant(request: Request):
        return store.participant(request.cookies.get(PARTICIPANT_COOKIE))

    def is_facilitator(request: Request) -> bool:
        given = request.cookies.get(FACILITATOR_COOKIE) or ""
        return secrets.compare_digest(given.encode(), store.key.encode())

    def has_code(request: Request) -> bool:
        given = request.cookies.get(CODE_COOKIE) or ""
        return secrets.compare_digest(given.upper().encode(), store.code.encode())

    def refused(code: str, status: int, **params) -> JSONResponse:
        return JSONResponse({"errors": {"request": workshop_say(code, lang, **params)}}, status_code=status)

    def same_origin(request: Request) -> bool:
        """Not sent by another site: the browser's Sec-Fetch-Site, else the Origin (pages send no
        referrer, so a browser may say Origin "null" for the page's own form)."""
        site = request.headers.get("sec-fetch-site")
        if site is not None:
            return site in ("same-origin", "none")
        origin = request.headers.get("origin")
        return origin in (None, "null") or urlsplit(origin).netloc == request.headers.get("host")

    async def body(request: Request) -> dict:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise EntryError({"request": workshop_say("bad-json", lang)}, 415)
        try:
            data = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise EntryError({"request": workshop_say("bad-json", lang)}) from None
        if not isinstance(data, dict):
            raise EntryError({"request": workshop_say("bad-json", lang)})
        return data

    async def form(request: Request) -> dict[str, str]:
        """A posted form's fields (urlencoded: the pages' forms send nothing else)."""
        from urllib.parse import parse_qs

        try:
            fields = parse_qs((await request.body()).decode("utf-8"), max_num_fields=10)
        except (ValueError, UnicodeDecodeError):
            return {}
        return {key: values[0] for key, values in fields.items()}

    def page(name: str, status: int = 200, **context) -> HTMLResponse:
        from .pages import render

        html = render(name, lang=lang, script=texts, **context)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})

    def cookie(response: Response, name: str, value: str) -> Response:
        response.set_cookie(name, value, max_age=7 * 24 * 3600, httponly=True, samesite="strict", path="/")
        return response

    # --- joining --------------------------------------------------------------------------
    async def home(request: Request):
        if participant(request):
            return RedirectResponse("/p", status_code=303)
        code = request.query_params.get("code", "")[:20]
        if code:
            return await check_code(request, code)
        return page("join.html")

    def recent(what: str) -> deque:
        """The wrong codes (join or resume) counted against ``what`` within the window."""
        now, failures = time.monotonic(), wrong[what]
        while failures and now - failures[0] > WRONG_WINDOW:
            failures.popleft()
        return failures

    def address(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def check_code(request: Request, code: str):
        failures = recent(address(request))
        if len(failures) >= WRONG_CODES:
            return page("join.html", status=429, error=workshop_say("slow-down", lang), code=code)
        if not secrets.compare_digest(code.strip().upper().encode(), store.code.encode()):
            failures.append(time.monotonic())
            return page("join.html", status=403, error=workshop_say("wrong-code", lang), code=code)
        return cookie(RedirectResponse("/name", status_code=303), CODE_COOKIE, store.code)

    async def join(request: Request):
        fields = await form(request)
        return await check_code(request, fields.get("code", "")[:20])

    async def name_page(request: Request):
        if not has_code(request):
            return RedirectResponse("/", status_code=303)
        return page("name.html", staff=store.staff_names())

    async def name_post(request: Request):
        if not has_code(request) or not same_origin(request):
            return RedirectResponse("/", status_code=303)
        fields = await form(request)
        name, resume = fields.get("name", "")[:400], fields.get("resume", "")[:20]
        # wrong resume codes count against the address and against the name (as wrong join codes do)
        counted = (recent(address(request)), recent("name:" + name_key(name)))
        if resume and any(len(failures) >= WRONG_CODES for failures in counted):
            return page("name.html", status=429, staff=store.staff_names(), taken=name,
                        resume_error=workshop_say("slow-down", lang))
        try:
            _person, token = await anyio.to_thread.run_sync(lambda: store.join(name, lang, resume))
        except EntryError as error:
            if error.status == 409:    # the name is taken: continue as them with their code, or pick another
                return page("name.html", status=409, staff=store.staff_names(), taken=error.name,
                            error=error.errors["name"])
            if "resume" in error.errors:
                for failures in counted:
                    failures.append(time.monotonic())
                return page("name.html", status=403, staff=store.staff_names(), taken=error.name,
                            resume_error=error.errors["resume"])
            return page("name.html", status=400, staff=store.staff_names(), error=next(iter(error.errors.values())))
        hub.bump()
        return cookie(RedirectResponse("/p", status_code=303), PARTICIPANT_COOKIE, token)

    # --- the participant's page and API ---------------------------------------------------
    async def participant_page(request: Request):
        person = participant(request)
        if person is None:
            return RedirectResponse("/", status_code=303)
        return page("participant.html", person=person, personal=store.personal, labels=labels(lang),
                    types=actor_types(lang), resume=store.resume_code(person))

    async def me(request: Request):
        person = participant(request)
        if person is None:
            return refused("join-first", 401)
        entries = await anyio.to_thread.run_sync(lambda: store.entries(person))
        return JSONResponse({"name": person.name, "entries": entries, "personal": store.personal,
                             "labels": labels(lang), "texts": texts})

    async def entry_write(request: Request):
        person = participant(request)
        if person is None:
            return refused("join-first", 401)
        if not same_origin(request):
            return refused("join-first", 403)
        try:
            data = await body(request)
            client_id = data.pop("client_id", None)
            if request.method == "POST":
                entry = await anyio.to_thread.run_sync(lambda: store.add(person, data, lang, client_id))
                status = 200 if entry.get("replaced") else 201   # an actor already held: that entry, updated
            else:
                entry_id = int(request.path_params["entry"])
                entry = await anyio.to_thread.run_sync(lambda: store.update(person, entry_id, data, lang))
                status = 200
        except EntryError as error:
            return JSONResponse({"errors": error.errors}, status_code=error.status)
        hub.bump()
        return JSONResponse(entry, status_code=status)

    async def entry_delete(request: Request):
        person = participant(request)
        if person is None:
            return refused("join-first", 401)
        if not same_origin(request):
            return refused("join-first", 403)
        entry_id = int(request.path_params["entry"])
        try:
            await anyio.to_thread.run_sync(lambda: store.delete(person, entry_id, lang))
        except EntryError as error:
            return JSONResponse({"errors": error.errors}, status_code=error.status)
        hub.bump()
        return Response(status_code=204)

    # --- the facilitator's pages ----------------------------------------------------------
    async def projector(request: Request):
        key = request.query_params.get("key")
        if key is not None:   # the key leaves the address bar at once: a cookie carries it from here
            if not secrets.compare_digest(key.encode(), store.key.encode()):
                return refused("facilitator-only", 403)
            return cookie(RedirectResponse("/projector", status_code=303), FACILITATOR_COOKIE, store.key)
        if not is_facilitator(request):
            return refused("facilitator-only", 403)
        from .pages import qr_svg

        version = hub.version   # the map as it is now, for the legend (the stream's first message reuses it)
        state = await cache.get(("projector", "circle", None), version,
                                lambda: projector_state(store, "circle", lang, version))
        return page("projector.html", join_url=join_url, code=store.code, qr=qr_svg(f"{join_url}?code={store.code}"),
                    labels=labels(lang), personal=store.personal, look=state["map"],
                    level_counts={entry["key"]: entry["count"] for entry in state["map"]["palettes"]["level"]})

    async def people(request: Request):
        """The facilitator's list of participants and their resume codes (for one who lost theirs)."""
        if not is_facilitator(request):
            return refused("facilitator-only", 403)
        return page("participants.html", people=await anyio.to_thread.run_sync(store.participants))

    async def workbook(request: Request):
        if not is_facilitator(request):
            return refused("facilitator-only", 403)
        import tempfile
        from pathlib import Path

        def write() -> bytes:
            with tempfile.TemporaryDirectory(prefix="netkort-workshop-") as folder:
                path = Path(folder) / "workshop.xlsx"
                store.export(path, lang=lang)
                return path.read_bytes()

        content = await anyio.to_thread.run_sync(write)
        name = time.strftime("workshop-%Y-%m-%d-%H%M.xlsx")
        return Response(content, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"content-disposition": f'attachment; filename="{name}"',
                                 "cache-control": "no-store"})

    async def place(request: Request):
        if not is_facilitator(request) or not same_origin(request):
            return refused("facilitator-only", 403)
        try:
            data = await body(request)
            placed = await anyio.to_thread.run_sync(lambda: store.place(
                data.get("initiative"), data.get("name"), data.get("influence"), data.get("interest"), lang))
        except EntryError as error:
            return JSONResponse({"errors": error.errors}, status_code=error.status)
        hub.bump()
        return JSONResponse(placed)

    async def personal(request: Request):
        if not is_facilitator(request) or not same_origin(request):
            return refused("facilitator-only", 403)
        try:
            data = await body(request)
        except EntryError as error:
            return JSONResponse({"errors": error.errors}, status_code=error.status)
        await anyio.to_thread.run_sync(lambda: store.set_personal(bool(data.get("on"))))
        hub.bump()
        return JSONResponse({"personal": store.personal})

    # --- live updates -------------------------------------------------------------------
    def stream(make, pause: float = 0.0) -> StreamingResponse:
        async def events():
            seen = -1
            yield b"retry: 1000\n\n"
            while True:
                if await hub.wait(seen, PING_SECONDS):
                    seen = hub.version
                    data = await make(seen)
                    yield b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"
                    if pause:
                        await asyncio.sleep(pause)
                else:
                    yield b": ping\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"cache-control": "no-store", "x-accel-buffering": "no"})

    async def events(request: Request):
        """The projector's stream: the whole picture after every change (built once per change)."""
        if not is_facilitator(request):
            return refused("facilitator-only", 403)
        layout = request.query_params.get("layout", "circle")
        layout = layout if layout in LAYOUTS else "circle"
        initiative = request.query_params.get("initiative", "")[:100] or None

        async def make(version: int) -> dict:
            return await cache.get(("projector", layout, initiative), version,
                                   lambda: projector_state(store, layout, lang, version, initiative))

        return stream(make)

    async def participant_events(request: Request):
        """A phone's stream: the actors' names for suggestions, at most once a second."""
        if participant(request) is None:
            return refused("join-first", 401)

        async def make(version: int) -> dict:
            return await cache.get(("participant",), version, lambda: participant_state(store, lang, version))

        return stream(make, PARTICIPANT_PAUSE)

    async def asset(request: Request):
        name = request.path_params["name"]
        if name not in ASSETS:
            return Response(status_code=404)
        package, media = ASSETS[name]
        content = resources.files(package).joinpath("assets", name).read_bytes()
        return Response(content, media_type=media, headers={"cache-control": "max-age=3600"})

    routes = [
        Route("/", home), Route("/join", join, methods=["POST"]),
        Route("/name", name_page), Route("/name", name_post, methods=["POST"]),
        Route("/p", participant_page), Route("/api/me", me),
        Route("/api/entries", entry_write, methods=["POST"]),
        Route("/api/entries/{entry:int}", entry_write, methods=["PUT"]),
        Route("/api/entries/{entry:int}", entry_delete, methods=["DELETE"]),
        Route("/api/events", participant_events),
        Route("/projector", projector), Route("/events", events), Route("/workbook", workbook),
        Route("/participants", people),
        Route("/api/place", place, methods=["POST"]), Route("/api/personal", personal, methods=["POST"]),
        Route("/assets/{name}", asset),
    ]
    app = Starlette(routes=routes)
    app.state.lang = lang
    app.state.store = store
    app.state.hub = hub
    return Limits(app, lang, machine_names())

