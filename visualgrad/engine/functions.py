"""The engine's functional API, with PyTorch's meaning and argument names (float64).

What the language's library calls for `torch.`, `F.`, `np.` and tensor methods. Every Tensor
argument may also be a number or a numpy array: it becomes a constant leaf (no gradient, never
blamed). A call PyTorch would refuse raises EngineError with PyTorch's reason; nothing is computed
approximately. Composites (softmax, most losses) are several op nodes in one group (a box that
opens); each op's maths is in the op table (table.py and the ops_*.py modules).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .arguments import _apply, _as_tensor, _axis_for, _binary_op, _dim, _dims, constant
from .errors import EngineError
from .graph import backward as _backward
from .losses import (  # noqa: F401
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    l1_loss,
    log_softmax,
    logsumexp,
    mse_loss,
    nll_loss,
    softmax,
)
from .masks import masked_fill, tril, triu  # noqa: F401
from .mode import at, enable_grad, group, is_grad_enabled, no_grad, set_grad_enabled  # noqa: F401
from .shapes import (  # noqa: F401
    cat,
    dot,
    expand,
    flatten,
    getitem,
    matmul,
    mm,
    mv,
    outer,
    permute,
    reshape,
    squeeze,
    stack,
    t,
    transpose,
    unsqueeze,
    view,
)
from .tensor import Tensor

__all__ = [  # what the library may call; the rest of this module is helpers
    "EngineError", "ValuesIndices", "at", "enable_grad", "group", "is_grad_enabled", "no_grad",
    "set_grad_enabled", "leaf", "constant", "detach", "backward",
    "add", "sub", "mul", "div", "neg", "pow", "maximum", "minimum", "abs", "sqrt", "exp", "log", "log1p",
    "sin", "cos", "tanh", "sigmoid", "relu", "square", "leaky_relu", "gelu", "softplus", "clamp", "clip",
    "tan", "reciprocal", "rsqrt", "expm1", "log2", "log10", "silu", "logsigmoid", "sign", "floor", "ceil",
    "trunc", "round", "elu", "hardtanh", "var", "std",
    "where", "tril", "triu", "masked_fill",
    "sum", "mean", "prod", "max", "min", "amax", "amin", "argmax", "argmin", "norm", "logsumexp",
    "softmax", "log_softmax", "reshape", "view", "flatten", "unsqueeze", "squeeze", "t", "transpose",
    "permute", "expand", "getitem", "cat", "stack", "matmul", "mm", "mv", "dot", "outer",
    "mse_loss", "l1_loss", "cross_entropy", "nll_loss", "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
]


class ValuesIndices(NamedTuple):
    """What torch.max(x, dim) returns: .values (in the graph) and .indices (a constant)."""
    values: Tensor
    indices: Tensor


# ---- leaves, the cut, backward -------------------------------------------------------------

def leaf(data, requires_grad=False, name=None, role=None, source=None) -> Tensor:
    """A leaf tensor; role defaults to "input" if it requires grad, else "constant". A float64
    ndarray is kept as it is (not copied): the caller decides about aliasing."""
    role = role or ("input" if requires_grad else "constant")
    return Tensor(np.asarray(data, dtype=np.float64), name=name, role=role, source=source,
                  requires_grad=bool(requires_grad))


def detach(x) -> Tensor:
    """Same values, no gradient ever passes (a "detach" node: the picture shows the cut)."""
    return _as_tensor(x).detach()


def backward(t: Tensor, gradient=None, retain_graph=True) -> list:
    """PyTorch's t.backward(gradient, retain_graph): fill .grad of every tensor that requires grad
    and that t depends on (leaves accumulate across calls); return the nodes filled, in
    topological order. With retain_graph=False (PyTorch's default: the torch spelling passes it),
    the pass frees what the ops kept, as in PyTorch, and a later pass through such an op is
    refused. The default here keeps the graph, for callers without PyTorch's rule (micrograd)."""
    if not t.requires_grad:
        raise EngineError("element 0 of tensors does not require grad and does not have a grad_fn")
    if gradient is not None:
        g = np.asarray(getattr(gradient, "data", gradient), dtype=np.float64)
        if g.shape != t.shape:
            raise EngineError(f"Mismatch in shape: grad_output[0] has a shape of {_size(g.shape)} and "
                              f"output[0] has a shape of {_size(t.shape)}.")
        gradient = g
    return _backward(t, gradient, retain_graph=bool(retain_graph), strict=True)


def _size(shape) -> str:
    return f"torch.Size({list(shape)})"


# ---- elementwise ---------------------------------------------------------------------------

def add(a, b): return _binary_op("add", a, b)
def sub(a, b): return _binary_op("sub", a, b)
def mul(a, b): return _binary_op("mul", a, b)
def div(a, b): return _binary_op("div", a, b)
def neg(x): return _apply("neg", x)
def maximum(a, b): return _apply("maximum", a, b)
def minimum(a, b): return _apply("minimum", a, b)


def pow(x, y):  # noqa: A001 - PyTorch's name
    """x ** y: a number exponent is the "pow" op (x^p); a tensor exponent is "powv"."""
    if isinstance(y, Tensor):
        return _apply("powv", x, y)
    if isinstance(y, np.ndarray) and y.ndim > 0:
        return _apply("powv", x, y)
    return _apply("pow", x, p=float(y))


def _unary(opname):
    def f(x):
        return _apply(opname, x)
    f.__name__ = f.__qualname__ = opname
    f.__doc__ = f"Elementwise {opname}, PyTorch's gradient (see the op table)."
    return f


abs = _unary("abs")  # noqa: A001
sqrt, exp, log, log1p = _unary("sqrt"), _unary("exp"), _unary("log"), _unary("log1p")
sin, cos, tanh = _unary("sin"), _unary("cos"), _unary("tanh")
sigmoid, relu = _unary("sigmoid"), _unary("relu")
tan, reciprocal, rsqrt, expm1 = _unary("tan"), _unary("reciprocal"), _unary("rsqrt"), _unary("expm1")
log2, log10, silu, logsigmoid = _unary("log2"), _unary("log10"), _unary("silu"), _unary("logsigmoid")
sign, floor, ceil, trunc = _unary("sign"), _unary("floor"), _unary("ceil"), _unary("trunc")


def round(x, decimals=0):  # noqa: A001 - PyTorch's name
    """Half to even, as PyTorch; its gradient is 0 everywhere."""
    if decimals != 0:
        raise EngineError("round(decimals=...) is not supported here; round(x * 10**d) / 10**d computes it")
    return _apply("round", x)


def elu(x, alpha=1.0): return _apply("elu", x, alpha=float(alpha))
def hardtanh(x, min_val=-1.0, max_val=1.0): return _apply("hardtanh", x, min_val=float(min_val), max_val=float(max_val))


def square(x): return _apply("pow", x, p=2.0)
def leaky_relu(x, negative_slope=0.01): return _apply("leaky_relu", x, negative_slope=float(negative_slope))


def gelu(x, approximate="none"):
    if approximate not in ("none", "tanh"):
        raise EngineError(f"approximate argument must be either none or tanh, not {approximate!r}")
    return _apply("gelu", x, approximate=approximate)


def softplus(x, beta=1.0, threshold=20.0):
    return _apply("softplus", x, beta=float(beta), threshold=float(threshold))


def clamp(x, min=None, max=None):  # noqa: A002 - PyTorch's names
    """torch.clamp: numbers or tensors as bounds (at least one); the gradient passes where
    min ≤ x ≤ max, the bounds included."""
    if min is None and max is None:
        raise EngineError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, (Tensor, np.ndarray)) or isinstance(max, (Tensor, np.ndarray)):
        bounds = [b for b in (min, max) if b is not None]
        return _apply("clamp_t", x, *bounds, has_min=min is not None, has_max=max is not None)
    # A bound keeps its Python type: an int bound keeps an integer tensor integer, as in PyTorch.
    return _apply("clamp", x, min=min, max=max)


