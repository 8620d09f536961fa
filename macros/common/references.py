"""Which fields of a record name another record, and of which collection: read by the
reference check and by the CSV files' foreign keys."""

# (collection, path to the value, collection it must name); "*" stands for every list item
ANY = "any collection"  # a correction may name a record of any kind
REFERENCES = (
    ("claims", ("speaker",), "actors"),
    ("claims", ("side",), "actors"),
    ("claims", ("round",), "rounds"),
    ("claims", ("issues", "*"), "issues"),
    ("rounds", ("hosts", "*"), "actors"),
    ("rounds", ("mediators", "*"), "actors"),
    ("rounds", ("agenda", "*", "issue"), "issues"),
    ("rounds", ("delegations", "*", "delegation"), "actors"),
    ("rounds", ("delegations", "*", "side"), "actors"),
    ("rounds", ("delegations", "*", "members", "*", "actor"), "actors"),
    ("actors", ("country",), "actors"),
    ("actors", ("posts", "*", "organisation"), "actors"),
    ("actors", ("posts", "*", "rounds", "*"), "rounds"),
    ("issues", ("related", "*"), "issues"),
    ("commitments", ("round",), "rounds"),
    ("commitments", ("issues", "*"), "issues"),
    ("commitments", ("claims", "*"), "claims"),
    ("commitments", ("reports", "*", "claims", "*"), "claims"),
    ("events", ("resolved_from",), "sources"),
    ("events", ("round",), "rounds"),
    ("events", ("actors", "*"), "actors"),
    ("events", ("issues", "*"), "issues"),
    ("disagreements", ("claims", "*"), "claims"),
    ("disagreements", ("round",), "rounds"),
    ("disagreements", ("issues", "*"), "issues"),
    ("corrections", ("record",), ANY),
)
_TARGETS = {(collection, pattern): target for collection, pattern, target in REFERENCES}
_LAST_KEYS = {
    pattern[-1] for _, pattern, _ in REFERENCES
}  # most values (names, texts) are held under no such key


def reference_target(collection, path):
    """The collection a value at this path of a record must name (ANY for any), or None.
    Every 'source' key names a source; list positions in the path match "*"."""
    last = path[-1] if path else None
    if last == "source":
        return "sources"
    if ("*" if isinstance(last, int) else last) not in _LAST_KEYS:
        return None
    return _TARGETS.get((collection, tuple("*" if isinstance(key, int) else key for key in path)))
