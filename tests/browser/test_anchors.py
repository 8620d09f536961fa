"""A link to a claim, event or other record (page#id) shows that record, clear of the header."""

import pytest

from macros.common import urls
from macros.read import loader

from conftest import ROOT


def anchored_records():
    """For each page that holds records reached by #id (claims, events, ...), its last record:
    the one furthest down, which the browser must scroll to."""
    last = {}
    for collection in loader.load(ROOT).records.values():
        for record in collection.values():
            url = urls.record_url(record)
            if url and "#" in url:
                last[url.split("#")[0]] = url
    return sorted(last.values())


@pytest.mark.parametrize("url", anchored_records())
def test_an_anchor_link_scrolls_its_record_into_view(visit, url):
    tab = visit(viewport={"width": 1280, "height": 900})
    tab.open(url, wait_until="load")
    fragment = url.split("#")[1]
    box = tab.page.evaluate(
        """id => {
        const target = document.getElementById(id);
        if (!target) return null;
        const header = document.querySelector('.md-header').getBoundingClientRect();
        return {top: target.getBoundingClientRect().top, header: header.bottom, window: innerHeight};
    }""",
        fragment,
    )
    assert box is not None, f"/{url}: no element with id {fragment!r}"
    assert box["header"] - 1 <= box["top"] < box["window"], (
        f"/{url}: #{fragment} is at {box}, not in view"
    )


def test_a_link_to_a_claim_in_a_closed_disclosure_opens_it(visit):
    """Round pages keep most claims in closed disclosures; a link to one, on the page or from
    another, opens it and shows the claim (the browser reveals a fragment's closed ancestors)."""
    tab = visit(viewport={"width": 375, "height": 800})
    tab.open("rounds/round-3/", wait_until="load")
    href = tab.page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'))
        .find(h => { const t = document.getElementById(h.slice(1)); return t && t.closest('details:not([open])'); })""")
    assert href, "no link on the round page leads into a closed disclosure"
    tab.page.click(f'article a[href="{href}"] >> nth=0')
    shown = tab.page.evaluate("id => document.getElementById(id).checkVisibility()", href[1:])
    assert shown, (
        f"/rounds/round-3/{href}: still hidden in its disclosure after the link is followed"
    )
