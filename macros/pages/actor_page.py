"""The page of one actor: who they are, posts, delegations, what they said, the issues they spoke on.

Their claims are shown as sentences with their source markers, each linked to its evidence on the
page of its round (or the background page), where it is shown in full.
"""

from macros.render import claim_blocks as cb
from macros.render import (
    dates,
    layout,
    record_links,
    rich_text,
    source_markers,
    status_words,
    words,
)
from macros.render.html_builder import EMPTY, Html, join, table, tag

KIND_WORDS = {  # in English: shown through words.t
    "person": "Person",
    "state": "State",
    "organisation": "Organisation",
    "body": "Body",
    "delegation": "Delegation",
    "media": "Media outlet",
}


def build(view, actor):
    model = view.model
    said = model.claims_by_speaker.get(actor.id, [])
    sided = model.claims_by_side.get(actor.id, [])
    # Said on their behalf: by someone speaking for them. A source describing their position in its
    # own words (a speaker_note, no speaker) is what others said of them, not said for them.
    behalf = [claim for claim in sided if claim.data.get("speaker") not in (None, actor.id)]
    described = [claim for claim in sided if "speaker" not in claim.data]
    issues = list(dict.fromkeys(i for claim in said + behalf for i in claim.data.get("issues", [])))
    blocks = [who(view, actor)]
    if actor.data["kind"] == "person" or actor.data.get("posts"):
        blocks += [layout.section(2, "posts-over-time"), posts(view, actor)]
    blocks += [
        layout.section(2, "at-the-rounds"),
        seats(view, actor),
        layout.section(2, "what-they-said"),
        *claims_by_round(view, said, "said", words.t("No statement by them is recorded yet.")),
    ]
    if behalf:
        blocks += [
            layout.section(2, "said-on-their-behalf"),
            *claims_by_round(view, behalf, "for", ""),
        ]
    own = {claim.id for claim in said + behalf}
    naming = {claim.id: claim for claim in described + model.claims_naming.get(actor.id, [])}
    about = [claim for claim_id, claim in naming.items() if claim_id not in own]
    if about:  # one click away: a state is named in most claims
        blocks += [
            layout.section(2, "what-others-said-of-them"),
            cb.claims_disclosure(
                about, words.t("by others that describe or name them"), cb.mentions(view, about)
            ),
        ]
    blocks += [
        layout.section(2, "issues-they-spoke-on"),
        spoke_on(view, said + behalf, issues),
        layout.section(2, "sources-that-name-them"),
        tag("p", source_markers.markers(view, actor.data["sources"])),
    ]
    return actor.data["name"], blocks


def who(view, actor):
    data = actor.data
    rows = [(words.t("Kind"), words.t(KIND_WORDS[data["kind"]]))]
    if "native_name" in data:
        rows.append((words.t("Native name"), data["native_name"]))
    if "country" in data:
        rows.append((words.t("Belongs to"), record_links.actor_link(view, data["country"])))
    if "outside_articles" in data:
        rows.append(
            (words.t(rich_text.OUTSIDE_ARTICLES), rich_text.rich(view, data["outside_articles"]))
        )
    facts = (tag("div", tag("dt", k), tag("dd", v)) for k, v in rows)
    return tag(
        "div",
        tag("p", rich_text.rich(view, data["summary"]), class_="actor-summary"),
        layout.also_written(data.get("aliases", [])),
        tag("dl", *facts, class_="key-facts"),
        class_="actor-intro",
    )


def _when(post):
    """'from 1 May 2025 until 23 July 2025', either end left out where unknown."""
    approximate = post.get("approximate", False)
    start, end = (
        dates.human_date(post[key], approximate) if key in post else None
        for key in ("from", "until")
    )
    if start and end:
        return join([words.t("from"), " ", start, " ", words.t("until"), " ", end])
    if start:
        return join([words.t("from"), " ", start])
    if end:
        return join([words.t("until"), " ", end])
    return words.t("dates not given")


def posts(view, actor):
    rows = []
    for post in actor.data.get("posts", []):
        title = join(
            [
                post["title"],
                tag("span", rich_text.rich(view, post["note"]), class_="post-note")
                if "note" in post
                else EMPTY,
            ]
        )
        rows.append(
            [
                title,
                record_links.actor_link(view, post["organisation"])
                if "organisation" in post
                else "",
                _when(post),
                record_links.links(view, "rounds", post.get("rounds", [])),
                source_markers.markers(view, post["sources"]),
            ]
        )
    if not rows:
        return layout.empty(words.t("No post is recorded."))
    return table(
        [words.t("Post"), words.t("Of"), words.t("When"), words.t("Held at"), words.t("Sources")],
        rows,
        stacked=True,
        class_="posts-table",
    )


def seats(view, actor):
    """The delegations they sat in; for a delegation or its state, who sat in it at each round."""
    found = view.model.delegations_by_actor.get(actor.id, [])
    if not found:
        return layout.empty(words.t("Not recorded in any delegation."))
    if all(s.member is None for s in found):  # a delegation, or the state it spoke for
        rows = [
            [
                record_links.round_link(view, s.round.id),
                record_links.actor_link(view, s.delegation["side"]),
                join(
                    (
                        Html("{} ({})").format(
                            record_links.actor_link(view, m["actor"]),
                            status_words.role_word(m["role"]),
                        )
                        for m in s.delegation["members"]
                    ),
                    ", ",
                ),
                source_markers.markers(view, s.delegation["sources"]),
            ]
            for s in found
        ]
        return table(
            [words.t("Round"), words.t("For"), words.t("Members"), words.t("Sources")],
            rows,
            stacked=True,
            class_="delegation-seats-table",
        )
    rows = [
        [
            record_links.round_link(view, s.round.id),
            record_links.actor_link(view, s.delegation["delegation"]),
            status_words.role_word(s.member["role"]),
            s.member.get("post", words.t("not given")),
            source_markers.markers(view, s.member["sources"]),
        ]
        for s in found
    ]
    return table(
        [
            words.t("Round"),
            words.t("Delegation"),
            words.t("Role"),
            words.t("Post at that round"),
            words.t("Sources"),
        ],
        rows,
        stacked=True,
        class_="seats-table",
    )


def claims_by_round(view, claims, prefix, none_text):
    if not claims:
        return [layout.empty(none_text)]
    blocks = []
    for round_, items in layout.by_round(view, claims):
        blocks += [layout.round_heading(view, round_, prefix=prefix), cb.mentions(view, items)]
    return blocks


def spoke_on(view, claims, issues):
    """Each issue with how many of the claims above concern it, linked to the issue's page."""
    if not issues:
        return layout.empty(words.t("No position on any issue is recorded yet."))
    counts = [
        (issue, sum(issue in claim.data.get("issues", []) for claim in claims)) for issue in issues
    ]
    return tag(
        "p",
        join(
            (
                Html("{} ({})").format(record_links.issue_link(view, issue), n)
                for issue, n in counts
            ),
            ", ",
        ),
        class_="spoke-on",
    )
