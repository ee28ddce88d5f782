"""The timeline: the step semantics of docs/architecture.md, step by step, for programs a student types."""
from __future__ import annotations

import math

import numpy as np
import pytest

import visualgrad as vg
from visualgrad.timeline import PHASES, from_text, make_timeline

E3 = math.exp(3)


@pytest.fixture
def seed():
    """L = 2·(x² + eˣ) at x = 3."""
    return from_text("L = 2*(x**2 + exp(x))", {"x": 3})


def label(tl, node_id):
    return None if node_id is None else tl.nodes[node_id].label


def test_seed_example_steps_in_order(seed):
    assert [(s.phase, label(seed, s.node)) for s in seed.steps] == [
        ("inputs", None),
        ("forward", "x²"), ("forward", "exp(x)"), ("forward", "x² + exp(x)"), ("forward", "L"),
        ("loss", "L"),
        ("seed", "L"),
        ("backward", "L"), ("backward", "x² + exp(x)"), ("backward", "x²"), ("backward", "exp(x)"),
    ]
    assert [s.index for s in seed.steps] == list(range(11))
    assert {s.phase for s in seed.steps} <= set(PHASES)
    assert all(s.line == 1 for s in seed.steps if s.node is not None)


def test_seed_example_narration(seed):
    text = [s.text for s in seed.steps]
    assert text[0] == "Inputs: x = 3. Constants: 2."
    assert text[1] == "Forward: x² = 3² = 9."
    assert text[4] == "Forward: L = 2·(x² + exp(x)) = 2·29.09 = 58.17."
    assert text[5].startswith("The loss: L = 58.17.")
    assert text[6] == "Backward starts at the loss: ∂L/∂L = 1."
    assert "∂L/∂x = ∂L/∂(x²) · ∂(x²)/∂x = 2 · 6 = 12" in text[9]
    # the fan-out: x is used twice and its blame visibly adds up
    assert text[10].endswith("x is used 2 times, so its blame adds up: ∂L/∂x = 12 + 40.17 = 52.17.")


def test_seed_example_edges_show_upstream_times_local(seed):
    x_sq = next(i for i, n in seed.nodes.items() if n.label == "x²")
    exp = next(i for i, n in seed.nodes.items() if n.label == "exp(x)")
    assert seed.edges[(x_sq, 0)].label == "2 × 2·x = 2 × 6 = 12"
    assert seed.edges[(exp, 0)].label == "2 × exp(x) = 2 × 20.09 = 40.17"
    assert float(seed.edges[(exp, 0)].contribution) == pytest.approx(2 * E3, rel=1e-15)


def test_each_step_is_a_complete_state(seed):
    ids = {n.label: i for i, n in seed.nodes.items()}

    def shown(k, name):
        value, grad, terms = seed.node_at(k, ids[name])
        as_float = (lambda v: None if v is None else float(v))
        return as_float(value), as_float(grad), [round(float(t), 2) for t in terms]

    assert shown(0, "x") == (3.0, None, [])
    assert shown(0, "x²") == (None, None, [])  # not computed yet
    assert shown(1, "x²") == (9.0, None, [])
    assert shown(4, "L") == (pytest.approx(2 * (9 + E3)), None, [])
    assert shown(5, "L")[1] is None  # the loss step: no blame yet
    assert shown(6, "L") == (pytest.approx(2 * (9 + E3)), 1.0, [1.0])  # the seed
    assert shown(7, "x² + exp(x)")[1:] == (2.0, [2.0])
    assert shown(8, "x")[1] is None  # x's blame arrives with x² and exp(x)
    assert shown(9, "x")[1:] == (12.0, [12.0])
    assert shown(10, "x")[1:] == (pytest.approx(2 * (6 + E3)), [12.0, 40.17])
    for k in range(len(seed)):  # Previous/jumps: the same k always shows the same state
        assert shown(k, "x") == shown(k, "x")
    assert seed.nodes[ids["x"]].grad == pytest.approx(52.171073846375336, rel=1e-15)


