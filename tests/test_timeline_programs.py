"""The timeline of pasted programs follows PyTorch: constants and data are never blamed, each backward()
is shown in turn with its own seed, lines after backward() are forward-only, a training loop shows one
iteration (its own update included) and hands every iteration's loss to the training panel."""
from __future__ import annotations

import numpy as np
import pytest

from visualgrad.lang import build
from visualgrad.timeline import from_built, from_text


def by_label(tl, label):
    return next(i for i, n in tl.nodes.items() if n.label == label)


def test_constants_and_data_get_no_gradient_and_no_blame():
    tl = from_text("import torch\nx = torch.tensor(3.0, requires_grad=True)\nc = torch.tensor(5.0)\n"
                   "L = 2 * x * c\nL.backward()")
    x, c = by_label(tl, "x"), by_label(tl, "c")
    assert float(tl.nodes[x].grad) == 10.0
    assert tl.nodes[c].grad is None and tl.nodes[c].role == "constant"
    assert all(e.source != c for e in tl.edges.values())  # no edge carries blame to the data
    assert not any("c " in s.text.split("passes")[-1] for s in tl.steps if s.phase == "backward" and "blame" in s.text
                   and "∂L/∂c" in s.text)


def test_detach_cuts_the_graph_and_nothing_passes_through_it():
    tl = from_text("import torch\nx = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)\n"
                   "target = (x * 2).detach()\nloss = ((x - target) ** 2).sum()\nloss.backward()")
    x = by_label(tl, "x")
    np.testing.assert_array_equal(tl.nodes[x].grad, [-2.0, -4.0, -6.0])  # PyTorch's, not [2, 4, 6]
    target = by_label(tl, "target")
    assert target not in tl.bwd_at


def test_each_backward_pass_is_shown_in_turn_and_leaves_accumulate():
    tl = from_text("import torch\nx = torch.tensor(2.0, requires_grad=True)\ny = x ** 2\n"
                   "y.backward()\nz = x * 3\nz.backward()")
    seeds = [s for s in tl.steps if s.phase == "seed"]
    assert [tl.nodes[s.node].label for s in seeds] == ["y", "z"]
    x = by_label(tl, "x")
    assert [float(g) for _, g, _ in tl.accum[x]] == [4.0, 7.0]  # 4 from y, then + 3 from z, as x.grad
    assert float(tl.nodes[x].grad) == 7.0
    assert len(tl.passes) == 2


def test_backward_with_a_gradient_seeds_with_it():
    tl = from_text("import torch\na = torch.tensor([2.0, 3.0], requires_grad=True)\nQ = 3 * a ** 3\n"
                   "Q.backward(gradient=torch.tensor([1.0, 0.5]))")
    seed = next(s for s in tl.steps if s.phase == "seed")
    Q = by_label(tl, "Q")
    np.testing.assert_array_equal(tl.accum[Q][0][1], [1.0, 0.5])
    np.testing.assert_allclose(tl.nodes[by_label(tl, "a")].grad, 9 * np.array([4.0, 9.0]) * [1.0, 0.5], rtol=1e-15)
    assert seed.node == Q


def test_lines_after_backward_are_forward_only_and_change_no_gradient():
    b = build("import torch\nx = torch.tensor(3.0, requires_grad=True)\ny = x ** 2\ny.backward()\nz = y * 3")
    tl = from_built(b)
    assert tl.nodes[tl.output].label == "y"  # backward() fixed the loss
    z = by_label(tl, "z")
    assert z in tl.forward_only and z in tl.fwd_at and z not in tl.bwd_at
    assert float(tl.nodes[by_label(tl, "x")].grad) == 6.0


