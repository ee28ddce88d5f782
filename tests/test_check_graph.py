"""The program-level check on a recorded graph: which variable is the loss, which nodes are the forward
variables, what the batch size is, and autograd's gradients through NumPy arrays (data to the engine).

The graph is recorded with the engine directly, as the interpreter records the Catalan article's first
iteration, so this holds whatever the interpreter's progress; test_check_programs.py runs real text.
"""
from types import SimpleNamespace

import numpy as np
import pytest

from visualgrad.check.autograd import gradients
from visualgrad.check.program import CheckError, batch_sizes, check_built, find_loss, forward_nodes, where_text
from visualgrad.check.words import line, summary
from visualgrad.engine import Tensor, apply

torch = pytest.importorskip("torch")


def data(v, name=None):
    return Tensor(np.asarray(v, dtype=float), name=name, role="constant")


def catalan_built(hand_scale=1.0):
    """The article's i = 0 as the interpreter holds it: every array a constant node, hand gradients too."""
    rng = np.random.RandomState(42)
    W1, b1, W2, b2 = data(rng.randn(2, 2), "W1"), data(np.zeros((2, 1)), "b1"), data(rng.randn(1, 2), "W2"), \
        data(np.zeros((1, 1)), "b2")
    X, Y = data([[0, 0, 1, 1], [0, 1, 0, 1]], "X"), data([[0, 1, 1, 0]], "Y")

    def sig(z):
        return apply("sigmoid", z)
    Z1 = apply("add", apply("matmul", W1, X), b1)
    A1 = sig(Z1)
    Z2 = apply("add", apply("matmul", W2, A1), b2)
    A2 = sig(Z2)
    m = 4
    loss = apply("mean", apply("pow", apply("sub", A2, Y), p=2.0))
    d = lambda z: sig(z).data * (1 - sig(z).data)  # noqa: E731 - the article's sigmoid_deriv
    dZ2 = (A2.data - Y.data) * d(Z2)
    dW2 = (1 / m) * dZ2 @ A1.data.T * hand_scale
    db2 = (1 / m) * dZ2.sum(axis=1, keepdims=True)
    dZ1 = (W2.data.T @ dZ2) * d(Z1)
    dW1 = (1 / m) * dZ1 @ X.data.T
    db1 = (1 / m) * dZ1.sum(axis=1, keepdims=True)
    # after the update, W1... are new nodes; the forward pass used the ones above
    names = dict(W1=W1, b1=b1, W2=W2, b2=b2, X=X, Y=Y, lr=0.1, epochs=10000, i=0, Z1=Z1, A1=A1, Z2=Z2, A2=A2,
                 m=m, loss=loss)
    history = [(20 + k, n, v) for k, (n, v) in enumerate(names.items()) if n not in ("W1", "b1", "W2", "b2", "X", "Y")]
    variables = dict(names, dZ2=data(dZ2), dW2=data(dW2), db2=data(db2), dZ1=data(dZ1), dW1=data(dW1),
                     db1=data(db1))
    for k in ("W1", "b1", "W2", "b2"):
        variables[k] = data(names[k].data - 0.1 * variables["d" + k].data)
    return SimpleNamespace(variables=variables, history=history, passes=[], iteration=0, iterations=10000,
                           labels={}), loss


def test_catalan_check_on_the_recorded_first_iteration():
    built, loss = catalan_built()
    report = check_built(built)
    assert report.loss_name == "loss" and report.loss is loss
    assert report.batch_sizes[0] == 4
    assert {f.hand: f.factor for f in report.findings} == {
        "dZ2": 2.0, "dW2": 0.5, "db2": 0.5, "dZ1": 2.0, "dW1": 0.5, "db1": 0.5}
    lines = [line(f, "loss") for f in report.findings]
    assert lines[1].startswith("dW2 vs ∂loss/∂W2: ×0.5 (½: the 2 of the squared error is dropped")
    assert summary(report.findings, "loss", where_text(report)) == (
        "6 hand gradients checked against autograd's ∂loss, on the first of the loop's 10000 iterations: "
        "4 ×0.5, 2 ×2")
    # the W2 the forward pass used, not the one the update made
    assert report.node_of["W2"].data.shape == (1, 2) and report.node_of["W2"] is not built.variables["W2"]
    assert set(report.by_node) >= {report.node_of["W2"].id, report.node_of["Z2"].id}


def test_autograd_through_numpy_arrays_equals_torch():
    built, loss = catalan_built()
    g = gradients(loss)
    nodes = forward_nodes(built, loss)
    rng = np.random.RandomState(42)
    tW1, tW2 = torch.tensor(rng.randn(2, 2), requires_grad=True), torch.tensor(rng.randn(1, 2), requires_grad=True)
    X = torch.tensor([[0., 0, 1, 1], [0, 1, 0, 1]], dtype=torch.float64)
    out = torch.sigmoid(tW2 @ torch.sigmoid(tW1 @ X))
    torch.mean((out - torch.tensor([[0., 1, 1, 0]], dtype=torch.float64)) ** 2).backward()
    np.testing.assert_allclose(g[nodes["W1"].id], tW1.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(g[nodes["W2"].id], tW2.grad.numpy(), rtol=1e-12)
    assert loss.grad is None and nodes["W1"].grad is None  # the check touches no .grad


def test_loss_is_found_by_name_then_by_reduction_and_refused_otherwise():
    built, loss = catalan_built()
    assert find_loss(built) == ("loss", loss)
    cost = built.variables.pop("loss")
    built.history = [(n_, "cost" if n == "loss" else n, v) for n_, n, v in built.history]
    built.variables["cost"] = cost
    assert find_loss(built)[0] == "cost"
    with pytest.raises(CheckError, match="holds 4 numbers"):
        find_loss(built, "A2")
    with pytest.raises(CheckError, match="no tensor or array named 'nope'"):
        find_loss(built, "nope")
    empty = SimpleNamespace(variables={"x": 3.0}, history=[], passes=[])
    with pytest.raises(CheckError, match="no loss found"):
        find_loss(empty)


def test_batch_size_from_the_mean_and_from_m():
    built, loss = catalan_built()
    assert batch_sizes(built, loss)[0] == 4  # the variable m first, then what the mean divides by
    built.history = [h for h in built.history if h[1] != "m"]
    built.variables.pop("m")
    assert batch_sizes(built, loss)[0] == 4


def test_a_wrong_factor_on_one_hand_gradient_is_reported_alone():
    built, _ = catalan_built(hand_scale=-2.0)  # dW2 by hand is −2 × its (already ½) value: ×−1
    report = check_built(built)
    f = {f.hand: f for f in report.findings}["dW2"]
    assert f.verdict == "sign"
