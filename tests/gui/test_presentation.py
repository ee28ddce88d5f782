"""Presentation mode as a lecturer uses it: F5, a clicker's keys wherever the focus is, B, Esc."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor


def visible_docks(w):
    return sorted(k for k, d in w.docks.items() if d.isVisible())


def test_f5_presents_the_canvas_and_clicker_keys_step_whatever_has_focus(qtbot, make_window):
    w = make_window()
    before = visible_docks(w)
    assert "editor" in before and w.menuBar().isVisible()
    w.editor.setFocus()
    text = w.editor.toPlainText()
    qtbot.keyClick(w.editor, Qt.Key_F5)
    p = w.presenter
    assert p.active and w.isFullScreen()
    assert visible_docks(w) == [] and not w.menuBar().isVisible() and not w.statusBar().isVisible()
    assert w.narration.text.font().pointSizeF() >= 2 * w.font().pointSizeF()  # read from the back row
    w.go(0)
    # The keyboard focus is still in the (hidden) editor: the keys step, and type nothing.
    focus = w.focusWidget() or w.editor
    for key, step in ((Qt.Key_PageDown, 1), (Qt.Key_Space, 2), (Qt.Key_Right, 3), (Qt.Key_Down, 4),
                      (Qt.Key_PageUp, 3), (Qt.Key_Left, 2), (Qt.Key_Up, 1)):
        qtbot.keyClick(focus, key)
        assert w.session.step == step, key
    assert w.editor.toPlainText() == text
    assert not w.play_timer.isActive()  # Space stepped; it did not start playing
    assert w.narration.counter.text() == f"2 / {len(w.timeline.steps)}"
    qtbot.keyClick(focus, Qt.Key_End)
    assert w.session.step == len(w.timeline.steps) - 1
    w.presenter.leave()


def test_b_blacks_out_and_esc_gives_the_window_back(qtbot, make_window):
    w = make_window()
    before = visible_docks(w)
    w.presenter.enter()
    w.go(2)
    qtbot.keyClick(w.view, Qt.Key_B)
    assert w.presenter.blacked_out
    img = w.grab().toImage()
    assert QColor(img.pixel(img.width() // 2, img.height() // 2)) == QColor("black")
    assert QColor(img.pixel(img.width() // 2, img.height() - 5)) == QColor("black")  # the narration too
    qtbot.keyClick(w.view, Qt.Key_PageDown)  # back to the slide where it was
    assert not w.presenter.blacked_out and w.session.step == 2
    qtbot.keyClick(w.view, Qt.Key_Escape)
    assert not w.presenter.active and not w.isFullScreen()
    assert visible_docks(w) == before and w.menuBar().isVisible()
    assert w.narration.text.font().pointSizeF() < 2 * w.font().pointSizeF()
    # Out of presentation mode the keys are the window's again: Space plays.
    w.go(0)
    qtbot.keyClick(w.view, Qt.Key_Space)
    assert w.play_timer.isActive()
    w.toggle_play()


def test_view_menu_offers_present(make_window):
    w = make_window()
    assert w.presenter.action in w.view_menu.actions()
    assert w.presenter.action.shortcut().toString() == "F5"


def test_a_dialog_over_the_presentation_keeps_its_keys(qtbot, make_window):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
    w = make_window()
    w.presenter.enter()
    w.go(1)
    dialog = QDialog(w)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    dialog.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key_Space)
    assert edit.text() == " " and w.session.step == 1  # typed, not stepped
    qtbot.keyClick(edit, Qt.Key_Escape)
    assert not dialog.isVisible() and w.presenter.active  # Esc closed the dialog only
    qtbot.keyClick(w.view, Qt.Key_Escape)
    assert not w.presenter.active


def test_a_long_tensor_sentence_stays_within_a_quarter_of_the_screen(qtbot, make_window):
    w = make_window(preset="vanishing")
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=60000)
    w.presenter.enter()
    w.resize(1280, 720)
    qtbot.wait(50)
    w.go(101)  # a 64×64 weight gradient: the longest sentences there are
    qtbot.wait(50)
    size = w.narration.text.font().pointSizeF()
    assert size >= 1.45 * 1.25 * w.narration._base - 0.01  # still large: 16 pt and up on a 9-pt desktop
    assert w.narration.text.heightForWidth(w.narration.text.width()) <= 0.25 * w.height() + 2
    try:
        w.go(2)  # a short forward sentence goes back to the largest size
        qtbot.wait(20)
        assert w.narration.text.font().pointSizeF() > size
    finally:
        w.presenter.leave()


def test_a_big_graph_is_presented_at_full_size_around_the_active_node(qtbot, make_window):
    w = make_window(preset="xor-mlp")
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=60000)
    w.resize(1280, 720)
    w.go(18)
    w.presenter.enter()
    try:
        w.resize(1280, 720)
        qtbot.wait(50)
        assert w.view.zoom() >= 1.0  # the window would show xor at 0.6
        box = w.view.mapFromScene(w.scene.active_item().sceneBoundingRect()).boundingRect()
        assert w.view.viewport().rect().contains(box)
    finally:
        w.presenter.leave()
