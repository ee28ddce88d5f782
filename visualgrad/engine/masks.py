"""torch.tril, torch.triu and masked_fill as op nodes (see functions.py for the API; the maths is in
ops_mask.py), with PyTorch's refusals."""
from __future__ import annotations

import math

import numpy as np

from .arguments import _apply, _as_tensor
from .errors import EngineError
from .tensor import Tensor

# how PyTorch names a dtype in its messages (a float64-tagged tensor is a program's default float)
_TORCH_NAME = {"float64": "float", "int64": "long", "bool": "bool"}


def _triangle(name: str, x, diagonal) -> Tensor:
    x = _as_tensor(x)
    if isinstance(diagonal, bool) or not isinstance(diagonal, (int, np.integer)):
        raise EngineError(f"{name}(): argument 'diagonal' (position 2) must be int, not {type(diagonal).__name__}")
    if x.ndim < 2:
        raise EngineError(f"{name}: input tensor must have at least 2 dimensions")
    return _apply(name, x, diagonal=int(diagonal))


def tril(x, diagonal=0) -> Tensor:
    """torch.tril: each matrix (the last two dims) kept on and below its diagonal-th diagonal, 0 above."""
    return _triangle("tril", x, diagonal)


def triu(x, diagonal=0) -> Tensor:
    """torch.triu: kept on and above the diagonal-th diagonal, 0 below."""
    return _triangle("triu", x, diagonal)


def _mask_of(mask) -> np.ndarray:
    """A bool mask (a bool Tensor or bool array), as torch insists."""
    if isinstance(mask, Tensor):
        if mask.dtype != "bool":
            raise EngineError(f"masked_fill_ only supports boolean masks, but got mask with dtype "
                              f"{_TORCH_NAME.get(mask.dtype, mask.dtype)}")
        return mask.data.astype(bool)
    m = np.asarray(mask)
    if m.dtype != np.bool_:
        raise EngineError(f"masked_fill_ only supports boolean masks, but got mask with dtype {m.dtype}")
    return m


def broadcast_shape(a: tuple, b: tuple) -> tuple:
    """The shape a and b broadcast to, or PyTorch's complaint (a is the first operand of its message)."""
    for k in range(1, min(len(a), len(b)) + 1):
        if a[-k] != b[-k] and a[-k] != 1 and b[-k] != 1:
            raise EngineError(f"The size of tensor a ({a[-k]}) must match the size of tensor b ({b[-k]}) at "
                              f"non-singleton dimension {max(len(a), len(b)) - k}")
    return np.broadcast_shapes(a, b)


def _fill_number(value, dtype: str) -> float:
    """The value as a tensor of x's dtype holds it: an int64 tensor truncates (and has no ∞ or NaN),
    a bool tensor keeps whether it is nonzero."""
    value = float(value)
    if dtype == "int64":
        if not math.isfinite(value):
            raise EngineError("value cannot be converted to type int64_t without overflow")
        return float(math.trunc(value))
    if dtype == "bool":
        return float(value != 0)
    return value


def masked_fill(x, mask, value) -> Tensor:
    """torch.masked_fill(input, mask, value): value where the bool mask is True, input elsewhere; the
    result has the broadcast shape of both. value is a number (float('-inf') included) or a 0-d tensor,
    which then gets the sum of the gradients of the entries it filled. The result keeps x's dtype."""
    x = _as_tensor(x)
    m = _mask_of(mask)
    broadcast_shape(m.shape, x.shape)
    if isinstance(value, (Tensor, np.ndarray)):
        v = _as_tensor(value)
        if v.ndim != 0:
            raise EngineError(f"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                              f"{v.ndim} dimension(s).")
        if x.dtype == "float64":
            out = _apply("masked_fill", x, v, mask=m)
            out.dtype = x.dtype
            return out
        if v.requires_grad:  # the result would be an integer tensor that requires grad
            raise EngineError(f"Autograd not support dtype: {_TORCH_NAME[x.dtype].capitalize()}")
        value = v.data.item()
    return _apply("masked_fill", x, mask=m, fill=_fill_number(value, x.dtype))
