"""The engine's house rules (#13): its submodules are reachable by name, it imports no module in
a circle, and it uses numpy's public API only."""
from __future__ import annotations

import ast
import importlib
import types
from pathlib import Path

import visualgrad.engine as engine

ENGINE = Path(engine.__file__).parent


def _imports() -> dict[str, set[str]]:
    """For each engine module, the engine modules it imports (relative imports)."""
    names = {p.stem for p in ENGINE.glob("*.py")}
    out = {}
    for p in ENGINE.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                deps |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        out[p.stem] = deps & names
    return out


def test_every_submodule_is_the_module_under_its_own_name():
    for p in ENGINE.glob("*.py"):
        if p.stem == "__init__":
            continue
        module = importlib.import_module(f"visualgrad.engine.{p.stem}")
        assert isinstance(module, types.ModuleType)
        assert getattr(engine, p.stem) is module, f"visualgrad.engine.{p.stem} is shadowed by a re-export"
    import visualgrad.engine.tensor as t
    assert isinstance(t, types.ModuleType) and callable(t.tensor)


def test_no_import_circle_inside_the_engine():
    graph = _imports()
    graph.pop("__init__")

    def reaches(start, goal, seen):
        for d in graph.get(start, ()):
            if d == goal or (d not in seen and (seen.add(d) or reaches(d, goal, seen))):
                return True
        return False

    circles = [m for m in graph if reaches(m, m, set())]
    assert circles == []
    assert "tensor" not in graph["graph"]


def test_numpy_only_through_its_public_names():
    for p in ENGINE.glob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert "numpy._core" not in text and "np._core" not in text and "_ufunc_config" not in text, p.name
