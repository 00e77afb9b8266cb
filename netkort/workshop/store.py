"""The live workshop's store: one SQLite file in WAL mode, every entry committed before it is acknowledged.

What the room adds is kept as *entries*: one participant's relation to one actor
(name, relation level, spaces, type, sector, and optionally influence and interest),
owned by the participant who added it. Two participants adding the same actor, even
at the same moment, add two entries with one name key (:func:`netkort.text.name_key`,
the key the reader merges rows by): the graph and the workbook see one actor with two
relations, as they would from two rows of a workbook.

Every value goes through the reader's own parsers (:mod:`netkort.read.values`), so a
misspelt level or a score of 7 is refused with the very sentence ``netkort check``
would say about that cell. Files given at the start are kept in the store (their
bytes) and read with :func:`netkort.load`, so a restart with the same ``--db`` needs
no files and loses nothing.

The facilitator's interest analysis places actors for a named initiative:
*placements*, stored per initiative and actor. The workbook carries the latest
placement's scores on the actor's rows, and every initiative it was placed for as a tag.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..privacy import NAME_LIMIT
from ..problems import Problem
from ..read.contacts import Dataset, Row, Source
from ..read.values import parse_emails, parse_level, parse_phones, parse_score, parse_sector, parse_spaces
from ..text import clean, name_key, one_line
from .texts import say as workshop_say

# Join codes are read off a projector: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
RESUME_DIGITS = 4     # a participant's resume code: read off their own phone, typed on another device
TEXT_LIMIT = 100      # type, participant name, initiative
NOTES_LIMIT = 1000    # notes, when personal data is switched on
ENTRY_LIMIT = 500     # entries per participant
WORKSHOP_FILE = "workshop"  # the Source.file of entries: rows the room added
ENTRY_FIELDS = ("name", "level", "spaces", "type", "sector", "influence", "interest")
PERSONAL_FIELDS = ("email", "phone", "notes")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE, created REAL NOT NULL,
    resume TEXT);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY, participant INTEGER NOT NULL REFERENCES participants(id),
    client_id TEXT, name TEXT NOT NULL, key TEXT NOT NULL, level TEXT NOT NULL,
    spaces TEXT NOT NULL DEFAULT '[]', type TEXT, sector TEXT, influence INTEGER, interest INTEGER,
    email TEXT, phone TEXT, notes TEXT, created REAL NOT NULL, updated REAL NOT NULL,
    UNIQUE (participant, client_id));
CREATE INDEX IF NOT EXISTS entries_key ON entries(key);
CREATE TABLE IF NOT EXISTS placements (
    initiative TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
    influence INTEGER NOT NULL, interest INTEGER NOT NULL, updated REAL NOT NULL,
    PRIMARY KEY (initiative, key));
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, content BLOB NOT NULL);
"""


class EntryError(ValueError):
    """An entry the store refuses: ``errors`` maps each field to the sentence to show by it."""

    def __init__(self, errors: dict[str, str], status: int = 400, name: str = ""):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors
        self.status = status
        self.name = name   # a taken participant name: the one already in the workshop


@dataclass(frozen=True)
class Participant:
    id: int
    name: str


