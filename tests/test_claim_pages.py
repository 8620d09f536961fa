"""Every claim citable on its own: its page (claims/<id>/), 'Cite this claim', the
embed snippet and 'Report a mistake' (macros/pages/claim_page.py, macros/render/claim_cite.py)."""

import dataclasses
import html
import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from macros.check import validate
from macros.common import urls
from macros.common.site import Site
from macros.model import build_cache
from macros.model.site_model import Model
from macros.pages import claim_page
from macros.render import claim_cite
from macros.render.html_builder import escape
from macros.render.page_view import View

from conftest import ROOT, SITE_URL
from hostile import CONTEXT, append, html_problems
from test_hostile_render import FORMULAS, PAYLOAD

CITING = Site(
    "Istanbul Talks Tracker",
    SITE_URL,
    report_email="fix@example.org",
    version="abc123def456",
    built="2025-07-24",
)
CLAIMS = sorted(build_cache.model()["claims"].values(), key=lambda claim: claim.id)
BODIES = "medinsky-7000-bodies-returned"  # the reader's task in issue 14: cite Russia's claim about the bodies


@pytest.fixture(scope="module")
def model():
    """The real data with a site to cite, as the build sets it."""
    return Model(build_cache.model().dataset, CITING)


def view_of(model, claim):
    return View(model, urls.claim_page_url(claim.id))


