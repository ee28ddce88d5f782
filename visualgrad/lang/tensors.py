"""The few engine calls the interpreter makes itself: leaves, constants, grad mode, operators, backward.

Everything else a program computes goes through the library's bindings onto the engine's functional
API. Operators are the interpreter's because they are syntax (a + b), not a library's name.
"""
from __future__ import annotations

import numpy as np

from ..engine import Tensor, apply
from ..engine import functions as vf

_F64 = np.float64


def _ready(name: str) -> bool:
    """The engine's functional API is filled in function by function; use what is there."""
    fn = getattr(vf, name, None)
    if fn is None:
        return False
    code = getattr(fn, "__code__", None)
    return code is None or "_todo" not in code.co_names


def requires_grad(t: Tensor) -> bool:
    rg = getattr(t, "requires_grad", None)
    if rg is None:
        return t.role != "constant" if t.op is None else any(requires_grad(i) for i in t.inputs)
    return bool(rg)


def constant(data) -> Tensor:
    if _HAS["constant"]:
        return vf.constant(data)
    return Tensor(data, role="constant")


def leaf(data, requires: bool, name: str | None = None, role: str | None = None) -> Tensor:
    if _HAS["leaf"]:
        return vf.leaf(data, requires_grad=requires, name=name, role=role)
    t = Tensor(data, name=name, role=role or ("input" if requires else "constant"))
    return t


def make_input(t: Tensor, name: str) -> None:
    """A leaf named by the math-style language becomes an input that requires grad."""
    t.name = name
    if t.role == "constant":
        t.role = "input"
    if hasattr(t, "requires_grad"):
        try:
            t.requires_grad = True
        except Exception:  # an op node: stays as it is
            pass


def grad_enabled() -> bool:
    if _HAS["is_grad_enabled"]:
        return vf.is_grad_enabled()
    return True


def set_grad_enabled(flag: bool) -> None:
    if _HAS["set_grad_enabled"]:
        vf.set_grad_enabled(flag)


def backward(t: Tensor, gradient=None, retain_graph=True):
    if _HAS["backward"]:
        return vf.backward(t, gradient, retain_graph)
    return t.backward(gradient)


def detach(t: Tensor) -> Tensor:
    if _HAS["detach"]:
        return vf.detach(t)
    return constant(t.data)


_BINARY = {"+": "add", "-": "sub", "*": "mul", "/": "div", "@": "matmul"}
_NUMPY = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.true_divide, "@": np.matmul,
          "**": np.power, "//": np.floor_divide, "%": np.mod}
_COMPARE = {"==": np.equal, "!=": np.not_equal, "<": np.less, "<=": np.less_equal, ">": np.greater,
            ">=": np.greater_equal}


def binary(op: str, a, b):
    """a op b where one side is a Tensor (the other a Tensor, number or array)."""
    if op in _COMPARE:
        return _flag(_COMPARE[op](_data(a), _data(b)))
    if op == "**":
        if _HAS["pow"]:
            return vf.pow(a, b)
        if isinstance(b, Tensor):
            return apply("powv", a, b)
        if isinstance(a, Tensor):
            return apply("pow", a, p=float(b))
        return apply("powv", constant(a), b)
    if op in _BINARY:
        name = _BINARY[op]
        if _HAS[name]:
            return getattr(vf, name)(a, b)
        return apply(name, a, b)
    # // and %: no gradient in PyTorch for //; % passes gradient 1 to a. Only on constants here.
    return constant(_NUMPY[op](_data(a), _data(b)))


def fast_binary(op: str, a, b) -> Tensor:
    """The same values as binary(), as a constant: for runs that record nothing (training epochs not shown).
    The run holds NumPy's warnings off (Run.execute), so NaN and ∞ are values here as in the engine."""
    fn = _NUMPY.get(op) or _COMPARE[op]
    out = fn(a.data if type(a) is Tensor else a, b.data if type(b) is Tensor else b)
    if op in _COMPARE:
        return _flag(out)
    return Tensor(out if type(out) is np.ndarray else np.asarray(out, dtype=_F64), None, "constant")


def negate(a: Tensor) -> Tensor:
    if _HAS["neg"]:
        return vf.neg(a)
    return apply("neg", a)


def _data(x):
    return x.data if isinstance(x, Tensor) else np.asarray(x, dtype=_F64)


def _flag(values) -> Tensor:
    t = constant(np.asarray(values, dtype=_F64))
    try:
        t.dtype = "bool"
    except AttributeError:
        pass
    return t


_HAS = {n: _ready(n) for n in ("constant", "leaf", "is_grad_enabled", "set_grad_enabled", "backward",
                               "detach", "pow", "neg", "add", "sub", "mul", "div", "matmul")}


def refresh() -> None:
    """Re-read which engine functions exist (tests; the engine fills its API in while we work)."""
    _HAS.update({n: _ready(n) for n in _HAS})
