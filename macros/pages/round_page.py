"""The page of one round, read like a reference article: the bottom line first (what was agreed,
proposed and not agreed, and what did not happen, with disputes flagged where they matter), a
compact box of key facts, then the delegations, the issues, what changed and the events around it.

Each claim is shown once, in the first section that concerns it (the plan, made before
rendering); every other section links to it in one line. Only the bottom line shows its claims
open: elsewhere the site's own one-line note leads, and the claims wait in a disclosure that says
how many there are and on what, so that the page can be taken in at a glance.
"""

from macros.model import statuses
from macros.render import claim_blocks as cb
from macros.render import (
    dates,
    layout,
    numbers,
    record_lines,
    record_links,
    rich_text,
    source_markers,
    status_words,
    words,
)
from macros.render.html_builder import EMPTY, Html, escape, join, table, tag

ROLE_ORDER = {"head": 0, "member": 1, "expert": 2}
# The bottom line's groups, in order: (section, title, the claim kinds it gathers, contested?).
# The titles are ours and say no more than the claims under them: each is a report, often of one
# source; an agreement or a proposal that an open disagreement about the outcome covers stands under
# a heading that picks no side.
# fmt: off
BOTTOM_LINE = (
    ("agreed", "Reported as agreed", ("agreement",), False),
    ("agreed-contested", "Sources differ on whether these were agreed", ("agreement", "proposal"), True),
    ("proposed", "Reported as proposed", ("proposal",), False),
    ("not-done", "Reported as rejected or not reached", ("rejection", "non-outcome"), None),
)
# fmt: on
KEY_FACETS = ("venue", "duration", "schedule")  # the key facts' rows that hold claims


def build(view, round_):
    data = round_.data
    claims = view.model.claims_by_round.get(round_.id, [])
    issues = issues_of(round_, claims)
    plan(view, claims, issues)
    blocks = [
        dateline(round_),
        tag(
            "div",
            layout.disclosure(
                words.t("In short, in our words"), tag("p", rich_text.rich(view, data["summary"]))
            ),
            class_="editorial-summary",
        ),
        layout.section(2, "bottom-line"),
        bottom_line(view, round_, claims),
        layout.section(2, "key-facts"),
        key_facts(view, round_, claims),
        *facet_claims(view, claims),
        layout.section(2, "delegations"),
        *delegations(view, round_, claims),
        layout.section(2, "by-issue"),
        *positions(view, round_, claims, issues),
        *other_claims(view, claims),
        layout.section(2, "what-changed-since-the-previous-round"),
        changes(view, round_, issues),
        *events(view, round_),
    ]
    return data["name"], blocks


def dateline(round_):
    """The round's date and place, first on its page: what a reader looks for before anything else."""
    data = round_.data
    return tag(
        "p", dates.human_date(data["date"]), " · ", layout.place(data), class_="round-dateline"
    )


def issues_of(round_, claims):
    """The round's issues: its agenda first, then those its claims raise, each once."""
    agenda = [item["issue"] for item in round_.data.get("agenda", [])]
    return list(
        dict.fromkeys(agenda + [i for claim in claims for i in claim.data.get("issues", [])])
    )


def facet(claims, name):
    return [claim for claim in claims if claim.data.get("facet") == name]


def of_kinds(claims, kinds):
    return [claim for claim in claims if claim.data["kind"] in kinds and "facet" not in claim.data]


def on_issue(claims, issue):
    return [
        claim
        for claim in claims
        if issue in claim.data.get("issues", []) and "facet" not in claim.data
    ]


def plan(view, claims, issues):
    """Where each claim is shown in full, in page order: the bottom line, the key facts, the
    delegations, the first issue it is about; the rest under 'Other claims'."""
    for section, _, kinds, contested in BOTTOM_LINE:
        view.place(section, _outcome_group(view, claims, kinds, contested))
    for name in KEY_FACETS:
        view.place(name, facet(claims, name))
    view.place("delegation-size", facet(claims, "delegation-size"))
    for issue in issues:
        view.place(f"on-{issue}", on_issue(claims, issue))
    view.place("other", claims)


def bottom_line(view, round_, claims):
    """What was agreed, proposed and not agreed, and what did not happen; then the commitments' status."""
    parts = []
    for section, title, kinds, contested in BOTTOM_LINE:
        found = _outcome_group(view, claims, kinds, contested)
        if found:
            parts += [
                tag("h3", words.t(title), class_=f"outcome outcome--{section}"),
                cb.claim_items(view, found, section),
            ]
    commitments = _commitments(view, view.model.commitments_by_round.get(round_.id, []))
    parts += (
        [commitments] if commitments else []
    )  # '' for none, which would leave the list never empty
    return (
        tag("div", *parts, class_="bottom-line")
        if parts
        else layout.empty(words.t("No outcome of this round is recorded yet."))
    )


