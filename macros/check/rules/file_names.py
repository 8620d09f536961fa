"""A record that is one file is named after its ID; claims sit in their round's file."""

import posixpath

from macros.check.rules.rule import Rule

NAMED_BY_ID = ("sources", "rounds", "actors", "issues")


def check_record(record, nodes, context):
    stem = posixpath.splitext(posixpath.basename(record.file))[
        0
    ]  # Path(...).stem, without building a Path
    if record.collection in NAMED_BY_ID and stem != record.id:
        return [
            record.problem(
                ("id",),
                f"the ID '{record.id}' differs from the file name '{stem}.yaml'",
                f"expected the file to be named {record.id}.yaml, or the ID to be {stem}",
            )
        ]
    where = str(record.data.get("round", "context"))
    if record.collection == "claims" and stem != where:
        return [
            record.problem(
                ("round",),
                f"this claim is about '{where}' but sits in {stem}.yaml",
                f"expected it in data/claims/{where}.yaml",
            )
        ]
    return []


RULE = Rule("file-names", "a record in a file its ID or round does not name", record=check_record)
