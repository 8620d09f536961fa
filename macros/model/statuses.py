"""Statuses derived from the claims that report them, never typed by hand.

A commitment's status report names claims; each claim says one thing about it:
its kind (an agreement: agreed; a proposal: proposed, offered but not agreed; a
rejection or a non-outcome: not reached) or, for a claim about carrying out an
earlier agreement, its `fulfilment` (fulfilled, in progress, ...). A claim that
says neither leaves the status unknown. Where the claims say different things,
or an open disagreement about the outcome covers any of them, the status is
disputed, and keeps who says what so that a page can show it. A disagreement
about something else (a date, a figure, a wording) leaves the status alone: the
meeting's length does not make its agreements uncertain.
"""

from dataclasses import dataclass

OUTCOME_OF_KIND = {
    "agreement": "agreed",
    "proposal": "proposed",
    "rejection": "not-reached",
    "non-outcome": "not-reached",
}
UNKNOWN = "unknown"  # the claims report it without saying whether it was agreed or carried out
DISPUTED = "disputed"
OUTCOME = (
    "outcome"  # what a disagreement is about when it disputes whether something was agreed or done
)


@dataclass(frozen=True)
class Account:
    """What some of the claims say: one status, and the claims that say it."""

    status: str
    claims: tuple  # claim Records


@dataclass(frozen=True)
class Status:
    status: (
        str  # agreed | proposed | not-reached | fulfilled | in-progress | ... | unknown | disputed
    )
    claims: tuple  # the claim IDs it is derived from
    accounts: tuple  # one Account per status the claims give, in the order named (unknown only if none gives one)
    disagreements: tuple  # open disagreements about the outcome that cover any of the claims

    @property
    def settled(self):
        return self.status != DISPUTED


def claim_status(claim):
    """What one claim says of an agreement: its fulfilment, else what its kind means, else unknown."""
    return claim.data.get("fulfilment") or OUTCOME_OF_KIND.get(claim.data["kind"], UNKNOWN)


def disputes_outcome(disagreement):
    """Whether an open disagreement makes the status of the claims it covers disputed."""
    return disagreement.data["status"] == "open" and OUTCOME in disagreement.data["about"]


def derive(model, claim_ids):
    """The status the named claims give, disputed where they conflict or an open disagreement about
    the outcome covers one."""
    claims = [model["claims"][i] for i in claim_ids]
    grouped = {}
    for claim in claims:
        grouped.setdefault(claim_status(claim), []).append(claim)
    said = {
        status: found for status, found in grouped.items() if status != UNKNOWN
    }  # silence contradicts nothing
    accounts = tuple(Account(status, tuple(found)) for status, found in (said or grouped).items())
    covering = {
        d.id: d
        for i in claim_ids
        for d in model.disagreements_by_claim.get(i, [])
        if disputes_outcome(d)
    }
    open_ = tuple(covering.values())
    status = DISPUTED if open_ or len(accounts) > 1 else accounts[0].status
    return Status(status, tuple(claim_ids), accounts, open_)


def reports(model, commitment):
    """[(report, Status)] for a commitment's status reports, oldest first."""
    return [(report, derive(model, report["claims"])) for report in commitment.data["reports"]]


def latest(model, commitment):
    """The newest report and its Status."""
    report = commitment.data["reports"][-1]
    return report, derive(model, report["claims"])
