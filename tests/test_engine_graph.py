"""The engine as a user meets it: the seed example, fan-out, deep chains, accumulation, gradcheck."""
from __future__ import annotations

import inspect
import math
import sys
from dataclasses import replace

import numpy as np
import pytest

import visualgrad as vg
from visualgrad.engine import OPS, Tensor, ancestors, backward, gradcheck
from visualgrad.lang import build

SEED_GRAD = 2 * (2 * 3 + math.exp(3))  # ∂L/∂x of L = 2·(x² + eˣ) at x = 3

# The Korean article's "Backprop by hand vs autograd", pasted as is.
KOREAN_SNIPPET = """import torch

x = torch.tensor(3.0, requires_grad=True)
a = x ** 2
b = torch.exp(x)
c = a + b
L = c * 2

# By hand: dL/dx = 2 * (2x + e^x) = 2*(6 + e^3)
manual = 2 * (2 * 3 + torch.exp(torch.tensor(3.0))).item()

L.backward()
auto = x.grad.item()

print(f"manual: {manual:.4f}")
print(f"autograd: {auto:.4f}")
"""


def test_the_seed_example_through_the_python_api():
    x = vg.tensor(3.0, name="x")
    L = 2 * (x ** 2 + vg.exp(x))
    L.backward()
    assert float(x.grad) == pytest.approx(SEED_GRAD, rel=1e-15)
    assert f"{float(x.grad):.4f}" == "52.1711"
    assert float(L.data) == pytest.approx(2 * (9 + math.exp(3)), rel=1e-15)


def test_the_seed_example_through_the_language():
    b = build("L = 2*(x**2 + exp(x))", {"x": 3})
    b.output.backward()
    assert f"{float(b.leaves['x'].grad):.4f}" == "52.1711"


def test_the_korean_snippet_pasted_as_is_gives_the_same():
    b = build(KOREAN_SNIPPET)
    assert b.output.name == "L"  # L.backward() names the loss, not the later `manual = ...`
    # The program's own L.backward() ran, as in PyTorch: x.grad is already there, and its prints say so.
    assert float(b.leaves["x"].grad) == pytest.approx(SEED_GRAD, rel=1e-15)
    assert b.printed == [(15, "manual: 52.1711"), (16, "autograd: 52.1711")]


# ---- fan-out: an input used more than once adds up its gradients ---------------------

def test_a_plus_a_keeps_both_edges_and_gets_two():
    a = vg.tensor(5.0)
    y = a + a
    assert y.inputs == (a, a)
    y.backward()
    assert float(a.grad) == 2.0


def test_x_times_x_gets_two_x():
    x = vg.tensor(-1.5)
    (x * x).backward()
    assert float(x.grad) == -3.0


def test_an_input_used_in_two_statements():
    b = build("a = x * 2\nb = x ** 3\nL = a + b", {"x": 2.0})
    b.output.backward()
    assert float(b.leaves["x"].grad) == 2 + 3 * 4


def test_fan_out_on_an_intermediate_node():
    x = vg.tensor(0.5)
    s = vg.sin(x)
    L = s * s + s  # s feeds three edges
    L.backward()
    assert float(x.grad) == pytest.approx((2 * math.sin(0.5) + 1) * math.cos(0.5), rel=1e-15)


# ---- deep graphs, accumulation, zero_grad --------------------------------------------

def test_a_100000_node_chain_runs_backward_without_recursion():
    x = vg.tensor(1.0)
    y = x
    for _ in range(100_000):
        y = y * 1.0000001
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 50)  # a walk that recursed would fail at once
    try:
        y.backward()
        n = len(ancestors(y))
        y.zero_grad()
    finally:
        sys.setrecursionlimit(limit)
    assert n == 200_001  # x, 100,000 constants, 100,000 products
    assert x.grad is None
    y.backward()
    assert float(x.grad) == pytest.approx(1.0000001 ** 100_000, rel=1e-9)


def test_leaves_accumulate_across_backward_calls_like_pytorch():
    x = vg.tensor([1.0, 2.0])
    w = vg.parameter([0.5, -1.0])
    for k in (1, 2):
        L = vg.sum(w * x * x)
        L.backward()
        np.testing.assert_array_equal(w.grad, k * np.array([1.0, 4.0]))
        np.testing.assert_array_equal(x.grad, k * np.array([1.0, -4.0]))
    L.zero_grad()
    assert w.grad is None and x.grad is None


def test_intermediates_hold_only_the_latest_pass():
    x = vg.tensor(2.0)
    h = x * 3
    L = h * h
    L.backward()
    L.backward()
    assert float(h.grad) == 12.0  # ∂L/∂h = 2h, not 2·2h
    assert float(x.grad) == 72.0  # the leaf accumulated: 2 × 36


def test_backward_from_a_tensor_needs_its_gradient():
    W = vg.tensor([[1.0, 2.0], [3.0, 4.0]])
    y = W @ vg.tensor([1.0, -1.0])
    with pytest.raises(ValueError, match="scalar"):
        y.backward()
    y.backward(np.array([1.0, 0.5]))
    np.testing.assert_array_equal(W.grad, [[1.0, -1.0], [0.5, -0.5]])


def test_a_leaf_gets_its_own_gradient_array():
    a, b = vg.tensor([1.0, 2.0]), vg.tensor([3.0, 4.0])
    L = vg.sum(a + b)  # add passes one upstream array to both inputs
    L.backward()
    assert a.grad is not b.grad
    a.grad += 1  # in place, as a user might
    np.testing.assert_array_equal(b.grad, [1.0, 1.0])
    M = vg.tensor([[1.0, 2.0], [3.0, 4.0]])
    vg.sum(M.T * vg.tensor([[1.0, 2.0], [3.0, 4.0]])).backward()
    assert M.grad.flags.writeable and M.grad.base is None  # not a view of another node's gradient


