"""The HTML a written page may publish: an allowlist of tags, attributes and link schemes.

Markdown passes raw HTML through, and attr_list turns `{: key=value }` into attributes,
so a page could otherwise publish a script, an event handler or a `javascript:` link.
Tags and their attributes are found with the standard library's HTML parser, Markdown
links, images, reference links and attribute lists with the patterns below; anything
outside the lists is refused, even inside code, where it would be harmless: a
written page has no need for it, and one rule is easier to trust than two.
"""
import html
import re
from html.parser import HTMLParser

from markdown.extensions.attr_list import get_attrs_and_remainder

from macros.check.problems import Problem

TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p",
        "pre", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul"}
# No style (it can cover the page with a fake one, or load from elsewhere), no on* handler.
ATTRIBUTES = {"href", "src", "alt", "title", "id", "class", "lang", "colspan", "rowspan", "width", "height", "open"}
ATTR_LIST_KEYS = {"id", ".", "title", "lang", "alt", "width", "height"}  # '.' is a .class
SCHEMES = {"http", "https", "mailto"}
EXPECTED_TAG = "expected Markdown, or a tag from TAGS in macros/check/written_html.py (no script, style, frame or form)"
EXPECTED_ATTRIBUTE = f"expected only the attributes {', '.join(sorted(ATTRIBUTES))}"
EXPECTED_URL = "expected a relative address or an http:, https: or mailto: one"
EXPECTED_IMAGE = "expected an image from this site, by a relative address"
EXPECTED_ATTR_LIST = "expected only #id, .class, title, lang, alt, width and height in { }"

# Jinja is written_pages' to check: a macro call becomes our own HTML, a comment nothing.
_JINJA = re.compile(r"\{\{.*?\}\}|\{#.*?#\}|\{%.*?%\}", re.DOTALL)
_LINK = re.compile(r"(!?)\[[^\]\n]*\]\(\s*<?([^\s)>]*)")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]*)", re.MULTILINE)
_ATTR_LIST = re.compile(r"\{:?[ ]*([^}\n ][^}\n]*?)[ ]*\}")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")  # browsers drop these, so 'java\tscript:' is javascript:


def problems(name, text):
    text = _JINJA.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return sorted(_tag_problems(name, text) + _link_problems(name, text) + _attr_list_problems(name, text))


def url_problem(url, embedded=False):
    """(what is wrong, what is expected) for an address in href (or, embedded, in src), or None."""
    squeezed = _IGNORED_IN_URL.sub("", html.unescape(url))
    scheme = _SCHEME.match(squeezed)
    if scheme and scheme.group(1).lower() not in SCHEMES:
        return f"a {scheme.group(1).lower()}: address", EXPECTED_URL
    if embedded and (scheme or squeezed.startswith(("//", "\\", "/\\"))):
        return "an image from another site (the site loads nothing from outside)", EXPECTED_IMAGE
    return None


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []  # (line, tag, [(attribute, value)])

    def handle_starttag(self, tag, attrs):
        self.found.append((self.getpos()[0], tag, attrs))


def _tag_problems(name, text):
    parser = _Tags()
    parser.feed(text)
    parser.close()
    out = []
    for line, tag, attrs in parser.found:
        if tag not in TAGS:
            out.append(Problem(name, line, "html", f"a <{tag}> tag", EXPECTED_TAG))
            continue
        for attribute, value in attrs:
            if attribute not in ATTRIBUTES:
                out.append(Problem(name, line, "html", f"the {attribute} attribute on <{tag}>", EXPECTED_ATTRIBUTE))
            elif attribute in ("href", "src") and (wrong := url_problem(value or "", attribute == "src")):
                out.append(Problem(name, line, "html", f"{wrong[0]} in <{tag} {attribute}>", wrong[1]))
    return out


def _line(text, position):
    return text.count("\n", 0, position) + 1


def _link_problems(name, text):
    links = [(m.start(), m.group(2), bool(m.group(1))) for m in _LINK.finditer(text)]
    links += [(m.start(), m.group(1), False) for m in _REFERENCE.finditer(text)]
    return [Problem(name, _line(text, start), "link", f"{wrong[0]} in a Markdown link", wrong[1])
            for start, url, image in links if (wrong := url_problem(url, image))]


def _attr_list_problems(name, text):
    out = []
    for match in _ATTR_LIST.finditer(text):
        attrs, _ = get_attrs_and_remainder(match.group(1))
        for key, value in attrs:
            if key not in ATTR_LIST_KEYS:
                out.append(Problem(name, _line(text, match.start()), "attr_list", f"the {key} attribute in {{ }}",
                                   EXPECTED_ATTR_LIST))
    return out
