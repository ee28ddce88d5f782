"""Python values as a program sees them: the methods of lists, dicts and text it may call, and how any
value prints (print, str, f-strings)."""
from __future__ import annotations

from ..engine import Tensor
from ..i18n import tr
from .builtins import MAX_ITEMS, PyMethod
from .errors import refuse
from .runtime import HostObject, UserObject

# ---- methods of lists, dicts and text -----------------------------------------------------------------
_LIST = {"append", "extend", "pop", "insert", "index", "count", "copy", "reverse", "clear"}
_DICT = {"items", "keys", "values", "get", "copy", "update", "pop", "setdefault"}
_SET = {"add", "update", "discard", "remove", "union", "intersection", "difference", "copy", "clear"}
_STR = {"format", "join", "upper", "lower", "strip", "split", "replace", "startswith", "endswith", "ljust",
        "rjust", "center", "title", "capitalize"}


def py_method(run, obj, name, node):
    t = type(obj)
    allowed = _LIST if t is list else _DICT if t is dict else _STR if t is str else _SET if t is set else set()
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
        if t is set and name in ("add", "discard", "remove"):
            return method(r.key(args[0], n) if args else None) if len(args) == 1 and not kwargs else method(*args)
        if t is set and name in ("update", "union", "intersection", "difference"):
            return method(*[{r.key(x, n) for x in r.iterate(a, n)} for a in args])
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
        # inside a printed list Python shows repr: NumPy's array([1., 2.]) / np.float64(0.25)
        name = "tensor_repr" if repr_ and getattr(run.library, "tensor_repr", None) is not None else "tensor_text"
        return run.guard(run.library_tensor(name), node, run, v)
    if t in (list, tuple):
        inner = ", ".join(text_of(run, x, True, node) for x in v)
        return f"[{inner}]" if t is list else (f"({inner},)" if len(v) == 1 else f"({inner})")
    if t is dict:
        return "{" + ", ".join(f"{text_of(run, k, True, node)}: {text_of(run, x, True, node)}" for k, x in v.items()) + "}"
    if t is range:
        return repr(v)
    if t is set:
        return "{" + ", ".join(text_of(run, x, True, node) for x in v) + "}" if v else "set()"
    if isinstance(v, HostObject):
        return run.guard(v.lang_str, node, run)
    if t is UserObject:
        from .objects import MISSING
        for m in ("__repr__", "__str__") if repr_ else ("__str__", "__repr__"):
            if v.cls.lookup(m) is not MISSING:
                return run.text(run.invoke(run.getattr(v, m, node), [], {}, node), node)
        for host in v.cls.host_mro():  # a subclass of nn.Module prints PyTorch's module tree
            m = host.methods.get("__repr__")
            if m is not None:
                return run.text(run.guard(m.bind(v).lang_call, node, run, (), {}), node)
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
