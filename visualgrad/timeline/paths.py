"""Why this number: ∂L/∂x as the sum, over every path from x to L, of the product of the local
derivatives along it. No Qt.

For scalar edges each factor is a number and a path's share is their product. Where a path passes
through tensors its "product" is a chain of Jacobians: its share is computed exactly by running each
op's vector-Jacobian product along that path only, from the seed at L back to x, and a tensor x is
explained one element at a time. Because every VJP is linear in the blame it is given, the shares
of all paths add up to the gradient the backward pass computed.

Paths come from networkx (imported when a path is first asked for). An input used twice by one op
(x·x) is two edges, so two paths: the graph is a multigraph keyed by the input slot.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import OPS
from ..fmt import format_number
from ..i18n import tr
from .narration import _d as _paren
from .narration import grad_name

MAX_PATHS = 500  # listed at most; the count and the remainder are always said


@dataclass(frozen=True)
class Factor:
    consumer: int
    slot: int
    name: str  # ∂(x²)/∂x
    formula: str  # 2·x
    value: float | None  # the local derivative's number (scalar edges only)


@dataclass(frozen=True)
class Path:
    nodes: tuple  # node ids from x to L
    edges: tuple  # (consumer, slot) keys, from x towards L
    factors: tuple  # Factor per edge, from L back to x (the order the chain rule reads)
    share: float  # this path's part of ∂L/∂x (of the element asked for)

    @property
    def scalar(self) -> bool:
        return all(f.value is not None for f in self.factors)


@dataclass(frozen=True)
class Why:
    node: int
    index: tuple | None
    name: str  # ∂L/∂x or ∂L/∂W[0, 1]
    paths: tuple
    count: int  # every path, listed or not
    total: float  # the sum of the listed paths' shares
    gradient: float  # what the backward pass computed

    @property
    def complete(self) -> bool:
        return len(self.paths) == self.count


def blame_graph(tl):
    """The timeline's graph as a networkx MultiDiGraph of the edges that carry blame (input slot as key)."""
    import networkx as nx
    g = nx.MultiDiGraph()
    g.add_nodes_from(tl.nodes)
    for (consumer, slot), e in tl.edges.items():
        if e.contribution is not None and _gets_gradient(tl, e.source):
            g.add_edge(e.source, consumer, key=slot)
    return g


def _gets_gradient(tl, node_id) -> bool:
    info = tl.nodes[node_id]
    return info.role != "constant" and info.grad is not None


def path_count(tl, node_id: int) -> int:
    """How many paths lead from the node to the loss (counted, not listed: it can be 2³⁰)."""
    g = blame_graph(tl)
    count = {tl.output: 1}
    for nid in reversed(list(tl.nodes)):
        if nid != tl.output:
            count[nid] = sum(count.get(c, 0) for _, c in g.out_edges(nid))
    return count.get(node_id, 0)


def _factor(tl, consumer: int, slot: int) -> Factor:
    info = tl.nodes[consumer]
    src = tl.nodes[info.inputs[slot]]
    formula = OPS[info.op].derivs([tl.nodes[i].label for i in info.inputs], info.attrs)[slot]
    e = tl.edges[(consumer, slot)]
    value = None if e.local is None else float(e.local)
    name = f"∂{_paren(info.label)}/∂{_paren(src.label)}"
    if info.inputs.count(info.inputs[slot]) > 1:  # x·x: say which use of x this path goes through
        name += tr("paths", " (input {k})").format(k=slot + 1)
    return Factor(consumer, slot, name, formula, value)


def _vjp_edge(tl, consumer: int, slot: int, g: np.ndarray) -> np.ndarray:
    """The blame `g` on the consumer, passed back along its input `slot` only."""
    info = tl.nodes[consumer]
    xs = [tl.nodes[i].value for i in info.inputs]
    with np.errstate(all="ignore"):
        return np.asarray(OPS[info.op].vjp(g, info.value, xs, info.attrs or {})[slot], dtype=np.float64)


