"""The validated data with the indexes pages need, built once per build.

Lookups go through dictionaries made here, never through scans inside a page,
so that build time grows with the data, not with its square.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from macros.common import urls
from macros.common.site import Site
from macros.model import mentions
from macros.read.wordings import WORDED


@dataclass
class Model:
    dataset: object
    site: Site = Site()  # where the site lives and what it is built from
    claims_by_round: dict = field(default_factory=lambda: defaultdict(list))
    claims_by_issue: dict = field(default_factory=lambda: defaultdict(list))
    claims_by_speaker: dict = field(default_factory=lambda: defaultdict(list))
    claims_by_side: dict = field(default_factory=lambda: defaultdict(list))  # see side_of
    disagreements_by_claim: dict = field(default_factory=lambda: defaultdict(list))
    disagreements_by_issue: dict = field(default_factory=lambda: defaultdict(list))
    commitments_by_round: dict = field(default_factory=lambda: defaultdict(list))
    commitments_by_issue: dict = field(default_factory=lambda: defaultdict(list))
    events_by_round: dict = field(default_factory=lambda: defaultdict(list))
    delegations_by_actor: dict = field(default_factory=lambda: defaultdict(list))  # -> [Seat]
    side_of_delegation: dict = field(default_factory=dict)  # delegation actor ID -> state ID
    glossary: dict = field(default_factory=dict)  # term -> its glossary record's data
    glossary_terms: tuple = ()  # the terms, sorted: one key for the compiled pattern's cache
    ordered_rounds: list = field(default_factory=list)  # by number; see rounds()
    page_record_by_file: dict = field(
        default_factory=dict
    )  # data file -> the round, actor or issue it holds
    previous: dict = field(default_factory=dict)  # round ID -> the round before it, or None
    claims_naming: dict = field(default_factory=dict)  # actor ID -> claims whose text names them
    corrections_by_record: dict = field(default_factory=lambda: defaultdict(list))  # oldest first
    live_claims: dict = field(
        default_factory=dict
    )  # every claim but the withdrawn: model["claims"]
    withdrawn: dict = field(default_factory=dict)  # ID -> a withdrawn claim, shown on its page only
    wordings: dict = field(
        default_factory=dict
    )  # (collection, ID) -> [read.wordings.Wording], oldest first
    english: object = None  # the data in English, as committed, in another edition; else None

    def wordings_of(self, record):
        """A record's committed wordings (a claim's text, a page record's summary), oldest first,
        the last being its present one; none where the history does not hold the present one
        (no git, or a change not committed) or the record has no summary."""
        written = (self.english or self.dataset)[record.collection][record.id]
        present = written.data.get(WORDED.get(record.collection))
        found = self.wordings.get((record.collection, record.id), [])
        now = [w for w in found if w.text == present]
        return [w for w in found if w.text != present] + now if now else []

    def __post_init__(self):
        for claim in self.dataset["claims"].values():
            (self.withdrawn if "withdrawn" in claim.data else self.live_claims)[claim.id] = claim
        self.ordered_rounds = sorted(
            self.dataset["rounds"].values(), key=lambda r: r.data["number"]
        )
        self.page_record_by_file = {r.file: r for c in urls.PAGE for r in self.dataset[c].values()}
        for claim in self["claims"].values():
            data = claim.data
            if "round" in data:
                self.claims_by_round[data["round"]].append(claim)
            for issue in data.get("issues", []):
                self.claims_by_issue[issue].append(claim)
            if "speaker" in data:
                self.claims_by_speaker[data["speaker"]].append(claim)
        for disagreement in self.dataset["disagreements"].values():
            self._index_disagreement(disagreement)
        for commitment in self.dataset["commitments"].values():
            self.commitments_by_round[commitment.data["round"]].append(commitment)
            for issue in commitment.data.get("issues", []):
                self.commitments_by_issue[issue].append(commitment)
        for event in self.dataset["events"].values():
            if "round" in event.data:
                self.events_by_round[event.data["round"]].append(event)
        ordered = self.rounds()
        for before, round_ in zip([None] + ordered, ordered, strict=False):
            self.previous[round_.id] = before
            self._index_delegations(round_)
        self.glossary = {g.data["term"]: g.data for g in self.dataset["glossary"].values()}
        self.glossary_terms = tuple(sorted(self.glossary))
        for claim in self["claims"].values():  # after the delegations, which give sides
            side = self.side_of(claim)
            if side:
                self.claims_by_side[side].append(claim)
        self.claims_naming = mentions.claims_naming(self.dataset["actors"], self["claims"])
        for correction in sorted(
            self.dataset["corrections"].values(), key=lambda c: c.data["date"]
        ):
            self.corrections_by_record[correction.data["record"]].append(correction)

    def _index_disagreement(self, disagreement):
        """By claim, and by issue: its own issues and those of the claims it sets side by side."""
        issues = list(disagreement.data.get("issues", []))
        for claim_id in disagreement.data["claims"]:
            self.disagreements_by_claim[claim_id].append(disagreement)
            claim = self["claims"].get(claim_id)
            issues += claim.data.get("issues", []) if claim else []
        for issue in dict.fromkeys(issues):
            self.disagreements_by_issue[issue].append(disagreement)

    def _index_delegations(self, round_):
        for delegation in round_.data["delegations"]:
            self.side_of_delegation[delegation["delegation"]] = delegation["side"]
            for whole in (
                delegation["delegation"],
                delegation["side"],
            ):  # the delegation and the state it speaks for
                self.delegations_by_actor[whole].append(Seat(round_, delegation, None))
            for member in delegation["members"]:
                self.delegations_by_actor[member["actor"]].append(Seat(round_, delegation, member))

    def source_url(self, record):
        """The record's first line in the repository, for 'Correct' links; None where unknown."""
        return (
            f"{self.site.source_base}{record.file}#L{record.line}"
            if self.site.source_base
            else None
        )

    def __getitem__(self, collection):
        """A collection's records; for claims, those not withdrawn (every page but a withdrawn
        claim's own reads these; the published data reads the dataset's, withdrawn ones too)."""
        return self.live_claims if collection == "claims" else self.dataset[collection]

    def rounds(self):
        """The rounds in number order, sorted once per build (read it, don't change it)."""
        return self.ordered_rounds

    def name(self, collection, id_):
        record = self.dataset[collection].get(id_)
        return record.data.get("name", id_) if record else id_

    def side_of(self, claim):
        """The state a claim speaks for: its side, else its speaker's state, else None. An outlet
        speaking in its own voice speaks for no state, whatever its country: its narration is not
        a party's position."""
        data = claim.data
        actor_id = data.get("side") or data.get("speaker")
        if actor_id is None:
            return None
        actor = self.dataset["actors"].get(actor_id)
        if actor is not None and actor.data["kind"] == "state":
            return actor_id
        if actor is not None and actor.data["kind"] == "media":
            return None
        if actor_id in self.side_of_delegation:
            return self.side_of_delegation[actor_id]
        return actor.data.get("country") if actor is not None else None


@dataclass(frozen=True)
class Seat:
    """One actor's place at one round: in a delegation (member is None for the delegation itself)."""

    round: object
    delegation: dict
    member: dict = None
