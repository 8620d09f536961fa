"""A redirect may not leave its page at an address the site still uses: the build would
refuse to hide that page, so validation refuses it first (whatever validates, builds)."""

from macros.check import site_pages
from macros.check.rules.rule import Rule
from macros.read import site_config, translations


def site_addresses(dataset):
    """Every page address the site makes: written pages, and those made from the data."""
    names = {p.name for p in site_config.docs_folder(dataset.root).glob("*.md")}
    english = {translations.written_edition(name)[0].removesuffix(".md") for name in names}
    written = {"" if stem == "index" else f"{stem}/" for stem in english}
    return written | set(site_pages.made(dataset))


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
