"""A strict YAML reader for contributed data.

PyYAML's own loaders coerce YAML 1.1 values (`no` becomes False, `2025-07-23` a
date), accept duplicate keys and expand aliases. Contributed data must mean
exactly what it says, so this reader builds plain values from parser events:
text stays text, only YAML 1.2 core numbers, booleans and null are converted,
anchors, aliases and tags are refused, and every value keeps its line number.
The parser hands over one event at a time, so an alias is refused when it is
met, before anything is expanded: an alias bomb costs nothing.
"""

import contextlib
import errno
import math
import os
import re
import stat

import yaml
from yaml import (
    AliasEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from macros.common.problems import Problem, field_path
from macros.common.text import line_problem, value_problem
from macros.read import yaml_messages

try:  # the C parser is much faster and gives the same events and marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_BYTES = 1024 * 1024
MAX_LINE = 5000  # characters; the longest text field is 2000
MAX_DEPTH = 40
# plain scalars that YAML 1.2 core reads as something other than text
_WORDS = {word: None for word in ("", "~", "null", "Null", "NULL")} | {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_INT = re.compile(r"[-+]?[0-9]+")
_NUMBER = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
)  # also matches every _INT


class _Refused(Exception):
    def __init__(self, line, field, wrong, expected):
        super().__init__(wrong)
        self.line, self.field, self.wrong, self.expected = line, field, wrong, expected


def _number(event, path):
    """A YAML 1.2 core number, or a refusal if Python cannot hold it exactly."""
    text = event.value
    try:
        value = int(text) if _INT.fullmatch(text) else float(text)
    except ValueError:  # more than 4300 digits
        value = math.inf
    if isinstance(value, float) and not math.isfinite(value):
        raise _Refused(
            event.start_mark.line + 1,
            path,
            f"the number {text[:20]}{'...' if len(text) > 20 else ''} is too large",
            "expected a number of ordinary size; if it is text, put it in quotes",
        )
    return value


def _scalar(event, path):
    if event.style:  # quoted or block scalars are always text
        return event.value
    text = event.value
    if text in _WORDS:
        return _WORDS[text]
    if _NUMBER.fullmatch(text):
        return _number(event, path)
    return text


def _checked_line(event, path):
    """The event's line; refuses aliases, anchors and tags, on keys as on values."""
    line = event.start_mark.line + 1
    if event.__class__ is AliasEvent or event.anchor:
        raise _Refused(
            line,
            path,
            "YAML anchors and aliases (& and *) are not allowed",
            "expected every value written out in full",
        )
    if getattr(event, "tag", None) is not None:
        raise _Refused(
            line,
            path,
            f"the YAML tag {event.tag!r} is not allowed",
            "expected plain values; remove the tag (the word starting with !)",
        )
    return line


@contextlib.contextmanager
def _events(source):
    """A function giving the parser's next event each time it is called (the loader's own
    get_event). The reader stops at the end of the stream, or at the first refusal; the loader
    is disposed of either way, as yaml.parse does, since the pure-Python loader holds cycles."""
    loader = _Loader(source)
    try:
        yield loader.get_event
    finally:
        loader.dispose()


class _Builder:
    """Turns a stream of parser events into values and a {path: line} map, and words every problem."""

    def __init__(self, next_event):
        self.next = next_event
        self.lines = {}
        self.problems = []  # (line, path, wrong, expected) that do not stop reading
        self.ids = {}  # list position -> the ID of the record there, to name it in messages

    def document(self):
        self.next()  # StreamStartEvent
        event = self.next()
        if event.__class__ is StreamEndEvent:
            return None
        event = self.next()
        self.lines[()] = event.start_mark.line + 1
        value = self.node(event, (), 0)
        self.next()  # DocumentEndEvent
        extra = self.next()
        if extra.__class__ is not StreamEndEvent:
            raise _Refused(
                extra.start_mark.line + 1,
                (),
                "a second YAML document starts here (---)",
                "expected one document per file; remove the '---' line or split the file",
            )
        return value

    def node(self, event, path, depth):
        """The value that starts with `event`; its line is already in self.lines."""
        line = _checked_line(event, path)
        if depth > MAX_DEPTH:
            raise _Refused(
                line,
                path[:3],
                "values are nested too deeply",
                f"expected at most {MAX_DEPTH} levels of lists and keys",
            )
        if event.__class__ is ScalarEvent:
            value = _scalar(event, path)
            if event.style == '"' and (
                found := value_problem(value)
            ):  # an escape, "\u200b"; the lines are checked
                self.problems.append((line, path, *found))
            return value
        if event.__class__ is SequenceStartEvent:
            return self.sequence(path, depth)
        return self.mapping(path, depth)

    def sequence(self, path, depth):
        items, lines, next_event = [], self.lines, self.next
        while (event := next_event()).__class__ is not SequenceEndEvent:
            child = path + (len(items),)
            lines.setdefault(
                child, event.start_mark.line + 1
            )  # a key given twice keeps its first lines
            items.append(self.node(event, child, depth + 1))
        return items

    def mapping(self, path, depth):
        result, lines, next_event, top = {}, self.lines, self.next, len(path) == 1
        while (event := next_event()).__class__ is not MappingEndEvent:
            line = _checked_line(event, path)
            key = _scalar(event, path) if event.__class__ is ScalarEvent else None
            if key.__class__ is not str or "\n" in key:
                self.refuse_key(event, key, line, path)
            child = path + (key,)
            if key in result:
                self.problems.append(
                    (
                        line,
                        child,
                        f"the key '{key}' appears twice (first at line {lines[child]})",
                        "expected each key once; keep the right value and delete the other",
                    )
                )
            lines[child] = line
            result[key] = self.node(next_event(), child, depth + 1)
            if top and key == "id" and isinstance(result[key], str):
                self.ids[path[0]] = result[key]
        return result

    @staticmethod
    def refuse_key(event, key, line, path):
        if isinstance(key, (int, float)) and not isinstance(key, bool):
            raise _Refused(
                line,
                path,
                f"the number {key} stands where a field name should be",
                "expected 'field: value'; inside { } a comma starts a new field, so write 1200, not 1,200",
            )
        shown = f" {event.value!r}" if isinstance(event, ScalarEvent) else ""
        raise _Refused(
            line,
            path,
            f"the key{shown[:40]} is not a plain name",
            "expected a field name such as 'id:' or 'sources:'",
        )

    def label(self, path):
        """'claim-id.figures[0]' for a record in a list file, as the schema messages say it."""
        return field_path(path, self.ids.get)


def line_at(lines, path, default=1):
    """The line of the value at path in a {path: line} map from load(), or of the nearest
    value that holds it (a key the data leaves out has no line of its own)."""
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, default)


