"""PyTorch's autograd rules in the engine: who requires grad, who gets .grad, the cuts (detach,
item, no_grad), backward(gradient=...), accumulation, and torch's refusals — the cases issue #12
found wrong, each with the number PyTorch gives."""
from __future__ import annotations

import numpy as np
import pytest

from visualgrad.engine import Tape, ancestors
from visualgrad.engine import functions as vf
from visualgrad.engine.tensor import Tensor


def x_(v, grad=True):
    return vf.leaf(v, requires_grad=grad, name="x")


def test_a_detached_target_takes_no_gradient():
    # target = (x * 2).detach(); loss = ((x - target)**2).sum()  ->  PyTorch: x.grad = [-2, -4, -6]
    x = x_([1.0, 2.0, 3.0])
    target = vf.detach(x * 2)
    vf.backward(vf.sum((x - target) ** 2))
    assert x.grad.tolist() == [-2.0, -4.0, -6.0]
    assert target.grad is None and not target.requires_grad
    assert target.op == "detach" and target.inputs[0].op == "mul"  # the picture keeps the cut's input


def test_x_times_its_detached_self_is_linear():
    x = x_(3.0)
    vf.backward(x * x.detach())
    assert float(x.grad) == 3.0


def test_item_is_a_number_outside_the_graph():
    x = x_(3.0)
    scale = x.item()
    vf.backward(scale * x ** 2)
    assert float(x.grad) == 18.0


def test_constants_and_data_never_get_a_gradient_nor_pass_one():
    x = x_([1.0, 2.0])
    c = vf.constant([3.0, 4.0])
    y = vf.leaf([0.5, 0.5])  # requires_grad=False by default, as torch.tensor
    h = c * x + y * 2
    assert h.requires_grad and not (y * 2).requires_grad and not c.requires_grad
    vf.backward(vf.sum(h))
    assert x.grad.tolist() == [3.0, 4.0]
    assert c.grad is None and y.grad is None
    visited = {n.id for n in vf.backward(vf.sum(h))}
    assert c.id not in visited and y.id not in visited


def test_no_grad_results_have_no_history():
    x = x_([1.0, 2.0])
    with vf.no_grad():
        assert not vf.is_grad_enabled()
        y = x * 3
        with vf.enable_grad():
            z = x * 3
    assert vf.is_grad_enabled()
    assert not y.requires_grad and y.op is None and y.inputs == () and y.role == "constant"
    assert z.requires_grad and z.op == "mul"
    vf.backward(vf.sum(y * x))
    assert x.grad.tolist() == [3.0, 6.0]
    vf.set_grad_enabled(False)
    try:
        assert not (x + 1).requires_grad
    finally:
        vf.set_grad_enabled(True)


def test_backward_with_a_gradient_seeds_and_leaves_accumulate():
    x = x_([1.0, 2.0, 3.0])
    q = 3 * x ** 3
    vf.backward(q, gradient=[1.0, 0.5, 0.0])
    assert x.grad.tolist() == [9.0, 18.0, 0.0]
    vf.backward(3 * x ** 3, gradient=np.ones(3))
    assert x.grad.tolist() == [18.0, 54.0, 81.0]


def test_backward_refuses_what_pytorch_refuses():
    x = x_([1.0, 2.0])
    with pytest.raises(vf.EngineError, match="only for scalar outputs"):
        vf.backward(x * 2)
    with pytest.raises(vf.EngineError, match="Mismatch in shape"):
        vf.backward(x * 2, gradient=[1.0, 2.0, 3.0])
    with pytest.raises(vf.EngineError, match="does not require grad"):
        vf.backward(vf.sum(vf.constant([1.0]) * 2))


def test_requires_grad_flags_follow_pytorchs_rules():
    w = vf.leaf([1.0, 2.0])
    w.requires_grad = True
    assert w.requires_grad and w.role == "input"
    w.requires_grad_(False)
    assert not w.requires_grad and w.role == "constant"
    p = vf.leaf([1.0], requires_grad=True, role="parameter")
    with pytest.raises(vf.EngineError, match="leaf variables"):
        (p * 2).requires_grad = False
    # (randn * 0.1).requires_grad_(): a result of constants is a leaf to PyTorch, and becomes one here
    v = (vf.constant([2.0, 4.0]) * 0.5).requires_grad_()
    assert v.requires_grad and v.op is None and v.data.tolist() == [1.0, 2.0]
    vf.backward(vf.sum(v * v))
    assert v.grad.tolist() == [2.0, 4.0]


