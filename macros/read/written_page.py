"""A written page of docs/ read as MkDocs reads it: its front matter and the Markdown after it.

MkDocs (mkdocs/utils/meta.py) takes front matter in two forms: YAML between '---' lines,
or 'key: value' lines at the top, each of which may run on over indented lines. What it
strips is never rendered as Markdown, so a check that reads the whole file reads another
document than the build. This reader allows one form only, YAML between '---' lines read
by the strict reader (no tags, anchors or aliases), and refuses a page whose first line
MkDocs would take for a 'key: value' setting; everything else it splits exactly as MkDocs
does (tests/test_written_page_reader.py holds the two together, on generated pages).
"""

import dataclasses
import re
from dataclasses import dataclass

import yaml

from macros.common.problems import Problem
from macros.read import strict_yaml

_MKDOCS_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the one MkDocs takes
MAX_BYTES = 32 * 1024  # the longest written page is 6 KB
# MkDocs' own patterns (mkdocs/utils/meta.py, YAML_RE and META_RE)
_YAML_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
EXPECTED_FRONT = (
    "expected the page to start with its text, or with settings between two '---' lines"
)


@dataclass(frozen=True)
class WrittenPage:
    name: str  # the path, relative to the project root
    text: str  # the whole file, decoded
    meta: dict  # {key: value}, as MkDocs gives them to the page
    lines: dict  # {key: line in the file}
    body: str  # the Markdown that mkdocs-macros and Python-Markdown read
    first_line: int  # the file's line where the body starts

    def line(self, body_line):
        """The file's line of a line of the body."""
        return body_line + self.first_line - 1


def read(name, data):
    """A WrittenPage from a file's bytes, or a list of the Problems that stop it being read."""
    if len(data) > MAX_BYTES:
        return [
            Problem(
                name,
                1,
                "(file)",
                f"the page is {len(data) // 1024} KB long",
                f"expected at most {MAX_BYTES // 1024} KB; split it into pages",
            )
        ]
    try:
        text = data.decode("utf-8-sig")  # as MkDocs opens a page: a byte-order mark is dropped
    except UnicodeDecodeError as err:
        return [
            Problem(
                name,
                data[: err.start].count(b"\n") + 1,
                "(file)",
                f"the byte 0x{data[err.start]:02X} is not UTF-8",
                "expected the page saved as UTF-8",
            )
        ]
    if "\r" in text:  # MkDocs splits front matter differently around CR: one line ending only
        return [
            Problem(
                name,
                text[: text.index("\r")].count("\n") + 1,
                "(file)",
                "a carriage return (a Windows or old Mac line ending)",
                "expected lines ending in a line feed only; save the page with LF line endings",
            )
        ]
    return _split(name, text)


def _split(name, text):
    if match := _YAML_FRONT.match(text):
        return _with_yaml(name, text, match)
    first, _, rest = text.partition("\n")
    if _META_LINE.match(first):
        return [
            Problem(
                name,
                1,
                "front matter",
                "MkDocs reads a first line 'key: value' as a page setting, with the lines after it",
                EXPECTED_FRONT,
            )
        ]
    body = rest if not first.strip() else text  # MkDocs drops a blank first line
    return _page(name, text, {}, {}, body.lstrip("\n"))


def _with_yaml(name, text, match):
    source = match.group(1)
    value, lines, problems = strict_yaml.load(source.encode(), name)
    if problems:  # lines of the front matter, which starts on the file's second line
        return [
            dataclasses.replace(
                problem,
                line=problem.line + 1,
                field=f"front matter: {problem.field}" if problem.field else "front matter",
            )
            for problem in problems
        ]
    if not isinstance(value, dict):
        return [
            Problem(
                name, 2, "front matter", "the settings are not 'key: value' lines", EXPECTED_FRONT
            )
        ]
    if _as_mkdocs_reads(source) != value:
        return [
            Problem(
                name,
                2,
                "front matter",
                "MkDocs' YAML reader would read a value otherwise (as a date, a yes or a no)",
                "expected each value in quotes",
            )
        ]
    keys = {key: lines[(key,)] + 1 for key in value}
    return _page(name, text, value, keys, text[match.end() :].lstrip("\n"))


def _as_mkdocs_reads(source):
    """The front matter as MkDocs' YAML reader gives it (YAML 1.1: 'no' is False), or None where it
    fails and MkDocs would render the front matter as Markdown. The strict reader has read it
    first, so no alias or tag reaches this reader."""
    try:
        return yaml.load(source, Loader=_MKDOCS_LOADER)  # noqa: S506
    except Exception:  # noqa: BLE001 - MkDocs catches every exception here too
        return None


def _page(name, text, meta, lines, body):
    first_line = text[: len(text) - len(body)].count("\n") + 1
    return WrittenPage(name, text, meta, lines, body, first_line)
