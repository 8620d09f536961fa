"""What a page tells search engines and link previews: Open Graph and Twitter
meta tags and a JSON-LD description. (The theme already writes the canonical
link and the description meta from site_url and site_description.)"""
import json

from macros.render.html_builder import attrs

LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def json_ld(value):
    """JSON for a <script> element: with every '<' escaped, data can neither close
    the element ('</script') nor open a comment ('<!--'), nor read as a tag."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def head(title, description, url, site_name, site_url, modified=None, feed_url=None):
    """Safe HTML for the <head> of one page."""
    properties = {"og:type": "website" if url == site_url else "article", "og:title": title,
                  "og:description": description, "og:url": url, "og:site_name": site_name, "og:locale": "en_GB"}
    names = {"twitter:card": "summary", "twitter:title": title, "twitter:description": description}
    page = {"@context": "https://schema.org", "@type": "WebPage", "name": title, "description": description,
            "url": url, "inLanguage": "en", "license": LICENSE,
            "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url}}
    if modified:
        page["dateModified"] = modified
    parts = [f"<meta{attrs(property=k, content=v)}>" for k, v in properties.items()]
    parts += [f"<meta{attrs(name=k, content=v)}>" for k, v in names.items()]
    if feed_url:
        parts.append(f"<link{attrs(rel='alternate', type='application/atom+xml', href=feed_url, title=f'{site_name}: changes')}>")
    parts.append(f'<script type="application/ld+json">{json_ld(page)}</script>')
    return "\n".join(parts)
