"""The Python API (`vg.tensor`, `vg.exp`, …): thin names over the engine, loaded on first use."""
from __future__ import annotations

from .engine import Tensor, apply, gradcheck  # noqa: F401 - re-exported by the package
from .engine.tensor import tensor  # noqa: F401 - (visualgrad.engine.tensor is the module)


def _unary(opname):
    def f(x):
        return apply(opname, x)
    f.__name__ = opname
    f.__doc__ = f"Elementwise {opname}, recorded in the graph."
    return f


exp, log, sqrt, abs, sin, cos, tanh, sigmoid, relu, transpose = (
    _unary(n) for n in ("exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu", "transpose"))


def maximum(a, b):
    return apply("maximum", a, b)


def minimum(a, b):
    return apply("minimum", a, b)


def matmul(a, b):
    return apply("matmul", a, b)


def sum(x, axis=None, keepdims=False):  # noqa: A001 - mirrors numpy/torch
    return apply("sum", x, axis=axis, keepdims=keepdims)


def mean(x, axis=None, keepdims=False):
    return apply("mean", x, axis=axis, keepdims=keepdims)


def parameter(data, name=None):
    """A trainable leaf (drawn light green)."""
    return tensor(data, name=name, role="parameter")


def draw(output, **options):
    """A picture of the graph that Jupyter shows and .save(path) writes (needs PySide6)."""
    from .qt.notebook import Drawing
    return Drawing(output, **options)


def show(output, **options):
    """Open the app on this graph."""
    from .qt.notebook import show_graph
    return show_graph(output, **options)



def to_networkx(output):
    """The graph as a networkx.DiGraph (nodes carry name, value, grad, op, role, line)."""
    from .graphs import to_networkx as convert
    return convert(output)


def to_graphviz(output, direction: str = "TB"):
    """The graph as a graphviz.Digraph: shows in Jupyter, .render() writes a file (needs Graphviz's dot)."""
    from .graphs import to_graphviz as convert
    return convert(output, direction)
