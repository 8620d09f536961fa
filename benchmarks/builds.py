"""Timed builds and validations, and the plain Material copy of our pages.

Every build runs as `python -m mkdocs build` in a fresh process, as a contributor
runs it, so a figure includes start-up and imports. Outputs go to temporary
folders, never to the shared site/.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils import yaml_load

from macros.check.articles import articles_dir

from . import generate

ROOT = generate.ROOT
HERE = Path(__file__).resolve().parent
PY = sys.executable


def env(**extra):
    """The validator finds the articles wherever the project is copied."""
    return {**os.environ, "ISTANBUL_ARTICLES": str(articles_dir(ROOT)), **extra}


@dataclass(frozen=True)
class Timing:
    wall: float  # what a contributor waits
    cpu: float  # user + system time of the command and its children: steadier on a busy machine


def timed(command, cwd=ROOT, timeout=None, **extra_env):
    """The Timing of a command, or None if it ran past `timeout`."""
    before, started = _cpu(), time.perf_counter()
    try:
        result = subprocess.run(
            command,
            cwd=cwd,
            env=env(**extra_env),
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    timing = Timing(time.perf_counter() - started, _cpu() - before)
    if result.returncode:
        raise RuntimeError(
            f"{' '.join(map(str, command))} failed:\n{(result.stdout + result.stderr)[-3000:]}"
        )
    return timing


def _cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(config, out, timeout=None, **extra_env):
    return timed(
        [PY, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)],
        cwd=Path(config).parent,
        timeout=timeout,
        **extra_env,
    )


VALIDATE = [PY, "-m", "macros.cli.validate", "--root"]


def validate(root):
    # cwd=root: the copy's own code, whose limits a scaled copy raises (generate.raise_limits)
    return timed([*VALIDATE, str(root)], cwd=root)


def median(timings):
    return Timing(
        statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings)
    )


def pages(site):
    return sum(1 for _ in Path(site).rglob("*.html"))


def _config():
    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def _without_macros(plugins):
    return [p for p in plugins if (p if isinstance(p, str) else next(iter(p))) != "macros"]


def plain_site(work):
    """The real site's pages, as the Markdown our macros produce, in a Material site without our code.

    Same theme, navigation and Markdown extensions; no hooks, no macros, no data.
    Returns the plain site's mkdocs.yml.
    """
    work, config = Path(work), _config()
    docs = work / "plain" / "docs"
    shutil.copytree(
        ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md")
    )  # stylesheets, images
    project = generate.copy_project(
        work / "real"
    )  # our hooks expect their config at the project root
    shutil.copytree(ROOT / "data", project / "data")
    hooks = config.get("hooks", []) + [str(HERE / "markdown_dump.py")]
    _write(project / "bench-dump.yml", {"INHERIT": "mkdocs.yml", "hooks": hooks})
    build(
        project / "bench-dump.yml",
        work / "dump-site",
        BENCH_MARKDOWN_OUT=str(docs),
        GIT_DIR=str(ROOT / ".git"),
        GIT_WORK_TREE=str(project),
    )  # the real history, for page dates
    plain = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(docs),
        "hooks": [],
        "watch": [],
        "plugins": _without_macros(config.get("plugins", [])),
        "nav": yaml.safe_load((docs.parent / "nav.yml").read_text(encoding="utf-8")),
    }
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        plain["theme"] = {"custom_dir": str(ROOT / theme["custom_dir"])}
    return _write(work / "plain" / "mkdocs.yml", plain)


def _write(path, config):
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def scaled_project(work, scale):
    """A project copy with `scale` times the data, committed so that git history is read as in the real one.

    Returns the copy and how many copies the single-file lists hold (see generate.write)."""
    root = Path(work) / f"x{scale}"
    list_copies = generate.write(root, scale)
    for command in (
        ["init", "-q"],
        ["add", "-A"],
        [
            "-c",
            "user.name=bench",
            "-c",
            "user.email=bench@localhost",
            "commit",
            "-q",
            "-m",
            f"{scale}x synthetic data",
        ],
    ):
        subprocess.run(["git", *command], cwd=root, check=True, capture_output=True)
    return root, list_copies
