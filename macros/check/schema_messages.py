"""A file's problems against its schema, with messages a non-programmer can act on.

The validator's own messages ('"yes" is not of type "boolean"', "is not valid under
any of the given schemas") are rewritten as: what is wrong; what is expected, and
how to fix it, from the subschema each error points to.
"""

import json
import re
from dataclasses import dataclass

from macros.check.schemas import inlined, validator
from macros.common.problems import MAX_PER_FILE, Problem, field_path
from macros.read.strict_yaml import line_at

_TYPES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a set of 'key: value' lines",
    "null": "empty",
}
_YAML11_BOOLEANS = {"yes", "no", "on", "off", "y", "n"}
_SEPARATED_NUMBER = re.compile(r"[-+]?[0-9]{1,3}([, '_][0-9]{3})+(\.[0-9]+)?")


@dataclass(frozen=True)
class _Error:
    """What the wording reads of one error: the keyword that failed, its value and the subschema holding it."""

    validator: str  # the keyword: 'type', 'required', ...
    validator_value: object
    schema: dict
    schema_path: tuple
    absolute_path: tuple  # where in the value
    instance: object
    detail: dict  # the validator's own account, e.g. {'property': 'voice'} for 'required'

    @classmethod
    def of(cls, error, schema_file):
        path = tuple(error.schema_path)
        schema = _walk(schema_file, path[:-1])
        keyword = path[-1] if path else ""
        return cls(
            keyword,
            schema.get(keyword) if isinstance(schema, dict) else None,
            schema if isinstance(schema, dict) else {},
            path,
            tuple(error.instance_path),
            error.instance,
            error.kind.as_dict(),
        )


def _repeat(items):
    """The first item listed twice (compared as JSON), or None."""
    seen = set()
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key in seen:
            return (item,)
        seen.add(key)
    return None


def _walk(schema_file, schema_path):
    """The subschema at an error's schema_path."""
    node = inlined(schema_file)
    for key in schema_path:
        node = node[key]
    return node


def _kind(value):
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if value is None:
        return "empty"
    if isinstance(value, str):
        return f"the text {_short(value)}"
    return "a list" if isinstance(value, list) else "a set of 'key: value' lines"


