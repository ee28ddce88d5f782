"""Reductions, with PyTorch's gradients: sum, mean, prod, max/min (three ways), norm, logsumexp.

numpy names in attrs (axis, keepdims): the language's old spelling and the narration read them.
"""
from __future__ import annotations

import numpy as np

from ..fmt import format_number
from .table import _op, _sum


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


def _kept(x, g, a):
    """g with the reduced axes put back as size-1 axes (it then broadcasts against x)."""
    if a.get("keepdims") or a.get("axis") is None and g.ndim == x.ndim:
        return g
    kept = list(x.shape)
    for k in _axes(x, a.get("axis")):
        kept[k] = 1
    return g.reshape(kept)


# ---- prod ---------------------------------------------------------------------------

def _prod(x, axis=None, keepdims=False):
    if axis is not None:
        _axes(x, axis)
    return np.multiply.reduce(x, axis=axis, keepdims=keepdims)


def _exclusive_products(x, axis):
    """Along axis, each entry's product of all the others (PyTorch's prod_safe_zeros_backward:
    the products before it times the products after it, never a division by zero)."""
    ones = np.ones_like(np.take(x, [0], axis=axis))
    before = np.cumprod(np.concatenate([ones, np.take(x, range(x.shape[axis] - 1), axis=axis)], axis), axis)
    rev = np.flip(np.take(x, range(1, x.shape[axis]), axis=axis), axis)
    after = np.flip(np.cumprod(np.concatenate([ones, rev], axis), axis), axis)
    return before * after


def _prod_vjp(g, out, x, a):
    x = x[0]
    if x.ndim == 0:
        return (g * np.ones(()),)
    axis = a.get("axis")
    gk, ok = _kept(x, g, a), _kept(x, out, a)
    if not (x == 0).any():  # PyTorch: g·(prod / x) when nothing is zero
        return (np.broadcast_to(gk * (ok / x), x.shape).copy(),)
    if axis is None:
        return ((gk * _exclusive_products(x.reshape(-1), 0)).reshape(x.shape),)
    return (gk * _exclusive_products(x, _axes(x, axis)[0]),)


_op("prod", 1, _prod, _prod_vjp, lambda n, a: f"Π {n[0]}", lambda n, a: ("Π of the others",), "Π")


# ---- max and min -----------------------------------------------------------------------
# Three ops each, for PyTorch's three gradients:
# - amax/amin (np.max, torch.amax): g shared evenly by the entries equal to the slice's extreme;
# - max/min without a dim: the same over the whole tensor, and NaN-aware (the NaNs share it);
# - max/min with a dim: all of g to the entry whose index is returned (the first extreme; NaN wins).

def _extreme_index(x, axis, sign):
    """torch.max(x, dim)'s indices: the first extreme along axis, a NaN if there is one."""
    return (np.argmax if sign > 0 else np.argmin)(x, axis=axis)


def _extreme_ops(name: str, sign: int, reduce) -> None:
    def amax(x, axis=None, keepdims=False):
        if axis is not None:
            _axes(x, axis)
        return reduce.reduce(x, axis=axis, keepdims=keepdims)

    def amax_vjp(g, out, x, a):
        x = x[0]
        ties = x == _kept(x, out, a)
        count = _sum(ties, axis=_axes(x, a.get("axis")), keepdims=True)
        return ((_kept(x, g, a) / count) * ties,)

    def whole(x):
        return reduce.reduce(x, axis=None)

    def whole_vjp(g, out, x, a):
        x = x[0]
        mask = np.isnan(x) if np.isnan(out) else x == out
        res = np.zeros(x.shape)
        res[mask] = g.item() / np.count_nonzero(mask)
        return (res,)

    def along(x, axis, keepdims=False):
        idx = np.expand_dims(_extreme_index(x, axis, sign), axis)
        vals = np.take_along_axis(x, idx, axis)
        return vals if keepdims else np.squeeze(vals, axis)

    def along_vjp(g, out, x, a):
        x = x[0]
        axis = a["axis"]
        idx = np.expand_dims(_extreme_index(x, axis, sign), axis)
        res = np.zeros(x.shape)
        np.put_along_axis(res, idx, g if a.get("keepdims") else np.expand_dims(g, axis), axis)
        return (res,)

    _op(f"a{name}", 1, amax, amax_vjp, lambda n, a: f"{name}({n[0]})",
        lambda n, a: ("1/k at the k extremes",), name)
    _op(f"{name}_all", 1, whole, whole_vjp, lambda n, a: f"{name}({n[0]})",
        lambda n, a: ("1/k at the k extremes",), name)
    _op(f"{name}_dim", 1, along, along_vjp, lambda n, a: f"{name}({n[0]}, dim={a['axis']})",
        lambda n, a: ("1 at the index returned",), name)


_extreme_ops("max", 1, np.maximum)
_extreme_ops("min", -1, np.minimum)


def extreme_index(x, axis, sign):
    return _extreme_index(x, axis, sign)


