"""The page of one actor: who they are, posts, delegations, what they said, positions."""
from macros.render import components as c
from macros.render.html_builder import EMPTY, Html, join, table, tag

KIND_WORDS = {"person": "Person", "state": "State", "organisation": "Organisation", "body": "Body",
              "delegation": "Delegation", "media": "Media outlet"}


def build(view, actor):
    model = view.model
    said = model.claims_by_speaker.get(actor.id, [])
    behalf = [claim for claim in model.claims_by_side.get(actor.id, []) if claim.data.get("speaker") != actor.id]
    issues = list(dict.fromkeys(i for claim in said + behalf for i in claim.data.get("issues", [])))
    view.place("said", said)  # their cards; the positions below link to them
    view.place("for", behalf)
    blocks = [who(view, actor)]
    if actor.data["kind"] == "person" or actor.data.get("posts"):
        blocks += [c.heading(2, "Posts over time"), posts(view, actor)]
    blocks += [
        c.heading(2, "At the rounds"), seats(view, actor),
        c.heading(2, "What they said"), *claims_by_round(view, said, "said", "No statement by them is recorded yet."),
    ]
    if behalf:
        blocks += [c.heading(2, "Said on their behalf"), *claims_by_round(view, behalf, "for", "")]
    blocks += [c.heading(2, "Positions by issue"), positions(view, said + behalf, issues),
               c.heading(2, "Sources that name them"), tag("p", c.source_badges(view, actor.data["sources"]))]
    return actor.data["name"], blocks, [model.name("issues", i) for i in issues]


def who(view, actor):
    data = actor.data
    rows = [("Kind", KIND_WORDS[data["kind"]])]
    if "native_name" in data:
        rows.append(("Native name", data["native_name"]))
    if "country" in data:
        rows.append(("Belongs to", c.actor_link(view, data["country"])))
    facts = (tag("div", tag("dt", k), tag("dd", v)) for k, v in rows)
    return tag("div", tag("p", c.rich(view, data["summary"]), class_="actor-summary"),
               c.also_written(data.get("aliases", [])), tag("dl", *facts, class_="key-facts"), class_="actor-intro")


def _when(post):
    """'from 1 May 2025 until 23 July 2025', either end left out where unknown."""
    approximate = post.get("approximate", False)
    ends = [Html("{} {}").format(word, c.human_date(post[key], approximate))
            for key, word in (("from", "from"), ("until", "until")) if key in post]
    return join(ends, " ") or "dates not given"


def posts(view, actor):
    rows = []
    for post in actor.data.get("posts", []):
        title = join([post["title"], tag("span", c.rich(view, post["note"]), class_="post-note") if "note" in post else EMPTY])
        rows.append([title, c.actor_link(view, post["organisation"]) if "organisation" in post else "",
                     _when(post), c.links(view, "rounds", post.get("rounds", [])),
                     c.source_badges(view, post["sources"])])
    if not rows:
        return c.empty("No post is recorded.")
    return table(["Post", "Of", "When", "Held at", "Sources"], rows, stacked=True, class_="posts-table")


def seats(view, actor):
    """The delegations they sat in; for a delegation or its state, who sat in it at each round."""
    found = view.model.delegations_by_actor.get(actor.id, [])
    if not found:
        return c.empty("Not recorded in any delegation.")
    if all(s.member is None for s in found):  # a delegation, or the state it spoke for
        rows = [[c.round_link(view, s.round.id), c.actor_link(view, s.delegation["side"]),
                 join((Html("{} ({})").format(c.actor_link(view, m["actor"]), m["role"]) for m in s.delegation["members"]), ", "),
                 c.source_badges(view, s.delegation["sources"])] for s in found]
        return table(["Round", "For", "Members", "Sources"], rows, stacked=True, class_="delegation-seats-table")
    rows = [[c.round_link(view, s.round.id), c.actor_link(view, s.delegation["delegation"]), s.member["role"],
             s.member.get("post", "not given"), c.source_badges(view, s.member["sources"])]
            for s in found]
    return table(["Round", "Delegation", "Role", "Post at that round", "Sources"], rows, stacked=True, class_="seats-table")


def claims_by_round(view, claims, prefix, none_text):
    if not claims:
        return [c.empty(none_text)]
    blocks = []
    for round_, items in c.by_round(view, claims):
        blocks += [c.round_heading(view, round_, prefix=prefix), c.claim_cards(view, items, prefix, show_round=False)]
    return blocks


def positions(view, claims, issues):
    """Issue by issue, a short link to each claim shown in full above."""
    if not issues:
        return c.empty("No position on any issue is recorded yet.")
    rows = []
    for issue in issues:
        on_issue = [claim for claim in claims if issue in claim.data.get("issues", [])]
        items = (tag("li", c.round_link(view, x.data["round"]) + ": " if "round" in x.data else EMPTY,
                     c.claim_ref(view, x)) for x in on_issue)
        rows.append([c.issue_link(view, issue), tag("ul", *items)])
    return table(["Issue", "What they said"], rows, stacked=True, class_="positions-table")
