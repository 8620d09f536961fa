"""The disagreements page: each question and our note, then, one click away, each side's claims as
sentences with their source markers, linked to their evidence where each claim is shown in full. A claim in several
disagreements is set out at the first and linked in one line at the others."""

from macros.common import urls
from macros.render import claim_blocks as cb
from macros.render import words
from macros.render.correction_notes import corrected_mark
from macros.render.html_builder import EMPTY, Html, join, link, tag
from macros.render.layout import empty, heading
from macros.render.record_links import links, round_link
from macros.render.rich_text import rich
from macros.render.status_words import status_badge


def disagreements_page(view):
    records = list(view.model["disagreements"].values())
    if not records:
        return empty(words.t("No disagreements are recorded yet."))
    titles = (("open", words.t("Open: not explained yet")), ("explained", words.t("Explained")))
    groups = [
        (status, title, [d for d in records if d.data["status"] == status])
        for status, title in titles
    ]
    for record in (d for _, _, group in groups for d in group):
        view.place(record.id, [view.model["claims"][c] for c in record.data["claims"]])
    parts = []
    for status, title, group in groups:
        if group:
            parts.append(heading(2, f"{title} ({len(group)})", f"status-{status}"))
            parts += [_disagreement(view, d) for d in group]
    return join(parts, "\n\n")


def _disagreement(view, record):
    data = record.data
    context = [status_badge(data["status"])]
    if "round" in data:
        context.append(round_link(view, data["round"]))
    if data.get("issues"):
        context.append(links(view, "issues", data["issues"]))
    note = EMPTY
    if "explanation" in data:
        lead = (
            words.t("Why they differ: ") if data["status"] == "explained" else words.t("Our note: ")
        )
        note = Html(" — ") + lead + rich(view, data["explanation"])
    context = [join(context, " · "), corrected_mark(view, record)]
    body = [tag("p", *context, note, class_="disagreement-explanation")]
    claims = [view.model["claims"][c] for c in data["claims"]]
    sides = tag("ul", *(_side(view, c, record.id) for c in claims), class_="claims sides")
    body.append(
        cb.claims_disclosure(claims, words.t("on this question"), sides)
    )  # the note leads; who says what is one click away
    # The question is a Markdown heading carrying the record's ID, so it is in the page's contents.
    return join(
        [
            heading(3, data["question"], record.id),
            tag("div", *body, class_=f"disagreement disagreement--{data['status']}"),
        ],
        "\n\n",
    )


def _side(view, claim, section):
    """One side: the claim's sentence and markers and a link to its evidence (no flag: this is the
    dispute); at a later disagreement, a one-line link to it above."""
    if not view.anchor(claim, section):
        return tag("li", words.t("Set out above: "), cb.claim_ref(view, claim), class_="claim")
    evidence = link(
        view.href(urls.claim_url(claim)),
        words.t("evidence"),
        class_="to-evidence",
        aria_label=words.t("Evidence for: {claim}", claim=cb.short(claim)),
    )
    return tag(
        "li",
        cb.sentence(view, claim),
        " ",
        evidence,
        id=claim.id,
        class_="claim",
        data_search_exclude=True,
    )
