"""What every page carries besides its content: head meta and preview image, the
description, 'Last updated' and 'Cite this page'. MkDocs hands in plain values;
nothing here knows MkDocs."""

import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from macros.common import urls
from macros.publish import feed, json_ld, previews, repository
from macros.read.collection_specs import DATA_FOLDERS
from macros.render import cite, head_meta, words
from macros.render.dates import human_date
from macros.render.html_builder import tag

DESCRIPTION_LENGTH = 200
PREVIEW_CACHE = ".cache/previews"  # under the project root; cards are named by what they show


@dataclass(frozen=True)
class Page:
    title: str
    url: str  # relative to the site root
    source: str  # the repository file behind the page
    description: str = ""  # from the front matter, if any
    content: str = ""  # the page's rendered HTML


def description(model, page, fallback):
    """What link previews and search results show: the front matter's description as
    written, else the record's summary, else the first paragraph (both shortened), else the site's."""
    if page.description:
        return page.description
    record = model.page_record_by_file.get(page.source) if model else None
    text = (
        (record.data.get("summary") if record else None)
        or first_paragraph(page.content)
        or fallback
    )
    return textwrap.shorten(text, DESCRIPTION_LENGTH, placeholder=" …")


class _FirstParagraph(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.parts, self.done = 0, [], False

    def handle_starttag(self, tag_name, attrs):
        self.depth += tag_name == "p" and not self.done

    def handle_endtag(self, tag_name):
        if tag_name == "p" and self.depth:
            self.depth -= 1
            self.done = bool("".join(self.parts).strip())

    def handle_data(self, data):
        if self.depth and not self.done:
            self.parts.append(data)


def first_paragraph(html):
    """The text of the first non-empty <p> of the page, or ''."""
    parser = _FirstParagraph()
    parser.feed(html or "")
    return " ".join("".join(parser.parts).split())


def page_head(info, history, page, description_text, image=None, graphs=()):
    """<head> additions for one page; `image` is the preview's path in the site."""
    # The feed link leaves out the host: Material fetches sitemap.xml beside every rel=alternate
    # link, so an absolute one made each page served elsewhere (mkdocs serve, a preview, a fork)
    # request the production site: a third-party request and a console error.
    feed_url = urlsplit(info.url).path + feed.FEED
    return head_meta.head(
        _title(info, page.title),
        description_text,
        info.url + page.url,
        info.name,
        info.url,
        history.last_changed().get(page.source),
        feed_url,
        image and info.url + image,
        graphs,
    )


def graphs(info, history, model, page):
    """JSON-LD objects a page carries besides its WebPage: the Dataset on the Data page,
    the Claim on a claim's own page."""
    if page.url == urls.DATA_PAGE:
        changes = history.touching(DATA_FOLDERS)
        return (json_ld.dataset(info, changes[0].day if changes else None),)
    claim = model["claims"].get(_claim_id(page))
    return (json_ld.claim_json_ld(claim, model, info.url),) if claim else ()


def _claim_id(page):
    """The ID of the claim whose own page this is, or ''."""
    claim_id = page.url.split("/")[1] if page.url.count("/") == 2 else ""
    return claim_id if page.url == urls.claim_page_url(claim_id) else ""


def preview(info, page, root, site_dir):
    """The page's og:image, drawn into the built site (or copied from the cache); its path in the site."""
    return previews.ensure(
        site_dir, Path(root) / PREVIEW_CACHE, info.name, _title(info, page.title)
    )


def page_footer(info, history, page):
    """'Last updated' and 'Cite this page' for the end of one page; a claim's own page has its
    'Cite this claim' instead (one reference a page, so a citer cannot pick the wrong one)."""
    date = history.last_changed().get(page.source)
    updated = (
        tag("p", words.t("Last updated"), " ", human_date(date), class_="last-updated")
        if date
        else ""
    )
    citation = (
        ""
        if _claim_id(page)
        else cite.block(
            _title(info, page.title),
            info.url + page.url,
            info.name,
            history.version,
            date,
            repository.tree_at(info.repo_url, history.version),
        )
    )
    return tag("aside", updated, citation, class_="page-publication")


def _title(info, title):
    return title if title and title != info.name else info.name
