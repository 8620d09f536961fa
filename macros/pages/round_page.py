"""The page of one round: key facts, delegations, outcomes, positions, changes, summary."""
from macros.render import components as c
from macros.render.html_builder import EMPTY, Html, escape, join, table, tag

ROLE_ORDER = {"head": 0, "member": 1, "expert": 2}


def build(view, round_):
    data = round_.data
    claims = view.model.claims_by_round.get(round_.id, [])
    issues = issues_of(round_, claims)
    plan(view, claims, issues)
    blocks = [
        tag("div", tag("p", tag("strong", "In short: "), c.rich(view, data["summary"])), class_="editorial-summary"),
        c.heading(2, "Key facts"), key_facts(view, round_, claims),
        c.heading(2, "Delegations"), *delegations(view, round_, claims),
        c.heading(2, "Outcomes"), outcomes(view, round_, claims),
        c.heading(2, "Positions by issue"), *positions(view, round_, claims, issues),
        *other_claims(view, claims),
        c.heading(2, "What changed since the previous round"), changes(view, round_, issues),
        *events(view, round_),
        c.heading(2, "People, bodies and issues"), involved(view, round_, claims, issues),
    ]
    return data["name"], blocks, [view.model.name("issues", i) for i in issues]


def issues_of(round_, claims):
    """The round's issues: its agenda first, then those its claims raise, each once."""
    agenda = [item["issue"] for item in round_.data.get("agenda", [])]
    return list(dict.fromkeys(agenda + [i for claim in claims for i in claim.data.get("issues", [])]))


def facet(claims, name):
    return [claim for claim in claims if claim.data.get("facet") == name]


KEY_FACETS = ("venue", "duration", "schedule")  # the key facts' rows that list claims, in page order


def plan(view, claims, issues):
    """Where each claim is shown in full, in page order: key facts, delegations, outcomes, the first
    issue it is about; the rest under 'Other claims'. Everywhere else on the page links to it."""
    for name in KEY_FACETS:
        view.place("key-facts", facet(claims, name))
    view.place("delegations", facet(claims, "delegation-size"))
    view.place("outcomes", outcome_claims(claims))
    for issue in issues:
        view.place(f"on-{issue}", on_issue(claims, issue))
    view.place("other", claims)


def outcome_claims(claims):
    return [claim for kind in c.OUTCOMES for claim in claims if claim.data["kind"] == kind]


def on_issue(claims, issue):
    return [claim for claim in claims if issue in claim.data.get("issues", []) and "facet" not in claim.data]


def key_facts(view, round_, claims):
    data = round_.data
    place = escape(data["city"])
    if "venue" in data:
        place = Html("{}, {}").format(data["venue"], data["city"]) + c.also_written(data.get("venue_aliases", []))
    rows = [("Date", c.human_date(data["date"])), ("Place", place + _claims_or(view, facet(claims, "venue"), ""))]
    rows.append(("Duration", _claims_or(view, facet(claims, "duration"), "No source in the data gives it.")))
    if facet(claims, "schedule"):
        rows.append(("Schedule", c.claim_lines(view, facet(claims, "schedule"), "key-facts")))
    rows.append(("Heads of delegation", join((
        Html("{} ({})").format(c.actor_link(view, m["actor"]), c.actor_link(view, d["side"]))
        for d in data["delegations"] for m in d["members"] if m["role"] == "head"), "; ") or "not recorded"))
    for key, label in (("hosts", "Hosts"), ("mediators", "Mediators")):
        if data.get(key):
            rows.append((label, c.links(view, "actors", data[key])))
    if data.get("notes"):
        rows.append(("Notes on these facts", tag("ul", *(_fact_note(view, n) for n in data["notes"]))))
    rows.append(("Sources covering it", c.source_badges(view, data["sources"])))
    return tag("dl", *(tag("div", tag("dt", k), tag("dd", v)) for k, v in rows), class_="key-facts")


def _fact_note(view, note):
    """A sourced remark on a basic fact, e.g. what the sources say of an unnamed venue."""
    return tag("li", Html("{}: {} {}").format(note["about"].capitalize(), c.rich(view, note["note"]),
                                             c.source_badges(view, note["sources"])))


