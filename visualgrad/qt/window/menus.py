"""Menus, toolbar and shortcuts of the main window, in one place."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSlider, QStyle, QToolBar, QToolButton

from ..canvas.theme import drawn_icon, theme_names, tinted_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


class Actions:
    """Holds the actions the window and the tests reach for by name."""

    def __init__(self, w):
        self.w = w
        self.icons = {}  # action -> QStyle standard pixmap or drawn icon name, redrawn per theme

        def act(text, slot, shortcut=None, icon=None, checkable=False, tip=None):
            a = QAction(text, w)
            if icon is not None:
                self.icons[a] = icon
            if shortcut:
                a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            a.setCheckable(checkable)
            if tip:
                a.setToolTip(tip)
                a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        self.previous = act(_t("Previous"), w.previous_step, Qt.Key_Left, QStyle.SP_MediaSeekBackward,
                            tip=_t("Previous step (←)"))
        self.next = act(_t("Next node"), w.next_step, Qt.Key_Right, QStyle.SP_MediaSeekForward,
                        tip=_t("Next node (→)"))
        self.play = act(_t("Play"), w.toggle_play, Qt.Key_Space, QStyle.SP_MediaPlay, tip=_t("Play / Pause (Space)"))
        self.start = act(_t("Start"), lambda: w.jump("start"), Qt.Key_Home, QStyle.SP_MediaSkipBackward,
                         tip=_t("Jump to the inputs (Home)"))
        self.forward_end = act(_t("End of forward"), lambda: w.jump("forward-end"), "Ctrl+Right",
                               tip=_t("Jump to the end of the forward pass"))
        self.loss = act(_t("Loss"), lambda: w.jump("loss"), "Ctrl+L", tip=_t("Jump to the loss"))
        self.end = act(_t("End"), lambda: w.jump("end"), Qt.Key_End, QStyle.SP_MediaSkipForward,
                       tip=_t("Jump to the last step (End)"))
        self.zoom_in = act(_t("Zoom in"), lambda: w.view.zoom_by(1.25), [QKeySequence.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out = act(_t("Zoom out"), lambda: w.view.zoom_by(0.8), QKeySequence.ZoomOut)
        self.fit = act(_t("Fit to window"), lambda: w.view.fit(), "Ctrl+0", "fit")
        self.left_right = act(_t("Left to right"), lambda on: w.set_direction("LR" if on else "TB"), "Ctrl+D",
                              "left_right", checkable=True,
                              tip=_t("Lay the graph out left to right instead of top to bottom"))
        self.left_right.setChecked(w.options.direction == "LR")
        self.fold = act(_t("Fold operations into nodes"), w.set_fold_ops, None, "fold", checkable=True)
        self.fold.setChecked(w.options.fold_ops)
        self.collapse = act(_t("Collapse layers"), w.set_collapse, checkable=True,
                            tip=_t("Show each layer of a network as one box; double-click a box to open it"))
        self.collapse.setChecked(w.options.collapse_groups)
        self.follow = act(_t("Follow the active node"), lambda on: setattr(w.view, "follow", on), checkable=True)
        self.follow.setChecked(True)
        self.find = act(_t("Find node…"), w.show_find, QKeySequence.Find)
        self.rebuild = act(_t("Rebuild graph"), w.rebuild_from_editor, "Ctrl+Return")
        self.new = act(_t("New"), lambda: w.new_document(), QKeySequence.New)
        self.export = act(_t("Export…"), lambda: _call(w, "open_export_dialog"), "Ctrl+E")
        self.copy = act(_t("Copy diagram"), lambda: _call(w, "copy_diagram"), "Ctrl+Shift+C")
        self.quit = act(_t("Quit"), w.close, QKeySequence.Quit)
        self.about = act(_t("About visualgrad"), lambda: about(w))
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, 4)
        self.speed.setValue(2)
        self.speed.setFixedWidth(90)
        self.speed.setToolTip(_t("Play speed"))
        self.speed.valueChanged.connect(w.set_speed)
        self.retint()

    def retint(self):
        """Draw the toolbar icons in the palette's text colour (light on the dark theme)."""
        colour = QApplication.palette().color(QPalette.ButtonText)
        style = self.w.style()
        for a, icon in self.icons.items():
            a.setIcon(drawn_icon(icon, colour) if isinstance(icon, str) else
                      tinted_icon(style.standardIcon(icon), colour))

    def sync_play(self, playing: bool):
        self.play.setText(_t("Pause") if playing else _t("Play"))
        self.icons[self.play] = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play.setIcon(tinted_icon(self.w.style().standardIcon(self.icons[self.play]),
                                      QApplication.palette().color(QPalette.ButtonText)))


