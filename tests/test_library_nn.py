"""torch.nn: user classes subclassing nn.Module, Linear (visualgrad's own start, PyTorch's maths),
Sequential, activations, losses; one group box per module call, named as PyTorch names submodules."""
from __future__ import annotations

from textwrap import dedent

import numpy as np
import pytest
from test_library_support import agrees, oracle, printed, refused, run, same

torch = pytest.importorskip("torch")
HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"

DEEP = HEAD + dedent("""
class DeepSig(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(*[
            nn.Sequential(nn.Linear(4, 4), nn.Sigmoid())
            for _ in range(5)
        ])
        self.head = nn.Linear(4, 1)
    def forward(self, x):
        return self.head(self.layers(x))

m = DeepSig()
x = torch.randn(3, 4)
y = m(x).sum()
y.backward()
W0 = list(m.layers[0][0].parameters())[0]
b0 = m.layers[0][0].bias
Wh = m.head.weight
bh = m.head.bias
first = W0.grad.norm().item()
print(m)
print([n for n, p in m.named_parameters()])
print(len(m.layers), len(list(m.parameters())), m.head.in_features, m.head.out_features)
""")


def test_a_model_subclassing_nn_module_runs_and_prints_as_pytorch():
    built = run(DEEP)
    _, lines = oracle(DEEP)
    assert printed(built)[:-1] == lines[:-1]  # the module tree, the names
    assert printed(built)[-1] == lines[-1]  # sizes and counts


def test_every_module_call_is_one_group_box_named_as_pytorch_names_the_submodule():
    labels = [g.label for g in run(DEEP).groups]
    assert "DeepSig" in labels and "head (Linear)" in labels
    for k in range(5):
        assert f"layers.{k} (Sequential)" in labels
        assert f"layers.{k}.0 (Linear)" in labels and f"layers.{k}.1 (Sigmoid)" in labels
    assert labels.count("layers (Sequential)") == 1


def test_linear_gradients_are_pytorchs_for_the_weights_shown():
    built = run(DEEP)
    v = built.variables
    net = torch.nn.Sequential(*[torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Sigmoid()) for _ in range(5)],
                              torch.nn.Linear(4, 1)).double()
    # our starting weights, read back from the program, put into PyTorch's modules
    assert v["W0"].data.shape == (4, 4) and v["Wh"].data.shape == (1, 4)
    std = np.sqrt(2.0 / 4)
    assert abs(v["W0"].data.std() - std) < 0.5 and not v["b0"].data.any()  # He normal, zero biases
    names = [n for n, _ in net.named_parameters()]
    ours = {n: p for n, p in zip(names, _params_in_order(built))}
    with torch.no_grad():
        for n, p in net.named_parameters():
            p.copy_(torch.from_numpy(ours[n].data))
    x = torch.from_numpy(v["x"].data)
    net(x).sum().backward()
    for n, p in net.named_parameters():
        same(ours[n].grad, p.grad, 1e-12, n)
    assert abs(v["first"] - net[0][0].weight.grad.norm().item()) <= 1e-12 * abs(v["first"])


def _params_in_order(built):
    """The model's parameters in PyTorch's order: the Linear leaves of the graph, by creation."""
    leaves = [n for n in built.order if n.op is None and n.role == "parameter"]
    return sorted(leaves, key=lambda t: t.id)


def test_the_note_says_the_start_is_visualgrads_own():
    notes = " ".join(run(DEEP).notes)
    assert "not PyTorch's numbers" in notes and "N(0, 2/in_features)" in notes


def test_parameters_follow_pytorchs_order_and_names():
    src = HEAD + dedent("""
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = nn.Linear(2, 3)
            self.scale = nn.Parameter(torch.tensor([2.0]))
            self.act = nn.Tanh()
            self.fc2 = nn.Linear(3, 1, bias=False)
            self.offset = nn.Parameter(torch.zeros(1))
        def forward(self, x):
            return self.fc2(self.act(self.fc1(x))) * self.scale + self.offset
    net = Net()
    print([n for n, p in net.named_parameters()])
    print([tuple(p.shape) for p in net.parameters()])
    print(net)
    out = net(torch.tensor([[1.0, -1.0]]))
    print(out.shape, out.requires_grad)
    """)
    built = run(src)
    _, lines = oracle(src)
    assert printed(built) == lines


def test_sequential_is_indexable_sliceable_iterable_and_unpackable():
    src = HEAD + dedent("""
    model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 3), nn.LeakyReLU(0.2), nn.Linear(3, 1))
    print(len(model), model[0], model[-1], model[1])
    print(model[:2])
    kinds = [type(m).__name__ for m in model] if False else len([m for m in model])
    layers = [nn.Linear(3, 3) for _ in range(2)]
    deep = nn.Sequential(*layers, nn.Sigmoid())
    print(len(deep), deep[2])
    print(kinds)
    """)
    built = run(src)
    _, lines = oracle(src)
    assert printed(built) == lines


