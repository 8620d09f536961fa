"""One record's schema for any collection ($refs already inlined by schemas.py),
so that code listing a collection's keys (the CSV columns, CONTRIBUTING.md)
reads them from schemas/ alone."""

from macros.check.schema_messages import inlined
from macros.read.collection_specs import BY_NAME


def record(collection):
    """The schema of one record of the collection."""
    schema = inlined(BY_NAME[collection].schema)
    return schema if BY_NAME[collection].per_record else schema["items"]


def keys(collection):
    """Top-level keys of one record, in the schema's order."""
    return list(record(collection)["properties"])


def walk(schema, path=()):
    """(path, property schema, required) for every key at every depth; '*' marks list items."""
    if schema.get("type") == "array" and "items" in schema:
        yield from walk(schema["items"], path + ("*",))
        return
    required = set(schema.get("required", ()))
    for key, sub in schema.get("properties", {}).items():
        yield path + (key,), sub, key in required
        yield from walk(sub, path + (key,))
