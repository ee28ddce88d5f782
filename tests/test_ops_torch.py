"""Every function of visualgrad.engine.functions against PyTorch float64, in every argument form.

Each case calls our function and torch's with the same arguments (the API has torch's names),
compares the value, then seeds both with the same random gradient and compares every input's
gradient: rtol 1e-9, NaN where PyTorch has NaN, ±∞ where it has ±∞. Shapes cover broadcasting,
dims (negative, tuples), keepdim, ties, zeros, and NaN/∞ where a formula meets 0·∞.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from visualgrad.engine import functions as vf

torch = pytest.importorskip("torch")
F = torch.nn.functional
# torch warns when var/std divide by N − correction ≤ 0 (we give its NaN, quietly)
pytestmark = [pytest.mark.torch, pytest.mark.filterwarnings("ignore:.*degrees of freedom")]

RTOL, ATOL = 1e-9, 1e-12
NAN, INF = math.nan, math.inf
rng = np.random.default_rng(12)


def R(*shape, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, shape)


def P(*shape):
    return rng.uniform(0.2, 2.0, shape)


SPECIAL = np.array([NAN, INF, -INF, 0.0, -0.0, 1.0, -1.0, 0.5, -3.0, 40.0, -800.0])


def _ours(a, grad):
    return vf.leaf(a, requires_grad=grad)


def _theirs(a, grad):
    return torch.tensor(np.asarray(a, dtype=np.float64), dtype=torch.float64, requires_grad=grad)


def same(ours, theirs, what):
    theirs = theirs.detach().numpy() if hasattr(theirs, "detach") else np.asarray(theirs)
    ours = np.asarray(ours)
    assert ours.shape == theirs.shape, f"{what}: shape {ours.shape}, torch {theirs.shape}"
    np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=ATOL, equal_nan=True, err_msg=what)


def check(fn, *arrays, torch_fn=None, grads=None, seed=0, **kwargs):
    """fn(*inputs, **kwargs) here and in torch (torch_fn, or the same name in torch / F)."""
    name = fn if isinstance(fn, str) else fn.__name__
    ours_fn = getattr(vf, name) if isinstance(fn, str) else fn
    if torch_fn is None:
        torch_fn = getattr(F, name, None) or getattr(torch, name)
    grads = grads or [True] * len(arrays)
    ours_in = [_ours(a, g) if g is not None else a for a, g in zip(arrays, grads)]
    theirs_in = [_theirs(a, g) if g is not None else a for a, g in zip(arrays, grads)]
    out = ours_fn(*ours_in, **kwargs)
    tout = torch_fn(*theirs_in, **kwargs)
    what = f"{name}{[np.shape(a) for a in arrays]} {kwargs}"
    if isinstance(out, tuple):  # (values, indices)
        same(out.indices.data, tout.indices, what + " indices")
        assert out.indices.dtype == "int64" and not out.indices.requires_grad
        out, tout = out.values, tout.values
    same(out.data, tout, what + " value")
    if not tout.requires_grad:
        assert not out.requires_grad, what
        return out
    w = np.random.default_rng(seed).uniform(-1.5, 1.5, out.shape)
    vf.backward(out, w)
    tout.backward(torch.tensor(w))
    for k, (o, t) in enumerate(zip(ours_in, theirs_in)):
        if isinstance(t, torch.Tensor) and t.requires_grad:
            assert o.grad is not None, f"{what}: input {k} got no gradient"
            same(o.grad, t.grad, f"{what} gradient of input {k}")
    return out


# ---- elementwise ---------------------------------------------------------------------------

UNARY = ["abs", "sqrt", "exp", "log", "log1p", "sin", "cos", "tanh", "sigmoid", "relu", "square", "neg"]


@pytest.mark.parametrize("name", UNARY)
@pytest.mark.parametrize("data", [R(3, 4), R(), SPECIAL, np.array([0.0, -0.0, 1e-300, -1e-300])],
                         ids=["random", "0-d", "special", "zeros"])
def test_unary(name, data):
    check(name, data)


@pytest.mark.parametrize("kwargs", [{}, {"negative_slope": 0.2}])
def test_leaky_relu(kwargs):
    check("leaky_relu", np.concatenate([SPECIAL, R(5)]), **kwargs)


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu(approximate):
    check("gelu", np.concatenate([SPECIAL, R(6, lo=-6, hi=6)]), approximate=approximate)


@pytest.mark.parametrize("kwargs", [{}, {"beta": 2.0, "threshold": 3.0}, {"beta": 0.5}])
def test_softplus(kwargs):
    check("softplus", np.concatenate([SPECIAL, R(6, lo=-30, hi=30), [1.5, 1.6, 20.0]]), **kwargs)


BINARY = ["add", "sub", "mul", "div", "maximum", "minimum"]
SHAPE_PAIRS = [((3, 4), (3, 4)), ((3, 4), (4,)), ((2, 1, 4), (3, 1)), ((), (2, 3)), ((1,), ())]


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("shapes", SHAPE_PAIRS, ids=str)
def test_binary_broadcasting(name, shapes):
    a, b = R(*shapes[0]), R(*shapes[1])
    if name in ("maximum", "minimum"):  # ties too
        b = np.broadcast_to(np.round(b), b.shape).copy()
        a = np.round(a)
    if name == "div":
        b = np.where(np.abs(b) < 0.1, 0.5, b)
    check(name, a, b)


@pytest.mark.parametrize("name", BINARY)
def test_binary_special_values(name):
    a = np.repeat(SPECIAL, len(SPECIAL))
    b = np.tile(SPECIAL, len(SPECIAL))
    check(name, a, b)


def test_binary_with_numbers_and_constants():
    check(lambda x: vf.mul(x, 3.0), R(3), torch_fn=lambda x: torch.mul(x, 3.0))
    check(vf.sub, R(3), R(2, 3), grads=[True, False])
    check(vf.div, R(3), P(3), grads=[False, True])


def test_pow_forms():
    base = np.array([0.0, 0.0, 0.0, -2.0, 2.0, 3.0, 0.5, -1.5, NAN, INF])
    ex = np.array([-1.0, 0.0, 2.0, 0.5, INF, -2.5, 3.0, 2.0, 1.0, -1.0])
    check("pow", base, ex)  # tensor ** tensor; (0, -1) gives -inf to both
    for p in (2, 3, 0.5, -1, 0, -2.5, 1):
        check(lambda x, p=p: vf.pow(x, p), base, torch_fn=lambda x, p=p: torch.pow(x, p))
    check(lambda e: vf.pow(2.0, e), ex, torch_fn=lambda e: torch.pow(2.0, e))
    check(lambda e: vf.pow(0.0, e), ex, torch_fn=lambda e: torch.pow(0.0, e))
    check("pow", R(2, 3, lo=0.1), R(3))  # broadcasting exponent


def test_pow_at_zero_minus_one_is_minus_infinity():
    x, y = vf.leaf(0.0, True), vf.leaf(-1.0, True)
    vf.backward(vf.pow(x, y))
    assert x.grad == -np.inf and y.grad == -np.inf


@pytest.mark.parametrize("bounds", [(-1, 1), (None, 0.5), (-0.5, None), (1, -1), (0, 0)], ids=str)
def test_clamp_number_bounds(bounds):
    x = np.array([-1.0, 1.0, 0.0, 2.0, NAN, -2.0, 0.5, -0.5, INF])
    check("clamp", x, min=bounds[0], max=bounds[1])
    check("clip", x, min=bounds[0], max=bounds[1])


def test_clamp_tensor_bounds():
    x = np.array([-1.0, 1.0, 0.0, 2.0, 0.5, -3.0])
    lo = np.array([-1.0, 0.0, 0.0, 0.0, 1.0, -1.0])
    hi = np.array([1.0, 1.0, 0.0, 1.0, 0.0, 2.0])
    check(lambda x, a, b: vf.clamp(x, a, b), x, lo, hi, torch_fn=lambda x, a, b: torch.clamp(x, a, b))
    check(lambda x, a: vf.clamp(x, min=a), x, lo, torch_fn=lambda x, a: torch.clamp(x, min=a))
    check(lambda x, b: vf.clamp(x, max=b), x, hi, torch_fn=lambda x, b: torch.clamp(x, max=b))
    check(lambda x, b: vf.clamp(x, max=b), R(2, 3), R(3), torch_fn=lambda x, b: torch.clamp(x, max=b))


def test_where():
    cond = np.array([[True, False, True]])
    check(lambda x, y: vf.where(cond, x, y), R(2, 3), R(3),
          torch_fn=lambda x, y: torch.where(torch.tensor(cond), x, y))
    check(lambda x: vf.where(cond, x, 0.0), R(2, 1), torch_fn=lambda x: torch.where(torch.tensor(cond), x, 0.0))


# ---- reductions ------------------------------------------------------------------------------

DIMS = [{}, {"dim": 0}, {"dim": -1}, {"dim": 1, "keepdim": True}, {"dim": (0, 2)},
        {"dim": (-1, 0), "keepdim": True}, {"dim": None, "keepdim": True}]


@pytest.mark.parametrize("name", ["sum", "mean", "amax", "amin", "norm", "logsumexp"])
@pytest.mark.parametrize("kwargs", DIMS, ids=str)
def test_reductions_over_dims(name, kwargs):
    if name == "logsumexp" and kwargs.get("dim") is None:
        kwargs = {**kwargs, "dim": (0, 1, 2)}
    x = np.round(R(2, 3, 4))  # integers: ties for amax/amin
    check(name, x, **kwargs)


def test_reductions_of_0d_and_1d():
    for name in ("sum", "mean", "amax", "norm", "prod"):
        check(name, R())
        check(name, R(), dim=0)
        check(name, R(5), dim=-1, keepdim=True)
    check("logsumexp", R(), dim=0)


@pytest.mark.parametrize("kwargs", [{}, {"dim": 0}, {"dim": 1, "keepdim": True}, {"dim": -1}], ids=str)
@pytest.mark.parametrize("data", [R(3, 4), np.array([[2.0, 0.0, 3.0], [1.0, 4.0, 0.5]]),
                                  np.array([[0.0, 0.0, 3.0], [1.0, 4.0, 0.5]]), np.array([[0.0, 2.0], [0.0, 0.0]])],
                         ids=["random", "one zero", "two zeros", "zero columns"])
def test_prod(kwargs, data):
    check("prod", data, **kwargs)


@pytest.mark.parametrize("name", ["max", "min"])
@pytest.mark.parametrize("data", [np.array([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]]), R(3, 4),
                                  np.array([[1.0, NAN, 3.0], [NAN, 2.0, NAN]]),
                                  np.array([[-INF, INF, 3.0], [1.0, 1.0, 1.0]])],
                         ids=["ties", "random", "nan", "inf"])
@pytest.mark.parametrize("kwargs", [{}, {"dim": 0}, {"dim": 1}, {"dim": -1, "keepdim": True}], ids=str)
def test_max_min(name, data, kwargs):
    check(name, data, **kwargs)


def test_max_of_0d_with_a_dim():
    check("max", R(), dim=0)


@pytest.mark.parametrize("name", ["argmax", "argmin"])
@pytest.mark.parametrize("kwargs", [{}, {"dim": 0}, {"dim": 1, "keepdim": True}, {"dim": -1}], ids=str)
def test_argmax(name, kwargs):
    for data in (np.array([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]]), np.array([[1.0, NAN, 3.0], [0.0, 2.0, NAN]])):
        ours = getattr(vf, name)(vf.leaf(data, True), **kwargs)
        theirs = getattr(torch, name)(torch.tensor(data), **kwargs)
        same(ours.data, theirs.numpy().astype(np.float64), f"{name} {kwargs}")
        assert ours.dtype == "int64" and not ours.requires_grad


@pytest.mark.parametrize("p", [2, 1, INF, -INF, 0, 3, 0.5, 1.5, "fro"])
@pytest.mark.parametrize("kwargs", [{}, {"dim": 1}, {"dim": 0, "keepdim": True}], ids=str)
def test_norm(p, kwargs):
    check("norm", np.array([[NAN, 1.0, -2.0], [1.0, NAN, NAN], [INF, -1.0, 0.0]]), p=p if p != 0 else 1, **kwargs)
    data = np.array([[3.0, -4.0, 0.0], [0.0, 0.0, 0.0], [1.0, -1.0, 1.0]])
    if p == "fro" and kwargs:
        return
    if p == 0:  # PyTorch's gradient is a 0-d zero (it broadcasts): ours has x's shape
        for d in (data, R(3, 3)):
            x = vf.leaf(d, True)
            y = vf.norm(x, p=0, **kwargs)
            same(y.data, torch.norm(torch.tensor(d), p=0, **kwargs), "norm p=0")
            vf.backward(y, np.ones(y.shape))
            assert np.array_equal(x.grad, np.zeros((3, 3)))
        return
    check("norm", data, p=p, **kwargs)
    check("norm", R(3, 3), p=p, **kwargs)


@pytest.mark.parametrize("name", ["softmax", "log_softmax"])
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmax_family(name, dim):
    check(name, R(3, 4, lo=-5, hi=5), dim=dim)
    check(name, np.array([[-INF, 0.0, 1.0], [2.0, 2.0, -INF]]), dim=dim)
    check(name, np.array([[1000.0, 0.0, -1000.0], [3.0, 3.0, 3.0]]), dim=dim)


def test_softmax_is_one_group_that_cuts_the_max():
    x = vf.leaf(R(4), True)
    y = vf.softmax(x, 0)
    assert y.group is not None and y.group.title == "softmax"
    assert "detach" in {n.op for n in _ancestors(y)}
    check("softmax", R(), dim=0)


def test_logsumexp_infinities():
    check("logsumexp", np.array([[INF, 0.0], [-INF, -INF], [1.0, -INF]]), dim=1)
    check("logsumexp", R(2, 3), dim=(0, 1), keepdim=True)


def _ancestors(t):
    from visualgrad.engine import ancestors
    return ancestors(t)


# ---- shape and indexing ---------------------------------------------------------------------

def test_reshape_view_flatten():
    x = R(2, 3, 4)
    check(lambda a: vf.reshape(a, (4, -1)), x, torch_fn=lambda a: torch.reshape(a, (4, -1)))
    check(lambda a: vf.reshape(a, 24), x, torch_fn=lambda a: a.reshape(24))
    check(lambda a: vf.view(a, 6, 4), x, torch_fn=lambda a: a.view(6, 4))
    check(lambda a: vf.reshape(a, ()), R(1), torch_fn=lambda a: a.reshape(()))
    for kwargs in ({}, {"start_dim": 1}, {"start_dim": 0, "end_dim": 1}, {"start_dim": -2, "end_dim": -1}):
        check("flatten", x, **kwargs)
    check("flatten", R())


def test_squeeze_unsqueeze():
    x = R(2, 1, 3, 1)
    check("squeeze", x)
    for d in (1, -1, 0, (1, 3)):
        check("squeeze", x, dim=d)
    for d in (0, 2, -1, 4, -5):
        check("unsqueeze", x, dim=d)
    check("unsqueeze", R(), dim=0)


def test_transposes():
    check("t", R(2, 3))
    check("t", R(3))
    check("t", R())
    check("transpose", R(2, 3, 4), dim0=0, dim1=2)
    check("transpose", R(2, 3), dim0=-1, dim1=0)
    check(lambda a: vf.permute(a, (2, 0, 1)), R(2, 3, 4), torch_fn=lambda a: a.permute(2, 0, 1))
    check(lambda a: vf.permute(a, 1, -1, 0), R(2, 3, 4), torch_fn=lambda a: a.permute(1, -1, 0))


def test_expand():
    check(lambda a: vf.expand(a, 2, 3, 4), R(3, 1), torch_fn=lambda a: a.expand(2, 3, 4))
    check(lambda a: vf.expand(a, (-1, 4)), R(3, 1), torch_fn=lambda a: a.expand(-1, 4))


INDICES = [0, -1, slice(1, None), slice(None, None, 2), (slice(None), 1), (1, slice(0, 2)), (None, 0),
           (Ellipsis, 1), [0, 0, 2], ([0, 2], [1, 1]), (slice(None), [2, 0, 2]),
           np.array([True, False, True]), (0, 1, 2)]


@pytest.mark.parametrize("index", INDICES, ids=repr)
def test_getitem(index):
    x = R(3, 4, 3)
    tindex = tuple(torch.tensor(p) if isinstance(p, np.ndarray) else p for p in index) \
        if isinstance(index, tuple) else (torch.tensor(index) if isinstance(index, np.ndarray) else index)
    check(lambda a: vf.getitem(a, index), x, torch_fn=lambda a: a[tindex])


def test_getitem_with_index_tensors():
    idx = vf.constant([2, 0, 2], dtype="int64")
    mask = vf.constant([True, False, True, True], dtype="bool")
    check(lambda a: vf.getitem(a, idx), R(3, 2), torch_fn=lambda a: a[torch.tensor([2, 0, 2])])
    check(lambda a: vf.getitem(a, mask), R(4), torch_fn=lambda a: a[torch.tensor([True, False, True, True])])
    ours = vf.max(vf.leaf(R(3, 4), True), dim=1)
    vf.getitem(vf.leaf(R(4), True), ours.indices)  # indices index


def test_cat_stack():
    a, b, c = R(2, 3), R(1, 3), R(4, 3)
    check(lambda x, y, z: vf.cat([x, y, z]), a, b, c, torch_fn=lambda x, y, z: torch.cat([x, y, z]))
    check(lambda x, y: vf.cat((x, y), dim=-1), R(2, 3), R(2, 1), torch_fn=lambda x, y: torch.cat((x, y), dim=-1))
    for d in (0, 1, 2, -1):
        check(lambda x, y, d=d: vf.stack([x, y], dim=d), R(2, 3), R(2, 3),
              torch_fn=lambda x, y, d=d: torch.stack([x, y], dim=d))
    check(lambda x, y: vf.cat([x, y]), a, a, grads=[True, False], torch_fn=lambda x, y: torch.cat([x, y]))


# ---- products ------------------------------------------------------------------------------

@pytest.mark.parametrize("shapes", [((2, 3), (3, 4)), ((3,), (3,)), ((3,), (3, 2)), ((2, 3), (3,)),
                                    ((2, 2, 3), (3, 4)), ((2, 1, 2, 3), (3, 3, 2))], ids=str)
def test_matmul(shapes):
    check("matmul", R(*shapes[0]), R(*shapes[1]))


def test_mm_mv_dot_outer():
    check("mm", R(2, 3), R(3, 4))
    check("mv", R(2, 3), R(3))
    check("dot", R(3), R(3))
    check("outer", R(3), R(2))


# ---- losses --------------------------------------------------------------------------------

REDUCTION = ["mean", "sum", "none"]


@pytest.mark.parametrize("reduction", REDUCTION)
def test_mse_and_l1(reduction):
    a = R(3, 4)
    b = a.copy()
    b[0] = R(4)  # some differences exactly zero: l1's kink
    check("mse_loss", a, b, reduction=reduction)
    check("l1_loss", a, b, reduction=reduction)
    check("mse_loss", R(5), R(5), grads=[True, False], reduction=reduction)


@pytest.mark.parametrize("reduction", REDUCTION)
def test_cross_entropy_and_nll(reduction):
    logits = R(4, 3, lo=-3, hi=3)
    target = np.array([0, 2, 1, 2])
    check(lambda x: vf.cross_entropy(x, target, reduction=reduction), logits,
          torch_fn=lambda x: F.cross_entropy(x, torch.tensor(target), reduction=reduction))
    check(lambda x: vf.nll_loss(x, target, reduction=reduction), logits,
          torch_fn=lambda x: F.nll_loss(x, torch.tensor(target), reduction=reduction))
    ignored = np.array([0, -100, 1, 2])
    check(lambda x: vf.cross_entropy(x, ignored, reduction=reduction), logits,
          torch_fn=lambda x: F.cross_entropy(x, torch.tensor(ignored), reduction=reduction))
    check(lambda x: vf.cross_entropy(x, 1, reduction=reduction), R(3),
          torch_fn=lambda x: F.cross_entropy(x, torch.tensor(1), reduction=reduction))
    check(lambda x: vf.nll_loss(x, [1, 1, 0, 0], reduction=reduction, ignore_index=0), logits,
          torch_fn=lambda x: F.nll_loss(x, torch.tensor([1, 1, 0, 0]), reduction=reduction, ignore_index=0))


@pytest.mark.parametrize("reduction", REDUCTION)
def test_cross_entropy_with_probability_targets(reduction):
    probs = rng.dirichlet(np.ones(3), 4)
    onehot = np.eye(3)[[0, 2, 1, 2]]
    for t in (probs, onehot):
        check("cross_entropy", R(4, 3), t, grads=[True, False], reduction=reduction)
        check("cross_entropy", R(4, 3), t, reduction=reduction)  # the target's gradient too
    check("cross_entropy", R(3), probs[0], reduction=reduction)


@pytest.mark.parametrize("reduction", REDUCTION)
def test_binary_cross_entropy(reduction):
    x = np.array([0.0, 0.0, 1.0, 0.3, 1.0, 0.999999, 1e-30])
    t = np.array([0.0, 1.0, 1.0, 0.5, 0.0, 0.2, 1.0])
    check("binary_cross_entropy", x, t, reduction=reduction)
    check("binary_cross_entropy", rng.uniform(0.01, 0.99, (3, 2)), rng.uniform(0, 1, (3, 2)), reduction=reduction)
    w = R(2, lo=0.1)
    check(lambda a, b: vf.binary_cross_entropy(a, b, weight=w, reduction=reduction),
          rng.uniform(0.01, 0.99, (3, 2)), rng.uniform(0, 1, (3, 2)),
          torch_fn=lambda a, b: F.binary_cross_entropy(a, b, weight=torch.tensor(w), reduction=reduction))


@pytest.mark.parametrize("reduction", REDUCTION)
def test_binary_cross_entropy_with_logits(reduction):
    x, t = R(3, 2, lo=-40, hi=40), rng.uniform(0, 1, (3, 2))
    check("binary_cross_entropy_with_logits", x, t, reduction=reduction)
    w, pw = R(2, lo=0.1), R(2, lo=0.1)
    check(lambda a, b: vf.binary_cross_entropy_with_logits(a, b, weight=w, pos_weight=pw, reduction=reduction),
          x, t, torch_fn=lambda a, b: F.binary_cross_entropy_with_logits(
              a, b, weight=torch.tensor(w), pos_weight=torch.tensor(pw), reduction=reduction))


# ---- random shapes, dims and keepdim ---------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.extra.numpy import array_shapes, arrays, mutually_broadcastable_shapes  # noqa: E402

SMALL_INTS = st.integers(-3, 3).map(float)  # small integers: ties and zeros come up often


@st.composite
def reduced(draw):
    shape = draw(array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=3))
    x = draw(arrays(np.float64, shape, elements=SMALL_INTS))
    nd = len(shape)
    dim = draw(st.one_of(st.integers(-nd, nd - 1),
                         st.lists(st.integers(-nd, nd - 1), min_size=1, max_size=nd, unique_by=lambda d: d % nd)
                         .map(tuple)))
    return x, dim, draw(st.booleans())


@settings(max_examples=40, deadline=None)
@given(case=reduced(), name=st.sampled_from(["sum", "mean", "amax", "amin", "norm", "logsumexp", "var", "std"]))
def test_reductions_on_random_shapes(case, name):
    x, dim, keepdim = case
    if name == "norm" and isinstance(dim, tuple) and len(dim) > 2:
        with pytest.raises(vf.EngineError, match="2-tuple"):  # torch.norm's default p="fro"
            vf.norm(vf.leaf(x), dim=dim)
        check(name, x, p=2, dim=dim, keepdim=keepdim)
        return
    check(name, x, dim=dim, keepdim=keepdim)


@settings(max_examples=40, deadline=None)
@given(case=reduced(), name=st.sampled_from(["max", "min", "prod", "softmax", "log_softmax", "argmax"]))
def test_one_dim_functions_on_random_shapes(case, name):
    x, dim, keepdim = case
    d = dim if isinstance(dim, int) else dim[0]
    if name in ("softmax", "log_softmax"):
        check(name, x, dim=d)
    elif name == "argmax":
        same(vf.argmax(vf.leaf(x), dim=d, keepdim=keepdim).data,
             torch.argmax(torch.tensor(x), dim=d, keepdim=keepdim).numpy().astype(np.float64), "argmax")
    else:
        check(name, x, dim=d, keepdim=keepdim)


@settings(max_examples=40, deadline=None)
@given(shapes=mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=3, max_side=3),
       name=st.sampled_from(["add", "sub", "mul", "maximum", "minimum", "pow", "mse_loss", "l1_loss"]),
       data=st.data())
def test_broadcasting_on_random_shapes(shapes, name, data):
    a, b = shapes.input_shapes
    x = data.draw(arrays(np.float64, a, elements=SMALL_INTS))
    y = data.draw(arrays(np.float64, b, elements=SMALL_INTS))
    if name in ("mse_loss", "l1_loss"):
        if a != b:
            return  # torch broadcasts with a warning; the language passes equal shapes
        check(name, x, y, reduction=data.draw(st.sampled_from(REDUCTION)))
        return
    check(name, x, y)


# ---- the further elementwise functions, var and std ------------------------------------------

MORE_UNARY = ["tan", "reciprocal", "rsqrt", "expm1", "log2", "log10", "silu", "logsigmoid", "sign", "floor",
              "ceil", "trunc", "round"]


@pytest.mark.parametrize("name", MORE_UNARY)
def test_more_unary(name):
    data = np.concatenate([SPECIAL, R(6), [2.5, -2.5, 0.5, 1.5]])
    check(name, data)
    check(name, R(2, 3, lo=0.1))


@pytest.mark.parametrize("kwargs", [{}, {"alpha": 0.5}])
def test_elu(kwargs):
    check("elu", np.concatenate([SPECIAL, R(6)]), **kwargs)


@pytest.mark.parametrize("kwargs", [{}, {"min_val": -0.5, "max_val": 2.0}])
def test_hardtanh(kwargs):
    check("hardtanh", np.concatenate([SPECIAL, R(6), [-0.5, 2.0]]), **kwargs)


@pytest.mark.parametrize("name", ["var", "std"])
@pytest.mark.parametrize("kwargs", [{}, {"dim": 0}, {"dim": 1, "keepdim": True}, {"dim": (0, 1)},
                                    {"unbiased": False}, {"dim": 1, "correction": 0}, {"correction": 2}], ids=str)
def test_var_std(name, kwargs):
    check(name, R(3, 4), **kwargs)
    check(name, np.array([[1.0, 1.0, 1.0], [1.0, 2.0, 4.0]]), **kwargs)  # a row of equal values: std 0
    if "dim" not in kwargs:
        check(name, np.array([3.0]), **kwargs)  # one value: N − correction ≤ 0


# ---- random compositions: fan-out, broadcasting through composites, cuts ---------------------

# (name, kwargs, arity): each keeps a (3, 4)-broadcastable shape, so any can feed any other.
STEPS = [("add", {}, 2), ("sub", {}, 2), ("mul", {}, 2), ("maximum", {}, 2), ("tanh", {}, 1), ("sigmoid", {}, 1),
         ("relu", {}, 1), ("abs", {}, 1), ("sin", {}, 1), ("softplus", {}, 1), ("gelu", {}, 1),
         ("softmax", {"dim": 1}, 1), ("log_softmax", {"dim": 0}, 1), ("logsumexp", {"dim": 1, "keepdim": True}, 1),
         ("amax", {"dim": 0, "keepdim": True}, 1), ("mean", {"dim": 1, "keepdim": True}, 1),
         ("norm", {"p": 2, "dim": 0, "keepdim": True}, 1), ("clamp", {"min": -0.5, "max": 0.7}, 1),
         ("prod", {"dim": 1, "keepdim": True}, 1), ("std", {"dim": 1, "keepdim": True}, 1), ("detach", {}, 1)]


@st.composite
def programs(draw):
    n_in = draw(st.integers(1, 3))
    steps = []
    for k in range(draw(st.integers(1, 7))):
        name, kwargs, arity = draw(st.sampled_from(STEPS))
        args = [draw(st.integers(0, n_in + k - 1)) for _ in range(arity)]
        steps.append((name, kwargs, args))
    return n_in, steps


def _run(lib, inputs, steps):
    values = list(inputs)
    for name, kwargs, args in steps:
        if name == "detach":
            values.append(values[args[0]].detach())
            continue
        fn = getattr(lib, name) if lib is vf else (getattr(F, name, None) or getattr(torch, name))
        values.append(fn(*[values[a] for a in args], **kwargs))
    total = values[-1]
    for v in values[len(inputs):-1]:  # every intermediate feeds the loss too: fan-out everywhere
        total = total + v.sum() * 0.25 if lib is torch else vf.add(total, vf.mul(vf.sum(v), 0.25))
    return total.sum() if lib is torch else vf.sum(total)


@settings(max_examples=60, deadline=None)
@given(program=programs(), seed=st.integers(0, 2**16))
def test_random_compositions_match_torch(program, seed):
    n_in, steps = program
    r = np.random.default_rng(seed)
    arrays_in = [r.uniform(-2, 2, (3, 4)) for _ in range(n_in)]
    ours = [vf.leaf(a, requires_grad=True) for a in arrays_in]
    theirs = [_theirs(a, True) for a in arrays_in]
    y, ty = _run(vf, ours, steps), _run(torch, theirs, steps)
    same(y.data, ty, f"{steps} value")
    if not ty.requires_grad:  # everything went through detach
        assert not y.requires_grad
        return
    vf.backward(y)
    ty.backward()
    for k, (o, t) in enumerate(zip(ours, theirs)):
        if t.grad is None:
            assert o.grad is None, f"{steps}: input {k} got a gradient torch does not give"
        else:
            same(o.grad, t.grad, f"{steps} gradient of input {k}")


# ---- reductions and the softmax family over rows of NaN and ±∞ ---------------------------------

SPECIAL_ROWS = np.array([[NAN, 1.0, 2.0], [INF, 1.0, -INF], [-INF, -INF, -INF], [INF, INF, 0.0],
                         [0.0, 0.0, 0.0], [1.0, NAN, NAN]])


@pytest.mark.parametrize("name,kwargs", [
    ("softmax", {"dim": 1}), ("log_softmax", {"dim": 1}), ("logsumexp", {"dim": 1}), ("sum", {"dim": 1}),
    ("mean", {"dim": 1}), ("prod", {"dim": 1}), ("amax", {"dim": 1}), ("amin", {"dim": 1}), ("max", {"dim": 1}),
    ("min", {"dim": 1}), ("norm", {"p": 2, "dim": 1}), ("norm", {"p": 1, "dim": 1}), ("norm", {"p": INF, "dim": 1}),
    ("norm", {"p": 3, "dim": 1}), ("std", {"dim": 1}), ("var", {"dim": 1}), ("max", {}), ("min", {}), ("prod", {}),
    ("norm", {}), ("logsumexp", {"dim": (0, 1)})], ids=str)
def test_reductions_over_nan_and_infinity(name, kwargs):
    for r in range(len(SPECIAL_ROWS)):
        check(name, SPECIAL_ROWS[r:r + 1], **kwargs)


@pytest.mark.parametrize("reduction", REDUCTION)
def test_losses_over_nan_and_infinity(reduction):
    check("binary_cross_entropy_with_logits", np.array([INF, -INF, NAN, 800.0, -800.0]),
          np.array([1.0, 0.0, 1.0, 0.0, 1.0]), reduction=reduction)
    check("mse_loss", np.array([INF, NAN, 1.0]), np.array([INF, 0.0, -INF]), reduction=reduction)
    check("l1_loss", np.array([INF, NAN, 1.0, 0.0]), np.array([INF, 0.0, -INF, 0.0]), reduction=reduction)
    for logits, target in ((np.array([[INF, 0.0, 1.0], [-INF, 0.0, 1.0], [NAN, 1.0, 0.0]]), [0, 0, 1]),
                           (np.array([[1000.0, 0.0, -1000.0], [-INF, -INF, 1.0]]), [2, 0])):
        check(lambda x, t=target: vf.cross_entropy(x, t, reduction=reduction), logits,
              torch_fn=lambda x, t=target: F.cross_entropy(x, torch.tensor(t), reduction=reduction))
    for bad in ([NAN, 0.5], [1.5, 0.5]):  # both refuse: an input outside [0, 1], NaN included
        with pytest.raises(RuntimeError, match="between 0 and 1"):
            F.binary_cross_entropy(torch.tensor(bad), torch.tensor([1.0, 0.0]))
        with pytest.raises(vf.EngineError, match="between 0 and 1"):
            vf.binary_cross_entropy(vf.leaf(bad), vf.leaf([1.0, 0.0]))


# ---- integer and bool tags follow PyTorch's result dtypes ---------------------------------------

def _tag(t):
    return {torch.int64: "int64", torch.bool: "bool", torch.float32: "float64", torch.float64: "float64"}[t.dtype]


@pytest.mark.parametrize("name,fn", [
    ("x + 1", lambda x: x + 1), ("x * x", lambda x: x * x), ("-x", lambda x: -x), ("x - 2", lambda x: x - 2),
    ("x + 1.5", lambda x: x + 1.5), ("x / 2", lambda x: x / 2), ("x ** 2", lambda x: x ** 2),
    ("x ** 0.5", lambda x: x ** 0.5), ("x @ x", lambda x: x @ x)], ids=lambda v: v if isinstance(v, str) else "")
def test_integer_arithmetic_stays_integer_as_in_torch(name, fn):
    ours, theirs = fn(vf.constant([1.0, 2.0], "int64")), fn(torch.tensor([1, 2]))
    assert ours.dtype == _tag(theirs), name
    if theirs.dtype == torch.float32:  # torch's default float; visualgrad computes float64, as with dtype=float64
        theirs = fn(torch.tensor([1.0, 2.0], dtype=torch.float64))
    same(ours.data, theirs.double(), name)


def test_integer_and_bool_tags_through_functions():
    a, ta = vf.constant([[1, 2], [3, 0]], "int64"), torch.tensor([[1, 2], [3, 0]])
    m, tm = vf.constant([True, False], "bool"), torch.tensor([True, False])
    pairs = [(vf.sum(a), ta.sum()), (vf.prod(a, 0), ta.prod(0)), (vf.amax(a, 1), ta.amax(1)),
             (vf.max(a, 0).values, ta.max(0).values), (vf.getitem(a, 0), ta[0]), (vf.t(a), ta.t()),
             (vf.reshape(a, -1), ta.reshape(-1)), (vf.cat([a, a]), torch.cat([ta, ta])), (vf.abs(a), ta.abs()),
             (vf.clamp(a, 0, 1), ta.clamp(0, 1)), (vf.clamp(a, 0.5), ta.clamp(0.5)), (vf.mean(vf.mul(a, 1.0)),
             (ta * 1.0).mean()), (vf.getitem(m, 0), tm[0]), (vf.sum(m), tm.sum()), (vf.exp(a), ta.exp()),
             (vf.maximum(a, 1), torch.maximum(ta, torch.tensor(1))),
             (vf.add(a, np.array([1, 1])), ta + torch.tensor([1, 1]))]
    for k, (ours, theirs) in enumerate(pairs):
        assert ours.dtype == _tag(theirs), k
        np.testing.assert_allclose(ours.data, theirs.double().numpy(), rtol=1e-6, err_msg=str(k))  # float32 ones
