"""The background page: the canonical home of claims about no single round, by issue."""

from macros.render import claim_blocks as cb
from macros.render import words
from macros.render.html_builder import join
from macros.render.layout import empty
from macros.views.grouping import by_issue, issue_heading


def background_claims(view):
    claims = [c for c in view.model["claims"].values() if "round" not in c.data]
    if not claims:
        return empty(words.t("No background claims are recorded yet."))
    groups = by_issue(view.model, claims)
    for (
        issue,
        group,
    ) in (
        groups
    ):  # a claim about two issues is shown in full under the first, linked under the others
        view.place(_section(issue), group)
    return join(
        (
            join(
                [issue_heading(view, issue, "background"), _group(view, _section(issue), group)],
                "\n\n",
            )
            for issue, group in groups
        ),
        "\n\n",
    )


def _group(view, section, claims):
    here, elsewhere = cb.split_by_home(view, claims, section)
    return join(
        [cb.claim_items(view, here, section), cb.also_above(view, elsewhere) if elsewhere else None]
    )


def _section(issue):
    return issue.id if issue else "no-issue"
