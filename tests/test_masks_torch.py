"""torch.tril, torch.triu and masked_fill (engine/ops_mask.py, lang/library/torch_masks.py) against PyTorch
float64: values and gradients at rtol 1e-9, diagonals above and below, batches of matrices, ±∞ and NaN
where the mask or the triangle cuts them away, and the softmax of rows masked with −∞ (a whole row of −∞
gives NaN, as in PyTorch) — the pieces of a causal self-attention head."""
from __future__ import annotations

import math

import numpy as np
import pytest
from test_library_support import agrees, refused, run
from test_ops_torch import R, check

from visualgrad.engine import functions as vf
from visualgrad.lang.library.text import grad_fn

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch
INF, NAN = math.inf, math.nan


# ---- the engine's functions ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["tril", "triu"])
@pytest.mark.parametrize("diagonal", [0, 1, -1, 2, -3, 7, -7])
@pytest.mark.parametrize("shape", [(3, 4), (4, 3), (2, 3, 4), (2, 2, 3, 3), (1, 1), (0, 3)], ids=str)
def test_tril_triu(name, diagonal, shape):
    check(name, R(*shape), diagonal=diagonal)


@pytest.mark.parametrize("name", ["tril", "triu"])
def test_the_part_cut_away_is_zero_even_where_it_was_infinite_or_nan(name):
    a = np.array([[1.0, INF, NAN], [-INF, 2.0, INF], [NAN, -INF, 3.0]])
    out = check(name, a)  # PyTorch's numbers, NaN where it has NaN
    cut = np.tril(np.ones((3, 3)), -1) if name == "triu" else np.triu(np.ones((3, 3)), 1)
    assert (out.data[cut > 0] == 0).all() and np.diagonal(out.data).tolist() == [1.0, 2.0, 3.0]


def test_tril_and_triu_refuse_what_pytorch_refuses():
    for x in (vf.leaf(1.0), vf.leaf([1.0, 2.0])):
        with pytest.raises(vf.EngineError, match="at least 2 dimensions"):
            vf.tril(x)
    with pytest.raises(vf.EngineError, match="must be int"):
        vf.triu(vf.leaf(np.ones((2, 2))), 1.5)


_X = R(3, 4)
_MASK = _X > 0.3


@pytest.mark.parametrize("value", [0.0, -INF, INF, NAN, 7, -1e9, True], ids=repr)
def test_masked_fill_with_a_number(value):
    check(lambda x: vf.masked_fill(x, _MASK, value), _X,
          torch_fn=lambda x: torch.masked_fill(x, torch.tensor(_MASK), value))


@pytest.mark.parametrize("xshape,mshape", [((4,), (3, 4)), ((3, 1), (1, 4)), ((3, 4), (4,)), ((2, 3, 4), (3, 4)),
                                           ((), (2, 2)), ((3, 4), ())], ids=str)
def test_masked_fill_broadcasts_the_mask_and_the_input(xshape, mshape):
    mask = R(*mshape) > 0
    check(lambda x: vf.masked_fill(x, mask, -2.5), R(*xshape),
          torch_fn=lambda x: x.masked_fill(torch.tensor(mask), -2.5))


def test_masked_fill_with_a_0d_tensor_value_passes_it_the_sum_of_the_gradients_it_filled():
    mask = R(2, 3, 4) > 0
    check(lambda x, v: vf.masked_fill(x, mask, v), R(3, 4), np.array(0.75),
          torch_fn=lambda x, v: torch.masked_fill(x, torch.tensor(mask), v))
    check(lambda x, v: vf.masked_fill(x, mask, v), R(3, 4), np.array(0.75), grads=[False, True],
          torch_fn=lambda x, v: torch.masked_fill(x, torch.tensor(mask), v))


def test_masked_fill_refuses_what_pytorch_refuses():
    x = vf.leaf(np.ones(3), True)
    with pytest.raises(vf.EngineError, match="only supports boolean masks"):
        vf.masked_fill(x, vf.constant([1.0, 0.0, 1.0]), 0.0)
    with pytest.raises(vf.EngineError, match="0-dimensional value tensor"):
        vf.masked_fill(x, np.array([True, False, True]), vf.leaf([1.0, 2.0]))
    with pytest.raises(vf.EngineError, match=r"size of tensor a \(2\) must match the size of tensor b \(3\)"):
        vf.masked_fill(x, np.array([True, False]), 0.0)
    with pytest.raises(vf.EngineError, match="int64_t without overflow"):
        vf.masked_fill(vf.constant([1.0, 2.0, 3.0], "int64"), np.array([True, False, True]), -INF)


