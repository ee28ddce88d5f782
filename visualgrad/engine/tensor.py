"""The node of a computation graph: a value, its gradient and how it was made."""
from __future__ import annotations

import itertools
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from .ops import OPS
from .quiet import quiet, restore

# Creation order is a topological order (inputs exist before what uses them)
# and it is the order the program wrote things, which breaks ties in the timeline.
_ids = itertools.count()
_F64 = np.dtype(np.float64)
_data = attrgetter("data")
_new = object.__new__

ROLES = ("input", "parameter", "constant", "intermediate", "output")


class Source(NamedTuple):
    """Where in the program a node was made: 1-based line and column, and the text."""
    line: int
    column: int
    text: str


class Tensor:
    __slots__ = ("id", "data", "grad", "op", "inputs", "attrs", "name", "role", "source", "__weakref__")

    def __init__(self, data, name: str | None = None, role: str | None = None,
                 op: str | None = None, inputs: tuple = (), attrs: dict | None = None,
                 source: Source | None = None):
        self.id = next(_ids)
        self.data = data if type(data) is np.ndarray and data.dtype is _F64 else np.asarray(data, dtype=np.float64)
        self.grad = None
        self.op = op
        self.inputs = inputs
        self.attrs = attrs
        self.name = name
        self.role = role or ("intermediate" if op else "input")
        self.source = source

    # ---- facts -----------------------------------------------------------
    @property
    def is_leaf(self) -> bool:
        return self.op is None

    @property
    def shape(self) -> tuple:
        return self.data.shape

    @property
    def ndim(self) -> int:
        return self.data.ndim

    def item(self) -> float:
        return float(self.data)

    def numpy(self) -> np.ndarray:
        return self.data

    def __repr__(self):
        from ..fmt import format_value
        label = f" name={self.name!r}" if self.name else ""
        op = f" op={self.op}" if self.op else ""
        return f"tensor({format_value(self.data)}{label}{op})"

    # ---- autograd --------------------------------------------------------
    def backward(self, gradient=None):
        _graph.backward(self, gradient)

    def zero_grad(self):
        for n in _graph.ancestors(self):
            n.grad = None

    # ---- operators -------------------------------------------------------
    # The binary operators go through _binary(): apply() without its *inputs and **attrs packing.
    def __add__(self, o): return _binary("add", self, o)
    def __radd__(self, o): return _binary("add", o, self)
    def __sub__(self, o): return _binary("sub", self, o)
    def __rsub__(self, o): return _binary("sub", o, self)
    def __mul__(self, o): return _binary("mul", self, o)
    def __rmul__(self, o): return _binary("mul", o, self)
    def __truediv__(self, o): return _binary("div", self, o)
    def __rtruediv__(self, o): return _binary("div", o, self)
    def __matmul__(self, o): return _binary("matmul", self, o)
    def __rmatmul__(self, o): return _binary("matmul", o, self)
    def __neg__(self): return apply("neg", self)

    def __pow__(self, o):
        if isinstance(o, Tensor):
            return apply("powv", self, o)
        return apply("pow", self, p=float(o))

    def __rpow__(self, o): return apply("powv", o, self)

    def exp(self): return apply("exp", self)
    def log(self): return apply("log", self)
    def sqrt(self): return apply("sqrt", self)
    def abs(self): return apply("abs", self)
    def sin(self): return apply("sin", self)
    def cos(self): return apply("cos", self)
    def tanh(self): return apply("tanh", self)
    def sigmoid(self): return apply("sigmoid", self)
    def relu(self): return apply("relu", self)

    def sum(self, axis=None, keepdims=False):
        return apply("sum", self, axis=axis, keepdims=keepdims)

    def mean(self, axis=None, keepdims=False):
        return apply("mean", self, axis=axis, keepdims=keepdims)

    def transpose(self): return apply("transpose", self)

    @property
    def T(self): return apply("transpose", self)

    __hash__ = object.__hash__


def as_tensor(x) -> Tensor:
    if isinstance(x, Tensor):
        return x
    return Tensor(x, role="constant")


def apply(opname: str, *inputs, source: Source | None = None, **attrs) -> Tensor:
    """Run one op forward and record the node that remembers how."""
    forward = OPS[opname].forward
    ins = inputs
    for x in inputs:
        if type(x) is not Tensor:  # numbers and arrays become constant leaves
            ins = tuple(map(as_tensor, inputs))
            break
    token = quiet()  # NaN and ∞ show up in the graph, not as numpy warnings
    try:
        # Plain calls where they do: unpacking *args and **kwargs costs as much as a small op.
        if len(ins) == 1:
            out = forward(ins[0].data, **attrs) if attrs else forward(ins[0].data)
        elif len(ins) == 2 and not attrs:
            out = forward(ins[0].data, ins[1].data)
        else:
            out = forward(*map(_data, ins), **attrs)
    finally:
        restore(token)
    return _node(out, opname, ins, attrs or None, source)


def _binary(opname: str, a, b) -> Tensor:
    """apply(opname, a, b), for the operators: two inputs, no attrs, no source."""
    if type(a) is not Tensor:
        a = as_tensor(a)
    if type(b) is not Tensor:
        b = as_tensor(b)
    forward = OPS[opname].forward
    token = quiet()
    try:
        out = forward(a.data, b.data)
    finally:
        restore(token)
    return _node(out, opname, (a, b), None, None)


def _node(data, op: str, inputs: tuple, attrs: dict | None, source: Source | None) -> Tensor:
    """Tensor(data, None, "intermediate", op, inputs, attrs, source), for apply(): the same fields,
    set without __init__'s keyword handling (a third of a small op's recording cost)."""
    t = _new(Tensor)
    t.id = next(_ids)
    t.data = data if type(data) is np.ndarray and data.dtype is _F64 else np.asarray(data, dtype=np.float64)
    t.grad = None
    t.op = op
    t.inputs = inputs
    t.attrs = attrs
    t.name = None
    t.role = "intermediate"
    t.source = source
    return t


def tensor(data, name: str | None = None, role: str = "input", requires_grad: bool = True) -> Tensor:
    """A leaf: an input (default), a parameter or a constant (requires_grad=False: no gradient)."""
    if not requires_grad and role == "input":
        role = "constant"
    return Tensor(np.array(data, dtype=np.float64), name=name, role=role)


from . import graph as _graph  # noqa: E402 - last: graph.py imports Tensor from here