def _outcome_group(view, claims, kinds, contested):
    """The claims of these kinds; if `contested` is not None, only those whose outcome an open
    disagreement does (True) or does not (False) dispute."""
    found = of_kinds(claims, kinds)
    if contested is None:
        return found
    return [claim for claim in found if _outcome_disputed(view, claim) == contested]


def _outcome_disputed(view, claim):
    return any(
        statuses.disputes_outcome(d) for d in view.model.disagreements_by_claim.get(claim.id, [])
    )


def _commitments(view, commitments, before=False):
    """What a round (or the one before) agreed and its status since, in a disclosure: each has a
    line on the commitments page."""
    if not commitments:
        return EMPTY
    count = numbers.count(len(commitments), "commitment")
    summary = (
        words.t(
            "What the round before agreed or was reported to agree, and its status since: {count}",
            count=count,
        )
        if before
        else words.t(
            "What the round agreed or was reported to agree, and its status since: {count}",
            count=count,
        )
    )
    return layout.disclosure(summary, record_lines.commitment_lines(view, commitments))


def key_facts(view, round_, claims):
    data = round_.data
    place = escape(data["city"])
    if "venue" in data:
        place = Html("{}, {}").format(data["venue"], data["city"]) + layout.also_written(
            data.get("venue_aliases", [])
        )
    rows = [  # the date stands in the dateline, first on the page
        (words.t("Place"), place),
        (
            words.t("Duration"),
            _gists(view, facet(claims, "duration")) or words.t("No source in the data gives it."),
        ),
    ]
    rows.append(
        (
            words.t("Heads of delegation"),
            join(
                tag(
                    "span",
                    Html("{}: {}{}").format(
                        record_links.actor_link(view, d["side"]),
                        record_links.actor_link(view, m["actor"]),
                        ", " + m["post"] if "post" in m else "",
                    ),
                    class_="head-line",
                )
                for d in data["delegations"]
                for m in d["members"]
                if m["role"] == "head"
            )
            or words.t("No source names them for this round."),
        )
    )
    for key, label in (("hosts", words.t("Hosts")), ("mediators", words.t("Mediators"))):
        if data.get(key):
            rows.append((label, record_links.links(view, "actors", data[key])))
    if data.get("notes"):
        about = [_about(note["about"])[1] for note in data["notes"]]
        about = ", ".join(about[:-1]) + words.t(" and ") + about[-1] if len(about) > 1 else about[0]
        rows.append(
            (
                words.t("Notes on these facts"),
                layout.disclosure(
                    words.t("What the sources say of {about}", about=about),
                    tag("ul", *(_fact_note(view, n) for n in data["notes"])),
                ),
            )
        )
    if "outside_articles" in data:
        rows.append(
            (words.t(rich_text.OUTSIDE_ARTICLES), rich_text.rich(view, data["outside_articles"]))
        )
    rows.append((words.t("Sources covering it"), source_markers.markers(view, data["sources"])))
    return tag("dl", *(tag("div", tag("dt", k), tag("dd", v)) for k, v in rows), class_="key-facts")


def _gists(view, claims):
    """'40 minutes (Garbled analysis); just under an hour (Izvestia)', each linked to its claim below."""
    return join((cb.claim_gist(view, claim) for claim in claims if cb.gist(claim)), "; ")


def facet_claims(view, claims):
    """The claims behind the key facts, in full: the venue, the length and the schedule of the meeting."""
    found = [claim for name in KEY_FACETS for claim in facet(claims, name)]
    if not found:
        return []
    return [
        layout.section(3, "the-meeting"),
        cb.claims_disclosure(
            found,
            words.t("on its venue, length and schedule"),
            join(cb.claim_items(view, facet(claims, name), name) for name in KEY_FACETS),
        ),
    ]


def _fact_note(view, note):
    """A sourced remark on a basic fact, e.g. what the sources say of an unnamed venue."""
    return tag(
        "li",
        Html("{}: {}{}").format(
            _about(note["about"])[0],
            rich_text.rich(view, note["note"]),
            source_markers.markers(view, note["sources"]),
        ),
    )


def _about(fact):
    """A basic fact's name as a note's label ('Venue') and inside a sentence ('the venue')."""
    return {
        "date": (words.t("Date"), words.t("the date")),
        "city": (words.t("City"), words.t("the city")),
        "venue": (words.t("Venue"), words.t("the venue")),
        "hosts": (words.t("Hosts"), words.t("the hosts")),
        "mediators": (words.t("Mediators"), words.t("the mediators")),
        "delegations": (words.t("Delegations"), words.t("the delegations")),
    }[fact]


