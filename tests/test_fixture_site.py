"""The adapters on a tiny made-up site (tests/fixture_site/): the hooks load the data
beside the mkdocs.yml being built, make a page of each kind and api/v1, the macros
fill a written page, and a broken record stops the build with FILE:LINE."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

FIXTURE = ROOT / "tests" / "fixture_site"


def copy_of_fixture(where):
    """The fixture in `where`, its mkdocs.yml pointing at this project's hooks, macros and overrides."""
    shutil.copytree(FIXTURE, where)
    config = where / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../", f"{ROOT.as_posix()}/"), encoding="utf-8")
    return where


def build(project, out):
    env = {**os.environ, "ISTANBUL_ARTICLES": str(project / "articles"), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                          capture_output=True, text=True, cwd=project, env=env)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_of_fixture(tmp_path_factory.mktemp("fixture") / "project")
    out = project.parent / "site"
    result = build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("page", ["rounds/round-1", "rounds", "actors/alex-example", "actors/russian-delegation",
                                  "actors/ukraine", "actors", "issues/prisoners-of-war", "issues",
                                  "claims/example-exchange-proposal"])
def test_a_page_of_each_kind(site, page):
    assert (site / page / "index.html").is_file()


def test_the_pages_come_from_the_fixture_data_not_the_project(site):
    rounds = json.loads((site / "api/v1/rounds.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in rounds["items"]] == ["round-1"]
    assert "example-exchange-proposal" in (site / "rounds/round-1/index.html").read_text(encoding="utf-8")


def test_the_written_page_holds_the_macros_output(site):
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<table class="rounds-table">' in page  # rounds_table()
    assert "made-up report" in page  # sources(): the source's label
    assert "{{" not in page


@pytest.mark.parametrize("name", ["rounds.json", "claims.csv", "actors.json", "sources.json"])
def test_api_files(site, name):
    assert (site / "api/v1" / name).stat().st_size > 0


def test_a_broken_record_stops_the_build_with_file_and_line(tmp_path):
    project = copy_of_fixture(tmp_path / "project")
    claims = project / "data/claims/round-1.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("speaker: alex-example", "speaker: nobody"),
                      encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/claims/round-1.yaml:4: example-exchange-proposal.speaker: 'nobody' is not a known ID" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_without_a_repository_no_page_offers_an_edit_link(tmp_path):
    """REPO_URL unset (a local build): an edit link would lead to edit/main/… on the site itself."""
    project = copy_of_fixture(tmp_path / "project")
    env = {key: value for key, value in os.environ.items() if key != "REPO_URL"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                            capture_output=True, text=True, cwd=project,
                            env={**env, "ISTANBUL_ARTICLES": str(project / "articles"), "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    pages = list((tmp_path / "site").rglob("index.html"))
    assert pages and not [p for p in pages if "Edit this page" in p.read_text(encoding="utf-8")]
