"""An ID may not take a name the site gives its own pages and anchors: a round called
'index' would lose its page to the list of rounds, and a claim called 'key-facts' would
share its anchor with the round page's heading."""

import re

from markdown.extensions.toc import slugify

from macros.check.rules.rule import Rule
from macros.common import headings, urls
from macros.read import site_config

PAGE_NAMES = {
    "index",
    "readme",
}  # MkDocs makes either the page of its folder: rounds/index/ is rounds/
FIXED_ANCHORS = {*headings.SECTIONS, headings.CITE}
GROUP_PAGES = {url for _, url in urls.ACTOR_GROUPS.values()}  # actors/people/, ...
_PREFIXED = re.compile(f"({'|'.join(headings.PREFIXES)})-.+")
_HEADING = re.compile(r"#{1,6}\s+(.+)")  # closing hashes taken off after: no backtracking
PAGED = {*urls.PAGE, "claims"}  # collections whose records each have a page


def slug(heading):
    """The anchor Python-Markdown's toc gives a heading (its own function, as mkdocs.yml leaves toc's default)."""
    return slugify(heading, "-")


def written_anchors(root):
    """The anchors of the headings of the written pages that hold records' rows (sources, timeline...)."""
    anchors, docs = set(), site_config.docs_folder(root)
    for page in {*urls.ANCHORED.values(), urls.BACKGROUND}:
        path = docs / f"{page.strip('/')}.md"
        lines = (
            path.read_text(encoding="utf-8", errors="replace").splitlines()
            if path.is_file()
            else []
        )
        anchors |= {
            slug(match.group(1).strip().rstrip("#").strip())
            for line in lines
            if (match := _HEADING.match(line))
        }
    return anchors


def check_dataset(context):
    taken = FIXED_ANCHORS | written_anchors(context.dataset.root)
    problems = []
    for collection, records in context.dataset.records.items():
        for record in records.values():
            wrong = _why_reserved(collection, record.id, taken)
            if wrong:
                problems.append(
                    record.problem(
                        ("id",), wrong, "expected another ID; add a word to make it specific"
                    )
                )
    return problems


def _why_reserved(collection, id_, taken):
    if collection in PAGED and id_ in PAGE_NAMES:
        return f"'{id_}' is the name MkDocs gives the page of the folder {collection}/"
    if collection in urls.PAGE and urls.page_url(collection, id_) in GROUP_PAGES:
        return f"'{id_}' is the name of the page that lists a kind of {collection}"
    if id_ in taken:
        return f"'{id_}' is the anchor of a heading the site makes"
    if _PREFIXED.fullmatch(id_):
        return f"IDs starting '{id_.split('-')[0]}-' are kept for the anchors the site makes"
    return None


RULE = Rule(
    "reserved-names", "an ID that is a page name or an anchor the site makes", dataset=check_dataset
)
