"""A strict YAML reader for contributed data.

PyYAML's own loaders coerce YAML 1.1 values (`no` becomes False, `2025-07-23` a
date), accept duplicate keys and expand aliases. Contributed data must mean
exactly what it says, so this reader builds plain values from parser events:
text stays text, only YAML 1.2 core numbers, booleans and null are converted,
anchors, aliases and tags are refused, and every value keeps its line number.
"""
import re

import yaml

from .problems import Problem, field_path

try:  # the C parser is much faster and gives the same events and marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


class _Refused(Exception):
    def __init__(self, line, field, wrong, expected):
        super().__init__(wrong)
        self.line, self.field, self.wrong, self.expected = line, field, wrong, expected


def _scalar(event):
    if event.style:  # quoted or block scalars are always text
        return event.value
    text = event.value
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


class _Builder:
    """Turns a stream of parser events into values and a {path: line} map."""

    def __init__(self, events, name):
        self.events = iter(events)
        self.name = name
        self.lines = {}
        self.duplicates = []

    def next(self):
        return next(self.events)

    def document(self):
        assert isinstance(self.next(), yaml.StreamStartEvent)
        event = self.next()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        value = self.node(self.next(), (), 0)
        self.next()  # DocumentEndEvent
        extra = self.next()
        if not isinstance(extra, yaml.StreamEndEvent):
            raise _Refused(extra.start_mark.line + 1, "", "a second YAML document starts here (---)",
                           "expected one document per file; remove the '---' line or split the file")
        return value

    def node(self, event, path, depth):
        line = event.start_mark.line + 1
        self.lines[path] = self.lines.get(path, line)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(line, path, "YAML anchors and aliases (& and *) are not allowed",
                           "expected every value written out in full")
        tag = getattr(event, "tag", None)
        if tag and tag != "!" and not getattr(event, "implicit", (True,))[0]:
            raise _Refused(line, path, f"the YAML tag {tag!r} is not allowed",
                           "expected plain values; remove the tag")
        if depth > MAX_DEPTH:
            raise _Refused(line, path, "values are nested too deeply",
                           f"expected at most {MAX_DEPTH} levels")
        if isinstance(event, yaml.ScalarEvent):
            return _scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            return self.sequence(path, depth)
        return self.mapping(path, depth)

    def sequence(self, path, depth):
        items = []
        while not isinstance(event := self.next(), yaml.SequenceEndEvent):
            items.append(self.node(event, path + (len(items),), depth + 1))
        return items

    def mapping(self, path, depth):
        result = {}
        while not isinstance(event := self.next(), yaml.MappingEndEvent):
            line = event.start_mark.line + 1
            if not isinstance(event, yaml.ScalarEvent) or not isinstance(key := _scalar(event), str):
                raise _Refused(line, path, "a key is not a plain name",
                               "expected keys such as 'id:' or 'sources:'")
            if key in result:
                self.duplicates.append((line, path + (key,), self.lines[path + (key,)]))
            self.lines[path + (key,)] = line
            result[key] = self.node(self.next(), path + (key,), depth + 1)
        return result


def _precheck(raw, name):
    """Problems with the bytes themselves, before YAML parsing."""
    if len(raw) > MAX_BYTES:
        return Problem(name, 1, "", f"the file is {len(raw):,} bytes",
                       f"expected at most {MAX_BYTES:,} bytes; split it into smaller files")
    if raw.startswith(b"\xef\xbb\xbf"):
        return Problem(name, 1, "", "the file starts with a byte-order mark",
                       "expected UTF-8 without BOM; re-save the file as plain UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        return Problem(name, line, "", f"byte 0x{raw[err.start]:02x} is not valid UTF-8",
                       "expected UTF-8 text; re-save the file as UTF-8")
    if not text.strip():
        return Problem(name, 1, "", "the file is empty",
                       "expected a record; see CONTRIBUTING.md for a complete example")
    for number, line in enumerate(text.splitlines(), 1):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            return Problem(name, number, "", "the line is indented with a tab",
                           "expected spaces only; replace the tab with spaces")
    return text


def load(raw, name):
    """Parse YAML bytes. Returns (value, {path: line}, [Problem])."""
    text = _precheck(raw, name)
    if isinstance(text, Problem):
        return None, {}, [text]
    builder = _Builder(yaml.parse(text, Loader=_Loader), name)
    try:
        value = builder.document()
    except _Refused as err:
        return None, {}, [Problem(name, err.line, field_path(err.field), err.wrong, err.expected)]
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        what = (err.problem or "the YAML cannot be read").strip()
        return None, {}, [Problem(name, line, "", f"YAML syntax: {what}",
                                  "expected valid YAML; check indentation, colons and quotes on this line or the one above")]
    problems = [_duplicate(name, *dup) for dup in builder.duplicates]
    return value, builder.lines, problems


def _duplicate(name, line, path, first):
    return Problem(name, line, field_path(path), f"the key '{path[-1]}' appears twice (first at line {first})",
                   "expected each key once; keep the right value and delete the other")
