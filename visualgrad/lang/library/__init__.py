"""The libraries a program may import, each spelled as that library spells it: torch, torch.nn,
torch.nn.functional, numpy, math, random, micrograd.engine, micrograd.nn.

The interpreter reads MODULES (import path -> Namespace) and the tensor hooks below; everything else
(argument names, defaults, NumPy's randomness, micrograd's arithmetic) lives in this package."""
from __future__ import annotations

import math

import numpy as np

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject, Namespace
from . import (
    autograd,
    functional,
    micrograd,
    micrograd_nn,
    nn_init,
    nn_layers,
    nn_norm,  # noqa: F401 - registers nn.LayerNorm, nn.BatchNorm1d, F.layer_norm, F.batch_norm
    numpy_create,  # noqa: F401 - registers np.array, np.zeros, ... into numpy_ns.NP
    numpy_logic,  # noqa: F401 - registers np.isnan, np.all, np.copy, ... into numpy_ns.NP
    numpy_ns,
    numpy_random,
    pylibs,
    torch_create,
    torch_generator,
    torch_masks,  # noqa: F401 - registers torch.tril, torch.triu, x.masked_fill, ... into torch_ops.FUNCS/METHODS
    torch_ops,
    torch_shape,  # noqa: F401 - registers torch.reshape, torch.cat, x.view, ... into torch_ops.FUNCS/METHODS
)
from .common import (
    NUMBER,
    DType,
    Size,
    data_of,
    is_double,
    requires_grad,
    size_of,
    tensor_of,
)
from .nn_module import MODULE, PARAMETER
from .optim import OPTIM
from .tensor_index import tensor_getitem, tensor_iter, tensor_setitem
from .tensor_methods import tensor_getattr, tensor_setattr
from .text import numpy_format, numpy_text, numpy_value, torch_format, torch_text

__all__ = [
    "MODULES",
    "tensor_format",
    "tensor_getattr",
    "tensor_getitem",
    "tensor_iter",
    "tensor_repr",
    "tensor_setattr",
    "tensor_setitem",
    "tensor_text",
    "to_tensor",
]


class GradMode(HostObject):
    """torch.no_grad() / torch.enable_grad() in a with statement."""
    __slots__ = ("enabled", "entered")
    lang_name = "torch.no_grad"

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.entered = []

    def lang_enter(self, ctx):
        mode = getattr(ctx, "grad_mode", None)
        cm = mode(self.enabled) if mode is not None else (ctx.no_grad() if not self.enabled else vf.enable_grad())
        cm.__enter__()
        self.entered.append(cm)

    def lang_exit(self, ctx):
        if self.entered:
            self.entered.pop().__exit__(None, None, None)


def _grad_mode(enabled):
    return lambda ctx: GradMode(enabled)


class SetGradEnabled(HostObject):
    """torch.set_grad_enabled(flag): sets the mode at once (as a statement it stays set); in a with
    statement, the block's end puts the previous mode back — PyTorch's behaviour."""
    __slots__ = ("previous",)
    lang_name = "torch.set_grad_enabled"

    def __init__(self, previous: bool):
        self.previous = previous

    def lang_enter(self, ctx):
        return None

    def lang_exit(self, ctx):
        pop = getattr(ctx, "pop_grad", None)
        if pop is not None:
            pop()  # back to the mode before this set_grad_enabled
        else:
            _switch(ctx, self.previous)


def _switch(ctx, flag):
    push = getattr(ctx, "push_grad", None)
    if push is None:
        ctx.refuse(tr("lang", "torch.set_grad_enabled is accepted in a with statement"),
                   "with torch.no_grad(): ...")
    push(bool(flag))


def _set_grad_enabled(ctx, mode):
    previous = bool(ctx.grad_enabled)
    _switch(ctx, mode)
    return SetGradEnabled(previous)


def _is_grad_enabled(ctx):
    return bool(ctx.grad_enabled)


def _device(ctx, type, index=None):
    """torch.device("cuda:0") and the like: the name, as tensors' .device reads. visualgrad computes on the
    CPU, which gives the same numbers (float64)."""
    if not isinstance(type, str) or not (index is None or isinstance(index, int)):
        ctx.refuse(tr("lang", "torch.device takes a name such as \"cpu\""), 'torch.device("cpu")')
    return type if index is None else f"{type}:{index}"


def _fn(name, fn):
    from .signature import checked
    return HostFunction(name, checked(name, fn))


DTYPES = {n: DType(n, tag) for n, tag in (
    ("float32", "float64"), ("float", "float64"), ("float64", "float64"), ("double", "float64"),
    ("float16", "float64"), ("half", "float64"), ("int64", "int64"), ("long", "int64"), ("int32", "int64"),
    ("int", "int64"), ("bool", "bool"))}

NN = dict(nn_layers.CLASSES, Module=MODULE, Parameter=PARAMETER)
NN["init"] = Namespace("torch.nn.init", dict(nn_init.INIT))
NN_FUNCTIONAL = Namespace("torch.nn.functional", dict(functional.F))
NN["functional"] = NN_FUNCTIONAL
NN_NS = Namespace("torch.nn", NN)
LINALG = Namespace("torch.linalg", {"norm": torch_ops.FUNCS["norm"], "vector_norm": torch_ops.FUNCS["norm"]})