def _claims_or(view, claims, fallback):
    return c.claim_lines(view, claims, "key-facts") if claims else fallback


def delegations(view, round_, claims):
    blocks = []
    for delegation in round_.data["delegations"]:
        size = [f"{delegation['size']} people." if "size" in delegation else "",
                c.rich(view, delegation["size_note"]) if "size_note" in delegation else ""]
        intro = (Html("{} for {}. ").format(c.actor_link(view, delegation["delegation"]), c.actor_link(view, delegation["side"]))
                 + join(size, " "))
        members = sorted(delegation["members"], key=lambda m: ROLE_ORDER[m["role"]])
        rows = [[c.actor_link(view, m["actor"]) + (tag("span", c.rich(view, m["note"]), class_="member-note") if "note" in m else ""),
                 m.get("post", "not given"), m["role"],
                 c.source_badges(view, m["sources"])] for m in members]
        blocks += [c.heading(3, view.model.name("actors", delegation["delegation"]), f"delegation-{delegation['delegation']}"),
                   tag("div", tag("p", intro, " ", c.sources_line(view, delegation["sources"])),
                       table(["Member", "Post at this round", "Role", "Sources"], rows, stacked=True, class_="delegation-table"),
                       class_="delegation")]
    if facet(claims, "delegation-size"):
        blocks += [c.heading(3, "What the sources say of their size"), c.claim_lines(view, facet(claims, "delegation-size"), "delegations")]
    return blocks


def outcomes(view, round_, claims):
    """Agreed, proposed, rejected, not reached: each row one claim, with who reports it."""
    rows = []
    for claim in outcome_claims(claims):
        data = claim.data
        what = join([tag("p", c.rich(view, data["text"])), c.by_line(view, claim), c.figures_line(claim), c.quotes(view, claim)])
        reported = join([c.sources_line(view, data["sources"]), c.disagreement_marks(view, claim.id),
                         c.correct_link(view, claim)], " ")
        label = tag("a", c.OUTCOMES[data["kind"]], href=f"#{claim.id}", title="Link to this row")
        rows.append(([tag("span", label, class_=f"outcome outcome--{data['kind']}"), what, reported],
                     {"id": view.anchor(claim, "outcomes")}))
    outcome_table = (table(["Outcome", "What, and who said it", "Reported by"], rows, stacked=True, class_="outcomes-table")
                     if rows else c.empty("No outcome of this round is recorded in the data yet."))
    commitments = view.model.commitments_by_round.get(round_.id, [])
    if commitments:
        outcome_table += tag("div", tag("p", "What the round agreed, and its status since:"),
                             c.commitment_lines(view, commitments), class_="round-commitments")
    return outcome_table


def positions(view, round_, claims, issues):
    agenda = {item["issue"]: item for item in round_.data.get("agenda", [])}
    blocks = []
    for issue in issues:
        intro = c.issue_link(view, issue)
        if issue in agenda:
            note = c.rich(view, agenda[issue]["note"]) + " " if "note" in agenda[issue] else EMPTY
            intro += Html(" · on the agenda: {}{}").format(note, c.source_badges(view, agenda[issue]["sources"]))
        blocks += [c.heading(3, view.model.name("issues", issue), f"on-{issue}"),
                   tag("div", tag("p", intro, class_="issue-intro"), c.sides_grid(view, on_issue(claims, issue), c.round_sides(round_),
                                                                     lambda x: _card_or_ref(view, x, f"on-{issue}")))]
    return blocks or [c.empty("No positions are recorded for this round yet.")]


def _card_or_ref(view, claim, section):
    """The full card in the claim's home; a link to it elsewhere (its home is always further up)."""
    if view.anchor(claim, section):
        return c.claim_card(view, claim, section, show_round=False)
    return tag("p", "See above: ", c.claim_ref(view, claim), class_="claim-seen")


def other_claims(view, claims):
    rest = [claim for claim in claims if view.anchor(claim, "other")]
    return [c.heading(2, "Other claims about this round"), c.claim_cards(view, rest, "other", show_round=False)] if rest else []


