"""What the build publishes besides pages: api/v1, the feed, head meta, the
cite block, 'Last updated', edit links and redirect pages."""

import csv
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from macros.common import urls
from macros.common.site import Site
from macros.model import build_cache, statuses
from macros.publish import (
    api,
    feed,
    json_ld,
    page_extras,
    previews,
    redirects,
    repository,
    site_files,
    tables,
)
from macros.read import history, translations
from macros.read.collection_specs import COLLECTIONS
from macros.render import cite, head_meta

from conftest import ARTICLES, EDITIONS, REPO_URL, ROOT, SITE_URL

HOSTILE = 'Medinsky </script><script>alert(1)</script> <!-- "quoted" & {{ config }} \\ {x} %'


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
    """Every page of the built English edition, without the plain pages kept out of search
    engines: the redirect pages left at old addresses and the pages of earlier wordings.
    (The Ukrainian and Russian editions: tests/test_editions.py.)"""
    return sorted(
        p
        for p in built_site.rglob("index.html")
        if p.relative_to(built_site).parts[0] not in EDITIONS
        and '<meta name="robots" content="noindex">' not in p.read_text(encoding="utf-8")
    )


# --- api/v1 -----------------------------------------------------------------


@pytest.mark.parametrize("collection", urls.API_COLLECTIONS)
def test_api_lists_every_record_with_a_url_that_exists(built_site, collection):
    document = json.loads(
        (built_site / urls.API / f"{collection}.json").read_text(encoding="utf-8")
    )
    assert document["schema_version"] == api.SCHEMA_VERSION
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", document["generated_at"])
    assert [item["id"] for item in document["items"]] == list(build_cache.model()[collection])
    for item in document["items"]:
        page, _, anchor = item["url"].partition("#")
        html_file = built_site / page / "index.html"
        assert html_file.is_file(), (
            f"{collection} {item['id']}: {item['url']} is not a page of the site"
        )
        if anchor:
            assert f'id="{anchor}"' in html_file.read_text(encoding="utf-8"), (
                f"{item['url']}: no such anchor"
            )


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("collection", urls.API_COLLECTIONS)
def test_csv_has_the_same_records_as_json_with_absolute_urls(built_site, collection):
    rows = read_csv(built_site / urls.API / f"{collection}.csv")
    items = json.loads((built_site / urls.API / f"{collection}.json").read_text(encoding="utf-8"))[
        "items"
    ]
    assert [(r["id"], r["url"]) for r in rows] == [(i["id"], SITE_URL + i["url"]) for i in items]


@pytest.mark.parametrize("collection", urls.API_COLLECTIONS)
def test_no_csv_cell_holds_python_or_json_structure(built_site, collection):
    for row in read_csv(built_site / urls.API / f"{collection}.csv"):
        # dicts and lists as Python or JSON writes them (a source's own title may be in [brackets])
        nested = [
            name for name, cell in row.items() if cell.startswith(("{'", '{"', "[{", "['", '["'))
        ]
        assert not nested, (
            f"{collection}.csv, {row['id']}: the column(s) {nested} hold a list or mapping; "
            "sum the key up in plain columns in NESTED (macros/publish/tables.py)"
        )


def test_commitments_csv_gives_the_status_derived_from_the_latest_report(built_site):
    model = build_cache.model()
    for row in read_csv(built_site / urls.API / "commitments.csv"):
        report, derived = statuses.latest(model, model["commitments"][row["id"]])
        assert (row["status"], row["status_date"]) == (derived.status, report["date"])


def test_csv_is_flat_with_names_beside_ids_and_a_byte_order_mark(built_site):
    raw = (built_site / urls.API / "claims.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,url,")  # Excel reads the file as UTF-8
    claims = build_cache.model()["claims"]
    for row in read_csv(built_site / urls.API / "claims.csv"):
        claim = claims[row["id"]].data
        assert not any(cell.startswith(('["', "[{", '{"')) for cell in row.values()), row[
            "id"
        ]  # no JSON
        assert row["sources"] == "; ".join(dict.fromkeys(c["source"] for c in claim["sources"]))
        if "speaker" in claim:
            assert (
                row["speaker_name"] == build_cache.model()["actors"][claim["speaker"]].data["name"]
            )
    actors = build_cache.model()["actors"]
    native = [
        (row["native_name"], actors[row["id"]].data["native_name"])
        for row in read_csv(built_site / urls.API / "actors.csv")
        if row["native_name"]
    ]
    assert native and all(
        cell == written for cell, written in native
    )  # Cyrillic and Turkish as written


