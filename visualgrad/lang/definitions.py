"""def, lambda and class -> closures (part of the compiler): functions and classes of the program, and the one
decorator family that means something here, @torch.no_grad() and its kin."""
from __future__ import annotations

import ast

from ..i18n import tr
from .objects import RETURN, UserClass, UserFunction

_GRAD_MODES = ("no_grad", "enable_grad", "inference_mode")


def _refuse(node, message, hint=None):
    from .errors import refuse
    return refuse(node, message, hint)


class DefinitionCompiler:
    def function(self, node, name: str, compile_body):
        """A `def` or a `lambda` -> fr -> UserFunction. Defaults are evaluated when the definition runs, as
        Python does; the body is compiled once, as a function's (return allowed, no enclosing loop)."""
        a = node.args
        if a.posonlyargs:
            raise _refuse(node, tr("lang", "'/' in parameters is not part of the language"))
        params = [p.arg for p in a.args]
        defaults = [self.expr(d) for d in a.defaults]
        kwonly = [p.arg for p in a.kwonlyargs]
        kwdefaults = {p.arg: self.expr(d) for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None}
        self.func_depth += 1
        saved, self.loop_depth = self.loop_depth, 0
        body = compile_body()
        self.loop_depth = saved
        self.func_depth -= 1
        vararg, kwarg = (a.vararg.arg if a.vararg else None), (a.kwarg.arg if a.kwarg else None)

        def make(fr):
            d = {p: f(fr) for p, f in zip(params[len(params) - len(defaults):], defaults)}
            d.update({p: f(fr) for p, f in kwdefaults.items()})
            fn = UserFunction(name, params, d, vararg, kwonly, kwarg, body, fr.glob, node)
            fn.closure = fr.closure()
            return fn
        return make

    def is_staticmethod(self, dec) -> bool:
        return self.class_depth > 0 and isinstance(dec, ast.Name) and dec.id == "staticmethod"

    def s_FunctionDef(self, node):
        mode = self.grad_mode_decorator(node)
        static = any(self.is_staticmethod(d) for d in node.decorator_list)
        self.check_name(node, node.name)
        make = self.function(node, node.name, lambda: self.block(node.body))
        name = node.name
        target = self.target(ast.Name(name, ast.Store(), lineno=node.lineno, col_offset=node.col_offset + 4,
                                      end_lineno=node.lineno, end_col_offset=node.col_offset + 4 + len(name)))

        def def_(fr):
            fn = make(fr)
            fn.static = static
            if mode is not None:
                fn.mode = mode(fr)
            target(fr, fn)
        return def_

    def e_Lambda(self, node):
        """lambda a, b=1: expr — a function whose body returns expr, called as a def is."""
        def compile_body():
            value = self.expr(node.body)

            def body(fr):
                fr.ret = value(fr)
                return RETURN
            return body
        return self.function(node, "<lambda>", compile_body)

    def grad_mode_decorator(self, node):
        """@torch.no_grad(), @torch.enable_grad(), @torch.inference_mode() (with or without the call, as
        PyTorch allows): every call of the function runs in that grad mode. @staticmethod in a class body
        (torch.autograd.Function's forward and backward) is handled by s_FunctionDef. Any other decorator is
        refused."""
        decorators = [d for d in node.decorator_list if not self.is_staticmethod(d)]
        if not decorators:
            return None
        dec = decorators[0]
        call = dec if isinstance(dec, ast.Call) else None
        name = dotted(call.func if call is not None else dec)
        if len(decorators) > 1 or name is None or name.split(".")[-1] not in _GRAD_MODES:
            raise _refuse(dec, tr("lang", "decorators are not part of the language"),
                          tr("lang", "remove the @ line"))
        made = self.expr(dec if call is not None else ast.copy_location(
            ast.Call(func=dec, args=[], keywords=[]), dec))

        def mode(fr):
            value = made(fr)
            if not callable(getattr(value, "lang_enter", None)):
                raise _refuse(dec, tr("lang", "decorators are not part of the language"),
                              tr("lang", "remove the @ line"))
            return value
        return mode

    def s_ClassDef(self, node):
        if node.decorator_list:
            raise _refuse(node.decorator_list[0], tr("lang", "decorators are not part of the language"),
                          tr("lang", "remove the @ line"))
        if node.keywords:
            raise _refuse(node.keywords[0].value, tr("lang", "metaclasses and class keywords are not part of the "
                                                              "language"))
        self.check_name(node, node.name)
        bases = [self.expr(b) for b in node.bases]
        self.class_depth += 1
        body = self.block(node.body)
        self.class_depth -= 1
        run = self.run
        name = node.name
        target = self.target(ast.Name(name, ast.Store(), lineno=node.lineno, col_offset=node.col_offset + 6,
                                      end_lineno=node.lineno, end_col_offset=node.col_offset + 6 + len(name)))

        def class_(fr):
            from .objects import Frame
            base_values = [run.check_base(b(fr), node) for b in bases]
            ns: dict = {}
            body(Frame(ns, fr.glob, outer=fr.closure(), is_class=True))
            cls = UserClass(name, base_values, ns, node)
            for v in ns.values():
                if isinstance(v, UserFunction):
                    v.owner = cls
            target(fr, cls)
        return class_


def dotted(node) -> str | None:
    """torch.no_grad -> "torch.no_grad"; anything but names and attributes -> None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])
