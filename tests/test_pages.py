"""The generated pages: one per round, actor and issue, with anchors, edit links and inert data."""

import html as html_lib
import json
import re
from html.parser import HTMLParser

import pytest
import yaml

from macros.model import statuses
from macros.pages import navigation
from macros.pages.record_pages import PageSpec
from macros.read import loader

from conftest import ARTICLES, ROOT, build
from test_build import copy_project

OUTCOME_KINDS = ("agreement", "proposal", "rejection", "non-outcome")  # the bottom line's claims
HOSTILE = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))"
DATA = loader.load(ROOT)


@pytest.mark.parametrize("collection", ["rounds", "actors", "issues"])
def test_every_record_has_its_page_with_an_edit_link_to_its_data(built_site, collection):
    assert DATA.records[collection], f"no {collection} in data/"
    for record in DATA.records[collection].values():
        html = (built_site / collection / record.id / "index.html").read_text(encoding="utf-8")
        assert f"edit/main/{record.file}" in html, record.id
    assert (built_site / collection / "index.html").is_file()


def test_every_claim_about_a_round_has_its_anchor_on_the_round_page(built_site):
    claims = [c for c in DATA.records["claims"].values() if "round" in c.data]
    assert claims, "no claim about a round in data/: nothing to check"
    for claim in claims:
        html = (built_site / "rounds" / claim.data["round"] / "index.html").read_text(
            encoding="utf-8"
        )
        assert html.count(f'id="{claim.id}"') == 1, claim.id