def test_a_role_change_keeps_requires_grad_in_step():
    t = Tensor(2.0, role="constant")
    assert not t.requires_grad
    t.role = "input"
    assert t.requires_grad
    t.role = "output"
    assert t.requires_grad


def test_groups_and_sources_are_stamped_on_new_nodes():
    from visualgrad.engine import Source
    x = x_([0.1, 0.2, 0.3])
    with vf.at(Source(4, 1, "y = F.softmax(x, 0)")), vf.group("layer") as outer:
        y = vf.softmax(x, 0)
    inner = y.group
    assert inner.title == "softmax" and inner.parent is outer and outer.title == "layer"
    assert y.source.line == 4
    assert {n.group for n in ancestors(y) if n.op} == {inner}
    assert (x * 2).group is None and (x * 2).source is None


def test_a_tape_replays_a_graph_with_cuts_and_constants():
    x = x_([1.0, 2.0])
    c = vf.constant([0.5, 0.5])
    out = vf.sum((x - vf.detach(x * 2)) ** 2 * c)
    tape = Tape(out)
    tape.backward()
    assert x.grad.tolist() == [-1.0, -2.0]
    x.data = np.array([2.0, 3.0])
    x.grad = None
    tape.forward()
    tape.backward()
    assert x.grad.tolist() == [-2.0, -3.0] and c.grad is None


def test_max_returns_values_and_indices_like_torch():
    x = x_([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]])
    r = vf.max(x, dim=1)
    values, indices = r
    assert r.values is values and r.indices is indices
    assert indices.data.tolist() == [1.0, 0.0] and indices.dtype == "int64" and not indices.requires_grad
    vf.backward(vf.sum(values))
    assert x.grad.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]


@pytest.mark.parametrize("call,message", [
    (lambda: vf.sum(vf.leaf([1.0, 2.0]), dim=2), "Dimension out of range"),
    (lambda: vf.reshape(vf.leaf([1.0, 2.0, 3.0]), (2, -1)), "invalid for input of size 3"),
    (lambda: vf.mm(vf.leaf([1.0, 2.0]), vf.leaf([[1.0]])), "self must be a matrix"),
    (lambda: vf.mm(vf.leaf([[1.0, 2.0]]), vf.leaf([[1.0]])), "cannot be multiplied"),
    (lambda: vf.dot(vf.leaf([1.0, 2.0]), vf.leaf([1.0])), "inconsistent tensor size"),
    (lambda: vf.matmul(vf.leaf(1.0), vf.leaf([1.0])), "at least 1D"),
    (lambda: vf.add(vf.leaf([1.0, 2.0]), vf.leaf([1.0, 2.0, 3.0])), "broadcast"),
    (lambda: vf.cross_entropy(vf.leaf([[1.0, 2.0]]), [2]), "out of bounds"),
    (lambda: vf.cross_entropy(vf.leaf([[1.0, 2.0]]), [0, 1]), "batch_size"),
    (lambda: vf.binary_cross_entropy(vf.leaf([1.5]), vf.leaf([1.0])), "input should be between 0 and 1"),
    (lambda: vf.binary_cross_entropy(vf.leaf([np.nan]), vf.leaf([1.0])), "input should be between 0 and 1"),
    (lambda: vf.binary_cross_entropy(vf.leaf([0.5]), vf.leaf([1.5])), "target should be between 0 and 1"),
    (lambda: vf.mse_loss(vf.leaf([1.0]), vf.leaf([1.0]), reduction="avg"), "not a valid value"),
    (lambda: vf.max(vf.leaf(np.zeros((0,)))), "numel"),
    (lambda: vf.getitem(vf.leaf([1.0, 2.0]), slice(None, None, -1)), "step must be greater than zero"),
    (lambda: vf.getitem(vf.leaf([1.0, 2.0]), 5), "out of bounds"),
    (lambda: vf.getitem(vf.leaf([1.0, 2.0]), vf.leaf([0.0])), "must be long"),
    (lambda: vf.clamp(vf.leaf([1.0])), "At least one"),
    (lambda: vf.stack([vf.leaf([1.0]), vf.leaf([1.0, 2.0])]), "equal size"),
    (lambda: vf.cat([vf.leaf(1.0)]), "zero-dimensional"),
    (lambda: vf.t(vf.leaf(np.zeros((1, 1, 1)))), "<= 2 dimensions"),
    (lambda: vf.expand(vf.leaf([1.0, 2.0]), 3), "must match the existing size"),
    (lambda: vf.softmax(vf.leaf([1.0]), None), "dim"),
    (lambda: vf.gelu(vf.leaf([1.0]), "fast"), "approximate"),
    (lambda: vf.leaf([1.0, 2.0]).item(), "cannot be converted"),
])
def test_what_pytorch_refuses_is_refused_with_its_reason(call, message):
    with pytest.raises(vf.EngineError, match=message):
        call()


