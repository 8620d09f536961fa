"""The second attack on the trust boundary (issue #20): each hole a content-only change opened.

Every case here passed `make validate` before, and then ran code at build time, served
script or active HTML, broke or hung the build, or published deceptive text. Each is now
refused with FILE:LINE, or is inert; the build-level cases are in test_written_pages.py
(hostile_docs), the output growth in test_output_scaling.py.
"""

import pytest
from check.records import dataset, problems

from macros.check import written_pages
from macros.check.rules import look_alikes, reserved_names
from macros.read import history, site_config
from macros.views.page_macros import PAGE_MACROS

from conftest import ROOT

SITE = site_config.read(ROOT / "mkdocs.yml")
RCE = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"


def found(text, pages=None):
    return written_pages.page_problems("docs/probe.md", text, PAGE_MACROS, SITE, pages)


# (page, the line and field of the problem that refuses it)
PAGES = {
    # 1. the check read another document than the build
    "a Jinja comment opened in a YAML comment hides what follows": (
        f"---\ntitle: Probe  # {{#\n---\n# Probe\n\n#}}\n\n{RCE}\n",
        (8, "jinja"),
    ),
    "a backtick opened in the front matter hides the HTML after it": (
        '---\ndescription: "a `b"\n---\n# Probe\n\n<script>alert(1)</script>`\n',
        (2, "front matter: description"),
    ),
    "a continuation line hides a template key": (
        "title: Probe\n    x\ntemplate: redirect.html\nlocation: javascript:alert(1)\n\n# Probe\n",
        (1, "front matter"),
    ),
    "a YAML escape makes Jinja in the title": (
        '---\ntitle: "\\x7b{ 7*7 }}"\n---\n# Probe\n',
        (2, "front matter: title"),
    ),
    "a YAML escape ends the <title>": (
        '---\ntitle: "\\x3c/title>\\x3cscript>alert(1)\\x3c/script>"\n---\n# Probe\n',
        (2, "front matter: title"),
    ),
    "a YAML tag reads the environment": (
        "---\ntitle: !ENV GITHUB_TOKEN\n---\n# Probe\n",
        (2, "front matter: title"),
    ),
    "a first heading whose references the theme decodes into <title>": (
        "# &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n",
        (1, "html"),
    ),
    # 3. attributes acting on the theme's own code
    "an id replacing Material's settings": ('<div id="__config">{}</div>\n', (1, "html")),
    "a heading whose anchor is Material's settings": ("# Probe\n\n## __config\n", (3, "html")),
    "an attribute list giving a theme id": ("# Probe {: #__search }\n", (1, "html")),
    "the id of the site's cite box": ('# Probe\n\n<p id="cite">x</p>\n', (3, "html")),
    "a theme class covering the page": (
        '# Probe\n\n<div class="md-consent__overlay">x</div>\n',
        (3, "html"),
    ),
    # 4. characters decoded after the line check
    "a bidi override as a numeric reference": ("# Probe\n\nabc&#x202E;def\n", (3, "html")),
    "a bidi mark as a named reference": ("# Probe\n\nabc&rlm;def\n", (3, "html")),
    "a bidi override in an attribute": (
        '# Probe\n\n<abbr title="a&#x202E;b">x</abbr>\n',
        (3, "html"),
    ),
    "a bidi override as a Jinja escape": (
        '# Probe\n\nSee {{ repo_link("issues", "a\\u202eb") }}.\n',
        (3, "html"),
    ),
    "a name mixing alphabets in the text": ("# Probe\n\nVladimir Меdinsky said so.\n", (3, "html")),
    "a title mixing alphabets": (
        "---\ntitle: Меdinsky\n---\n# Probe\n",
        (2, "front matter: title"),
    ),
    # 5. no limits
    "3,000 spaces in a heading": ("# a" + " " * 3000 + "b\n", (1, "(shape)")),
    "12,000 brackets": ("# Probe\n\n" + "[" * 12000 + "\n", (3, "(shape)")),
    "5,000 refused tags": ("# Probe\n\n" + "<x>\n" * 5000 + "\n", (1, "(shape)")),
    "lists nested 40 deep": (
        "# Probe\n\n" + "".join("    " * i + "- a\n" for i in range(40)),
        (10, "(shape)"),  # the eighth level: 28 spaces
    ),
    "lists nested 300 deep on one line": ("# Probe\n\n" + "- " * 300 + "a\n", (3, "(shape)")),
    "quotes nested 300 deep": ("# Probe\n\n" + "> " * 300 + "a\n", (3, "(shape)")),
    "a page of 100 KB": ("# Probe\n\n" + "word " * 20000 + "\n", (1, "(file)")),
    "a page of 40 KB": ("# Probe\n\n" + "word " * 8000 + "\n", (1, "(file)")),
    "a Windows line ending": ("# Probe\r\n\r\ntext\r\n", (1, "(file)")),
}