clip = clamp


def where(condition, x, y):
    """torch.where(condition, x, y): condition is data (a bool array, list or Tensor)."""
    cond = np.asarray(getattr(condition, "data", condition)).astype(bool)
    xt, yt = _as_tensor(x), _as_tensor(y)
    try:
        np.broadcast_shapes(cond.shape, xt.shape, yt.shape)
    except ValueError as e:
        raise EngineError(str(e)) from None
    return _apply("where", xt, yt, condition=cond)


# ---- reductions ----------------------------------------------------------------------------

def _reduce(opname, x, dim, keepdim, **attrs):
    x = _as_tensor(x)
    axis = _axis_for(x, _dims(x, dim))
    if dim is not None and x.ndim == 0:
        keepdim = False  # a 0-d tensor reduced over its dim 0 stays 0-d
    return _apply(opname, x, axis=axis, keepdims=bool(keepdim), **attrs)


def sum(x, dim=None, keepdim=False): return _reduce("sum", x, dim, keepdim)  # noqa: A001
def mean(x, dim=None, keepdim=False): return _reduce("mean", x, dim, keepdim)


def prod(x, dim=None, keepdim=False):
    x = _as_tensor(x)
    if dim is None:
        return _apply("prod", x)
    return _apply("prod", x, axis=_axis_for(x, _dim(x, dim)), keepdims=bool(keepdim) and x.ndim > 0)


