"""Write the README's workshop screenshots: the projector mid-workshop and the phone page.

    python scripts/workshop_screenshots.py     # docs/img/workshop-projector.png, docs/img/workshop-phone.png

A real ``netkort workshop`` server runs on a free local port with an empty network;
six participants add two dozen contacts (fictional, as the sample's) while the
projector is open, so the call-outs and the ticker show what a room sees. Chromium
may talk to the server only: the script fails if a page asks for anything else or
throws an error.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

ENTRIES = [
    ("Mette Kjær", "Åby Sprogcenter", "partnerskab", ["Læringsrummet", "Møderummet"], "uddannelse", "offentlig"),
    ("Mette Kjær", "Lektiecaféen Åby", "samarbejde", ["Læringsrummet"], "frivillig", "civilsamfund"),
    ("Jens Berg", "Åby Skole", "samarbejde", ["Læringsrummet"], "uddannelse", "offentlig"),
    ("Jens Berg", "Ungdomsskolen", "netværk", ["Møderummet"], "uddannelse", "offentlig"),
    ("Søren Ødegaard", "Åby Festival", "netværk", ["Det performative rum", "Inspirationsrummet"], "kulturinstitution",
     "civilsamfund"),
    ("Søren Ødegaard", "Musikskolen", "samarbejde", ["Det performative rum"], "kulturinstitution", "offentlig"),
    ("Camilla Brix", "Dagplejen Åby", "netværk", ["Læringsrummet"], "kommunal forvaltning", "offentlig"),
    ("Camilla Brix", "Åby Roklub", "netværk", ["Møderummet"], "forening", "civilsamfund"),
    ("Ahmed Yilmaz", "Kulturhuset Åby", "partnerskab", ["Inspirationsrummet", "Det performative rum"],
     "kulturinstitution", "offentlig"),
    ("Ahmed Yilmaz", "Åby Avis", "netværk", ["Inspirationsrummet"], "medie", "privat"),
    ("Fatima Al-Sayed", "Foreningen Nydansker", "samarbejde", ["Møderummet"], "forening", "civilsamfund"),
    ("Fatima Al-Sayed", "Jobcentret", "netværk", ["Læringsrummet"], "kommunal forvaltning", "offentlig"),
    ("Jens Berg", "Musikskolen", "partnerskab", ["Det performative rum", "Læringsrummet"], "kulturinstitution",
     "offentlig"),
    ("Mette Kjær", "Seniorklubben Fårup", "netværk", ["Møderummet"], "forening", "civilsamfund"),
    ("Søren Ødegaard", "Teatret Momentum", "samarbejde", ["Det performative rum"], "kulturinstitution", "privat"),
    ("Camilla Brix", "Sundhedsplejen", "samarbejde", ["Læringsrummet"], "kommunal forvaltning", "offentlig"),
    ("Ahmed Yilmaz", "Erhvervsforeningen", "netværk", ["Møderummet"], "forening", "privat"),
    ("Fatima Al-Sayed", "Åby Sprogcenter", "samarbejde", ["Læringsrummet"], "uddannelse", "offentlig"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="netkort-shots-"))
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "netkort.cli", "workshop", "--db", str(folder / "w.sqlite"),
                                "--port", str(port)], stdout=subprocess.PIPE, text=True,
                               env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    output = ""
    for line in process.stdout:
        output += line
        if "Kode:" in line:
            break
    key, code = re.search(r"key=(\S+)", output).group(1), re.search(r"Kode: (\S+)", output).group(1)
    url = f"http://127.0.0.1:{port}"
    time.sleep(1)
    people: dict[str, httpx.Client] = {}
    requests, errors = [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)

            def page_for(**options):
                context = browser.new_context(**options)
                page = context.new_page()

                def route(route):
                    if route.request.url.startswith(url + "/"):
                        route.continue_()
                    else:
                        requests.append(route.request.url)
                        route.abort()

                page.route("**/*", route)
                page.on("pageerror", lambda error: errors.append(str(error)))
                return page

            projector = page_for(viewport={"width": 1600, "height": 1000})
            projector.goto(f"{url}/projector?key={key}")
            projector.wait_for_function("() => window.workshop && window.workshop.received.length > 0")
            for person, name, level, spaces, kind, sector in ENTRIES:
                if person not in people:
                    people[person] = httpx.Client(base_url=url)
                    people[person].get("/", params={"code": code})
                    people[person].post("/name", data={"name": person})
                response = people[person].post("/api/entries", json={"name": name, "level": level, "spaces": spaces,
                                                                     "type": kind, "sector": sector})
                response.raise_for_status()
                time.sleep(0.25)
            projector.wait_for_function(f"() => window.workshop.state().entries === {len(ENTRIES)}")
            projector.wait_for_timeout(800)
            OUT.mkdir(parents=True, exist_ok=True)
            projector.screenshot(path=str(OUT / "workshop-projector.png"))

            phone = page_for(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True,
                             has_touch=True)
            phone.goto(f"{url}/?code={code}")
            phone.fill("#name", "Mette Kjær")
            phone.click("button[type=submit]")
            phone.wait_for_url("**/p")
            phone.wait_for_function("() => document.querySelectorAll('#actors option').length > 0")
            phone.fill("#f-name", "musikskolen")
            phone.click("#add-me")
            phone.check("#level-cooperation")
            phone.check("#space-performative")
            phone.evaluate("window.scrollTo(0, 0)")
            phone.screenshot(path=str(OUT / "workshop-phone.png"))
            browser.close()
    finally:
        for client in people.values():
            client.close()
        process.terminate()
        process.wait(10)
    if requests or errors:
        raise SystemExit(f"the pages asked for {requests} or threw {errors}")
    for name in ("workshop-projector.png", "workshop-phone.png"):
        print(f"wrote {OUT / name} ({(OUT / name).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