def _clean_text(value: object, field: str, limit: int, lang: str, errors: dict[str, str]) -> str:
    """A typed text as a cell is cleaned (one line), or '' with an error when it is no text or too long."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        errors[field] = workshop_say("not-text", lang, field=field)
        return ""
    text = one_line(clean(value[:limit * 4])) if field != "notes" else clean(value[:limit * 4])
    if len(text) > limit:
        errors[field] = workshop_say("name-too-long" if field == "name" else "text-too-long", lang,
                                     limit=limit, field=field)
        return ""
    return text


def _reader_message(issue, lang: str) -> str:
    from ..messages import say

    return say(issue.code, lang, **issue.params)


def validate(fields: Mapping[str, object], lang: str = "da", personal: bool = False) -> dict:
    """An entry's values, typed by the reader's parsers, or :class:`EntryError` with a sentence per field.

    ``fields`` holds what the participant typed (text, or for ``spaces`` a list of
    texts). The sentences for levels, spaces, sectors and scores are the reader's.
    """
    errors: dict[str, str] = {}
    allowed = set(ENTRY_FIELDS) | (set(PERSONAL_FIELDS) if personal else set())
    for field in fields:
        if field in PERSONAL_FIELDS and not personal:
            if fields[field] not in (None, ""):
                errors[field] = workshop_say("personal-off", lang)
        elif field not in allowed:
            errors[field] = workshop_say("unknown-field", lang, field=str(field)[:40])
    values: dict = {}
    name = _clean_text(fields.get("name"), "name", NAME_LIMIT, lang, errors)
    if name:
        values["name"] = name
    elif "name" not in errors:
        errors["name"] = workshop_say("name-missing", lang)
    level = _clean_text(fields.get("level"), "level", TEXT_LIMIT, lang, errors)
    if level:
        parsed, issue = parse_level(level)
        if issue:
            errors["level"] = _reader_message(issue, lang)
        else:
            values["level"] = parsed
    elif "level" not in errors:
        errors["level"] = workshop_say("level-missing", lang)
    spaces = fields.get("spaces") or []
    if isinstance(spaces, str):
        spaces = [spaces]
    if not isinstance(spaces, list) or len(spaces) > 8:
        errors["spaces"] = workshop_say("too-many-spaces", lang)
    else:
        texts = [_clean_text(s, "spaces", TEXT_LIMIT, lang, errors) for s in spaces]
        texts = [t for t in texts if t]
        if texts and "spaces" not in errors:
            parsed, issue = parse_spaces("; ".join(texts))
            if issue:
                errors["spaces"] = _reader_message(issue, lang)
            else:
                values["spaces"] = list(parsed)
    kind = _clean_text(fields.get("type"), "type", TEXT_LIMIT, lang, errors)
    if kind:
        values["type"] = kind
    sector = _clean_text(fields.get("sector"), "sector", TEXT_LIMIT, lang, errors)
    if sector:
        parsed, issue = parse_sector(sector)
        if issue:
            errors["sector"] = _reader_message(issue, lang)
        else:
            values["sector"] = parsed
    for field in ("influence", "interest"):
        text = _clean_text(fields.get(field), field, TEXT_LIMIT, lang, errors)
        if text:
            parsed, issue = parse_score(text)
            if issue:
                errors[field] = _reader_message(issue, lang)
            else:
                values[field] = parsed
    if personal:
        for field in PERSONAL_FIELDS:
            text = _clean_text(fields.get(field), field, NOTES_LIMIT if field == "notes" else TEXT_LIMIT,
                               lang, errors)
            if text:
                values[field] = text
    if errors:
        raise EntryError(errors)
    return values


class Store:
    """The workshop in one SQLite file. Safe to share between threads (one lock, one connection)."""

    def __init__(self, path: Path | str, personal: bool | None = None):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on the disk before the participant hears "gemt" (also after a power cut).
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)
        with self._write():
            # a workshop saved before resume codes: add the column, and a code for everyone already there
            if "resume" not in {r["name"] for r in self._db.execute("PRAGMA table_info(participants)")}:
                self._db.execute("ALTER TABLE participants ADD COLUMN resume TEXT")
            for row in self._db.execute("SELECT id FROM participants WHERE resume IS NULL").fetchall():
                self._db.execute("UPDATE participants SET resume = ? WHERE id = ?", (_new_resume(), row["id"]))
            for key, make in (("code", _new_code), ("key", lambda: secrets.token_urlsafe(24)),
                              ("created", lambda: str(time.time())), ("personal", lambda: "0")):
                self._db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (key, make()))
            if personal is not None:
                self._db.execute("UPDATE meta SET value = ? WHERE key = 'personal'", ("1" if personal else "0",))
        self._preload: tuple[Dataset, list[Problem]] | None = None

    # --- the basics -----------------------------------------------------------------------
    def _write(self):
        """A transaction under the lock: BEGIN IMMEDIATE ... COMMIT, rolled back on error."""
        store = self

        class Transaction:
            def __enter__(self):
                store._lock.acquire()
                store._db.execute("BEGIN IMMEDIATE")
                return store._db

            def __exit__(self, kind, value, tb):
                try:
                    store._db.execute("COMMIT" if kind is None else "ROLLBACK")
                finally:
                    store._lock.release()
                return False

        return Transaction()

    def _query(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, tuple(params)).fetchall()

    def meta(self, key: str) -> str:
        return self._query("SELECT value FROM meta WHERE key = ?", (key,))[0]["value"]

    @property
    def code(self) -> str:
        """The participants' join code (random, kept across restarts)."""
        return self.meta("code")

    @property
    def key(self) -> str:
        """The facilitator's secret key (random, kept across restarts)."""
        return self.meta("key")

    @property
    def personal(self) -> bool:
        """Whether email, phone and notes may be entered (off unless the facilitator switches it on)."""
        return self.meta("personal") == "1"

    def set_personal(self, on: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE meta SET value = ? WHERE key = 'personal'", ("1" if on else "0",))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- files read at the start ----------------------------------------------------------
    def add_files(self, paths: Iterable[Path | str]) -> list[str]:
        """Keep the bytes of ``paths`` in the store (each content once); returns the names newly added.

        The files are read first, so a file netkort cannot read is refused
        (:class:`netkort.problems.InputFileError`) before anything is stored.
        """
        from ..network import load

        paths = [Path(p) for p in paths]
        if not paths:
            return []
        load(paths)  # refuses an unreadable file before it is kept
        added = []
        with self._write() as db:
            for path in paths:
                content = path.read_bytes()
                digest = hashlib.sha256(content).hexdigest()
                cursor = db.execute("INSERT OR IGNORE INTO files (name, sha256, content) VALUES (?, ?, ?)",
                                    (path.name, digest, content))
                if cursor.rowcount:
                    added.append(path.name)
        self._preload = None
        return added

    def file_names(self) -> list[str]:
        return [r["name"] for r in self._query("SELECT name FROM files ORDER BY id")]

    def preloaded(self) -> tuple[Dataset, list[Problem]]:
        """The rows and problems of the files kept in the store, read with :func:`netkort.load` (cached)."""
        with self._lock:
            if self._preload is None:
                self._preload = self._read_files()
            return self._preload

    def _read_files(self) -> tuple[Dataset, list[Problem]]:
        from ..network import load

        rows = self._query("SELECT id, name, content FROM files ORDER BY id")
        if not rows:
            return Dataset(), []
        with tempfile.TemporaryDirectory(prefix="netkort-workshop-") as folder:
            paths, names = [], {}
            for row in rows:
                path = Path(folder) / str(row["id"]) / row["name"]
                path.parent.mkdir()
                path.write_bytes(row["content"])
                paths.append(path)
                names[str(path)] = row["name"]
            network = load(paths)
        data = network.data

        def renamed(source: Source) -> Source:
            return dataclasses.replace(source, file=names.get(source.file, source.file))

        for row in (*data.contacts, *data.relations, *data.staff, *data.checklist, *data.candidates):
            row.source = renamed(row.source)
        data.files = [names.get(f, f) for f in data.files]
        for reading in data.readings:
            reading.file = names.get(reading.file, reading.file)
        # the reading's problems only: the workshop builds the graph again, over files and entries together
        data.problems = [dataclasses.replace(p, file=names.get(p.file, p.file)) for p in data.problems]
        return data, list(data.problems)

    # --- participants ---------------------------------------------------------------------
    def join(self, name: object, lang: str = "da", resume: object = None) -> tuple[Participant, str]:
        """The participant called ``name``; returns it and its secret token (the page's cookie).

        A name is one participant (by name key: case and spacing do not count). A new
        name joins at once and gets a resume code (:meth:`resume_code`). A name already
        taken joins only with that participant's resume code (``resume``): the second
        device then shares the first one's token and entries. Without it the answer is
        :class:`EntryError` 409 (``name``: the name is taken), with a wrong one 403 (``resume``).
        """
        errors: dict[str, str] = {}
        text = _clean_text(name, "name", TEXT_LIMIT, lang, errors)
        if errors or not text:
            raise EntryError(errors or {"name": workshop_say("participant-name-missing", lang)})
        key = name_key(text)
        with self._write() as db:
            for row in db.execute("SELECT id, name, token, resume FROM participants ORDER BY id").fetchall():
                if name_key(row["name"]) != key:
                    continue
                given = str(resume or "").strip()[:20]
                if not given:
                    raise EntryError({"name": workshop_say("name-taken", lang, name=row["name"])}, 409, row["name"])
                if not secrets.compare_digest(given.encode(), str(row["resume"]).encode()):
                    raise EntryError({"resume": workshop_say("wrong-resume", lang, name=row["name"])}, 403,
                                     row["name"])
                return Participant(row["id"], row["name"]), row["token"]
            token = secrets.token_urlsafe(24)
            cursor = db.execute("INSERT INTO participants (name, token, created, resume) VALUES (?, ?, ?, ?)",
                                (text, token, time.time(), _new_resume()))
        return Participant(cursor.lastrowid, text), token

    def resume_code(self, participant: Participant) -> str:
        """The participant's resume code: shown on their own page, typed to continue on another device."""
        return self._query("SELECT resume FROM participants WHERE id = ?", (participant.id,))[0]["resume"]

    def participants(self) -> list[dict]:
        """Everyone who has joined: name, resume code and number of entries (for the facilitator)."""
        rows = self._query("SELECT p.name, p.resume, COUNT(e.id) AS entries FROM participants p"
                           " LEFT JOIN entries e ON e.participant = p.id GROUP BY p.id ORDER BY p.id")
        return [dict(r) for r in rows]

    def participant(self, token: str | None) -> Participant | None:
        if not token or len(token) > 100:
            return None
        rows = self._query("SELECT id, name FROM participants WHERE token = ?", (token,))
        return Participant(rows[0]["id"], rows[0]["name"]) if rows else None

    def staff_names(self) -> list[str]:
        """Names to pick from when joining: the files' staff and everyone who has joined, each once."""
        data, _ = self.preloaded()
        names = [str(r.values["name"]) for r in data.staff if r.values.get("name")]
        names += [str(s) for r in data.contacts for s in r.values.get("staff", ())]
        names += [r["name"] for r in self._query("SELECT name FROM participants ORDER BY id")]
        return _unique(names)

    # --- entries --------------------------------------------------------------------------
    def add(self, participant: Participant, fields: Mapping[str, object], lang: str = "da",
            client_id: str | None = None) -> dict:
        """Validate and store one entry; returns it as stored (committed when this returns).

        ``client_id`` makes a retried submission safe: the same participant sending the
        same id again gets the entry already stored, never a second one. A participant
        holds one relation to an actor: adding an actor they already hold (same name key)
        updates that entry (keeping its spelling), and the answer says so with ``"replaced": True``.
        """
        values = validate(fields, lang, self.personal)
        client_id = str(client_id)[:64] if client_id else None
        now = time.time()
        with self._write() as db:
            if client_id:
                found = db.execute("SELECT * FROM entries WHERE participant = ? AND client_id = ?",
                                   (participant.id, client_id)).fetchone()
                if found:
                    return self._entry(found, participant.name)
            held = db.execute("SELECT id, name FROM entries WHERE participant = ? AND key = ? ORDER BY id LIMIT 1",
                              (participant.id, name_key(values["name"]))).fetchone()
            if held:   # one relation per participant and actor: the new values replace the old (spelling kept)
                values["name"] = held["name"]
                db.execute("UPDATE entries SET name=?, key=?, level=?, spaces=?, type=?, sector=?, influence=?,"
                           " interest=?, email=?, phone=?, notes=?, updated=? WHERE id = ?",
                           (*_columns(values), now, held["id"]))
                row = db.execute("SELECT * FROM entries WHERE id = ?", (held["id"],)).fetchone()
                return {**self._entry(row, participant.name), "replaced": True}
            count = db.execute("SELECT COUNT(*) FROM entries WHERE participant = ?",
                               (participant.id,)).fetchone()[0]
            if count >= ENTRY_LIMIT:
                raise EntryError({"name": workshop_say("too-many-entries", lang, limit=ENTRY_LIMIT)}, 429)
            cursor = db.execute(
                "INSERT INTO entries (participant, client_id, name, key, level, spaces, type, sector, influence,"
                " interest, email, phone, notes, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (participant.id, client_id, *_columns(values), now, now))
            row = db.execute("SELECT * FROM entries WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return self._entry(row, participant.name)

    def update(self, participant: Participant, entry_id: int, fields: Mapping[str, object],
               lang: str = "da") -> dict:
        """Change one of the participant's own entries (403 for anyone else's, 404 when gone)."""
        values = validate(fields, lang, self.personal)
        with self._write() as db:
            self._own(db, participant, entry_id, lang)
            other = db.execute("SELECT name, level FROM entries WHERE participant = ? AND key = ? AND id != ?",
                               (participant.id, name_key(values["name"]), entry_id)).fetchone()
            if other:   # renaming onto another of one's own actors would give that actor two relations
                raise EntryError({"name": _held(other, lang)}, 409)
            db.execute("UPDATE entries SET name=?, key=?, level=?, spaces=?, type=?, sector=?, influence=?,"
                       " interest=?, email=?, phone=?, notes=?, updated=? WHERE id = ?",
                       (*_columns(values), time.time(), entry_id))
            row = db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return self._entry(row, participant.name)

    def delete(self, participant: Participant, entry_id: int, lang: str = "da") -> None:
        """Delete one of the participant's own entries (403 for anyone else's, 404 when gone)."""
        with self._write() as db:
            self._own(db, participant, entry_id, lang)
            db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))

    def _own(self, db, participant: Participant, entry_id: int, lang: str) -> None:
        row = db.execute("SELECT participant FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise EntryError({"entry": workshop_say("no-entry", lang)}, 404)
        if row["participant"] != participant.id:
            raise EntryError({"entry": workshop_say("not-yours", lang)}, 403)

    def entries(self, participant: Participant | None = None, latest: int | None = None) -> list[dict]:
        """The entries, oldest first (one participant's, or everyone's); ``latest``: only the newest N, newest first."""
        sql = ("SELECT e.*, p.name AS participant_name FROM entries e JOIN participants p ON p.id = e.participant"
               + (" WHERE e.participant = ?" if participant else "")
               + (" ORDER BY e.id DESC LIMIT ?" if latest else " ORDER BY e.id"))
        params = ([participant.id] if participant else []) + ([latest] if latest else [])
        return [self._entry(r, r["participant_name"]) for r in self._query(sql, params)]

    def count(self) -> int:
        return self._query("SELECT COUNT(*) AS n FROM entries")[0]["n"]

    @staticmethod
    def _entry(row: sqlite3.Row, participant_name: str) -> dict:
        entry = {"id": row["id"], "participant": participant_name, "participant_id": row["participant"],
                 "name": row["name"], "level": row["level"], "spaces": json.loads(row["spaces"]),
                 "created": row["created"], "updated": row["updated"]}
        for field in ("type", "sector", "influence", "interest", *PERSONAL_FIELDS):
            if row[field] is not None:
                entry[field] = row[field]
        return entry

    # --- actors and the interest analysis -------------------------------------------------
    def actors(self) -> dict[str, dict]:
        """Every actor by name key: its first spelling, type and sector (files first, then the room)."""
        data, _ = self.preloaded()
        found: dict[str, dict] = {}
        for row in data.contacts:
            name = str(row.values["name"])
            actor = found.setdefault(name_key(name), {"name": name})
            for field in ("type", "sector"):
                if field in row.values:
                    actor.setdefault(field, row.values[field])
        for entry in self.entries():
            actor = found.setdefault(name_key(entry["name"]), {"name": entry["name"]})
            for field in ("type", "sector"):
                if field in entry:
                    actor.setdefault(field, entry[field])
        return found

    def place(self, initiative: object, name: object, influence: object, interest: object,
              lang: str = "da") -> dict:
        """Place an actor on the interest grid for ``initiative``: its influence and interest (1-5)."""
        errors: dict[str, str] = {}
        title = _clean_text(initiative, "initiative", TEXT_LIMIT, lang, errors)
        if not title and "initiative" not in errors:
            errors["initiative"] = workshop_say("initiative-missing", lang)
        actor_name = _clean_text(name, "name", NAME_LIMIT, lang, errors)
        actor = self.actors().get(name_key(actor_name)) if actor_name else None
        if actor is None and "name" not in errors:
            errors["name"] = workshop_say("no-actor", lang, name=actor_name)
        scores = {}
        for field, value in (("influence", influence), ("interest", interest)):
            parsed, issue = parse_score(str(value if value is not None else "").strip())
            if issue:
                errors[field] = _reader_message(issue, lang)
            scores[field] = parsed
        if errors:
            raise EntryError(errors)
        with self._write() as db:
            db.execute("INSERT INTO placements VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (initiative, key) DO UPDATE"
                       " SET influence = excluded.influence, interest = excluded.interest,"
                       " updated = excluded.updated",
                       (title, name_key(actor["name"]), actor["name"], scores["influence"], scores["interest"],
                        time.time()))
        return {"initiative": title, "name": actor["name"], **scores}

    def placements(self, initiative: str | None = None) -> list[dict]:
        sql = "SELECT * FROM placements" + (" WHERE initiative = ?" if initiative else "") + " ORDER BY updated"
        return [dict(r) for r in self._query(sql, [initiative] if initiative else [])]

    # --- the workshop as rows, graph and workbook -----------------------------------------
    def dataset(self) -> tuple[Dataset, list[Problem]]:
        """The files' rows plus one row per entry (and a staff row per participant), scores placed."""
        base, problems = self.preloaded()
        data = Dataset(files=[*base.files, WORKSHOP_FILE], relations=list(base.relations),
                       checklist=list(base.checklist), candidates=list(base.candidates),
                       problems=list(base.problems), readings=list(base.readings), library=base.library,
                       custom_columns={k: list(v) for k, v in base.custom_columns.items()})
        data.staff = list(base.staff) + [
            Row(Source(WORKSHOP_FILE, "Medarbejdere", number), {"name": name})
            for number, name in enumerate(_unique(
                r["name"] for r in self._query("SELECT name FROM participants ORDER BY id")), start=1)]
        latest: dict[str, dict] = {}
        tags: dict[str, list[str]] = {}
        for placement in self.placements():  # oldest first: the last one wins
            latest[placement["key"]] = placement
            tags.setdefault(placement["key"], []).append(placement["initiative"])
        contacts = list(base.contacts) + [_entry_row(e) for e in self.entries()]
        data.contacts = [_placed(row, latest, tags) for row in contacts]
        return data, problems

    def graph(self):
        """The workshop's graph (:func:`netkort.graph.build` over :meth:`dataset`) and its problems."""
        from ..graph import LIBRARY_NAME, build

        data, problems = self.dataset()
        graph, built = build(data, library_name=data.library or LIBRARY_NAME)
        return graph, [*problems, *built]

    def export(self, path: Path | str, lang: str = "da") -> Path:
        """The whole workshop as a workbook in the template's format (see :mod:`netkort.merge`).

        Kontakter, Relationer and Medarbejdere as ``netkort merge`` writes them, the
        preloaded files' Tjekliste and Kandidater, and the Problemer sheet; a Relationer
        or Medarbejdere sheet with no rows is left out (``check`` would say it has
        headers but no rows).
        """
        from ..graph import LIBRARY_NAME, build
        from ..merge import merge, write_table
        from ..spreadsheet import new_workbook

        data, problems = self.dataset()
        _, built = build(data, library_name=data.library or LIBRARY_NAME)
        merged = merge(data, [*problems, *built], lang=lang)
        path = Path(path)
        with new_workbook(path) as book:
            for table in merged.sheets():
                if table.rows or table is merged.contacts or table.kind == "problems":
                    write_table(book, table, lang)
        return path


def _held(row, lang: str) -> str:
    from ..vocabulary import LEVEL_LABELS

    return workshop_say("already-yours", lang, name=row["name"], level=LEVEL_LABELS[lang][row["level"]])


def _new_resume() -> str:
    return f"{secrets.randbelow(10 ** RESUME_DIGITS):0{RESUME_DIGITS}d}"


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name_key(name), name)
    return list(seen.values())


def _columns(values: dict) -> tuple:
    return (values["name"], name_key(values["name"]), values["level"], json.dumps(values.get("spaces", [])),
            values.get("type"), values.get("sector"), values.get("influence"), values.get("interest"),
            values.get("email"), values.get("phone"), values.get("notes"))


def _entry_row(entry: dict) -> Row:
    """An entry as a typed row of the Kontakter sheet, held by the participant who added it."""
    values: dict = {"name": entry["name"], "staff": (entry["participant"],), "level": entry["level"]}
    if entry["spaces"]:
        values["spaces"] = tuple(entry["spaces"])
    for field in ("type", "sector", "influence", "interest", "notes"):
        if field in entry:
            values[field] = entry[field]
    if "email" in entry:
        values["email"] = parse_emails(entry["email"])[0]
    if "phone" in entry:
        values["phone"] = parse_phones(entry["phone"])[0]
    return Row(Source(WORKSHOP_FILE, "Kontakter", entry["id"]), values)


def _placed(row: Row, latest: dict[str, dict], tags: dict[str, list[str]]) -> Row:
    """The row with the facilitator's latest placement of its actor as its scores, and the initiatives as tags."""
    key = name_key(str(row.values["name"]))
    if key not in latest:
        return row
    values = dict(row.values)
    values["influence"] = latest[key]["influence"]
    values["interest"] = latest[key]["interest"]
    values["tags"] = tuple(dict.fromkeys([*row.values.get("tags", ()), *tags[key]]))
    return dataclasses.replace(row, values=values)
