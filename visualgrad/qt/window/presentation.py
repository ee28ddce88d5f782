"""Presentation mode (F5, View → Present): the canvas full screen, the narration large, the panels hidden.

A presenter's clicker sends PageDown/PageUp (some send the arrows, Space, or "." and B for a black
screen). They must work whatever widget has the keyboard focus, even the editor's hidden dock, so
the keys are caught application-wide while presenting, before any shortcut or widget sees them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

NEXT = {Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Right, Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter}
PREVIOUS = {Qt.Key_PageUp, Qt.Key_Left, Qt.Key_Up, Qt.Key_Backspace}
BLACK = {Qt.Key_B, Qt.Key_Period}  # clickers' "blank screen" button sends B or "."
LEAVE = {Qt.Key_Escape, Qt.Key_F5}
JUMPS = {Qt.Key_Home: "start", Qt.Key_End: "end"}
PRESENT_ZOOM = 2.5  # a small graph may grow this much on a full screen (the window caps at 1.5)
PRESENT_MIN_ZOOM = 1.0  # and a big one is never drawn smaller than 1:1 (the window allows 0.6): the view
                        # follows the active node instead


def _t(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


class Presenter(QObject):
    """Enters and leaves presentation mode for one window, and owns its keys while it lasts."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.active = False
        self._saved = None
        self.black = QWidget(window)  # covers everything, narration included, while blacked out
        self.black.setObjectName("presentation-black")
        self.black.setStyleSheet("background: black;")
        self.black.setAttribute(Qt.WA_StyledBackground, True)
        self.black.hide()
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(Qt.Key_F5))
        self.action.setShortcutContext(Qt.ApplicationShortcut)
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)  # F5 works with the menu bar hidden too
        self.retranslate()
        window.languageChanged.connect(self.retranslate)  # not a widget: the window tells it

    def retranslate(self):
        self.action.setText(_t("Present"))
        self.action.setToolTip(_t("Full screen for a lecture: clicker keys step, B blacks out, Esc leaves (F5)"))

    @property
    def blacked_out(self) -> bool:
        return self.black.isVisible()

    def toggle(self):
        self.leave() if self.active else self.enter()

    def enter(self):
        if self.active:
            return
        w = self.w
        self.active = True
        self._saved = (w.saveState(), w.isFullScreen(), w.isMaximized(), w.menuBar().isVisible(),
                       w.statusBar().isVisible(), w.find_bar.isVisible())
        for dock in w.docks.values():
            dock.hide()
        for bar in w.findChildren(QToolBar):
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.find_bar.hide()
        w.narration.set_presenting(True)
        w.showFullScreen()
        QApplication.instance().installEventFilter(self)
        self._refit()
        self._show_counter()

    def leave(self):
        if not self.active:
            return
        w = self.w
        QApplication.instance().removeEventFilter(self)
        self.active = False
        self.black.hide()
        state, full, maxed, menu, status, find = self._saved
        w.narration.set_presenting(False)
        if not full:
            w.showMaximized() if maxed else w.showNormal()
        w.restoreState(state)
        w.menuBar().setVisible(menu)
        w.statusBar().setVisible(status)
        w.find_bar.setVisible(find)
        w.view.fit(readable=True)

    def set_black(self, on: bool):
        if on:
            self.black.setGeometry(self.w.rect())
            self.black.raise_()
            self.black.show()
        else:
            self.black.hide()

    def _refit(self):
        QApplication.processEvents()  # the full-screen geometry first, then the fit
        self._fit_view()

    def _fit_view(self):
        if not self.active:
            return
        self.w.view.stop_animations()  # a pan begun at the old size would end off the node
        self.w.view.fit(readable=True, max_zoom=PRESENT_ZOOM, min_zoom=PRESENT_MIN_ZOOM)
        self.w.view.follow_item(self.w.scene.active_item(), animate=False)

    def _show_counter(self):
        tl = self.w.timeline
        if tl is not None:
            self.w.narration.set_counter(self.w.session.step + 1, len(tl.steps))

    def _key(self, key) -> bool:
        """Handle a presenter key; True when it was one."""
        w = self.w
        if key in LEAVE:
            self.leave()
        elif self.blacked_out and (key in NEXT or key in PREVIOUS or key in BLACK):
            self.set_black(False)  # back to the slide where it was, as PowerPoint does
        elif key in BLACK:
            self.set_black(True)
        elif key in NEXT:
            w.next_step()
        elif key in PREVIOUS:
            w.previous_step()
        elif key in JUMPS:
            w.jump(JUMPS[key])
        else:
            return False
        if self.active:
            self._show_counter()
        return True

    def _ours(self, obj) -> bool:
        if isinstance(obj, QWidget):
            return obj.window() is self.w
        return obj is self.w.windowHandle()

    def eventFilter(self, obj, event):
        try:
            return self._filter(obj, event)
        except RuntimeError:  # the window is being deleted while presenting: let the event through
            return False

    def _filter(self, obj, event):
        kind = event.type()
        if kind not in (QEvent.KeyPress, QEvent.ShortcutOverride) or not self.active:
            if kind == QEvent.Resize and self.active:
                if obj is self.w:
                    self.black.setGeometry(self.w.rect())
                    self.w.narration._fit()
                elif obj is self.w.view.viewport():
                    # Once the view has its new size and scroll range (after the narration took its
                    # height): the active node stays in frame.
                    QTimer.singleShot(0, self, self._fit_view)
            return False
        if event.modifiers() & ~(Qt.KeypadModifier | Qt.ShiftModifier):
            return False  # Ctrl/Alt combinations stay with the window (Ctrl+Q still quits)
        if not self._ours(obj):
            return False  # a dialog on top (an error, Save as…) keeps its own keys: Esc closes it
        key = event.key()
        if key not in NEXT | PREVIOUS | BLACK | LEAVE | JUMPS.keys():
            return False
        if kind == QEvent.ShortcutOverride:
            event.accept()  # no shortcut (Space = Play, ← →) takes the key: it arrives as a KeyPress here
            return True
        if event.isAutoRepeat() and key in BLACK | LEAVE:
            return True
        return self._key(key)  # consumed: the key goes no further, so it acts once


def install(window) -> None:
    presenter = Presenter(window)
    window.presenter = presenter
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(presenter.action)
    bar = window.findChild(QToolBar, "toolbar-view")
    actions = getattr(window, "actions", None)
    if bar is not None and actions is not None and hasattr(actions, "icons"):
        actions.icons[presenter.action] = "present"  # drawn in the theme's colour, like the others
        actions.retint()
        bar.addAction(presenter.action)
        bar.widgetForAction(presenter.action).setToolButtonStyle(Qt.ToolButtonIconOnly)
    window.stepChanged.connect(lambda _k: presenter._show_counter() if presenter.active else None)
