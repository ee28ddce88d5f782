"""torch.nn's Embedding, LayerNorm, BatchNorm1d and F.embedding / F.layer_norm / F.batch_norm: PyTorch's
values, gradients (rtol 1e-9, float64), running statistics, train/eval, printing and parameter order."""
from __future__ import annotations

from textwrap import dedent

import pytest
from test_library_support import agrees, oracle, printed, refused, run

torch = pytest.importorskip("torch")
HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
RTOL = 1e-9


# ---- Embedding ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("idx", ["torch.tensor(3)", "torch.tensor([1, 3, 3, 0])", "torch.tensor([[4, 1, 4], [0, 0, 2]])"])
def test_embedding_picks_rows_for_indices_of_any_shape_and_sums_repeated_gradients(idx):
    src = HEAD + dedent(f"""
    emb = nn.Embedding(5, 3)
    with torch.no_grad():
        emb.weight.copy_(torch.sin(torch.arange(15.0)).reshape(5, 3))
    w = emb.weight
    i = {idx}
    out = emb(i)
    f = F.embedding(i, w)
    print(out.shape, f.shape, out)
    (out * torch.cos(torch.arange(out.numel() * 1.0)).reshape(out.shape)).sum().backward()
    """)
    agrees(src, ["out", "f"], ["w"], rtol=RTOL)


def test_embedding_padding_row_starts_at_zero_and_gets_no_gradient():
    src = HEAD + dedent("""
    emb = nn.Embedding(6, 4, padding_idx=-2)
    start = emb.weight.detach().clone()
    with torch.no_grad():
        emb.weight.copy_(torch.cos(torch.arange(24.0)).reshape(6, 4))
    w = emb.weight
    i = torch.tensor([[4, 1], [4, 4], [0, 2]])
    out = emb(i)
    (out ** 2).sum().backward()
    print(emb, emb.padding_idx, out.shape)
    v = torch.tensor([[0.5, 1.0], [2.0, -1.0], [0.0, 3.0]], requires_grad=True)
    g = F.embedding(torch.tensor([0, 2, 0]), v, padding_idx=0)
    g.sum().backward()
    """)
    built, _ = agrees(src, ["out", "g"], ["w", "v"], rtol=RTOL)
    start = built.variables["start"].data
    assert not start[4].any() and start[[0, 1, 2, 3, 5]].all()  # PyTorch's start: the padding row zeroed
    assert not built.variables["w"].grad[4].any()


def test_embedding_starts_from_a_seeded_standard_normal_and_says_so():
    built = run(HEAD + "torch.manual_seed(1)\nemb = nn.Embedding(200, 50)\nw = emb.weight\n"
                "again = nn.Embedding(3, 2)\n")
    w = built.variables["w"].data
    assert abs(w.mean()) < 0.05 and abs(w.std() - 1.0) < 0.05
    assert sum("nn.Embedding starts from visualgrad's own" in n for n in built.notes) == 1
    assert run(HEAD + "torch.manual_seed(1)\nemb = nn.Embedding(200, 50)\nw = emb.weight\n").variables["w"].data \
        .tolist() == w.tolist()


# ---- LayerNorm ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("make, call", [
    ("nn.LayerNorm(4)", "ln(x)"),
    ("nn.LayerNorm([3, 4], eps=1e-3)", "ln(x)"),
    ("nn.LayerNorm(4, bias=False)", "ln(x)"),
    ("nn.LayerNorm(4, elementwise_affine=False)", "ln(x)"),
    ("nn.LayerNorm(torch.Size([4]))", "ln(x[0])"),
    ("nn.LayerNorm(4)", "F.layer_norm(x, (4,), w4, b4)"),
    ("nn.LayerNorm(4)", "F.layer_norm(x, [3, 4], w34, eps=0.1)"),
    ("nn.LayerNorm(4)", "F.layer_norm(x, (4,))"),
])
def test_layer_norm_is_pytorchs_values_gradients_and_print(make, call):
    src = HEAD + dedent(f"""
    ln = {make}
    x = (torch.sin(torch.arange(24.0) * 1.7) * 3 + 1).reshape(2, 3, 4).requires_grad_()
    w4 = torch.tensor([0.5, -1.0, 2.0, 1.5], requires_grad=True)
    b4 = torch.tensor([0.1, 0.2, -0.3, 0.0], requires_grad=True)
    w34 = torch.cos(torch.arange(12.0)).reshape(3, 4).requires_grad_()
    params = list(ln.parameters())
    if len(params) > 0:
        with torch.no_grad():
            params[0].mul_(torch.linspace(0.5, 2.0, params[0].numel()).reshape(params[0].shape))
    y = {call}
    print(ln, [n for n, p in ln.named_parameters()], ln.normalized_shape, ln.eps, ln.bias is None)
    print(y)
    (y * torch.cos(torch.arange(y.numel() * 1.0)).reshape(y.shape)).sum().backward()
    gw = None if ln.weight is None else ln.weight.grad
    gb = None if ln.bias is None else ln.bias.grad
    """)
    agrees(src, ["y", "gw", "gb"], ["x", "w4", "b4", "w34"], rtol=RTOL)