def test_published_files_validate_against_the_published_schemas(built_site):
    """check-jsonschema, not the project's own code, against the schemas as published."""
    folder = built_site / urls.API
    for collection in urls.API_COLLECTIONS:
        schema = json.loads((folder / "schemas" / f"{collection}.json").read_text(encoding="utf-8"))
        assert schema["$id"] == f"{SITE_URL}{urls.API}/schemas/{collection}.json"
        assert "$ref" not in json.dumps(schema)
        result = subprocess.run(
            [
                shutil.which("check-jsonschema", path=sys.prefix + "/bin"),
                "--schemafile",
                str(folder / "schemas" / f"{collection}.json"),
                str(folder / f"{collection}.json"),
            ],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_record_schemas_are_published_at_their_own_id_with_their_refs_beside_them(built_site):
    folder = built_site / urls.API / "schemas"
    for source in (ROOT / "schemas").glob("*.schema.json"):
        published = json.loads((folder / source.name).read_text(encoding="utf-8"))
        assert published["$id"] == f"{SITE_URL}{urls.API}/schemas/{source.name}"
        assert published | {"$id": None} == json.loads(source.read_text(encoding="utf-8")) | {
            "$id": None
        }
        for ref in re.findall(r'"\$ref": "([^"#]+)', source.read_text(encoding="utf-8")):
            assert (folder / ref).is_file(), f"{source.name}: {ref} is not published beside it"


def test_a_published_schema_rejects_a_record_without_url(built_site, tmp_path):
    document = json.loads((built_site / urls.API / "issues.json").read_text(encoding="utf-8"))
    del document["items"][0]["url"]
    (tmp_path / "issues.json").write_text(json.dumps(document), encoding="utf-8")
    result = subprocess.run(
        [
            shutil.which("check-jsonschema", path=sys.prefix + "/bin"),
            "--schemafile",
            str(built_site / urls.API / "schemas/issues.json"),
            str(tmp_path / "issues.json"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "'url' is a required property" in result.stdout


def frictionless(folder):
    return subprocess.run(
        [
            shutil.which("frictionless", path=sys.prefix + "/bin"),
            "validate",
            "--json",
            str(folder / api.DATAPACKAGE),
        ],
        capture_output=True,
        text=True,
        cwd=folder,
    )


def test_the_data_package_passes_frictionless_validate(built_site):
    result = frictionless(built_site / urls.API)
    assert result.returncode == 0, result.stdout[:3000]
    package = json.loads((built_site / urls.API / api.DATAPACKAGE).read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [f"{c}.csv" for c in urls.API_COLLECTIONS]
    claims = next(r for r in package["resources"] if r["name"] == "claims")["schema"]
    assert {"fields": "speaker", "reference": {"resource": "actors", "fields": "id"}} in claims[
        "foreignKeys"
    ]


def test_frictionless_catches_an_id_that_names_no_record(built_site, tmp_path):
    folder = shutil.copytree(built_site / urls.API, tmp_path / "v1")
    claims = (folder / "claims.csv").read_text(encoding="utf-8-sig")
    (folder / "claims.csv").write_text(
        claims.replace(",donald-trump,", ",nobody-at-all,"), encoding="utf-8-sig"
    )
    result = frictionless(folder)
    assert result.returncode != 0 and "foreign-key" in result.stdout


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(text):
    assert tables.cell(text) == "'" + text


def test_csv_leaves_numbers_and_plain_text_alone_and_joins_lists():
    assert [tables.cell(v) for v in (None, -5, True, ["x", "y"], 'a=b, "c"')] == [
        "",
        "-5",
        "true",
        "x; y",
        'a=b, "c"',
    ]
    assert tables.cell(["=x", "y"]) == "'=x; y"


# --- head meta, cite block, last updated -------------------------------------


def test_json_ld_and_meta_survive_a_hostile_title():
    head = head_meta.head(
        HOSTILE,
        HOSTILE,
        SITE_URL + "x/",
        "Site",
        SITE_URL,
        "2025-07-24",
        SITE_URL + "feed.xml",
        SITE_URL + "x.png",
        [{"@type": "Claim", "text": HOSTILE}],
    )
    parsed = parse(head)
    assert parsed.meta["og:title"] == HOSTILE and parsed.meta["twitter:description"] == HOSTILE
    assert parsed.meta["og:image:alt"] == "Site: " + HOSTILE
    assert len(parsed.json_ld) == 2 and not any("</" in ld or "<!--" in ld for ld in parsed.json_ld)
    assert (
        json.loads(parsed.json_ld[0])["name"] == HOSTILE
        and json.loads(parsed.json_ld[1])["text"] == HOSTILE
    )


def test_cite_block_escapes_html_and_tex():
    block = cite.block(
        HOSTILE, SITE_URL + "rounds/round-3/", "Istanbul Talks Tracker", "abc123", "2025-07-24"
    )
    assert "<script>" not in block and "{{" not in block
    assert "@misc&#123;istanbul-talks-rounds-round-3," in block
    assert cite.bibtex_escape("50% & {x} \\ #1_a") == r"50\% \& \{x\} \textbackslash{} \#1\_a"


def test_cite_names_the_sources_at_its_version_where_the_repository_is_known():
    kept = repository.tree_at("https://github.com/o/r/", "abc123def456")
    assert kept == "https://github.com/o/r/tree/abc123def456"
    args = ("T", SITE_URL + "x/", "Site", "abc123def456", "2025-07-24")
    assert cite.text(*args, kept).endswith(f"x/ Its sources at this version: {kept}")
    assert f"\\url{{{kept}}}" in cite.bibtex(*args, kept)
    assert "sources" not in cite.text(*args) + cite.bibtex(*args)
    assert repository.tree_at("", "abc") == repository.tree_at("https://g/o/r", "unversioned") == ""


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
    written = {
        ("" if p.stem == "index" else p.with_suffix("").as_posix() + "/"): f"docs/{p.as_posix()}"
        for p in (q.relative_to(ROOT / "docs") for q in (ROOT / "docs").rglob("*.md"))
        if translations.written_edition(p.name)[1] == "en"
    }
    records = {
        urls.page_url(c, r.id): r.file for c in urls.PAGE for r in build_cache.model()[c].values()
    }
    return written | records


def test_edit_links_open_the_file_behind_the_page(built_site):
    for url, source in expected_sources().items():
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        edit = re.search(rf'href="{re.escape(REPO_URL)}/edit/main/([^"]+)"', html)
        assert edit and edit.group(1) == source, f"/{url}: the edit link should open {source}"
        assert (ROOT / source).is_file()


def test_last_updated_is_the_newest_commit_of_each_file():
    log = (
        "\x00b2\x002025-07-25T09:00:00+00:00\x00second\n\ndata/rounds/round-3.yaml\n"
        "\x00a1\x002025-07-24T09:00:00+00:00\x00first\n\ndata/rounds/round-3.yaml\ndocs/index.md\n"
    )
    h = history.History(tuple(history.parse(log)), "b2")
    assert h.last_changed() == {
        "data/rounds/round-3.yaml": "2025-07-25",
        "docs/index.md": "2025-07-24",
    }
    assert [c.sha for c in h.touching(["docs"])] == ["a1"]


def test_footer_shows_the_date_of_the_file_behind_the_page():
    h = history.History(
        (history.Commit("a1", "2025-07-24T09:00:00+00:00", "s", ("data/rounds/round-3.yaml",)),),
        "a1",
    )
    info = Site("Site", SITE_URL, "d", "https://github.com/x/y")
    footer = page_extras.page_footer(
        info, h, page_extras.Page("Third round", "rounds/round-3/", "data/rounds/round-3.yaml")
    )
    assert '<time datetime="2025-07-24">24 July 2025</time>' in footer and "Version a1" in footer
    assert "Last updated" not in page_extras.page_footer(
        info, h, page_extras.Page("Home", "", "docs/never-committed.md")
    )


# --- feed and redirects ------------------------------------------------------


def hostile_corrections(scratch):
    (scratch / "data" / "corrections.yaml").write_text(
        "- id: hostile-correction\n  date: 2025-07-25\n  record: round-3\n"
        f"  what: {json.dumps(HOSTILE)}\n  why: Izvestia says so <b>really</b>\n",
        encoding="utf-8",
    )
    build_cache.reset()
    return build_cache.model(scratch)


def test_feed_is_valid_atom_with_hostile_text_kept_as_text(scratch):
    model = hostile_corrections(scratch)
    commit = history.Commit(
        "c" * 40, "2025-07-26T10:00:00+00:00", 'Fix <round> & "quotes"', ("data/x.yaml",)
    )
    xml = feed.atom(
        model, history.History((commit,), "c"), SITE_URL, "Site", "https://github.com/x/y"
    )
    root = ET.fromstring(xml)
    ns = {"a": feed.ATOM}
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == [
        'Fix <round> & "quotes"',
        "Correction: Third round",
    ]
    assert HOSTILE in entries[1].find("a:summary", ns).text
    assert entries[1].find("a:link", ns).get("href") == SITE_URL + "rounds/round-3/"
    build_cache.reset()


def test_built_feed_parses(built_site):
    root = ET.parse(built_site / feed.FEED).getroot()
    assert root.tag == f"{{{feed.ATOM}}}feed"


def test_redirect_pages_send_readers_on_and_never_hide_a_page(scratch, tmp_path):
    (scratch / "data" / "redirects.yaml").write_text(
        "- id: third-round\n  old: rounds/third/\n  new: rounds/round-3/\n  date: 2025-07-25\n"
        "  why: IDs follow the round number.\n",
        encoding="utf-8",
    )
    build_cache.reset()
    model = build_cache.model(scratch)
    out = tmp_path / "site"
    assert (
        site_files.write_outputs(
            model, history.History((), "x"), out, Site("S", SITE_URL, "d", "r")
        )
        == []
    )
    html = (out / "rounds/third/index.html").read_text(encoding="utf-8")
    assert (
        'content="0; url=../../rounds/round-3/"' in html
        and f'href="{SITE_URL}rounds/round-3/"' in html
    )
    assert redirects.clashes(model, {"rounds/third/"}) == [
        "data/redirects.yaml:1: old: 'rounds/third/' is still a page; remove the redirect or the page"
    ]
    build_cache.reset()


def test_corrections_log_escapes_and_anchors_each_entry(scratch):
    from macros.render.page_view import View
    from macros.views.corrections import log

    model = hostile_corrections(scratch)
    html = log(View(model, "corrections/"))
    assert '<tr id="hostile-correction">' in html and "<script>" not in html and "{{" not in html
    assert '<a href="../rounds/round-3/">Third round</a>' in html
    build_cache.reset()


def test_sitemap_lists_every_page(built_site):
    listed = {
        loc.text
        for loc in ET.parse(built_site / "sitemap.xml")
        .getroot()
        .iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    pages = {
        SITE_URL + (p.parent.relative_to(built_site).as_posix() + "/").removeprefix("./")
        for p in built_pages(built_site)
    }
    assert pages <= listed, sorted(pages - listed)[:5]


@pytest.mark.build
def test_a_hostile_record_name_stays_text_in_head_and_cite_block(tmp_path, monkeypatch):
    from conftest import build
    from test_build import copy_project

    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
    project = copy_project(tmp_path / "project")
    path = project / "data/rounds/round-3.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "\nname: Third round\n", f"\nname: {json.dumps(HOSTILE)}\n"
        ),
        encoding="utf-8",
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/rounds/round-3/index.html").read_text(encoding="utf-8")
    parsed = parse(html)
    assert parsed.meta["og:title"] == HOSTILE
    assert json.loads(parsed.json_ld[0])["name"] == HOSTILE
    assert "<script>alert(1)" not in html


def test_every_claim_card_links_to_its_own_lines_of_yaml(built_site):
    """One click from a wrong fact to the right line: the 'Correct' link opens the claim's file at its line."""
    base = f"{REPO_URL}/blob/main/"
    for claim in build_cache.model()["claims"].values():
        page = built_site / urls.claim_url(claim).partition("#")[0] / "index.html"
        target = f'href="{base}{claim.file}#L{claim.line}"'
        assert target in page.read_text(encoding="utf-8"), (
            f"{claim.id}: no Correct link on its page"
        )
        line = (ROOT / claim.file).read_text(encoding="utf-8").splitlines()[claim.line - 1]
        assert re.match(rf"\s*-?\s*id: {claim.id}\s*$", line), (
            f"{claim.file}:{claim.line} is not where {claim.id} starts"
        )


def test_source_base_turns_the_edit_path_into_the_reading_path():
    assert (
        repository.source_base("https://github.com/o/r", "edit/main/")
        == "https://github.com/o/r/blob/main/"
    )
    assert repository.source_base(None, "edit/main/") == ""


def test_a_record_page_is_previewed_with_its_summary(built_site):
    round_3 = build_cache.model()["rounds"]["round-3"]
    parsed = parse((built_site / "rounds/round-3/index.html").read_text(encoding="utf-8"))
    assert parsed.meta["og:description"].startswith(round_3.data["summary"][:40])
    assert parsed.meta["description"] == parsed.meta["og:description"]


def test_a_written_page_is_described_by_its_front_matter_or_first_paragraph():
    page = page_extras.Page(
        "T",
        "t/",
        "docs/t.md",
        "",
        '<h1>T</h1><p> </p><div><p>First <a href="x">words</a>\n here.</p></div><p>Not this.</p>',
    )
    assert page_extras.description(None, page, "site") == "First words here."
    assert (
        page_extras.description(
            None, page_extras.Page("T", "t/", "docs/t.md", "Set <here>"), "site"
        )
        == "Set <here>"
    )
    assert page_extras.description(None, page_extras.Page("T", "t/", "docs/t.md"), "site") == "site"


def test_no_two_pages_share_a_description(built_site):
    seen = {}
    for page in built_pages(built_site):
        parsed = parse(page.read_text(encoding="utf-8"))
        where = page.relative_to(built_site).parent.as_posix()
        assert (
            parsed.meta["description"]
            and parsed.meta["description"] == parsed.meta["og:description"]
        ), where
        seen.setdefault(parsed.meta["description"], []).append(where)
    assert not {text: where for text, where in seen.items() if len(where) > 1}


def test_every_page_has_its_own_preview_image(built_site):
    images = {}
    for page in built_pages(built_site):
        meta = parse(page.read_text(encoding="utf-8")).meta
        assert (
            meta["og:image"].startswith(SITE_URL + previews.FOLDER + "/")
            and meta["twitter:card"] == "summary_large_image"
        )
        images[meta["og:image"]] = meta["og:title"]
    assert len(images) == len(built_pages(built_site))  # one card per page title
    from PIL import Image

    with Image.open(built_site / next(iter(images)).removeprefix(SITE_URL)) as card:
        assert card.size == (previews.WIDTH, previews.HEIGHT) and card.format == "PNG"


def test_preview_cards_are_cached_by_what_they_show(tmp_path):
    first = previews.ensure(tmp_path / "a", tmp_path / "cache", "Site", "Türkiye")
    (tmp_path / "cache" / first.rsplit("/", 1)[1]).write_bytes(b"cached")
    assert previews.ensure(tmp_path / "b", tmp_path / "cache", "Site", "Türkiye") == first
    assert (tmp_path / "b" / first).read_bytes() == b"cached"  # copied, not drawn again
    assert previews.ensure(tmp_path / "b", tmp_path / "cache", "Site", "Turkey") != first


def test_preview_cards_draw_every_letter_of_the_names_and_no_stripe():
    """Issue 22: the built-in font drew no ğ, ë or Ç (they were folded away), and a stripe ran down
    the left edge. Every letter the data's names use is a glyph of its own, not the missing-glyph box."""
    from PIL import Image, ImageDraw

    font = previews.font("title", 72)

    def drawn(char):
        image = Image.new("L", (120, 120))
        ImageDraw.Draw(image).text((10, 10), char, font=font, fill=255)
        return image.tobytes()

    missing = drawn("\U000f0000")  # a private-use code point: no font has it
    assert [char for char in "ÇçıİğĞşŞëËöüéèàŁłКиївЯ€–“”" if drawn(char) == missing] == []
    card = previews.draw("Istanbul Talks Tracker", "Çırağan Palace")
    assert card.crop((0, 0, previews._MARGIN - 10, previews.HEIGHT)).getextrema() == (
        0,
        0,
    )  # only background


def test_robots_txt_names_the_sitemap_and_lastmod_is_the_last_commit(built_site):
    assert (
        f"Sitemap: {SITE_URL}sitemap.xml"
        in (built_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    )
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    dates = build_cache.history().last_changed()
    lastmod = {
        u.find("s:loc", ns).text: u.find("s:lastmod", ns).text
        for u in ET.parse(built_site / "sitemap.xml").getroot().findall("s:url", ns)
    }
    assert lastmod[SITE_URL + "rounds/round-3/"] == dates["data/rounds/round-3.yaml"]
    assert lastmod[SITE_URL + "method/"] == dates["docs/method.md"]


# --- deploying anywhere -------------------------------------------------------

PLACEHOLDERS = (
    "istanbul-talks.example",
    "istanbul-talks/tracker",
    "127.0.0.1:8000",
)  # and mkdocs.yml's default


def test_the_built_site_names_only_the_addresses_it_was_built_for(built_site):
    """Built with SITE_URL and REPO_URL set (conftest.py): no placeholder and no local default anywhere."""
    for path in (p for p in built_site.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode(
            "utf-8", errors="ignore"
        )
        found = [p for p in PLACEHOLDERS if p in text]
        assert not found, f"{path.relative_to(built_site)}: {found}"
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE_URL}">' in home and f'href="{REPO_URL}"' in home
    assert f"{SITE_URL}rounds/round-3/" in (built_site / "sitemap.xml").read_text(encoding="utf-8")
    corrections = (built_site / "corrections/index.html").read_text(encoding="utf-8")
    assert f'href="{REPO_URL}/issues/new?template=wrong-fact.yml"' in corrections


def test_repo_name_and_links_follow_the_repository():
    assert repository.repo_name("https://github.com/someone/fork.git") == "someone/fork"
    assert repository.repo_link("", "issues/new", "Report <it>") == "Report &lt;it&gt;"


# --- JSON-LD -----------------------------------------------------------------


def test_the_data_page_describes_the_downloads_as_a_dataset(built_site):
    parsed = parse((built_site / "data/index.html").read_text(encoding="utf-8"))
    dataset = next(g for g in map(json.loads, parsed.json_ld) if g["@type"] == "Dataset")
    assert (
        dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
        and dataset["creator"]["name"]
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", dataset["dateModified"])
    for download in dataset["distribution"]:
        assert (built_site / download["contentUrl"].removeprefix(SITE_URL)).is_file(), download[
            "contentUrl"
        ]
    assert {d["encodingFormat"] for d in dataset["distribution"]} == {
        "application/json",
        "text/csv",
    }


def test_a_claim_as_schema_org_names_its_speaker_and_sources():
    model = build_cache.model()
    claim = next(
        c for c in model["claims"].values() if c.data.get("speaker") and c.data.get("said_on")
    )
    value = json_ld.claim_json_ld(claim, model, SITE_URL)
    speaker = model["actors"][claim.data["speaker"]].data
    assert value["@type"] == "Claim" and value["text"] == claim.data["text"]
    assert value["author"] == {
        "@type": "Person" if speaker["kind"] == "person" else "Organization",
        "name": speaker["name"],
        "url": SITE_URL + f"actors/{claim.data['speaker']}/",
    }
    assert value["dateCreated"] == claim.data["said_on"] and value[
        "url"
    ] == SITE_URL + urls.claim_page_url(claim.id)
    sources = [model["sources"][c["source"]].data for c in claim.data["sources"]]
    assert [a["name"] for a in value["appearance"]] == list(
        dict.fromkeys(s["title"] for s in sources)
    )
    dated = sorted(s["date"] for s in sources if s["date"] != "unknown")
    assert value.get("firstAppearance", {}).get("datePublished") == (dated[0] if dated else None)


def test_a_claim_page_carries_its_claim(built_site):
    claim = next(iter(build_cache.model()["claims"].values()))
    parsed = parse(
        (built_site / urls.claim_page_url(claim.id) / "index.html").read_text(encoding="utf-8")
    )
    assert [json.loads(g)["@type"] for g in parsed.json_ld] == ["WebPage", "Claim"]
    assert json.loads(parsed.json_ld[1]) == json_ld.claim_json_ld(
        claim, build_cache.model(), SITE_URL
    )


def test_an_unattributed_claim_has_no_author(scratch):
    model = build_cache.model()
    claim = next(c for c in model["claims"].values() if "speaker" not in c.data)
    assert "author" not in json_ld.claim_json_ld(claim, model, SITE_URL)


def test_every_collection_is_published_or_says_why_not():
    """A new kind of record is not left out of api/v1 silently: it is listed in one or the other."""
    names = [c.name for c in COLLECTIONS]
    assert sorted(names) == sorted([*urls.API_COLLECTIONS, *urls.NOT_IN_API])
    assert not set(urls.API_COLLECTIONS) & set(urls.NOT_IN_API)
    homeless = [
        c
        for c in urls.API_COLLECTIONS
        if c not in urls.PAGE and c not in urls.ANCHORED and c != "claims"
    ]
    assert not homeless, (
        f"{homeless}: a published record needs an address (PAGE or ANCHORED in macros/common/urls.py)"
    )


def test_two_builds_drawing_the_same_card_at_once_do_not_collide(tmp_path):
    """Found by make test on two cores from a fresh clone: both builds wrote one .tmp name."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        found = pool.starmap(
            previews.ensure,
            [(tmp_path / f"site{i}", tmp_path / "cache", "Site", "Same") for i in range(4)],
        )
    assert len(set(found)) == 1 and not list((tmp_path / "cache").glob("*.tmp"))


def test_disagreements_corrections_and_statuses_are_published(built_site):
    """Issue #21: disagreements were missing from api/v1, commitments.json lacked the status the
    CSV has, and a corrected record said nothing of it in the data."""
    folder = built_site / urls.API
    disagreements = json.loads((folder / "disagreements.json").read_text(encoding="utf-8"))
    assert disagreements["items"] and all(d["claims"] for d in disagreements["items"])
    commitments = json.loads((folder / "commitments.json").read_text(encoding="utf-8"))
    assert all(c["status"] and c["status_date"] for c in commitments["items"])
    claims = json.loads((folder / "claims.json").read_text(encoding="utf-8"))["items"]
    corrected = next(c for c in claims if c["id"] == "trump-threat-garbled")
    assert corrected["corrections"][0]["id"] == "garbled-sanctions-target"
    assert (folder / "corrections.json").is_file() and (folder / "corrections.csv").is_file()


def test_the_file_schemas_allow_added_keys(built_site):
    """docs/data.md: keys may be added within v1, so a download checked today passes tomorrow."""
    for path in (built_site / urls.API / "schemas").glob("*.json"):
        if not path.name.endswith(".schema.json"):
            assert '"additionalProperties": false' not in path.read_text(encoding="utf-8"), path
