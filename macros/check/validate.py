"""Load and check all the data, as the build and `make validate` both do."""

from macros.check import rules, schema_messages
from macros.common.problems import DataError
from macros.read import loader


def validate(root=loader.ROOT, today=None):
    """Load and check everything. Returns the dataset; raises DataError on any problem.

    The rules compare records across files, so while a file cannot be read they would
    report what follows from its absence (every ID it holds unknown, every quote it holds
    missing from quotes.lock), burying the one slip that matters: they wait until it reads."""
    dataset = loader.load(root)
    unreadable = any(file.value is None for file in dataset.files)
    problems = dataset.problems + schema_problems(dataset)
    problems += [] if unreadable else rules.check(dataset, today)
    if problems:
        raise DataError(problems)
    return dataset


def schema_problems(dataset):
    """Each readable file against its collection's schema."""
    return [
        problem
        for file in dataset.files
        if file.value is not None
        for problem in schema_messages.check(
            file.value, file.collection.schema, file.name, file.lines
        )
    ]
