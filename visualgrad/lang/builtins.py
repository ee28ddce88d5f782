"""Python's builtins a program may call (print, range, len, zip, ...), the methods of lists, dicts and
text, the math-style language's own functions (exp, sum, tensor, param, ...), and how values print."""
from __future__ import annotations

import difflib
import math

import numpy as np

from ..engine import FUNCTIONS, Tensor, apply
from ..fmt import format_number
from ..i18n import tr
from . import tensors as T
from .compiler import refuse
from .runtime import HostObject, UserObject

MAX_ITEMS = 10_000_000


class Builtin:
    """A function the interpreter itself provides: fn(run, args, kwargs, node)."""
    __slots__ = ("name", "fn")

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn


class PyMethod(Builtin):
    """A bound method of a list, dict or str, from the short allow-list below."""
    __slots__ = ()


def _no_kwargs(name, kwargs, node, allowed=()):
    for k in kwargs:
        if k not in allowed:
            raise refuse(node, tr("lang", "{func}() has no option '{name}'").format(func=name, name=k))


def _arity(name, args, node, low, high):
    if not low <= len(args) <= high:
        want = str(low) if low == high else f"{low}–{high}"
        raise refuse(node, tr("lang", "{name}() takes {want} argument(s), {given} given").format(
            name=name, want=want, given=len(args)))


def _int(run, v, node) -> int:
    return run.index_int(v, node)


# ---- Python's builtins ---------------------------------------------------------------------------
def _print(run, args, kwargs, node):
    _no_kwargs("print", kwargs, node, ("sep", "end", "flush"))
    sep = kwargs.get("sep", " ")
    line = (sep if isinstance(sep, str) else " ").join(run.text(a, node) for a in args)
    if len(run.printed) < 20_000:
        run.printed.append((node.lineno, line))
    elif len(run.printed) == 20_000:
        run.printed.append((node.lineno, tr("lang", "… (more printed lines are not kept)")))


def _range(run, args, kwargs, node):
    _no_kwargs("range", kwargs, node)
    _arity("range", args, node, 1, 3)
    return range(*[_int(run, a, node) for a in args])


def _len(run, args, kwargs, node):
    _arity("len", args, node, 1, 1)
    v = args[0]
    if type(v) is Tensor:
        if v.data.ndim == 0:
            raise refuse(node, tr("lang", "len() of a 0-d tensor"))
        return v.data.shape[0]
    if isinstance(v, HostObject):
        return run.guard(v.lang_len, node, run)
    if isinstance(v, UserObject):
        return run.invoke(run.getattr(v, "__len__", node), [], {}, node)
    try:
        return len(v)
    except TypeError:
        raise refuse(node, tr("lang", "{kind} has no len()").format(kind=run.kind(v))) from None


def _zip(run, args, kwargs, node):
    _no_kwargs("zip", kwargs, node, ("strict",))
    seqs = [run.iterate(a, node) for a in args]
    return list(zip(*seqs))


def _enumerate(run, args, kwargs, node):
    _no_kwargs("enumerate", kwargs, node, ("start",))
    _arity("enumerate", args, node, 1, 2)
    start = _int(run, args[1] if len(args) > 1 else kwargs.get("start", 0), node)
    return list(enumerate(run.iterate(args[0], node), start))


def _list(run, args, kwargs, node):
    _arity("list", args, node, 0, 1)
    if not args:
        return []
    items = run.iterate(args[0], node)
    if len(items) > MAX_ITEMS:
        raise refuse(node, tr("lang", "a list of more than {n} items").format(n=f"{MAX_ITEMS:,}"))
    return list(items)


def _tuple(run, args, kwargs, node):
    return tuple(_list(run, args, kwargs, node))


def _dict(run, args, kwargs, node):
    out = {}
    if args:
        for pair in run.iterate(args[0], node):
            k, v = run.unpack(pair, 2, None, node)
            out[run.key(k, node)] = v
    out.update(kwargs)
    return out


def _reduce(name, pick):
    def fn(run, args, kwargs, node):
        _no_kwargs(name, kwargs, node, ("key", "default"))
        if "key" in kwargs:
            raise refuse(node, tr("lang", "{name}(key=...) is not part of the language").format(name=name))
        if run.plain and any(type(a) is Tensor for a in args) and len(args) in (1, 2):
            return _plain_minmax(name, run, args, node)
        items = list(run.iterate(args[0], node)) if len(args) == 1 else list(args)
        if not items:
            if "default" in kwargs:
                return kwargs["default"]
            raise refuse(node, tr("lang", "{name}() of an empty sequence").format(name=name))
        best = items[0]
        for v in items[1:]:
            if run.truth(run.compare(pick, v, best, node), node):
                best = v
        return best
    return fn


