"""The training dock, driven like a user: run epochs with the buttons, watch the loss curve and the
graph, cancel a long run, edit η, a weight or an input, switch the XOR network's view."""
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer


def settle(qtbot, w):
    """Training stopped and the graph laid out and on screen."""
    qtbot.waitUntil(lambda: not w.training_panel.running and not w.worker.busy(), timeout=120000)
    qtbot.wait(20)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def points(panel) -> int:
    """How many epochs the loss curve holds (it may draw fewer: about one point per pixel)."""
    x = panel.curve.xData
    return 0 if x is None else len(x)


def node_value(w, label):
    info = next(i for i in w.timeline.nodes.values() if i.label == label)
    return info.value


def test_the_dock_shows_for_trainable_presets_only(qtbot, make_window):
    w = make_window()
    dock = w.docks["training"]
    assert not dock.isVisible() and w.training_panel.trainer is None
    for name, rows in (("xor-mlp", 4), ("neuron", 1)):
        w.load_preset(name)
        settle(qtbot, w)
        assert dock.isVisible(), name
        assert w.training_panel.trainer.preset.name == name
        assert w.training_panel.table.rowCount() == rows
    w.load_preset("chain-rule")
    settle(qtbot, w)
    assert not dock.isVisible() and w.training_panel.trainer is None
    assert w.session.learning_rate is None  # the neuron's η does not follow into other programs


