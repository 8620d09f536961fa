"""hreflang alternates, in each edition's sitemap.xml (MkDocs writes it; this adds to it): every
page names itself in English, Ukrainian and Russian. In the sitemap rather than each page's
head, because Material reads a head's <link rel="alternate"> as an edition's root and asks it
for a sitemap (a request per page that finds none); from the sitemap it also learns which
page to open when the reader switches language."""

import gzip
import re
from xml.sax.saxutils import quoteattr

from macros.render.edition_links import EDITIONS

XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'
_LOC = re.compile(r"(<loc>)([^<]*)(</loc>)")


def with_alternates(sitemap, site):
    """The sitemap's XML with the alternates of each page added after its <loc>."""
    sitemap = sitemap.replace("<urlset ", f"<urlset {XHTML} ", 1)
    return _LOC.sub(lambda m: m.group(0) + _links(site, m.group(2)), sitemap)


def _links(site, loc):
    page = loc.removeprefix(site.url)
    found = [(code, site.edition_url(code) + page) for code in EDITIONS]
    found.append(("x-default", found[0][1]))
    return "".join(
        f'\n         <xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(href)}/>'
        for code, href in found
    )


def rewrite(site_dir, site):
    """sitemap.xml and sitemap.xml.gz of one built edition, with the alternates."""
    path = site_dir / "sitemap.xml"
    if not path.is_file() or not site.home:
        return
    text = with_alternates(path.read_text(encoding="utf-8"), site)
    path.write_text(text, encoding="utf-8")
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
