"""Limits on the shape of a written page, checked before Python-Markdown reads it.

Python-Markdown's cost grows faster than the page for a few shapes: brackets in one
paragraph (a thousand '[' take a tenth of a second, twelve thousand half a minute),
lists or quotes nested hundreds deep (it recurses, and fails), long runs of spaces,
headings (toc numbers repeats one by one), and tables, whose rows it pads to the
header's columns (a 32 KB table made a 50 MB page).
The site's pages are far from each limit (the longest line is 241 characters, the
most brackets in a paragraph 14), so a page beyond one is refused before it is read,
which keeps the check of any page, and the build, short.
"""

import re

from macros.common.problems import Problem

MAX_LINE = 1000  # characters
MAX_SPACES = 24  # in a row: indentation for six levels of lists, or alignment
MAX_NESTING = 4  # quote and list markers opening one line
MAX_BRACKETS = 100  # '[' in one paragraph
MAX_PAGE_BRACKETS = 500  # '[' in a page: each costs Python-Markdown a scan of what follows
MAX_TAGS = 500  # '<' in a page
MAX_COLUMNS = 20  # '|' in a line: the tables extension pads every row to its header's columns
MAX_TABLE_LINES = 200  # lines holding '|'
MAX_HEADINGS = 200  # Python-Markdown's toc gives a repeated heading its id in time that grows with their number

_SPACES = re.compile(f"[ ]{{{MAX_SPACES + 1},}}")
_MARKERS = re.compile(r"[ ]*(?:(?:[>*+-]|\d{1,9}[.)])(?:[ ]+|$))+")
_MARKER = re.compile(r"[>*+-]|\d{1,9}[.)]")
_HEADING = re.compile(r"[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)", re.M)  # or a rule
EXPECTED = "expected a page of ordinary shape"


def problems(page):
    """The first problem of each kind in the page's body, with its line in the file."""
    lines = page.body.split("\n")
    found = [
        _first(page, lines, _long, f"expected at most {MAX_LINE} characters a line"),
        _first(page, lines, _spaced, f"expected at most {MAX_SPACES} spaces in a row"),
        _first(page, lines, _nested, f"expected at most {MAX_NESTING} levels of lists and quotes"),
        _first(page, lines, _columns, f"expected at most {MAX_COLUMNS} columns in a table"),
        _brackets(page, lines),
        _counted(page, page.body.count("["), "'['", MAX_PAGE_BRACKETS, "split the page"),
        _counted(page, page.body.count("<"), "'<'", MAX_TAGS, "write Markdown rather than tags"),
        _counted(
            page,
            len(_HEADING.findall(page.body)),
            "headings or rules",
            MAX_HEADINGS,
            "split the page",
        ),
        _counted(
            page, sum("|" in line for line in lines), "lines with '|'", MAX_TABLE_LINES, "split it"
        ),
    ]
    return [problem for problem in found if problem]


def _first(page, lines, wrong_in, expected):
    for number, line in enumerate(lines, 1):
        if wrong := wrong_in(line):
            return Problem(page.name, page.line(number), "(shape)", wrong, expected)
    return None


def _long(line):
    return f"the line is {len(line):,} characters long" if len(line) > MAX_LINE else None


def _spaced(line):
    return "a long run of spaces" if _SPACES.search(line) else None


def _nested(line):
    markers = _MARKERS.match(line)
    count = len(_MARKER.findall(markers.group())) if markers else 0
    return f"{count} list or quote markers open the line" if count > MAX_NESTING else None


def _columns(line):
    count = line.count("|")
    return f"the line holds {count} '|'" if count > MAX_COLUMNS else None


def _brackets(page, lines):
    """The first paragraph (lines between blank ones) with more than MAX_BRACKETS '['."""
    count, start = 0, 1
    for number, line in enumerate(lines, 1):
        if not line.strip():
            count, start = 0, number + 1
            continue
        count += line.count("[")
        if count > MAX_BRACKETS:
            return Problem(
                page.name,
                page.line(start),
                "(shape)",
                f"the paragraph holds more than {MAX_BRACKETS} '['",
                f"{EXPECTED}: split the paragraph",
            )
    return None


def _counted(page, count, what, most, instead):
    if count <= most:
        return None
    return Problem(
        page.name,
        page.line(1),
        "(shape)",
        f"the page holds {count:,} {what}",
        f"expected at most {most:,}; {instead}",
    )
