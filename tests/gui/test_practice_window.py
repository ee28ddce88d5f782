"""Practice in the window: the app asks for each gradient before showing it, checks, hints, keeps a score.

Driven through the real widgets: the toolbar's Practice toggle, the answer field, Check and Show answer.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.gui.conftest import click_action


def practise(qtbot, w):
    click_action(qtbot, w, w.practice.action)
    assert w.practice.action.isChecked() and w.practice.field.isVisible()
    return w.practice


def answer(qtbot, c, text: str, button=None):
    c.field.answer.clear()
    qtbot.keyClicks(c.field.answer, text)
    qtbot.mouseClick(button or c.field.check, Qt.LeftButton)


def node(w, label):
    return next(n for n, i in w.timeline.nodes.items() if i.label == label)


def test_the_seed_is_asked_hidden_then_shown_when_right(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    w.jump("loss")
    click_action(qtbot, w, w.actions.next)  # to the seed: ∂L/∂L is asked, not shown
    out = w.scene.nodes[w.timeline.output]
    assert c.question.name == "∂L/∂L"
    asked = w.narration.text.text().replace("\u2060", "").replace("&nbsp;", " ")
    assert out.view.grad_text == "?" and "<b>∂L/∂L = ?</b>" in asked
    assert not w.actions.next.isEnabled()  # Next waits for the answer
    assert w.inspector.node_id == w.timeline.output and "?" in w.inspector.toPlainText()
    answer(qtbot, c, "1")
    assert c.question is None and w.actions.next.isEnabled()
    assert out.view.grad_text == "1" and "Right" in c.said.text()
    assert c.field.score.text() == "Score 1/1"


def test_wrong_gets_a_hint_then_the_working_and_the_score_counts(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    w.go(w.timeline.index_of("seed"))
    answer(qtbot, c, "1")
    # The last step that makes ∂L/∂x final: exp(x) passes its blame, and x shows "?".
    x = node(w, "x")
    k = next(q.ask_at for q in c.practice.questions if q.node == x)
    for _ in range(k - w.session.step):
        while c.question is not None:  # answer what comes on the way, right
            answer(qtbot, c, repr(c.question.answer))
        click_action(qtbot, w, w.actions.next)
    assert c.question.name == "∂L/∂x" and w.scene.nodes[x].view.grad_text == "?"
    assert all(e.view.label == "?" for key, e in w.scene.edges.items()
               if w.timeline.nodes[key[0]].inputs[key[1]] == x and e.view.mode == "backward")
    asked_before = c.practice.score.asked
    answer(qtbot, c, "12")  # only the first path's share
    said = c.said.text()
    assert "Hint" in said and "upstream ∂L/∂(x²) = 2" in said and "local ∂(x²)/∂x = 2·x" in said
    assert c.question is not None and c.practice.score.asked == asked_before  # a second try
    answer(qtbot, c, "40")
    said = c.said.text()
    assert "2 × 2·x = 2 × 6 = 12" in said and "12 + 40.1711 = 52.1711" in said
    assert c.practice.score.asked == asked_before + 1 and c.practice.score.right == asked_before
    assert w.scene.nodes[x].view.grad_text.endswith("52.17")
    assert c.field.score.text() == f"Score {asked_before}/{asked_before + 1}"


def test_show_answer_reveals_unscored_and_right_after_a_hint_counts(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    w.go(w.timeline.index_of("seed"))
    qtbot.mouseClick(c.field.show_answer, Qt.LeftButton)
    assert "the seed of the backward pass" in c.said.text() and c.field.score.text() == "Score 0/1"
    click_action(qtbot, w, w.actions.next)
    answer(qtbot, c, "3")
    assert "Hint" in c.said.text()
    answer(qtbot, c, "2")
    assert c.field.score.text() == "Score 1/2"


def test_jumping_past_questions_reveals_them_and_turning_off_restores_the_view(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    click_action(qtbot, w, w.actions.end)
    # The last step makes ∂L/∂x final, so that one is asked; those stepped past are shown, unscored.
    assert c.question.name == "∂L/∂x" and w.scene.nodes[node(w, "x")].view.grad_text == "?"
    assert all(c.practice.done[q] == "skipped" for q in c.practice.questions if q.name != "∂L/∂x")
    assert c.field.score.text() == "Score 0/0"
    assert w.scene.nodes[node(w, "x²")].view.grad_text == "2"
    click_action(qtbot, w, w.practice.action)  # off
    assert not c.field.isVisible() and w.scene.nodes[node(w, "x")].view.grad_text.endswith("52.17")
    assert w.actions.next.isEnabled() and not c.said.isVisible()


def test_forward_values_too(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    c.forward.setChecked(True)
    w.go(1)  # x² = 9
    assert c.question.name == "x²" and w.scene.nodes[node(w, "x²")].view.value_text == "?"
    answer(qtbot, c, "9")
    assert w.scene.nodes[node(w, "x²")].view.value_text == "9"


def test_a_tensor_asks_for_one_outlined_element(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    c = practise(qtbot, w)
    w.go(w.timeline.index_of("seed"))
    answer(qtbot, c, "1")
    click_action(qtbot, w, w.actions.next)
    q = c.question
    assert q.index is not None and q.name.endswith("[" + ", ".join(map(str, q.index)) + "]")
    item = w.scene.nodes[q.node]
    assert item.mark == q.index and item.view.grad is None
    assert item.view.grad_text == "[" + ", ".join(map(str, q.index)) + "] = ?"
    answer(qtbot, c, repr(float(np.asarray(w.timeline.nodes[q.node].grad)[q.index])))
    assert "Right" in c.said.text() and item.mark is None


def test_a_new_program_starts_new_questions(qtbot, make_window):
    w = make_window()
    c = practise(qtbot, w)
    w.load_text("L = x*x", {"x": 3.0})
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    w.go(w.timeline.index_of("seed"))
    assert c.practice.tl is w.timeline and c.question.name == "∂L/∂L"


def test_every_preset_can_be_practised_to_a_full_score(qtbot, make_window):
    from visualgrad.presets import PRESETS
    w = make_window()
    c = practise(qtbot, w)
    for name in PRESETS:
        # The lab at 4 layers of 8, not 30 of 64: the same kinds of node and question, far fewer numbers.
        w.load_preset(name, {"depth": 4, "width": 8} if name == "vanishing" else None)
        qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=30000)
        w.go(0)
        while True:
            while c.question is not None:
                c.field.answer.setText(repr(c.question.answer))
                c.field.check.click()
            if w.session.step == len(w.timeline.steps) - 1:
                break
            w.actions.next.trigger()
        n = len(c.practice.questions)
        assert n > 0 and (c.practice.score.right, c.practice.score.asked) == (n, n), name


def test_a_language_switch_keeps_the_score_and_says_it_again(qtbot, make_window):
    """The timeline is made again in Dutch: the same questions, so what was answered stays answered."""
    w = make_window()
    c = practise(qtbot, w)
    w.go(w.timeline.index_of("seed"))
    answer(qtbot, c, "1")
    assert c.field.score.text() == "Score 1/1" and "Right" in c.said.text()
    step = w.session.step
    w.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: c.field.check.text() != "Check", timeout=5000)  # LanguageChange arrived
    qtbot.waitUntil(lambda: not w._language_rebuild_due and w.pending_step is None and not w.worker.busy()
                    and w.scene.tl is w.timeline, timeout=30000)
    assert w.session.step == step and c.practice.tl is w.timeline
    assert c.field.score.text() == "Score 1/1" and c.question is None
    assert "Goed: ∂L/∂L = 1" in c.said.text()
    assert c.action.text() == "Oefenen"
