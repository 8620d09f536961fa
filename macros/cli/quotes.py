"""Check every quote against its article and record it in quotes.lock:
`python -m macros.cli.quotes` (also `make quotes`), only where the articles are present.

Commit the lock with the data: it lets `make validate` confirm the quotes on a
machine without the articles (on GitHub), where they cannot be compared.
"""

import argparse
import sys
from pathlib import Path

from macros.check import rules
from macros.check.rules import quote_lock
from macros.check.validate import schema_problems
from macros.common.problems import DataError
from macros.read import loader


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m macros.cli.quotes", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--root", type=Path, default=loader.ROOT, help="the project folder (default: this one)"
    )
    root = parser.parse_args(argv).root
    dataset = loader.load(root)
    found = rules.context(dataset)
    if not found.articles.present:
        print(
            f"{found.articles.folder} is absent: quotes can be checked only where the articles are; nothing written",
            file=sys.stderr,
        )
        return 1
    problems = (
        dataset.problems
        + schema_problems(dataset)
        + rules.run(found, (rules.article_files.RULE, rules.quotes.RULE))
    )
    if problems:
        print(
            DataError(problems),
            "\nThe lock was not written. Fix the lines above first.",
            file=sys.stderr,
        )
        return 1
    text = quote_lock.lock_text(dataset, found.articles.digests)
    (root / quote_lock.LOCK).write_text(text, encoding="utf-8")
    print(
        f"{quote_lock.LOCK}: {text.count(chr(10)) - quote_lock.HEADER.count(chr(10))} quotes checked; "
        "commit it with the data."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
