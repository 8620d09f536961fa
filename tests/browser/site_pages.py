"""The pages of a built site, found by walking it, grouped by kind.

A page's kind comes from its URL: 'rounds/*' for a round's page, 'rounds' for the
list of rounds, 'timeline', 'home', ... so new kinds of page are checked as soon
as they are built, with no list to update.
"""

from pathlib import Path


def page_urls(site):
    """Every HTML page of the built site as a URL relative to its root ('' is home)."""
    urls = []
    for path in sorted(Path(site).rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        urls.append(relative.removesuffix("index.html"))
    return urls


def kind_of(url):
    parts = url.removesuffix(".html").strip("/").split("/")
    if parts == [""]:
        return "home"
    return parts[0] + ("/*" if len(parts) > 1 else "")


def one_page_per_kind(site):
    """{kind: URL} with the biggest page of each kind, the likeliest to break a layout."""
    biggest = {}
    for url in page_urls(site):
        size = html_file(site, url).stat().st_size
        kind = kind_of(url)
        if kind not in biggest or size > biggest[kind][1]:
            biggest[kind] = (url, size)
    return {kind: url for kind, (url, _) in sorted(biggest.items())}


def html_file(site, url):
    """The file MkDocs wrote for a page URL (directory URLs end in '/')."""
    return Path(site) / (url + "index.html" if url == "" or url.endswith("/") else url)
