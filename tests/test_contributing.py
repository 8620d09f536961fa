"""CONTRIBUTING.md cannot drift from schemas/: every key of every collection is in
its example, marked required or optional as the schema says, and every example
is a valid record."""

import re

import pytest

from macros.check import record_schema, schema_messages
from macros.cli import contributing
from macros.read import strict_yaml
from macros.read.collection_specs import COLLECTIONS

from conftest import ROOT

COMMENTED_KEY = re.compile(r"\s*# (- )?(\w+):( |$)")  # a comment's own further lines are indented
HELP = "CONTRIBUTING.md is behind schemas/: run `make contributing`, review the diff and commit it."


def examples():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert contributing.START in text and contributing.END in text, (
        "the reference markers are missing"
    )
    region = text.split(contributing.START, 1)[1].split(contributing.END, 1)[0]
    return dict(re.findall(r"^### (\w+)\n.*?```yaml\n(.*?)```", region, flags=re.S | re.M))


@pytest.mark.parametrize("collection", [c for c in COLLECTIONS], ids=lambda c: c.name)
def test_every_key_is_documented_and_marked_as_the_schema_says(collection):
    example = examples().get(collection.name)
    assert example, f"no example for {collection.name}. {HELP}"
    value, lines, problems = strict_yaml.load(example.encode("utf-8"), "CONTRIBUTING.md")
    assert not problems, problems
    assert not schema_messages.check(value, collection.schema, "CONTRIBUTING.md", lines), HELP
    text_lines = example.splitlines()
    prefix = () if collection.per_record else (0,)
    for path, _, required in record_schema.walk(record_schema.record(collection.name)):
        located = prefix + tuple(0 if part == "*" else part for part in path)
        marker = "required" if required else "optional"
        if located in lines:
            number = lines[located] - 1
        else:  # an optional key the example record leaves out is shown commented out
            assert not required, (
                f"{collection.name}: {'.'.join(path)} is not in the example. {HELP}"
            )
            number = next(
                (n for n, line in enumerate(text_lines) if commented_key(line) == path[-1]), None
            )
            assert number is not None, (
                f"{collection.name}: {'.'.join(path)} is not in the example. {HELP}"
            )
        assert marker_above(text_lines, number) == marker, (
            f"{collection.name}: {'.'.join(path)} should say {marker} in the comment above it. {HELP}"
        )


def commented_key(line):
    match = COMMENTED_KEY.match(line)
    return match and match.group(2)


def marker_above(text_lines, number):
    """'required' or 'optional' from the comment right above line `number` (0-based)."""
    for line in reversed(text_lines[:number]):
        text = line.strip()
        if not text.startswith("# ") or commented_key(line):
            return None
        if text.startswith(("# required", "# optional")):
            return text[2:].split(".")[0]
    return None


def test_the_examples_mark_a_dropped_key_as_missing():
    """The check above can fail: an example without a required key is refused."""
    example = examples()["rounds"].replace("\ncity: ", "\n# city: ")
    value, lines, _ = strict_yaml.load(example.encode("utf-8"), "CONTRIBUTING.md")
    assert schema_messages.check(value, "round.schema.json", "CONTRIBUTING.md", lines)
