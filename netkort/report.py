"""The analysis report: one self-contained HTML page and an xlsx with one sheet per table.

Rendering only: every figure comes from an :class:`~netkort.analysis.Analysis`;
this module turns it into words (the answer the page opens with), a view
model for ``templates/report.html`` (heat-table shades, scatter coordinates,
bar widths) and worksheet rows. The page works offline (inline CSS and SVG,
no script, no fonts from the web) and prints on A4. Only names, levels,
scores, dates and counts are shown: never an email, phone number or note.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from markupsafe import Markup, escape

from . import __version__
from .analysis import Analysis
from .candidates import GapLink
from .checklist import heading_name, sentence
from .coverage import CellGap, Coverage
from .graph import LIBRARY_NAME
from .i18n import N_, NC_, Labels, Nn_, gettext, pgettext, translate
from .i18n import format_date as long_date
from .i18n import format_number as number
from .i18n import format_percent as percent
from .interest import QUADRANT_LABELS, QUADRANT_STRATEGIES, Interest
from .personal import Given, mask
from .privacy import shown_name
from .render import LEVEL_COLORS as PALETTE
from .vocabulary import (
    AGREEMENT_LABELS,
    AIM_LABELS,
    AIMS,
    ANSWER_LABELS,
    CHECKLIST,
    CHECKLIST_LABELS,
    CHECKLIST_SHORT,
    DECISION_LABELS,
    LEVEL_LABELS,
    LEVELS,
    QUESTION_SHORT,
    QUESTION_TEXTS,
    QUESTIONS,
    SECTOR_LABELS,
    SPACE_AIMS,
    SPACE_LABELS,
    SPACES,
)

# The network circle's colours of every page (render.LEVEL_COLORS); None: unknown level.
LEVEL_COLORS = {**{level: PALETTE[level] for level in LEVELS}, None: PALETTE["unknown"]}
# The report's own fills: gap badges and the heat tables' shades (light to dark). The page
# gets each as a CSS variable with its text colour computed for contrast (templates/_head.html).
COLORS = {"uncovered": "#c0392b", "netonly": "#e67e22", "nopartner": "#d4a106", "ok": "#2e7d4f",
          "ans-yes": "#b9e0c4", "ans-partly": "#f7e3a3", "ans-no": "#f5bcb4", "ans-none": "#eeeeee",
          "heat-1": "#eef5fb", "heat-2": "#d3e6f5", "heat-3": "#a9cfeb", "heat-4": "#6aaad8",
          "heat-5": "#2f78b7"}
# Levels told apart by more than colour, the same on every page and chart: rings around an
# actor's mark (two for a partnership, one for a cooperation, none for a network contact) and
# a dashed outline for an unknown level.
RINGS = {"partnership": 2, "cooperation": 1, "network": 0, None: 0}
MAX_ROWS = 150  # rows per table on the page; the xlsx has them all
MAX_NAMES = 80  # names per box on the interest board

# The report's words, by key: English msgids said in the reader's language (TEXT[lang][key]). Short
# labels carry a context ("report", "report sheet"), so a translator sees where they stand and
# another module's same English word may be translated differently. A text with a count is said
# through say(), which picks the form by the count (ngettext).
TEXT = Labels({
    "title": NC_("report", "Partnership analysis"),
    "subtitle": N_("Coverage of the library spaces, stakeholders, care and structure"),
    "as_of": N_("As of {date}"),
    "as_of_label": NC_("report", "As of"),
    "sources": NC_("report", "Source"),
    "tag": N_("Only actors tagged “{tag}” and the staff who know them."),
    "answer": N_("The answer in short"),
    "contents": NC_("report", "Contents"),
    "spaces_with": Nn_("{n} of {total} spaces has partners",
        "{n} of {total} spaces have partners"),
    "all_spaces": N_("all {total} spaces have partners"),
    "gap_uncovered": N_("the {space} has no actors"),
    "gap_no-cooperation-or-partnership": N_("the {space} has only network contacts"),
    "gap_no-partnership": N_("the {space} has cooperation but no partnership"),
    "headline_key_person": Nn_("{n} partnership rests on one person",
        "{n} partnerships rest on one person"),
    "more_missing_agreement": Nn_("{n} partnership has no agreement",
        "{n} partnerships have no agreement"),
    "more_evaluation_due": Nn_("{n} partnership has no evaluation planned, or it is overdue",
        "{n} partnerships have no evaluation planned, or it is overdue"),
    "more_stale": Nn_("{n} actor has not been contacted for over {months} months",
        "{n} actors have not been contacted for over {months} months"),
    "more_not_contributing": Nn_("{n} partnership contributes to no space",
        "{n} partnerships contribute to no space"),
    "more_no_staff": Nn_("{n} partnership has no responsible staff member",
        "{n} partnerships have no responsible staff member"),
    "more_multi_staff": Nn_("{n} actor is known by several staff members",
        "{n} actors are known by several staff members"),
    "more_duplicates": Nn_("{n} pair of names looks like a duplicate",
        "{n} pairs of names look like duplicates"),
    "more_not_assessed": Nn_("{n} actor has no score in the interest analysis",
        "{n} actors have no score in the interest analysis"),
    "fig_actors": NC_("report", "actors"),
    "fig_staff": NC_("report", "staff members"),
    "fig_partnership": NC_("report", "partnerships"),
    "fig_cooperation": NC_("report", "cooperations"),
    "fig_network": NC_("report", "network contacts"),
    "fig_unknown": NC_("report", "no level"),
    "coverage": N_("Coverage of the library spaces"),
    # TRANSLATORS: the network circle (netværkscirklen) is the guide Byg partnerskaber!'s model [S7];
    # nb 'nettverkssirkelen', sv 'nätverkscirkeln' are our proposal (no nb/sv source names it, terms.md §1).
    # A gap: nb 'hull', sv 'lucka' (Swedish 'hål' is a physical hole; our proposal, terms.md §4).
    "coverage_intro": N_("Each actor counts once per space, at its strongest level in the network circle. "
        "A space without a partnership is a gap."),
    "space": NC_("report", "Space"),
    "aims": NC_("report", "Aims"),
    "status": NC_("report", "Status"),
    "covered": NC_("report", "has partnerships"),
    "spaces_caption": N_("Actors per space and network-circle level"),
    "kind_uncovered": NC_("report", "no actors"),
    "kind_no-cooperation-or-partnership": NC_("report", "network only"),
    "kind_no-partnership": NC_("report", "no partnership"),
    "candidates": N_("Candidates in the network"),
    "candidates_intro": N_("First actors already working in the space who could move up the network "
        "circle; then actors from a neighbouring space that shares an aim. Ordered by level, influence and "
        "interest."),
    "no_candidates": N_("Nobody in the network works in this space or a neighbouring one: new partners are "
        "needed."),
    "actor": NC_("report", "Actor"),
    "level": NC_("report", "Level"),
    "influence": NC_("report", "Influence"),
    "interest": NC_("report", "Interest"),
    "known_by": NC_("report", "Known by"),
    "why": NC_("report", "Why"),
    "reason_same-space": N_("in the space: can move up"),
    "reason_neighbour-space": N_("neighbouring space: {spaces}"),
    "aims_title": NC_("report", "The four aims"),
    "aims_intro": N_("Each space serves two of the library's four aims. An actor counts under an aim when "
        "it works in at least one of the aim's spaces."),
    "groups_title": N_("Target groups × spaces"),
    "sectors_title": NC_("report", "Sectors × spaces"),
    "cells_intro": N_("Each cell: partnerships · cooperations · network contacts among the actors working "
        "with {what} in the space. A cell without a partnership is marked as a gap, as the spaces are."),
    "group": NC_("report", "Target group"),
    "sector": NC_("report", "Sector"),
    "what_groups": NC_("report", "the target group"),
    "what_sectors": NC_("report", "the sector"),
    "legend": NC_("report", "Legend"),
    "not_contributing": N_("Partnerships that contribute to no space"),
    "not_contributing_intro": N_("Partnerships with no space in the library model. Name the space, or "
        "consider whether the partnership should go on."),
    "without_space": Nn_("{n} actor in all has no space recorded.",
        "{n} actors in all have no space recorded."),
    # TRANSLATORS: stakeholder analysis: nb 'interessentanalyse' (UNN, Digdir Prosjektveiviseren),
    # sv 'intressentanalys' (Avdragslexikon, "Mendelows matris – intresse och inflytande").
    "interest_title": NC_("report", "Interest analysis"),
    "threshold_note": N_("A score from {t} to 5 counts as high, from 1 to {low} as low. A 3 sits on the "
        "line and counts as {side} here. Change the line with --threshold. The numbers after the names are "
        "influence/interest."),
    "tag_hint": N_("Make the analysis for one initiative with --tag, e.g. --tag \"{tag}\"."),
    "threshold_all": N_("Every score counts as high (--threshold 1)."),
    "side_low": NC_("score counts as", "low"),
    "side_high": NC_("score counts as", "high"),
    "scatter_caption": N_("Each dot is an actor. Dots with the same scores are spread a little so that all "
        "can be seen. Colour and rings show the level in the network circle: two rings round a "
        "partnership, one round a cooperation, none round a network contact, and a dashed edge when the "
        "level is unknown. Dashed lines: the line between low and high."),
    "key": NC_("report", "Key"),
    "unknown_level": NC_("report", "unknown level"),
    "not_assessed": NC_("report", "Not assessed"),
    "not_assessed_intro": Nn_("{n} actor lacks influence, interest or both and is not placed.",
        "{n} actors lack influence, interest or both and are not placed."),
    "and_more": Nn_("… and {n} more (see the spreadsheet)",
        "… and {n} more (see the spreadsheet)"),
    # TRANSLATORS: caring for a network: nb 'pleie av nettverket', sv 'vård av nätverket' (our proposal;
    # nb 'pleie kontakter', sv 'vårda relationer' are the idiom, terms.md §4).
    "care_title": N_("Caring for the network"),
    # TRANSLATORS: "Har du tjek på …" is the checklist's title in the Danish guide Byg partnerskaber! [S7]
    # ({guide}); an idiom: nb 'Har du kontroll på …', sv 'Har du koll på …' (our proposal, terms.md §5).
    "care_intro": N_("“Have you checked …” the guide {guide} asks about purpose, agreements, roles, "
        "communication, evaluation, resources and motivation. Here is what the contact list can show."),
    "key_person": N_("Partnerships resting on one person"),
    "key_person_intro": N_("Only one staff member knows the partner. If they leave, the relation may leave "
        "with them."),
    "no_staff": N_("Partnerships with no responsible staff member"),
    "partnership": NC_("report", "Partnership"),
    "staff": NC_("report", "Staff member"),
    "staff_plural": NC_("report", "Staff"),
    "missing_agreement": N_("Partnerships without an agreement"),
    "agreement": NC_("report", "Agreement"),
    "not_given": NC_("report", "not recorded"),
    "evaluation_due": N_("Evaluation missing or overdue"),
    "next_evaluation": NC_("report", "Next evaluation"),
    "not_planned": NC_("report", "not planned"),
    "stale": N_("No contact for over {months} months"),
    "last_contact": NC_("report", "Last contact"),
    "months": NC_("report", "Months ago"),
    "multi_staff": N_("Actors known by several staff members"),
    "multi_staff_intro": N_("Do the staff members know they share this contact?"),
    "duplicates": NC_("report", "Possible duplicates"),
    "duplicates_intro": N_("Names that look alike. netkort does not merge them: fix the spreadsheet if "
        "they are the same actor."),
    "name": NC_("report", "Name"),
    "similarity": NC_("report", "Similarity"),
    "looks_like": NC_("report", "Looks like"),
    "staff_load": N_("Relations per staff member"),
    "department": NC_("report", "Department"),
    "total": NC_("report", "Total"),
    "distribution": NC_("report", "Distribution"),
    "nothing": NC_("report", "Nothing to report."),
    "structure_title": N_("Structure of the network"),
    "structure_intro": N_("Measured on the network of actors and staff with the relations staff hold and "
        "the relations between actors. The library itself is left out, since every path would run through "
        "it."),
    "central": NC_("report", "Most connected actors"),
    "degree": NC_("report", "Connections"),
    "brokers": NC_("report", "Brokers"),
    # TRANSLATORS: {betweenness} is the network-analysis measure's English name, marked as English on the
    # page (lang="en"); keep 'Betweenness' untranslated where the literature in your language does.
    "brokers_intro": N_("Actors that many of the network's shortest paths run through: they connect staff "
        "members' networks and clusters ({betweenness}, 0–1)."),
    "betweenness": NC_("report", "Betweenness"),
    "brokers_sampled": N_("The network is large, so {betweenness} is estimated from {k} randomly chosen "
        "starting points (the same every time)."),
    "communities": NC_("report", "Clusters"),
    "communities_intro": N_("Groups of actors and staff more closely linked with each other than with the "
        "rest (Leiden algorithm with a fixed seed: the same data gives the same clusters)."),
    "community": NC_("report", "Cluster"),
    "actors": NC_("report", "Actors"),
    "main_space": NC_("report", "Mostly in"),
    "themes": NC_("report", "Themes"),
    "examples": NC_("report", "E.g."),
    "footer": N_("Made with netkort {version}. Names, levels, scores and dates come from the spreadsheet; "
        "emails, phone numbers and notes are left out."),
    "sheet_summary": NC_("report sheet", "Summary"),
    "sheet_spaces": NC_("report sheet", "Spaces"),
    "sheet_candidates": NC_("report sheet", "Candidates"),
    "sheet_aims": NC_("report sheet", "Aims"),
    "sheet_groups": NC_("report sheet", "Target groups"),
    "sheet_sectors": NC_("report sheet", "Sectors"),
    "sheet_not_contributing": NC_("report sheet", "Not contributing"),
    "sheet_interest": NC_("report sheet", "Stakeholders"),
    "sheet_not_assessed": NC_("report sheet", "Not assessed"),
    "sheet_key_person": NC_("report sheet", "Key person"),
    "sheet_no_staff": NC_("report sheet", "No staff"),
    "sheet_missing_agreement": NC_("report sheet", "No agreement"),
    "sheet_evaluation": NC_("report sheet", "Evaluation"),
    "sheet_stale": NC_("report sheet", "Stale"),
    "sheet_multi_staff": NC_("report sheet", "Several staff"),
    "sheet_duplicates": NC_("report sheet", "Duplicates"),
    "sheet_staff_load": NC_("report sheet", "Staff load"),
    "sheet_central": NC_("report sheet", "Central"),
    "sheet_brokers": NC_("report sheet", "Brokers"),
    "sheet_communities": NC_("report sheet", "Clusters"),
    "gap": NC_("report", "Gap"),
    "quadrant": NC_("report", "Quadrant"),
    "strategy": NC_("report", "Strategy"),
    "figure": NC_("report", "Figure"),
    "value": NC_("report", "Value"),
    "share": NC_("report", "Share"),
    "reason_missing": NC_("report", "not planned"),
    "reason_due": NC_("report", "overdue"),
    "checklist_title": NC_("report", "The partnerships' checklist"),
    "checklist_intro": N_("“Have you checked …” The guide {guide} asks nine questions of every "
        "partnership. The team's answers are on the sheet Tjekliste (Checklist). Where a cell is empty, "
        "netkort fills it in from the contact list when it shows something."),
    "checklist_caption": N_("The checklist: partnerships × the guide's nine headings"),
    "auto_legend": N_("* filled in by netkort from the contact list: a written agreement (working tools), "
        "a next evaluation (evaluation plan), a responsible staff member (organising the partnership), a "
        "contact person (knowing your partner) and a purpose column, spaces and target groups (purpose). "
        "Every point shown: yes, else partly."),
    "auto": N_("filled in by netkort"),
    "unanswered": NC_("report", "not answered"),
    "missing_total": NC_("report", "Missing in all"),
    "not_reviewed": NC_("report", "not reviewed"),
    "checklist_missing": NC_("report", "What is missing"),
    "missing": NC_("report", "Missing"),
    "partly": NC_("report", "Only partly"),
    "filled_in": N_("Filled in by netkort"),
    "not_reviewed_title": NC_("report", "Not reviewed"),
    "not_reviewed_intro": Nn_("{n} partnership has no row on the sheet Tjekliste (Checklist).",
        "{n} partnerships have no row on the sheet Tjekliste (Checklist)."),
    "no_checklist_sheet": N_("The workbook has no checklist sheet. The template from netkort template has "
        "one."),
    "no_partnerships": N_("The network has no partnerships."),
    "more_not_reviewed": Nn_("{n} partnership has not been reviewed with the checklist",
        "{n} partnerships have not been reviewed with the checklist"),
    "more_checklist": Nn_("{n} partnership lacks headings of the checklist",
        "{n} partnerships lack headings of the checklist"),
    # TRANSLATORS: "How to say no" is the name of the California Academy of Sciences' tool, quoted in
    # English in the Danish guide Byg partnerskaber! [S7]: keep it in English (terms.md §5).
    "choose_title": N_("Candidates: How to say no"),
    "choose_intro": N_("The guide {guide} uses 14 questions from the California Academy of Sciences to "
        "decide for or against partners and projects. The candidates of the sheet Kandidater (Candidates) "
        "are ordered by the number of yeses, then the fewest noes."),
    "choose_caption": N_("The candidates ordered by yeses to the 14 questions"),
    "rank": NC_("report", "No."),
    "candidate": NC_("report", "Candidate"),
    "passed": NC_("report", "Yes"),
    "passed_of": N_("{n} of {total}"),
    "failed": NC_("report", "No to questions"),
    "open": N_("Don't know or not answered"),
    "fills": NC_("report", "Fills the gap"),
    "decision": NC_("report", "Decision"),
    "questions_title": NC_("report", "The 14 questions"),
    "no_candidates_sheet": N_("No candidates have been assessed yet. netkort analyse --kandidater "
        "candidates.xlsx writes the gaps' candidates from the network into a workbook, ready to answer the "
        "questions."),
    "gap_covered": N_("{space}: has a partnership"),
    "gap_link": N_("{space}: {kind}"),
    "gap_cell": N_("{row} in the {space}: {kind}"),
    "via_network": N_("candidate in the network"),
    "not_in_gap": NC_("report", "no gap recognised"),
    "candidates_not_assessed": N_("Not assessed (none of the 14 questions answered):"),
    "checklist_unused": N_("Not used from the checklist:"),
    "unused_unknown": N_("not among the contacts"),
    "unused_suggest": N_("did you mean '{name}'?"),
    "unused_level": N_("is a {level}, not a partnership"),
    "unused_no_level": N_("has no relation level"),
    "more_candidates": Nn_("{n} candidate has been assessed with the guide's 14 questions",
        "{n} candidates have been assessed with the guide's 14 questions"),
    "sheet_checklist": NC_("report sheet", "Checklist"),
    "sheet_choose": NC_("report sheet", "Candidate ranking"),
    "reviewed": NC_("report", "Reviewed"),
    "yes": NC_("report", "yes"),
    "no": NC_("report", "no"),
})


def short_pattern(lang: str = "da") -> str:
    """The numeric date as ``lang`` writes it, as a CLDR pattern: 'dd-MM-yyyy' (da), 'yyyy-MM-dd' (en)."""
    # TRANSLATORS: the short numeric date on the report's tables and in its spreadsheet, as a CLDR
    # date pattern (dd day, MM month, yyyy year): Danish dd-MM-yyyy, Norwegian dd.MM.yyyy (Språkrådet),
    # Swedish yyyy-MM-dd (ISO 8601, as Swedish writes dates). Keep the two-digit day and month.
    return pgettext("date pattern", "yyyy-MM-dd", lang)


def short_date(day: dt.date | None, lang: str = "da") -> str:
    """'01-10-2025' (Danish), '01.10.2025' (Norwegian) or '2025-10-01' (Swedish, English)."""
    if day is None:
        return ""
    from babel.dates import format_date as babel_date

    from .i18n import LOCALES

    return babel_date(day, short_pattern(lang), locale=LOCALES[lang])


def _space_name(space: str, lang: str) -> str:
    """A space's name inside a sentence: English writes 'the inspiration space' with a small letter."""
    label = SPACE_LABELS[lang][space]
    # TRANSLATORS: answer 'lower' if your language writes a space's name with a small first letter
    # inside a sentence ('the inspiration space has no actors'), or 'keep' if it keeps the capital of
    # the label ('Inspirationsrummet har ingen aktører'). Only these two words are understood.
    if pgettext("space name in a sentence", "lower", lang) == "lower":
        label = label[0].lower() + label[1:]
    return label