def test_a_training_loop_shows_its_first_iteration_and_sends_every_loss():
    text = ("import torch\nw = torch.tensor([0.5, -0.3], requires_grad=True)\nX = torch.tensor([[1.0, 2.0], [3.0, 4.0]])\n"
            "y = torch.tensor([1.0, 2.0])\nfor step in range(25):\n    loss = ((X @ w - y) ** 2).mean()\n"
            "    loss.backward()\n    with torch.no_grad():\n        w -= 0.01 * w.grad\n        w.grad.zero_()\n"
            "    if step % 10 == 0:\n        print(f'step {step}: {loss.item():.4f}')")
    b = build(text)
    assert (b.iteration, b.iterations, len(b.losses)) == (0, 25, 25)
    assert b.losses[0] == pytest.approx(2.05, rel=1e-12) and b.losses[-1] < b.losses[0]
    assert [t for _, t in b.printed] == ["step 0: 2.0500", "step 10: " + f"{b.losses[10]:.4f}",
                                         "step 20: " + f"{b.losses[20]:.4f}"]
    tl = from_built(b)
    w = by_label(tl, "w")
    np.testing.assert_array_equal(tl.nodes[w].value, [0.5, -0.3])  # the values iteration 0 saw
    update = next(s for s in tl.steps if s.phase == "update")
    assert update.node == w
    np.testing.assert_allclose(tl.nodes[w].updated, np.array([0.5, -0.3]) - 0.01 * tl.nodes[w].grad, rtol=1e-12)
    assert tl.printed == b.printed and tl.losses == b.losses and tl.iteration == 0


def test_a_numpy_loop_runs_every_epoch_and_shows_the_first():
    text = ("import numpy as np\nW = np.array([[0.5], [-0.5]])\nX = np.array([[1.0, 2.0], [0.5, -1.0]])\n"
            "Y = np.array([[1.0], [0.0]])\nfor i in range(200):\n    A = 1 / (1 + np.exp(-(X @ W)))\n"
            "    loss = np.mean((A - Y) ** 2)\n    dW = X.T @ ((A - Y) * A * (1 - A))\n    W -= 0.5 * dW\n"
            "print(f'{loss:.6f}')")
    b = build(text)
    assert (b.iteration, b.iterations, len(b.losses)) == (0, 200, 200)
    # the same numbers NumPy gives
    W = np.array([[0.5], [-0.5]])
    X = np.array([[1.0, 2.0], [0.5, -1.0]])
    Y = np.array([[1.0], [0.0]])
    for _ in range(200):
        A = 1 / (1 + np.exp(-(X @ W)))
        loss = np.mean((A - Y) ** 2)
        dW = X.T @ ((A - Y) * A * (1 - A))
        W -= 0.5 * dW
    assert b.printed == [(10, f"{loss:.6f}")]
    np.testing.assert_allclose(b.final["W"].data, W, rtol=1e-12)
    assert b.output.name == "loss" and b.variables["loss"] is b.output


def test_the_variables_snapshot_is_the_shown_iteration():
    b = build("import numpy as np\nW = np.array([1.0, 2.0])\nfor i in range(3):\n    loss = np.sum(W ** 2)\n"
              "    W -= 0.1 * 2 * W")
    assert float(b.variables["loss"].data) == 5.0  # iteration 0's loss
    first = [v for line, name, v in b.history if name == "W"]
    np.testing.assert_allclose(first[0].data, [1.0, 2.0])
    np.testing.assert_allclose(b.final["W"].data, np.array([1.0, 2.0]) * 0.8 ** 3, rtol=1e-15)


def test_a_model_draws_one_box_per_block():
    text = ("import torch\nimport torch.nn as nn\ntorch.manual_seed(0)\n"
            "model = nn.Sequential(*[nn.Sequential(nn.Linear(4, 4), nn.Sigmoid()) for _ in range(5)], nn.Linear(4, 1))\n"
            "x = torch.randn(3, 4)\nmodel(x).sum().backward()")
    tl = from_built(build(text))
    boxes = list(dict.fromkeys(tl.groups.values()))
    assert len(boxes) == 6 and boxes[-1].endswith("(Linear)") and all("Sequential" in b for b in boxes[:5])


def test_a_training_loop_inside_main_shows_one_iteration_too():
    text = ("import torch\ndef main():\n    w = torch.tensor([0.5, -0.3], requires_grad=True)\n"
            "    X = torch.tensor([[1.0, 2.0], [3.0, 4.0]])\n    y = torch.tensor([1.0, 2.0])\n"
            "    for step in range(200):\n        loss = ((X @ w - y) ** 2).mean()\n        loss.backward()\n"
            "        with torch.no_grad():\n            w -= 0.01 * w.grad\n            w.grad.zero_()\n"
            "    print(f'{loss.item():.6f}')\n\nif __name__ == '__main__':\n    main()\n")
    b = build(text)
    assert (len(b.passes), b.iteration, b.iterations, len(b.losses)) == (1, 0, 200, 200)
    assert b.losses[0] == pytest.approx(2.05, rel=1e-12) and len(b.printed) == 1
