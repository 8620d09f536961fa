"""Tables that macros place in hand-written pages."""

from macros.render import words
from macros.render.dates import human_date
from macros.render.html_builder import join, table
from macros.render.layout import place
from macros.render.numbers import count
from macros.render.record_links import actor_link, round_link


def rounds_table(view):
    """The rounds at a glance: date, venue, heads of delegation, and how much the data holds on each."""
    model = view.model
    rows = []
    for round_ in model.rounds():
        data = round_.data
        heads = [
            m["actor"] for d in data["delegations"] for m in d["members"] if m["role"] == "head"
        ]
        held = [
            count(len(model.claims_by_round.get(round_.id, [])), "claim"),
            count(len(model.commitments_by_round.get(round_.id, [])), "commitment"),
        ]
        rows.append(
            (
                [
                    round_link(view, round_.id),
                    human_date(data["date"]),
                    place(data),
                    join((actor_link(view, h) for h in heads), ", ")
                    or words.t("none named for this round"),
                    " · ".join(held),
                ],
                {"id": round_.id},
            )
        )
    columns = ("Round", "Date", "Venue", "Heads of delegation", "In the data")
    columns = [words.t(c) for c in columns]
    caption = words.t("The Istanbul rounds of 2025")
    return table(columns, rows, caption=caption, stacked=True, class_="rounds-table")
