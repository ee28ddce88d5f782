"""xor-mlp: the Catalan article's 2-2-1 sigmoid network on the four XOR points, in two views.

The network, exactly as the article's numpy code (columns are examples):

    X = [[0, 0, 1, 1], [0, 1, 0, 1]]    Y = [[0, 1, 1, 0]]
    Z1 = W1 @ X + b1;  A1 = sigmoid(Z1)     W1 2×2, b1 2×1
    Z2 = W2 @ A1 + b2; A2 = sigmoid(Z2)     W2 1×2, b2 1×1
    L = mean((A2 - Y)**2)                   learning rate 0.1

Initial weights: the article's own, `np.random.seed(42); W1 = randn(2, 2); W2 = randn(1, 2)`
(drawn here from `np.random.RandomState(42)`, the same stream, without touching numpy's global
state), biases zero. See `article_weights()`.

The article's gradients are not the gradient of its loss. It writes
`dZ2 = (A2 - Y)·σ'(Z2)` and `dW2 = (1/m)·dZ2 @ A1ᵀ`: that is the gradient of
`mean((A2 - Y)**2) / 2`, so it drops the 2 of d(u²)/du = 2u. Our autograd
differentiates the loss the article prints, `mean((A2 - Y)**2)`, so every gradient
here is exactly twice the article's, and training with η = 0.1 here equals the
article's training with η = 0.2 (the article's run is ours with η = 0.05).
What that means after 10,000 epochs from the article's weights:
  - here (true gradient, η = 0.1): loss 0.01564, A2 ≈ [0.118, 0.879, 0.879, 0.139]: XOR learned;
  - the article's loop (η = 0.1, half gradient): loss 0.1818, A2 ≈ [0.256, 0.642, 0.574, 0.593]:
    not yet (the last point is still above 0.5); it needs about twice the epochs.

Two views of the same numbers (param `view`):
  "tensor"  nodes are the matrices (15 nodes); the app draws them as small heat maps.
  "scalar"  micrograd style: every weight, every input entry and every intermediate is its own
            scalar node, for ALL FOUR examples, so the loss and every weight's gradient are the
            same as in the tensor view (94 nodes). Nodes are named after the matrix entry they
            are, zero-based like numpy: W1_01 is W1[0, 1], Z1_12 is Z1[1, 2] (hidden unit 1,
            example 2), W1X_12 is (W1 @ X)[1, 2]. Groups collapse each example.
"""
from __future__ import annotations

import numpy as np

from ..engine import Source, Tensor, ancestors, apply
from ..fmt import format_number
from ..i18n import tr
from ..lang.labels import labels as _labels
from .base import Preset, PresetError, PresetGraph, check_shape

