"""The engine against PyTorch float64, the correctness reference (rtol 1e-9): every gradient equals PyTorch's.

Every op at random points and shapes, PyTorch's conventions where a formula says 0·∞ or
meets a kink, and whole programs through the language: hand-written ones and random
expression trees, each written once as text and once as a PyTorch function.
"""
from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays, mutually_broadcastable_shapes

import visualgrad as vg
from visualgrad.engine import OPS, apply
from visualgrad.lang import build

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch

RTOL, ATOL = 1e-9, 1e-12


def T(a):
    return torch.tensor(np.asarray(a, dtype=np.float64), dtype=torch.float64, requires_grad=True)


def _all_dims(x):
    return tuple(range(x.ndim))


def _reduce(fn):
    def f(x, axis=None, keepdims=False):
        dims = _all_dims(x) if axis is None else axis
        return fn(x, dim=dims, keepdim=keepdims) if dims != () else (x if keepdims or x.ndim == 0 else fn(x))
    return f


TORCH = {
    "add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div, "powv": torch.pow,
    "maximum": torch.maximum, "minimum": torch.minimum, "neg": torch.neg, "exp": torch.exp, "log": torch.log,
    "sqrt": torch.sqrt, "abs": torch.abs, "sin": torch.sin, "cos": torch.cos, "tanh": torch.tanh,
    "sigmoid": torch.sigmoid, "relu": torch.relu, "matmul": torch.matmul,
    "pow": lambda x, p: torch.pow(x, p),
    "transpose": lambda x: x.transpose(-1, -2) if x.ndim >= 2 else x,
    "sum": _reduce(torch.sum), "mean": _reduce(torch.mean),
}


def compare(name, arrays_in, **attrs):
    """Value and every input's gradient (for random upstream weights) equal PyTorch's."""
    ours = [vg.tensor(a) for a in arrays_in]
    y = apply(name, *ours, **attrs)
    theirs = [T(a) for a in arrays_in]
    ty = TORCH[name](*theirs, **attrs)
    np.testing.assert_allclose(y.data, ty.detach().numpy(), rtol=RTOL, atol=ATOL, err_msg=f"{name} value")
    w = np.random.default_rng(7).uniform(-1, 1, y.shape)
    y.backward(w)
    ty.backward(torch.tensor(w))
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a.grad, b.grad.numpy(), rtol=RTOL, atol=ATOL, err_msg=f"{name} gradient")


def test_every_op_has_a_pytorch_twin():
    # The ops the functional API added are checked through it, in every argument form, in
    # tests/test_ops_torch.py; these are the ops the language's first spelling reaches.
    assert set(TORCH) <= set(OPS)


def floats(lo, hi, shape):
    return arrays(np.float64, shape, elements=st.floats(lo, hi, allow_nan=False, allow_infinity=False))


PAIRS = mutually_broadcastable_shapes(num_shapes=2, max_dims=3, max_side=3)
DOMAIN = {"log": (0.01, 10), "sqrt": (0.01, 10), "exp": (-5, 5), "powv": (0.1, 3)}


@pytest.mark.parametrize("name", sorted(n for n in TORCH if OPS[n].arity == 2 and n != "matmul"))
@given(data=st.data(), shapes=PAIRS)
def test_binary_ops_with_broadcasting(name, data, shapes):
    a, b = shapes.input_shapes
    lo, hi = DOMAIN.get(name, (-3, 3))
    x = data.draw(floats(lo, hi, a))
    y = data.draw(floats(-2, 2, b) if name == "powv" else floats(-3, 3, b))
    if name == "div":
        assume(np.all(np.abs(y) > 1e-3))
    compare(name, [x, y])


@pytest.mark.parametrize("name", sorted(n for n in TORCH if OPS[n].arity == 1 and n not in ("pow", "sum", "mean")))
@given(data=st.data(), shape=st.sampled_from([(), (3,), (2, 3), (2, 1, 3)]))
def test_unary_ops(name, data, shape):
    lo, hi = DOMAIN.get(name, (-4, 4))
    compare(name, [data.draw(floats(lo, hi, shape))])


@given(data=st.data(), p=st.sampled_from([2.0, 3.0, 0.5, -1.0, 1.5, 1.0, 0.0, -2.5]))
def test_power_with_a_constant_exponent(data, p):
    compare("pow", [data.draw(floats(0.1, 3, (2, 3)))], p=p)


