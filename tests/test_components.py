"""The shared page components: escaping, links, glossary tooltips, anchors, flags."""

import re
from html import unescape

import pytest

from macros.model.site_model import Model
from macros.read import loader
from macros.read.loader import Record
from macros.render import claim_blocks, layout, numbers, page_view, record_links, rich_text

from conftest import ROOT

HOSTILE = (
    "Medinsky said <script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1)) of the POWs & NSDC"
)


def make_claim(**extra):
    data = {
        "id": "test-claim",
        "kind": "figure",
        "text": HOSTILE,
        "speaker": "vladimir-medinsky",
        "side": "russia",
        "round": "round-3",
        "said_on": "2025-07-23",
        "figures": [{"value": 7000, "qualifier": "more-than", "unit": "bodies"}],
        "sources": [
            {
                "source": "izvestia",
                "quote": "a <b>quote</b>",
                "voice": "speaker",
                "locator": "paragraph 4",
            },
            {"source": "analysis-qa"},
        ],
    }
    data.update(extra)
    return Record("claims", data["id"], data, "data/claims/round-3.yaml", 1)


@pytest.fixture
def model():
    """The project's data plus one hostile claim, a disagreement about it and two glossary terms."""
    dataset = loader.load(ROOT)
    claim = make_claim()
    other = make_claim(id="other-claim", text="Umerov said otherwise")
    dataset.records["claims"] = {claim.id: claim, other.id: other}
    dataset.records["disagreements"] = {
        "how-many": Record(
            "disagreements",
            "how-many",
            {
                "id": "how-many",
                "question": "How many <i>bodies</i>?",
                "about": ["figure"],
                "claims": [claim.id, other.id],
                "status": "open",
            },
            "data/disagreements.yaml",
            1,
        )
    }
    dataset.records["glossary"] = {
        term.lower(): Record(
            "glossary",
            term.lower(),
            {"id": term.lower(), "term": term, "meaning": meaning},
            "data/glossary.yaml",
            1,
        )
        for term, meaning in (
            ("POW", 'prisoner of "war"'),
            ("NSDC", "National Security and Defense Council"),
        )
    }
    return Model(dataset)


def card(model, url="rounds/round-3/"):
    """The hostile claim in its home on a page, as the round page shows it."""
    view = page_view.View(model, url)
    claim = model["claims"]["test-claim"]
    view.place("here", [claim])
    return view, claim_blocks.claim_item(view, claim, "here")


def test_data_text_stays_inert(model):
    for html in (
        card(model)[1],
        claim_blocks.mention(page_view.View(model, "issues/x/"), model["claims"]["test-claim"]),
    ):
        assert "<script" not in html and "<b>" not in html and "<i>" not in html
        assert "{{" not in html and "{%" not in html
        assert 'href="javascript' not in html
        assert "&lt;script&gt;" in html and "&#123;&#123; 7*7 &#125;&#125;" in html


def test_search_indexes_a_claim_on_its_own_page_only(model):
    """Round, actor and issue pages repeat claims that have pages of their own (claims/<id>/, which the
    search indexes); indexing each once keeps the search index every page loads small."""
    assert "data-search-exclude" in card(model)[1].split("<details")[0]
    assert "data-search-exclude" in card(model, "actors/vladimir-medinsky/")[1].split("<details")[0]
    view = page_view.View(model, "actors/vladimir-medinsky/")
    assert "data-search-exclude" in claim_blocks.mention(view, model["claims"]["test-claim"])
    assert "data-search-exclude" in claim_blocks.claim_ref(view, model["claims"]["test-claim"])


