"""JSON Schema checks, with messages a non-programmer can act on.

The schemas in schemas/ are the one source of truth: editors use them for
completion, and the same files validate the data here.
"""
import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .problems import Problem, field_path

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
_TYPES = {"string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
          "array": "a list", "object": "a set of 'key: value' lines", "null": "empty"}


@lru_cache(maxsize=None)
def validator(schema_file):
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.json")}
    resources = [(name, Resource.from_contents(s)) for name, s in schemas.items()]
    resources += [(s["$id"], Resource.from_contents(s)) for s in schemas.values()]
    return Draft202012Validator(schemas[schema_file], registry=Registry().with_resources(resources))


def _kind(value):
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if value is None:
        return "empty"
    if isinstance(value, str):
        return f"the text {_short(value)}"
    return "a list" if isinstance(value, list) else "a set of keys"


def _short(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def _expected(error):
    schema = error.schema
    if "description" in schema:
        return f"expected {schema['description']}"
    if error.validator == "type":
        return f"expected {_TYPES.get(error.validator_value, error.validator_value)}"
    return f"expected {error.message}"


def _message(error):
    """(path, what is wrong, what is expected) for one jsonschema error."""
    path, value, kind = tuple(error.absolute_path), error.instance, error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        prop = error.schema.get("properties", {}).get(missing, {})
        return path + (missing,), f"the required field '{missing}' is missing", \
            f"expected {prop.get('description', 'a value')}; add '{missing}:'"
    if kind == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return path + (extra[0],), f"unknown field '{extra[0]}'", f"expected one of: {allowed}; check the spelling"
    if kind == "enum":
        return path, f"{_kind(value)} is not one of the allowed values", \
            "expected one of: " + " | ".join(map(str, error.validator_value))
    if kind == "type":
        return path, f"this is {_kind(value)}", _expected(error)
    if kind in ("minItems", "minLength") and not value:
        return path, "this is empty", _expected(error)
    if kind == "uniqueItems":
        return path, "the list names the same item twice", "expected each item once"
    return path, f"{_kind(value)} is not valid here", _expected(error)


def check(value, schema_file, file, lines):
    """Problems of one value against a schema; lines maps paths to line numbers."""
    problems = []
    for error in validator(schema_file).iter_errors(value):
        path, wrong, expected = _message(error)
        line = _line(lines, path)
        problems.append(Problem(file, line, _label(value, path), wrong, expected))
    return problems


def _line(lines, path):
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def _label(value, path):
    """Prefix list items with their ID, which contributors recognise."""
    if path and isinstance(path[0], int) and isinstance(value, list):
        item = value[path[0]] if path[0] < len(value) else None
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            return field_path((item["id"],) + path[1:])
    return field_path(path)
