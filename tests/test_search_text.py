"""Search snippets read as text: labels are not run into their values (macros/publish/search_text.py)."""

import html
import json
import re
from html.parser import HTMLParser

import pytest

from macros.publish import search_text
from macros.publish.search_text import spaced


def text_nodes_joined(markup):
    """The page's text as a search indexer reads it: every text node, joined as it stands."""
    parts = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parts).split())


@pytest.mark.parametrize(
    "markup, read",
    [
        (
            '<dl class="key-facts"><div><dt>Date</dt><dd><time datetime="2025-07-23">23 July 2025</time></dd></div>'
            "<div><dt>Place</dt><dd>Istanbul</dd></div></dl>",
            "Date 23 July 2025 Place Istanbul",
        ),
        (
            "<table><thead><tr><th>Member</th><th>Role</th></tr></thead><tbody><tr><td>Medinsky</td><td>head</td></tr>"
            "</tbody></table>",
            "Member Role Medinsky head",
        ),
        (
            "<details><summary>Cite this claim</summary><p>Text</p></details>",
            "Cite this claim Text",
        ),
        ("Rustem Umerov<div>Minister</div>line<br>break", "Rustem Umerov Minister line break"),
    ],
)
def test_cells_items_and_blocks_are_kept_apart(markup, read):
    assert text_nodes_joined(markup) != read  # as the index read it before
    assert text_nodes_joined(spaced(markup)) == read


def test_words_within_a_line_and_preformatted_text_are_left_alone():
    inline = '<p>Izvest<abbr title="x">ia</abbr> said <a href="#a">it</a>, <em>twice</em>.</p>'
    assert spaced(inline) == inline
    code = "<pre><code>@misc{a,\n  title = {&lt;td&gt;x&lt;/td&gt;}\n}</code></pre>"
    assert spaced(code) == code


def test_the_built_key_facts_read_as_text(built_site):
    """No label of the round's page (a <dt> or <th>) runs into the word after it in the search index."""
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))[
        "docs"
    ]
    round_text = " ".join(
        html.unescape(d["text"]) for d in docs if d["location"].startswith("rounds/round-3/")
    )
    page = (built_site / "rounds" / "round-3" / "index.html").read_text(encoding="utf-8")
    labels = {
        html.unescape(label) for label in re.findall(r"<(?:dt|th)[^>]*>([^<]+)</(?:dt|th)>", page)
    }
    assert labels, "the round page has no <dt> or <th> labels any more: pick another check"
    run_on = [label for label in labels if re.search(re.escape(label) + r"[A-Z0-9À-Ý]", round_text)]
    assert not run_on, f"labels run into their values in the search index: {run_on}"


def test_a_word_with_marks_is_indexed_without_them_too():
    assert search_text.fold("Çırağan Noël Erdoğan Łódź Київ") == "Ciragan Noel Erdogan Lodz Київ"
    assert search_text.other_spellings("Talks at the Çırağan Palace", {}) == ["Ciragan"]


def test_a_thing_named_one_way_is_indexed_by_its_other_names():
    groups = [["Ukraine", "Kiev"], ["Chiragan Palace", "Çırağan Palace", "Ciragan Palace"]]
    index = search_text.spelling_index(groups)
    found = search_text.other_spellings(
        "Medinsky met Ukraine's team at the Chiragan Palace.", index
    )
    assert {"Kiev", "Ciragan Palace", "Çırağan Palace"} <= set(found)
    assert "Ukraine" not in found  # already there
    assert search_text.other_spellings("Nothing named here.", index) == []
    assert search_text.other_spellings("the chiragan   palace", index)  # any case, any spacing


def test_other_spellings_never_outgrow_the_entry():
    """Red team, issue #20 second pass: an alias 'the' among 4,000 added every alias to almost
    every entry (an 816 KB data file made a 393 MB search index)."""
    groups = [["NATO", "the", *(f"Alliance name {n:05} word word word" for n in range(4000))]]
    index = json.dumps({"docs": [{"location": "x/", "title": "X", "text": "the talks went on"}]})
    text = json.loads(search_text.with_other_spellings(index, groups))["docs"][0]["text"]
    assert len(text) <= len("the talks went on") + 1 + search_text.MIN_ROOM