@pytest.mark.parametrize("make,twice_ok", [
    (lambda x: vf.sum(x + 1), True), (lambda x: vf.mean(-x), True), (lambda x: vf.getitem(x, 0), True),
    (lambda x: vf.sum(vf.cat([x, x])), True), (lambda x: vf.sum(vf.reshape(x, (2, 1))), True),
    (lambda x: vf.sum(x * 2), False), (lambda x: vf.sum(x / 2), False), (lambda x: vf.sum(x ** 2), False),
    (lambda x: vf.sum(vf.getitem(x, [0, 1])), False), (lambda x: vf.sum(vf.relu(x)), False),
], ids=["add", "mean of neg", "x[0]", "cat", "reshape", "x*2", "x/2", "x**2", "x[[0,1]]", "relu"])
def test_a_second_backward_needs_retain_graph_where_pytorch_freed_something(make, twice_ok):
    x = x_([1.0, 2.0])
    y = make(x)
    vf.backward(y, retain_graph=False)  # PyTorch's default
    if twice_ok:
        vf.backward(y, retain_graph=False)
    else:
        with pytest.raises(vf.EngineError, match="retain_graph=True"):
            vf.backward(y, retain_graph=False)
    z = make(x)
    vf.backward(z, retain_graph=True)
    vf.backward(z, retain_graph=False)  # retained: the second pass runs, and the leaf accumulates
    w = x_([1.0, 2.0])
    vf.backward(make(w))
    assert np.array_equal(x.grad, (4 if twice_ok else 3) * w.grad)  # a refused pass adds nothing


def test_a_shared_subgraph_is_freed_by_the_first_loss():
    x = x_(3.0)
    z = x ** 2
    vf.backward(z * 2, retain_graph=False)
    with pytest.raises(vf.EngineError, match="second time"):
        vf.backward(z * 3, retain_graph=False)
    vf.backward(x * 3)  # the engine's own default keeps graphs (micrograd's rule): always runs
    (z * 3).backward()  # visualgrad's own passes (gradcheck, presets) over a freed graph are never refused
    assert float(x.grad) == 12.0 + 3.0 + 18.0


def test_composites_are_function_groups_the_picture_can_open():
    x = x_([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])
    with vf.group("net") as net:
        loss = vf.cross_entropy(x, [2, 0])
    ce = loss.group
    assert (ce.title, ce.kind, ce.parent) == ("cross_entropy", "function", net) and net.kind == "module"
    inner = {n.group.title for n in ancestors(loss) if n.op and n.group is not ce}
    assert inner == {"log_softmax"}  # nested inside cross_entropy
    for f in (lambda: vf.mse_loss(x, 0.0), lambda: vf.l1_loss(x, 0.0), lambda: vf.softmax(x, 1),
              lambda: vf.outer(vf.getitem(x, 0), vf.getitem(x, 1))):
        assert f().group.kind == "function"


def test_groups_of_lists_each_box_with_its_nodes():
    from visualgrad.engine import groups_of
    x = x_([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])
    with vf.group("net"):
        loss = vf.cross_entropy(x * 2, [2, 0])
    order = ancestors(loss)
    boxes = groups_of(order)
    assert [g.title for g in boxes] == ["net", "cross_entropy", "log_softmax"]
    net, ce, ls = boxes
    assert set(boxes[ls]) < set(boxes[ce]) < set(boxes[net]) and loss.id in boxes[ce]
    assert x.id not in boxes[net]  # the input was made outside
    assert list(groups_of(order, kind="function")) == [ce, ls]


def test_transposes_and_slices_are_views_as_in_numpy():
    """X.T @ M gives numpy's own bits (a view, not a copy, feeds the product), and a slice shares
    its base's numbers, as numpy's and PyTorch's do."""
    r = np.random.default_rng(3)
    X, M = r.standard_normal((8, 3)), r.standard_normal((8, 4))
    assert np.array_equal(vf.matmul(vf.t(vf.constant(X)), vf.constant(M)).data, X.T @ M)
    assert np.array_equal(vf.matmul(vf.permute(vf.constant(X), 1, 0), vf.constant(M)).data, X.T @ M)
    x = vf.constant(X)
    row = vf.getitem(x, 0)
    x.data[0, 0] = 42.0
    assert row.data[0] == 42.0