@pytest.mark.parametrize("text, where", PAGES.values(), ids=PAGES.keys())
def test_each_written_page_route_is_refused_with_its_line(text, where):
    problems_found = found(text)
    assert [p for p in problems_found if (p.line, p.field) == where], problems_found


def test_a_byte_that_is_not_utf8_is_refused_with_its_line():
    problems_found = found(b"# Probe\n\ncaf\xe9\n")
    assert [(p.line, p.field) for p in problems_found] == [(3, "(file)")], problems_found


def test_a_link_to_a_missing_page_is_refused_as_the_strict_build_would():
    text = "# Probe\n\n[gone](missing.md) [here](method.md#x) [out](https://example.org/a.md)\n"
    problems_found = found(text, {"method.md"})
    assert [(p.line, p.wrong.split(",")[0]) for p in problems_found] == [
        (3, "a link to 'missing.md'")
    ]


def test_raw_html_links_are_left_as_mkdocs_leaves_them():
    """MkDocs resolves only the links Markdown makes; an <a href> is published as written."""
    assert found('# Probe\n\n<a href="../feed.xml">feed</a>\n', {"method.md"}) == []


def test_the_pages_links_may_open_are_those_the_build_makes():
    """written_pages.generated_pages, from the data alone, names the pages the hooks add."""
    from macros.model import build_cache
    from macros.pages import claim_page, record_pages

    model = build_cache.model()
    made = {
        spec.src_uri
        for spec in record_pages.all_pages(model)
        + record_pages.index_pages(model)
        + claim_page.all_pages(model)
    }
    assert written_pages.generated_pages(model.dataset) == made


@pytest.mark.parametrize(
    "collection, record, field",
    [
        ("claims", {"id": "c", "speaker_note": "Vladimir Меdinsky"}, "speaker_note"),
        ("sources", {"id": "s", "short_name": "Izvеstia"}, "short_name"),
        ("rounds", {"id": "round-9", "venue": "Dolmabahçе Palace"}, "venue"),
        ("events", {"id": "e", "title": "Меdinsky arrives"}, "title"),
    ],
)
def test_a_name_mixing_alphabets_is_refused_in_every_field(collection, record, field):
    found_here = problems(look_alikes.RULE, dataset(**{collection: [record]}))
    assert [p for p in found_here if f"{field}: the word" in p], found_here


def test_a_claim_cannot_take_the_name_of_its_folder_page():
    found_here = problems(reserved_names.RULE, dataset(claims=[{"id": "index"}]))
    assert len(found_here) == 1 and "claims/" in found_here[0], found_here


def test_a_commit_dated_beyond_the_calendar_or_in_the_future_dates_nothing():
    log = (
        "\x00" + "a" * 40 + "\x00100000-01-01T00:00:00+00:00\x00Far\ndata/x.yaml\n"
        "\x00" + "c" * 40 + "\x009999-12-31T11:59:59-12:00\x00Future\ndata/x.yaml\n"
        "\x00" + "b" * 40 + "\x002025-07-24T10:00:00+00:00\x00Near\ndata/x.yaml\n"
    )
    commits = list(history.parse(log))
    assert [c.subject for c in commits] == ["Near"]
    assert history.History(tuple(commits), "x").last_changed() == {"data/x.yaml": "2025-07-24"}


def test_a_heading_of_spaces_gives_its_anchor_without_backtracking(tmp_path):
    """The pattern that read headings for reserved anchors was cubic in a run of spaces."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "docs/timeline.md").write_text(
        "## Key facts" + " " * 3000 + "#\n", encoding="utf-8"
    )
    assert "key-facts" in reserved_names.written_anchors(tmp_path)


def test_the_written_pages_together_have_a_limit(tmp_path):
    """Each page is at most 32 KB, and all of them MAX_DOCS: the time the check takes is bounded."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    page = "# Page\n\n" + "Some words to fill the page.\n" * 1000  # 29 KB
    over = written_pages.MAX_DOCS // len(page)  # the page that crosses the limit
    for number in range(over + 2):
        (tmp_path / f"docs/page-{number:02}.md").write_text(page, encoding="utf-8")
    found = written_pages.problems(tmp_path / "docs", tmp_path, PAGE_MACROS)
    assert [(p.file, p.line) for p in found] == [(f"docs/page-{over:02}.md", 1)], found
    assert f"at most {written_pages.MAX_DOCS // 1024} KB" in found[0].expected


