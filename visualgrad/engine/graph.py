"""Graph walks and the backward pass. Iterative throughout: deep chains never hit a recursion limit."""
from __future__ import annotations

from heapq import heappop, heappush
from operator import attrgetter
from typing import Any

import numpy as np

from .errors import EngineError
from .ops import OPS
from .quiet import run_quiet

# Nodes are visualgrad.engine.tensor.Tensor objects; this module only reads their fields, so it does
# not import tensor.py (which imports this module for Tensor.backward).
Node = Any

_by_id = attrgetter("id")
_NO_ATTRS: dict = {}


def ancestors(output: Node) -> list[Node]:
    """Every node the output depends on, itself included, in topological order.

    Node ids grow with creation, so sorting by id is a topological order that
    also keeps the program's order for nodes that do not depend on each other.
    """
    seen = {output}  # Tensors hash by identity
    stack = [output]
    while stack:
        for i in stack.pop().inputs:
            if i not in seen:
                seen.add(i)
                stack.append(i)
    return sorted(seen, key=_by_id)


def seed_for(output: Node, gradient=None) -> np.ndarray:
    if gradient is None:
        if output.data.size != 1:
            raise EngineError("grad can be implicitly created only for scalar outputs")
        if output.data.ndim == 0:
            return np.array(1.0)  # np.ones costs 5× more on a scalar
        seed = np.empty(output.data.shape)
        seed.fill(1.0)
        return seed
    g = np.asarray(getattr(gradient, "data", gradient), dtype=np.float64)
    return np.broadcast_to(g, output.shape).copy()


# Ops whose backward needs none of the forward's tensors: PyTorch keeps nothing for them, so a
# second backward through them works without retain_graph (measured in torch). Every other op
# keeps tensors, which a backward(retain_graph=False) frees.
_SAVES_NOTHING = frozenset({"add", "sub", "neg", "sum", "mean", "reshape", "permute", "transpose", "expand",
                            "cat", "stack"})
FREED = ("Trying to backward through the graph a second time (or directly access saved tensors after they have "
         "already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
         "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if "
         "you need to access saved tensors after calling backward.")


def _saves_tensors(n: Node) -> bool:
    if n.op == "getitem":  # basic indexing keeps no tensor; an index array is kept
        index = n.attrs["index"]
        return any(isinstance(p, np.ndarray) for p in (index if isinstance(index, tuple) else (index,)))
    return n.op not in _SAVES_NOTHING


class Scalar(np.float64):
    """A scalar gradient that prints as a plain number: `x.grad` shows 52.171073846375336, as in
    micrograd, where numpy 2 would show np.float64(52.171073846375336). Still a numpy float64 (and
    a Python float): .shape, .ndim and arithmetic are numpy's."""
    __slots__ = ()

    def __repr__(self) -> str:
        return float.__repr__(self)

    __str__ = __repr__


def readable(g):
    """A leaf's gradient as stored: a Scalar for a scalar, the array itself otherwise."""
    return Scalar(g) if g.ndim == 0 else g


def backward(output: Node, gradient=None, order: list[Node] | None = None, retain_graph: bool = True,
             strict: bool = False) -> list[Node]:
    """Fill .grad on every node the output depends on; return the nodes filled, in topological order.

    Nodes are visited from the highest id down (ids grow with creation, so this is a reverse
    topological order): when a node comes off the heap every consumer has passed it its share,
    so its gradient is complete. One walk finds the nodes and runs the chain rule; `order`
    (a list from ancestors()) is accepted for callers that keep one, and is not needed.
    Leaves accumulate across passes, like PyTorch; intermediates hold this pass's gradient.
    Only nodes that require grad receive one (PyTorch's rule): constants, detached values and
    what was made under no_grad get no .grad, and nothing is passed back through them.
    retain_graph=False marks the op nodes passed through as freed (PyTorch's default); a later
    strict pass (the program's own, through functions.backward) through a freed node whose op
    kept tensors raises EngineError, before any leaf changes. visualgrad's own passes over a
    program's graph (gradcheck, presets) are not the program's, and are never refused.
    """
    # One quiet stretch for the whole pass: NaN and ∞ flow through as values.
    visited = run_quiet(_walk, output, seed_for(output, gradient), strict)
    if not retain_graph:
        for n in visited:
            n._freed = True
    return visited


def _walk(output: Node, seed: np.ndarray, strict: bool = False) -> list[Node]:
    pending = {output: seed}  # node -> the gradient received so far
    shared = set()  # nodes whose pending gradient is also their consumer's (passed straight on)
    heap = [(-output.id, output)]
    visited = []
    leaves = []  # (leaf, its gradient): accumulated at the end, so a refused pass changes no leaf
    while heap:
        n = heappop(heap)[1]
        g = pending.pop(n)
        visited.append(n)
        if n.op is None:
            if g.base is not None or n in shared:
                g = g.copy()  # the leaf's own array: x.grad += ... must not change another node
            leaves.append((n, g))
            continue
        if strict and n._freed and _saves_tensors(n):
            raise EngineError(FREED)
        n.grad = g
        ins = n.inputs
        # List displays, not list(map(...)) or a comprehension (a function call of its own
        # before Python 3.12): ops have one or two inputs, and this runs for every node.
        if len(ins) == 1:
            xs = [ins[0].data]
        elif len(ins) == 2:
            xs = [ins[0].data, ins[1].data]
        else:
            xs = [i.data for i in ins]
        k = 0
        for gi in OPS[n.op].vjp(g, n.data, xs, n.attrs or _NO_ATTRS):
            i = ins[k]
            k += 1
            if not i._rg:
                continue
            before = pending.get(i)
            if before is None:
                pending[i] = gi
                heappush(heap, (-i.id, i))
                if gi is g:
                    shared.add(i)
            else:
                pending[i] = before + gi
                shared.discard(i)
    for n, g in leaves:
        n.grad = readable(g if n.grad is None else n.grad + g)
    visited.reverse()
    return visited


def recompute(order: list[Node]) -> None:
    """Run the forward pass again over a recorded graph, after leaf values changed."""
    run_quiet(_recompute, order)  # as in apply(): NaN and ∞ are values, not warnings


def _recompute(order: list[Node]) -> None:
    for n in order:
        if n.op is not None:
            out = OPS[n.op].forward(*[i.data for i in n.inputs], **(n.attrs or _NO_ATTRS))
            n.data = np.asarray(out, dtype=np.float64)


def consumers(order: list[Node]) -> dict[int, list[Node]]:
    """For each node id, the nodes that take it as an input (once per edge)."""
    out: dict[int, list[Node]] = {n.id: [] for n in order}
    for n in order:
        for i in n.inputs:
            out[i.id].append(n)
    return out


def groups_of(order: list[Node], kind: str | None = None) -> dict:
    """Every group the nodes belong to (directly or through nesting), with its nodes' ids in
    order, groups in the order they were opened: {Group: [id, ...]}. kind filters ("function":
    the engine's composites)."""
    out: dict = {}
    for n in order:
        g = getattr(n, "group", None)
        while g is not None:
            if kind is None or g.kind == kind:
                out.setdefault(g, []).append(n.id)
            g = g.parent
    return dict(sorted(out.items(), key=lambda item: item[0].id))
