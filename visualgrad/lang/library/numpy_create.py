"""np. creation with NumPy's own functions (array, zeros, ones, full, *_like, arange, linspace, eye), so the
numbers and dtypes are NumPy's."""
from __future__ import annotations

import math

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from .common import NUMBER, data_of, dtype_of, int_of, tensor_of
from .numpy_ns import _made, _np, _shape, _tag_of, arr, out

# ---- creation: NumPy's own functions ---------------------------------------------------------------

@_np("array")
def array(ctx, object, dtype=None, *, copy=True, order="K", subok=False, ndmin=0, ndmax=0, like=None):
    t = tensor_of(object)
    if t is not None:
        data, tag = t.data.copy(), dtype_of(t)
    else:
        data, tag = data_of(ctx, object, "np.array")
    tag = _tag_of(ctx, dtype, tag)
    data = np.trunc(data) if tag == "int64" else data
    while data.ndim < int(ndmin):
        data = data[None]
    return out(ctx, vf.constant(data, dtype=tag))


@_np("asarray")
def asarray(ctx, a, dtype=None, order=None, *, device=None, copy=None, like=None):
    t = tensor_of(a)
    if t is not None and ctx.is_numpy(t) and dtype is None:
        return t
    return array(ctx, a, dtype)


@_np("zeros")
def zeros(ctx, shape, dtype=None, order="C", *, device=None, like=None):
    return _made(ctx, np.zeros(_shape(ctx, shape, "np.zeros")), _tag_of(ctx, dtype, "float64"))


@_np("ones")
def ones(ctx, shape, dtype=None, order="C", *, device=None, like=None):
    return _made(ctx, np.ones(_shape(ctx, shape, "np.ones")), _tag_of(ctx, dtype, "float64"))


@_np("full")
def full(ctx, shape, fill_value, dtype=None, order="C", *, device=None, like=None):
    default = "int64" if isinstance(fill_value, int) and not isinstance(fill_value, bool) else "float64"
    return _made(ctx, np.full(_shape(ctx, shape, "np.full"), float(fill_value)), _tag_of(ctx, dtype, default))


def _like(ctx, a, value, dtype, name):
    t = arr(ctx, a, f"np.{name}")
    return _made(ctx, np.full(t.shape, float(value)), _tag_of(ctx, dtype, dtype_of(t)))


@_np("zeros_like")
def zeros_like(ctx, a, dtype=None, order="K", subok=True, shape=None, *, device=None):
    return _like(ctx, a, 0.0, dtype, "zeros_like")


@_np("ones_like")
def ones_like(ctx, a, dtype=None, order="K", subok=True, shape=None, *, device=None):
    return _like(ctx, a, 1.0, dtype, "ones_like")


@_np("full_like")
def full_like(ctx, a, fill_value, dtype=None, order="K", subok=True, shape=None, *, device=None):
    return _like(ctx, a, fill_value, dtype, "full_like")


@_np("arange")
def arange(ctx, *args, dtype=None, device=None, like=None, start=None, stop=None, step=None):
    nums = [a for a in args] + [v for v in (start, stop, step) if v is not None]
    if not 1 <= len(nums) <= 3 or not all(isinstance(v, NUMBER) and not isinstance(v, bool) for v in nums):
        ctx.refuse(tr("lang", "np.arange takes one to three numbers"), "np.arange(0, 5)")
    if len(nums) == 3 and nums[2] == 0:
        ctx.refuse(tr("lang", "np.arange: the step cannot be 0"))
    lo, hi, st = (0, nums[0], 1) if len(nums) == 1 else (nums[0], nums[1], nums[2] if len(nums) == 3 else 1)
    if math.ceil((hi - lo) / st) > 10_000_000:
        ctx.refuse(tr("lang", "np.arange: too many numbers to draw"))
    data = np.arange(*nums)
    return _made(ctx, data, _tag_of(ctx, dtype, "int64" if data.dtype.kind in "iu" else "float64"))


@_np("linspace")
def linspace(ctx, start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None):
    if retstep or axis != 0 or not isinstance(start, NUMBER) or not isinstance(stop, NUMBER):
        ctx.refuse(tr("lang", "np.linspace is accepted with numbers for start and stop"), "np.linspace(0, 1, 5)")
    n = int_of(ctx, num, "num")
    if not 0 <= n <= 10_000_000:
        ctx.refuse(tr("lang", "np.linspace: num must be from 0 to 10,000,000"))
    return _made(ctx, np.linspace(float(start), float(stop), n, endpoint=bool(endpoint)), _tag_of(ctx, dtype, "float64"))


@_np("eye")
def eye(ctx, N, M=None, k=0, dtype=float, order="C", *, device=None, like=None):
    n = int_of(ctx, N, "N")
    m = n if M is None else int_of(ctx, M, "M")
    if n * m > 10_000_000:
        ctx.refuse(tr("lang", "np.eye: too many numbers to draw"))
    return _made(ctx, np.eye(n, m, int_of(ctx, k, "k")), _tag_of(ctx, None if dtype is float else dtype, "float64"))


@_np("empty")
def empty(ctx, shape, dtype=None, order="C", *, device=None, like=None):
    # NumPy leaves the numbers unset: zeros are as much NumPy's numbers as any, and a reader can follow them
    ctx.note(tr("lang", "np.empty leaves its numbers unset; visualgrad shows zeros until they are filled"))
    return zeros(ctx, shape, dtype, order)
