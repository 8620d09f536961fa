"""Tables that macros place in hand-written pages."""
from .html import escape, table, tag


def rounds_table(model):
    """The rounds at a glance: date, venue, heads of delegation."""
    rows = []
    for round_ in model.rounds():
        data = round_.data
        heads = [m["actor"] for d in data["delegations"] for m in d["members"] if m["role"] == "head"]
        rows.append(([
            escape(data["name"]),
            tag("time", escape(data["date"]), datetime=data["date"]),
            escape(", ".join(filter(None, [data.get("venue"), data["city"]]))),
            ", ".join(escape(model.name("actors", h)) for h in heads),
        ], {"id": round_.id}))
    return table(["Round", "Date", "Venue", "Heads of delegation"], rows,
                 caption="The Istanbul rounds of 2025", class_="rounds-table")