TORCH = dict(torch_create.CREATE)
TORCH.update(torch_ops.FUNCS)
TORCH.update(DTYPES)
TORCH.update(torch_generator.GENERATOR)
TORCH.update({
    "nn": NN_NS, "optim": Namespace("torch.optim", OPTIM), "linalg": LINALG,
    "autograd": Namespace("torch.autograd", dict(autograd.AUTOGRAD)),
    "Size": HostClass("torch.Size", new=_fn("torch.Size", lambda ctx, sizes=(): Size(
        size_of(ctx, (list(sizes),) if isinstance(sizes, (list, tuple, Size)) else (sizes,), "torch.Size"))).fn),
    "Tensor": HostClass("torch.Tensor", new=_fn("torch.Tensor", torch_create._legacy_tensor).fn),
    "no_grad": _fn("torch.no_grad", _grad_mode(False)),
    "inference_mode": _fn("torch.inference_mode", lambda ctx, mode=True: GradMode(not mode)),
    "device": _fn("torch.device", _device),
    "cuda": Namespace("torch.cuda", {"is_available": _fn("torch.cuda.is_available", lambda ctx: False),
                                     "device_count": _fn("torch.cuda.device_count", lambda ctx: 0)}),
    "enable_grad": _fn("torch.enable_grad", _grad_mode(True)),
    "set_grad_enabled": _fn("torch.set_grad_enabled", _set_grad_enabled),
    "is_grad_enabled": _fn("torch.is_grad_enabled", _is_grad_enabled),
    "pi": math.pi, "e": math.e, "inf": math.inf, "nan": math.nan,
})

class NumpyType(DType):
    """np.float64 and friends: a dtype= argument, and a function making a NumPy scalar (np.float64(3))."""
    __slots__ = ()

    def lang_str(self, ctx):
        return f"<class 'numpy.{self.name}'>"

    def lang_call(self, ctx, args, kwargs):
        if kwargs or len(args) > 1:
            ctx.refuse(tr("lang", "np.{name} takes one number").format(name=self.name), f"np.{self.name}(1.5)")
        v = args[0] if args else 0
        t = tensor_of(v)
        if t is not None:
            data = t.data.copy()
        elif isinstance(v, NUMBER):
            data = float(v)
        else:
            ctx.refuse(tr("lang", "np.{name} takes a number or an array").format(name=self.name), f"np.{self.name}(1.5)")
        data = np.trunc(data) if self.tag == "int64" else (np.asarray(data) != 0) * 1.0 if self.tag == "bool" else data
        out = vf.constant(data, dtype=self.tag)
        ctx.mark_numpy(out)
        return out


NUMPY_DTYPES = {n: NumpyType(n, tag) for n, tag in (
    ("float64", "float64"), ("float32", "float64"), ("int64", "int64"), ("int32", "int64"), ("bool_", "bool"))}
NUMPY = dict(numpy_ns.NP)
NUMPY.update(NUMPY_DTYPES)
NUMPY.update({"random": Namespace("numpy.random", numpy_random.RANDOM),
              "linalg": Namespace("numpy.linalg", numpy_ns.LINALG),
              "pi": math.pi, "e": math.e, "inf": math.inf, "nan": math.nan, "newaxis": None})

MODULES: dict = {
    "torch": Namespace("torch", TORCH),
    "torch.nn": NN_NS,
    "torch.nn.functional": NN_FUNCTIONAL,
    "torch.nn.init": NN["init"],
    "torch.optim": TORCH["optim"],
    "torch.autograd": TORCH["autograd"],
    "numpy": Namespace("numpy", NUMPY),
    "numpy.random": NUMPY["random"],
    "math": Namespace("math", pylibs.MATH),
    "random": Namespace("random", pylibs.RANDOM),
    "micrograd.engine": Namespace("micrograd.engine", micrograd.ENGINE),
    "micrograd.nn": Namespace("micrograd.nn", micrograd_nn.NN),
}
MODULES["micrograd"] = Namespace("micrograd", {"engine": MODULES["micrograd.engine"], "nn": MODULES["micrograd.nn"]})


def tensor_text(ctx, t: Tensor) -> str:
    """print(t) / str(t): NumPy's str() for arrays, PyTorch's layout for tensors."""
    if ctx.is_numpy(t):
        return numpy_text(t)
    text = torch_text(t, requires_grad(t), is_double(t))
    # an nn.Parameter prints as PyTorch's Parameter.__repr__ does
    return "Parameter containing:\n" + text if t.op is None and t.role == "parameter" else text


def tensor_repr(ctx, t: Tensor) -> str:
    """repr(t), as inside a printed list: NumPy's `array([1., 2.])` / `np.float64(0.25)`; torch's is its str."""
    if ctx.is_numpy(t):
        return repr(numpy_value(t))
    return tensor_text(ctx, t)


def tensor_format(ctx, t: Tensor, spec: str) -> str:
    """f"{t:.4f}": NumPy arrays format as NumPy does (0-d like floats); torch, a 0-d tensor as its number."""
    if ctx.is_numpy(t):
        try:
            return numpy_format(t, spec)
        except (TypeError, ValueError):
            ctx.refuse(tr("lang", "an array of shape {shape} cannot be formatted with ':{spec}'").format(
                shape=tuple(t.shape), spec=spec), f"{{float(x.sum()):{spec}}}")
    if not spec:
        return tensor_text(ctx, t)
    if t.ndim != 0:
        ctx.refuse(tr("lang", "unsupported format string passed to Tensor.__format__ (the tensor has shape {shape})")
                   .format(shape=list(t.shape)), f"{{x.item():{spec}}}")
    try:
        return torch_format(t, spec)
    except (TypeError, ValueError):
        ctx.refuse(tr("lang", "invalid format ':{spec}' for a number").format(spec=spec), "{x.item():.4f}")


def to_tensor(ctx, value):
    """A number or list met in a mixed operator: a constant leaf (requires_grad False)."""
    if isinstance(value, NUMBER):
        return vf.constant(float(value))
    return vf.constant(*data_of(ctx, value, "a list"))
