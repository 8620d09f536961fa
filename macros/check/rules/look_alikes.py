"""Two records of a collection whose names, aliases or IDs read the same are reported:
a Cyrillic 'а' in a Latin name makes a second actor that no reader can tell apart.

Every text of a record (a name can stand in any of them) is also held to what the letters
of a text may be (common/letters.py), names more strictly than other texts.
"""

from macros.check.rules.rule import Rule
from macros.common.letters import EXPECTED_LETTERS, letters_problem, skeleton
from macros.read.values import as_list

NAMED_BY = (
    "name",
    "native_name",
    "term",
)  # keys holding what a record is called; also its ID and aliases


def names(record):
    """(path, text) for everything a record is called."""
    yield ("id",), record.id
    for key in NAMED_BY:
        if isinstance(record.data.get(key), str):
            yield (key,), record.data[key]
    for index, alias in enumerate(as_list(record.data.get("aliases"))):
        if isinstance(alias, str):
            yield ("aliases", index), alias


def check_record(record, nodes, context):
    """Every text of a record, not only its names: a speaker's note, a venue or a source's
    short name shows a name as much as an actor's record does."""
    return [
        record.problem(path, wrong, EXPECTED_LETTERS)
        for path, text in nodes
        if isinstance(text, str) and (wrong := letters_problem(text, _is_name(path)))
    ]


def _is_name(path):
    """A record's name, term, ID or alias (its native_name may be in any script)."""
    return bool(path) and (
        path[0] in ("id", "name", "term") and len(path) == 1 or path[0] == "aliases"
    )


def check_dataset(context):
    problems = []
    for records in context.dataset.records.values():
        seen = {}  # skeleton -> (record, path, text) that first had it
        for record in records.values():
            for path, text in names(record):
                first, first_path, first_text = seen.setdefault(
                    skeleton(text), (record, path, text)
                )
                if first is not record:
                    problems.append(
                        record.problem(
                            path,
                            f"'{text}' reads the same as '{first_text}' of "
                            f"{first.id} ({first.file}:{first.line_of(*first_path)})",
                            "expected a name that readers can tell apart; if it is the same "
                            "one, use that record, and type every letter in one alphabet",
                        )
                    )
    return problems


RULE = Rule(
    "look-alikes",
    "two records of a collection whose names, aliases or IDs read the same; a name whose "
    "letters could pass for others",
    record=check_record,
    dataset=check_dataset,
)