def _short(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def _describe(schema):
    """A subschema in words: its description, else its type, const or choices."""
    if "description" in schema:
        return schema["description"]
    if "const" in schema:
        return repr(schema["const"])
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    return _TYPES.get(schema.get("type"), "a value")


def _type_hint(value, wanted, schema):
    """How to fix the commonest type mistakes made in YAML."""
    if wanted == "string" and isinstance(value, (bool, int, float)):
        shown = str(value).lower() if isinstance(value, bool) else value
        return f'; put it in quotes, "{shown}", so that it is read as text'
    if wanted == "boolean" and isinstance(value, str) and value.lower() in _YAML11_BOOLEANS:
        return f"; write true or false ('{value}' is read as text, not as true/false)"
    if wanted == "boolean":
        return "; write true or false"
    if (
        wanted in ("number", "integer")
        and isinstance(value, str)
        and _SEPARATED_NUMBER.fullmatch(value.strip())
    ):
        return f"; write {re.sub(r'[^0-9.+-]', '', value)}, without separators, and without quotes"
    if wanted in ("number", "integer") and isinstance(value, str):
        return "; write the number alone, without quotes"
    if wanted == "array" and isinstance(value, dict):
        return "; start each item of the list with '- '"
    if wanted == "object" and isinstance(value, list):
        return "; write 'key: value' lines without a leading '- '"
    if wanted == "object" and isinstance(value, str) and len(schema.get("required", [])) == 1:
        pair = f"{schema['required'][0]}: {value[:40]}"  # e.g. a citation: '- source: izvestia'
        return f"; write it as '{pair}', or as {{{pair}}} inside [ ]"
    if wanted == "object":
        return "; write it as 'key: value' lines"
    return ""


def _type(error, path, value):
    wanted = (
        error.validator_value
        if isinstance(error.validator_value, str)
        else error.validator_value[0]
    )
    what = _TYPES.get(wanted, wanted)
    about = error.schema.get(
        "description" if path else "title"
    )  # a whole file: name the kind of record
    expected = f"expected {what}" + (f" ({about})" if about and about != what else "")
    return [(path, f"this is {_kind(value)}", expected + _type_hint(value, wanted, error.schema))]


def _required(error, path, schema_file):
    missing = error.detail["property"]
    parent, condition = tuple(error.schema_path)[:-1], ""
    if parent[-1:] == ("then",):  # if/then: the properties and the condition sit beside the 'if'
        parent = parent[:-1]
        condition = _condition(_walk(schema_file, parent).get("if", {}))
    known = missing in _walk(schema_file, parent).get("properties", {})
    about = _describe(_walk(schema_file, parent + ("properties", missing))) if known else "a value"
    return [
        (
            path + (missing,),
            f"the required field '{missing}' is missing{condition}",
            f"expected {about}; add '{missing}:'",
        )
    ]


def _condition(if_schema):
    parts = [
        f"{key} is '{sub['const']}'"
        for key, sub in if_schema.get("properties", {}).items()
        if "const" in sub
    ]
    parts += [f"'{key}' is given" for key in if_schema.get("required", [])]
    return f" (it is required when {' and '.join(parts)})" if parts else ""


def _alternatives(error, schema_file):
    options = [
        _describe(_walk(schema_file, tuple(error.schema_path) + (i,)))
        for i in range(len(error.validator_value))
    ]
    about = error.schema.get("description")
    return (f"expected {about}: " if about else "expected ") + "one of " + " | ".join(options)


def _message(error, schema_file):
    """[(path, what is wrong, what is expected)] for one error."""
    path, value, kind = tuple(error.absolute_path), error.instance, error.validator
    about = f"expected {_describe(error.schema)}"
    if kind == "required":
        return _required(error, path, schema_file)
    if kind == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        return [
            (
                path + (extra,),
                f"unknown field '{extra}'",
                f"expected one of: {allowed}; check the spelling",
            )
            for extra in sorted(set(value) - set(error.schema.get("properties", {})))
        ]
    if kind == "type":
        return _type(error, path, value)
    if kind in ("oneOf", "anyOf"):
        return [(path, f"{_kind(value)} is not valid here", _alternatives(error, schema_file))]
    if kind == "enum":
        return [
            (
                path,
                f"{_kind(value)} is not one of the allowed values",
                "expected one of: " + " | ".join(map(str, error.validator_value)),
            )
        ]
    if kind == "const":
        return [
            (
                path,
                f"{_kind(value)} is not allowed here",
                f"expected exactly {error.validator_value!r}",
            )
        ]
    if kind in ("minItems", "minLength") and not value:
        return [(path, "this is empty", about)]
    if kind == "maxLength":
        return [
            (
                path,
                f"the text is {len(value):,} characters long",
                f"expected at most {error.validator_value:,} characters ({_describe(error.schema)}); shorten it",
            )
        ]
    if kind in ("minimum", "exclusiveMinimum"):
        return [
            (
                path,
                f"the number {value} is too small",
                f"{about}; the smallest allowed is {error.validator_value}",
            )
        ]
    if kind in ("maximum", "exclusiveMaximum"):
        return [
            (
                path,
                f"the number {value} is too large",
                f"{about}; the largest allowed is {error.validator_value}",
            )
        ]
    if kind == "uniqueItems":
        return [
            (
                path,
                f"the list names {_short(_repeat(value)[0])} twice",
                "expected each item once; delete the repeat",
            )
        ]
    if kind == "pattern" and isinstance(value, str) and value != value.strip():
        return [
            (
                path,
                "the text begins or ends with a space or line break",
                f"{about}; delete it (for text over several lines write 'key: >-', not 'key: |')",
            )
        ]
    if kind == "pattern" and isinstance(value, str) and "\n" in value:
        return [
            (
                path,
                "the text has a line break in it",
                f"{about}; write it on one line, or use 'key: >-' instead of 'key: |'",
            )
        ]
    if kind == "pattern":
        return [(path, f"{_kind(value)} is not written in the expected form", about)]
    return [(path, f"{_kind(value)} is not valid here", about)]


def check(value, schema_file, file, lines):
    """Problems of one value against a schema; lines maps paths to line numbers."""
    problems = []
    for error in validator(schema_file).iter_errors(value):  # lazy: stops once enough are found
        for path, wrong, expected in _message(_Error.of(error, schema_file), schema_file):
            problems.append(
                Problem(
                    file, line_at(lines, path), field_path(path, _item_id(value)), wrong, expected
                )
            )
        if len(problems) > MAX_PER_FILE:  # DataError lists no more than that per file
            break
    return problems


def _item_id(value):
    """id_at for field_path: the ID of the list item at a position."""

    def id_at(index):
        item = value[index] if isinstance(value, list) and index < len(value) else None
        return item.get("id") if isinstance(item, dict) else None

    return id_at
