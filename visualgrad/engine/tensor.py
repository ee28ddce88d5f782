"""The node of a computation graph: a value, its gradient and how it was made."""
from __future__ import annotations

import itertools
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from . import graph as _graph
from .errors import EngineError
from .mode import STATE
from .ops import OPS
from .quiet import FAST_RUN, run_quiet

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
    # _rg: requires grad. A leaf requires grad unless it is a constant; an op node when one of its
    # inputs does and grad mode was on when it was made (PyTorch's rule). Only such nodes ever
    # receive a gradient, and backward() passes none to the others.
    # _freed: a backward(retain_graph=False) went through this node (PyTorch then frees what its op
    # kept, and refuses a second pass through it).
    __slots__ = ("id", "data", "grad", "op", "inputs", "attrs", "name", "_role", "_rg", "_freed", "source",
                 "group", "dtype", "__weakref__")

    def __init__(self, data, name: str | None = None, role: str | None = None,
                 op: str | None = None, inputs: tuple = (), attrs: dict | None = None,
                 source: Source | None = None, requires_grad: bool | None = None):
        self.id = next(_ids)
        self.data = data if type(data) is np.ndarray and data.dtype is _F64 else np.asarray(data, dtype=np.float64)
        self.grad = None
        self.op = op
        self.inputs = inputs
        self.attrs = attrs
        self.name = name
        self._role = role or ("intermediate" if op else "input")
        if requires_grad is None:
            if op is None:
                requires_grad = self._role != "constant"
            else:
                requires_grad = STATE.grad and any(i._rg for i in inputs)
        self._rg = bool(requires_grad)
        self._freed = False
        self.source = source if source is not None else STATE.source
        self.group = STATE.group
        self.dtype = "float64"

    # ---- facts -----------------------------------------------------------
    @property
    def is_leaf(self) -> bool:
        """No op made it (the graph's sense; PyTorch's is `is_leaf or not requires_grad`)."""
        return self.op is None

    @property
    def role(self) -> str:
        return self._role

    @role.setter
    def role(self, value: str) -> None:
        self._role = value
        if self.op is None and value in ("input", "parameter", "constant"):
            self._rg = value != "constant"

    @property
    def requires_grad(self) -> bool:
        return self._rg

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        self.requires_grad_(value)

    def requires_grad_(self, requires_grad: bool = True) -> "Tensor":
        """PyTorch's rule: only a leaf's flag changes. A node that requires no grad (made from
        constants, or under no_grad) is a leaf to PyTorch: it becomes one here, keeping its value."""
        requires_grad = bool(requires_grad)
        if self.op is not None:
            if self._rg:
                if not requires_grad:
                    raise EngineError("you can only change requires_grad flags of leaf variables. If you want to "
                                      "use a computed variable in a subgraph that doesn't require differentiation "
                                      "use var_no_grad = var.detach().")
                return self
            if not requires_grad:
                return self
            self.op, self.inputs, self.attrs = None, (), None
            self._role = "input"
        elif self._role == "constant" and requires_grad:
            self._role = "input"
        elif not requires_grad and self._role in ("input", "parameter"):
            self._role = "constant"
        self._rg = requires_grad
        return self

    @property
    def shape(self) -> tuple:
        return self.data.shape

    @property
    def ndim(self) -> int:
        return self.data.ndim

    def item(self) -> float:
        if self.data.size != 1:
            raise EngineError(f"a Tensor with {self.data.size} elements cannot be converted to Scalar")
        return float(self.data.reshape(()))

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

    def detach(self) -> "Tensor":
        """The same values, cut from the graph: a "detach" node that requires no grad and passes
        no gradient back (its input is kept so the picture can show the cut)."""
        return _node(self.data, "detach", (self,), None, None, False)

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
    """A Tensor as it is; anything else a constant leaf, tagged "int64"/"bool" for Python ints and
    bools and for numpy integer and bool arrays (PyTorch keeps integer arithmetic integer)."""
    if isinstance(x, Tensor):
        return x
    t = Tensor(x, role="constant")
    kind = x.dtype.kind if isinstance(x, (np.ndarray, np.generic)) else None
    if isinstance(x, bool) or kind == "b":
        t.dtype = "bool"
    elif isinstance(x, int) or kind in ("i", "u"):
        t.dtype = "int64"
    return t


# PyTorch's integer results (data stay float64; the tag says how the value is an integer):
# - ops that move or pick values keep their inputs' tag ("bool" stays "bool");
# - integer arithmetic on int64/bool inputs gives int64; everything else (div, mean, exp, ...) float64.
_KEEPS_TAG = frozenset({"getitem", "reshape", "transpose", "permute", "expand", "cat", "stack", "detach", "where",
                        "tril", "triu", "masked_fill", "maximum", "minimum", "amax", "amin", "max_all", "min_all",
                        "max_dim", "min_dim"})
