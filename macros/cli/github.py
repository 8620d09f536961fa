"""Problems as GitHub Actions shows them: `FILE:LINE` annotations on the pull request's
files, and a Markdown list in the job summary. Text from the data is escaped for each:
workflow-command escapes in an annotation (so a value cannot end it or start another),
inline code without backticks in the summary (so no Markdown or HTML takes effect)."""

from macros.common.problems import printable

_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = _DATA | {":": "%3A", ",": "%2C"}


def _escaped(text, table):
    return "".join(table.get(char, char) for char in printable(text))


def annotation(problem):
    """`::error file=F,line=L,title=FIELD::WHAT; EXPECTED`, one line."""
    where = f"file={_escaped(problem.file, _PROPERTY)},line={problem.line}"
    title = _escaped(problem.field or "(file)", _PROPERTY)
    message = _escaped(f"{problem.wrong}; {problem.expected}", _DATA)
    return f"::error {where},title={title}::{message}"


def inline_code(text):
    """Text as one line of inline code; its backticks made quotes."""
    flat = " ".join(printable(text).split()).replace("`", "'")
    return f"`{flat}`" if flat else "(empty)"


def summary(problems, waiting=()):
    """The job summary: each problem on a line, then the quotes waiting for a maintainer."""
    lines = ["## Data check", ""]
    if problems:
        lines += [f"{len(problems)} problem(s); nothing is built until each is fixed:", ""]
        lines += [
            f"- {inline_code(f'{p.file}:{p.line}')} "
            + inline_code(f"{p.field or '(file)'}: {p.wrong}; {p.expected}")
            for p in problems
        ]
    else:
        lines.append("No problems.")
    if waiting:
        lines += ["", WAITING, ""]
        lines += [f"- {inline_code(f'{p.file}:{p.line}')} {inline_code(p.field)}" for p in waiting]
    return "\n".join(lines) + "\n"


WAITING = (
    "**Waiting for a maintainer:** these quotes are new. The articles are not on GitHub, so "
    "no machine here can check them word for word; a maintainer who has them runs "
    "`make quotes` and commits `quotes.lock`. Until then the site is not published with them."
)
