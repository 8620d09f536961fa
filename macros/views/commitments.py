"""The commitments tracker: what each round agreed and every later report of its status."""
from macros.render.claim_blocks import claim_ref
from macros.render.components import actor_link, empty, heading, human_date, links, markers, rich, round_link, status_badge
from macros.render.html_builder import join, table, tag


def commitments_page(view):
    by_round = view.model.commitments_by_round
    if not view.model["commitments"]:
        return empty("No commitments are recorded yet.")
    parts = []
    for round_ in view.model.rounds():
        if by_round.get(round_.id):
            parts.append(heading(2, f"Agreed at the {round_.data['name'].lower()}", f"agreed-{round_.id}"))
            parts += [_commitment(view, c) for c in by_round[round_.id]]
    return join(parts, "\n\n")


def _commitment(view, record):
    data = record.data
    meta = ["Agreed at the " + round_link(view, data["round"]), "Latest status: " + status_badge(data["status"][-1]["status"])]
    if data.get("issues"):
        meta.append(links(view, "issues", data["issues"]))
    reported = join((claim_ref(view, view.model["claims"][c]) for c in data["claims"]), "; ")
    body = [tag("p", join(meta, " · "), class_="commitment-meta"),
            tag("p", "Reported in: ", reported, class_="commitment-claims"),
            _history(view, data["status"])]
    # An HTML heading, not Markdown: commitments are sentences, too long for the page's contents.
    return tag("div", tag("h3", rich(view, data["text"])), *body, id=record.id, class_="commitment")


def _history(view, statuses):
    rows = []
    for status in statuses:
        who = actor_link(view, status["reported_by"]) if "reported_by" in status else "—"
        said = [rich(view, status["note"])] if "note" in status else []
        if "claim" in status:
            said.append(claim_ref(view, view.model["claims"][status["claim"]]))
        rows.append([human_date(status["date"]), status_badge(status["status"]), who,
                     join(said, tag("br")) or "—", markers(view, status["sources"])])
    return table(["Date", "Status", "Reported by", "What was said", "Sources"], rows,
                 caption="Status reports, oldest first", stacked=True, class_="status-table")
