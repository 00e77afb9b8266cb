"""The map page and the Venner af Huset board in Norwegian and Swedish (issue 14).

Both pages are read in headless Chromium, as a person sees them: the headings, buttons and
legend, and the sentences the map's script writes while it is used (the live count after a
filter, the search status, the ego view), in the page's language and plural form, with its
numbers as the language writes them. No English msgid of these pages shows on a Danish,
Norwegian or Swedish page. Vocabulary labels (levels, spaces, sectors) belong to another
module and are not asserted here beyond being taken from it.
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
from conftest import SAMPLES
from handbuilt import actor, network

from netkort import friends as F
from netkort import map as M
from netkort.friends import also_text, board, joined, write_board, write_board_xlsx
from netkort.i18n import Ctx, translate
from netkort.map import build_map, write_map
from netkort.network import load
from netkort.vocabulary import LEVEL_LABELS

MAIN = SAMPLES / "hovedbibliotek.xlsx"
READY = "() => document.documentElement.dataset.ready === 'true'"
NBSP = "\u00a0"

# The friends template's own msgids (the Python tables are read from the modules).
FRIENDS_PAGE = [
    "The house's external contacts, and which of us knows them.",
    ("%(num)s actor", "%(num)s actors"), ("%(num)s staff member", "%(num)s staff members"),
    ("%(num)s card", "%(num)s cards"),
    "Private persons are shown as “Private person” and actors not known to be organisations as “Unknown actor”.",
    "Ready to print on %(paper)s portrait: each group starts on a new sheet and no card is split across sheets.",
    "Contents", Ctx("friends card", "Contact"),
]


def map_msgids() -> list:
    return [*M.TEXTS.msgids.values(), *M.THIN_TEXTS.msgids.values(), *M.PLURALS.values(),
            M.ACTORS_COUNT, M.STAFF_COUNT, M.STEPS_COUNT, M.MAP_DESCRIPTION, M.STAFF_NOTE]


def friends_msgids() -> list:
    return [*F.TEXTS.msgids.values(), *F.GROUPED.msgids.values(), *F.NONE.msgids.values(),
            *F.COLUMNS.msgids.values(), F.ALSO, *FRIENDS_PAGE]


@pytest.fixture(scope="module")
def sample():
    return load([MAIN]).graph


def open_page(page, path, fragment=""):
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_function(READY)
    return page


def english_left(text: str, msgids: list, lang: str) -> list[str]:
    """The English msgids (each form, placeholders as wildcards) that show in ``text`` untranslated."""
    found = []
    for marked in msgids:
        forms = [(form, translate(marked, lang, n)) for n, form in ((1, marked[0]), (2, marked[1]))] \
            if isinstance(marked, tuple) and not isinstance(marked, Ctx) else \
            [(marked.message if isinstance(marked, Ctx) else marked, translate(marked, lang))]
        for english, said in forms:
            if english == said:
                continue          # the same word in both languages ("Zoom", "Start")
            parts = re.split(r"\{\w+\}|%\(\w+\)s", english)
            pattern = r"\b" + r".{1,80}?".join(re.escape(p) for p in parts) + r"(?!\w)"
            if re.search(pattern, text):
                found.append(english)
    return found


def page_text(page) -> str:
    """What the page shows and says: its visible text, its labels, and the script's texts."""
    labels = page.evaluate("""() => Array.from(document.querySelectorAll('[aria-label],[placeholder],[title]'))
        .map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')]
        .filter(Boolean).join('\\n')).join('\\n')""")
    return page.inner_text("body") + "\n" + labels + "\n" + page.title()


# --- the map -------------------------------------------------------------------------------------

