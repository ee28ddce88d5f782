"""The recording state new nodes read: grad mode, the group (box) they belong to, their source.

PyTorch's `with torch.no_grad():` is a mode, not an argument; so are the composite or module box
a node is drawn in and the program position it came from. The state is per process: graphs are
recorded on one thread at a time.
"""
from __future__ import annotations

import itertools


class Group:
    """A box of nodes that belong together (a softmax, a loss, a Linear layer); groups nest.
    kind: "function" for the engine's composites (softmax, cross_entropy, ...), "module" (the
    default) for what the language opens (a module call)."""
    __slots__ = ("id", "title", "parent", "kind")
    _ids = itertools.count()

    def __init__(self, title: str, parent: "Group | None" = None, kind: str = "module"):
        self.id = next(Group._ids)
        self.title = title
        self.parent = parent
        self.kind = kind

    def __repr__(self):
        return f"Group({self.title!r}, {self.kind}, id={self.id})"


class _State:
    __slots__ = ("grad", "group", "source")

    def __init__(self):
        self.grad = True  # new op nodes require grad when an input does
        self.group = None  # the innermost open Group
        self.source = None  # the Source given to nodes made without one


STATE = _State()


def is_grad_enabled() -> bool:
    return STATE.grad


def set_grad_enabled(mode: bool) -> None:
    STATE.grad = bool(mode)


class _grad:  # noqa: N801
    __slots__ = ("mode", "_before")

    def __init__(self, mode: bool):
        self.mode = mode

    def __enter__(self) -> None:
        self._before = STATE.grad
        STATE.grad = self.mode

    def __exit__(self, *exc) -> None:
        STATE.grad = self._before


def no_grad() -> _grad:
    """Nodes made inside never require grad (they are constants: no op, no inputs, as PyTorch
    keeps no history there)."""
    return _grad(False)


def enable_grad() -> _grad:
    return _grad(True)


class group:  # noqa: N801 - used like a function: `with group("softmax"):`
    """Every node made inside belongs to one new Group (inside the one already open, if any).
    A class, not a @contextmanager generator: composites open one per call (a third of the cost)."""
    __slots__ = ("title", "kind", "_before")

    def __init__(self, title: str, kind: str = "module"):
        self.title, self.kind = title, kind

    def __enter__(self) -> Group:
        self._before = STATE.group
        g = STATE.group = Group(self.title, self._before, self.kind)
        return g

    def __exit__(self, *exc) -> None:
        STATE.group = self._before


class at:  # noqa: N801 - used like a function: `with at(source):`
    """Nodes made inside without a source of their own get this one."""
    __slots__ = ("source", "_before")

    def __init__(self, source):
        self.source = source

    def __enter__(self) -> None:
        self._before = STATE.source
        STATE.source = self.source

    def __exit__(self, *exc) -> None:
        STATE.source = self._before
