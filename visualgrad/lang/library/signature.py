"""Argument binding with each library's own parameter names, order and defaults.

A host function is written as a Python function whose signature *is* the library's
(`def sum(ctx, input, dim=None, keepdim=False, *, dtype=None)`), after a first `ctx`.
`Binder` reads that signature once and then checks each call cheaply: too many positional
arguments, an unknown or repeated keyword, a missing argument. It never runs the user's text;
it only compares names. A call that passes the check is made with Python's own binding, so
defaults are the signature's.

Some libraries accept a second spelling of a name (torch.sum(x, axis=0) is dim=0, keepdims
is keepdim): `aliases` maps the spelling to the parameter it stands for.
"""
from __future__ import annotations

import difflib
import inspect

from ...engine.functions import EngineError
from ...i18n import tr
from ..runtime import HostFunction


class BindError(Exception):
    """A call whose arguments do not fit the signature; the message says what fits."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.hint = hint


class Binder:
    __slots__ = (
        "aliases",
        "keyword",
        "name",
        "npos",
        "nreq",
        "ok_kw",
        "positional",
        "required",
        "varargs",
        "varkw",
        "where",
    )

    def __init__(self, name: str, fn, aliases: dict | None = None, skip: int = 1):
        self.name = name
        params = list(inspect.signature(fn).parameters.values())[skip:]  # without ctx (and self)
        P = inspect.Parameter
        self.positional = tuple(p.name for p in params if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD))
        self.npos = len(self.positional)
        self.required = tuple(p.name for p in params if p.default is P.empty and p.kind in
                              (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY))
        self.keyword = frozenset(p.name for p in params if p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY))
        self.varargs = any(p.kind is P.VAR_POSITIONAL for p in params)
        self.varkw = any(p.kind is P.VAR_KEYWORD for p in params)
        self.aliases = aliases or {}
        self.where = {k: i for i, k in enumerate(self.positional)}  # positional parameter -> its index
        # with n positional arguments, the keywords that need no further check
        self.ok_kw = [frozenset(self.keyword - set(self.positional[:n])) for n in range(self.npos + 1)]
        # how many leading positional parameters have no default: a call with that many or more
        # positional arguments (and no keywords) needs no check
        self.nreq = 0
        for p in params:
            if p.kind not in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD) or p.default is not P.empty:
                break
            self.nreq += 1
        if any(p.kind is P.KEYWORD_ONLY and p.default is P.empty for p in params):
            self.nreq = 10 ** 6  # a required keyword-only parameter: always check

    def params_text(self) -> str:
        names = list(self.positional) + sorted(self.keyword - set(self.positional))
        return ", ".join(names) or "–"

    def check(self, args: tuple, kwargs: dict) -> dict:
        """Raise BindError unless fn(ctx, *args, **kwargs) binds; returns kwargs with aliases renamed."""
        if kwargs and self.aliases:
            kwargs = {self.aliases.get(k, k): v for k, v in kwargs.items()}
        n = len(args)
        if n > self.npos and not self.varargs:
            raise BindError(tr("lang", "{name}() takes at most {most} positional arguments ({given} given); its "
                               "parameters are: {params}")
                            .format(name=self.name, most=self.npos, given=n, params=self.params_text()))
        if kwargs:
            for k in kwargs:
                if k not in self.keyword and not self.varkw:
                    close = difflib.get_close_matches(k, sorted(self.keyword | set(self.aliases)), n=1)
                    hint = f"{self.name}(..., {close[0]}=...)" if close else ""
                    raise BindError(tr("lang", "{name}() has no parameter '{kw}'; its parameters are: {params}")
                                    .format(name=self.name, kw=k, params=self.params_text()), hint)
                if self.where.get(k, n) < n:
                    raise BindError(tr("lang", "{name}() got '{kw}' twice: by position and by name")
                                    .format(name=self.name, kw=k))
        for k in self.required:
            if k not in kwargs and self.where.get(k, n) >= n:
                raise BindError(tr("lang", "{name}() needs the argument '{kw}'; its parameters are: {params}")
                                .format(name=self.name, kw=k, params=self.params_text()))
        return kwargs


def checked(name: str, fn, aliases: dict | None = None, method: bool = False):
    """fn(ctx, *args, **kwargs) wrapped so that a call whose arguments do not fit the library's
    signature, or that the engine refuses, becomes a positioned refusal (never a traceback)."""
    binder = Binder(name, fn, aliases, skip=2 if method else 1)
    fast_max = binder.npos + method if not binder.varargs else float("inf")
    fast_min = binder.nreq + method

    ok_kw = binder.ok_kw if not binder.varargs else None

    def call(ctx, *args, **kwargs):
        # the check runs only where a call might not fit: most calls pass the two comparisons
        n = len(args)
        if not fast_min <= n <= fast_max or kwargs and (ok_kw is None or not kwargs.keys() <= ok_kw[n - method]):
            try:
                kwargs = binder.check(args[1:] if method else args, kwargs)
            except BindError as e:
                ctx.refuse(e.message, e.hint or None)
        try:
            out = fn(ctx, *args, **kwargs)
        except EngineError as e:
            ctx.refuse(str(e))
        if keeps_ints:
            keep_int(out, args, kwargs)
        return out
    keeps_ints = name.rsplit(".", 1)[-1] in INT_KEEPING
    call.binder = binder
    return call


# functions whose result is an integer (or bool) tensor when every tensor and number they get is one, as in
# PyTorch and NumPy: sums and products of ints, shapes, picks (the engine keeps every number in float64 and
# the tag says how to print it)
SHAPE_OPS = frozenset({"reshape", "view", "flatten", "ravel", "unsqueeze", "squeeze", "expand_dims", "t", "transpose",
                       "swapaxes", "permute", "expand", "cat", "concat", "concatenate", "stack", "vstack", "hstack",
                       "clone", "copy", "max", "min", "amax", "amin", "where", "maximum", "minimum", "clamp", "clip"})
INT_KEEPING = SHAPE_OPS | {"sum", "prod", "abs", "absolute", "neg", "negative", "square", "matmul", "mm", "mv", "dot",
                           "outer", "add", "sub", "mul", "subtract", "multiply", "sign", "floor", "ceil", "trunc",
                           "round", "around"}


def keep_int(out, args, kwargs):
    from ...engine import Tensor
    t = getattr(out, "values", out) if not isinstance(out, Tensor) else out
    if not isinstance(t, Tensor) or getattr(t, "dtype", "float64") != "float64":
        return
    tags = set()

    def walk(v):
        if isinstance(v, Tensor):
            tags.add(getattr(v, "dtype", "float64"))
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, float):
            tags.add("float64")
    for v in list(args) + list(kwargs.values()):
        walk(v)
    if not tags or "float64" in tags or not tags <= {"int64", "bool"}:
        return
    t.dtype = "bool" if tags == {"bool"} and out_kind_shape(t) else "int64"


def out_kind_shape(t) -> bool:
    return t.op in ("reshape", "permute", "transpose", "getitem", "cat", "stack", "expand", "amax", "amin",
                    "max_dim", "min_dim", "where", "detach")


def export(table: dict, qualname: str, name: str | None = None, aliases: dict | None = None,
           method: bool = False):
    """Decorator: table[name] = a HostFunction called `qualname` running the checked fn."""
    def register(fn):
        key = name or qualname.rsplit(".", 1)[-1]
        table[key] = HostFunction(qualname, checked(qualname, fn, aliases, method))
        return fn
    return register
