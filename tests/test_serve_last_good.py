"""`make serve` keeps answering while the data is broken: it builds from the last data that
validated and shows the problems above each page (issue #21)."""

import pytest

from macros.check import written_pages
from macros.common.problems import DataError, Problem
from macros.model import build_cache
from macros.render import layout

from conftest import copy_data


def test_broken_data_falls_back_to_the_last_good_model(tmp_path):
    root = copy_data(tmp_path)
    build_cache.reset(root)
    good = build_cache.model()
    claims = root / "data/claims/round-3.yaml"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n- id: [broken\n", encoding="utf-8")
    build_cache.reset(root)
    with pytest.raises(DataError) as refused:
        build_cache.model()
    assert build_cache.fall_back(refused.value.problems)
    assert build_cache.model() is good and build_cache.problems()
    build_cache.reset()


def test_without_good_data_there_is_nothing_to_fall_back_to(tmp_path):
    build_cache.reset(tmp_path / "never-built")
    assert not build_cache.fall_back([Problem("data/x.yaml", 1, "", "w", "e")])
    build_cache.reset()


def test_the_notice_shows_each_problem_escaped():
    problem = Problem("data/x.yaml", 3, "a.b", "<script>x</script> is wrong", "expected text")
    notice = layout.problems_notice([problem])
    assert 'role="alert"' in notice and "<code>data/x.yaml:3</code>" in notice
    assert "&lt;script&gt;" in notice and "<script>" not in notice
    assert layout.problems_notice([]) == ""


def test_a_written_page_with_problems_is_held_back_and_the_rest_built():
    """Under `make serve`, problems each in one written page hold back those pages only; a
    problem of the whole (here the nav naming a missing page) holds back nothing: it stops."""
    in_page = Problem("docs/method.md", 3, "(text)", "w", "e")
    whole = Problem("mkdocs.yml", 9, "nav", "w", "e")
    assert written_pages.held_back([("method.md", in_page)]) == {"method.md"}
    assert written_pages.held_back([("method.md", in_page), (None, whole)]) is None
