"""engine.Tape: a recorded graph replayed with its bookkeeping planned once gives the ordinary engine's
numbers to the bit (recompute() forward, backward() gradients), on every op and every walk rule."""
from __future__ import annotations

import numpy as np
import pytest

import visualgrad as vg
from visualgrad.engine import OPS, Tape, ancestors, backward, recompute
from visualgrad.presets import Trainer, get_preset


def _bits(a) -> bytes | None:
    """An array's exact content (NaN payloads and −0.0 included), with its dtype and shape."""
    if a is None:
        return None
    a = np.asarray(a)
    return a.dtype.str.encode() + repr(a.shape).encode() + a.tobytes()


def _snapshot(order) -> list:
    return [(n.id, _bits(n.data), _bits(n.grad)) for n in order]


# Each builder records a fresh graph and returns (output, leaves to move between passes).
def _seed_example():
    x = vg.tensor(3.0, name="x")
    return 2 * (x ** 2 + vg.exp(x)), [x]


def _same_input_twice_and_fan_out():
    x = vg.tensor([0.5, -1.25, 2.0])
    s = vg.sin(x)
    return vg.sum(x * x + s * s - s / (x + 3)), [x]


def _transposed_leaf_and_constants():
    """M.T passes M a view of its gradient (the leaf must get a copy); C and the 2 are constants."""
    M = vg.tensor([[1.0, 2.0], [3.0, -4.0]])
    C = vg.tensor([[0.5, 1.0], [-1.0, 2.0]], requires_grad=False)
    return vg.mean(vg.tanh(M.T * C) - 2), [M]


def _broadcasting_and_reductions():
    W = vg.parameter(np.linspace(-1, 1, 6).reshape(2, 3))
    b = vg.parameter([0.1, -0.2, 0.3])
    c = vg.parameter([[0.5], [-0.5]])
    x = vg.tensor(np.linspace(0.5, 2, 3))
    h = vg.relu(W * x + b) + c
    y = vg.sum(vg.sqrt(h * h + 1), axis=0) + vg.mean(h ** 3, axis=1, keepdims=True).sum()
    return vg.sum(vg.maximum(y, 1.5) + vg.minimum(x ** b, 2.0) + vg.abs(-vg.log(x)) * vg.cos(y)), [W, b, c, x]


def _matmuls():
    A = vg.parameter(np.arange(6.0).reshape(2, 3) / 7)
    v = vg.tensor([1.0, -2.0, 0.5])
    B = vg.parameter(np.arange(12.0).reshape(3, 4) / 11)
    u = vg.tensor([0.25, -0.75])
    return vg.sigmoid(u @ (A @ B)).sum() + (A @ v).mean() + vg.sum(B.T @ v), [A, B, v, u]


def _functions():
    """Every op the functional API adds: n-ary ones (cat, stack, clamp between tensors) included."""
    from visualgrad.engine import functions as vf
    x = vf.leaf(np.linspace(-1.5, 2.0, 12).reshape(3, 4), True)
    w = vf.leaf([0.3, -0.2, 0.9, 0.1], True)
    lo, hi = vf.leaf(-0.5, True), vf.leaf([1.0, 0.4, 1.0, 0.2], True)
    h = vf.leaky_relu(x) + vf.gelu(x) + vf.gelu(x, "tanh") + vf.softplus(x) + vf.log1p(vf.abs(x))
    h = vf.clamp(h, -1, 2) + vf.clamp(x, lo, hi) + vf.where(x.data > 0, x, w)
    p = vf.prod(vf.sigmoid(h), dim=1) + vf.amax(h, 0).sum() + vf.amin(h) + vf.max(h) + vf.min(h)
    p = p + vf.min(h, 1).values.sum()
    p = p + vf.max(h, dim=0).values.mean() + vf.norm(h, 3, dim=1) + vf.logsumexp(h, dim=1)
    r = vf.reshape(vf.permute(vf.expand(vf.unsqueeze(w, 0), 2, 4), 1, 0), -1)
    c = vf.cat([vf.getitem(x, (slice(None), [0, 0, 3])).sum(0), r, vf.detach(w)])
    s = vf.stack([w, w * 2, w.sin()], dim=1)
    t = vf.mse_loss(c.sum() + s.sum(), p.sum()) + vf.cross_entropy(x, [1, 0, 3]) + vf.l1_loss(w, 0.5)
    t = t + vf.binary_cross_entropy(vf.sigmoid(w), [0.0, 1.0, 1.0, 0.0], weight=[1.0, 2.0, 1.0, 0.5])
    t = t + vf.binary_cross_entropy_with_logits(w, vf.sigmoid(w), pos_weight=[2.0, 1.0, 1.0, 3.0])
    u = vf.tan(w) + vf.reciprocal(w + 2) + vf.rsqrt(w + 2) + vf.expm1(w) + vf.log2(w + 2) + vf.log10(w + 2)
    u = u + vf.silu(w) + vf.logsigmoid(w) + vf.elu(w) + vf.hardtanh(w, -0.1, 0.5) + vf.sign(w) * vf.floor(w)
    u = u + vf.ceil(w) * vf.round(w) * vf.trunc(w) + vf.var(x, 1).sum() + vf.std(x, 0, correction=0)
    u = u + vf.tril(x, 1).sum(0) * vf.triu(x, -1).sum(0) + vf.masked_fill(x, x.data > 0.5, lo).sum(0)
    return vf.softmax(vf.t(x), 0).sum() * t + vf.log_softmax(x, 1).mean() + u.sum(), [x, w, lo, hi]


