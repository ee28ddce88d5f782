"""The toolbars at lecture size: every action on screen at 1280 px in every language, icons that show on
the dark theme, an Inspector that gives nothing away before the backward pass."""
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolBar


def hidden_actions(w):
    out = []
    for bar in w.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for a in bar.actions():
            widget = bar.widgetForAction(a)
            if widget is not None and (not widget.isVisible() or
                                       widget.geometry().right() > bar.width()):
                out.append(a.text())
    return out


@pytest.mark.parametrize("lang", ["en", "nl", "ja", "ca", "ko"])
def test_no_toolbar_action_overflows_at_1280_px(qtbot, make_window, lang):
    from visualgrad.qt.application import application
    from visualgrad.qt.i18n.languages import install_language
    install_language(application(), lang)
    try:
        w = make_window()
        w.resize(1280, 720)
        qtbot.wait(30)
        assert hidden_actions(w) == []
        assert w.actions.fold.text() != "" and w.actions.fold.toolTip() == w.actions.fold.text()
        # Narrower still, the second toolbar wraps to its own row rather than hiding anything.
        w.resize(w._toolbar_wrap.first.sizeHint().width() + 60, 600)
        qtbot.waitUntil(lambda: w._toolbar_wrap.wrapped, timeout=2000)
        qtbot.wait(50)
        assert hidden_actions(w) == []
    finally:
        install_language(application(), "en")


def _icon_lightness(action) -> float:
    img = action.icon().pixmap(24, 24).toImage()
    values = [QColor(img.pixelColor(x, y)).lightness() for x in range(img.width()) for y in range(img.height())
              if img.pixelColor(x, y).alpha() > 128]
    assert values, action.text()
    return sum(values) / len(values)


def test_dark_theme_toolbar_icons_are_light_and_light_theme_icons_dark(make_window):
    w = make_window()
    for a in (w.actions.play, w.actions.next, w.actions.fit, w.actions.fold, w.presenter.action):
        assert _icon_lightness(a) < 110, a.text()
    w.set_theme("dark")
    try:
        for a in (w.actions.play, w.actions.next, w.actions.start, w.actions.fit, w.actions.left_right,
                  w.presenter.action):
            assert _icon_lightness(a) > 170, a.text()
        w.actions.sync_play(True)  # Pause, drawn afresh, is light too
        assert _icon_lightness(w.actions.play) > 170
    finally:
        w.set_theme("light")


def test_inspector_shows_no_gradient_before_the_backward_pass(make_window):
    w = make_window()
    tl = w.timeline
    node = next(i for i, n in tl.nodes.items() if n.label == "x² + exp(x)")
    w.go(tl.index_of("forward"))
    w.inspect(node)
    text = w.inspector.toPlainText()
    assert "29.0855" not in text and "not computed yet" in text  # no value yet either
    w.jump("forward-end")
    w.inspect(node)
    text = w.inspector.toPlainText()
    assert "29.085536923187668" in text
    assert "∂L/∂(x² + exp(x)): not computed yet" in text and "2.0" not in text
    w.go(tl.bwd_at[node])
    text = w.inspector.toPlainText()
    assert "∂L/∂(x² + exp(x)): 2.0" in text
    assert "∂(x² + exp(x))/∂(x²) = 1" in text


def test_inspector_colours_read_on_the_dark_theme(make_window):
    w = make_window()
    w.set_theme("dark")
    try:
        w.jump("end")
        html = w.inspector.toHtml().lower()
        assert "#1f5fbf" not in html and "#7fb6ff" in html
    finally:
        w.set_theme("light")


def test_no_gradient_anywhere_before_the_backward_pass(make_window):
    """Node rows, tooltips, edge labels and the Inspector, at every step up to the seed."""
    from visualgrad.qt.canvas.items import NodeItem
    w = make_window()
    tl = w.timeline
    for k in range(tl.index_of("seed")):
        w.go(k)
        for item in w.scene.items():
            if isinstance(item, NodeItem):
                assert item.view.grad is None and item.view.grad_text == "", (k, item.title)
            assert "∇" not in item.toolTip() and "∂" not in item.toolTip()
        for nid in tl.nodes:
            w.inspect(nid)
            text = w.inspector.toPlainText()
            line = next(line for line in text.splitlines() if line.startswith("∂L/∂"))
            assert line.endswith("not computed yet: the backward pass has not reached it") or \
                line.endswith("none: no gradient flows here"), (k, line)
        for edge in w.scene.edges.values():
            assert edge.view.mode != "backward"
