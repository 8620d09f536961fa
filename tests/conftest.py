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


def pytest_configure(config):
    os.environ.update(SITE_URL=SITE_URL, REPO_URL=REPO_URL, REPORT_EMAIL=REPORT_EMAIL)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real site, built once per test session for every test that reads it."""
    out = tmp_path_factory.mktemp("built-site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


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
    return tmp_path


@pytest.fixture
def need_articles():
    if not ARTICLES.is_dir():
        pytest.skip(f"{ARTICLES} is absent: quotes cannot be checked against the articles")