def delegations(view, round_, claims):
    blocks = []
    for delegation in round_.data["delegations"]:
        size = [
            words.n(delegation["size"], "{n} person.", "{n} people.")
            if "size" in delegation
            else "",
            rich_text.rich(view, delegation["size_note"]) if "size_note" in delegation else "",
        ]
        intro = (  # the heading names the delegation and leads to its page
            join([words.t("Side: "), record_links.actor_link(view, delegation["side"]), ". "])
            + join(size, " ")
            + source_markers.markers(view, delegation["sources"])
        )
        members = sorted(delegation["members"], key=lambda m: ROLE_ORDER[m["role"]])
        rows = [
            [
                join(
                    [
                        record_links.actor_link(view, m["actor"]),
                        f" ({status_words.role_word(m['role'])})",
                        tag("span", rich_text.rich(view, m["note"]), class_="member-note")
                        if "note" in m
                        else None,
                    ]
                ),
                m.get("post", words.t("not given")),
                source_markers.markers(view, m["sources"]),
            ]
            for m in members
        ]
        members_table = table(
            [words.t("Member and role"), words.t("Post at this round"), words.t("Sources")],
            rows,
            stacked=True,
            class_="delegation-table",
        )
        blocks += [
            layout.heading(
                3,
                view.model.name("actors", delegation["delegation"]),
                f"delegation-{delegation['delegation']}",
                record_links.record_href(view, "actors", delegation["delegation"]),
            ),
            tag(
                "div",
                tag("p", intro),
                layout.disclosure(_members_summary(view, members), members_table)
                if rows
                else layout.empty(words.t("No source names its members at this round.")),
                class_="delegation",
            ),
        ]
    sized = facet(claims, "delegation-size")
    if sized:
        blocks += [
            layout.section(3, "what-the-sources-say-of-their-size"),
            cb.claims_disclosure(
                sized, words.t("on their size"), cb.claim_items(view, sized, "delegation-size")
            ),
        ]
    return blocks


def _members_summary(view, members):
    """'4 members named, with their posts and sources: Vladimir Medinsky (head), Mikhail Galuzin, …'"""
    names = ", ".join(
        view.model.name("actors", m["actor"])
        + (f" ({status_words.role_word('head')})" if m["role"] == "head" else "")
        for m in members
    )
    return words.n(
        len(members),
        "{n} member named, with their posts and sources: {names}",
        "{n} members named, with their posts and sources: {names}",
        names=names,
    )


def positions(view, round_, claims, issues):
    """Issue by issue: its claims side by side, those shown in an earlier section linked in one line."""
    agenda = {item["issue"]: item for item in round_.data.get("agenda", [])}
    blocks = []
    for issue in issues:
        section, name = f"on-{issue}", view.model.name("issues", issue)
        found = on_issue(claims, issue)
        here, elsewhere = cb.split_by_home(view, found, section)
        body, note = [], EMPTY
        if issue in agenda:
            body.append(
                tag(
                    "p",
                    words.t("On the agenda"),
                    source_markers.markers(view, agenda[issue]["sources"]),
                    class_="issue-intro",
                )
            )
            if "note" in agenda[issue]:
                note = tag("p", rich_text.rich(view, agenda[issue]["note"]), class_="issue-note")
        if here:  # our note on the issue opens with its claims: the bottom line above has told the outcome
            sides = layout.by_side(
                view,
                here,
                layout.round_sides(round_),
                lambda x, s=section: cb.claim_item(view, x, s),
            )
            body.append(cb.claims_disclosure(here, None, note + sides))  # heading names it
        else:
            body.append(note)
        if elsewhere:
            body.append(cb.also_above(view, elsewhere))
        href = record_links.record_href(view, "issues", issue)
        blocks += [layout.heading(3, name, section, href), tag("div", *body)]
    return blocks or [layout.empty(words.t("No positions are recorded for this round yet."))]


def other_claims(view, claims):
    rest = [claim for claim in claims if view.homes[claim.id] == "other"]
    if not rest:
        return []
    return [
        layout.section(2, "other-claims-about-this-round"),
        cb.claims_disclosure(
            rest, words.t("on other matters"), cb.claim_items(view, rest, "other")
        ),
    ]


