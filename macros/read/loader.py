"""Read data/ and seeds/ into records that remember where they came from; what the
values mean (their schema, their references) is checked above this, in macros.check."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from macros.common.problems import Problem, field_path
from macros.read import strict_yaml, translations
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


@dataclass(frozen=True)
class DataFile:
    """One file as read: its value (None if it could not be read) and where each value is."""

    collection: object  # collection_specs.Collection
    name: str  # relative to the project root
    value: object
    lines: dict  # path within the file -> line


@dataclass
class Dataset:
    root: Path
    records: dict  # collection name -> {id: Record}, in file order
    problems: list  # of reading: files that cannot be read, stray files, IDs used twice
    files: list = field(default_factory=list)  # every DataFile read, for the schema check
    waiting: list = field(
        default_factory=list
    )  # Problems that wait for a maintainer (check/validate.py)
    editions: dict = field(default_factory=dict)  # language -> read.translations.Edition

    def __getitem__(self, collection):
        return self.records[collection]


def load(root=ROOT):
    """Read every collection's files, strictly (strict_yaml), into records."""
    root = Path(root)
    records = {c.name: {} for c in COLLECTIONS}
    files = {c: c.files(root) for c in COLLECTIONS}
    problems = (
        _stray_files(root, {p for paths in files.values() for p in paths} | _translations(root))
        if (root / "data").is_dir()
        else [
            Problem(
                "data",
                1,
                "",
                f"there is no data folder in {root}",
                "expected --root to name the project folder",
            )
        ]
    )
    project, read = root.resolve(), []
    for collection, paths in files.items():
        if not (root / collection.folder).resolve().is_relative_to(project):
            continue  # a folder reached through a link is never read: _stray_files reports the link
        for path in paths:
            data_file, file_problems = _read_file(collection, path)
            read.append(data_file)
            problems += file_problems + _add_records(data_file, records[collection.name])
    return Dataset(root, records, problems, read)


def _translations(root):
    """The translation files, read apart (read/translations.py): not strays."""
    return {
        path for language in translations.LANGUAGES for path in translations.files(root, language)
    }


def _read_file(collection, path):
    """(DataFile, its reading problems) for one file of a collection."""
    name = f"{collection.folder}/{path.name}"  # every file of a collection is in its folder
    raw = strict_yaml.read(path, name)
    if isinstance(raw, Problem):
        return DataFile(collection, name, None, {}), [raw]
    value, lines, problems = strict_yaml.load(raw, name)
    return DataFile(collection, name, value, lines), problems


def _add_records(data_file, into):
    """Adds the file's records to `into`; returns the problems of IDs used twice."""
    collection, value = data_file.collection, data_file.value
    items = [value] if collection.per_record else value if isinstance(value, list) else []
    by_item = {} if collection.per_record else _item_lines(data_file.lines)
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue  # the schema check says what is wrong
        lines = data_file.lines if collection.per_record else by_item.get(index, {})
        start = data_file.lines.get(() if collection.per_record else (index,), 1)
        record = Record(collection.name, item["id"], item, data_file.name, start, lines)
        if record.id in into:
            first = into[record.id]
            problems.append(
                record.problem(
                    ("id",),
                    f"the ID '{record.id}' is already used at {first.file}:{first.line}",
                    "expected a new ID; IDs are unique within a collection",
                )
            )
            continue
        into[record.id] = record
    return problems


def _item_lines(lines):
    """{index: {path within item: line}} for a list file, in one pass."""
    items = {}
    for path, line in lines.items():
        if path and isinstance(path[0], int):
            items.setdefault(path[0], {})[path[1:]] = line
    return items


def _stray_files(root, expected):
    """Files in data/ or seeds/ that no collection reads (not in `expected`) would be silently ignored."""
    expected = {
        os.fspath(path) for path in expected
    }  # strings: hashing thousands of Paths costs more than the walk
    problems = []
    for top in DATA_FOLDERS:
        entries, unreadable = _entries(os.fspath(root / top))
        strays = [
            entry for entry in entries if entry.path not in expected
        ]  # a linked file is refused where it is read
        for entry in sorted(strays, key=lambda entry: Path(entry.path).parts):
            name = Path(entry.path).relative_to(root).as_posix()
            if entry.is_symlink():
                problems.append(
                    Problem(
                        name,
                        1,
                        "",
                        "this is a link, not a plain file or folder",
                        "expected the file or folder itself; replace the link with a copy",
                    )
                )
            elif entry.is_file() and entry.name not in _KNOWN_EXTRAS:
                problems.append(
                    Problem(
                        name,
                        1,
                        "",
                        "this file is not read by the site",
                        "expected .yaml files in the folders CONTRIBUTING.md lists; rename or move it",
                    )
                )
        problems += [
            Problem(
                Path(folder).relative_to(root).as_posix(),
                1,
                "",
                "this folder cannot be read",
                "expected a folder everyone can read; check its permissions",
            )
            for folder in sorted(unreadable)
        ]
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
