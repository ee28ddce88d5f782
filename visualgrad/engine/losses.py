"""torch's softmax family and losses (see functions.py for the API).

Where PyTorch computes one op with its own backward (logsumexp, nll_loss, binary_cross_entropy and
its with-logits form), so does the engine: its formula is in the op table. Where PyTorch composes
(softmax and log_softmax from a shift, exp, sum and log in its kernels; cross_entropy as
log_softmax then nll_loss; l1_loss as |a − b| reduced; mse_loss as (a − b)² reduced), the engine
records the parts, one group the picture can open.
"""
from __future__ import annotations

import numpy as np

from .arguments import _apply, _as_tensor, _binary_op, _dim, _dims
from .errors import EngineError
from .mode import group
from .tensor import Tensor

REDUCTIONS = ("mean", "sum", "none")


def logsumexp(x, dim, keepdim=False) -> Tensor:
    x = _as_tensor(x)
    dims = _dims(x, dim)
    if x.ndim == 0:
        return _apply("logsumexp", x, axis=None, keepdims=False)
    return _apply("logsumexp", x, axis=tuple(range(x.ndim)) if dims is None else dims, keepdims=bool(keepdim))


def _softmax_axis(x: Tensor, dim):
    if dim is None:  # PyTorch's implicit dim is deprecated and warns: ask for it instead
        raise EngineError("softmax() needs dim= (PyTorch's implicit choice of dim is deprecated)")
    d = _dim(x, dim)
    return None if x.ndim == 0 else (d,)


def _shifted(x: Tensor, axis) -> Tensor:
    """x minus its max along axis, the max cut from the graph: the result does not change when x
    shifts, so no gradient belongs to that path (PyTorch's kernels have none either)."""
    if x.data.size == 0:
        return x
    return _apply("sub", x, _apply("amax", x, axis=axis, keepdims=True).detach())


def softmax(x, dim) -> Tensor:
    """exp(x − max) / Σ exp(x − max) along dim: one "softmax" group."""
    with group("softmax", "function"):
        x = _as_tensor(x)
        axis = _softmax_axis(x, dim)
        e = _apply("exp", _shifted(x, axis))
        return _apply("div", e, _apply("sum", e, axis=axis, keepdims=True))


def log_softmax(x, dim) -> Tensor:
    """(x − max) − log Σ exp(x − max) along dim: one "log_softmax" group."""
    with group("log_softmax", "function"):
        x = _as_tensor(x)
        axis = _softmax_axis(x, dim)
        s = _shifted(x, axis)
        return _apply("sub", s, _apply("log", _apply("sum", _apply("exp", s), axis=axis, keepdims=True)))


def _reduction(reduction):
    if reduction not in REDUCTIONS:
        raise EngineError(f"{reduction} is not a valid value for reduction")
    return reduction


def _reduce(loss: Tensor, reduction: str) -> Tensor:
    if reduction == "none":
        return loss
    return _apply("mean" if reduction == "mean" else "sum", loss, axis=None, keepdims=False)


def mse_loss(input, target, reduction="mean") -> Tensor:  # noqa: A002 - PyTorch's names
    reduction = _reduction(reduction)
    with group("mse_loss", "function"):
        d = _binary_op("sub", input, target)
        return _reduce(_apply("pow", d, p=2.0), reduction)


def l1_loss(input, target, reduction="mean") -> Tensor:  # noqa: A002
    reduction = _reduction(reduction)
    with group("l1_loss", "function"):
        return _reduce(_apply("abs", _apply("sub", input, target)), reduction)


def _targets(input: Tensor, target, what: str) -> np.ndarray:
    """Class indices as an int array, checked against input's (N, C) or (C,) shape as PyTorch does."""
    t = getattr(target, "data", target)
    t = np.asarray(t)
    if isinstance(target, Tensor) and target.dtype not in ("int64",):
        if not np.all(t == np.round(t)):
            raise EngineError(f"{what}: class-index targets must be integers (probability targets are "
                              f"not supported here)")
    elif t.size and not np.issubdtype(t.dtype, np.integer) and not np.all(t == np.round(t)):
        raise EngineError(f"{what}: class-index targets must be integers")
    t = t.astype(np.int64)
    if input.ndim not in (1, 2):
        raise EngineError(f"{what}: input of shape (N, C) or (C,) expected, got {list(input.shape)}")
    if input.ndim == 1 and t.ndim != 0:
        raise EngineError(f"{what}: a 1-D input (C,) takes a 0-D target, got {list(t.shape)}")
    if input.ndim == 2 and t.shape != (input.shape[0],):
        raise EngineError(f"Expected input batch_size ({input.shape[0]}) to match target batch_size "
                          f"({t.shape[0] if t.ndim else 0}).")
    return t