def test_a_page_of_many_headings_is_refused_before_markdown_reads_it():
    """Python-Markdown's toc takes time that grows with the square of repeated headings."""
    problems_found = found("a\n---\n" * 300)
    assert [p.field for p in problems_found] == ["(shape)"], problems_found


def test_a_redirect_may_not_hide_the_page_of_a_kind_of_actor():
    """Red team, second pass: the check missed actors/people/ and the other group pages."""
    from macros.check.rules import redirects
    from macros.model import build_cache

    real = build_cache.model().dataset
    moved = {"id": "people-moved", "old": "actors/people/", "new": "actors/"}
    data = dataset(redirects=[moved], actors=[a.data for a in real["actors"].values()])
    data.root = ROOT
    found_here = problems(redirects.RULE, data)
    assert len(found_here) == 1 and "'actors/people/' is still a page" in found_here[0], found_here


SECOND_PASS = {  # the fresh red team's findings on the first fixes
    "an image's alt text in the first heading, into <title>": (
        "# Hi ![</title><script>alert(1)</script>](pic)\n\nSome text.\n",
        (1, "html"),
    ),
    "a heading in Cyrillic letters drawn like Latin ones": ("# Рерѕі news\n", (1, "html")),
    "a title in Cyrillic letters drawn like Latin ones": (
        '---\ntitle: "Рерѕі news"\n---\n# News\n',
        (2, "front matter: title"),
    ),
    "a table of 499 columns padded on every row": (
        "# T\n\n" + "|a" * 499 + "\n" + "|-" * 499 + "\n" + "|a\n" * 100,
        (3, "(shape)"),
    ),
    "a table of 300 rows": ("# T\n\n|a|b|\n|-|-|\n" + "|a|b|\n" * 300, (1, "(shape)")),
    "a macro called twice, each call a whole table": (
        "# T\n\n{{ timeline() }}\n\n{{ timeline() }}\n",
        (5, "jinja"),
    ),
    "a table-of-contents label the toc takes away": (
        '# Hello\n\n## Section {: data-toc-label="&#x202E;lave P&#x430;ypal" }\n',
        (3, "html"),
    ),
}


@pytest.mark.parametrize("text, where", SECOND_PASS.values(), ids=SECOND_PASS.keys())
def test_the_second_pass_routes_are_refused(text, where):
    problems_found = found(text)
    assert [p for p in problems_found if (p.line, p.field) == where], problems_found


@pytest.mark.parametrize(
    "collection, record, field",
    [
        ("actors", {"id": "x-social-network", "name": "Х"}, "name"),  # Cyrillic Kha
        ("glossary", {"id": "pow", "meaning": "prisoner of war, see Рерѕі"}, "meaning"),
    ],
)
def test_a_word_disguised_in_another_alphabet_is_refused(collection, record, field):
    found_here = problems(look_alikes.RULE, dataset(**{collection: [record]}))
    assert [p for p in found_here if f"{field}: the word" in p], found_here


def test_a_native_name_and_a_text_in_its_own_alphabet_pass():
    record = {"id": "moscow", "name": "Moscow", "native_name": "Москва", "note": "Москва сказала"}
    assert problems(look_alikes.RULE, dataset(actors=[record])) == []


def test_written_pages_are_limited_in_number(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    most = written_pages.MAX_PAGES
    for number in range(most + 1):
        (tmp_path / f"docs/page-{number:02}.md").write_text("# Page\n", encoding="utf-8")
    found_here = written_pages.problems(tmp_path / "docs", tmp_path, PAGE_MACROS)
    assert [(p.file, p.line) for p in found_here] == [(f"docs/page-{most}.md", 1)], found_here


def test_a_commit_subject_with_look_alike_letters_is_withheld():
    """Red team, second pass: the feed published 'Correction from Меdinsky: see раураl.com'."""
    subject = "Correction from Меdinsky: see раураl.com for the Рерѕі statement"
    assert history.clean(subject) == history.WITHHELD
    assert history.clean("Kyiv, not Kiev: aliases") == "Kyiv, not Kiev: aliases"


def test_a_written_heading_cannot_take_a_record_s_anchor():
    """Red team, third pass: '{: #izvestia }' on sources.md took every link to the source."""
    text = "# Sources\n\nWithdrawn source {: #izvestia }\n----------------\n\nForged.\n"
    found_here = written_pages.page_problems(
        "docs/sources.md", text, PAGE_MACROS, SITE, None, {"izvestia"}
    )
    assert [(p.line, p.field) for p in found_here] == [(3, "html")], found_here
    assert "an anchor the site gives a record" in found_here[0].wrong