@pytest.mark.parametrize("loss", [
    "F.mse_loss(p, t)", "F.mse_loss(p, t, reduction='sum')", "F.mse_loss(p, t, reduction='none')",
    "F.l1_loss(p, t)", "F.l1_loss(p, t, reduction='sum')", "nn.MSELoss()(p, t)", "nn.L1Loss(reduction='sum')(p, t)",
    "F.cross_entropy(p, c)", "F.cross_entropy(p, c, reduction='sum')", "F.cross_entropy(p, c, reduction='none')",
    "nn.CrossEntropyLoss()(p, c)", "F.nll_loss(F.log_softmax(p, dim=1), c)", "nn.NLLLoss()(p.log_softmax(1), c)",
    "F.binary_cross_entropy(torch.sigmoid(p), s)", "nn.BCELoss()(p.sigmoid(), s)",
    "F.binary_cross_entropy_with_logits(p, s)", "nn.BCEWithLogitsLoss(reduction='sum')(p, s)",
    "F.softmax(p, dim=1)", "F.log_softmax(p, dim=0)", "nn.Softmax(dim=1)(p)", "nn.LogSoftmax(dim=1)(p)",
    "F.relu(p)", "F.leaky_relu(p, 0.1)", "F.gelu(p)", "F.gelu(p, approximate='tanh')", "F.softplus(p)",
    "F.softplus(p, beta=2.0, threshold=1.0)", "F.sigmoid(p)", "F.tanh(p)", "nn.ReLU()(p)", "nn.Tanh()(p)",
    "nn.Sigmoid()(p)", "nn.GELU()(p)", "nn.Softplus()(p)", "nn.LeakyReLU()(p)", "nn.Identity()(p)",
    "nn.Flatten()(p)", "F.silu(p)", "F.logsigmoid(p)", "F.elu(p, 0.5)", "F.hardtanh(p)", "nn.SiLU()(p)",
    "nn.ELU()(p)", "nn.Hardtanh(-0.5, 0.5)(p)", "nn.LogSigmoid()(p)", "F.linear(p, w)", "F.linear(p, w, bias)", "F.one_hot(c, 3)", "nn.Dropout(0.0)(p)",
])
def test_losses_and_activations_are_pytorchs_values_and_gradients(loss):
    src = HEAD + dedent(f"""
    p = torch.tensor([[0.5, -1.0, 2.0], [3.0, 0.25, -0.75]], requires_grad=True)
    t = torch.tensor([[1.0, 0.0, 2.0], [2.5, 0.5, 0.0]])
    s = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
    c = torch.tensor([2, 0])
    w = torch.tensor([[0.1, 0.2, 0.3], [-0.4, 0.5, 0.6]], requires_grad=True)
    bias = torch.tensor([0.5, -0.5], requires_grad=True)
    r = {loss}
    print(r)
    """)
    ns, _ = oracle(src)
    if ns["r"].dtype.is_floating_point and ns["r"].requires_grad:
        src += "(r * torch.arange(1.0, r.numel() + 1).reshape(r.shape)).sum().backward()\n"
        agrees(src, ["r"], ["p", "w", "bias"] if "w" in loss else ["p"])
    else:
        agrees(src, ["r"])


def test_module_calls_and_composites_open_as_boxes_and_zero_grad_clears():
    src = HEAD + dedent("""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
    X = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
    Y = torch.tensor([[1.0], [0.0]])
    loss = F.mse_loss(model(X), Y)
    loss.backward()
    had = model[0].weight.grad is not None
    model.zero_grad()
    print(had, model[0].weight.grad)
    """)
    built = run(src)
    assert printed(built) == ["True None"]
    labels = [g.label for g in sorted(built.groups, key=lambda g: g[2][0])]
    assert labels[:4] == ["Sequential", "0 (Linear)", "1 (Tanh)", "2 (Linear)"]
    assert "mse_loss" in " ".join(labels).lower().replace(" ", "_") or len(labels) >= 4


@pytest.mark.parametrize("src, words", [
    ("m = nn.Linear(2, 3, bais=False)", "no parameter 'bais'"),
    ("m = nn.Linear(2, 3)\ny = m(torch.ones(4))", "last size is 2"),
    ("y = F.mse_loss(torch.ones(2), torch.ones(2), reduction='avg')", "reduction must be"),
    ("y = F.cross_entropy(torch.ones(2, 3), torch.tensor([[0.1, 0.9, 0.0], [1.0, 0.0, 0.0]]))", "class-index"),
    ("y = nn.Dropout(1.5)", "between 0 and 1"),
    ("m = nn.Sequential(nn.Linear(2, 2), 3)", "holds modules"),
    ("p = nn.Parameter(torch.tensor([1, 2]))", "floating point"),
    ("y = F.relu(torch.ones(2), inplace=True)", "in place"),
])
def test_refusals(src, words):
    e = refused(HEAD + src)
    assert words in e.message and e.line >= 4


