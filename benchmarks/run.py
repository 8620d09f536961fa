"""`make bench`: test times, build overhead, scaling, page weight and Lighthouse, printed as tables.

Figures only, no pass or fail: targets are in benchmarks/README.md. The raw
figures are also written to benchmarks/out/results.json.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from macros.common import urls
from macros.model import build_cache
from macros.publish import previews

from . import builds, hostile, lighthouse, page_size, report, serve, weight

OUT = Path(__file__).resolve().parent / "out"
PORT = 8601
SCALING_RUNS = 2  # builds and validations at each size; one build at 100x, the slowest


def tests():
    """The inner loop a contributor runs (make test-fast: target under 30 s) and the whole suite
    (make test: target under 4 minutes here, browser checks included)."""
    every_core = ["-n", "auto", "--dist", "loadfile", "-p", "no:cacheprovider"]  # as the Makefile
    fast = builds.timed([builds.PY, "-m", "pytest", "--fast", "-q", *every_core])
    whole = builds.timed([builds.PY, "-m", "pytest", "-q", *every_core])
    return {"fast": asdict(fast), "whole": asdict(whole)}


def overhead(work, runs):
    """Real site and plain copy, built alternately."""
    plain = builds.plain_site(work)
    real_times, plain_times = [], []
    for _ in range(runs):
        real_times.append(builds.build(builds.ROOT / "mkdocs.yml", work / "real-site"))
        plain_times.append(builds.build(plain, work / "plain-site"))
    for language in ("uk", "ru"):  # the editions, where make build puts them (pages are measured)
        builds.build(builds.ROOT / f"mkdocs.{language}.yml", work / "real-site" / language)
    real, bare = builds.median(real_times), builds.median(plain_times)
    return {
        "runs": runs,
        "pages": builds.pages(work / "real-site"),
        "real": asdict(real),
        "plain": asdict(bare),
        "ratio_wall": real.wall / bare.wall,
        "ratio_cpu": real.cpu / bare.cpu,
    }


def scaling(work, scales, runs):
    return [_scaled(work, scale, runs) for scale in scales]


def _scaled(work, scale, runs):
    root, list_copies = builds.scaled_project(work, scale)
    validations = [builds.validate(root) for _ in range(runs)]
    row = {
        "scale": scale,
        "list_copies": list_copies,
        "validate": asdict(builds.median(validations)),
    }
    times = [
        builds.build(root / "mkdocs.yml", work / "scaled-site", timeout=report.LIMIT)
        for _ in range(1 if scale >= 100 else runs)
    ]
    if None not in times:
        row["build"] = asdict(builds.median(times))
        row["pages"] = builds.pages(work / "scaled-site")
        row["ms_per_page"] = {k: 1000 * v / row["pages"] for k, v in row["build"].items()}
    shutil.rmtree(root)
    shutil.rmtree(work / "scaled-site", ignore_errors=True)
    return row


def preview_cost(site):
    """Seconds to make every page's og:image card with an empty cache, and again from the cache."""
    titles = sorted({t for t in (_og_title(p) for p in site.rglob("index.html")) if t})
    seconds = {}
    for state in ("cold", "warm"):
        start = time.perf_counter()
        for title in titles:
            previews.ensure(
                site.parent / "preview-site",
                site.parent / "preview-cache",
                "Istanbul Talks Tracker",
                title,
            )
        seconds[state] = time.perf_counter() - start
    return {"cards": len(titles), **seconds}


def _og_title(page):
    found = page.read_text(encoding="utf-8").split('<meta property="og:title" content="', 1)
    return found[1].split('"', 1)[0] if len(found) == 2 else None


def sample_pages():
    """Home, the latest round, and the actor and the issue with the most claims."""
    model = build_cache.model()
    round_ = max(model["rounds"].values(), key=lambda r: r.data["number"])
    actor = max(model["actors"], key=lambda a: len(model.claims_by_speaker.get(a, ())))
    issue = max(model["issues"], key=lambda i: len(model.claims_by_issue.get(i, ())))
    return {
        "home": "",
        "round": urls.page_url("rounds", round_.id),
        "actor": urls.page_url("actors", actor),
        "issue": urls.page_url("issues", issue),
    }


def browser_figures(work, with_lighthouse):
    """Weight of the sample pages and of issue 14's pages; Lighthouse of issue 14's pages (served with gzip)."""
    paths = {
        name: path for name, path in sample_pages().items() if path not in lighthouse.PAGES.values()
    }
    paths.update(lighthouse.PAGES)
    with serve.serving(work / "real-site", PORT) as base:
        sizes = weight.measure([base + path for path in paths.values()])
        scores = (
            {name: lighthouse.scores(base + path) for name, path in lighthouse.PAGES.items()}
            if with_lighthouse
            else {}
        )
    return {
        name: {"path": "/" + path, **sizes[base + path], **scores.get(name, {})}
        for name, path in paths.items()
    }


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="builds of each kind for the overhead (default 3)"
    )
    parser.add_argument(
        "--scales", type=int, nargs="+", default=[1, 10, 100], help="data sizes (default 1 10 100)"
    )
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        results["tests"] = tests()
        print(report.tests(results["tests"]), flush=True)
        results["overhead"] = overhead(work, args.runs)
        print(report.overhead(results["overhead"]), flush=True)
        results["previews"] = preview_cost(work / "real-site")
        print(report.previews(results["previews"]), flush=True)
        results["hostile"] = hostile.measure(work)
        print(hostile.table(results["hostile"]), flush=True)
        results["scaling"] = scaling(work, args.scales, SCALING_RUNS)
        print(report.scaling(results["scaling"]), flush=True)
        if Path(weight.CHROMIUM).exists():
            results["pages"] = browser_figures(work, lighthouse.available())
            print(report.pages(results["pages"]), flush=True)
            results["page_size"] = page_size.measure(work / "real-site")
            print(page_size.table(results["page_size"]), flush=True)
        else:
            print(
                f"\n{weight.CHROMIUM} is absent: no page weight and no Lighthouse (apt-get install chromium)"
            )
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
