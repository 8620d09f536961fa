"""Hostile text that passes validation is published inert.

Script tags, attribute breaks, javascript: links, Markdown links and attribute
lists, Jinja (mkdocs-macros renders written pages) and spreadsheet formulas are
written into names, summaries, claims, quotes, notes, source records and a git
commit message of a scratch copy of the project. The whole site is built, and
every output file (HTML with its nav, title, meta and JSON-LD; search index;
sitemap; feeds; api JSON and CSV) is scanned.
"""

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from conftest import ARTICLES, ROOT, build, validate_apart
from hostile import BAD_SCHEMES, CONTEXT, append, html_problems
from test_build import PROJECT_PARTS

PARTS = (*PROJECT_PARTS, "CONTRIBUTING.md", "CITATION.cff")
MARK = "QQ{{ 7*7 }}QQ"  # evaluated, this would read QQ49QQ
PAYLOAD = (
    f"<script>alert(1)</script>\" onmouseover=\"alert(1)\" ' onfocus='alert(1)' {MARK} {{% raw %}} "
    '[a](javascript:alert(1)) {: onclick="alert(1)" } <img src=x onerror=alert(1)> ]]> <!-- &amp; QQX'
)
assert len(PAYLOAD) <= 200  # short enough for a name
FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "@SUM(1+1)",
    "+1+cmd",
    "-1+cmd|' /C calc'!A0",
]
ARTICLE = "001_73c502fd60097e36.txt"  # izvestia
QUOTE = f"{MARK} <script>alert(1)</script> javascript:alert(1)"


