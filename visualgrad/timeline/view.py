"""What each node and edge shows at step k: a pure function of (timeline, k).

The Qt items only paint these; exports and tests read them too. Nothing here
depends on what was shown before, so Previous and jumps are exact.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..fmt import format_value


@dataclass(frozen=True)
class NodeView:
    value: np.ndarray | None  # None: not computed yet at this step
    grad: np.ndarray | None  # None: no blame has arrived yet
    value_text: str
    grad_text: str
    active: bool
    loss: bool  # the loss step's emphasis
    warning: bool  # a value or gradient is ∞ or NaN
    updated: bool  # the update step has changed this value


@dataclass(frozen=True)
class EdgeView:
    mode: str  # "pending" | "forward" | "backward"
    active: bool
    label: str  # what is written on the edge ("" for nothing)
    magnitude: float  # |contribution| (norm for tensors), 0 before the backward pass reaches it


def node_view(tl, k: int, node_id: int, digits: int = 4) -> NodeView:
    step = tl.steps[k]
    value, grad, terms = tl.node_at(k, node_id)
    value_text = "" if value is None else format_value(value, digits)
    grad_text = ""
    if grad is not None:
        grad_text = format_value(grad, digits)
        accumulating = len(terms) > 1 and step.phase == "backward" and node_id in _inputs_of(tl, step)
        if accumulating and np.ndim(grad) == 0:
            # At most four terms: a node row is elided at its right end, and the total must stay in view.
            from .narration import sum_text
            grad_text = sum_text(terms, digits, 4) + " = " + grad_text
    warning = not (_finite(value) and _finite(grad))
    return NodeView(value, grad, value_text, grad_text, step.node == node_id,
                    step.phase == "loss" and step.node == node_id, warning,
                    node_id in tl.update_at and tl.update_at[node_id] <= k)


def _finite(v) -> bool:
    """None (not shown yet) or every entry finite. Scalars skip numpy: this runs per node per step."""
    if v is None:
        return True
    if getattr(v, "ndim", 1) == 0:
        return math.isfinite(v)
    return bool(np.all(np.isfinite(v)))


def _inputs_of(tl, step) -> tuple:
    return tl.nodes[step.node].inputs if step.node is not None else ()


def edge_view(tl, k: int, key: tuple, digits: int = 4) -> EdgeView:
    consumer, slot = key
    step = tl.steps[k]
    active = step.node == consumer and key in step.edges
    edge = tl.edges.get(key)
    bwd = tl.bwd_at.get(consumer)
    if bwd is not None and bwd <= k and edge is not None:
        c = edge.contribution
        with np.errstate(all="ignore"):  # norms of huge tensors overflow to ∞ quietly
            mag = float(abs(c)) if np.ndim(c) == 0 else float(np.linalg.norm(c))
        if bwd == k:
            label = edge.label
        elif np.ndim(c) == 0:
            label = format_value(c, digits)
        else:
            label = "‖·‖ " + format_value(mag, 3)  # a tensor's blame, summed up in one number
        return EdgeView("backward", active, label, mag)
    if tl.fwd_at.get(consumer, 1 << 60) <= k:
        label = ""
        if active and step.phase == "forward":
            src = tl.nodes[consumer].inputs[slot]
            value = tl.nodes[src].value
            label = format_value(value, digits) if np.ndim(value) == 0 else "×".join(map(str, np.shape(value)))
        return EdgeView("forward", active, label, 0.0)
    return EdgeView("pending", False, "", 0.0)


def touched(tl, k: int) -> tuple[set, set]:
    """The nodes and edges whose view can differ between step k and its neighbours."""
    step = tl.steps[k]
    if step.node is None:
        return {n for n, info in tl.nodes.items() if info.op is None}, set()
    nodes = {step.node, *tl.nodes[step.node].inputs}
    edges = {(step.node, s) for s in range(len(tl.nodes[step.node].inputs))}
    return nodes, edges


def magnitude_range(tl) -> tuple[float, float]:
    """Smallest and largest non-zero finite |gradient| over the graph, for log-scale tints and widths."""
    mags = []
    for info in tl.nodes.values():
        if info.grad is not None:
            g = np.asarray(info.grad)
            with np.errstate(all="ignore"):
                m = float(np.linalg.norm(g)) if g.ndim else abs(float(g))
            if np.isfinite(m) and m > 0:
                mags.append(m)
    if not mags:
        return 1.0, 1.0
    return min(mags), max(mags)
