"""Graph walks and the backward pass. Iterative throughout: deep chains never hit a recursion limit."""
from __future__ import annotations

import numpy as np

from .ops import OPS
from .tensor import Tensor


def ancestors(output: Tensor) -> list[Tensor]:
    """Every node the output depends on, itself included, in topological order.

    Node ids grow with creation, so sorting by id is a topological order that
    also keeps the program's order for nodes that do not depend on each other.
    """
    seen = {id(output): output}
    stack = [output]
    while stack:
        n = stack.pop()
        for i in n.inputs:
            if id(i) not in seen:
                seen[id(i)] = i
                stack.append(i)
    return sorted(seen.values(), key=lambda n: n.id)


def seed_for(output: Tensor, gradient=None) -> np.ndarray:
    if gradient is None:
        if output.data.size != 1:
            raise ValueError("grad can be implicitly created only for scalar outputs")
        return np.ones_like(output.data)
    g = np.asarray(gradient.data if isinstance(gradient, Tensor) else gradient, dtype=np.float64)
    return np.broadcast_to(g, output.shape).copy()


def backward(output: Tensor, gradient=None, order: list[Tensor] | None = None) -> list[Tensor]:
    """Fill .grad on every node (leaves accumulate, like PyTorch). Returns the order used."""
    order = order if order is not None else ancestors(output)
    for n in order:
        if n.op is not None:
            n.grad = None  # intermediates hold this pass's gradient only
    grads = {id(output): seed_for(output, gradient)}
    with np.errstate(all="ignore"):
        for n in reversed(order):
            g = grads.pop(id(n), None)
            if g is None:
                continue
            if n.op is None:
                n.grad = g if n.grad is None else n.grad + g
                continue
            n.grad = g
            ins = n.inputs
            parts = OPS[n.op].vjp(g, n.data, [i.data for i in ins], n.attrs or {})
            for i, gi in zip(ins, parts):
                k = id(i)
                prev = grads.get(k)
                grads[k] = gi if prev is None else prev + gi
    return order


def recompute(order: list[Tensor]) -> None:
    """Run the forward pass again over a recorded graph, after leaf values changed."""
    with np.errstate(all="ignore"):
        for n in order:
            if n.op is not None:
                n.data = np.asarray(OPS[n.op].forward(*(i.data for i in n.inputs), **(n.attrs or {})),
                                    dtype=np.float64)


def consumers(order: list[Tensor]) -> dict[int, list[Tensor]]:
    """For each node id, the nodes that take it as an input (once per edge)."""
    out: dict[int, list[Tensor]] = {n.id: [] for n in order}
    for n in order:
        for i in n.inputs:
            out[i.id].append(n)
    return out
