"""The views across the data: each page exists in the built_site site and shows what the data holds,
its links lead somewhere real, and its renderers escape data and cope with empty collections."""

from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin

import pytest

from macros.model import build_cache
from macros.read.history import History
from macros.render.html_builder import escape
from macros.render.page_view import View
from macros.views import completeness, figures, freshness, timeline

VIEW_PAGES = (
    "",
    "timeline/",
    "figures/",
    "disagreements/",
    "commitments/",
    "sources/",
    "background/",
    "method/",
    "completeness/",
)


class Page(HTMLParser):
    """The ids and link targets of one built_site page."""

    def __init__(self, text):
        super().__init__()
        self.ids, self.hrefs, self.rows = set(), [], {}
        self._row = None
        self.feed(text)

    def handle_starttag(self, name, attributes):
        attributes = dict(attributes)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if name == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])
        if name == "tr" and "id" in attributes:
            self._row = self.rows.setdefault(attributes["id"], [])
        if name == "td" and self._row is not None:
            self._row.append("")

    def handle_endtag(self, name):
        if name == "tr":
            self._row = None

    def handle_data(self, data):
        if self._row:
            self._row[-1] += data


@pytest.fixture(scope="module")
def model():
    build_cache.reset()
    return build_cache.model()


def page(built_site, url):
    return Page((built_site / url / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("url", VIEW_PAGES)
def test_every_view_page_is_built(built_site, url):
    assert (built_site / url / "index.html").is_file()


def test_timeline_anchors_every_event(built_site, model):
    ids = page(built_site, "timeline/").ids
    assert set(model["events"]) <= ids


def test_timeline_marks_approximate_dates_and_shows_relative_phrases(model):
    html = timeline.timeline(View(model, "timeline/"))
    for event in model["events"].values():
        entry = html.split(f'id="{event.id}"', 1)[1].split("</li>", 1)[0]
        date = entry.split('class="timeline-date">', 1)[1].split("</p>", 1)[0]
        to_the_day = (
            event.data.get("precision", "day") == "day"
        )  # a month alone is shown as the month
        assert (">about " in date) == (bool(event.data.get("approximate")) and to_the_day), event.id
        if "as_written" in event.data:
            assert escape(event.data["as_written"]) in entry, event.id
        if "resolved_from" in event.data:
            assert f'sources/#{event.data["resolved_from"]}"' in entry, event.id


def test_disagreements_page_shows_every_disagreement_and_its_claims(built_site, model):
    shown = page(built_site, "disagreements/")
    assert set(model["disagreements"]) <= shown.ids
    html = (built_site / "disagreements" / "index.html").read_text(encoding="utf-8")
    for disagreement in model["disagreements"].values():
        section = html.split(f'id="{disagreement.id}"', 1)[1].split("</ul>", 1)[0]
        for claim_id in disagreement.data[
            "claims"
        ]:  # each side's sentence and its evidence, or a link to it above
            set_out = (
                f'#{claim_id}" class="to-evidence"' in section
                and escape(model["claims"][claim_id].data["text"].split()[0]) in section
            )
            assert set_out or f'<a href="#{claim_id}" class="claim-ref"' in section, (
                f"{disagreement.id}: claim {claim_id}"
            )
    assert all(
        html.count(f'id="{claim_id}"') == 1
        for d in model["disagreements"].values()
        for claim_id in d.data["claims"]
    )


def test_commitments_page_shows_every_commitment(built_site, model):
    assert set(model["commitments"]) <= page(built_site, "commitments/").ids


def test_sources_page_shows_every_source_with_its_fingerprint(built_site, model):
    text = (built_site / "sources" / "index.html").read_text(encoding="utf-8")
    assert set(model["sources"]) <= Page(text).ids
    for source in model["sources"].values():
        assert source.data["sha256"] in text


def test_background_is_the_home_of_every_claim_about_no_single_round(built_site, model):
    ids = page(built_site, "background/").ids
    assert {c.id for c in model["claims"].values() if "round" not in c.data} <= ids


def test_figures_page_links_every_claim_with_a_figure(built_site, model):
    hrefs = page(built_site, "figures/").hrefs
    targets = {urldefrag(h).fragment for h in hrefs} | {
        h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs if "claims/" in h
    }
    assert {c.id for c in figures.claims_with_figures(model)} <= targets


def test_completeness_counts_match_the_data(built_site, model):
    claims = list(model["claims"].values())
    expected = [
        len(claims),
        sum(len({c["source"] for c in claim.data["sources"]}) >= 2 for claim in claims),
        sum(any("quote" in c for c in claim.data["sources"]) for claim in claims),
        sum("speaker" in claim.data for claim in claims),
        sum("speaker" not in claim.data and "speaker_note" in claim.data for claim in claims),
        sum(d.data["status"] == "open" for d in model["disagreements"].values()),
        sum(d.data["status"] == "explained" for d in model["disagreements"].values()),
    ]
    row = page(built_site, "completeness/").rows["count-all"]
    assert [int(cell.split()[0]) for cell in row[1:]] == expected


def test_completeness_rows_add_up_to_every_claim(model):
    per_round = completeness.by_round(model)
    assert sum(c.claims for c in per_round.values()) == len(model["claims"])
    assert set(per_round) <= {r.id for r in model.rounds()} | {None}


def test_view_pages_link_only_to_pages_and_anchors_that_exist(built_site):
    """The view pages' own links, each target page parsed once (tests/browser/test_links.py walks
    the whole site where Chromium is installed)."""
    pages, broken = {}, []
    for url in VIEW_PAGES:
        for href in page(built_site, url).hrefs:
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            target, fragment = urldefrag(urljoin(f"/{url}", href))
            path = built_site / target.lstrip("/")
            path = path / "index.html" if target.endswith("/") else path
            if not path.is_file():
                broken.append(f"/{url} -> {href}: no page")
            elif (
                fragment
                and fragment
                not in _parsed(pages, built_site, target.lstrip("/").removesuffix("index.html")).ids
            ):
                broken.append(f"/{url} -> {href}: no #{fragment} there")
    assert not broken, "\n".join(broken)


def _parsed(pages, built_site, url):
    if url not in pages:
        pages[url] = page(built_site, url)
    return pages[url]


def test_home_says_what_its_last_update_date_is(built_site):
    text = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'class="last-update"' in text
    assert "the date of the newest change to the data" in text or "the date of this build" in text


def test_without_history_the_last_update_is_the_build_date():
    import datetime

    date, what = freshness.last_update(History((), "unversioned"), today=datetime.date(2025, 8, 1))
    assert date == "2025-08-01" and "build" in what


def test_data_text_is_escaped_on_the_timeline(scratch):
    path = scratch / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.strip().startswith("title:"))
    hostile = first_title.split("title:")[0] + 'title: "<script>alert(1)</script> {{ config }}"'
    path.write_text(text.replace(first_title, hostile, 1), encoding="utf-8")
    html = timeline.timeline(View(build_cache.model(scratch), "timeline/"))
    assert "<script>" not in html and "{{" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; config &#125;&#125;" in html


def test_views_cope_with_no_events_or_figures(scratch):
    (scratch / "data" / "events.yaml").write_text("[]\n", encoding="utf-8")
    view = View(build_cache.model(scratch), "")
    assert "No events are recorded yet." in timeline.timeline(view)
    assert figures.key_claims(view.model, limit=0) == []


def test_what_is_not_from_the_articles_is_labelled_on_its_page(built_site, model):
    for actor in model["actors"].values():
        html = (built_site / "actors" / actor.id / "index.html").read_text(encoding="utf-8")
        assert ("Not from the articles</dt>" in html) == ("outside_articles" in actor.data), (
            actor.id
        )


def test_a_round_whose_heads_no_source_names_says_so(built_site, model):
    for round_ in model.rounds():
        heads = [m for d in round_.data["delegations"] for m in d["members"] if m["role"] == "head"]
        html = (built_site / "rounds" / round_.id / "index.html").read_text(encoding="utf-8")
        assert ("No source names them for this round." in html) == (not heads), round_.id


def test_disputed_figures_of_one_thing_share_a_key_card():
    """'At least 1,200' (Medinsky) and 'more than 1,200' (the analyses) are one card, flagged once."""
    model = build_cache.model()
    groups = figures.key_groups(model)
    for group in groups:
        units = {claim.data["figures"][0]["unit"] for claim in group}
        assert len(units) == 1, [c.id for c in group]
    exchange = [g for g in groups if len(g) > 1]
    assert exchange, "no disputed figure shares a card"
    html = figures.key_numbers(View(model, ""))
    assert html.count("key-card") == len(groups)
