"""Tensor attributes and methods with PyTorch's meaning (.T .shape .grad .data .item() .backward() ...),
indexing, and in-place updates. NumPy arrays (ctx.is_numpy) are handed to numpy_methods."""
from __future__ import annotations

import weakref

import numpy as np

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostObject
from .common import (
    NUMBER,
    DType,
    Size,
    check_statistics,
    data_of,
    declare_double,
    dtype_of,
    dtype_tag,
    int_of,
    is_double,
    replace_values,
    requires_grad,
    same_dtype,
    tensor_of,
    torch_random,
    wants_double,
)
from .numpy_methods import array_getattr
from .signature import export
from .text import grad_fn, named
from .torch_ops import METHODS

# x.grad hands out one tensor per gradient array, so `x.grad is x.grad` and x.grad.zero_() zeroes x's own
_grad_views: weakref.WeakKeyDictionary[Tensor, tuple] = weakref.WeakKeyDictionary()


def alias(arr: np.ndarray, tag: str = "float64") -> Tensor:
    """A constant tensor over this very array (no copy): in-place changes show through both."""
    t = vf.constant(arr, dtype=tag)
    if t.data is not arr:
        t.data = arr
    return t


def grad_of(ctx, t: Tensor):
    """x.grad as torch gives it: None before backward, and None for a non-leaf unless retain_grad()."""
    if t.op is not None and t not in ctx.state.setdefault("retain_grad", weakref.WeakSet()):
        return None
    g = t.grad
    if g is None or not requires_grad(t):
        return None
    held = _grad_views.get(t)
    if held is not None and held[0] is g:
        return held[1]
    view = alias(g)
    if is_double(t):
        declare_double(view)
    _grad_views[t] = (g, view)
    return view


def tensor_getattr(ctx, t: Tensor, name: str):
    if ctx.is_numpy(t):
        return array_getattr(ctx, t, name)
    m = METHODS.get(name)
    if m is not None:
        return m.bind(t)
    if name == "shape":
        return Size(t.shape)
    if name == "grad":
        return grad_of(ctx, t)
    if name == "data":
        if requires_grad(t):
            ctx.cut(t, None, "data")
        return alias(t.data, dtype_of(t))
    if name == "T" or name == "mT" and t.ndim == 2:
        if t.ndim > 2:
            ctx.refuse(tr("lang", "x.T on a tensor of {n} dimensions is not something visualgrad computes")
                       .format(n=t.ndim), "x.permute(...)")
        return same_dtype(named(vf.t(t), "PermuteBackward0"), t) if t.ndim == 2 else t
    if name == "ndim":
        return t.ndim
    if name == "requires_grad":
        return requires_grad(t)
    if name == "is_leaf":
        return t.op is None or not requires_grad(t)
    if name == "dtype":
        tag = dtype_of(t)
        return DType("float64" if is_double(t) else "float32" if tag == "float64" else tag, tag)
    if name == "device":
        return "cpu"
    if name == "grad_fn":
        return None if t.op is None or not requires_grad(t) else GradFnObject(grad_fn(t))
    ctx.refuse_unknown(f"Tensor.{name}", sorted(set(METHODS) | set(ATTRIBUTES)), prefix="x.")


ATTRIBUTES = ("shape", "grad", "data", "T", "mT", "ndim", "requires_grad", "is_leaf", "dtype", "device", "grad_fn")


class GradFnObject(HostObject):
    """What y.grad_fn is: printed as <MulBackward0 object>."""
    __slots__ = ("name",)
    lang_name = "grad_fn"

    def __init__(self, name):
        self.name = name

    def lang_str(self, ctx):
        return f"<{self.name} object>"


def tensor_setattr(ctx, t: Tensor, name: str, value) -> None:
    if ctx.is_numpy(t):
        ctx.refuse(tr("lang", "attributes of a NumPy array cannot be set"))
    if name == "requires_grad":
        _set_requires_grad(ctx, t, bool(value))
    elif name == "grad":
        if value is None:
            t.grad = None
        else:
            g = tensor_of(value)
            if g is None or g.shape != t.shape:
                ctx.refuse(tr("lang", "x.grad can be set to None or to a tensor of x's shape"), "x.grad = None")
            t.grad = g.data.copy()
    elif name == "data":
        v = tensor_of(value)
        if v is None:
            ctx.refuse(tr("lang", "x.data can be set to a tensor"), "x.data = torch.zeros_like(x)")
        replace_values(ctx, t, v.data, force=True)
    else:
        ctx.refuse(tr("lang", "'{name}' cannot be set on a tensor").format(name=name))


