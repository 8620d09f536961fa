"""What a written page in docs/ may contain, checked before any page renders.

mkdocs-macros renders every written page with a plain Jinja environment whose context
holds the configuration, the page, the navigation and Python objects: through them a
page could run commands at build time or change what other pages are built with. So
a page is parsed with Jinja's own parser and may hold only text and `{{ name() }}`,
where `name` is one of the project's macros, called without arguments, on a line of its
own between blank lines (so its HTML is a block of its own, and the Markdown around it
reads the same with or without it); a macro that takes arguments (repo_link) makes a
link inside a sentence, takes text in quotes only, and its text is checked as the
page's own. No statement, loop, filter, variable or attribute
passes, so no page can reach past its macros, and rendering cannot hang: without loops,
a page's rendering time is that of the macros it calls. The front matter, which
mkdocs-macros also turns into variables, may hold only the keys below. The HTML rules
are in written_html.py.

docs/ holds only pages at its top, named in kebab-case and by no name the site gives
its own files (feed.xml, api/, rounds/...): a page there would overwrite one of them,
or lose to it, when the site is built. Every page mkdocs.yml's nav names must exist.
"""

import os
import re

import jinja2
from jinja2 import nodes

from macros.check import page_shape, site_pages, written_html
from macros.common import urls
from macros.common.letters import letters_problem
from macros.common.problems import Problem
from macros.common.text import problems_in_text, value_problem
from macros.read import site_config, translations, written_page

FRONT_MATTER = {
    "title": "a title",
    "description": "a one-line summary",
    "hide": "a list of parts to hide",
    "translates": "in a translation, the fingerprint of the English page it translates",
}
MARKUP = set('<>&"{}`\\')  # refused in a title or description: see _markup_in
MAX_PAGES = 60  # written pages, translations included (33 today): each may call every macro once
MAX_DOCS = (
    192 * 1024
)  # every written page together (about 70 KB today): the check's time is bounded
HIDEABLE = {"navigation", "toc", "footer", "path", "tags", "feedback"}
EXPECTED_JINJA = (
    "expected plain text, and {{ macro() }} with one of the project's macros, once a page, on a "
    'line of its own between blank lines, or {{ repo_link("path", "text") }} in a sentence'
)
# Top-level names of what the build publishes besides written pages.
RESERVED = {
    "404",
    "api",
    "assets",
    "feed",
    "readme",
    "robots",
    "search",
    "sitemap",
    "tags",
    *(url.split("/")[0] for url in (*urls.PAGE.values(), urls.CLAIM_PAGE)),
}
GENERATED = {
    f"{urls.index_url(collection)}index.md" for collection in urls.PAGE
}  # which nav may name
_PAGE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*(\.(uk|ru))?\.md")
_ALONE = re.compile(r"\{\{ *[A-Za-z_]\w* *\(\) *\}\} *")
_JINJA = jinja2.Environment()  # mkdocs-macros' default delimiters; mkdocs.yml sets no j2_* option


def problems(docs_dir, root, macro_names, config_file=None, dataset=None):
    """Every problem in the written pages under docs_dir, and in the nav of config_file (default
    root/mkdocs.yml); paths are named relative to root. Links are checked against the pages the
    dataset makes (without one, as when the data is broken, they are not)."""
    return [problem for _, problem in located(docs_dir, root, macro_names, config_file, dataset)]


def held_back(found):
    """The written pages (names in docs/) that `make serve` shows without their content while
    they have problems, from located(); None when a problem is of the whole (a path, a limit,
    the nav), which only a fix gets past."""
    pages = {page for page, _ in found}
    return None if None in pages else pages


