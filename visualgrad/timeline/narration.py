"""The sentence each step says, built from the op table's formulas and the step's numbers.

The voice is the articles': the loss is where "the accident happened", and the
backward pass passes the blame (responsibility) back to whoever stands behind.
"""
from __future__ import annotations

import re

import numpy as np

from ..engine import OPS
from ..fmt import format_number, format_value
from ..i18n import tr


_SIMPLE = re.compile(r"^(?:[A-Za-zα-ωΑ-Ω_][A-Za-z0-9_α-ωΑ-Ω]*|[0-9.]+)$")


def _n(v) -> str:
    return format_value(v, 4)


def _d(label: str) -> str:
    """∂L/∂label, with parentheses when the label is a formula."""
    return label if _SIMPLE.match(label) else f"({label})"


def grad_name(loss: str, label: str) -> str:
    return f"∂{loss}/∂{_d(label)}"


def _is_scalar(v) -> bool:
    return np.ndim(v) == 0


def substituted(nodes: dict, node_id: int) -> str:
    """The node's formula with the input values put in: x² → 3²."""
    info = nodes[node_id]
    vals = [nodes[i].value for i in info.inputs]
    if not all(_is_scalar(v) for v in vals):
        return ""
    op = OPS[info.op]
    attrs = info.attrs
    return op.formula([format_number(v, 4) if v >= 0 else f"({format_number(v, 4)})" for v in vals], attrs)


def inputs(nodes: dict, leaves: list) -> str:
    named = [f"{nodes[i].label} = {_n(nodes[i].value)}" for i in leaves if nodes[i].role != "constant"]
    consts = [_n(nodes[i].value) if nodes[i].label == format_value(nodes[i].value, 6) else
              f"{nodes[i].label} = {_n(nodes[i].value)}" for i in leaves if nodes[i].role == "constant"]
    text = tr("narration", "Inputs: {values}.").format(values=", ".join(named)) if named else ""
    if consts:
        text += (" " if text else "") + tr("narration", "Constants: {values}.").format(values=", ".join(consts))
    return text


def forward(nodes: dict, node_id: int) -> str:
    info = nodes[node_id]
    value = _n(info.value)
    lhs = info.label if info.label != info.formula else ""
    sub = substituted(nodes, node_id)
    chain = [p for p in (lhs, info.formula, sub) if p]
    chain = [p for k, p in enumerate(chain) if k == 0 or p != chain[k - 1]]
    if not _is_scalar(info.value):
        shape = "×".join(map(str, np.shape(info.value)))
        return tr("narration", "Forward: {chain} gives a {shape} tensor {value}.").format(
            chain=" = ".join(chain), shape=shape, value=value)
    return tr("narration", "Forward: {chain} = {value}.").format(chain=" = ".join(chain), value=value)


def loss(nodes: dict, out: int) -> str:
    info = nodes[out]
    return tr("narration", "The loss: {name} = {value}. The accident happened here; now we trace back "
                           "who is responsible.").format(name=info.label, value=_n(info.value))


def seed(nodes: dict, out: int, seed) -> str:
    name = nodes[out].label
    if np.size(seed) == 1:
        return tr("narration", "Backward starts at the loss: {d} = 1.").format(d=grad_name(name, name))
    return tr("narration", "Backward starts at the output: {d} = 1 for every entry (the same as "
                           "backward on its sum).").format(d=grad_name(name, name))


def edge_label(upstream, edge, deriv_text: str) -> str:
    """`2 × 2·x = 2 × 6 = 12` for scalars; the contribution's size for tensors."""
    if edge.local is not None:
        up, local, c = format_number(upstream, 4), format_number(edge.local, 4), format_number(edge.contribution, 4)
        if deriv_text and deriv_text != local:
            return f"{up} × {deriv_text} = {up} × {local} = {c}"
        return f"{up} × {local} = {c}"
    c = np.asarray(edge.contribution)
    if c.ndim == 0:
        return format_number(c, 4)
    return f"‖·‖ = {format_number(float(np.linalg.norm(c)), 4)}"


def backward(nodes: dict, out: int, node_id: int, received: list) -> str:
    """This node's gradient is final; it passes blame to each input (and fan-out adds up)."""
    loss_name = nodes[out].label
    info = nodes[node_id]
    me = grad_name(loss_name, info.label)
    head = tr("narration", "{d} = {g} is final; {name} = {formula} passes the blame on.").format(
        d=me, g=_n(info.grad), name=info.label, formula=info.formula) if info.label != info.formula else \
        tr("narration", "{d} = {g} is final; {name} passes the blame on.").format(
            d=me, g=_n(info.grad), name=info.label)
    parts = []
    for edge, terms, total in received:
        src = nodes[edge.source].label
        chain = f"{grad_name(loss_name, src)} = {me} · ∂{_d(info.label)}/∂{_d(src)}"
        if edge.local is not None:
            chain += f" = {format_number(info.grad, 4)} · {format_number(edge.local, 4)}"
        chain += f" = {_n(edge.contribution)}"
        parts.append(chain)
        if len(terms) > 1:
            parts.append(tr("narration", "{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}")
                         .format(src=src, k=len(terms), d=grad_name(loss_name, src),
                                 sum=" + ".join(_n(t) for t in terms), total=_n(total)))
    return head + " " + "; ".join(parts) + "."


def update(nodes: dict, node_id: int, eta: float) -> str:
    info = nodes[node_id]
    return tr("narration", "Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.").format(
        w=info.label, old=_n(info.value), eta=format_number(eta), g=_n(info.grad), new=_n(info.updated))


def trace_line(step, nodes: dict, out: int) -> str:
    """One frame of the traceback: where the node came from, what it received, what it passed on."""
    info = nodes[step.node]
    where = tr("narration", "line {line}").format(line=info.line) if info.line else tr("narration", "preset")
    return f"{where}: {info.statement or info.formula} — {grad_name(nodes[out].label, info.label)} = {_n(info.grad)}"
