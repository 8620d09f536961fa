"""Records grouped by the issues they list, for pages organised by issue."""

from macros.render import words
from macros.render.html_builder import join, tag
from macros.render.layout import heading
from macros.render.record_links import issue_link


def by_issue(model, records):
    """[(issue record or None, records)]: issues by name, records under each issue they list, the rest last."""
    groups = {}
    for record in records:
        for issue_id in record.data.get("issues") or [None]:
            groups.setdefault(issue_id, []).append(record)
    issues = sorted(
        (model["issues"][i] for i in groups if i is not None),
        key=lambda i: i.data["name"].casefold(),
    )
    ordered = [(issue, groups[issue.id]) for issue in issues]
    return ordered + ([(None, groups[None])] if None in groups else [])


def issue_heading(view, issue, prefix):
    """A level-2 heading (listed in the page's contents) with a stable id such as 'figures-ceasefire',
    and a link to the issue's page below it. Markdown: separate it from HTML blocks by a blank line."""
    if issue is None:
        return heading(2, words.t("Not tied to an issue"), f"{prefix}-no-issue")
    more = tag(
        "p", words.t("All about this issue: "), issue_link(view, issue.id), class_="issue-more"
    )
    return join([heading(2, issue.data["name"], f"{prefix}-{issue.id}"), more], "\n\n")
