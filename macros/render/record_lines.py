"""One-line entries for commitments and events, linked to where each is told in full."""

from macros.common import urls
from macros.model import statuses
from macros.render import words
from macros.render.dates import event_date, human_date
from macros.render.html_builder import Html, join, link, tag
from macros.render.record_links import round_link
from macros.render.source_markers import markers
from macros.render.status_words import derived_status


def commitment_line(view, commitment):
    """What was committed and its latest derived status, who says what, linked to the commitments tracker."""
    data = commitment.data
    report, derived = statuses.latest(view.model, commitment)
    status = join(
        [words.t("as of"), " ", human_date(report["date"]), ": ", derived_status(view, derived)]
    )
    text = link(view.href(urls.record_url(commitment)), data["text"])
    round_ = view.model["rounds"][data["round"]]
    here = view.url == urls.record_url(
        round_
    )  # on its round's own page, the round goes without saying
    return tag(
        "li",
        join([text, None if here else round_link(view, data["round"]), status], " · "),
        class_="commitment-line",
    )


def commitment_lines(view, commitments):
    return tag("ul", *(commitment_line(view, c) for c in commitments), class_="commitment-lines")


def event_line(view, event):
    """The event's date and title, linked to its entry on the timeline, which tells the rest."""
    data = event.data
    title = link(view.href(urls.record_url(event)), data["title"])
    return tag(
        "li",
        Html("{}: {}.{}").format(event_date(data), title, markers(view, data["sources"])),
        class_="event-line",
    )
