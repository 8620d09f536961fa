"""A claim as the site shows it. Once per page, in its home there: the claim as a plain sentence
with footnote-style source markers, where sources differ, and one disclosure holding all its
evidence (quotes and whose words they are, locators, each source's trust note, Correct this, and
the claim's own page, to link to or cite). Anywhere else: a one-line link to that home, or, on
pages that gather claims from several rounds, the sentence with its markers and a link to its
evidence.
"""

import textwrap

from macros.common import urls
from macros.model.translated import QUOTE_OURS
from macros.render import (
    correction_notes,
    dates,
    edition_notes,
    layout,
    numbers,
    record_links,
    rich_text,
    source_markers,
    status_words,
    words,
)
from macros.render.html_builder import EMPTY, Html, escape, join, link, tag

ONE_LINE = 70  # characters of a claim's text in a one-line link


def sentence(view, claim):
    """The claim's text, then a marker per source."""
    return rich_text.rich(view, claim.data["text"]) + source_markers.markers(
        view, claim.data["sources"]
    )


def claim_item(view, claim, section):
    """The claim in its home on this page, as a list item."""
    return tag(
        "li",
        sentence(view, claim),
        correction_notes.corrected_mark(view, claim),
        disputes(view, claim),
        evidence(view, claim),
        id=view.anchor(claim, section),
        class_="claim",
        data_search_exclude=True,
    )  # indexed once, on its own page


def split_by_home(view, claims, section):
    """(the claims this section shows, the others: shown in an earlier section of the page)."""
    return (
        [x for x in claims if view.homes[x.id] == section],
        [x for x in claims if view.homes[x.id] != section],
    )


def also_above(view, claims):
    """'Also 2 claims above.': one short line pointing to the claims on this issue that an earlier
    section of the page shows in full (each claim's words stand once on a page)."""
    first = claims[0]
    shown = numbers.count(len(claims), "claim")
    return tag(
        "p",
        words.t("Also "),
        link(view.href(target(view, first)), shown, class_="claim-ref", data_search_exclude=True),
        words.t(" above."),
        class_="also",
    )


def claim_items(view, claims, section):
    return (
        tag("ul", *(claim_item(view, x, section) for x in claims), class_="claims")
        if claims
        else EMPTY
    )


def claims_disclosure(claims, topic, body):
    """Claims behind one line saying how many and on what: '7 claims on prisoners of war'. Who
    makes them shows inside, at each claim; a list of them here ran to five lines on a phone.
    A link to a claim inside opens it (browsers reveal a fragment's closed ancestors); other
    pages link to the claim's own page."""
    count = numbers.count(len(claims), "claim")
    return layout.disclosure(f"{count} {topic}" if topic else count, body)


def mention(view, claim):
    """The claim on a page that is not its home: its sentence and markers, and a link to its evidence."""
    return tag(
        "li",
        sentence(view, claim),
        " ",
        evidence_link(view, claim),
        disputes(view, claim),
        class_="claim",
        data_search_exclude=True,
    )


def evidence_link(view, claim):
    """'evidence', leading to where the claim is shown in full with its evidence."""
    return link(
        view.href(target(view, claim)),
        words.t("evidence"),
        class_="to-evidence",
        aria_label=words.t("Evidence for: {claim}", claim=short(claim)),
    )


def short(claim, limit=ONE_LINE):
    return textwrap.shorten(claim.data["text"], limit, placeholder=" …")


def mentions(view, claims):
    return tag("ul", *(mention(view, x) for x in claims), class_="claims") if claims else EMPTY


def claim_ref(view, claim, limit=ONE_LINE):
    """A one-line link to the claim's home. Left out of the search index, which indexes the claim there."""
    return link(
        view.href(target(view, claim)),
        short(claim, limit),
        class_="claim-ref",
        data_search_exclude=True,
    )