def _call(w, name):
    fn = getattr(w, name, None)
    if fn is not None:
        fn()


def about(w):
    from .about import about_text
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.about(w, _t("About visualgrad"), about_text())


def build_menus(w) -> Actions:
    a = Actions(w)
    mb = w.menuBar()
    file = mb.addMenu(_t("&File"))
    file.addAction(a.new)
    w.file_menu = file
    file.addSeparator()
    file.addAction(a.export)
    file.addSeparator()
    file.addAction(a.quit)
    edit = mb.addMenu(_t("&Edit"))
    edit.addAction(a.copy)
    edit.addAction(a.find)
    edit.addAction(a.rebuild)
    view = mb.addMenu(_t("&View"))
    for x in (a.zoom_in, a.zoom_out, a.fit):
        view.addAction(x)
    view.addSeparator()
    for x in (a.left_right, a.fold, a.collapse, a.follow):
        view.addAction(x)
    themes = view.addMenu(_t("Theme"))
    group = QActionGroup(w)
    a.themes = {}
    for key, name in theme_names().items():
        t = QAction(name, w, checkable=True)
        t.setChecked(key == w.theme.name)
        t.triggered.connect(lambda _=False, k=key: w.set_theme(k))
        group.addAction(t)
        themes.addAction(t)
        a.themes[key] = t
    digits = view.addMenu(_t("Significant digits"))
    dgroup = QActionGroup(w)
    for d in (3, 4, 6, 8):
        x = QAction(str(d), w, checkable=True)
        x.setChecked(d == w.options.digits)
        x.triggered.connect(lambda _=False, d=d: w.set_digits(d))
        dgroup.addAction(x)
        digits.addAction(x)
    view.addSeparator()
    for dock in w.docks.values():
        view.addAction(dock.toggleViewAction())
    w.view_menu = view
    step = mb.addMenu(_t("&Step"))
    w.step_menu = step  # features add to it (Step → Practice)
    for x in (a.previous, a.next, a.play, a.start, a.forward_end, a.loss, a.end):
        step.addAction(x)
    presets = mb.addMenu(_t("&Presets"))
    w.presets_menu = presets  # filled by fill_presets(), after the window's first paint
    help_ = mb.addMenu(_t("&Help"))
    w.help_menu = help_
    help_.addAction(a.about)

    bar = QToolBar(_t("Stepping"))
    bar.setObjectName("toolbar-stepping")
    bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    for x in (a.start, a.previous, a.next, a.play):
        bar.addAction(x)
    bar.addWidget(QLabel(" " + _t("Speed") + " "))
    bar.addWidget(a.speed)
    bar.addSeparator()
    bar.addAction(a.forward_end)
    bar.addAction(a.loss)
    bar.addAction(a.end)
    bar.addSeparator()
    bar.addWidget(w.position)
    w.addToolBar(Qt.TopToolBarArea, bar)
    w.step_toolbar = bar  # features add their toggles to it
    vbar = QToolBar(_t("View"))
    vbar.setObjectName("toolbar-view")
    for x in (a.fit, a.left_right, a.fold):
        vbar.addAction(x)
    w.addToolBar(Qt.TopToolBarArea, vbar)
    # Secondary actions are icons (their names are in the tooltips): the toolbars fit at 1280 px in
    # every language. Should they still not, the view toolbar wraps to a second row.
    for b, x in ((bar, a.start), (bar, a.previous), (bar, a.end), (vbar, a.fit), (vbar, a.left_right),
                 (vbar, a.fold)):
        b.widgetForAction(x).setToolButtonStyle(Qt.ToolButtonIconOnly)
    w._toolbar_wrap = ToolbarWrap(w, bar, vbar)
    w._toolbar_wrap.check()  # before the first layout, so the toolbars are sized for their buttons
    return a


