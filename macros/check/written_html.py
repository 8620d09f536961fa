"""The HTML a written page may publish: an allowlist of tags, attributes and link schemes.

Markdown passes raw HTML through, and attr_list turns `{: key=value }` into attributes,
so a page could otherwise publish a script, an event handler or a `javascript:` link.
Patterns over the Markdown read it differently from Python-Markdown and from browsers,
so what is checked is what is published: the page rendered by Python-Markdown with the
site's own extensions and settings (macro calls left out, but for the text they are
given: their HTML is ours), walked
with the standard library's HTML parser. Where that parser and a browser could read
the HTML differently, the page is refused rather than trusted: any comment, CDATA,
declaration or processing instruction (`<!`, `<?`, `</ `: code is escaped in the output,
so these are raw markup), any `<` the parser did not read as a tag, and any tag whose
end or attributes a browser would read otherwise. A problem's line is where its text is in the page.
"""

import html
import itertools
import posixpath
import re
import urllib.parse
from html.parser import HTMLParser

import markdown
import markdown.treeprocessors

from macros.common import headings
from macros.common.letters import EXPECTED_LETTERS, letters_problem
from macros.common.problems import Problem
from macros.common.text import value_problem

TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
# No style (it can cover the page with a fake one, or load from elsewhere), no on* handler.
ATTRIBUTES = {
    "href",
    "src",
    "alt",
    "title",
    "id",
    "class",
    "lang",
    "colspan",
    "rowspan",
    "width",
    "height",
    "open",
}
TABLE_ALIGN = re.compile(
    r"text-align: (left|right|center);"
)  # the one style the tables extension writes
SCHEMES = {"http", "https", "mailto"}
# Material's own ids start with '__' (#__config holds its settings, a page's would replace them),
# and its classes with 'md-' (md-consent__overlay covers the page): written pages keep to
# kebab-case ids, not those of the site's template, and to the one class toc writes.
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:_[0-9]+)?")  # toc numbers a repeated heading: _1
THEME_IDS = {"cite"}  # overrides/main.html
CLASSES = {"headerlink"}  # toc's permalink
# A record's anchor on a shared page (sources/#izvestia): a written page's heading or {: #id } of
# the same name came first and took every link to the record.
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
_PREFIXED = re.compile(f"({'|'.join(headings.PREFIXES)})-.+")
_FIRST_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)  # MkDocs drops it too
_TAG = re.compile(r"<[^>]*>")
# plain words near a decoded character, to find its line by
_PHRASES, _WORDS = re.compile(r"\w[\w ]{3,}"), re.compile(r"\w{3,}")
MAX_PROBLEMS = 50  # a page of 20,000 refused tags says so in fifty lines
EXPECTED_TAG = "expected Markdown, or a tag from TAGS in macros/check/written_html.py (no script, style, frame or form)"
EXPECTED_ATTRIBUTE = f"expected only the attributes {', '.join(sorted(ATTRIBUTES))}"
EXPECTED_URL = "expected a relative address or an http:, https: or mailto: one"
EXPECTED_IMAGE = "expected an image from this site, by a relative address"
EXPECTED_ID = "expected small letters, digits and hyphens; ids starting with _ belong to the theme"
EXPECTED_OWN_ID = (
    "expected a heading or id no record has; reword the heading, or give it another {: #id }"
)
EXPECTED_CLASS = "expected no class: the theme's and the site's classes change how a page works"
EXPECTED_TITLE = (
    "expected a first heading of words, without markup, < > or &: the theme writes it into <title>"
)
EXPECTED_LINK = "expected name.md of a page of the site, or a full address"
EXPECTED_MARKUP = "expected Markdown and plain tags; write < as &lt; where it is text"

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_IGNORED_IN_URL = re.compile(
    r"[\x00-\x20\x7f]"
)  # browsers drop these, so 'java\tscript:' is javascript:
_RAW_MARKUP = re.compile(
    r"<[!?]|</(?![A-Za-z])"
)  # whatever html.parser reads as a comment, declaration or PI
_SPACE = "\t\n\f\r "
# A start tag as a browser tokenizes it (HTML standard, 13.2.5): the name, then attributes
# whose names end at space, '/', '>' or '=', and whose values are quoted or end at space or '>'.
# Stricter than a browser: no quote or '<' in a name, so an unclosed quote never matches.
_BROWSER_TAG = re.compile(
    rf"""<[A-Za-z][^{_SPACE}/>]*+(?:[{_SPACE}/]*+[^{_SPACE}/>"'<][^{_SPACE}/=>"'<]*+
                               (?:[{_SPACE}]*+=[{_SPACE}]*+(?:"[^"]*+"|'[^']*+'|[^{_SPACE}>"'][^{_SPACE}>]*+)?+)?+)*+
                               [{_SPACE}/]*+>""",
    re.X,
)  # possessive: each part is read once, as a browser does


