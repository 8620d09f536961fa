"""A written page in docs/ gets only what it needs: the project's macros, safe HTML, known front matter.

Each route a page could use to reach Python, the configuration or the reader's browser
is tried once and must be refused with FILE:LINE before anything renders, by
`make validate` and by the build alike.
"""

import os

import pytest

import macros
from macros.check import written_pages
from macros.read import site_config, translations
from macros.views.page_macros import PAGE_MACROS

from conftest import ROOT, build, run_module
from hostile import run
from test_build import copy_project

PAGE = "docs/probe.md"
SITE = site_config.read(ROOT / "mkdocs.yml")


def probe(text):
    """The problems found in a written page holding `text` on its third line, under a heading."""
    return written_pages.page_problems(PAGE, f"# Probe\n\n{text}\n", PAGE_MACROS, SITE)


RCE = '{{ cycler.__init__.__globals__.os.popen("echo RCE-$((6*7))").read() }}'

JINJA_ROUTES = {
    "cycler globals": RCE,
    "joiner globals": "{{ joiner.__init__.__globals__ }}",
    "namespace": "{{ namespace(a=1) }}",
    "lipsum": "{{ lipsum() }}",
    "range": "{{ range(10) }}",
    "config": "{{ config.site_name }}",
    "config changed for other pages": '{{ config.update({"site_name": "x"}) }}',
    "config item": '{{ config["site_name"] }}',
    "page": "{{ page.title }}",
    "env": "{{ env }}",
    "self": "{{ self }}",
    "macros' own context macro": "{{ context() }}",
    "macros_info": "{{ macros_info() }}",
    "plain variable": "{{ no_such_variable }}",
    "attribute of a macro": "{{ timeline.__globals__ }}",
    "attribute chain on a call": "{{ timeline().__class__.__mro__ }}",
    "filter attr": '{{ timeline()|attr("__class__") }}',
    "filter on a literal": '{{ "x"|upper }}',
    "arithmetic": "{{ 7 * 7 }}",
    "set": "{% set x = 1 %}",
    "include": '{% include "index.md" %}',
    "import": '{% import "index.md" as m %}',
    "from import": '{% from "index.md" import x %}',
    "extends": '{% extends "index.md" %}',
    "macro": "{% macro m() %}x{% endmacro %}",
    "call block": "{% call timeline() %}x{% endcall %}",
    "for over a huge range": "{% for i in range(10**9) %}x{% endfor %}",
    "if": "{% if 1 %}x{% endif %}",
    "with": "{% with a = 1 %}x{% endwith %}",
    "filter block": "{% filter upper %}x{% endfilter %}",
    "raw": "{% raw %}x{% endraw %}",
    "non-literal argument": "{{ timeline(page) }}",
    "literal argument (it would replace what the macro renders with)": "{{ timeline(1) }}",
    "keyword argument": '{{ timeline(render="x") }}',
    "macro inside a paragraph": "Text {{ timeline() }}",
    "whitespace control joining lines": "{{- timeline() -}}",
    "an inline macro given too few arguments": '{{ repo_link("issues") }}',
    "an inline macro given a keyword": '{{ repo_link("issues", text="x") }}',
    "an inline macro given a number": '{{ repo_link("issues", 1) }}',
    "an inline macro given a variable": '{{ repo_link("issues", page) }}',
    "computed argument": "{{ timeline(10**9) }}",
    "spread arguments": "{{ timeline(*[1]) }}",
    "unknown macro": "{{ now() }}",
    "broken syntax": "{{ timeline( }}",
}


@pytest.mark.parametrize("text", JINJA_ROUTES.values(), ids=JINJA_ROUTES.keys())
def test_jinja_beyond_a_macro_call_is_refused(text):
    found = probe(text)
    assert [p for p in found if (p.file, p.line, p.field) == (PAGE, 3, "jinja")], found


FRONT_MATTER = {
    "unknown key (a variable for mkdocs-macros)": ("---\ntitle: x\nconfig: 1\n---\n# P\n", 3),
    "render_macros": ("---\nrender_macros: false\n---\n# P\n", 2),
    "template": ("---\ntemplate: 404.html\n---\n# P\n", 2),
    "MultiMarkdown style": ("site_name: x\n\n# P\n", 1),
    "hide with an unknown part": ("---\nhide: [everything]\n---\n# P\n", 2),
    "title that is not text": ("---\ntitle: {a: 1}\n---\n# P\n", 2),
    "broken YAML": ("---\ntitle: [x\n---\n# P\n", 3),
}


