"""The commitments tracker: what each round agreed or was reported to agree, and every later
report of its status, each status derived from the claims that make the report."""

from macros.model import statuses
from macros.render import words
from macros.render.claim_blocks import claim_ref
from macros.render.correction_notes import corrected_mark
from macros.render.dates import human_date
from macros.render.html_builder import join, table, tag
from macros.render.layout import disclosure, empty, heading
from macros.render.numbers import count
from macros.render.record_links import links, round_link
from macros.render.rich_text import rich
from macros.render.source_markers import markers
from macros.render.status_words import derived_status, status_accounts, status_badge
from macros.views import phrase


def commitments_page(view):
    by_round = view.model.commitments_by_round
    if not view.model["commitments"]:
        return empty(words.t("No commitments are recorded yet."))
    parts = []
    for round_ in view.model.rounds():
        if by_round.get(round_.id):
            title = words.t("From the {round}", round=round_.data["name"].lower())
            parts.append(heading(2, title, f"agreed-{round_.id}"))
            parts += [_commitment(view, c) for c in by_round[round_.id]]
    return join(parts, "\n\n")


def _commitment(view, record):
    data = record.data
    history = statuses.reports(view.model, record)
    _, latest = history[-1]
    meta = [
        phrase(words.t("From the {round}"), round=round_link(view, data["round"])),
        words.t("Latest status: ") + derived_status(view, latest),
    ]
    if data.get("issues"):
        meta.append(links(view, "issues", data["issues"]))
    reported = join((claim_ref(view, view.model["claims"][c]) for c in data["claims"]), "; ")
    body = [
        tag("p", join(meta, " · "), corrected_mark(view, record), class_="commitment-meta"),
        tag("p", words.t("Reported in: "), reported, class_="commitment-claims"),
        disclosure(
            words.t(
                "{reports}, oldest first, each with who says what",
                reports=count(len(history), "status report"),
            ),
            _history(view, history),
        ),  # the latest status leads, above; its history one click away
    ]
    # An HTML heading, not Markdown: commitments are sentences, too long for the page's contents.
    return tag("div", tag("h3", rich(view, data["text"])), *body, id=record.id, class_="commitment")


def _history(view, reports):
    rows = []
    for report, derived in reports:
        claims = [view.model["claims"][c] for c in report["claims"]]
        said = [rich(view, report["note"])] if "note" in report else []
        said += [claim_ref(view, claim) for claim in claims]
        citations = [citation for claim in claims for citation in claim.data["sources"]]
        rows.append(
            [
                human_date(report["date"]),
                status_badge(derived.status, derived.claims),
                status_accounts(view, derived),
                join(said, tag("br")) or "—",
                markers(view, citations),
            ]
        )
    columns = [words.t(c) for c in ("Date", "Status", "Who says what", "What was said", "Sources")]
    caption = words.t("Status reports, oldest first; each status is derived from the claims named")
    return table(columns, rows, caption=caption, stacked=True, class_="status-table")