def say(lang: str, key: str, n: int, **values: object) -> str:
    """A text with a count in it, in the form the count takes in ``lang`` (ngettext)."""
    return translate(TEXT.msgids[key], lang, count=n).format(n=number(n, lang), **values)


def headline(analysis: Analysis, lang: str = "da") -> list[str]:
    """The answer the report opens with, as clauses: spaces with partners, each gap, key-person risk."""
    t = TEXT[lang]
    summary, total = analysis.summary, len(SPACES)
    n = len(summary.spaces_with_partnership)
    parts = [t["all_spaces"].format(total=total) if n == total
             else say(lang, "spaces_with", n, total=total)]
    for gap in analysis.coverage.gaps:
        parts.append(t[f"gap_{gap.kind}"].format(space=_space_name(gap.space, lang)))
    if summary.key_person:
        parts.append(say(lang, "headline_key_person", summary.key_person))
    parts[0] = parts[0][0].upper() + parts[0][1:]
    return parts


def summary_sentence(analysis: Analysis, lang: str = "da") -> str:
    """The headline as one sentence: '3 af 4 rum har partnere; Det performative rum har kun …'."""
    return "; ".join(headline(analysis, lang)) + "."


def findings(analysis: Analysis, lang: str = "da") -> list[tuple[str, str]]:
    """Further findings after the headline, as (text, section anchor), only those with a count."""
    s = analysis.summary
    items = [("missing_agreement", s.missing_agreement, "care"), ("evaluation_due", s.evaluation_due, "care"),
             ("no_staff", s.no_staff, "care"), ("not_contributing", s.not_contributing, "coverage"),
             ("stale", s.stale, "care"), ("multi_staff", s.multi_staff, "care"),
             ("duplicates", s.duplicates, "care"), ("not_assessed", s.not_assessed, "interest")]
    checked = analysis.checklist
    items += [("checklist", len([r for r in checked.incomplete if r.reviewed]), "checklist"),
              ("not_reviewed", len(checked.not_reviewed), "checklist"),
              ("candidates", len(analysis.candidates.assessed), "choose")]
    return [(say(lang, f"more_{key}", count, months=s.stale_months), anchor)
            for key, count, anchor in items if count]


