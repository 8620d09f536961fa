"""What every page and the build as a whole publish besides the content: head
meta and preview image, the description, 'Last updated', 'Cite this page', and
the files written after the pages (api/v1, the Atom feed, redirect pages,
robots.txt). MkDocs hands in plain values; nothing here knows MkDocs."""
import datetime
import os
import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from macros.common import urls
from macros.publish import api, feed, json_ld, previews, redirects
from macros.read.collection_specs import DATA_FOLDERS
from macros.render import cite, head_meta
from macros.render.components import human_date
from macros.render.html_builder import escape, link, tag

DESCRIPTION_LENGTH = 200
PREVIEW_CACHE = ".cache/previews"  # under the project root; cards are named by what they show


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # absolute, ending in '/'
    description: str
    repo_url: str


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
    text = (record.data.get("summary") if record else None) or first_paragraph(page.content) or fallback
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
    return head_meta.head(_title(info, page.title), description_text, info.url + page.url, info.name, info.url,
                          history.last_changed().get(page.source), feed_url, image and info.url + image, graphs)


def graphs(info, history, model, page):
    """JSON-LD objects a page carries besides its WebPage: the Dataset on the Data page,
    the Claim on a claim's own page."""
    if page.url == urls.DATA_PAGE:
        changes = history.touching(DATA_FOLDERS)
        return (json_ld.dataset(info, changes[0].day if changes else None),)
    claim_id = page.url.split("/")[1] if page.url.count("/") == 2 else ""
    claim = model["claims"].get(claim_id) if page.url == urls.claim_page_url(claim_id) else None
    return (json_ld.claim_json_ld(claim, model, info.url),) if claim else ()


def preview(info, page, root, site_dir):
    """The page's og:image, drawn into the built site (or copied from the cache); its path in the site."""
    return previews.ensure(site_dir, Path(root) / PREVIEW_CACHE, info.name, _title(info, page.title))


def page_footer(info, history, page):
    """'Last updated' and 'Cite this page' for the end of one page."""
    date = history.last_changed().get(page.source)
    updated = tag("p", "Last updated " + human_date(date), class_="last-updated") if date else ""
    return tag("aside", updated, cite.block(_title(info, page.title), info.url + page.url, info.name,
                                            history.version, date), class_="page-publication")


def repo_name(repo_url):
    """'owner/name' from the repository's address, shown beside the repository link."""
    return urlsplit(repo_url).path.strip("/").removesuffix(".git") if repo_url else ""


def repo_link(repo_url, path, text):
    """A link to a page of the repository (issues, a file), or the text alone where there is none."""
    return link(f"{repo_url.rstrip('/')}/{path}", text) if repo_url else escape(text)


def source_base(repo_url, edit_uri):
    """Where files are read online: the edit path's 'edit/<branch>/' as 'blob/<branch>/'."""
    if not repo_url or not edit_uri:
        return ""
    return repo_url.rstrip("/") + "/" + edit_uri.replace("edit/", "blob/", 1).lstrip("/")


def _title(info, title):
    return title if title and title != info.name else info.name


def generated_at():
    """The build time, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def robots(info):
    """robots.txt: everything may be indexed; the sitemap lists every page."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {info.url}sitemap.xml\n"


def write_outputs(model, history, site_dir, info):
    """After the pages: api/v1, feed.xml, robots.txt and the redirect pages. Returns problems (empty when all is well)."""
    site_dir = Path(site_dir)
    moved = redirects.pages(model, info.url)
    problems = redirects.clashes(model, {old for old in moved if (site_dir / old / "index.html").exists()})
    if problems:
        return problems
    api.write(model, site_dir, info, generated_at())
    (site_dir / feed.FEED).write_bytes(feed.atom(model, history, info.url, info.name, info.repo_url))
    (site_dir / "robots.txt").write_text(robots(info), encoding="utf-8")
    for old, html in moved.items():
        (site_dir / old).mkdir(parents=True, exist_ok=True)
        (site_dir / old / "index.html").write_text(html, encoding="utf-8")
    return []