def _sum(run, args, kwargs, node):
    if run.plain and args and (type(args[0]) is Tensor or (isinstance(args[0], list) and run._numbers(args[0]))):
        return _plain_reduce("sum", run, args, kwargs, node)
    _no_kwargs("sum", kwargs, node, ("start",))
    _arity("sum", args, node, 1, 2)
    total = args[1] if len(args) > 1 else kwargs.get("start", 0)
    for v in run.iterate(args[0], node):
        total = run.binop("+", total, v, node)
    return total


def _abs(run, args, kwargs, node):
    _arity("abs", args, node, 1, 1)
    v = args[0]
    if run.plain and isinstance(v, list) and run._numbers(v):
        v = T.constant(run.numeric(v, node))
    if type(v) is Tensor:
        return _op(run, "abs", [v], node)
    if type(v) in (int, float, bool):
        return abs(v)
    if isinstance(v, HostObject):
        return run.guard(v.lang_unary, node, run, "abs")
    raise refuse(node, tr("lang", "abs() of {kind}").format(kind=run.kind(v)))


def _number(kind):
    def fn(run, args, kwargs, node):
        _arity(kind.__name__, args, node, 0, 1)
        if not args:
            return kind()
        v = args[0]
        if type(v) is Tensor:
            if v.data.size != 1:
                raise refuse(node, tr("lang", "only a tensor of one value converts to a Python number"))
            run.cut(v, None, "item")
            return kind(v.data.reshape(()))
        if isinstance(v, HostObject) and v.lang_tensor() is not None:
            return kind(v.lang_tensor().data.reshape(()))
        try:
            return kind(v)
        except (TypeError, ValueError, OverflowError):
            raise refuse(node, tr("lang", "{v!r} is not a number").format(v=v)) from None
    return fn


def _round(run, args, kwargs, node):
    _arity("round", args, node, 1, 2)
    v = args[0]
    if type(v) is Tensor:
        v = float(v.data.reshape(())) if v.data.size == 1 else None
    if type(v) not in (int, float, bool):
        raise refuse(node, tr("lang", "round() takes a number"))
    return round(v, _int(run, args[1], node)) if len(args) > 1 and args[1] is not None else round(v)


def _str(run, args, kwargs, node):
    _arity("str", args, node, 0, 1)
    return run.text(args[0], node) if args else ""


def _repr(run, args, kwargs, node):
    _arity("repr", args, node, 1, 1)
    return run.text(args[0], node, repr_=True)


def _bool(run, args, kwargs, node):
    return run.truth(args[0], node) if args else False


def _reversed(run, args, kwargs, node):
    _arity("reversed", args, node, 1, 1)
    return list(run.iterate(args[0], node))[::-1]


def _sorted(run, args, kwargs, node):
    _no_kwargs("sorted", kwargs, node, ("reverse",))
    items = list(run.iterate(args[0], node))
    if not all(type(i) in (int, float, bool, str) for i in items):
        raise refuse(node, tr("lang", "sorted() takes numbers or text here"))
    return sorted(items, reverse=bool(kwargs.get("reverse", False)))


def _any_all(name, fn_):
    def fn(run, args, kwargs, node):
        _arity(name, args, node, 1, 1)
        return fn_(run.truth(v, node) for v in run.iterate(args[0], node))
    return fn


def _isinstance(run, args, kwargs, node):
    _arity("isinstance", args, node, 2, 2)
    obj, cls = args
    classes = cls if isinstance(cls, tuple) else (cls,)
    for c in classes:
        if isinstance(c, Builtin) and c.name in ("int", "float", "str", "list", "tuple", "dict", "bool"):
            if type(obj).__name__ == c.name or (c.name == "float" and type(obj) is float):
                return True
        elif isinstance(obj, UserObject) and (c in obj.cls.mro()):
            return True
    return False


PY_BUILTINS = {
    "print": _print, "range": _range, "len": _len, "zip": _zip, "enumerate": _enumerate, "list": _list,
    "tuple": _tuple, "dict": _dict, "min": _reduce("min", "<"), "max": _reduce("max", ">"), "sum": _sum,
    "abs": _abs, "float": _number(float), "int": _number(int), "round": _round, "str": _str, "repr": _repr,
    "bool": _bool, "reversed": _reversed, "sorted": _sorted, "any": _any_all("any", any),
    "all": _any_all("all", all), "isinstance": _isinstance,
}
PY_CONSTANTS = {"True": True, "False": False, "None": None}


# ---- the math-style language's own functions (no import needed) ------------------------------------
def _op(run, opname, kids, node, **attrs):
    try:
        if run._fast:
            from ..engine import OPS
            with np.errstate(all="ignore"):
                return T.constant(OPS[opname].forward(*[k.data if type(k) is Tensor else np.asarray(k, float)
                                                         for k in kids], **attrs))
        return apply(opname, *kids, **attrs)
    except np.exceptions.AxisError:
        raise refuse(node, tr("lang", "{op}: axis {axis} does not exist for shape {shape}").format(
            op=opname, axis=attrs.get("axis"), shape=tuple(np.shape(kids[0].data)))) from None
    except ValueError as e:
        raise run.shape_error({"maximum": "max", "minimum": "min"}.get(opname, opname), kids[0], kids[-1], node, e) from None


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


