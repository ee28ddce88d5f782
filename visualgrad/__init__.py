"""visualgrad: see backpropagation, node by node.

    import visualgrad as vg
    x = vg.tensor(3.0, name="x")
    L = 2 * (x**2 + vg.exp(x))
    L.backward()
    x.grad  # 52.171073846375336
"""
from .version import __version__

__all__ = ["Tensor", "tensor", "parameter", "gradcheck", "exp", "log", "sqrt", "abs", "sin", "cos", "tanh",
           "sigmoid", "relu", "transpose", "maximum", "minimum", "matmul", "sum", "mean", "draw", "show",
           "to_networkx", "to_graphviz", "apply", "__version__"]


def __getattr__(name: str):
    """The API loads with its first use, not with the package: `visualgrad` (the app) must show its
    window before numpy and the engine are imported, which is most of its start-up time."""
    if name in __all__:
        from . import api
        value = getattr(api, name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
