"""A claim's earlier wordings on its page, each linked to the page that keeps it
(publish/versions.py), and the version address a citation names."""

from macros.common import urls
from macros.render.dates import human_date_text
from macros.render.html_builder import EMPTY, join, link, tag


def present(view, claim):
    """The Wording the claim has now, as committed; None where the history does not hold it."""
    found = view.model.wordings_of(claim)
    return found[-1] if found else None


def earlier_section(view, claim):
    """'Earlier wordings': until when each read how, linked to its version page; empty when the
    claim has had one wording."""
    found = view.model.wordings_of(claim)
    if len(found) < 2:
        return EMPTY
    items = join(
        tag(
            "li",
            f"Until {human_date_text(after.day)}: “{before.text}” ",
            link(
                view.href(urls.claim_version_url(claim.id, before.version)),
                f"version {before.version}",
            ),
        )
        for before, after in zip(found, found[1:], strict=False)
    )
    since = found[-1]
    now = tag(
        "p",
        f"This wording since {human_date_text(since.day)}: ",
        link(
            view.href(urls.claim_version_url(claim.id, since.version)), f"version {since.version}"
        ),
        ", the address to cite.",
    )
    heading = tag("h2", "Earlier wordings", data_search_exclude=True)
    return tag(
        "section", heading, now, tag("ul", items), class_="claim-wordings", data_search_exclude=True
    )
