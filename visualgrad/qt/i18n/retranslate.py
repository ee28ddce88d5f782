"""Switching language while the app runs, the way Qt does it.

Installing or removing a translator (languages.install_language) makes Qt send a LanguageChange
event to every top-level window, and each widget passes it on to its children. A widget that shows
text of its own inherits Retranslating and keeps all of that text in one method, retranslate(),
which its constructor calls once and LanguageChange calls again:

    class TracePanel(Retranslating, QWidget):
        def __init__(self):
            super().__init__()
            self.clear_button = QPushButton()
            ...
            self.retranslate()

        def retranslate(self):
            self.clear_button.setText(self.tr("Clear"))

Text that depends on state ("Layout: dot", "step 3 of 11") is made by the same method that makes
it for a new state, and retranslate() calls that method. Objects that are not widgets (a window's
QActions, a feature's controller) are retranslated by the widget that owns them, or subscribe to
MainWindow.languageChanged. Text made from the timeline (narration, node labels) comes back in the
new language when the main window rebuilds the graph at the same step.

Mixin order matters: Retranslating comes before the Qt class, so its changeEvent is the one Qt
calls, and it hands the event on to the Qt class afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """A widget whose texts follow the application's language: define retranslate()."""

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} shows text: it must define retranslate()")
