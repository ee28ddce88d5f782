"""torch. creation and randomness: tensor, zeros, ones, *_like, full, arange, linspace, eye,
randn, rand, randint, randperm, manual_seed. Every float is float64; dtype= and device= are accepted
and change nothing but the integer/bool tag."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from .common import (
    DType,
    data_of,
    declare_double,
    dtype_of,
    dtype_tag,
    int_of,
    is_double,
    size_of,
    tensor_of,
    torch_random,
    wants_double,
)
from .signature import export
from .torch_generator import rng

CREATE: dict = {}  # name -> HostFunction (torch.<name>)
DOUBLE = DType("float64", "float64")


def make(ctx, data: np.ndarray, tag: str, requires_grad=False, what="torch.tensor", dtype=None):
    """A new leaf with torch's rule: only floating-point tensors may require grad."""
    if requires_grad and tag != "float64":
        ctx.refuse(tr("lang", "{what}: only tensors of floating point dtype can require gradients")
                   .format(what=what), tr("lang", "write the numbers with a decimal point, e.g. 1.0"))
    t = vf.leaf(data, requires_grad=True) if requires_grad else vf.constant(data, dtype=tag)
    return declare_double(t) if tag == "float64" and wants_double(dtype) else t


def _tag(ctx, dtype, default, what):
    return dtype_tag(ctx, dtype, what) or default


