"""What the build publishes besides pages: api/v1, the feed, head meta, the
cite block, 'Last updated', edit links and redirect pages."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from conftest import ROOT

from macros.model import build_cache, urls
from macros.publish import api, feed, publication, redirects
from macros.read import history
from macros.render import cite, head_meta

HOSTILE = 'Medinsky </script><script>alert(1)</script> <!-- "quoted" & {{ config }} \\ {x} %'
SITE_URL = "https://istanbul-talks.example/"


class Head(HTMLParser):
    """Collects meta tags, links and the text of JSON-LD scripts."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self._in_ld = {}, [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(data)


def parse(html):
    parser = Head()
    parser.feed(html)
    return parser


def built_pages(built_site):
    """Every page of the built site, without the redirect pages left at old addresses."""
    return sorted(p for p in built_site.rglob("index.html")
                  if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))


# --- api/v1 -----------------------------------------------------------------

@pytest.mark.parametrize("collection", api.EXPORTED)
def test_api_lists_every_record_with_a_url_that_exists(built_site, collection):
    document = json.loads((built_site / api.API / f"{collection}.json").read_text(encoding="utf-8"))
    assert document["schema_version"] == api.SCHEMA_VERSION
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", document["generated_at"])
    assert [item["id"] for item in document["items"]] == list(build_cache.model()[collection])
    for item in document["items"]:
        page, _, anchor = item["url"].partition("#")
        html_file = built_site / page / "index.html"
        assert html_file.is_file(), f"{collection} {item['id']}: {item['url']} is not a page of the site"
        if anchor:
            assert f'id="{anchor}"' in html_file.read_text(encoding="utf-8"), f"{item['url']}: no such anchor"


@pytest.mark.parametrize("collection", api.EXPORTED)
def test_csv_has_the_same_records_as_json(built_site, collection):
    rows = list(csv.DictReader(io.StringIO((built_site / api.API / f"{collection}.csv").read_text(encoding="utf-8"))))
    items = json.loads((built_site / api.API / f"{collection}.json").read_text(encoding="utf-8"))["items"]
    assert [(r["id"], r["url"]) for r in rows] == [(i["id"], i["url"]) for i in items]


def test_the_schemas_are_published_unchanged(built_site):
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        assert (built_site / api.API / "schemas" / schema.name).read_bytes() == schema.read_bytes()


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(text):
    written = api.to_csv([{"id": "a", "url": "u", "text": text}], ["id", "url", "text"])
    assert list(csv.reader(io.StringIO(written)))[1][2] == "'" + text


def test_csv_leaves_numbers_and_plain_text_alone_and_nests_lists_as_json():
    written = api.to_csv([{"id": "a", "url": None, "n": -5, "ok": True, "list": ["=x", "y"], "t": "a=b, \"c\"\nd"}],
                            ["id", "url", "n", "ok", "list", "t"])
    row = list(csv.reader(io.StringIO(written)))[1]
    assert row == ["a", "", "-5", "true", '["=x", "y"]', "a=b, \"c\"\nd"]


# --- head meta, cite block, last updated -------------------------------------

def test_json_ld_and_meta_survive_a_hostile_title():
    head = head_meta.head(HOSTILE, HOSTILE, SITE_URL + "x/", "Site", SITE_URL, "2025-07-24", SITE_URL + "feed.xml")
    parsed = parse(head)
    assert parsed.meta["og:title"] == HOSTILE and parsed.meta["twitter:description"] == HOSTILE
    assert len(parsed.json_ld) == 1 and "</" not in parsed.json_ld[0] and "<!--" not in parsed.json_ld[0]
    assert json.loads(parsed.json_ld[0])["name"] == HOSTILE


def test_cite_block_escapes_html_and_tex():
    block = cite.block(HOSTILE, SITE_URL + "rounds/round-3/", "Istanbul Talks Tracker", "abc123", "2025-07-24")
    assert "<script>" not in block and "{{" not in block
    assert "@misc&#123;istanbul-talks-rounds-round-3," in block
    assert cite.bibtex_escape("50% & {x} \\ #1_a") == r"50\% \& \{x\} \textbackslash{} \#1\_a"