def test_a_claim_is_a_sentence_with_one_marker_per_source_and_its_evidence_in_one_disclosure(model):
    _, html = card(model)
    assert html.startswith(
        '<li id="test-claim" class="claim" data-search-exclude>Medinsky said &lt;script&gt;'
    )
    assert html.count('class="src"') == 2 and html.count("<details") == 1
    assert (  # each marker opens its source's entry on the sources page (issue 22)
        '<a href="../../sources/#izvestia" class="src" data-about="Izvestia (paragraph 4): Russian outlet, '
        "machine-translated; trust medium."
    ) in html
    assert '>Q&amp;A analysis<span class="src-what"> · ' in html  # its first marker says what it is
    assert not any(
        "title=" in m for m in re.findall(r'<a [^>]*class="src"[^>]*>', html)
    )  # a preview, not a title
    evidence = html.split("<details", 1)[1]
    assert (
        "Figure by Vladimir Medinsky for Russia, 23 July 2025. Figures: more than 7,000 bodies."
        in evidence
    )
    assert (
        "Izvestia (paragraph 4): “a &lt;b&gt;quote&lt;/b&gt;” — Vladimir Medinsky, "
        "as quoted by Izvestia (machine translation)." in evidence
    )
    assert (
        evidence.count("Trust in Izvestia: medium.") == 1
        and "Trust in Q&amp;A analysis" in evidence
    )
    assert 'class="claim-cite">Link to or cite this claim</a>' in evidence  # the claim's own page


def test_where_sources_differ_is_said_once_and_flagged_at_the_other_claims(model):
    view = page_view.View(model, "rounds/round-3/")
    claim, other = model["claims"]["test-claim"], model["claims"]["other-claim"]
    view.place("here", [claim, other])
    first, second = (
        claim_blocks.claim_item(view, claim, "here"),
        claim_blocks.claim_item(view, other, "here"),
    )
    assert 'id="differ-how-many"' in first and "Sources differ: " in first
    assert (
        '<a href="../../disagreements/#how-many">Sources differ: How many &lt;i&gt;bodies&lt;/i&gt;?</a>'
        in first
    )  # the lead inside the link, as where the line has no sides
    assert "differ-how-many" not in second.replace('href="#differ-how-many"', "")
    flag = 'class="differ-flag" aria-label="Sources differ: How many &lt;i&gt;bodies&lt;/i&gt;?"'
    assert '<a href="#differ-how-many" ' + flag in second
    elsewhere = claim_blocks.mention(page_view.View(model, "issues/x/"), other)
    assert (
        '<a href="../../disagreements/#how-many" ' + flag in elsewhere
        and ">sources differ</a>" in elsewhere
    )


def test_a_claim_in_several_disagreements_has_one_flag_counting_them(model):
    other = model["claims"]["other-claim"]
    model.dataset.records["disagreements"]["how-long"] = Record(
        "disagreements",
        "how-long",
        {
            "id": "how-long",
            "question": "How long?",
            "about": ["figure"],
            "claims": ["test-claim", other.id],
            "status": "open",
        },
        "data/disagreements.yaml",
        9,
    )
    model.disagreements_by_claim[other.id].append(
        model.dataset.records["disagreements"]["how-long"]
    )
    view = page_view.View(model, "issues/x/")
    mention = claim_blocks.mention(view, other)
    assert mention.count("differ-flag") == 1 and ">sources differ (2)</a>" in mention
    assert 'aria-label="Sources differ: How many &lt;i&gt;bodies&lt;/i&gt;? How long?"' in mention
    evidence = claim_blocks.evidence(view, other)
    assert "Sources differ on: " in evidence and ">How long?</a>" in evidence


def test_glossary_tooltips_wrap_whole_words_only(model):
    view = page_view.View(model, "")
    html = rich_text.rich(view, "POWs & NSDC; xPOW, POWER, &#NSDC 'POW'")
    assert (
        html.count("<abbr") == 2
    )  # POW and NSDC, each at its first use only: the last 'POW' stays plain
    assert html.endswith("&#x27;POW&#x27;")
    assert '<abbr title="prisoner of &quot;war&quot;">POW</abbr>s' in html
    assert "&amp; <abbr" in html and "POWER" in html and "xPOW" in html


