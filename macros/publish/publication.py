"""What every page and the build as a whole publish besides the content: head
meta, 'Last updated', 'Cite this page', and the files written after the pages
(api/v1, the Atom feed, redirect pages). MkDocs hands in plain values; nothing
here knows MkDocs."""
import datetime
import os
import textwrap
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from macros.publish import api, feed, redirects
from macros.render import cite, head_meta
from macros.render.components import human_date
from macros.render.html_builder import escape, link, tag


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # absolute, ending in '/'
    description: str
    repo_url: str


def page_head(info, history, title, url, source, description=None, model=None):
    """<head> additions for one page; `url` is relative to the site root, `source` the repo file behind it."""
    # The feed link leaves out the host: Material fetches sitemap.xml beside every rel=alternate
    # link, so an absolute one made each page served elsewhere (mkdocs serve, a preview, a fork)
    # request the production site: a third-party request and a console error.
    feed_url = urlsplit(info.url).path + feed.FEED
    description = description or summary_of(model, source) or info.description
    return head_meta.head(_title(info, title), description, info.url + url, info.name, info.url,
                     history.last_changed().get(source), feed_url)


def summary_of(model, source):
    """A generated page's record summary, shortened for link previews; None for other pages."""
    record = model.page_record_by_file.get(source) if model else None
    if record is None or "summary" not in record.data:
        return None
    return textwrap.shorten(record.data["summary"], 200, placeholder=" …")


def page_footer(info, history, title, url, source):
    """'Last updated' and 'Cite this page' for the end of one page."""
    date = history.last_changed().get(source)
    updated = tag("p", "Last updated " + human_date(date), class_="last-updated") if date else ""
    return tag("aside", updated + cite.block(_title(info, title), info.url + url, info.name, history.version, date),
               class_="page-publication")


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


def write_outputs(model, history, site_dir, info):
    """After the pages: api/v1, feed.xml and the redirect pages. Returns problems (empty when all is well)."""
    site_dir = Path(site_dir)
    moved = redirects.pages(model, info.url)
    problems = redirects.clashes(model, {old for old in moved if (site_dir / old / "index.html").exists()})
    if problems:
        return problems
    api.write(model, site_dir, info, generated_at())
    (site_dir / feed.FEED).write_bytes(feed.atom(model, history, info.url, info.name, info.repo_url))
    for old, html in moved.items():
        (site_dir / old).mkdir(parents=True, exist_ok=True)
        (site_dir / old / "index.html").write_text(html, encoding="utf-8")
    return []
