"""The main window, driven like a user: type, step, play, edit inputs, find, fall back without dot."""
import numpy as np
import pytest
from conftest import click_action
from PySide6.QtCore import Qt


def labels(w):
    return sorted(item.title for item in w.scene.nodes.values())


def node(w, title):
    return next(i for i in w.scene.nodes.values() if i.title == title)


def test_seed_example_is_laid_out(make_window):
    w = make_window()
    assert labels(w) == sorted(["x", "2", "x²", "exp(x)", "x² + exp(x)", "L"])
    assert len(w.scene.ops) == 4 and len(w.scene.edges) == 6
    assert w.session.step == 0
    assert "1 / 11" in w.position.text()


def test_typing_builds_the_graph(qtbot, make_window):
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.editor.setPlainText("a = x*y\nL = a + y")
    assert labels(w) == sorted(["x", "y", "a", "L"])


def test_next_steps_through_forward_then_backward(qtbot, make_window):
    w = make_window("x = 3; a = x**2; b = exp(x); c = a + b; L = c*2", values={})
    for _ in range(1):
        click_action(qtbot, w, w.actions.next)
    assert node(w, "a").view.active and node(w, "a").view.value_text == "9"
    assert node(w, "b").view.value is None  # not computed yet
    for _ in range(9):
        click_action(qtbot, w, w.actions.next)
    step = w.timeline.steps[w.session.step]
    assert step.phase == "backward" and w.timeline.nodes[step.node].label == "b"
    x = node(w, "x").view
    assert x.grad_text == "12 + 40.17 = 52.17"
    assert "52.17" in w.narration.text.text()
    edge = w.scene.edges[(step.node, 0)]
    assert edge.view.mode == "backward" and edge.view.active
    assert edge.view.label == "2 × exp(x) = 2 × 20.09 = 40.17"
    assert w.animator.running()


def test_previous_restores_the_exact_state(qtbot, make_window):
    w = make_window()
    w.go(7)
    before = {nid: item.view for nid, item in w.scene.nodes.items()}
    edges_before = {k: e.view for k, e in w.scene.edges.items()}
    click_action(qtbot, w, w.actions.next)
    click_action(qtbot, w, w.actions.previous)
    assert {nid: item.view for nid, item in w.scene.nodes.items()}.keys() == before.keys()
    for nid, item in w.scene.nodes.items():
        assert item.view.value_text == before[nid].value_text and item.view.grad_text == before[nid].grad_text
        assert item.view.active == before[nid].active
    assert {k: e.view for k, e in w.scene.edges.items()} == edges_before


def test_jumps_and_keys(qtbot, make_window):
    w = make_window()
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key_End)
    assert w.session.step == len(w.timeline.steps) - 1
    qtbot.keyClick(w.view, Qt.Key_Home)
    assert w.session.step == 0
    qtbot.keyClick(w.view, Qt.Key_Right)
    assert w.session.step == 1
    w.jump("loss")
    assert w.timeline.steps[w.session.step].phase == "loss"
    assert node(w, "L").view.loss


def test_play_reaches_the_end_and_stops(qtbot, make_window):
    w = make_window()
    w.actions.speed.setValue(4)
    click_action(qtbot, w, w.actions.play)
    qtbot.waitUntil(lambda: w.session.step == len(w.timeline.steps) - 1, timeout=10000)
    qtbot.waitUntil(lambda: not w.play_timer.isActive(), timeout=2000)
    assert w.actions.play.text() == "Play"


def test_bad_text_shows_the_error_and_keeps_the_graph(qtbot, make_window):
    w = make_window()
    before = labels(w)
    w.editor.setPlainText("L = 2*(x**2 + exq(x))")
    w.rebuild_from_editor()
    assert "exq" in w.error_label.text() and "exp" in w.error_label.text()
    assert "column 15" in w.error_label.text()
    assert w.editor.error_at == (1, 15, 3)
    assert labels(w) == before
    assert w.editor.toPlainText() == "L = 2*(x**2 + exq(x))"  # nothing the user typed is lost


def test_editing_an_input_updates_every_number(qtbot, make_window):
    w = make_window()
    w.go(len(w.timeline.steps) - 1)
    editor = w.inputs.editors["x"]
    editor.setText("2")
    with qtbot.waitSignal(w.ready, timeout=20000):
        editor.editingFinished.emit()
    x = next(i for i in w.timeline.nodes.values() if i.label == "x")
    assert float(x.grad) == pytest.approx(2 * (2 * 2 + np.exp(2)), rel=1e-12)
    assert w.session.step == len(w.timeline.steps) - 1  # the current step is kept
    assert node(w, "L").view.value_text == "22.78"


def test_editing_a_literal_input_rewrites_the_text(qtbot, make_window):
    w = make_window("x = 3\nL = x*x", values={})
    editor = w.inputs.editors["x"]
    editor.setText("5")
    with qtbot.waitSignal(w.ready, timeout=20000):
        editor.editingFinished.emit()
    assert w.editor.toPlainText() == "x = 5\nL = x*x"
    assert node(w, "L").view.value_text in ("", "25")


def test_find_selects_the_node(qtbot, make_window):
    w = make_window("x = 3; a = x**2; b = exp(x); c = a + b; L = c*2", values={})
    w.actions.find.trigger()
    assert w.find_bar.isVisible()
    qtbot.keyClicks(w.find_bar, "b")
    qtbot.keyClick(w.find_bar, Qt.Key_Return)
    selected = [i for i in w.scene.selectedItems() if hasattr(i, "title")]
    assert [i.title for i in selected] == ["b"]
    assert "exp" in w.inspector.toPlainText()


def test_builtin_layout_without_dot(qtbot, make_window, tmp_path):
    w = make_window(dot_path=str(tmp_path / "no-such-dot"))
    w.relayout()
    qtbot.waitUntil(lambda: "built-in" in w.engine_label.text(), timeout=20000)
    assert len(w.scene.nodes) == 6


def test_direction_and_fold_relayout(qtbot, make_window):
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.actions.left_right.trigger()
    xs = [i.pos().x() for i in w.scene.nodes.values()]
    ys = [i.pos().y() for i in w.scene.nodes.values()]
    assert max(xs) - min(xs) > max(ys) - min(ys)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.actions.fold.trigger()
    assert not w.scene.ops


def test_inspector_shows_full_precision(qtbot, make_window):
    w = make_window()
    x = next(nid for nid, i in w.timeline.nodes.items() if i.label == "x")
    w.jump("end")
    w.inspect(x)
    assert "52.17107384637533" in w.inspector.toPlainText()


def test_trace_panel_jumps(qtbot, make_window):
    w = make_window()
    w.jump("end")
    item = w.trace.item(w.trace.count() - 1)  # the oldest line: the inputs
    w.trace.itemClicked.emit(item)
    assert w.session.step == 0


def test_themes_switch(qtbot, make_window):
    w = make_window()
    for name in ("dark", "slide", "colorblind", "light"):
        with qtbot.waitSignal(w.ready, timeout=20000):
            w.set_theme(name)
        assert w.scene.theme.name == name
