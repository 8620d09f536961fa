"""Headings, disclosures and groupings (by side, by round) that pages share."""

import re

from macros.common.headings import SECTIONS
from macros.render import words
from macros.render.dates import human_date_text
from macros.render.html_builder import EMPTY, Html, escape, join, tag
from macros.render.record_links import actor_link


def heading(level, text, anchor=None, href=None):
    """A Markdown heading (so it reaches the table of contents) whose data text stays inert;
    with href, the text links there (the table of contents keeps the text alone)."""
    # Backslashes before escaped text keep it escaped: the result is markup.
    inert = Html(re.sub(r"([\\`*_\[\]()!]|(?<!&)#)", r"\\\1", escape(text)))
    if href:
        inert = Html('<a href="{}">{}</a>').format(href, inert)
    return Html("{} {}").format(Html("#" * level), inert) + (
        Html(" {{#{}}}").format(anchor) if anchor else EMPTY
    )


def place(round_data):
    """Where a round met: 'Chiragan Palace, Istanbul', or the city alone."""
    return ", ".join(filter(None, [round_data.get("venue"), round_data["city"]]))


def section(level, anchor):
    """The heading of a section every page of its kind has (common.headings.SECTIONS), with its anchor."""
    return heading(level, words.t(SECTIONS[anchor]), anchor)


def round_sides(round_):
    """The states whose delegations met at a round, in its order: the groups of its by-side views."""
    return list(dict.fromkeys(d["side"] for d in round_.data["delegations"])) if round_ else []


def by_side(view, claims, sides, render):
    """Claims by side: a group per negotiating state (those given, else those that spoke here), then
    one for everyone else. An empty side is shown only beside one that spoke. render(claim) draws
    each as a list item."""
    negotiating = view.model.side_of_delegation.values()
    spoke = [view.model.side_of(claim) for claim in claims]
    columns = {
        side: [] for side in (sides or [s for s in dict.fromkeys(spoke) if s in negotiating])
    }
    others = []
    for claim, side in zip(claims, spoke, strict=True):
        columns.get(side, others).append(claim)
    cells = []
    if any(columns.values()):
        cells = [_side(actor_link(view, side), items, render) for side, items in columns.items()]
    if others:
        cells.append(_side(words.t("Others and the sources' own judgements"), others, render))
    return join(cells)


def _side(title, claims, render):
    body = (
        tag("ul", *(render(c) for c in claims), class_="claims")
        if claims
        else empty(words.t("Nothing recorded."))
    )
    return tag("h4", title, class_="side-title") + body


# What `make serve` shows in place of a written page with problems (its text is never read).
HELD_BACK_PAGE = "# Not shown until fixed\n\nThis page has problems, listed above.\n"


def problems_notice(problems):
    """Under `make serve`, while the data is broken: what is wrong, above a page built from the
    last data that validated. Empty when nothing is wrong."""
    if not problems:
        return EMPTY
    items = join(
        tag(
            "li",
            tag("code", f"{p.file}:{p.line}"),
            f" {p.field or '(file)'}: {p.wrong}; {p.expected}",
        )
        for p in problems
    )
    return tag(
        "div",
        tag(
            "p",
            tag("strong", f"{len(problems)} problem(s) to fix"),
            ": the pages show the last data that validated, and a written page with problems is"
            " not shown. Fix these and save; the page reloads.",
        ),
        tag("ul", items),
        class_="data-problems",
        role="alert",
    )


def disclosure(summary, *body):
    """Closed until asked for: one line of plain text (the control itself, so no links in it),
    then what it holds. Closed, its content takes no room and is not read as visible text."""
    return tag("details", tag("summary", summary), *body, class_="disclosure")


def empty(text):
    return tag("p", text, class_="empty")


def also_written(names, lead=None):
    """Other spellings as visible text, so that the site search finds the page by them; lead, a
    label other than 'Also written', in the edition's language already."""
    return (
        tag(
            "p",
            words.t("Also written") if lead is None else lead,
            ": ",
            join((tag("span", n, class_="alias") for n in names), ", "),
            class_="aliases",
        )
        if names
        else EMPTY
    )


def by_round(view, claims):
    """Claims grouped by round in round order, then those about no single round (round None)."""
    groups = {r.id: [] for r in view.model.rounds()}
    groups[None] = []
    for claim in claims:
        groups[claim.data.get("round") if claim.data.get("round") in groups else None].append(claim)
    return [(view.model["rounds"].get(key), items) for key, items in groups.items() if items]


def round_heading(view, round_, level=3, prefix="in"):
    """A heading per round group; claims about no single round go under 'Background'."""
    if round_ is None:
        return heading(level, words.t("Background and context"), f"{prefix}-background")
    return heading(
        level,
        f"{round_.data['name']} ({human_date_text(round_.data['date'])})",
        f"{prefix}-{round_.id}",
    )
