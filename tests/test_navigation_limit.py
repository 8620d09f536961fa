"""The navigation stays bounded as records grow: every page carries it."""

from macros.pages.navigation import NAV_LIMIT, expand
from macros.pages.record_pages import PageSpec


def _spec(uri, section="Actors"):
    return PageSpec(uri, uri, "", None, section)


def _actors(count):
    nav = [{"Actors": "actors/index.md"}]
    specs = [_spec(f"actors/a{i}.md") for i in range(count)]
    return expand(nav, specs, [_spec("actors/index.md")])[0]["Actors"]


def test_a_section_up_to_the_limit_lists_every_record():
    assert _actors(NAV_LIMIT) == ["actors/index.md"] + [f"actors/a{i}.md" for i in range(NAV_LIMIT)]


def test_a_larger_section_lists_only_its_index_page():
    assert _actors(NAV_LIMIT + 1) == ["actors/index.md"]
