"""torch.: every spelling with PyTorch's argument names, order and defaults, against PyTorch itself."""
from __future__ import annotations

from textwrap import dedent

import numpy as np
import pytest
from test_library_support import agrees, oracle, printed, refused, run

pytest.importorskip("torch")

HEAD = "import torch\nimport torch.nn.functional as F\n"


@pytest.mark.parametrize("expr", [
    "torch.tensor([[1., 2.], [3., 4.]])", "torch.tensor([1, 2, 3])", "torch.tensor(3.5)",
    "torch.tensor([True, False])",
    "torch.zeros(2, 3)", "torch.zeros((2, 3))", "torch.zeros([2])", "torch.zeros(size=(2, 1))",
    "torch.ones(3)", "torch.ones(2, 2, dtype=torch.long)", "torch.full((2, 2), 7.5)", "torch.full((2,), 3)",
    "torch.zeros_like(torch.ones(2, 3))", "torch.ones_like(torch.tensor([1, 2]))",
    "torch.full_like(torch.ones(2), 4.0)",
    "torch.arange(5)", "torch.arange(1, 4)", "torch.arange(1, 4, 0.5)", "torch.arange(0, 1, 0.1)",
    "torch.arange(5.0)", "torch.arange(10, 0, -3)", "torch.arange(start=2, end=6, step=2)",
    "torch.linspace(0, 1, 5)", "torch.linspace(-3, 7, 11)", "torch.linspace(0, 1, steps=7)",
    "torch.linspace(2.5, 2.5, 1)", "torch.linspace(0.1, 0.9, 13)",
    "torch.eye(3)", "torch.eye(2, 3)", "torch.eye(n=2, m=1)",
])
def test_creation_gives_torchs_numbers_and_dtypes(expr):
    _, ns = agrees(HEAD + f"t = {expr}\nprint(t)", ["t"])
    assert str(ns["t"].dtype).endswith(("float64", "int64", "bool"))


@pytest.mark.parametrize("expr", [
    "x.sum()", "x.sum(0)", "x.sum(dim=1)", "x.sum(axis=1)", "x.sum(1, keepdim=True)", "x.sum(dim=(0, 1))",
    "torch.sum(x, 0, True)", "torch.sum(x, dim=1, keepdims=True)", "torch.mean(x)", "torch.mean(x, axis=0)",
    "x.mean(dim=-1, keepdim=True)", "x.prod()", "torch.prod(x, 1)", "x.max()", "torch.max(x, 0)",
    "torch.max(x, dim=1, keepdim=True)", "x.max(1)", "torch.min(x, 1)", "x.min()", "torch.max(x, 0).values",
    "torch.max(x, 1)[1]", "torch.amax(x, dim=0)", "torch.amax(x, (0, 1))", "torch.amin(x, 1)",
    "x.argmax()", "torch.argmax(x, dim=1)", "x.argmin(0)", "torch.norm(x)", "x.norm(dim=0)",
    "torch.norm(x, p=1)", "x.norm(1, dim=1, keepdim=True)", "torch.logsumexp(x, dim=1)",
    "torch.softmax(x, dim=1)", "x.softmax(0)", "torch.log_softmax(x, 1)", "x.log_softmax(dim=-1)",
    "torch.maximum(x, torch.zeros(2, 3))", "torch.max(x, torch.ones(2, 3))", "torch.clamp(x, min=0.5)",
    "x.clamp(0, 2)", "torch.clip(x, max=1.0)", "x.clip(min=-1)",
    "torch.where(x > 1, x, torch.zeros(2, 3))", "torch.add(x, 2, alpha=3)", "torch.sub(x, x, alpha=2)",
    "torch.mul(x, other=x)", "torch.div(x, 2)", "torch.pow(x, 3)", "torch.pow(x, exponent=0.5)", "x.pow(2)",
    "torch.exp(x)", "x.log()", "torch.log1p(x)", "x.sqrt()", "torch.abs(-x)", "x.sin()", "torch.cos(x)",
    "torch.tanh(x)", "x.sigmoid()", "torch.relu(x - 1)", "torch.square(x)", "torch.neg(x)",
    "torch.std(x)", "x.var(0)", "x.std(dim=1, keepdim=True)", "torch.var(x, correction=0)", "x.std(unbiased=False)",
    "torch.std(x, 1, True)", "x.var(axis=1)", "torch.tan(x)", "x.reciprocal()", "torch.rsqrt(x.abs())",
    "torch.expm1(x)", "torch.log2(x.abs())", "x.abs().log10()", "torch.sign(x)", "x.floor()", "torch.ceil(x)",
    "x.trunc()", "torch.round(x * 3)",
])
def test_functions_and_methods_give_torchs_values_and_gradients(expr):
    _grad_case(expr)


