"""Problems found in contributed data, and how they are printed.

Every check appends to one list, so a contributor sees all problems in one run.
"""

from dataclasses import dataclass

MAX_PER_FILE = 50  # a file of 100,000 broken items should not print 100,000 lines


@dataclass(frozen=True, order=True)
class Problem:
    file: str  # path relative to the project root, e.g. data/claims/round-3.yaml
    line: int
    field: str  # where in the record, e.g. medinsky-bodies.sources[0].quote
    wrong: str  # what is wrong
    expected: str  # what is expected, and how to fix it

    def __str__(self):
        text = f"{self.file}:{self.line}: {self.field or '(file)'}: {self.wrong}; {self.expected}"
        return printable(text)


def printable(text):
    """The text on one line, with invisible characters shown as escapes: line breaks, control,
    format and bidi characters in a message could split it into several lines, fake a CI log
    command (`::error::`) or recolour a terminal. Python's isprintable() is False for all of them."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class DataError(Exception):
    """Raised by the build when the data has problems; carries them all."""

    def __init__(self, problems):
        self.problems = _capped(sorted(set(problems)))
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n{lines}")


def _capped(problems):
    """At most MAX_PER_FILE problems per file, then a line saying more were left out."""
    by_file = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem)
    out = []
    for file, found in by_file.items():
        out += found[:MAX_PER_FILE]
        if len(found) > MAX_PER_FILE:
            out.append(
                Problem(
                    file,
                    found[MAX_PER_FILE].line,
                    "",
                    "this file has more problems than are listed here",
                    "expected the ones above fixed first; then run the check again to see the rest",
                )
            )
    return out


def field_path(parts, id_at=None):
    """('x', 0, 'quote') -> 'x[0].quote'. In a list file, id_at(position) gives the ID
    of the item there, which contributors recognise: (2, 'quote') -> 'claim-id.quote'."""
    if (
        parts
        and isinstance(parts[0], int)
        and id_at
        and isinstance(item_id := id_at(parts[0]), str)
    ):
        parts = (item_id,) + tuple(parts[1:])
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
