"""The timeline page: every event by date, as a vertical line of dated entries.

Approximate dates say so, and a date worked out from a relative phrase ('last
week') shows the phrase and the source whose date it was resolved against.
"""

from macros.render import words
from macros.render.correction_notes import corrected_mark
from macros.render.dates import event_date, human_date, month_text
from macros.render.html_builder import join, tag
from macros.render.layout import empty, heading
from macros.render.record_links import links, round_link
from macros.render.rich_text import rich
from macros.render.source_markers import markers, source_link
from macros.views import phrase


def timeline(view):
    """All events, oldest first (the validator keeps data/events.yaml in that order), by month."""
    events = list(view.model["events"].values())
    if not events:
        return empty(words.t("No events are recorded yet."))
    months = {}
    for event in events:
        months.setdefault(event.data["date"][:7], []).append(event)
    # Months are Markdown headings, so that the page's contents list them.
    return join((_month(view, month, items) for month, items in months.items()), "\n\n")


def _month(view, month, events):
    title = heading(2, month_text(month), f"month-{month}")
    return join([title, tag("ol", *(_entry(view, e) for e in events), class_="timeline")], "\n\n")


def _entry(view, event):
    data = event.data
    body = [
        tag("p", event_date(data), class_="timeline-date"),
        tag("h3", rich(view, data["title"]), class_="timeline-title"),
    ]
    if "as_written" in data or "resolved_from" in data:
        body.append(tag("p", _resolution(view, data), class_="timeline-resolved"))
    if "text" in data:
        body.append(tag("p", rich(view, data["text"])))
    related = _related(view, data)
    if related:
        body.append(tag("p", related, class_="timeline-related"))
    sources = markers(view, data["sources"])
    body.append(
        tag(
            "p",
            words.t("Sources: "),
            sources,
            corrected_mark(view, event),
            class_="timeline-sources",
        )
    )
    classes = (
        "timeline-event"
        + (" timeline-event--round" if "round" in data else "")
        + (" timeline-event--approximate" if data.get("approximate") else "")
    )
    return tag("li", *body, id=event.id, class_=classes)


def _resolution(view, data):
    """'The source wrote “last week”; resolved against the date of the [source], 22 July 2025.', or
    for an undated source, that the date is our reading."""
    parts = []
    if "as_written" in data:
        parts.append(
            phrase(words.t("The source wrote {quote}"), quote=tag("q", data["as_written"]))
        )
    if "resolved_from" in data:
        source, name = (
            view.model["sources"][data["resolved_from"]].data,
            source_link(view, data["resolved_from"]),
        )
        if source["date"] == "unknown":
            undated = words.t(
                "the {source} is undated, so this date is our reading of the events it reports"
            )
            parts.append(phrase(undated, source=name))
        else:
            resolved = words.t("resolved against the date of the {source}, {date}")
            parts.append(phrase(resolved, source=name, date=human_date(source["date"])))
    return join(parts, "; ") + "."


def _related(view, data):
    parts = []
    if "round" in data:
        parts.append(words.t("Round: ") + round_link(view, data["round"]))
    if data.get("actors"):
        parts.append(words.t("Who: ") + links(view, "actors", data["actors"]))
    if data.get("issues"):
        parts.append(words.t("Issues: ") + links(view, "issues", data["issues"]))
    return join(parts, " · ")
