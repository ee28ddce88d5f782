"""numpy (np.) with NumPy's meaning: np.max(x, 0) is a reduction over axis 0, axis=/keepdims=,
np.dot's rules; creation runs NumPy itself, so the numbers are NumPy's. Every array a program
holds is an engine Tensor marked as NumPy (ctx.mark_numpy), so autograd can still see through it."""
from __future__ import annotations

import numpy as np

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from .common import NUMBER, data_of, dims_of, dtype_of, int_of, requires_grad, tensor_of
from .signature import export

NP: dict = {}
_NO = object()  # NumPy's <no value>


def out(ctx, t):
    ctx.mark_numpy(t)
    return t


def arr(ctx, v, what):
    """An operand: a NumPy array (or a torch tensor that needs no grad), a number, a list."""
    if type(v) is Tensor and (not v.requires_grad or ctx.is_numpy(v)):
        return v  # the common case, first: every epoch of a NumPy loop passes arrays
    t = tensor_of(v)
    if t is not None:
        if not ctx.is_numpy(t) and requires_grad(t):
            ctx.refuse(tr("lang", "{what}: can't call numpy() on a tensor that requires grad").format(what=what),
                       "x.detach().numpy()")
        return t
    if isinstance(v, NUMBER):
        tag = "bool" if isinstance(v, (bool, np.bool_)) else "int64" if isinstance(v, (int, np.integer)) else "float64"
        return out(ctx, vf.constant(float(v), dtype=tag))
    if isinstance(v, (list, tuple)):
        return out(ctx, vf.constant(*data_of(ctx, v, what)))
    ctx.refuse(tr("lang", "{what} takes arrays or numbers").format(what=what))


def _tag_of(ctx, dtype, default):
    if dtype is None:
        return default
    from .common import dtype_tag
    return dtype_tag(ctx, dtype, "dtype")


def _shape(ctx, shape, what):
    dims = tuple(int_of(ctx, s, what) for s in shape) if isinstance(shape, (list, tuple)) else (int_of(ctx, shape, what),)
    if any(d < -1 for d in dims) or what != "shape" and any(d < 0 for d in dims):
        ctx.refuse(tr("lang", "{what}: a size cannot be negative: {dims}").format(what=what, dims=list(dims)))
    return dims


def _made(ctx, data, tag):
    from .common import size_of
    size_of(ctx, data.shape, "np")
    return out(ctx, vf.constant(np.asarray(data, dtype=np.float64), dtype=tag))


def _np(name, aliases=None):
    return export(NP, f"np.{name}", name, aliases)


def _no_out(ctx, o, name):
    if o is not None:
        ctx.refuse(tr("lang", "np.{name}(out=...) writes into another array; visualgrad shows results as new "
                              "nodes").format(name=name), f"y = np.{name}(...)")


# ---- elementwise -------------------------------------------------------------------------------------

def _ufunc1(name, engine_fn, extra=()):
    def fn(ctx, x, /, out=None, *, dtype=None):
        _no_out(ctx, out, name)
        return _out(ctx, engine_fn(arr(ctx, x, f"np.{name}")))
    fn.__name__ = name
    for n in (name,) + tuple(extra):
        _np(n)(fn)


def _out(ctx, t):
    return out(ctx, t)


for _n in ("exp", "log", "log1p", "sqrt", "sin", "cos", "tanh", "square", "tan", "expm1", "log2", "log10",
           "floor", "ceil", "trunc", "sign", "reciprocal"):
    _ufunc1(_n, getattr(vf, _n))
_ufunc1("abs", vf.abs, ("absolute", "fabs"))
_ufunc1("negative", vf.neg)


def _ufunc2(name, engine_fn, extra=()):
    def fn(ctx, x1, x2, /, out=None, *, dtype=None):
        _no_out(ctx, out, name)
        return _out(ctx, engine_fn(arr(ctx, x1, f"np.{name}"), arr(ctx, x2, f"np.{name}")))
    fn.__name__ = name
    for n in (name,) + tuple(extra):
        _np(n)(fn)


