"""A few records in memory, and one rule run on them: no files, no articles unless given."""

import datetime
from pathlib import Path

from macros.check.articles import Articles
from macros.check.rules import run
from macros.check.rules.quote_lock import Lock
from macros.check.rules.rule import Context
from macros.read.collection_specs import BY_NAME, COLLECTIONS
from macros.read.loader import Dataset, Record

TODAY = datetime.date(2025, 8, 1)


def file_of(collection, data):
    spec = BY_NAME[collection]
    if spec.per_record:
        return f"{spec.folder}/{data['id']}.yaml"
    if collection == "claims":
        return f"data/claims/{data.get('round', 'context')}.yaml"
    return f"{spec.folder}/{spec.single_file}"


def dataset(**collections):
    """dataset(actors=[{...}, ...]): each record on line 1 + its position, every key on the record's line."""
    records = {c.name: {} for c in COLLECTIONS}
    for name, items in collections.items():
        for index, data in enumerate(items):
            line = index + 1
            lines = {(key,): line for key in data}
            records[name][data["id"]] = Record(
                name, data["id"], data, file_of(name, data), line, lines
            )
    return Dataset(Path("/nonexistent"), records, [])


def problems(rule, data, articles=None, lock=None, today=TODAY):
    """The problems one rule finds, as 'FILE:LINE: field: ...' strings."""
    context = Context(
        data, today, articles or Articles(Path("/nonexistent"), False), lock or Lock(False)
    )
    return [str(p) for p in run(context, (rule,))]
