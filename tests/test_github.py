"""The GitHub files (and CITATION.cff) are checked offline: zizmor for workflow
security, the published schemas bundled in check-jsonschema for structure."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.read.collection_specs import COLLECTIONS

from conftest import ROOT

BIN = Path(sys.executable).parent
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
SCHEMA_FOR = {
    **{path: "vendor.github-workflows" for path in WORKFLOWS},
    GITHUB / "dependabot.yml": "vendor.dependabot",
    GITHUB / "ISSUE_TEMPLATE" / "wrong-fact.yml": "vendor.github-issue-forms",
    GITHUB / "ISSUE_TEMPLATE" / "config.yml": "vendor.github-issue-config",
    ROOT / "CITATION.cff": "vendor.citation-file-format",
}


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_the_site_is_published_only_after_the_checks_pass_on_main():
    jobs = yaml.safe_load((GITHUB / "workflows" / "check.yml").read_text(encoding="utf-8"))["jobs"]
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    assert "github.ref == 'refs/heads/main'" in jobs["build"]["if"]
    assert all("permissions" in job for job in jobs.values())
    assert "write" not in str(jobs["test"]["permissions"]) + str(jobs["build"]["permissions"])
    build_env = next(
        step["env"] for step in jobs["build"]["steps"] if step.get("run") == "make build"
    )
    assert build_env["SITE_URL"].endswith("}/") and build_env["REPO_URL"]


@pytest.mark.build
def test_zizmor_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", str(ROOT))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.build
@pytest.mark.parametrize("path", SCHEMA_FOR, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_matches_githubs_schema(path):
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", SCHEMA_FOR[path], str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if "uses:" in line:
            assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_and_no_pull_request_target(path):
    text = path.read_text(encoding="utf-8")
    assert "\npermissions: {}\n" in text
    assert "pull_request_target" not in text
    assert "github.event." not in text  # no pull-request text can reach a shell


def test_editor_settings_map_every_collection_to_its_schema():
    mapped = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))[
        "yaml.schemas"
    ]
    for collection in COLLECTIONS:
        pattern = f"{collection.folder}/{collection.single_file or '*.yaml'}"
        assert mapped.get(f"./schemas/{collection.schema}") == pattern, (
            f"add {collection.schema}: {pattern}"
        )


def uses_of(node):
    """Every `uses:` value in a workflow, steps and reusable-workflow jobs alike."""
    if isinstance(node, dict):
        yield from ([node["uses"]] if "uses" in node else [])
        for value in node.values():
            yield from uses_of(value)
    elif isinstance(node, list):
        for value in node:
            yield from uses_of(value)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_use_is_a_full_commit_sha_with_the_version_beside_it(path):
    text = path.read_text(encoding="utf-8")
    uses = list(uses_of(yaml.safe_load(text)))
    assert uses, "no actions found"
    for use in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", use), use
        assert re.search(rf"uses: {re.escape(use)} # v\d+\.\d+\.\d+\n", text), (
            f"{use}: add # vX.Y.Z"
        )


def test_the_lock_names_no_index_or_local_path():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    options = re.findall(
        r"^\s*(-i|-f|--index-url|--extra-index-url|--find-links|--trusted-host)\b.*$", lock, re.M
    )
    assert not options, f"machine-local lines in requirements.lock: {options}; run `make lock`"
    assert "file:" not in lock and "/opt/" not in lock
    assert "--hash=sha256:" in lock
