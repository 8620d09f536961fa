"""Each wording a record has had, from the git history: what a citer saw, kept after it changes.

A claim's wording is its text; a round's, actor's or issue's is its summary (WORDED). One
`git log --raw` lists the versions of their files, one `git cat-file --batch` reads them, each
distinct version once, with the strict reader. A record's wordings are its distinct texts in
order of first appearance, each with the commit and day of it. Without git (a tarball) there
is no history, and each record has its present wording only.
"""

from dataclasses import dataclass

from macros.read import strict_yaml
from macros.read.history import clean_time, git

WORDED = {"claims": "text", "rounds": "summary", "actors": "summary", "issues": "summary"}
_NO_BLOB = "0" * 40  # a deleted file


@dataclass(frozen=True)
class Wording:
    text: str
    sha: str  # the commit it first appeared in
    day: str  # YYYY-MM-DD

    @property
    def version(self):
        return self.sha[:12]


def read(root):
    """{(collection, ID): [Wording], oldest first}, from the history of the WORDED folders."""
    folders = [f"data/{collection}" for collection in WORDED]
    log = git(
        root, "log", "--reverse", "--format=%x00%H %cI", "--raw", "--no-abbrev", "--", *folders
    )
    log = log.decode("utf-8", errors="replace")
    versions = list(_versions(log))
    blobs = _contents(root, [blob for _, _, blob, _ in versions])
    found = {}
    for sha, day, blob, collection in versions:
        value, _, _ = strict_yaml.load(blobs.get(blob, b""), blob)
        field = WORDED[collection]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and isinstance(item.get(field), str):
                key = (collection, str(item.get("id")))
                _add(found.setdefault(key, []), Wording(item[field], sha, day))
    return found


def _add(wordings, wording):
    """A text not seen before (a claim moved between files appears in both for a while)."""
    if all(earlier.text != wording.text for earlier in wordings):
        wordings.append(wording)


def _versions(log):
    """(commit, day, blob, collection) for each file of the folders a commit wrote, in commit order."""
    for entry in log.split("\x00")[1:]:
        header, _, raw = entry.partition("\n")
        sha, _, time = header.partition(" ")
        day = clean_time(time)
        for line in raw.splitlines():
            fields = line.split()
            collection = _collection(fields[-1]) if len(fields) >= 6 else None
            if day and collection and fields[3] != _NO_BLOB:
                yield sha, day, fields[3], collection


def _collection(path):
    """'claims' for data/claims/round-1.yaml; None for a file outside the WORDED folders."""
    parts = path.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == "data" and parts[1] in WORDED else None


def _contents(root, blobs):
    """{blob: bytes}, each read once through one `git cat-file --batch`."""
    wanted = list(dict.fromkeys(blobs))
    out = git(root, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in wanted).encode())
    found, at = {}, 0
    for blob in wanted:
        header_end = out.find(b"\n", at)
        if header_end < 0:
            break
        parts = out[at:header_end].split()
        if len(parts) != 3:  # '<blob> missing'
            at = header_end + 1
            continue
        size = int(parts[2])
        found[blob] = out[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
    return found
