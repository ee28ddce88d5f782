"""Why this number: ∂L/∂x as a sum over every path from x to L equals what the backward pass computed."""
from __future__ import annotations

import numpy as np
import pytest

from visualgrad.lang import build
from visualgrad.presets import PRESETS, get_preset
from visualgrad.timeline import from_text, make_timeline
from visualgrad.timeline.paths import path_count, path_text, summary, why

RTOL = 1e-9

# Programs a student or a teacher types: fan-out, a node used twice by one op, tensors with
# broadcasting, reductions, PyTorch-style code with constants, detach and data tensors.
CORPUS = {
    "seed example": ("L = 2*(x**2 + exp(x))", {"x": 3.0}),
    "x times x": ("L = x*x", {"x": 3.0}),
    "variable power": ("a = x**y\nb = log(a + 1) * sin(y)\nL = b / (1 + x*x)", {"x": 1.3, "y": 0.7}),
    "fan-out over statements": ("a = x * y\nb = a + x\nc = b * a - sqrt(abs(x))\nL = c**3 / 10", {"x": -1.7, "y": 0.4}),
    "diamond of diamonds": ("a = x + y\nb = a * a\nc = b + a\nd = c * b\nL = d - a", {"x": 0.3, "y": -0.2}),
    "neuron": ("w = [0.5, -0.3]\nb = 0.1\nxs = [1.0, 2.0]\nL = (sigmoid(sum(w*xs) + b) - 1)**2", {}),
    "xor forward": ("W1 = [[0.5, -0.2], [0.1, 0.4]]\nb1 = [[0.0], [0.1]]\nW2 = [[0.3, -0.6]]\nb2 = 0.05\n"
                    "X = [[0, 0, 1, 1], [0, 1, 0, 1]]\nY = [[0, 1, 1, 0]]\n"
                    "A1 = sigmoid(W1 @ X + b1)\nA2 = sigmoid(W2 @ A1 + b2)\nL = mean((A2 - Y)**2)", {}),
    "axes and transposes": ("M = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]\nc = sum(M, axis=0)\nr = mean(M.T, 0, keepdims=True)\n"
                            "L = sum(tanh(c)) * sum(r @ M) + max(sum(M), 3) - relu(min(x, 1))", {"x": 0.5}),
    "pytorch style": ("import torch\nx = torch.tensor(3.0, requires_grad=True)\nk = torch.tensor(2.0)\n"
                      "a = x ** 2\nb = torch.exp(x)\nc = a + b * k\nL = c * 2\nL.backward()", {}),
    "detach": ("import torch\nx = torch.tensor(1.5, requires_grad=True)\ny = x * 3\nz = y.detach() * x + y\n"
               "L = z * z\nL.backward()", {}),
}


def leaf_gradients_from_the_engine(output, ran: bool = False) -> dict:
    """The leaves' .grad after the engine's backward pass; `ran`: the program called backward() itself
    (PyTorch-style code), so its leaves already hold it (a second pass would accumulate: twice the gradient)."""
    if not ran:
        output.backward()
    return {n.id: np.asarray(n.grad) for n in _ancestors(output) if n.op is None and n.grad is not None}


def _ancestors(output):
    from visualgrad.engine import ancestors
    return ancestors(output)


def check_every_node(tl, engine_grads: dict, elements: int = 4):
    """Every node that gets a gradient: the paths' shares add up to it, element by element for tensors."""
    checked = 0
    for nid, info in tl.nodes.items():
        if info.role == "constant" or info.grad is None:
            continue  # constants get no gradient: nothing to explain
        want = engine_grads.get(nid, np.asarray(info.grad)) if info.op is None else np.asarray(info.grad)
        idxs = [None] if want.ndim == 0 else list(np.ndindex(want.shape))[:elements]
        for ix in idxs:
            w = why(tl, nid, ix)
            assert w.complete, (info.label, w.count)
            expected = float(want if ix is None else want[ix])
            np.testing.assert_allclose(w.total, expected, rtol=RTOL, atol=1e-300, err_msg=f"{info.label}{ix}")
            checked += 1
    return checked


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_path_sums_equal_the_engine_gradients_for_the_corpus(name):
    text, values = CORPUS[name]
    b = build(text, values)
    tl = make_timeline(b.output, b.labels, b.statements)
    b2 = build(text, values)  # a fresh graph for the engine's own backward pass (the program's L.backward(), if any)
    engine = leaf_gradients_from_the_engine(b2.output, ran=bool(b2.passes))
    engine = {n1.id: engine[n2.id] for n1, n2 in zip(_ancestors(b.output), _ancestors(b2.output)) if n2.id in engine}
    assert check_every_node(tl, engine) > 0


