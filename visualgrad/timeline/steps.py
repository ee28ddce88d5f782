"""A run of a graph -> ordered steps (inputs, forward, loss, seed, backward, update; docs/architecture.md),
each a complete, deterministic state.

The timeline copies every number it shows when it is made, so it is a pure
function of the graph at that moment: stepping, jumping and exporting step k
never depend on what happened before.
"""
from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from ..engine import OPS, Tensor, ancestors
from ..engine.graph import seed_for
from ..fmt import format_value
from ..i18n import tr
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
    # What a program run adds (visualgrad.lang's Built): printed lines, loss per iteration, notes...
    passes: list = field(default_factory=list)  # (loss id, seed) of each backward pass shown, in order
    forward_only: set = field(default_factory=set)  # ids computed after the last backward(): no blame
    printed: list = field(default_factory=list)  # (line, text)
    losses: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    iteration: int | None = None
    iterations: int | None = None
    built: object = None

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
        """The index of a step by name (start, forward-end, loss, seed, backward, end) or by its
        number as people count it (1..N, negative from the end; see select.py)."""
        where = str(where)
        if where.lstrip("-").isdigit():
            from .select import number_to_index
            return number_to_index(self, int(where))
        return {"start": 0, "inputs": 0, "forward": self.index_of("forward"),
                "forward-end": self.index_of("loss") - 1, "loss": self.index_of("loss"),
                "seed": self.index_of("seed"), "backward": self.index_of("backward"),
                "update": self.index_of("update"), "end": len(self.steps) - 1}[where]


def make_timeline(output: Tensor, labels: dict | None = None, statements: dict | None = None,
                  learning_rate: float | None = None, passes: list | None = None, order: list | None = None,
                  forward_only=(), updates: dict | None = None) -> Timeline:
    """Lay the story of a graph out as steps, running its backward pass(es) edge by edge.

    passes: [(loss tensor, seed array)] for each backward() the program ran, in order (default: one
    pass from `output`, seeded with ones). Leaves' gradients add up across passes, as in PyTorch.
    order: every node to draw (default: what `output` depends on); forward_only: ids drawn after the
    last backward(), which receive no gradient. updates: leaf id -> its value after the program's own
    update step (a training loop's `w -= lr * w.grad`).
    """
    order = order if order is not None else ancestors(output)
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
            try:
                info.formula = OPS[n.op].formula([labels.get(i.id, "?") for i in n.inputs], info.attrs)
            except Exception:  # a formula that needs attributes this node lacks: its op's name will do
                info.formula = n.op
        nodes[n.id] = info
    tl = Timeline(nodes, {}, [], output.id, learning_rate=learning_rate)
    tl.forward_only = set(forward_only)
    if not passes and needs_grad(output):  # no backward() written: the one PyTorch would run on the loss
        passes = [(output, seed_for(output, None if output.data.size == 1 else np.ones_like(output.data)))]
    _forward_steps(tl, order)
    carry: dict[int, np.ndarray] = {}  # leaf id -> gradient accumulated by earlier passes
    with np.errstate(all="ignore"):
        for loss, seed in passes:
            tl.passes.append((loss.id, np.asarray(seed, dtype=np.float64)))
            _backward_steps(tl, ancestors(loss), np.asarray(seed, dtype=np.float64), loss.id, carry)
    _update_steps(tl, order, updates or {})
    return tl


def needs_grad(n) -> bool:
    """Does PyTorch give this node a gradient? Leaves that require grad and what is computed from them."""
    rg = getattr(n, "requires_grad", None)
    if rg is not None:
        return bool(rg)
    if n.op is None:
        return n.role != "constant"
    return any(needs_grad(i) for i in n.inputs)


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


def _backward_steps(tl: Timeline, order: list, seed: np.ndarray, out: int, carry: dict) -> None:
    """One backward pass from `out`: only nodes that require grad receive blame (constants, data and
    anything behind detach()/no_grad are never blamed). Leaves start from what earlier passes left."""
    nodes = tl.nodes
    wants = {}
    for n in order:  # topological: inputs first
        wants[n.id] = bool(getattr(n, "requires_grad", None)) if getattr(n, "requires_grad", None) is not None \
            else (n.role != "constant" if n.op is None else any(wants.get(i.id, False) for i in n.inputs))
    tl.accum.setdefault(out, []).append((len(tl.steps), seed, Terms([seed], 1)))
    _add(tl, "seed", out, narration.seed(nodes, out, seed))
    terms_of: dict[int, list] = {out: [seed]}  # id -> the contributions it received, in order
    total_of: dict[int, np.ndarray] = {out: seed}  # id -> their running sum
    for n in blame_order(order):
        if n.id not in total_of:  # nothing reached it (all its consumers were constants)
            continue
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
            if not wants.get(i.id, False) or contribs[slot] is None:
                continue  # PyTorch passes no gradient to what does not require it
            e = Edge(i.id, n.id, slot, np.array(contribs[slot], dtype=np.float64),
                     None if locals_[slot] is None else np.asarray(locals_[slot], dtype=np.float64))
            e.label = narration.edge_label(info.grad, e, derivs[slot])
            tl.edges[(n.id, slot)] = e
            if i.id not in terms_of and i.op is None and i.id in carry:
                terms_of[i.id] = [carry[i.id]]  # a leaf's gradient accumulates across backward() calls
                total_of[i.id] = carry[i.id]
            acc = terms_of.setdefault(i.id, [])
            acc.append(e.contribution)
            # Blame adds up one term at a time, as the narration reads it (and as backward() does).
            total = total_of[i.id] = e.contribution if len(acc) == 1 else np.asarray(total_of[i.id] + e.contribution)
            terms = Terms(acc, len(acc))
            tl.accum.setdefault(i.id, []).append((k, total, terms))
            received.append((e, terms, total))
        _add(tl, "backward", n.id, narration.backward(nodes, out, n.id, received),
             [(n.id, s) for s in range(len(n.inputs)) if (n.id, s) in tl.edges])  # only edges blame crosses
    for leaf_id, total in total_of.items():
        nodes[leaf_id].grad = total
        carry[leaf_id] = total


def _update_steps(tl: Timeline, order: list, updates: dict) -> None:
    if updates:  # the program's own update (w -= lr * w.grad): its values, as it computed them
        for n in order:
            if n.id in updates and n.id in tl.nodes:
                info = tl.nodes[n.id]
                info.updated = np.asarray(updates[n.id], dtype=np.float64)
                tl.update_at[n.id] = len(tl.steps)
                _add(tl, "update", n.id, tr("narration", "Update: the program sets {w} to {new}.").format(
                    w=info.label, new=format_value(info.updated)))
        return
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
