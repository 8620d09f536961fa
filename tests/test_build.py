"""`mkdocs build --strict` builds the real site and refuses broken data."""

import shutil

import pytest

from conftest import ROOT, build

pytestmark = pytest.mark.build  # every test here builds a site

PROJECT_PARTS = (
    "mkdocs.yml",
    "docs",
    "macros",
    "schemas",
    "data",
    "seeds",
    "quotes.lock",
    "overrides",
)


def copy_project(tmp_path):
    tmp_path.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / part)
    return tmp_path


def test_home_page_has_the_rounds_table(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<table class="rounds-table stacked">' in html
    assert '<tr id="round-3">' in html


def test_broken_data_builds_nothing(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    path = project / "data/rounds/round-3.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("number: 3", "number: three"), encoding="utf-8"
    )
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/rounds/round-3.yaml:3: number:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize(
    "page_text, message",
    [
        ("{{ no_such_variable() }}", "no_such_variable() is not one of the project's macros"),
        (
            "{{ rounds_table(no_such_argument=1) }}",
            "rounds_table() is given arguments; it takes none",
        ),
    ],
)
def test_a_macro_error_in_a_written_page_builds_nothing(tmp_path, page_text, message):
    project = copy_project(tmp_path / "project")
    with (project / "docs" / "method.md").open("a", encoding="utf-8") as page:
        page.write(f"\n{page_text}\n")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
