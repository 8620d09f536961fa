"""Load and check all the data, as the build and `make validate` both do."""

from macros.check import rules, schema_messages
from macros.common.problems import DataError
from macros.read import loader


def validate(root=loader.ROOT, today=None):
    """Load and check everything. Returns the dataset; raises DataError on any problem."""
    dataset = loader.load(root)
    problems = dataset.problems + schema_problems(dataset) + rules.check(dataset, today)
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
