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
import yaml
from jinja2 import nodes

from macros.check import written_html
from macros.common import urls
from macros.common.problems import Problem
from macros.common.text import problems_in_text
from macros.read import site_config

FRONT_MATTER = {
    "title": "a title",
    "description": "a one-line summary",
    "hide": "a list of parts to hide",
}
HIDEABLE = {"navigation", "toc", "footer", "path", "tags", "feedback"}
EXPECTED_JINJA = (
    "expected plain text, and {{ macro() }} with one of the project's macros, on a line of its own "
    'between blank lines, or {{ repo_link("path", "text") }} in a sentence'
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
_PAGE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\.md")
_ALONE = re.compile(r"\{\{ *[A-Za-z_]\w* *\(\) *\}\} *")
# MkDocs reads front matter as YAML between '---' lines, or as 'key: value' lines at the top (MultiMarkdown).
_YAML_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_JINJA = jinja2.Environment()  # mkdocs-macros' default delimiters; mkdocs.yml sets no j2_* option


def problems(docs_dir, root, macro_names, config_file=None):
    """Every problem in the written pages under docs_dir, and in the nav of config_file (default
    root/mkdocs.yml); paths are named relative to root."""
    config_file = config_file or root / "mkdocs.yml"
    site = site_config.read(config_file)
    found, pages = [], set()
    for entry in sorted(os.listdir(docs_dir)) if os.path.isdir(docs_dir) else []:
        path = os.path.join(docs_dir, entry)
        name = os.path.relpath(path, root).replace(os.sep, "/")
        wrong = _path_problem(path)
        if wrong:
            found.append(Problem(name, 1, "(link)" if os.path.islink(path) else "(file)", *wrong))
        else:
            pages.add(entry)
            with open(path, encoding="utf-8", errors="replace") as handle:
                found += page_problems(name, handle.read(), macro_names, site)
    config_name = os.path.relpath(config_file, root).replace(os.sep, "/")
    return found + [
        Problem(
            config_name,
            line,
            "nav",
            f"'{page}' is not a page in {site.docs_dir}/",
            "expected a written page of that name, or its entry taken out of nav",
        )
        for page, line in site.nav
        if page not in pages | GENERATED
    ]


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
    if entry[:-3] in RESERVED:
        return (
            f"'{entry[:-3]}' is a name the site gives its own files",
            f"expected another name for the page, none of {', '.join(sorted(RESERVED))}",
        )
    return None


def page_problems(name, text, macro_names, site):
    """The problems of one written page: its characters, front matter, Jinja and HTML (site: a SiteConfig)."""
    jinja, shown = jinja_problems(name, text, macro_names)
    return (
        problems_in_text(text, name)
        + front_matter_problems(name, text)
        + jinja
        + written_html.problems(name, text, shown, site)
    )


def front_matter_problems(name, text):
    keys = _front_matter(name, text)
    if isinstance(keys, Problem):
        return [keys]
    out = []
    for key, (line, value) in keys.items():
        wrong = _front_value_problem(key, value)
        if wrong:
            out.append(
                Problem(
                    name,
                    line,
                    f"front matter: {key}",
                    wrong,
                    "expected only " + ", ".join(f"{k} ({v})" for k, v in FRONT_MATTER.items()),
                )
            )
    return out


def _front_value_problem(key, value):
    if key not in FRONT_MATTER:
        return "this key is not used by written pages (mkdocs-macros would make it a variable)"
    if key == "hide":
        ok = isinstance(value, list) and all(isinstance(v, str) and v in HIDEABLE for v in value)
        return None if ok else f"hide takes a list of {', '.join(sorted(HIDEABLE))}"
    return (
        None if isinstance(value, str) and "\n" not in value else f"{key} must be one line of text"
    )


def _front_matter(name, text):
    """{key: (line, value)} as MkDocs reads them, or a Problem when the YAML is broken."""
    match = _YAML_FRONT.match(text)
    if match:
        try:
            node = yaml.compose(match.group(1), Loader=yaml.SafeLoader)
            data = yaml.safe_load(match.group(1))
        except yaml.YAMLError as err:
            line = getattr(getattr(err, "problem_mark", None), "line", 0) + 2
            return Problem(
                name, line, "front matter", "this is not valid YAML", "expected key: value lines"
            )
        if not isinstance(data, dict):
            return {}  # MkDocs reads no front matter then; the text is the page
        lines = {key.value: key.start_mark.line + 2 for key, _ in node.value}
        return {str(key): (lines.get(key, 1), value) for key, value in data.items()}
    keys = {}
    for number, line in enumerate(text.split("\n"), 1):
        meta = _META_LINE.match(line)
        if not meta or not line.strip():
            break
        keys[meta.group("key").lower()] = (number, meta.group("value").strip())
    return keys


def jinja_problems(name, text, macro_names):
    """(problems, the page's own text as Markdown will read it): Jinja comments dropped, and each
    macro call replaced by the text arguments it was given, which an inline macro puts in the page
    (a block macro's HTML is ours, between blank lines)."""
    try:
        raw = [line for line, kind, _ in _JINJA.lex(text) if kind == "raw_begin"]
        template = _JINJA.parse(text)
    except jinja2.TemplateSyntaxError as err:
        return [
            Problem(
                name,
                err.lineno or 1,
                "jinja",
                f"this does not parse ({err.message})",
                EXPECTED_JINJA,
            )
        ], ""
    found = [Problem(name, line, "jinja", "a {% raw %} block", EXPECTED_JINJA) for line in raw]
    shown, lines = [], text.split("\n")
    for node in template.body:
        if not isinstance(node, nodes.Output):
            found.append(
                Problem(
                    name,
                    node.lineno,
                    "jinja",
                    f"a {{% {type(node).__name__.lower()} %}} statement",
                    EXPECTED_JINJA,
                )
            )
            continue
        found += [
            Problem(name, part.lineno, "jinja", wrong, EXPECTED_JINJA)
            for part in node.nodes
            if (wrong := _output_problem(part, macro_names, lines))
        ]
        shown += [
            part.data if isinstance(part, nodes.TemplateData) else _arguments_text(part)
            for part in node.nodes
        ]
    return found, "".join(shown)


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
