"""Kinds, outcomes and derived statuses in words, with the claims each status is derived from."""

from macros.common import urls
from macros.model import statuses
from macros.render import words
from macros.render.html_builder import escape, join, link, tag
from macros.render.record_links import actor_link
from macros.render.source_markers import distinct_sources, source_link

OUTCOMES = {
    "agreement": "agreed",
    "proposal": "proposed",
    "rejection": "rejected",
    "non-outcome": "not reached",
}


KIND_WORDS = {
    "statement": "statement",
    "position": "position",
    "proposal": "proposal",
    "agreement": "agreement",
    "rejection": "rejection",
    "non-outcome": "not reached",
    "figure": "figure",
    "announcement": "announcement",
    "threat": "threat",
    "assessment": "assessment",
    "forecast": "forecast",
}


STATUS_WORDS = {
    "open": "open",
    "explained": "explained",
    "agreed": "agreed",
    "proposed": "proposed",
    "not-reached": "not reached",
    "in-progress": "in progress",
    "fulfilled": "fulfilled",
    "partly-fulfilled": "partly fulfilled",
    "disputed": "disputed",
    "not-fulfilled": "not fulfilled",
    "unknown": "not stated",
}  # disagreement statuses, and those statuses.derive() gives

# The three above are in English: each is shown through words.t, which the catalogue translates.


def outcome_word(kind):
    """An outcome claim's kind in a word: 'agreed', in the edition's language."""
    return words.t(OUTCOMES[kind])


def kind_word(kind):
    """A claim's kind in a word: 'statement', in the edition's language."""
    return words.t(KIND_WORDS[kind])


def status_word(status):
    """A status in words: 'partly fulfilled', in the edition's language (an unknown one as it is)."""
    return words.t(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def role_word(role):
    """A delegation member's role ('head', 'member', 'expert') in the edition's words."""
    return {"head": words.t("head"), "member": words.t("member"), "expert": words.t("expert")}[role]


def status_badge(status, claims=()):
    """A status as a badge; one derived from claims names them (data-claims), so that a test can
    hold every badge to the disagreements about its claims."""
    return tag(
        "span",
        status_word(status),
        class_=f"status-badge status-badge--{status}",
        data_claims=" ".join(claims) or None,
    )


def derived_status(view, derived):
    """A derived status and who reports it: 'agreed according to Izvestia', or where it is disputed,
    who says what: 'disputed — agreed according to the Q&A analysis; proposed according to Vladimir
    Medinsky in Izvestia ⚠ Sources disagree: ...'."""
    badge = status_badge(derived.status, derived.claims)
    if derived.settled:
        return join([badge, _reporters(view, derived.accounts[0])], " ")
    return join([badge, status_accounts(view, derived)], " — ")


def status_accounts(view, derived):
    """Who says what, and a link to each open disagreement about it."""
    accounts = join(
        (status_word(a.status) + " " + _reporters(view, a) for a in derived.accounts), "; "
    )
    flags = [
        link(
            view.href(urls.record_url(d)),
            words.t("⚠ Sources disagree: {question}", question=d.data["question"]),
            class_="disagreement-mark",
        )
        for d in derived.disagreements
    ]
    return tag("span", join([accounts, *flags], " "), class_="status-accounts")


def _reporters(view, account):
    """'according to the Q&A analysis, and to Vladimir Medinsky in Izvestia'; 'by ...' where they give no status."""
    if account.status == statuses.UNKNOWN:
        first, then = words.t("by"), words.t(", and by ")
    else:
        first, then = words.t("according to"), words.t(", and to ")
    who = list(dict.fromkeys(_reporter(view, claim) for claim in account.claims))
    return first + " " + join(who, escape(then))


def _reporter(view, claim):
    """'Vladimir Medinsky in Izvestia and the short report'; the sources alone where they speak for themselves."""
    where = [source_link(view, s) for s in distinct_sources(claim.data["sources"])]
    where = where[0] if len(where) == 1 else join(where[:-1], ", ") + words.t(" and ") + where[-1]
    return (
        join([actor_link(view, claim.data["speaker"]), where], escape(words.t(" in ")))
        if "speaker" in claim.data
        else where
    )


def outcome_label(view, claim):
    """An outcome claim's kind ('agreed'), followed by a disputed badge where an open disagreement covers the claim."""
    derived = statuses.derive(view.model, [claim.id])
    label = tag(
        "span",
        outcome_word(claim.data["kind"]),
        class_=f"outcome outcome--{claim.data['kind']}",
        data_claims=claim.id,
    )
    return (
        label
        if derived.settled
        else join([label, status_badge(derived.status, derived.claims)], " ")
    )