def test_program_order_breaks_ties():
    tl = from_text("b = exp(x)\na = x**2\nL = a + b", {"x": 3})
    phases = [(s.phase, label(tl, s.node)) for s in tl.steps if s.phase in ("forward", "backward")]
    assert phases == [("forward", "b"), ("forward", "a"), ("forward", "L"),
                      ("backward", "L"), ("backward", "b"), ("backward", "a")]
    assert tl.steps[-1].text.endswith("∂L/∂x = 20.09 + 6 = 26.09.")  # b's blame first, as written
    assert [s.line for s in tl.steps if s.phase == "forward"] == [1, 2, 3]


def test_statements_and_lines_are_kept():
    tl = from_text("a = x * 2\n\n# a comment\nL = a ** 2", {"x": 1.5})
    stmts = {n.label: (n.line, n.statement) for n in tl.nodes.values() if n.op}
    assert stmts == {"a": (1, "a = x * 2"), "L": (4, "L = a ** 2")}


def test_update_phase_with_a_learning_rate():
    text = "w = parameter(2.0)\nb = parameter([0.5, -1.0])\nL = sum((w*x + b - 1)**2)"
    tl = from_text(text, {"x": 3}, learning_rate=0.1)
    updates = [s for s in tl.steps if s.phase == "update"]
    assert [label(tl, s.node) for s in updates] == ["w", "b"]
    assert tl.steps[-2:] == updates  # the last phase
    w = next(i for i, n in tl.nodes.items() if n.label == "w")
    assert float(tl.nodes[w].grad) == 57.0  # 2·(5.5 + 4)·3
    assert float(tl.node_at(updates[0].index - 1, w)[0]) == 2.0
    assert float(tl.node_at(updates[0].index, w)[0]) == pytest.approx(2.0 - 0.1 * 57)
    assert "w ← w − η·∂L/∂w = 2 − 0.1·57 = −3.7" in updates[0].text
    b = next(i for i, n in tl.nodes.items() if n.label == "b")
    np.testing.assert_allclose(tl.node_at(len(tl) - 1, b)[0], [0.5 - 1.1, -1.0 - 0.8])
    assert not [s for s in from_text(text, {"x": 3}).steps if s.phase == "update"]  # no rate, no update


def test_tensor_programs_narrate_shapes():
    tl = from_text("W = [[0.5, -0.2], [0.1, 0.4]]\nv = [1.0, 2.0]\nL = sum(W @ v)")
    assert [label(tl, s.node) for s in tl.steps if s.phase == "forward"] == ["W @ v", "L"]
    assert "gives a 2 tensor [0.1, 0.9]" in tl.steps[1].text
    W = next(i for i, n in tl.nodes.items() if n.label == "W")
    np.testing.assert_allclose(tl.nodes[W].grad, [[1.0, 2.0], [1.0, 2.0]])


def test_a_graph_from_the_python_api():
    x = vg.tensor(3.0, name="x")
    L = 2 * (x ** 2 + vg.exp(x))
    L.name = "L"
    tl = make_timeline(L)
    assert [s.phase for s in tl.steps] == ["inputs"] + ["forward"] * 4 + ["loss", "seed"] + ["backward"] * 4
    assert tl.nodes[tl.output].label == "L" and tl.nodes[x.id].grad == pytest.approx(52.171073846375336)
    assert x.grad is None  # the timeline runs its own backward: the graph's .grad is left alone


def test_a_node_used_many_times_keeps_every_term_in_order():
    n = 300
    tl = from_text("L = " + " + ".join(f"{k + 1}*x" for k in range(n)), {"x": 1.0})
    x = next(i for i, info in tl.nodes.items() if info.label == "x")
    _, grad, terms = tl.node_at(len(tl) - 1, x)
    assert len(terms) == n and [float(t) for t in terms] == [float(k + 1) for k in range(n)]
    assert float(grad) == n * (n + 1) / 2
    step, _, first = tl.accum[x][0]
    assert len(first) == 1 and tl.node_at(step - 1, x)[1] is None