HEADINGS = {
    "nb": {"h1": "Nettverkskart", ".layout-name": "Nettverkssirkelen", "#legend-title": "Forklaring",
           "#filters-title": "Filtre", "#reset-view": "Tilbakestill visning", "#reset-filters": "Tilbakestill filtre",
           "#tab-map": "Kart", "#tab-list": "Liste", "#zoom-fit": "Hele kartet",
           "label[for=search]": "Søk etter navn"},
    "sv": {"h1": "Nätverkskarta", ".layout-name": "Nätverkscirkeln", "#legend-title": "Teckenförklaring",
           "#filters-title": "Filter", "#reset-view": "Återställ vyn", "#reset-filters": "Återställ filter",
           "#tab-map": "Karta", "#tab-list": "Lista", "#zoom-fit": "Hela kartan",
           "label[for=search]": "Sök efter namn"},
}
COUNT = {"nb": "Viser {shown} av {total} aktører", "sv": "Visar {shown} av {total} aktörer"}
HIDING = {"nb": "Skjuler {option} (Relasjon).", "sv": "Döljer {option} (Relation)."}
LINES = {"nb": ["Partnerskap (tykk)", "Samarbeid (hel)", "Nettverk (stiplet)", "Ukjent nivå (prikket)",
                "Relasjon mellom aktører (prikk til prikk, oransje)", "Ansatt på biblioteket (lange streker)"],
         "sv": ["Partnerskap (tjock)", "Samarbete (hel)", "Nätverk (streckad)", "Okänd nivå (prickad)",
                "Relation mellan aktörer (prick till prick, orange)", "Anställd på biblioteket (långa streck)"]}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_map_speaks_norwegian_and_swedish_while_it_is_used(offline_page, sample, tmp_path, lang):
    page = open_page(offline_page, write_map(tmp_path / "kart.html", sample, lang=lang))
    assert page.evaluate("document.documentElement.lang") == lang
    for selector, text in HEADINGS[lang].items():
        assert page.text_content(selector).strip() == text, selector
    assert page.locator(".legend-lines li span").all_text_contents() == LINES[lang]
    total = sum(1 for n in build_map(sample, lang=lang).nodes if n["kind"] == "actor")
    assert page.text_content("#count") == COUNT[lang].format(shown=total, total=total)
    # the live count and what the filter did, written by the script
    network_count = sum(1 for n in build_map(sample, lang=lang).nodes
                        if n["kind"] == "actor" and n["fields"].get("level") == "network")
    page.uncheck('input[data-facet="level"][value="network"]')
    page.wait_for_function("() => document.getElementById('count-change').textContent !== ''")
    assert page.text_content("#count") == COUNT[lang].format(shown=total - network_count, total=total)
    assert page.text_content("#count-change") == HIDING[lang].format(option=LEVEL_LABELS[lang]["network"])
    assert page.errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "one", "two"), [
    ("nb", ["Viser 1 av 1 aktør", "Ingen funnet. 1 skjult av filtrene."], ["Viser 0 av 2 aktører", "Ingen funnet. 2 skjult av filtrene."]),
    ("sv", ["Visar 1 av 1 aktör", "Inga träffar. 1 dold av filtren."], ["Visar 0 av 2 aktörer", "Inga träffar. 2 dolda av filtren."]),
    ("da", ["Viser 1 af 1 aktør", "Ingen fundet. 1 skjult af filtrene."], ["Viser 0 af 2 aktører", "Ingen fundet. 2 skjult af filtrene."]),
    ("en", ["Showing 1 of 1 actor", "No match. 1 hidden by the filters."], ["Showing 0 of 2 actors", "No match. 2 hidden by the filters."]),
])
def test_the_scripts_sentences_take_each_languages_plural_form(offline_page, tmp_path, lang, one, two):
    """One actor and two: the script picks the form by the language's plural rule (sv 'dold'/'dolda')."""
    for n, expected in ((1, one), (2, two)):
        graph = network(*(actor(f"Roklub {i}", "Mette", level="network") for i in range(n)))
        page = open_page(offline_page, write_map(tmp_path / f"{n}.html", graph, lang=lang))
        if n == 1:
            assert page.text_content("#count") == expected[0]
        page.uncheck('input[data-facet="level"][value="network"]')
        page.wait_for_function("() => document.getElementById('count-change').textContent !== ''")
        if n == 2:
            assert page.text_content("#count") == expected[0]
        page.fill("#search", "roklub")
        page.wait_for_function("() => document.getElementById('search-status').textContent !== ''")
        assert page.text_content("#search-status") == expected[1]


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "count", "rows"), [
    ("nb", f"Viser 1{NBSP}200 av 1{NBSP}200 aktører", f"Rad 1–100 av 1{NBSP}200"),
    ("sv", f"Visar 1{NBSP}200 av 1{NBSP}200 aktörer", f"Rad 1–100 av 1{NBSP}200"),
    ("en", "Showing 1,200 of 1,200 actors", "Rows 1–100 of 1,200"),
])
def test_the_maps_numbers_are_written_as_the_language_writes_them(offline_page, tmp_path, lang, count, rows):
    graph = network(*(actor(f"Aktør {i:04d}", f"M{i % 30}", level="cooperation") for i in range(1200)))
    path = write_map(tmp_path / "stort.html", graph, lang=lang)
    assert f'<span id="count">{count}</span>' in path.read_text(encoding="utf-8")   # Babel, before the script
    page = open_page(offline_page, path)
    changed = "(text) => document.getElementById('count').textContent !== text"
    page.uncheck('input[data-facet="level"][value="cooperation"]')
    page.wait_for_function(changed, arg=count)
    none = page.text_content("#count")
    page.check('input[data-facet="level"][value="cooperation"]')
    page.wait_for_function(changed, arg=none)
    assert page.text_content("#count") == count                                    # Intl, by the script
    page.click("#tab-list")
    assert page.text_content("#page-status") == rows


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "fragment", "title", "said", "hash_"), [
    ("nb", "#aktor={id}&trinn=2", "Nærmeste rundt {name}", "Viser {name} og {n} nærmeste (2 trinn).",
     "#aktor={id}&trinn=2"),
    ("sv", "#aktor={id}&trin=2", "Närmaste runt {name}", "Visar {name} och {n} närmaste (2 steg).",
     "#aktor={id}&steg=2"),
])
def test_the_ego_view_and_its_link_in_norwegian_and_swedish(offline_page, tmp_path, lang, fragment, title,
                                                            said, hash_):
    """A Norwegian link opens the Norwegian map; a Danish link (trin) opens the Swedish one, which
    then writes its own (steg)."""
    graph = network(actor("Roklubben", "Mette"), actor("Koret", "Mette"), actor("Skolen", "Jens"),
                    relations=(("Koret", "Skolen"),))
    data = build_map(graph, lang=lang)
    centre = next(n["id"] for n in data.nodes if n["name"] == "Roklubben")
    page = open_page(offline_page, write_map(tmp_path / "kart.html", graph, lang=lang),
                     fragment.format(id=centre))
    page.wait_for_function("() => !document.getElementById('ego').hidden")
    assert page.text_content("#ego-title") == title.format(name="Roklubben")
    assert page.text_content("#count-change") == said.format(name="Roklubben", n=2)   # Mette, then Koret
    assert page.evaluate("location.hash") == hash_.format(id=centre)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nb", "sv", "da"])
