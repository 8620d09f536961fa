"""Quotes are checked wherever the build runs, through quotes.lock.

The articles are never in the repository, so where they are absent (on GitHub) a
quote cannot be compared with its article. `make quotes`, run where they are
present, writes one line per checked quote: the sha256 of its source ID and
normalised words, the sha256 of the article it was found in, and a hint for
readers. Where the articles are present, the lock must be up to date; where they
are absent, a quote the lock does not cover is refused.

The lock sits at the top of the repository, beside requirements.lock, and is
reviewed as code (SECURITY.md): anyone can compute a line for any quote from the
article's public sha256, so a lock changed by a content-only pull request would
let an unchecked quote pass. A line in seeds/ or data/ is refused as a stray file.
"""

import hashlib
from dataclasses import dataclass, field

from macros.check.articles import normalise
from macros.check.rules.quotes import citations
from macros.check.rules.rule import Rule
from macros.common.problems import Problem
from macros.read import strict_yaml
from macros.read.values import walk

LOCK = "quotes.lock"
UNCHECKED = "this quote was not checked against its article"  # may wait: check/validate.py
HEADER = (
    "# Quotes checked word for word against their articles, written by `make quotes`; do not edit.\n"
    "# sha256(source ID, newline, normalised quote)  sha256(article)  source: first words\n"
)
HINT_WORDS = 6


@dataclass
class Lock:
    present: bool  # False where there is no lock file
    entries: dict = field(default_factory=dict)  # fingerprint -> (article sha256, line)
    seen: set = field(
        default_factory=set
    )  # the fingerprints of the data's quotes, noted by check_record
    problems: list = field(default_factory=list)  # of the file itself


def fingerprint(source, quote):
    return hashlib.sha256(f"{source}\n{normalise(quote)}".encode()).hexdigest()


def hint(quote):
    words = normalise(quote).split()
    return " ".join(words[:HINT_WORDS]) + (" …" if len(words) > HINT_WORDS else "")


def lock_text(dataset, digests):
    """The lock for the data's quotes; digests: source ID -> sha256 of the article each was checked in."""
    lines = {
        f"{fingerprint(source, quote)} {digests[source]} {source}: {hint(quote)}"
        for records in dataset.records.values()
        for record in records.values()
        for _, quote, source in citations(walk(record.data))
        if source in digests
    }
    return HEADER + "".join(f"{line}\n" for line in sorted(lines))


def read(root):
    """The Lock in the project at root."""
    path = root / LOCK
    if (
        not path.is_file() or path.is_symlink()
    ):  # a link is reported by the loader, as in the rest of seeds/
        return Lock(False)
    raw = strict_yaml.read(path, LOCK)
    if isinstance(raw, Problem):
        return Lock(True, problems=[raw])
    lock = Lock(True)
    for number, line in enumerate(raw.decode("utf-8", errors="replace").split("\n"), 1):
        parts = line.split(" ", 2)
        if len(parts) == 3 and len(parts[0]) == len(parts[1]) == 64:
            lock.entries[parts[0]] = (parts[1], number)
        elif line and not line.startswith("#"):
            lock.problems.append(
                Problem(
                    LOCK,
                    number,
                    "",
                    "this line is not a quote fingerprint",
                    "expected the file exactly as `make quotes` writes it; run it again",
                )
            )
    return lock


def check_record(record, nodes, context):
    """Each quote is in the lock, found in the article the data (or, where present, the file) has now."""
    lock, articles, problems = context.lock, context.articles, []
    for path, quote, source in citations(nodes):
        key = fingerprint(source, quote)
        lock.seen.add(key)  # for check_dataset: a lock line no quote names is stale
        checked_in = lock.entries.get(key, (None,))[0]
        if not lock.present or not isinstance(source, str):
            continue  # said once below; a malformed source is the schema's
        if (
            articles.present
            and source in articles.digests
            and checked_in != articles.digests[source]
        ):
            problems.append(
                record.problem(
                    path,
                    f"this quote is not in {LOCK}",
                    "run make quotes (here the articles are present), and commit the lock",
                )
            )
        elif not articles.present and checked_in != _sha256_of(context.dataset, source):
            problems.append(
                record.problem(
                    path,
                    UNCHECKED,
                    f"run make quotes where ../shared/seeds is present, and commit {LOCK}",
                )
            )
    return problems


def _sha256_of(dataset, source):
    record = dataset["sources"].get(source)
    return record.data.get("sha256") if record else None


def check_dataset(context):
    """The lock file itself; where the articles are present, lines no quote has any more."""
    lock = context.lock
    if not lock.present:
        return [
            Problem(
                LOCK,
                1,
                "",
                "there is no lock of checked quotes",
                f"run make quotes where ../shared/seeds is present, and commit {LOCK}",
            )
        ]
    stale = sorted(line for key, (_, line) in lock.entries.items() if key not in lock.seen)
    return lock.problems + [
        Problem(
            LOCK,
            line,
            "",
            "no quote in the data has this fingerprint any more",
            "run make quotes to write the lock again, and commit it",
        )
        for line in (stale if context.articles.present else [])
    ]


RULE = Rule(
    "quote-lock",
    "a quote the lock does not cover where the articles are absent; a lock out of date",
    record=check_record,
    dataset=check_dataset,
    looks_up=True,
)
