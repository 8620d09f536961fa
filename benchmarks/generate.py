"""Synthetic data at N times the real size, for the scaling benchmark.

`python -m benchmarks.generate SCALE OUT` copies the project to OUT and replaces
its data with SCALE copies of the real records. Copy 0 keeps the real IDs (so
SCALE 1 is the real data, rewritten); copy k renames every ID to <id>-x<k> and
rewrites every reference the validator knows (common.references.REFERENCES) to the renamed
record, so copy k is a complete, linked world of its own: its own rounds (numbered
after the real ones), actors, issues, claims, commitments, events, disagreements
and corrections. Claims stay one file per round, so many synthetic rounds keep
each claims file as small as a real one.

Not copied: the sources (every copy cites the five real articles, so quotes and
sha256 still pass the validator) and the glossary (vocabulary does not grow
with the number of rounds).
"""

import argparse
import re
import shutil
import sys
from pathlib import Path

import yaml

from macros.common.references import ANY, reference_target
from macros.read import loader
from macros.read.collection_specs import COLLECTIONS
from macros.read.strict_yaml import MAX_BYTES

ROOT = loader.ROOT
NOT_COPIED = {"sources", "glossary"}
NOT_PROJECT = {
    ".git",
    ".venv",
    "site",
    "node_modules",
    "benchmarks",
    "tests",
    "data",
}  # top level only
CACHES = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".hypothesis")


def suffix(id_, k):
    return id_ if k == 0 else f"{id_}-x{k}"


def copy_project(out, root=ROOT):
    """The project without its data: config, docs, code, schemas, sources."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for part in Path(root).iterdir():
        if part.name in NOT_PROJECT:
            continue
        if part.is_dir():
            shutil.copytree(part, out / part.name, ignore=CACHES, dirs_exist_ok=True)
        else:
            shutil.copy2(part, out / part.name)
    return out


def _renamed(value, collection, k, ids, path=()):
    """A deep copy of a record's data with IDs and references of copy k."""
    if isinstance(value, dict):
        return {
            key: _renamed(child, collection, k, ids, path + (key,)) for key, child in value.items()
        }
    if isinstance(value, list):
        return [_renamed(child, collection, k, ids, path + (i,)) for i, child in enumerate(value)]
    target = reference_target(collection, path)
    if (
        isinstance(value, str)
        and target
        and (
            value in ids.get(target, ()) or target == ANY and any(value in s for s in ids.values())
        )
    ):
        return suffix(value, k)
    return value


def clone(record, k, ids, round_count):
    data = _renamed(record.data, record.collection, k, ids)
    data["id"] = suffix(record.id, k)
    if k and record.collection == "rounds":
        data["number"] = record.data["number"] + k * round_count
    if k and record.collection in (
        "rounds",
        "actors",
        "issues",
    ):  # names that read the same are refused
        for key in ("name", "native_name"):
            if isinstance(data.get(key), str):
                data[key] = f"{data[key]} (copy {k})"
        if isinstance(data.get("aliases"), list):
            data["aliases"] = [f"{alias} (copy {k})" for alias in data["aliases"]]
    return data


def target_file(collection, data):
    if collection.per_record:
        return f"{collection.folder}/{data['id']}.yaml"
    if collection.name == "claims":
        return f"{collection.folder}/{data.get('round', 'context')}.yaml"
    return f"{collection.folder}/{collection.single_file}"


def scaled(dataset, scale, list_copies):
    """{file: content}: each record followed by its copies, so dated lists stay in order."""
    ids = {
        name: set(records) for name, records in dataset.records.items() if name not in NOT_COPIED
    }
    round_count = max((r.data["number"] for r in dataset["rounds"].values()), default=0)
    files = {}
    for collection in COLLECTIONS:
        if collection.name == "sources":
            continue  # copied with the project
        for record in dataset[collection.name].values():
            in_list_file = (
                collection.single_file or collection.name == "claims" and "round" not in record.data
            )
            copies = 1 if collection.name in NOT_COPIED else list_copies if in_list_file else scale
            for k in range(copies):
                data = clone(record, k, ids, round_count)
                files.setdefault(target_file(collection, data), []).append(data)
    return {name: _yaml(items[0] if _per_record(name) else items) for name, items in files.items()}


def _yaml(value):
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")


def _per_record(name):
    return any(c.per_record and name.startswith(c.folder + "/") for c in COLLECTIONS)


def _round_file(name):
    return name.startswith("data/claims/") and not name.endswith("/context.yaml")


def write(out, scale, root=ROOT):
    """Make the project copy at `out` with `scale` times the data.

    Files that cannot be split (data/events.yaml and the other single-file lists, and
    claims about no round) stop growing at the number of copies that keeps every file
    within the reader's size limit; their copies stay linked, as all copies below that
    number exist everywhere. Returns that number.
    """
    dataset = loader.load(root)
    if dataset.problems:
        raise SystemExit(
            f"the real data has problems; run `make validate` first ({dataset.problems[0]})"
        )
    files = scaled(dataset, scale, scale)
    lists = [
        len(raw) / scale
        for name, raw in files.items()
        if not _per_record(name) and not _round_file(name)
    ]
    list_copies = min([scale] + [int(MAX_BYTES // size) for size in lists])
    if list_copies < scale:
        files = scaled(dataset, scale, list_copies)
    out = copy_project(out, root)
    raise_limits(out, scale)
    for name, raw in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    return list_copies


def raise_limits(out, scale):
    """The copy takes `scale` times as many records as the project (collection_specs.py's
    `most`), as a maintainer who reviewed the cost would raise them."""
    specs = out / "macros/read/collection_specs.py"
    text = re.sub(
        r'(\.schema\.json", )(\d+)',
        lambda m: f"{m.group(1)}{int(m.group(2)) * scale}",
        specs.read_text(encoding="utf-8"),
    )
    specs.write_text(text, encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("scale", type=int, help="how many copies of the real data, e.g. 10")
    parser.add_argument("out", type=Path, help="a new folder for the project copy")
    args = parser.parse_args(argv)
    list_copies = write(args.out, args.scale)
    print(
        f"{args.out}: {args.scale}x data"
        + (
            f"; single-file lists {list_copies}x, within the {MAX_BYTES:,}-byte file limit"
            if list_copies < args.scale
            else ""
        )
    )


if __name__ == "__main__":
    sys.exit(main())
