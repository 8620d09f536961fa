"""The schemas in schemas/ and the quick check of a file against them.

The schemas are the one source of truth: editors use them for completion, and the
same files validate the data here. Nearly every file is valid, and jsonschema-rs, in
Rust, tells so in a fraction of what jsonschema takes; a file it refuses goes to
schema_messages, whose jsonschema words each problem. tests/test_properties.py holds
the two to the same verdicts.
"""
import json
from functools import lru_cache
from pathlib import Path

import jsonschema_rs

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


@lru_cache(maxsize=None)
def schema_files():
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.json")}


@lru_cache(maxsize=None)
def _quick(schema_file):
    """jsonschema-rs for one schema, the others at hand for its $refs. Offline: a $ref to
    anything else fails here rather than being fetched."""
    registry = jsonschema_rs.Registry([(schema["$id"], schema) for schema in schema_files().values()])
    return jsonschema_rs.Draft202012Validator(schema_files()[schema_file], registry=registry, offline=True)


def is_valid(value, schema_file):
    try:
        return _quick(schema_file).is_valid(value)
    except Exception:  # noqa: BLE001 - any doubt goes to jsonschema, which says what is wrong
        return False


def check(value, schema_file, file, lines):
    """The problems of a file is_valid refused (schema_messages.check). Imported here, when a
    file has a problem: jsonschema takes 0.08 s of every start-up to import, mostly for nothing."""
    from macros.check import schema_messages
    return schema_messages.check(value, schema_file, file, lines)
