"""Statuses are derived from claims: the rule on in-memory claims, and every page of the
built site, where nothing an open disagreement covers may show as settled."""

import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from macros.model import statuses
from macros.model.site_model import Model
from macros.read import loader
from macros.read.loader import Record


class Stub:
    """Just what derive() reads: the claims, and the disagreements by claim."""

    def __init__(self, claims, disagreements=()):
        self.claims = {
            c["id"]: Record("claims", c["id"], c, "data/claims/x.yaml", 1) for c in claims
        }
        self.disagreements_by_claim = defaultdict(list)
        for d in disagreements:
            for claim_id in d["claims"]:
                self.disagreements_by_claim[claim_id].append(
                    Record("disagreements", d["id"], d, "data/d.yaml", 1)
                )

    def __getitem__(self, collection):
        return {"claims": self.claims}[collection]


def claim(id_, kind, **extra):
    return {"id": id_, "kind": kind, "text": "t", "sources": [{"source": "izvestia"}], **extra}


AGREED, OFFERED = claim("a", "agreement"), claim("p", "proposal")
DONE, SILENT = claim("f", "statement", fulfilment="fulfilled"), claim("s", "statement")


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([AGREED], "agreed"),
        ([OFFERED], "proposed"),
        ([claim("r", "rejection")], "not-reached"),
        ([claim("n", "non-outcome")], "not-reached"),
        ([DONE], "fulfilled"),
        ([SILENT], "unknown"),
        ([SILENT, AGREED], "agreed"),  # a claim that gives no status contradicts nothing
        ([AGREED, OFFERED], "disputed"),
        ([AGREED, DONE], "disputed"),
    ],
)
def test_a_status_is_what_its_claims_say(claims, expected):
    derived = statuses.derive(Stub(claims), [c["id"] for c in claims])
    assert derived.status == expected and derived.settled == (expected != "disputed")


def test_conflicting_claims_keep_who_says_what():
    derived = statuses.derive(Stub([AGREED, SILENT, OFFERED]), ["a", "s", "p"])
    assert [(a.status, [c.id for c in a.claims]) for a in derived.accounts] == [
        ("agreed", ["a"]),
        ("proposed", ["p"]),
    ]


def test_an_open_disagreement_about_the_outcome_makes_it_disputed_and_an_explained_one_does_not():
    about = {"id": "d", "claims": ["a", "p"], "about": ["outcome", "figure"]}
    assert (
        statuses.derive(Stub([AGREED], [{**about, "status": "open"}]), ["a"]).status == "disputed"
    )
    assert (
        statuses.derive(Stub([AGREED], [{**about, "status": "explained"}]), ["a"]).status
        == "agreed"
    )


@pytest.mark.parametrize("about", [["date"], ["figure"], ["wording"], ["position"], ["assessment"]])
def test_an_open_disagreement_about_something_else_leaves_the_status_alone(about):
    """How long the meeting lasted, or what the children are called, does not dispute what was agreed."""
    disagreement = {"id": "d", "claims": ["a", "p"], "about": about, "status": "open"}
    derived = statuses.derive(Stub([AGREED], [disagreement]), ["a"])
    assert (derived.status, derived.disagreements) == ("agreed", ())


class Badges(HTMLParser):
    """Every element that names the claims its status comes from (data-claims), in page order."""

    def __init__(self):
        super().__init__()
        self.found = []  # (claim IDs, classes)

    def handle_starttag(self, name, attrs):
        attrs = dict(attrs)
        if "data-claims" in attrs:
            self.found.append((set(attrs["data-claims"].split()), attrs.get("class", "").split()))


def disputed_claims():
    """The model, and the claims an open disagreement about their outcome covers."""
    model = Model(loader.load())
    return model, {
        c
        for d in model["disagreements"].values()
        if statuses.disputes_outcome(d)
        for c in d.data["claims"]
    }


def test_no_page_shows_as_settled_what_an_open_disagreement_covers(built_site):
    model, covered = disputed_claims()
    shown = set()
    for page in built_site.rglob("*.html"):
        parser = Badges()
        parser.feed(page.read_text(encoding="utf-8"))
        found = parser.found
        for index, (claims, classes) in enumerate(found):
            if not claims & covered:
                continue
            shown |= claims & covered
            if "status-badge--disputed" in classes:
                continue
            # an outcome label ('agreed') must be followed at once by a disputed badge for the same claims
            after = found[index + 1] if index + 1 < len(found) else (set(), [])
            assert (
                "outcome" in classes and after[0] == claims and "status-badge--disputed" in after[1]
            ), (
                f"{page.relative_to(built_site)} shows {sorted(claims)} as settled ({classes}), "
                "though an open disagreement covers them"
            )
    # the assertion above is not vacuous: every disputed outcome or commitment report was seen
    outcome = {
        c
        for c in covered
        if model["claims"][c].data["kind"] in statuses.OUTCOME_OF_KIND
        and "round" in model["claims"][c].data
    }  # outcome tables are per round
    reported = {
        c
        for r in model["commitments"].values()
        for report in r.data["reports"]
        for c in report["claims"]
    }
    assert (outcome | (reported & covered)) <= shown


BADGE = re.compile(
    r'<[^<>]*class="status-badge status-badge--[^<>]*'
)  # the opening tag of each badge


def test_every_status_badge_says_what_it_is_derived_from(built_site):
    """A commitment or outcome status without data-claims would escape the test above."""
    for page in built_site.rglob("*.html"):
        for element in BADGE.findall(page.read_text(encoding="utf-8")):
            status = element.split("status-badge--")[1].split('"')[0]
            assert status in ("open", "explained") or "data-claims=" in element, (page, element)