def changes(view, round_, issues):
    """What differs from the round before, computed from the two records and their claims."""
    model = view.model
    before = model.previous.get(round_.id)
    if before is None:
        return c.empty("This is the first round in the data.")
    items = [Html("{} met on {}.").format(c.round_link(view, before.id), c.human_date(before.data["date"]))]
    items.append(_venue_change(round_.data.get("venue"), before.data.get("venue")))
    items += _delegation_changes(view, round_, before)
    items.append(_outcome_counts(model.claims_by_round.get(round_.id, []), model.claims_by_round.get(before.id, [])))
    old_issues = issues_of(before, model.claims_by_round.get(before.id, []))
    new = [i for i in issues if i not in old_issues]
    gone = [i for i in old_issues if i not in issues]
    if new:
        items.append(Html("Issues raised now and not at the round before: {}.").format(c.links(view, "issues", new)))
    if gone:
        items.append(Html("Issues recorded at the round before and not now: {}.").format(c.links(view, "issues", gone)))
    html = tag("ul", *(tag("li", item) for item in items), class_="changes")
    earlier = model.commitments_by_round.get(before.id, [])
    if earlier:
        html += tag("p", "What the round before agreed, and its status since:") + c.commitment_lines(view, earlier)
    return tag("div", html, class_="round-changes")


def _venue_change(venue, old_venue):
    if venue == old_venue:
        return Html("Same venue: {}.").format(venue) if venue else "No venue is recorded for either round."
    if not old_venue:
        return Html("Venue: {}; none is recorded for the round before.").format(venue)
    return Html("Venue: {}, after {}.").format(venue or "not recorded", old_venue)


def _outcome_counts(claims, earlier):
    """'Outcome claims recorded: 3 agreed, 1 proposed (the round before: 2 agreed)'."""
    def counts(found):
        kinds = [claim.data["kind"] for claim in found]
        return ", ".join(f"{kinds.count(kind)} {word}" for kind, word in c.OUTCOMES.items() if kind in kinds) or "none"
    return f"Outcome claims recorded: {counts(claims)} (the round before: {counts(earlier)})."


def _delegation_changes(view, round_, before):
    old = {d["side"]: d for d in before.data["delegations"]}
    items = []
    for delegation in round_.data["delegations"]:
        side = c.actor_link(view, delegation["side"])
        previous = old.get(delegation["side"])
        if previous is None:
            items.append(Html("{} sent a delegation; it had none recorded at the round before.").format(side))
            continue
        now = {m["actor"]: m["role"] for m in delegation["members"]}
        then = {m["actor"]: m["role"] for m in previous["members"]}
        heads_now = [a for a, r in now.items() if r == "head"]
        heads_then = [a for a, r in then.items() if r == "head"]
        now_heads = c.links(view, "actors", heads_now) or "not recorded"
        if heads_now == heads_then:
            items.append(Html("{}: same head of delegation ({}).").format(side, now_heads))
        else:
            items.append(Html("{}: head of delegation {}, after {}.").format(
                side, now_heads, c.links(view, "actors", heads_then) or "not recorded"))
        joined = [a for a in now if a not in then]
        left = [a for a in then if a not in now]
        if joined:
            items.append(Html("{}: named in the delegation now, not at the round before: {}.").format(
                side, c.links(view, "actors", joined)))
        if left:
            items.append(Html("{}: named in the delegation at the round before, not now: {}.").format(
                side, c.links(view, "actors", left)))
    return items


def events(view, round_):
    found = view.model.events_by_round.get(round_.id, [])
    if not found:
        return []
    return [c.heading(2, "Around this round"), tag("ul", *(c.event_line(view, e) for e in found), class_="event-lines")]


def involved(view, round_, claims, issues):
    data = round_.data
    actors = [a for d in data["delegations"] for a in [d["delegation"]] + [m["actor"] for m in d["members"]]]
    actors += data.get("hosts", []) + data.get("mediators", [])
    actors += [claim.data["speaker"] for claim in claims if "speaker" in claim.data]
    people = c.links(view, "actors", dict.fromkeys(actors))
    topics = c.links(view, "issues", issues) or "none recorded yet"
    return tag("dl", tag("div", tag("dt", "People and bodies"), tag("dd", people)),
               tag("div", tag("dt", "Issues"), tag("dd", topics)), class_="key-facts involved")
