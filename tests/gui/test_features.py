"""The window owns its features: it installs each one explicitly, a broken one is an error, and the
features follow the window through its signals instead of patching its methods."""
from __future__ import annotations

import sys

import pytest


def test_features_do_not_patch_the_window(make_window):
    w = make_window()
    # documents_ui once wrapped these with setattr; the class's own methods must be the ones called
    for name in ("set_theme", "set_direction", "set_fold_ops", "set_digits", "relayout", "load_preset"):
        assert name not in w.__dict__, f"a feature replaced window.{name}"
    assert w.documents is not None and w.documents.parent() is w
    calls = []
    w.documents.new = lambda: calls.append("new") or True
    w.actions.new.trigger()
    assert calls == ["new"]  # New goes to the window's new_document, which asks the lessons feature once


def test_view_changes_reach_the_lessons_feature_through_viewChanged(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.documents.save_as(tmp_path / "l.vgrad") and not w.isWindowModified()
    with qtbot.waitSignal(w.viewChanged, timeout=2000):
        w.set_direction("LR")
    qtbot.waitUntil(w.isWindowModified, timeout=5000)


def test_new_asks_through_the_lessons_feature(qtbot, make_window):
    w = make_window(text="L = x**3")
    w.editor.setPlainText("L = x**4 + 1")
    qtbot.waitUntil(lambda: w.documents.is_modified(), timeout=5000)
    w.documents.unsaved_answer = "cancel"
    w.actions.new.trigger()
    assert w.editor.toPlainText() == "L = x**4 + 1"     # cancelled: nothing replaced
    w.documents.unsaved_answer = "discard"
    w.actions.new.trigger()
    assert w.editor.toPlainText() == "L = 2*(x**2 + exp(x))" and not w.isWindowModified()


def test_a_feature_that_fails_to_import_is_an_error(qtbot, settings, monkeypatch):
    import visualgrad.qt.panels
    from visualgrad.qt.window.main_window import MainWindow
    # as if panels/lab.py were broken: importing it raises ImportError
    monkeypatch.setitem(sys.modules, "visualgrad.qt.panels.lab", None)
    monkeypatch.delattr(visualgrad.qt.panels, "lab", raising=False)
    with pytest.raises(ImportError):
        MainWindow(settings, text="L = x*2", values={"x": 1.0})
