"""Load and check all the data, as the build and `make validate` both do."""
from macros.check import rules
from macros.check.problems import DataError
from macros.read import loader


def validate(root=loader.ROOT, today=None):
    """Load and check everything. Returns the dataset; raises DataError on any problem."""
    dataset = loader.load(root)
    problems = dataset.problems + rules.check(dataset, today)
    if problems:
        raise DataError(problems)
    return dataset