def _grad_case(expr):
    """r = expr on a leaf x: r and its print as PyTorch's; then a weighted sum of r backward: x.grad."""
    src = HEAD + ("x = torch.tensor([[0.5, -1.0, 2.0], [3.0, 0.25, -0.75]], requires_grad=True)\n"
                  f"r = {expr}\nprint(r)\n")
    ns, _ = oracle(src)
    pair = "return_types" in type(ns["r"]).__module__ + type(ns["r"]).__name__
    if pair:
        src += "rv, ri = r\nrv2 = r.values\nri2 = r.indices\n"
    agrees(src, ["rv", "ri", "rv2", "ri2"] if pair else ["r"])
    out = ns["r"][0] if pair else ns["r"]
    if out.dtype.is_floating_point and out.requires_grad:
        agrees(src + f"o = {'r[0]' if pair else 'r'}\n"
               "w = torch.arange(1.0, o.numel() + 1).reshape(o.shape)\n(o * w).sum().backward()\n", [], ["x"])


@pytest.mark.parametrize("expr", [
    "x.reshape(3, 2)", "x.reshape((6,))", "x.reshape(-1)", "torch.reshape(x, (3, -1))", "x.view(6)",
    "x.view(3, 2)", "x.flatten()", "torch.flatten(x)", "x.unsqueeze(0)", "torch.unsqueeze(x, dim=2)",
    "x.unsqueeze(0).squeeze()", "x.unsqueeze(1).squeeze(1)", "x.T", "x.t()", "torch.t(x)",
    "x.transpose(0, 1)", "torch.transpose(x, 1, 0)", "x.permute(1, 0)", "torch.permute(x, (1, 0))",
    "x[0]", "x[1, 2]", "x[:, 1]", "x[:, ::2]", "x[-1]", "x[0:1]", "x[None]", "x[..., 0]", "x[[0, 1, 1]]",
    "x[x > 0]", "x[torch.tensor([1, 0])]", "torch.cat([x, x])", "torch.cat([x, x], dim=1)",
    "torch.cat((x, x), axis=1)", "torch.stack([x, x])", "torch.stack([x, x], dim=2)",
    "x @ x.T", "torch.matmul(x, x.T)", "torch.mm(x, x.t())", "x.mm(x.T)", "torch.mv(x, x[0])",
    "torch.dot(x[0], x[1])", "x[0].dot(x[1])", "torch.outer(x[0], x[1])", "x.expand(2, 2, 3)",
    "x[0] * 2 + x[1] / 3 - x[0] ** 2",
])
def test_shapes_and_indexing_give_torchs_values_and_scatter_gradients_back(expr):
    _grad_case(expr)


def test_facts_of_a_tensor_read_as_torch_gives_them():
    src = HEAD + dedent("""
    x = torch.ones(2, 3, requires_grad=True)
    a = x.shape
    b = x.shape[0]
    c = x.size()
    d = x.size(1)
    e = x.numel()
    f = x.dim()
    g = x.ndim
    h = len(x)
    i = x.requires_grad
    j = x.is_leaf
    k = (x * 2).is_leaf
    print(a, b, c, d, e, f, g, h, i, j, k)
    print(x.dtype, torch.tensor([1, 2]).dtype == torch.int64)
    """)
    built = run(src)
    assert printed(built) == ["torch.Size([2, 3]) 2 torch.Size([2, 3]) 3 6 2 2 2 True True False",
                              "torch.float32 True"]


@pytest.mark.parametrize("values", [
    "[1.5, 2.0]", "[1e-05, 1.0]", "[1e9, 1.0]", "[123.456, 1.0]", "[0.0, 0.0]", "[1.0, 2.0, 3.0]",
    "[[1.0, -2.5], [3.25, 4.0]]", "[float('nan'), 1.0]", "[float('inf'), -2.0]", "[-0.001, 1000.0]",
    "[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]", "list(range(30))", "[x * 0.37 for x in range(40)]",
    "[[x * 0.5 for x in range(70)] for _ in range(20)]", "[]", "[123456789.0, 2.0]", "[1, -3]",
])
def test_print_shows_what_torch_prints(values):
    agrees(HEAD + f"t = torch.tensor({values})\nprint(t)\nw = torch.tensor({values}, "
           f"requires_grad=True) if len({values}) and not isinstance({values}[0], int) else torch.zeros(1, requires_grad=True)\n"
           "print(w)\nprint(w * 2)\n", ["t"])


