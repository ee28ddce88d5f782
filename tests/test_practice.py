"""Practice logic: which numbers are asked, when an answer counts as right, the hint and the working."""
from __future__ import annotations

import math

import numpy as np
import pytest

from visualgrad.presets import PRESETS
from visualgrad.timeline import from_text
from visualgrad.timeline.practice import Practice, Question, hint, is_right, parse_answer, questions, working

SEED = "L = 2*(x**2 + exp(x))"


@pytest.fixture
def seed():
    return from_text(SEED, {"x": 3.0})


def test_questions_follow_the_backward_steps_then_the_leaves(seed):
    qs = questions(seed)
    assert [q.prompt for q in qs] == ["∂L/∂L = ?", "∂L/∂(x² + exp(x)) = ?", "∂L/∂(x²) = ?", "∂L/∂(exp(x)) = ?",
                                      "∂L/∂x = ?"]
    assert [q.answer for q in qs][:-1] == [1.0, 2.0, 2.0, 2.0]
    assert qs[-1].answer == pytest.approx(2 * (6 + math.exp(3)), rel=1e-15)
    # the constant 2 gets no gradient, so it is never asked about
    assert not any("∂L/∂2" in q.name for q in qs)


def test_each_question_is_asked_where_its_answer_would_appear(seed):
    by = {q.name: q for q in questions(seed)}
    assert seed.steps[by["∂L/∂L"].ask_at].phase == "seed"
    # ∂L/∂x is final when the second use of x (exp) passes its blame
    assert seed.steps[by["∂L/∂x"].ask_at].node == next(n for n, i in seed.nodes.items() if i.label == "exp(x)")
    assert by["∂L/∂(x²)"].ask_at < by["∂L/∂(x²)"].step  # revealed by its consumer, asked before its own step


def test_forward_values_can_be_asked_too(seed):
    qs = questions(seed, forward=True)
    assert [q.prompt for q in qs[:4]] == ["x² = ?", "exp(x) = ?", "x² + exp(x) = ?", "L = ?"]
    assert working(seed, qs[0]) == ["x² = 3² = 9"]
    assert hint(seed, qs[0]) == "Compute x² from x = 3."


@pytest.mark.parametrize("typed,ok", [("52.17", True), ("52.1711", True), ("52.4", True), ("52.5", False),
                                      ("51.95", True), ("51.9", False), ("52,17", True), ("", False),
                                      ("fifty", False), ("2*(6+e^3)", False)])
def test_half_a_percent_counts_as_right(seed, typed, ok):
    q = questions(seed)[-1]  # 52.1711
    assert is_right(q, parse_answer(typed)) is ok


def test_near_zero_an_absolute_thousandth_counts():
    q = Question("grad", 0, None, "∂L/∂z", 0.0004, 0, 0)
    assert is_right(q, 0.0) and is_right(q, 0.0013) and not is_right(q, 0.0015)
    assert is_right(q, parse_answer("−0.0005"))  # the typographic minus the app itself prints


def test_infinity_and_nan_must_be_named():
    inf = Question("grad", 0, None, "∂L/∂z", math.inf, 0, 0)
    nan = Question("grad", 0, None, "∂L/∂z", math.nan, 0, 0)
    assert is_right(inf, parse_answer("∞")) and is_right(inf, parse_answer("inf")) and not is_right(inf, 1e308)
    assert is_right(nan, parse_answer("nan")) and not is_right(nan, 0.0)


def test_hint_gives_upstream_and_local_formula_and_working_multiplies_and_adds(seed):
    q = questions(seed)[-1]
    assert hint(seed, q) == ("upstream ∂L/∂(x²) = 2, local ∂(x²)/∂x = 2·x; upstream ∂L/∂(exp(x)) = 2, "
                             "local ∂(exp(x))/∂x = exp(x). x is used 2 times: add up what each use passes back.")
    assert working(seed, q) == ["∂L/∂(x²) × ∂(x²)/∂x = 2 × 2·x = 2 × 6 = 12",
                                "∂L/∂(exp(x)) × ∂(exp(x))/∂x = 2 × exp(x) = 2 × 20.09 = 40.17",
                                "∂L/∂x = 12 + 40.1711 = 52.1711"]
    assert working(seed, questions(seed)[0]) == ["∂L/∂L = 1: the seed of the backward pass."]


def test_a_tensor_asks_for_its_largest_element():
    tl = PRESETS["xor-mlp"].timeline(None)
    qs = questions(tl)
    w1 = next(q for q in qs if q.name.startswith("∂L/∂W1["))
    info = tl.nodes[w1.node]
    g = np.asarray(info.grad)
    assert abs(g[w1.index]) == np.abs(g).max() and w1.answer == g[w1.index]
    assert w1.prompt == f"∂L/∂W1[{w1.index[0]}, {w1.index[1]}] = ?"
    assert any(line.startswith("(∂L/∂(W1 @ X) × ∂(W1 @ X)/∂W1)") for line in working(tl, w1))


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_has_questions_whose_answers_are_the_gradients(name):
    tl = PRESETS[name].timeline(None)
    qs = questions(tl)
    leaves = [n for n, i in tl.nodes.items() if i.op is None and i.role != "constant" and i.grad is not None]
    assert len(qs) == sum(1 for s in tl.steps if s.phase == "backward") + len(leaves)
    for q in qs:
        g = np.asarray(tl.nodes[q.node].grad)
        assert q.answer == float(g if q.index is None else g[q.index])
        assert hint(tl, q) and working(tl, q)


def test_a_session_hints_first_then_reveals_and_keeps_the_score(seed):
    p = Practice(seed)
    k = seed.index_of("seed")
    q = p.current(k)
    assert q.name == "∂L/∂L" and p.hidden(k) == ({seed.output}, set())
    assert p.answer(q, "1") == "right"
    k += 1
    q = p.current(k)  # ∂L/∂(x² + exp(x))
    assert p.answer(q, "5") == "hint" and p.current(k) is q
    assert p.answer(q, "7") == "wrong" and p.current(k) is None
    assert (p.score.right, p.score.asked) == (1, 2)
    # stepping past unanswered questions reveals them without a score
    p.skip_before(len(seed.steps))
    assert p.score.asked == 2 and all(q in p.done for q in p.questions)


def test_going_back_before_a_skipped_question_asks_it_again(seed):
    p = Practice(seed)
    p.skip_before(len(seed.steps))  # a jump to the end
    assert p.current(seed.index_of("seed")) is None or p.done
    p.skip_before(0)  # back to the start
    assert p.current(seed.index_of("seed")).name == "∂L/∂L"