def test_backward_returns_the_graph_in_topological_order_and_leaves_values_alone():
    x = vg.tensor(3.0)
    L = 2 * (x ** 2 + vg.exp(x))
    order = backward(L)
    assert order == [n for n in ancestors(L) if n.role != "constant"]
    assert all(order.index(i) < order.index(n) for n in order for i in n.inputs if i in order)
    assert float(x.data) == 3.0


def test_constants_are_data_and_take_no_gradient_like_pytorch():
    x = vg.tensor([1.0, 2.0])
    X = vg.tensor([[1.0, 0.0], [0.0, 3.0]], requires_grad=False)
    L = vg.sum(X @ x * 2 + 1)
    L.backward()
    assert X.role == "constant" and X.grad is None
    assert all(n.grad is None for n in ancestors(L) if n.role == "constant")  # 2 and 1 too
    np.testing.assert_array_equal(x.grad, [2.0, 6.0])
    assert [c.node for c in gradcheck(L)] == [x]


# ---- the Python API -----------------------------------------------------------------

def test_the_api_in_the_spirit_of_pytorch_and_micrograd():
    W = vg.tensor([[0.5, -0.2], [0.1, 0.4]], name="W")
    v = vg.tensor([1.0, 2.0])
    y = (W @ v).sum() + W.T.mean() * 2 + vg.relu(v - 1.5).sum() + vg.maximum(v, 1.5).mean()
    y.backward()
    assert isinstance(y, Tensor) and y.data.shape == () and isinstance(W.grad, np.ndarray)
    np.testing.assert_allclose(W.grad, [[1.5, 2.5], [1.5, 2.5]], rtol=1e-15)
    np.testing.assert_allclose(v.grad, [0.6 + 0.0, 0.2 + 1.0 + 0.5], rtol=1e-15)
    assert W.name == "W" and W.role == "input" and vg.parameter(1.0).role == "parameter"
    assert y.item() == pytest.approx(float(y.data))


# ---- gradcheck ------------------------------------------------------------------------

def test_gradcheck_passes_a_correct_graph_and_reports_each_leaf():
    x, y = vg.tensor([0.3, -0.7], name="x"), vg.parameter([[1.2], [0.4]], name="y")
    L = vg.mean(vg.tanh(x @ y) ** 2) + vg.sum(vg.sigmoid(x) * vg.log(y.T * y.T))
    before = float(L.data)
    checks = gradcheck(L)
    assert [c.node for c in checks] == [x, y]
    assert all(c.ok and c.error < 1e-7 for c in checks)
    assert float(L.data) == before  # the graph's values are left as they were


def test_gradcheck_flags_a_wrong_vjp_and_says_which_leaf(monkeypatch):
    exp = OPS["exp"]
    monkeypatch.setitem(OPS, "exp", replace(exp, vjp=lambda g, out, x, a: (g * out * 1.01,)))  # 1% off
    x, y = vg.tensor(1.5, name="x"), vg.tensor(-0.5, name="y")
    L = vg.exp(x) + x * y
    by_leaf = {c.node.name: c for c in gradcheck(L)}
    assert not by_leaf["x"].ok and by_leaf["x"].error == pytest.approx(0.01 * math.exp(1.5) / (math.exp(1.5) - 0.5),
                                                                        rel=1e-3)
    assert by_leaf["y"].ok and by_leaf["y"].error < 1e-7


def test_gradcheck_says_when_the_function_is_not_finite():
    x = vg.tensor(0.0)
    checks = gradcheck(vg.sqrt(x) * 2)
    assert not checks[0].finite and not checks[0].ok


# ---- recording ---------------------------------------------------------------------------

@pytest.mark.parametrize("record", [lambda x: x * 2, lambda x: 1 - x, lambda x: vg.exp(x), lambda x: vg.mean(x),
                                    lambda x: vg.sum(x, axis=0, keepdims=True), lambda x: x ** 3],
                         ids=["operator", "reflected-operator", "unary", "mean", "sum-axis", "pow"])
def test_a_recorded_node_has_every_field_the_constructor_gives(record):
    """apply() fills a node's fields itself (faster than Tensor(...)): the same fields, the same values."""
    x = vg.tensor([[1.0, 2.0], [3.0, 4.0]])
    y = record(x)
    like = Tensor(y.data, None, "intermediate", y.op, y.inputs, y.attrs, y.source)
    for field in Tensor.__slots__:
        if field not in ("id", "__weakref__"):
            assert getattr(y, field) is getattr(like, field) or getattr(y, field) == getattr(like, field), field
    assert type(y.data) is np.ndarray and y.data.dtype == np.float64  # a mean's number too (0-d array)
    assert like.id == y.id + 1
    for i in y.inputs:  # a number operand became a constant leaf, recorded before the node
        assert i is x or (i.role == "constant" and i.op is None and i.id < y.id)


def test_operators_record_what_apply_records():
    x = vg.tensor([1.0, -2.0])
    for op, (fast, slow) in {"add": (x + 2, vg.apply("add", x, 2)), "sub": (3 - x, vg.apply("sub", 3, x)),
                             "div": (x / x, vg.apply("div", x, x)), "mul": (0.5 * x, vg.apply("mul", 0.5, x))}.items():
        assert fast.op == slow.op == op
        assert [i.role for i in fast.inputs] == [i.role for i in slow.inputs]
        assert np.array_equal(fast.data, slow.data)
