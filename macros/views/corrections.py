"""The corrections log, as newspapers keep one: date, what changed, why."""

import textwrap

from macros.common import urls
from macros.render import claim_blocks, dates, layout, record_links, words
from macros.render.html_builder import table

PAGE = urls.ANCHORED["corrections"]


def corrected(model, id_):
    """The corrected record, whichever collection holds it (IDs name the record, not its kind)."""
    for records in model.dataset.records.values():
        if id_ in records:
            return records[id_]
    return None


def title(model, record):
    """What a reader calls the record: a claim by its text, anything else by its name."""
    text = (
        record.data["text"]
        if record.collection == "claims"
        else model.name(record.collection, record.id)
    )
    return textwrap.shorten(text, 120, placeholder=" …")


def log(view):
    """Every correction, newest first, one row each, anchored by its ID."""
    model = view.model
    rows = []
    for record in sorted(model["corrections"].values(), key=lambda r: r.data["date"], reverse=True):
        data = record.data
        target = corrected(model, data["record"])
        about = _about(view, target) if target else data["record"]
        cells = [dates.human_date(data["date"]), about, data["what"], data["why"]]
        rows.append((cells, {"id": record.id}))
    if not rows:
        return layout.empty(words.t("No corrections so far."))
    return table(
        [words.t("Date"), words.t("Record"), words.t("What changed"), words.t("Why")],
        rows,
        caption=words.t("Corrections, newest first"),
        stacked=True,
        class_="corrections-table",
    )


def _about(view, record):
    """A claim is named by its text (claims have no name); any other record by its name."""
    if record.collection == "claims":
        return claim_blocks.claim_ref(view, record)
    return record_links.record_link(view, record.collection, record.id)