def test_named_steps(seed):
    assert [seed.named(w) for w in ("start", "forward", "forward-end", "loss", "seed", "backward", "end", "-1")] == \
        [0, 1, 4, 5, 6, 7, 10, 10]


def test_a_long_fan_out_sum_is_elided_but_its_total_is_exact():
    """x used 300 times: each step writes its sum so far, but at a bounded length (not O(k²) text)."""
    from visualgrad.timeline.view import node_view
    k = 300
    text = "x = 1.5\ns0 = x*1\n" + "\n".join(f"s{i} = s{i - 1} + x*{i + 1}" for i in range(1, k)) + f"\nL = s{k - 1}"
    tl = from_text(text)
    x = next(i for i, n in tl.nodes.items() if n.label == "x")
    sums = [s.text for s in tl.steps if "x is used" in s.text]
    assert len(sums) == k - 1
    assert max(len(s.text) for s in tl.steps) < 400
    last = sums[-1]
    # The first four and the last two terms, in the order the blame arrived, and the exact total.
    assert f"x is used {k} times, so its blame adds up: ∂s{k - 1}/∂x = 1 + 2 + 3 + 4 + … + {k - 1} + {k} = 4.515e4." \
        in last  # and nothing to the constants 1..300: PyTorch gives them no gradient
    assert "∂s299/∂x = 1 + 2 + 3 = 6." in sums[1]  # short sums are written out in full
    # The node's row is elided at its right end when too wide: it keeps four terms, so the total stays in view.
    grad_row = node_view(tl, len(tl.steps) - 1, x).grad_text
    assert grad_row == "1 + 2 + … + 299 + 300 = 4.515e4"
    assert float(tl.nodes[x].grad) == k * (k + 1) // 2


def test_backward_narration_uses_the_ops_local_derivative_not_the_gradient_it_computes():
    """L = c*2: ∂L/∂c = ∂L/∂L · ∂(c·2)/∂c, not the circular ∂L/∂c = ∂L/∂L · ∂L/∂c."""
    tl = from_text("x = 3\na = x**2\nb = exp(x)\nc = a + b\nL = c*2")
    first = tl.steps[tl.index_of("backward")].text
    assert "∂L/∂c = ∂L/∂L · ∂(c·2)/∂c = 1 · 2 = 2" in first
    assert "· ∂L/∂c" not in first
    texts = " ".join(s.text for s in tl.steps)
    assert "∂L/∂a = ∂L/∂c · ∂(a + b)/∂a = 2 · 1 = 2" in texts
    assert "∂L/∂x = ∂L/∂a · ∂(x²)/∂x = 2 · 6 = 12" in texts


def test_compound_names_and_negative_numbers_are_bracketed():
    tl = from_text("x = 0.5\nL = x - x*(0 - x)")
    texts = " ".join(s.text for s in tl.steps)
    assert "∂L/∂(x·(0 − x)) = −1 is final" in texts
    assert "= −1 · (−0.5) = 0.5" in texts  # never `−1 · −0.5`
    assert "· −" not in texts and "× −" not in texts
    labels = [e.label for e in tl.edges.values()]
    assert "−1 × (−0.5) = 0.5" in labels or any("× (−" in t for t in labels)
    assert not any("× −" in t for t in labels)


def test_the_update_brackets_a_negative_gradient():
    from visualgrad.presets import get_preset
    tl = get_preset("neuron").timeline(learning_rate=0.5)
    texts = [s.text for s in tl.steps if s.phase == "update"]
    assert "Update: w ← w − η·∂L/∂w = 0.5 − 0.5·(−0.5) = 0.75." in texts


def test_a_tensors_forward_sentence_names_its_shape_once():
    from visualgrad.presets import get_preset
    tl = get_preset("xor-mlp").timeline()
    text = tl.steps[1].text
    assert text.startswith("Forward: W1 @ X gives a 2×4 tensor [0, −0.1383, 0.4967,")
    assert "tensor 2×4" not in text
