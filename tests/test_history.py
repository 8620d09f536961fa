"""The git history is input too: a commit subject with control characters, separators,
bytes that are not UTF-8 or a great length reaches pages and the feed cleaned, and
nothing crashes."""

import subprocess
import xml.etree.ElementTree as ET

from macros.publish import feed
from macros.read import history

from conftest import git

HOSTILE_SUBJECT = "Fix\x1b[2J round\x1e three\x1f \u202eevil\x07 Cafe\u0301 " + "long " * 100


def repo(tmp_path, messages):
    git(tmp_path, "init", "-q")
    for number, message in enumerate(messages):
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / f"f{number}.yaml").write_text("x\n", encoding="utf-8")
        (tmp_path / "message").write_bytes(message)
        git(tmp_path, "add", "data")
        git(tmp_path, "commit", "-q", "--cleanup=verbatim", "-F", str(tmp_path / "message"))
    return tmp_path


def test_hostile_commit_subjects_are_cleaned(tmp_path):
    root = repo(
        tmp_path, [b"plain first", HOSTILE_SUBJECT.encode("utf-8"), b"Istanb\xfcl in Latin-1"]
    )
    commits = history.read(root).commits
    assert [c.files for c in commits] == [("data/f2.yaml",), ("data/f1.yaml",), ("data/f0.yaml",)]
    subject = commits[1].subject
    assert subject.startswith("Fix [2J round three evil Café long") and subject.endswith("…")
    assert len(subject) == history.MAX_SUBJECT
    assert all(char.isprintable() for c in commits for char in c.subject), [
        c.subject for c in commits
    ]
    assert (
        commits[0].subject.startswith("Istanb") and commits[2].subject == "plain first"
    )  # git may re-encode it


def feed_of(root):
    """The feed of the real data, with the history of the repository at root."""
    from macros.model import build_cache

    from conftest import ROOT

    return feed.atom(
        build_cache.model(ROOT),
        history.read(root),
        "https://example.invalid/",
        "Site",
        "https://example.invalid/r",
    )


def test_the_feed_stays_well_formed_xml(tmp_path):

    root = repo(tmp_path, [HOSTILE_SUBJECT.encode("utf-8")])
    xml = feed_of(root)
    titles = [
        entry.find(f"{{{feed.ATOM}}}title").text
        for entry in ET.fromstring(xml).iter(f"{{{feed.ATOM}}}entry")
    ]
    assert any(title.startswith("Fix [2J round three") for title in titles)


def test_a_raw_commit_object_cannot_make_the_feed_ill_formed(tmp_path):
    """Red-team F23: `git commit` rewrites such a message, but a pull request can carry a commit
    object written by hand, with characters XML 1.0 forbids (U+FFFF, U+FFFE; a surrogate's bytes)."""

    root = repo(tmp_path, [b"plain first"])
    (root / "data" / "f0.yaml").write_text("changed\n", encoding="utf-8")
    git(root, "add", "data")
    tree = subprocess.run(
        ["git", "write-tree"], cwd=root, check=True, capture_output=True, text=True
    ).stdout.strip()
    parent = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=root, check=True, capture_output=True, text=True
    ).stdout.strip()
    (root / "commit").write_bytes(
        f"tree {tree}\nparent {parent}\nauthor rt <rt@x> 1760000000 +0000\ncommitter rt "
        f"<rt@x> 1760000000 +0000\n\n".encode()
        + "Fix data \uffff \ufffe end".encode()
        + b" \xed\xa0\x80 done\n"
    )
    raw = subprocess.run(
        ["git", "hash-object", "-t", "commit", "-w", "--literally", "commit"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    git(root, "update-ref", "HEAD", raw)
    commits = history.read(root).commits
    assert commits[0].subject.startswith("Fix data") and commits[0].subject.endswith("done"), (
        commits[0].subject
    )
    assert commits[0].files == ("data/f0.yaml",)  # so it is in the feed
    ET.fromstring(feed_of(root))  # raises on a character XML forbids
