"""A record's corrections where it stands: its line wherever it is listed (a claim, commitment,
disagreement, event or source) says when it was corrected, and the page of the record, or the
claim's own page, says what changed and why (data/corrections.yaml; the Corrections page lists
them all)."""

from macros.common import urls
from macros.common.headings import SECTIONS
from macros.render import dates, layout, rich_text, words
from macros.render.html_builder import EMPTY, join, link, tag


def corrected_mark(view, record):
    """' · Corrected 21 November 2026', linked to the log, closing a record's line; empty for a
    record never corrected."""
    found = _newest(view, record, class_="corrected")  # no wrapper: a round page has many
    return join([" · ", found]) if found else EMPTY


def corrected_line(view, record):
    """'Corrected 21 November 2026', linked to the log, as a line of its own (above a source's
    facts); empty for a record never corrected."""
    found = _newest(view, record)
    return tag("p", found, class_="corrected") if found else EMPTY


def _newest(view, record, **attrs):
    """A link to the record's newest correction in the log, or None."""
    logged = view.model.corrections_by_record.get(record.id)
    if not logged:
        return None
    newest = logged[-1]
    href = view.href(f"{urls.ANCHORED['corrections']}#{newest.id}")
    said = words.t("Corrected {date}", date=dates.human_date_text(newest.data["date"]))
    return link(href, said, **attrs)


def corrections_section(view, record, closed=False):
    """'Corrected on DATE: what. Why: why.' for each correction of the record, oldest first, in a
    section of its own (one block of HTML: on a claim's page a Markdown heading would split its
    one search entry); empty for a record never corrected. Closed (a long page: a round's, an
    actor's, an issue's), the list is a click away under how many there are and the latest date."""
    logged = view.model.corrections_by_record.get(record.id)
    if not logged:
        return EMPTY
    items = join(
        tag(
            "li",
            words.t("Corrected on {date}: ", date=dates.human_date_text(c.data["date"])),
            rich_text.rich(view, c.data["what"]),
            " ",
            words.t("Why: "),
            rich_text.rich(view, c.data["why"]),
        )
        for c in logged
    )
    heading = tag(
        "h2", words.t(SECTIONS["corrections"]), id="corrections", data_search_exclude=True
    )
    listed = tag("ul", items)
    if closed:
        latest = dates.human_date_text(logged[-1].data["date"])
        summary = (
            words.t("1 correction, on {date}", date=latest)
            if len(logged) == 1  # a language's 'one' form serves 21 too: 21 are not of one date
            else words.n(
                len(logged),
                "{n} correction, the latest on {date}",
                "{n} corrections, the latest on {date}",
                date=latest,
            )
        )
        listed = layout.disclosure(summary, listed)
    return tag("section", heading, listed, class_="record-corrections")
