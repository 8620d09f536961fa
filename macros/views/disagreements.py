"""The disagreements page: each point in dispute with its claims side by side."""
from macros.render.components import claim_card, empty, heading, links, rich, round_link, status_badge
from macros.render.html_builder import join, tag

STATUS_HEADINGS = (("open", "Open: not explained yet"), ("explained", "Explained"))


def disagreements_page(view):
    records = list(view.model["disagreements"].values())
    if not records:
        return empty("No disagreements are recorded yet.")
    parts = []
    groups = [(status, title, [d for d in records if d.data["status"] == status]) for status, title in STATUS_HEADINGS]
    for record in (d for _, _, group in groups for d in group):  # a claim in two is shown in both, anchored in the first
        view.place(record.id, [view.model["claims"][c] for c in record.data["claims"]])
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
    body = [tag("p", join(context, " · "), class_="disagreement-meta")]
    if "explanation" in data:
        lead = "Why they differ: " if data["status"] == "explained" else "Our note so far: "
        body.append(tag("p", lead, rich(view, data["explanation"]), class_="disagreement-explanation"))
    claims = [view.model["claims"][c] for c in data["claims"]]
    body.append(tag("div", *(claim_card(view, c, record.id) for c in claims), class_="side-by-side"))
    # The question is a Markdown heading carrying the record's ID, so it is in the page's contents.
    return join([heading(3, data["question"], record.id),
                 tag("div", *body, class_=f"disagreement disagreement--{data['status']}")], "\n\n")
