"""Shared fixtures: a scratch copy of the project's data to break on purpose."""
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """A copy of data/ and seeds/ in a temporary project folder."""
    for folder in ("data", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
    return tmp_path


@pytest.fixture
def need_articles():
    if not ARTICLES.is_dir():
        pytest.skip(f"{ARTICLES} is absent: quotes cannot be checked against the articles")
