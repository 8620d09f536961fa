"""Lighthouse scores (npm `lighthouse`, pinned in benchmarks/package.json) for a page served locally."""
import json
import os
import subprocess
import tempfile
from pathlib import Path

from .weight import CHROMIUM, FLAGS

BIN = Path(__file__).resolve().parent / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def available():
    return BIN.exists() and Path(CHROMIUM).exists()


def scores(url):
    """{category: score 0-100} for the page, in Lighthouse's default (mobile, throttled) set-up."""
    with tempfile.TemporaryDirectory(prefix="bench-lh-") as tmp:
        report = Path(tmp) / "report.json"
        command = [str(BIN), url, "--quiet", "--output=json", f"--output-path={report}",
                   f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(FLAGS)}"]
        subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True,
                       timeout=180)
        data = json.loads(report.read_text(encoding="utf-8"))
    result = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    result["failed"] = _failed(data)
    return result


def _failed(data):
    """The audits that cost points outside performance, so a score below 100 says why."""
    ids = {ref["id"] for name in CATEGORIES[1:] for ref in data["categories"][name]["auditRefs"] if ref["weight"]}
    return sorted(i for i in ids if data["audits"][i]["score"] is not None and data["audits"][i]["score"] < 1)