def test_a_hundred_steps_lower_the_loss_and_draw_a_hundred_points(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    start = float(node_value(w, "L"))
    assert p.lr_edit.text() == "0.1" and points(p) == 0
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    assert points(p) == 100
    losses = p.curve.yData
    assert losses[0] == pytest.approx(start, rel=1e-12) and losses[-1] < losses[0]
    # The graph shows the trained weights and their loss; the status line says so too.
    assert np.array_equal(node_value(w, "W1"), p.trainer.params["W1"])
    assert float(node_value(w, "L")) == pytest.approx(p.trainer.loss, rel=1e-12)
    assert p.trainer.loss < start
    assert "Epoch 100" in p.status.text()
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    assert points(p) == 200


def test_the_predictions_table_compares_outputs_with_targets(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    cell = lambda r, c: p.table.item(r, c).text()  # noqa: E731
    assert [cell(r, 2) for r in range(4)] == ["0", "1", "1", "0"]  # XOR targets
    outputs = p.trainer.predictions().outputs[0]
    assert [float(cell(r, 3)) for r in range(4)] == pytest.approx(outputs, abs=5e-4)
    assert "on the right side" in p.verdict.text()


def test_one_step_shows_the_update_phase(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    before = p.trainer.params["W1"]
    grad = p.trainer.gradients()["W1"]
    click(qtbot, p.run_buttons[1])
    settle(qtbot, w)
    step = w.timeline.steps[w.session.step]
    assert step.phase == "update" and w.timeline.nodes[step.node].label == "W1"
    assert "W1 ← W1 − η·∂L/∂W1" in w.narration.text.text()
    # On screen: the weights before the step, and the update's result is the trainer's new W1.
    assert np.array_equal(node_value(w, "W1"), before)
    assert np.allclose(w.timeline.nodes[step.node].updated, p.trainer.params["W1"], rtol=1e-14)
    assert np.allclose(p.trainer.params["W1"], before - 0.1 * grad, rtol=1e-14)
    assert points(p) == 1


def test_ten_thousand_steps_never_block_the_event_loop(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(p.done))
    timer.start(20)
    click(qtbot, p.run_buttons[10_000])
    assert p.running and p.progress_row.isVisible()
    assert not p.run_buttons[100].isEnabled()  # no second run on top of this one
    settle(qtbot, w)
    timer.stop()
    assert p.trainer.epoch == 10_000 and points(p) == 10_000
    # The timer kept firing while the epochs ran, and saw the progress move.
    during = [d for d in ticks if 0 < d < 10_000]
    assert len(during) >= 3 and len(set(during)) >= 2
    assert not p.progress_row.isVisible() and p.run_buttons[100].isEnabled()
    # The article's network has learned XOR (loss 0.01564 after 10,000 epochs at η = 0.1).
    assert p.trainer.losses[-1] == pytest.approx(0.01564, abs=5e-5)
    assert "4 of 4" in p.verdict.text()


def test_a_long_run_can_be_cancelled(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    click(qtbot, p.run_buttons[10_000])
    qtbot.waitUntil(lambda: p.done >= 20, timeout=30000)
    click(qtbot, p.cancel_button)
    assert not p.running
    settle(qtbot, w)
    epochs = p.trainer.epoch
    assert 20 <= epochs < 10_000 and points(p) == epochs
    assert "Cancelled" in p.status.text()
    assert np.array_equal(node_value(w, "W2"), p.trainer.params["W2"])  # the graph shows where it stopped
    qtbot.wait(100)
    assert p.trainer.epoch == epochs  # and it really stopped


def test_editing_the_learning_rate_changes_the_next_update(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    p.lr_edit.clear()
    qtbot.keyClicks(p.lr_edit, "2.5")
    qtbot.keyClick(p.lr_edit, Qt.Key_Return)
    settle(qtbot, w)
    assert p.trainer.learning_rate == 2.5
    assert w.timeline.learning_rate == 2.5  # the update phase on screen already uses it
    before, grad = p.trainer.params["W2"], p.trainer.gradients()["W2"]
    click(qtbot, p.run_buttons[1])
    settle(qtbot, w)
    assert np.allclose(p.trainer.params["W2"], before - 2.5 * grad, rtol=1e-14)
    assert "2.5·" in w.timeline.steps[w.timeline.index_of("update")].text


def test_editing_a_weight_changes_the_loss_and_training_goes_on(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    click(qtbot, p.run_buttons[10])
    settle(qtbot, w)
    table = w.inputs.editors["b2"]  # a 1×1 matrix editor in the Inputs dock
    with qtbot.waitSignal(w.ready, timeout=20000):
        table.item(0, 0).setText("2")
    settle(qtbot, w)
    assert p.trainer.params["b2"][0, 0] == 2.0
    assert float(node_value(w, "L")) == pytest.approx(p.trainer.loss, rel=1e-12)
    assert p.trainer.predictions().outputs[0, 0] > 0.8  # a big bias pushes every output up
    click(qtbot, p.run_buttons[10])
    settle(qtbot, w)
    assert p.trainer.epoch == 20 and points(p) == 20  # the curve went on from the edit


def test_the_neuron_trains_in_its_program(qtbot, make_window):
    w = make_window(preset="neuron")
    p = w.training_panel
    settle(qtbot, w)
    assert p.lr_edit.text() == "0.5"
    assert w.timeline.learning_rate == 0.5 and w.timeline.index_of("update") < len(w.timeline.steps)
    editor = w.inputs.editors["x"]
    editor.setText("3")
    with qtbot.waitSignal(w.ready, timeout=20000):
        editor.editingFinished.emit()
    settle(qtbot, w)
    assert float(p.trainer.inputs["x"]) == 3.0  # the user's input reached the trainer
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    wv = float(p.trainer.params["w"])
    assert p.trainer.losses[-1] < p.trainer.losses[0]
    # The program text carries the trained weight, so the editor, the graph and the trainer agree.
    assert f"w = param({wv!r})" in w.editor.toPlainText()
    assert float(node_value(w, "w")) == wv
    assert "x = 3" in w.editor.toPlainText()


def test_reset_goes_back_to_the_starting_weights(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    start = p.trainer.params
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    click(qtbot, p.reset_button)
    settle(qtbot, w)
    assert p.trainer.epoch == 0 and points(p) == 0
    assert all(np.array_equal(node_value(w, k), v) for k, v in start.items())


def test_the_scalar_view_shows_the_same_trained_weights(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    with qtbot.waitSignal(w.ready, timeout=30000):
        click(qtbot, p.scalar_view)
    settle(qtbot, w)
    assert w.session.preset_params["view"] == "scalar"
    W1 = p.trainer.params["W1"]
    assert float(node_value(w, "W1_01")) == W1[0, 1]
    assert float(node_value(w, "L")) == pytest.approx(p.trainer.loss, rel=1e-12)
    # Every weight its own node; example 1 open, examples 2-4 one box each (double-click opens them).
    weights = {"W1_00", "W1_01", "W1_10", "W1_11", "b1_0", "b1_1", "W2_00", "W2_01", "b2"}
    drawn = {i.title for i in w.scene.nodes.values()}
    assert weights <= drawn and "A2_00" in drawn and "A2_03" not in drawn
    assert sorted(item.group[:9] for item in w.scene.groups) == ["example 2", "example 3", "example 4"]
    click(qtbot, p.run_buttons[10])
    settle(qtbot, w)
    assert points(p) == 110
    assert float(node_value(w, "W1_01")) == p.trainer.params["W1"][0, 1]
    with qtbot.waitSignal(w.ready, timeout=30000):
        click(qtbot, p.tensor_view)
    settle(qtbot, w)
    assert np.array_equal(node_value(w, "W1"), p.trainer.params["W1"])


def test_in_the_scalar_view_one_weight_can_be_edited(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    with qtbot.waitSignal(w.ready, timeout=30000):
        click(qtbot, p.scalar_view)
    settle(qtbot, w)
    editor = w.inputs.editors["W1_01"]  # W1[0, 1] as its own node
    editor.setText("2")
    with qtbot.waitSignal(w.ready, timeout=30000):
        editor.editingFinished.emit()
    settle(qtbot, w)
    W1 = p.trainer.params["W1"]
    assert W1[0, 1] == 2.0 and W1[0, 0] == pytest.approx(0.4967, abs=1e-4)  # only that entry changed
    assert float(node_value(w, "W1_01")) == 2.0
    assert float(node_value(w, "L")) == pytest.approx(p.trainer.loss, rel=1e-12)


def test_the_inputs_panel_shows_the_trained_weights(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    table = w.inputs.editors["W1"]
    shown = [[float(table.item(r, c).text().replace("−", "-")) for c in range(2)] for r in range(2)]
    assert np.allclose(shown, p.trainer.params["W1"], rtol=1e-5)


def test_a_language_switch_keeps_the_training_and_speaks_the_new_language(qtbot, make_window):
    """The window shows the preset again in Dutch; the trainer, its curve and its weights stay."""
    w = make_window(preset="xor-mlp")
    p = w.training_panel
    settle(qtbot, w)
    click(qtbot, p.run_buttons[100])
    settle(qtbot, w)
    W1 = p.trainer.params["W1"].copy()
    w.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: p.lr_label.text() == "Leersnelheid η", timeout=5000)  # LanguageChange arrived
    qtbot.waitUntil(lambda: not w._language_rebuild_due and w.pending_step is None and not w.worker.busy(),
                    timeout=30000)
    settle(qtbot, w)
    assert p.trainer.epoch == 100 and points(p) == 100
    assert np.array_equal(node_value(w, "W1"), W1)  # the trained weights on the graph, not the preset's
    assert p.status.text().startswith("Epoch 100 · loss nu ")
    assert p.plot.getPlotItem().titleLabel.text == "Verloop van de loss per epoch"
    assert p.run_buttons[10].text() == "10 stappen" and "aan de goede kant" in p.verdict.text()
