"""Pages left at old addresses (declared in data/redirects.yaml) that send
readers on to where the content now lives. Plain HTML, no plugin: a meta
refresh for browsers, a canonical link for search engines, a link for people."""
from macros.model import urls
from macros.render.html_builder import attrs, link


def page(old, new, site_url):
    """The HTML left at `old`, pointing to `new` (both relative to the site root)."""
    target = urls.relative(old, new) or "./"
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Moved</title><meta{attrs(http_equiv='refresh', content=f'0; url={target}')}>"
            f"<link{attrs(rel='canonical', href=site_url + new)}><meta name=\"robots\" content=\"noindex\">"
            f"</head><body><p>This page has moved to {link(target, site_url + new)}.</p></body></html>\n")


def pages(model, site_url):
    """{old address: HTML} for every declared redirect."""
    return {r.data["old"]: page(r.data["old"], r.data["new"], site_url) for r in model["redirects"].values()}


def clashes(model, existing):
    """Redirects whose old address is still a real page: the redirect would hide it."""
    return [f"{r.file}:{r.line}: old: '{r.data['old']}' is still a page; remove the redirect or the page"
            for r in model["redirects"].values() if r.data["old"] in existing]
