"""axe-core on every kind of page: no WCAG 2.1 A/AA violation, light or dark, search open or shut."""

import pytest

from .site_pages import one_page_per_kind
from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "rules": {"aria-dialog-name": {"enabled": True}},
}  # best practice; Material lacked it
CONTRAST = {"runOnly": {"type": "rule", "values": ["color-contrast"]}}  # all dark mode changes


@pytest.fixture
def axe_tab(visit):
    """A factory of tabs that carry axe-core into every page they open."""
    assert AXE.exists(), f"{AXE.relative_to(ROOT)} is missing: make test installs it with npm ci"

    def open_tab(**context_options):
        tab = visit(viewport={"width": 1280, "height": 900}, **context_options)
        tab.context.add_init_script(path=AXE)  # sent once, runs in every page the tab opens
        return tab

    return open_tab


@pytest.mark.parametrize("scheme, rules", [("light", WCAG_21_AA), ("dark", CONTRAST)])
def test_no_wcag_violation_on_any_kind_of_page(built_site, axe_tab, scheme, rules):
    tab = axe_tab(color_scheme=scheme)
    found = []
    for url in one_page_per_kind(built_site).values():
        tab.open(url, wait_until="load")
        found += [f"/{url}: {line}" for line in violations(tab.page, rules)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme, rules", [("light", WCAG_21_AA), ("dark", CONTRAST)])
def test_no_wcag_violation_with_the_evidence_open_and_a_source_previewed(
    built_site, axe_tab, scheme, rules
):
    tab = axe_tab(color_scheme=scheme)
    found = []
    for url in ("rounds/round-3/", one_page_per_kind(built_site)["actors/*"], "disagreements/"):
        tab.open(url, wait_until="load")
        tab.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true })")
        tab.page.focus(".src")
        found += [f"/{url}: {line}" for line in violations(tab.page, rules)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_violation_in_search_results(axe_tab, scheme):
    tab = axe_tab(color_scheme=scheme)
    tab.open("")
    tab.search("round")
    tab.page.wait_for_selector(".md-search-result__list a")
    # Results fade in: measured mid-fade, their colours are blends, and contrast fails at random.
    tab.page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    found = violations(tab.page, WCAG_21_AA)
    assert not found, "\n".join(found)


def violations(page, rules):
    """One line per axe violation and element: rule, impact, what to fix, where."""
    result = page.evaluate("options => axe.run(document, options)", rules)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {node['target']}: {node['failureSummary']}"
        for v in result["violations"]
        for node in v["nodes"]
    ]
