"""Lighthouse scores (npm `lighthouse`, pinned in benchmarks/package.json) for a page served locally."""

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from .weight import CHROMIUM, FLAGS

BIN = Path(__file__).resolve().parent / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# The pages issue 14 sets targets for (mobile performance >= 98), by their published address.
PAGES = {
    "home": "",
    "round 3": "rounds/round-3/",
    "round 3 (uk)": "uk/rounds/round-3/",  # issue #24: the Ukrainian edition holds the same targets
    "disagreements": "disagreements/",
    "Russia": "actors/russia/",
    "ceasefire": "issues/ceasefire/",
}
# What the performance score is made of, and the DOM size the issue found holding it back: (column, divisor).
METRICS = {
    "first-contentful-paint": ("FCP s", 1000),
    "largest-contentful-paint": ("LCP s", 1000),
    "speed-index": ("SI s", 1000),
    "total-blocking-time": ("TBT ms", 1),
    "cumulative-layout-shift": ("CLS", 1),
    "dom-size": ("DOM elements", 1),
}


RUNS = 5  # Lighthouse's variability guide (docs/variability.md): the median of five runs halves the spread of one


def available():
    return BIN.exists() and Path(CHROMIUM).exists()


def scores(url):
    """The median of RUNS runs, with each run's performance score, in the order they ran, in "performance runs".

    On a shared machine one run's blocking time moves with whatever else runs, and the
    simulated load time with whether the search index arrived before the first paint."""
    results = [_run(url) for _ in range(RUNS)]
    return {
        **median_run(results),
        "performance runs": [result["performance"] for result in results],
    }


def median_run(results):
    """The run nearest both the median first paint and the median time to interactive, ties to the
    earlier interactive: how Lighthouse's own computeMedianRun (core/lib/median-run.js) picks it,
    rather than by the score, which follows a run's outliers."""
    fcp, tti = (
        statistics.median(result["timings"][key] for result in results) for key in ("fcp", "tti")
    )
    return min(
        results,
        key=lambda r: (
            (fcp - r["timings"]["fcp"]) ** 2 + (tti - r["timings"]["tti"]) ** 2,
            r["timings"]["tti"],
        ),
    )


def _run(url):
    """{category: score 0-100, metrics, failed} for the page, in Lighthouse's default (mobile, throttled) set-up.

    Serve the site with benchmarks/serve.py, which compresses as GitHub Pages does."""
    with tempfile.TemporaryDirectory(prefix="bench-lh-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            str(BIN),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(FLAGS)}",
        ]
        subprocess.run(
            command,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=True,
            capture_output=True,
            timeout=180,
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    result = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    result["failed"] = _failed(data)
    result["metrics"] = {
        label: _metric(data["audits"][audit], divisor)
        for audit, (label, divisor) in METRICS.items()
    }
    result["timings"] = {
        "fcp": data["audits"]["first-contentful-paint"]["numericValue"],
        "tti": data["audits"]["interactive"]["numericValue"],
    }
    return result


def _metric(audit, divisor):
    value = audit.get("numericValue")
    if value is None:
        return "—"
    value /= divisor
    return f"{value:.2f}" if divisor > 1 or value < 10 else f"{value:.0f}"


def _failed(data):
    """The audits that cost points outside performance, so a score below 100 says why."""
    ids = {
        ref["id"]
        for name in CATEGORIES[1:]
        for ref in data["categories"][name]["auditRefs"]
        if ref["weight"]
    }
    return sorted(
        i for i in ids if data["audits"][i]["score"] is not None and data["audits"][i]["score"] < 1
    )
