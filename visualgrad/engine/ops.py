"""The op table: every operation defined once.

Each op has its forward, its vector-Jacobian product (VJP) and the text of its
local derivative towards each input. The parser, the engine, the narration and
the gradient check all read this table; nothing else knows an op's maths.
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


# ---- elementwise binary -------------------------------------------------

def _add_vjp(g, out, x, a):
    # Most sums do not broadcast: g is then each input's gradient as it is, no call needed.
    shape = g.shape
    l, r = x[0].shape, x[1].shape
    return (g if l == shape else unbroadcast(g, l)), (g if r == shape else unbroadcast(g, r))


def _sub_vjp(g, out, x, a):
    shape = g.shape  # as in _add_vjp: call unbroadcast() only for an input that was broadcast
    l, r = x[0].shape, x[1].shape
    return (g if l == shape else unbroadcast(g, l)), (-g if r == shape else unbroadcast(-g, r))


_op("add", 2, np.add, _add_vjp,
    lambda n, a: f"{n[0]} + {n[1]}", lambda n, a: ("1", "1"), "+", broadcasts=True)

_op("sub", 2, np.subtract, _sub_vjp,
    lambda n, a: f"{n[0]} − {_paren(n[1])}", lambda n, a: ("1", "−1"), "−", broadcasts=True)

_op("mul", 2, np.multiply,
    lambda g, out, x, a: (unbroadcast(g * x[1], x[0].shape), unbroadcast(g * x[0], x[1].shape)),
    lambda n, a: f"{_paren(n[0])}·{_paren(n[1])}", lambda n, a: (_paren(n[1]), _paren(n[0])), "×", broadcasts=True)

_op("div", 2, np.divide,
    lambda g, out, x, a: (unbroadcast(g / x[1], x[0].shape),
                          unbroadcast(-g * out / x[1], x[1].shape)),
    lambda n, a: f"{_paren(n[0])} / {_paren(n[1])}",
    lambda n, a: (f"1/{_paren(n[1])}", f"−{_paren(n[0])}/{_paren(n[1])}²"), "÷", broadcasts=True)


def _powv_vjp(g, out, x, a):
    base, ex = x
    # PyTorch's values where the formulas say 0·∞: d(b^e)/db = e·b^(e−1) is 0 where e = 0
    # (b⁰ is 1 for every b), and d(b^e)/de = b^e·ln b is 0 where b = 0 and e ≥ 0.
    with np.errstate(all="ignore"):
        gb = np.where(ex == 0, 0.0, g * ex * np.power(base, ex - 1))
        ge = g * out * np.log(np.where(base == 0, 1.0, base))
    ge = np.where((base == 0) & (ex >= 0), 0.0, ge)
    return unbroadcast(gb, base.shape), unbroadcast(ge, ex.shape)


_op("powv", 2, np.power, _powv_vjp,
    lambda n, a: f"{_paren(n[0])}^{_paren(n[1])}",
    lambda n, a: (f"{n[1]}·{_paren(n[0])}^({n[1]}−1)", f"{_paren(n[0])}^{_paren(n[1])}·ln {_paren(n[0])}"),
    "^", broadcasts=True)


def _max_vjp(g, out, x, a, sign=1):
    l, r = x
    left = np.where(l * sign > r * sign, 1.0, np.where(l == r, 0.5, 0.0))
    return unbroadcast(g * left, l.shape), unbroadcast(g * (1.0 - left), r.shape)


_op("maximum", 2, np.maximum, _max_vjp,
    lambda n, a: f"max({n[0]}, {n[1]})",
    lambda n, a: (f"[{n[0]} > {n[1]}]", f"[{n[1]} > {n[0]}]"), "max", ("maximum", "max"), True)
_op("minimum", 2, np.minimum, lambda g, out, x, a: _max_vjp(g, out, x, a, -1),
    lambda n, a: f"min({n[0]}, {n[1]})",
    lambda n, a: (f"[{n[0]} < {n[1]}]", f"[{n[1]} < {n[0]}]"), "min", ("minimum", "min"), True)

# ---- elementwise unary --------------------------------------------------

_op("neg", 1, np.negative, lambda g, out, x, a: (-g,),
    lambda n, a: f"−{_paren(n[0])}", lambda n, a: ("−1",), "−")

def _pow_vjp(g, out, x, a):
    p = a["p"]
    if p == 0:  # x⁰ = 1 everywhere: 0, also at x = 0 where p·x⁻¹ would say 0·∞ (PyTorch agrees)
        return (np.zeros(np.shape(x[0])),)
    if p == 2:  # by far the commonest power (squared errors): g·2·x¹, and x¹ is x exactly
        # g + g is g·2.0 to the bit (doubling rounds nowhere), without a Python float for numpy
        # to convert.
        return ((g + g) * x[0],)
    return (g * p * np.power(x[0], p - 1),)


_op("pow", 1, lambda x, p: np.power(x, p), _pow_vjp,
    lambda n, a: f"{_paren(n[0])}{power_text(a['p'])}",
    lambda n, a: (_pow_deriv_text(n[0], a["p"]),), "^")


def _pow_deriv_text(x: str, p: float) -> str:
    if p == 2:
        return f"2·{_paren(x)}"
    if p == 1:
        return "1"
    return f"{format_number(p)}·{_paren(x)}{power_text(p - 1)}"


_op("exp", 1, np.exp, lambda g, out, x, a: (g * out,),
    lambda n, a: f"exp({n[0]})", lambda n, a: (f"exp({n[0]})",), "exp", ("exp",))
_op("log", 1, np.log, lambda g, out, x, a: (g / x[0],),
    lambda n, a: f"ln({n[0]})", lambda n, a: (f"1/{_paren(n[0])}",), "log", ("log", "ln"))
_op("sqrt", 1, np.sqrt, lambda g, out, x, a: (g * _HALF / out,),
    lambda n, a: f"√{_paren(n[0])}", lambda n, a: (f"1/(2·√{_paren(n[0])})",), "√", ("sqrt",))
_op("abs", 1, np.abs, lambda g, out, x, a: (g * np.sign(x[0]),),
    lambda n, a: f"|{n[0]}|", lambda n, a: (f"sign({n[0]})",), "abs", ("abs",))
_op("sin", 1, np.sin, lambda g, out, x, a: (g * np.cos(x[0]),),
    lambda n, a: f"sin({n[0]})", lambda n, a: (f"cos({n[0]})",), "sin", ("sin",))
_op("cos", 1, np.cos, lambda g, out, x, a: (-g * np.sin(x[0]),),
    lambda n, a: f"cos({n[0]})", lambda n, a: (f"−sin({n[0]})",), "cos", ("cos",))
_op("tanh", 1, np.tanh, lambda g, out, x, a: (g * (_ONE - out * out),),
    lambda n, a: f"tanh({n[0]})", lambda n, a: (f"1 − tanh²({n[0]})",), "tanh", ("tanh",))


def _sigmoid(x):
    # PyTorch's formula. It keeps full relative precision for every x: for x < −709, e⁻ˣ
    # overflows to ∞ and 1/(1+∞) = 0, the right limit (apply() silences numpy's warning).
    return _ONE / (_ONE + np.exp(-x))


_op("sigmoid", 1, _sigmoid, lambda g, out, x, a: (g * out * (_ONE - out),),
    lambda n, a: f"σ({n[0]})", lambda n, a: (f"σ({n[0]})·(1 − σ({n[0]}))",), "σ", ("sigmoid",))
_op("relu", 1, lambda x: np.maximum(x, 0.0), lambda g, out, x, a: (g * (x[0] > 0),),
    lambda n, a: f"relu({n[0]})", lambda n, a: (f"[{n[0]} > 0]",), "relu", ("relu",))

# ---- linear algebra and reductions ---------------------------------------


def _matmul(l, r):
    # For two matrices, ndarray.dot runs the same BLAS product as np.matmul without the
    # generalized-ufunc dispatch, which costs more than a small product. np.matmul keeps
    # the rules for vectors and batches (and refuses scalars).
    if l.ndim == 2 and r.ndim == 2:
        return l.dot(r)
    return np.matmul(l, r)


def _matmul_vjp(g, out, x, a):
    l, r = x
    if l.ndim == 2 and r.ndim == 2:  # the common case: no batch axes to sum away
        return g.dot(r.T), l.T.dot(g)
    if l.ndim == 1 and r.ndim == 1:
        return g * r, g * l
    if l.ndim == 1:
        return unbroadcast(np.matmul(r, g[..., None])[..., 0], l.shape), \
            unbroadcast(l[:, None] * g[..., None, :], r.shape)
    if r.ndim == 1:
        return unbroadcast(g[..., :, None] * r, l.shape), \
            unbroadcast(np.matmul(l.swapaxes(-1, -2), g[..., None])[..., 0], r.shape)
    return (unbroadcast(np.matmul(g, r.swapaxes(-1, -2)), l.shape),
            unbroadcast(np.matmul(l.swapaxes(-1, -2), g), r.shape))


_op("matmul", 2, _matmul, _matmul_vjp,
    lambda n, a: f"{_paren(n[0])} @ {_paren(n[1])}",
    lambda n, a: (f"· @ {_paren(n[1])}ᵀ", f"{_paren(n[0])}ᵀ @ ·"), "@", ("matmul", "dot", "mm"))

_op("transpose", 1, lambda x: x.swapaxes(-1, -2) if x.ndim >= 2 else x,
    lambda g, out, x, a: (g.swapaxes(-1, -2) if g.ndim >= 2 else g,),
    lambda n, a: f"{_paren(n[0])}ᵀ", lambda n, a: ("transpose",), "ᵀ", ("transpose",))


def _axes(x, axis) -> tuple:
    """The axes a sum or mean reduces, as non-negative numbers; AxisError for one x lacks
    (np.add.reduce lets axis 0 of a scalar through, np.mean does not: we say no to both)."""
    if axis is None:
        return tuple(range(x.ndim))
    axes = axis if isinstance(axis, tuple) else (axis,)
    for k in axes:
        if not -x.ndim <= k < x.ndim:
            raise np.exceptions.AxisError(k, x.ndim)
    return tuple(k % x.ndim for k in axes)


def _count(x, a) -> int:
    """How many entries each result of the reduction summed."""
    axis = a.get("axis")
    return x.size if axis is None else int(np.prod([x.shape[k] for k in _axes(x, axis)]))


def _spread(g, x, a, n=1):
    """The gradient of a sum (n = 1) or a mean (n = count): g/n copied back out to x's shape.

    A fresh array the caller may keep. A full reduction's gradient is one number, divided
    as a Python float (the same IEEE division as numpy's, without a 0-d array's overhead).
    """
    out = np.empty(x.shape)
    if a.get("axis") is None:
        if out.size:  # (an empty x has nothing to fill, and n = 0)
            out.fill(g.item() / n)
        return out
    if not a.get("keepdims", False):
        kept = list(x.shape)
        for k in _axes(x, a["axis"]):
            kept[k] = 1
        g = g.reshape(kept)
    out[...] = g / n if n != 1 else g
    return out


def _sum_forward(x, axis=None, keepdims=False):
    if axis is not None:
        _axes(x, axis)
    return _sum(x, axis=axis, keepdims=keepdims)


def _mean(x, axis=None, keepdims=False):
    # np.mean is np.add.reduce then a division by the count: the same bits, less wrapper.
    n = x.size if axis is None else _count(x, {"axis": axis})
    return _sum(x, axis=axis, keepdims=keepdims) / n


_op("sum", 1, _sum_forward,
    lambda g, out, x, a: (_spread(g, x[0], a),),
    lambda n, a: f"Σ {n[0]}", lambda n, a: ("1",), "Σ", ("sum",))
_op("mean", 1, _mean,
    lambda g, out, x, a: (_spread(g, x[0], a, _count(x[0], a)),),
    lambda n, a: f"mean({n[0]})", lambda n, a: ("1/n",), "mean", ("mean",))
