"""Check all data and written pages: `python -m macros.cli.validate` (also `make validate`).

Prints every problem as FILE:LINE: FIELD: WHAT IS WRONG; WHAT IS EXPECTED and
exits 1 if there is any, so nothing is built from broken data.
"""

import argparse
import sys
import time
from pathlib import Path

from macros.check import articles, written_pages
from macros.check.rules.quote_lock import LOCK
from macros.check.validate import validate
from macros.common.problems import DataError
from macros.read import loader, site_config
from macros.views.page_macros import PAGE_MACROS


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m macros.cli.validate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--root", type=Path, default=loader.ROOT, help="the project folder (default: this one)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        dataset, problems = validate(args.root), []
    except DataError as err:
        dataset, problems = None, err.problems
    problems += written_pages.problems(
        site_config.docs_folder(args.root), args.root, PAGE_MACROS, dataset=dataset
    )
    if problems:
        print(DataError(problems), file=sys.stderr)
        print(
            "Nothing was built. Fix the lines above, then run `make validate` again.",
            file=sys.stderr,
        )
        return 1
    found = articles.read(dataset)
    if not found.present:
        print(
            f"note: the articles are absent from {found.folder}: each quote was confirmed "
            f"from {LOCK}, written where they are present; sha256 were not checked"
        )
    counts = ", ".join(f"{name}: {len(records)}" for name, records in dataset.records.items())
    print(f"data OK: {counts} ({time.perf_counter() - started:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
