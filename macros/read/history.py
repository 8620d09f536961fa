"""The git history, read with one `git log` per build: when each file last
changed (for "Last updated") and the recent commits (for the Atom feed).

A page's date is its source file's newest commit: the Markdown for a written
page, the data file for a generated one. Without git (a tarball) there are no
dates, and pages simply show none.
"""

import datetime
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from macros.common.letters import letters_problem
from macros.common.text import blanked

SEPARATOR = "\x00"  # git refuses NUL in a commit message: it cannot appear in a subject
FORMAT = (
    "--format=%x00%H%x00%cI%x00%s"  # then --name-only: the subject's line, then one file per line
)
MAX_SUBJECT = 200  # characters shown on a page or in the feed
WITHHELD = "(subject not shown: its letters could pass for others)"


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
    commits = tuple(parse(_git(root, "log", FORMAT, "--name-only", "--no-renames")))
    return History(
        commits, commits[0].sha[:12] if commits else "unversioned"
    )  # the log starts at HEAD


def parse(log):
    """Commits from `git log FORMAT --name-only`: NUL, sha, NUL, time, NUL, subject and files. A
    commit dated in the future, or on a date no calendar holds (git takes the year 100000), is
    left out: it dates nothing ('Last update: 31 December 9999' would mislead)."""
    fields = log.split(SEPARATOR)[1:]
    for at in range(0, len(fields) - 2, 3):
        sha, time, rest = fields[at : at + 3]
        subject, _, names = rest.partition("\n")
        if _readable(time):
            yield Commit(sha, time, clean(subject), tuple(n for n in names.splitlines() if n))


def clean_time(time):
    """The day (YYYY-MM-DD) of a commit time git gave, or '' for one that dates nothing."""
    return time[:10] if _readable(time) else ""


def _readable(time):
    try:
        when = datetime.datetime.fromisoformat(time)
    except ValueError:
        return False
    now = datetime.datetime.now(datetime.UTC)
    return when.tzinfo is not None and when <= now + datetime.timedelta(days=1)


def clean(text):
    """Text from the git history, as any other input: composed (NFC), without the characters
    data may not hold (common/text.py), which include every one XML 1.0 forbids (controls,
    surrogates, U+FFFE, U+FFFF: the feed would be ill-formed; `git commit` never writes them,
    but a commit object written by hand can), on one line, and not longer than MAX_SUBJECT; a
    subject whose letters the checks of data would refuse (common/letters.py) is withheld."""
    text = " ".join(blanked(unicodedata.normalize("NFC", text)).split())
    if letters_problem(text):  # 'Correction from Меdinsky': a look-alike the feed would publish
        return WITHHELD
    return text if len(text) <= MAX_SUBJECT else text[: MAX_SUBJECT - 1].rstrip() + "…"


def _git(root, *args):
    return git(root, *args).decode("utf-8", errors="replace")


def git(root, *args, stdin=b""):
    """What a git command prints, as bytes; nothing where git is absent or fails (a tarball)."""
    try:
        result = subprocess.run(
            ["git", *args], cwd=root, input=stdin, capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return b""
    return result.stdout if result.returncode == 0 else b""
