"""The git history, read with one `git log` per build: when each file last
changed (for "Last updated") and the recent commits (for the Atom feed).

A page's date is its source file's newest commit: the Markdown for a written
page, the data file for a generated one. Without git (a tarball) there are no
dates, and pages simply show none.
"""
import subprocess
from dataclasses import dataclass
from functools import cached_property

FIELD, RECORD = "\x1f", "\x1e"  # unit and record separators: never in a subject line
DATA_FOLDERS = ("data", "seeds")  # where the facts live


@dataclass(frozen=True)
class Commit:
    sha: str
    time: str  # ISO 8601 with offset, e.g. 2025-07-24T10:00:00+00:00
    subject: str
    files: tuple

    @property
    def day(self):
        return self.time[:10]


@dataclass(frozen=True)
class History:
    commits: tuple  # newest first
    version: str  # the short commit the build is made from, or "unversioned"

    def last_changed(self):
        """{repo-relative path: YYYY-MM-DD of its newest commit}."""
        return self._last_changed

    @cached_property  # every page asks, twice: once per build, not once per page
    def _last_changed(self):
        dates = {}
        for commit in self.commits:
            for path in commit.files:
                dates.setdefault(path, commit.day)
        return dates

    def touching(self, folders):
        """Commits that changed a file in one of the folders, newest first."""
        return [c for c in self.commits if files_under(c.files, folders)]


def files_under(files, folders):
    prefixes = tuple(f"{folder.rstrip('/')}/" for folder in folders)
    return [f for f in files if f.startswith(prefixes)]


def read(root):
    commits = tuple(parse(_git(root, "log", "--format=%x1e%H%x1f%cI%x1f%s", "--name-only", "--no-renames")))
    return History(commits, commits[0].sha[:12] if commits else "unversioned")  # the log starts at HEAD


def parse(log):
    """Commits from `git log --format=<RS>sha<US>time<US>subject --name-only`."""
    for chunk in log.split(RECORD)[1:]:
        header, _, names = chunk.partition("\n")
        sha, time, subject = header.split(FIELD, 2)
        yield Commit(sha, time, subject, tuple(n for n in names.splitlines() if n))


def _git(root, *args):
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout if result.returncode == 0 else ""