def test_no_english_msgid_of_the_map_shows_in_another_language(offline_page, sample, tmp_path, lang):
    page = open_page(offline_page, write_map(tmp_path / "kart.html", sample, "spaces", lang=lang))
    page.uncheck('input[data-facet="level"][value="network"]')
    page.fill("#search", "a")
    page.click("#tab-list")
    data = page.evaluate("netkort.data")
    said = [*data["texts"].values(), *(f for forms in data["plurals"].values() for f in forms.values())]
    text = page_text(page) + re.sub(r"\{\w+\}", "", "\n".join(said))   # placeholders are no words
    assert english_left(text, map_msgids(), lang) == []
    english = "\n".join(build_map(sample, "spaces", lang="en").texts.values())
    assert len(english_left(english, map_msgids(), lang)) > 100     # the check finds English where it is


def test_the_map_data_in_norwegian_and_swedish():
    graph = network(actor("Roklubben", "Mette", level="partnership", spaces=["meeting"]),
                    actor("Koret", level="network", spaces=["meeting"]))
    nb, sv = build_map(graph, lang="nb"), build_map(graph, lang="sv")
    assert nb.texts["map_description"].startswith(
        "Kartet viser 2 aktører, 1 medarbeider og biblioteket. Partnerskap innerst, så samarbeid, ytterst nettverk.")
    assert sv.texts["map_description"].startswith(
        "Kartan visar 2 aktörer, 1 medarbetare och biblioteket. Partnerskap innerst, sedan samarbete, ytterst nätverk.")
    assert (nb.texts["ego_step_1"], nb.texts["ego_step_2"]) == ("1 trinn", "2 trinn")
    assert (sv.texts["ego_step_1"], sv.texts["ego_step_2"]) == ("1 steg", "2 steg")
    assert sv.plurals["search_hidden"] == {"one": "{n} dold av filtren.", "other": "{n} dolda av filtren."}
    assert (nb.locale, sv.locale) == ("nb-NO", "sv-SE")
    spaces = build_map(graph, "spaces", lang="sv").guides
    meeting = next(a for a in spaces["areas"] if a["key"] == "meeting")
    assert meeting["lines"][0]["text"] == "2 aktörer"
    empty = next(a for a in spaces["areas"] if a["key"] == "learning")
    assert empty["lines"] == [{"text": "inga aktörer"}]
    thin = build_map(network(*(actor(f"A{i}", f"M{i}", relations=()) for i in range(4001))), lang="nb")
    assert thin.texts["line_network"] == "Nettverk (tynn)"


@pytest.mark.parametrize(("lang", "text"), [("da", "01.10.2025"), ("nb", "01.10.2025"),
                                            ("sv", "2025-10-01"), ("en", "2025-10-01")])
def test_the_panels_dates_in_each_language(lang, text):
    graph = network(actor("Roklubben", "Mette", level="network", start=dt.date(2025, 10, 1)))
    node = next(n for n in build_map(graph, details=True, lang=lang).nodes if n["name"] == "Roklubben")
    assert node["fields"]["start"] == text


# --- Venner af Huset -----------------------------------------------------------------------------

