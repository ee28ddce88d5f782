"""The vanishing-gradient lab: the Korean article's exercise, in numbers, checked against PyTorch."""
import math

import numpy as np
import pytest

from visualgrad.presets import PresetError, first_last_ratio, get_preset, per_layer_grad_norms, run_lab, side_by_side
from visualgrad.presets.vanishing import lab_arrays

LAB = get_preset("vanishing")


def orders_from_one(ratio):
    """How many powers of ten the first/last ratio is away from 1."""
    return abs(math.log10(ratio))


def torch_norms(torch, depth=30, activation="sigmoid", residual=False, init="default", seed=0):
    """The article's DeepSig in PyTorch float64 with our weights: nn.Linear.weight is our W transposed."""
    nn = torch.nn
    a = lab_arrays(depth, 64, 8, init, seed)
    act = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}[activation]

    def linear(W, b):
        lin = nn.Linear(W.shape[0], W.shape[1], dtype=torch.float64)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W.T))
            lin.bias.copy_(torch.tensor(b))
        return lin

    layers = [linear(a[f"W{k}"], a[f"b{k}"]) for k in range(1, depth + 1)]
    head = linear(a["W_head"], a["b_head"])
    h = torch.tensor(a["x"])
    for lin in layers:
        h = h + act(lin(h)) if residual else act(lin(h))
    y = head(h).sum()
    y.backward()
    return y.item(), [lin.weight.grad.norm().item() for lin in layers]


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
def test_per_layer_gradient_norms_match_pytorch(activation):
    torch = pytest.importorskip("torch")
    y, want = torch_norms(torch, activation=activation)
    run = run_lab(activation=activation)
    assert len(run.norms) == 30
    assert np.allclose(run.output, y, rtol=1e-9, atol=0)
    assert np.allclose(run.norms, want, rtol=1e-9, atol=0)


@pytest.mark.parametrize("settings", [dict(residual=True), dict(activation="relu", init="he"),
                                      dict(activation="tanh", init="xavier", depth=50)])
def test_variants_match_pytorch(settings):
    torch = pytest.importorskip("torch")
    _, want = torch_norms(torch, **settings)
    assert np.allclose(per_layer_grad_norms(**settings), want, rtol=1e-9, atol=0)


def test_sigmoid_vanishes_layer_by_layer():
    norms = per_layer_grad_norms()
    assert all(a < b for a, b in zip(norms, norms[1:]))  # the further from the loss, the less blame
    assert first_last_ratio(norms) < 1e-15


def test_relu_ratio_is_far_closer_to_one_than_sigmoids():
    runs = side_by_side()
    assert list(runs) == ["sigmoid", "relu"]
    sig, relu = orders_from_one(runs["sigmoid"].ratio), orders_from_one(runs["relu"].ratio)
    assert sig > 20 and relu < sig / 2  # ~1e-25 vs ~1e-11 at depth 30 with PyTorch's default init


def test_side_by_side_uses_the_same_weights():
    runs = side_by_side(depth=5)
    assert runs["sigmoid"].params["seed"] == runs["relu"].params["seed"]
    a, b = LAB.build(depth=5), LAB.build(depth=5, activation="relu")
    assert all(np.array_equal(a.leaves[k].data, b.leaves[k].data) for k in a.leaves)


def test_residual_connections_bring_the_gradient_back():
    plain, res = run_lab(), run_lab(residual=True)
    assert orders_from_one(plain.ratio) > 20 and orders_from_one(res.ratio) < 2


def test_he_init_brings_relu_close_to_one():
    default, he = run_lab(activation="relu"), run_lab(activation="relu", init="he")
    assert orders_from_one(he.ratio) < 1.5 < 8 < orders_from_one(default.ratio)


def test_default_init_is_pytorch_linears_uniform_bound():
    a = lab_arrays(depth=2, seed=3)
    bound = 1 / math.sqrt(64)
    for k in ("W1", "b1", "W2", "b2", "W_head", "b_head"):
        assert np.all(np.abs(a[k]) <= bound)
    assert np.abs(a["W1"]).max() > 0.95 * bound
    assert np.all(lab_arrays(depth=2, init="he")["b1"] == 0)
    assert np.std(lab_arrays(depth=2, init="he", seed=1)["W1"]) == pytest.approx(math.sqrt(2 / 64), rel=0.05)


def test_one_group_per_layer_and_a_few_hundred_nodes_at_most():
    for residual in (False, True):
        g = LAB.build(depth=50, residual=residual)
        assert len(g.order) <= 320
        titles = set(g.groups.values())
        assert len(titles) == 51  # 50 layers and the head
        per_layer = [n for n in g.order if g.groups.get(n.id) == "layer 7"]
        assert {n.name for n in per_layer} >= {"W7", "b7", "z7", "h7"}


def test_lab_timeline_points_at_each_layers_statement():
    tl = LAB.timeline(depth=3, activation="relu", residual=True)
    h2 = next(n for n in tl.nodes.values() if n.label == "h2")
    assert h2.statement == "h2 = h1 + relu(h1 @ W2 + b2)"
    assert tl.nodes[tl.output].label == "y"


def test_values_override_the_weights():
    zero = {"W_head": np.zeros((64, 1)), "b_head": [1.5]}
    run = run_lab(zero, depth=2)
    assert run.output == pytest.approx(8 * 1.5) and run.norms == [0.0, 0.0]
    assert math.isnan(run.ratio)


@pytest.mark.parametrize("bad", [dict(depth=51), dict(depth=0), dict(depth=2.5), dict(activation="gelu"),
                                 dict(init="orthogonal"), dict(residual="yes"), dict(seed=-1)])
def test_bad_settings_are_refused(bad):
    with pytest.raises(PresetError):
        LAB.build(**bad)
