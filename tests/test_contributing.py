"""CONTRIBUTING.md cannot drift from schemas/: every key of every collection is in
its example, marked required or optional as the schema says, and every example
is a valid record."""
import re

import pytest
from conftest import ROOT

from macros.check import record_schema, schemas
from macros.cli import contributing
from macros.read import strict_yaml
from macros.read.collection_specs import COLLECTIONS

HELP = "CONTRIBUTING.md is behind schemas/: run `make contributing`, review the diff and commit it."


def examples():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert contributing.START in text and contributing.END in text, "the reference markers are missing"
    region = text.split(contributing.START, 1)[1].split(contributing.END, 1)[0]
    return dict(re.findall(r"^### (\w+)\n.*?```yaml\n(.*?)```", region, flags=re.S | re.M))


@pytest.mark.parametrize("collection", [c for c in COLLECTIONS], ids=lambda c: c.name)
def test_every_key_is_documented_and_marked_as_the_schema_says(collection):
    example = examples().get(collection.name)
    assert example, f"no example for {collection.name}. {HELP}"
    value, lines, problems = strict_yaml.load(example.encode("utf-8"), "CONTRIBUTING.md")
    assert not problems, problems
    assert not schemas.check(value, collection.schema, "CONTRIBUTING.md", lines), HELP
    text_lines = example.splitlines()
    prefix = () if collection.per_record else (0,)
    for path, _, required in record_schema.walk(record_schema.record(collection.name)):
        located = prefix + tuple(0 if part == "*" else part for part in path)
        assert located in lines, f"{collection.name}: {'.'.join(path)} is not in the example. {HELP}"
        marker = "# required" if required else "# optional"
        assert marker in text_lines[lines[located] - 1], f"{collection.name}: {'.'.join(path)} should say {marker}. {HELP}"


def test_the_examples_mark_a_dropped_key_as_missing():
    """The check above can fail: an example without a required key is refused."""
    example = examples()["rounds"].replace("\ncity: ", "\n# city: ")
    value, lines, _ = strict_yaml.load(example.encode("utf-8"), "CONTRIBUTING.md")
    assert schemas.check(value, "round.schema.json", "CONTRIBUTING.md", lines)
