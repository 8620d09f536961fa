"""The GitHub files (and CITATION.cff) are checked offline: zizmor for workflow
security, the published schemas bundled in check-jsonschema for structure."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from macros.read.collection_specs import COLLECTIONS

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


def test_there_are_check_and_deploy_workflows():
    assert {p.name for p in WORKFLOWS} >= {"check.yml", "deploy.yml"}


def test_zizmor_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", str(GITHUB / "workflows"))
    assert result.returncode == 0, result.stdout + result.stderr


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
    mapped = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    for collection in COLLECTIONS:
        pattern = f"{collection.folder}/{collection.single_file or '*.yaml'}"
        assert mapped.get(f"./schemas/{collection.schema}") == pattern, f"add {collection.schema}: {pattern}"
