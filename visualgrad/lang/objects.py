"""The program's own functions and classes, as the interpreter holds them."""
from __future__ import annotations

from .runtime import HostClass, UserObject

# what a program's loss is called, when nothing else says which value is the loss
LOSS_NAMES = ("loss", "L", "cost", "J", "Loss", "error", "mse")

BREAK, CONTINUE, RETURN = 1, 2, 3  # what a statement tells the block around it
MISSING = object()


class Frame:
    """One scope: a function call's locals (or the module's names), the module's names, the return value."""
    __slots__ = ("vars", "glob", "ret", "func", "self_obj", "outer", "is_class")

    def __init__(self, vars_: dict, glob: dict, func=None, self_obj=None, outer=None, is_class=False):
        self.vars = vars_
        self.glob = glob
        self.ret = None
        self.func = func
        self.self_obj = self_obj
        self.outer = outer  # the enclosing functions' names, for a function defined inside another
        self.is_class = is_class  # a class body: its names are not seen by the methods it defines

    def closure(self):
        """What a function defined in this scope sees besides its own names and the module's."""
        if self.vars is self.glob:
            return None
        if self.is_class:
            return self.outer
        if self.outer is None:
            return self.vars
        from collections import ChainMap
        return ChainMap(self.vars, self.outer)


class UserFunction:
    """A `def`: its parameters (name, default closure or None), *args name, body closure."""
    __slots__ = ("name", "params", "defaults", "vararg", "kwonly", "kwarg", "body", "glob", "node", "owner",
                 "closure", "mode", "static")

    def __init__(self, name, params, defaults, vararg, kwonly, kwarg, body, glob, node):
        self.name = name
        self.params = params  # positional parameter names
        self.defaults = defaults  # name -> default value (evaluated at def time, as Python does)
        self.vararg = vararg
        self.kwonly = kwonly
        self.kwarg = kwarg
        self.body = body
        self.glob = glob
        self.node = node
        self.owner = None  # the UserClass whose body defined it (for super())
        self.closure = None  # the enclosing function's names (a def inside a def)
        self.mode = None  # @torch.no_grad() and the like: the grad mode every call runs in
        self.static = False  # @staticmethod: called through an instance, it gets no self


class BoundMethod:
    __slots__ = ("func", "obj")

    def __init__(self, func: UserFunction, obj):
        self.func = func
        self.obj = obj


class UserClass:
    """A `class` statement's result. Bases are UserClasses and library HostClasses (nn.Module...)."""
    __slots__ = ("name", "bases", "ns", "node")

    def __init__(self, name: str, bases: list, ns: dict, node):
        self.name = name
        self.bases = bases
        self.ns = ns
        self.node = node

    def mro(self) -> list:
        """This class, then its bases depth-first, left to right, each once (enough for single
        inheritance and the simple mixins lectures write; diamonds are not linearised like C3)."""
        out, stack = [], [self]
        while stack:
            c = stack.pop(0)
            if c not in out:
                out.append(c)
                if isinstance(c, UserClass):
                    stack[0:0] = list(c.bases)
        return out

    def lookup(self, name: str, skip_self: bool = False):
        for c in self.mro()[1 if skip_self else 0:]:
            if isinstance(c, UserClass) and name in c.ns:
                return c.ns[name]
        return MISSING

    def host_mro(self) -> list:
        return [c for c in self.mro() if isinstance(c, HostClass)]


class SuperProxy:
    """super() inside a method of `cls`, for `obj`."""
    __slots__ = ("cls", "obj")

    def __init__(self, cls: UserClass, obj: UserObject):
        self.cls = cls
        self.obj = obj


class HostInit:
    """super().__init__ when the base is a library class: runs its init on the program's instance."""
    __slots__ = ("host", "obj")

    def __init__(self, host: HostClass, obj):
        self.host = host
        self.obj = obj
