"""What the program's operators, attributes, items, calls and loops do to values (a mixin of Run).

Every method takes the ast node it serves, so whatever goes wrong is refused at that place.
"""
from __future__ import annotations

import operator
import re

import numpy as np

from ..engine import Tensor
from ..engine.functions import EngineError
from ..i18n import tr
from . import tensors as T
from .errors import LangError, refuse
from .objects import MISSING, BoundMethod, HostInit, SuperProxy, UserClass, UserFunction
from .runtime import HostClass, HostObject, UserObject

NUMBERS = (int, float, bool)
_PY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow,
       "//": operator.floordiv, "%": operator.mod, "==": operator.eq, "!=": operator.ne, "<": operator.lt,
       "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_ARITH = frozenset({"+", "-", "*", "/", "**"})
MAX_ITEMS = 10_000_000  # elements a list or string may have: beyond, the machine would run out of memory
MAX_INT_BITS = 4096


class Operations:
    # ---- operators -----------------------------------------------------------------------
    def binop(self, op, a, b, node):
        ta, tb = type(a), type(b)
        if ta is Tensor or tb is Tensor:
            return self.tensor_binop(op, a, b, node)
        if ta in NUMBERS and tb in NUMBERS:
            return self.number_op(op, a, b, node)
        if isinstance(a, HostObject):
            r = self.guard(a.lang_binop, node, self, op, b, False)
            if r is not NotImplemented:
                return r
        if isinstance(b, HostObject):
            r = self.guard(b.lang_binop, node, self, op, a, True)
            if r is not NotImplemented:
                return r
        if self.plain and op in _ARITH | {"@"} and (ta is list or tb is list) \
                and all(type(v) in NUMBERS or (type(v) is list and self._numbers(v)) for v in (a, b)):
            # The math-style language: [1, 2] + [[3, 4]] is arithmetic on constant tensors, not list joining.
            return self.tensor_binop(op, *(T.constant(self.numeric(v, node)) if type(v) is list else v
                                           for v in (a, b)), node)
        if op == "%" and ta is str:
            return self.percent_format(a, b, node)
        if op in ("+", "*") and (ta in (str, list, tuple) or tb in (str, list, tuple)):
            size = _size(a) + _size(b) if op == "+" else _size(a) * (b if tb is int else 1) + _size(b) * (a if ta is int else 1)
            if size > MAX_ITEMS:
                raise refuse(node, tr("lang", "this would make a list or text of {n} items; the limit is {limit}")
                             .format(n=f"{size:,}", limit=f"{MAX_ITEMS:,}"))
            try:
                return _PY[op](a, b)
            except TypeError:
                pass
        raise refuse(node, tr("lang", "'{op}' does not work between {a} and {b}").format(
            op=op, a=self.kind(a), b=self.kind(b)))

    def percent_format(self, text: str, args, node) -> str:
        """'epoch %d loss %.4f' % (epoch, loss.item()): Python's own formatting; a one-value tensor formats
        as its number, as torch's __format__ does."""
        if any(int(w) > 10_000 for w in re.findall(r"%[-+ #0]*(\d+)", text)):
            raise refuse(node, tr("lang", "text wider than 10,000 characters"))
        items = args if type(args) is tuple else (args,)
        values = []
        for v in items:
            if isinstance(v, HostObject) and v.lang_tensor() is not None:
                v = v.lang_tensor()
            if type(v) is Tensor:
                if v.data.size != 1:
                    raise refuse(node, tr("lang", "only a tensor of one value converts to a Python number"))
                v = float(v.data.reshape(()))
            values.append(v if type(v) in (int, float, bool, str) or v is None else self.text(v, node))
        try:
            return text % (tuple(values) if type(args) is tuple else values[0])
        except (TypeError, ValueError, KeyError) as e:
            raise refuse(node, tr("lang", "this % formatting does not fit its values: {why}").format(why=e)) from None

    def number_op(self, op, a, b, node):
        if self.plain and op in _ARITH and type(a) is not bool and type(b) is not bool:
            # The math-style language: numbers are float64 constants of the graph (0/0 is NaN, drawn).
            return self.tensor_binop(op, T.constant(np.array(a, dtype=np.float64)), b, node)
        if op == "**" and type(a) is int and type(b) is int and abs(b) * max(1, a.bit_length()) > MAX_INT_BITS:
            raise refuse(node, tr("lang", "this whole number would be too large; write one of them as a "
                                          "decimal (2.0 ** 1000)"))
        if op not in _PY:  # 2 @ 3: Python refuses it too
            raise refuse(node, tr("lang", "'{op}' does not work between {a} and {b}").format(
                op=op, a=self.kind(a), b=self.kind(b)))
        try:
            r = _PY[op](a, b)
        except ZeroDivisionError:
            raise refuse(node, tr("lang", "division by zero (Python numbers; a tensor would give inf)")) from None
        except OverflowError:
            raise refuse(node, tr("lang", "the number is too large for a float")) from None
        if type(r) is int and r.bit_length() > MAX_INT_BITS:
            raise refuse(node, tr("lang", "this whole number would be too large; write one of them as a "
                                          "decimal"))
        if type(r) is complex:
            raise refuse(node, tr("lang", "this gives a complex number, which visualgrad does not compute"))
        return r

    def as_operand(self, v, node):
        if type(v) is Tensor or type(v) in NUMBERS:
            return v
        if isinstance(v, (list, tuple)):
            return T.constant(self.numeric(v, node))
        if isinstance(v, HostObject) and v.lang_tensor() is not None:
            return v.lang_tensor()
        raise refuse(node, tr("lang", "a tensor and {kind} cannot be combined here").format(kind=self.kind(v)))

    def tensor_binop(self, op, a, b, node):
        if self.fast:  # an epoch that is not shown, without autograd: numbers only, as NumPy computes them
            ta, tb = type(a), type(b)
            if (ta is Tensor or ta in NUMBERS) and (tb is Tensor or tb in NUMBERS):
                numpy = (ta is Tensor and a in self.numpy_values) or (tb is Tensor and b in self.numpy_values)
                try:
                    r = T.fast_binary(op, a, b)
                except (ValueError, EngineError) as e:
                    raise self.shape_error(op, a, b, node, e) from None
                if numpy:
                    self.numpy_values.add(r)
                return r
        if isinstance(a, HostObject) or isinstance(b, HostObject):
            other = a if isinstance(a, HostObject) else b
            r = self.guard(other.lang_binop, node, self, op, b if other is a else a, other is b)
            if r is not NotImplemented:
                return r
        numpy = (type(a) is Tensor and a in self.numpy_values) or (type(b) is Tensor and b in self.numpy_values)
        a, b = self.as_operand(a, node), self.as_operand(b, node)
        try:
            if self._fast:
                r = T.fast_binary(op, a, b)
            else:
                r = T.binary(op, a, b)
        except (ValueError, EngineError) as e:
            raise self.shape_error(op, a, b, node, e) from None
        if numpy:
            self.numpy_values.add(r)
        return r

    def shape_error(self, op, a, b, node, e) -> LangError:
        sa = tuple(np.shape(a.data if isinstance(a, Tensor) else a))
        sb = tuple(np.shape(b.data if isinstance(b, Tensor) else b))
        if op == "@" and (len(sa) == 0 or len(sb) == 0):
            msg = tr("lang", "matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a "
                             "single number: use * to multiply by a number")
        elif op == "@":
            msg = tr("lang", "matmul: shapes {a} and {b} do not line up (columns of the left must equal "
                             "rows of the right)")
        else:
            names = {"+": "add", "-": "sub", "*": "mul", "/": "div", "**": "pow"}
            msg = tr("lang", "{op}: shapes {a} and {b} cannot be broadcast together").replace("{op}", names.get(op, op))
        return refuse(node, msg.format(a=sa, b=sb))

    def unary(self, op, v, node):
        if type(v) is Tensor:
            if op == "+":
                return v
            r = T.constant(-v.data) if self._fast else T.negate(v)
            if v in self.numpy_values:
                self.numpy_values.add(r)
            return r
        if type(v) in NUMBERS:
            return -v if op == "-" else +v
        if isinstance(v, HostObject):
            return self.guard(v.lang_unary, node, self, op)
        raise refuse(node, tr("lang", "unary '{op}' does not work on {kind}").format(op=op, kind=self.kind(v)))

    def compare(self, op, a, b, node):
        if op == "is":
            return a is b
        if op == "is not":
            return a is not b
        if op in ("in", "not in"):
            if type(a) is Tensor or not isinstance(b, (list, tuple, dict, str, range, set)):
                raise refuse(node, tr("lang", "'in' works on lists, tuples, dicts and text here"))
            r = a in b
            return r if op == "in" else not r
        if type(a) is Tensor or type(b) is Tensor or isinstance(a, HostObject) or isinstance(b, HostObject):
            return self.binop(op, a, b, node)
        try:
            return _PY[op](a, b)
        except TypeError:
            raise refuse(node, tr("lang", "'{op}' does not compare {a} and {b}").format(
                op=op, a=self.kind(a), b=self.kind(b))) from None

    def truth(self, v, node) -> bool:
        t = type(v)
        if t is bool:
            return v
        if t is Tensor:
            if v.data.size != 1:
                raise refuse(node, tr("lang", "a tensor with {n} values is neither true nor false").format(
                    n=v.data.size), "(...).any() or (...).all()")
            return bool(v.data)
        if isinstance(v, HostObject):
            return bool(self.guard(v.lang_bool, node, self))
        if t in NUMBERS or v is None or t in (str, list, tuple, dict, range):
            return bool(v)
        return True

    def augmented(self, op, old, value, node):
        if type(old) is Tensor and old not in self.numpy_values and old.op is None and not self.plain:
            if T.requires_grad(old) and T.grad_enabled():
                raise refuse(node, tr("lang", "a tensor that requires grad can be changed in place only inside "
                                              "'with torch.no_grad():' (PyTorch refuses it too)"),
                             "with torch.no_grad(): w -= lr * w.grad")
            new = self.binop(op, old, value, node)
            if new.data.shape != old.data.shape:
                raise refuse(node, tr("lang", "in place, the result must keep the shape {shape}").format(
                    shape=tuple(old.data.shape)))
            self.inplace(old, new.data)
            return old
        if type(old) is list and op == "+":
            old.extend(self.iterate(value, node))
            return old
        return self.binop(op, old, value, node)

    # ---- attributes and items ---------------------------------------------------------------
    def getattr(self, obj, name, node=None):
        node = node or self.node or self.stmt
        t = type(obj)
        if t is Tensor:
            return self.with_node(node, self.library_tensor("tensor_getattr"), self, obj, name)
        if t is UserObject:
            v = obj.attrs.get(name, MISSING)
            if v is not MISSING:
                return v
            v = obj.cls.lookup(name)
            if v is not MISSING:
                return BoundMethod(v, obj) if isinstance(v, UserFunction) and not v.static else v
            for host in obj.cls.host_mro():
                m = host.methods.get(name)
                if m is not None:
                    return m.bind(obj)
            raise refuse(node, tr("lang", "'{cls}' object has no attribute '{name}'").format(cls=obj.cls.name, name=name))
        if t is UserClass:
            v = obj.lookup(name)
            if v is MISSING:
                for host in obj.host_mro():  # torch.autograd.Function's apply, on the program's subclass
                    get = getattr(host, "lang_class_getattr", None)
                    if get is not None:
                        return self.with_node(node, get, self, obj, name)
                raise refuse(node, tr("lang", "class '{cls}' has no attribute '{name}'").format(cls=obj.name, name=name))
            return v
        if t is SuperProxy:
            v = obj.cls.lookup(name, skip_self=True)
            if v is not MISSING:
                return BoundMethod(v, obj.obj) if isinstance(v, UserFunction) and not v.static else v
            for host in obj.cls.host_mro():
                if name == "__init__":
                    return HostInit(host, obj.obj)
                m = host.methods.get(name)
                if m is not None:
                    return m.bind(obj.obj)
            if name == "__init__":
                return HostInit(None, obj.obj)
            raise refuse(node, tr("lang", "super() has no attribute '{name}'").format(name=name))
        if isinstance(obj, HostClass) and name == "__init__":
            return HostInit(obj, None)
        if isinstance(obj, HostObject):
            return self.with_node(node, obj.lang_getattr, self, name)
        from .pyvalues import _LIST, py_method
        if self.plain and (t in (int, float) or (t in (list, tuple) and name not in _LIST and self._numbers(list(obj)))):
            # The math-style language reads numbers and lists of numbers as constant tensors: (0).item(), [1, 2].T
            return self.getattr(T.constant(self.numeric(obj, node)), name, node)
        return py_method(self, obj, name, node)

    def setattr(self, obj, name, value, node=None):
        node = node or self.node or self.stmt
        t = type(obj)
        if t is UserObject:
            obj.attrs[name] = value
            return
        if t is Tensor:
            self.with_node(node, self.library_tensor("tensor_setattr"), self, obj, name, value)
            return
        if t is UserClass:
            obj.ns[name] = value
            return
        if isinstance(obj, HostObject):
            self.with_node(node, obj.lang_setattr, self, name, value)
            return
        raise refuse(node, tr("lang", "attributes of {kind} cannot be set").format(kind=self.kind(obj)))

    def getitem(self, obj, key, node):
        t = type(obj)
        if t is Tensor:
            return self.with_node(node, self.library_tensor("tensor_getitem"), self, obj, key)
        if t in (list, tuple, str, range):
            if type(key) is Tensor:
                key = self.index_int(key, node)
            if type(key) is bool or not isinstance(key, (int, slice)):
                raise refuse(node, tr("lang", "a list is indexed by a whole number or a slice"))
            try:
                return obj[key]
            except IndexError:
                raise refuse(node, tr("lang", "index {i} is out of range (length {n})").format(i=key, n=len(obj))) from None
        if t is dict:
            try:
                return obj[self.key(key, node)]
            except KeyError:
                raise refuse(node, tr("lang", "the dict has no key {key!r}").format(key=key)) from None
        if isinstance(obj, HostObject):
            return self.with_node(node, obj.lang_getitem, self, key)
        if t is UserObject:
            return self.invoke(self.getattr(obj, "__getitem__", node), [key], {}, node)
        raise refuse(node, tr("lang", "{kind} cannot be indexed").format(kind=self.kind(obj)))

    def setitem(self, obj, key, value, node):
        t = type(obj)
        if t is list:
            if not isinstance(key, int) or isinstance(key, bool):
                raise refuse(node, tr("lang", "a list is indexed by a whole number"))
            try:
                obj[key] = value
            except IndexError:
                raise refuse(node, tr("lang", "index {i} is out of range (length {n})").format(i=key, n=len(obj))) from None
            return
        if t is dict:
            obj[self.key(key, node)] = value
            return
        if t is Tensor:
            self.with_node(node, self.library_tensor("tensor_setitem"), self, obj, key, value)
            return
        if isinstance(obj, HostObject):
            self.with_node(node, obj.lang_setitem, self, key, value)
            return
        raise refuse(node, tr("lang", "items of {kind} cannot be set").format(kind=self.kind(obj)))

    def key(self, k, node):
        if isinstance(k, (int, float, str, bool, tuple)) or k is None:
            return k
        raise refuse(node, tr("lang", "dict keys are numbers or text here"))

    def index_int(self, v, node) -> int:
        if type(v) is int:
            return v
        if type(v) is Tensor and v.data.size == 1 and float(v.data).is_integer():
            return int(v.data)
        if type(v) is float and v.is_integer() and self.plain:
            return int(v)
        raise refuse(node, tr("lang", "expected a whole number here"))

    # ---- iteration ------------------------------------------------------------------------
    def iterate(self, v, node):
        """A loop's items, as a sequence (range stays lazy; the operation limit bounds the loop)."""
        t = type(v)
        if t in (list, tuple, range, str):
            return v
        if t is dict or t is set:
            return list(v)
        if t is Tensor:
            n = v.data.shape[0] if v.data.ndim else None
            if n is None:
                raise refuse(node, tr("lang", "a single number cannot be looped over"))
            self.count(n)
            it = getattr(self.library, "tensor_iter", None)
            if it is not None:
                return list(self.with_node(node, it, self, v))
            get = self.library_tensor("tensor_getitem")
            return [self.with_node(node, get, self, v, i) for i in range(n)]
        if isinstance(v, HostObject):
            return list(self.with_node(node, v.lang_iter, self))
        if t is UserObject:
            raise refuse(node, tr("lang", "'{cls}' objects cannot be looped over").format(cls=v.cls.name))
        raise refuse(node, tr("lang", "{kind} cannot be looped over").format(kind=self.kind(v)))

    def unpack(self, v, n, star, node):
        items = list(self.iterate(v, node))
        if star is None:
            if len(items) != n:
                raise refuse(node, tr("lang", "{n} names to unpack into, but {m} values").format(n=n, m=len(items)))
            return items
        if len(items) < n - 1:
            raise refuse(node, tr("lang", "{n} names to unpack into, but {m} values").format(n=n - 1, m=len(items)))
        after = n - 1 - star
        return items[:star] + [items[star:len(items) - after]] + items[len(items) - after:]

    # ---- helpers ----------------------------------------------------------------------------
    def numeric(self, v, node):
        """A (nested) list of numbers -> a float64 array, or a refusal at node."""
        try:
            a = np.array(v, dtype=np.float64)
        except (ValueError, TypeError):
            shapes = {np.shape(i) for i in v} if isinstance(v, (list, tuple)) else set()
            if len(shapes) > 1:
                raise refuse(node, tr("lang", "the rows of this list have different lengths")) from None
            raise refuse(node, tr("lang", "list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]")) from None
        return a

    def kind(self, v) -> str:
        if type(v) is Tensor:
            return tr("lang", "an array") if v in self.numpy_values else tr("lang", "a tensor")
        if isinstance(v, HostObject):
            return v.lang_name
        if type(v) is UserObject:
            return f"'{v.cls.name}'"
        return {int: "int", float: "float", bool: "bool", str: "str", list: "list", tuple: "tuple",
                dict: "dict", type(None): "None"}.get(type(v), type(v).__name__)


def _size(v) -> int:
    return len(v) if isinstance(v, (str, list, tuple, set)) else 0