def test_float64_tensors_print_their_dtype_as_pytorch_does():
    src = HEAD + dedent("""
    import numpy as np
    a = torch.tensor([1.0, 2.0]).double()
    a.requires_grad_()
    b = (a * 3).sum()
    b.backward()
    c = torch.from_numpy(np.array([0.5, 1.5]))
    d = torch.ones(2, dtype=torch.float64)
    e = torch.tensor([1.0], dtype=float)
    print(a, b, a.grad, c, d, e, a.dtype, torch.ones(1).dtype, torch.arange(2).dtype, c.float().dtype)
    """)
    built = run(src)
    torch = pytest.importorskip("torch")
    assert printed(built) == [(
        "tensor([1., 2.], dtype=torch.float64, requires_grad=True) tensor(9., dtype=torch.float64, "
        "grad_fn=<SumBackward0>) tensor([3., 3.], dtype=torch.float64) tensor([0.5000, 1.5000], dtype=torch.float64) "
        "tensor([1., 1.], dtype=torch.float64) tensor([1.], dtype=torch.float64) torch.float64 torch.float32 "
        "torch.int64 torch.float32")]
    assert str(torch.tensor([1.0, 2.0]).double().requires_grad_()) in printed(built)[0]


def test_formatting_a_0d_tensor_reads_its_number_and_a_vector_is_refused_as_torch_does():
    built = run(HEAD + "x = torch.tensor(2.0 / 3)\nprint(f'{x:.3f} {x}')")
    assert printed(built) == ["0.667 tensor(0.6667)"]
    e = refused(HEAD + "x = torch.tensor([2.0, 3.0])\nprint(f'{x:.3f}')")
    assert "format" in e.message and e.line == 4


def test_item_tolist_detach_and_data_cut_the_graph_as_in_pytorch():
    agrees(HEAD + dedent("""
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    target = (x * 2).detach()
    loss = ((x - target) ** 2).sum()
    loss.backward()
    y = torch.tensor(3.0, requires_grad=True)
    scale = y.item()
    L = scale * y ** 2 + y * y.detach() + y.data * y
    L.backward()
    lst = (x * 3).tolist()
    print(lst, scale, target.requires_grad, y.data.requires_grad)
    """), ["target", "loss", "L", "lst"], ["x", "y"])


def test_backward_with_gradient_accumulation_and_zeroing_as_pytorch():
    agrees(HEAD + dedent("""
    x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    y = x * x
    y.backward(gradient=torch.tensor([1.0, 0.5, 2.0]), retain_graph=True)
    first = x.grad.clone()
    y.sum().backward()
    second = x.grad.clone()
    x.grad.zero_()
    z = (x ** 3).mean()
    z.backward()
    print(first, second, x.grad)
    """), ["first", "second"], ["x"])


def test_no_grad_in_place_updates_and_requires_grad_flags_as_pytorch():
    agrees(HEAD + dedent("""
    w = torch.tensor([0.5, -0.25], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    X = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
    Y = torch.tensor([1.0, 0.0, 2.0])
    for step in range(3):
        loss = ((X @ w + b - Y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
            b.sub_(0.1 * b.grad)
            w.grad.zero_()
            b.grad = None
        print(step, round(loss.item(), 10))
    z = w * 2
    with torch.no_grad():
        u = w * 2
    print(z.requires_grad, u.requires_grad, X.requires_grad)
    print(w, b)
    """), [])


def test_optimizer_sgd_steps_as_pytorch_with_momentum_and_weight_decay():
    agrees(HEAD + dedent("""
    w = torch.tensor([0.5, -0.25, 1.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.01)
    for _ in range(4):
        opt.zero_grad()
        loss = ((w - torch.tensor([1.0, 2.0, 3.0])) ** 2).sum()
        loss.backward()
        opt.step()
    print(w.detach().tolist())
    """), [])