_ufunc2("add", vf.add)
_ufunc2("subtract", vf.sub)
_ufunc2("multiply", vf.mul)
_ufunc2("divide", vf.div, ("true_divide",))
_ufunc2("power", vf.pow)
_ufunc2("maximum", vf.maximum)
_ufunc2("minimum", vf.minimum)


@_np("clip")
def clip(ctx, a, a_min=_NO, a_max=_NO, out=None, *, min=_NO, max=_NO):
    _no_out(ctx, out, "clip")
    t = arr(ctx, a, "np.clip")
    if (a_min is _NO) != (a_max is _NO):  # NumPy 2: a_min and a_max come together (min=/max= alone are fine)
        ctx.refuse(tr("lang", "clip() missing 1 required positional argument: '{name}'").format(
            name="a_max" if a_max is _NO else "a_min"), "np.clip(x, None, 1.0)  or  np.clip(x, max=1.0)")
    lo = a_min if a_min is not _NO and a_min is not None else None if min is _NO else min
    hi = a_max if a_max is not _NO and a_max is not None else None if max is _NO else max
    return clip_of(ctx, t, lo, hi)


def clip_of(ctx, t, lo, hi):
    """np.clip / a.clip: nothing to clip gives the array back."""
    if lo is None and hi is None:
        return t
    bound = (lambda v: None if v is None else float(v) if isinstance(v, NUMBER) else arr(ctx, v, "np.clip"))
    return out_(ctx, vf.clamp(t, bound(lo), bound(hi)))


def out_(ctx, t):
    return out(ctx, t)


@_np("where")
def where(ctx, condition, x=_NO, y=_NO, /):
    if x is _NO or y is _NO:
        ctx.refuse(tr("lang", "np.where is accepted with three arguments"), "np.where(x > 0, x, 0.0)")
    c = arr(ctx, condition, "np.where")
    if dtype_of(c) != "bool":
        c = vf.constant(c.data != 0, dtype="bool")
    return out(ctx, vf.where(c, arr(ctx, x, "np.where"), arr(ctx, y, "np.where")))


# ---- reductions: NumPy's axis/keepdims ----------------------------------------------------------------

def _keep(k):
    return False if k is _NO else bool(k)


def _no_initial(ctx, initial, where, name):
    if initial is not _NO or where is not _NO:
        ctx.refuse(tr("lang", "np.{name}(initial=..., where=...) is not something visualgrad computes").format(
            name=name), f"np.{name}(a, axis=...)")


def _reduce(name, engine_fn, extra=(), has_dtype=True):
    def fn(ctx, a, axis=None, dtype=None, out=None, keepdims=_NO, initial=_NO, where=_NO):
        _no_out(ctx, out, name)
        _no_initial(ctx, initial, where, name)
        t = arr(ctx, a, f"np.{name}")
        return out_(ctx, engine_fn(t, dims_of(ctx, axis, "axis"), _keep(keepdims)))
    fn.__name__ = name
    for n in (name,) + tuple(extra):
        _np(n)(fn)
    return fn


_reduce("sum", vf.sum)
_reduce("mean", vf.mean)
_reduce("prod", vf.prod)


def _extreme(name, engine_fn, extra):
    def fn(ctx, a, axis=None, out=None, keepdims=_NO, initial=_NO, where=_NO):
        _no_out(ctx, out, name)
        _no_initial(ctx, initial, where, name)
        return out_(ctx, engine_fn(arr(ctx, a, f"np.{name}"), dims_of(ctx, axis, "axis"), _keep(keepdims)))
    for n in (name,) + extra:
        _np(n)(fn)


_extreme("max", vf.amax, ("amax",))
_extreme("min", vf.amin, ("amin",))


def _arg(name, engine_fn):
    def fn(ctx, a, axis=None, out=None, *, keepdims=_NO):
        _no_out(ctx, out, name)
        return out_(ctx, engine_fn(arr(ctx, a, f"np.{name}"), None if axis is None else int_of(ctx, axis, "axis"),
                                   _keep(keepdims)))
    _np(name)(fn)


