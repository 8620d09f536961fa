"""The sources page: our record of each article, how far to trust it, and what it contributed."""

from macros.read.values import walk
from macros.render import source_markers, words
from macros.render.claim_blocks import claim_ref
from macros.render.correction_notes import corrected_line
from macros.render.dates import human_date
from macros.render.html_builder import join, tag
from macros.render.layout import heading
from macros.render.numbers import count
from macros.render.rich_text import rich

# The collections whose records a source's entry counts, in this order.
CITING = ("claims", "events", "commitments", "rounds", "actors", "disagreements")


def _language_name(code):
    """A language by its code, as the Language line names it: 'Russian'."""
    names = {
        "en": words.t("English"),
        "ru": words.t("Russian"),
        "uk": words.t("Ukrainian"),
        "tr": words.t("Turkish"),
        "fr": words.t("French"),
        "de": words.t("German"),
    }
    return names.get(code, code)


def _from_language(code):
    """' from Russian', after the kind of translation (its own words: Ukrainian and Russian
    decline the language's name after 'from')."""
    names = {
        "en": words.t("from English"),
        "ru": words.t("from Russian"),
        "uk": words.t("from Ukrainian"),
        "tr": words.t("from Turkish"),
        "fr": words.t("from French"),
        "de": words.t("from German"),
    }
    return names.get(code) or words.t("from {language}", language=code)


def _translation(kind):
    return {
        "none": words.t("not translated"),
        "machine": words.t("machine translation"),
        "human": words.t("human translation"),
        "unstated": words.t("translation (the text does not say whether by a person or a machine)"),
        "reworded": words.t(
            "reworded, garbled (words swapped for poor synonyms); no translation that the text shows"
        ),
    }[kind]


def _kind(kind):
    return {
        "report": words.t("report"),
        "analysis": words.t("analysis"),
        "preview": words.t("preview, written before the event it is about"),
    }[kind]


def _cited_by(collection, n):
    """'3 claims', '1 timeline event': how many records of a collection cite a source."""
    return {
        "claims": count(n, "claim"),
        "events": count(n, "timeline event"),
        "commitments": count(n, "commitment"),
        "rounds": count(n, "round"),
        "actors": count(n, "actor"),
        "disagreements": count(n, "disagreement"),
    }[collection]


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
    language = _language_name(data["language"])
    if data["translation"] == "none":
        return language
    original = data.get("original_language")
    line = f"{language}, {_translation(data['translation'])}"
    line += " " + _from_language(original) if original else ""
    return line + (f" ({data['translator']})" if "translator" in data else "")


def _date(view, data):
    shown = words.t("unknown") if data["date"] == "unknown" else human_date(data["date"])
    return join([shown, " — " + rich(view, data["date_basis"]) if "date_basis" in data else ""])


def _facts(view, source):
    data = source.data
    trust = data["trust"]
    pairs = [
        (words.t("Title"), data["title"]),
        (words.t("Kind"), _kind(data["kind"])),
        (words.t("In short"), data["label"]),
        (words.t("Outlet"), data["outlet"]),
        (words.t("Author"), data["author"]),
        (words.t("Written"), _date(view, data)),
        (words.t("Language"), _language(data)),
        (
            words.t("Trust"),
            join(
                [
                    tag(
                        "span",
                        source_markers.trust_level(trust["level"]),
                        class_=f"trust trust--{trust['level']}",
                    ),
                    rich(view, trust["why"]),
                ],
                " — ",
            ),
        ),
        (words.t("Covers"), rich(view, data["covers"])),
    ]
    if data.get("caveats"):
        pairs.append(
            (words.t("Caveats"), tag("ul", *(tag("li", rich(view, c)) for c in data["caveats"])))
        )
    pairs.append(
        (
            words.t("File"),
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
    counts = [_cited_by(name, len(found[name])) for name in CITING if found.get(name)]
    if not counts:
        return tag(
            "p", words.t("Nothing in the data cites this source yet."), class_="source-contributed"
        )
    body = tag(
        "p", words.t("Cited by {counts}.", counts=", ".join(counts)), class_="source-contributed"
    )
    claims = found.get("claims", [])
    if claims:
        items = (tag("li", claim_ref(view, c)) for c in claims)
        body += tag(
            "details",
            tag(
                "summary",
                words.n(len(claims), "The {n} claim it reports", "The {n} claims it reports"),
            ),
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
