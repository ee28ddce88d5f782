"""A recorded graph compiled for replay: recompute() and backward(), with their bookkeeping done once.

A training loop runs one fixed graph thousands of times and only leaf values change. On a small
graph, most of what recompute() and backward() spend is bookkeeping that comes out the same every
pass: looking ops up by name, packing their arguments, the heap that finds the visiting order, which
input receives its first gradient and which adds to one it has. A Tape works that out once and
keeps flat lists of steps, so a pass is little more than the ops' own forward and VJP calls.

The numbers are bit for bit the ordinary engine's: each step calls the same op-table function on
the same arrays, nodes are visited in backward()'s order, and gradients are summed in its order
(`before + contribution`). tests/test_engine_tape.py holds it to that.

    tape = Tape(output)        # once the graph is recorded
    ...                        # change leaf values (their .data)
    tape.forward()             # recompute(order)
    tape.backward()            # backward(output): leaves accumulate, as always

The graph's structure must stay as recorded: no node may change its op, inputs, attrs or role.
Leaf values may change freely, shapes included (every op reads its inputs' shapes on every pass).
"""
from __future__ import annotations

from functools import partial
from heapq import heappop, heappush

import numpy as np

from .graph import Node, ancestors, readable, seed_for
from .ops import OPS
from .quiet import run_quiet

_F64 = np.dtype(np.float64)
_NO_ATTRS: dict = {}


class Tape:
    """The forward and backward passes over the fixed graph that ends in `output`, planned once.

    `order` is ancestors(output) when the caller has it. After backward(), `visited` lists the
    nodes that received a gradient, in topological order (what backward() returns).
    """

    def __init__(self, output: Node, order: list[Node] | None = None):
        self.output = output
        self.order = ancestors(output) if order is None else order
        self._forward_steps = [_forward_step(n) for n in self.order if n.op is not None]
        self._plan_backward()

    def _plan_backward(self) -> None:
        """backward()'s walk without the numbers, from the same rules: highest id first, nodes that
        require no grad receive nothing. Every node that will receive a gradient gets a slot in self._grads; each
        op step lists, per input that receives one, (its position, its slot, is this the first?)."""
        output = self.output
        slot = {output: 0}
        heap = [(-output.id, output)]
        steps, leaves, visited = [], [], []
        while heap:
            n = heappop(heap)[1]
            visited.append(n)
            if n.op is None:
                leaves.append((n, slot[n]))
                continue
            targets = []
            for k, i in enumerate(n.inputs):
                if not i._rg:
                    continue
                first = i not in slot
                if first:
                    slot[i] = len(slot)
                    heappush(heap, (-i.id, i))
                targets.append((k, slot[i], first))
            a, b, rest = _operands(n)
            steps.append((n, slot[n], OPS[n.op].vjp, a, b, rest, n.attrs or _NO_ATTRS, tuple(targets)))
        visited.reverse()  # backward() returns them in topological order
        self.visited = visited
        self._backward_steps = steps
        self._leaf_steps = leaves
        self._grads: list = [None] * len(slot)  # slot -> the gradient received so far, during a pass
        self._shared = [False] * len(slot)  # slot -> that gradient is also its consumer's (passed on as is)

    # ---- replaying -----------------------------------------------------------
    def forward(self) -> None:
        """recompute(order): every op's forward again, in order, from the leaves' current values."""
        run_quiet(self._forward)  # NaN and ∞ are values here, as in apply() and recompute()

    def _forward(self) -> None:
        for n, forward, a, b, rest in self._forward_steps:
            if rest:
                out = forward(*[i.data for i in rest])
            else:
                out = forward(a.data) if b is None else forward(a.data, b.data)
            n.data = out if type(out) is np.ndarray and out.dtype is _F64 else np.asarray(out, dtype=np.float64)

    def backward(self, gradient=None) -> list[Node]:
        """backward(output, gradient): fill .grad on every node the output depends on, leaves
        accumulating like PyTorch's; return those nodes in topological order."""
        grads = self._grads
        grads[0] = seed_for(self.output, gradient)
        self._shared[0] = False
        try:
            run_quiet(self._backward)  # once for the whole pass, as in backward()
        finally:
            grads[:] = [None] * len(grads)  # hold no gradient arrays between passes
        return list(self.visited)

    def _backward(self) -> None:
        grads, shared = self._grads, self._shared
        for n, s, vjp, a, b, rest, attrs, targets in self._backward_steps:
            g = n.grad = grads[s]
            if rest:
                xs = [i.data for i in rest]
            else:
                xs = [a.data] if b is None else [a.data, b.data]
            contributions = vjp(g, n.data, xs, attrs)
            for k, t, first in targets:
                gi = contributions[k]
                if first:
                    grads[t] = gi
                    shared[t] = gi is g
                else:
                    grads[t] = grads[t] + gi
                    shared[t] = False
        # A leaf's gradient is complete once every op step ran (backward() finishes each leaf
        # as it pops off the heap; nothing touches the arrays in between, so the bits agree).
        for n, s in self._leaf_steps:
            g = grads[s]
            if g.base is not None or shared[s]:
                g = g.copy()  # the leaf's own array: x.grad += ... must not change another node
            n.grad = readable(g if n.grad is None else n.grad + g)


def _operands(n: Node) -> tuple:
    """The node's inputs as (a, b, rest): one or two (nearly every node) as a and b, b None for
    one, so a replay step calls the op with plain arguments; three or more (cat, stack, clamp
    between tensors) as rest, a and b then None."""
    ins = n.inputs
    if len(ins) > 2:
        return None, None, ins
    return ins[0], (ins[1] if len(ins) == 2 else None), ()


def _forward_step(n: Node) -> tuple:
    forward = OPS[n.op].forward
    if n.attrs:  # bind attributes (the power, the axis) now, so every step is called alike
        forward = partial(forward, **n.attrs)
    return (n, forward) + _operands(n)