def builtins_for(run) -> dict:
    out = {k: Builtin(k, f) for k, f in PY_BUILTINS.items()}
    out.update(PY_CONSTANTS)
    if run.plain:
        out.update({k: Builtin(k, f) for k, f in PLAIN_FUNCTIONS.items() if k not in ("abs",)})
        out["sum"] = Builtin("sum", _sum)
        out.update(PLAIN_CONSTANTS)
        out.update(_plain_namespaces())  # np.log(x), math.sqrt(x): the math-style functions (torch. is the library's)
    return out


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


# ---- methods of lists, dicts and text -----------------------------------------------------------------
_LIST = {"append", "extend", "pop", "insert", "index", "count", "copy", "reverse", "clear"}
_DICT = {"items", "keys", "values", "get", "copy", "update", "pop", "setdefault"}
_STR = {"format", "join", "upper", "lower", "strip", "split", "replace", "startswith", "endswith", "ljust",
        "rjust", "center", "title", "capitalize"}


def py_method(run, obj, name, node):
    t = type(obj)
    allowed = _LIST if t is list else _DICT if t is dict else _STR if t is str else set()
    if name not in allowed:
        if t in (int, float) and name in ("real", "imag"):
            return getattr(obj, name)
        if t is float and name == "is_integer":
            return PyMethod(name, lambda r, a, k, n: obj.is_integer())
        raise refuse(node, tr("lang", "{kind} has no attribute '{name}' here").format(kind=run.kind(obj), name=name))
    method = getattr(obj, name)

    def call(r, args, kwargs, n):
        if t is str and name == "format":
            return obj.format(*[_Formattable(r, a, n) for a in args],
                              **{k: _Formattable(r, v, n) for k, v in kwargs.items()})
        if t is str and name == "join":
            return obj.join(r.text(a, n) for a in r.iterate(args[0], n))
        if t is list and name in ("append", "insert") and len(obj) >= MAX_ITEMS:
            raise refuse(n, tr("lang", "a list of more than {n} items").format(n=f"{MAX_ITEMS:,}"))
        if t is list and name == "extend":
            return obj.extend(r.iterate(args[0], n))
        if t is dict and name == "items":
            return list(obj.items())
        if t is dict and name in ("keys", "values"):
            return list(method())
        if t is str and name in ("ljust", "rjust", "center") and args and isinstance(args[0], int) and args[0] > 10_000:
            raise refuse(n, tr("lang", "text wider than 10,000 characters"))
        return method(*args, **kwargs)
    return PyMethod(name, call)


class _Formattable:
    """A value handed to str.format: formats as the program's value would."""
    __slots__ = ("run", "v", "node")

    def __init__(self, run, v, node):
        self.run, self.v, self.node = run, v, node

    def __format__(self, spec):
        return self.run.format(self.v, spec, self.node)

    def __str__(self):
        return self.run.text(self.v, self.node)


# ---- how values print -------------------------------------------------------------------------------
def text_of(run, v, repr_: bool, node) -> str:
    t = type(v)
    if t is str:
        return repr(v) if repr_ else v
    if t in (int, float, bool) or v is None:
        return repr(v)
    if t is Tensor:
        return run.guard(run.library_tensor("tensor_text"), node, run, v)
    if t in (list, tuple):
        inner = ", ".join(text_of(run, x, True, node) for x in v)
        return f"[{inner}]" if t is list else (f"({inner},)" if len(v) == 1 else f"({inner})")
    if t is dict:
        return "{" + ", ".join(f"{text_of(run, k, True, node)}: {text_of(run, x, True, node)}" for k, x in v.items()) + "}"
    if t is range:
        return repr(v)
    if isinstance(v, HostObject):
        return run.guard(v.lang_str, node, run)
    if t is UserObject:
        from .objects import MISSING
        for m in ("__repr__", "__str__") if repr_ else ("__str__", "__repr__"):
            if v.cls.lookup(m) is not MISSING:
                return run.text(run.invoke(run.getattr(v, m, node), [], {}, node), node)
        return f"<__main__.{v.cls.name} object>"
    name = getattr(v, "name", None)
    return f"<{name}>" if name else f"<{t.__name__}>"


def format_of(run, v, spec: str, node) -> str:
    t = type(v)
    if t is Tensor:
        return run.guard(run.library_tensor("tensor_format"), node, run, v, spec)
    if isinstance(v, HostObject):
        return run.guard(v.lang_format, node, run, spec)
    if t in (int, float, bool, str) or v is None:
        try:
            return format(v, spec)
        except (ValueError, TypeError):
            raise refuse(node, tr("lang", "':{spec}' does not format {kind}").format(spec=spec, kind=run.kind(v))) from None
    if spec:
        raise refuse(node, tr("lang", "':{spec}' does not format {kind}").format(spec=spec, kind=run.kind(v)))
    return text_of(run, v, False, node)