def nll_loss(input, target, reduction="mean", ignore_index=-100) -> Tensor:  # noqa: A002
    """−input[i, target[i]], reduced; entries whose target is ignore_index count for nothing (and
    "mean" divides by the others' count)."""
    reduction = _reduction(reduction)
    x = _as_tensor(input)
    t = _targets(x, target, "nll_loss")
    c = x.shape[-1]
    bad = (t != ignore_index) & ((t < 0) | (t >= c))
    if bad.any():
        raise EngineError(f"Target {int(t[bad].flat[0])} is out of bounds.")
    return _apply("nll_loss", x, target=t, reduction=reduction, ignore_index=int(ignore_index))


def cross_entropy(input, target, reduction="mean", ignore_index=-100) -> Tensor:  # noqa: A002
    """PyTorch's composition: nll_loss(log_softmax(input, class dim), target) for class indices;
    for a float target of input's shape (class probabilities, one-hot rows), −Σ target·log_softmax
    over the class dim, then the reduction (mean: over the N rows)."""
    reduction = _reduction(reduction)
    x = _as_tensor(input)
    if _probabilities(x, target):
        t = _as_tensor(target)
        with group("cross_entropy", "function"):
            cdim = 0 if x.ndim == 1 else 1
            rows = _apply("neg", _apply("sum", _apply("mul", log_softmax(x, cdim), t), axis=(cdim,), keepdims=False))
            if reduction == "none":
                return rows
            total = _apply("sum", rows, axis=None, keepdims=False)
            return total if reduction == "sum" else _apply("div", total, float(x.shape[0] if x.ndim > 1 else 1))
    t = _targets(x, target, "cross_entropy")
    with group("cross_entropy", "function"):
        return nll_loss(log_softmax(x, 0 if x.ndim == 1 else 1), t, reduction, ignore_index)


def _probabilities(x: Tensor, target) -> bool:
    """PyTorch reads a floating-point target of the input's own shape as class probabilities."""
    if isinstance(target, Tensor):
        return target.dtype == "float64" and target.shape == x.shape
    a = np.asarray(target)
    return a.dtype.kind == "f" and a.shape == x.shape


def _same_shape(x: Tensor, t: Tensor, what: str) -> None:
    if x.shape != t.shape:
        raise EngineError(f"Using a target size ({_size(t.shape)}) that is different to the input size "
                          f"({_size(x.shape)}) is deprecated. Please ensure they have the same size.")


def _size(shape) -> str:
    return f"torch.Size({list(shape)})"


def binary_cross_entropy(input, target, weight=None, reduction="mean") -> Tensor:  # noqa: A002
    """PyTorch's: each log clamped at −100; its gradient (x − t)/max(x(1 − x), 1e-12)."""
    reduction = _reduction(reduction)
    x, t = _as_tensor(input), _as_tensor(target)
    _same_shape(x, t, "binary_cross_entropy")
    for what, v in (("input", x.data), ("target", t.data)):  # NaN is outside too, as in PyTorch
        if not np.all((v >= 0) & (v <= 1)):
            raise EngineError(f"all elements of {what} should be between 0 and 1")
    attrs = {"reduction": reduction}
    if weight is not None:
        attrs["weight"] = _weight(weight, x.shape)
    return _apply("bce", x, t, **attrs)


def binary_cross_entropy_with_logits(input, target, weight=None, reduction="mean",  # noqa: A002
                                     pos_weight=None) -> Tensor:
    reduction = _reduction(reduction)
    x, t = _as_tensor(input), _as_tensor(target)
    if x.shape != t.shape:
        raise EngineError(f"Target size ({_size(t.shape)}) must be the same as input size ({_size(x.shape)})")
    attrs = {"reduction": reduction}
    if weight is not None:
        attrs["weight"] = _weight(weight, x.shape)
    if pos_weight is not None:
        attrs["pos_weight"] = _weight(pos_weight, x.shape)
    return _apply("bce_logits", x, t, **attrs)


def _weight(w, shape) -> np.ndarray:
    """A weight is data (PyTorch does not differentiate it); it must broadcast to the input."""
    a = np.asarray(getattr(w, "data", w), dtype=np.float64)
    try:
        np.broadcast_shapes(a.shape, shape)
    except ValueError:
        raise EngineError(f"weight of shape {list(a.shape)} does not broadcast to the input's "
                          f"{list(shape)}") from None
    return a
