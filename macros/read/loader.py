"""Read data/ and seeds/ into records that remember where they came from."""
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from macros.check import schemas
from macros.check.problems import Problem, field_path
from macros.read import parallel_map, strict_yaml
from macros.read.collection_specs import BY_NAME, COLLECTIONS, DATA_FOLDERS

ROOT = Path(__file__).resolve().parents[2]  # the project folder
_KNOWN_EXTRAS = {"README.md"}


@dataclass
class Record:
    collection: str
    id: str
    data: dict
    file: str  # relative to the project root
    line: int  # where the record starts
    lines: dict = field(repr=False, default_factory=dict)  # path within the record -> line

    def line_of(self, *path):
        return strict_yaml.line_at(self.lines, path, self.line)

    def label(self, *path):
        """The field as contributors read it: 'key' in a record's own file, 'id.key' in a list file."""
        return field_path(path if BY_NAME[self.collection].per_record else (self.id,) + path)

    def problem(self, path, wrong, expected):
        """A Problem at a path within this record."""
        return Problem(self.file, self.line_of(*path), self.label(*path), wrong, expected)


@dataclass
class Dataset:
    root: Path
    records: dict  # collection name -> {id: Record}, in file order
    problems: list

    def __getitem__(self, collection):
        return self.records[collection]


def load(root=ROOT, once=False):
    """Read and schema-check every collection; semantic checks come later. `once`: for a process
    that reads the data once and ends (make validate): thousands of files are read in two
    processes (parallel_map), and no parse cache is kept, which pays only when a process reads again."""
    root = Path(root)
    records = {c.name: {} for c in COLLECTIONS}
    files = {c: c.files(root) for c in COLLECTIONS}
    problems = _stray_files(root, {p for paths in files.values() for p in paths}) if (root / "data").is_dir() else [
        Problem("data", 1, "", f"there is no data folder in {root}", "expected --root to name the project folder")]
    project = root.resolve()
    # a folder reached through a link is never read: _stray_files reports the link
    jobs = [(c, path) for c, paths in files.items() if (root / c.folder).resolve().is_relative_to(project) for path in paths]
    read = partial(_read_file, cache=not once)
    found = parallel_map.mapped(read, jobs) if once else [read(job) for job in jobs]
    for (collection, _), (name, parsed) in zip(jobs, found):
        problems += _add_records(collection, name, parsed, records[collection.name])
    return Dataset(root, records, problems)


def _read_file(job, cache):
    """(file name, (value, _FileLines, [Problem])) for a (collection, path); value None if unreadable."""
    collection, path = job
    name = f"{collection.folder}/{path.name}"  # every file of a collection is in its folder
    raw = strict_yaml.read(path, name)
    return name, (None, None, [raw]) if isinstance(raw, Problem) else _parsed(name, raw, collection.schema, cache)


def _add_records(collection, name, parsed, into):
    """Adds the file's records to `into`; returns its problems, duplicate IDs included."""
    value, lines, problems = parsed
    if value is None:
        return problems
    items = [value] if collection.per_record else value if isinstance(value, list) else []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue  # the schema check has already said what is wrong
        prefix = () if collection.per_record else (index,)
        record = Record(collection.name, item["id"], item, name, lines.starts.get(prefix, 1), _RecordLines(lines, prefix))
        if record.id in into:
            first = into[record.id]
            problems.append(record.problem(("id",), f"the ID '{record.id}' is already used at {first.file}:{first.line}",
                                           "expected a new ID; IDs are unique within a collection"))
            continue
        into[record.id] = record
    return problems


_PARSED = {}  # (name, bytes, schema) -> (pickled value, _FileLines, problems), oldest first: see _parsed
_PARSED_MAX = 256


