"""The main window's parts around the graph: the find bar and narration with the canvas in the middle,
the editor and inputs docked on the left, the inspector and trace on the right, and the docks features add.

A dock's title is set again on a language switch: the window's own four by retranslate() here, a
feature's by the feature (it passed its title to add_panel, translated, and knows its source text).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..panels.inputs import InputsPanel
from .editor import CodeEditor
from .inspector import Inspector
from .narration import NarrationBar
from .trace import TracePanel


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these texts had in main_window.py


def build(w) -> None:
    """The central area and the window's own docks; sets w.narration, w.find_bar, w.editor, w.error_label,
    w.inputs, w.inspector, w.trace and w.docks. Their texts come from retranslate(w)."""
    w.narration = NarrationBar()
    w.find_bar = QLineEdit()
    w.find_bar.hide()
    w.find_bar.returnPressed.connect(w.find_next)
    central = QWidget()
    lay = QVBoxLayout(central)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    lay.addWidget(w.find_bar)
    lay.addWidget(w.view, 1)
    lay.addWidget(w.narration)
    w.setCentralWidget(central)

    w.editor = CodeEditor()
    w.editor.highlighter.set_dark(w.theme.name == "dark")
    w.error_label = QLabel()
    w.error_label.setWordWrap(True)
    w.error_label.setStyleSheet("color: #d32f2f;")
    w.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    editor_box = QWidget()
    ev = QVBoxLayout(editor_box)
    ev.setContentsMargins(2, 2, 2, 2)
    ev.addWidget(w.editor, 1)
    ev.addWidget(w.error_label)
    w.inputs = InputsPanel()
    w.inspector = Inspector()
    w.trace = TracePanel()
    w.docks = {}
    add(w, "editor", "", editor_box, Qt.LeftDockWidgetArea)
    add(w, "inputs", "", w.inputs, Qt.LeftDockWidgetArea)
    add(w, "inspector", "", w.inspector, Qt.RightDockWidgetArea)
    add(w, "trace", "", w.trace, Qt.RightDockWidgetArea)
    retranslate(w)


def add(w, key: str, title: str, widget, area) -> QDockWidget:
    dock = QDockWidget(title, w)
    dock.setObjectName(f"dock-{key}")
    dock.setWidget(widget)
    w.addDockWidget(area, dock)
    w.docks[key] = dock
    return dock


def add_panel(w, key: str, title: str, widget) -> QDockWidget:
    """A feature's dock: tabbed with the inspector, listed in the View menu, hidden until needed."""
    dock = add(w, key, title, widget, Qt.RightDockWidgetArea)
    if "inspector" in w.docks:
        w.tabifyDockWidget(w.docks["inspector"], dock)
    w.view_menu.addAction(dock.toggleViewAction())
    dock.hide()
    return dock


def retranslate(w) -> None:
    """The window's own dock titles and the find bar's hint, in the language now in use."""
    for key, title in (("editor", _t("Expression")), ("inputs", _t("Inputs")), ("inspector", _t("Inspector")),
                       ("trace", _t("Trace"))):
        w.docks[key].setWindowTitle(title)
    w.find_bar.setPlaceholderText(_t("Find a node by name… (Enter for the next match, Esc to close)"))
    for dock in w.docks.values():
        _retranslate_buttons(dock)


def _retranslate_buttons(dock: QDockWidget) -> None:
    """Qt names a dock's float and close buttons (for screen readers) once, when it makes them, and not
    again on LanguageChange; on a StyleChange it names them afresh, in the language now in use."""
    if dock.findChild(QAbstractButton, "qt_dockwidget_closebutton") is not None:
        QApplication.sendEvent(dock, QEvent(QEvent.StyleChange))
