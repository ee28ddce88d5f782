"""Every import goes one way: no module reaches, directly or through others, a module that imports it back
(import-linter's contracts check the layers; this checks there is no circle anywhere, not even through an
import made inside a function). The graph is read from the source by grimp, import-linter's own reader."""
from __future__ import annotations

import grimp
import networkx as nx


def test_no_import_circles():
    graph = grimp.build_graph("visualgrad")
    g = nx.DiGraph()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            g.add_edge(module, imported)
    circles = [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1]
    assert circles == [], circles


def test_the_qt_subpackages_hold_what_the_docs_say():
    from pathlib import Path
    qt = Path(__file__).resolve().parents[1] / "visualgrad" / "qt"
    packages = sorted(p.name for p in qt.iterdir() if (p / "__init__.py").is_file())
    assert packages == ["canvas", "documents", "export", "i18n", "panels", "window"]
    too_long = {str(p.relative_to(qt)): n for p in qt.rglob("*.py") if (n := len(p.read_text().splitlines())) > 450}
    assert too_long == {}, "a module a reader cannot take in at once: split it by what it holds"