# --- view model ---------------------------------------------------------------------------------

def _shade(count: int, top: int) -> int:
    """A heat class 0-5 for a count, relative to the largest count in its table."""
    if count <= 0 or top <= 0:
        return 0
    return max(1, min(5, math.ceil(5 * count / top)))


def _space_rows(cover: Coverage, lang: str) -> list[dict]:
    """Rows of the space × level heat table; each level column is shaded against its own maximum."""
    top = {lvl: max(cover.counts(space)[lvl] for space in SPACES) for lvl in LEVELS}
    rows = []
    for space in SPACES:
        counts, gap = cover.counts(space), cover.gap(space)
        rows.append({"space": space, "label": SPACE_LABELS[lang][space],
                     "aims": " + ".join(AIM_LABELS[lang][a] for a in SPACE_AIMS[space]),
                     "cells": [{"level": lvl, "count": counts[lvl], "shade": _shade(counts[lvl], top[lvl])}
                               for lvl in LEVELS],
                     "gap": gap.kind if gap else None})
    return rows


def _cell_rows(table: dict, gaps: list[CellGap], labels: dict[str, str] | None) -> list[dict]:
    kinds = {(g.row, g.space): g.kind for g in gaps}
    rows = []
    for row, cells in table.items():
        rows.append({"label": labels.get(row, row) if labels else row,
                     "cells": [{"counts": [cells[s][lvl] for lvl in reversed(LEVELS)],
                                "gap": kinds.get((row, s))} for s in SPACES]})
    return rows


