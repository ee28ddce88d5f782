"""The vanishing-gradient lab dock: its controls rebuild the preset, its charts and table say in numbers
why ReLU, residual connections and good init exist, and the graph is tinted by gradient size."""
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from visualgrad.presets import run_lab


def settle(qtbot, w):
    """The lab's pause is over and the graph is laid out and on screen."""
    qtbot.waitUntil(lambda: not w.lab_panel.pause.isActive() and not w.worker.busy()
                    and w.session.preset == "vanishing" and w.lab_panel.params is not None, timeout=120000)
    qtbot.wait(20)


def open_lab(qtbot, make_window, **params):
    w = make_window()
    w.load_preset("vanishing", params)
    settle(qtbot, w)
    return w


def shown_ratio(panel) -> float:
    """The first/last ratio as the panel writes it."""
    m = re.search(r"= ([0-9.e+\-−]+)</b>", panel.ratio_label.text())
    return float(m.group(1).replace("−", "-"))


def test_the_lab_opens_with_its_numbers_and_the_tint(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=12)
    p = w.lab_panel
    assert w.docks["lab"].isVisible() and not w.docks["training"].isVisible()
    assert p.depth.value() == 12 and p.activation.currentData() == "sigmoid"
    run = run_lab(depth=12)
    assert shown_ratio(p) == pytest.approx(run.ratio, rel=5e-3)
    assert "‖∂y/∂W₁‖ / ‖∂y/∂W₁₂‖" in p.ratio_label.text()
    assert "barely learns" in p.ratio_label.text()
    x, _ = p.norms_curve.getData()
    assert len(x) == 12
    # The graph opens at its last step, every node tinted by its gradient on a log scale:
    # the first layer (tiny gradient) stays pale, the last one is strongly coloured.
    assert w.session.step == len(w.timeline.steps) - 1
    assert w.scene.options.tint_by_grad
    first = next(i for i in w.scene.groups if i.group == "layer 1")
    last = next(i for i in w.scene.groups if i.group == "layer 12")
    assert first.tint is not None and last.tint is not None and first.tint != last.tint
    hot = w.theme.grad
    from PySide6.QtGui import QColor
    dist = lambda c: sum(abs(a - b) for a, b in zip(c.getRgb()[:3], QColor(hot).getRgb()[:3]))  # noqa: E731
    assert dist(last.tint) < dist(first.tint)


def test_switching_to_relu_rebuilds_the_graph_and_the_ratio_comes_near_one(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=12)
    p = w.lab_panel
    sigmoid = shown_ratio(p)
    assert any(i.op == "sigmoid" for i in w.timeline.nodes.values())
    with qtbot.waitSignal(w.ready, timeout=60000):
        p.activation.setCurrentIndex(p.activation.findData("relu"))
    settle(qtbot, w)
    assert w.session.preset_params["activation"] == "relu"
    ops = {i.op for i in w.timeline.nodes.values()}
    assert "relu" in ops and "sigmoid" not in ops
    relu = shown_ratio(p)
    assert relu == pytest.approx(run_lab(depth=12, activation="relu").ratio, rel=5e-3)
    # ReLU's first/last ratio is many orders of magnitude closer to 1 than sigmoid's.
    assert abs(math.log10(relu)) + 4 < abs(math.log10(sigmoid))


def test_sigmoid_and_relu_side_by_side(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=20)
    p = w.lab_panel
    sig, relu = p.pair["sigmoid"], p.pair["relu"]
    for act in ("sigmoid", "relu"):
        x, y = p.pair_curves[act].getData()
        assert len(x) == 20
    assert np.array_equal(p.pair_curves["sigmoid"].yData, sig.norms)
    text = p.pair_label.text()
    assert "sigmoid" in text and "ReLU" in text
    assert abs(math.log10(relu.ratio)) < abs(math.log10(sig.ratio))