def changes(view, round_, issues):
    """What differs from the round before, computed from the two records and their claims."""
    model = view.model
    before = model.previous.get(round_.id)
    if before is None:
        return layout.empty(words.t("This is the first round in the data."))
    items = [
        join(
            [
                record_links.round_link(view, before.id),
                words.t(" met on "),
                dates.human_date(before.data["date"]),
                ".",
            ]
        )
    ]
    items.append(_venue_change(round_.data.get("venue"), before.data.get("venue")))
    items += _delegation_changes(view, round_, before)
    items.append(
        _outcome_counts(
            model.claims_by_round.get(round_.id, []), model.claims_by_round.get(before.id, [])
        )
    )
    old_issues = issues_of(before, model.claims_by_round.get(before.id, []))
    new = [i for i in issues if i not in old_issues]
    gone = [i for i in old_issues if i not in issues]
    if new:
        items.append(
            _sentence(
                words.t("Issues in claims about this round, none recorded for the round before:"),
                record_links.links(view, "issues", new),
            )
        )
    if gone:
        items.append(
            _sentence(
                words.t("Issues recorded at the round before and none recorded for this round:"),
                record_links.links(view, "issues", gone),
            )
        )
    html = tag("ul", *(tag("li", item) for item in items), class_="changes")
    html += _commitments(view, model.commitments_by_round.get(before.id, []), before=True)
    summary = words.t(
        "Compared with the {round}: {points}",
        round=before.data["name"].lower(),
        points=numbers.count(len(items), "point"),
    )
    return tag("div", layout.disclosure(summary, html), class_="round-changes")


def _venue_change(venue, old_venue):
    if venue == old_venue:
        return (
            words.t("Same venue: {venue}.", venue=venue)
            if venue
            else words.t("No venue is recorded for either round.")
        )
    if not old_venue:
        return words.t("Venue: {venue}; none is recorded for the round before.", venue=venue)
    return words.t(
        "Venue: {venue}, after {old}.", venue=venue or words.t("not recorded"), old=old_venue
    )


def _outcome_counts(claims, earlier):
    """'Outcome claims recorded: 3 agreed, 1 proposed (the round before: 2 agreed)'."""

    def counts(found):
        kinds = [claim.data["kind"] for claim in found]
        return ", ".join(
            f"{kinds.count(kind)} {words.t(word)}"
            for kind, word in status_words.OUTCOMES.items()
            if kind in kinds
        ) or words.t("none")

    return words.t(
        "Outcome claims recorded: {now} (the round before: {before}).",
        now=counts(claims),
        before=counts(earlier),
    )


def _delegation_changes(view, round_, before):
    old = {d["side"]: d for d in before.data["delegations"]}
    items = []
    for delegation in round_.data["delegations"]:
        side = record_links.actor_link(view, delegation["side"])
        previous = old.get(delegation["side"])
        if previous is None:
            items.append(
                join(
                    [
                        side,
                        " ",
                        words.t("sent a delegation; it had none recorded at the round before."),
                    ]
                )
            )
            continue
        now = {m["actor"]: m["role"] for m in delegation["members"]}
        then = {m["actor"]: m["role"] for m in previous["members"]}
        heads_now = [a for a, r in now.items() if r == "head"]
        heads_then = [a for a, r in then.items() if r == "head"]
        items.append(_head_change(view, side, heads_now, heads_then))
        joined = [a for a in now if a not in then]
        left = [a for a in then if a not in now]
        if joined:
            items.append(
                _sentence(
                    words.t("named with the delegation now, not recorded for the round before:"),
                    record_links.links(view, "actors", joined),
                    side,
                )
            )
        if left:
            items.append(
                _sentence(
                    words.t(
                        "named in the delegation at the round before, not recorded for this round:"
                    ),
                    record_links.links(view, "actors", left),
                    side,
                )
            )
    return items


def _sentence(text, names, side=None):
    """'Ukraine: named with the delegation now, ...: Rustem Umerov.': the edition's words, then
    the links they introduce (text about links is split around them, never filled with them)."""
    return join([side, ": " if side else None, text, " ", names, "."])


def _head_change(view, side, heads_now, heads_then):
    now, then = (
        record_links.links(view, "actors", heads_now),
        record_links.links(view, "actors", heads_then),
    )
    if heads_now == heads_then:
        return join(
            [side, ": ", words.t("same head of delegation"), " (", now, ")."]
            if now
            else [side, ": ", words.t("no head of delegation recorded for either round.")]
        )
    if not then:
        return join(
            [
                side,
                ": ",
                words.t("head of delegation"),
                " ",
                now,
                words.t("; none recorded for the round before."),
            ]
        )
    if not now:
        return join(
            [
                side,
                ": ",
                words.t("no head of delegation recorded for this round;"),
                " ",
                then,
                " ",
                words.t("at the round before."),
            ]
        )
    return join(
        [side, ": ", words.t("head of delegation"), " ", now, words.t(", after "), then, "."]
    )


def events(view, round_):
    found = view.model.events_by_round.get(round_.id, [])
    if not found:
        return []
    lines = tag("ul", *(record_lines.event_line(view, e) for e in found), class_="event-lines")
    return [
        layout.section(2, "around-this-round"),
        layout.disclosure(
            words.n(
                len(found),
                "{n} event on the timeline around this round",
                "{n} events on the timeline around this round",
            ),
            lines,
        ),
    ]
