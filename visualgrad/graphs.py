"""The computation graph for other tools: a networkx DiGraph, a graphviz Digraph, GraphML and DOT files.

    vg.to_networkx(L)     nx.DiGraph; node k (the JSON contract's id) carries name, value, grad, op,
                          role, line; edge input -> consumer carries slot, contribution, label
    vg.to_graphviz(L)     graphviz.Digraph, as micrograd's draw_dot and torchviz's make_dot give:
                          Jupyter shows it, .render("graph", format="svg") writes it
    visualgrad export ... -o graph.graphml | graph.dot      the same, as files (Gephi, yEd, Cytoscape, dot)

The numbers are the timeline's: the graph after its forward and backward passes. networkx and graphviz
are imported when first used, never with the package (the app's launch does not pay for them).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .fmt import format_value

# role -> fill, as the light theme draws them (inputs light blue, parameters light green, constants grey, loss coral)
ROLE_FILL = {"input": "#cfe6ff", "parameter": "#cdeccf", "constant": "#e3e3e3", "intermediate": "#ffffff",
             "output": "#ff9e85"}


def timeline_of(output):
    """A Timeline from a Tensor (made now, from its current numbers) or a Timeline itself."""
    from .engine import Tensor
    from .timeline import Timeline, make_timeline
    if isinstance(output, Timeline):
        return output
    if isinstance(output, Tensor):
        return make_timeline(output)
    raise TypeError(f"expected a visualgrad Tensor (the result of a computation), not {type(output).__name__}")


def _number(a):
    """A scalar as a float, a tensor as a numpy array, no gradient as None."""
    if a is None:
        return None
    arr = np.asarray(a, dtype=np.float64)
    return float(arr) if arr.ndim == 0 else arr.copy()


def to_networkx(output):
    """The graph as an nx.DiGraph. Nodes are numbered as `visualgrad trace --json` numbers them."""
    import networkx as nx
    tl = timeline_of(output)
    ids = {nid: k for k, nid in enumerate(tl.nodes)}
    g = nx.DiGraph(output=ids[tl.output])
    for nid, info in tl.nodes.items():
        g.add_node(ids[nid], name=info.label, value=_number(info.value), grad=_number(info.grad), op=info.op,
                   role=info.role, line=info.line, formula=info.formula or info.label)
    for consumer, source, slot, e in _edges(tl):
        g.add_edge(ids[source], ids[consumer], slot=slot,
                   contribution=_number(e.contribution) if e is not None else None, label=e.label if e else "")
    return g


def _edges(tl):
    """(consumer, source, slot, Edge or None) for every input of every node. An input that gets no
    gradient (a constant, data, a detached value) carries no blame, so the timeline has no Edge for it;
    it is still an edge of the graph."""
    for nid, info in tl.nodes.items():
        for slot, source in enumerate(info.inputs):
            yield nid, source, slot, tl.edges.get((nid, slot))


def to_graphviz(output, direction: str = "TB"):
    """The graph as a graphviz.Digraph: a box per value (name, value, ∇ gradient), coloured by role."""
    import graphviz
    tl = timeline_of(output)
    ids = {nid: k for k, nid in enumerate(tl.nodes)}
    dot = graphviz.Digraph("visualgrad", graph_attr={"rankdir": direction},
                           node_attr={"shape": "box", "style": "rounded,filled", "fontname": "Helvetica"})
    for nid, info in tl.nodes.items():
        lines = [info.label if not info.op or info.formula == info.label else f"{info.label} = {info.formula}",
                 f"value {format_value(info.value, 4)}"]
        if info.grad is not None:
            lines.append(f"∇ {format_value(info.grad, 4)}")
        dot.node(str(ids[nid]), "\n".join(lines), fillcolor=ROLE_FILL.get(info.role, "#ffffff"))
    for consumer, source, _, e in _edges(tl):
        dot.edge(str(ids[source]), str(ids[consumer]), label=e.label if e is not None and e.label else None)
    return dot


def _graphml_ready(g):
    """GraphML holds strings and numbers only: tensors become JSON lists, missing values are left out."""
    h = g.copy()
    for attrs in [d for _, d in h.nodes(data=True)] + [d for _, _, d in h.edges(data=True)]:
        for key, v in list(attrs.items()):
            if v is None:
                del attrs[key]
            elif isinstance(v, np.ndarray):
                attrs[key] = json.dumps(v.tolist())
                attrs[key + "_shape"] = "×".join(map(str, v.shape))
    h.graph = {k: v for k, v in h.graph.items() if v is not None}
    return h


def export_graph(output, path) -> Path:
    """Write the graph to a .graphml or .dot file (the suffix decides); returns the path written."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "graphml":
        import networkx as nx
        nx.write_graphml(_graphml_ready(to_networkx(output)), path)
    elif fmt in ("dot", "gv"):
        path.write_text(to_graphviz(output).source, encoding="utf-8")
    else:
        raise ValueError(f"{path}: a graph is written as .graphml or .dot")
    return path