@pytest.mark.parametrize("name", ["softmax", "log_softmax"])
@pytest.mark.parametrize("dim", [-1, 0])
def test_softmax_of_rows_masked_with_minus_infinity(name, dim):
    """Causal masking: −∞ above the diagonal gives 0 there; a row of −∞ only (the last row when the mask
    is triu) gives NaN, values and gradients, as PyTorch."""
    scores = R(2, 4, 4)
    for keep in (np.tril(np.ones((4, 4))) == 0, np.triu(np.ones((4, 4))) == 0, np.ones((4, 4)) > 0):
        check(lambda s: getattr(vf, name)(vf.masked_fill(s, keep, -INF), dim), scores,
              torch_fn=lambda s: getattr(torch, name)(s.masked_fill(torch.tensor(keep), -INF), dim))


def test_a_causal_attention_head_gives_pytorchs_output_and_gradients():
    """Karpathy's single head: q @ kᵀ scaled, masked with tril == 0, softmaxed, times v."""
    T, C, H = 4, 8, 4
    mask = np.tril(np.ones((T, T))) == 0

    def ours(x, wk, wq, wv):
        k, q = vf.matmul(x, vf.t(wk)), vf.matmul(x, vf.t(wq))
        wei = vf.mul(vf.matmul(q, vf.transpose(k, -2, -1)), H ** -0.5)
        wei = vf.softmax(vf.masked_fill(wei, vf.tril(vf.constant(np.ones((T, T)))).data == 0, -INF), -1)
        return vf.matmul(wei, vf.matmul(x, vf.t(wv)))

    def theirs(x, wk, wq, wv):
        wei = (x @ wq.T) @ (x @ wk.T).transpose(-2, -1) * H ** -0.5
        wei = torch.softmax(wei.masked_fill(torch.tensor(mask), -INF), dim=-1)
        return wei @ (x @ wv.T)

    check(ours, R(2, T, C), R(H, C), R(H, C), R(H, C), torch_fn=theirs)


# ---- the library: what a program writes ---------------------------------------------------------

HEAD = "import torch\nimport torch.nn.functional as F\n"
X = "x = torch.tensor([[0.5, -1.0, 2.0], [3.0, 0.25, -0.75], [1.5, 2.5, -2.0]], requires_grad=True)\n"


@pytest.mark.parametrize("expr", [
    "torch.tril(x)", "torch.tril(x, 1)", "x.tril(diagonal=-1)", "torch.triu(x, diagonal=1)", "x.triu(-1)",
    "torch.tril(input=x, diagonal=-2)", "x.triu()",
    "torch.tril(x.expand(2, 3, 3) * torch.tensor([1.0, 2.0]).reshape(2, 1, 1), 1)",
    "x.masked_fill(x > 1, 0.0)", "torch.masked_fill(x, x < 0, float('-inf'))",
    "torch.masked_fill(input=x, mask=x < 0, value=2)", "x.masked_fill(mask=x > 0, value=-1e9)",
    "x.masked_fill(torch.tril(torch.ones(3, 3)) == 0, float('-inf')).softmax(-1)",
    "F.softmax(x.masked_fill(torch.tril(torch.ones(3, 3), -1) == 0, float('-inf')), dim=-1)",
    "x.masked_fill(torch.tensor([True, False, True]), 7)", "x[0].masked_fill(torch.eye(3) > 0, -1.5)",
    "x.masked_fill(x > 0, torch.tensor(0.5))",
])
def test_functions_and_methods_give_torchs_values_gradients_and_grad_fn(expr):
    src = HEAD + X + f"r = {expr}\nprint(r)\n"
    built, ns = agrees(src, ["r"])
    assert grad_fn(built.variables["r"]) == type(ns["r"].grad_fn).__name__
    agrees(src + "w = torch.arange(1.0, r.numel() + 1).reshape(r.shape)\nr.backward(w)\n", [], ["x"])


def test_a_fill_value_that_requires_grad_gets_its_gradient():
    src = HEAD + X + ("v = torch.tensor(2.5, requires_grad=True)\nr = x.masked_fill(x > 1, v)\nprint(r)\n"
                      "r.backward(torch.arange(9.0).reshape(3, 3))\n")
    agrees(src, ["r"], ["x", "v"])


