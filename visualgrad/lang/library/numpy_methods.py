"""Attributes and methods of NumPy arrays (a.T, a.shape, a.size, a.sum(axis=1, keepdims=True), a.dot(b),
a.reshape(2, 3), a.item(), ...), with NumPy's names and defaults."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostObject
from . import numpy_ns as N
from .common import dims_of, dtype_of, int_of, replace_values, same_dtype
from .signature import export

METHODS: dict = {}
_NO = N._NO


def _m(name):
    return export(METHODS, f"ndarray.{name}", name, method=True)


class NumpyDType(HostObject):
    """a.dtype: prints float64 / int64 / bool."""
    __slots__ = ("tag",)
    lang_name = "numpy.dtype"

    def __init__(self, tag):
        self.tag = tag

    def lang_str(self, ctx):
        return self.tag

    def lang_binop(self, ctx, op, other, reflected):
        if op in ("==", "!="):
            same = getattr(other, "tag", other) == self.tag
            return same if op == "==" else not same
        return NotImplemented


def array_getattr(ctx, t, name):
    # the commonest first: a training loop reads A1.T and X.shape every epoch
    if name == "T":
        if t.ndim < 2:
            return t
        ctx.mark_numpy(r := vf.t(t) if t.ndim == 2 else vf.permute(t, tuple(range(t.ndim - 1, -1, -1))))
        return same_dtype(r, t)
    if name == "shape":
        return t.data.shape
    m = METHODS.get(name)
    if m is not None:
        return m.bind(t)
    if name == "ndim":
        return t.ndim
    if name == "size":
        return int(t.data.size)
    if name == "dtype":
        return NumpyDType(dtype_of(t))
    ctx.refuse_unknown(f"ndarray.{name}", sorted(set(METHODS) | {"T", "shape", "ndim", "size", "dtype"}),
                       prefix="a.")


def _reduce(name, engine_fn):
    def fn(ctx, self, axis=None, dtype=None, out=None, keepdims=False):
        N._no_out(ctx, out, name)
        return N.out(ctx, engine_fn(self, dims_of(ctx, axis, "axis"), bool(keepdims)))
    _m(name)(fn)


_reduce("sum", vf.sum)
_reduce("mean", vf.mean)
_reduce("prod", vf.prod)


def _extreme(name, engine_fn):
    def fn(ctx, self, axis=None, out=None, keepdims=False):
        N._no_out(ctx, out, name)
        return N.out(ctx, engine_fn(self, dims_of(ctx, axis, "axis"), bool(keepdims)))
    _m(name)(fn)


_extreme("max", vf.amax)
_extreme("min", vf.amin)


def _arg(name, engine_fn):
    def fn(ctx, self, axis=None, out=None, *, keepdims=False):
        return N.out(ctx, engine_fn(self, None if axis is None else int_of(ctx, axis, "axis"), bool(keepdims)))
    _m(name)(fn)


_arg("argmax", vf.argmax)
_arg("argmin", vf.argmin)


@_m("var")
def var(ctx, self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    return N.out(ctx, N.moments(ctx, self, axis, ddof, keepdims, False))


@_m("std")
def std(ctx, self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    return N.out(ctx, N.moments(ctx, self, axis, ddof, keepdims, True))


@_m("dot")
def dot(ctx, self, b, out=None):
    return N.out(ctx, N.numpy_dot(ctx, self, N.arr(ctx, b, "a.dot")))


def _sizes(ctx, args, what):
    if len(args) == 1 and isinstance(args[0], (list, tuple)):
        args = tuple(args[0])
    return tuple(int_of(ctx, a, what) for a in args)


@_m("reshape")
def reshape(ctx, self, *shape, order="C", copy=None):
    return N.out(ctx, vf.reshape(self, _sizes(ctx, shape, "a.reshape")))


@_m("transpose")
def transpose(ctx, self, *axes):
    dims = _sizes(ctx, axes, "a.transpose") or tuple(range(self.ndim - 1, -1, -1))
    return N.out(ctx, vf.permute(self, dims))


@_m("flatten")
def flatten(ctx, self, order="C"):
    return N.out(ctx, vf.reshape(self, (-1,)))


METHODS["ravel"] = METHODS["flatten"]


@_m("squeeze")
def squeeze(ctx, self, axis=None):
    return N.out(ctx, vf.squeeze(self, dims_of(ctx, axis, "axis")))


@_m("clip")
def clip(ctx, self, min=None, max=None, out=None):
    return N.clip(ctx, self, min, max)


@_m("copy")
def copy(ctx, self, order="C"):
    return N.out(ctx, vf.add(self, 0.0) if getattr(self, "requires_grad", False)
                 else vf.constant(self.data.copy(), dtype=dtype_of(self)))


@_m("astype")
def astype(ctx, self, dtype, order="K", casting="unsafe", subok=True, copy=True):
    from .common import dtype_tag
    tag = dtype_tag(ctx, dtype, "a.astype")
    if tag == dtype_of(self):
        return self
    data = np.trunc(self.data) if tag == "int64" else (self.data != 0).astype(np.float64) if tag == "bool" \
        else self.data.copy()
    return N.out(ctx, vf.constant(data, dtype=tag))


@_m("item")
def item(ctx, self, *args):
    if args or self.data.size != 1:
        ctx.refuse(tr("lang", "a.item() needs an array of one element"), "a.sum().item()")
    v = self.data.reshape(())
    tag = dtype_of(self)
    if getattr(self, "requires_grad", False):
        ctx.cut(self, None, "item")
    return int(v) if tag == "int64" else bool(v) if tag == "bool" else float(v)


@_m("tolist")
def tolist(ctx, self):
    tag = dtype_of(self)
    if getattr(self, "requires_grad", False):
        ctx.cut(self, None, "tolist")
    a = self.data.astype(np.int64) if tag == "int64" else self.data.astype(bool) if tag == "bool" else self.data
    return a.tolist()


@_m("fill")
def fill(ctx, self, value):
    replace_values(ctx, self, np.full(self.shape, float(value)), force=True)


_ = _NO