def problems(page, shown, site, pages=None, anchors=None):
    """Every problem in the HTML a written page (read.written_page.WrittenPage) publishes: `shown` is
    its body as Markdown reads it (written_pages.jinja_problems), rendered as the SiteConfig `site`
    says. pages: the source paths a relative link may open (None: links are not checked)."""
    md = markdown.Markdown(extensions=site.extensions, extension_configs=site.extension_configs)
    links, early = _Links(md), _EarlyAttributes(md)
    rendered = md.convert(shown)
    found = [
        (
            f"a comment, declaration or other raw markup ({match.group()}…)",
            EXPECTED_MARKUP,
            match.group(),
        )
        for match in _RAW_MARKUP.finditer(rendered)
    ]
    found += [(*wrong, url) for url in links.urls if (wrong := _missing(url, pages))]
    found += [
        (f"the id '{id_}', an anchor the site gives a record", EXPECTED_OWN_ID, f"#{id_}", id_)
        for id_ in _ID_ATTRIBUTE.findall(rendered)
        if anchors is not None and (id_ in anchors or _PREFIXED.fullmatch(id_))
    ]
    found += early.found
    found += _title_problems(rendered)
    walk = _Walk(rendered)
    walk.feed(rendered)
    walk.close()
    lines = page.body.split("\n")
    return sorted(
        {
            Problem(page.name, page.line(_line(lines, clues)), "html", wrong, expected)
            for wrong, expected, *clues in (found + walk.found)[:MAX_PROBLEMS]
        }
    )


def url_problem(url, embedded=False):
    """(what is wrong, what is expected) for an address in href (or, embedded, in src), or None."""
    squeezed = _IGNORED_IN_URL.sub("", html.unescape(url))
    scheme = _SCHEME.match(squeezed)
    if scheme and scheme.group(1).lower() not in SCHEMES:
        return f"a {scheme.group(1).lower()}: address", EXPECTED_URL
    if embedded and (
        scheme or re.match(r"[/\\]{2}", squeezed)
    ):  # '//x', '/\x' and '\\x' leave the site
        return "an image from another site (the site loads nothing from outside)", EXPECTED_IMAGE
    return None


class _Walk(HTMLParser):
    """Each problem of the rendered HTML as (what is wrong, what is expected, text to find it by in the page)."""

    def __init__(self, rendered):
        super().__init__(convert_charrefs=False)  # '&lt;' stays text: only a real '<' is markup
        self.rendered = rendered
        self.starts = [
            0,
            *itertools.accumulate(len(text) + 1 for text in rendered.split("\n")),
        ]  # offset of each line
        self.found = []

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text()
        line, column = self.getpos()
        at = self.starts[line - 1] + column
        browser = _BROWSER_TAG.match(self.rendered, at)
        if not browser or browser.group() != raw:
            self.found.append(
                (f"the tag {raw[:40]!r}, which browsers may read differently", EXPECTED_MARKUP, raw)
            )
        elif tag not in TAGS:
            self.found.append((f"a <{tag}> tag", EXPECTED_TAG, raw, f"<{tag}"))
        else:
            self.found += [
                (*wrong, raw, value or "", attribute)
                for attribute, value in attrs
                if (wrong := _attribute_problem(tag, attribute, value or ""))
            ]

    def handle_endtag(self, tag):
        if tag not in TAGS:
            self.found.append((f"a </{tag}> tag", EXPECTED_TAG, f"</{tag}"))

    def handle_charref(self, name):
        self._decoded(f"&#{name};")

    def handle_entityref(self, name):
        self._decoded(f"&{name};")

    def _decoded(self, reference):
        """A character written as a reference ('&#x202E;', '&rlm;') is the character to a browser."""
        if wrong := value_problem(html.unescape(reference), f"the reference {reference}"):
            self.found.append((*wrong, reference))

    def handle_data(self, data):
        if wrong := value_problem(data, "the text") or _letters(data):
            clues = (data.strip()[:40], *_PHRASES.findall(data), *_WORDS.findall(data))
            self.found.append((*wrong, *clues))
        if "<" in data:
            self.found.append(
                (
                    "a '<' that is not a tag the checker could read, which a browser may",
                    EXPECTED_MARKUP,
                    data.strip()[:40],
                )
            )


