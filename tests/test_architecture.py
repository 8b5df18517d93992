"""The package layout is the pipeline: text -> store -> find -> judge -> interfaces.

Every import counts, lazy ones inside functions included: a lower layer never imports a higher
one, and no module imports itself back through others (no cycles).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factcli"
LAYERS = ["errors", "text", "store", "find", "judge", "interfaces"]


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if name in modules and name.startswith("factcli."):
                found.add(name)
    return found


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None  # factcli itself: the public API, above everything
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else None


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) for name, path in modules.items()}
    # A package's __init__ is imported by every module below it; it must import nothing.


def test_lower_layers_never_import_higher_ones():
    bad = []
    for module, imported in _graph().items():
        mine = _layer(module)
        if mine is None:
            continue
        for other in imported:
            theirs = _layer(other)
            if theirs is not None and theirs > mine:
                bad.append(f"{module} imports {other}")
    assert bad == []


def test_no_import_cycles():
    graph = _graph()
    # Packages' __init__ modules are containers; an edge to one is an edge to the package only.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt == node or nxt in ("factcli",):
                continue
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_every_folder_says_what_it_may_import():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "import" in doc, f"{init} lacks a docstring naming what it may import"


def test_the_core_never_imports_typer_or_rich_at_module_level():
    for path in PACKAGE.rglob("*.py"):
        if "interfaces" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                assert not any(n.split(".")[0] in ("typer", "rich") for n in names), path


def test_every_package_ships_in_a_release_install():
    # setuptools installs only the packages pyproject lists: a folder left out works in the
    # editable venv and fails on `pip install .` (the judge.meaning split once did)
    import tomllib

    root = Path(__file__).resolve().parent.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(root).parts) for p in (root / "factcli").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
