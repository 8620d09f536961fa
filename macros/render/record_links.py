"""Links to records' pages, and to the data file behind a claim ('Correct this'); who made a claim."""

from macros.common import urls
from macros.render import words
from macros.render.html_builder import EMPTY, escape, join, link


def record_link(view, collection, id_, text=None):
    """A link to a record's page (or page#id); plain text where there is none."""
    text = text if text is not None else view.model.name(collection, id_)
    href = record_href(view, collection, id_)
    return link(href, text) if href else escape(text)


def record_href(view, collection, id_):
    """The address of a record's page from this page; None for an unknown record or one with
    no address of its own (a glossary term)."""
    record = view.model[collection].get(id_)
    url = urls.record_url(record) if record else None
    return url and view.href(url)


def actor_link(view, id_):
    return record_link(view, "actors", id_)


def round_link(view, id_):
    return record_link(view, "rounds", id_)


def issue_link(view, id_):
    return record_link(view, "issues", id_)


def links(view, collection, ids, sep=", "):
    return join((record_link(view, collection, i) for i in ids), sep)


def speaker_name(view, claim):
    data = claim.data
    if "speaker" in data:
        return view.model.name("actors", data["speaker"])
    return data.get("speaker_note")


def correct_link(view, claim):
    """One click from a wrong fact to its lines of YAML (nothing where the repository is unknown)."""
    source = view.model.source_url(claim)
    return link(source, words.t("Correct this"), class_="claim-correct") if source else EMPTY