def all_in_view(bar: QToolBar) -> bool:
    """Every action of the toolbar has its button shown, inside the toolbar."""
    for a in bar.actions():
        widget = bar.widgetForAction(a)
        if widget is not None and (not widget.isVisible() or widget.geometry().right() > bar.width()):
            return False
    return True


class ToolbarWrap(QObject):
    """Puts the second toolbar on its own row when the two do not fit side by side."""

    def __init__(self, w, first: QToolBar, second: QToolBar):
        super().__init__(w)
        self.w, self.first, self.second = w, first, second
        self.wrapped = False
        self._pending = False
        for obj in (w, first, second):
            obj.installEventFilter(self)
        self.extensions = [b.findChild(QToolButton, "qt_toolbar_ext_button") for b in (first, second)]
        for ext in self.extensions:
            if ext is not None:
                ext.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Show and obj in self.extensions:
            # Every action fits by construction (the stepping toolbar is never narrower than its buttons,
            # the view toolbar wraps), and each is in a menu too: a » Qt shows from a stale layout (seen
            # after switching to a language with longer words) has nothing behind it.
            QTimer.singleShot(0, obj.hide)
            return False
        if event.type() in (QEvent.Resize, QEvent.LayoutRequest, QEvent.LanguageChange) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._check_alive)
        return False

    def _check_alive(self):
        try:
            self.check()
        except RuntimeError:  # the window's widgets are being deleted: nothing left to fit
            pass

    def _fit_position(self):
        """The step counter ("189 / 189 · backward") changes its text at every step; its toolbar is sized
        once, so a longer text would push the last actions behind »: it is as wide as its widest text."""
        label = getattr(self.w, "position", None)
        narration = getattr(self.w, "narration", None)
        if label is None or narration is None:
            return
        phases = ("inputs", "forward", "loss", "seed", "backward", "update")
        widest = max(label.fontMetrics().horizontalAdvance(f"8888 / 8888 · {narration.phase_name(p)}")
                     for p in phases) + 8
        if label.minimumWidth() != widest:
            label.setMinimumWidth(widest)

    def needed(self) -> int:
        return self.first.sizeHint().width() + self.second.sizeHint().width()

    def check(self):
        self._pending = False
        self._fit_position()
        wrap = self.needed() > self.w.width()
        if wrap != self.wrapped:
            self.wrapped = wrap
            if wrap:
                self.w.insertToolBarBreak(self.second)
            else:
                self.w.removeToolBarBreak(self.second)
        # The stepping toolbar is never narrower than its buttons: Qt then has nothing to put behind »
        # (a toolbar that grew, for a language with longer words, could keep a stale » otherwise). The
        # window's narrowest is then that toolbar's width (744 px in English, 944 in Catalan).
        need = self.first.sizeHint().width()
        if self.first.minimumWidth() != need:
            self.first.setMinimumWidth(need)
        for bar in (self.first, self.second):
            ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if ext is not None and ext.isVisible() and all_in_view(bar):
                # Left "visible" from a narrower moment with nothing behind it (seen after a switch to a
                # language with longer words): put its state right.
                ext.setVisible(True)
                ext.setVisible(False)


def fill_presets(w):
    """The presets, one action each (the presets load numpy and the engine, so not before the first paint)."""
    menu = w.presets_menu
    try:
        from ...presets import PRESETS
    except ImportError:
        menu.setEnabled(False)
        return
    for name, p in PRESETS.items():
        x = QAction(p.title(), w)
        x.setToolTip(p.description())
        x.setStatusTip(f"{p.description()} ({p.article})")
        x.triggered.connect(lambda _=False, n=name: w.open_preset(n))
        menu.addAction(x)