@export(CREATE, "torch.tensor")
def tensor(ctx, data, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    if tensor_of(data) is not None and not isinstance(data, (list, tuple)):
        t = tensor_of(data)
        ctx.cut(t, None, "detach") if getattr(t, "requires_grad", False) else None
        arr, tag = t.data.copy(), dtype_of(t)
        if dtype is None and tag == "float64" and (ctx.is_numpy(t) or is_double(t)):
            dtype = DOUBLE  # a NumPy float array, or a float64 tensor, stays float64
    else:
        arr, tag = data_of(ctx, data, "torch.tensor")
    tag = _tag(ctx, dtype, tag, "torch.tensor")
    return make(ctx, _cast(arr, tag), tag, requires_grad, dtype=dtype)


def _cast(arr, tag):
    if tag == "int64":
        return np.trunc(arr)
    if tag == "bool":
        return (arr != 0).astype(np.float64)
    return arr


@export(CREATE, "torch.as_tensor")
def as_tensor(ctx, data, dtype=None, device=None):
    t = tensor_of(data)
    if t is not None and not ctx.is_numpy(t) and dtype is None:
        return t
    return tensor(ctx, data, dtype=dtype)


@export(CREATE, "torch.from_numpy")
def from_numpy(ctx, ndarray):
    t = tensor_of(ndarray)
    if t is None or not ctx.is_numpy(t):
        ctx.refuse(tr("lang", "torch.from_numpy takes a NumPy array"), "torch.tensor(...)")
    out = vf.constant(t.data.copy(), dtype=dtype_of(t))
    return declare_double(out) if dtype_of(t) == "float64" else out


def _sized(ctx, sizes, size, what):
    """torch's `*size` or size=(...): one of the two."""
    if size is None:
        return sizes
    if sizes:
        ctx.refuse(tr("lang", "{what}: give the size once, by position or as size=").format(what=what),
                   f"{what}(2, 3)")
    return (size,)


def _filled(ctx, size, value, dtype, requires_grad, what, default="float64"):
    if not isinstance(value, (int, float)):
        ctx.refuse(tr("lang", "{what}: the fill value is a number").format(what=what), f"{what}(..., 0.5)")
    tag = _tag(ctx, dtype, default, what)
    return make(ctx, _cast(np.full(size, float(value)), tag), tag, requires_grad, what, dtype)


@export(CREATE, "torch.zeros")
def zeros(ctx, *sizes, size=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    return _filled(ctx, size_of(ctx, _sized(ctx, sizes, size, "torch.zeros"), "torch.zeros"), 0.0, dtype, requires_grad, "torch.zeros")


@export(CREATE, "torch.ones")
def ones(ctx, *sizes, size=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    return _filled(ctx, size_of(ctx, _sized(ctx, sizes, size, "torch.ones"), "torch.ones"), 1.0, dtype, requires_grad, "torch.ones")


@export(CREATE, "torch.full")
def full(ctx, size, fill_value, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    default = "int64" if isinstance(fill_value, int) and not isinstance(fill_value, bool) else \
        "bool" if isinstance(fill_value, bool) else "float64"
    return _filled(ctx, size_of(ctx, (size,), "torch.full"), fill_value, dtype, requires_grad, "torch.full", default)


def _like(ctx, input, what):
    t = tensor_of(input)
    if t is None:
        ctx.refuse(tr("lang", "{what} takes a tensor").format(what=what), f"{what}(torch.tensor([1.0, 2.0]))")
    return t


@export(CREATE, "torch.zeros_like")
def zeros_like(ctx, input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    t = _like(ctx, input, "torch.zeros_like")
    return _filled(ctx, t.shape, 0.0, dtype, requires_grad, "torch.zeros_like", dtype_of(t))


@export(CREATE, "torch.ones_like")
def ones_like(ctx, input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    t = _like(ctx, input, "torch.ones_like")
    return _filled(ctx, t.shape, 1.0, dtype, requires_grad, "torch.ones_like", dtype_of(t))


@export(CREATE, "torch.full_like")
def full_like(ctx, input, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None):
    t = _like(ctx, input, "torch.full_like")
    return _filled(ctx, t.shape, fill_value, dtype, requires_grad, "torch.full_like", dtype_of(t))


@export(CREATE, "torch.arange")
def arange(ctx, start=0, end=None, step=1, *, out=None, dtype=None, layout=None, device=None,
           requires_grad=False):
    if end is None:
        start, end = 0, start
    nums = (start, end, step)
    for v in nums:
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not np.isfinite(v):
            ctx.refuse(tr("lang", "torch.arange takes finite numbers"), "torch.arange(0, 5)")
    if step == 0:
        ctx.refuse(tr("lang", "torch.arange: step must be nonzero"))
    n = int(np.ceil((end - start) / step))
    if n > 10_000_000:
        ctx.refuse(tr("lang", "torch.arange: {n} is too many numbers to draw").format(n=n))
    default = "int64" if all(isinstance(v, int) for v in nums) else "float64"
    tag = _tag(ctx, dtype, default, "torch.arange")
    # torch computes start + i*step for each i (not a running sum)
    data = start + np.arange(max(n, 0), dtype=np.float64) * step
    return make(ctx, _cast(data, tag), tag, requires_grad, "torch.arange", dtype)


@export(CREATE, "torch.linspace")
def linspace(ctx, start, end, steps, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    n = int_of(ctx, steps, "torch.linspace's steps")
    if n < 0:
        ctx.refuse(tr("lang", "torch.linspace: steps must be non-negative"))
    start, end = float(start), float(end)
    # torch fills the first half from start and the second half from end (symmetric rounding)
    step = (end - start) / (n - 1) if n > 1 else 0.0
    i = np.arange(n, dtype=np.float64)
    half = n // 2
    data = np.where(i < half, start + step * i, end - step * (n - 1 - i)) if n > 1 else np.full(n, start)
    tag = _tag(ctx, dtype, "float64", "torch.linspace")
    return make(ctx, _cast(data, tag), tag, requires_grad, "torch.linspace", dtype)


@export(CREATE, "torch.eye")
def eye(ctx, n, m=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    rows = int_of(ctx, n, "torch.eye's n")
    cols = rows if m is None else int_of(ctx, m, "torch.eye's m")
    size_of(ctx, (rows, cols), "torch.eye")
    tag = _tag(ctx, dtype, "float64", "torch.eye")
    return make(ctx, np.eye(rows, cols), tag, requires_grad, "torch.eye", dtype)


@export(CREATE, "torch.empty")
def empty(ctx, *sizes, size=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
          memory_format=None):
    # PyTorch leaves the numbers unset (whatever was in memory); any numbers are its numbers, and zeros
    # are the ones a reader can follow. Programs fill them next (torch.empty(3, 2).uniform_(-1, 1)).
    ctx.note(tr("lang", "torch.empty leaves its numbers unset; visualgrad shows zeros until they are filled"))
    return _filled(ctx, size_of(ctx, _sized(ctx, sizes, size, "torch.empty"), "torch.empty"), 0.0, dtype,
                   requires_grad, "torch.empty")


# ---- randomness: visualgrad's own generator, seeded by manual_seed --------------------------

@export(CREATE, "torch.manual_seed")
def manual_seed(ctx, seed):
    s = int_of(ctx, seed, "torch.manual_seed's seed")
    ctx.state["torch.random"] = np.random.default_rng(s & 0xFFFF_FFFF_FFFF_FFFF)


@export(CREATE, "torch.randn")
def randn(ctx, *sizes, size=None, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
          pin_memory=False):
    shape = size_of(ctx, _sized(ctx, sizes, size, "torch.randn"), "torch.randn")
    return make(ctx, rng(ctx, generator).standard_normal(shape), _tag(ctx, dtype, "float64", "torch.randn"),
                requires_grad, "torch.randn", dtype)


@export(CREATE, "torch.rand")
def rand(ctx, *sizes, size=None, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False):
    shape = size_of(ctx, _sized(ctx, sizes, size, "torch.rand"), "torch.rand")
    return make(ctx, rng(ctx, generator).random(shape), _tag(ctx, dtype, "float64", "torch.rand"),
                requires_grad, "torch.rand", dtype)


@export(CREATE, "torch.randn_like")
def randn_like(ctx, input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    t = _like(ctx, input, "torch.randn_like")
    return make(ctx, torch_random(ctx).standard_normal(t.shape), "float64", requires_grad, "torch.randn_like")


@export(CREATE, "torch.rand_like")
def rand_like(ctx, input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    t = _like(ctx, input, "torch.rand_like")
    return make(ctx, torch_random(ctx).random(t.shape), "float64", requires_grad, "torch.rand_like")


@export(CREATE, "torch.randint")
def randint(ctx, *args, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
            size=None, low=None, high=None):
    # torch.randint(high, size) or torch.randint(low, high, size)
    args = list(args)
    if size is None and args:
        size = args.pop()
    if high is None and args:
        high = args.pop()
    if low is None:
        low = args.pop() if args else 0
    if args or size is None or high is None:
        ctx.refuse(tr("lang", "torch.randint takes (high, size) or (low, high, size)"), "torch.randint(0, 10, (3,))")
    shape = size_of(ctx, (size,), "torch.randint")
    lo, hi = int_of(ctx, low, "torch.randint's low"), int_of(ctx, high, "torch.randint's high")
    if hi <= lo:
        ctx.refuse(tr("lang", "torch.randint: high must be greater than low"))
    data = rng(ctx, generator).integers(lo, hi, shape).astype(np.float64)
    return make(ctx, data, _tag(ctx, dtype, "int64", "torch.randint"), requires_grad, "torch.randint")


@export(CREATE, "torch.randperm")
def randperm(ctx, n, *, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    k = int_of(ctx, n, "torch.randperm's n")
    size_of(ctx, (k,), "torch.randperm")
    return make(ctx, rng(ctx, generator).permutation(k).astype(np.float64), "int64", False, "torch.randperm")


@export(CREATE, "torch.normal")
def normal(ctx, mean, std, size=None, *, generator=None, out=None, dtype=None, layout=None, device=None,
           requires_grad=False):
    if size is None or not isinstance(mean, (int, float)) or not isinstance(std, (int, float)):
        ctx.refuse(tr("lang", "torch.normal is accepted with numbers and a size"), "torch.normal(0.0, 1.0, size=(2, 3))")
    shape = size_of(ctx, (size,), "torch.normal")
    return make(ctx, rng(ctx, generator).normal(float(mean), float(std), shape), "float64", requires_grad,
                "torch.normal")


def _legacy_tensor(ctx, *data):
    """torch.Tensor([1, 2]): the old constructor, always a float tensor (micrograd's tests use it)."""
    if len(data) == 1 and isinstance(data[0], (list, tuple)):
        arr, _ = data_of(ctx, data[0], "torch.Tensor")
        return vf.constant(arr)
    ctx.refuse(tr("lang", "torch.Tensor(sizes) leaves its numbers unset; torch.Tensor takes a list of numbers"),
               "torch.tensor([1.0, 2.0])  or  torch.zeros(2, 3)")
