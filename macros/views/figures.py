"""Every number in the data with who said it and where; and the key numbers for the home page."""

from macros.common import urls
from macros.render import claim_blocks as cb
from macros.render import words
from macros.render.dates import human_date
from macros.render.html_builder import EMPTY, join, link, table, tag
from macros.render.layout import empty
from macros.render.numbers import count, figure
from macros.render.record_links import round_link, speaker_name
from macros.render.source_markers import distinct_sources, markers
from macros.views.grouping import by_issue, issue_heading

KEY_NUMBERS = 6


def claims_with_figures(model):
    return [c for c in model["claims"].values() if c.data.get("figures")]


def figures_page(view):
    claims = claims_with_figures(view.model)
    if not claims:
        return empty(words.t("No figures are recorded yet."))
    return join(
        (
            join([issue_heading(view, issue, "figures"), _figures_table(view, group)], "\n\n")
            for issue, group in by_issue(view.model, claims)
        ),
        "\n\n",
    )


def _figures_table(view, claims):
    rows = []
    for claim in claims:
        for fig in claim.data["figures"]:
            said = join([tag("p", cb.claim_ref(view, claim)), _when(view, claim)])
            rows.append([figure(fig), said, markers(view, claim.data["sources"])])
    columns = [words.t("Figure"), words.t("Who said it, and where"), words.t("Sources")]
    return table(columns, rows, stacked=True, class_="figures-table")


def _when(view, claim):
    """Who said it, the round the claim is about (or the background page), and the day where known."""
    data = claim.data
    parts = [
        speaker_name(view, claim) or words.t("the source's own judgement"),
        round_link(view, data["round"])
        if "round" in data
        else link(view.href(urls.BACKGROUND), words.t("Background")),
    ]
    if "said_on" in data:
        parts.append(human_date(data["said_on"], data.get("approximate", False)))
    return tag("p", join(parts, " · "), class_="figure-when")


def key_claims(model, limit=KEY_NUMBERS):
    """The figures the most sources report: more sources first, then by round, then file order."""
    numbered = {c.id: i for i, c in enumerate(model["claims"].values())}
    rounds = {r.id: r.data["number"] for r in model.rounds()}

    def rank(claim):
        sources = len(distinct_sources(claim.data["sources"]))
        return (-sources, rounds.get(claim.data.get("round"), 0), numbered[claim.id])

    return sorted(claims_with_figures(model), key=rank)[:limit]


def key_groups(model, limit=KEY_NUMBERS):
    """The key claims in cards: a claim joins an earlier card where their first figures count the
    same thing and either agree (50 days, in two sources) or a disagreement about the figure names
    both ('at least 1,200' beside 'more than 1,200')."""
    groups = []
    for claim in key_claims(model, None):
        same = [g for g in groups if _rivals(model, g[0], claim)]
        if same:
            same[0].append(claim)
        elif len(groups) < limit:
            groups.append([claim])
    return groups


def _rivals(model, one, other):
    first, second = one.data["figures"][0], other.data["figures"][0]
    if first["unit"] != second["unit"]:
        return False
    disputed = {d.id for d in _figure_disputes(model, one)}
    return _amount(first) == _amount(second) or any(
        d.id in disputed for d in _figure_disputes(model, other)
    )


def _amount(figure):
    """What a figure says, whatever else its record notes: two cards saying '3 working groups' are one."""
    return figure["value"], figure.get("upper"), figure["qualifier"], figure["unit"]


def _figure_disputes(model, claim):
    """The disagreements about a figure that name the claim: only these are flagged on a key number
    (a disagreement over whether a truce was agreed does not put its length in doubt)."""
    return [
        d for d in model.disagreements_by_claim.get(claim.id, []) if "figure" in d.data["about"]
    ]


def key_numbers(view, limit=KEY_NUMBERS):
    """Cards: the number, what it counts, who said it, and a link to the claim; where sources
    dispute a figure, each account in the same card, and the dispute flagged once."""
    cards = [_key_card(view, group) for group in key_groups(view.model, limit)]
    if not cards:
        return empty(words.t("No figures are recorded yet."))
    return tag("ul", *cards, class_="key-numbers")


def _key_card(view, claims):
    flag = (
        tag("p", cb.disputes(view, claims[0])) if _figure_disputes(view.model, claims[0]) else EMPTY
    )
    accounts = [
        (
            tag("p", figure(c.data["figures"][0]), class_="key-number"),
            tag("p", cb.claim_ref(view, c), class_="key-claim"),
            tag(
                "p",
                speaker_name(view, c) or words.t("The source's own judgement"),
                class_="claim-by",
            ),
        )
        for c in claims
    ]
    sources = len(distinct_sources([s for c in claims for s in c.data["sources"]]))
    return tag(
        "li",
        *[part for account in accounts for part in account],
        flag,
        tag("p", count(sources, "source"), class_="key-sources"),
        class_="key-card",
    )