def test_layer_norm_is_one_box_per_module_call_and_the_function_has_its_own():
    built = run(HEAD + dedent("""
    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln = nn.LayerNorm(3)
            self.bn = nn.BatchNorm1d(3)
            self.emb = nn.Embedding(4, 3)
        def forward(self, i):
            return self.bn(self.ln(self.emb(i)))
    m = Block()
    y = m(torch.tensor([0, 3, 1])).sum() + F.layer_norm(torch.ones(2, 3), (3,)).sum()
    y.backward()
    """))
    labels = [g.label for g in sorted(built.groups, key=lambda g: g[2][0])]
    assert labels == ["Block", "emb (Embedding)", "ln (LayerNorm)", "bn (BatchNorm1d)", "layer_norm"]
    names = {n.name for n in built.order if n.op is None and n.name}
    assert {"emb.weight", "ln.weight", "ln.bias", "bn.weight", "bn.bias"} <= names


# ---- BatchNorm ---------------------------------------------------------------------------------------

BN = HEAD + dedent("""
def f(y):
    return (y * torch.cos(torch.arange(y.numel() * 1.0)).reshape(y.shape)).sum()
bn = {make}
x = (torch.sin(torch.arange({n} * 1.0) * 2.3) * 2 + 0.5).reshape({shape}).requires_grad_()
params = list(bn.parameters())
with torch.no_grad():
    for p in params:
        p.add_(torch.linspace(-0.5, 0.5, p.numel()))
y1 = bn(x)
y2 = bn(x * 2 - 1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
y3 = bn(x)
print(bn.training, bn.running_mean, bn.num_batches_tracked)
(f(y1) + f(y2) + f(y3)).backward()
bn.train()
y4 = bn(x + 1)
f(y4).backward()
print(bn.training, bn.num_batches_tracked, [n for n, b in bn.named_buffers()], len(list(bn.buffers())))
print(bn, [n for n, p in bn.named_parameters()], bn.num_features, bn.momentum, bn.affine, bn.track_running_stats)
print(y1, y3)
gw = None if bn.weight is None else bn.weight.grad
gb = None if bn.bias is None else bn.bias.grad
rm, rv = [None if s is None else s.clone() for s in (bn.running_mean, bn.running_var)]
""")


@pytest.mark.parametrize("make, n, shape", [
    ("nn.BatchNorm1d(3)", 12, "4, 3"),
    ("nn.BatchNorm1d(3)", 24, "2, 3, 4"),
    ("nn.BatchNorm1d(3, momentum=None)", 12, "4, 3"),
    ("nn.BatchNorm1d(3, eps=1e-3, momentum=0.3, affine=False)", 24, "4, 3, 2"),
    ("nn.BatchNorm1d(3, bias=False)", 12, "4, 3"),
    ("nn.BatchNorm1d(3, track_running_stats=False)", 12, "4, 3"),
])
def test_batch_norm_trains_on_batch_statistics_evaluates_on_running_ones_as_pytorch(make, n, shape):
    agrees(BN.format(make=make, n=n, shape=shape), ["y1", "y2", "y3", "y4", "gw", "gb", "rm", "rv"], ["x"],
           rtol=RTOL)


def test_f_batch_norm_updates_the_running_statistics_in_place():
    src = HEAD + dedent("""
    x = torch.tensor([[1.0, -2.0], [3.0, 0.5], [-1.0, 4.0]], requires_grad=True)
    rm = torch.zeros(2)
    rv = torch.ones(2)
    w = torch.tensor([2.0, -1.0], requires_grad=True)
    b = torch.tensor([0.5, 0.25], requires_grad=True)
    alias = rm
    y = F.batch_norm(x, rm, rv, w, b, training=True, momentum=0.2)
    z = F.batch_norm(x, rm, rv, w, b)
    u = F.batch_norm(x, None, None, training=True, eps=0.5)
    print(rm, rv, alias)
    (y.sum() + (z * z).sum() + u[0, 1]).backward()
    """)
    agrees(src, ["y", "z", "u", "rm", "rv"], ["x", "w", "b"], rtol=RTOL)


def test_a_model_with_batch_norm_lists_parameters_and_buffers_as_pytorch():
    src = HEAD + dedent("""
    model = nn.Sequential(nn.Embedding(5, 2), nn.Flatten(), nn.Linear(6, 4, bias=False), nn.BatchNorm1d(4),
                          nn.Tanh(), nn.LayerNorm(4), nn.Linear(4, 5))
    print(model)
    print([n for n, p in model.named_parameters()])
    print([n for n, b in model.named_buffers()], [tuple(p.shape) for p in model.parameters()])
    model.eval()
    print([m.training for m in model.modules()])
    model.train()
    print(model[3].training, model.training)
    """)
    built = run(src)
    _, lines = oracle(src)
    assert printed(built) == lines


