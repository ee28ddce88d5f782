"""Program -> computation graph. Walks our own tree with the engine's ops; never Python's eval."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import numpy as np

from ..engine import OPS, Source, Tensor, ancestors, apply
from ..fmt import format_number
from ..i18n import tr
from .errors import LangError
from .parser import parse
from .syntax import Backward, Bin, Bool, Call, Expr, ListLit, Name, Num, Program, Unary

BINARY = {"+": "add", "-": "sub", "*": "mul", "/": "div", "@": "matmul"}
LABEL_MAX = 18  # an unnamed node is labelled by its formula when it is this short, else t1, t2, ...


@dataclass
class Built:
    """A program turned into a graph, ready for backward() and the timeline."""
    program: Program
    output: Tensor
    order: list  # every node the output depends on, topological (program order for ties)
    leaves: dict  # name -> leaf Tensor
    labels: dict = field(default_factory=dict)  # node id -> what the node is called on screen
    statements: dict = field(default_factory=dict)  # line -> statement text

    def label(self, node: Tensor) -> str:
        return self.labels[node.id]


def build(text: str | Program, values: dict | None = None) -> Built:
    program = parse(text) if isinstance(text, str) else text
    try:
        return _Builder(program, values or {}).run()
    except LangError as e:
        raise e.with_source(program.text) from None


class _Builder:
    def __init__(self, program: Program, values: dict):
        self.program = program
        self.values = {k: _given_value(k, v) for k, v in values.items()}
        self.env: dict[str, Tensor] = {}
        self.free: dict[str, Tensor] = {}
        self.leaves: dict[str, Tensor] = {}
        self.fixed: set[int] = set()
        self.stmt = None

    def run(self) -> Built:
        output, output_stmt = None, None
        for stmt in self.program.statements:
            self.stmt = stmt
            if isinstance(stmt, Backward):
                if stmt.target not in self.env:
                    raise LangError(tr("lang", "'{name}' is not defined before .backward()").format(
                        name=stmt.target), stmt.line, stmt.column, len(stmt.target))
                output, output_stmt = self.env[stmt.target], stmt
                continue
            value = self.evaluate(stmt.value)
            if stmt.target is None:
                output, output_stmt = value, stmt
                continue
            if stmt.target in self.free:
                first = self.free[stmt.target].source
                raise LangError(tr("lang", "'{name}' is used on line {line} before it is given a value here")
                                .format(name=stmt.target, line=first.line), stmt.line, stmt.column, len(stmt.target))
            self.bind(stmt.target, value, stmt.value)
            output, output_stmt = value, stmt
        if output is None:
            raise LangError(tr("lang", "nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))"))
        if output.op is None:
            raise LangError(tr("lang", "the last statement only names a value; compute something from it, "
                                       "as in L = 2*x"), output_stmt.line, output_stmt.column)
        unused = sorted(set(self.values) - set(self.leaves))
        if unused:
            inputs = [n for n, t in self.leaves.items() if t.role != "constant"]
            msg = tr("lang", "there is no input named '{name}' to set; the inputs are: {inputs}").format(
                name=unused[0], inputs=", ".join(inputs) or "–")
            close = difflib.get_close_matches(unused[0], inputs, n=1)
            if close:
                msg += tr("lang", " — did you mean '{name}'?").format(name=close[0])
            raise LangError(msg, 0, 0)
        if output.name is None:
            output.name = "L" if "L" not in self.env else "out"
        output.role = "output"
        order = ancestors(output)
        statements = {s.line: s.text for s in self.program.statements}
        return Built(self.program, output, order, self.leaves, _labels(order), statements)

    def bind(self, name: str, value: Tensor, expr: Expr):
        made_here = value.name is None and (value.op is not None or not isinstance(expr, Name))
        if made_here:
            value.name = name
            if value.op is None:
                if value.role == "constant" and value.id not in self.fixed:
                    value.role = "input"
                self.leaves[name] = value
                if name in self.values:
                    value.data = self.values[name].copy()
        self.env[name] = value

    # ---- expressions, evaluated bottom-up without recursion ---------------
    def evaluate(self, root: Expr) -> Tensor:
        done: dict[int, Tensor] = {}
        stack = [(root, False)]
        while stack:
            e, ready = stack.pop()
            kids = _children(e)
            if not ready and kids:
                stack.append((e, True))
                stack.extend((k, False) for k in reversed(kids))
                continue
            done[id(e)] = self.node(e, [done[id(k)] for k in kids])
        return done[id(root)]

    def source(self, e: Expr) -> Source:
        return Source(e.line, e.column, self.stmt.text)

    def node(self, e: Expr, kids: list) -> Tensor:
        if isinstance(e, Num):
            return Tensor(e.value, role="constant", source=self.source(e))
        if isinstance(e, ListLit):
            return Tensor(_literal(e), role="constant", source=self.source(e))
        if isinstance(e, Bool):
            raise LangError(tr("lang", "True and False only go in requires_grad=..."), e.line, e.column, e.length)
        if isinstance(e, Name):
            return self.lookup(e)
        if isinstance(e, Unary):
            return self.op(e, "neg", kids)
        if isinstance(e, Bin):
            if e.op == "**":
                if isinstance(e.right, Num):
                    return self.op(e, "pow", kids[:1], p=e.right.value)
                return self.op(e, "powv", kids)
            return self.op(e, BINARY[e.op], kids)
        return self.call(e, kids)

    def lookup(self, e: Name) -> Tensor:
        if "." in e.id:
            raise LangError(tr("lang", "'{name}' only makes sense as dtype=...").format(name=e.id),
                            e.line, e.column, e.length)
        if e.id in self.env:
            return self.env[e.id]
        leaf = self.free.get(e.id)
        if leaf is None:
            leaf = Tensor(self.values.get(e.id, 1.0), name=e.id, role="input", source=self.source(e))
            self.free[e.id] = self.leaves[e.id] = leaf
        return leaf

    def op(self, e: Expr, opname: str, kids: list, **attrs) -> Tensor:
        try:
            t = apply(opname, *kids, source=self.source(e), **attrs)  # apply() keeps numpy quiet
        except np.exceptions.AxisError:
            raise LangError(tr("lang", "{op}: axis {axis} does not exist for shape {shape}").format(
                op=opname, axis=attrs.get("axis"), shape=tuple(kids[0].shape)), e.line, e.column, e.length)
        except ValueError:
            shapes = [str(tuple(k.shape)) for k in kids]
            if opname == "matmul" and any(k.ndim == 0 for k in kids):
                msg = tr("lang", "matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a "
                                 "single number: use * to multiply by a number")
            elif opname == "matmul":
                msg = tr("lang", "matmul: shapes {a} and {b} do not line up (columns of the left must equal "
                                 "rows of the right)")
            else:
                msg = tr("lang", "{op}: shapes {a} and {b} cannot be broadcast together")
            raise LangError(msg.format(op=opname, a=shapes[0], b=shapes[-1]), e.line, e.column, e.length)
        return t

    def call(self, e: Call, kids: list) -> Tensor:
        f = e.func
        if f in ("tensor", "parameter"):
            return self.construct(e, kids)
        kw = {k: v for k, (tok, v) in e.kwargs.items()}
        if f in ("sum", "mean"):
            self.arity(e, kids, 1, 2)
            axis = self.integer(None, e.args[1]) if len(e.args) == 2 else None  # sum(W, 0), W.sum(0)
            for key in ("axis", "dim"):
                if key in kw:
                    axis = self.integer(None, kw.pop(key))
            keep = False
            for key in ("keepdims", "keepdim"):
                if key in kw:
                    keep = self.boolean(kw.pop(key))
            self.no_kwargs(e, kw)
            return self.op(e, f, kids[:1], axis=axis, keepdims=keep)
        self.no_kwargs(e, kw)
        if f in ("pow",):
            self.arity(e, kids, 2, 2)
            if isinstance(e.args[1], Num):
                return self.op(e, "pow", kids[:1], p=e.args[1].value)
            return self.op(e, "powv", kids)
        if f == "square":
            self.arity(e, kids, 1, 1)
            return self.op(e, "pow", kids, p=2.0)
        op = OPS[f]
        self.arity(e, kids, op.arity, op.arity)
        return self.op(e, f, kids)

    def construct(self, e: Call, kids: list) -> Tensor:
        self.arity(e, kids, 1, 1)
        inner = kids[0]
        if inner.op is not None or not isinstance(e.args[0], (Num, ListLit)):
            raise LangError(tr("lang", "{name}(...) takes numbers, as in {name}([1.0, 2.0])").format(
                name=e.spelled), e.line, e.column, e.length)
        kw = {k: v for k, (tok, v) in e.kwargs.items()}
        requires = self.boolean(kw.pop("requires_grad")) if "requires_grad" in kw else None
        kw.pop("dtype", None)
        self.no_kwargs(e, kw)
        t = Tensor(inner.data.copy(), role="parameter" if e.func == "parameter" else "constant",
                   source=self.source(e))
        if requires is False:
            self.fixed.add(t.id)  # stays a constant even when named
        elif requires and e.func != "parameter":
            t.role = "input"
        return t

    # ---- argument checks ---------------------------------------------------
    def arity(self, e: Call, kids: list, low: int, high: int):
        given = len(e.args) - (1 if e.spelled.startswith(".") else 0)
        low, high = (low - 1, high - 1) if e.spelled.startswith(".") else (low, high)
        if not low <= given <= high:
            want = str(low) if low == high else f"{low}–{high}"
            raise LangError(tr("lang", "{name}() takes {want} argument(s), {given} given").format(
                name=e.spelled.lstrip("."), want=want, given=given), e.line, e.column, e.length)

    def no_kwargs(self, e: Call, kw: dict):
        if kw:
            name = next(iter(kw))
            tok = e.kwargs[name][0]
            raise LangError(tr("lang", "{func}() has no option '{name}'").format(
                func=e.spelled.lstrip("."), name=name), tok.line, tok.column, len(name))

    def integer(self, value, expr: Expr) -> int:
        if isinstance(expr, Num) and float(expr.value).is_integer():
            return int(expr.value)
        raise LangError(tr("lang", "expected a whole number here"), expr.line, expr.column, expr.length)

    def boolean(self, expr: Expr) -> bool:
        if isinstance(expr, Bool):
            return expr.value
        raise LangError(tr("lang", "expected True or False here"), expr.line, expr.column, expr.length)


def _given_value(name: str, value) -> np.ndarray:
    """A value set from outside (--set, the inputs panel): a number or a rectangular list of numbers."""
    try:
        a = np.array(value)
    except (TypeError, ValueError):  # ragged lists
        a = None
    if a is None or a.dtype.kind not in "iuf":  # text, None, True/False, complex, objects
        raise LangError(tr("lang", "the value given for '{name}' is not a number or a rectangular list of numbers")
                        .format(name=name), 0, 0)
    return a.astype(np.float64)


def _children(e: Expr) -> list:
    if isinstance(e, Bin):
        return [e.left] if e.op == "**" and isinstance(e.right, Num) else [e.left, e.right]
    if isinstance(e, Unary):
        return [e.operand]
    if isinstance(e, Call):
        if e.func in ("sum", "mean") and len(e.args) > 1:
            return [e.args[0]]
        if e.func == "pow" and len(e.args) == 2 and isinstance(e.args[1], Num):
            return [e.args[0]]
        return list(e.args)
    return []


def _literal(e: Expr):
    """A list literal -> nested lists of floats; its depth is bounded by the parser."""
    if isinstance(e, Num):
        return e.value
    if isinstance(e, ListLit):
        items = [_literal(i) for i in e.items]
        shapes = {np.shape(i) for i in items}
        if len(shapes) > 1:
            raise LangError(tr("lang", "the rows of this list have different lengths"), e.line, e.column, e.length)
        return items
    raise LangError(tr("lang", "list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]"),
                    e.line, e.column, e.length)


def _labels(order: list) -> dict:
    labels, k = {}, 0
    for n in order:
        if n.name:
            labels[n.id] = n.name
        elif n.op is None:
            labels[n.id] = format_number(n.data) if n.data.ndim == 0 else "×".join(map(str, n.data.shape))
        else:
            text = OPS[n.op].formula([labels[i.id] for i in n.inputs], n.attrs or {})
            if len(text) > LABEL_MAX:
                k += 1
                text = f"t{k}"
            labels[n.id] = text
    return labels