def _parsed(name, raw, schema, cache):
    """Parse and schema-check one file: (value, _FileLines, [Problem]).

    A file with no problem, nearly every one, is read by strict_yaml.quick_load and
    checked by the quick schema check (jsonschema-rs) alone; any other is read again by
    strict_yaml.load, which words its problems. Cached by content if `cache`: `mkdocs serve`
    and the tests re-read every file but only pay for the ones that changed. The cache keeps the value
    pickled, so that a caller changing its value cannot change what the next one
    reads, and a file read for the first time (every file, in one validation) is
    handed over without a copy."""
    key = (name, raw, schema)
    if key in _PARSED:
        pickled, lines, problems = _PARSED[key]
        return pickle.loads(pickled), lines, list(problems)
    quick = strict_yaml.quick_load(raw)
    if quick and schemas.is_valid(quick[0], schema):
        (value, starts), problems = quick, []
        lines = _FileLines(name, raw, starts)
    else:
        value, whole, problems = strict_yaml.load(raw, name)
        if value is not None:
            problems += schemas.check(value, schema, name, whole)
        lines = _FileLines(name, raw, whole, whole)
    if cache:
        if len(_PARSED) >= _PARSED_MAX:
            del _PARSED[next(iter(_PARSED))]
        _PARSED[key] = pickle.dumps(value), lines, tuple(problems)
    return value, lines, problems


class _FileLines:
    """Where the values of one file are. A quick read notes only where records start;
    the {path: line} map of the whole file is made, once, when a problem first asks for
    a line (strict_yaml.load reads the file again)."""

    def __init__(self, name, raw, starts, whole=None):
        self.name, self.raw, self.starts = name, raw, starts  # starts: {(): line, (index,): line in a list file}
        if whole is not None:
            self.whole = whole

    @cached_property
    def whole(self):
        return strict_yaml.load(self.raw, self.name)[1]

    @cached_property
    def items(self):
        return _item_lines(self.whole)


class _RecordLines(Mapping):
    """{path within a record: line}, for Record.lines; made only when first read."""

    def __init__(self, file_lines, prefix):
        self.file_lines, self.prefix = file_lines, prefix  # prefix: () for a file that is one record, else (index,)

    @cached_property
    def _lines(self):
        return self.file_lines.items.get(self.prefix[0], {}) if self.prefix else self.file_lines.whole

    def __getitem__(self, path):
        return self._lines[path]

    def __iter__(self):
        return iter(self._lines)

    def __len__(self):
        return len(self._lines)


def _item_lines(lines):
    """{index: {path within item: line}} for a list file, in one pass."""
    items = {}
    for path, line in lines.items():
        if path and isinstance(path[0], int):
            items.setdefault(path[0], {})[path[1:]] = line
    return items


def _stray_files(root, expected):
    """Files in data/ or seeds/ that no collection reads (not in `expected`) would be silently ignored."""
    expected = {os.fspath(path) for path in expected}  # strings: hashing thousands of Paths costs more than the walk
    problems = []
    for top in DATA_FOLDERS:
        entries, unreadable = _entries(os.fspath(root / top))
        strays = [entry for entry in entries if entry.path not in expected]  # a linked file is refused where it is read
        for entry in sorted(strays, key=lambda entry: Path(entry.path).parts):
            name = Path(entry.path).relative_to(root).as_posix()
            if entry.is_symlink():
                problems.append(Problem(name, 1, "", "this is a link, not a plain file or folder",
                                        "expected the file or folder itself; replace the link with a copy"))
            elif entry.is_file() and entry.name not in _KNOWN_EXTRAS:
                problems.append(Problem(name, 1, "", "this file is not read by the site",
                                        "expected .yaml files in the folders CONTRIBUTING.md lists; rename or move it"))
        problems += [Problem(Path(folder).relative_to(root).as_posix(), 1, "", "this folder cannot be read",
                             "expected a folder everyone can read; check its permissions") for folder in sorted(unreadable)]
    return problems


def _entries(top):
    """(every entry under a folder, the folders under it that cannot be read), links not followed.
    os.scandir knows each entry's kind without a stat; a list of folders still to read, rather
    than recursion, so that no depth of folders can overflow the stack."""
    entries, unreadable, folders = [], [], [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as found:
                inside = list(found)
        except (FileNotFoundError, NotADirectoryError):
            continue  # no seeds/ folder, say; a missing data/ is reported by load()
        except OSError:
            unreadable.append(folder)
            continue
        entries += inside
        folders += [entry.path for entry in inside if entry.is_dir(follow_symlinks=False)]
    return entries, unreadable