def test_every_page_has_meta_canonical_and_cite(built_site):
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        parsed = parse(html)
        where = page.relative_to(built_site).as_posix()
        assert parsed.meta.get("og:title") and parsed.meta.get("twitter:card"), where
        assert any(link.get("rel") == "canonical" for link in parsed.links), where
        assert json.loads(parsed.json_ld[0])["url"].startswith(SITE_URL), where
        assert 'id="cite"' in html, where


def expected_sources():
    """{page URL: the project file its edit link must open}: the Markdown of a written page,
    the YAML record of a generated one."""
    written = {("" if p.stem == "index" else p.with_suffix("").as_posix() + "/"): f"docs/{p.as_posix()}"
               for p in (q.relative_to(ROOT / "docs") for q in (ROOT / "docs").rglob("*.md"))}
    records = {urls.page_url(c, r.id): r.file for c in urls.PAGE for r in build_cache.model()[c].values()}
    return written | records


def test_edit_links_open_the_file_behind_the_page(built_site):
    for url, source in expected_sources().items():
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        edit = re.search(r'href="https://github\.com/istanbul-talks/tracker/edit/main/([^"]+)"', html)
        assert edit and edit.group(1) == source, f"/{url}: the edit link should open {source}"
        assert (ROOT / source).is_file()


def test_last_updated_is_the_newest_commit_of_each_file():
    log = ("\x00b2\x002025-07-25T09:00:00+00:00\x00second\n\ndata/rounds/round-3.yaml\n"
           "\x00a1\x002025-07-24T09:00:00+00:00\x00first\n\ndata/rounds/round-3.yaml\ndocs/index.md\n")
    h = history.History(tuple(history.parse(log)), "b2")
    assert h.last_changed() == {"data/rounds/round-3.yaml": "2025-07-25", "docs/index.md": "2025-07-24"}
    assert [c.sha for c in h.touching(["docs"])] == ["a1"]


def test_footer_shows_the_date_of_the_file_behind_the_page():
    h = history.History((history.Commit("a1", "2025-07-24T09:00:00+00:00", "s", ("data/rounds/round-3.yaml",)),), "a1")
    info = publication.SiteInfo("Site", SITE_URL, "d", "https://github.com/x/y")
    footer = publication.page_footer(info, h, "Third round", "rounds/round-3/", "data/rounds/round-3.yaml")
    assert '<time datetime="2025-07-24">24 July 2025</time>' in footer and "Version a1" in footer
    assert "Last updated" not in publication.page_footer(info, h, "Home", "", "docs/never-committed.md")


# --- feed and redirects ------------------------------------------------------

def hostile_corrections(scratch):
    (scratch / "data" / "corrections.yaml").write_text(
        "- id: hostile-correction\n  date: 2025-07-25\n  record: round-3\n"
        f"  what: {json.dumps(HOSTILE)}\n  why: Izvestia says so <b>really</b>\n", encoding="utf-8")
    build_cache.reset()
    return build_cache.model(scratch)


def test_feed_is_valid_atom_with_hostile_text_kept_as_text(scratch):
    model = hostile_corrections(scratch)
    commit = history.Commit("c" * 40, "2025-07-26T10:00:00+00:00", "Fix <round> & \"quotes\"", ("data/x.yaml",))
    xml = feed.atom(model, history.History((commit,), "c"), SITE_URL, "Site", "https://github.com/x/y")
    root = ET.fromstring(xml)
    ns = {"a": feed.ATOM}
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ["Fix <round> & \"quotes\"", "Correction: Third round"]
    assert HOSTILE in entries[1].find("a:summary", ns).text
    assert entries[1].find("a:link", ns).get("href") == SITE_URL + "rounds/round-3/"
    build_cache.reset()


