"""xor-mlp: the Catalan article's network, its weights, both views, and its hand-written gradients."""
import numpy as np
import pytest

from visualgrad.presets import article_weights, get_preset
from visualgrad.presets.xor import XOR_X, XOR_Y

XOR = get_preset("xor-mlp")
NAMES = ("W1", "b1", "W2", "b2")


def engine_grads(values=None, view="tensor"):
    g = XOR.build(values, view=view)
    g.output.backward()
    return g


def sig(z):
    return 1 / (1 + np.exp(-z))


def article_gradients(w):
    """The article's numpy backprop, verbatim: (A2 − Y)·σ'(Z2) and 1/m (no factor 2)."""
    X, Y, m = XOR_X, XOR_Y, 4
    Z1 = w["W1"] @ X + w["b1"]
    A1 = sig(Z1)
    Z2 = w["W2"] @ A1 + w["b2"]
    A2 = sig(Z2)
    dZ2 = (A2 - Y) * sig(Z2) * (1 - sig(Z2))
    dZ1 = np.dot(w["W2"].T, dZ2) * sig(Z1) * (1 - sig(Z1))
    return {"W2": dZ2 @ A1.T / m, "b2": dZ2.sum(axis=1, keepdims=True) / m,
            "W1": dZ1 @ X.T / m, "b1": dZ1.sum(axis=1, keepdims=True) / m}


def test_initial_weights_are_the_articles_seed_42_randn():
    np.random.seed(42)  # exactly the article's lines
    W1 = np.random.randn(2, 2)
    W2 = np.random.randn(1, 2)
    w = article_weights()
    assert np.array_equal(w["W1"], W1) and np.array_equal(w["W2"], W2)
    assert np.array_equal(w["b1"], np.zeros((2, 1))) and np.array_equal(w["b2"], np.zeros((1, 1)))
    assert w["W1"][0, 0] == pytest.approx(0.4967141530)


def test_tensor_view_nodes_are_the_articles_matrices():
    g = XOR.build()
    shapes = {g.labels[n.id]: n.shape for n in g.order}
    assert shapes["W1"] == (2, 2) and shapes["b1"] == (2, 1) and shapes["W2"] == (1, 2) and shapes["b2"] == (1, 1)
    assert shapes["X"] == (2, 4) and shapes["Y"] == (1, 4) and shapes["A2"] == (1, 4) and shapes["L"] == ()
    assert len(g.order) == 15
    assert set(g.parameters()) == set(NAMES)
    assert g.statements[5] == "Z1 = W1 @ X + b1"


def test_loss_and_every_gradient_against_pytorch():
    torch = pytest.importorskip("torch")
    w = article_weights()
    t = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in w.items()}
    X, Y = torch.tensor(XOR_X), torch.tensor(XOR_Y)
    A1 = torch.sigmoid(t["W1"] @ X + t["b1"])
    A2 = torch.sigmoid(t["W2"] @ A1 + t["b2"])
    L = torch.mean((A2 - Y) ** 2)
    L.backward()
    for view in ("tensor", "scalar"):
        g = engine_grads(view=view)
        assert np.allclose(float(g.output.data), L.item(), rtol=1e-9, atol=0)
        grads = _matrix_grads(g, view)
        for k in NAMES:
            assert np.allclose(grads[k], t[k].grad.numpy(), rtol=1e-9, atol=0), (view, k)


def _matrix_grads(g, view):
    if view == "tensor":
        return {k: g.leaves[k].grad for k in NAMES}
    L = g.leaves
    return {"W1": np.array([[L[f"W1_{j}{i}"].grad for i in range(2)] for j in range(2)]),
            "b1": np.array([[L["b1_0"].grad], [L["b1_1"].grad]]),
            "W2": np.array([[L["W2_00"].grad, L["W2_01"].grad]]),
            "b2": np.array([[L["b2"].grad]])}


def test_the_articles_hand_gradients_are_half_the_true_ones():
    """The article's dZ2 = (A2 − Y)·σ' drops d(u²)/du's factor 2: ours is exactly twice."""
    w = article_weights()
    g = engine_grads()
    hand = article_gradients(w)
    for k in NAMES:
        assert np.allclose(g.leaves[k].grad, 2 * hand[k], rtol=1e-12, atol=0)
        assert not np.allclose(g.leaves[k].grad, hand[k], rtol=1e-3)


def test_scalar_view_is_the_same_network_one_node_per_weight():
    gt, gs = engine_grads(view="tensor"), engine_grads(view="scalar")
    assert len(gs.order) < 200
    assert all(n.data.ndim == 0 for n in gs.order)
    assert sum(n.role == "parameter" for n in gs.order) == 9  # 4 + 2 + 2 + 1 weights
    assert float(gs.output.data) == pytest.approx(float(gt.output.data), rel=1e-14)
    grads = _matrix_grads(gs, "scalar")
    for k in NAMES:
        assert np.allclose(grads[k], gt.leaves[k].grad, rtol=1e-12, atol=0)
    # every example is one group, and all four are there
    assert len(set(gs.groups.values())) == 4
    a2 = [n for n in gs.order if n.name in ("A2_00", "A2_01", "A2_02", "A2_03")]
    assert len(a2) == 4
    assert np.allclose([float(n.data) for n in a2], gt.named["prediction"].data.ravel(), rtol=1e-14)


def test_edited_weights_and_inputs_reach_both_views():
    vals = {"W1": [[1.0, -1.0], [0.5, 2.0]], "b2": 0.3, "X": [[1, 0, 1, 0], [1, 1, 0, 0]]}
    gt, gs = engine_grads(vals), engine_grads(vals, "scalar")
    assert np.array_equal(gt.leaves["W1"].data, np.array(vals["W1"]))
    assert float(gs.leaves["W1_01"].data) == -1.0 and float(gs.leaves["X_00"].data) == 1.0
    assert float(gs.output.data) == pytest.approx(float(gt.output.data), rel=1e-14)


def test_bad_values_are_refused():
    with pytest.raises(KeyError, match="W3"):
        XOR.build({"W3": 1})
    with pytest.raises(ValueError, match=r"W1 has shape \(2, 2\), not \(3,\)"):
        XOR.build({"W1": [1, 2, 3]})
