"""The git history is input too: a commit subject with control characters, separators,
bytes that are not UTF-8 or a great length reaches pages and the feed cleaned, and
nothing crashes."""
import subprocess
import xml.etree.ElementTree as ET

from macros.publish import feed
from macros.read import history

HOSTILE_SUBJECT = "Fix\x1b[2J round\x1e three\x1f \u202eevil\x07 Cafe\u0301 " + "long " * 100


def git(root, *args):
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", *args], cwd=root, check=True,
                   capture_output=True)


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
    root = repo(tmp_path, [b"plain first", HOSTILE_SUBJECT.encode("utf-8"), b"Istanb\xfcl in Latin-1"])
    commits = history.read(root).commits
    assert [c.files for c in commits] == [("data/f2.yaml",), ("data/f1.yaml",), ("data/f0.yaml",)]
    subject = commits[1].subject
    assert subject.startswith("Fix [2J round three evil Café long") and subject.endswith("…")
    assert len(subject) == history.MAX_SUBJECT
    assert all(char.isprintable() for c in commits for char in c.subject), [c.subject for c in commits]
    assert commits[0].subject.startswith("Istanb") and commits[2].subject == "plain first"  # git may re-encode it


def test_the_feed_stays_well_formed_xml(tmp_path):
    from conftest import ROOT

    from macros.model import build_cache
    root = repo(tmp_path, [HOSTILE_SUBJECT.encode("utf-8")])
    xml = feed.atom(build_cache.model(ROOT), history.read(root), "https://example.invalid/", "Site", "https://example.invalid/r")
    titles = [entry.find(f"{{{feed.ATOM}}}title").text for entry in ET.fromstring(xml).iter(f"{{{feed.ATOM}}}entry")]
    assert any(title.startswith("Fix [2J round three") for title in titles)
