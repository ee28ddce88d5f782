"""Elementwise arithmetic and maths, clamp, where, detach and products, with PyTorch's gradients
(the op table is table.py; activations are in ops_activation.py)."""
from __future__ import annotations

import math

import numpy as np

from ..fmt import format_number
from .table import _HALF, _ONE, FUNCTIONS, OPS, Op, _constant, _op, _paren, power_text, unbroadcast  # noqa: F401

_ZERO = _constant(0.0)

# ---- elementwise binary -------------------------------------------------

def _add_vjp(g, out, x, a):
    # Most sums do not broadcast: g is then each input's gradient as it is, no call needed.
    shape = g.shape
    ls, rs = x[0].shape, x[1].shape
    return (g if ls == shape else unbroadcast(g, ls)), (g if rs == shape else unbroadcast(g, rs))


def _sub_vjp(g, out, x, a):
    shape = g.shape  # as in _add_vjp: call unbroadcast() only for an input that was broadcast
    ls, rs = x[0].shape, x[1].shape
    return (g if ls == shape else unbroadcast(g, ls)), (-g if rs == shape else unbroadcast(-g, rs))


_op("add", 2, np.add, _add_vjp,
    lambda n, a: f"{n[0]} + {n[1]}", lambda n, a: ("1", "1"), "+", broadcasts=True)

_op("sub", 2, np.subtract, _sub_vjp,
    lambda n, a: f"{n[0]} − {_paren(n[1])}", lambda n, a: ("1", "−1"), "−", broadcasts=True)

_op("mul", 2, np.multiply,
    lambda g, out, x, a: (unbroadcast(g * x[1], x[0].shape), unbroadcast(g * x[0], x[1].shape)),
    lambda n, a: f"{_paren(n[0])}·{_paren(n[1])}", lambda n, a: (_paren(n[1]), _paren(n[0])), "×", broadcasts=True)

# PyTorch's divisor gradient is −g·((a/b)/b), and a/b is the output.
_op("div", 2, np.divide,
    lambda g, out, x, a: (unbroadcast(g / x[1], x[0].shape),
                          unbroadcast(-g * (out / x[1]), x[1].shape)),
    lambda n, a: f"{_paren(n[0])} / {_paren(n[1])}",
    lambda n, a: (f"1/{_paren(n[1])}", f"−{_paren(n[0])}/{_paren(n[1])}²"), "÷", broadcasts=True)


def _powv_vjp(g, out, x, a):
    base, ex = x
    # PyTorch's values where the formulas say 0·∞: d(b^e)/db = e·b^(e−1) is 0 where e = 0
    # (b⁰ is 1 for every b), and d(b^e)/de = b^e·ln b is 0 where b = 0 and e ≥ 0 (but −∞ at
    # b = 0, e < 0: ∞·(−∞)).
    with np.errstate(all="ignore"):
        gb = np.where(ex == 0, 0.0, g * (ex * np.power(base, ex - 1)))
        ge = np.where((base == 0) & (ex >= 0), 0.0, g * (out * np.log(base)))
    return unbroadcast(gb, base.shape), unbroadcast(ge, ex.shape)


_op("powv", 2, np.power, _powv_vjp,
    lambda n, a: f"{_paren(n[0])}^{_paren(n[1])}",
    lambda n, a: (f"{n[1]}·{_paren(n[0])}^({n[1]}−1)", f"{_paren(n[0])}^{_paren(n[1])}·ln {_paren(n[0])}"),
    "^", broadcasts=True)


def _max_vjp(g, out, x, a, sign=1):
    # PyTorch: a tie shares g half and half; where one side is NaN, neither is "less", and both
    # get all of g.
    lhs, rhs = x
    half = np.where(lhs == rhs, g * _HALF, g)
    if sign > 0:
        return unbroadcast(np.where(lhs < rhs, 0.0, half), lhs.shape), unbroadcast(np.where(lhs > rhs, 0.0, half), rhs.shape)
    return unbroadcast(np.where(lhs > rhs, 0.0, half), lhs.shape), unbroadcast(np.where(lhs < rhs, 0.0, half), rhs.shape)


_op("maximum", 2, np.maximum, _max_vjp,
    lambda n, a: f"max({n[0]}, {n[1]})",
    lambda n, a: (f"[{n[0]} > {n[1]}]", f"[{n[1]} > {n[0]}]"), "max", ("maximum", "max"), True)
_op("minimum", 2, np.minimum, lambda g, out, x, a: _max_vjp(g, out, x, a, -1),
    lambda n, a: f"min({n[0]}, {n[1]})",
    lambda n, a: (f"[{n[0]} < {n[1]}]", f"[{n[1]} < {n[0]}]"), "min", ("minimum", "min"), True)


def _where(x, y, condition):
    return np.where(condition, x, y)