def test_nn_init_uses_pytorchs_spreads_and_changes_the_parameter_in_place():
    src = HEAD + dedent("""
    torch.manual_seed(0)
    layer = nn.Linear(200, 100)
    nn.init.xavier_uniform_(layer.weight)
    nn.init.constant_(layer.bias, 0.1)
    w1 = layer.weight.detach().clone()
    nn.init.kaiming_normal_(layer.weight, nonlinearity='relu')
    w2 = layer.weight.detach().clone()
    nn.init.zeros_(layer.bias)
    b = layer.bias.detach().clone()
    g = nn.init.calculate_gain('tanh')
    print(g, nn.init.calculate_gain('leaky_relu', 0.2))
    """)
    built = run(src)
    v = built.variables
    bound = np.sqrt(6.0 / 300)
    assert np.abs(v["w1"].data).max() <= bound and np.abs(v["w1"].data).max() > 0.9 * bound
    assert abs(v["w2"].data.std() - np.sqrt(2.0 / 200)) < 0.01 and not v["b"].data.any()
    _, lines = oracle(src)
    assert printed(built) == lines


def test_the_old_torch_Tensor_constructor_of_micrograds_tests():
    src = HEAD + dedent("""
    x = torch.Tensor([-4.0]).double()
    x.requires_grad = True
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    print(y.data.item(), x.grad.item())
    """)
    built = run(src)
    _, lines = oracle(src)
    assert printed(built) == lines


def test_a_module_called_twice_gives_two_boxes():
    built = run(HEAD + dedent("""
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(2, 2)
            self.act = nn.Tanh()
        def forward(self, x):
            return self.act(self.fc(self.act(x)))
    net = Net()
    y = net(torch.ones(1, 2)).sum() + net(torch.zeros(1, 2)).sum()
    y.backward()
    """))
    labels = [g.label for g in sorted(built.groups, key=lambda g: g[2][0])]
    assert labels == ["Net", "act (Tanh)", "fc (Linear)", "act (Tanh) · call 2",
                      "Net · call 2", "act (Tanh) · call 3", "fc (Linear) · call 2", "act (Tanh) · call 4"]


def test_layers_of_a_module_list_are_named_by_their_path():
    built = run(HEAD + dedent("""
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
        def forward(self, x):
            for layer in self.layers:
                x = torch.relu(layer(x))
            return x
    net = Net()
    y = net(torch.ones(1, 2)).sum()
    print([n for n, p in net.named_parameters()])
    """))
    labels = {g.label for g in built.groups}
    assert {"layers.0 (Linear)", "layers.1 (Linear)", "layers.2 (Linear)"} <= labels
    assert printed(built) == [("['layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias', "
                               "'layers.2.weight', 'layers.2.bias']")]


def test_weights_set_by_hand_under_no_grad_and_parameters_print_as_pytorch():
    src = HEAD + dedent("""
    lin = nn.Linear(2, 1)
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([[0.5, -0.3]]))
        lin.bias.fill_(0.1)
    x = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
    y = lin(x).sum()
    y.backward()
    print(lin.weight.grad, lin.bias.grad, y)
    lin.weight.data = torch.zeros(1, 2)
    print(lin.weight, sum(p.numel() for p in lin.parameters()))
    p = nn.Parameter(torch.tensor([1.0, 2.0]))
    print(p, p * 2)
    for name, q in lin.named_parameters():
        print(name, q.shape, q.requires_grad)
    """)
    built = run(src)
    _, lines = oracle(src)
    assert printed(built) == lines


@pytest.mark.parametrize("loss", ["F.mse_loss(x, t)", "F.l1_loss(x, t, reduction='sum')",
                                  "F.binary_cross_entropy(torch.sigmoid(x), torch.sigmoid(t))",
                                  "F.binary_cross_entropy_with_logits(x, torch.sigmoid(t))"])
def test_a_target_that_requires_grad_gets_pytorchs_gradient(loss):
    agrees(HEAD + "x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)\n"
           "t = torch.tensor([1.0, 0.2, -0.3], requires_grad=True)\n" + f"l = {loss}\nl.backward()\n", ["l"], ["x", "t"])


def test_dropout_scales_the_kept_units_as_pytorch_and_is_off_in_eval():
    built = run(HEAD + dedent("""
    torch.manual_seed(0)
    x = torch.ones(1000, requires_grad=True)
    drop = nn.Dropout(0.25)
    y = drop(x)
    y.sum().backward()
    drop.eval()
    z = drop(x)
    w = F.dropout(x, 0.5, training=False)
    """))
    v = built.variables
    y = v["y"].data
    assert set(np.unique(y)) <= {0.0, 1 / 0.75} and 0.15 < (y == 0).mean() < 0.35
    np.testing.assert_array_equal(v["x"].grad, y)  # ∂(x·mask/(1−p))/∂x is the mask/(1−p) drawn
    assert v["z"] is v["x"] and v["w"] is v["x"]
    assert any("Dropout masks" in n for n in built.notes)