def test_integer_and_bool_tensors_keep_their_dtype_as_pytorch():
    agrees(HEAD + "t = torch.tril(torch.ones(3, 3, dtype=torch.long))\nprint(t)\n"
           "b = torch.triu(torch.ones(2, 2) > 0)\nprint(b)\n"
           "m = torch.tensor([1, 2, 3]).masked_fill(torch.tensor([True, False, True]), -2.5)\nprint(m)\n"
           "n = torch.tensor([True, False]).masked_fill(torch.tensor([False, True]), 2)\nprint(n)\n",
           ["t", "b", "m", "n"])


def test_in_place_forms_change_a_tensor_where_pytorch_lets_them():
    agrees(HEAD + "t = torch.ones(3, 3)\nt.masked_fill_(torch.eye(3) > 0, 5.0)\nprint(t)\n"
           "u = torch.ones(2, 3)\nu.tril_(1)\nprint(u)\n"
           "w = torch.ones(2, 2, requires_grad=True)\nwith torch.no_grad():\n    w.triu_()\n"
           "    w.masked_fill_(w == 0, -1.0)\nprint(w)\n", ["t", "u", "w"])


def test_the_lecture_head_with_its_random_numbers_runs():
    """The lecture's own text (torch.randn, nn.Linear's start): visualgrad's numbers, PyTorch's shapes."""
    built = run(HEAD + LECTURE)
    assert built.variables["out"].shape == (2, 4, 4)
    wei = built.variables["wei"].data
    assert (wei[:, np.triu_indices(4, 1)[0], np.triu_indices(4, 1)[1]] == 0).all()
    np.testing.assert_allclose(wei.sum(-1), 1.0, rtol=1e-12)


LECTURE = ("import torch.nn as nn\ntorch.manual_seed(1337)\nB, T, C = 2, 4, 8\nx = torch.randn(B, T, C)\n"
           "head_size = 4\nkey = nn.Linear(C, head_size, bias=False)\nquery = nn.Linear(C, head_size, bias=False)\n"
           "value = nn.Linear(C, head_size, bias=False)\nk = key(x)\nq = query(x)\n"
           "wei = q @ k.transpose(-2, -1) * head_size**-0.5\ntril = torch.tril(torch.ones(T, T))\n"
           "wei = wei.masked_fill(tril == 0, float('-inf'))\nwei = F.softmax(wei, dim=-1)\nv = value(x)\n"
           "out = wei @ v\nloss = out.pow(2).mean()\nloss.backward()\n")


@pytest.mark.parametrize("src, words, hint", [
    ("x = torch.ones(2, 2, requires_grad=True)\nx.masked_fill_(x > 0, 1.0)\n", "cannot be changed in place",
     "torch.no_grad()"),
    ("x = torch.ones(2, 2, requires_grad=True)\ny = x * 2\ny.masked_fill_(x > 0, 1.0)\n", "computed tensor in place",
     "y = y.masked_fill(mask, value)"),
    ("x = torch.ones(2, 2, requires_grad=True)\ny = x * 2\ny.tril_()\n", "computed tensor in place", "y = y.tril()"),
    ("x = torch.ones(3)\nv = torch.tensor(1.0, requires_grad=True)\nx.masked_fill_(x > 0, v)\n",
     "computed tensor in place", "y.masked_fill(mask, value)"),
    ("x = torch.ones(3)\nx.masked_fill_(torch.eye(3) > 0, 1.0)\n", "shape [3, 3] is not x's [3]", None),
    ("x = torch.ones(3)\ny = torch.tril(x)\n", "at least 2 dimensions", None),
    ("x = torch.ones(3)\ny = x.masked_fill(x, 1.0)\n", "only supports boolean masks", None),
    ("x = torch.ones(3)\ny = x.masked_fill(x > 0, torch.ones(2))\n", "0-dimensional value tensor", None),
    ("x = torch.ones(3)\ny = x.masked_fill(torch.ones(2) > 0, 0.0)\n", "must match the size", None),
    ("x = torch.ones(3)\ny = x.masked_fill(x > 0, 'a')\n", "takes a tensor or a number", None),
    ("x = torch.ones(3, 3)\ny = x.tril(1.5)\n", "whole number", None),
    ("x = torch.ones(3)\ny = x.masked_fill([True, False, True], 1.0)\n", "'mask' must be a tensor",
     "mask = torch.tensor(mask)"),
    ("x = torch.tensor([1, 2])\ny = x.masked_fill(x > 1, float('inf'))\n", "without overflow", None),
])
def test_refusals_say_where_and_what_pytorch_says(src, words, hint):
    e = refused(HEAD + src)
    assert e.line == src.count("\n") + 2 and words in str(e)
    if hint:
        assert hint in str(e)
