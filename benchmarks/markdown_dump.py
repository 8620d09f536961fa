"""MkDocs hook for the overhead benchmark: saves every page as the Markdown our macros made.

Registered only by the benchmark's own config. Runs after every other handler,
so the file it writes is what Python-Markdown receives: the "same page as plain
Markdown" that a plain Material site then builds without our code. The navigation
our hooks expand is saved too (nav.yml beside the pages), so both sites carry the same.
"""

import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

OUT = Path(os.environ.get("BENCH_MARKDOWN_OUT", "benchmarks/out/plain-docs"))


@event_priority(-100)
def on_page_markdown(markdown, page, **_):
    path = OUT / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\n{yaml.safe_dump(page.meta, allow_unicode=True)}---\n\n" if page.meta else ""
    path.write_text(front + markdown, encoding="utf-8")
    return markdown


@event_priority(-100)
def on_files(files, config):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT.parent / "nav.yml").write_text(
        yaml.safe_dump(config["nav"], allow_unicode=True), encoding="utf-8"
    )
    return files
