"""The pages the build makes from the data, known before anything is built: the links of
written pages may open them, and a redirect may not hide one. The hooks add the same pages
(pages/record_pages.py, pages/claim_page.py); tests/test_trust_boundary_holes.py holds the
two lists together."""

from macros.common import urls


def made(dataset):
    """{address: source path} of every page made from the data: a page per round, actor, issue
    and claim, the list of each collection, and a list per kind of actor the data has."""
    records = dataset.records
    lists = {urls.index_url(collection) for collection in urls.PAGE}
    kinds = {actor.data.get("kind") for actor in records.get("actors", {}).values()}
    lists |= {url for kind, (_, url) in urls.ACTOR_GROUPS.items() if kind in kinds}
    pages = {
        urls.page_url(collection, id_)
        for collection in urls.PAGE
        for id_ in records.get(collection, {})
    }
    pages |= {urls.claim_page_url(id_) for id_ in records.get("claims", {})}
    return {url: f"{url}index.md" for url in lists} | {
        url: url.rstrip("/") + ".md" for url in pages
    }