def _nonempty(x: Tensor, what: str, dim=None):
    if x.data.size == 0:
        raise EngineError(f"{what}(): Expected reduction dim to be specified for input.numel() == 0."
                          if dim is None else f"{what}(): Expected reduction dim {dim} to have non-zero size.")


def _extreme(name, x, dim, keepdim):
    x = _as_tensor(x)
    _nonempty(x, name, dim)
    if dim is None:
        return _apply(f"{name}_all", x)
    d = _dim(x, dim)
    if x.ndim == 0:
        return ValuesIndices(_apply("reshape", x, shape=(), how=name), constant(0.0, "int64"))
    values = _apply(f"{name}_dim", x, axis=d, keepdims=bool(keepdim))
    idx = (np.argmax if name == "max" else np.argmin)(x.data, axis=d)
    if keepdim:
        idx = np.expand_dims(idx, d)
    return ValuesIndices(values, constant(idx, "int64"))


def max(x, dim=None, keepdim=False):  # noqa: A001
    """torch.max: no dim -> a Tensor (ties share the gradient evenly); a dim -> ValuesIndices
    (the gradient goes to the returned index: the first maximum, or the first NaN)."""
    return _extreme("max", x, dim, keepdim)


def min(x, dim=None, keepdim=False):  # noqa: A001
    return _extreme("min", x, dim, keepdim)


def amax(x, dim=None, keepdim=False):
    """torch.amax (and np.max(x, axis)): ties in each slice share the gradient evenly."""
    x = _as_tensor(x)
    _nonempty(x, "amax", dim)
    return _reduce("amax", x, dim, keepdim)


def amin(x, dim=None, keepdim=False):
    x = _as_tensor(x)
    _nonempty(x, "amin", dim)
    return _reduce("amin", x, dim, keepdim)


def _arg(fn, x, dim, keepdim):
    x = _as_tensor(x)
    _nonempty(x, fn.__name__, dim)
    if dim is None:
        idx = fn(x.data)
        if keepdim:
            idx = np.reshape(idx, (1,) * x.ndim)
        return constant(idx, "int64")
    d = _dim(x, dim)
    if x.ndim == 0:
        return constant(0.0, "int64")
    idx = fn(x.data, axis=d)
    return constant(np.expand_dims(idx, d) if keepdim else idx, "int64")


def _correction(correction, unbiased) -> float:
    if unbiased is not None:
        if correction is not None:
            raise EngineError("var/std: pass either correction= or unbiased=, not both")
        return 1.0 if unbiased else 0.0
    return 1.0 if correction is None else float(correction)


def var(x, dim=None, unbiased=None, keepdim=False, correction=None):
    """torch.var: correction 1 (Bessel) unless correction= or unbiased=False says otherwise."""
    return _reduce("var", x, dim, keepdim, correction=_correction(correction, unbiased))


def std(x, dim=None, unbiased=None, keepdim=False, correction=None):
    return _reduce("std", x, dim, keepdim, correction=_correction(correction, unbiased))


def argmax(x, dim=None, keepdim=False): return _arg(np.argmax, x, dim, keepdim)
def argmin(x, dim=None, keepdim=False): return _arg(np.argmin, x, dim, keepdim)


def norm(x, p="fro", dim=None, keepdim=False):
    """torch.norm (and torch.linalg.vector_norm with a number p): p a number, inf or -inf, or
    "fro" (the default: the 2-norm, over at most two dims as PyTorch allows)."""
    if p is None:
        p = "fro"
    if p == "fro":
        if isinstance(dim, (tuple, list)) and len(dim) > 2:
            raise EngineError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, dim))}")
        p = 2.0
    if isinstance(p, str):
        raise EngineError(f"norm: p={p!r} (a matrix norm) is not supported here; the vector norms are numbers, "
                          f"inf and -inf")
    return _reduce("norm", x, dim, keepdim, p=float(p))


