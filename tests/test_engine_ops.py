"""Every op of the table against central finite differences, at random points and shapes.

For an op y = f(x₁, …) and random weights w of y's shape, backward(y, w) must give
∂(Σ w·y)/∂xᵢ for every input, entry by entry, which we estimate as (F(x + h) − F(x − h)) / 2h.
Domains stay where the op is smooth: log and sqrt of positives, no kinks (abs, relu, max) within
reach of h, denominators away from zero.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays, mutually_broadcastable_shapes

import visualgrad as vg
from visualgrad.engine import OPS, Tensor, apply, unbroadcast

SHAPES = array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=4)
PAIRS = mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=3, min_side=1, max_side=4)


def values(lo, hi, shape):
    return arrays(np.float64, shape, elements=st.floats(lo, hi, allow_nan=False, allow_infinity=False))


def away_from_zero(lo, hi, shape):
    """Magnitudes in [lo, hi], either sign."""
    return st.tuples(values(lo, hi, shape), arrays(np.bool_, shape)).map(lambda t: np.where(t[1], -t[0], t[0]))


def numeric_grads(name, arrays_in, attrs, w, eps=1e-6):
    """Central differences of F = Σ w·f(inputs) for every entry of every input."""
    forward = OPS[name].forward
    out = []
    for k, a in enumerate(arrays_in):
        g = np.zeros_like(a)
        for idx in np.ndindex(a.shape):
            h = eps * max(1.0, abs(a[idx]))
            vals = []
            for sign in (1, -1):
                moved = [x.copy() for x in arrays_in]
                moved[k][idx] += sign * h
                vals.append(float(np.sum(w * forward(*moved, **attrs))))
            g[idx] = (vals[0] - vals[1]) / (2 * h)
        out.append(g)
    return out


def check_against_differences(name, arrays_in, **attrs):
    ins = [vg.tensor(a) for a in arrays_in]
    y = apply(name, *ins, **attrs)
    np.testing.assert_allclose(y.data, OPS[name].forward(*arrays_in, **attrs), rtol=0, atol=0)
    w = np.random.default_rng(len(name)).uniform(-1.5, 1.5, y.shape)
    y.backward(w)
    for t, expected in zip(ins, numeric_grads(name, arrays_in, attrs, w)):
        assert t.grad.shape == t.shape, f"{name}: gradient shape {t.grad.shape} for input {t.shape}"
        np.testing.assert_allclose(t.grad, expected, rtol=1e-5, atol=1e-6, err_msg=name)


COVERED = set()


def covers(*names):
    COVERED.update(names)
    return lambda f: f


# ---- elementwise binary, with numpy broadcasting -----------------------------------------

@covers("add", "sub", "mul")
@pytest.mark.parametrize("name", ["add", "sub", "mul"])
@given(data=st.data(), shapes=PAIRS)
@example(data=None, shapes=None)
def test_add_sub_mul(name, data, shapes):
    if data is None:  # the broadcasts of the issue, always run: (3,1) with (4,), (2,3) with (3,)
        for a, b in (((3, 1), (4,)), ((2, 3), (3,)), ((), (2, 2)), ((2, 1, 3), (4, 1))):
            rng = np.random.default_rng(1)
            check_against_differences(name, [rng.uniform(-2, 2, a), rng.uniform(-2, 2, b)])
        return
    a, b = shapes.input_shapes
    check_against_differences(name, [data.draw(values(-3, 3, a)), data.draw(values(-3, 3, b))])


@covers("div")
@given(data=st.data(), shapes=PAIRS)
def test_div(data, shapes):
    a, b = shapes.input_shapes
    check_against_differences("div", [data.draw(values(-3, 3, a)), data.draw(away_from_zero(0.5, 3, b))])


@covers("powv")
@given(data=st.data(), shapes=PAIRS)
def test_power_with_a_variable_exponent(data, shapes):
    a, b = shapes.input_shapes
    check_against_differences("powv", [data.draw(values(0.5, 3, a)), data.draw(values(-2, 2, b))])


@covers("maximum", "minimum")
@pytest.mark.parametrize("name", ["maximum", "minimum"])
@given(data=st.data(), shapes=PAIRS)
def test_maximum_minimum_away_from_ties(name, data, shapes):
    a, b = shapes.input_shapes
    x, y = data.draw(values(-3, 3, a)), data.draw(values(-3, 3, b))
    assume(np.all(np.abs(x - y) > 1e-3))
    check_against_differences(name, [x, y])


def test_maximum_splits_a_tie_evenly_like_pytorch():
    a, b = vg.tensor(2.0), vg.tensor(2.0)
    vg.maximum(a, b).backward()
    assert (float(a.grad), float(b.grad)) == (0.5, 0.5)


# ---- elementwise unary ------------------------------------------------------------

SMOOTH = {"neg": (-3, 3), "exp": (-3, 3), "sin": (-4, 4), "cos": (-4, 4), "tanh": (-3, 3),
          "sigmoid": (-6, 6), "log": (0.5, 5), "sqrt": (0.5, 5)}


@covers(*SMOOTH)
@pytest.mark.parametrize("name", sorted(SMOOTH))
@given(data=st.data(), shape=SHAPES)
def test_smooth_unary(name, data, shape):
    lo, hi = SMOOTH[name]
    check_against_differences(name, [data.draw(values(lo, hi, shape))])


@covers("abs", "relu")
@pytest.mark.parametrize("name", ["abs", "relu"])
@given(data=st.data(), shape=SHAPES)
def test_kinked_unary_away_from_the_kink(name, data, shape):
    check_against_differences(name, [data.draw(away_from_zero(1e-2, 3, shape))])


@covers("pow")
@given(data=st.data(), shape=SHAPES, p=st.sampled_from([2.0, 3.0, 1.0, 0.0, 0.5, -1.0, 1.5, -0.5, 2.5]))
def test_power_with_a_constant_exponent(data, shape, p):
    check_against_differences("pow", [data.draw(values(0.5, 3, shape))], p=p)


@given(data=st.data(), shape=SHAPES, p=st.sampled_from([2.0, 3.0, -1.0, -2.0]))
def test_whole_powers_of_negative_numbers(data, shape, p):
    check_against_differences("pow", [data.draw(away_from_zero(0.5, 3, shape))], p=p)


# ---- linear algebra and reductions -------------------------------------------------

MATMUL_SHAPES = [((3,), (3,)), ((2, 3), (3, 4)), ((3,), (3, 4)), ((2, 3), (3,)), ((1, 1), (1, 1)),
                 ((2, 2, 3), (2, 3, 4)), ((2, 2, 3), (3, 4)), ((2, 3), (5, 3, 4)), ((3,), (2, 3, 4)),
                 ((2, 3, 4), (4,)), ((1, 2, 3), (4, 3, 2))]


@covers("matmul")
@pytest.mark.parametrize("a,b", MATMUL_SHAPES, ids=lambda s: "x".join(map(str, s)) or "scalar")
@given(data=st.data())
def test_matmul_vectors_matrices_and_batches(a, b, data):
    check_against_differences("matmul", [data.draw(values(-2, 2, a)), data.draw(values(-2, 2, b))])


@covers("transpose")
@given(data=st.data(), shape=SHAPES)
def test_transpose(data, shape):
    check_against_differences("transpose", [data.draw(values(-2, 2, shape))])


@st.composite
def reductions(draw):
    shape = draw(SHAPES)
    nd = len(shape)
    axis = draw(st.one_of(st.none(), st.integers(-nd, nd - 1), st.lists(st.integers(0, nd - 1), min_size=1,
                                                                           max_size=nd, unique=True).map(tuple))
                 if nd else st.none())
    return shape, axis, draw(st.booleans())


@covers("sum", "mean")
@pytest.mark.parametrize("name", ["sum", "mean"])
@given(data=st.data(), spec=reductions())
def test_sum_and_mean_over_all_or_some_axes(name, data, spec):
    shape, axis, keepdims = spec
    x = data.draw(values(-3, 3, shape))
    check_against_differences(name, [x], axis=axis, keepdims=keepdims)
    expected = getattr(np, name)(x, axis=axis, keepdims=keepdims)
    np.testing.assert_allclose(apply(name, vg.tensor(x), axis=axis, keepdims=keepdims).data, expected, rtol=1e-15)


@pytest.mark.parametrize("name", ["sum", "mean"])
def test_a_reduction_refuses_an_axis_the_tensor_lacks(name):
    for x, axis in ((vg.tensor(1.0), 0), (vg.tensor([1.0, 2.0]), 1), (vg.tensor([[1.0]]), -3)):
        with pytest.raises(np.exceptions.AxisError):
            apply(name, x, axis=axis)


# ---- the functional API's ops (their PyTorch twins: tests/test_ops_torch.py) ------------------
# Each at a point where it is smooth (no ties, no kinks within reach of h), with its attrs.

_r = np.random.default_rng(5)
_M = _r.uniform(-2, 2, (3, 4))
_P = _r.uniform(0.1, 0.9, (3, 4))
_FUNCTIONAL = [
    ("log1p", [_P], {}), ("leaky_relu", [_M], {"negative_slope": 0.1}), ("gelu", [_M], {"approximate": "none"}),
    ("gelu", [_M], {"approximate": "tanh"}), ("softplus", [_M], {"beta": 2.0, "threshold": 20.0}),
    ("clamp", [_M], {"min": -2.5, "max": 2.5}), ("clamp_t", [_M, _M - 3, _M + 3], {"has_min": True, "has_max": True}),
    ("where", [_M, _P], {"condition": _M > 0}), ("detach", [_M], {}),
    ("prod", [_P], {}), ("prod", [_M], {"axis": 1, "keepdims": True}),
    ("amax", [_M], {"axis": 0}), ("amin", [_M], {"axis": (0, 1), "keepdims": True}),
    ("max_all", [_M], {}), ("min_all", [_M], {}), ("max_dim", [_M], {"axis": 1}),
    ("min_dim", [_M], {"axis": 0, "keepdims": True}),
    ("norm", [_M], {"p": 2.0}), ("norm", [_M], {"p": 3.0, "axis": (1,)}), ("norm", [_M], {"p": 1.0, "axis": (0,)}),
    ("logsumexp", [_M], {"axis": (1,)}), ("reshape", [_M], {"shape": (2, 6)}), ("permute", [_M], {"dims": (1, 0)}),
    ("expand", [_M[:1]], {"shape": (2, 3, 4)}), ("getitem", [_M], {"index": (slice(None), [0, 3, 3])}),
    ("cat", [_M, _P], {"axis": 1}), ("stack", [_M, _P, _M], {"axis": 2}),
    ("nll_loss", [_M], {"target": np.array([1, 0, 3]), "reduction": "mean"}),
    ("bce", [_P, _P[::-1]], {"reduction": "sum"}), ("bce_logits", [_M, _P], {"reduction": "mean"}),
    ("tan", [_P], {}), ("reciprocal", [_P], {}), ("rsqrt", [_P], {}), ("expm1", [_M], {}), ("log2", [_P], {}),
    ("log10", [_P], {}), ("silu", [_M], {}), ("logsigmoid", [_M], {}), ("elu", [_M], {"alpha": 0.7}),
    ("hardtanh", [_M], {"min_val": -2.5, "max_val": 2.5}),
    ("var", [_M], {"axis": (1,), "keepdims": False, "correction": 1.0}), ("std", [_M], {"correction": 0.0}),
    ("tril", [_M], {"diagonal": 0}), ("triu", [_M], {"diagonal": -1}), ("tril", [np.stack([_M, _P])], {"diagonal": 1}),
    ("masked_fill", [_M], {"mask": _M > 0.5, "fill": -1.0}),
    ("masked_fill", [_M[0], np.array(0.7)], {"mask": _M > 0}),  # a 0-d tensor value; the mask broadcasts x
]
# The steps (sign, floor, ceil, round, trunc) are flat between their jumps: away from them, 0.
_STEPS = ["sign", "floor", "ceil", "round", "trunc"]


@covers(*_STEPS)
@pytest.mark.parametrize("name", _STEPS)
def test_steps_have_a_zero_gradient(name):
    check_against_differences(name, [np.array([0.3, -1.7, 2.2, -0.4])])


@covers(*{name for name, _, _ in _FUNCTIONAL})
@pytest.mark.parametrize("name,arrays_in,attrs", _FUNCTIONAL, ids=lambda v: v if isinstance(v, str) else "")
def test_functional_ops(name, arrays_in, attrs):
    if name == "detach":  # a cut: the value as it is, a zero gradient
        assert OPS[name].vjp(np.ones(3), np.ones(3), [np.ones(3)], {})[0].tolist() == [0, 0, 0]
        return
    check_against_differences(name, [a.copy() for a in arrays_in], **attrs)


def test_every_op_of_the_table_is_checked_here():
    assert COVERED == set(OPS)


@covers("custom")
def test_a_programs_own_function_passes_its_backward_on_as_the_other_ops_do():
    """engine/ops_custom.py: the node's backward is the fn's; None (a number's gradient) reads as zeros."""
    from visualgrad.engine import apply

    class Scale:
        name = "Scale"

        def forward_data(self, xs):
            return xs[0] * xs[1] * 3

        def vjp_data(self, g, out, xs):
            return g * xs[1] * 3, None

    a, b = vg.tensor([1.0, -2.0]), vg.tensor([0.5, 4.0])
    y = apply("custom", a, b, fn=Scale())
    vg.sum(y * y).backward()
    np.testing.assert_allclose(y.data, [1.5, -24.0])
    np.testing.assert_allclose(a.grad, 2 * y.data * b.data * 3)
    np.testing.assert_allclose(b.grad, [0.0, 0.0])
    assert OPS["custom"].formula(["a", "b"], {"fn": Scale()}) == "Scale(a, b)"


# ---- the pieces ---------------------------------------------------------------------

@given(shapes=PAIRS)
def test_unbroadcast_sums_back_to_each_input_shape(shapes):
    a, b = shapes.input_shapes
    g = np.ones(shapes.result_shape)
    for s in (a, b):
        r = unbroadcast(g, s)
        assert r.shape == s
        assert r.sum() == pytest.approx(g.size)


def test_sigmoid_is_exact_at_the_far_ends_and_never_warns():
    with np.errstate(all="raise"):  # any floating-point warning would be an error here
        y = vg.sigmoid(vg.tensor([-800.0, -40.0, 0.0, 40.0, 800.0]))
    assert y.data[0] == 0.0 and y.data[2] == 0.5 and y.data[-1] == 1.0
    assert y.data[1] == pytest.approx(4.248354255291589e-18, rel=1e-15)


def test_ops_make_nan_and_inf_quietly_like_pytorch(recwarn):
    x = vg.tensor([-1.0, 0.0, 1000.0])
    assert np.isnan(vg.log(x).data[0]) and vg.log(x).data[1] == -np.inf and vg.exp(x).data[2] == np.inf
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def test_values_are_float64_and_scalars_are_zero_dimensional():
    assert vg.tensor(3).data.dtype == np.float64 and vg.tensor(3).data.shape == ()
    assert (vg.tensor([1, 2]) * 2).data.dtype == np.float64
    assert isinstance(vg.tensor(2.0) + 1, Tensor)


# The engine writes some constants as 0-d arrays and 2·g as g + g (numpy converts a Python float on
# every operation); these are the textbook formulas, and the bits must be theirs.
EXTREMES = np.array([0.0, -0.0, 1e-310, -1e-310, 0.5, -3.25, 37.0, -745.0, 710.0, 1e308, np.inf, -np.inf, np.nan])


@given(data=values(-50, 50, array_shapes(min_dims=0, max_dims=2, max_side=5)))
@example(data=EXTREMES)
@example(data=np.array(0.75))
def test_fast_constants_give_the_bits_of_the_float_formulas(data):
    g = np.flip(data).copy() if data.ndim else data * 3.0
    with np.errstate(all="ignore"):
        sig = 1.0 / (1.0 + np.exp(-data))
        root, th = np.sqrt(np.abs(data)), np.tanh(data)
        want = [sig, g * (1.0 - sig) * sig, g * (1.0 - th * th), g * 0.5 / root, g * 2.0 * data]
        got = [OPS["sigmoid"].forward(data), OPS["sigmoid"].vjp(g, sig, [data], {})[0],
               OPS["tanh"].vjp(g, th, [data], {})[0], OPS["sqrt"].vjp(g, root, [np.abs(data)], {})[0],
               OPS["pow"].vjp(g, data * data, [data], {"p": 2.0})[0]]
    for w, o in zip(want, got):
        assert type(o) is type(w) and np.asarray(o).tobytes() == np.asarray(w).tobytes()