@pytest.mark.parametrize("a,b", [((3,), (3,)), ((2, 3), (3, 4)), ((3,), (3, 2)), ((2, 3), (3,)),
                                 ((2, 2, 3), (2, 3, 4)), ((2, 2, 3), (3, 4)), ((1, 2, 3), (4, 3, 2))])
def test_matmul(a, b, rng):
    compare("matmul", [rng.uniform(-2, 2, a), rng.uniform(-2, 2, b)])


@pytest.mark.parametrize("name", ["sum", "mean"])
@pytest.mark.parametrize("axis", [None, 0, 1, -1, (0, 2)])
@pytest.mark.parametrize("keepdims", [False, True])
def test_reductions(name, axis, keepdims, rng):
    compare(name, [rng.uniform(-2, 2, (2, 3, 4))], axis=axis, keepdims=keepdims)


@pytest.mark.parametrize("name,inputs,attrs", [
    ("relu", [[0.0, -1.0, 2.0]], {}),  # the kink: gradient 0 at 0
    ("abs", [[0.0, -1.0, 2.0]], {}),  # sign(0) = 0
    ("maximum", [[2.0, 1.0], [2.0, 3.0]], {}),  # a tie splits the gradient 0.5 / 0.5
    ("minimum", [[2.0, 1.0], [2.0, 3.0]], {}),
    ("powv", [[0.0, 0.0, 2.0], [2.0, 0.0, 0.0]], {}),  # 0², 0⁰, 2⁰
    ("pow", [[0.0, 1.0]], {"p": 0.0}),  # x⁰ at 0
    ("sigmoid", [[-800.0, -40.0, 40.0, 800.0]], {}),  # the far ends, where exp overflows
    ("tanh", [[-30.0, 30.0]], {}),
])
def test_pytorch_conventions_at_the_edges(name, inputs, attrs):
    compare(name, [np.array(a) for a in inputs], **attrs)


# ---- whole programs through the language -------------------------------------------

PROGRAMS = {
    "seed example": ("L = 2*(x**2 + exp(x))", {"x": 3.0},
                     lambda v: 2 * (v["x"] ** 2 + torch.exp(v["x"]))),
    "chain rule with a variable power": ("a = x**y\nb = log(a + 1) * sin(y)\nL = b / (1 + x*x)", {"x": 1.3, "y": 0.7},
                                         lambda v: torch.log(v["x"] ** v["y"] + 1) * torch.sin(v["y"])
                                         / (1 + v["x"] * v["x"])),
    "neuron": ("w = [0.5, -0.3]\nb = 0.1\nxs = [1.0, 2.0]\nL = (sigmoid(sum(w*xs) + b) - 1)**2", {},
               lambda v: (torch.sigmoid(torch.sum(v["w"] * v["xs"]) + v["b"]) - 1) ** 2),
    "xor forward": ("W1 = [[0.5, -0.2], [0.1, 0.4]]\nb1 = [[0.0], [0.1]]\nW2 = [[0.3, -0.6]]\nb2 = 0.05\n"
                    "X = [[0, 0, 1, 1], [0, 1, 0, 1]]\nY = [[0, 1, 1, 0]]\n"
                    "A1 = sigmoid(W1 @ X + b1)\nA2 = sigmoid(W2 @ A1 + b2)\nL = mean((A2 - Y)**2)", {},
                    lambda v: torch.mean((torch.sigmoid(v["W2"] @ torch.sigmoid(v["W1"] @ v["X"] + v["b1"])
                                                        + v["b2"]) - v["Y"]) ** 2)),
    "axes and transposes": ("M = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]\nc = sum(M, axis=0)\nr = mean(M.T, 0, keepdims=True)\n"
                            "L = sum(tanh(c)) * sum(r @ M) + max(sum(M), 3) - relu(min(x, 1))", {"x": 0.5},
                            lambda v: torch.sum(torch.tanh(torch.sum(v["M"], 0)))
                            * torch.sum(torch.mean(v["M"].T, 0, keepdim=True) @ v["M"])
                            + torch.maximum(torch.sum(v["M"]), torch.tensor(3.0, dtype=torch.float64))
                            - torch.relu(torch.minimum(v["x"], torch.tensor(1.0, dtype=torch.float64)))),
    "fan-out over statements": ("a = x * y\nb = a + x\nc = b * a - sqrt(abs(x)) \nL = c**3 / 10", {"x": -1.7, "y": 0.4},
                                lambda v: ((v["x"] * v["y"] + v["x"]) * (v["x"] * v["y"])
                                           - torch.sqrt(torch.abs(v["x"]))) ** 3 / 10),
}


