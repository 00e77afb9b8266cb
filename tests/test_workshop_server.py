"""The workshop server, running for real: a subprocess on a free local port, spoken to over HTTP."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from conftest import SAMPLES
from workshop_server import Server, facilitator, free_port, participant

from netkort.cli import cli
from netkort.network import load


@pytest.fixture
def server(tmp_path):
    with Server(tmp_path / "w.sqlite") as running:
        yield running


def first_state(client: httpx.Client, until=lambda state: True, layout="circle") -> dict:
    """The projector's stream until a state passes ``until``."""
    with client.stream("GET", "/events", params={"layout": layout}, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data: "):
                state = json.loads(line[6:])
                if until(state):
                    return state
    raise AssertionError("the stream ended")


def test_wrong_codes_are_refused_and_then_rate_limited(server):
    client = server.client()
    for attempt in range(5):
        response = client.post("/join", data={"code": f"WRONG{attempt}"})
        assert response.status_code == 403
        assert "Koden passer ikke. Se koden på skærmen, og prøv igen." in response.text
    blocked = client.post("/join", data={"code": server.code})
    assert blocked.status_code == 429
    assert "For mange forkerte koder. Vent et minut, og prøv igen." in blocked.text
    assert "netkort_kode" not in blocked.headers.get("set-cookie", "")
    assert client.get("/name").status_code == 303   # no code, no name page


def test_participants_cannot_change_each_others_entries_or_reach_the_facilitator(server):
    mette, jens = participant(server, "Mette Kjær"), participant(server, "Jens Berg")
    entry = mette.post("/api/entries", json={"name": "Musikskolen", "level": "samarbejde"}).json()
    refusal = {"errors": {"entry": "Du kan kun rette og slette dine egne kontakter."}}
    changed = jens.put(f"/api/entries/{entry['id']}", json={"name": "Hacket", "level": "netværk"})
    deleted = jens.delete(f"/api/entries/{entry['id']}")
    assert (changed.status_code, changed.json()) == (403, refusal)
    assert (deleted.status_code, deleted.json()) == (403, refusal)
    assert [e["name"] for e in mette.get("/api/me").json()["entries"]] == ["Musikskolen"]
    for method, path in (("GET", "/projector"), ("GET", "/events"), ("GET", "/workbook"), ("POST", "/api/place"),
                         ("POST", "/api/personal"), ("GET", f"/projector?key={server.code}")):
        response = jens.request(method, path, json={})
        assert (response.status_code, response.json()) == (403, {"errors": {"request": "Kun for workshoplederen."}})
    stranger = server.client()
    response = stranger.post("/api/entries", json={"name": "X", "level": "netværk"})
    assert (response.status_code, response.json()["errors"]["request"]) == (
        401, "Du er ikke med i workshoppen endnu. Skriv koden fra skærmen.")


def test_the_api_refuses_what_a_cross_site_form_could_send(server):
    mette = participant(server, "Mette")
    form = mette.post("/api/entries", data={"name": "X", "level": "netværk"})
    assert (form.status_code, form.json()) == (415, {"errors": {"request": "Forespørgslen kunne ikke læses."}})
    other = mette.post("/api/entries", json={"name": "X", "level": "netværk"}, headers={"origin": "http://evil.example"})
    assert other.status_code == 403
    assert mette.get("/api/me").json()["entries"] == []


def test_size_limits_on_requests_and_fields(server):
    mette = participant(server, "Mette")
    huge = mette.post("/api/entries", content=json.dumps({"name": "x" * 20000, "level": "netværk"}),
                      headers={"content-type": "application/json"})
    assert (huge.status_code, huge.json()) == (413, {"errors": {"request": "Forespørgslen er for stor (højst 16384 byte)."}})
    long_name = mette.post("/api/entries", json={"name": "x" * 300, "level": "netværk"})
    assert (long_name.status_code, long_name.json()) == (400, {"errors": {"name": "Navnet er for langt: højst 200 tegn."}})
    assert httpx.get(f"{server.url}/?{'a' * 3000}").status_code == 414


def test_a_misspelt_level_gets_the_readers_suggestion_over_http(server):
    mette = participant(server, "Mette")
    response = mette.post("/api/entries", json={"name": "Musikskolen", "level": "partnerskb", "influence": "0"})
    assert response.status_code == 400
    assert response.json() == {"errors": {
        "level": "'partnerskb' er ikke et relationsniveau; mente du 'partnerskab'? Gyldige: netværk, samarbejde, partnerskab",
        "influence": "'0' er ikke en gyldig score; skriv et helt tal fra 1 til 5 eller et ord som Lav, Middel, Høj."}}


def test_every_response_carries_the_security_headers(server):
    for path in ("/", "/assets/participant.js", "/api/me", "/nowhere"):
        headers = httpx.get(server.url + path).headers
        assert headers["content-security-policy"] == (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    assert httpx.get(server.url + "/assets/..%2Fstore.py").status_code == 404


def test_concurrent_entries_from_twelve_clients_are_all_stored_once(server):
    clients = [participant(server, f"Deltager {i}") for i in range(12)]
    barrier = threading.Barrier(len(clients))
    acknowledged: list[int] = []

    def work(index: int, client: httpx.Client) -> None:
        barrier.wait()
        for n in range(5):
            name = "Fælles Forening" if n == 0 else f"Aktør {index}-{n}"
            response = client.post("/api/entries", json={"name": name, "level": "samarbejde",
                                                          "client_id": f"{index}-{n}"})
            assert response.status_code == 201, response.text
            acknowledged.append(response.json()["id"])

    threads = [threading.Thread(target=work, args=(i, c)) for i, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(acknowledged) == len(set(acknowledged)) == 60
    state = first_state(facilitator(server), until=lambda s: s["entries"] == 60)
    names = [n["name"] for n in state["map"]["nodes"] if n["kind"] == "actor"]
    assert len(names) == len(set(names)) == 1 + 12 * 4
    shared = next(n for n in state["map"]["nodes"] if n["name"] == "Fælles Forening")
    assert len(shared["staff"]) == 12


def test_kill_minus_nine_and_restart_resumes_every_acknowledged_entry(tmp_path):
    db = tmp_path / "w.sqlite"
    first = Server(db).start()
    try:
        mette = participant(first, "Mette")
        acknowledged = [mette.post("/api/entries", json={"name": f"Aktør {n}", "level": "netværk"}).json()["id"]
                        for n in range(25)]
        cookie = dict(mette.cookies)
    finally:
        first.kill()
        first.stop()
    assert first.process.returncode == -9
    second = Server(db).start()
    try:
        assert (second.code, second.key) == (first.code, first.key)
        assert "Fortsætter med 25 kontakter" in second.output
        again = second.client(cookies=cookie)
        assert [e["id"] for e in again.get("/api/me").json()["entries"]] == acknowledged
    finally:
        second.stop()


def test_the_workbook_download_reads_in_check_without_errors(server, tmp_path, runner):
    mette = participant(server, "Mette Kjær")
    for name, level in (("Musikskolen", "samarbejde"), ("Åby Roklub", "partnerskab")):
        mette.post("/api/entries", json={"name": name, "level": level, "spaces": ["Det performative rum"]})
    boss = facilitator(server)
    placed = boss.post("/api/place", json={"initiative": "Læselyst", "name": "musikskolen", "influence": 5,
                                           "interest": "Høj"})
    assert placed.json() == {"initiative": "Læselyst", "name": "Musikskolen", "influence": 5, "interest": 4}
    response = boss.get("/workbook")
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    path = tmp_path / "workshop.xlsx"
    path.write_bytes(response.content)
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    network = load([path])
    assert [p.code for p in network.problems] == []
    node = next(d for _, d in network.graph.nodes(data=True) if d.get("name") == "Musikskolen")
    assert (node["influence"], node["interest"], node["tags"]) == (5, 4, ["Læselyst"])


def test_preloaded_files_are_on_the_projector(tmp_path):
    with Server(tmp_path / "w.sqlite", files=[SAMPLES / "hovedbibliotek.xlsx"]) as running:
        assert "Indlæst: hovedbibliotek.xlsx" in running.output
        state = first_state(facilitator(running), layout="spaces")
        actors = {n for n, k in load([SAMPLES / "hovedbibliotek.xlsx"]).graph.nodes(data="kind") if k == "actor"}
        assert state["actors"] == len(actors) and state["layout"] == "spaces"
        joined = running.client()
        joined.get("/", params={"code": running.code})
        assert '<option value="Mette Kjær">' in joined.get("/name").text   # the files' staff to pick from


def test_binding_every_address_warns_and_prints_the_lan_address(tmp_path):
    with Server(tmp_path / "w.sqlite", args=["--host", "0.0.0.0"]) as running:
        assert "ADVARSEL: serveren kan nås af alle på netværket (--host 0.0.0.0)." in running.output
        assert f"http://127.0.0.1:{running.port}/projector?key={running.key}" in running.output


def test_a_database_that_is_no_sqlite_file_and_a_busy_port_are_refused(runner, tmp_path):
    bad = tmp_path / "kontakter.sqlite"
    bad.write_bytes(b"x" * 200)
    result = runner.invoke(cli, ["workshop", "--db", str(bad), "--port", str(free_port())])
    assert (result.exit_code, result.stderr) == (
        1, f"netkort: {bad}: filen er ikke en workshop-database (SQLite); vælg et andet navn med --db.\n")
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["workshop", "--db", str(tmp_path / "w.sqlite"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"netkort: Port {port} på 127.0.0.1 er optaget eller kan ikke bruges (")
    assert not (tmp_path / "w.sqlite").exists()


# --- DNS rebinding: a page from the web that points its own name at this machine -------------------

@pytest.mark.parametrize(("host", "own"), [
    ("127.0.0.1:8000", True), ("localhost", True), ("LocalHost.:8000", True), ("[::1]:8000", True),
    ("192.168.1.20:8000", True), ("[fe80::1]", True), ("arbejdspc", True), ("ArbejdsPC.local:8000", True),
    ("evil.example", False), ("evil.example:8000", False), ("127.0.0.1.nip.io:8000", False),
    ("localhost.evil.example", False), ("evil.example:80@127.0.0.1", False), ("", False), ("a b", False),
    ("[::1", False), ("127.0.0.1:8000/x", False)])
def test_only_addresses_and_the_machines_own_names_are_this_server(host, own):
    from netkort.workshop.app import own_host

    assert own_host(host, {"arbejdspc", "arbejdspc.local"}) is own


def test_a_request_for_another_host_name_is_refused_before_anything_else(server):
    port, message = server.port, "Ukendt adresse '{}'. Åbn workshoppen på en af de adresser, netkort workshop skrev."
    mette = participant(server, "Mette")
    entry = {"name": "Musikskolen", "level": "netværk"}
    for host in (f"rebind.evil.example:{port}", f"127.0.0.1.nip.io:{port}"):
        attacker = server.client(headers={"host": host})
        for method, path, extra in (("GET", "/", {}), ("GET", f"/projector?key={server.key}", {}),
                                    ("GET", "/assets/projector.js", {})):
            response = attacker.request(method, path, **extra)
            assert (response.status_code, response.text) == (400, message.format(host)), path
            assert "set-cookie" not in response.headers
            assert response.headers["content-security-policy"].startswith("default-src 'none'")
        # a participant's own cookie sent to the rebound name: nothing read, nothing written
        sneaky = mette.post("/api/entries", json=entry, headers={"host": host})
        assert (sneaky.status_code, sneaky.text) == (400, message.format(host))
        assert mette.get("/api/me", headers={"host": host}).status_code == 400
    assert mette.get("/api/me").json()["entries"] == []
    # the printed addresses and localhost work
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert mette.get("/api/me", headers={"host": host}).status_code == 200
    assert mette.post("/api/entries", json=entry, headers={"host": f"localhost:{port}"}).status_code == 201


# --- an English server ---------------------------------------------------------------------------------

def test_an_english_server_speaks_english_on_every_page_and_in_every_message(tmp_path):
    with Server(tmp_path / "w.sqlite", args=["--lang", "en"]) as running:
        assert running.output.startswith(
            "netkort workshop is running. Stop with Ctrl+C; start again with the same --db to resume.\n")
        assert "Facilitator (the projector; keep this address to yourself):" in running.output
        assert (f"Participants' resume codes (in the projector's browser, not on the screen):  {running.url}"
                "/participants") in running.output
        assert f"Participants:  http://127.0.0.1:{running.port}/  Code: {running.code}" in running.output
        client = running.client()
        join = client.get("/")
        assert '<html lang="en">' in join.text and "<h1>Join the workshop</h1>" in join.text
        wrong = client.post("/join", data={"code": "WRONG"})
        assert wrong.status_code == 403
        assert "The code is wrong. Look at the code on the screen and try again." in wrong.text
        assert "Koden" not in wrong.text
        mette, jens = participant(running, "Mette"), participant(running, "Jens")
        page = mette.get("/p").text
        assert "Add a contact" in page and "You have a concrete activity together." in page
        assert "Performative space" in page and "Tilføj" not in page
        refused = mette.post("/api/entries", json={"name": "Musikskolen", "level": "partnerskb", "influence": "0"})
        assert refused.json() == {"errors": {
            "level": "'partnerskb' is not a relation level; did you mean 'partnerskab'? "
                     "Valid: network, cooperation, partnership",
            "influence": "'0' is not a valid score; write a whole number from 1 to 5 or a word such as Low, Medium, High."}}
        missing = mette.post("/api/entries", json={"name": "Musikskolen"})
        assert missing.json() == {"errors": {"level": "Choose the relation: network, cooperation or partnership."}}
        entry = mette.post("/api/entries", json={"name": "Musikskolen", "level": "cooperation",
                                                 "spaces": ["Performative space"]}).json()
        assert entry["level"] == "cooperation" and entry["spaces"] == ["performative"]
        other = jens.delete(f"/api/entries/{entry['id']}")
        assert other.json() == {"errors": {"entry": "You can only change and delete your own contacts."}}
        assert jens.get("/workbook").json() == {"errors": {"request": "For the facilitator only."}}
        assert running.client().get("/api/me").json() == {"errors": {"request": (
            "You have not joined the workshop yet. Enter the code from the screen.")}}
        boss = facilitator(running)
        projector = boss.get("/projector").text
        for text in ("<h1>The network grows</h1>", "Download workbook", "Interest analysis", "Spaces and relations",
                     "Partnership <span class=\"how\">(two rings)</span>", "Network (dashed)"):
            assert text in projector, text
        state = first_state(boss, until=lambda state: state["entries"] == 1)
        assert state["map"]["lang"] == "en"
        assert [ring["label"] for ring in state["map"]["guides"]["rings"]] == [
            "Partnership · none", "Cooperation · 1", "Network · none"]
        assert state["ticker"] == [{"participant": "Mette", "name": "Musikskolen", "level": "cooperation"}]
        assert "Your resume code:" in page and "Continue as" not in page
        taken = client.post("/join", data={"code": running.code}) and client.post("/name", data={"name": "mette"})
        assert taken.status_code == 409 and "Mette has already joined from another device." in taken.text
        assert "Continue as Mette" in taken.text and "Or choose another name" in taken.text
        wrong = client.post("/name", data={"name": "Mette", "resume": "x"})
        assert wrong.status_code == 403 and "The resume code is wrong." in wrong.text
        again = mette.post("/api/entries", json={"name": "MUSIKSKOLEN", "level": "network"})
        assert again.status_code == 200 and again.json()["id"] == entry["id"]
        people = boss.get("/participants").text
        assert "Participants and resume codes" in people and "Genoptagelseskode" not in people


def test_posting_an_actor_one_already_holds_updates_that_entry_over_http(server):
    anne = participant(server, "Anne Holm")
    first = anne.post("/api/entries", json={"name": "Musikskolen i Torup", "level": "partnerskab", "client_id": "a"})
    again = anne.post("/api/entries", json={"name": "Musikskolen i Torup", "level": "samarbejde", "client_id": "b"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"] and again.json()["replaced"] is True
    assert [(e["name"], e["level"]) for e in anne.get("/api/me").json()["entries"]] == [
        ("Musikskolen i Torup", "cooperation")]
    other = anne.post("/api/entries", json={"name": "Torup Bibliotek", "level": "netværk"}).json()
    renamed = anne.put(f"/api/entries/{other['id']}", json={"name": "MUSIKSKOLEN I TORUP", "level": "netværk"})
    assert (renamed.status_code, renamed.json()) == (
        409, {"errors": {"name": "Du har allerede »Musikskolen i Torup« som samarbejde. Ret den i stedet."}})


def test_a_second_device_continues_as_a_taken_name_only_with_the_resume_code(tmp_path):
    db = tmp_path / "w.sqlite"
    first = Server(db).start()
    try:
        anne = participant(first, "Anne Holm")
        anne.post("/api/entries", json={"name": "Musikskolen i Torup", "level": "partnerskab"})
        page = anne.get("/p").text
        code = page.split('id="resume-code">')[1][:4]
        assert code.isdigit() and "Din genoptagelseskode:" in page
        cookie = dict(anne.cookies)
        # the facilitator can look the codes up; a participant cannot
        assert anne.get("/participants").status_code == 403
        people = facilitator(first).get("/participants")
        assert people.status_code == 200 and "<td>Anne Holm</td><td>" + code + "</td><td>1</td>" in people.text
    finally:
        first.stop()
    second = Server(db).start()   # after a restart: the cookie still works, and so does the code
    try:
        assert [e["name"] for e in second.client(cookies=cookie).get("/api/me").json()["entries"]] == [
            "Musikskolen i Torup"]
        phone = second.client()
        assert phone.get("/", params={"code": second.code}).status_code == 303
        taken = phone.post("/name", data={"name": "anne holm"})
        assert taken.status_code == 409 and "netkort_deltager" not in taken.headers.get("set-cookie", "")
        assert "Anne Holm er allerede med fra en anden enhed." in taken.text
        assert '<input type="hidden" name="name" value="Anne Holm">' in taken.text
        wrong = "0000" if code != "0000" else "1111"
        refused = phone.post("/name", data={"name": "Anne Holm", "resume": wrong})
        assert refused.status_code == 403 and "Genoptagelseskoden passer ikke." in refused.text
        resumed = phone.post("/name", data={"name": "Anne Holm", "resume": code})
        assert (resumed.status_code, resumed.headers["location"]) == (303, "/p")
        assert [e["name"] for e in phone.get("/api/me").json()["entries"]] == ["Musikskolen i Torup"]
        # wrong resume codes are rate-limited like wrong join codes: five, then not even the right one
        other = second.client()
        other.get("/", params={"code": second.code})
        for attempt in range(4):   # one wrong code already counted against the name
            assert other.post("/name", data={"name": "Anne Holm", "resume": f"x{attempt}"}).status_code == 403
        blocked = other.post("/name", data={"name": "Anne Holm", "resume": code})
        assert blocked.status_code == 429 and "For mange forkerte koder. Vent et minut, og prøv igen." in blocked.text
        assert "netkort_deltager" not in blocked.headers.get("set-cookie", "")
        # another name is still free to join
        assert other.post("/name", data={"name": "Dorte Lund"}).status_code == 303
    finally:
        second.stop()
