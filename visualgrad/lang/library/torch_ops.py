"""torch. functions that compute (torch.exp, torch.sum, torch.max, torch.cat, ...), each written once
with torch's parameter names and registered twice: as `torch.<name>` (FUNCS) and, where torch has
one, as the tensor method `x.<name>(...)` (METHODS, the tensor passed as `input`)."""
from __future__ import annotations

import numpy as np

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from .common import (
    NUMBER,
    as_operand,
    dims_of,
    dtype_of,
    dtype_tag,
    int_of,
    tensor_of,
    type_name,
)
from .results import returned
from .signature import export
from .text import named

FUNCS: dict = {}
METHODS: dict = {}
DIM = {"axis": "dim", "keepdims": "keepdim"}  # torch accepts NumPy's spellings for these


def both(name: str, aliases: dict | None = None, method: bool = True, function: bool = True, method_name=None,
         gf=None):
    """Register fn as torch.<name> and as the tensor method <method_name or name>; `gf` is torch's
    grad_fn name for the result (a string, or a function of the call's arguments)."""
    def register(fn):
        if gf is not None:
            fn = _naming(fn, gf)
        if function:
            export(FUNCS, f"torch.{name}", name, aliases)(fn)
        if method:
            export(METHODS, f"Tensor.{method_name or name}", method_name or name, aliases, method=True)(fn)
        return fn
    return register


def _naming(fn, gf):
    import functools

    @functools.wraps(fn)
    def call(ctx, *args, **kwargs):
        return named(fn(ctx, *args, **kwargs), gf if isinstance(gf, str) else gf(*args, **kwargs))
    return call


def _by_dim(base):
    """SumBackward0 for the whole tensor, SumBackward1 along a dim (torch's overloads)."""
    return lambda input, dim=None, *a, **k: f"{base}{0 if dim is None else 1}"


def need(ctx, x, what: str, arg: str = "input") -> Tensor:
    """torch's rule: `input` must be a tensor (torch.exp(2.0) is a TypeError in PyTorch)."""
    t = tensor_of(x)
    if t is None:
        ctx.refuse(tr("lang", "{what}(): argument '{arg}' must be a tensor, not {kind}")
                   .format(what=what, arg=arg, kind=type_name(x)),
                   f"{what}(torch.tensor({ctx.text(x) if isinstance(x, NUMBER) else '...'}))")
    if ctx.is_numpy(t):
        ctx.refuse(tr("lang", "{what}() takes a torch tensor, not a NumPy array").format(what=what),
                   "torch.from_numpy(...)")
    return t


def other_of(ctx, v, what: str, arg: str = "other"):
    if isinstance(v, NUMBER):
        return number_of(v)
    return need(ctx, v, what, arg)


