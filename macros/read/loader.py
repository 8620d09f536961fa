"""Read data/ and seeds/ into records that remember where they came from."""
import copy
import functools
from dataclasses import dataclass, field
from pathlib import Path

from macros.check import schemas
from macros.check.problems import Problem, field_path
from macros.read import strict_yaml
from macros.read.collection_specs import BY_NAME, COLLECTIONS

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


def load(root=ROOT):
    """Read and schema-check every collection; semantic checks come later."""
    root = Path(root)
    records = {c.name: {} for c in COLLECTIONS}
    files = {c: c.files(root) for c in COLLECTIONS}
    problems = _stray_files(root, {p for paths in files.values() for p in paths}) if (root / "data").is_dir() else [
        Problem("data", 1, "", f"there is no data folder in {root}", "expected --root to name the project folder")]
    for collection, paths in files.items():
        for path in paths:
            problems += _load_file(root, collection, path, records[collection.name])
    return Dataset(root, records, problems)


def _load_file(root, collection, path, into):
    name = path.relative_to(root).as_posix()
    if not path.parent.resolve().is_relative_to(Path(root).resolve()):  # reached through a linked folder
        return []  # _stray_files reports the link; what it points to is never read
    raw = strict_yaml.read(path, name)
    if isinstance(raw, Problem):
        return [raw]
    value, lines, problems = _parsed(name, raw, collection.schema)
    value, problems = copy.deepcopy(value), list(problems)  # the cached value stays as read
    if value is None:
        return problems
    items = [value] if collection.per_record else value if isinstance(value, list) else []
    item_lines = {} if collection.per_record else _item_lines(lines)
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue  # the schema check has already said what is wrong
        prefix = () if collection.per_record else (index,)
        sub = lines if collection.per_record else item_lines.get(index, {})
        record = Record(collection.name, item["id"], item, name, lines.get(prefix, 1), sub)
        if record.id in into:
            first = into[record.id]
            problems.append(record.problem(("id",), f"the ID '{record.id}' is already used at {first.file}:{first.line}",
                                           "expected a new ID; IDs are unique within a collection"))
            continue
        into[record.id] = record
    return problems


@functools.lru_cache(maxsize=256)
def _parsed(name, raw, schema):
    """Parse and schema-check one file. Cached by content: `mkdocs serve` and the
    tests re-read every file but only pay for the ones that changed."""
    value, lines, problems = strict_yaml.load(raw, name)
    if value is not None:
        problems += schemas.check(value, schema, name, lines)
    return value, lines, tuple(problems)


def _item_lines(lines):
    """{index: {path within item: line}} for a list file, in one pass."""
    items = {}
    for path, line in lines.items():
        if path and isinstance(path[0], int):
            items.setdefault(path[0], {})[path[1:]] = line
    return items


def _stray_files(root, expected):
    """Files in data/ or seeds/ that no collection reads (not in `expected`) would be silently ignored."""
    problems = []
    for top in ("data", "seeds"):
        for path in sorted((root / top).rglob("*")):
            if path.is_symlink() and path not in expected:  # a linked file is refused where it is read
                problems.append(Problem(path.relative_to(root).as_posix(), 1, "", "this is a link, not a plain file or folder",
                                        "expected the file or folder itself; replace the link with a copy"))
            elif path.is_file() and path not in expected and path.name not in _KNOWN_EXTRAS:
                problems.append(Problem(path.relative_to(root).as_posix(), 1, "", "this file is not read by the site",
                                        "expected .yaml files in the folders CONTRIBUTING.md lists; rename or move it"))
    return problems
