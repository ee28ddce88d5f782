"""Calls (the program's functions, methods, classes, super(), library callables), imports, with and
assert, for interp.Run: each refused at the call's own position when it cannot be done as Python does."""
from __future__ import annotations

from ..i18n import tr
from .builtins import Builtin, PyMethod
from .errors import LangError, refuse
from .objects import BoundMethod, Frame, HostInit, SuperProxy, UserClass, UserFunction
from .runtime import HostClass, HostObject, UserObject

MAX_CALL_DEPTH = 100
KNOWN_MODULES = ("torch", "numpy", "math", "random", "micrograd")


class Calls:
    def invoke(self, f, args, kwargs, node):
        t = type(f)
        if t is Builtin or t is PyMethod:
            return self.guard(f.fn, node, self, args, kwargs, node)
        if t is UserFunction:
            return self.call_user(f, args, kwargs, node, None)
        if t is BoundMethod:
            return self.call_user(f.func, [f.obj, *args], kwargs, node, f.obj)
        if t is UserClass:
            return self.instantiate(f, args, kwargs, node)
        if t is HostInit:
            if f.host is None:
                if args or kwargs:
                    raise refuse(node, tr("lang", "object.__init__() takes no arguments"))
                return None
            obj = f.obj if f.obj is not None else (args.pop(0) if args else None)
            self.guard(f.host.init, node, self, obj, tuple(args), kwargs)
            return None
        if isinstance(f, HostObject):
            return self.guard(f.lang_call, node, self, tuple(args), kwargs)
        if t is UserObject:
            call = f.cls.lookup("__call__")
            if isinstance(call, UserFunction):
                return self.call_user(call, [f, *args], kwargs, node, f)
            for host in f.cls.host_mro():
                m = host.methods.get("__call__")
                if m is not None:
                    return self.guard(m.bind(f).lang_call, node, self, tuple(args), kwargs)
            raise refuse(node, tr("lang", "'{cls}' objects cannot be called: give the class a __call__ or forward "
                                          "method").format(cls=f.cls.name))
        raise refuse(node, tr("lang", "{kind} cannot be called").format(kind=self.kind(f)))

    def call_user(self, fn: UserFunction, args, kwargs, node, bound):
        key = (fn, id(bound))
        if key in self.active:
            raise refuse(node, tr("lang", "'{name}' calls itself; recursion is not part of the language").format(
                name=fn.name), tr("lang", "a for loop"))
        params = fn.params
        vars_: dict = {}
        if len(args) > len(params):
            if fn.vararg is None:
                raise refuse(node, tr("lang", "{name}() takes {n} positional arguments but {m} were given").format(
                    name=fn.name, n=len(params) - (1 if bound is not None else 0),
                    m=len(args) - (1 if bound is not None else 0)))
            vars_[fn.vararg] = tuple(args[len(params):])
        elif fn.vararg is not None:
            vars_[fn.vararg] = ()
        for p, a in zip(params, args):
            vars_[p] = a
        extra = {}
        for k, v in kwargs.items():
            if k in params or k in fn.kwonly:
                if k in vars_:
                    raise refuse(node, tr("lang", "{name}() got two values for '{arg}'").format(name=fn.name, arg=k))
                vars_[k] = v
            elif fn.kwarg is not None:
                extra[k] = v
            else:
                raise refuse(node, tr("lang", "{name}() has no parameter '{arg}'").format(name=fn.name, arg=k))
        for p in list(params) + list(fn.kwonly):
            if p not in vars_:
                if p not in fn.defaults:
                    raise refuse(node, tr("lang", "{name}() is missing the argument '{arg}'").format(name=fn.name, arg=p))
                vars_[p] = fn.defaults[p]
        if fn.kwarg is not None:
            vars_[fn.kwarg] = extra
        frame = Frame(vars_, fn.glob, fn, bound, fn.closure)
        self.call_depth += 1
        if self.call_depth > MAX_CALL_DEPTH:
            self.call_depth -= 1
            raise refuse(node, tr("lang", "calls nest more than {n} deep").format(n=MAX_CALL_DEPTH))
        self.active.add(key)
        if fn.mode is not None:
            self.enter(fn.mode, node)
        try:
            fn.body(frame)
        finally:
            if fn.mode is not None:
                self.exit(fn.mode, node)
            self.active.discard(key)
            self.call_depth -= 1
        return frame.ret

    def instantiate(self, cls: UserClass, args, kwargs, node):
        obj = UserObject(cls)
        init = cls.lookup("__init__")
        if isinstance(init, UserFunction):
            self.call_user(init, [obj, *args], kwargs, node, obj)
        else:
            hosts = cls.host_mro()
            if hosts:
                self.guard(hosts[0].init, node, self, obj, tuple(args), kwargs)
            elif args or kwargs:
                raise refuse(node, tr("lang", "{cls}() takes no arguments").format(cls=cls.name))
        return obj

    def make_super(self, fr, node):
        if fr.func is None or fr.func.owner is None or fr.self_obj is None:
            raise refuse(node, tr("lang", "super() works inside a method of a class"))
        return SuperProxy(fr.func.owner, fr.self_obj)

    def make_super_of(self, cls, obj, node):
        """super(Class, obj): the methods after Class in obj's classes, which is what super() means in
        a method of Class."""
        if not isinstance(cls, UserClass) or not isinstance(obj, UserObject) or cls not in obj.cls.mro():
            raise refuse(node, tr("lang", "super(Class, self) takes a class of the program and one of its "
                                          "instances"), "super().__init__()")
        return SuperProxy(cls, obj)

    def check_base(self, base, node):
        if isinstance(base, (UserClass, HostClass)):
            return base
        raise refuse(node, tr("lang", "a class can only be based on another class, such as nn.Module"))

    # ---- imports, with, assert ---------------------------------------------------------------------
    def check_import(self, name, node):
        top = name.split(".")[0]
        if top not in KNOWN_MODULES:
            raise refuse(node, tr("lang", "imports are limited to torch, numpy, math, random and micrograd; "
                                          "'{name}' is not one of them").format(name=name))

    def module(self, name, node):
        mods = self.library.MODULES if self.library is not None else {}
        if name not in mods:
            raise refuse(node, tr("lang", "'{name}' cannot be imported yet in visualgrad").format(name=name))
        return mods[name]

    def do_import(self, fr, name, asname, node):
        if asname:
            value = self.module(name, node)
            self.bind_name(fr, asname, value, node)
        else:
            self.module(name, node)
            top = name.split(".")[0]
            self.bind_name(fr, top, self.module(top, node), node)

    def do_import_from(self, fr, module, names, node):
        mods = self.library.MODULES if self.library is not None else {}
        for name, asname in names:
            full = f"{module}.{name}"
            if full in mods:
                value = mods[full]
            else:
                value = self.guard(self.module(module, node).lang_getattr, node, self, name)
            self.bind_name(fr, asname or name, value, node)

    def bind_name(self, fr, name, value, node):
        fr.vars[name] = value

    def enter(self, manager, node):
        if isinstance(manager, HostObject):
            return self.guard(manager.lang_enter, node, self)
        raise refuse(node, tr("lang", "only torch.no_grad() and similar go in a with statement here"))

    def exit(self, manager, node):
        if isinstance(manager, HostObject):
            self.guard(manager.lang_exit, node, self)

    def assertion(self, test, fr, node):
        try:
            ok = self.truth(test(fr), node)
        except LangError:
            self.note(tr("lang", "an assert that visualgrad could not evaluate was skipped (line {line})").format(
                line=node.lineno))
            return None
        if not ok:
            raise refuse(node, tr("lang", "this assert fails: the program would stop here"))
        return None


