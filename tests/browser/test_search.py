"""Search finds a page by the other names the data gives it (Kiev, Chiragan Palace, ...)."""

import html
import json
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as Timeout

from macros.common import urls
from macros.read import loader

from conftest import ROOT

ALIAS_FIELDS = {"actors": "aliases", "issues": "aliases", "rounds": "venue_aliases"}
NAMED_IN_THE_BRIEF = [("Kiev", "actors/ukraine/"), ("Chiragan", "rounds/round-3/")]


def aliases():
    """(alias, URL of the page it names) for every alias in the data."""
    dataset = loader.load(ROOT)
    return [
        (alias, urls.page_url(collection, record.id))
        for collection, field in ALIAS_FIELDS.items()
        for record in dataset[collection].values()
        for alias in record.data.get(field, [])
    ]


def one_alias_per_kind():
    first = {}
    for alias, url in aliases():
        first.setdefault(url.split("/")[0], (alias, url))
    return list(first.values())


def test_every_alias_is_in_the_search_index_of_its_page(built_site):
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))[
        "docs"
    ]
    text = defaultdict(str)
    for doc in docs:
        text[doc["location"].split("#")[0]] += " ".join(
            html.unescape(doc["title"] + " " + doc["text"]).split()
        )
    missing = [
        f"{alias!r} is not in the search index of /{url}"
        for alias, url in aliases()
        if " ".join(alias.split()) not in text[url]
    ]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("alias, url", NAMED_IN_THE_BRIEF + one_alias_per_kind())
def test_searching_for_an_alias_offers_its_page(visit, alias, url):
    tab = visit(viewport={"width": 1280, "height": 900})
    tab.open("")
    tab.search(alias)
    wanted = "/" + url
    try:
        tab.page.wait_for_function(
            "wanted => [...document.querySelectorAll('.md-search-result__list a')]"
            ".some(a => new URL(a.href).pathname === wanted)",
            arg=wanted,
            timeout=15_000,
        )
    except Timeout:
        pytest.fail(f"searching {alias!r} does not offer {wanted}; it offers {tab.result_links()}")
    assert not tab.problems(), tab.problems()


def found_by(visit, words, edition=""):
    """The pages Material's search offers for what a reader types, once the results have come
    (in an edition: 'uk/', 'ru/'; the English by default)."""
    tab = visit(viewport={"width": 1280, "height": 900})
    tab.open(edition)
    tab.search(words)
    tab.page.keyboard.press(
        "End"
    )  # a key event: letters without a key of their own are inserted without one
    tab.page.wait_for_function(  # the count comes first, then the list fills
        "() => document.querySelectorAll('.md-search-result__list a').length > 0"
        " || /No matching|не знайдено|не найдено/.test("
        "document.querySelector('.md-search-result__meta').textContent)",
        timeout=15_000,
    )
    tab.page.wait_for_timeout(500)
    return {urlsplit(link).path for link in tab.result_links()}


def test_a_cyrillic_word_of_the_site_finds_its_page(visit):
    """Issue 22: Cyrillic found nothing, not even a word the site shows (a native name)."""
    assert "/actors/yandex-translate/" in found_by(visit, "Переводчик")


@pytest.mark.parametrize("spellings", [("Chiragan", "Ciragan", "Çırağan"), ("Erdogan", "Erdoğan")])
def test_every_spelling_of_a_name_finds_the_same_pages(visit, spellings):
    """Issue 22: 'Ciragan' found one page where the page's own 'Chiragan' found nine."""
    found = [found_by(visit, words) for words in spellings]
    assert found[0] and all(pages == found[0] for pages in found), dict(
        zip(spellings, found, strict=True)
    )


@pytest.mark.parametrize(
    "edition, words",
    [("uk/", "правопис"), ("uk/", "правописом"), ("ru/", "правописание"), ("ru/", "правописани")],
)
def test_each_edition_s_search_finds_its_cyrillic_words_and_their_beginnings(visit, edition, words):
    """Issue 24: a word of the edition's own page, in the forms the page uses, and the first
    letters of one as a reader types them. Another form of a word (правописания) is not found:
    the theme's search does not stem (its default pipeline has no stemmer)."""
    assert f"/{edition}languages/" in found_by(visit, words, edition)
