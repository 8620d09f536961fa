"""The sources page: our record of each article, how far to trust it, and what it contributed."""

from macros.read.values import walk
from macros.render.claim_blocks import claim_ref
from macros.render.correction_notes import corrected_line
from macros.render.dates import human_date
from macros.render.html_builder import join, tag
from macros.render.layout import heading
from macros.render.rich_text import rich

LANGUAGES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "fr": "French",
    "de": "German",
}
TRANSLATION = {
    "none": "not translated",
    "machine": "machine translation",
    "human": "human translation",
    "unstated": "translation (the text does not say whether by a person or a machine)",
    "reworded": "reworded, garbled (words swapped for poor synonyms); no translation that the text shows",
}
KINDS = {
    "report": "report",
    "analysis": "analysis",
    "preview": "preview, written before the event it is about",
}
COLLECTION_WORDS = (
    ("claims", "claims"),
    ("events", "timeline events"),
    ("commitments", "commitments"),
    ("rounds", "rounds"),
    ("actors", "actors"),
    ("disagreements", "disagreements"),
)


def cited_sources(record):
    """Every source ID a record cites: every citation is '- source: ID'."""
    return {value for path, value in walk(record.data) if path and path[-1] == "source"}


def contributions(model):
    """{source ID: {collection: [records citing it]}}, built in one pass over the data."""
    found = {}
    for name, records in model.dataset.records.items():
        for record in records.values():
            for source_id in cited_sources(record):
                found.setdefault(source_id, {}).setdefault(name, []).append(record)
    return found


def sources_page(view):
    found = contributions(view.model)
    return join(
        (_source(view, s, found.get(s.id, {})) for s in view.model["sources"].values()), "\n\n"
    )


def _language(data):
    language = LANGUAGES.get(data["language"], data["language"])
    if data["translation"] == "none":
        return language
    original = data.get("original_language")
    line = f"{language}, {TRANSLATION[data['translation']]}"
    line += f" from {LANGUAGES.get(original, original)}" if original else ""
    return line + (f" ({data['translator']})" if "translator" in data else "")


def _date(view, data):
    shown = "unknown" if data["date"] == "unknown" else human_date(data["date"])
    return join([shown, " — " + rich(view, data["date_basis"]) if "date_basis" in data else ""])


def _facts(view, source):
    data = source.data
    trust = data["trust"]
    pairs = [
        ("Title", data["title"]),
        ("Kind", KINDS[data["kind"]]),
        ("In short", data["label"]),
        ("Outlet", data["outlet"]),
        ("Author", data["author"]),
        ("Written", _date(view, data)),
        ("Language", _language(data)),
        (
            "Trust",
            join(
                [
                    tag("span", trust["level"], class_=f"trust trust--{trust['level']}"),
                    rich(view, trust["why"]),
                ],
                " — ",
            ),
        ),
        ("Covers", rich(view, data["covers"])),
    ]
    if data.get("caveats"):
        pairs.append(("Caveats", tag("ul", *(tag("li", rich(view, c)) for c in data["caveats"]))))
    pairs.append(
        (
            "File",
            join(
                [
                    tag("code", data["file"]),
                    " sha256 ",
                    tag("code", data["sha256"], class_="sha256"),
                ]
            ),
        )
    )
    return tag(
        "dl", *(tag("div", tag("dt", k), tag("dd", v)) for k, v in pairs), class_="source-facts"
    )


def _contributed(view, found):
    counts = [f"{len(found[name])} {words}" for name, words in COLLECTION_WORDS if found.get(name)]
    if not counts:
        return tag("p", "Nothing in the data cites this source yet.", class_="source-contributed")
    body = tag("p", "Cited by " + ", ".join(counts) + ".", class_="source-contributed")
    claims = found.get("claims", [])
    if claims:
        items = (tag("li", claim_ref(view, c)) for c in claims)
        body += tag(
            "details",
            tag("summary", f"The {len(claims)} claims it reports"),
            tag("ul", *items),
            class_="source-claims",
        )
    return body


def _source(view, source, found):
    return join(
        [
            heading(2, source.data["short_name"], source.id),
            tag(
                "div",
                corrected_line(view, source),
                _facts(view, source),
                _contributed(view, found),
                class_=f"source-record source-record--{source.data['kind']}",
            ),
        ],
        "\n\n",
    )
