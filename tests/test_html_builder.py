"""The HTML builder escapes by type: plain text is escaped wherever it goes, markup is kept."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from macros.render.html_builder import Html, escape, join, link, table, tag

SCRIPT = "<script>alert('x')</script> {{ 7*7 }}"
INERT = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &#123;&#123; 7*7 &#125;&#125;"


@pytest.mark.parametrize(
    "build",
    [
        lambda s: tag("p", s),
        lambda s: tag("p", "ok ", s),
        lambda s: tag("div", tag("p", s)),
        lambda s: link("#x", s),
        lambda s: join(["a", s], " · "),
        lambda s: Html("{}: {}").format(tag("b", "x"), s),
        lambda s: tag("b", "x") + s,
        lambda s: s + tag("b", "x"),
        lambda s: table([s], [[s]], caption=s),
        lambda s: table(["h"], [([s], {"id": "r"})]),
    ],
    ids=[
        "child",
        "second child",
        "nested",
        "link text",
        "join",
        "format",
        "markup + str",
        "str + markup",
        "table header, cell and caption",
        "table row with attributes",
    ],
)
def test_plain_text_given_as_content_is_escaped(build):
    html = build(SCRIPT)
    assert isinstance(html, Markup)
    assert "<script" not in html and "{{" not in html
    assert INERT in html


def test_attributes_are_always_escaped():
    html = tag("a", "x", href='"><script>', title=Html("<b>&amp;"), data_x="{{ 1 }}")
    assert (
        html
        == '<a href="&quot;&gt;&lt;script&gt;" title="&lt;b&gt;&amp;amp;" data-x="&#123;&#123; 1 &#125;&#125;">x</a>'
    )
    assert tag("a", "x", title=SCRIPT).count("<") == 2


def test_markup_children_are_kept_and_void_elements_stay_open():
    assert tag("p", tag("b", "x"), tag("br"), "y") == "<p><b>x</b><br>y</p>"
    assert tag("p", "a", None, "", "b", id=None, hidden=True, open=False) == "<p hidden>ab</p>"


@given(st.text())
def test_any_text_survives_as_text(text):
    html = tag("p", text)
    assert Markup(html[3:-4]).unescape() == text
    assert "<" not in html[3:-4] and "{" not in html
    assert escape(escape(text)) == escape(text)  # escaping markup again changes nothing


def test_a_stacked_table_labels_each_cell_with_its_header():
    html = table(["Member", "Post <at>"], [["A", "B"]], stacked=True, class_="t")
    assert '<table class="t stacked">' in html
    assert '<td data-label="Member">A</td><td data-label="Post &lt;at&gt;">B</td>' in html
    assert "data-label" not in table(["Member"], [["A"]])
    with pytest.raises(
        ValueError
    ):  # a row with a cell too many or too few is a bug, not a silent loss
        table(["Member"], [["A", "B"]], stacked=True)
