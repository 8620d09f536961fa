"""The list of published addresses (tests/published_urls.txt) that must never vanish.

`python -m macros.cli.published_urls` (also `make urls`) builds the site and ADDS every new
address to the list; it never removes one. An address that goes away needs a
redirect in data/redirects.yaml; the test in tests/test_published_urls.py says so.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from macros.read.loader import ROOT

LIST = ROOT / "tests" / "published_urls.txt"
HEADER = """\
# Every address this site has published, relative to the site root. The test
# tests/test_published_urls.py fails when one of them disappears without a redirect
# in data/redirects.yaml. After adding pages, run `make urls` and commit this file.
# The list only grows: never delete a line to make the test pass.
"""
DATA_FILES = ("feed.xml", "api/")  # files other publications fetch, kept like pages


def site_urls(site_dir):
    """Every page (directory URL, '' for home) and data file of a built site."""
    site_dir = Path(site_dir)
    found = set()
    for path in site_dir.rglob("*"):
        rel = path.relative_to(site_dir).as_posix()
        if path.name == "index.html":
            found.add(rel[: -len("index.html")])
        elif path.is_file() and rel.startswith(DATA_FILES):
            found.add(rel)
    return found


def read(path=LIST):
    if not path.exists():
        return set()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {"" if line == "/" else line for line in lines if line and not line.startswith("#")}


def write(urls, path=LIST):
    """Home is written as '/' so that the line is not blank."""
    path.write_text(HEADER + "".join(f"{url or '/'}\n" for url in sorted(urls)), encoding="utf-8")


def main():
    with tempfile.TemporaryDirectory() as out:
        build = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", out], cwd=ROOT
        )
        if build.returncode:
            return build.returncode
        before = read()
        added = site_urls(out) - before
        write(before | added)
    print(f"{len(added)} new addresses added to {LIST.relative_to(ROOT)}; commit it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