_arg("argmax", vf.argmax)
_arg("argmin", vf.argmin)


def moments(ctx, t, axis, ddof, keepdims, root):
    """NumPy's var/std: torch's with correction = ddof (the engine's op, exact where std is 0)."""
    fn = vf.std if root else vf.var
    return fn(t, dims_of(ctx, axis, "axis"), None, _keep(keepdims) if keepdims is not True else True, float(ddof))


@_np("var")
def var(ctx, a, axis=None, dtype=None, out=None, ddof=0, keepdims=_NO):
    _no_out(ctx, out, "var")
    return out_(ctx, moments(ctx, arr(ctx, a, "np.var"), axis, ddof, keepdims, False))


@_np("std")
def std(ctx, a, axis=None, dtype=None, out=None, ddof=0, keepdims=_NO):
    _no_out(ctx, out, "std")
    return out_(ctx, moments(ctx, arr(ctx, a, "np.std"), axis, ddof, keepdims, True))


# ---- linear algebra and shape --------------------------------------------------------------------------

def numpy_dot(ctx, a, b):
    """np.dot's rules: scalars multiply, 1-D·1-D is the inner product, 2-D·2-D the matrix product,
    N-D·1-D sums over the last axis."""
    if a.ndim == 0 or b.ndim == 0:
        return vf.mul(a, b)
    if a.ndim <= 2 and b.ndim <= 2:
        return vf.matmul(a, b)
    if b.ndim == 1:
        return vf.matmul(a, b)
    ctx.refuse(tr("lang", "np.dot of arrays with more than two dimensions is not something visualgrad computes"),
               "np.matmul(a, b)")


@_np("dot")
def dot(ctx, a, b, out=None):
    _no_out(ctx, out, "dot")
    return out_(ctx, numpy_dot(ctx, arr(ctx, a, "np.dot"), arr(ctx, b, "np.dot")))


@_np("matmul")
def matmul(ctx, x1, x2, /, out=None):
    _no_out(ctx, out, "matmul")
    a, b = arr(ctx, x1, "np.matmul"), arr(ctx, x2, "np.matmul")
    if a.ndim == 0 or b.ndim == 0:
        ctx.refuse(tr("lang", "np.matmul: a scalar is not a matrix"), "a * b")
    return out_(ctx, vf.matmul(a, b))


@_np("outer")
def outer(ctx, a, b, out=None):
    _no_out(ctx, out, "outer")
    x, y = arr(ctx, a, "np.outer"), arr(ctx, b, "np.outer")
    return out_(ctx, vf.outer(vf.reshape(x, (-1,)), vf.reshape(y, (-1,))))


@_np("transpose")
def transpose(ctx, a, axes=None):
    t = arr(ctx, a, "np.transpose")
    if axes is None:
        return out_(ctx, vf.permute(t, tuple(range(t.ndim - 1, -1, -1))))
    if not isinstance(axes, (list, tuple)):
        ctx.refuse(tr("lang", "np.transpose's axes are a tuple, one per dimension"), "np.transpose(a, (1, 0))")
    return out_(ctx, vf.permute(t, tuple(int_of(ctx, d, "axes") for d in axes)))


@_np("reshape")
def reshape(ctx, a, /, shape=None, order="C", *, newshape=None, copy=None):
    s = shape if shape is not None else newshape
    if s is None or order != "C":
        ctx.refuse(tr("lang", "np.reshape needs a shape (order 'C')"), "np.reshape(a, (2, 3))")
    return out_(ctx, vf.reshape(arr(ctx, a, "np.reshape"), _shape(ctx, s, "shape")))


@_np("squeeze")
def squeeze(ctx, a, axis=None):
    return out_(ctx, vf.squeeze(arr(ctx, a, "np.squeeze"), dims_of(ctx, axis, "axis")))


@_np("expand_dims")
def expand_dims(ctx, a, axis):
    return out_(ctx, vf.unsqueeze(arr(ctx, a, "np.expand_dims"), int_of(ctx, axis, "axis")))