def test_rounds_are_in_the_navigation_in_number_order(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    rounds = sorted(DATA.records["rounds"].values(), key=lambda r: r.data["number"])
    positions = [html.index(f'href="rounds/{r.id}/"') for r in rounds]
    assert positions == sorted(positions)


def test_aliases_are_visible_text_for_search(built_site):
    shown = [
        (collection, r.id, alias)
        for collection in ("actors", "issues")
        for r in DATA.records[collection].values()
        for alias in r.data.get("aliases", [])
    ]
    shown += [
        ("rounds", r.id, alias)
        for r in DATA.records["rounds"].values()
        for alias in r.data.get("venue_aliases", [])
    ]
    assert shown, "no alias in data/: nothing to check"
    for collection, id_, alias in shown:
        html = (built_site / collection / id_ / "index.html").read_text(encoding="utf-8")
        assert f'<span class="alias">{alias}</span>' in html.replace("&#x27;", "'"), (id_, alias)


def write_yaml(path, value):
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A copy of the project with a new round, a new actor with a hostile name and a claim with hostile text."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    project = copy_project(tmp_path / "project")
    write_yaml(
        project / "data/actors/test-actor.yaml",
        {
            "id": "test-actor",
            "name": f"Medinsky {HOSTILE}",
            "kind": "person",
            "summary": HOSTILE,
            "aliases": [HOSTILE],
            "sources": [{"source": "izvestia"}],
        },
    )
    write_yaml(
        project / "data/rounds/round-9.yaml",
        {
            "id": "round-9",
            "number": 9,
            "name": "Ninth round",
            "date": "2025-08-01",
            "city": "Istanbul",
            "summary": "A round made up for this test.",
            "delegations": [],
            "sources": [{"source": "izvestia"}],
        },
    )
    claims_file = project / "data/claims/round-3.yaml"
    claims = yaml.safe_load(claims_file.read_text(encoding="utf-8")) if claims_file.exists() else []
    write_yaml(
        claims_file,
        claims
        + [
            {
                "id": "hostile-claim",
                "kind": "statement",
                "text": f"Medinsky said {HOSTILE}",
                "speaker": "test-actor",
                "round": "round-3",
                "sources": [{"source": "izvestia"}],
            }
        ],
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
        result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


def test_a_new_record_gets_its_page_and_place_in_the_navigation(hostile_site):
    assert (hostile_site / "actors/test-actor/index.html").is_file()
    html = (hostile_site / "rounds/round-9/index.html").read_text(encoding="utf-8")
    assert "edit/main/data/rounds/round-9.yaml" in html
    assert html.index('href="../round-3/"') < html.index('href="./"')  # nav: round 9 after round 3


def test_data_text_renders_inert_everywhere(hostile_site):
    """A hostile actor name and claim text stay text on every page: no script, no Jinja, no link."""
    pages = {p: p.read_text(encoding="utf-8") for p in hostile_site.rglob("*.html")}
    round_page = (hostile_site / "rounds/round-3/index.html").read_text(encoding="utf-8")
    assert 'id="hostile-claim"' in round_page
    assert (
        "&#123;&#123; 7*7 &#125;&#125;" in round_page
        and "&lt;script&gt;alert(1)&lt;/script&gt;" in round_page
    )
    for path, html in pages.items():
        # only inside JSON-LD, where '</' is written '<\/' so the element cannot end early
        assert html.count("<script>alert(1)") == html.count("<script>alert(1)<\\/script>"), path
        assert not re.search(r"""href=["']?javascript:""", html), path
        assert "Medinsky 49" not in html and "said 49" not in html, path


def test_navigation_fills_named_sections_and_appends_missing_ones():
    specs = [
        PageSpec("rounds/round-1.md", "", "", "", "Rounds"),
        PageSpec("actors/a.md", "", "", "", "Actors", "People"),
        PageSpec("actors/b.md", "", "", "", "Actors", "People"),
        PageSpec("actors/s.md", "", "", "", "Actors", "States"),
    ]
    indexes = [PageSpec(f"{s.lower()}/index.md", "", "", None, s) for s in ("Rounds", "Actors")]
    nav = navigation.expand([{"Home": "index.md"}, {"Rounds": "rounds/index.md"}], specs, indexes)
    assert nav == [
        {"Home": "index.md"},
        {"Rounds": ["rounds/index.md", "rounds/round-1.md"]},
        {
            "Actors": [
                "actors/index.md",
                {"People": ["actors/a.md", "actors/b.md"]},
                {"States": ["actors/s.md"]},
            ]
        },
    ]


def test_round_notes_on_basic_facts_are_shown(built_site):
    notes = [(r.id, n) for r in DATA.records["rounds"].values() for n in r.data.get("notes", [])]
    assert notes, "no round note in data/: nothing to check"
    for round_id, note in notes:
        html = (built_site / "rounds" / round_id / "index.html").read_text(encoding="utf-8")
        section = html.split("Notes on these facts", 1)[-1].split("</dd>", 1)[0]
        assert " ".join(note["note"].split()[:4]) in section, (round_id, note["about"])


def test_a_state_page_lists_the_rounds_its_delegation_sat_at(built_site):
    sides = {d["side"] for r in DATA.records["rounds"].values() for d in r.data["delegations"]}
    for side in sides:
        html = (built_site / "actors" / side / "index.html").read_text(encoding="utf-8")
        assert "Not recorded in any delegation" not in html, side
        assert "No post is recorded" not in html, side
        assert 'class="delegation-seats-table stacked"' in html, side
        assert '<td data-label="Members">' in html and '<td data-label="Role">' not in html, (
            side
        )  # its phone labels


class Disclosed(HTMLParser):
    """The ids of a page's elements, each with whether it sits inside a disclosure (details.disclosure)."""

    def __init__(self):
        super().__init__()
        self.open_details, self.ids = [], {}

    def handle_starttag(self, name, attrs):
        attrs = dict(attrs)
        if name == "details":
            self.open_details.append("disclosure" in (attrs.get("class") or "").split())
        if attrs.get("id"):
            self.ids[attrs["id"]] = any(self.open_details)

    def handle_endtag(self, name):
        if name == "details":
            self.open_details.pop()


@pytest.mark.parametrize("round_", DATA.records["rounds"].values(), ids=lambda r: r.id)
def test_a_round_page_shows_only_its_bottom_line_open(built_site, round_):
    """Outcomes (agreed, proposed, rejected, not reached) lead, open; every other claim waits in a
    disclosure; each issue's own note opens its claims' disclosure (issue 22: the bottom line has
    told the outcome, and the page must fit a phone), before any claim."""
    html = (built_site / "rounds" / round_.id / "index.html").read_text(encoding="utf-8")
    parser = Disclosed()
    parser.feed(html)
    claims = [c for c in DATA.records["claims"].values() if c.data.get("round") == round_.id]
    open_ = sorted(c.id for c in claims if not parser.ids[c.id])
    assert open_ == sorted(
        c.id for c in claims if c.data["kind"] in OUTCOME_KINDS and "facet" not in c.data
    )
    for item in round_.data.get("agenda", []):
        section = html.split(f'id="on-{item["issue"]}"', 1)[1].split("<h3", 1)[0]
        before_claims = html_lib.unescape(
            re.sub(r"<[^>]+>", "", section.split('class="claim', 1)[0])
        )
        if "note" in item:
            assert " ".join(item["note"].split()[:5]) in before_claims, item["issue"]


@pytest.mark.parametrize("round_", DATA.records["rounds"].values(), ids=lambda r: r.id)
def test_an_issue_on_a_round_page_is_named_once_by_its_heading_which_leads_to_its_page(
    built_site, round_
):
    """Issue 24 (a phone's length): the heading links to the issue's page; the lines under it (on
    the agenda, how many claims) do not name the issue again."""
    html = (built_site / "rounds" / round_.id / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r'<h3 id="on-([a-z0-9-]+)">(.*?)</h3>(.*?)(?=<h[23])', html, re.S)
    assert sections
    for issue, heading, body in sections:
        assert f'<a href="../../issues/{issue}/">' in heading
        name = DATA.records["issues"][issue].data["name"]
        lines = re.findall(r'<p class="issue-intro">.*?</p>|<summary>.*?</summary>', body, re.S)
        assert all(name.lower() not in line.lower() for line in lines), issue


@pytest.mark.parametrize("round_", DATA.records["rounds"].values(), ids=lambda r: r.id)
def test_agreed_and_proposed_list_only_what_no_open_disagreement_disputes(built_site, round_):
    """'Agreed' and 'Proposed' hold uncontested claims; an agreement or proposal whose outcome an
    open disagreement disputes goes under a heading that picks no side (issue 22: 'Proposed, not
    agreed' held proposals two sources call agreed)."""
    html = (built_site / "rounds" / round_.id / "index.html").read_text(encoding="utf-8")
    groups = {part.split('"', 1)[0]: part for part in html.split('class="outcome outcome--')[1:]}
    disputed = {
        claim_id
        for d in DATA.records["disagreements"].values()
        if statuses.disputes_outcome(d)
        for claim_id in d.data["claims"]
    }
    for claim in DATA.records["claims"].values():
        if (
            claim.data.get("round") != round_.id
            or claim.data["kind"] not in ("agreement", "proposal")
            or "facet" in claim.data
        ):
            continue
        home = "agreed" if claim.data["kind"] == "agreement" else "proposed"
        home = "agreed-contested" if claim.id in disputed else home
        assert f'id="{claim.id}"' in groups[home].split('class="outcome outcome--')[0], (
            claim.id,
            home,
        )


def test_search_ranks_record_pages_above_claim_pages(built_site):
    """Material reads each page's `search: boost`: a person's page should outrank the claims naming them."""
    docs = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    boost = {d["location"].split("#")[0]: d.get("boost", 1) for d in docs}
    assert boost["actors/rustem-umerov/"] > 1 and boost["rounds/round-3/"] > 1
    assert all(b < 1 for location, b in boost.items() if location.startswith("claims/"))


class OutsideClaims(HTMLParser):
    """The text of a page's article outside its claims (each claim's sentence and evidence)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.in_article, self.parts = 0, False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_article |= tag == "article"
        if self.depth or (tag == "li" and "claim" in (attrs.get("class") or "").split()):
            self.depth += tag not in ("br", "img", "input", "meta", "link", "hr", "wbr")

    def handle_endtag(self, tag):
        self.in_article &= tag != "article"
        self.depth -= bool(self.depth) and tag not in (
            "br",
            "img",
            "input",
            "meta",
            "link",
            "hr",
            "wbr",
        )

    def handle_data(self, data):
        if self.in_article and not self.depth:
            self.parts.append(data)


@pytest.mark.parametrize("round_", DATA.records["rounds"].values(), ids=lambda r: r.id)
def test_a_figure_stands_on_a_round_page_only_in_the_claims_that_give_it(built_site, round_):
    """Issue 22: '1,200' stood seven times on round 3, in our summary, notes and headings too."""
    parser = OutsideClaims()
    parser.feed((built_site / "rounds" / round_.id / "index.html").read_text(encoding="utf-8"))
    outside = " ".join(parser.parts)
    figures = {
        f"{figure['value']:,}"
        for claim in DATA.records["claims"].values()
        if claim.data.get("round") == round_.id
        for figure in claim.data.get("figures", [])
        if figure["value"] >= 100  # a distinctive number; small ones are also counts and days
    }
    assert [
        f for f in sorted(figures) if re.search(rf"(?<![\d,]){re.escape(f)}(?![\d,])", outside)
    ] == []