def why(tl, node_id: int, index: tuple | None = None, limit: int = MAX_PATHS) -> Why:
    """∂L/∂node (element `index` of a tensor; the largest by default) as a sum over paths."""
    import networkx as nx

    from .practice import element_of, index_text
    info = tl.nodes[node_id]
    if not _gets_gradient(tl, node_id):
        raise ValueError(tr("paths", "{name} gets no gradient").format(name=info.label))
    grad = np.asarray(info.grad, dtype=np.float64)
    if grad.ndim and index is None:
        index = element_of(grad)
    index = None if grad.ndim == 0 else tuple(int(i) for i in index)
    seed = np.ones_like(np.asarray(tl.nodes[tl.output].value, dtype=np.float64))
    g = blame_graph(tl)
    count = path_count(tl, node_id)
    paths = []
    cache: dict = {}  # path suffix (edges from a node to L) -> the blame that suffix brings to the node
    if node_id == tl.output:
        paths.append(Path((node_id,), (), (), float(seed if index is None else seed[index])))
    else:
        for edge_path in nx.all_simple_edge_paths(g, node_id, tl.output):
            if len(paths) >= limit:
                break
            keys = tuple((v, k) for _, v, k in edge_path)
            blame = _blame_along(tl, keys, seed, cache)
            share = float(blame if index is None else blame[index])
            nodes = (node_id, *(v for v, _ in keys))
            paths.append(Path(nodes, keys, tuple(_factor(tl, c, s) for c, s in reversed(keys)), share))
    loss = tl.nodes[tl.output].label
    total = float(np.sum([p.share for p in paths])) if paths else 0.0
    return Why(node_id, index, grad_name(loss, info.label) + index_text(index), tuple(paths), count,
               total, float(grad if index is None else grad[index]))


def _blame_along(tl, keys: tuple, seed: np.ndarray, cache: dict) -> np.ndarray:
    """The chain of VJPs along one path, from the seed at L back to its first node (suffixes cached)."""
    for start in range(len(keys)):
        if keys[start:] in cache:
            break
    else:
        start = len(keys)
    g = cache[keys[start:]] if start < len(keys) else seed
    for j in range(start - 1, -1, -1):
        consumer, slot = keys[j]
        g = _vjp_edge(tl, consumer, slot, g)
        cache[keys[j:]] = g
    return g


def path_text(tl, w: Why, p: Path) -> str:
    """One path, read from L back to x: `∂L/∂c · ∂c/∂x = 1 · 2 = 2` (formulas when a factor is a Jacobian)."""
    names = " · ".join(f.name for f in p.factors) or grad_name(tl.nodes[tl.output].label, tl.nodes[tl.output].label)
    if p.scalar and len(p.factors) == 1:
        return f"{names} = {format_number(p.share, 6)}"
    if p.scalar and p.factors:
        numbers = " · ".join(format_number(f.value, 4) for f in p.factors)
        return f"{names} = {numbers} = {format_number(p.share, 6)}"
    formulas = " · ".join(f.formula for f in p.factors)
    from .practice import index_text
    tail = f"({formulas}){index_text(w.index)}" if w.index is not None and formulas else formulas
    return " = ".join(x for x in (names, tail, format_number(p.share, 6)) if x)


def summary(tl, w: Why) -> str:
    """`∂L/∂x = 12 + 40.17 = 52.17 (2 paths)`, saying so when not every path is listed."""
    from ..fmt import format_sum
    head = f"{w.name} = {format_sum([p.share for p in w.paths], 6)} = {format_number(w.total, 6)}"
    if w.complete:
        return head + " " + tr("paths", "({n} paths; the backward pass computed {g})").format(
            n=w.count, g=format_number(w.gradient, 6))
    return head + " " + tr("paths", "— the first {k} of {n} paths only; all {n} add up to {g}").format(
        k=len(w.paths), n=w.count, g=format_number(w.gradient, 6))