def _aim_rows(cover: Coverage, lang: str) -> list[dict]:
    top = {lvl: max(counts[lvl] for counts in cover.aims.values()) for lvl in LEVELS}
    return [{"label": AIM_LABELS[lang][aim],
             "spaces": ", ".join(SPACE_LABELS[lang][s] for s in SPACES if aim in SPACE_AIMS[s]),
             "cells": [{"count": cover.aims[aim][lvl], "shade": _shade(cover.aims[aim][lvl], top[lvl])}
                       for lvl in LEVELS]} for aim in AIMS]


def _scatter(scores: Interest) -> dict:
    """Coordinates for the influence × interest plot; equal scores spread on a sunflower spiral."""
    size, margin = 420, 48
    unit = size / 5
    cells: dict[tuple[int, int], list] = {}
    for item in sorted(scores.actors, key=lambda a: a.name):
        cells.setdefault((item.interest, item.influence), []).append(item)
    points = []
    golden = math.pi * (3 - math.sqrt(5))
    for (x_score, y_score), items in sorted(cells.items()):
        k = len(items)
        radius = max(2.5, min(6.0, unit * 0.22 / math.sqrt(k)))
        cx, cy = margin + (x_score - 0.5) * unit, margin + (5.5 - y_score) * unit
        for i, item in enumerate(items):
            r = 0 if k == 1 else unit * 0.36 * math.sqrt((i + 0.5) / k)
            angle = i * golden
            points.append({"x": round(cx + r * math.cos(angle), 1), "y": round(cy + r * math.sin(angle), 1),
                           "r": round(radius, 1), **level_mark(item.level, radius),
                           "name": item.name, "influence": item.influence, "interest": item.interest})
    # the strongest relations are drawn last, so their rings stay whole where marks overlap
    points.sort(key=lambda p: RINGS.get(p["level"], 0))
    line = (scores.threshold - 1) * unit  # between threshold-1 and threshold
    return {"width": size + margin * 2, "height": size + margin * 2 + 26, "margin": margin, "size": size,
            "unit": unit, "ticks": [{"score": s, "pos": round(margin + (s - 0.5) * unit, 1),
                                     "ypos": round(margin + (5.5 - s) * unit, 1)} for s in range(1, 6)],
            "line_x": round(margin + line, 1), "line_y": round(margin + size - line, 1),
            "show_line": scores.threshold > 1, "points": points,
            "unknown": any(point["level"] is None for point in points)}


