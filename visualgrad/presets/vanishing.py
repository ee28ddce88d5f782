"""vanishing: the Korean article's exercise (Lesson 05) as a lab.

"Build a 30-layer Linear+sigmoid stack and a 30-layer Linear+ReLU stack; forward, backward, and
compare the gradient norms of the first and the last layer." The network is the article's DeepSig:

    h0 = x                                   x: batch × width, standard normal
    h_k = act(h_{k-1} @ W_k + b_k)           k = 1 … depth   (residual: h_k = h_{k-1} + act(...))
    y = (h_depth @ W_head + b_head).sum()    the head is a Linear(width, 1)

Parameters: depth (default 30, at most 50), width 64, batch 8, activation sigmoid | tanh | relu,
residual False | True, init default | xavier | he, seed (numpy default_rng). Weights are stored
(in, out), so `h @ W` needs no transpose node: W_k here is nn.Linear's `weight.T`; its gradient
norm is the same either way. Inits, applied to every Linear including the head:
  default  PyTorch nn.Linear's own: kaiming_uniform(a=√5), i.e. W and b ~ U(−1/√fan_in, 1/√fan_in)
  xavier   Glorot uniform: W ~ U(−√(6/(fan_in + fan_out)), +…), b = 0
  he       Kaiming normal for ReLU: W ~ N(0, 2/fan_in), b = 0
Draw order (so the weights do not depend on the activation, and sigmoid vs ReLU share them):
x, then W_1, b_1, …, W_depth, b_depth, then W_head, b_head (zero biases draw nothing).

The graph is 5 nodes per layer (6 with residual) plus 7: 306 nodes at depth 50, and every
layer's nodes share one group ("layer k"), so the app can draw one node per layer.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import Source, Tensor, ancestors, apply, recompute
from ..i18n import tr
from ..lang.labels import labels as _labels
from .base import Preset, PresetError, PresetGraph, set_leaves

MAX_DEPTH = 50
MAX_WIDTH = 256
MAX_BATCH = 64
ACTIVATIONS = ("sigmoid", "tanh", "relu")
INITS = ("default", "xavier", "he")
DEFAULTS = {"depth": 30, "width": 64, "batch": 8, "activation": "sigmoid", "residual": False,
            "init": "default", "seed": 0}


def init_linear(rng: np.random.Generator, fan_in: int, fan_out: int, init: str) -> tuple:
    """(W as (fan_in, fan_out), b as (fan_out,)) drawn the way `init` says (see the module doc)."""
    if init == "default":
        bound = 1.0 / np.sqrt(fan_in)
        return rng.uniform(-bound, bound, (fan_in, fan_out)), rng.uniform(-bound, bound, fan_out)
    if init == "xavier":
        bound = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-bound, bound, (fan_in, fan_out)), np.zeros(fan_out)
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out)), np.zeros(fan_out)


def lab_arrays(depth: int = 30, width: int = 64, batch: int = 8, init: str = "default", seed: int = 0) -> dict:
    """{name: array} of x, W1, b1, …, W_head, b_head: the lab's data and weights for these settings."""
    rng = np.random.default_rng(seed)
    arrays = {"x": rng.standard_normal((batch, width))}
    for k in range(1, depth + 1):
        arrays[f"W{k}"], arrays[f"b{k}"] = init_linear(rng, width, width, init)
    arrays["W_head"], arrays["b_head"] = init_linear(rng, width, 1, init)
    return arrays


def check_params(p: dict) -> dict:
    """Validate the lab's parameters (after the preset checked names and choices); returns them cleaned."""
    out = dict(p)
    for name, top in (("depth", MAX_DEPTH), ("width", MAX_WIDTH), ("batch", MAX_BATCH)):
        v = p[name]
        if isinstance(v, bool) or not isinstance(v, (int, np.integer, float)) or v != int(v) or not 1 <= v <= top:
            raise PresetError(tr("presets", "vanishing: {name} must be a whole number from 1 to {top}, not {value!r}")
                              .format(name=name, top=top, value=v))
        out[name] = int(v)
    if p["residual"] not in (True, False, 0, 1):
        raise PresetError(tr("presets", "vanishing: residual must be True or False, not {value!r}")
                          .format(value=p["residual"]))
    out["residual"] = bool(p["residual"])
    seed = p["seed"]
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer, float)) or seed != int(seed) or seed < 0:
        raise PresetError(tr("presets", "vanishing: seed must be a whole number ≥ 0, not {value!r}")
                          .format(value=seed))
    out["seed"] = int(seed)
    return out


def statements(depth: int, activation: str, residual: bool) -> dict:
    """{line: text}: one line for x, one per layer, then the head and the sum."""
    lines = {1: "x = randn(batch, width)"}
    for k in range(1, depth + 1):
        prev = "x" if k == 1 else f"h{k - 1}"
        body = f"{activation}({prev} @ W{k} + b{k})"
        lines[k + 1] = f"h{k} = {prev} + {body}" if residual else f"h{k} = {body}"
    lines[depth + 2] = f"out = h{depth} @ W_head + b_head"
    lines[depth + 3] = "y = sum(out)"
    return lines


