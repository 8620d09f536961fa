"""The sections generated pages always have, by anchor, and the prefixes of the anchors they
make from an ID or a month: the renderers write their headings from here (render.layout.section),
and no record may take one of these names as its ID (check.rules.reserved_names). The titles are
in English: wherever one is shown it goes through words.t, and each is in the interface catalogues."""

SECTIONS = {
    # round pages
    "bottom-line": "The bottom line",
    "key-facts": "Key facts",
    "delegations": "Delegations",
    "by-issue": "By issue",
    "what-changed-since-the-previous-round": "What changed since the previous round",
    "the-meeting": "What the sources say of the meeting itself",
    "what-the-sources-say-of-their-size": "What the sources say of their size",
    "other-claims-about-this-round": "Other claims about this round",
    "around-this-round": "Around this round",
    # issue pages
    "how-it-moved-round-by-round": "How it moved round by round",
    "positions-side-by-side": "Positions side by side",
    "figures": "Figures",
    "commitments": "Commitments",
    "where-sources-disagree": "Where sources disagree",
    # actor pages
    "posts-over-time": "Posts over time",
    "at-the-rounds": "At the rounds",
    "what-they-said": "What they said",
    "said-on-their-behalf": "Said on their behalf",
    "what-others-said-of-them": "What others said of them",
    "issues-they-spoke-on": "Issues they spoke on",
    "sources-that-name-them": "Sources that name them",
    # every page of a record, and a claim's own page, once the record is corrected
    "corrections": "Corrections",
}
CITE = "cite"  # the 'Cite this page' block of every page (render/templates/cite.html)
# Anchors the pages make from a prefix and another ID or a month: on-<issue>, month-2025-05, ...
PREFIXES = (
    "delegation",
    "on",
    "in",
    "said",
    "for",
    "figures",
    "background",
    "status",
    "month",
    "agreed",
    "count",
    "differ",
)
