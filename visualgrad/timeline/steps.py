"""A run of a graph -> the ordered steps of DESIGN.md, each a complete, deterministic state.

The timeline copies every number it shows when it is made, so it is a pure
function of the graph at that moment: stepping, jumping and exporting step k
never depend on what happened before.
"""
from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from itertools import islice
from dataclasses import dataclass, field

import numpy as np

from ..engine import OPS, Tensor, ancestors
from ..engine.graph import seed_for
from . import narration

PHASES = ("inputs", "forward", "loss", "seed", "backward", "update")


class Terms(Sequence):
    """The first n contributions a node has received: a read-only view of one list per node.

    Every step keeps the terms shown so far; views instead of copies keep a node used k times
    at O(k) memory rather than O(k²).
    """
    __slots__ = ("_items", "_n")

    def __init__(self, items: list, n: int):
        self._items = items
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self._items[:self._n][i])
        if not -self._n <= i < self._n:
            raise IndexError("term index out of range")
        return self._items[i % self._n]

    def __iter__(self):
        return islice(self._items, self._n)

    def __repr__(self) -> str:
        return f"Terms({list(self)!r})"


def _step_of(entry) -> int:
    return entry[0]


@dataclass(frozen=True)
class Step:
    index: int
    phase: str
    node: int | None  # the active node's id
    text: str  # the narration sentence
    line: int | None = None  # the statement that made the active node
    edges: tuple = ()  # (consumer id, slot) of the edges this step lights


@dataclass
class Edge:
    """Input `slot` of `consumer` comes from `source`; in the backward pass it carries `contribution`."""
    source: int
    consumer: int
    slot: int
    contribution: np.ndarray | None = None
    local: np.ndarray | None = None  # the local derivative, for scalar edges
    label: str = ""  # upstream × local = contribution


@dataclass
class NodeInfo:
    id: int
    label: str
    op: str | None
    role: str
    inputs: tuple  # input ids, duplicates kept
    value: np.ndarray
    grad: np.ndarray | None
    line: int | None
    statement: str | None
    formula: str = ""
    attrs: dict = field(default_factory=dict)
    updated: np.ndarray | None = None  # value after the update step


@dataclass
class Timeline:
    nodes: dict  # id -> NodeInfo, in topological order
    edges: dict  # (consumer, slot) -> Edge
    steps: list
    output: int
    fwd_at: dict = field(default_factory=dict)  # id -> step where its value appears
    bwd_at: dict = field(default_factory=dict)  # id -> step where it passes blame on
    # id -> [(step, cumulative gradient, Terms so far)]: how blame piles up on a node
    accum: dict = field(default_factory=dict)
    update_at: dict = field(default_factory=dict)
    learning_rate: float | None = None

    def __len__(self) -> int:
        return len(self.steps)

    def node_at(self, k: int, node_id: int):
        """(value, grad, terms) of a node as shown at step k; grad None until blame arrives."""
        info = self.nodes[node_id]
        value = info.value if self.fwd_at[node_id] <= k else None
        if info.updated is not None and self.update_at.get(node_id, 1 << 60) <= k:
            value = info.updated
        entries = self.accum.get(node_id, ())
        j = bisect.bisect_right(entries, k, key=_step_of)
        if j == 0:
            return value, None, ()
        _, grad, terms = entries[j - 1]
        return value, grad, terms

    def index_of(self, phase: str, last: bool = False) -> int:
        hits = [s.index for s in self.steps if s.phase == phase]
        if not hits:
            return len(self.steps) - 1
        return hits[-1] if last else hits[0]

    def named(self, where: str) -> int:
        """A step by name: start, forward-end, loss, seed, backward, end, or a number."""
        where = str(where)
        if where.lstrip("-").isdigit():
            k = int(where)
            return k if k >= 0 else len(self.steps) + k
        return {"start": 0, "inputs": 0, "forward": self.index_of("forward"),
                "forward-end": self.index_of("loss") - 1, "loss": self.index_of("loss"),
                "seed": self.index_of("seed"), "backward": self.index_of("backward"),
                "update": self.index_of("update"), "end": len(self.steps) - 1}[where]


def make_timeline(output: Tensor, labels: dict | None = None, statements: dict | None = None,
                  learning_rate: float | None = None) -> Timeline:
    """Lay the story of a graph out as steps, running its backward pass edge by edge."""
    order = ancestors(output)
    labels = labels or _default_labels(order)
    nodes = {}
    for n in order:
        src = n.source
        line = src.line if src else None
        role = "output" if n is output else n.role  # drawn as the loss even when built with the Python API
        info = NodeInfo(n.id, labels[n.id], n.op, role, tuple(i.id for i in n.inputs), n.data.copy(), None,
                        line, src.text if src and src.text else (statements or {}).get(line))
        if n.op:
            info.attrs = n.attrs or {}
            info.formula = OPS[n.op].formula([labels[i.id] for i in n.inputs], info.attrs)
        nodes[n.id] = info
    tl = Timeline(nodes, {}, [], output.id, learning_rate=learning_rate)
    seed = seed_for(output, None if output.data.size == 1 else np.ones_like(output.data))
    _forward_steps(tl, order)
    with np.errstate(all="ignore"):
        _backward_steps(tl, order, seed)
    _update_steps(tl, order)
    return tl


