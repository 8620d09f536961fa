"""The schemas in schemas/, and the validator that checks a value against one.

The schemas are the one source of truth: editors use them for completion, and the
same files validate the data here, with jsonschema-rs (schema_messages words what
it finds). jsonschema-rs reads patterns as JSON Schema says (ECMA-262: '$' is the
end of the text) and fetches nothing: each schema is handed over with its $refs inlined.
"""

import json
from functools import cache
from pathlib import Path

import jsonschema_rs

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


@cache
def schema_files():
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.json")}


@cache
def inlined(schema_file):
    """The schema with every $ref replaced by what it points to (the schemas are not recursive),
    so that an error's schema_path leads to the words of its subschema without a $ref on the way."""
    return _inline(schema_files()[schema_file], schema_file)


def _inline(node, file):
    if isinstance(node, list):
        return [_inline(item, file) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target_file, target = _target(node["$ref"], file)
        resolved = _inline(target, target_file)
        extra = {k: _inline(v, file) for k, v in node.items() if k != "$ref"}
        if (set(extra) - {"description", "title"}) & set(
            resolved
        ):  # same keyword twice: both must hold
            return {**extra, "allOf": [resolved]}
        if (
            "description" in extra and "description" in resolved
        ):  # what it is for, then how to write it
            extra["description"] = f"{extra['description']}, as {resolved['description']}"
        return {**resolved, **extra}
    out = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "dependentSchemas"):  # names -> schemas
            out[key] = {name: _inline(sub, file) for name, sub in value.items()}
        elif key in ("const", "enum", "default", "examples", "required"):  # values, not schemas
            out[key] = value
        elif key != "$defs":  # every $ref into them is inlined
            out[key] = _inline(value, file)
    return out


def _target(ref, file):
    """(file, subschema) a $ref names: 'common.schema.json#/$defs/id', or '#/$defs/id' in the same file."""
    name, _, pointer = ref.partition("#")
    node = schema_files()[name or file]
    for key in filter(None, pointer.split("/")):
        node = node[key]
    return name or file, node


@cache
def validator(schema_file):
    return jsonschema_rs.Draft202012Validator(inlined(schema_file))
