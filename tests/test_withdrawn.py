"""A claim taken back keeps its address (issue #21): marked `withdrawn`, it leaves every page
but its own, which says what it said and why; deleting a published claim is refused."""

import json

import pytest

from macros.check import validate
from macros.common.problems import DataError
from macros.model.site_model import Model
from macros.pages import claim_page, record_pages

from conftest import build
from test_build import copy_project

FILE, CLAIM = "data/claims/round-3.yaml", "russia-no-breakthrough-expected"  # named nowhere else
WITHDRAWN = "  withdrawn:\n    date: 2026-12-06\n    why: Misread; the post says something else.\n"


def withdraw(root):
    path = root / FILE
    text = path.read_text(encoding="utf-8")
    at = text.index(f"- id: {CLAIM}\n")
    end = at + len(f"- id: {CLAIM}\n")
    path.write_text(text[:end] + WITHDRAWN + text[end:], encoding="utf-8")


def test_a_withdrawn_claim_keeps_its_page_and_leaves_the_others(scratch):
    withdraw(scratch)
    model = Model(validate.validate(scratch))
    assert CLAIM not in model["claims"] and CLAIM in model.withdrawn
    pages = {p.src_uri: p.content for p in claim_page.all_pages(model)}
    page = pages[f"claims/{CLAIM}.md"]
    assert "Withdrawn on 6 December 2026." in page and "Misread; the post says" in page
    assert "In context on the" not in page
    round_page = next(p for p in record_pages.all_pages(model) if p.src_uri == "rounds/round-3.md")
    assert f'id="{CLAIM}"' not in round_page.content


def test_deleting_a_published_claim_is_refused(scratch):
    path = scratch / FILE
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {CLAIM}\n")
    end = text.index("\n- id: ", start + 1) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    (scratch / "tests").mkdir()
    (scratch / "tests/published_urls.txt").write_text(f"/\nclaims/{CLAIM}/\n", encoding="utf-8")
    try:
        validate.validate(scratch)
    except DataError as err:
        found = [str(p) for p in err.problems]
    else:
        found = []
    assert any(
        f"tests/published_urls.txt:2: (file): 'claims/{CLAIM}/' was published" in p for p in found
    ), found


@pytest.mark.build
def test_a_withdrawn_claim_is_published_in_the_data_at_its_own_page(tmp_path):
    project = copy_project(tmp_path / "project")
    withdraw(project)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    claims = json.loads((tmp_path / "site/api/v1/claims.json").read_text(encoding="utf-8"))
    item = next(c for c in claims["items"] if c["id"] == CLAIM)
    assert item["url"] == f"claims/{CLAIM}/" and item["withdrawn"]["date"] == "2026-12-06"
    assert (tmp_path / f"site/claims/{CLAIM}/index.html").is_file()


def test_a_withdrawn_claim_named_by_a_disagreement_is_refused(scratch):
    path, named = scratch / FILE, "zelensky-ukraine-ready-to-work"  # in a disagreement
    text = path.read_text(encoding="utf-8")
    at = text.index(f"- id: {named}\n") + len(f"- id: {named}\n")
    path.write_text(text[:at] + WITHDRAWN + text[at:], encoding="utf-8")
    try:
        validate.validate(scratch)
        found = []
    except DataError as err:
        found = [str(p) for p in err.problems]
    assert any(f"'{named}' is withdrawn; expected claims that stand" in p for p in found), found
