"""The background page: the canonical home of claims about no single round, by issue."""
from macros.render.components import claim_cards, empty
from macros.render.html_builder import join
from macros.views.grouping import by_issue, issue_heading


def background_claims(view):
    claims = [c for c in view.model["claims"].values() if "round" not in c.data]
    if not claims:
        return empty("No background claims are recorded yet.")
    groups = by_issue(view.model, claims)
    for issue, group in groups:  # a claim about two issues is shown under both; its anchor is under the first
        view.place(_section(issue), group)
    return join((join([issue_heading(view, issue, "background"),
                       claim_cards(view, group, _section(issue), show_round=False)], "\n\n")
                 for issue, group in groups), "\n\n")


def _section(issue):
    return issue.id if issue else None
