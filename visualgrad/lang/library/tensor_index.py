"""Indexing tensors and arrays as PyTorch/NumPy do: x[i], x[:, 1], x[mask], x[idx], x[i] = v, and
`for row in x` — with torch's grad_fn names (SelectBackward0, SliceBackward0, IndexBackward0, ...)."""
from __future__ import annotations

import numpy as np

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from .common import (
    NUMBER,
    Size,
    data_of,
    dtype_of,
    replace_values,
    requires_grad,
    same_dtype,
    tensor_of,
)
from .text import named

# ---- indexing -----------------------------------------------------------------------------------------

def index_of(ctx, key):
    """A Python index for the engine: ints, slices, None, Ellipsis, lists, int/bool tensors, tuples."""
    if isinstance(key, tuple):
        return tuple(index_of(ctx, k) for k in key)
    t = tensor_of(key)
    if t is not None:
        tag = dtype_of(t)
        if tag == "bool":
            return t.data.astype(bool)
        if tag != "int64":
            ctx.refuse(tr("lang", "tensors used as indices must be long, int or bool tensors"), "x[idx.long()]")
        return t.data.astype(np.int64)
    if isinstance(key, Size):
        return tuple(key.dims)
    return key


def tensor_getitem(ctx, t: Tensor, key):
    index = index_of(ctx, key)
    out = same_dtype(vf.getitem(t, index), t)
    if ctx.is_numpy(t):
        ctx.mark_numpy(out)
        return out
    return named(out, _index_name(index))


def _index_name(index) -> str:
    """torch's grad_fn for x[...]: the last step of the indexing (advanced indexing comes last)."""
    items = index if isinstance(index, tuple) else (index,)
    last = "Alias"
    for k in items:
        if isinstance(k, (list, np.ndarray)):
            return "IndexBackward0"
        if k is None:
            last = "Unsqueeze"
        elif isinstance(k, slice):
            if k != slice(None):
                last = "Slice"
        elif k is not Ellipsis:
            last = "Select"
    return f"{last}Backward0"


def tensor_iter(ctx, t: Tensor) -> list:
    """`for row in x` / `a, b = x`: the rows along the first dimension (torch: unbind's views)."""
    rows = [same_dtype(vf.getitem(t, i), t) for i in range(t.shape[0])]
    if ctx.is_numpy(t):
        for r in rows:
            ctx.mark_numpy(r)
        return rows
    return [named(r, "UnbindBackward0") for r in rows]


def tensor_setitem(ctx, t: Tensor, key, value) -> None:
    v = tensor_of(value)
    if v is not None and requires_grad(v) and ctx.grad_enabled and not ctx.is_numpy(t):
        ctx.refuse(tr("lang", "writing a tensor that requires grad into another tensor is not something "
                              "visualgrad shows"), "torch.where(mask, value, x)  or  torch.cat([...])")
    new = t.data.copy()
    try:
        new[index_of(ctx, key)] = v.data if v is not None else float(value) if isinstance(value, NUMBER) \
            else data_of(ctx, value, "x[...] = ")[0]
    except (IndexError, ValueError) as e:
        ctx.refuse(tr("lang", "x[...] = ...: {error}").format(error=str(e)))
    replace_values(ctx, t, new)
