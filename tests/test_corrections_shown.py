"""A correction shows where readers and citers look: on the corrected record's own page, and
beside the claim on its round page (issue #21), not only in the Corrections log."""

from macros.model import build_cache
from macros.pages import claim_page, record_pages


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
