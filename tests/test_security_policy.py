"""SECURITY.md, CODEOWNERS and CONTRIBUTING.md draw the same line between content and code."""

import re

from conftest import ROOT


def code_paths():
    """The paths in SECURITY.md's 'review these as code' table."""
    table = (
        (ROOT / "SECURITY.md")
        .read_text(encoding="utf-8")
        .split("## Code:", 1)[1]
        .split("\n## ", 1)[0]
    )
    return {
        path.strip("/")
        for row in table.splitlines()
        if row.startswith("| `")
        for path in re.findall(r"`([^`]+)`", row.split("|")[1])
    }


def test_every_code_path_has_a_code_owner():
    owned = {
        line.split()[0].strip("/")
        for line in (ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert code_paths() and code_paths() <= owned, code_paths() - owned


def test_every_code_path_exists():
    assert all((ROOT / path).exists() for path in code_paths()), [
        p for p in code_paths() if not (ROOT / p).exists()
    ]


def test_contributing_links_the_policy():
    assert "](SECURITY.md)" in (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
