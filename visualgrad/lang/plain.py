"""The math-style language's own functions (exp(x), sum(W, 0), tensor([...]), param(0.5): no import
needed), its np./math./torch. namespaces, and tensor methods when the library is not loaded."""
from __future__ import annotations

import difflib
import math

import numpy as np

from ..engine import FUNCTIONS, Tensor
from ..fmt import format_number
from ..i18n import tr
from . import tensors as T
from .builtins import PY_BUILTINS, PY_CONSTANTS, Builtin, _abs, _arity, _no_kwargs, _number, _op, _sum
from .errors import refuse


# ---- the math-style language's own functions (no import needed) ------------------------------------
def _tensor_arg(run, v, node):
    if type(v) is Tensor:
        return v
    if type(v) in (int, float):
        return T.constant(np.array(v, dtype=np.float64))
    if isinstance(v, (list, tuple)):
        return T.constant(run.numeric(v, node))
    raise refuse(node, tr("lang", "expected a number or a tensor here, not {kind}").format(kind=run.kind(v)))


def _plain_unary(name, opname):
    def fn(run, args, kwargs, node):
        _no_kwargs(name, kwargs, node)
        _arity(name, args, node, 1, 1)
        return _op(run, opname, [_tensor_arg(run, args[0], node)], node)
    return fn


def _plain_binary(name, opname):
    def fn(run, args, kwargs, node):
        _no_kwargs(name, kwargs, node)
        _arity(name, args, node, 2, 2)
        return _op(run, opname, [_tensor_arg(run, a, node) for a in args], node)
    return fn


def _axis(run, v, node):
    if v is None:
        return None
    if type(v) is int or (type(v) is float and v.is_integer() and False):
        return v
    raise refuse(node, tr("lang", "expected a whole number here"))


def _plain_reduce(name, run, args, kwargs, node):
    _arity(name, args, node, 1, 2)
    axis = _axis(run, args[1], node) if len(args) == 2 else None
    keep = False
    for key, val in kwargs.items():
        if key in ("axis", "dim"):
            axis = _axis(run, val, node)
        elif key in ("keepdims", "keepdim"):
            keep = bool(val)
        else:
            raise refuse(node, tr("lang", "{func}() has no option '{name}'").format(func=name, name=key))
    return _op(run, name, [_tensor_arg(run, args[0], node)], node, axis=axis, keepdims=keep)


def _plain_minmax(name, run, args, node):
    if len(args) == 2:
        return _op(run, "maximum" if name == "max" else "minimum", [_tensor_arg(run, a, node) for a in args], node)
    raise refuse(node, tr("lang", "{name}() of one tensor: write {name}(x, 0) for the larger of x and 0, or "
                                  "torch.{name}(x) for its largest value").format(name=name))


def _plain_pow(run, args, kwargs, node):
    _arity("pow", args, node, 2, 2)
    return run.binop("**", args[0], args[1], node)


def _plain_square(run, args, kwargs, node):
    _arity("square", args, node, 1, 1)
    return run.binop("**", _tensor_arg(run, args[0], node), 2, node)


def _plain_tensor(role):
    def fn(run, args, kwargs, node):
        name = "param" if role == "parameter" else "tensor"
        _arity(name, args, node, 1, 1)
        _no_kwargs(name, kwargs, node, ("requires_grad", "dtype"))
        v = args[0]
        if type(v) is Tensor or not (type(v) in (int, float) or isinstance(v, (list, tuple))):
            raise refuse(node, tr("lang", "{name}(...) takes numbers, as in {name}([1.0, 2.0])").format(name=name))
        requires = kwargs.get("requires_grad")
        if requires is not None and type(requires) is not bool:
            raise refuse(node, tr("lang", "expected True or False here"))
        data = np.array(v, dtype=np.float64) if type(v) in (int, float) else run.numeric(v, node)
        if role == "parameter":
            return T.leaf(data, True, role="parameter")
        t = T.leaf(data, bool(requires), role="input" if requires else "constant")
        if requires is False:
            run.fixed.add(t.id)
        return t
    return fn


def _plain_functions() -> dict:
    out = {}
    for fname, opname in FUNCTIONS.items():
        from ..engine import OPS
        op = OPS[opname]
        if opname in ("sum", "mean"):
            out[fname] = (lambda n: lambda run, a, k, node: _plain_reduce(n, run, a, k, node))(opname)
        elif op.arity == 1:
            out[fname] = _plain_unary(fname, opname)
        elif op.arity == 2:
            out[fname] = _plain_binary(fname, opname)
    out.update({"pow": _plain_pow, "square": _plain_square, "tensor": _plain_tensor("input"),
                "array": _plain_tensor("input"), "asarray": _plain_tensor("input"),
                "Tensor": _plain_tensor("input"), "param": _plain_tensor("parameter"),
                "parameter": _plain_tensor("parameter"), "Parameter": _plain_tensor("parameter")})
    return out