def located(docs_dir, root, macro_names, config_file=None, dataset=None):
    """(page, problem) for each of problems(): page is the name in docs/ of the one written page
    the problem is in, None for a problem of the whole."""
    config_file = config_file or root / "mkdocs.yml"
    site = site_config.read(config_file)
    entries = sorted(os.listdir(docs_dir)) if os.path.isdir(docs_dir) else []
    known = None if dataset is None else generated_pages(dataset) | set(entries)
    anchors = (
        None if dataset is None else {i for records in dataset.records.values() for i in records}
    )
    found, pages, total = [], set(), 0
    for entry in entries:
        path = os.path.join(docs_dir, entry)
        name = os.path.relpath(path, root).replace(os.sep, "/")
        wrong = _path_problem(path)
        if wrong:
            kind = "(link)" if os.path.islink(path) else "(file)"
            found.append((None, Problem(name, 1, kind, *wrong)))
            continue
        pages.add(entry)
        if len(pages) > MAX_PAGES:
            found.append((None, _too_many(name)))
            continue
        with open(path, "rb") as handle:
            data = handle.read(written_page.MAX_BYTES + 1)
        total += len(data)
        if total <= MAX_DOCS:
            page = page_problems(name, data, macro_names, site, known, anchors)
            found += [(entry, problem) for problem in page]
        elif total - len(data) <= MAX_DOCS:  # the page that crosses the limit says so, once
            found.append((None, _too_much(name, total)))
    config_name = os.path.relpath(config_file, root).replace(os.sep, "/")
    return found + [
        (
            None,
            Problem(
                config_name,
                line,
                "nav",
                f"'{page}' is not a page in {site.docs_dir}/",
                "expected a written page of that name, or its entry taken out of nav",
            ),
        )
        for page, line in site.nav
        if page not in pages | GENERATED
    ]


def _too_many(name):
    return Problem(
        name,
        1,
        "(file)",
        f"this page is one of more than {MAX_PAGES} written pages",
        f"expected at most {MAX_PAGES} pages in docs/; the pages of records are made from data/",
    )


def _too_much(name, total):
    return Problem(
        name,
        1,
        "(file)",
        f"with this page the written pages hold {total // 1024} KB",
        f"expected at most {MAX_DOCS // 1024} KB in docs/ together; the site's pages are data",
    )


def generated_pages(dataset):
    """The source path of every page the build makes from the data."""
    return set(site_pages.made(dataset).values())


def _path_problem(path):
    """(what is wrong, what is expected) for one entry of docs/, or None for a written page."""
    if os.path.islink(path):
        return (
            "a symbolic link in docs/ would publish the file it points to",
            "expected a real file; copy the text in, or remove the link",
        )
    if not os.path.isfile(path):
        return (
            "docs/ holds only written pages, at its top",
            "expected docs/<name>.md; the site makes its own folders",
        )
    entry = os.path.basename(path)
    if not entry.endswith(".md"):
        return (
            "docs/ holds only written pages",
            "expected a Markdown (.md) file; styles and scripts belong in overrides/",
        )
    if not _PAGE_NAME.fullmatch(entry):
        return (
            "the name is not in kebab-case",
            "expected small letters, digits and hyphens, e.g. docs/peace-plans.md",
        )
    english, language = translations.written_edition(entry)
    if language != "en" and not os.path.isfile(os.path.join(os.path.dirname(path), english)):
        return (
            f"this translates docs/{english}, which does not exist",
            "expected the translation named after its English page, e.g. docs/method.uk.md",
        )
    if entry[:-3] in RESERVED:
        return (
            f"'{entry[:-3]}' is a name the site gives its own files",
            f"expected another name for the page, none of {', '.join(sorted(RESERVED))}",
        )
    return None


def page_problems(name, source, macro_names, site, pages=None, anchors=None):
    """The problems of one written page (its bytes, or its text): how it reads, its characters, front
    matter, shape, Jinja and HTML. site: a SiteConfig; pages: the pages its links may open (None:
    links are not checked, as when the data that makes the generated pages is broken)."""
    page = written_page.read(name, source.encode() if isinstance(source, str) else source)
    if isinstance(page, list):
        return page
    found = problems_in_text(page.text, name) + front_matter_problems(page)
    found += page_shape.problems(page)
    if found:  # Markdown is not asked to read a page of refused characters or shape
        return found
    jinja, shown = jinja_problems(page, macro_names)
    return jinja + written_html.problems(page, shown, site, pages, anchors)


def front_matter_problems(page):
    return [
        Problem(
            page.name,
            page.lines[key],
            f"front matter: {key}",
            wrong,
            "expected only " + ", ".join(f"{k} ({v})" for k, v in FRONT_MATTER.items()),
        )
        for key, value in page.meta.items()
        if (wrong := _front_value_problem(key, value))
    ]


def _front_value_problem(key, value):
    if key not in FRONT_MATTER:
        return "this key is not used by written pages (mkdocs-macros would make it a variable)"
    if key == "hide":
        ok = isinstance(value, list) and all(isinstance(v, str) and v in HIDEABLE for v in value)
        return None if ok else f"hide takes a list of {', '.join(sorted(HIDEABLE))}"
    if key == "translates":
        ok = isinstance(value, str) and re.fullmatch(r"[0-9a-f]{8}", value)
        return None if ok else "translates takes the English page's fingerprint, 8 hex digits"
    if not isinstance(value, str) or "\n" in value:
        return f"{key} must be one line of text"
    if wrong := value_problem(value, f"the {key}") or _markup_in(value):
        return wrong[0] if isinstance(wrong, tuple) else wrong
    return letters_problem(value)


