"""Source markers: one short name per source, linked, with the locators a claim gives."""

from macros.common import urls
from macros.render import words
from macros.render.html_builder import Html, join, link, tag


def source_id(citation):
    """A citation ({'source': ID, ...}) or a bare source ID, as record files give them."""
    return citation["source"] if isinstance(citation, dict) else citation


def source_link(view, source_id_):
    """The source's short name, linked to its entry on the sources page."""
    return link(
        view.href(f"{urls.ANCHORED['sources']}#{source_id_}"), source_name(view, source_id_)
    )


def distinct_sources(citations):
    return list(dict.fromkeys(source_id(c) for c in citations))


def source_names(view, citations):
    """The short names of the sources cited, each once, in order."""
    return [source_name(view, source) for source in distinct_sources(citations)]


def source_name(view, source_id_):
    """The one short name the site calls a source by, in prose, markers and the Sources page."""
    return view.model["sources"][source_id_].data["short_name"]


def marker(view, source_id_, locators=()):
    """A footnote-style marker: the source's short name, linked to its entry on the sources page.
    Hovering or focusing it shows what the source is (a CSS popover from data-about; no title
    attribute, no script)."""
    data = view.model["sources"][source_id_].data
    where = " (" + "; ".join(locators) + ")" if locators else ""
    preview = words.t(
        "{name}{locators}: {label}; trust {level}. {title}",
        name=data["short_name"],
        locators=where,
        label=data["label"],
        level=trust_level(data["trust"]["level"]),
        title=data["title"],
    )
    href = view.href(f"{urls.ANCHORED['sources']}#{source_id_}")
    return tag(
        "a",
        data["short_name"],
        _what_it_is(view, source_id_, data),
        href=href,
        class_="src",
        data_about=preview,
    )


def trust_level(level):
    """A source's trust level in a word ('high'), in the edition's language."""
    return {"high": words.t("high"), "medium": words.t("medium"), "low": words.t("low")}[level]


def _what_it_is(view, source_id_, data):
    """At a source's first marker on a page, what it is ('Garbled analysis · analysis, text garbled by
    synonym rewriting'): the short names are ours, and some mean nothing to a newcomer."""
    if source_id_ in view.sources_named:
        return None
    view.sources_named.add(source_id_)
    return tag("span", " · ", data["label"], class_="src-what")


def markers(view, citations):
    """One marker per source, its locators gathered in its preview."""
    locators = {}
    for citation in citations:
        found = locators.setdefault(source_id(citation), [])
        if isinstance(citation, dict) and citation.get("locator"):
            found.append(citation["locator"])
    return join((Html(" ") + marker(view, source, where) for source, where in locators.items()))