def number_of(v):
    """A Python number for the engine: ints stay ints (an int tensor plus 1 stays int, as in torch)."""
    if isinstance(v, (bool, np.bool_)):
        return float(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    return float(v)


def float_dtype(ctx, dtype, what: str):
    """dtype= of a reduction or softmax: a float type is accepted (every number is float64 already)."""
    if dtype is not None and dtype_tag(ctx, dtype, what) != "float64":
        ctx.refuse(tr("lang", "{what}(dtype=...) other than a float type is not something visualgrad computes")
                   .format(what=what), f"{what}(x.float())")


def floating(ctx, t: Tensor, what: str):
    if not dtype_of(t).startswith("float"):
        ctx.refuse(tr("lang", "{what}(): the input must be a floating point tensor, not {dtype}")
                   .format(what=what, dtype=dtype_of(t)), f"{what}(x.float())")


# ---- elementwise ----------------------------------------------------------------------------

def _unary(name: str, engine_fn, float_only=True, extra_names=()):
    def fn(ctx, input):
        t = need(ctx, input, f"torch.{name}")
        if float_only:
            floating(ctx, t, f"torch.{name}")
        return engine_fn(t)
    fn.__name__ = name
    both(name)(fn)
    for alias in extra_names:
        both(alias)(fn)


# torch promotes an integer tensor to float for these (torch.exp(torch.tensor([1, 2])) is a float tensor)
for _name in ("exp", "log", "log1p", "sqrt", "sin", "cos", "tanh", "sigmoid", "tan", "reciprocal", "rsqrt",
              "expm1", "log2", "log10"):
    _unary(_name, getattr(vf, _name), float_only=False)
for _name in ("sign", "floor", "ceil", "trunc"):  # steps: a zero gradient, as in torch
    _unary(_name, getattr(vf, _name), float_only=False)
_unary("abs", vf.abs, float_only=False, extra_names=("absolute",))
_unary("relu", vf.relu, float_only=False)
_unary("square", lambda x: named(vf.square(x), "PowBackward0"), float_only=False)


@both("round")
def round_(ctx, input, *, decimals=0):
    return vf.round(need(ctx, input, "torch.round"), int_of(ctx, decimals, "decimals"))
_unary("neg", vf.neg, float_only=False, extra_names=("negative",))


@both("add")
def add(ctx, input, other, *, alpha=1, out=None):
    t, o = need(ctx, input, "torch.add"), other_of(ctx, other, "torch.add")
    return vf.add(t, o if alpha == 1 else vf.mul(o, number_of(alpha)))


@both("sub", method_name="sub")
def sub(ctx, input, other, *, alpha=1, out=None):
    t, o = need(ctx, input, "torch.sub"), other_of(ctx, other, "torch.sub")
    return vf.sub(t, o if alpha == 1 else vf.mul(o, number_of(alpha)))


@both("mul")
def mul(ctx, input, other, *, out=None):
    return vf.mul(need(ctx, input, "torch.mul"), other_of(ctx, other, "torch.mul"))


@both("div")
def div(ctx, input, other, *, rounding_mode=None, out=None):
    if rounding_mode is not None:
        ctx.refuse(tr("lang", "torch.div with rounding_mode has no gradient to show"), "torch.div(a, b)")
    return vf.div(need(ctx, input, "torch.div"), other_of(ctx, other, "torch.div"))


@both("pow")
def pow(ctx, input, exponent, *, out=None):
    if isinstance(input, NUMBER):  # torch.pow(2, x)
        return vf.pow(number_of(input), need(ctx, exponent, "torch.pow", "exponent"))
    return vf.pow(need(ctx, input, "torch.pow"), other_of(ctx, exponent, "torch.pow", "exponent"))


@both("maximum")
def maximum(ctx, input, other, *, out=None):
    return vf.maximum(need(ctx, input, "torch.maximum"), need(ctx, other, "torch.maximum", "other"))


@both("minimum")
def minimum(ctx, input, other, *, out=None):
    return vf.minimum(need(ctx, input, "torch.minimum"), need(ctx, other, "torch.minimum", "other"))


def _bound(ctx, v, what):
    if v is None or isinstance(v, NUMBER):
        return None if v is None else float(v)
    return need(ctx, v, what, "min/max")


@both("clamp", gf="ClampBackward1")
def clamp(ctx, input, min=None, max=None, *, out=None):
    if min is None and max is None:
        ctx.refuse(tr("lang", "torch.clamp needs min or max"), "torch.clamp(x, min=0.0)")
    return vf.clamp(need(ctx, input, "torch.clamp"), _bound(ctx, min, "torch.clamp"), _bound(ctx, max, "torch.clamp"))


both("clip", gf="ClampBackward1")(clamp)


@both("where", method=False, gf="WhereBackward0")
def where(ctx, condition, input, other, *, out=None):
    c = tensor_of(condition)
    if c is None or dtype_of(c) != "bool":
        ctx.refuse(tr("lang", "torch.where's condition must be a bool tensor, such as x > 0"), "torch.where(x > 0, x, y)")
    return vf.where(c, as_operand(ctx, input, "torch.where"), as_operand(ctx, other, "torch.where"))


# ---- reductions -------------------------------------------------------------------------------

def _keepdim(ctx, dim, keepdim, what):
    """torch.sum/mean/prod take keepdim only together with a dim (PyTorch's overloads)."""
    if dim is None and keepdim is not _UNSET:
        ctx.refuse(tr("lang", "{what}() takes keepdim only with a dim").format(what=what), f"{what}(x, dim=0, keepdim=True)")
    return False if keepdim is _UNSET else bool(keepdim)


_UNSET = object()


@both("sum", DIM, gf=_by_dim("SumBackward"))
def sum(ctx, input, dim=None, keepdim=_UNSET, *, dtype=None):
    float_dtype(ctx, dtype, "torch.sum")
    return vf.sum(need(ctx, input, "torch.sum"), dims_of(ctx, dim, "dim"), _keepdim(ctx, dim, keepdim, "torch.sum"))


@both("mean", DIM, gf=_by_dim("MeanBackward"))
def mean(ctx, input, dim=None, keepdim=_UNSET, *, dtype=None, out=None):
    float_dtype(ctx, dtype, "torch.mean")
    t = need(ctx, input, "torch.mean")
    floating(ctx, t, "torch.mean")
    return vf.mean(t, dims_of(ctx, dim, "dim"), _keepdim(ctx, dim, keepdim, "torch.mean"))


@both("prod", DIM, gf=_by_dim("ProdBackward"))
def prod(ctx, input, dim=None, keepdim=_UNSET, *, dtype=None):
    float_dtype(ctx, dtype, "torch.prod")
    return vf.prod(need(ctx, input, "torch.prod"), dims_of(ctx, dim, "dim"), _keepdim(ctx, dim, keepdim, "torch.prod"))


def _maxmin(name, engine_fn, pair_fn):
    def fn(ctx, input, dim=None, keepdim=_UNSET, *, out=None):
        t = need(ctx, input, f"torch.{name}")
        if tensor_of(dim) is not None and keepdim is _UNSET:  # torch.max(a, b): the elementwise maximum
            return pair_fn(t, need(ctx, dim, f"torch.{name}", "other"))
        if dim is None and keepdim is not _UNSET:
            ctx.refuse(tr("lang", "torch.{name}() takes keepdim only with a dim").format(name=name),
                       f"torch.{name}(x, dim=0, keepdim=True)")
        keepdim = False if keepdim is _UNSET else keepdim
        if isinstance(dim, (list, tuple)):
            ctx.refuse(tr("lang", "torch.{name} takes one dim; for several use torch.a{name}")
                       .format(name=name), f"torch.a{name}(x, dim={tuple(dim)})")
        d = None if dim is None else int_of(ctx, dim, "dim")
        r = returned(name, engine_fn(t, d, bool(keepdim)))
        return named(r, f"{name.capitalize()}Backward{1 if d is None else 0}")
    fn.__name__ = name
    both(name, DIM)(fn)


_maxmin("max", vf.max, vf.maximum)
_maxmin("min", vf.min, vf.minimum)


@both("amax", DIM, gf="AmaxBackward0")
def amax(ctx, input, dim=(), keepdim=False, *, out=None):
    d = dims_of(ctx, dim, "dim")
    return vf.amax(need(ctx, input, "torch.amax"), None if d == () else d, bool(keepdim))


@both("amin", DIM, gf="AminBackward0")
def amin(ctx, input, dim=(), keepdim=False, *, out=None):
    d = dims_of(ctx, dim, "dim")
    return vf.amin(need(ctx, input, "torch.amin"), None if d == () else d, bool(keepdim))


@both("argmax", DIM)
def argmax(ctx, input, dim=None, keepdim=False):
    return vf.argmax(need(ctx, input, "torch.argmax"), dims_of(ctx, dim, "dim"), bool(keepdim))


@both("argmin", DIM)
def argmin(ctx, input, dim=None, keepdim=False):
    return vf.argmin(need(ctx, input, "torch.argmin"), dims_of(ctx, dim, "dim"), bool(keepdim))


@both("norm", DIM, gf="LinalgVectorNormBackward0")
def norm(ctx, input, p="fro", dim=None, keepdim=False, dtype=None):
    float_dtype(ctx, dtype, "torch.norm")
    t = need(ctx, input, "torch.norm")
    floating(ctx, t, "torch.norm")
    if p == "fro" or p is None:
        p = 2
    return vf.norm(t, p, dims_of(ctx, dim, "dim"), bool(keepdim))


@both("logsumexp", DIM, gf="LogsumexpBackward0")
def logsumexp(ctx, input, dim, keepdim=False, *, out=None):
    return vf.logsumexp(need(ctx, input, "torch.logsumexp"), dims_of(ctx, dim, "dim"), bool(keepdim))


@both("softmax", DIM, gf="SoftmaxBackward0")
def softmax(ctx, input, dim, dtype=None):
    float_dtype(ctx, dtype, "torch.softmax")
    t = need(ctx, input, "torch.softmax")
    floating(ctx, t, "torch.softmax")
    return vf.softmax(t, int_of(ctx, dim, "dim"))


@both("log_softmax", DIM, gf="LogSoftmaxBackward0")
def log_softmax(ctx, input, dim, dtype=None):
    float_dtype(ctx, dtype, "torch.log_softmax")
    t = need(ctx, input, "torch.log_softmax")
    floating(ctx, t, "torch.log_softmax")
    return vf.log_softmax(t, int_of(ctx, dim, "dim"))


# ---- facts --------------------------------------------------------------------------------------

@both("numel")
def numel(ctx, input):
    return int(need(ctx, input, "torch.numel").data.size)


@both("nelement", function=False)
def nelement(ctx, input):
    """x.nelement(): numel's older name, which course notebooks use."""
    return int(need(ctx, input, "Tensor.nelement").data.size)


@both("detach")
def detach(ctx, input):
    t = need(ctx, input, "torch.detach")
    out = vf.detach(t)
    ctx.cut(t, out, "detach")
    return out


@export(FUNCS, "torch.is_tensor", "is_tensor")
def is_tensor(ctx, obj):
    t = tensor_of(obj)
    return t is not None and isinstance(obj, Tensor) and not ctx.is_numpy(t)


def _close(ctx, input, other, rtol, atol, equal_nan, what):
    import numpy as np
    a, b = need(ctx, input, what), need(ctx, other, what, "other")
    try:
        return np.isclose(a.data, b.data, rtol=float(rtol), atol=float(atol), equal_nan=bool(equal_nan))
    except ValueError:
        ctx.refuse(tr("lang", "{what}: shapes {a} and {b} do not broadcast").format(
            what=what, a=list(a.shape), b=list(b.shape)))


@both("allclose")
def allclose(ctx, input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(_close(ctx, input, other, rtol, atol, equal_nan, "torch.allclose").all())


@both("isclose")
def isclose(ctx, input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return vf.constant(_close(ctx, input, other, rtol, atol, equal_nan, "torch.isclose"), dtype="bool")


@both("equal")
def equal(ctx, input, other):
    a, b = need(ctx, input, "torch.equal"), need(ctx, other, "torch.equal", "other")
    return a.shape == b.shape and bool((a.data == b.data).all())



# ---- spread: torch.var / torch.std (the engine's own ops: exact where std is 0) ---------------------------

def _moment(ctx, input, dim, unbiased, keepdim, correction, engine_fn, what):
    t = need(ctx, input, what)
    floating(ctx, t, what)
    if isinstance(dim, bool):  # torch.std(x, False): the (input, unbiased) overload
        dim, unbiased = None, dim
    if correction is not None and (not isinstance(correction, (int, float)) or isinstance(correction, bool)):
        ctx.refuse(tr("lang", "{what}: correction must be a number").format(what=what), f"{what}(x, correction=1)")
    return engine_fn(t, dims_of(ctx, dim, "dim"), unbiased, bool(keepdim), correction)


@both("var", DIM, gf="VarBackward0")
def var(ctx, input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _moment(ctx, input, dim, unbiased, keepdim, correction, vf.var, "torch.var")


@both("std", DIM, gf="StdBackward0")
def std(ctx, input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _moment(ctx, input, dim, unbiased, keepdim, correction, vf.std, "torch.std")

