"""A few records in memory, and one rule run on them: no files, no articles unless given."""
import copy
import datetime
from pathlib import Path
from unittest.mock import patch

from macros.check.articles import Articles
from macros.check.rules import run
from macros.check.rules.quote_lock import Lock
from macros.check.rules.rule import Context
from macros.read import parallel_map
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
            records[name][data["id"]] = Record(name, data["id"], data, file_of(name, data), line, lines)
    return Dataset(Path("/nonexistent"), records, [])


def problems(rule, data, articles=None, lock=None, today=TODAY):
    """The problems one rule finds, as 'FILE:LINE: field: ...' strings; the same, in the same
    order, when every other record is checked in a forked process, as `make validate` does
    with thousands: a record check that wrote anything its dataset check reads would differ."""
    articles, lock = articles or Articles(Path("/nonexistent"), False), lock or Lock(False)

    def found(parallel):  # each run on its own copies: what one run writes, the other must not read
        context = Context(*copy.deepcopy((data, today, articles, lock)))
        return [str(p) for p in run(context, (rule,), parallel=parallel)]
    one_process = found(parallel=False)
    if parallel_map._can_fork():
        with patch.object(parallel_map, "MIN_ITEMS", 0), patch.object(parallel_map, "_may_fork", lambda: True):
            assert found(parallel=True) == one_process
    return one_process
