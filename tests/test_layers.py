"""The core's layers import only downwards, as the data flows: read, check, model, render,
then pages and views, then publish, then the tools; common, at the bottom, is for all.
Only the two adapters at the top of macros/ import MkDocs or mkdocs-macros."""

import ast
from pathlib import Path

import pytest

MACROS = Path(__file__).resolve().parent.parent / "macros"
LAYERS = {
    "common": 0,
    "read": 1,
    "check": 2,
    "model": 3,
    "render": 4,
    "pages": 5,
    "views": 5,
    "publish": 6,
    "cli": 7,
}
ADAPTERS = {"__init__.py", "mkdocs_hooks.py"}


def imports(path):
    """The modules a file imports, wherever in the file (functions included)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def layer_of(module):
    parts = module.split(".")
    return parts[1] if parts[0] == "macros" and len(parts) > 1 and parts[1] in LAYERS else None


CORE = sorted(path for path in MACROS.rglob("*.py") if path.parent != MACROS)


@pytest.mark.parametrize("path", CORE, ids=lambda path: str(path.relative_to(MACROS)))
def test_a_core_module_imports_only_its_own_layer_and_those_below(path):
    own = path.relative_to(MACROS).parts[0]
    upward = [
        module
        for module in imports(path)
        if (layer := layer_of(module)) and layer != own and LAYERS[layer] >= LAYERS[own]
    ]
    assert not upward, f"{own} may not import {upward}"
    assert not [
        module
        for module in imports(path)
        if module.split(".")[0] in ("mkdocs", "mkdocs_macros")
        or module in ("macros", "macros.mkdocs_hooks")
    ]


def test_every_core_folder_has_a_layer():
    folders = {path.relative_to(MACROS).parts[0] for path in CORE}
    assert folders == set(LAYERS)


def test_the_check_catches_an_upward_import(tmp_path):
    """The test above can fail: a read module importing check is found."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from macros.check import schemas\n", encoding="utf-8")
    assert [m for m in imports(probe) if LAYERS[layer_of(m)] > LAYERS["read"]]


def test_every_rule_module_is_listed_and_tested():
    """A rule written but left out of RULES would check nothing, silently (a reviewer found it)."""
    from macros.check import rules

    folder = MACROS / "check" / "rules"
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "rule"}
    listed = {
        rule.__module__.rsplit(".", 1)[1] for rule in (r.record or r.dataset for r in rules.RULES)
    }
    assert modules == listed, (
        f"not in RULES (macros/check/rules/__init__.py): {sorted(modules - listed)}"
    )
    tests = MACROS.parent / "tests" / "check"
    assert [m for m in sorted(modules) if not (tests / f"test_{m}.py").exists()] == []
