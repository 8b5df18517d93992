"""The fuzz targets (run only in CI, with atheris) import names that exist: a moved function
must not wait for CI's fuzz step to be found."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"


@pytest.mark.parametrize("target", sorted(FUZZ.glob("fuzz_*.py")), ids=lambda p: p.name)
def test_fuzz_target_imports_resolve(target: Path) -> None:
    tree = ast.parse(target.read_text(encoding="utf-8"))
    checked = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("factcli"):
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name) or importlib.util.find_spec(
                    f"{node.module}.{alias.name}"
                ), f"{target.name}: {node.module}.{alias.name}"
                checked += 1
    assert checked, f"{target.name} imports nothing from factcli"