def target(view, claim):
    """This page's home for the claim if its plan places it here, else the claim's own page, which
    shows its evidence at once (its place on its round's page may be inside a closed disclosure)."""
    return f"{view.url}#{claim.id}" if claim.id in view.homes else urls.claim_page_url(claim.id)


# --- where sources differ -----------------------------------------------------


def disputes(view, claim):
    """Each disagreement the claim is part of, in one line at the first of its claims this page shows
    in full; anywhere else, one short flag for them all, leading to the first: 'sources differ (3)',
    its accessible name the questions (the claim's evidence lists them)."""
    lines, flagged = [], []
    for disagreement in view.model.disagreements_by_claim.get(claim.id, []):
        first = view.first_placed(disagreement.data["claims"])
        if first == claim.id and view.homes.get(claim.id):
            lines.append(differ_line(view, disagreement))
        else:
            flagged.append(
                (
                    f"#differ-{disagreement.id}"
                    if first
                    else view.href(urls.record_url(disagreement)),
                    disagreement.data["question"],
                )
            )
    if flagged:
        count = f" ({len(flagged)})" if len(flagged) > 1 else ""
        name = words.t(
            "Sources differ: {questions}", questions=" ".join(question for _, question in flagged)
        )
        lines.append(
            Html(" ")
            + link(
                flagged[0][0],
                words.t("sources differ") + count,
                class_="differ-flag",
                aria_label=name,
                title=name,
            )
        )
    return join(lines)


def differ_list(view, claim):
    """'Sources differ on: question; question', each linked, where a claim is in more than one disagreement."""
    found = view.model.disagreements_by_claim.get(claim.id, [])
    if len(found) < 2:
        return EMPTY
    return (
        escape(words.t("Sources differ on: "))
        + join((question_link(view, d) for d in found), "; ")
        + "."
    )


def question_link(view, disagreement, lead="", **attributes):
    """A disagreement's question, after lead, linked to where it is set out."""
    said = join([lead, disagreement.data["question"]])
    return link(view.href(urls.record_url(disagreement)), said, **attributes)


def differ_line(view, disagreement):
    """'Sources differ: question — Izvestia: proposed; Garbled analysis: agreed', each side linked to its
    claim; the sides are named where each claim's gist is short (an outcome, or its figures).
    Without sides the line is one link, the anchor that the claims' flags lead to."""
    claims = [view.model["claims"][claim_id] for claim_id in disagreement.data["claims"]]
    gists = [gist(claim) for claim in claims]
    anchor = {
        "id": f"differ-{disagreement.id}",
        "class_": f"differ differ--{disagreement.data['status']}",
    }
    lead = words.t("Sources differ: ")  # inside the link in both forms, so the two look alike
    if not all(gists):
        return Html(" ") + question_link(view, disagreement, lead, **anchor)
    sides = Html(" — ") + join(
        (
            Html("{}: {}").format(_names(view, claim), link(view.href(target(view, claim)), said))
            for claim, said in zip(claims, gists, strict=True)
        ),
        "; ",
    )
    return tag("span", " ", question_link(view, disagreement, lead), sides, **anchor)


def gist(claim):
    """What a claim says in a word or two, where it can: its outcome, else its figures."""
    data = claim.data
    if data["kind"] in status_words.OUTCOMES:
        return status_words.outcome_word(data["kind"])
    return "; ".join(numbers.figure_text(f) for f in data.get("figures", []))


def claim_gist(view, claim):
    """'40 minutes' linked to the claim, then its markers."""
    return link(view.href(target(view, claim)), gist(claim)) + source_markers.markers(
        view, claim.data["sources"]
    )


def _names(view, claim):
    return ", ".join(
        source_markers.source_name(view, s)
        for s in source_markers.distinct_sources(claim.data["sources"])
    )


# --- the evidence -----------------------------------------------------------