def _markup_in(value):
    """The theme writes a title into <title> and the header without escaping it, and mkdocs-macros
    renders one holding '{{', '{%' or '{#' as Jinja: the characters that could start either."""
    found = sorted(set(value) & MARKUP)
    return (
        f"the characters {' '.join(found)} (markup, where the theme writes them)" if found else None
    )


def jinja_problems(page, macro_names):
    """(problems, the page's own text as Markdown will read it): Jinja comments dropped, and each
    macro call replaced by the text arguments it was given, which an inline macro puts in the page
    (a block macro's HTML is ours, between blank lines). Only the body is Jinja: mkdocs-macros
    renders what MkDocs leaves once the front matter is taken off."""
    name, text = page.name, page.body
    try:
        raw = [line for line, kind, _ in _JINJA.lex(text) if kind == "raw_begin"]
        template = _JINJA.parse(text)
    except jinja2.TemplateSyntaxError as err:
        return [
            Problem(
                name,
                page.line(err.lineno or 1),
                "jinja",
                f"this does not parse ({err.message})",
                EXPECTED_JINJA,
            )
        ], ""
    found = [
        Problem(name, page.line(line), "jinja", "a {% raw %} block", EXPECTED_JINJA) for line in raw
    ]
    shown, lines, called = [], text.split("\n"), set()
    for node in template.body:
        if not isinstance(node, nodes.Output):
            found.append(
                Problem(
                    name,
                    page.line(node.lineno),
                    "jinja",
                    f"a {{% {type(node).__name__.lower()} %}} statement",
                    EXPECTED_JINJA,
                )
            )
            continue
        found += [
            Problem(name, page.line(part.lineno), "jinja", wrong, EXPECTED_JINJA)
            for part in node.nodes
            if (wrong := _output_problem(part, macro_names, lines) or _again(part, called))
        ]
        shown += [
            part.data if isinstance(part, nodes.TemplateData) else _arguments_text(part)
            for part in node.nodes
        ]
    return found, "".join(shown)


def _again(node, called):
    """A block macro called a second time on a page: each call publishes a whole table again
    (300 calls of six macros made a 15 MB page of 6 KB)."""
    if isinstance(node, nodes.Call) and not node.args and isinstance(node.node, nodes.Name):
        if node.node.name in called:
            return f"{node.node.name}() is called a second time on the page"
        called.add(node.node.name)
    return None


def _arguments_text(node):
    arguments = node.args if isinstance(node, nodes.Call) else []
    return " ".join(
        a.value for a in arguments if isinstance(a, nodes.Const) and isinstance(a.value, str)
    )


def _output_problem(node, macro_names, lines):
    """What is wrong with one piece of output, or None for text and an allowed macro call."""
    if isinstance(node, nodes.TemplateData):
        return None
    if not isinstance(node, nodes.Call):
        return f"{{{{ {_describe(node)} }}}} is not a macro call"
    if not isinstance(node.node, nodes.Name):
        return f"a call of {_describe(node.node)}, which is not one of the project's macros"
    if node.node.name not in macro_names:
        return f"{node.node.name}() is not one of the project's macros ({', '.join(sorted(macro_names))})"
    takes = macro_names[node.node.name]
    texts = [a for a in node.args if isinstance(a, nodes.Const) and isinstance(a.value, str)]
    if (
        node.kwargs
        or node.dyn_args
        or node.dyn_kwargs
        or len(node.args) != takes
        or len(texts) != takes
    ):
        return (
            f"{node.node.name}() is given arguments; it takes none"
            if not takes
            else f"{node.node.name}() takes {takes} texts in quotes as its arguments, nothing else"
        )
    around = lines[max(node.lineno - 2, 0) : node.lineno - 1] + lines[node.lineno : node.lineno + 1]
    if not takes and (
        not _ALONE.fullmatch(lines[node.lineno - 1]) or any(line.strip() for line in around)
    ):
        return f"{node.node.name}() is not on a line of its own between blank lines"
    return None


def _describe(node):
    """A short name for a Jinja expression: a variable's name, or the kind of expression."""
    return node.name if isinstance(node, nodes.Name) else f"an expression ({type(node).__name__})"