def test_built_feed_parses(built_site):
    root = ET.parse(built_site / feed.FEED).getroot()
    assert root.tag == f"{{{feed.ATOM}}}feed"


def test_redirect_pages_send_readers_on_and_never_hide_a_page(scratch, tmp_path):
    (scratch / "data" / "redirects.yaml").write_text(
        "- id: third-round\n  old: rounds/third/\n  new: rounds/round-3/\n  date: 2025-07-25\n  why: IDs follow the round number.\n",
        encoding="utf-8")
    build_cache.reset()
    model = build_cache.model(scratch)
    out = tmp_path / "site"
    assert publication.write_outputs(model, history.History((), "x"), ROOT, out, publication.SiteInfo("S", SITE_URL, "d", "r")) == []
    html = (out / "rounds/third/index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../../rounds/round-3/"' in html and f'href="{SITE_URL}rounds/round-3/"' in html
    assert redirects.clashes(model, {"rounds/third/"}) == [
        "data/redirects.yaml:1: old: 'rounds/third/' is still a page; remove the redirect or the page"]
    build_cache.reset()


def test_corrections_log_escapes_and_anchors_each_entry(scratch):
    from macros.render.components import View
    from macros.views.corrections import log
    model = hostile_corrections(scratch)
    html = log(View(model, "corrections/"))
    assert '<tr id="hostile-correction">' in html and "<script>" not in html and "{{" not in html
    assert '<a href="../rounds/round-3/">Third round</a>' in html
    build_cache.reset()


def test_sitemap_lists_every_page(built_site):
    listed = {loc.text for loc in ET.parse(built_site / "sitemap.xml").getroot().iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    pages = {SITE_URL + (p.parent.relative_to(built_site).as_posix() + "/").removeprefix("./")
             for p in built_pages(built_site)}
    assert pages <= listed, sorted(pages - listed)[:5]


def test_a_hostile_record_name_stays_text_in_head_and_cite_block(tmp_path, monkeypatch):
    from test_build import build, copy_project
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ROOT.parent / "shared" / "seeds"))
    project = copy_project(tmp_path / "project")
    path = project / "data/rounds/round-3.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nname: Third round\n", f"\nname: {json.dumps(HOSTILE)}\n"),
                    encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/rounds/round-3/index.html").read_text(encoding="utf-8")
    parsed = parse(html)
    assert parsed.meta["og:title"] == HOSTILE
    assert json.loads(parsed.json_ld[0])["name"] == HOSTILE
    assert "<script>alert(1)" not in html


def test_every_claim_card_links_to_its_own_lines_of_yaml(built_site):
    """One click from a wrong fact to the right line: the 'Correct' link opens the claim's file at its line."""
    base = "https://github.com/istanbul-talks/tracker/blob/main/"
    for claim in build_cache.model()["claims"].values():
        page = built_site / urls.claim_url(claim).partition("#")[0] / "index.html"
        target = f'href="{base}{claim.file}#L{claim.line}"'
        assert target in page.read_text(encoding="utf-8"), f"{claim.id}: no Correct link on its page"
        line = (ROOT / claim.file).read_text(encoding="utf-8").splitlines()[claim.line - 1]
        assert re.match(rf"\s*-?\s*id: {claim.id}\s*$", line), f"{claim.file}:{claim.line} is not where {claim.id} starts"


def test_source_base_turns_the_edit_path_into_the_reading_path():
    assert publication.source_base("https://github.com/o/r", "edit/main/") == "https://github.com/o/r/blob/main/"
    assert publication.source_base(None, "edit/main/") == ""


def test_a_record_page_is_previewed_with_its_summary(built_site):
    round_3 = build_cache.model()["rounds"]["round-3"]
    parsed = parse((built_site / "rounds/round-3/index.html").read_text(encoding="utf-8"))
    assert parsed.meta["og:description"].startswith(round_3.data["summary"][:40])
    home = parse((built_site / "index.html").read_text(encoding="utf-8"))
    assert home.meta["og:description"].startswith("Sourced, attributed data")