class _Cube:
    """A program's own Function as the language layer hands it to the engine: forward and backward of its own."""
    name = "Cube"

    def forward_data(self, xs):
        return xs[0] ** 3

    def vjp_data(self, g, out, xs):
        return (g * 3 * xs[0] ** 2,)


def _custom_function():
    from visualgrad.engine import apply
    x = vg.tensor([0.5, -1.5, 2.0])
    return vg.sum(apply("custom", x * 2, fn=_Cube()) + x), [x]


BUILDERS = [_seed_example, _same_input_twice_and_fan_out, _transposed_leaf_and_constants,
            _broadcasting_and_reductions, _matmuls, _functions, _custom_function]


def _nudge(leaves, step):
    for leaf in leaves:
        leaf.data = leaf.data * 0.9 + 0.01 * step


@pytest.mark.parametrize("build", BUILDERS, ids=lambda f: f.__name__.strip("_"))
def test_a_replay_gives_the_engines_values_and_gradients_to_the_bit(build):
    ours, ours_leaves = build()
    theirs, their_leaves = build()
    ours_order, their_order = ancestors(ours), ancestors(theirs)
    tape = Tape(ours, ours_order)
    for step in range(4):
        if step:  # new leaf values, then the forward pass again
            _nudge(ours_leaves, step)
            _nudge(their_leaves, step)
            tape.forward()
            recompute(their_order)
        if step != 2:  # zero_grad(), except once: leaves then accumulate across passes
            for n in ours_order + their_order:
                if n.op is None:
                    n.grad = None
        visited = tape.backward()
        expected = backward(theirs)
        assert [n.id - ours.id for n in visited] == [n.id - theirs.id for n in expected]
        assert [_bits(n.data) for n in ours_order] == [_bits(n.data) for n in their_order]
        assert [_bits(n.grad) for n in ours_order] == [_bits(n.grad) for n in their_order]


def test_the_builders_cover_every_op_in_the_table():
    seen = set()
    for build in BUILDERS:
        seen |= {n.op for n in ancestors(build()[0]) if n.op}
    assert seen == set(OPS)


def test_nan_and_infinity_replay_quietly_and_alike(recwarn):
    x = vg.tensor([-1.0, 0.0, 800.0])
    L = vg.sum(vg.log(x) + vg.exp(x) + 1 / x)
    tape = Tape(L)
    tape.forward()
    tape.backward()
    got = _snapshot(tape.order)
    for n in tape.order:
        n.grad = None
    recompute(tape.order)
    backward(L)
    assert got == _snapshot(tape.order)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def test_a_leaf_gets_its_own_array_from_a_replay_too():
    a, b = vg.tensor([1.0, 2.0]), vg.tensor([3.0, 4.0])
    M = vg.tensor([[1.0, 2.0], [3.0, 4.0]])
    L = vg.sum(a + b) + vg.sum(M.T)  # add hands one array to both; transpose hands M a view
    Tape(L).backward()
    assert a.grad is not b.grad and M.grad.base is None and M.grad.flags.writeable
    a.grad += 1
    assert np.array_equal(b.grad, [1.0, 1.0])


def test_a_replay_takes_an_upstream_gradient_for_a_tensor_output():
    W = vg.tensor([[1.0, 2.0], [3.0, 4.0]])
    y = W @ vg.tensor([1.0, -1.0])
    with pytest.raises(ValueError, match="scalar outputs"):
        Tape(y).backward()
    Tape(y).backward([1.0, 0.5])
    assert np.array_equal(W.grad, [[1.0, -1.0], [0.5, -0.5]])


def test_a_replay_holds_no_gradient_arrays_between_passes():
    x = vg.tensor([1.0, 2.0])
    tape = Tape(vg.sum(x * 3))
    tape.backward()
    assert all(g is None for g in tape._grads)


def _plain_engine_training(preset: str, epochs: int):
    """The Trainer's loop written with recompute() and backward() (what it did before the Tape)."""
    graph = get_preset(preset).build(None, **get_preset(preset).training_params)
    weights = list(graph.parameters().values())
    losses = []
    for _ in range(epochs):
        for leaf in graph.leaves.values():
            leaf.grad = None
        backward(graph.output, None, graph.order)
        losses.append(float(graph.output.data))
        for w in weights:
            w.data = w.data - 0.1 * w.grad
        recompute(graph.order)
    return losses, {k: t.data for k, t in graph.parameters().items()}


@pytest.mark.parametrize("preset", ["xor-mlp", "neuron"])
def test_the_trainer_trains_exactly_as_the_plain_engine_does(preset):
    losses, weights = _plain_engine_training(preset, 300)
    t = Trainer(preset, learning_rate=0.1)
    assert t.step(300) == losses  # floats compared exactly
    assert {k: _bits(v) for k, v in t.params.items()} == {k: _bits(v) for k, v in weights.items()}


def test_every_op_reads_as_text_with_one_derivative_per_input():
    """The narration writes each node's formula and each input's local derivative from the table."""
    seen = set()
    for build in BUILDERS:
        for n in ancestors(build()[0]):
            if n.op is None:
                continue
            names = [f"v{k}" for k in range(len(n.inputs))]
            op = OPS[n.op]
            formula, derivs = op.formula(names, n.attrs or {}), op.derivs(names, n.attrs or {})
            assert isinstance(formula, str) and formula and op.symbol, n.op
            assert len(derivs) == len(n.inputs) and all(isinstance(d, str) and d for d in derivs), n.op
            seen.add(n.op)
    assert seen == set(OPS)