def evidence(view, claim):
    """Everything behind the claim, in one disclosure, closed until asked for."""
    data = claim.data
    note = (
        escape(words.t("Our note: ")) + rich_text.rich(view, data["note"])
        if "note" in data
        else EMPTY
    )
    # Text straight after the summary, no paragraph: a page holds many claims, each element counts.
    return tag(
        "details",
        tag("summary", words.t("Evidence")),
        join([about(view, claim), note, differ_list(view, claim), *citations(view, claim)], " "),
        " ",
        actions(view, claim),
        class_="evidence",
    )


def citations(view, claim):
    """Each citation as a sentence or two; each source's trust note once, at its first citation."""
    found, trusted = [], set()
    for citation in claim.data["sources"]:
        found.append(citation_text(view, claim, citation, citation["source"] not in trusted))
        trusted.add(citation["source"])
    return found


def about(view, claim):
    """'Statement by Vladimir Medinsky for Russia, 23 July 2025. Figures: more than 7,000 bodies.'"""
    data = claim.data
    who = record_links.speaker_name(view, claim)
    kind = words.sentence_start(status_words.kind_word(data["kind"]))
    if who:
        line = words.t("{kind} by {who}", kind=kind, who=who)
    else:
        line = words.t("{kind}: the source's own judgement", kind=kind)
    side = data.get("side")
    if side and side != data.get("speaker") and who:
        line = words.t("{said} for {side}", said=line, side=view.model.name("actors", side))
    if "said_on" in data:
        day = dates.human_date_text(data["said_on"])
        line += ", " + (words.t("about {date}", date=day) if data.get("approximate") else day)
    line += "."
    if data.get("figures"):
        shown = "; ".join(numbers.figure_text(f) for f in data["figures"])
        line += " " + words.t("Figures: {figures}.", figures=shown)
    return line


def citation_text(view, claim, citation, with_trust):
    """'Izvestia (paragraph 4): “…” — Medinsky, as quoted by Izvestia. Trust: medium, because …'"""
    source = view.model["sources"][citation["source"]].data
    name = source["short_name"]
    parts = [words.sentence_start(name)]
    if citation.get("locator"):
        parts += [" (", edition_notes.marked(citation["locator"]), ")"]
    if "quote" in citation:
        machine = (
            words.t(" (machine translation)") if source["translation"] == "machine" else ""
        )  # the words are the translation's
        quoted = edition_notes.kept_in_english(citation["quote"])  # as they stand: in English
        opening, closing = words.t("“"), words.t("”")
        parts += [": ", opening, quoted, closing, " — ", voice(view, claim, citation, name)]
        parts += [machine, "."]
        if QUOTE_OURS in citation:  # another edition: our translation beside, marked as ours
            ours = words.t("Our translation: «{text}»", text=citation[QUOTE_OURS])
            parts += [" ", ours, "."]
    else:
        parts.append(words.t(", not quoted."))
    if with_trust:
        level = source_markers.trust_level(source["trust"]["level"])
        parts.append(words.t(" Trust in {name}: {level}. ", name=name, level=level))
        parts.append(source["trust"]["why"])
    return join(parts)


def voice(view, claim, citation, name):
    """Whose words a quote is: the speaker's, as a source quotes them, or the source's own. The
    citation's voice says which; without it, a named speaker's (a described one may be the source)."""
    speaks = citation.get("voice", "speaker" if "speaker" in claim.data else "source") == "speaker"
    who = record_links.speaker_name(view, claim)
    if speaks and who:
        return words.t("{who}, as quoted by {name}", who=who, name=name)
    return words.t("{name}'s words", name=name)


def actions(view, claim):
    """Correct this; and the claim's own page, its address to link to, which cites, embeds and reports it
    (one link for both: a round page holds seventy claims, and each element counts on a phone)."""
    found = [
        record_links.correct_link(view, claim),
        link(
            view.href(urls.claim_page_url(claim.id)),
            words.t("Link to or cite this claim"),
            class_="claim-cite",
        ),
    ]
    return join(found, " · ")
