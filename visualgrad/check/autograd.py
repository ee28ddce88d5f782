"""Autograd's gradient of a loss with respect to every node of its graph, for the check.

A NumPy program's arrays are data to the engine (they require no grad, as a torch tensor made without
requires_grad), so the engine's backward() gives them nothing. The check asks another question: what
would autograd give if the same program's arrays were tensors that require grad? That is the chain rule
over the same recorded graph, through every node, with the op table's own VJPs; only a cut the program
made itself (.detach(), a no_grad block) stops it, as it would stop PyTorch. No .grad is touched.
"""
from __future__ import annotations

from heapq import heappop, heappush

import numpy as np

from ..engine import OPS, Tensor
from ..engine.quiet import quiet, restore

_NO_ATTRS: dict = {}


def _cut(n: Tensor) -> bool:
    """Gradient does not pass through n: a detach node, or an op recorded under no_grad (it does not
    require grad although one of its inputs does)."""
    if n.op == "detach":
        return True
    if getattr(n, "requires_grad", True) is False and n.op is not None:
        return any(getattr(i, "requires_grad", False) for i in n.inputs)
    return False


def gradients(loss: Tensor, seed=None) -> dict[int, np.ndarray]:
    """{node id: ∂loss/∂node} for every node the loss depends on through uncut edges; `seed` is the
    vector of backward(gradient=seed) for a loss of several numbers (ones for one number)."""
    if seed is None and loss.data.size != 1:
        raise ValueError("the loss must be a single number, or come with its seed")
    start = np.ones(loss.data.shape) if seed is None else np.broadcast_to(
        np.asarray(seed, dtype=np.float64), loss.data.shape).copy()
    pending = {loss: start}
    heap = [(-loss.id, loss)]
    out: dict[int, np.ndarray] = {}
    token = quiet()
    try:
        while heap:
            n = heappop(heap)[1]
            g = pending.pop(n)
            out[n.id] = g
            if n.op is None or _cut(n):
                continue
            xs = [i.data for i in n.inputs]
            for i, gi in zip(n.inputs, OPS[n.op].vjp(g, n.data, xs, n.attrs or _NO_ATTRS)):
                if gi is None or getattr(i, "dtype", "float64") != "float64":  # indices, masks: data
                    continue
                before = pending.get(i)
                if before is None:
                    pending[i] = np.asarray(gi, dtype=np.float64)
                    heappush(heap, (-i.id, i))
                else:
                    pending[i] = before + gi
    finally:
        restore(token)
    return out
