"""Check all data and written pages: `python -m macros.cli.validate` (also `make validate`).

Prints every problem as FILE:LINE: FIELD: WHAT IS WRONG; WHAT IS EXPECTED and
exits 1 if there is any, so nothing is built from broken data.
"""

import argparse
import os
import sys
import time
from pathlib import Path

from macros.check import articles, written_pages
from macros.check import translations as checked
from macros.check.rules.quote_lock import LOCK
from macros.check.validate import quotes_may_wait, validate
from macros.cli import github
from macros.common.problems import DataError
from macros.model import translated
from macros.read import loader, site_config
from macros.read.translations import fingerprint
from macros.views.page_macros import PAGE_MACROS


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m macros.cli.validate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--root", type=Path, default=loader.ROOT, help="the project folder (default: this one)"
    )
    parser.add_argument(
        "--github",
        action="store_true",
        help="also print each problem as a GitHub annotation, and the job summary to --summary",
    )
    parser.add_argument("--summary", type=Path, help="the file to append the job summary to")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        dataset = validate(args.root, quotes_may_wait=quotes_may_wait(os.environ))
        problems = []
    except DataError as err:
        dataset, problems = None, err.problems
    problems += written_pages.problems(
        site_config.docs_folder(args.root), args.root, PAGE_MACROS, dataset=dataset
    )
    waiting = dataset.waiting if dataset else []
    if args.github and problems:
        print("\n".join(github.annotation(p) for p in DataError(problems).problems))
    if args.summary:
        with open(args.summary, "a", encoding="utf-8") as handle:
            handle.write(github.summary(DataError(problems).problems, waiting))
    for problem in waiting:
        print(f"waiting: {problem}")
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
    for line in translation_lines(dataset, site_config.docs_folder(args.root)):
        print(line)
    return 0


def translation_lines(dataset, docs_dir):
    """Each edition's coverage, then each stale or orphaned translation: not a problem (the
    page shows the English, saying so), but a text to bring up to date or remove."""
    places = list(translated.places(dataset))
    lines = []
    for language, edition in dataset.editions.items():
        stale = checked.stale(dataset, edition)
        current = len(checked.current(dataset, edition))
        lines.append(f"{language}: {current} of {len(places)} texts translated, {len(stale)} stale")
        lines += [
            f"stale: {t.file}:{t.line}: {t.record}.{'.'.join(map(str, t.path))}: the English has "
            f"changed since; expected the translation updated, and "
            f'of: "{fingerprint(checked.english_of(dataset, t))}"'
            for t in stale
        ]
        lines += [
            f"orphan: {t.file}:{t.line}: {t.record}.{'.'.join(map(str, t.path))}: the English "
            f"data has no such record or text now; expected the entry moved to the record's new "
            f"ID, or removed"
            for t in checked.orphans(dataset, edition)
        ]
    lines += [
        f"stale: {name}:1: translates: the English page has changed since; expected the "
        f"translation updated, and translates: {now}"
        for name, now in checked.stale_pages(docs_dir)
    ]
    return lines


if __name__ == "__main__":
    sys.exit(main())
