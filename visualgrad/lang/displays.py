"""List, tuple, dict and set displays and comprehensions -> closures (part of the compiler): the expressions that
build one value out of many, and call arguments with *unpacking."""
from __future__ import annotations

import ast

from ..i18n import tr
from .objects import MISSING


def _refuse(node, message, hint=None):
    from .errors import refuse
    return refuse(node, message, hint)


class DisplayCompiler:
    def sequence(self, elts):
        """Items of a list/tuple display or call arguments, with *unpacking."""
        parts = []
        for e in elts:
            if isinstance(e, ast.Starred):
                parts.append((True, self.expr(e.value), e))
            else:
                parts.append((False, self.expr(e), e))
        if not any(star for star, _, _ in parts):
            fs = [f for _, f, _ in parts]
            return lambda fr: [f(fr) for f in fs]
        iterate = self.run.iterate

        def items(fr):
            out = []
            for star, f, e in parts:
                if star:
                    out.extend(iterate(f(fr), e))
                else:
                    out.append(f(fr))
            return out
        return items

    def e_List(self, node):
        items = self.sequence(node.elts)
        return items

    def e_Tuple(self, node):
        items = self.sequence(node.elts)
        return lambda fr: tuple(items(fr))

    def e_Dict(self, node):
        if any(k is None for k in node.keys):
            raise _refuse(node, tr("lang", "'**' in a dict is not part of the language"))
        pairs = [(self.expr(k), self.expr(v)) for k, v in zip(node.keys, node.values)]
        run = self.run
        return lambda fr: {run.key(k(fr), node): v(fr) for k, v in pairs}

    def comprehension(self, node, make):
        """[elt for a in xs if c for b in ys] and (elt for ...) — run at once into a list."""
        gens = []
        for g in node.generators:
            if g.is_async:
                raise _refuse(node, tr("lang", "async is not part of the language"))
            gens.append((self.target(g.target), self.expr(g.iter), [self.expr(c) for c in g.ifs], g))
        elt = make()
        run = self.run

        def comp(fr):
            from .objects import Frame
            inner = Frame(dict(fr.vars) if fr.vars is not fr.glob else {}, fr.glob, fr.func, fr.self_obj, fr.outer)
            if fr.vars is fr.glob:
                inner.vars = _Overlay(fr.glob)
            out = []

            def level(k):
                if k == len(gens):
                    out.append(elt(inner))
                    return
                assign, source, ifs, g = gens[k]
                for item in run.iterate(source(inner), g.iter):
                    run.tick(g)
                    assign(inner, item)
                    if all(run.truth(c(inner), g) for c in ifs):
                        level(k + 1)
            level(0)
            return out
        return comp

    def e_Set(self, node):
        items = self.sequence(node.elts)
        run = self.run
        return lambda fr: {run.key(x, node) for x in items(fr)}

    def e_SetComp(self, node):
        items = self.comprehension(node, lambda: self.expr(node.elt))
        run = self.run
        return lambda fr: {run.key(x, node) for x in items(fr)}

    def e_DictComp(self, node):
        key, value = self.expr(node.key), self.expr(node.value)
        pairs = self.comprehension(node, lambda: lambda fr: (key(fr), value(fr)))
        run = self.run
        return lambda fr: {run.key(k, node): v for k, v in pairs(fr)}

    def e_ListComp(self, node):
        return self.comprehension(node, lambda: self.expr(node.elt))

    def e_GeneratorExp(self, node):
        return self.comprehension(node, lambda: self.expr(node.elt))


class _Overlay(dict):
    """A comprehension's own names over the module's: its loop variable does not leak (Python 3)."""

    def __init__(self, base: dict):
        super().__init__()
        self.base = base

    def get(self, key, default=None):
        v = dict.get(self, key, MISSING)
        if v is MISSING:
            return self.base.get(key, default)
        return v
