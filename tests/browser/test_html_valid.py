"""The built HTML is valid by the Nu HTML checker (vnu.jar, the W3C validator): no errors."""

import json
import shutil
import subprocess

import pytest

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Material puts autocomplete="off" on its two hidden checkboxes (drawer and search
# toggles) so that Firefox does not restore them ticked after a reload. HTML allows
# autocomplete only on text-like inputs, so vnu errs; the tag sits outside every
# template block Material lets a theme override, so this one message is forgiven.
MATERIAL_CHECKBOXES = (
    "Attribute “autocomplete” is only allowed when the input type is",
    'type="checkbox"',
)


def forgiven(message):
    return (
        message["message"].startswith(MATERIAL_CHECKBOXES[0])
        and MATERIAL_CHECKBOXES[1] in message["extract"]
    )


def test_every_page_is_valid_html(built_site):
    if not shutil.which("java"):
        pytest.skip("java is not installed: the HTML validity check is skipped")
    assert VNU.exists(), f"{VNU.relative_to(ROOT)} is missing: make test installs it with npm ci"
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--format",
            "json",
            "--errors-only",
            "--skip-non-html",
            str(built_site),
        ],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [m for m in messages if m["type"] != "info" and not forgiven(m)]
    assert not errors, "\n".join(
        f"{m.get('url', '').removeprefix('file:' + str(built_site))}:{m.get('lastLine')}: {m['message']}"
        for m in errors
    )