PRESET_CASES = [(name, {}) for name in PRESETS] + [("xor-mlp", {"view": "scalar"}),
                                                    ("vanishing", {"depth": 4, "width": 6, "residual": True})]


@pytest.mark.parametrize("name,params", PRESET_CASES, ids=[f"{n}{'-' + '-'.join(map(str, p.values())) if p else ''}"
                                                          for n, p in PRESET_CASES])
def test_path_sums_equal_the_engine_gradients_for_every_preset(name, params):
    preset = get_preset(name)
    g = preset.build({}, **params) if params else preset.build({})
    tl = g.timeline()
    engine = leaf_gradients_from_the_engine(preset.build({}, **params).output)
    fresh = _ancestors(preset.build({}, **params).output)
    # The engine ran on its own copy of the graph: match its leaves to the timeline's by position.
    engine_by_pos = [engine.get(n.id) for n in fresh]
    engine = {nid: gr for nid, gr in zip(tl.nodes, engine_by_pos) if gr is not None}
    elements = 1 if name == "vanishing" and not params else 3
    assert check_every_node(tl, engine, elements) > 0


def test_the_seed_example_reads_as_two_paths_with_their_numbers():
    tl = from_text("L = 2*(x**2 + exp(x))", {"x": 3.0})
    x = next(n for n, i in tl.nodes.items() if i.label == "x")
    w = why(tl, x)
    texts = [path_text(tl, w, p) for p in w.paths]
    assert texts == ["∂L/∂(x² + exp(x)) · ∂(x² + exp(x))/∂(x²) · ∂(x²)/∂x = 2 · 1 · 6 = 12",
                     "∂L/∂(x² + exp(x)) · ∂(x² + exp(x))/∂(exp(x)) · ∂(exp(x))/∂x = 2 · 1 · 20.09 = 40.1711"]
    assert summary(tl, w).startswith("∂L/∂x = 12 + 40.1711 = 52.1711 (2 paths")
    # each path names its edges, from x to L, so the window can light them in turn
    assert all(p.nodes[0] == x and p.nodes[-1] == tl.output and len(p.edges) == 3 for p in w.paths)


def test_a_node_used_twice_by_one_op_has_two_paths():
    tl = from_text("L = x*x", {"x": 3.0})
    x = next(n for n, i in tl.nodes.items() if i.label == "x")
    w = why(tl, x)
    assert [path_text(tl, w, p) for p in w.paths] == ["∂L/∂x (input 1) = 3", "∂L/∂x (input 2) = 3"]
    assert w.total == 6.0


def test_a_tensor_is_explained_one_element_at_a_time():
    tl = from_text("W = [[1.0, 2.0], [3.0, 4.0]]\nv = [0.5, -1.0]\nL = sum(tanh(W @ v) * (W @ v))", {})
    W = next(n for n, i in tl.nodes.items() if i.label == "W")
    for ix in np.ndindex(2, 2):
        w = why(tl, W, ix)
        assert w.name == f"∂L/∂W[{ix[0]}, {ix[1]}]" and w.count == 2  # through tanh(W @ v), and the second W @ v
        assert w.total == pytest.approx(float(tl.nodes[W].grad[ix]), rel=RTOL)


def test_too_many_paths_are_counted_and_listed_only_in_part():
    # Thirty residual blocks: 2³⁰ paths from x to L. They are counted, never all listed.
    text = "\n".join(["h0 = x"] + [f"h{k} = h{k - 1} + tanh(h{k - 1})" for k in range(1, 31)] + ["L = h30"])
    tl = from_text(text, {"x": 0.1})
    x = next(n for n, i in tl.nodes.items() if i.label == "x")
    assert path_count(tl, x) == 2 ** 30
    w = why(tl, x, limit=50)
    assert not w.complete and len(w.paths) == 50 and w.count == 2 ** 30
    assert "the first 50 of 1073741824 paths only" in summary(tl, w)


def test_constants_get_no_paths():
    tl = from_text("L = 2*x", {"x": 3.0})
    two = next(n for n, i in tl.nodes.items() if i.role == "constant")
    with pytest.raises(ValueError):
        why(tl, two)
