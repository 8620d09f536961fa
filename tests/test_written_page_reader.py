"""The written-page reader splits a page exactly as MkDocs does, or refuses it.

The checks read what the reader gives them; MkDocs builds from what its own reader
(mkdocs.utils.meta.get_data) gives. For pages made of the pieces that matter to
either reader, both must agree wherever ours accepts the page.
"""

from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from test_properties import PROFILE, examples

from macros.read import written_page

PIECES = [
    "---",
    "...",
    "--- ",
    "----",
    "title: A page",
    'title: "a \\x7b{ b"',
    "title: no",
    "title: 2025-05-16",
    "description: one line",
    "hide:",
    "  - toc",
    "- toc",
    "    template: redirect.html",
    "\ttemplate: x",
    "   key: value",
    "Key_1: v",
    "# {# comment",
    "# Heading",
    "Some text: with a colon",
    "`code",
    "{{ timeline() }}",
    "",
    " ",
    "   ",
    "\u00a0",
    "&amp;",
    "a: [1, 2",
    "a: {b: c}",
    "!ENV X",
    "*alias",
    "&anchor x",
]


@settings(PROFILE, max_examples=examples(600))
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.booleans())
def test_the_reader_splits_pages_as_mkdocs_does(lines, newline_at_end):
    text = "\n".join(lines) + ("\n" if newline_at_end else "")
    page = written_page.read("docs/p.md", text.encode())
    if isinstance(page, list):
        return  # refused, with a line: nothing is built from it
    body, meta = get_data(text)
    assert (page.body, page.meta) == (body, meta)
    assert text.split("\n")[page.first_line - 1 :] == body.split("\n") or not body
