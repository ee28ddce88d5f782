"""xor-mlp at lecture size: the decision-boundary map trains with the network, the prediction table's
header stays whole, W1 and W2 are on the canvas, and --param view=scalar reaches the window."""
import numpy as np
import pytest


def settle(qtbot, w):
    qtbot.waitUntil(lambda: not w.training_panel.running and not w.worker.busy(), timeout=120000)
    qtbot.wait(20)


def test_decision_map_is_the_networks_output_at_the_four_points():
    from visualgrad.presets import Trainer
    from visualgrad.presets.xor import decision_map
    t = Trainer("xor-mlp")
    t.step(500)
    grid = decision_map(t.params, n=5)  # x = −0.5, 0, 0.5, 1, 1.5; x₂ from the top
    p = t.predictions()
    for k in range(4):
        x1, x2 = p.inputs[:, k]
        assert grid[4 - int((x2 + 0.5) / 0.5), int((x1 + 0.5) / 0.5)] == pytest.approx(p.outputs[0, k], rel=1e-12)


def test_the_map_shows_for_xor_and_changes_while_it_trains(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    settle(qtbot, w)
    p = w.training_panel
    w.docks["training"].raise_()
    assert p.map.isVisible()
    before = p.map.grid.copy()
    p.run(10_000)
    qtbot.waitUntil(lambda: p.done > 0 and not np.array_equal(p.map.grid, before), timeout=20000)
    assert p.running  # redrawn during the run, not only at its end
    settle(qtbot, w)
    g = p.map.grid
    n = g.shape[0]
    # Trained: the map is blue (above 0.5) near (0, 1) and (1, 0), orange near (0, 0) and (1, 1).
    at = lambda x1, x2: g[int(round((1.5 - x2) / 2 * (n - 1))), int(round((x1 + 0.5) / 2 * (n - 1)))]
    assert at(0, 1) > 0.5 and at(1, 0) > 0.5 and at(0, 0) < 0.5 and at(1, 1) < 0.5
    img = p.map.grab().toImage()
    assert img.width() >= 150 and img.height() >= 150
    w.load_preset("neuron")
    settle(qtbot, w)
    assert not p.map.isVisible()  # one input: no map


def test_prediction_table_header_is_whole_at_1280_by_720(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    w.resize(1280, 720)
    settle(qtbot, w)
    p = w.training_panel
    w.docks["training"].raise_()
    p.run(100)
    settle(qtbot, w)
    qtbot.wait(50)
    head = p.table.horizontalHeader()
    assert head.height() >= head.sizeHint().height()
    top_of_table = p.table.mapTo(p, p.table.rect().topLeft()).y()
    bottom_of_plot = p.plot.mapTo(p, p.plot.rect().bottomLeft()).y()
    assert bottom_of_plot < top_of_table
    assert p.table.viewport().height() >= sum(p.table.rowHeight(r) for r in range(4))


def test_the_tensor_view_draws_w1_and_w2_even_with_layers_collapsed(qtbot, make_window):
    from visualgrad.presets import get_preset
    from visualgrad.qt.canvas.scene import SceneOptions, collapsed
    tl = get_preset("xor-mlp").timeline()
    assert collapsed(tl, SceneOptions(collapse_groups=True)) == {}
    labels = {i.label for i in tl.nodes.values()}
    assert {"W1", "W2", "b1", "b2"} <= labels


def test_param_view_scalar_reaches_the_window(qtbot, settings):
    from visualgrad.cli import make_app_parser
    from visualgrad.qt.application import application
    from visualgrad.qt.window.main_window import MainWindow
    from visualgrad.sources import parse_params
    application()
    args = make_app_parser().parse_args(["--preset", "xor-mlp", "--param", "view=scalar"])
    w = MainWindow(settings, preset=args.preset, preset_params=parse_params(args.param))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=30000)
    settle(qtbot, w)
    assert w.session.preset_params == {"view": "scalar"}
    assert all(np.ndim(i.value) == 0 for i in w.timeline.nodes.values())
    assert w.training_panel.scalar_view.isChecked()
    w.worker.wait(5000)


def test_heat_map_numbers_fit_their_cells_at_a_readable_size(qtbot, make_window):
    from PySide6.QtGui import QFont, QFontMetricsF

    from visualgrad.fmt import format_number
    from visualgrad.presets import Trainer
    from visualgrad.qt.canvas.items import CELL_DIGITS, CELL_W, fonts
    from visualgrad.qt.canvas.theme import get_theme
    theme = get_theme("light")
    small = QFont(fonts(theme)[0])
    small.setPointSizeF(max(7.0, theme.font_size * 0.85))
    assert small.pointSizeF() >= 8.5
    fm = QFontMetricsF(small)
    t = Trainer("xor-mlp")
    t.step(300)
    tl = t.timeline()
    widest = 0.0
    for info in tl.nodes.values():
        for a in (info.value, info.grad):
            if a is not None and np.ndim(a) == 2:
                widest = max(widest, *(fm.horizontalAdvance(format_number(v, CELL_DIGITS)) for v in np.ravel(a)))
    assert widest <= CELL_W - 4  # every number whole inside its cell (was `0.0010…` at 7 pt)


def test_a_collapsed_example_shows_the_node_the_narration_names():
    from visualgrad.presets import get_preset
    from visualgrad.timeline.groups import collapsed_groups, group_members, group_view
    tl = get_preset("xor-mlp").timeline(view="scalar")
    members = group_members(tl, collapsed_groups(tl))
    k = 20
    node = tl.steps[k].node
    label = tl.nodes[node].label
    assert tl.steps[k].text.startswith(f"Forward: {label} = ")
    group = next(ids for ids in members.values() if node in ids)
    view = group_view(tl, k, group)
    assert view.active and view.value_text == f"{label} = −0.1383"
