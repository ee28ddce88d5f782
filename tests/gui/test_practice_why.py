"""Why this number: click a gradient (on a node or in the inspector) and read it as a sum over paths."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from tests.gui.conftest import click_action


def node(w, label):
    return next(n for n, i in w.timeline.nodes.items() if i.label == label)


def click_gradient_row(qtbot, w, nid):
    """A mouse click on the lower row of a node's box, where its gradient is written."""
    item = w.scene.nodes[nid]
    w.view.centerOn(item)
    scene_point = item.mapToScene(0, item.h / 2 - item.line / 2)
    qtbot.mouseClick(w.view.viewport(), Qt.LeftButton, pos=w.view.mapFromScene(scene_point))


def test_clicking_a_gradient_on_a_node_lists_its_paths_and_lights_them(qtbot, make_window):
    w = make_window()
    click_action(qtbot, w, w.actions.end)
    x = node(w, "x")
    click_gradient_row(qtbot, w, x)
    panel = w.why_panel
    assert panel.node_id == x and w.docks["why"].isVisible()
    assert "∂L/∂x = 12 + 40.1711 = 52.1711 (2 paths" in panel.header.text()
    assert [panel.paths.item(i).text() for i in range(panel.paths.count())] == [
        "1. ∂L/∂(x² + exp(x)) · ∂(x² + exp(x))/∂(x²) · ∂(x²)/∂x = 2 · 1 · 6 = 12",
        "2. ∂L/∂(x² + exp(x)) · ∂(x² + exp(x))/∂(exp(x)) · ∂(exp(x))/∂x = 2 · 1 · 20.09 = 40.1711"]
    # the first path is lit: its three edges carry their factors
    first = panel.result.paths[0]
    labels = [w.scene.edges[key].view.label for key in first.edges]
    assert labels == ["∂(x²)/∂x = 6", "∂(x² + exp(x))/∂(x²) = 1", "∂L/∂(x² + exp(x)) = 2"]
    assert all(w.scene.edges[key].view.active for key in first.edges)
    panel.paths.setCurrentRow(1)  # the second one, in turn: the first goes back to how the step shows it
    assert not any(w.scene.edges[key].view.active for key in first.edges if key not in panel.result.paths[1].edges)
    assert w.scene.edges[panel.result.paths[1].edges[0]].view.label == "∂(exp(x))/∂x = 20.09"
    qtbot.mouseClick(panel.play, Qt.LeftButton)
    assert panel.timer.isActive()
    click_action(qtbot, w, w.actions.previous)  # stepping stops the lights and puts them out
    assert not panel.timer.isActive()
    assert not any(e.view.label.startswith("∂") for e in w.scene.edges.values())


def test_the_inspector_gradient_is_a_link_to_its_paths(qtbot, make_window):
    w = make_window()
    w.jump("end")
    x = node(w, "x")
    w.inspect(x)
    assert f"why:{x}" in w.inspector.toHtml()
    w.inspector.anchorClicked.emit(QUrl(f"why:{x}"))
    assert w.why_panel.node_id == x and w.why_panel.paths.count() == 2


def test_a_tensor_is_explained_element_by_element_on_request(qtbot, make_window):
    w = make_window("W = [[1.0, 2.0], [3.0, 4.0]]\nv = [0.5, -1.0]\nL = sum(tanh(W @ v))", values={})
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    w.jump("end")
    W = node(w, "W")
    w.inspector.whyRequested.emit(W)
    panel = w.why_panel
    assert panel.element.isVisible() and panel.element.count() == 4
    from visualgrad.timeline.practice import element_of
    assert panel.result.index == element_of(w.timeline.nodes[W].grad)  # the largest first
    panel.element.setCurrentIndex(3)
    panel.element.activated.emit(3)
    assert panel.result.index == (1, 1) and "∂L/∂W[1, 1]" in panel.header.text()
    g = float(w.timeline.nodes[W].grad[1, 1])
    assert abs(panel.result.total - g) <= 1e-12 * abs(g)


def test_a_gradient_practice_has_not_revealed_is_not_explained(qtbot, make_window):
    w = make_window()
    click_action(qtbot, w, w.practice.action)
    w.go(w.timeline.index_of("seed"))
    w.inspector.whyRequested.emit(w.timeline.output)
    assert w.why_panel.node_id is None


def test_lighting_a_path_keeps_what_practice_hides_hidden(qtbot, make_window):
    w = make_window()
    click_action(qtbot, w, w.practice.action)
    w.jump("end")  # ∂L/∂x is asked here; ∂L/∂(x²) was stepped past, so it is shown and explainable
    sq = node(w, "x²")
    w.inspector.whyRequested.emit(sq)
    assert w.why_panel.node_id == sq
    w.why_panel.paths.setCurrentRow(0)
    assert w.scene.nodes[node(w, "x")].view.grad_text == "?"
    click_action(qtbot, w, w.actions.previous)
    click_action(qtbot, w, w.actions.next)
    assert w.scene.nodes[node(w, "x")].view.grad_text == "?"
