"""A record's earlier wordings on its page (a claim's texts, a round's, actor's or issue's
summaries), each linked to the page that keeps it (publish/versions.py), and the version
address a citation names."""

from macros.common import urls
from macros.render import edition_notes, words
from macros.render.dates import human_date_text
from macros.render.html_builder import EMPTY, join, link, tag
from macros.render.layout import disclosure


def present(view, record):
    """The Wording the record has now, as committed; None where the history does not hold it."""
    found = view.model.wordings_of(record)
    return found[-1] if found else None


def earlier_section(view, record):
    """'Earlier wordings', a click away: the present one's version address, then until when each
    earlier one stood, linked to its version page; empty when the record has had one wording. A
    claim's earlier texts are shown too; a summary's stay on their version pages, so that a
    round's page states no superseded figure or finding outside its claims."""
    found = view.model.wordings_of(record)
    if len(found) < 2:
        return EMPTY
    claim = record.collection == "claims"  # a page record's wording is its summary
    items = join(
        tag(
            "li",
            words.t("Until {date}: ", date=human_date_text(after.day)),
            join([words.t("“"), edition_notes.kept_in_english(before.text), words.t("”"), " "])
            if claim
            else "",
            _version_link(view, record, before.version),
        )
        for before, after in zip(found, found[1:], strict=False)
    )
    since = found[-1]
    day = human_date_text(since.day)
    now = tag(
        "p",
        words.t("This wording since {date}: ", date=day)
        if claim
        else words.t("This summary since {date}: ", date=day),
        _version_link(view, record, since.version),
        words.t(", the address that keeps it."),
    )
    earlier = len(found) - 1
    heading = tag("h2", words.t("Earlier wordings"), data_search_exclude=True)
    return tag(
        "section",
        heading,
        disclosure(
            words.n(earlier, "{n} earlier wording", "{n} earlier wordings")
            if claim
            else words.n(earlier, "{n} earlier summary", "{n} earlier summaries"),
            now,
            tag("ul", items),
        ),
        class_="record-wordings",
        data_search_exclude=True,
    )


def _version_link(view, record, version):
    """'version 3f2a1b0', linked to the page that keeps that wording."""
    return link(
        view.href(urls.version_url(record, version)), words.t("version {version}", version=version)
    )
