"""The benchmark's figures as Markdown tables, ready to paste into benchmarks/README.md."""

LIMIT = 1200  # seconds: a scaled build slower than this is stopped


def table(head, rows):
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _s(timing):
    """Wall-clock (CPU) seconds."""
    return f"{timing['wall']:.2f} s ({timing['cpu']:.2f} s)"


def _kb(size):
    return f"{size / 1024:.1f}"


def tests(t):
    rows = [
        ["make test-fast (in memory)", _s(t["fast"])],
        ["make test (every check, every core)", _s(t["whole"])],
    ]
    heading = (
        "\n## 0. Tests (make test-fast < 30 s; make test < 4 min, browser checks included)\n\n"
    )
    return heading + table(["suite", "wall clock (CPU)"], rows)


def overhead(o):
    return "\n## 1. Overhead (target ≤ 1.25×)\n\nTimes are medians, wall clock (CPU).\n\n" + table(
        ["pages", "runs", "real site", "plain Material copy", "ratio"],
        [
            [
                o["pages"],
                o["runs"],
                _s(o["real"]),
                _s(o["plain"]),
                f"{o['ratio_wall']:.2f}× ({o['ratio_cpu']:.2f}×)",
            ]
        ],
    )


def previews(p):
    """The og:image cards: part of every build above; with a warm cache a rebuild only copies them."""
    return (
        f"\nPreview images (og:image): {p['cards']} cards, {p['cold']:.2f} s with an empty cache "
        f"({1000 * p['cold'] / max(p['cards'], 1):.0f} ms each), {p['warm']:.2f} s from the cache"
    )


def scaling(rows):
    body = [
        [
            _scale(r),
            r.get("pages", "—"),
            _s(r["build"]) if "build" in r else f"stopped after {LIMIT} s",
            _ms(r.get("ms_per_page")),
            _s(r["validate"]),
        ]
        for r in rows
    ]
    per = {r["scale"]: r.get("ms_per_page") for r in rows}
    note = ""
    if per.get(100) and per.get(10):
        note = (
            f"\n\nper-page cost 100× / 10×: {per[100]['wall'] / per[10]['wall']:.2f} "
            f"({per[100]['cpu'] / per[10]['cpu']:.2f}) (target ≤ 1.2)"
        )
    return (
        "\n## 2. Scaling (validation of 100× ≤ 4 s; per page at 100× ≤ 1.2 × per page at 10×)\n\n"
        + table(["data", "pages", "build", "per page", "validation"], body)
        + note
    )


def _scale(row):
    lists = row.get("list_copies", row["scale"])
    return f"{row['scale']}×" + (f" (lists {lists}×)" if lists < row["scale"] else "")


def _ms(per_page):
    return "—" if per_page is None else f"{per_page['wall']:.0f} ms ({per_page['cpu']:.0f} ms)"


def pages(figures):
    weights = table(
        [
            "page",
            "path",
            "HTML KB",
            "CSS KB",
            "JS KB",
            "fonts KB",
            "other KB",
            "total KB",
            "requests",
            "third-party",
        ],
        [
            [
                name,
                f["path"],
                _kb(f["html"]),
                _kb(f["css"]),
                _kb(f["js"]),
                _kb(f["fonts"]),
                _kb(f["other"]),
                _kb(f["total"]),
                f["requests"],
                f["third_party"],
            ]
            for name, f in figures.items()
        ],
    )
    text = "\n## 3. Weight (transferred, gzip; a round page ≤ 150 KB, 0 third-party)\n\n" + weights
    scored = {name: f for name, f in figures.items() if "performance" in f}
    if scored:
        metrics = list(next(iter(scored.values()))["metrics"])
        text += (
            "\n\n## 4. Lighthouse, mobile, served with gzip (performance ≥ 98; a11y, best practices, SEO 100)\n\n"
            "The median run of each page (nearest the median first paint and time to interactive, as "
            "Lighthouse picks it), and every run's performance score in the order they ran.\n\n"
            + table(
                [
                    "page",
                    "performance",
                    "runs",
                    *metrics,
                    "accessibility",
                    "best practices",
                    "SEO",
                    "audits that cost points",
                ],
                [
                    [
                        name,
                        f["performance"],
                        " ".join(map(str, f["performance runs"])),
                        *f["metrics"].values(),
                        f["accessibility"],
                        f["best-practices"],
                        f["seo"],
                        ", ".join(f["failed"]) or "—",
                    ]
                    for name, f in scored.items()
                ],
            )
        )
    else:
        text += "\n\nLighthouse skipped: run `npm ci` in benchmarks/ (make bench does) and install chromium."
    return text