@pytest.mark.parametrize("text, line", FRONT_MATTER.values(), ids=FRONT_MATTER.keys())
def test_front_matter_beyond_the_known_keys_is_refused(text, line):
    found = written_pages.page_problems(PAGE, text, PAGE_MACROS, SITE)
    assert [p for p in found if p.line == line and p.field.startswith("front matter")], found


def test_jinja_in_front_matter_is_refused():
    found = written_pages.page_problems(
        PAGE, '---\ntitle: "{{ config }}"\n---\n# P\n', PAGE_MACROS, SITE
    )
    assert [p for p in found if (p.line, p.field) == (2, "front matter: title")], found


HTML = {
    "script": ("<script>alert(1)</script>", "html"),
    "iframe": ('<iframe src="https://evil.example"></iframe>', "html"),
    "object": ('<object data="x.swf"></object>', "html"),
    "embed": ('<embed src="x.swf">', "html"),
    "form": ('<form action="https://evil.example"><input></form>', "html"),
    "style tag": ("<style>body{display:none}</style>", "html"),
    "link": ('<link rel="stylesheet" href="https://evil.example/x.css">', "html"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil.example">', "html"),
    "base": ('<base href="https://evil.example/">', "html"),
    "svg": ("<svg onload=alert(1)></svg>", "html"),
    "event attribute": ('<img src="x.png" onerror="alert(1)">', "html"),
    "upper-case event attribute": ('<a href="#" ONCLICK="alert(1)">x</a>', "html"),
    "style attribute": ('<div style="position:fixed;inset:0">x</div>', "html"),
    "javascript: href": ('<a href="javascript:alert(1)">x</a>', "html"),
    "javascript: with an entity": ('<a href="java&#115;cript:alert(1)">x</a>', "html"),
    "javascript: with a tab": ('<a href="java\tscript:alert(1)">x</a>', ""),  # the tab itself
    "vbscript: href": ('<a href="VBScript:x">x</a>', "html"),
    "data: src": ('<img src="data:text/html,x">', "html"),
    "image from elsewhere": ('<img src="//tracker.example/pixel.png">', "html"),
    "Markdown link": ("[x](javascript:alert(1))", "html"),
    "Markdown link in angle brackets": ("[x](<javascript:alert(1)>)", "html"),
    "Markdown image": ("![x](data:image/svg+xml,x)", "html"),
    "Markdown image from elsewhere": ("![x](https://tracker.example/pixel.png)", "html"),
    "reference link": ("[r]: javascript:alert(1)\n\n[x][r]", "html"),
    "attr_list event": ('# Title {: onclick="alert(1)" }', "html"),
    "attr_list href": ('[x](a.md){: href="javascript:alert(1)" }', "html"),
    "attr_list style": ('## Title {: style="display:none" }', "html"),
}


@pytest.mark.parametrize("text, field", HTML.values(), ids=HTML.keys())
def test_unsafe_html_is_refused(text, field):
    found = probe(text)
    assert [p for p in found if (p.line, p.field) == (3, field)], found


# Markdown and browsers read these differently from patterns over the Markdown (red-team
# findings F1-F10): each was published live before the rendered HTML was checked.
READ_DIFFERENTLY = {
    "attr_list value holding '}'": ('Hello\n{: title="}" onclick="alert(1)" }', 4),
    "link text with nested brackets": ("[a [b] c](javascript:alert(1))", 3),
    "link text over two lines": ("[a\nb](javascript:alert(2))", 4),
    "reference URL on the next line": ("[y][s]\n\n[s]:\n    javascript:alert(4)", 6),
    "reference label over two lines": ("[x][r]\n\n[r\n]: javascript:alert(1)", 6),
    "comment closed by --!>": ("<!-- x --!><img src=x onerror=alert(5)> -->", 3),
    "abruptly closed comment": ("<!--><img src=x onerror=alert(13)>-->", 3),
    "abruptly closed comment, three dashes": ("<!---><img src=x onerror=alert(14)>-->", 3),
    "CDATA block": ("<![CDATA[ x ><img src=x onerror=alert(6)> ]]>", 3),
    "CDATA inline": ("text <![CDATA[ x ><img src=x onerror=alert(7)> ]]> more", 3),
    "bogus declaration": ("<!x <img src=x onerror=alert(12)>>", 3),
    "processing instruction": ("<?x <img src=x onerror=alert(1)> ?>", 3),
    "reference-style image from elsewhere": ("![t][i]\n\n[i]: https://evil.example/pixel.png", 5),
    "image from elsewhere through backslashes": ('<img src="/\\evil.example/p.png">', 3),
    "Markdown link in an inline macro's text": (
        'See {{ repo_link("issues", "[y](javascript:alert(1))") }}.',
        3,
    ),
    "Jinja escape in an inline macro's text": (
        'See {{ repo_link("issues", "\\x5by](javascript:alert(1))") }}.',
        3,
    ),
}


@pytest.mark.parametrize("text, line", READ_DIFFERENTLY.values(), ids=READ_DIFFERENTLY.keys())
def test_what_markdown_or_a_browser_reads_as_markup_is_refused(text, line):
    found = probe(text)
    assert [p for p in found if (p.line, p.field) == (line, "html")], found


def test_the_check_renders_with_mkdocs_own_extensions_too():
    from mkdocs.config.defaults import MkDocsConfig

    assert list(site_config.MKDOCS_BUILTIN) == MkDocsConfig.markdown_extensions.builtins
    assert {"attr_list", "toc"} <= set(SITE.extensions) and SITE.extension_configs["toc"] == {
        "permalink": True
    }


def test_the_registered_macros_take_the_arguments_the_check_allows():
    """A parameter with a default (lambda render=render: ...) would let {{ timeline(1) }} replace the renderer."""
    import inspect

    class Env:
        registered = {}

        def macro(self, function, name=None):
            self.registered[name or function.__name__] = function
            return function

    macros.define_env(Env())
    assert set(Env.registered) == set(PAGE_MACROS)
    for name, function in Env.registered.items():
        parameters = inspect.signature(function).parameters.values()
        assert len(parameters) == PAGE_MACROS[name] and all(
            p.default is p.empty for p in parameters
        ), name


PATHS = {
    "a page shadowing api/v1 (F12)": "api/v1/claims.json.md",
    "a page shadowing the feed (F13)": "feed.xml.md",
    "a page shadowing the sitemap (F14)": "sitemap.xml.md",
    "a page in search/ (F15)": "search/search_index.json.md",
    "a page in assets/ (F16)": "assets/stylesheets/site.css.md",
    "a page shadowing tags.json (F17)": "tags.json/index.md",
    "a page hidden by a generated round page": "rounds/round-3.md",
    "a page hidden by a claim page": "claims/some-claim.md",
    "a reserved name": "feed.md",
    "the name of a section": "rounds.md",
    "a name not in kebab-case": "Notes_2025.md",
}


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_pages_that_would_collide_with_generated_files_are_refused(tmp_path, path):
    (tmp_path / "docs" / path).parent.mkdir(parents=True)
    (tmp_path / "docs" / path).write_text("# x\n\nhello\n", encoding="utf-8")
    found = written_pages.problems(tmp_path / "docs", tmp_path, PAGE_MACROS)
    assert [(p.file, p.line) for p in found] == [("docs/" + path.split("/")[0], 1)], found


def test_a_page_the_nav_names_must_exist(tmp_path):
    """F18: without docs/timeline.md, MkDocs stops with a warning that names no line."""
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nfoo: !ENV [X, y]\nhooks: !!python/name:os.system\n"
        "nav:\n  - Home: index.md\n  - Rounds: rounds/index.md\n"
        "  - More:\n      - Timeline: timeline.md\n      - Out: https://e.example/x.md\n",
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Home\n", encoding="utf-8")
    found = written_pages.problems(tmp_path / "docs", tmp_path, PAGE_MACROS)
    assert [(p.file, p.line, p.field) for p in found] == [("mkdocs.yml", 8, "nav")], found


def test_what_written_pages_need_passes():
    text = (
        "---\ntitle: Probe\ndescription: One line.\nhide: [toc]\n---\n# Probe {: #top }\n\n"
        '{# a note to editors #}\n\n{{ timeline() }}\n\n[Method](method.md#x) <a href="../feed.xml">feed</a> '
        '[out](https://example.org/a?b=c) <abbr title="x">X</abbr> ![map](map.png)\n'
    )
    assert written_pages.page_problems(PAGE, text, PAGE_MACROS, SITE) == []


def test_the_real_pages_pass():
    assert written_pages.problems(ROOT / "docs", ROOT, PAGE_MACROS) == []


def test_docs_holds_only_markdown(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/evil.js").write_text("alert(1)", encoding="utf-8")
    found = written_pages.problems(tmp_path / "docs", tmp_path, PAGE_MACROS)
    assert [(p.file, p.line) for p in found] == [("docs/evil.js", 1)]


@pytest.fixture(scope="module")
def hostile_docs(tmp_path_factory):
    """A copy of the project with every kind of route in written pages, and links in docs/."""
    tmp = tmp_path_factory.mktemp("hostile-docs")
    project = copy_project(tmp / "project")
    (project / "docs/probe.md").write_text(
        f"# Probe\n\n{RCE}\n\n<script>alert(1)</script>\n", encoding="utf-8"
    )
    (project / "docs/front.md").write_text("---\nsite_name: x\n---\n# Front\n", encoding="utf-8")
    hidden = f"---\ntitle: Hidden  # {{#\n---\n# Hidden\n\n#}}\n\n{RCE}\n"  # issue #20
    (project / "docs/hidden.md").write_text(hidden, encoding="utf-8")
    meta = "title: Meta\n    x\ntemplate: redirect.html\n\n# Meta\n"
    (project / "docs/meta.md").write_text(meta, encoding="utf-8")
    (project / "docs/bytes.md").write_bytes(b"# Bytes\n\ncaf\xe9\n")
    (project / "docs/dead.md").write_text("# Dead\n\n[gone](missing.md)\n", encoding="utf-8")
    outside = tmp / "secret.txt"
    outside.write_text("SECRET-FROM-OUTSIDE\n", encoding="utf-8")
    os.symlink(outside, project / "docs/leak.md")
    os.symlink(tmp, project / "docs/linked-folder")
    return tmp, project


EXPECTED = [
    "docs/probe.md:3: jinja:",
    "docs/probe.md:5: html:",
    "docs/front.md:2: front matter: site_name:",
    "docs/hidden.md:8: jinja:",
    "docs/meta.md:1: front matter:",
    "docs/bytes.md:3: (file):",
    "docs/dead.md:3: html:",
    "docs/leak.md:1: (link):",
    "docs/linked-folder:1: (link):",
]


@pytest.mark.build
def test_the_build_refuses_them_before_anything_renders(hostile_docs):
    tmp, project = hostile_docs
    result = build(project, tmp / "site")
    assert result.returncode != 0
    for start in EXPECTED:
        assert any(line.startswith(start) for line in result.stderr.splitlines()), (
            start,
            result.stderr,
        )
    assert "Traceback" not in result.stderr and "RCE-42" not in result.stdout + result.stderr
    assert not (tmp / "site").exists()  # nothing published, least of all the linked file


@pytest.mark.build
def test_serve_holds_the_pages_back_and_builds_the_rest(hostile_docs, tmp_path):
    """`make serve` (SERVE_LAST_GOOD=1): with the links in docs/ (a problem of the whole) it
    stops as the build does; without them, each page with problems is a stub that never read
    its text, the other pages build, and each lists the problems."""
    _, hostile = hostile_docs
    env = {**os.environ, "SERVE_LAST_GOOD": "1"}
    serve = ("mkdocs", "build", "-f", "mkdocs.yml", "-d")
    assert run_module(*serve, str(tmp_path / "a"), cwd=hostile, env=env).returncode != 0
    project = copy_project(tmp_path / "project")
    for name in ("probe", "hidden", "meta", "bytes", "dead"):
        (project / f"docs/{name}.md").write_bytes((hostile / f"docs/{name}.md").read_bytes())
    result = run_module(*serve, str(tmp_path / "site"), cwd=project, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "RCE-42" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    for name in ("probe", "hidden", "meta", "bytes", "dead"):
        held = (tmp_path / f"site/{name}/index.html").read_text(encoding="utf-8")
        assert "Not shown until fixed" in held and "RCE" not in held and "<script>alert" not in held
    home = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "docs/probe.md:3" in home and "docs/dead.md:3" in home
    assert "<table" in home  # the rest of the site built


def test_validate_refuses_them_too(hostile_docs, capsys):
    status, output = run(hostile_docs[1], capsys)
    assert status == 1
    for start in EXPECTED:
        assert any(line.startswith(start) for line in output.splitlines()), (start, output)


def test_macros_plugin_keeps_its_default_delimiters():
    """The check parses with Jinja's default delimiters; mkdocs-macros must render with the same."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "j2_" not in text and "include_dir" not in text and "include_yaml" not in text


def test_every_written_page_is_in_the_navigation():
    """A page left out of mkdocs.yml's nav is built but reached from nowhere (a reviewer's new page was)."""
    from macros.read import site_config

    listed = {page for page, _ in site_config.read(ROOT / "mkdocs.yml").nav}
    written = {p.name for p in site_config.docs_folder(ROOT).glob("*.md")}
    written = {name for name in written if translations.written_edition(name)[1] == "en"}
    assert written - listed == set(), f"add to nav in mkdocs.yml: {sorted(written - listed)}"
