"""The sentence each step says, built from the op table's formulas and the step's numbers.

The voice is the articles': the loss is where "the accident happened", and the
backward pass passes the blame (responsibility) back to whoever stands behind.
"""
from __future__ import annotations

import re

import numpy as np

from ..engine import OPS
from ..fmt import SUM_SHOWN, elide, format_number, format_value
from ..i18n import tr

_DOUBLE_PARENS = re.compile(r"\(\((−[^()]*)\)\)")
_SIMPLE = re.compile(r"^(?:[A-Za-zα-ωΑ-Ω_][A-Za-z0-9_α-ωΑ-Ω]*|[0-9.]+)$")


def _n(v) -> str:
    return format_value(v, 4)


def _wrapped(text: str) -> bool:
    """`(a + b)` is one bracketed whole; `(a) + (b)` is not."""
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and k < len(text) - 1:
            return False
    return True


def _d(label: str) -> str:
    """∂L/∂label, with parentheses when the label is a formula."""
    return label if _SIMPLE.match(label) or _wrapped(label) else f"({label})"


def grad_name(loss: str, label: str) -> str:
    return f"∂{loss}/∂{_d(label)}"


def local_name(formula: str, src: str) -> str:
    """The op's own derivative, ∂(c·2)/∂c: never ∂L/∂c, which would be the gradient being computed."""
    return f"∂{_d(formula)}/∂{_d(src)}"


def factor(v, digits: int = 4) -> str:
    """A number as a factor or a later term: negatives in brackets, `1 × (−1)`, `0.5 − 0.5·(−0.5)`."""
    text = format_value(v, digits)
    return f"({text})" if text.startswith("−") and np.ndim(v) == 0 else text


def sum_text(terms, digits: int = 4, shown: int = SUM_SHOWN) -> str:
    """`12 + 40.17`, `1 + (−2)`; past `shown` terms the first few, …, and the last (the total follows)."""
    n = len(terms)
    if n <= shown:
        idx = list(range(n))
    else:
        head = max(1, shown - 2)
        idx = list(range(head)) + list(range(n - (shown - head), n))
    parts = [format_value(terms[i], digits) if j == 0 else factor(terms[i], digits) for j, i in enumerate(idx)]
    if n > shown:
        parts.insert(max(1, shown - 2), "…")
    return " + ".join(parts)


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
    text = op.formula([format_number(v, 4) if v >= 0 else f"({format_number(v, 4)})" for v in vals], attrs)
    return _DOUBLE_PARENS.sub(r"(\1)", text)  # ln((−2)) -> ln(−2)


def inputs(nodes: dict, leaves: list) -> str:
    named = [f"{nodes[i].label} = {_n(nodes[i].value)}" for i in leaves if nodes[i].role != "constant"]
    consts = [_n(nodes[i].value) if nodes[i].label == format_value(nodes[i].value, 6) else
              f"{nodes[i].label} = {_n(nodes[i].value)}" for i in leaves if nodes[i].role == "constant"]
    text = tr("narration", "Inputs: {values}.").format(values=", ".join(elide(named, 12))) if named else ""
    if consts:
        text += (" " if text else "") + tr("narration", "Constants: {values}.").format(
            values=", ".join(elide(consts, 12)))
    return text