def _arrays(ctx, arrays, what):
    if not isinstance(arrays, (list, tuple)) or not arrays:
        ctx.refuse(tr("lang", "{what} takes a list of arrays").format(what=what), f"{what}([a, b])")
    return [arr(ctx, a, what) for a in arrays]


@_np("concatenate")
def concatenate(ctx, arrays, /, axis=0, out=None, *, dtype=None, casting="same_kind"):
    _no_out(ctx, out, "concatenate")
    return out_(ctx, vf.cat(_arrays(ctx, arrays, "np.concatenate"), int_of(ctx, axis, "axis")))


@_np("stack")
def stack(ctx, arrays, axis=0, out=None, *, dtype=None, casting="same_kind"):
    _no_out(ctx, out, "stack")
    return out_(ctx, vf.stack(_arrays(ctx, arrays, "np.stack"), int_of(ctx, axis, "axis")))


@_np("vstack")
def vstack(ctx, tup, *, dtype=None, casting="same_kind"):
    ts = [vf.reshape(t, (1, -1)) if t.ndim < 2 else t for t in _arrays(ctx, tup, "np.vstack")]
    return out_(ctx, vf.cat(ts, 0))


@_np("hstack")
def hstack(ctx, tup, *, dtype=None, casting="same_kind"):
    ts = _arrays(ctx, tup, "np.hstack")
    return out_(ctx, vf.cat(ts, 0 if ts[0].ndim == 1 else 1))


# ---- facts and comparisons ------------------------------------------------------------------------------

@_np("shape")
def shape(ctx, a):
    return tuple(arr(ctx, a, "np.shape").shape)


@_np("ndim")
def ndim(ctx, a):
    return arr(ctx, a, "np.ndim").ndim


@_np("size")
def size(ctx, a, axis=None):
    t = arr(ctx, a, "np.size")
    if axis is None:
        return int(t.data.size)
    k = int_of(ctx, axis, "axis")
    if not -t.ndim <= k < t.ndim:
        ctx.refuse(tr("lang", "axis {k} is out of bounds for an array of {n} dimensions").format(k=k, n=t.ndim))
    return int(t.shape[k])


@_np("allclose")
def allclose(ctx, a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(np.allclose(arr(ctx, a, "np.allclose").data, arr(ctx, b, "np.allclose").data,
                            float(rtol), float(atol), bool(equal_nan)))


@_np("isclose")
def isclose(ctx, a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    r = np.isclose(arr(ctx, a, "np.isclose").data, arr(ctx, b, "np.isclose").data, float(rtol), float(atol),
                   bool(equal_nan))
    return out(ctx, vf.constant(r.astype(np.float64), dtype="bool"))


@_np("round")
def round_(ctx, a, decimals=0, out=None):
    _no_out(ctx, out, "round")
    t = arr(ctx, a, "np.round")
    d = int_of(ctx, decimals, "decimals")
    if d == 0:
        return out_(ctx, vf.round(t))
    # NumPy's own rounding to d decimals: a step function, so no gradient is lost by making it data
    return _made(ctx, np.round(t.data, d), dtype_of(t))


NP["around"] = NP["round"]


@_np("norm")  # registered under np.linalg below
def norm(ctx, x, ord=None, axis=None, keepdims=False):
    t = arr(ctx, x, "np.linalg.norm")
    ax = dims_of(ctx, axis, "axis")
    if ord not in (None, 1, 2, np.inf, -np.inf, "fro") or (ax is None and t.ndim == 2 and ord not in (None, "fro")):
        ctx.refuse(tr("lang", "np.linalg.norm is accepted for vector norms (ord None, 1, 2, inf) and the "
                              "Frobenius norm"), "np.linalg.norm(x)")
    p = 2 if ord in (None, "fro") else ord
    return out_(ctx, vf.norm(t, p, ax, bool(keepdims)))


LINALG = {"norm": NP.pop("norm")}

