"""The same page in each edition: hreflang alternates for search engines, and the language
switcher's links, which keep the reader on the page they are reading."""

from macros.render.html_builder import join, tag

EDITIONS = {"en": "English", "uk": "Українська", "ru": "Русский"}  # each in its own language


def alternates(site, page_url):
    """[(language, its name, the page's address in that edition)], English first."""
    return [(code, name, site.edition_url(code) + page_url) for code, name in EDITIONS.items()]


def head_links(site, page_url):
    """<link rel="alternate" hreflang> for each edition, and x-default for the English."""
    if not site.home:
        return ""
    found = alternates(site, page_url)
    links = [tag("link", rel="alternate", hreflang=code, href=href) for code, _, href in found]
    default = tag("link", rel="alternate", hreflang="x-default", href=found[0][2])
    return join([*links, default], "\n")
