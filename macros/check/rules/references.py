"""Every ID a record names exists, in the collection that key names."""

from macros.check.rules.rule import Rule
from macros.common.references import ANY, reference_target


def check_record(record, nodes, context):
    records = context.dataset.records
    problems = []
    for path, value in nodes:
        target = reference_target(record.collection, path) if isinstance(value, str) else None
        if target == ANY and not any(value in found for found in records.values()):
            problems.append(
                record.problem(
                    path, f"'{value}' is not a known ID", "expected the ID of the corrected record"
                )
            )
        elif target and target != ANY and value not in records[target]:
            problems.append(
                record.problem(
                    path,
                    f"'{value}' is not a known ID in {target}",
                    f"expected the ID of an existing record in {target}; "
                    "check the spelling or add the record",
                )
            )
    return problems


RULE = Rule("references", "an ID that names no record", record=check_record, looks_up=True)
