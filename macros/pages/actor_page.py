"""The page of one actor: who they are, posts, delegations, what they said, the issues they spoke on.

Their claims are shown as sentences with their source markers, each linked to its evidence on the
page of its round (or the background page), where it is shown in full.
"""
from macros.render import claim_blocks as cb
from macros.render import components as c
from macros.render.html_builder import EMPTY, Html, join, table, tag

KIND_WORDS = {"person": "Person", "state": "State", "organisation": "Organisation", "body": "Body",
              "delegation": "Delegation", "media": "Media outlet"}


def build(view, actor):
    model = view.model
    said = model.claims_by_speaker.get(actor.id, [])
    behalf = [claim for claim in model.claims_by_side.get(actor.id, []) if claim.data.get("speaker") != actor.id]
    issues = list(dict.fromkeys(i for claim in said + behalf for i in claim.data.get("issues", [])))
    blocks = [who(view, actor)]
    if actor.data["kind"] == "person" or actor.data.get("posts"):
        blocks += [c.heading(2, "Posts over time"), posts(view, actor)]
    blocks += [
        c.heading(2, "At the rounds"), seats(view, actor),
        c.heading(2, "What they said"), *claims_by_round(view, said, "said", "No statement by them is recorded yet."),
    ]
    if behalf:
        blocks += [c.heading(2, "Said on their behalf"), *claims_by_round(view, behalf, "for", "")]
    blocks += [c.heading(2, "Issues they spoke on"), spoke_on(view, said + behalf, issues),
               c.heading(2, "Sources that name them"), tag("p", c.markers(view, actor.data["sources"]))]
    return actor.data["name"], blocks


def who(view, actor):
    data = actor.data
    rows = [("Kind", KIND_WORDS[data["kind"]])]
    if "native_name" in data:
        rows.append(("Native name", data["native_name"]))
    if "country" in data:
        rows.append(("Belongs to", c.actor_link(view, data["country"])))
    if "outside_articles" in data:
        rows.append((c.OUTSIDE_ARTICLES, c.rich(view, data["outside_articles"])))
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
                     c.markers(view, post["sources"])])
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
                 c.markers(view, s.delegation["sources"])] for s in found]
        return table(["Round", "For", "Members", "Sources"], rows, stacked=True, class_="delegation-seats-table")
    rows = [[c.round_link(view, s.round.id), c.actor_link(view, s.delegation["delegation"]), s.member["role"],
             s.member.get("post", "not given"), c.markers(view, s.member["sources"])]
            for s in found]
    return table(["Round", "Delegation", "Role", "Post at that round", "Sources"], rows, stacked=True, class_="seats-table")


def claims_by_round(view, claims, prefix, none_text):
    if not claims:
        return [c.empty(none_text)]
    blocks = []
    for round_, items in c.by_round(view, claims):
        blocks += [c.round_heading(view, round_, prefix=prefix), cb.mentions(view, items)]
    return blocks


def spoke_on(view, claims, issues):
    """Each issue with how many of the claims above concern it, linked to the issue's page."""
    if not issues:
        return c.empty("No position on any issue is recorded yet.")
    counts = [(issue, sum(issue in claim.data.get("issues", []) for claim in claims)) for issue in issues]
    return tag("p", join((Html("{} ({})").format(c.issue_link(view, issue), n) for issue, n in counts), ", "),
               class_="spoke-on")