def check_program(text, values, fn):
    b = build(text, values)
    if not b.passes:  # a program without its own backward(): the loss is its last value
        b.output.backward()
    env = {name: T(leaf.data) for name, leaf in b.leaves.items()}
    out = fn(env)
    np.testing.assert_allclose(b.output.data, out.detach().numpy(), rtol=RTOL, atol=ATOL)
    if not out.requires_grad:  # only constants: nothing to differentiate
        return
    out.backward()
    for name, leaf in b.leaves.items():
        theirs = env[name].grad
        if theirs is None:  # not used in the output
            continue
        np.testing.assert_allclose(leaf.grad, theirs.numpy(), rtol=RTOL, atol=ATOL, err_msg=name)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs(name):
    check_program(*PROGRAMS[name])


def test_the_korean_article_snippet_matches_pytorch():
    text = ("import torch\n\nx = torch.tensor(3.0, requires_grad=True)\na = x ** 2\nb = torch.exp(x)\n"
            "c = a + b\nL = c * 2\n\nL.backward()\nauto = x.grad.item()\n")
    b = build(text)  # its own L.backward() runs, as in PyTorch
    x = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    L = (x ** 2 + torch.exp(x)) * 2
    L.backward()
    assert float(b.leaves["x"].grad) == pytest.approx(x.grad.item(), rel=RTOL)


# Random expression trees over x, y, z, each drawn as program text and as a PyTorch function.
# Domains stay valid by construction: log and sqrt of 1 + e², division by 1.5 + e², exp of tanh.
UNARY = [("sin({})", torch.sin), ("cos({})", torch.cos), ("tanh({})", torch.tanh), ("sigmoid({})", torch.sigmoid),
         ("exp(tanh({}))", lambda a: torch.exp(torch.tanh(a))), ("log(1 + ({0})*({0}))", lambda a: torch.log(1 + a * a)),
         ("sqrt(1 + ({0})**2)", lambda a: torch.sqrt(1 + a ** 2)), ("-({})", torch.neg), ("({})**3", lambda a: a ** 3),
         ("relu({})", torch.relu), ("abs({})", torch.abs)]
BINARY = [("({} + {})", torch.add), ("({} - {})", torch.sub), ("({} * {})", torch.mul),
          ("({0}) / (1.5 + ({1})**2)", lambda a, b: a / (1.5 + b ** 2)),
          ("max({}, {})", torch.maximum), ("min({}, {})", torch.minimum)]


@st.composite
def expressions(draw, depth=0):
    kind = draw(st.sampled_from(["leaf", "leaf", "unary", "binary", "binary"] if depth < 4 else ["leaf"]))
    if kind == "leaf":
        if draw(st.booleans()):
            name = draw(st.sampled_from("xyz"))
            return name, lambda v, name=name: v[name]
        c = draw(st.floats(0.25, 3.0).map(lambda f: round(f, 3)))
        return repr(c), lambda v, c=c: torch.tensor(c, dtype=torch.float64)
    if kind == "unary":
        (fmt, f), (text, g) = draw(st.sampled_from(UNARY)), draw(expressions(depth + 1))
        return fmt.format(text), lambda v, f=f, g=g: f(g(v))
    (fmt, f) = draw(st.sampled_from(BINARY))
    (ta, ga), (tb, gb) = draw(expressions(depth + 1)), draw(expressions(depth + 1))
    return fmt.format(ta, tb), lambda v, f=f, ga=ga, gb=gb: f(ga(v), gb(v))


@given(expr=expressions(), values=st.fixed_dictionaries({k: st.floats(-2, 2) for k in "xyz"}))
def test_random_programs_match_pytorch(expr, values):
    text, fn = expr
    # Kinks (relu, abs, max, min) sit where an argument is 0 or two arguments tie; keep inputs apart.
    assume(all(abs(v) > 1e-6 for v in values.values()) and len({round(v, 6) for v in values.values()}) == 3)
    used = {k: v for k, v in values.items() if re.search(rf"\b{k}\b", text)}
    check_program(f"L = 1.5 * ({text})", used,
                  lambda v: 1.5 * fn({k: v.get(k, torch.tensor(values[k], dtype=torch.float64)) for k in "xyz"}))
