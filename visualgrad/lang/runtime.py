"""What library code (visualgrad/lang/library) and the interpreter share while a program runs.

The interpreter walks the program's ast and owns control flow, names, user functions and classes.
Everything a library adds (torch., np., F., nn., math., random, micrograd) plugs in through the few
classes here, and every library function receives the run's Context as its first argument:

    def exp(ctx, x):                    # a HostFunction's fn: (ctx, *args, **kwargs) -> value
        if not isinstance(x, Tensor):
            ctx.refuse(tr("lang", "torch.exp takes a tensor"), hint="torch.exp(torch.tensor(2.0))")
        return functions.exp(x)

Values a program holds: engine Tensors (torch tensors and NumPy arrays alike; NumPy ones are
marked with ctx.mark_numpy), Python int/float/bool/str/None/list/tuple/dict/range/slice, and the
objects below. Nothing else reaches user code: a library never hands out a plain Python callable.
"""
from __future__ import annotations

from typing import Any

from ..i18n import tr
from .errors import LangError


class Refusal(LangError):
    """Raised by ctx.refuse(): a LangError at the current position, with its rewrite in the message."""


class HostObject:
    """A library value with behaviour: a namespace, a function, a module instance, a micrograd Value...

    The interpreter asks the object itself for every operation a program performs on it. The default
    for each is a positioned refusal, so a subclass only writes what its Python counterpart allows.
    `other`/`args` are interpreter values; return interpreter values.
    """
    __slots__ = ()
    lang_name = "object"  # how refusals name it: "nn.Linear", "Value", "torch.Size"

    def lang_getattr(self, ctx: "Context", name: str) -> Any:
        ctx.refuse(tr("lang", "{what} has no attribute '{name}'").format(what=self.lang_name, name=name))

    def lang_setattr(self, ctx: "Context", name: str, value) -> None:
        ctx.refuse(tr("lang", "attributes of {what} cannot be set here").format(what=self.lang_name))

    def lang_call(self, ctx: "Context", args: tuple, kwargs: dict) -> Any:
        ctx.refuse(tr("lang", "{what} cannot be called").format(what=self.lang_name))

    def lang_binop(self, ctx: "Context", op: str, other, reflected: bool) -> Any:
        """op is one of + - * / // % ** @ == != < <= > >=; reflected: `other op self`.
        Return NotImplemented to let the other operand try (then a refusal)."""
        return NotImplemented

    def lang_unary(self, ctx: "Context", op: str) -> Any:  # "-", "+", "not" is handled via lang_bool
        ctx.refuse(tr("lang", "{what} does not support unary {op}").format(what=self.lang_name, op=op))

    def lang_getitem(self, ctx: "Context", key) -> Any:
        ctx.refuse(tr("lang", "{what} cannot be indexed").format(what=self.lang_name))

    def lang_setitem(self, ctx: "Context", key, value) -> None:
        ctx.refuse(tr("lang", "items of {what} cannot be set").format(what=self.lang_name))

    def lang_iter(self, ctx: "Context"):
        """A Python iterable of interpreter values (materialised; the loop counts its operations)."""
        ctx.refuse(tr("lang", "{what} cannot be looped over").format(what=self.lang_name))

    def lang_len(self, ctx: "Context") -> int:
        ctx.refuse(tr("lang", "{what} has no len()").format(what=self.lang_name))

    def lang_bool(self, ctx: "Context") -> bool:
        return True

    def lang_str(self, ctx: "Context") -> str:
        """print(obj), str(obj), f"{obj}" (and repr: the interpreter uses the same text)."""
        return f"<{self.lang_name}>"

    def lang_format(self, ctx: "Context", spec: str) -> str:
        if spec:
            ctx.refuse(tr("lang", "{what} cannot be formatted with ':{spec}'").format(what=self.lang_name, spec=spec))
        return self.lang_str(ctx)

    def lang_enter(self, ctx: "Context") -> Any:  # `with obj as v:` (torch.no_grad())
        ctx.refuse(tr("lang", "{what} cannot be used in a with statement").format(what=self.lang_name))

    def lang_exit(self, ctx: "Context") -> None:
        pass

    def lang_tensor(self):
        """The engine Tensor this object stands for in the graph (micrograd's Value), or None."""
        return None


class Namespace(HostObject):
    """An imported module or a part of one: torch, torch.nn, numpy.random, math, micrograd.engine."""
    __slots__ = ("lang_name", "members")

    def __init__(self, name: str, members: dict):
        self.lang_name = name
        self.members = members  # attribute -> interpreter value (HostFunction, HostClass, Namespace, number)

    def lang_getattr(self, ctx, name):
        try:
            return self.members[name]
        except KeyError:
            ctx.refuse_unknown(f"{self.lang_name}.{name}", sorted(self.members), prefix=f"{self.lang_name}.")

    def lang_str(self, ctx):
        return f"<module '{self.lang_name}'>"


