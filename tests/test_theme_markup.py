"""Material's markup is fixed in each rendered page (mkdocs_hooks.THEME_FIXES), not in copied partials.

Each fix matches Material's own template: when an upgrade changes the markup, the first
test fails here, before the fix silently stops applying. The others check the built site.
"""

import re
from pathlib import Path

import material
import pytest

from conftest import ROOT

PARTIALS = Path(material.__file__).parent / "templates" / "partials"
ANCHORS = {  # the markup each fix rewrites, as it stands in Material's template
    "search.html": '<div class="md-search" data-md-component="search" role="dialog">',
    "source.html": 'class="md-source" data-md-component="source">',
    "nav-item.html": 'id="{{ path }}_label" tabindex="{{ tabindex }}">',
    "toc.html": '<label class="md-nav__title" for="__toc">',
    "copyright.html": 'Made with\n    <a href="https://squidfunk',
    "palette.html": '<form class="md-header__option" data-md-component="palette">',
}


@pytest.mark.parametrize("partial, anchor", ANCHORS.items())
def test_material_still_has_the_markup_each_fix_rewrites(partial, anchor):
    assert anchor in (PARTIALS / partial).read_text(encoding="utf-8"), (
        f"Material changed {partial}: update THEME_FIXES"
    )


def test_no_partial_is_copied():  # (the theme's words are fixed in the page: THEME_FIXES)
    """The one partial overridden is the language switcher, made ours (each link keeps the page)."""
    partials = ROOT / "overrides/partials"
    assert sorted(p.name for p in partials.iterdir()) == ["alternate.html"]
    assert "edition_links" in (partials / "alternate.html").read_text(encoding="utf-8")


def test_every_page_has_the_fixes(built_site):
    for page in [
        built_site / "index.html",
        built_site / "actors/index.html",
        built_site / "404.html",
    ]:
        html = page.read_text(encoding="utf-8")
        assert 'role="dialog" aria-label="Search">' in html
        assert 'data-md-component="source"' not in html
        assert 'data-md-component="palette"' not in html and "data-site-palette>" in html
        assert 'tabindex=""' not in html and '_label"' in html
        assert ('for="__toc"' in html) == ('id="__toc"' in html)  # no label pointing at nothing


def test_our_data_attributes_mean_nothing_to_material(built_site):
    """Material's script and styles act on some data- attributes: data-preview made it fetch the
    sitemap on every page and float its own preview of the sources page over each marker's popover.
    (data-search-exclude is for Material's search plugin, at build time, on purpose.)"""
    assets = PARTIALS.parent / "assets"
    theirs = "".join(
        path.read_text(encoding="utf-8")
        for pattern in ("javascripts/bundle.*.min.js", "stylesheets/*.min.css")
        for path in assets.glob(pattern)
    )
    pages = [built_site / "index.html", built_site / "uk/rounds/round-3/index.html"]
    ours = {
        name
        for page in pages
        for name in re.findall(r" (data-[a-z-]+)=", page.read_text(encoding="utf-8"))
        if not name.startswith("data-md-")
    }
    assert "data-about" in ours
    assert not {name for name in ours if name in theirs}