BOARD = {
    "nb": {"h1": "Husets venner", ".intro": "Husets eksterne kontakter, og hvem av oss som kjenner dem.",
           ".meta": "300 aktører · 10 medarbeidere · gruppert etter rom",
           ".print-note": "Klar til utskrift på A4 (stående): hver gruppe begynner på et nytt ark, "
                          "og ingen kort deles over to ark."},
    "sv": {"h1": "Husets vänner", ".intro": "Husets externa kontakter, och vem av oss som känner dem.",
           ".meta": "300 aktörer · 10 medarbetare · grupperade efter rum",
           ".print-note": "Klar för utskrift på A4 (stående): varje grupp börjar på ett nytt ark, "
                          "och inget kort delas över två ark."},
}
CONTACT = {"nb": "Kontakt:", "sv": "Kontakt:"}
NO_SPACE = {"nb": "Uten rom", "sv": "Utan rum"}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nb", "sv"])
def test_the_board_in_norwegian_and_swedish(offline_page, sample, tmp_path, lang):
    data = board(sample, "space", lang=lang)
    page = open_page(offline_page, write_board(data, tmp_path / "venner.html"))
    assert page.evaluate("document.documentElement.lang") == lang
    for selector, text in BOARD[lang].items():
        assert page.text_content(selector).strip() == text, selector
    headings = page.locator("section.group > h2").all_text_contents()
    assert headings == [f"{group.label} · {group.count} kort" for group in data.groups]
    assert headings[-1] == f"{NO_SPACE[lang]} · 30 kort"
    assert page.locator(".card .staff b").first.text_content() == CONTACT[lang]
    assert page.locator("nav.contents").get_attribute("aria-label") == {"nb": "Innhold", "sv": "Innehåll"}[lang]
    assert english_left(page_text(page), friends_msgids(), lang) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nb", "sv", "da"])
def test_no_english_msgid_of_the_board_shows_in_another_language(offline_page, sample, tmp_path, lang):
    for group_by in ("space", "level", "staff"):
        page = open_page(offline_page, write_board(board(sample, group_by, public=True, lang=lang),
                                                   tmp_path / f"{group_by}.html"))
        assert english_left(page_text(page), friends_msgids(), lang) == []


@pytest.mark.parametrize(("lang", "heading", "note"), [
    ("nb", "Husets venner", "1 aktør · 1 medarbeider · gruppert etter relasjon"),
    ("sv", "Husets vänner", "1 aktör · 1 medarbetare · grupperade efter relation"),
    ("da", "Venner af Huset", "1 aktør · 1 medarbejder · grupperet efter relation"),
    ("en", "Friends of the House", "1 actor · 1 staff member · grouped by relation level"),
])
def test_one_actor_and_one_staff_member_in_the_singular(tmp_path, lang, heading, note):
    data = board(network(actor("Roklubben", "Mette", level="network")), "level", lang=lang)
    html = write_board(data, tmp_path / "venner.html").read_text(encoding="utf-8")
    assert f"<h1>{heading}</h1>" in html
    assert f'<p class="meta">{note}</p>' in html


@pytest.mark.parametrize(("lang", "columns", "none"), [
    ("nb", ["Gruppe", "Navn", "Type", "Relasjon", "Medarbeider", "Også i"], "Uten relasjonsnivå"),
    ("sv", ["Grupp", "Namn", "Typ", "Relation", "Medarbetare", "Även i"], "Utan relationsnivå"),
])
def test_the_boards_workbook_in_norwegian_and_swedish(tmp_path, lang, columns, none):
    data = board(network(actor("Roklubben", "Mette")), "level", lang=lang)
    book = openpyxl.load_workbook(write_board_xlsx(data, tmp_path / "venner.xlsx"))
    sheet = book.worksheets[0]
    assert sheet.title == {"nb": "Husets venner", "sv": "Husets vänner"}[lang]
    assert [c.value for c in sheet[1]] == columns
    assert sheet.cell(2, 1).value == none


@pytest.mark.parametrize(("lang", "also", "names"), [
    ("sv", "även i det performativa rummet och Mötesrummet", "Mette, Jens och Sofie"),
    ("nb", "også i det performative rommet og Møterommet", "Mette, Jens og Sofie"),
    ("da", "også i det performative rum og Møderummet", "Mette, Jens og Sofie"),
    ("en", "also in Performative space and Meeting space", "Mette, Jens and Sofie"),
])
def test_also_in_and_lists_in_each_language(lang, also, names):
    labels = {"sv": ("Det performativa rummet", "Mötesrummet"), "nb": ("Det performative rommet", "Møterommet"),
              "da": ("Det performative rum", "Møderummet"), "en": ("Performative space", "Meeting space")}[lang]
    assert also_text(labels, lang) == also
    assert joined(["Mette", "Jens", "Sofie"], lang) == names