class HostFunction(HostObject):
    """A library function: fn(ctx, *args, **kwargs). `bound` is passed first when set (methods)."""
    __slots__ = ("lang_name", "fn", "bound")

    def __init__(self, name: str, fn, bound=None):
        self.lang_name = name
        self.fn = fn
        self.bound = bound

    def bind(self, obj) -> "HostFunction":
        return HostFunction(self.lang_name, self.fn, obj)

    def lang_call(self, ctx, args, kwargs):
        if self.bound is not None:
            return self.fn(ctx, self.bound, *args, **kwargs)
        return self.fn(ctx, *args, **kwargs)

    def lang_str(self, ctx):
        return f"<function {self.lang_name}>"


class HostClass(HostObject):
    """A library class (nn.Module, nn.Linear, micrograd's Value/Module). Calling it makes an instance;
    a user class may subclass it, and then:
      - `super().__init__(...)` calls init(ctx, instance, *args, **kwargs) with the UserObject;
      - a name not found on the user class or the instance is looked up in `methods`
        (HostFunctions taking the instance first: parameters, zero_grad, __call__...);
      - calling the instance without a user __call__ runs methods["__call__"] (nn.Module's calls
        ctx.call(ctx.getattr(instance, "forward"), x) inside ctx.group(...)).
    """
    __slots__ = ("lang_name", "methods", "_new", "_init")

    def __init__(self, name: str, new=None, init=None, methods: dict | None = None):
        self.lang_name = name
        self._new = new  # new(ctx, *args, **kwargs) -> the instance, when the class is called directly
        self._init = init  # init(ctx, user_instance, *args, **kwargs), for subclasses' super().__init__()
        self.methods = methods or {}

    def lang_call(self, ctx, args, kwargs):
        if self._new is None:
            ctx.refuse(tr("lang", "{what} is only used as a base class here").format(what=self.lang_name))
        return self._new(ctx, *args, **kwargs)

    def init(self, ctx, instance, args, kwargs):
        if self._init is not None:
            self._init(ctx, instance, *args, **kwargs)

    def lang_str(self, ctx):
        return f"<class '{self.lang_name}'>"


class UserObject:
    """An instance of a class the program defines. `attrs` keeps assignment order (nn.Module's
    parameters() order); `cls` is the interpreter's UserClass, whose `host_bases` are HostClasses."""
    __slots__ = ("cls", "attrs", "__weakref__")

    def __init__(self, cls):
        self.cls = cls
        self.attrs: dict = {}

    def isinstance_of(self, host: HostClass) -> bool:
        return host in self.cls.host_mro()


class Context:
    """The interface the interpreter gives library functions. The interpreter implements it
    (visualgrad/lang/interp.py); this class documents it and gives the shared helpers.

    Position:   ctx.refuse(message, hint=None) raises a LangError at the call being evaluated;
                ctx.refuse_unknown(name, known, prefix) refuses an unknown name with a close match.
    Graph:      ctx.grad_enabled (bool, read); ctx.no_grad() is a context manager (torch.no_grad);
                ctx.backward(tensor, gradient=None) runs and records one backward pass;
                ctx.cut(original, result, how) records that `result` came from `original` with the
                graph cut there (how: "detach", "item", "data", "tolist", "no_grad");
                ctx.group(label, kind="module") is a context manager: nodes made inside are one box.
                New nodes get their Source (line, column, statement) from the interpreter after the
                call returns; library code need not pass it.
    NumPy:      ctx.mark_numpy(t) tags a Tensor as a NumPy array (then arithmetic, methods and
                printing follow NumPy); ctx.is_numpy(t).
    Calls:      ctx.call(f, *args, **kwargs) calls any interpreter value (user function, user
                method, HostFunction, user class); ctx.getattr(obj, name) reads an attribute the way
                the program would (user objects included).
    Limits:     ctx.count(n=1) charges n operations against the run's limit (long loops in library
                code, e.g. building 50 layers).
    State:      ctx.state is a dict that lives for one run: the library keeps its random generators
                there (np.random's RandomState, random.Random, the torch-like generator).
    Notes:      ctx.note(text) adds a sentence the user sees once (e.g. that random starts are
                visualgrad's own seeded values, not PyTorch's).
    Text:       ctx.text(value) is str(value) as the program would print it; ctx.format(value, spec).
    """

    state: dict
    grad_enabled: bool

    def refuse(self, message: str, hint: str | None = None, node=None):  # pragma: no cover - interface
        raise NotImplementedError

    def refuse_unknown(self, name: str, known, prefix: str = ""):
        import difflib
        short = name.rsplit(".", 1)[-1]
        close = difflib.get_close_matches(short, list(known), n=1)
        hint = prefix + close[0] if close else None
        self.refuse(tr("lang", "'{name}' is not something visualgrad can compute").format(name=name), hint)