def _attribute_problem(tag, attribute, value):
    if attribute == "style" and tag in ("th", "td") and TABLE_ALIGN.fullmatch(value):
        return None
    if attribute not in ATTRIBUTES:
        return f"the {attribute} attribute on <{tag}>", EXPECTED_ATTRIBUTE
    if wrong := value_problem(value, f"<{tag} {attribute}>") or _letters(value):
        return wrong
    if attribute in ("href", "src") and (wrong := url_problem(value, attribute == "src")):
        return f"{wrong[0]} in <{tag} {attribute}>", wrong[1]
    if attribute == "id" and not (_ID.fullmatch(value) and value not in THEME_IDS):
        return f"the id '{value}' (from a heading or {{: #id }})", EXPECTED_ID
    if attribute == "class" and set(value.split()) - CLASSES:
        return f"the class '{value}' on <{tag}>", EXPECTED_CLASS
    return None


def _letters(text):
    return (wrong, EXPECTED_LETTERS) if (wrong := letters_problem(text)) else None


class _Links(markdown.treeprocessors.Treeprocessor):
    """The addresses of the links and images Markdown makes, which MkDocs resolves (raw HTML it leaves
    as written): read where MkDocs reads them, at the end of the tree's processing."""

    def __init__(self, md):
        super().__init__(md)
        self.urls = []
        md.treeprocessors.register(self, "written-links", 0)

    def run(self, root):
        self.urls += [
            element.get(key, "")
            for element in root.iter()
            for tag, key in (("a", "href"), ("img", "src"))
            if element.tag == tag
        ]


class _EarlyAttributes(markdown.treeprocessors.Treeprocessor):
    """Attributes as attr_list sets them, before the toc extension takes some away: it reads a
    heading's data-toc-label into the table of contents and deletes it, so the HTML walked
    after never holds it."""

    def __init__(self, md):
        super().__init__(md)
        self.found = []
        md.treeprocessors.register(self, "written-attributes", 6)  # attr_list: 8, toc: 5

    def run(self, root):
        self.found += [
            (f"the {name} attribute on <{element.tag}>", EXPECTED_ATTRIBUTE, name)
            for element in root.iter()
            for name in element.attrib
            if name not in ATTRIBUTES and name != "style"  # style: the walk says which are allowed
        ]


def _title_problems(rendered):
    """MkDocs takes a page's title from its first heading, an image's alt text and the references
    ('&lt;') as they are, and the theme's striptags filter decodes them into the <title>,
    unescaped: '&lt;/title&gt;' would end it there. So the first heading is plain words: no
    tag (image, link, code, emphasis) and no '<', '>' or '&'."""
    heading = _FIRST_H1.search(rendered)
    inner = _PERMALINK.sub("", heading.group(1)) if heading else ""
    if "<" in inner or "&" in inner:
        text = _TAG.sub("", inner)[:40] or inner[:40]
        return [(f"the page's first heading is not plain words ({text})", EXPECTED_TITLE, text)]
    return []


def _missing(url, pages):
    """MkDocs' strict build stops at a relative link to a file it does not have (mkdocs/structure/
    pages.py, path_to_url: a path whose last part has an extension); the check stops it first."""
    parts = urllib.parse.urlsplit(url)
    if pages is None or parts.scheme or parts.netloc or url.startswith(("/", "\\")):
        return None
    path = urllib.parse.unquote(parts.path)
    if not posixpath.splitext(path)[1] or posixpath.normpath(path) in pages:
        return None
    return f"a link to '{path}', which is not a page of the site", EXPECTED_LINK


def _line(lines, clues):
    """The first of the lines holding one of the clues, tried in order; else the first line."""
    for clue in (clue.strip().split("\n")[0] for clue in clues if clue.strip()):
        for number, line in enumerate(lines, 1):
            if clue.lower() in line.lower():
                return number
    return 1