_INTEGER_OPS = frozenset({"add", "sub", "mul", "neg", "abs", "sum", "prod", "matmul", "relu", "sign", "floor",
                          "ceil", "round", "trunc"})


def _integer_dtype(op: str, inputs: tuple, attrs: dict | None) -> str:
    """The tag of an op's result when no input is float64."""
    tags = {i.dtype for i in inputs}
    if op in _KEEPS_TAG:
        return tags.pop() if len(tags) == 1 else "int64"
    if op in _INTEGER_OPS:
        return "int64"
    if op == "pow":
        p = attrs["p"]
        return "int64" if p >= 0 and float(p).is_integer() else "float64"
    if op == "clamp":
        bounds = [b for b in (attrs.get("min"), attrs.get("max")) if b is not None]
        return "int64" if all(isinstance(b, (int, np.integer)) for b in bounds) else "float64"
    return "float64"


def apply(opname: str, *inputs, source: Source | None = None, **attrs) -> Tensor:
    """Run one op forward and record the node that remembers how."""
    forward = OPS[opname].forward
    ins = inputs
    for x in inputs:
        if type(x) is not Tensor:  # numbers and arrays become constant leaves
            ins = tuple(map(as_tensor, inputs))
            break
    # Plain calls where they do: unpacking *args and **kwargs costs as much as a small op.
    # FAST_RUN(f, ...) is run_quiet(f, ...) without its Python frame: NaN and ∞ show up in the graph,
    # not as numpy warnings. It raises RuntimeError when its Context is busy (a nested call,
    # another thread): run_quiet then finds another way.
    try:
        if len(ins) == 1:
            out = FAST_RUN(forward, ins[0].data, **attrs) if attrs else FAST_RUN(forward, ins[0].data)
        elif len(ins) == 2 and not attrs:
            out = FAST_RUN(forward, ins[0].data, ins[1].data)
        else:
            out = FAST_RUN(forward, *map(_data, ins), **attrs)
    except RuntimeError:
        out = run_quiet(forward, *map(_data, ins), **attrs)
    if len(ins) == 1:
        rg = ins[0]._rg
    elif len(ins) == 2:
        rg = ins[0]._rg or ins[1]._rg
    else:
        rg = any(i._rg for i in ins)
    return _node(out, opname, ins, attrs or None, source, rg)


def _binary(opname: str, a, b) -> Tensor:
    """apply(opname, a, b), for the operators: two inputs, no attrs, no source."""
    if type(a) is not Tensor:
        a = as_tensor(a)
    if type(b) is not Tensor:
        b = as_tensor(b)
    forward = OPS[opname].forward
    try:
        out = FAST_RUN(forward, a.data, b.data)
    except RuntimeError:  # see apply()
        out = run_quiet(forward, a.data, b.data)
    return _node(out, opname, (a, b), None, None, a._rg or b._rg)


def _node(data, op: str, inputs: tuple, attrs: dict | None, source: Source | None, rg: bool) -> Tensor:
    """Tensor(data, None, "intermediate", op, inputs, attrs, source), for apply(): the same fields,
    set without __init__'s keyword handling (a third of a small op's recording cost). rg: whether
    an input requires grad. With grad mode off (no_grad) the result is a constant leaf: no op, no
    inputs, as PyTorch keeps no history there."""
    t = _new(Tensor)
    t.id = next(_ids)
    t.data = data if type(data) is np.ndarray and data.dtype is _F64 else np.asarray(data, dtype=np.float64)
    t.grad = None
    t.name = None
    t._freed = False
    for i in inputs:  # nearly always the first input is float64: one comparison
        if i.dtype == "float64":
            t.dtype = "float64"
            break
    else:
        t.dtype = _integer_dtype(op, inputs, attrs) if inputs else "float64"
    state = STATE
    t.source = source if source is not None else state.source
    if state.grad:
        t.op = op
        t.inputs = inputs
        t.attrs = attrs
        t._role = "intermediate"
        t._rg = rg
        t.group = state.group
    else:  # PyTorch: what no_grad computes is a leaf without history; keeping none is also fast
        t.op = None
        t.inputs = ()
        t.attrs = None
        t._role = "constant"
        t._rg = False
        t.group = None
    return t


def tensor(data, name: str | None = None, role: str = "input", requires_grad: bool = True) -> Tensor:
    """A leaf: an input (default), a parameter or a constant (requires_grad=False: no gradient)."""
    if not requires_grad and role == "input":
        role = "constant"
    return Tensor(np.array(data, dtype=np.float64), name=name, role=role)
