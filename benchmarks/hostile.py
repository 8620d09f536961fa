"""How long `make validate` takes on content changes of about 1 MB built to be slow.

Issue #20's target: validation of any content change of up to 1 MB finishes in under
5 s here. Each case below adds about 1 MB to a copy of the project, in the shapes the
red teams found slow (brackets, nesting, tags, headings, long lines, aliases, deep YAML,
many names), written just within the limits where there are limits, and times the check.
"""

import shutil
import subprocess
import time
from pathlib import Path

from benchmarks import builds
from benchmarks.generate import copy_project

MB = 1024 * 1024
TARGET = 5.0  # seconds


def _pages(unit):
    """Written pages of `unit` repeated, each just under the page limit, 1 MB in all."""
    page = "# Slow\n\n" + unit * (32 * 1024 // len(unit) - 1)
    return lambda root: [
        (root / f"docs/slow-{n}.md").write_text(page, "utf-8") for n in range(MB // len(page))
    ]


def _data(text, path="data/events.yaml"):
    """The text added at the end of a data file."""

    def write(root):
        with open(root / path, "a", encoding="utf-8") as handle:
            handle.write("\n" + text)

    return write


def _claims(text, count):
    return _data(
        "".join(
            f"- id: slow-{n}\n  kind: position\n  text: {text}\n  side: russia\n"
            f"  round: round-3\n  sources:\n    - source: izvestia\n"
            for n in range(count)
        ),
        "data/claims/round-3.yaml",
    )


ALIASES = "- id: bomb\n  a: &a [x, x]\n" + "".join(
    f"  {c}: &{c} [*{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)
CASES = {  # what each writes into a copy of the project
    "pages of brackets, 100 a paragraph": _pages("[" * 100 + "\n\n"),
    "pages of nested lists and quotes": _pages("> - > - a\n"),
    "pages of setext headings": _pages("a\n---\n"),
    "pages of tags": _pages("<b>x</b>\n"),
    "pages of references": _pages("&#x41;&amp;&rlm;\n"),
    "pages of wide tables": _pages("|a" * 20 + "\n" + "|-" * 20 + "\n" + "|a\n" * 198 + "\n"),
    "pages of macro calls": _pages(
        "".join(f"{{{{ {name}() }}}}\n\n" for name in ("timeline", "figures", "sources"))
    ),
    "data: 1 MB of one text": _data("- id: long\n  text: " + "a " * (MB // 2)),
    "data: YAML nested 10,000 deep": _data("- " + "[" * 10000 + "]" * 10000),
    "data: an alias bomb": _data(ALIASES),
    "data: 5,000 claims naming actors": _claims(
        "Medinsky, Umerov, Peskov and Lavrov spoke of Kyiv and Moscow.", 5000
    ),
}


def measure(work):
    """{case: seconds of `make validate`} for each case, on a fresh copy of the project."""
    results = {}
    for name, write in CASES.items():
        root = copy_project(Path(work) / "hostile", builds.ROOT)
        shutil.copytree(builds.ROOT / "data", root / "data")
        write(root)
        started = time.perf_counter()  # refused or not: only the time counts
        subprocess.run([*builds.VALIDATE, str(root)], capture_output=True, check=False)
        results[name] = time.perf_counter() - started
        shutil.rmtree(root)
    return results


def table(results):
    worst = max(results.values())
    rows = "\n".join(f"| {name} | {seconds:.2f} s |" for name, seconds in results.items())
    verdict = "met" if worst < TARGET else "MISSED"
    return (
        f"\n## Hostile content: make validate on about 1 MB added (< {TARGET:.0f} s: {verdict}, "
        f"slowest {worst:.2f} s)\n\n| content | make validate |\n|---|---|\n{rows}"
    )
