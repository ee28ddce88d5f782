"""visualgrad: see backpropagation, node by node.

    import visualgrad as vg
    x = vg.tensor(3.0, name="x")
    L = 2 * (x**2 + vg.exp(x))
    L.backward()
    x.grad  # 52.1711...
"""
from .engine import Tensor, apply, gradcheck, tensor

__version__ = "0.1.0"


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


__all__ = ["Tensor", "tensor", "parameter", "gradcheck", "exp", "log", "sqrt", "abs", "sin", "cos", "tanh",
           "sigmoid", "relu", "transpose", "maximum", "minimum", "matmul", "sum", "mean", "draw", "show",
           "__version__"]
