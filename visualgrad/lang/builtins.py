"""Python's builtins a program may call (print, range, len, zip, ...), the methods of lists, dicts and
text, the math-style language's own functions (exp, sum, tensor, param, ...), and how values print."""
from __future__ import annotations

import numpy as np

from ..engine import Tensor, apply
from ..i18n import tr
from . import tensors as T
from .errors import refuse
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


def _reduce(name, pick):
    def fn(run, args, kwargs, node):
        _no_kwargs(name, kwargs, node, ("key", "default"))
        if "key" in kwargs:
            raise refuse(node, tr("lang", "{name}(key=...) is not part of the language").format(name=name))
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


def _set(run, args, kwargs, node):
    """set(xs): Python's set of the items (numbers, text, tuples of them), as vocabularies are built."""
    _no_kwargs("set", kwargs, node, ())
    _arity("set", args, node, 0, 1)
    return {run.key(x, node) for x in run.iterate(args[0], node)} if args else set()


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
    "all": _any_all("all", all), "isinstance": _isinstance, "set": _set,
}
PY_CONSTANTS = {"True": True, "False": False, "None": None}