def build_lab(values: dict, params: dict) -> PresetGraph:
    """The lab's graph for checked params; values override x, W_k, b_k, W_head, b_head by name."""
    depth, act, residual = params["depth"], params["activation"], params["residual"]
    arrays = lab_arrays(depth, params["width"], params["batch"], params["init"], params["seed"])
    lines = statements(depth, act, residual)

    def src(line):
        return Source(line, 1, lines[line])

    leaves = {"x": Tensor(arrays["x"], name="x", role="input", source=src(1))}
    groups, weights = {}, []
    h = leaves["x"]
    for k in range(1, depth + 1):
        line = k + 1
        W = Tensor(arrays[f"W{k}"], name=f"W{k}", role="parameter", source=src(line))
        b = Tensor(arrays[f"b{k}"], name=f"b{k}", role="parameter", source=src(line))
        leaves[W.name], leaves[b.name] = W, b
        weights.append(W)
        m = apply("matmul", h, W, source=src(line))
        z = apply("add", m, b, source=src(line))
        z.name = f"z{k}"
        a = apply(act, z, source=src(line))
        made = [W, b, m, z, a]
        if residual:
            a.name = f"a{k}"
            a = apply("add", h, a, source=src(line))
            made.append(a)
        a.name = f"h{k}"
        title = tr("presets", "layer {k}").format(k=k)
        groups.update({n.id: title for n in made})
        h = a
    head_line = depth + 2
    Wh = Tensor(arrays["W_head"], name="W_head", role="parameter", source=src(head_line))
    bh = Tensor(arrays["b_head"], name="b_head", role="parameter", source=src(head_line))
    leaves["W_head"], leaves["b_head"] = Wh, bh
    m = apply("matmul", h, Wh, source=src(head_line))
    out = apply("add", m, bh, source=src(head_line))
    out.name = "out"
    head = tr("presets", "head")
    groups.update({n.id: head for n in (Wh, bh, m, out)})
    # Values go in after the graph is recorded, so recompute the forward pass over it.
    order = ancestors(out)
    if values:
        set_leaves(leaves, values, "vanishing")
        recompute(order)
    y = apply("sum", out, axis=None, keepdims=False, source=src(depth + 3))
    y.name, y.role = "y", "output"
    order.append(y)
    return PresetGraph(y, _labels(order), lines, groups, leaves, order,
                       {"input": leaves["x"], "weights": weights},
                       display={"layer_norms": True, "key_steps": key_steps})


def key_steps(tl) -> list:
    """[(name, step)]: the steps of the lab worth a slide, in order (not all 189 of depth 30).

    The forward pass's end, the loss, blame starting at y, then the backward step at which each of a
    handful of layers' weights W_k gets its gradient (the last layer, a few between, the first), and the
    end, when every layer's gradient is known and the tint tells the story.
    """
    weights = {info.label: nid for nid, info in tl.nodes.items()
               if info.role == "parameter" and info.label[:1] == "W" and info.label[1:].isdigit()}
    depth = len(weights)
    if depth == 0:
        return [(tr("presets", "end"), len(tl.steps) - 1)]
    picks = sorted({depth, 1, *range(depth, 0, -max(1, depth // 4))}, reverse=True)
    out = [(tr("presets", "end of the forward pass"), tl.named("forward-end")),
           (tr("presets", "the output y"), tl.named("loss")), (tr("presets", "blame starts at y"), tl.named("seed"))]
    for k in picks:
        w = weights[f"W{k}"]
        consumer = next(nid for nid, info in tl.nodes.items() if w in info.inputs)
        out.append((tr("presets", "layer {k} gets its gradient").format(k=k), tl.bwd_at[consumer]))
    out.append((tr("presets", "every layer's gradient"), len(tl.steps) - 1))
    first = {}
    for name, k in out:
        first.setdefault(k, name)  # layer 1's step is also the last one: one slide, named for the layer
    return sorted(((name, k) for k, name in first.items()), key=lambda p: p[1])


@dataclass
class LabRun:
    """One run of the lab: the settings, y, and each layer's weight-gradient norm (first to last)."""
    params: dict
    output: float
    norms: list

    @property
    def ratio(self) -> float:
        return first_last_ratio(self.norms)


def first_last_ratio(norms: list) -> float:
    """‖∂y/∂W_first‖ / ‖∂y/∂W_last‖: 1 means the first layer learns as fast as the last; ≪ 1 is vanishing."""
    first, last = float(norms[0]), float(norms[-1])
    with np.errstate(all="ignore"):
        return float(np.float64(first) / np.float64(last))


class VanishingPreset(Preset):
    """vanishing. params: see the module doc; values: x, W1…, b1…, W_head, b_head (arrays)."""

    def __init__(self):
        super().__init__(
            "vanishing", "Korean article (Lesson 05)",
            lambda: tr("presets", "Vanishing gradients lab"),
            lambda: tr("presets", "The article's exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare "
                                  "each layer's gradient norm, with residuals and Xavier / He init"),
            params=DEFAULTS, choices={"activation": ACTIVATIONS, "init": INITS})

    def _build(self, values: dict, params: dict) -> PresetGraph:
        return build_lab(values, check_params(params))

    def run(self, values: dict | None = None, **params) -> LabRun:
        """Build, backward from y, and read every layer's weight-gradient norm."""
        g = self.build(values, **params)
        g.output.backward()
        norms = [float(np.linalg.norm(W.grad)) for W in g.named["weights"]]
        return LabRun(g.params, float(g.output.data), norms)


LAB = VanishingPreset()


def run_lab(values: dict | None = None, **params) -> LabRun:
    """One lab run (defaults: 30 sigmoid layers of width 64, batch 8, PyTorch's default init, seed 0)."""
    return LAB.run(values, **params)


def per_layer_grad_norms(values: dict | None = None, **params) -> list:
    """‖∂y/∂W_k‖ (Frobenius) for k = 1 … depth, first layer first."""
    return LAB.run(values, **params).norms


def side_by_side(activations=("sigmoid", "relu"), values: dict | None = None, **params) -> dict:
    """{activation: LabRun} on the same x and weights (same seed): the article's sigmoid vs ReLU."""
    return {act: LAB.run(values, **dict(params, activation=act)) for act in activations}
