"""np. logic and copies: isnan, isinf, isfinite, all, any, array_equal, copy, count_nonzero (assert lines, masks)."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from .common import dims_of, dtype_of
from .numpy_ns import _made, _no_out, _np, arr, out

# ---- logic and copies (assert lines, masks) --------------------------------------------------------------------

def _bools(ctx, t, values):
    return out(ctx, vf.constant(np.asarray(values, dtype=np.float64), dtype="bool"))


def _logic(name):
    fn = getattr(np, name)

    def call(ctx, x, /, out=None):
        _no_out(ctx, out, name)
        t = arr(ctx, x, f"np.{name}")
        return _bools(ctx, t, fn(t.data))
    _np(name)(call)


for _n in ("isnan", "isinf", "isfinite"):
    _logic(_n)


def _truth(name, fn):
    def call(ctx, a, axis=None, out=None, keepdims=False):
        _no_out(ctx, out, name)
        t = arr(ctx, a, f"np.{name}")
        r = fn(t.data != 0, axis=dims_of(ctx, axis, "axis"), keepdims=bool(keepdims))
        return bool(r) if np.ndim(r) == 0 and axis is None and not keepdims else _bools(ctx, t, r)
    _np(name)(call)


_truth("all", np.all)
_truth("any", np.any)


@_np("array_equal")
def array_equal(ctx, a1, a2, equal_nan=False):
    return bool(np.array_equal(arr(ctx, a1, "np.array_equal").data, arr(ctx, a2, "np.array_equal").data,
                               equal_nan=bool(equal_nan)))


@_np("copy")
def copy(ctx, a, order="K", subok=False):
    t = arr(ctx, a, "np.copy")
    return out(ctx, vf.add(t, 0.0) if t.requires_grad else vf.constant(t.data.copy(), dtype=dtype_of(t)))


@_np("count_nonzero")
def count_nonzero(ctx, a, axis=None, *, keepdims=False):
    t = arr(ctx, a, "np.count_nonzero")
    if axis is None and not keepdims:
        return int(np.count_nonzero(t.data))
    return _made(ctx, np.count_nonzero(t.data, axis=dims_of(ctx, axis, "axis"), keepdims=bool(keepdims)), "int64")
