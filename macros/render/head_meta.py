"""What a page tells search engines and link previews: Open Graph and Twitter
meta tags, its preview image and a JSON-LD description. (The theme writes the
canonical link, and the description meta from the page's meta.)"""

from macros.render import words
from macros.render.document_templates import render

LICENSE = "https://creativecommons.org/licenses/by/4.0/"
LOCALES = {
    "en": "en_GB",
    "uk": "uk_UA",
    "ru": "ru_RU",
}  # Open Graph's form of each edition's language
IMAGE_SIZE = (1200, 630)


def head(
    title,
    description,
    url,
    site_name,
    site_url,
    modified=None,
    feed_url=None,
    image=None,
    graphs=(),
):
    """Safe HTML for the <head> of one page; `image` is the preview's absolute URL,
    `graphs` more JSON-LD objects (a Dataset, a Claim) after the page's own."""
    properties = {
        "og:type": "website" if url == site_url else "article",
        "og:title": title,
        "og:description": description,
        "og:url": url,
        "og:site_name": site_name,
        "og:locale": LOCALES[words.language()],
    }
    names = {
        "twitter:card": "summary_large_image" if image else "summary",
        "twitter:title": title,
        "twitter:description": description,
        # what reference managers (Zotero, Google Scholar) read: the site as author, the date the
        # page last changed, no access date (a reader's, not the build's)
        "citation_title": title,
        "citation_author": site_name,
        "citation_public_url": url,
    }
    if modified:
        names["citation_date"] = modified.replace("-", "/")
    if image:
        properties |= {
            "og:image": image,
            "og:image:width": IMAGE_SIZE[0],
            "og:image:height": IMAGE_SIZE[1],
            "og:image:alt": f"{site_name}: {title}",
        }
    page = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": title,
        "description": description,
        "url": url,
        "inLanguage": words.language(),
        "license": LICENSE,
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
    }
    if modified:
        page["dateModified"] = modified
    if image:
        page["image"] = image
    return render(
        "head.html",
        properties=properties,
        names=names,
        feed_url=feed_url,
        site_name=site_name,
        json_ld=[page, *graphs],
    )
