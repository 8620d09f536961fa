"""The same page in each edition: the language switcher's links, which keep the reader on the
page they are reading (the hreflang alternates are in the sitemaps: publish/sitemap_alternates.py)."""

EDITIONS = {"en": "English", "uk": "Українська", "ru": "Русский"}  # each in its own language


def alternates(language, page_url):
    """[(language, its name, a relative link to the page in that edition)], English first; the
    editions other than English sit in <language>/ beside the English pages."""
    here = _folder(language) + page_url
    return [
        (code, name, "../" * here.count("/") + _folder(code) + page_url or "./")
        for code, name in EDITIONS.items()
    ]


def shared(language, href):
    """A page's relative link to a file published once, beside the English edition (api/v1):
    from another edition's page it climbs out of that edition's folder."""
    return _folder(language) and "../" + href or href


def _folder(language):
    return "" if language == "en" else f"{language}/"