def copy_project(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for part in PARTS:
        source = ROOT / part
        if source.exists():
            (shutil.copytree if source.is_dir() else shutil.copy)(source, project / part)
    return project


def hostile_project(tmp_path):
    project = copy_project(tmp_path)
    articles = (
        tmp_path / "articles"
    )  # a copy with the quote appended; absent where the articles are
    izvestia = project / "seeds/izvestia.yaml"
    text = izvestia.read_text(encoding="utf-8")
    if ARTICLES.is_dir():
        shutil.copytree(ARTICLES, articles)
        with (articles / ARTICLE).open("a", encoding="utf-8") as handle:
            handle.write(f"\n{QUOTE}\n")
        digest = hashlib.sha256((articles / ARTICLE).read_bytes()).hexdigest()
        text = re.sub(r"(?m)^sha256: .*$", f"sha256: {digest}", text)
    izvestia.write_text(text, encoding="utf-8")
    set_fields(
        project,
        "seeds/izvestia.yaml",
        "label",
        "title",
        "outlet",
        "author",
        "translator",
        "date_basis",
    )
    set_fields(project, "data/rounds/round-3.yaml", "name", "city", "venue")
    _write_records(project)
    _lock_quotes(project)
    _commit(project)
    return project, articles


def _lock_quotes(project):
    """What `make quotes` writes, made from the source records' sha256, so the payload's quote passes
    also where the articles are absent (the quote is appended to the article copy above where present)."""
    from macros.check.rules import quote_lock
    from macros.read import loader

    dataset = loader.load(project)
    digests = {source.id: source.data["sha256"] for source in dataset["sources"].values()}
    (project / quote_lock.LOCK).write_text(quote_lock.lock_text(dataset, digests), encoding="utf-8")


def set_fields(project, file, *keys):
    """Put the payload into one-line top-level fields of an existing record."""
    path = project / file
    text = path.read_text(encoding="utf-8")
    for key in keys:
        text, count = re.subn(rf"(?m)^{key}: .*$", f"{key}: {json.dumps(PAYLOAD)}", text)
        assert count == 1, f"{file} has no one-line '{key}:' any more; pick another field"
    path.write_text(text, encoding="utf-8")


def _write_records(project):
    quoted = json.dumps(PAYLOAD)
    (project / "data/actors/hostile-actor.yaml").write_text(
        f"id: hostile-actor\nname: {quoted}\nnative_name: {quoted}\nkind: person\n"
        f"aliases: [{json.dumps(FORMULAS[0])}, {quoted}]\n"
        f"summary: {quoted}\nposts:\n  - title: {quoted}\n    sources: [{{source: izvestia, locator: {quoted}}}]\n"
        "sources: [{source: izvestia}]\n",
        encoding="utf-8",
    )
    (project / "data/actors/formula-actor.yaml").write_text(
        f"id: formula-actor\nname: {json.dumps(FORMULAS[1])}\nkind: state\nsummary: {json.dumps(FORMULAS[2])}\n"
        "sources: [{source: izvestia}]\n",
        encoding="utf-8",
    )
    (project / "data/issues/hostile-issue.yaml").write_text(
        f"id: hostile-issue\nname: {json.dumps(FORMULAS[3])}\naliases: [{quoted}]\nsummary: {quoted}\n",
        encoding="utf-8",
    )
    claim = (
        "- id: hostile-claim{n}\n  kind: statement\n  text: {text}\n  speaker: hostile-actor\n"
        "  speaker_note: {quoted}\n  side: formula-actor\n  issues: [hostile-issue]\n  note: {quoted}\n"
        "  figures:\n    - value: 7\n      unit: {quoted}\n      qualifier: about\n"
        "  sources:\n    - source: izvestia\n      quote: {quote}\n      voice: speaker\n      locator: {quoted}\n"
    )
    for n, text in enumerate([PAYLOAD] + FORMULAS):
        append(
            project,
            CONTEXT,
            claim.format(n=n, text=json.dumps(text), quoted=quoted, quote=json.dumps(QUOTE)),
        )
    append(
        project,
        "data/disagreements.yaml",
        f"- id: hostile-dispute\n  question: {quoted}\n  about: [wording]\n"
        "  claims: [hostile-claim0, hostile-claim1]\n  status: explained\n"
        f"  explanation: {quoted}\n  issues: [hostile-issue]\n",
    )
    append(
        project,
        "data/events.yaml",
        f"- id: hostile-event\n  date: {_last_event_date(project)}\n  title: {quoted}\n"
        f"  text: {quoted}\n  as_written: {quoted}\n"
        "  actors: [hostile-actor]\n  issues: [hostile-issue]\n  sources: [{source: izvestia}]\n",
    )
    append(
        project,
        "data/commitments.yaml",
        f"- id: hostile-commitment\n  round: round-3\n  text: {quoted}\n  issues: [hostile-issue]\n"
        f"  claims: [hostile-claim0]\n  reports:\n    - date: 2025-07-23\n      note: {quoted}\n"
        "      claims: [hostile-claim0]\n",
    )
    append(project, "data/glossary.yaml", f"- id: hostile-term\n  term: QQX\n  meaning: {quoted}\n")
    append(
        project,
        "data/corrections.yaml",
        f"- id: hostile-correction\n  date: 2025-07-25\n  record: hostile-actor\n  what: {quoted}\n  why: {quoted}\n",
    )


def _last_event_date(project):
    """The new event goes last, so its date may not be older than the last one."""
    return max(
        re.findall(
            r"(?m)^  date: ([0-9-]+)$", (project / "data/events.yaml").read_text(encoding="utf-8")
        )
    )


def _commit(project):
    """A git history whose commit subject is hostile too: pages and feeds show it."""
    git = shutil.which("git")
    if not git:
        return
    env = {
        "GIT_AUTHOR_NAME": "x",
        "GIT_AUTHOR_EMAIL": "x@example.org",
        "GIT_COMMITTER_NAME": "x",
        "GIT_COMMITTER_EMAIL": "x@example.org",
        "HOME": str(project),
        "PATH": "/usr/bin:/bin",
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", PAYLOAD]):
        subprocess.run([git, *args], cwd=project, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    project, articles = hostile_project(tmp)
    validate = validate_apart(project, _env(articles))
    assert validate.returncode == 0, (
        validate.stdout + validate.stderr
    )  # the payload must pass, or the test proves nothing
    site = tmp / "site"
    result = build(project, site, _env(articles))
    assert result.returncode == 0, result.stderr
    return site


def _env(articles):
    return {**os.environ, "ISTANBUL_ARTICLES": str(articles)}


def output_files(site):
    """Every file the build wrote, except the theme's own scripts, styles, fonts and images."""
    skip = re.compile(
        r"^assets/(javascripts|stylesheets|images|fonts)/|\.(js|css|map|png|svg|ico|woff2?|gz)$"
    )
    return [
        p
        for p in sorted(site.rglob("*"))
        if p.is_file() and not skip.search(p.relative_to(site).as_posix())
    ]


def test_payload_reaches_the_pages(hostile_site):
    """Otherwise the scans below would prove nothing."""
    pages = [
        p
        for p in output_files(hostile_site)
        if p.suffix == ".html" and "QQ" in p.read_text(encoding="utf-8")
    ]
    assert len(pages) >= 3, "the hostile text did not reach the pages"
    assert any("hostile-actor" in p.as_posix() for p in pages)


def test_no_live_markup_in_any_html_page(hostile_site):
    problems = {}
    for path in output_files(hostile_site):
        if path.suffix in (".html", ".htm"):
            text = path.read_text(encoding="utf-8")
            found = html_problems(text) + (
                ["<script>alert"] if "<script>alert" in text.lower() else []
            )
            if found:
                problems[path.relative_to(hostile_site).as_posix()] = found[:5]
    assert not problems, problems


def test_jinja_in_data_is_never_evaluated(hostile_site):
    evaluated = [
        p.relative_to(hostile_site).as_posix()
        for p in output_files(hostile_site)
        if "QQ49QQ" in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert not evaluated


def test_feeds_and_sitemap_are_well_formed_and_inert(hostile_site):
    xml_files = [p for p in output_files(hostile_site) if p.suffix in (".xml", ".atom", ".rss")]
    assert xml_files
    for path in xml_files:
        tree = ElementTree.parse(path)  # raises on a payload that broke the XML
        for element in tree.iter():
            assert not element.tag.lower().endswith("script"), path
            for name, value in element.attrib.items():
                assert not value.strip().lower().startswith(BAD_SCHEMES), (path, name, value)
            if element.get("type") in ("html", "xhtml") and element.text:
                assert not html_problems(element.text), (path, element.text[:200])


def test_json_outputs_parse_and_hold_no_live_markup(hostile_site):
    """JSON is data, but the search index is shown as HTML by the theme, and any
    JSON may be embedded in a page: '<' must not arrive as a raw script tag."""
    for path in output_files(hostile_site):
        if path.suffix == ".json":
            text = path.read_text(encoding="utf-8")
            json.loads(text)
            assert "<script>alert" not in text.lower(), path.relative_to(hostile_site).as_posix()


def test_csv_cells_cannot_start_a_formula(hostile_site):
    csv_files = [p for p in output_files(hostile_site) if p.suffix == ".csv"]
    assert csv_files, "the build wrote no CSV file"
    seen_formula_text = False
    for path in csv_files:
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")):
            for cell in row:
                seen_formula_text |= "HYPERLINK" in cell
                if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell):
                    continue  # a plain number
                assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (path.name, cell[:60])
    assert seen_formula_text, "the formula payloads never reached a CSV file"


def test_plain_text_outputs_hold_no_data_text(hostile_site):
    """robots.txt names the sitemap alone; no text from data belongs in it."""
    for path in output_files(hostile_site):
        if path.suffix == ".txt":
            assert "QQ" not in path.read_text(encoding="utf-8"), path.relative_to(
                hostile_site
            ).as_posix()


SCANNED = {".html", ".json", ".xml", ".csv", ".txt"}


def test_every_output_kind_was_scanned(hostile_site):
    """A new kind of output file (a .bib, an .ics) fails here until a scan above covers it."""
    suffixes = {p.suffix for p in output_files(hostile_site)}
    assert {".html", ".json", ".xml"} <= suffixes, suffixes
    assert suffixes <= SCANNED, f"not scanned for hostile text: {sorted(suffixes - SCANNED)}"


def test_generated_pages_are_never_run_through_jinja():
    """mkdocs-macros renders a page, and a page title containing '{{', unless the
    page says render_macros: false; escaped braces are the second line of defence."""
    from macros.model import build_cache
    from macros.pages import record_pages

    model = build_cache.model()
    for spec in record_pages.all_pages(model) + record_pages.index_pages(model):
        front = spec.content.split("\n---\n", 1)[0]
        assert "\nrender_macros: false" in front, spec.src_uri