def _set_requires_grad(ctx, t, flag):
    if t.op is not None and not requires_grad(t) and flag:
        # Computed from tensors that need no gradient, it is a leaf in PyTorch's sense (no grad_fn): asking it
        # to require grad starts a new leaf there, and the history before it is not part of the graph.
        t.op, t.inputs, t.attrs = None, (), None
    if t.op is not None:
        ctx.refuse(tr("lang", "requires_grad can only be changed on a tensor you made (a leaf), not on a "
                              "computed one"), "y = y.detach().requires_grad_()")
    if flag and not dtype_of(t).startswith("float"):
        ctx.refuse(tr("lang", "only tensors of floating point dtype can require gradients"), "x = x.float()")
    t.requires_grad = flag
    if flag and t.role == "constant":
        t.role = "input"
    elif not flag and t.role == "input":
        t.role = "constant"


# ---- methods torch has only on tensors ---------------------------------------------------------------

def _m(name, aliases=None):
    return export(METHODS, f"Tensor.{name}", name, aliases, method=True)


@_m("item")
def item(ctx, self):
    if self.data.size != 1:
        ctx.refuse(tr("lang", "a tensor with {n} elements cannot be converted to a number with .item()")
                   .format(n=self.data.size), "x.sum().item()")
    v = self.data.reshape(())
    out = int(v) if dtype_of(self) == "int64" else bool(v) if dtype_of(self) == "bool" else float(v)
    ctx.cut(self, None, "item")
    return out


@_m("tolist")
def tolist(ctx, self):
    ctx.cut(self, None, "tolist")
    tag = dtype_of(self)
    arr = self.data.astype(np.int64) if tag == "int64" else self.data.astype(bool) if tag == "bool" else self.data
    return arr.tolist()


