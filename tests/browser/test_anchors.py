"""A link to a claim, event or other record (page#id) shows that record, clear of the header."""
import pytest
from conftest import ROOT

from macros.model import urls
from macros.read import loader


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
    box = tab.page.evaluate("""id => {
        const target = document.getElementById(id);
        if (!target) return null;
        const header = document.querySelector('.md-header').getBoundingClientRect();
        return {top: target.getBoundingClientRect().top, header: header.bottom, window: innerHeight};
    }""", fragment)
    assert box is not None, f"/{url}: no element with id {fragment!r}"
    assert box["header"] - 1 <= box["top"] < box["window"], f"/{url}: #{fragment} is at {box}, not in view"
