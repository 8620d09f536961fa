"""One record's schema for any collection, with $refs followed, so that code
listing a collection's keys (the CSV columns, the CONTRIBUTING check) reads
them from schemas/ alone."""
import json
from functools import lru_cache
from pathlib import Path

from .collections import BY_NAME
from .loader import ROOT


@lru_cache(maxsize=None)
def _document(root, name):
    return json.loads((Path(root) / "schemas" / name).read_text(encoding="utf-8"))


def resolve(node, document, root=ROOT):
    """Follow $ref (to this document or a sibling schema file) until a plain schema."""
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        document = target or document
        node = _document(str(root), document)
        for part in filter(None, pointer.split("/")):
            node = node[part]
    return node, document


def record(collection, root=ROOT):
    """(schema of one record, the file it lives in)."""
    name = BY_NAME[collection].schema
    schema = _document(str(root), name)
    if BY_NAME[collection].per_record:
        return schema, name
    return resolve(schema["items"], name, root)


def keys(collection, root=ROOT):
    """Top-level keys of one record, in the schema's order."""
    return list(record(collection, root)[0]["properties"])


def walk(schema, document, root=ROOT, path=()):
    """(path, property schema, required) for every key at every depth; '*' marks list items."""
    schema, document = resolve(schema, document, root)
    if schema.get("type") == "array" and "items" in schema:
        yield from walk(schema["items"], document, root, path + ("*",))
        return
    required = set(schema.get("required", ()))
    for key, sub in schema.get("properties", {}).items():
        yield path + (key,), resolve(sub, document, root)[0] | _own(sub), key in required
        yield from walk(sub, document, root, path + (key,))


def _own(sub):
    """A property's own description overrides the one of the definition it refers to."""
    return {k: v for k, v in sub.items() if k != "$ref"}
