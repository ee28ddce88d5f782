"""Statements -> closures (part of the compiler): assignment, control flow, import, with (def and class are in
definitions.py)."""
from __future__ import annotations

import ast

from ..i18n import tr
from .objects import BREAK, CONTINUE, RETURN

_AUG = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.MatMult: "@", ast.Pow: "**",
        ast.FloorDiv: "//", ast.Mod: "%"}


def _refuse(node, message, hint=None):
    from .errors import refuse
    return refuse(node, message, hint)


def is_training_loop(node: ast.AST) -> bool:
    """A loop that trains: it calls .backward() or .step(), or updates something with -= (NumPy style)."""
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("backward", "step"):
            return True
        if isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Sub):
            return True
    return False


class StatementCompiler:
    def block(self, body: list):
        stmts = [self.stmt(s) for s in body]
        run = self.run
        n = len(stmts)
        if n == 1:
            only = stmts[0]

            def one(fr):
                run.steps += 1
                if run.steps > run.max_steps:
                    run.over_limit(body[0])
                return only(fr)
            return one

        def block(fr):
            run.steps += n
            if run.steps > run.max_steps:
                run.over_limit(body[0])
            for s in stmts:
                sig = s(fr)
                if sig is not None:
                    return sig
            return None
        return block

    def stmt(self, node):
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise self.refuse_stmt(node)
        ex = method(node)
        if self.func_depth == 0 and self.class_depth == 0:
            return self.run.top_statement(node, ex)
        return ex

    def refuse_stmt(self, node):
        kind = type(node).__name__
        hints = {
            "Try": (tr("lang", "try/except is not part of the language"), tr("lang", "remove the try: and keep its body")),
            "Raise": (tr("lang", "raise is not part of the language"), None),
            "Global": (tr("lang", "'global' is not part of the language"), tr("lang", "return the new value")),
            "Nonlocal": (tr("lang", "'nonlocal' is not part of the language"), tr("lang", "return the new value")),
            "Delete": (tr("lang", "del is not part of the language"), None),
            "AsyncFunctionDef": (tr("lang", "async is not part of the language"), None),
            "AsyncFor": (tr("lang", "async is not part of the language"), None),
            "AsyncWith": (tr("lang", "async is not part of the language"), None),
            "Match": (tr("lang", "match is not part of the language"), "if/elif/else"),
            "TryStar": (tr("lang", "try/except is not part of the language"), None),
        }
        msg, hint = hints.get(kind, (tr("lang", "'{kind}' is not part of the language").format(kind=kind), None))
        line, col = node.lineno, node.col_offset + 1
        from .errors import LangError, with_hint
        return LangError(with_hint(msg, hint), line, col, len(kind.lower()) if kind != "AsyncFunctionDef" else 5)

    # ---- simple statements ---------------------------------------------------------------
    def s_Pass(self, node):
        return lambda fr: None

    def s_Break(self, node):
        if not self.loop_depth:
            raise _refuse(node, tr("lang", "'break' outside a loop"))
        return lambda fr: BREAK

    def s_Continue(self, node):
        if not self.loop_depth:
            raise _refuse(node, tr("lang", "'continue' outside a loop"))
        return lambda fr: CONTINUE

    def s_Expr(self, node):
        value = self.expr(node.value)
        if self.func_depth == 0 and self.class_depth == 0 and self.run.plain:
            run = self.run
            return lambda fr: run.top_value(value(fr), node)

        def expr_stmt(fr):
            value(fr)
        return expr_stmt

    def s_Assign(self, node):
        value = self.expr(node.value)
        targets = [self.target(t) for t in node.targets]
        if len(targets) == 1:
            t = targets[0]
            return lambda fr: t(fr, value(fr))

        def assign(fr):
            v = value(fr)
            for t in targets:
                t(fr, v)
        return assign

    def s_AnnAssign(self, node):
        if node.value is None:
            return lambda fr: None
        value = self.expr(node.value)
        t = self.target(node.target)
        return lambda fr: t(fr, value(fr))

    def target(self, node):
        """-> assign(frame, value) for a name, a tuple/list pattern, an attribute or an item."""
        run = self.run
        if isinstance(node, ast.Name):
            name = node.id
            self.check_name(node, name)
            if self.func_depth == 0 and self.class_depth == 0:
                return lambda fr, v: run.bind_top(fr, name, v, node)

            def bind(fr, v):
                fr.vars[name] = v
            return bind
        if isinstance(node, (ast.Tuple, ast.List)):
            star = [i for i, e in enumerate(node.elts) if isinstance(e, ast.Starred)]
            if len(star) > 1:
                raise _refuse(node, tr("lang", "only one '*' name in an unpacking"))
            subs = [self.target(e.value if isinstance(e, ast.Starred) else e) for e in node.elts]
            k = star[0] if star else None

            def unpack(fr, v):
                items = run.unpack(v, len(subs), k, node)
                for s, item in zip(subs, items):
                    s(fr, item)
            return unpack
        if isinstance(node, ast.Attribute):
            obj = self.expr(node.value)
            name = node.attr
            if name.startswith("__"):
                raise _refuse(node, tr("lang", "attributes starting with '__' are not part of the language"))
            return lambda fr, v: run.setattr(obj(fr), name, v, node)
        if isinstance(node, ast.Subscript):
            obj = self.expr(node.value)
            key = self.index(node.slice)
            return lambda fr, v: run.setitem(obj(fr), key(fr), v, node)
        raise _refuse(node, tr("lang", "only names, attributes and items can be assigned to"))

    def s_AugAssign(self, node):
        op = _AUG.get(type(node.op))
        if op is None:
            raise _refuse(node, tr("lang", "this operator is not part of the language"))
        value = self.expr(node.value)
        run = self.run
        t = node.target
        if isinstance(t, ast.Name):
            load = self.expr(ast.Name(t.id, ast.Load(), lineno=t.lineno, col_offset=t.col_offset,
                                      end_lineno=t.end_lineno, end_col_offset=t.end_col_offset))
            store = self.target(t)
            return lambda fr: store(fr, run.augmented(op, load(fr), value(fr), node))
        if isinstance(t, ast.Attribute):
            obj = self.expr(t.value)
            name = t.attr

            def aug_attr(fr):
                o = obj(fr)
                run.setattr(o, name, run.augmented(op, run.getattr(o, name, t), value(fr), node), t)
            return aug_attr
        if isinstance(t, ast.Subscript):
            obj = self.expr(t.value)
            key = self.index(t.slice)

            def aug_item(fr):
                o, k = obj(fr), key(fr)
                run.setitem(o, k, run.augmented(op, run.getitem(o, k, t), value(fr), node), t)
            return aug_item
        raise _refuse(node, tr("lang", "only names, attributes and items can be assigned to"))

    def s_Assert(self, node):
        test = self.expr(node.test)
        return lambda fr: self.run.assertion(test, fr, node)

    def s_Return(self, node):
        if not self.func_depth:
            raise _refuse(node, tr("lang", "'return' outside a function"))
        value = self.expr(node.value) if node.value is not None else (lambda fr: None)

        def ret(fr):
            fr.ret = value(fr)
            return RETURN
        return ret

    def s_Import(self, node):
        run = self.run
        names = [(a.name, a.asname, a) for a in node.names]
        for name, _, a in names:
            run.check_import(name, node)
        return lambda fr: [run.do_import(fr, name, asname, node) for name, asname, a in names] and None

    def s_ImportFrom(self, node):
        run = self.run
        module = node.module or ""
        if node.level:
            raise _refuse(node, tr("lang", "relative imports are not part of the language"))
        if module == "__future__":
            return lambda fr: None
        if any(a.name == "*" for a in node.names):
            raise _refuse(node, tr("lang", "'import *' is not part of the language"),
                          f"import {module}")
        run.check_import(module, node)
        names = [(a.name, a.asname) for a in node.names]
        return lambda fr: run.do_import_from(fr, module, names, node)

    # ---- compound statements -------------------------------------------------------------
    def s_If(self, node):
        test = self.expr(node.test)
        body = self.block(node.body)
        orelse = self.block(node.orelse) if node.orelse else None
        truth = self.run.truth

        def if_(fr):
            if truth(test(fr), node.test):
                return body(fr)
            if orelse is not None:
                return orelse(fr)
            return None
        return if_

    def s_For(self, node):
        if node.orelse:
            raise _refuse(node.orelse[0], tr("lang", "'else' after a loop is not part of the language"))
        assign = self.target(node.target)
        source = self.expr(node.iter)
        self.loop_depth += 1
        body = self.block(node.body)
        self.loop_depth -= 1
        run = self.run
        training = self.class_depth == 0 and is_training_loop(node)
        replay = None
        if training and self.func_depth == 0 and run.module_tree is not None:
            from .replay import replayable
            if replayable(node, run.module_tree):
                self.loop_depth += 1
                sides = [self.stmt(s) for s in node.body if not isinstance(s, (ast.Assign, ast.AugAssign))]
                self.loop_depth -= 1
                replay = (node.target.id, sides, len(node.body))

        def for_(fr):
            items = run.iterate(source(fr), node.iter)
            loop = run.enter_loop(node, training, len(items), replay)
            try:
                for k, item in enumerate(items):
                    loop.iteration(k, fr)
                    assign(fr, item)
                    if loop.replaying:
                        loop.replay.epoch(fr)
                        continue
                    sig = body(fr)
                    loop.after_body(k)
                    if sig is BREAK:
                        break
                    if sig is RETURN:
                        return sig
            finally:
                loop.close()
            return None
        return for_

    def s_While(self, node):
        if node.orelse:
            raise _refuse(node.orelse[0], tr("lang", "'else' after a loop is not part of the language"))
        test = self.expr(node.test)
        self.loop_depth += 1
        body = self.block(node.body)
        self.loop_depth -= 1
        run = self.run
        training = self.class_depth == 0 and is_training_loop(node)

        def while_(fr):
            loop = run.enter_loop(node, training, None, None)
            try:
                k = 0
                while run.truth(test(fr), node.test):
                    loop.iteration(k, fr)
                    k += 1
                    sig = body(fr)
                    if sig is BREAK:
                        break
                    if sig is RETURN:
                        return sig
            finally:
                loop.close()
            return None
        return while_

    def s_With(self, node):
        if len(node.items) != 1:
            raise _refuse(node, tr("lang", "one context per 'with', as in: with torch.no_grad():"))
        item = node.items[0]
        ctx_expr = self.expr(item.context_expr)
        assign = self.target(item.optional_vars) if item.optional_vars is not None else None
        body = self.block(node.body)
        run = self.run

        def with_(fr):
            manager = ctx_expr(fr)
            entered = run.enter(manager, item.context_expr)
            try:
                if assign is not None:
                    assign(fr, entered)
                return body(fr)
            finally:
                run.exit(manager, item.context_expr)
        return with_
