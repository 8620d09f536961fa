"""A record's earlier wordings on its page (a claim's texts, a round's, actor's or issue's
summaries), each linked to the page that keeps it (publish/versions.py), and the version
address a citation names."""

from macros.common import urls
from macros.render.dates import human_date_text
from macros.render.html_builder import EMPTY, join, link, tag
from macros.render.layout import disclosure

# What a record's wording is called, one and many; a page record's is its summary.
NOUNS = {"claims": ("wording", "wordings")}
SUMMARY = ("summary", "summaries")


def present(view, record):
    """The Wording the record has now, as committed; None where the history does not hold it."""
    found = view.model.wordings_of(record)
    return found[-1] if found else None


def earlier_section(view, record):
    """'Earlier wordings': the present one's version address, then, a click away, until when each
    earlier one stood, linked to its version page; empty when the record has had one wording. A
    claim's earlier texts are shown too; a summary's stay on their version pages, so that a
    round's page states no superseded figure or finding outside its claims."""
    found = view.model.wordings_of(record)
    if len(found) < 2:
        return EMPTY
    items = join(
        tag(
            "li",
            f"Until {human_date_text(after.day)}: ",
            f"“{before.text}” " if record.collection == "claims" else "",
            link(view.href(urls.version_url(record, before.version)), f"version {before.version}"),
        )
        for before, after in zip(found, found[1:], strict=False)
    )
    one, many = NOUNS.get(record.collection, SUMMARY)
    since = found[-1]
    now = tag(
        "p",
        f"This {one} since {human_date_text(since.day)}: ",
        link(view.href(urls.version_url(record, since.version)), f"version {since.version}"),
        ", the address that keeps it.",
    )
    heading = tag("h2", "Earlier wordings", data_search_exclude=True)
    return tag(
        "section",
        heading,
        now,
        disclosure(f"{len(found) - 1} earlier {many if len(found) > 2 else one}", tag("ul", items)),
        class_="record-wordings",
        data_search_exclude=True,
    )
