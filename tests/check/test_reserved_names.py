import re
from pathlib import Path

from macros.check.rules import reserved_names
from macros.common import headings

from .records import dataset, problems

MACROS = Path(reserved_names.__file__).resolve().parents[2]


def test_a_page_name_is_refused_as_a_pages_id():
    """A claim has a page too: claims/index/ would be published as claims/, and its links 404."""
    data = dataset(rounds=[{"id": "index"}], claims=[{"id": "readme"}], events=[{"id": "index"}])
    assert problems(reserved_names.RULE, data) == [
        "data/rounds/index.yaml:1: id: 'index' is the name MkDocs gives the page of the folder "
        "rounds/; expected another ID; add a word to make it specific",
        "data/claims/context.yaml:1: readme.id: 'readme' is the name MkDocs gives the page of "
        "the folder claims/; expected another ID; add a word to make it specific",
    ]


def test_an_anchor_the_pages_make_is_refused():
    data = dataset(
        claims=[{"id": "key-facts"}, {"id": "cite"}, {"id": "on-ceasefire"}, {"id": "ceasefire-on"}]
    )
    assert [p.split(": ", 1)[1].split(";")[0] for p in problems(reserved_names.RULE, data)] == [
        "key-facts.id: 'key-facts' is the anchor of a heading the site makes",
        "cite.id: 'cite' is the anchor of a heading the site makes",
        "on-ceasefire.id: IDs starting 'on-' are kept for the anchors the site makes",
    ]


def test_the_headings_of_written_pages_with_records_are_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/timeline.md").write_text(
        "# Timeline\n\n## Before the talks\n", encoding="utf-8"
    )
    data = dataset(events=[{"id": "before-the-talks"}, {"id": "timeline"}, {"id": "after"}])
    data.root = tmp_path
    assert [p.split(": ")[1] for p in problems(reserved_names.RULE, data)] == [
        "before-the-talks.id",
        "timeline.id",
    ]


def test_every_fixed_heading_and_anchor_of_the_renderers_is_reserved():
    """Headings written as '## Text' or heading(2, "Text") in the page, view and render code and templates
    (the fixed sections come from common.headings), id="..." literals, and prefixed anchors."""
    found = set()
    for path in [
        *(MACROS / "pages").glob("*.py"),
        *(MACROS / "render").glob("*.py"),
        *(MACROS / "views").glob("*.py"),
        *(MACROS / "render" / "templates").glob("*.html"),
    ]:
        code = path.read_text(encoding="utf-8")
        found |= {reserved_names.slug(text) for text in re.findall(r'"#{2,6} ([^"{]+)"', code)}
        for text, anchor in re.findall(
            r'heading\(\d, "([^"{]+)"(?:, "([a-z-]+)")?', code
        ):  # c.heading(2, "Key facts")
            found.add(anchor or reserved_names.slug(text))
        found |= set(re.findall(r'\bid="([a-z-]+)"', code))
        found |= set(re.findall(r'f"([a-z]+)-\{', code)) | set(
            re.findall(r'prefix="([a-z]+)"', code)
        )
    prefixed = {name for name in found if name.split("-")[0] in headings.PREFIXES}
    assert found - prefixed <= reserved_names.FIXED_ANCHORS, (
        found - prefixed - reserved_names.FIXED_ANCHORS
    )
    assert {"cite", "delegation", "on", "in", "month", "count"} <= found


def test_the_name_of_a_kind_of_actor_is_refused_as_an_actors_id():
    """actors/people/ lists the people (issue 22): an actor called 'people' would lose its page to it."""
    data = dataset(actors=[{"id": "people"}], issues=[{"id": "people"}])
    assert [p.split(";")[0] for p in problems(reserved_names.RULE, data)] == [
        "data/actors/people.yaml:1: id: 'people' is the name of the page that lists a kind of actors"
    ]
