"""The files written after the pages: api/v1, the Atom feed, robots.txt and the redirect pages;
and the other spellings added to the search index the theme wrote."""

import datetime
import os
from pathlib import Path

from macros.publish import api, feed, redirects, search_text, sitemap_alternates, versions
from macros.render.edition_links import EDITIONS

SEARCH_INDEX = "search/search_index.json"


def generated_at():
    """The build time, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def robots(info):
    """robots.txt: everything may be indexed; a sitemap per edition lists its pages."""
    maps = "".join(f"Sitemap: {info.edition_url(code)}sitemap.xml\n" for code in EDITIONS)
    return f"User-agent: *\nAllow: /\n\n{maps}"


def write_outputs(model, history, site_dir, info):
    """After the pages: api/v1, feed.xml, robots.txt, the redirect pages and the search index's
    other spellings. Returns problems (empty when all is well)."""
    site_dir = Path(site_dir)
    moved = redirects.pages(model, info.url)
    problems = redirects.clashes(
        model, {old for old in moved if (site_dir / old / "index.html").exists()}
    )
    if problems:
        return problems
    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / feed.FEED).write_bytes(
        feed.atom(model, history, info.url, info.name, info.repo_url)
    )
    if info.language == "en":  # one dataset and one robots.txt, at the root
        api.write(model, site_dir, info, generated_at())
        (site_dir / "robots.txt").write_text(robots(info), encoding="utf-8")
    # each edition keeps the wordings' pages its pages link to (they show the English cited)
    for old, html in (moved | versions.pages(model, info.url, info.name)).items():
        (site_dir / old).mkdir(parents=True, exist_ok=True)
        (site_dir / old / "index.html").write_text(html, encoding="utf-8")
    sitemap_alternates.rewrite(site_dir, info)
    index = site_dir / SEARCH_INDEX
    if index.is_file():  # written by the theme's search, before this
        groups = search_text.name_groups(model)
        index.write_text(
            search_text.with_other_spellings(index.read_text(encoding="utf-8"), groups),
            encoding="utf-8",
        )
    return []