def forward(nodes: dict, node_id: int) -> str:
    info = nodes[node_id]
    value = _n(info.value)
    lhs = info.label if info.label != info.formula else ""
    sub = substituted(nodes, node_id)
    chain = [p for p in (lhs, info.formula, sub) if p]
    chain = [p for k, p in enumerate(chain) if k == 0 or p != chain[k - 1]]
    if len(chain) > 1 and chain[-1] == value:
        chain.pop()  # −x = −2, not −x = −2 = −2
    if not _is_scalar(info.value):
        shape = "×".join(map(str, np.shape(info.value)))
        if value.startswith(shape + " "):
            value = value[len(shape) + 1:]  # "a 2×4 tensor [0, …]", not "a 2×4 tensor 2×4 [0, …]"
        text = tr("narration", "Forward: {chain} gives a {shape} tensor {value}.").format(
            chain=" = ".join(chain), shape=shape, value=value)
    else:
        text = tr("narration", "Forward: {chain} = {value}.").format(chain=" = ".join(chain), value=value)
    why = explain_value(nodes, node_id)
    return f"{text} {why}" if why else text


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
        up, local, c = format_number(upstream, 4), factor(edge.local), format_number(edge.contribution, 4)
        if deriv_text and deriv_text != local and deriv_text != format_number(edge.local, 4):
            shown = f"({deriv_text})" if deriv_text.startswith("−") else deriv_text
            return f"{up} × {shown} = {up} × {local} = {c}"
        return f"{up} × {local} = {c}"
    c = np.asarray(edge.contribution)
    if c.ndim == 0:
        return format_number(c, 4)
    with np.errstate(over="ignore", invalid="ignore"):  # a norm of 1e200s is ∞ on screen, not a warning
        norm = float(np.linalg.norm(c))
    return f"‖·‖ = {format_number(norm, 4)}"


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
        chain = f"{grad_name(loss_name, src)} = {me} · {local_name(info.formula, src)}"
        if edge.local is not None:
            chain += f" = {format_number(info.grad, 4)} · {factor(edge.local)}"
        chain += f" = {_n(edge.contribution)}"
        parts.append(chain)
        if len(terms) > 1:
            parts.append(tr("narration", "{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}")
                         .format(src=src, k=len(terms), d=grad_name(loss_name, src),
                                 sum=sum_text(terms), total=_n(total)))
    text = head + " " + "; ".join(parts) + "."
    why = explain_blame(nodes, node_id, received)
    return f"{text} {why}" if why else text


# ---- ∞ and NaN --------------------------------------------------------------------
# The engine follows IEEE floats, like PyTorch: exp(1000) is ∞, log(−1) is NaN, and both flow on
# through the graph. A student who sees "NaN" needs to know where it came from and that it spreads,
# so the step where a value or a blame first stops being a number says why, in one sentence.

_OVERFLOWS = ("exp", "pow", "powv", "mul", "add", "sub", "div", "neg", "sum", "mean", "matmul")


def _bad(v) -> np.ndarray:
    return ~np.isfinite(np.asarray(v, dtype=np.float64))


def _has_nan(v) -> bool:
    return bool(np.isnan(np.asarray(v, dtype=np.float64)).any())


def _has_inf(v) -> bool:
    return bool(np.isinf(np.asarray(v, dtype=np.float64)).any())


def explain_value(nodes: dict, node_id: int) -> str:
    """Why this node's value is ∞ or NaN ("" when it is a plain number), from its op and inputs."""
    info = nodes[node_id]
    out = np.asarray(info.value, dtype=np.float64)
    if info.op is None or not _bad(out).any():
        return ""
    ins = [np.asarray(nodes[i].value, dtype=np.float64) for i in info.inputs]
    nan_out = _has_nan(out)
    if nan_out and any(_has_nan(v) for v in ins):
        return tr("narration", "NaN spreads: whatever is computed from NaN is NaN too.")
    if any(_has_inf(v) for v in ins):
        if not nan_out:
            return tr("narration", "∞ passes on: whatever is computed from ∞ stays infinite.")
        return _undefined_with_inf(info.op)
    expr = substituted(nodes, node_id) or info.formula
    return _finite_inputs_reason(info, ins, out, nan_out, expr)


def _undefined_with_inf(op: str) -> str:
    if op in ("add", "sub", "sum", "mean", "matmul"):
        return tr("narration", "∞ − ∞ is undefined, so the value is NaN.")
    if op == "mul":
        return tr("narration", "0 × ∞ is undefined, so the value is NaN.")
    if op == "div":
        return tr("narration", "∞ / ∞ is undefined, so the value is NaN.")
    return tr("narration", "{op} of ∞ has no defined value, so it is NaN.").format(op=op)