@_m("backward")
def backward(ctx, self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
    if create_graph:
        ctx.refuse(tr("lang", "backward(create_graph=True) (gradients of gradients) is not something "
                              "visualgrad computes"), "loss.backward()")
    if inputs is not None:
        ctx.refuse(tr("lang", "backward(inputs=...) is not something visualgrad computes"), "loss.backward()")
    if not requires_grad(self):
        ctx.refuse(tr("lang", "this tensor does not require grad, so there is nothing to send back: none of "
                              "the tensors it was computed from has requires_grad=True"),
                   "x = torch.tensor(3.0, requires_grad=True)")
    g = None
    if gradient is not None:
        gt = tensor_of(gradient)
        g = gt if gt is not None else vf.constant(data_of(ctx, gradient, "backward(gradient=...)")[0])
        if g.shape != self.shape:
            ctx.refuse(tr("lang", "backward(gradient=...) needs a gradient of shape {want}, not {got}")
                       .format(want=list(self.shape), got=list(g.shape)), "loss.backward(torch.ones_like(loss))")
    elif self.data.size != 1:
        ctx.refuse(tr("lang", "grad can be implicitly created only for scalar outputs"),
                   "y.sum().backward()  or  y.backward(torch.ones_like(y))")
    check_statistics(ctx, self)
    ctx.backward(self, g, bool(retain_graph))


@_m("retain_grad")
def retain_grad(ctx, self):
    ctx.state.setdefault("retain_grad", weakref.WeakSet()).add(self)


@_m("requires_grad_")
def requires_grad_(ctx, self, requires_grad=True):
    _set_requires_grad(ctx, self, bool(requires_grad))
    return self


@_m("detach_")
def detach_(ctx, self):
    ctx.refuse(tr("lang", "detach_() changes a tensor in place; visualgrad shows the cut with detach()"),
               "y = y.detach()")


def _same(ctx, self, *args, **kwargs):
    return self


for _name in ("cpu", "contiguous"):
    export(METHODS, f"Tensor.{_name}", _name, method=True)(lambda ctx, self, memory_format=None: self)


def _retyped(t, double):
    """x.double() / x.float(): the numbers are float64 already; what changes is how torch names and
    prints the result. A tensor without gradient gets a new tensor over the same numbers (torch's copy);
    one that requires grad is renamed in place, so its gradient keeps flowing."""
    if is_double(t) == double:
        return t
    if requires_grad(t):
        return declare_double(t, double)
    return declare_double(alias(t.data), double)


@_m("double")
def double(ctx, self, memory_format=None):
    return _retyped(self, True) if dtype_of(self) == "float64" else _cast_copy(ctx, self, "float64", True)


@_m("float")
def float_(ctx, self, memory_format=None):
    return _retyped(self, False) if dtype_of(self) == "float64" else _cast_copy(ctx, self, "float64")


@_m("to")
def to(ctx, self, *args, dtype=None, device=None, non_blocking=False, copy=False, memory_format=None):
    for a in args:
        if isinstance(a, DType):
            dtype = a
        elif not isinstance(a, str):
            ctx.refuse(tr("lang", "x.to() is accepted with a dtype or a device"), "x.to(torch.float64)")
    tag = dtype_tag(ctx, dtype, "x.to")
    if tag is None:
        return self
    if tag == dtype_of(self):
        return _retyped(self, wants_double(dtype)) if tag == "float64" else self
    return _cast_copy(ctx, self, tag, wants_double(dtype))


def _cast_copy(ctx, t, tag, double=False):
    if requires_grad(t):
        ctx.refuse(tr("lang", "casting a tensor that requires grad to {tag} cuts the graph").format(tag=tag),
                   "x.detach().long()")
    data = np.trunc(t.data) if tag == "int64" else (t.data != 0).astype(np.float64) if tag == "bool" else t.data
    out = vf.constant(data.copy(), dtype=tag)
    return declare_double(out) if double else out


export(METHODS, "Tensor.long", "long", method=True)(lambda ctx, self, memory_format=None: _cast_copy(ctx, self, "int64"))
export(METHODS, "Tensor.int", "int", method=True)(lambda ctx, self, memory_format=None: _cast_copy(ctx, self, "int64"))
export(METHODS, "Tensor.bool", "bool", method=True)(lambda ctx, self, memory_format=None: _cast_copy(ctx, self, "bool"))


@_m("clone")
def clone(ctx, self, *, memory_format=None):
    return named(vf.add(self, 0.0), "CloneBackward0") if requires_grad(self) else \
        vf.constant(self.data.copy(), dtype=dtype_of(self))


@_m("numpy")
def numpy_(ctx, self, *, force=False):
    if requires_grad(self):
        ctx.refuse(tr("lang", "can't call numpy() on a tensor that requires grad"), "x.detach().numpy()")
    out = vf.constant(self.data.copy(), dtype=dtype_of(self))
    ctx.mark_numpy(out)
    return out


@_m("dim")
def dim(ctx, self):
    return self.ndim


@_m("size")
def size(ctx, self, dim=None):
    if dim is None:
        return Size(self.shape)
    d = int_of(ctx, dim, "dim")
    if not -self.ndim <= d < self.ndim:
        ctx.refuse(tr("lang", "dimension {d} is out of range for a tensor of {n} dimensions").format(d=d, n=self.ndim))
    return int(self.shape[d])


def _inplace(name, compute):
    def fn(ctx, self, other, *, alpha=1):
        o = tensor_of(other)
        v = o.data if o is not None else float(other) if isinstance(other, NUMBER) else None
        if v is None:
            ctx.refuse(tr("lang", "x.{name}() takes a tensor or a number").format(name=name))
        try:
            new = compute(self.data, v * alpha if alpha != 1 else v)
        except ValueError:
            new = np.shape(v)
        if np.shape(new) != self.shape:
            ctx.refuse(tr("lang", "x.{name}(): the result's shape {got} is not x's {want}").format(
                name=name, got=list(new if isinstance(new, tuple) else np.shape(new)), want=list(self.shape)))
        replace_values(ctx, self, new)
        return self
    export(METHODS, f"Tensor.{name}", name, method=True)(fn)


_inplace("add_", np.add)
_inplace("sub_", np.subtract)
_inplace("mul_", np.multiply)
_inplace("div_", np.divide)
_inplace("copy_", lambda a, b: np.broadcast_to(b, a.shape))
_inplace("fill_", lambda a, b: np.full(a.shape, b))


@_m("uniform_")
def uniform_(ctx, self, a=0.0, b=1.0, *, to=None, generator=None):
    """x.uniform_(from, to): visualgrad's own generator, PyTorch's distribution (a note says so)."""
    replace_values(ctx, self, torch_random(ctx).uniform(float(a), float(b if to is None else to), self.shape))
    return self


@_m("normal_")
def normal_(ctx, self, mean=0.0, std=1.0, *, generator=None):
    replace_values(ctx, self, torch_random(ctx).normal(float(mean), float(std), self.shape))
    return self


@_m("zero_")
def zero_(ctx, self):
    replace_values(ctx, self, np.zeros(self.shape))
    return self

