"""Load and check all the data, as the build and `make validate` both do."""

from macros.check import rules, schema_messages
from macros.check import translations as translated
from macros.check.rules import quote_lock
from macros.common.problems import DataError
from macros.read import loader, translations


def validate(root=loader.ROOT, today=None, quotes_may_wait=False):
    """Load and check everything. Returns the dataset; raises DataError on any problem.

    quotes_may_wait: where the articles are absent (GitHub), a new quote can be checked only
    by a maintainer who has them; on a pull request it waits for that check (listed in
    dataset.waiting) instead of failing the contributor's change. Elsewhere it refuses."""
    dataset = loader.load(root)
    problems = dataset.problems + schema_problems(dataset) + rules.check(dataset, today)
    if not problems:  # a translation is checked against records that read well
        dataset.editions = {lang: translations.read(root, lang) for lang in translations.LANGUAGES}
        problems += [
            p
            for edition in dataset.editions.values()
            for p in translated.problems(dataset, edition)
        ]
    if quotes_may_wait:
        dataset.waiting = [p for p in problems if p.wrong == quote_lock.UNCHECKED]
        problems = [p for p in problems if p.wrong != quote_lock.UNCHECKED]
    if problems:
        raise DataError(problems)
    return dataset


def quotes_may_wait(environ):
    """QUOTES_MAY_WAIT=1 is set by CI on a pull request only (.github/workflows/check.yml);
    content cannot set it."""
    return environ.get("QUOTES_MAY_WAIT") == "1"


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
