"""The check's verdicts and name matching on arrays, against PyTorch's autograd (float64) as the oracle.

No interpreter here: the hand gradients are the formulas courses write, computed in NumPy; autograd's are
torch's on the same numbers. What the program-level check adds is tested in test_check_programs.py.
"""
import numpy as np
import pytest

from visualgrad.check import check_arrays, compare, gradient_of, match
from visualgrad.check.words import as_json, factor_text, line, short_label, summary

torch = pytest.importorskip("torch")


def catalan_first_iteration():
    """The Catalan article's network at i = 0: NumPy's own numbers, and torch's gradients of its loss."""
    rng = np.random.RandomState(42)
    W1, b1 = rng.randn(2, 2), np.zeros((2, 1))
    W2, b2 = rng.randn(1, 2), np.zeros((1, 1))
    X = np.array([[0, 0, 1, 1], [0, 1, 0, 1]], dtype=float)
    Y = np.array([[0, 1, 1, 0]], dtype=float)

    def sig(z):
        return 1 / (1 + np.exp(-z))
    Z1 = W1 @ X + b1
    A1 = sig(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sig(Z2)
    m = X.shape[1]
    loss = np.mean((A2 - Y) ** 2)
    dZ2 = (A2 - Y) * sig(Z2) * (1 - sig(Z2))
    hand = {"dZ2": dZ2, "dW2": (1 / m) * dZ2 @ A1.T, "db2": (1 / m) * np.sum(dZ2, axis=1, keepdims=True)}
    dZ1 = (W2.T @ dZ2) * sig(Z1) * (1 - sig(Z1))
    hand.update(dZ1=dZ1, dW1=(1 / m) * dZ1 @ X.T, db1=(1 / m) * np.sum(dZ1, axis=1, keepdims=True))

    t = {k: torch.tensor(v, requires_grad=True) for k, v in dict(W1=W1, b1=b1, W2=W2, b2=b2).items()}
    tZ1 = t["W1"] @ torch.tensor(X) + t["b1"]
    tZ2 = t["W2"] @ torch.sigmoid(tZ1) + t["b2"]
    tZ1.retain_grad()
    tZ2.retain_grad()
    tloss = torch.mean((torch.sigmoid(tZ2) - torch.tensor(Y)) ** 2)
    tloss.backward()
    assert f"{tloss.item():.4f}" == f"{loss:.4f}" == "0.2566"
    grads = {k: v.grad.numpy() for k, v in t.items()}
    grads.update(Z1=tZ1.grad.numpy(), Z2=tZ2.grad.numpy(), loss=np.array(1.0))
    return hand, grads


def test_catalan_hand_gradients_are_half_and_dz_twice_per_example():
    hand, grads = catalan_first_iteration()
    found = {f.hand: f for f in check_arrays(hand, grads, loss="loss", batch_sizes=(4,),
                                             leaves={"W1", "b1", "W2", "b2"})}
    assert set(found) == {"dZ2", "dW2", "db2", "dZ1", "dW1", "db1"}
    for name in ("dW1", "db1", "dW2", "db2"):
        assert found[name].verdict == "factor" and found[name].factor == 0.5, name
        assert found[name].result.causes == (("half", None),)
        assert line(found[name], "loss").startswith(f"{name} vs ∂loss/∂{name[1:]}: ×0.5 (½: the 2 of the squared")
    for name in ("dZ2", "dZ1"):
        assert found[name].factor == 2.0
        assert found[name].result.causes == (("half", None), ("per_example", 4)), name
    assert "×4 per example" in line(found["dZ2"], "loss")
    assert summary(list(found.values()), "loss").endswith(": 4 ×0.5, 2 ×2")
    label = short_label(found["dW2"])
    assert label.startswith("by hand ") and label.endswith(" · ×½")
    assert as_json(found["dW2"]) == {"hand": "dW2", "of": "W2", "verdict": "factor", "factor": 0.5,
                                     "max_abs_diff": pytest.approx(float(np.max(np.abs(hand["dW2"]) )))}


def _row_major_net(seed=0, n=5):
    """The other way courses write it: examples as rows, X @ W, a ReLU, MSE over n examples."""
    rng = np.random.default_rng(seed)
    X, Y = rng.standard_normal((n, 3)), rng.standard_normal((n, 1))
    W1, b1, W2, b2 = rng.standard_normal((3, 4)), rng.standard_normal(4), rng.standard_normal((4, 1)), np.zeros(1)
    t = {k: torch.tensor(v, requires_grad=True) for k, v in dict(W1=W1, b1=b1, W2=W2, b2=b2).items()}
    H = torch.relu(torch.tensor(X) @ t["W1"] + t["b1"])
    P = H @ t["W2"] + t["b2"]
    P.retain_grad()
    torch.mean((P - torch.tensor(Y)) ** 2).backward()
    grads = {k: v.grad.numpy() for k, v in t.items()}
    grads["P"] = P.grad.numpy()
    h = np.maximum(X @ W1 + b1, 0)
    p = h @ W2 + b2
    return dict(X=X, Y=Y, W1=W1, b1=b1, W2=W2, h=h, p=p, n=n), grads


@pytest.mark.parametrize("hand, verdict, factor, causes", [
    ("2 * (p - Y) / n", "equal", 1.0, ()),
    ("(p - Y) / n", "factor", 0.5, (("half", None),)),
    ("2 * (p - Y)", "factor", 5.0, (("per_example", 5),)),
    ("2 * (p - Y) / n / n", "factor", 0.2, (("extra_mean", 5),)),
    ("2 * (Y - p) / n", "sign", -1.0, ()),
])
def test_output_gradient_variants(hand, verdict, factor, causes):
    v, grads = _row_major_net()
    p, Y, n = v["p"], v["Y"], v["n"]
    dP = {"2 * (p - Y) / n": 2 * (p - Y) / n, "(p - Y) / n": (p - Y) / n, "2 * (p - Y)": 2 * (p - Y),
          "2 * (p - Y) / n / n": 2 * (p - Y) / n / n, "2 * (Y - p) / n": 2 * (Y - p) / n}[hand]
    r = compare(dP, grads["P"], batch_sizes=(n,))
    assert (r.verdict, r.factor, r.causes) == (verdict, pytest.approx(factor, rel=1e-12), causes)


def test_parameter_gradients_transposed_wrong_and_missing_mean():
    v, grads = _row_major_net()
    X, W2, h, p, Y, n = v["X"], v["W2"], v["h"], v["p"], v["Y"], v["n"]
    dP = 2 * (p - Y) / n
    dW2 = h.T @ dP
    assert compare(dW2, grads["W2"]).verdict == "equal"
    t = compare(dP.T @ h, grads["W2"])  # (1, 4) against (4, 1)
    assert (t.verdict, t.factor, t.transposed) == ("transposed", 1.0, True)
    dH = (dP @ W2.T) * (h > 0)
    dW1 = X.T @ dH
    assert compare(dW1, grads["W1"]).verdict == "equal"
    wrong = X.T @ (dP @ W2.T)  # the ReLU's mask forgotten
    d = compare(wrong, grads["W1"])
    assert d.verdict == "different" and d.max_abs_diff == pytest.approx(np.max(np.abs(wrong - grads["W1"])))
    assert wrong[d.where] == d.hand_at and "largest gap" in line(check_arrays({"dW1": wrong}, grads)[0], "L")
    # b1's gradient summed over the batch but divided by m once too often... and not at all
    db1 = dH.sum(axis=0)
    assert compare(db1 / n, grads["b1"], batch_sizes=(n,)).causes == (("extra_mean", n),)
    no_mean = 2 * (p - Y)  # the batch mean's 1/n forgotten for every parameter
    r = compare(h.T @ no_mean, grads["W2"], batch_sizes=(n,), per_example_axes=False)
    assert (r.factor, r.causes) == (5.0, (("no_mean", 5),))


def test_factors_without_a_known_cause_are_the_bare_number():
    a = np.array([[1.0, -2.0], [3.0, 0.5]])
    r = compare(3.7 * a, a)
    assert r.verdict == "factor" and r.factor == pytest.approx(3.7) and r.causes == ()
    f = check_arrays({"dw": 3.7 * a}, {"w": a})[0]
    assert "no usual cause" in line(f, "L")


def test_equal_allows_rounding_noise_only():
    a = np.array([1.0, 1e-3, 0.0])
    assert compare(a + np.array([1e-12, 0, 1e-17]), a).verdict == "equal"
    assert compare(a * (1 + 1e-7), a).verdict == "factor"  # a real, if tiny, factor is not equality
    assert compare(a + np.array([0, 0, 1e-6]), a).verdict == "different"
    assert compare(np.zeros(3), np.zeros(3)).verdict == "equal"
    assert compare(np.ones(3), np.zeros(3)).verdict == "different"
    assert compare(np.array([1.0, np.nan]), np.array([1.0, 2.0])).verdict == "different"


def test_shapes_that_hold_the_same_numbers_compare_and_others_differ():
    a = np.array([[1.0], [2.0]])
    assert compare(np.array([1.0, 2.0]), a).verdict == "equal"
    r = compare(np.ones((3, 2)), np.ones((2, 2)))
    assert r.verdict == "different" and r.max_abs_diff is None
    assert "by hand it is 3×2, autograd's is 2×2" in line(check_arrays({"dW": np.ones((3, 2))},
                                                                      {"W": np.ones((2, 2))})[0], "L")


@pytest.mark.parametrize("name, of", [
    ("dW2", "W2"), ("d_W2", "W2"), ("grad_W2", "W2"), ("W2_grad", "W2"), ("gradW2", "W2"),
    ("dL_dW2", "W2"), ("dloss_dW2", "W2"), ("dLdW2", "W2"), ("dZ2", "Z2"), ("db1", "b1"),
    ("dz2", None), ("data", None), ("d", None), ("dW3", None), ("grad", None), ("W2", None),
])
def test_names(name, of):
    forward = {"W2", "Z2", "b1", "loss", "data", "ata", "W"}
    assert gradient_of(name, forward, loss="loss") == of


def test_match_keeps_program_order_and_ignores_non_numbers():
    assert list(match(["db1", "x", "dW2", "grad_W2"], {"W2", "b1"})) == ["db1", "dW2", "grad_W2"]
    found = check_arrays({"dW": [1, 2], "dsigmoid": "a function", "dW2": np.ones(2)}, {"W": np.ones(2), "W2": np.ones(2),
                                                                                  "sigmoid": np.ones(2)})
    assert [f.hand for f in found] == ["dW2"]


def test_short_factor_texts():
    assert factor_text(0.5, short=True) == "×½"
    assert factor_text(0.25, short=True) == "×¼"
    assert factor_text(2.0, short=True) == "×2"
    assert factor_text(0.05, short=True) == "×1/20"
    assert factor_text(-0.5, short=True) == "×−½"
    assert factor_text(0.5) == "×0.5"
    assert factor_text(3.14159265, short=True) == "×3.14159"


@pytest.mark.parametrize("seed", range(6))
def test_random_arrays_get_the_verdict_their_construction_gives(seed):
    rng = np.random.default_rng(seed)
    shape = tuple(rng.integers(1, 5, size=rng.integers(1, 3)))
    a = rng.standard_normal(shape)
    m = int(rng.integers(2, 9))
    assert compare(a.copy(), a, (m,)).verdict == "equal"
    assert compare(-a, a, (m,)).verdict == "sign"
    for k, causes in ((0.5, (("half", None),)), (2.0, (("double", None),)), (1 / m, (("extra_mean", m),)),
                      (float(m), (("no_mean", m),)), (m / 2, (("half", None), ("no_mean", m))),
                      (-0.5, (("sign", None), ("half", None)))):
        r = compare(k * a, a, (m,), per_example_axes=False)
        if k == 2.0:
            causes = (("double", None),)  # 2 = m (m = 2) = ½·m (m = 4): the simplest explanation is named first
        assert (r.verdict, r.causes) == ("factor", causes), (k, m)
        assert r.factor == pytest.approx(k, rel=1e-12)
    if a.ndim == 2 and a.shape[0] != a.shape[1]:
        assert compare(a.T.copy(), a).verdict == "transposed"
    noisy = a + rng.standard_normal(shape) * 1e-3
    assert compare(noisy, a).verdict == "different"
