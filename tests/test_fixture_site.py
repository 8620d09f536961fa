"""The adapters on a tiny made-up site (tests/fixture_site/): the hooks load the data
beside the mkdocs.yml being built, make a page of each kind and api/v1, the macros
fill a written page, and a broken record stops the build with FILE:LINE."""

import json
import os
import shutil

import pytest

import conftest
from conftest import ROOT

pytestmark = pytest.mark.build  # every test here builds a site

FIXTURE = ROOT / "tests" / "fixture_site"


def copy_of_fixture(where):
    """The fixture in `where`, its mkdocs.yml pointing at this project's hooks, macros and overrides."""
    shutil.copytree(FIXTURE, where)
    config = where / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("../../", f"{ROOT.as_posix()}/"),
        encoding="utf-8",
    )
    return where


def build(project, out):
    """The fixture site, with the fixture's own articles."""
    env = {**os.environ, "ISTANBUL_ARTICLES": str(project / "articles"), "NO_MKDOCS_2_WARNING": "1"}
    return conftest.build(project, out, env)


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    project = copy_of_fixture(tmp_path_factory.mktemp("fixture") / "project")
    out = project.parent / "site"
    result = build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize(
    "page",
    [
        "rounds/round-1",
        "rounds",
        "actors/alex-example",
        "actors/russian-delegation",
        "actors/ukraine",
        "actors",
        "issues/prisoners-of-war",
        "issues",
        "claims/example-exchange-proposal",
    ],
)
def test_a_page_of_each_kind(fixture_site, page):
    assert (fixture_site / page / "index.html").is_file()


def test_the_pages_come_from_the_fixture_data_not_the_project(fixture_site):
    rounds = json.loads((fixture_site / "api/v1/rounds.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in rounds["items"]] == ["round-1"]
    assert "example-exchange-proposal" in (fixture_site / "rounds/round-1/index.html").read_text(
        encoding="utf-8"
    )


def test_the_written_page_holds_the_macros_output(fixture_site):
    page = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert '<table class="rounds-table stacked">' in page  # rounds_table()
    assert "made-up report" in page  # sources(): the source's label
    assert "{{" not in page


@pytest.mark.parametrize("name", ["rounds.json", "claims.csv", "actors.json", "sources.json"])
def test_api_files(fixture_site, name):
    assert (fixture_site / "api/v1" / name).stat().st_size > 0


def test_a_broken_record_stops_the_build_with_file_and_line(tmp_path):
    project = copy_of_fixture(tmp_path / "project")
    claims = project / "data/claims/round-1.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("speaker: alex-example", "speaker: nobody"),
        encoding="utf-8",
    )
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "data/claims/round-1.yaml:4: example-exchange-proposal.speaker: 'nobody' is not a known ID"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize(
    "repo_url, edit_links", [("https://github.com/example/fixture", True), ("", False)]
)
def test_edit_links_only_where_there_is_a_repository(tmp_path, repo_url, edit_links):
    """Without a repository (REPO_URL unset, as in a local build) an edit link would lead to
    edit/main/… on the site itself, so there is none."""
    project = copy_of_fixture(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "https://github.com/example/fixture", repo_url
    )
    config.write_text(
        text.replace("  name: material\n", "  name: material\n  features: [content.action.edit]\n"),
        encoding="utf-8",
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("index.html")]
    assert pages and any('title="Edit this page"' in page for page in pages) == edit_links
