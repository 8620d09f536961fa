"""The build accepts every written page the check accepts, and publishes it inert.

Pages are made at random (from a fixed seed, so a failure reproduces) out of the pieces
the red teams used: front matter in both forms, Jinja, references, attribute lists, tags,
links, nesting. The check sorts them; every page it accepts goes into one project, which
must then build with `mkdocs build --strict`, each page published with no script and no
handler in it, and nothing in its <title> but text.
"""

import random
import re

import pytest

from macros.check import written_pages
from macros.model import build_cache
from macros.read import site_config
from macros.views.page_macros import PAGE_MACROS

from conftest import ROOT, build
from test_build import copy_project

FRONT = [
    "",
    "",
    "---\ntitle: A page\n---\n\n",
    '---\ntitle: "Kyiv\'s page"\ndescription: One line.\nhide: [toc]\n---\n',
    '---\ntitle: "A \\x7b{ b"\n---\n',
    "---\ntitle: no\n---\n",
    "---\ntitle: A  # {#\n---\n",
    "title: x\n    template: redirect.html\n\n",
    "\n",
]
PIECES = [
    "title: x",
    "# A heading",
    "# A &amp; B",
    "## __config",
    "## Notes {: #notes }",
    "## Notes",
    "Text with a [link](method.md) and [another](method.md#commitment-status).",
    "[gone](missing.md)",
    "[out](https://example.org/a.md)",
    "An &#x202E; reference and an &amp; one.",
    '<abbr title="North Atlantic">NATO</abbr> and <details><summary>More</summary>x</details>',
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="../feed.xml">feed</a>',
    "{# a note #}",
    "{{ timeline() }}",
    '{{ repo_link("issues", "the issues") }}',
    "{{ config }}",
    "- a\n    - b\n        - c",
    "> a quote\n> > inside",
    "`code <b>` and ``more``",
    "    indented code {{ x }}",
    "[" * 20,
    "Vladimir Меdinsky",
    "",
]
SEED, COUNT = 2025, 150


def made_pages():
    rng = random.Random(SEED)
    for number in range(COUNT):
        pieces = [rng.choice(PIECES) for _ in range(rng.randint(1, 6))]
        yield f"fuzz-{number}.md", rng.choice(FRONT) + "\n\n".join(pieces) + "\n"


@pytest.fixture(scope="module")
def sorted_pages():
    site = site_config.read(ROOT / "mkdocs.yml")
    known = written_pages.generated_pages(build_cache.model().dataset) | {
        p.name for p in (ROOT / "docs").glob("*.md")
    }
    accepted, refused = {}, {}
    for name, text in made_pages():
        known_here = known | {name}
        found = written_pages.page_problems(f"docs/{name}", text, PAGE_MACROS, site, known_here)
        (refused if found else accepted)[name] = text
    return accepted, refused


def test_the_made_pages_exercise_both_outcomes(sorted_pages):
    accepted, refused = sorted_pages
    assert len(accepted) >= 15 and len(refused) >= 15, (len(accepted), len(refused))


@pytest.mark.build
def test_every_accepted_page_builds_and_is_inert(sorted_pages, tmp_path):
    accepted, _ = sorted_pages
    project = copy_project(tmp_path / "project")
    for translation in project.glob("docs/*.*.md"):  # room for the made pages (MAX_PAGES)
        translation.unlink()
    for name, text in accepted.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    for name in accepted:
        html = (tmp_path / "site" / name[:-3] / "index.html").read_text(encoding="utf-8")
        article = html.split('<article class="md-content__inner', 1)[1].split("</article>")[0]
        assert not re.search(r"<script|\son\w+=|javascript:|__config", article, re.I), name
        title = html.split("<title>", 1)[1].split("</title>")[0]
        assert "<" not in title, (name, title)
