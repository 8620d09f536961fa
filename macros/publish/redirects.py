"""Pages left at old addresses (declared in data/redirects.yaml) that send
readers on to where the content now lives. Plain HTML, no plugin: a meta
refresh for browsers, a canonical link for search engines, a link for people."""

from macros.common import urls
from macros.render.document_templates import render


def page(old, new, site_url):
    """The HTML left at `old`, pointing to `new` (both relative to the site root)."""
    return render("redirect.html", target=urls.relative(old, new) or "./", canonical=site_url + new)


def pages(model, site_url):
    """{old address: HTML} for every declared redirect."""
    return {
        r.data["old"]: page(r.data["old"], r.data["new"], site_url)
        for r in model["redirects"].values()
    }


def clashes(model, existing):
    """Redirects whose old address is still a real page: the redirect would hide it."""
    return [
        f"{r.file}:{r.line}: old: '{r.data['old']}' is still a page; remove the redirect or the page"
        for r in model["redirects"].values()
        if r.data["old"] in existing
    ]
