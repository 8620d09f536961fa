"""Every link inside the built site leads somewhere: the page exists, and so does its #fragment.

Checked offline on the HTML files. Links to other sites are not followed; links
written with the site's own address (canonical URLs) are checked as internal.
"""

from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .site_pages import html_file, page_urls
from conftest import SITE_URL

LINKING = {
    "a": "href",
    "link": "href",
    "img": "src",
    "script": "src",
    "source": "src",
    "iframe": "src",
}
BASE = "http://site.invalid/"  # stands for the site root while resolving relative links


class Page(HTMLParser):
    """The ids a page offers and the links it makes, with their line numbers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.ids.update(
            attrs[name]
            for name in ("id", "name")
            if attrs.get(name) and (name == "id" or tag == "a")
        )
        target = attrs.get(LINKING.get(tag, ""))
        if target is not None:
            self.links.append((self.getpos()[0], target))


def parse(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def internal_target(page_url, link, own_address):
    """(site path, fragment) a link leads to inside the site, or None for the rest of the web."""
    if link.startswith(own_address):
        link = "/" + link[len(own_address) :]
    parts = urlsplit(urljoin(BASE + page_url, link))
    if f"{parts.scheme}://{parts.netloc}/" != BASE:
        return None
    return unquote(parts.path[1:]), unquote(parts.fragment)


def resolves(site, path):
    target = Path(site) / path
    return target.is_file() or (target / "index.html").is_file()


def test_every_internal_link_and_fragment_resolves(built_site):
    own_address = SITE_URL
    pages = {url: parse(html_file(built_site, url)) for url in page_urls(built_site)}
    broken = defaultdict(list)
    for url, page in pages.items():
        for line, link in page.links:
            target = internal_target(url, link, own_address)
            if target is None:
                continue
            path, fragment = target
            if not resolves(built_site, path):
                broken[url].append(f"line {line}: {link} leads to no file")
            elif (
                fragment
                and path.removesuffix("index.html") in pages
                and fragment not in pages[path.removesuffix("index.html")].ids
            ):
                broken[url].append(f"line {line}: {link} has no #{fragment} there")
    assert not broken, "\n".join(
        f"/{url} {problem}" for url, problems in broken.items() for problem in problems
    )