def test_running_statistics_are_buffers_and_not_in_the_graph_while_training():
    src = HEAD + dedent("""
    bn = nn.BatchNorm1d(2)
    x = torch.tensor([[1.0, 2.0], [3.0, 5.0]], requires_grad=True)
    y = bn(x).sum()
    y.backward()
    print(bn.running_mean, bn.running_var, bn.running_mean.requires_grad)
    """)
    built = run(src)
    names = {n.name for n in built.order}
    assert "BatchNorm1d.running_mean" not in names and "BatchNorm1d.weight" in names
    assert printed(built) == oracle(src)[1]


def test_an_eval_output_whose_running_statistics_changed_since_is_refused_at_backward():
    src = HEAD + dedent("""
    bn = nn.BatchNorm1d(2)
    x = torch.tensor([[1.0, 2.0], [3.0, 5.0], [0.0, -1.0]], requires_grad=True)
    bn.eval()
    kept = bn(x).sum()
    bn.train()
    y = bn(x).sum()
    y.backward()
    kept.backward()
    """)
    built = run(src.replace("kept.backward()\n", ""))  # the eval output unused: nothing to refuse
    assert built.variables["x"].grad is not None
    e = refused(src)
    assert "running statistics a later training call has changed" in e.message and e.line == 12


# ---- refusals ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("src, words", [
    ("e = nn.Embedding(4, 2)\ny = e(torch.tensor([0.0, 1.0]))", "int64 tensor"),
    ("e = nn.Embedding(4, 2)\ny = e(torch.tensor([1, 4]))", "index 4 is out of range for 4 rows"),
    ("e = nn.Embedding(4, 2)\ny = e(torch.tensor([-1]))", "out of range"),
    ("e = nn.Embedding(4, 2, max_norm=1.0)", "max_norm=...) is not something"),
    ("e = nn.Embedding(4, 2, padding_idx=4)", "Padding_idx must be within num_embeddings"),
    ("y = F.embedding(torch.tensor([0]), torch.ones(3), padding_idx=0)", "must be 2-D"),
    ("ln = nn.LayerNorm(3)\ny = ln(torch.ones(2, 4))", "expected input with shape [*, 3]"),
    ("y = F.layer_norm(torch.ones(2, 4), 4)", "must be a tuple of ints"),
    ("y = F.layer_norm(torch.ones(2, 4), (4,), torch.ones(3))", "Expected weight to be of same shape"),
    ("bn = nn.BatchNorm1d(3)\ny = bn(torch.ones(1, 3))", "more than 1 value per channel"),
    ("bn = nn.BatchNorm1d(3)\ny = bn(torch.ones(3))", "expected 2D or 3D input (got 1D input)"),
    ("bn = nn.BatchNorm1d(3)\ny = bn(torch.ones(2, 4))", "running_mean should contain 4 elements not 3"),
    ("y = F.batch_norm(torch.ones(2, 3), None, None)", "running_mean must be defined in evaluation mode"),
    ("y = F.batch_norm(torch.ones(2, 3), torch.zeros(2), torch.ones(3))", "running_mean should contain 3"),
    ("bn = nn.BatchNorm1d(3, eps='small')", "eps must be a number"),
    ("e = nn.Embedding(2000, 1000)", "nn.Embedding(2000, 1000): sizes must be from 1 up to a million weights"),
    ("y = F.batch_norm(torch.ones(3), None, None, training=True)", "F.batch_norm takes an input of shape (N, C"),
])
def test_refusals(src, words):
    e = refused(HEAD + src)
    assert words in e.message and e.line >= 4
    if not any(w in words for w in ("is not something", "eps", "million")):  # PyTorch has these; visualgrad not
        with pytest.raises(Exception):  # noqa: B017, PT011 - PyTorch refuses the same program
            oracle(HEAD + src)


def test_register_buffer_keeps_a_tensor_that_is_not_a_parameter():
    from test_library_support import refused, run
    b = run("""
        import torch
        import torch.nn as nn
        class M(nn.Module):
            def __init__(self):
                super().__init__()
                self.w = nn.Parameter(torch.ones(2))
                self.register_buffer("mask", torch.tensor([1.0, 0.0]))
            def forward(self, x):
                return (x * self.w * self.mask).sum()
        m = M()
        names = [n for n, _ in m.named_parameters()]
        bufs = [n for n, _ in m.named_buffers()]
        L = m(torch.tensor([3.0, 4.0]))
        L.backward()
        print(names, bufs, m.w.grad)
    """)
    assert b.printed[-1][1] == "['w'] ['mask'] tensor([3., 0.])"
    e = refused("""
        import torch
        import torch.nn as nn
        class M(nn.Module):
            def __init__(self):
                super().__init__()
                self.register_buffer("a.b", torch.ones(1))
        m = M()
    """)
    assert "register_buffer takes a name without dots" in e.message