PLAIN_FUNCTIONS = _plain_functions()
PLAIN_CONSTANTS = {"pi": math.pi, "e": math.e}



def _plain_namespaces() -> dict:
    from .runtime import HostFunction, Namespace

    def wrap(name, f):
        return HostFunction(name, lambda ctx, *a, **k: f(ctx, list(a), k, ctx.node))
    members = {k: wrap(k, f) for k, f in PLAIN_FUNCTIONS.items()}
    members["abs"] = wrap("abs", _abs)
    members.update(PLAIN_CONSTANTS)
    functional = Namespace("F", dict(members))
    nn = Namespace("nn", {"functional": functional, "Parameter": members["Parameter"]})
    torch = Namespace("torch", {**members, "nn": nn})
    np_ = Namespace("np", dict(members))
    math_ = Namespace("math", dict(members))
    return {"torch": torch, "np": np_, "numpy": np_, "math": math_, "F": functional, "nn": nn}


# ---- tensors without the library (the math-style language's methods) ------------------------------------
_PROPS = {"T": "transpose"}


def _fallback_getattr(run, t, name):
    if name in _PROPS:
        return _op(run, _PROPS[name], [t], run.node)
    if name in ("sum", "mean"):
        return Builtin(name, lambda r, a, k, node: _plain_reduce(name, r, [t, *a], k, node))
    if name == "item":
        return Builtin(name, lambda r, a, k, node: _number(float)(r, [t], {}, node))
    if name == "t" or name == "transpose":
        return Builtin(name, lambda r, a, k, node: _op(r, "transpose", [t], node))
    if name == "backward":
        return Builtin(name, lambda r, a, k, node: r.backward(t, k.get("gradient", a[0] if a else None)))
    if name == "grad":
        return None if t.grad is None else T.constant(t.grad)
    if name == "shape":
        return tuple(t.data.shape)
    if name in FUNCTIONS:
        opname = FUNCTIONS[name]
        return Builtin(name, lambda r, a, k, node: _op(r, opname, [t, *[_tensor_arg(r, x, node) for x in a]], node))
    close = difflib.get_close_matches(name, list(FUNCTIONS) + ["sum", "mean", "item", "T", "backward"], n=1)
    run.refuse(tr("lang", "'.{name}' is not something visualgrad knows").format(name=name),
               f".{close[0]}" if close else None)


def _fallback_unsupported(what):
    def fn(run, *args):
        run.refuse(tr("lang", "{what} of a tensor is not supported yet").format(what=what))
    return fn


def _fallback_text(run, t):
    return f"tensor({format_number(t.data) if t.data.ndim == 0 else np.array2string(t.data)})"


def _fallback_format(run, t, spec):
    if t.data.size == 1:
        return format(float(t.data.reshape(())), spec)
    return _fallback_text(run, t)


FALLBACK = {"tensor_getattr": _fallback_getattr, "tensor_setattr": _fallback_unsupported("setting attributes"),
            "tensor_getitem": _fallback_unsupported("indexing"), "tensor_setitem": _fallback_unsupported("item assignment"),
            "tensor_text": _fallback_text, "tensor_format": _fallback_format}


def fallback_tensor(name):
    return FALLBACK[name]


def _plain_sum(run, args, kwargs, node):
    """sum(x) of a tensor or a list of numbers is the engine's sum (one node); of anything else, Python's."""
    if args and (type(args[0]) is Tensor or (isinstance(args[0], list) and run._numbers(args[0]))):
        return _plain_reduce("sum", run, args, kwargs, node)
    return _sum(run, args, kwargs, node)


def builtins_for(run) -> dict:
    """The names a program has without importing anything: Python's builtins, and in the math-style language
    its functions and constants as well."""
    out = {k: Builtin(k, f) for k, f in PY_BUILTINS.items()}
    out.update(PY_CONSTANTS)
    if run.plain:
        out.update({k: Builtin(k, f) for k, f in PLAIN_FUNCTIONS.items() if k not in ("abs",)})
        out["sum"] = Builtin("sum", _plain_sum)
        out.update(PLAIN_CONSTANTS)
        out.update(_plain_namespaces())  # np.log(x), math.sqrt(x): the math-style functions (torch. is the library's)
    return out
