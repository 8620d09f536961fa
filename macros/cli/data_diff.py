"""The data changes since a base commit, as Markdown: `python -m macros.cli.data_diff --base REV`.

CI writes this to a pull request's job summary, so a reviewer sees which records
were added (in full), removed or changed (word by word) and on which pages, and which
published addresses the change would break (an ID removed or renamed). Plain Python and the strict YAML reader
(no MkDocs): it reads every YAML file under data/ and seeds/ at REV (git show) and in
the working tree. Text from the data is shown only inside inline code, with its
backticks replaced, so no Markdown or HTML in a record can take effect.
"""

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from macros.common import urls
from macros.read import strict_yaml
from macros.read.collection_specs import COLLECTIONS
from macros.read.collection_specs import DATA_FOLDERS as FOLDERS

ROOT = Path(__file__).resolve().parents[2]
ONE_PER_FILE = {c.folder: c.name for c in COLLECTIONS if c.per_record}
WIDTH = 120  # characters of a value in a list line
FULL = 2000  # of a value shown in full: a new record's fields, the words around a change
CONTEXT = 4  # words kept either side of a change
ABSENT = object()  # a field missing from one version of a record


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, check=True).stdout.decode(
        "utf-8"
    )


def is_yaml(path):
    return path.endswith((".yaml", ".yml")) and path.split("/")[0] in FOLDERS


def collection(path):
    """data/claims/round-1.yaml -> ("claims", False); data/rounds/round-1.yaml -> ("rounds", True)."""
    folder, _, name = path.rpartition("/")
    if folder in ONE_PER_FILE:
        return ONE_PER_FILE[folder], True
    return (name.rsplit(".", 1)[0] if folder == "data" else folder.rpartition("/")[2]), False


def load(path, read):
    """The records of one file as a list of dicts; None if it cannot be read as records."""
    try:
        loaded, _, _ = strict_yaml.load(read(path).encode("utf-8"), path)
    except (OSError, UnicodeError, subprocess.CalledProcessError):  # reported, never fatal
        return None
    if loaded is None:  # unreadable: the strict reader refuses what could hang this step (aliases)
        return None
    items = [loaded] if collection(path)[1] else loaded
    return items if isinstance(items, list) and all(isinstance(i, dict) for i in items) else None


def records(paths, read, unreadable):
    """{(collection, id): record} over the files; files that cannot be read go to unreadable."""
    found = {}
    for path in paths:
        items = load(path, read)
        if items is None:
            unreadable.append(path)
            continue
        name, one = collection(path)
        stem = path.rpartition("/")[2].rsplit(".", 1)[0]
        for index, item in enumerate(items, 1):
            found[name, str(item.get("id") or (stem if one else f"{stem}, item {index}"))] = item
    return found


def page(key, record):
    """The page the record shows on, as the site's urls decide it (None for glossary terms and redirects)."""
    name, id_ = key
    if name == "claims":  # its own page, which shows it whole: what a reviewer opens
        return urls.claim_page_url(id_)
    return urls.record_url(SimpleNamespace(collection=name, id=id_, data=record))


def plain(value):
    if value is ABSENT:
        return "(absent)"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value if isinstance(value, str) else "null" if value is None else str(value)


def code(value, width=WIDTH):
    """A value as inline code: one line, at most `width` characters, no backticks."""
    text = " ".join(plain(value).split()).replace("`", "'")
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f"`{text}`" if text else "(empty)"


def words_changed(old, new):
    """What changed between two values, word by word: each change with a few words either side,
    removed words struck through and added ones in bold, every word inside inline code."""
    before, after = plain(old).split(), plain(new).split()
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after).get_opcodes():
        if tag == "equal":
            kept = before[i1:i2]
            shown = kept if len(kept) <= 2 * CONTEXT else [*kept[:CONTEXT], "…", *kept[-CONTEXT:]]
            parts.append(code(" ".join(shown), FULL))
            continue
        parts += [f"~~{code(' '.join(before[i1:i2]), FULL)}~~"] if i2 > i1 else []
        parts += [f"**{code(' '.join(after[j1:j2]), FULL)}**"] if j2 > j1 else []
    return " ".join(parts) or "(empty)"


def line(key, *versions):
    pages = sorted({p for p in (page(key, r) for r in versions) if p})
    where = f" on {', '.join(code(p) for p in pages)}" if pages else ""
    return f"- {code(key[0])} {code(key[1])}{where}"  # a collection's name comes from a path