XOR_X = np.array([[0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])
XOR_Y = np.array([[0.0, 1.0, 1.0, 0.0]])
LEARNING_RATE = 0.1
EPOCHS = 10_000  # the article's

STATEMENTS = {
    1: "X = [[0, 0, 1, 1], [0, 1, 0, 1]]",
    2: "Y = [[0, 1, 1, 0]]",
    3: "W1 = randn(2, 2); b1 = zeros(2, 1)   # np.random.seed(42)",
    4: "W2 = randn(1, 2); b2 = zeros(1, 1)",
    5: "Z1 = W1 @ X + b1",
    6: "A1 = sigmoid(Z1)",
    7: "Z2 = W2 @ A1 + b2",
    8: "A2 = sigmoid(Z2)",
    9: "L = mean((A2 - Y)**2)",
}
LEAF_LINES = {"X": 1, "Y": 2, "W1": 3, "b1": 3, "W2": 4, "b2": 4}
PARAMETERS = ("W1", "b1", "W2", "b2")


def article_weights() -> dict:
    """W1, b1, W2, b2 as the article makes them: np.random.seed(42), randn for W, zeros for b."""
    rng = np.random.RandomState(42)  # the legacy stream np.random.seed(42) drives
    W1 = rng.randn(2, 2)
    W2 = rng.randn(1, 2)
    return {"W1": W1, "b1": np.zeros((2, 1)), "W2": W2, "b2": np.zeros((1, 1))}


def xor_arrays(values: dict | None = None) -> dict:
    """The article's weights and data, with `values` (any of W1, b1, W2, b2, X, Y) put in."""
    arrays = article_weights()
    arrays["X"] = XOR_X.copy()
    arrays["Y"] = XOR_Y.copy()
    for name, v in (values or {}).items():
        if name not in arrays:
            raise PresetError(tr("presets", "preset {preset} has no input or weight named '{name}' "
                                            "(it has: {known})").format(preset="xor-mlp", name=name,
                                                                      known=", ".join(arrays)))
        arrays[name] = check_shape(name, v, arrays[name].shape)
    return arrays


def _src(line: int) -> Source:
    return Source(line, 1, STATEMENTS[line])


def _named(t: Tensor, name: str) -> Tensor:
    t.name = name
    return t


def tensor_view(arrays: dict) -> PresetGraph:
    """The article's network with matrices as nodes."""
    leaves = {}
    for name in ("X", "Y", "W1", "b1", "W2", "b2"):
        role = "parameter" if name in PARAMETERS else ("input" if name == "X" else "constant")
        leaves[name] = Tensor(arrays[name].copy(), name=name, role=role, source=_src(LEAF_LINES[name]))
    X, Y, W1, b1, W2, b2 = (leaves[k] for k in ("X", "Y", "W1", "b1", "W2", "b2"))
    m1 = apply("matmul", W1, X, source=_src(5))
    Z1 = _named(apply("add", m1, b1, source=_src(5)), "Z1")
    A1 = _named(apply("sigmoid", Z1, source=_src(6)), "A1")
    m2 = apply("matmul", W2, A1, source=_src(7))
    Z2 = _named(apply("add", m2, b2, source=_src(7)), "Z2")
    A2 = _named(apply("sigmoid", Z2, source=_src(8)), "A2")
    d = apply("sub", A2, Y, source=_src(9))
    sq = apply("pow", d, p=2.0, source=_src(9))
    L = _named(apply("mean", sq, axis=None, keepdims=False, source=_src(9)), "L")
    L.role = "output"
    order = [X, Y, W1, b1, W2, b2, m1, Z1, A1, m2, Z2, A2, d, sq, L]
    order.sort(key=lambda n: n.id)
    # No groups: 15 nodes fit a slide, and a collapsed layer would hide W1 and W2, which the
    # narration names at every step (an export collapses groups by default).
    return PresetGraph(L, _labels(order), dict(STATEMENTS), {}, leaves, order,
                       {"input": X, "prediction": A2, "target": Y})


def scalar_view(arrays: dict) -> PresetGraph:
    """Every weight its own scalar node (micrograd style), over all four examples.

    The sums are written in the same order as the matrix products (w_j0·x_0k + w_j1·x_1k, then + b),
    and the mean as (e0 + e1 + e2 + e3) / 4, so the numbers match the tensor view to rounding.
    """
    leaves, groups = {}, {}

    def leaf(name, value, role, line):
        t = Tensor(float(value), name=name, role=role, source=_src(line))
        leaves[name] = t
        return t

    W1 = [[leaf(f"W1_{j}{i}", arrays["W1"][j, i], "parameter", 3) for i in range(2)] for j in range(2)]
    b1 = [leaf(f"b1_{j}", arrays["b1"][j, 0], "parameter", 3) for j in range(2)]
    W2 = [leaf(f"W2_0{j}", arrays["W2"][0, j], "parameter", 4) for j in range(2)]
    b2 = leaf("b2", arrays["b2"][0, 0], "parameter", 4)
    X, Y = arrays["X"], arrays["Y"]
    errors, outputs, inputs, targets = [], [], [], []
    for k in range(X.shape[1]):
        title = tr("presets", "example {k}: x = ({a}, {b}), y = {y}").format(
            k=k + 1, a=format_number(X[0, k]), b=format_number(X[1, k]), y=format_number(Y[0, k]))
        made = []
        xs = [leaf(f"X_{i}{k}", X[i, k], "input", 1) for i in range(2)]
        y = leaf(f"Y_0{k}", Y[0, k], "constant", 2)
        made += xs + [y]
        hidden = []
        for j in range(2):
            p0 = apply("mul", W1[j][0], xs[0], source=_src(5))
            p1 = apply("mul", W1[j][1], xs[1], source=_src(5))
            s = _named(apply("add", p0, p1, source=_src(5)), f"W1X_{j}{k}")  # (W1 @ X)[j, k]
            z = _named(apply("add", s, b1[j], source=_src(5)), f"Z1_{j}{k}")
            a = _named(apply("sigmoid", z, source=_src(6)), f"A1_{j}{k}")
            hidden.append(a)
            made += [p0, p1, s, z, a]
        q0 = apply("mul", W2[0], hidden[0], source=_src(7))
        q1 = apply("mul", W2[1], hidden[1], source=_src(7))
        s2 = _named(apply("add", q0, q1, source=_src(7)), f"W2A1_0{k}")
        z2 = _named(apply("add", s2, b2, source=_src(7)), f"Z2_0{k}")
        a2 = _named(apply("sigmoid", z2, source=_src(8)), f"A2_0{k}")
        d = apply("sub", a2, y, source=_src(9))
        e = _named(apply("pow", d, p=2.0, source=_src(9)), f"E_{k}")
        made += [q0, q1, s2, z2, a2, d, e]
        groups.update({n.id: title for n in made})
        errors.append(e)
        outputs.append(a2)
        inputs.append(xs)
        targets.append(y)
    total = errors[0]
    for e in errors[1:]:
        total = apply("add", total, e, source=_src(9))
    total.name = "E_sum"
    four = Tensor(float(len(errors)), role="constant", source=_src(9))
    L = _named(apply("div", total, four, source=_src(9)), "L")
    L.role = "output"
    order = ancestors(L)
    return PresetGraph(L, _labels(order), dict(STATEMENTS), groups, leaves, order,
                       {"outputs": outputs, "targets": targets, "inputs": inputs})


class XorPreset(Preset):
    """xor-mlp. values: W1, b1, W2, b2, X, Y as matrices (both views); params: view = "tensor" | "scalar".

    named (tensor view): "input" X, "prediction" A2, "target" Y. The Trainer always trains the
    tensor view (same numbers, fewer nodes) and shows whichever view it was asked for.
    """
    trainable = True
    learning_rate = LEARNING_RATE
    training_params = {"view": "tensor"}

    def __init__(self):
        super().__init__(
            "xor-mlp", "Catalan article",
            lambda: tr("presets", "XOR network"),
            lambda: tr("presets", "The article's 2-2-1 sigmoid network on the four XOR points, mean squared "
                                  "error, learning rate 0.1; matrices or one node per weight"),
            params={"view": "tensor"}, choices={"view": ("tensor", "scalar")})

    def _build(self, values: dict, params: dict) -> PresetGraph:
        arrays = xor_arrays(values)
        return scalar_view(arrays) if params["view"] == "scalar" else tensor_view(arrays)

    def leaf_names(self) -> tuple:
        return ("X", "Y") + PARAMETERS


# ---- the decision-boundary map (as TensorFlow Playground draws it) --------------------------------
MAP_RANGE = (-0.5, 1.5)  # the input square the map covers: the four XOR points and a margin


def decision_map(params: dict, n: int = 48, lo: float = MAP_RANGE[0], hi: float = MAP_RANGE[1]) -> np.ndarray:
    """The network's output A2 on an n×n grid of inputs (x₁ along columns, x₂ down rows, x₂ = hi first).

    The same forward pass as the graph (Z1 = W1 @ X + b1, A1 = σ(Z1), Z2 = W2 @ A1 + b2, A2 = σ(Z2)),
    with the grid's points as the columns of X.
    """
    xs = np.linspace(lo, hi, n)
    x1, x2 = np.meshgrid(xs, xs[::-1])
    X = np.vstack([x1.ravel(), x2.ravel()])
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in PARAMETERS)
    with np.errstate(over="ignore"):  # σ of a huge negative number is 0, as in the graph
        A1 = 1.0 / (1.0 + np.exp(-(W1 @ X + b1)))
        A2 = 1.0 / (1.0 + np.exp(-(W2 @ A1 + b2)))
    return A2.reshape(n, n)