def test_the_plan_anchors_a_claim_in_its_home_whatever_renders_first(model):
    view = page_view.View(model, "actors/vladimir-medinsky/")
    claim = model["claims"]["test-claim"]
    view.place("first", [claim])
    view.place("second", [claim])
    assert 'id="test-claim"' not in claim_blocks.claim_item(view, claim, "second")
    assert 'id="test-claim"' in claim_blocks.claim_item(view, claim, "first")
    assert claim_blocks.claim_ref(view, claim).startswith('<a href="#test-claim"')
    assert claim_blocks.claim_ref(
        page_view.View(model, "actors/vladimir-medinsky/"), claim
    ).startswith(
        '<a href="../../claims/test-claim/"'
    )  # not on this page: its own page, evidence at once


@pytest.mark.parametrize("url, prefix", [("", ""), ("rounds/round-3/", "../../")])
def test_links_work_from_any_depth(model, url, prefix):
    view = page_view.View(model, url)
    assert (
        record_links.actor_link(view, "rustem-umerov")
        == f'<a href="{prefix}actors/rustem-umerov/">Rustem Umerov</a>'
    )
    assert record_links.record_link(view, "actors", "nobody") == "nobody"


def test_evidence_link_points_to_the_claims_own_page(model):
    """Not to its round's page, where it may sit in a closed disclosure: to its page, evidence shown."""
    view = page_view.View(model, "actors/vladimir-medinsky/")
    html = claim_blocks.mention(view, model["claims"]["test-claim"])
    assert re.search(
        r'<a href="../../claims/test-claim/" class="to-evidence" aria-label="Evidence for: ', html
    )


def test_figures_read_naturally():
    assert (
        numbers.number(7000) == "7,000"
        and numbers.number(12.0) == "12"
        and numbers.number(1.5) == "1.5"
    )
    html = numbers.figure({"value": 1000, "upper": 1200, "qualifier": "range", "unit": "prisoners"})
    assert ">1,000–1,200</span> prisoners" in html


def test_headings_from_data_stay_plain_text():
    md = layout.heading(3, "Round # [x](javascript:alert(1)) *b* {#id} <i>", "on-x")
    assert (
        md
        == r"### Round \# \[x\]\(javascript:alert\(1\)\) \*b\* &#123;\#id&#125; &lt;i&gt; {#on-x}"
    )


def test_a_month_only_date_shows_the_month_alone():
    from macros.render.dates import human_date

    assert (
        human_date("2022-02-01", True, "month") == '<time datetime="2022-02">February 2022</time>'
    )
    assert human_date("2025-07-16", True) == '<time datetime="2025-07-16">about 16 July 2025</time>'


def test_a_week_only_date_shows_the_week_and_no_day():
    from macros.render.dates import human_date

    assert (
        human_date("2025-07-14", True, "week")
        == '<time datetime="2025-W29">the week of 14 July 2025</time>'
    )


def test_a_meaning_from_outside_the_articles_says_so_in_its_tooltip(model):
    entry = {
        "id": "nato",
        "term": "NATO",
        "meaning": "North Atlantic Treaty Organization",
        "outside_articles": "standard expansion",
    }
    model.glossary = {**model.glossary, "NATO": entry}
    model.glossary_terms = tuple(sorted(model.glossary))
    html = rich_text.rich(page_view.View(model, "x/"), "NATO")
    assert (
        'title="North Atlantic Treaty Organization (not from the articles: standard expansion)"'
        in html
    )


@pytest.mark.parametrize(
    "source, voice, credit",
    [
        (
            "izvestia",
            "speaker",
            "— Vladimir Medinsky, as quoted by Izvestia (machine translation).",
        ),
        ("izvestia", "source", "— Izvestia's words (machine translation)."),
        ("brussels-preview", "source", "— Brussels preview's words."),  # its short name
        ("brussels-preview", "speaker", "— Vladimir Medinsky, as quoted by Brussels preview."),
    ],
)
def test_a_quote_is_credited_to_whose_words_it_is(model, source, voice, credit):
    claim = make_claim(sources=[{"source": source, "quote": "words", "voice": voice}])
    text = claim_blocks.citations(page_view.View(model, "actors/vladimir-medinsky/"), claim)[0]
    assert unescape(text).split("“words” ", 1)[1].startswith(credit)
