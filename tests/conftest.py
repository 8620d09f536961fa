"""Shared fixtures: a scratch copy of the project's data to break on purpose."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "seeds"
# Every build in the tests is deployed here (mkdocs.yml reads both): neither the local
# defaults nor a placeholder may then appear anywhere in the built site.
SITE_URL = "https://tracker.test.invalid/"
REPO_URL = "https://github.com/fork-owner/tracker-fork"
REPORT_EMAIL = "corrections@tracker.test.invalid"
EDITIONS = ("uk", "ru")  # built beside the English, each from mkdocs.<language>.yml


# What `make test-fast` leaves out: tests that read a built site or a browser, and those marked
# `build` (they run a build, the validator or another tool in a process of its own).
SLOW_FIXTURES = {"built_site", "site_url", "browser", "hostile_site", "fixture_site"}


def pytest_addoption(parser):
    parser.addoption(
        "--fast",
        action="store_true",
        help="the in-memory subset (make test-fast): no build, no browser, a small property budget",
    )


def pytest_configure(config):
    os.environ.update(SITE_URL=SITE_URL, REPO_URL=REPO_URL, REPORT_EMAIL=REPORT_EMAIL)
    config.addinivalue_line(
        "markers", "build: runs a build, the validator or another tool in a process of its own"
    )
    if config.getoption("--fast"):
        os.environ["TEST_FAST"] = "1"  # read by tests/test_properties.py for its example budget


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--fast"):
        return
    slow = [
        item
        for item in items
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
        or item.get_closest_marker("build")
    ]
    config.hook.pytest_deselected(items=slow)
    items[:] = [item for item in items if item not in slow]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real site, its three editions as `make build` makes them (the English at the root,
    uk/ and ru/ in it), built once per test session for every test that reads it."""
    out = tmp_path_factory.mktemp("built-site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stderr
    for language in EDITIONS:
        result = build(ROOT, out / language, config=f"mkdocs.{language}.yml")
        assert result.returncode == 0, result.stderr
    return out


def run_module(*args, cwd=ROOT, env=None, timeout=None):
    """`python -m ...` in a process of its own, as make runs it."""
    return subprocess.run(
        [sys.executable, "-m", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


def build(project, out, env=None, config="mkdocs.yml"):
    """`mkdocs build --strict` of the project in a folder (one edition's config), into out."""
    return run_module(
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(project / config),
        "-d",
        str(out),
        cwd=project,
        env=env,
    )


def validate_apart(root, env=None):
    """`make validate` of the project at root, in a process of its own (so that a hang fails, in time)."""
    return run_module("macros.cli.validate", "--root", str(root), env=env, timeout=120)


def git(root, *args):
    """A git command in root, as a test's own committer."""
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def copy_data(root):
    """data/, seeds/ and quotes.lock copied into root: what the loader and the rules read."""
    for folder in ("data", "seeds"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy2(ROOT / "quotes.lock", root / "quotes.lock")
    return root


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """A copy of data/, seeds/ and quotes.lock in a temporary project folder."""
    copy_data(tmp_path)
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
    monkeypatch.delenv("QUOTES_MAY_WAIT", raising=False)  # a changed copy is checked as on main
    return tmp_path


@pytest.fixture
def need_articles():
    if not ARTICLES.is_dir():
        pytest.skip(f"{ARTICLES} is absent: quotes cannot be checked against the articles")
