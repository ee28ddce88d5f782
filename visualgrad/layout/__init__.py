"""Graph -> geometry, in points, y down, origin top-left. No Qt.

    spec = GraphSpec([LNode("x", 60, 30), LNode("L", 60, 30)], [LEdge("e0", "x", "L")])
    lay = layout(spec)          # Graphviz dot if it works, else the built-in layout
    lay.nodes["x"].x, lay.edges["e0"].points, lay.engine, lay.note

Modules: model (the data), dotwrite (DOT text), rundot (running dot safely),
dotjson (reading dot's JSON), layering + builtin (the fallback), auto (layout()).
"""
from .auto import layout
from .builtin import builtin_layout
from .dotjson import parse_dot_json
from .dotwrite import to_dot
from .model import GraphSpec, Layout, LayoutError, LEdge, LNode, Placed, Route
from .rundot import dot_version, find_dot, run_dot

__all__ = [
    "GraphSpec", "LEdge", "LNode", "Layout", "LayoutError", "Placed", "Route",
    "builtin_layout", "dot_version", "find_dot", "layout", "parse_dot_json", "run_dot", "to_dot",
]
