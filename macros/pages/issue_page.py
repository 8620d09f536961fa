"""The page of one issue: how it moved round by round, positions side by side, figures, commitments.

Claims are shown as sentences with their source markers, each linked to its evidence on the page
of its round (or the background page), where it is shown in full.
"""

from macros.render import claim_blocks as cb
from macros.render import layout, record_links, rich_text, status_words, words
from macros.render.dates import human_date
from macros.render.html_builder import join, table, tag
from macros.render.numbers import figure
from macros.render.record_lines import commitment_lines


def build(view, issue):
    model = view.model
    claims = model.claims_by_issue.get(issue.id, [])
    blocks = [
        intro(view, issue),
        layout.section(2, "how-it-moved-round-by-round"),
        movement(view, issue, claims),
        layout.section(2, "positions-side-by-side"),
        *side_by_side(view, claims),
    ]
    figures = [claim for claim in claims if claim.data.get("figures")]
    if figures:
        blocks += [layout.section(2, "figures"), figures_table(view, figures)]
    commitments = model.commitments_by_issue.get(issue.id, [])
    if commitments:
        blocks += [layout.section(2, "commitments"), commitment_lines(view, commitments)]
    disagreements = model.disagreements_by_issue.get(issue.id, [])
    if disagreements:
        blocks += [
            layout.section(2, "where-sources-disagree"),
            disagreement_list(view, disagreements),
        ]
    return issue.data["name"], blocks


def intro(view, issue):
    data = issue.data
    related = record_links.links(view, "issues", data.get("related", []))
    return tag(
        "div",
        tag("p", rich_text.rich(view, data["summary"]), class_="issue-summary"),
        layout.also_written(data.get("aliases", []), lead=words.t("Also searched as")),
        tag("p", words.t("Related issues:"), " ", related, class_="related") if related else "",
        class_="issue-intro",
    )


def side_by_side(view, claims):
    if not claims:
        return [layout.empty(words.t("No claim on this issue is recorded yet."))]
    blocks = []
    for round_, items in layout.by_round(view, claims):
        blocks += [
            layout.round_heading(view, round_),
            layout.by_side(view, items, layout.round_sides(round_), lambda x: cb.mention(view, x)),
        ]
    return blocks


def movement(view, issue, claims):
    """One row per round that touched the issue: agenda, outcomes (linked to their claims), and who spoke."""
    rows = []
    for round_ in view.model.rounds():
        on_round = [claim for claim in claims if claim.data.get("round") == round_.id]
        agenda = [item for item in round_.data.get("agenda", []) if item["issue"] == issue.id]
        if not on_round and not agenda:
            continue
        agenda_cell = join(
            (
                rich_text.rich(view, item["note"]) if "note" in item else words.t("on the agenda")
                for item in agenda
            ),
            "; ",
        ) or words.t("not recorded")
        outcomes = [claim for claim in on_round if claim.data["kind"] in status_words.OUTCOMES]
        outcome_cell = (
            tag(
                "ul",
                *(
                    tag("li", status_words.outcome_label(view, x), ": ", cb.claim_ref(view, x))
                    for x in outcomes
                ),
            )
            if outcomes
            else words.t("none recorded")
        )
        rows.append(
            [
                record_links.round_link(view, round_.id) + " " + human_date(round_.data["date"]),
                agenda_cell,
                outcome_cell,
                _speakers(view, round_, on_round),
            ]
        )
    if not rows:
        return layout.empty(words.t("No round is recorded as touching it yet."))
    return table(
        [words.t("Round"), words.t("On the agenda"), words.t("Outcomes"), words.t("Claims")],
        rows,
        stacked=True,
        class_="movement-table",
    )


def _speakers(view, round_, claims):
    if not claims:
        return words.t("none recorded")
    principal = layout.round_sides(round_)
    counts = dict.fromkeys(principal, 0) | {None: 0}
    for claim in claims:
        side = view.model.side_of(claim)
        counts[side if side in principal else None] += 1
    parts = [
        f"{view.model.name('actors', s) if s else words.t('others')}: {n}"
        for s, n in counts.items()
        if n
    ]
    return tag("a", join(parts, tag("br")), href=f"#in-{round_.id}")


def figures_table(view, claims):
    rows = [
        [
            join((figure(f) for f in claim.data["figures"]), "; "),
            cb.claim_ref(view, claim),
            record_links.round_link(view, claim.data["round"])
            if "round" in claim.data
            else words.t("background"),
        ]
        for claim in claims
    ]
    return table(
        [words.t("Figures"), words.t("Claim"), words.t("Round")],
        rows,
        stacked=True,
        class_="figures-table",
    )


def disagreement_list(view, disagreements):
    items = []
    for d in disagreements:
        data = d.data
        explained = " " + rich_text.rich(view, data["explanation"]) if "explanation" in data else ""
        items.append(
            tag(
                "li",
                cb.question_link(view, d),
                " ",
                status_words.status_badge(data["status"]),
                explained,
            )
        )
    return tag("ul", *items, class_="disagreement-lines")
