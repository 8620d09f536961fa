"""A line indented too far inside a folded text (`text: >-`) becomes part of the text: its key
is gone from the record, and the record's other checks then point elsewhere ("the claim does
not say who made it", at `kind`). A text holding ' key: ' for a key of its record that the
record lacks is named as what it most likely is."""

import re

from macros.check.record_schema import keys
from macros.check.rules.rule import Rule


def check_record(record, nodes, context):
    missing = [key for key in keys(record.collection) if key not in record.data]
    if not missing:
        return []
    swallowed = re.compile(rf"(?:^|\s)({'|'.join(map(re.escape, missing))}): ")
    return [
        record.problem(
            path,
            f"the text holds '{found.group(1)}:', a key of this record, which looks indented "
            "into the text above it",
            f"expected '{found.group(1)}:' on a line of its own, indented as the record's other keys",
        )
        for path, value in nodes
        if len(path) == 1 and isinstance(value, str) and (found := swallowed.search(value))
    ]


RULE = Rule(
    "swallowed-keys",
    "a key indented into the text above it, which swallows it",
    record=check_record,
)
