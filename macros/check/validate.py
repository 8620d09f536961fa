"""Load and check all the data, as the build and `make validate` both do."""
import contextlib
import gc

from macros.check import rules
from macros.check.problems import DataError
from macros.read import loader


def validate(root=loader.ROOT, today=None, once=False):
    """Load and check everything. Returns the dataset; raises DataError on any problem.
    `once`: see loader.load; the rules, too, share thousands of records with a second process
    (parallel_map forks only where it is safe: never beside another thread)."""
    with _no_cycle_collection():
        dataset = loader.load(root, once)
        problems = dataset.problems + rules.check(dataset, today, parallel=once)
    if problems:
        raise DataError(problems)
    return dataset


@contextlib.contextmanager
def _no_cycle_collection():
    """Reading and checking make millions of dicts, lists and tuples, none in a cycle; the cycle
    collector would walk all of them each time enough new ones pile up (a sixth of validation's
    time at 100 times the data). Reference counting still frees whatever is dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
