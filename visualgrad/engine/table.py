"""The op table itself: the Op record, the one OPS dict, and helpers every op module shares.

Each op has its forward, its vector-Jacobian product (VJP) and the text of its local derivative
towards each input. The ops are defined in ops.py (elementwise, products), ops_activation.py,
ops_reduce.py, ops_shape.py, ops_mask.py and ops_loss.py; they all register here. The language, the
engine, the narration and the gradient check all read this table; nothing else knows an op's maths.

A VJP is (g, out, inputs, attrs) -> one gradient per input, each of that input's shape, with
PyTorch's formula (and its values where a formula meets 0·∞ or a kink). Inputs are the graph's
tensors; what is not differentiable (indices, masks, targets, dims) lives in attrs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from ..fmt import format_number

# np.add.reduce is what np.sum and np.mean run inside (same pairwise summation, same bits),
# without their Python wrappers, which cost more than the sum itself on small tensors.
_sum = np.add.reduce


def _constant(v: float) -> np.ndarray:
    """A read-only 0-d float64 array. Arithmetic with one is the same float64 operation as with the
    Python float (same bits), but skips numpy's Python-scalar conversion: 1.1 µs instead of 1.7 µs
    for `1.0 - a` on a small array, and the sigmoid uses three such constants per pass."""
    a = np.array(v, dtype=np.float64)
    a.flags.writeable = False
    return a


_ONE = _constant(1.0)
_HALF = _constant(0.5)


def unbroadcast(g: np.ndarray, shape: tuple) -> np.ndarray:
    """Sum a gradient back down to the shape of the input numpy broadcast."""
    if g.shape == shape:
        return g
    lead, axes = _broadcast_axes(g.shape, shape)
    if lead:
        g = _sum(g, axis=lead)
    if axes:
        g = _sum(g, axis=axes, keepdims=True)
    return g if g.shape == shape else g.reshape(shape)


@lru_cache(maxsize=1024)
def _broadcast_axes(gshape: tuple, shape: tuple) -> tuple[tuple, tuple]:
    """The axes numpy added in front of `shape`, and those it stretched from 1 (cached: a training
    loop meets the same few shape pairs every step)."""
    extra = len(gshape) - len(shape)
    lead = tuple(range(extra)) if extra > 0 else ()
    kept = gshape[len(lead):]
    return lead, tuple(i for i, n in enumerate(shape) if n == 1 and kept[i] != 1)


@dataclass(frozen=True)
class Op:
    name: str
    arity: int
    forward: Callable
    vjp: Callable  # (g, out, inputs, attrs) -> tuple of gradients, one per input
    formula: Callable[[Sequence[str], dict], str]  # how the node reads: "x²"
    derivs: Callable[[Sequence[str], dict], Sequence[str]]  # local derivative per input
    symbol: str = ""  # what the op ellipse shows
    aliases: tuple = field(default_factory=tuple)
    broadcasts: bool = False


OPS: dict[str, Op] = {}
# Names a user may call as functions (exp(x), sum(W, axis=0), ...) mapped to ops.
FUNCTIONS: dict[str, str] = {}


def _op(name, arity, forward, vjp, formula, derivs, symbol="", functions=(), broadcasts=False):
    op = Op(name, arity, forward, vjp, formula, derivs, symbol or name, tuple(functions), broadcasts)
    OPS[name] = op
    for f in functions:
        FUNCTIONS[f] = name
    return op


def _paren(s: str) -> str:
    """Wrap compound operand text so formulas stay unambiguous."""
    if len(s) <= 1 or s.replace("_", "").replace(".", "").isalnum():
        return s
    if s.startswith("(") and s.endswith(")"):
        return s
    return f"({s})"


_SUP = str.maketrans("0123456789−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def power_text(p: float) -> str:
    """Exponent as superscript where that reads well (x², x⁻¹), else ^p."""
    t = format_number(p)
    if all(c in "0123456789−" for c in t) and len(t) <= 3:
        return t.translate(_SUP)
    return "^" + t