@pytest.mark.parametrize("src, words, hint", [
    ("x = torch.ones(2)\ny = torch.sum(x, dimm=0)", "no parameter 'dimm'", "dim="),
    ("x = torch.ones(2)\ny = torch.exp(2.0)", "must be a tensor", "torch.exp(torch.tensor(2.0))"),
    ("x = torch.tensor([1, 2], requires_grad=True)", "floating point", "1.0"),
    ("x = torch.ones(2, requires_grad=True)\nx.backward()", "scalar outputs", "sum().backward()"),
    ("x = torch.ones(2)\ny = x.sum()\ny.backward()", "does not require grad", "requires_grad=True"),
    ("x = torch.ones(2, requires_grad=True)\nx += 1", "in place", "torch.no_grad"),
    ("x = torch.ones(2)\ny = torch.linspace(0, 1)", "needs the argument 'steps'", "steps"),
    ("x = torch.ones(2)\ny = x.foo()", "not something visualgrad can compute", ""),
    ("x = torch.tensor([1.0, 2.0]).item()", "cannot be converted", "sum().item()"),
    ("x = torch.ones(2)\ny = torch.sum(x, 0, False, 3)", "at most", ""),
])
def test_refusals_say_where_and_give_a_rewrite_that_works(src, words, hint):
    e = refused(HEAD + src)
    assert words in e.message
    assert hint in e.message
    assert e.line >= 3


def test_manual_seed_makes_randn_reproducible_and_notes_that_the_numbers_are_visualgrads():
    a = run(HEAD + "torch.manual_seed(1)\nx = torch.randn(2, 3)\ny = torch.rand(4)")
    b = run(HEAD + "torch.manual_seed(1)\nx = torch.randn(2, 3)\ny = torch.rand(4)")
    c = run(HEAD + "torch.manual_seed(2)\nx = torch.randn(2, 3)\ny = torch.rand(4)")
    assert (a.variables["x"].data == b.variables["x"].data).all()
    assert (a.variables["x"].data != c.variables["x"].data).all()
    assert ((0 <= a.variables["y"].data) & (a.variables["y"].data < 1)).all()
    assert any("not PyTorch's numbers" in n for n in a.notes)


def test_grad_mode_switches_as_pytorch():
    agrees(HEAD + dedent("""
    x = torch.ones(2, requires_grad=True)
    torch.set_grad_enabled(False)
    y = x * 2
    torch.set_grad_enabled(True)
    with torch.set_grad_enabled(False):
        z = x * 3
    with torch.no_grad():
        with torch.enable_grad():
            u = x * 5
        v = x * 6
    w = x * 4
    s = torch.tensor(x.shape)
    print(y.requires_grad, z.requires_grad, u.requires_grad, v.requires_grad, w.requires_grad, s,
          torch.is_grad_enabled())
    """), ["s"])


@pytest.mark.parametrize("make", [
    "torch.optim.Adam([w], lr=0.1)", "torch.optim.Adam([w], lr=0.05, betas=(0.8, 0.99), weight_decay=0.1)",
    "torch.optim.Adam([w], amsgrad=True)", "torch.optim.AdamW([w], lr=0.1)", "torch.optim.SGD([w], lr=0.1)",
    "torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True)", "torch.optim.Adam([w], lr=0.1, maximize=True)",
])
def test_optimizers_step_as_pytorch(make):
    """PyTorch's update rules; its CPU kernels fuse a·x + y (one rounding), so the last bit may differ."""
    src = HEAD + dedent(f"""
    w = torch.tensor([0.5, -0.25, 1.0], requires_grad=True)
    opt = {make}
    for _ in range(5):
        opt.zero_grad()
        loss = ((w - torch.tensor([1.0, 2.0, 3.0])) ** 2).sum() + (w ** 4).sum()
        loss.backward()
        opt.step()
    print(w.detach().tolist())
    """)
    built = run(src)
    _, lines = oracle(src)
    ours, theirs = (np.array(eval(line)) for line in (printed(built)[0], lines[0]))
    np.testing.assert_allclose(ours, theirs, rtol=1e-13)


TUTORIAL = '''
import torch

x = torch.ones(5)  # input tensor
y = torch.zeros(3)  # expected output
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
loss.backward()
z = torch.matmul(x, w)+b
print(z.requires_grad)

with torch.no_grad():
    z = torch.matmul(x, w)+b
print(z.requires_grad)
z = torch.matmul(x, w)+b
z_det = z.detach()
print(z_det.requires_grad)
inp = torch.eye(4, 5, requires_grad=True)
out = (inp+1).pow(2).t()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"First call\\n{inp.grad}")
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\\nSecond call\\n{inp.grad}")
inp.grad.zero_()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\\nCall after zeroing gradients\\n{inp.grad}")
'''


