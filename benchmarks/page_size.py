"""How much a reader must take in on a page, measured in headless Chromium.

For each page: its height in CSS pixels at 1280 and at 375 px wide, its visible words
(the text a reader sees, the evidence closed) and its DOM elements; and, over every
page of the site, the largest DOM. Targets are in benchmarks/README.md (issue #14).

Alone: `python -m benchmarks.page_size [BUILT_SITE]` (builds the site into a temporary
folder when none is given); `make bench` runs it on the site it builds.
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from . import lighthouse, report, serve
from .weight import CHROMIUM, FLAGS

PORT = 8602
WIDTHS = (1280, 375)
# Lighthouse's pages and commitments: (path, targets: height at 1280, at 375, visible words);
# issue #14 set the heights at 1280 and the words, issue #22 those at 375 (round 3's goal: 6,700).
TARGETS = {
    "round 3": (9000, 10000, 3000),
    "round 3 (uk)": (9000, 10000, 3000),
    "disagreements": (12000, 12000, None),
    "Russia": (8000, None, None),
    "ceasefire": (8000, None, None),
    "commitments": (8000, None, None),
}
PAGES = {
    name: (path, TARGETS.get(name, (None, None, None)))
    for name, path in {**lighthouse.PAGES, "commitments": "commitments/"}.items()
}
DOM_LIMIT = 1500
PHONE_SCREEN = 667  # px at 375: what a phone shows before any scrolling
# What round 3's first phone screen must show (issue #22): its date, its place, the bottom line.
FIRST_SCREEN = f"""() => {{
  const seen = el => el && el.getBoundingClientRect().top < {PHONE_SCREEN};
  const line = document.querySelector(".bottom-line li.claim");
  return {{date: seen(document.querySelector(".round-dateline time")),
          place: seen(document.querySelector(".round-dateline")),
          bottom_line: seen(line) && line.getBoundingClientRect().top + 24 < {PHONE_SCREEN}}};
}}"""
VISIBLE_WORDS = """() => {
  const root = document.querySelector("article") || document.body;
  return root.innerText.split(/\\s+/).filter(Boolean).length;
}"""


def measure(site_dir):
    """{"pages": {name: {path, height_1280, height_375, words, dom}}, "largest_dom": (path, count)}."""
    paths = sorted(
        str(p.parent.relative_to(site_dir)) + "/" for p in Path(site_dir).rglob("index.html")
    )
    paths = [
        ("" if p == "./" else p) for p in paths if not _redirect(Path(site_dir) / p / "index.html")
    ]
    with serve.serving(site_dir, PORT) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            pages = {
                name: _page(browser, base + path) | {"path": path}
                for name, (path, _) in PAGES.items()
            }
            doms = _doms(browser, base, paths)
        finally:
            browser.close()
    return {"pages": pages, "largest_dom": max(doms.items(), key=lambda item: item[1])}


def _redirect(page):
    """A redirect page (data/redirects.yaml) leaves for its new address before it can be measured."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8", errors="replace")


def _page(browser, url):
    figures = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(url, wait_until="load")
        figures[f"height_{width}"] = page.evaluate("document.documentElement.scrollHeight")
        if width == 375 and "/rounds/" in url:
            page.set_viewport_size({"width": 375, "height": PHONE_SCREEN})
            figures["first_screen"] = page.evaluate(FIRST_SCREEN)
        if width == WIDTHS[0]:
            figures["words"] = page.evaluate(VISIBLE_WORDS)
            figures["dom"] = page.evaluate("document.getElementsByTagName('*').length")
        context.close()
    return figures


def _doms(browser, base, paths):
    context = browser.new_context()
    page = context.new_page()
    counts = {}
    for path in paths:
        page.goto(base + path, wait_until="domcontentloaded")
        counts[path] = page.evaluate("document.getElementsByTagName('*').length")
    context.close()
    return counts


def table(figures):
    rows = []
    for name, (_, targets) in PAGES.items():
        page = figures["pages"][name]
        shown = [page["height_1280"], page["height_375"], page["words"]]
        cells = [
            f"{value:,}" + (f" (≤ {target:,})" if target else "")
            for value, target in zip(shown, targets, strict=True)
        ]
        rows.append([name, f"/{page['path']}", *cells, f"{page['dom']:,} (≤ {DOM_LIMIT:,})"])
    first = figures["pages"]["round 3"].get("first_screen", {})
    shown = ", ".join(
        f"{what.replace('_', ' ')} {'yes' if ok else 'NO'}" for what, ok in first.items()
    )
    path, count = figures["largest_dom"]
    rows.append(["largest DOM of any page", f"/{path}", "", "", "", f"{count:,} (≤ {DOM_LIMIT:,})"])
    return (
        "\n## 5. Page size (round 3 ≤ 9,000 px, ≤ 10,000 px on a phone, ≤ 3,000 words; DOM ≤ 1,500)\n\n"
        + f"Round 3's first {PHONE_SCREEN} px at 375 px show: {shown}.\n\n"
        + report.table(
            [
                "page",
                "path",
                "height at 1280 px",
                "height at 375 px",
                "visible words",
                "DOM elements",
            ],
            rows,
        )
    )


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.page_size", description=__doc__.splitlines()[0]
    )
    parser.add_argument("site", nargs="?", type=Path, help="a built site (default: build one now)")
    args = parser.parse_args(argv)
    if args.site:
        print(table(measure(args.site)))
        return 0
    with tempfile.TemporaryDirectory(prefix="page-size-") as tmp:
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", tmp], check=True
        )
        print(table(measure(Path(tmp))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
