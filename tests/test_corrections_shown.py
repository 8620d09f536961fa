"""A correction shows where readers and citers look: on the corrected record's own page, and
beside the claim on its round page (issue #21), not only in the Corrections log."""

from macros.model import build_cache
from macros.pages import claim_page, record_pages
from macros.render.page_view import View
from macros.views import commitments, sources, timeline


def page_of(src_uri):
    model = build_cache.model()
    pages = record_pages.all_pages(model) + claim_page.all_pages(model)
    return next(p.content for p in pages if p.src_uri == src_uri)


def test_a_corrected_claims_page_says_when_what_and_why():
    content = page_of("claims/trump-threat-garbled.md")
    assert '<section class="record-corrections"><h2 id="corrections"' in content
    assert "Corrected on 21 November 2026: The claim now says Trump would consider" in content
    assert "Why: The garbled analysis writes" in content


def test_the_round_page_marks_the_corrected_claim_and_links_the_log():
    model = build_cache.model()
    assert model["claims"]["pow-exchange-agreed"].data["round"] == "round-3"
    item = page_of("rounds/round-3.md").split('id="pow-exchange-agreed"', 1)[1].split("</li>")[0]
    assert 'class="corrected"' in item
    assert "corrections/#more-than-1200-from-the-qa-analysis-only" in item


def test_a_corrected_round_page_lists_its_corrections():
    assert "Corrected on 30 November 2026: The third round" in page_of("rounds/round-3.md")


def test_a_record_never_corrected_has_no_section():
    assert 'id="corrections"' not in page_of("issues/territory.md")


def test_the_built_page_shows_the_section(built_site):
    html = (built_site / "claims/trump-threat-garbled/index.html").read_text(encoding="utf-8")
    assert '<h2 id="corrections" data-search-exclude>Corrections</h2>' in html
    assert "&lt;p class=" not in html


def _line(html, anchor, end):
    """The part of a shared page that shows one record, from its anchor to the end of its line."""
    return html.split(anchor, 1)[1].split(end, 1)[0]


def test_shared_pages_mark_each_corrected_record_where_it_is_listed():
    """A commitment, an event and a source corrected in the log say so on the page that lists
    them, linked to the correction; a record never corrected carries no mark."""
    view = lambda url: View(build_cache.model(), url)  # noqa: E731
    listed = [
        (
            commitments.commitments_page(view("commitments/")),
            "round-3-exchanges-of-wounded",
            "</p>\n<p",
        ),
        (timeline.timeline(view("timeline/")), 'id="eu-18th-sanctions-package"', "</li>"),
        (sources.sources_page(view("sources/")), "{#brussels-preview}", "</dl>"),
    ]
    for html, record_id, end in listed:
        line = _line(html, record_id, end)
        assert 'class="corrected"' in line and "corrections/#" in line, record_id
    assert 'class="corrected"' not in _line(listed[1][0], 'id="round-3-meeting"', "</li>")


def test_a_long_pages_corrections_are_a_click_away_under_how_many_and_when():
    """'1 correction, on DATE' for one, else 'N corrections, the latest on DATE': a language's
    'one' form serves 21 too, so the one-correction wording has a key of its own."""
    assert "<summary>2 corrections, the latest on " in page_of("rounds/round-3.md")
    assert "<summary>1 correction, on " in page_of("actors/vladimir-medinsky.md")
