"""Where each collection lives and which schema describes it.

Pages, actors, rounds and issues are one record per file (the file name is the
ID), so that a page's edit link opens exactly the record behind it. Small,
many-record collections are lists, one file each (claims: one file per round).
"""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Collection:
    name: str  # also the api/v1 file name
    folder: str  # relative to the project root
    per_record: bool  # True: one record per file named <id>.yaml
    schema: str  # file in schemas/
    most: int  # records the site takes: each is a page, a row or a card (rules/sizes.py)
    single_file: str = ""  # for list collections kept in one file

    def files(self, root: Path):
        if self.single_file:
            path = root / self.folder / self.single_file
            return [path] if path.exists() else []
        return sorted(
            (root / self.folder).glob("*.yaml"), key=lambda path: path.name
        )  # one folder: by name


DATA_FOLDERS = (
    "data",
    "seeds",
)  # where the facts live: every collection's folder is in one of them

# fmt: off
COLLECTIONS = (  # `most`: several times today's count (5 sources, 132 claims...), and no more
    Collection("sources", "seeds", True, "source.schema.json", 40),
    Collection("rounds", "data/rounds", True, "round.schema.json", 30),
    Collection("actors", "data/actors", True, "actor.schema.json", 400),
    Collection("issues", "data/issues", True, "issue.schema.json", 100),
    Collection("claims", "data/claims", False, "claims.schema.json", 1000),
    Collection("commitments", "data", False, "commitments.schema.json", 100, "commitments.yaml"),
    Collection("events", "data", False, "events.schema.json", 200, "events.yaml"),
    Collection("disagreements", "data", False, "disagreements.schema.json", 200, "disagreements.yaml"),
    Collection("glossary", "data", False, "glossary.schema.json", 100, "glossary.yaml"),
    Collection("corrections", "data", False, "corrections.schema.json", 400, "corrections.yaml"),
    Collection("redirects", "data", False, "redirects.schema.json", 400, "redirects.yaml"),  # old URL -> new
)
# fmt: on
BY_NAME = {c.name: c for c in COLLECTIONS}
