"""Every ID a record names exists, in the collection that key names."""
from macros.check.rules.rule import Rule

# (collection, path to the value, collection it must name); "*" stands for every list item
ANY = "any collection"  # a correction may name a record of any kind
REFERENCES = (
    ("claims", ("speaker",), "actors"), ("claims", ("side",), "actors"),
    ("claims", ("round",), "rounds"), ("claims", ("issues", "*"), "issues"),
    ("rounds", ("hosts", "*"), "actors"), ("rounds", ("mediators", "*"), "actors"),
    ("rounds", ("agenda", "*", "issue"), "issues"),
    ("rounds", ("delegations", "*", "delegation"), "actors"), ("rounds", ("delegations", "*", "side"), "actors"),
    ("rounds", ("delegations", "*", "members", "*", "actor"), "actors"),
    ("actors", ("country",), "actors"), ("actors", ("posts", "*", "organisation"), "actors"),
    ("actors", ("posts", "*", "rounds", "*"), "rounds"),
    ("issues", ("related", "*"), "issues"),
    ("commitments", ("round",), "rounds"), ("commitments", ("issues", "*"), "issues"),
    ("commitments", ("claims", "*"), "claims"), ("commitments", ("reports", "*", "claims", "*"), "claims"),
    ("events", ("resolved_from",), "sources"), ("events", ("round",), "rounds"),
    ("events", ("actors", "*"), "actors"), ("events", ("issues", "*"), "issues"),
    ("disagreements", ("claims", "*"), "claims"), ("disagreements", ("round",), "rounds"),
    ("disagreements", ("issues", "*"), "issues"),
    ("corrections", ("record",), ANY),
)
_TARGETS = {(collection, pattern): target for collection, pattern, target in REFERENCES}
_LAST_KEYS = {pattern[-1] for _, pattern, _ in REFERENCES}  # most values (names, texts) are held under no such key


def reference_target(collection, path):
    """The collection a value at this path of a record must name (ANY for any), or None.
    Every 'source' key names a source; list positions in the path match "*"."""
    last = path[-1] if path else None
    if last == "source":
        return "sources"
    if ("*" if isinstance(last, int) else last) not in _LAST_KEYS:
        return None
    return _TARGETS.get((collection, tuple("*" if isinstance(key, int) else key for key in path)))


def check_record(record, nodes, context):
    records = context.dataset.records
    problems = []
    for path, value in nodes:
        target = reference_target(record.collection, path) if isinstance(value, str) else None
        if target == ANY and not any(value in found for found in records.values()):
            problems.append(record.problem(path, f"'{value}' is not a known ID", "expected the ID of the corrected record"))
        elif target and target != ANY and value not in records[target]:
            problems.append(record.problem(path, f"'{value}' is not a known ID in {target}",
                                           f"expected the ID of an existing record in {target}; "
                                           "check the spelling or add the record"))
    return problems


RULE = Rule("references", "an ID that names no record", record=check_record)
