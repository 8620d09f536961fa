"""The validated data with the indexes pages need, built once per build.

Lookups go through dictionaries made here, never through scans inside a page,
so that build time grows with the data, not with its square.
"""
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Model:
    dataset: object
    claims_by_round: dict = field(default_factory=lambda: defaultdict(list))
    claims_by_issue: dict = field(default_factory=lambda: defaultdict(list))
    claims_by_speaker: dict = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self):
        for claim in self.dataset["claims"].values():
            data = claim.data
            if "round" in data:
                self.claims_by_round[data["round"]].append(claim)
            for issue in data.get("issues", []):
                self.claims_by_issue[issue].append(claim)
            if "speaker" in data:
                self.claims_by_speaker[data["speaker"]].append(claim)

    def __getitem__(self, collection):
        return self.dataset[collection]

    def rounds(self):
        return sorted(self.dataset["rounds"].values(), key=lambda r: r.data["number"])

    def name(self, collection, id_):
        record = self.dataset[collection].get(id_)
        return record.data.get("name", id_) if record else id_