class Page(HTMLParser):
    """The <title>, the meta tags and the visible text of one built page."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.title, self.meta, self._in = "", {}, None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        self._in = tag

    def handle_data(self, data):
        if self._in == "title":
            self.title += data

    def handle_endtag(self, tag):
        self._in = None


# --- the pages, built --------------------------------------------------------


def test_every_claim_has_a_page_whose_title_is_the_claim_and_description_whose_it_is(built_site):
    """Issue 22: a link preview whose description repeats its title tells nothing more."""
    wrong = []
    for claim in CLAIMS:
        path = built_site / urls.claim_page_url(claim.id) / "index.html"
        if not path.exists():
            wrong.append(f"{claim.id}: no page at /{urls.claim_page_url(claim.id)}")
            continue
        page, text = Page(path.read_text(encoding="utf-8")), claim.data["text"]
        if not page.title.startswith(text + " - "):
            wrong.append(f"{claim.id}: <title> is {page.title!r}")
        for name in ("og:title", "twitter:title"):
            if page.meta.get(name) != text:
                wrong.append(f"{claim.id}: {name} is {page.meta.get(name)!r}")
        for name in ("description", "og:description"):
            if page.meta.get(name) in (text, None) or "as reported by" not in page.meta[name]:
                wrong.append(f"{claim.id}: {name} is {page.meta.get(name)!r}")
    assert not wrong, "\n".join(wrong[:10])


def test_a_claim_page_shows_the_claim_its_evidence_and_how_to_cite_and_correct_it(built_site):
    page = (built_site / urls.claim_page_url(BODIES) / "index.html").read_text(encoding="utf-8")
    text = html.unescape(page)
    for wanted in (
        " by Vladimir Medinsky",
        "more than 7 thousand bodies",  # who, and the quote
        f'href="../../{urls.claim_url(build_cache.model()["claims"][BODIES])}"',  # its place on its round
        "Cite this claim",
        "@misc{istanbul-talks-claim-" + BODIES,
        "Embed this claim",
        "mailto:",
        "Correct this",
    ):
        assert wanted in text, wanted


def test_a_claim_page_lists_the_disagreements_it_is_part_of(built_site):
    disagreement = next(iter(build_cache.model()["disagreements"].values()))
    page = (
        built_site / urls.claim_page_url(disagreement.data["claims"][0]) / "index.html"
    ).read_text(encoding="utf-8")
    assert "Sources differ" in page
    assert f'href="../../{urls.record_url(disagreement)}"' in page


def test_claim_pages_are_in_the_sitemap_but_not_in_the_navigation(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    missing = [
        c.id for c in CLAIMS if f"{SITE_URL}{urls.claim_page_url(c.id)}</loc>" not in sitemap
    ]
    assert not missing, missing[:10]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    # The page's own claim links may lead to claim pages; its navigation links may not.
    assert not re.search(r'href="claims/[^"]*" class="md-nav__link', home), (
        "claim pages are too many for the navigation"
    )
    assert re.search(r'href="[^"]*" class="md-nav__link', home), (
        "the test no longer finds the navigation's links"
    )


def test_every_claim_page_is_a_published_address():
    published = (ROOT / "tests" / "published_urls.txt").read_text(encoding="utf-8").split()
    missing = [c.id for c in CLAIMS if urls.claim_page_url(c.id) not in published]
    assert not missing, f"run `make urls` and commit tests/published_urls.txt: {missing[:5]}"


# --- search --------------------------------------------------------------------


def search_docs(built_site):
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))[
        "docs"
    ]


def test_search_indexes_every_claim_page_with_the_claim_as_its_title(built_site):
    titles = {doc["location"]: html.unescape(doc["title"]) for doc in search_docs(built_site)}
    wrong = [c.id for c in CLAIMS if titles.get(urls.claim_page_url(c.id)) != c.data["text"]]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    "words, page",
    [
        ("7,000 bodies", urls.claim_page_url(BODIES)),
        ("Chiragan", urls.page_url("rounds", "round-3")),
        ("Ciragan", urls.page_url("rounds", "round-3")),
        ("Çırağan", urls.page_url("rounds", "round-3")),
    ],
)
def test_search_finds_the_readers_words_on_their_page(built_site, words, page):
    """Every word of the query in one entry of the page (lunr matches words, not phrases)."""
    entries = [
        html.unescape(d["title"] + " " + d["text"])
        for d in search_docs(built_site)
        if d["location"].split("#")[0] == page
    ]
    assert any(all(word in entry for word in words.split()) for entry in entries), (words, page)


def test_search_entries_of_claim_pages_leave_out_citation_and_labels(built_site):
    """Each claim page is one entry (no section headings), and none carries the BibTeX, the
    embed code or the mail link: the index is downloaded by every page."""
    entries = [d for d in search_docs(built_site) if d["location"].startswith("claims/")]
    assert len(entries) == len(CLAIMS)
    for entry in entries:
        for unwanted in (
            "@misc",
            "blockquote",
            "mailto",
            "Cite this claim",
            "What the sources say",
        ):
            assert unwanted not in entry["text"], (entry["location"], unwanted)


# --- cite, embed, report -------------------------------------------------------------


def test_cite_text_and_bibtex_carry_the_claims_address_version_and_date(model):
    claim = model["claims"][BODIES]
    who = claim_cite.attribution(view_of(model, claim), claim)
    address = SITE_URL + urls.claim_page_url(BODIES)
    text, bibtex = (
        claim_cite.cite_text(CITING, claim, who),
        claim_cite.cite_bibtex(CITING, claim, who),
    )
    for citation in (text, bibtex):
        assert address in citation and CITING.version in citation
    assert "24 July 2025" in text and "date = {2025-07-24}" in bibtex
    assert "Accessed" not in text and "urldate" not in bibtex  # the reader's day, not the build's
    csl = json.loads(claim_cite.cite_csl(CITING, claim, who))[0]
    assert csl["URL"] == address and csl["issued"] == {"date-parts": [[2025, 7, 24]]}
    assert claim.data["text"] in text and "Vladimir Medinsky" in who and "Izvestia" in who
    assert bibtex.count("{") == bibtex.count("}") and bibtex.startswith(
        f"@misc{{istanbul-talks-claim-{BODIES},"
    )


def test_a_citation_names_each_source_by_its_one_short_name(model):
    for claim in model["claims"].values():
        who = claim_cite.attribution(view_of(model, claim), claim)
        for citation in claim.data["sources"]:
            assert model["sources"][citation["source"]].data["short_name"] in who, (claim.id, who)


def test_cite_block_shows_both_escaped(model):
    claim = model["claims"][BODIES]
    block = claim_cite.cite_block(view_of(model, claim), claim)
    assert block.startswith("<details") and "Cite this claim" in block and "<pre" in block
    assert SITE_URL + urls.claim_page_url(BODIES) in block


def embed_elements(snippet):
    return re.findall(r"<\s*([a-zA-Z][\w-]*)", snippet)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_embed_snippet_is_a_static_blockquote_with_a_link(model, claim):
    snippet = claim_cite.embed_html(view_of(model, claim), CITING, claim)
    assert set(embed_elements(snippet)) <= {"blockquote", "p", "footer", "a"}, embed_elements(
        snippet
    )
    assert not html_problems(snippet)
    assert f'href="{SITE_URL}{urls.claim_page_url(claim.id)}"' in snippet
    assert str(escape(claim.data["text"])) in snippet


def test_embed_block_shows_the_snippet_as_text_not_markup(model):
    claim = model["claims"][BODIES]
    block = claim_cite.embed_block(view_of(model, claim), claim)
    assert "&lt;blockquote" in block and "<blockquote" not in block


@pytest.mark.parametrize("claim", CLAIMS[:3], ids=lambda c: c.id)
def test_report_mail_names_the_claim_and_its_page_with_fields_to_fill(model, claim):
    mailto = claim_cite.report_mailto(CITING, claim)
    address = urlsplit(mailto)
    assert address.scheme == "mailto" and address.path == CITING.report_email
    fields = parse_qs(address.query)
    assert claim.id in fields["subject"][0]
    body = fields["body"][0]
    assert claim.id in body and SITE_URL + urls.claim_page_url(claim.id) in body
    assert all(label in body for label in ("What is wrong", "What is right", "Source"))


def test_report_links_offer_mail_beside_the_pull_request(model):
    claim = model["claims"][BODIES]
    with_repository = Model(
        model.dataset, dataclasses.replace(CITING, source_base="https://github.com/o/r/blob/main/")
    )
    links = claim_cite.report_links(view_of(with_repository, claim), claim)
    assert 'href="mailto:fix@example.org?subject=' in links and "Correct this" in links
    assert "&amp;body=" in links  # the '&' of the query, escaped in the attribute


def test_without_a_site_to_cite_nothing_is_offered():
    """A model made outside a site build has no address to cite: no block rather than a wrong one."""
    claim = CLAIMS[0]
    view = View(Model(build_cache.model().dataset), urls.claim_page_url(claim.id))
    assert claim_cite.cite_block(view, claim) == claim_cite.embed_block(view, claim) == ""
    assert claim_cite.report_links(view, claim) == ""


# --- hostile text ----------------------------------------------------------------------


def test_hostile_text_in_a_claim_stays_inert_on_its_page(scratch):
    """Payload in the claim's text, note, speaker note, figure and locator: the page's front
    matter reads back as the plain text, and nothing in its HTML would run."""
    claim_yaml = (
        "- id: hostile-claim\n  kind: statement\n  text: {text}\n  speaker_note: {p}\n  note: {p}\n"
        "  figures:\n    - value: 7\n      unit: {p}\n      qualifier: about\n"
        "  sources:\n    - source: izvestia\n      locator: {p}\n"
    )
    append(
        scratch,
        CONTEXT,
        claim_yaml.format(text=json.dumps(PAYLOAD + FORMULAS[0]), p=json.dumps(PAYLOAD)),
    )
    model = Model(validate.validate(scratch), CITING)
    claim = model["claims"]["hostile-claim"]
    spec = claim_page.page(model, claim)
    front, body = spec.content.split("\n---\n", 1)
    meta = yaml.safe_load(front.removeprefix("---\n"))
    assert html.unescape(meta["title"]) == PAYLOAD + FORMULAS[0]
    assert html.unescape(meta["description"]).startswith(
        "Claim hostile-claim: statement by " + PAYLOAD
    )  # the speaker note, as text
    assert meta["render_macros"] is False
    assert "{{" not in spec.content and "{%" not in spec.content
    assert not html_problems(body) and "<script>alert" not in body.lower()
    assert not html_problems(claim_cite.embed_html(View(model, spec.src_uri), CITING, claim))
