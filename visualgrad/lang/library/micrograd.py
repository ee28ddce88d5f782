"""micrograd, verbatim: `from micrograd.engine import Value` (micrograd.nn is micrograd_nn.py).

A Value does what micrograd's does, step for step:
- its graph has micrograd's shape: a - b is a + (b * -1), a / b is a * b**-1, -a is a * -1;
- `.data` is micrograd's own Python arithmetic (ints stay ints), and `.backward()` runs micrograd's
  algorithm on the Values (root grad 1, `+=` into every node's grad, intermediates included, so a
  second backward() adds up as micrograd's does); tanh is the lecture's (e^2x − 1)/(e^2x + 1);
- each Value also stands for an engine node (lang_tensor) so the graph is drawn and the backward
  pass is recorded for the timeline (ctx.backward)."""
from __future__ import annotations

import math

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .common import NUMBER
from .signature import checked


def _refuse_math(ctx, what, e):
    ctx.refuse(tr("lang", "{what}: {error} (micrograd's Value stops here too)").format(what=what, error=str(e)))


class Value(HostObject):
    __slots__ = ("__weakref__", "_back", "_op", "_prev", "data", "grad", "label", "t")
    lang_name = "Value"

    def __init__(self, data, t, prev=(), op="", back=None):
        self.data = data
        self.grad = 0
        self.t = t
        # micrograd keeps set(_children): a Value used twice in one op (a * a) is one child
        self._prev = tuple(dict.fromkeys(prev))
        self._op = op
        self._back = back
        self.label = ""

    def lang_tensor(self):
        return self.t

    # ---- micrograd's operators ------------------------------------------------------------------------
    def add(self, ctx, other):
        other = lift(ctx, other)
        out = Value(self.data + other.data, vf.add(self.t, other.t), (self, other), "+")

        def back():
            self.grad += out.grad
            other.grad += out.grad
        out._back = back
        return out

    def mul(self, ctx, other):
        other = lift(ctx, other)
        out = Value(self.data * other.data, vf.mul(self.t, other.t), (self, other), "*")

        def back():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._back = back
        return out

    def pow(self, ctx, k):
        if isinstance(k, Value) or not isinstance(k, (int, float)) or isinstance(k, bool):
            ctx.refuse(tr("lang", "micrograd's Value supports only int/float powers"), "a ** 2")
        try:
            data = self.data ** k
        except (ZeroDivisionError, OverflowError) as e:
            _refuse_math(ctx, "**", e)
        if isinstance(data, complex):
            ctx.refuse(tr("lang", "{b} ** {k} is a complex number; micrograd's Value holds real numbers")
                       .format(b=self.data, k=k))
        out = Value(data, vf.pow(self.t, float(k)), (self,), f"**{k}")

        def back():
            self.grad += (k * self.data ** (k - 1)) * out.grad
        out._back = back
        return out

    def relu(self, ctx):
        out = Value(max(self.data, 0), vf.relu(self.t), (self,), "ReLU")

        def back():
            self.grad += (out.data > 0) * out.grad
        out._back = back
        return out

    def tanh(self, ctx):
        x = self.data
        try:
            t = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
        except OverflowError as e:
            _refuse_math(ctx, "tanh", e)
        out = Value(t, vf.tanh(self.t), (self,), "tanh")

        def back():
            self.grad += (1 - t ** 2) * out.grad
        out._back = back
        return out

    def exp(self, ctx):
        try:
            data = math.exp(self.data)
        except OverflowError as e:
            _refuse_math(ctx, "exp", e)
        out = Value(data, vf.exp(self.t), (self,), "exp")

        def back():
            self.grad += out.data * out.grad
        out._back = back
        return out

    def neg(self, ctx):
        return self.mul(ctx, -1)

    def backward(self, ctx):
        # the engine's pass, for the picture and the timeline; micrograd never frees a graph
        ctx.backward(self.t, None, True)
        topo, seen, stack = [], set(), [(self, False)]
        while stack:  # micrograd's recursive build_topo, without the recursion limit
            v, done = stack.pop()
            if done:
                topo.append(v)
                continue
            if id(v) in seen:
                continue
            seen.add(id(v))
            stack.append((v, True))
            stack.extend((c, False) for c in reversed(v._prev))
        self.grad = 1
        for v in reversed(topo):
            if v._back is not None:
                v._back()

    # ---- the interpreter's hooks ---------------------------------------------------------------------
    def lang_binop(self, ctx, op, other, reflected):
        if not isinstance(other, (Value,) + NUMBER):
            return NotImplemented
        if op == "==":
            return self is other
        if op == "!=":
            return self is not other
        ctx.count()
        # micrograd's dunders: __radd__/__rmul__ are self + other / self * other; a - b is a + (-b)
        # (-b is plain negation for a number); b - a is (-a) + b; a / b is a * b**-1; b / a is a**-1 * b
        if op == "+":
            return self.add(ctx, other)
        if op == "*":
            return self.mul(ctx, other)
        if op == "-":
            if reflected:
                return self.neg(ctx).add(ctx, other)
            return self.add(ctx, other.neg(ctx) if isinstance(other, Value) else -other)
        if op == "/":
            if reflected:
                return self.pow(ctx, -1).mul(ctx, other)
            if isinstance(other, Value):
                return self.mul(ctx, other.pow(ctx, -1))
            try:
                return self.mul(ctx, other ** -1)
            except ZeroDivisionError as e:
                _refuse_math(ctx, "/", e)
        if op == "**" and not reflected:
            return self.pow(ctx, other)
        return NotImplemented

    def lang_unary(self, ctx, op):
        if op == "-":
            ctx.count()
            return self.neg(ctx)
        return super().lang_unary(ctx, op)

    def lang_getattr(self, ctx, name):
        if name in ("data", "grad", "label", "_op"):
            return getattr(self, name)
        if name == "_prev":
            return list(self._prev)
        m = _METHODS.get(name)
        if m is not None:
            return m.bind(self)
        ctx.refuse_unknown(f"Value.{name}", ["data", "grad", "label", "relu", "tanh", "exp", "backward"], prefix=".")

    def lang_setattr(self, ctx, name, value):
        if name == "grad":
            if not isinstance(value, (int, float)):
                ctx.refuse(tr("lang", "a Value's grad is a number"), "p.grad = 0")
            self.grad = value
        elif name == "data":
            if not isinstance(value, (int, float)):
                ctx.refuse(tr("lang", "a Value's data is a number"), "p.data += -0.01 * p.grad")
            self.data = value
            # a fresh leaf: the graph already drawn keeps the numbers it was computed with
            self.t = vf.leaf(float(value), requires_grad=True, name=self.t.name, role=self.t.role)
        elif name == "label":
            self.label = value
            self.t.name = str(value) or None
        else:
            ctx.refuse(tr("lang", "a Value has data, grad and label; '{name}' cannot be set").format(name=name))

    def lang_str(self, ctx):
        return f"Value(data={self.data!r}, grad={self.grad!r})"

    def lang_format(self, ctx, spec):
        if spec:
            ctx.refuse(tr("lang", "unsupported format string passed to Value.__format__"), f"{{v.data:{spec}}}")
        return self.lang_str(ctx)


def lift(ctx, other) -> Value:
    """micrograd's `other if isinstance(other, Value) else Value(other)`: a number becomes a constant."""
    if isinstance(other, Value):
        return other
    if isinstance(other, NUMBER):
        return Value(other, vf.constant(float(other)))
    ctx.refuse(tr("lang", "micrograd's Value combines with numbers and Values, not this"))


def _method(name, fn):
    return HostFunction(f"Value.{name}", checked(f"Value.{name}", fn, method=True))


_METHODS = {
    "relu": _method("relu", lambda ctx, self: self.relu(ctx)),
    "tanh": _method("tanh", lambda ctx, self: self.tanh(ctx)),
    "exp": _method("exp", lambda ctx, self: self.exp(ctx)),
    "backward": _method("backward", lambda ctx, self: self.backward(ctx)),
}


def new_value(ctx, data, _children=(), _op="", label=""):
    if isinstance(data, Value) or not isinstance(data, (int, float)):
        ctx.refuse(tr("lang", "Value takes a number"), "Value(2.0)")
    v = Value(data, vf.leaf(float(data), requires_grad=True, name=label or None, role="input"))
    v.label = label
    return v


VALUE = HostClass("Value", new=checked("Value", new_value))


ENGINE = {"Value": VALUE}