def level_mark(level: str | None, radius: float) -> dict:
    """How an actor's mark shows its level besides colour: the fill, the rings around the dot
    (their radii) and whether its outline is dashed (unknown level)."""
    level = level if level in RINGS else None
    gap = max(1.8, radius * 0.45)
    return {"level": level, "color": LEVEL_COLORS[level],
            "rings": [round(radius + gap * (n + 1), 1) for n in range(RINGS[level])],
            "dashed": level is None}


def _checklist_rows(analysis: Analysis, lang: str) -> list[dict]:
    """Rows of the checklist heat table: a cell per heading with its answer's word and whether netkort
    filled it in; the words of what the partnership lacks."""
    labels = ANSWER_LABELS[lang]
    rows = []
    for review in analysis.checklist.reviews:
        cells = [{"heading": h, "value": a.value, "auto": a.by == "netkort",
                  "word": labels.get(a.value, "") if a.value else ""} for h, a in review.answers.items()]
        rows.append({"review": review, "cells": cells,
                     "missing": ", ".join(heading_name(h, lang) for h in review.missing),
                     "partly": ", ".join(heading_name(h, lang) for h in review.partly),
                     "filled_in": ", ".join(f"{heading_name(h, lang)} ({_shown(review.answers[h].shown, lang)})"
                                            for h in review.filled_in),
                     "sentence": sentence(review, lang)})
    return rows


# What netkort read a checklist answer from, in the table of what it filled in.
_EVIDENCE = Labels({
    "agreement": NC_("evidence", "written agreement"), "next_evaluation": NC_("evidence", "next evaluation"),
    "staff": NC_("evidence", "responsible staff member"), "contact_person": NC_("evidence", "contact person"),
    "purpose": NC_("evidence", "purpose"), "spaces": NC_("evidence", "spaces"),
    "groups": NC_("evidence", "target groups"),
})


def _shown(evidence: tuple[str, ...], lang: str) -> str:
    return ", ".join(_EVIDENCE[lang][e] for e in evidence)