def read(path, name):
    """The bytes of a data file, or a Problem. Only regular files are read, and
    never more than MAX_BYTES + 1 bytes: a symlink to /dev/zero must not hang.

    The file is opened first and asked what it is after (fstat), so nothing can take its
    place in between: O_NOFOLLOW refuses a link, O_NONBLOCK keeps a pipe from hanging the
    open."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as err:
        return _not_plain(name) if err.errno == errno.ELOOP else _unreadable(name, err)
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            return _not_plain(name)
        return os.read(
            handle, min(status.st_size, MAX_BYTES) + 1
        )  # a buffer of the file's size, not of MAX_BYTES
    except OSError as err:
        return _unreadable(name, err)
    finally:
        os.close(handle)


def _not_plain(name):
    return Problem(
        name,
        1,
        "",
        "this is not a plain file (a link, folder or device)",
        "expected an ordinary YAML file; replace the link with the file itself",
    )


def _unreadable(name, err):
    return Problem(
        name, 1, "", f"the file cannot be read ({err.strerror})", "expected a readable YAML file"
    )


def _text_problems(text, name):
    """Problems of the characters and lines, found before YAML parsing."""
    if value_problem(text) is None and (
        len(text) <= MAX_LINE or max(map(len, text.split("\n"))) <= MAX_LINE
    ):
        return []  # the common case, told without going line by line: no tab, CR or invisible character, NFC
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    name,
                    number,
                    "",
                    "the line is indented with a tab",
                    "expected spaces only; replace the tab with spaces",
                )
            )
        elif found := line_problem(line):
            problems.append(Problem(name, number, "", *found))
        elif len(line) > MAX_LINE:
            problems.append(
                Problem(
                    name,
                    number,
                    "",
                    f"the line is {len(line):,} characters long",
                    f"expected at most {MAX_LINE:,}; break it up with a folded block ('key: >-')",
                )
            )
    return problems


def _precheck(raw, name):
    """The text, or the problems of the bytes themselves."""
    if len(raw) > MAX_BYTES:
        return [
            Problem(
                name,
                1,
                "",
                f"the file is larger than {MAX_BYTES:,} bytes",
                "expected a smaller file; split it into several files",
            )
        ]
    if raw.startswith(b"\xef\xbb\xbf"):
        return [
            Problem(
                name,
                1,
                "",
                "the file starts with a byte-order mark",
                "expected UTF-8 without BOM; re-save the file as plain UTF-8",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return [
            Problem(
                name,
                line,
                "",
                f"byte 0x{raw[err.start]:02x} is not valid UTF-8",
                "expected UTF-8 text; re-save the file as UTF-8",
            )
        ]
    if not text or text.isspace():  # not text.strip(), which copies every file to answer
        return [
            Problem(
                name,
                1,
                "",
                "the file is empty",
                "expected a record; see CONTRIBUTING.md for a complete example",
            )
        ]
    return _text_problems(text, name) or text


def load(raw, name):
    """Parse YAML bytes. Returns (value, {path: line}, [Problem]); value is None when unreadable."""
    text = _precheck(raw, name)
    if isinstance(text, list):
        return None, {}, text
    with _events(text) as next_event:
        builder = _Builder(next_event)
        try:
            value = builder.document()
        except _Refused as err:
            return (
                None,
                {},
                [Problem(name, err.line, builder.label(err.field), err.wrong, err.expected)],
            )
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
            line = mark.line + 1 if mark else 1
            what = (getattr(err, "problem", None) or "the YAML cannot be read").strip()
            return (None, {}, [Problem(name, line, "", *yaml_messages.plain(what))])
    if value is None:
        return (
            None,
            {},
            [
                Problem(
                    name,
                    1,
                    "",
                    "the file holds no data (only comments, '---' or '~')",
                    "expected a record; see CONTRIBUTING.md for a complete example",
                )
            ],
        )
    problems = [
        Problem(name, line, builder.label(path), wrong, expected)
        for line, path, wrong, expected in builder.problems
    ]
    return value, builder.lines, problems
