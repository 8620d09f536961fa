"""A redirect may not leave its page at an address the site still uses: the build would
refuse to hide that page, so validation refuses it first (whatever validates, builds)."""

from macros.check.rules.rule import Rule
from macros.common import urls
from macros.read import site_config


def site_addresses(dataset):
    """Every page address the site makes: written pages, the pages of rounds, actors, issues and claims, their lists."""
    written = {
        "" if path.stem == "index" else f"{path.stem}/"
        for path in site_config.docs_folder(dataset.root).glob("*.md")
    }
    listed = {urls.index_url(collection) for collection in urls.PAGE}
    records = {urls.page_url(c, id_) for c in urls.PAGE for id_ in dataset[c]}
    claims = {urls.claim_page_url(id_) for id_ in dataset["claims"]}
    return written | listed | records | claims


def check_dataset(context):
    taken = site_addresses(context.dataset)
    return [
        redirect.problem(
            ("old",),
            f"'{redirect.data['old']}' is still a page of the site",
            "expected the address of a page that no longer exists; remove the redirect, or the page",
        )
        for redirect in context.dataset["redirects"].values()
        if redirect.data.get("old") in taken
    ]


RULE = Rule("redirects", "a redirect whose old address is still a page", dataset=check_dataset)