def gap_text(link: GapLink, lang: str = "da") -> str:
    """A candidate's gap in words: 'Det performative rum: kun netværk', 'unge i Møderummet: intet partnerskab'."""
    t = TEXT[lang]
    space = SPACE_LABELS[lang][link.space]
    row = SECTOR_LABELS[lang].get(link.row, link.row) if link.by == "sector" else link.row
    if link.kind is None:
        text = t["gap_covered"].format(space=space) if link.by == "space" else \
            t["gap_cell"].format(row=row, space=space[0].lower() + space[1:], kind=t["covered"])
    elif link.by == "space":
        text = t["gap_link"].format(space=space, kind=t[f"kind_{link.kind}"])
    else:
        text = t["gap_cell"].format(row=row, space=space[0].lower() + space[1:], kind=t[f"kind_{link.kind}"])
    return text + (f" ({t['via_network']})" if link.via == "network" else "")


def questions_text(numbers: list[int], lang: str = "da", short: bool = True) -> str:
    """'7 publikum og kontaktflade, 12 kompetenceudvikling' (or just '3, 14')."""
    return ", ".join(f"{n} {QUESTION_SHORT[lang][n - 1]}" if short else str(n) for n in numbers)


def _candidate_rows(analysis: Analysis, lang: str) -> list[dict]:
    t = TEXT[lang]
    return [{"a": item, "passed": t["passed_of"].format(n=item.passed, total=len(QUESTIONS)),
             "failed": questions_text(item.failed, lang), "open": questions_text(item.open, lang, short=False),
             "gaps": [gap_text(g, lang) for g in item.gaps] or ([t["not_in_gap"]] if item.fills else []),
             "decision": DECISION_LABELS[lang][item.decision] if item.decision else ""}
            for item in analysis.candidates.assessed]


def unused_text(unused, lang: str = "da") -> str:
    """"Cafe Krogen (Tjekliste række 5: findes ikke blandt kontakterne; mente du 'Café Krogen'?)":
    a row of the sheet Tjekliste that matches no partnership."""
    t = TEXT[lang]
    if unused.reason == "unknown":
        why = t["unused_unknown"] + ("; " + t["unused_suggest"].format(name=shown_name(unused.suggestion, lang))
                                     if unused.suggestion else "")
    elif unused.level in LEVEL_LABELS[lang]:
        why = t["unused_level"].format(level=LEVEL_LABELS[lang][unused.level])
    else:
        why = t["unused_no_level"]
    name = shown_name(unused.name, lang)
    if not unused.source:
        return f"{name} ({why})"
    where = gettext(N_("{sheet} row {row}"), lang).format(sheet=unused.source.sheet, row=unused.source.row)
    return f"{name} ({where}: {why})"


def in_language(text: str, language: str, page: str) -> Markup:
    """``text`` in ``language`` on a page in ``page``, marked with ``lang`` when they differ (WCAG
    3.1.2), so a screen reader speaks "betweenness" in English on a Danish page."""
    if language == page:
        return Markup(escape(text))
    return Markup('<span lang="{}">{}</span>').format(language, text)


def _staff_bars(analysis: Analysis) -> dict:
    loads = analysis.care.staff_load
    top = max((load.total for load in loads), default=0) or 1
    width, row = 360, 22
    bars = []
    for i, load in enumerate(loads):
        x, segments = 0.0, []
        for level in reversed(LEVELS):
            w = width * load.levels[level] / top
            segments.append({"x": round(x, 1), "w": round(w, 1), "color": LEVEL_COLORS[level],
                             "level": level, "count": load.levels[level]})
            x += w
        other = load.total - sum(load.levels.values())
        if other:
            w = width * other / top
            segments.append({"x": round(x, 1), "w": round(w, 1), "color": LEVEL_COLORS[None],
                             "level": None, "count": other})
        bars.append({"name": load.name, "department": load.department or "", "total": load.total,
                     "y": i * row, "segments": segments, "levels": load.levels})
    return {"width": width, "row": row, "height": max(1, len(loads)) * row, "bars": bars,
            "unknown": any(seg["level"] is None for bar in bars for seg in bar["segments"] if seg["w"] > 0)}


