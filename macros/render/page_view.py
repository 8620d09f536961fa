"""The page being rendered: its address, and the plan of which section shows each claim in full."""

from dataclasses import dataclass, field

from macros.common import urls


@dataclass
class View:
    model: object
    url: str  # the page's own URL, e.g. "rounds/round-3/"
    homes: dict = field(
        default_factory=dict
    )  # claim ID -> the section of this page that shows it in full
    glossed: set = field(default_factory=set)  # glossary terms already explained on this page
    sources_named: set = field(default_factory=set)  # sources whose marker has said what they are

    def href(self, to_url):
        """A link from this page; to this page's own anchors it is just '#id'."""
        if to_url.startswith(self.url + "#"):
            return to_url[len(self.url) :]
        return urls.relative(self.url, to_url)

    def place(self, section, claims):
        """The plan, made before rendering: a claim's home is the first section placed that lists it."""
        for claim in claims:
            self.homes.setdefault(claim.id, section)
        return claims

    def first_placed(self, claim_ids):
        """Of these claims, the one this page shows in full first (None if it shows none)."""
        placed = set(claim_ids) & self.homes.keys()
        return next(
            (claim_id for claim_id in self.homes if claim_id in placed), None
        )  # homes keeps plan order

    def anchor(self, claim, section):
        """The id attribute for the claim in this section: its ID in its home (or wherever it shows,
        if no plan places it), else None."""
        return claim.id if self.homes.get(claim.id, section) == section else None