_op("where", 2, _where,
    lambda g, out, x, a: (unbroadcast(np.where(a["condition"], g, 0.0), x[0].shape),
                          unbroadcast(np.where(a["condition"], 0.0, g), x[1].shape)),
    lambda n, a: f"where(c, {n[0]}, {n[1]})", lambda n, a: ("[c]", "[not c]"), "where", broadcasts=True)

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
    return (g * (p * np.power(x[0], p - 1)),)


_op("pow", 1, lambda x, p: np.power(x, p), _pow_vjp,
    lambda n, a: f"{_paren(n[0])}{power_text(a['p'])}",
    lambda n, a: (_pow_deriv_text(n[0], a["p"]),), "^")


def _pow_deriv_text(x: str, p: float) -> str:
    if p == 2:
        return f"2·{_paren(x)}"
    if p == 1:
        return "1"
    return f"{format_number(p)}·{_paren(x)}{power_text(p - 1)}"


def _sgn(x):
    """PyTorch's sign: −1, 0 or 1, and 0 at NaN (numpy's sign gives NaN there)."""
    return np.subtract(x > 0, x < 0, dtype=np.float64)


_op("exp", 1, np.exp, lambda g, out, x, a: (g * out,),
    lambda n, a: f"exp({n[0]})", lambda n, a: (f"exp({n[0]})",), "exp", ("exp",))
_op("log", 1, np.log, lambda g, out, x, a: (g / x[0],),
    lambda n, a: f"ln({n[0]})", lambda n, a: (f"1/{_paren(n[0])}",), "log", ("log", "ln"))
_op("log1p", 1, np.log1p, lambda g, out, x, a: (g / (x[0] + _ONE),),
    lambda n, a: f"ln(1 + {n[0]})", lambda n, a: (f"1/(1 + {n[0]})",), "log1p")
_op("sqrt", 1, np.sqrt, lambda g, out, x, a: (g * _HALF / out,),
    lambda n, a: f"√{_paren(n[0])}", lambda n, a: (f"1/(2·√{_paren(n[0])})",), "√", ("sqrt",))