def test_pytorchs_autograd_tutorial_prints_what_pytorch_prints():
    """PyTorch's "Automatic differentiation with torch.autograd" tutorial, pasted (random w, b aside)."""
    built = run(TUTORIAL)
    _, lines = oracle(TUTORIAL)
    assert printed(built) == lines
    w, b = built.variables["w"], built.variables["b"]
    torch = pytest.importorskip("torch")
    tw = torch.tensor(w.data, requires_grad=True)
    tb = torch.tensor(b.data, requires_grad=True)
    torch.nn.functional.binary_cross_entropy_with_logits(torch.ones(5, dtype=torch.float64) @ tw + tb,
                                                         torch.zeros(3, dtype=torch.float64)).backward()
    np.testing.assert_allclose(w.grad, tw.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(b.grad, tb.grad.numpy(), rtol=1e-12)


def test_autograd_grad_returns_pytorchs_gradients_and_leaves_grad_alone():
    agrees(HEAD + dedent("""
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    y = (x ** 2 * w).sum()
    gx, gw = torch.autograd.grad(y, [x, w], retain_graph=True)
    h = x * 3
    (gh,) = torch.autograd.grad(y, h, allow_unused=True, retain_graph=True)
    z = x.exp()
    gz = torch.autograd.grad(z, x, grad_outputs=torch.ones(3))[0]
    torch.autograd.backward(y)
    print(gx, gw, gh, gz, x.grad, w.grad)
    """), ["gx", "gw", "gz"], ["x", "w"])


def test_empty_then_filled_in_place_as_init_code_writes_it():
    built = run(HEAD + dedent("""
    torch.manual_seed(0)
    w = torch.empty(3, 2).uniform_(-0.5, 0.5)
    w.requires_grad_()
    b = torch.empty(2).normal_(0.0, 0.01)
    z = torch.empty(2)
    loss = (torch.ones(1, 3) @ w + b).sum()
    loss.backward()
    print(z, w.grad)
    """))
    w = built.variables["w"].data
    assert w.shape == (3, 2) and (np.abs(w) <= 0.5).all() and len(set(w.ravel())) == 6
    assert printed(built) == ["tensor([0., 0.]) tensor([[1., 1.],", "        [1., 1.],", "        [1., 1.]])"]
    assert any("torch.empty" in n for n in built.notes)


def test_looping_over_a_tensor_gives_its_rows_as_pytorch():
    agrees(HEAD + dedent("""
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
    total = 0
    for row in x:
        total = total + (row * row).sum()
        print(row)
    a, b, c = x
    total.backward()
    print(a, c)
    """), ["total", "b"], ["x"])


def test_integer_tensors_stay_integer_through_picks_shapes_and_sums():
    agrees(HEAD + dedent("""
    a = torch.tensor([[1, 2], [3, 4]])
    print(a.sum(), a.sum(0), a[0], a.T, a.reshape(4), torch.cat([a, a]), a.max(), torch.max(a, 1), a.abs())
    print(a.sum() * 1.5, torch.stack([a[0], a[1]]), a.flatten(), a.argmax())
    for row in a:
        print(row)
    """), [])


def test_integer_tensors_go_to_float_where_pytorch_promotes_and_are_refused_where_it_refuses():
    agrees(HEAD + "a = torch.tensor([1, 2])\nprint(torch.exp(a), a.sqrt(), torch.sigmoid(a), torch.logsumexp(a, 0))\n", [])
    for expr in ("torch.softmax(a, 0)", "a.mean()", "a.norm()", "a.std()"):
        e = refused(HEAD + f"a = torch.tensor([1, 2])\nr = {expr}")
        assert "floating point" in e.message and e.line == 4


def test_torch_size_compares_and_prints_as_pytorch():
    agrees(HEAD + dedent("""
    x = torch.zeros(2, 3)
    print(x.shape == torch.Size([2, 3]), x.shape == (2, 3), x.size() != torch.Size([3]), torch.Size([4, 1]))
    print(list(x.shape), x.shape[-1], len(x.shape), x.shape + (5,))
    """), [])


def test_random_tensors_print_exactly_as_pytorch_prints_them():
    """600 tensors of every rank, magnitude (1e-6 … 1e9), integer-valued, zero, NaN and ±∞: str() as torch's."""
    torch = pytest.importorskip("torch")
    from visualgrad.engine import functions as vf
    from visualgrad.lang.library.text import torch_text
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        rng = np.random.default_rng(7)
        for _ in range(600):
            shape = tuple(int(s) for s in rng.integers(1, 6, rng.integers(0, 4)))
            data = np.array(rng.standard_normal(shape) * 10.0 ** rng.integers(-6, 10))
            kind = rng.integers(0, 4)
            if kind == 1:
                data = np.round(data)
            elif kind == 2:
                data = data * 0.0
            elif kind == 3 and data.size:
                data = data.copy()
                data.reshape(-1)[0] = [np.nan, np.inf, -np.inf][rng.integers(0, 3)]
            assert torch_text(vf.constant(data)) == str(torch.tensor(data)), data
    finally:
        torch.set_default_dtype(old)


def test_a_generator_is_a_stream_of_its_own_and_multinomial_samples_from_it():
    """makemore's g = torch.Generator().manual_seed(k): the same seed gives the same draws, a different seed
    others, and the global stream is untouched; multinomial returns int64 indices of non-zero weights."""
    b = run("""
        import torch
        g = torch.Generator().manual_seed(2147483647)
        a = torch.randn((3, 3), generator=g)
        g2 = torch.Generator().manual_seed(2147483647)
        b = torch.randn((3, 3), generator=g2)
        c = torch.randn((3, 3), generator=torch.Generator().manual_seed(1))
        p = torch.tensor([[0.0, 1.0, 0.0], [0.5, 0.0, 0.5]])
        ix = torch.multinomial(p, num_samples=4, replacement=True, generator=g)
        print(ix.dtype, ix.shape, ix[0].tolist())
    """)
    v = b.final
    assert np.array_equal(v["a"].data, v["b"].data) and not np.array_equal(v["a"].data, v["c"].data)
    assert set(v["ix"].data[1].tolist()) <= {0.0, 2.0}
    assert printed(b) == ["torch.int64 torch.Size([2, 4]) [1, 1, 1, 1]"]
    assert any("visualgrad's own" in n for n in b.notes)
    e = refused("""
        import torch
        x = torch.randn(2, generator=3)
    """)
    assert "torch.Generator()" in e.message


def test_requires_grad_on_a_tensor_computed_without_grad_starts_a_leaf_as_in_pytorch():
    agrees("""
        import torch
        W = torch.linspace(-1.0, 1.0, 6).reshape(2, 3).sin().requires_grad_()
        L = (W ** 2).sum()
        L.backward()
        leaf = W.is_leaf
        print(W.is_leaf, W.grad_fn)
    """, ["L"], ["W"])


CUSTOM = """
    import torch
    class Double(torch.autograd.Function):
        @staticmethod
        def forward(ctx, v):
            return v * 2
        @staticmethod
        def backward(ctx, g):
            return {ret}
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = Double.apply(x{extra}).sum()
    y.backward()
"""


@pytest.mark.parametrize("ret, extra, words", [
    ("g, g", "", "Double.backward returned 2 gradients; forward takes 1 arguments"),
    ("g.sum()", "", "Double.backward returned a gradient of shape () for an input of shape (2,)"),
    ("g", ", scale=3", "Double.apply takes its arguments by position"),
])
def test_a_custom_function_that_pytorch_would_refuse_is_refused_at_the_apply(ret, extra, words):
    e = refused(CUSTOM.format(ret=ret, extra=extra))
    assert words in e.message and e.line == 10  # the apply that made the node, where the Function is named


def test_a_custom_function_backward_runs_once_per_pass_and_its_prints_are_the_programs():
    b = run("""
        import torch
        class Noisy(torch.autograd.Function):
            @staticmethod
            def forward(ctx, v):
                ctx.save_for_backward(v)
                return v ** 3
            @staticmethod
            def backward(ctx, g):
                v, = ctx.saved_tensors
                print("backward", g.item())
                return g * 3 * v ** 2
        x = torch.tensor(2.0, requires_grad=True)
        y = Noisy.apply(x) * 5
        y.backward()
        print(x.grad)
    """)
    from visualgrad.timeline import from_built
    tl = from_built(b)
    assert printed(b) == ["backward 5.0", "tensor(60.)"]
    assert tl.nodes[b.leaves["x"].id].grad == 60.0
    assert printed(b) == ["backward 5.0", "tensor(60.)"]  # the timeline asked the backward again, silently
