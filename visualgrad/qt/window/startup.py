"""The part of the main window's start-up that waits for its first paint: the features, installed in order.

A window that appears at once is what a launch feels like, so the window shows itself with the text in
its editor first, and AfterFirstPaint runs the rest (numpy, the engine, the features' panels, the first
graph) from the event loop once that first paint is done.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


def install_features(window):
    """The features that add their own docks, menus and actions to the window. Each subscribes to the
    window's signals (stepChanged, viewChanged, documentChanged, ready, languageChanged) and reaches it
    through its public attributes (docks, file_menu, view_menu, presets_menu, help_menu, session); the
    window calls them only through the attributes they set (window.documents).

    Imported here, after the first paint, because they load numpy, the presets and pyqtgraph. A
    feature that fails to import is a bug, and the error says so: none is ever skipped.
    """
    from ..documents import controller
    from ..i18n import menu
    from ..panels import by_hand, lab, practice, program, training
    from . import presentation
    training.install(window)
    program.install(window)
    lab.install(window)
    controller.install(window)
    menu.install(window)
    practice.install(window)
    presentation.install(window)
    by_hand.install(window)


class AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, after the window's first paint."""

    def __init__(self, window, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and self.then is not None:
            then, self.then = self.then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False