def context(analysis: Analysis, lang: str = "da", files: list[str] | tuple[str, ...] = ()) -> dict:
    """Everything the template shows, computed here so the template only lays it out."""
    t = TEXT[lang]
    cover, scores, s = analysis.coverage, analysis.interest, analysis.summary
    board = scores.by_quadrant()
    low = scores.threshold - 1
    threshold_note = (t["threshold_all"] if scores.threshold <= 1 else t["threshold_note"].format(
        t=scores.threshold, low=low, side=t["side_low"] if scores.threshold > 3 else t["side_high"]))
    return {
        "lang": lang, "t": t, "a": analysis, "s": s, "version": __version__,
        "files": Given(", ".join(Path(f).name for f in files)),  # the user's own file names: not masked
        "as_of": long_date(s.as_of, lang), "headline": summary_sentence(analysis, lang),
        "findings": findings(analysis, lang),
        "levels": LEVELS, "level_labels": LEVEL_LABELS[lang], "level_colors": LEVEL_COLORS,
        "space_labels": SPACE_LABELS[lang], "sector_labels": SECTOR_LABELS[lang],
        "agreement_labels": AGREEMENT_LABELS[lang], "answer_labels": ANSWER_LABELS[lang],
        "space_rows": _space_rows(cover, lang), "aim_rows": _aim_rows(cover, lang),
        "group_rows": _cell_rows(cover.groups, cover.group_gaps, None),
        "sector_rows": _cell_rows(cover.sectors, cover.sector_gaps, SECTOR_LABELS[lang]),
        "spaces": SPACES,
        "quadrants": [{"id": q, "label": QUADRANT_LABELS[lang][q], "english": QUADRANT_LABELS["en"][q],
                       "where": _where(q, lang),
                       "strategy": QUADRANT_STRATEGIES[lang][q], "items": board[q][:MAX_NAMES],
                       "count": len(board[q]), "more": max(0, len(board[q]) - MAX_NAMES)}
                      # board order: top row high influence (low, high interest), then low influence
                      for q in ("keep-satisfied", "manage-closely", "monitor", "keep-informed")],
        "threshold_note": threshold_note, "scatter": _scatter(scores),
        "staff_bars": _staff_bars(analysis), "max_rows": MAX_ROWS, "max_names": MAX_NAMES,
        "num": lambda v: number(v, lang), "date": lambda d: short_date(d, lang),
        "percent": lambda share: percent(share, lang),
        "join": lambda items: joined_names(items, lang),
        "reason": lambda candidate: _reason(candidate.reason, candidate.spaces, lang),
        "say": lambda key, n, **values: say(lang, key, n, **values),
        "show_library": s.library != LIBRARY_NAME,
        "colors": COLORS, "rings": RINGS, "mark": level_mark,
        "foreign": lambda text, language: in_language(text, language, lang),
        "care_intro": Markup(escape(t["care_intro"])).format(
            guide=in_language("Byg partnerskaber!", "da", lang)),
        "brokers_intro": Markup(escape(t["brokers_intro"])).format(
            betweenness=in_language("betweenness", "en", lang)),
        "brokers_sampled": lambda k: Markup(escape(t["brokers_sampled"])).format(
            k=k, betweenness=in_language("betweenness", "en", lang)),
        "checklist_intro": Markup(escape(t["checklist_intro"])).format(
            guide=in_language("Byg partnerskaber!", "da", lang)),
        "choose_intro": Markup(escape(t["choose_intro"])).format(
            guide=in_language("Byg partnerskaber!", "da", lang)),
        "headings": CHECKLIST, "heading_labels": CHECKLIST_LABELS[lang], "heading_short": CHECKLIST_SHORT[lang],
        "checklist_rows": _checklist_rows(analysis, lang),
        "checklist_sheet": bool(analysis.checklist.reviews) and any(r.reviewed for r in analysis.checklist.reviews),
        "candidate_rows": _candidate_rows(analysis, lang), "questions": QUESTION_TEXTS[lang],
        "candidates_not_assessed": analysis.candidates.not_assessed,
        "checklist_unused": [unused_text(u, lang) for u in analysis.checklist.unused],
    }


def joined_names(items, lang: str = "da") -> Markup:
    """Names joined for the page, each masked and cut like a name; a long list stays whole."""
    return Markup(escape(", ".join(shown_name(str(item), lang) for item in items)))


# Where a quadrant lies on the board, in words (a whole phrase each: an adjective agrees with its noun).
WHERE = Labels({
    # TRANSLATORS: the stakeholder grid's axes (Mendelow 1991): nb 'innflytelse'/'interesse' (UNN, Digdir),
    # sv 'inflytande'/'intresse' with 'stort/litet inflytande', 'högt/lågt intresse' (Avdragslexikon,
    # "Mendelows matris": "Stort inflytande, lågt intresse").
    "manage-closely": N_("high influence · high interest"),
    "keep-satisfied": N_("high influence · low interest"),
    "keep-informed": N_("low influence · high interest"),
    "monitor": N_("low influence · low interest"),
})


def _where(quadrant: str, lang: str) -> str:
    """'høj indflydelse · lav interesse' for a quadrant."""
    return WHERE[lang][quadrant]


def write_report(analysis: Analysis, path: Path | str, lang: str = "da",
                 files: list[str] | tuple[str, ...] = ()) -> Path:
    """Write the HTML report of ``analysis`` to ``path``."""
    from .render import write_page

    return write_page(path, "report.html", **context(analysis, lang, files))


# --- xlsx -----------------------------------------------------------------------------------------