def changes(old, new):
    fields = sorted(set(old) | set(new), key=str)
    return [
        f"  - {code(str(f))}: {_change(old.get(f, ABSENT), new.get(f, ABSENT))}"
        for f in fields
        if old.get(f, ABSENT) != new.get(f, ABSENT)
    ]


def _change(old, new):
    if old is ABSENT or new is ABSENT:
        return f"{code(old, FULL)} → {code(new, FULL)}"
    return words_changed(old, new)


def in_full(record):
    """A new record, every field of it: a reviewer reads what will be published."""
    return [f"  - {code(str(key))}: {code(value, FULL)}" for key, value in record.items()]


def renamed(removed, added, before, now):
    """{old key: new key} for a removed record whose content, but for its ID, came back under
    another ID of the same collection."""

    def body(record):
        return {k: v for k, v in record.items() if k != "id"}

    out = {}
    for old in removed:
        match = next(
            (new for new in added if new[0] == old[0] and body(now[new]) == body(before[old])), None
        )
        if match and match not in out.values():
            out[old] = match
    return out


BROKEN = (
    "### ⚠ Addresses that would break\n\nPeople link to these; the change removes or renames "
    "the record behind each. Keep the ID, or add the old address to `data/redirects.yaml`."
)


def _broken(key, record, new_key):
    now = f", renamed to {code(new_key[1])}" if new_key else ""
    return f"- {code(key[0])} {code(key[1])}{now}: {code(page(key, record))}"


def _logged(key, logged):
    """Whether the change logs a correction of the record: a reviewer checks one is there."""
    if key[0] in UNLOGGED:
        return ""
    if key[1] in logged:
        return f"  - logged as the correction {code(logged[key[1]])}"
    return (
        "  - ⚠ no new entry in `data/corrections.yaml` names it: if this corrects a published "
        "fact, one should"
    )


UNLOGGED = {"corrections", "redirects", "glossary"}  # changes that are no correction of a fact


def at_base(root, base, unreadable):
    paths = [
        p
        for p in git(root, "ls-tree", "-r", "--name-only", base, "--", *FOLDERS).splitlines()
        if is_yaml(p)
    ]
    return records(paths, lambda p: git(root, "show", f"{base}:{p}"), unreadable)


def in_tree(root, unreadable):
    files = (
        p for f in FOLDERS for p in (root / f).rglob("*") if p.is_file() and not p.is_symlink()
    )
    paths = sorted(p for p in (f.relative_to(root).as_posix() for f in files) if is_yaml(p))
    return records(paths, lambda p: (root / p).read_text(encoding="utf-8"), unreadable)


def report(root, base):
    unreadable = []
    before, now = at_base(root, base, unreadable), in_tree(root, unreadable)
    added, removed = sorted(now.keys() - before.keys()), sorted(before.keys() - now.keys())
    changed = sorted(k for k in now.keys() & before.keys() if now[k] != before[k])
    out = [
        f"## Data changes against {code(base[:12])}",
        "",
        f"{len(before)} records before, {len(now)} now: "
        f"{len(added)} added, {len(removed)} removed, {len(changed)} changed.",
    ]
    if unreadable:
        out += ["", *(f"- could not read {code(p)}" for p in unreadable)]
    moved = renamed(removed, added, before, now)
    broken = [k for k in removed if page(k, before[k])]
    if broken:
        out += ["", BROKEN, *(_broken(k, before[k], moved.get(k)) for k in broken)]
    if added:
        out += ["", "### Added"]
        for k in added:
            out += [line(k, now[k]), *in_full(now[k])]
    if removed:
        out += ["", "### Removed", *(line(k, before[k]) for k in removed)]
    if changed:
        out += ["", "### Changed"]
        logged = {now[k].get("record"): k[1] for k in added if k[0] == "corrections"}
        for k in changed:
            out += [line(k, before[k], now[k]), *changes(before[k], now[k])]
            out += [note] if (note := _logged(k, logged)) else []
    return "\n".join(out) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m macros.cli.data_diff", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--base", required=True, help="the commit to compare with, e.g. the pull request's base"
    )
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the project folder (default: this one)"
    )
    args = parser.parse_args(argv)
    try:
        base = git(
            args.root, "rev-parse", "--verify", "--end-of-options", f"{args.base}^{{commit}}"
        ).strip()
    except subprocess.CalledProcessError:
        print(f"data_diff: no commit {args.base!r} in {args.root}", file=sys.stderr)
        return 2
    sys.stdout.write(report(args.root, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
