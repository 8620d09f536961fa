"""A page of its own for every claim (claims/<id>/), made from the data alone.

Its title is the claim, so that a link to it, pasted into a chat or an article,
previews the claim itself; its description says whose it is and who reports it. It shows who said it, the
sources' words, the disagreements it is part of and its place on its round's
page, and how to cite, embed and correct it. There are hundreds, so they stay
out of the navigation: each claim's evidence links here, and the sitemap and
the search index list them all.
"""

from macros.common import urls
from macros.pages.record_pages import PageSpec, document
from macros.render import claim_blocks as cb
from macros.render import (
    claim_cite,
    correction_notes,
    dates,
    page_view,
    record_links,
    rich_text,
    source_markers,
    status_words,
    wording_history,
    words,
)
from macros.render.html_builder import escape, join, link, tag

SECTION = (
    "Claims"  # the PageSpec section; never shown (these pages are in no navigation): not translated
)
SEARCH_BOOST = 0.5  # a claim ranks below the round, actor and issue pages it belongs to


def all_pages(model):
    """One PageSpec per claim; adding a claim adds its page."""
    return [page(model, claim) for claim in [*model["claims"].values(), *model.withdrawn.values()]]


def page(model, claim):
    url = urls.claim_page_url(claim.id)
    text = claim.data["text"]
    view = page_view.View(model, url)
    content = document(
        text, blocks(view, claim), description=description(view, claim), boost=SEARCH_BOOST
    )
    return PageSpec(url.rstrip("/") + ".md", text, content, claim.file, SECTION)


def description(view, claim):
    """What a link preview says under the claim: whose it is, who reports it, what the page holds."""
    data = claim.data
    who = record_links.speaker_name(view, claim)
    kind = status_words.kind_word(data["kind"])
    if who:
        kind = words.t("{kind} by {who}", kind=kind, who=who)
    reported = words.t(" and ").join(source_markers.source_names(view, data["sources"]))
    return words.t(
        "Claim {id}: {kind}, as reported by {reported}; the sources' words, how to cite it.",
        id=claim.id,
        kind=kind,
        reported=reported,
    )


def blocks(view, claim):
    """The claim's page below its title (the claim): each block one line of safe HTML."""
    data = claim.data
    note = (
        tag("p", words.t("Our note:"), " ", rich_text.rich(view, data["note"]), class_="claim-note")
        if "note" in data
        else ""
    )
    return [
        withdrawn_notice(claim),
        tag("p", context_line(view, claim), class_="claim-page-context", data_search_exclude=True),
        tag("p", cb.about(view, claim), class_="claim-by"),
        note,
        # In the search index: the claim (the title), who said it, its figures and the quotes.
        tag(
            "section",
            tag("h2", words.t("What the sources say"), data_search_exclude=True),
            tag("ul", *(tag("li", cited) for cited in cb.citations(view, claim))),
            class_="claim-page-evidence",
        ),
        disagreements(view, claim),
        correction_notes.corrections_section(view, claim),
        wording_history.earlier_section(view, claim),
        claim_cite.cite_block(view, claim) + claim_cite.embed_block(view, claim),
        claim_cite.report_links(view, claim),
    ]


def withdrawn_notice(claim):
    """What a withdrawn claim's page says first: when and why; what it said stays below it."""
    withdrawn = claim.data.get("withdrawn")
    if not withdrawn:
        return ""
    return tag(
        "p",
        tag(
            "strong", words.t("Withdrawn on {date}.", date=dates.human_date_text(withdrawn["date"]))
        ),
        " ",
        withdrawn["why"],
        " ",
        words.t(
            "What the claim said is kept here, so that links and citations to it still open it."
        ),
        class_="claim-withdrawn",
        role="note",
    )


def context_line(view, claim):
    """What kind of claim, when it was said, and a link to it among the rest of its round or background."""
    data = claim.data
    parts = [escape(status_words.kind_word(data["kind"]).capitalize())]
    if "said_on" in data:
        parts.append(
            join(
                [
                    words.t("said"),
                    " ",
                    dates.human_date(data["said_on"], data.get("approximate", False)),
                ]
            )
        )
    if data.get("issues"):
        parts.append(record_links.links(view, "issues", data["issues"]))
    home = view.model.name("rounds", data["round"]) if "round" in data else words.t("Background")
    if "withdrawn" not in data:  # a withdrawn claim has no other page
        parts.append(
            link(
                view.href(urls.claim_url(claim)),
                words.t("In context on the {home} page", home=home),
                class_="claim-home",
            )
        )
    return escape(" · ").join(parts)


def disagreements(view, claim):
    """Each disagreement the claim is part of, one line each, linked to where it is set out."""
    found = view.model.disagreements_by_claim.get(claim.id, [])
    if not found:
        return ""
    items = escape("").join(
        tag(
            "li",
            cb.question_link(view, d) + escape(" ") + status_words.status_badge(d.data["status"]),
        )
        for d in found
    )
    return tag(
        "section",
        tag("h2", words.t("Sources differ")) + tag("ul", items),
        class_="claim-page-disagreements",
    )
