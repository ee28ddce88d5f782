"""Python's ast -> closures, once per program; an allow-list: every other node is refused where it stands.

Each expression becomes `ev(frame) -> value` and each statement `ex(frame) -> None | BREAK | CONTINUE |
RETURN`. Compiling once keeps a 10,000-epoch loop to a few closure calls per node and iteration.
Expressions only combine values; all meaning (operators, calls, attributes) is the interpreter's
(`Run`), so this file is about the shape of the language.
"""
from __future__ import annotations

import ast

from ..i18n import tr
from .definitions import DefinitionCompiler
from .displays import DisplayCompiler
from .errors import LangError, refuse, where  # noqa: F401 - the compiler's vocabulary, re-exported
from .objects import BREAK, CONTINUE, MISSING, RETURN, UserFunction
from .statements import StatementCompiler

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.MatMult: "@", ast.Pow: "**",
           ast.FloorDiv: "//", ast.Mod: "%"}
_CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
           ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
ALLOWED_DUNDERS = {"__init__", "__call__", "__name__", "__len__", "__getitem__", "__repr__", "__str__"}


class Compiler(DisplayCompiler, DefinitionCompiler, StatementCompiler):
    def __init__(self, run):
        self.run = run
        self.loop_depth = 0
        self.func_depth = 0
        self.class_depth = 0

    # ---- expressions ------------------------------------------------------------------
    def expr(self, node: ast.expr):
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            raise self.refuse_expr(node)
        return method(node)

    def refuse_expr(self, node) -> LangError:
        kind = type(node).__name__
        hints = {
            "NamedExpr": (tr("lang", "':=' is not part of the language"), "y = x * 2  (on its own line)"),
            "Await": (tr("lang", "await is not part of the language"), None),
            "Yield": (tr("lang", "generators (yield) are not part of the language"), "return a list"),
            "YieldFrom": (tr("lang", "generators (yield) are not part of the language"), "return a list"),
        }
        msg, hint = hints.get(kind, (tr("lang", "'{kind}' is not part of the language").format(kind=kind), None))
        return refuse(node, msg, hint)

    def e_Constant(self, node):
        v = node.value
        if isinstance(v, (bytes, complex)) or v is Ellipsis and not getattr(node, "_in_index", False):
            if v is Ellipsis:
                return lambda fr: Ellipsis
            raise refuse(node, tr("lang", "{kind} values are not part of the language").format(
                kind=type(v).__name__))
        return lambda fr: v

    def e_Name(self, node):
        name = node.id
        self.check_name(node, name)
        run = self.run
        if name == "__name__":
            return lambda fr: "__main__"

        def load(fr):
            v = fr.vars.get(name, MISSING)
            if v is MISSING:
                if fr.outer is not None:
                    v = fr.outer.get(name, MISSING)
                    if v is not MISSING:
                        return v
                v = fr.glob.get(name, MISSING)
                if v is MISSING:
                    return run.free_name(name, node)
            return v
        return load

    def check_name(self, node, name: str):
        if name.startswith("__") and name not in ALLOWED_DUNDERS:
            raise refuse(node, tr("lang", "names starting with '__' are reserved"))

    def e_BinOp(self, node):
        # a + b + c + ... is a left-leaning chain as deep as it is long: walk it as a loop.
        chain = []
        left = node
        while isinstance(left, ast.BinOp) and type(left.op) in _BINOPS:
            chain.append(left)
            left = left.left
        if isinstance(left, ast.BinOp):
            raise refuse(left, tr("lang", "this operator is not part of the language"))
        chain.reverse()
        first = self.expr(left)
        steps = [(_BINOPS[type(b.op)], self.expr(b.right), b) for b in chain]
        binop = self.run.binop
        if len(steps) == 1:
            op, right, b = steps[0]
            return lambda fr: binop(op, first(fr), right(fr), b)

        def chained(fr):
            v = first(fr)
            for op, right, b in steps:
                v = binop(op, v, right(fr), b)
            return v
        return chained

    def e_UnaryOp(self, node):
        operand = self.expr(node.operand)
        run = self.run
        if isinstance(node.op, ast.Not):
            return lambda fr: not run.truth(operand(fr), node)
        if isinstance(node.op, ast.Invert):
            raise refuse(node, tr("lang", "'~' is not part of the language"), "not x")
        op = "-" if isinstance(node.op, ast.USub) else "+"
        return lambda fr: run.unary(op, operand(fr), node)

    def e_BoolOp(self, node):
        values = [self.expr(v) for v in node.values]
        truth = self.run.truth
        if isinstance(node.op, ast.And):
            def and_(fr):
                v = None
                for f in values:
                    v = f(fr)
                    if not truth(v, node):
                        return v
                return v
            return and_

        def or_(fr):
            v = None
            for f in values:
                v = f(fr)
                if truth(v, node):
                    return v
            return v
        return or_

    def e_Compare(self, node):
        left = self.expr(node.left)
        rest = [(_CMPOPS[type(op)], self.expr(c), c) for op, c in zip(node.ops, node.comparators)]
        run = self.run
        if len(rest) == 1:
            op, right, c = rest[0]
            return lambda fr: run.compare(op, left(fr), right(fr), node)

        def chained(fr):
            a = left(fr)
            result = True
            for op, right, c in rest:
                b = right(fr)
                result = run.compare(op, a, b, node)
                if not run.truth(result, node):
                    return result
                a = b
            return result
        return chained

    def e_IfExp(self, node):
        test, body, orelse = self.expr(node.test), self.expr(node.body), self.expr(node.orelse)
        truth = self.run.truth
        return lambda fr: body(fr) if truth(test(fr), node) else orelse(fr)

    def e_Attribute(self, node):
        name = node.attr
        if name.startswith("__") and name not in ALLOWED_DUNDERS:
            raise refuse(node, tr("lang", "attributes starting with '__' are not part of the language"))
        obj = self.expr(node.value)
        getattr_ = self.run.getattr
        return lambda fr: getattr_(obj(fr), name, node)

    def e_Subscript(self, node):
        obj = self.expr(node.value)
        key = self.index(node.slice)
        getitem = self.run.getitem
        return lambda fr: getitem(obj(fr), key(fr), node)

    def index(self, node):
        if isinstance(node, ast.Slice):
            lo = self.expr(node.lower) if node.lower else None
            hi = self.expr(node.upper) if node.upper else None
            st = self.expr(node.step) if node.step else None
            run = self.run
            return lambda fr: slice(run.index_int(lo(fr), node) if lo else None,
                                    run.index_int(hi(fr), node) if hi else None,
                                    run.index_int(st(fr), node) if st else None)
        if isinstance(node, ast.Tuple):
            parts = [self.index(e) for e in node.elts]
            return lambda fr: tuple(p(fr) for p in parts)
        if isinstance(node, ast.Constant) and node.value is Ellipsis:
            return lambda fr: Ellipsis
        return self.expr(node)

    def e_Slice(self, node):
        return self.index(node)

    def e_Starred(self, node):
        raise refuse(node, tr("lang", "'*' unpacking goes in a list, a tuple or a call's arguments"))

    def e_JoinedStr(self, node):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                s = v.value
                parts.append(lambda fr, s=s: s)
            else:
                parts.append(self.e_FormattedValue(v))
        return lambda fr: "".join(p(fr) for p in parts)

    def e_FormattedValue(self, node):
        value = self.expr(node.value)
        spec = self.e_JoinedStr(node.format_spec) if node.format_spec is not None else None
        conv = node.conversion
        run = self.run

        def fmt(fr):
            v = value(fr)
            if conv in (ord("r"), ord("s"), ord("a")):
                v = run.text(v, node, repr_=conv != ord("s"))
            return run.format(v, spec(fr) if spec else "", node)
        return fmt

    def callee(self, node):
        """The function of a call: a name that is not defined is an unknown function, not a free input."""
        if not isinstance(node, ast.Name) or node.id == "__name__":
            return self.expr(node)
        name = node.id
        self.check_name(node, name)
        run = self.run

        def load(fr):
            v = fr.vars.get(name, MISSING)
            if v is MISSING:
                if fr.outer is not None:
                    v = fr.outer.get(name, MISSING)
                    if v is not MISSING:
                        return v
                v = fr.glob.get(name, MISSING)
                if v is MISSING:
                    v = run.builtins.get(name, MISSING)
                    if v is MISSING:
                        run.unknown_function(name, node)
            return v
        return load

    def e_Call(self, node):
        if _is_explicit_super(node):  # super(Net, self), as older tutorials write it
            cls, obj = (self.expr(a) for a in node.args)
            run = self.run
            return lambda fr: run.make_super_of(cls(fr), obj(fr), node)
        func = self.callee(node.func) if not _is_super(node) else None
        args = self.sequence(node.args)
        kws = []
        for k in node.keywords:
            if k.arg is None:
                kws.append((None, self.expr(k.value)))
            else:
                kws.append((k.arg, self.expr(k.value)))
        run = self.run
        if func is None:  # super(): the method's class and instance
            return lambda fr: run.make_super(fr, node)
        if not kws:
            return lambda fr: run.invoke(func(fr), args(fr), {}, node)

        def call(fr):
            f = func(fr)
            kwargs = {}
            for name, val in kws:
                if name is None:
                    d = val(fr)
                    if not isinstance(d, dict):
                        raise refuse(node, tr("lang", "'**' needs a dict"))
                    kwargs.update(d)
                else:
                    kwargs[name] = val(fr)
            return run.invoke(f, args(fr), kwargs, node)
        return call

def _is_explicit_super(node: ast.Call) -> bool:
    return (isinstance(node.func, ast.Name) and node.func.id == "super" and len(node.args) == 2
            and not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args))


def _is_super(node: ast.Call) -> bool:
    return isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args and not node.keywords


__all__ = ["Compiler", "refuse", "where", "BREAK", "CONTINUE", "RETURN", "UserFunction"]