_op("abs", 1, np.abs, lambda g, out, x, a: (g * _sgn(x[0]),),
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


# PyTorch multiplies in this order: g·(1 − σ)·σ.
_op("sigmoid", 1, _sigmoid, lambda g, out, x, a: (g * (_ONE - out) * out,),
    lambda n, a: f"σ({n[0]})", lambda n, a: (f"σ({n[0]})·(1 − σ({n[0]}))",), "σ", ("sigmoid",))
# PyTorch's relu passes NaN forward (max(NaN, 0) is NaN) and its gradient masks only where the
# output is ≤ 0, so a NaN input gets g.
_op("relu", 1, lambda x: np.maximum(x, 0.0), lambda g, out, x, a: (np.where(out <= 0, 0.0, g),),
    lambda n, a: f"relu({n[0]})", lambda n, a: (f"[{n[0]} > 0]",), "relu", ("relu",))


def _clamp(x, min=None, max=None):  # noqa: A002 - PyTorch's names
    if min is not None:
        x = np.maximum(x, min)
    if max is not None:
        x = np.minimum(x, max)
    return x


def _clamp_vjp(g, out, x, a):
    # PyTorch: the gradient passes where min ≤ x ≤ max, bounds included; not at NaN.
    x = x[0]
    lo, hi = a.get("min"), a.get("max")
    if lo is not None and hi is not None:
        keep = (x >= lo) & (x <= hi)
    elif lo is not None:
        keep = x >= lo
    else:
        keep = x <= hi
    return (np.where(keep, g, 0.0),)


def _clamp_text(n, a):
    lo, hi = a.get("min"), a.get("max")
    lo = "" if lo is None else format_number(lo)
    hi = "" if hi is None else format_number(hi)
    return f"clamp({n[0]}, {lo}, {hi})"


_op("clamp", 1, _clamp, _clamp_vjp, _clamp_text,
    lambda n, a: (f"[{_clamp_text(n, a)} = {n[0]}]",), "clamp")


def _clamp_t(x, *bounds, has_min, has_max):
    lo = bounds[0] if has_min else None
    hi = bounds[-1] if has_max else None
    return _clamp(x, lo, hi)


def _clamp_t_vjp(g, out, xs, a):
    # PyTorch's clamp(Tensor, Tensor min, Tensor max): x's gradient where min ≤ x ≤ max; min's
    # where x < min < max; max's where x > max or max < min (then max wins outright).
    x = xs[0]
    lo = xs[1] if a["has_min"] else None
    hi = xs[-1] if a["has_max"] else None
    keep = np.ones(np.broadcast_shapes(*(b.shape for b in xs)), dtype=bool)
    if lo is not None:
        keep = keep & (x >= lo)
    if hi is not None:
        keep = keep & (x <= hi)
    grads = [unbroadcast(np.where(keep, g, 0.0), x.shape)]
    if lo is not None:
        gets = (x < lo) & (lo < hi) if hi is not None else x < lo
        grads.append(unbroadcast(np.where(gets, g, 0.0), lo.shape))
    if hi is not None:
        gets = (x > hi) | (hi < lo) if lo is not None else x > hi
        grads.append(unbroadcast(np.where(gets, g, 0.0), hi.shape))
    return tuple(grads)


_op("clamp_t", 3, _clamp_t, _clamp_t_vjp, lambda n, a: f"clamp({', '.join(n)})",
    lambda n, a: tuple("[passes]" for _ in n), "clamp", broadcasts=True)

# ---- more elementwise functions, each with PyTorch's backward formula --------------------

_LN2, _LN10 = math.log(2.0), math.log(10.0)

_op("tan", 1, np.tan, lambda g, out, x, a: (g * (_ONE + out * out),),
    lambda n, a: f"tan({n[0]})", lambda n, a: (f"1 + tan²({n[0]})",), "tan")
_op("reciprocal", 1, np.reciprocal, lambda g, out, x, a: (-g * (out * out),),
    lambda n, a: f"1/{_paren(n[0])}", lambda n, a: (f"−1/{_paren(n[0])}²",), "1/x")
_op("rsqrt", 1, lambda x: _ONE / np.sqrt(x), lambda g, out, x, a: (-_HALF * g * (out * out * out),),
    lambda n, a: f"1/√{_paren(n[0])}", lambda n, a: (f"−½·{_paren(n[0])}^(−3/2)",), "1/√")
_op("expm1", 1, np.expm1, lambda g, out, x, a: (g * (out + _ONE),),
    lambda n, a: f"exp({n[0]}) − 1", lambda n, a: (f"exp({n[0]})",), "expm1")
_op("log2", 1, np.log2, lambda g, out, x, a: (g / (x[0] * _LN2),),
    lambda n, a: f"log₂({n[0]})", lambda n, a: (f"1/({_paren(n[0])}·ln 2)",), "log₂")
_op("log10", 1, np.log10, lambda g, out, x, a: (g / (x[0] * _LN10),),
    lambda n, a: f"log₁₀({n[0]})", lambda n, a: (f"1/({_paren(n[0])}·ln 10)",), "log₁₀")

# Steps: flat wherever they are defined, so PyTorch gives them a zero gradient everywhere.
for _name, _fn in (("sign", _sgn), ("floor", np.floor), ("ceil", np.ceil), ("round", np.round),
                   ("trunc", np.trunc)):
    _op(_name, 1, _fn, lambda g, out, x, a: (np.zeros(x[0].shape),),
        lambda n, a, _name=_name: f"{_name}({n[0]})", lambda n, a: ("0",), _name)


# detach: the value as it is, and nothing back (the node requires no grad, so backward() never
# asks; the zero is for anyone who asks anyway).
_op("detach", 1, lambda x: x, lambda g, out, x, a: (np.zeros(x[0].shape),),
    lambda n, a: f"detach({n[0]})", lambda n, a: ("0",), "detach")

# ---- linear algebra and reductions ---------------------------------------


def _matmul(lhs, rhs):
    # For two matrices, ndarray.dot runs the same BLAS product as np.matmul without the
    # generalized-ufunc dispatch, which costs more than a small product. np.matmul keeps
    # the rules for vectors and batches (and refuses scalars).
    if lhs.ndim == 2 and rhs.ndim == 2:
        return lhs.dot(rhs)
    return np.matmul(lhs, rhs)


def _matmul_vjp(g, out, x, a):
    lhs, rhs = x
    if lhs.ndim == 2 and rhs.ndim == 2:  # the common case: no batch axes to sum away
        return g.dot(rhs.T), lhs.T.dot(g)
    if lhs.ndim == 1 and rhs.ndim == 1:
        return g * rhs, g * lhs
    if lhs.ndim == 1:
        return unbroadcast(np.matmul(rhs, g[..., None])[..., 0], lhs.shape), \
            unbroadcast(lhs[:, None] * g[..., None, :], rhs.shape)
    if rhs.ndim == 1:
        return unbroadcast(g[..., :, None] * rhs, lhs.shape), \
            unbroadcast(np.matmul(lhs.swapaxes(-1, -2), g[..., None])[..., 0], rhs.shape)
    return (unbroadcast(np.matmul(g, rhs.swapaxes(-1, -2)), lhs.shape),
            unbroadcast(np.matmul(lhs.swapaxes(-1, -2), g), rhs.shape))


_op("matmul", 2, _matmul, _matmul_vjp,
    lambda n, a: f"{_paren(n[0])} @ {_paren(n[1])}",
    lambda n, a: (f"· @ {_paren(n[1])}ᵀ", f"{_paren(n[0])}ᵀ @ ·"), "@", ("matmul", "dot", "mm"))

_op("transpose", 1, lambda x: x.swapaxes(-1, -2) if x.ndim >= 2 else x,
    lambda g, out, x, a: (g.swapaxes(-1, -2) if g.ndim >= 2 else g,),
    lambda n, a: f"{_paren(n[0])}ᵀ", lambda n, a: ("transpose",), "ᵀ", ("transpose",))