def sheets(analysis: Analysis, lang: str = "da") -> list[tuple[str, list[str], list[list]]]:
    """Every table of the report as (sheet title, headers, rows), in reading order."""
    t, s = TEXT[lang], analysis.summary
    cover, scores, care_list, shape = analysis.coverage, analysis.interest, analysis.care, analysis.structure
    lv, sp = LEVEL_LABELS[lang], SPACE_LABELS[lang]
    kind = {k: t[f"kind_{k}"] for k in ("uncovered", "no-cooperation-or-partnership", "no-partnership")}
    levels = [lv[lvl].capitalize() for lvl in LEVELS]

    def names(items) -> str:
        return ", ".join(items)

    def level(value) -> str:
        return lv.get(value, "") if value else ""

    summary_rows = [[t["answer"], summary_sentence(analysis, lang)]]
    summary_rows += [[text, ""] for text, _ in findings(analysis, lang)]
    summary_rows += [[t["fig_actors"], s.actors], [t["fig_staff"], s.staff]]
    summary_rows += [[t[f"fig_{lvl}"], s.levels[lvl]] for lvl in reversed(LEVELS)]
    summary_rows += [[t["fig_unknown"], s.unknown_level], [t["as_of_label"], s.as_of]]
    if s.tag:
        summary_rows.append([t["tag"].format(tag=s.tag), ""])
    return [
        (t["sheet_summary"], [t["figure"], t["value"]], summary_rows),
        (t["sheet_spaces"], [t["space"], t["aims"], *levels, t["gap"]],
         [[sp[space], " + ".join(AIM_LABELS[lang][a] for a in SPACE_AIMS[space]),
           *cover.counts(space).values(), kind[g.kind] if (g := cover.gap(space)) else ""]
          for space in SPACES]),
        (t["sheet_candidates"], [t["space"], t["gap"], t["actor"], t["level"], t["influence"],
                                 t["interest"], t["known_by"], t["why"]],
         [[sp[gap.space], kind[gap.kind], c.name, level(c.level), c.influence, c.interest, names(c.staff),
           _reason(c.reason, c.spaces, lang)] for gap in cover.gaps for c in gap.candidates]),
        (t["sheet_aims"], [t["aims"], t["space"], *levels],
         [[AIM_LABELS[lang][aim], ", ".join(sp[x] for x in SPACES if aim in SPACE_AIMS[x]),
           *cover.aims[aim].values()] for aim in AIMS]),
        (t["sheet_groups"], [t["group"], t["space"], *levels, t["gap"]],
         _cell_sheet(cover.groups, cover.group_gaps, None, lang)),
        (t["sheet_sectors"], [t["sector"], t["space"], *levels, t["gap"]],
         _cell_sheet(cover.sectors, cover.sector_gaps, SECTOR_LABELS[lang], lang)),
        (t["sheet_not_contributing"], [t["partnership"], t["staff_plural"]],
         [[item.name, names(item.staff)] for item in cover.not_contributing]),
        (t["sheet_interest"], [t["actor"], t["influence"], t["interest"], t["quadrant"], t["strategy"],
                               t["level"]],
         [[a.name, a.influence, a.interest, QUADRANT_LABELS[lang][a.quadrant],
           QUADRANT_STRATEGIES[lang][a.quadrant], level(a.level)] for a in scores.actors]),
        (t["sheet_not_assessed"], [t["actor"]], [[name] for name in scores.not_assessed]),
        (t["sheet_key_person"], [t["partnership"], t["staff"]],
         [[item.name, names(item.staff)] for item in care_list.key_person]),
        (t["sheet_no_staff"], [t["partnership"]], [[item.name] for item in care_list.no_staff]),
        (t["sheet_missing_agreement"], [t["partnership"], t["agreement"], t["staff_plural"]],
         [[item.name, AGREEMENT_LABELS[lang]["none"] if item.agreement else t["not_given"],
           names(item.staff)] for item in care_list.missing_agreement]),
        (t["sheet_evaluation"], [t["partnership"], t["next_evaluation"], t["status"], t["staff_plural"]],
         [[item.name, item.next_evaluation, t[f"reason_{item.reason}"], names(item.staff)]
          for item in care_list.evaluation_due]),
        (t["sheet_stale"], [t["actor"], t["level"], t["last_contact"], t["months"], t["staff_plural"]],
         [[item.name, level(item.level), item.last_contact, item.months, names(item.staff)]
          for item in care_list.stale]),
        (t["sheet_multi_staff"], [t["actor"], t["level"], t["staff_plural"]],
         [[item.name, level(item.level), names(item.staff)] for item in care_list.multi_staff]),
        (t["sheet_duplicates"], [t["name"], t["looks_like"], t["similarity"]],
         [[*item.names, item.score] for item in care_list.duplicates]),
        (t["sheet_staff_load"], [t["staff"], t["department"], *levels, t["total"]],
         [[load.name, load.department or "", *load.levels.values(), load.total]
          for load in care_list.staff_load]),
        (t["sheet_checklist"], [t["partnership"], t["reviewed"], *(CHECKLIST_LABELS[lang][h] for h in CHECKLIST),
                                t["missing"], t["partly"], t["filled_in"], t["staff_plural"]],
         [[row["review"].name, t["yes"] if row["review"].reviewed else t["not_reviewed"],
           *(c["word"] + (" *" if c["auto"] else "") for c in row["cells"]), row["missing"], row["partly"],
           row["filled_in"], names(row["review"].staff)] for row in _checklist_rows(analysis, lang)]),
        (t["sheet_choose"], [t["rank"], t["candidate"], t["passed"], t["failed"], t["open"], t["fills"],
                             t["decision"]],
         [[row["a"].rank, row["a"].name, row["a"].passed, row["failed"], row["open"], "; ".join(row["gaps"]),
           row["decision"]] for row in _candidate_rows(analysis, lang)]),
        (t["sheet_central"], [t["actor"], t["degree"]], [[r.name, r.value] for r in shape.central]),
        (t["sheet_brokers"], [t["actor"], t["betweenness"]], [[r.name, r.value] for r in shape.brokers]),
        (t["sheet_communities"], [t["community"], t["actors"], t["staff_plural"], t["main_space"],
                                  t["share"], t["themes"], t["examples"]],
         [[c.number, c.actors, names(c.staff), sp.get(c.space, "") if c.space else "", c.space_share,
           names(f"{tag} ({n})" for tag, n in c.tags), names(c.members)] for c in shape.communities]),
    ]


def _reason(reason: str, spaces: tuple[str, ...], lang: str) -> str:
    text = TEXT[lang][f"reason_{reason}"]
    return text.format(spaces=", ".join(SPACE_LABELS[lang][s] for s in spaces))


def _cell_sheet(table: dict, gaps: list[CellGap], labels: dict | None, lang: str) -> list[list]:
    kinds = {(g.row, g.space): TEXT[lang][f"kind_{g.kind}"] for g in gaps}
    return [[labels.get(row, row) if labels else row, SPACE_LABELS[lang][space],
             *cells[space].values(), kinds.get((row, space), "")]
            for row, cells in table.items() for space in SPACES]


def write_xlsx(analysis: Analysis, path: Path | str, lang: str = "da") -> Path:
    """Write every table to ``path``, one sheet per table. Text stays text, never a formula, and
    personal data typed into it is masked as on the page."""
    from .spreadsheet import add_table, new_workbook

    path = Path(path)
    date_format = short_pattern(lang).lower()  # Excel's own pattern letters: mm is the month after dd
    with new_workbook(path) as book:
        for title, headers, rows in sheets(analysis, lang):
            rows = [[mask(cell, lang) if isinstance(cell, str) else cell for cell in row] for row in rows]
            add_table(book, title, headers, rows, date_format=date_format)
    return path
