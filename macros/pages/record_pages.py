"""One page per round, actor and issue, made from the data alone.

Each page is a PageSpec: where it lives, its title, its Markdown (raw HTML
blocks of escaped data under plain Markdown headings) and the data
file a reader should edit to correct it. Adding a record adds its page.
"""

import json
from dataclasses import dataclass

from macros.common import urls
from macros.pages import actor_page, issue_page, round_page
from macros.render import correction_notes, wording_history, words
from macros.render.dates import human_date
from macros.render.html_builder import escape, join, tag
from macros.render.layout import empty, heading
from macros.render.page_view import View
from macros.render.record_links import record_link
from macros.render.rich_text import rich

# collection, navigation title (English: shown through words.t, and in the edition's language it must
# be the title mkdocs.<language>.yml gives the section), page builder, the records in navigation order
SECTIONS = (
    ("rounds", "Rounds", round_page.build, lambda model: model.rounds()),
    (
        "actors",
        "Actors",
        actor_page.build,
        lambda model: sorted(_by_name(model["actors"]), key=_group_rank),
    ),
    ("issues", "Issues", issue_page.build, lambda model: _by_name(model["issues"])),
)
RECORD_BOOST = (
    4  # Material's search ranks a round, actor or issue page above the claims that name it
)


@dataclass(frozen=True)
class PageSpec:
    src_uri: str  # e.g. rounds/round-3.md, matching urls.page_url
    title: str  # plain text; escaped where it is written
    content: str  # the whole Markdown file, front matter included
    data_file: str  # the record's file, relative to the project root; None for a section index
    section: str  # navigation section title, in the edition's language
    group: str = ""  # navigation subsection title, if any, in the edition's language


def all_pages(model):
    """Every generated page, section by section, each section in navigation order."""
    specs = []
    for collection, section, build, ordered in SECTIONS:
        for record in ordered(model):
            url = urls.page_url(collection, record.id)
            view = View(model, url)
            title, blocks = build(view, record)
            blocks = [
                *blocks,
                correction_notes.corrections_section(view, record, closed=True),
                wording_history.earlier_section(view, record),
            ]
            group = _group(collection, record)
            specs.append(
                PageSpec(
                    url.rstrip("/") + ".md",
                    title,
                    document(title, blocks, boost=RECORD_BOOST),
                    record.file,
                    words.t(section),
                    words.t(group) if group else "",
                )
            )
    return specs


def index_pages(model):
    """A page per section listing its records: rounds/, actors/, issues/ (actors under a heading per
    kind); and a page per kind of actor, which its navigation subsection opens."""
    specs = []
    for collection, section, _, ordered in SECTIONS:
        view = View(model, urls.index_url(collection))
        groups = {}
        for record in ordered(model):
            groups.setdefault(_group(collection, record), []).append(record)
        blocks = [
            block
            for group, records in groups.items()
            for block in (
                heading(2, words.t(group)) if group else "",
                _index_list(view, collection, records),
            )
        ]
        section = words.t(section)
        none = blocks or [empty(_none_yet(collection))]
        specs.append(_index_page(urls.index_url(collection), section, section, none))
        for group, records in groups.items():
            if group:
                url = _group_url(group)
                blocks = [_index_list(View(model, url), collection, records)]
                title = words.t(group)
                specs.append(
                    _index_page(url, title, section, blocks, title, _group_description(group))
                )
    return specs


def _index_page(url, title, section, blocks, group="", description=None):
    """A section's index, or a group's (its own description: its first paragraph is its first record's)."""
    content = document(title, blocks, description=description)
    return PageSpec(url + "index.md", title, content, None, section, group)


def _none_yet(collection):
    """What a section's index says while it has no record."""
    return {
        "rounds": words.t("No rounds yet."),
        "actors": words.t("No actors yet."),
        "issues": words.t("No issues yet."),
    }[collection]


def _group_description(group):
    """A kind of actors' index page as a link preview describes it (urls.ACTOR_GROUPS' titles)."""
    return {
        "States": words.t("The states the sources name, each with a page of its own."),
        "Delegations": words.t("The delegations the sources name, each with a page of its own."),
        "People": words.t("The people the sources name, each with a page of its own."),
        "Bodies": words.t("The bodies the sources name, each with a page of its own."),
        "Media": words.t("The media the sources name, each with a page of its own."),
    }[group]


def _index_list(view, collection, records):
    return tag("ul", *(_index_item(view, collection, r) for r in records), class_="record-index")


def _group(collection, record):
    """The navigation subsection of a record's page: actors by kind."""
    return urls.ACTOR_GROUPS[record.data["kind"]][0] if collection == "actors" else ""


def _group_url(group):
    return next(url for title, url in urls.ACTOR_GROUPS.values() if title == group)


def _index_item(view, collection, record):
    data = record.data
    when = " · " + human_date(data["date"]) if collection == "rounds" else ""
    return tag(
        "li",
        tag("p", record_link(view, collection, record.id), when),
        tag("p", rich(view, data["summary"]), class_="record-summary"),
    )


def document(title, blocks, description=None, boost=None):
    """Front matter (JSON values are valid YAML) and the blocks, blank-line separated; `boost`
    weights the page in search."""
    meta = {"title": escape(title), "render_macros": False}  # titles reach the nav unescaped
    if description:
        meta["description"] = escape(description)  # and the theme writes the description unescaped
    if boost is not None:
        meta["search"] = {"boost": boost}
    front = "\n".join(
        f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()
    )
    body = join(blocks, "\n\n")  # markup; the file as a whole is Markdown text, so a str from here
    return f"---\n{front}\n---\n\n{body}\n"


def _group_rank(actor):
    return list(urls.ACTOR_GROUPS).index(actor.data["kind"])


def _by_name(records):
    return sorted(records.values(), key=lambda r: r.data["name"].casefold())