def test_the_table_shows_why_relu_residuals_and_init_exist(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=30)
    ratios = w.lab_panel.why_ratios()
    closeness = {k: abs(math.log10(v)) for k, v in ratios.items()}
    plain = closeness["sigmoid, default init"]
    assert plain > 20  # 30 sigmoid layers: the first layer gets ~10⁻²⁵ of the last one's gradient
    assert closeness["ReLU, default init"] < plain - 5  # ReLU: no ¼ per layer
    assert closeness["ReLU, He init"] < 1.5  # and with He init, the same order as the last layer
    assert closeness["sigmoid + residual"] < 1.5  # residuals carry the gradient around the sigmoids
    assert closeness["tanh, Xavier init"] < 1.5
    assert ratios["ReLU, He init"] == pytest.approx(run_lab(depth=30, activation="relu", init="he").ratio,
                                                    rel=5e-3)


def test_each_control_rebuilds_the_lab_once(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=6)
    p = w.lab_panel
    loads = []
    w.ready.connect(lambda: loads.append(dict(w.session.preset_params)))
    for _ in range(3):  # three quick clicks on the spin box: one rebuild, at depth 9
        qtbot.keyClick(p.depth, Qt.Key_Up)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.session.preset_params.get("depth") == 9, timeout=60000)
    settle(qtbot, w)
    assert len({tuple(sorted(x.items())) for x in loads}) == 1
    assert len([g for g in set(w.timeline.groups.values()) if g.startswith("layer")]) == 9
    with qtbot.waitSignal(w.ready, timeout=60000):
        qtbot.mouseClick(p.residual, Qt.LeftButton, pos=_box(p.residual))
    settle(qtbot, w)
    assert w.session.preset_params["residual"] is True
    with qtbot.waitSignal(w.ready, timeout=60000):
        p.init.setCurrentIndex(p.init.findData("he"))
    settle(qtbot, w)
    with qtbot.waitSignal(w.ready, timeout=60000):
        p.seed.setValue(3)
    settle(qtbot, w)
    assert w.session.preset_params == {"depth": 9, "activation": "sigmoid", "residual": True, "init": "he",
                                       "seed": 3}
    assert shown_ratio(p) == pytest.approx(run_lab(**w.session.preset_params).ratio, rel=5e-3)


def _box(check):
    """Where the check box's indicator is (clicking the label works too, but this is what users aim at)."""
    from PySide6.QtCore import QPoint
    return QPoint(8, check.height() // 2)


def test_leaving_the_lab_hides_it_and_stops_the_tint(qtbot, make_window):
    w = open_lab(qtbot, make_window, depth=4)
    assert w.scene.options.tint_by_grad
    with qtbot.waitSignal(w.ready, timeout=60000):
        w.load_preset("chain-rule")
    assert not w.docks["lab"].isVisible()
    assert not w.scene.options.tint_by_grad
    assert all(item.tint is None for item in w.scene.nodes.values())


def test_in_dutch_the_lab_says_it_all_again_and_fits_its_dock(qtbot, make_window):
    """A language switch: the numbers stay, the words and charts are Dutch, and the dock is wide enough for
    the longer Dutch controls (nothing cut, no sideways scrolling) at 1280×720."""
    w = open_lab(qtbot, make_window, depth=30)
    w.resize(1280, 720)
    p = w.lab_panel
    before = shown_ratio(p)
    w.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: p.init.currentText() == "PyTorch-standaard", timeout=5000)  # LanguageChange arrived
    qtbot.waitUntil(lambda: not w._language_rebuild_due and w.pending_step is None and not w.worker.busy(),
                    timeout=60000)
    settle(qtbot, w)
    qtbot.wait(50)
    assert shown_ratio(p) == before and "hij leert nauwelijks" in p.ratio_label.text()
    assert p.norms_title.text() == "Gradiëntnorm per laag"
    assert "sigmoid, standaardinitialisatie" in p.why_ratios()
    assert p.norms_plot.getPlotItem().getAxis("bottom").labelText == "laag (1 = eerste, naast de invoer)"
    assert w.docks["lab"].windowTitle() == "Lab verdwijnende gradiënten"
    qtbot.waitUntil(lambda: not p.scroll.horizontalScrollBar().isVisible(), timeout=5000)
    for widget in (p.init, p.activation, p.chart_button, p.steps_button):
        assert widget.width() >= widget.sizeHint().width(), widget