def _add(tl: Timeline, phase: str, node, text: str, edges=()):
    line = tl.nodes[node].line if node is not None else None
    tl.steps.append(Step(len(tl.steps), phase, node, text, line, tuple(edges)))


def _forward_steps(tl: Timeline, order: list) -> None:
    leaves = [n.id for n in order if n.op is None]
    _add(tl, "inputs", None, narration.inputs(tl.nodes, leaves))
    for n in leaves:
        tl.fwd_at[n] = 0
    for n in order:
        if n.op is not None:
            tl.fwd_at[n.id] = len(tl.steps)
            _add(tl, "forward", n.id, narration.forward(tl.nodes, n.id), [(n.id, s) for s in range(len(n.inputs))])
    _add(tl, "loss", tl.output, narration.loss(tl.nodes, tl.output))


def blame_order(order: list) -> list:
    """Op nodes in reverse topological order; among those ready, the one the program wrote first.

    So for c = a + b the trace visits a before b, and blame on a shared input
    adds up in the order the program reads (12 + 40.17 for the seed example).
    """
    waiting = {n.id: 0 for n in order}
    for n in order:
        for i in n.inputs:
            waiting[i.id] += 1
    by_id = {n.id: n for n in order}
    ready = [order[-1].id]
    out = []
    while ready:
        n = by_id[heapq.heappop(ready)]
        if n.op is None:
            continue
        out.append(n)
        for i in n.inputs:
            waiting[i.id] -= 1
            if waiting[i.id] == 0:
                heapq.heappush(ready, i.id)
    return out


def _backward_steps(tl: Timeline, order: list, seed: np.ndarray) -> None:
    nodes = tl.nodes
    out = tl.output
    tl.accum[out] = [(len(tl.steps), seed, Terms([seed], 1))]
    _add(tl, "seed", out, narration.seed(nodes, out, seed))
    terms_of: dict[int, list] = {out: [seed]}  # id -> the contributions it received, in order
    total_of: dict[int, np.ndarray] = {out: seed}  # id -> their running sum
    for n in blame_order(order):
        info = nodes[n.id]
        del terms_of[n.id]
        info.grad = total_of.pop(n.id)
        op = OPS[n.op]
        ins = [i.data for i in n.inputs]
        attrs = n.attrs or {}
        contribs = op.vjp(info.grad, n.data, ins, attrs)
        scalar = n.data.ndim == 0 and all(i.ndim == 0 for i in ins)
        locals_ = op.vjp(np.ones_like(n.data), n.data, ins, attrs) if scalar else [None] * len(ins)
        derivs = op.derivs([nodes[i.id].label for i in n.inputs], attrs)
        k = len(tl.steps)
        tl.bwd_at[n.id] = k
        received = []
        for slot, i in enumerate(n.inputs):
            e = Edge(i.id, n.id, slot, np.array(contribs[slot], dtype=np.float64),
                     None if locals_[slot] is None else np.asarray(locals_[slot], dtype=np.float64))
            e.label = narration.edge_label(info.grad, e, derivs[slot])
            tl.edges[(n.id, slot)] = e
            acc = terms_of.setdefault(i.id, [])
            acc.append(e.contribution)
            # Blame adds up one term at a time, as the narration reads it (and as backward() does).
            total = total_of[i.id] = e.contribution if len(acc) == 1 else np.asarray(total_of[i.id] + e.contribution)
            terms = Terms(acc, len(acc))
            tl.accum.setdefault(i.id, []).append((k, total, terms))
            received.append((e, terms, total))
        _add(tl, "backward", n.id, narration.backward(nodes, out, n.id, received),
             [(n.id, s) for s in range(len(n.inputs))])
    for leaf_id, total in total_of.items():
        nodes[leaf_id].grad = total


def _update_steps(tl: Timeline, order: list) -> None:
    if tl.learning_rate is None:
        return
    for n in order:
        info = tl.nodes[n.id]
        if info.role == "parameter" and info.grad is not None:
            info.updated = info.value - tl.learning_rate * info.grad
            tl.update_at[n.id] = len(tl.steps)
            _add(tl, "update", n.id, narration.update(tl.nodes, n.id, tl.learning_rate))


def _default_labels(order: list) -> dict:
    from ..lang.labels import labels
    return labels(order)