# ---- norm ---------------------------------------------------------------------------

def _norm(x, p=2.0, axis=None, keepdims=False):
    if axis is not None:
        _axes(x, axis)
    ax = np.abs(x)
    if p == 2:
        return np.sqrt(_sum(x * x, axis=axis, keepdims=keepdims))
    if p == 1:
        return _sum(ax, axis=axis, keepdims=keepdims)
    if p == np.inf:
        return np.max(ax, axis=axis, keepdims=keepdims)
    if p == -np.inf:
        return np.min(ax, axis=axis, keepdims=keepdims)
    if p == 0:
        return _sum(ax != 0, axis=axis, keepdims=keepdims).astype(np.float64)
    return np.power(_sum(np.power(ax, p), axis=axis, keepdims=keepdims), 1.0 / p)


def _sgn(x):
    return np.subtract(x > 0, x < 0, dtype=np.float64)  # PyTorch's sign: 0 at NaN


def _norm_vjp(g, out, x, a):
    # PyTorch's linalg_vector_norm_backward, case by case (0 where the norm is 0).
    x = x[0]
    p = a.get("p", 2.0)
    gk, nk = _kept(x, g, a), _kept(x, out, a)
    if p == 0:
        return (np.zeros(x.shape),)
    if p == 1:
        return (np.broadcast_to(_sgn(x) * gk, x.shape).copy(),)
    if p == 2:
        return (x * np.where(nk == 0, 0.0, gk / nk),)
    if np.isinf(p):  # amax's gradient of |x|, a NaN counting as the extreme (then sign(NaN) = 0)
        ties = (np.abs(x) == nk) | np.isnan(x)
        count = _sum(ties, axis=_axes(x, a.get("axis")), keepdims=True)
        return (_sgn(x) * ((gk / count) * ties),)
    if p < 1:
        scaled = _sgn(x) * np.where(x == 0, 0.0, np.power(np.abs(x), p - 1))
        return (np.broadcast_to(scaled * gk * np.power(nk, 1 - p), x.shape).copy(),)
    scaled = _sgn(x) * np.power(np.abs(x), p - 1) if p < 2 else x * np.power(np.abs(x), p - 2)
    scale = np.where(nk == 0, 0.0, gk / np.power(nk, p - 1))
    return (scaled * scale,)


def _norm_text(n, a):
    p = a.get("p", 2.0)
    sub = "∞" if p == np.inf else "−∞" if p == -np.inf else format_number(p)
    return f"‖{n[0]}‖{sub}"


_op("norm", 1, _norm, _norm_vjp, _norm_text, lambda n, a: (f"{n[0]}/{_norm_text(n, a)}",), "‖·‖")


# ---- logsumexp ---------------------------------------------------------------------------

def _logsumexp(x, axis, keepdims=False):
    # PyTorch's: shift by the slice's max, unless that max is ±∞ (then by 0).
    m = np.max(x, axis=axis, keepdims=True) if x.size else np.zeros(())
    m = np.where(np.abs(m) == np.inf, 0.0, m)
    s = np.log(_sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return s if keepdims else np.squeeze(s, axis)


_op("logsumexp", 1, _logsumexp,
    lambda g, out, x, a: (_kept(x[0], g, a) * np.exp(x[0] - _kept(x[0], out, a)),),
    lambda n, a: f"log Σ exp({n[0]})", lambda n, a: (f"softmax({n[0]})",), "logΣexp")



# ---- var and std ---------------------------------------------------------------------------
# PyTorch: var's gradient is 2/(N − correction)·g·(x − mean); std's is var's of g/(2·std), and 0
# where std is 0 (all the slice's values equal).

def _var(x, axis=None, keepdims=False, correction=1.0):
    if axis is not None:
        _axes(x, axis)
    return np.var(x, axis=axis, keepdims=keepdims, ddof=correction)


def _var_back(g, x, a):
    n = _count(x, a) - a.get("correction", 1.0)
    mean = _sum(x, axis=a.get("axis"), keepdims=True) / _count(x, a)
    return (2.0 / max(n, 0)) * _kept(x, g, a) * (x - mean) if n > 0 else \
        np.full(x.shape, np.nan) * _kept(x, g, a)


_op("var", 1, _var, lambda g, out, x, a: (_var_back(g, x[0], a),),
    lambda n, a: f"var({n[0]})", lambda n, a: (f"2({n[0]} − mean)/(N − {format_number(a.get('correction', 1.0))})",),
    "var")


def _std(x, axis=None, keepdims=False, correction=1.0):
    return np.sqrt(_var(x, axis, keepdims, correction))


def _std_derivs(n, a):
    return (f"({n[0]} − mean)/((N − {format_number(a.get('correction', 1.0))})·std)",)


_op("std", 1, _std, lambda g, out, x, a: (_var_back(np.where(out == 0, 0.0, g / (2 * out)), x[0], a),),
    lambda n, a: f"std({n[0]})", _std_derivs, "std")
