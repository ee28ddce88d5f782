"""PyTorch-style arguments turned into op inputs and attrs, with PyTorch's refusals (EngineError)."""
from __future__ import annotations

import builtins

import numpy as np

from .errors import EngineError
from .tensor import Tensor, _binary, apply, as_tensor


def _as_tensor(x) -> Tensor:
    return x if type(x) is Tensor else as_tensor(x)


def _apply(opname, *inputs, **attrs) -> Tensor:
    """apply(), with numpy's complaints about shapes and axes turned into EngineError."""
    try:
        return apply(opname, *inputs, **attrs)
    except EngineError:
        raise
    except (ValueError, IndexError, TypeError) as e:  # numpy's AxisError is both of the first two
        raise EngineError(str(e)) from None


def _binary_op(opname, a, b) -> Tensor:
    """_apply() for two inputs and no attrs, through the operators' leaner path."""
    try:
        return _binary(opname, a, b)
    except (ValueError, IndexError, TypeError) as e:
        raise EngineError(str(e)) from None


def _dim(x: Tensor, dim) -> int:
    """A dim as a non-negative int, PyTorch's error for one out of range (a 0-d tensor has dims
    -1 and 0, as in PyTorch)."""
    n = builtins.max(x.ndim, 1)
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)):
        raise EngineError(f"dim must be an int, not {type(dim).__name__}")
    if not -n <= dim < n:
        raise EngineError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return int(dim) % n


def _dims(x: Tensor, dim):
    """dim=None (all), an int, or a tuple/list of ints, as numpy's axis (None, or a tuple)."""
    if dim is None:
        return None
    if isinstance(dim, (tuple, list)):
        if len(dim) == 0:
            return None  # PyTorch: an empty dim list reduces over every dim
        dims = tuple(_dim(x, d) for d in dim)
        if len(set(dims)) != len(dims):
            raise EngineError("dim appears multiple times in the list of dims")
        return dims
    return (_dim(x, dim),)


def _axis_for(x: Tensor, dims):
    """numpy's axis for a 0-d x, whose dim 0/-1 means "the tensor itself"."""
    return None if x.ndim == 0 else dims



def constant(data, dtype="float64") -> Tensor:
    """A constant leaf (requires_grad False); dtype is a tag ("int64", "bool") over float64 data.
    A float64 ndarray is kept as it is (not copied), so the library can alias x.grad and x.data."""
    t = Tensor(np.asarray(data, dtype=np.float64), role="constant")
    t.dtype = dtype
    return t