def _finite_inputs_reason(info, ins: list, out: np.ndarray, nan_out: bool, expr: str) -> str:
    op = info.op
    x = ins[0] if ins else np.zeros(())
    if op == "log":
        if (x < 0).any():
            return tr("narration", "log of a negative number is undefined (NaN).")
        return tr("narration", "log(0) is −∞: the logarithm falls without end as its input reaches 0.")
    if op == "sqrt" and (x < 0).any():
        return tr("narration", "The square root of a negative number is undefined (NaN).")
    if op == "div" and (ins[1] == 0).any():
        if nan_out and ((ins[0] == 0) & (ins[1] == 0)).any():
            return tr("narration", "0/0 is undefined (NaN).")
        return tr("narration", "Dividing by zero gives ∞.")
    if op in ("pow", "powv"):
        p = np.asarray(info.attrs.get("p", 2.0)) if op == "pow" else ins[1]
        base, p = np.broadcast_arrays(x, p)
        if nan_out and ((base < 0) & (p != np.round(p))).any():
            return tr("narration", "A negative number to a fractional power is undefined (NaN).")
        if ((base == 0) & (p < 0)).any():
            return tr("narration", "0 to a negative power divides by zero: the value is ∞.")
    if op == "masked_fill" and not np.isfinite(info.attrs.get("fill", 0.0)):  # −∞ in attention: on purpose
        return tr("narration", "masked_fill writes {value} where the mask is true, as the program asks.").format(
            value=format_number(info.attrs["fill"]))
    if not nan_out and op in _OVERFLOWS:
        return tr("narration", "{expr} overflows to ∞: the value is too large for a float64 "
                               "(the largest is about 1.8e308).").format(expr=expr)
    return tr("narration", "{expr} has no value as a float64 number here: the result is ∞ or NaN.").format(expr=expr)


def explain_blame(nodes: dict, node_id: int, received: list) -> str:
    """Why the blame this node passes on is ∞ or NaN ("" when every share is a plain number)."""
    info = nodes[node_id]
    bad_edges = [e for e, _, _ in received if _bad(e.contribution).any()]
    if not bad_edges:
        return ""
    if _bad(info.grad).any():
        if _has_nan(info.grad):
            return tr("narration", "NaN spreads backward: the blame passed on is NaN too.")
        return tr("narration", "An infinite gradient passes on as ∞ (or NaN where it meets 0).")
    parts = []
    for e in bad_edges:
        src = nodes[e.source].label
        if e.local is not None and _has_nan(e.contribution) and _has_inf(e.local) and not _has_nan(e.local):
            parts.append(tr("narration", "The local derivative towards {src} is {local} here and 0 × ∞ is "
                                         "undefined, so its blame is NaN.").format(src=src, local=_n(e.local)))
        elif e.local is not None:
            parts.append(tr("narration", "The local derivative towards {src} is {local} here, so its blame "
                                         "is {c}.").format(src=src, local=_n(e.local), c=_n(e.contribution)))
        else:
            parts.append(tr("narration", "The local derivative towards {src} is not finite here, so its blame "
                                         "is ∞ or NaN.").format(src=src))
    return " ".join(parts)


def update(nodes: dict, node_id: int, eta: float) -> str:
    info = nodes[node_id]
    return tr("narration", "Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.").format(
        w=info.label, old=_n(info.value), eta=factor(eta, 6), g=factor(info.grad), new=_n(info.updated))


def trace_line(step, nodes: dict, out: int) -> str:
    """One frame of the traceback: where the node came from, what it received, what it passed on."""
    info = nodes[step.node]
    where = tr("narration", "line {line}").format(line=info.line) if info.line else tr("narration", "preset")
    return f"{where}: {info.statement or info.formula} — {grad_name(nodes[out].label, info.label)} = {_n(info.grad)}"
