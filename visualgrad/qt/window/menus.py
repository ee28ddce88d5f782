"""Menus, toolbar and shortcuts of the main window, in one place."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSlider, QStyle, QToolBar, QToolButton

from ..canvas.theme import drawn_icon, theme_names, tinted_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


class Actions:
    """Holds the actions the window and the tests reach for by name, and the menus and toolbars they are in.

    Not a widget: the window calls retranslate() on a language switch, and it sets every text again."""

    def __init__(self, w):
        self.w = w
        self.icons = {}  # action -> QStyle standard pixmap or drawn icon name, redrawn per theme
        self.menus: dict = {}  # key -> the QMenu, set by build_menus; titles set again by retranslate()
        self.bars: dict = {}  # key -> the QToolBar
        self.themes: dict = {}  # theme id -> its action
        self.presets: dict = {}  # preset name -> its action, set by fill_presets
        self.speed_label = QLabel()
        self.playing = False

        def act(slot, shortcut=None, icon=None, checkable=False):
            a = QAction(w)
            if icon is not None:
                self.icons[a] = icon
            if shortcut:
                a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            a.setCheckable(checkable)
            a.triggered.connect(slot)
            return a

        self.previous = act(w.previous_step, Qt.Key_Left, QStyle.SP_MediaSeekBackward)
        self.next = act(w.next_step, Qt.Key_Right, QStyle.SP_MediaSeekForward)
        self.play = act(w.toggle_play, Qt.Key_Space, QStyle.SP_MediaPlay)
        self.start = act(lambda: w.jump("start"), Qt.Key_Home, QStyle.SP_MediaSkipBackward)
        self.forward_end = act(lambda: w.jump("forward-end"), "Ctrl+Right")
        self.loss = act(lambda: w.jump("loss"), "Ctrl+L")
        self.end = act(lambda: w.jump("end"), Qt.Key_End, QStyle.SP_MediaSkipForward)
        self.zoom_in = act(lambda: w.view.zoom_by(1.25), [QKeySequence.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out = act(lambda: w.view.zoom_by(0.8), QKeySequence.ZoomOut)
        self.fit = act(lambda: w.view.fit(), "Ctrl+0", "fit")
        self.left_right = act(lambda on: w.set_direction("LR" if on else "TB"), "Ctrl+D", "left_right",
                              checkable=True)
        self.left_right.setChecked(w.options.direction == "LR")
        self.fold = act(w.set_fold_ops, None, "fold", checkable=True)
        self.fold.setChecked(w.options.fold_ops)
        self.collapse = act(w.set_collapse, checkable=True)
        self.collapse.setChecked(w.options.collapse_groups)
        self.follow = act(lambda on: setattr(w.view, "follow", on), checkable=True)
        self.follow.setChecked(True)
        self.find = act(w.show_find, QKeySequence.Find)
        self.rebuild = act(w.rebuild_from_editor, "Ctrl+Return")
        self.new = act(lambda: w.new_document(), QKeySequence.New)
        self.export = act(lambda: _call(w, "open_export_dialog"), "Ctrl+E")
        self.copy = act(lambda: _call(w, "copy_diagram"), "Ctrl+Shift+C")
        self.quit = act(w.close, QKeySequence.Quit)
        self.about = act(lambda: about(w))
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, 4)
        self.speed.setValue(2)
        self.speed.setFixedWidth(90)
        self.speed.valueChanged.connect(w.set_speed)
        self.retint()

    def retranslate(self):
        """Every text of the actions, menus and toolbars, in the language now in use."""
        for a, text, tip in (
                (self.previous, _t("Previous"), _t("Previous step (←)")),
                (self.next, _t("Next node"), _t("Next node (→)")),
                (self.play, self._play_text(), _t("Play / Pause (Space)")),
                (self.start, _t("Start"), _t("Jump to the inputs (Home)")),
                (self.forward_end, _t("End of forward"), _t("Jump to the end of the forward pass")),
                (self.loss, _t("Loss"), _t("Jump to the loss")),
                (self.end, _t("End"), _t("Jump to the last step (End)")),
                (self.zoom_in, _t("Zoom in"), ""),
                (self.zoom_out, _t("Zoom out"), ""),
                (self.fit, _t("Fit to window"), ""),
                (self.left_right, _t("Left to right"), _t("Lay the graph out left to right instead of top to bottom")),
                (self.fold, _t("Fold operations into nodes"), ""),
                (self.collapse, _t("Collapse layers"),
                 _t("Show each layer of a network as one box; double-click a box to open it")),
                (self.follow, _t("Follow the active node"), ""),
                (self.find, _t("Find node…"), ""),
                (self.rebuild, _t("Rebuild graph"), ""),
                (self.new, _t("New"), ""),
                (self.export, _t("Export…"), ""),
                (self.copy, _t("Copy diagram"), ""),
                (self.quit, _t("Quit"), ""),
                (self.about, _t("About visualgrad"), "")):
            a.setText(text)
            if tip:  # else the tooltip is the text (Qt's default), and there is no status tip
                a.setToolTip(tip)
                a.setStatusTip(tip)
        self.speed.setToolTip(_t("Play speed"))
        self.speed_label.setText(" " + _t("Speed") + " ")
        titles = {"file": _t("&File"), "edit": _t("&Edit"), "view": _t("&View"), "theme": _t("Theme"),
                  "digits": _t("Significant digits"), "step": _t("&Step"), "presets": _t("&Presets"),
                  "help": _t("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        for key, title in (("stepping", _t("Stepping")), ("view", _t("View"))):
            if key in self.bars:
                self.bars[key].setWindowTitle(title)
        names = theme_names()
        for key, a in self.themes.items():
            a.setText(names.get(key, key))
        self.retranslate_presets()

    def retranslate_presets(self):
        """The Presets menu's entries: each preset's title, description and article."""
        if not self.presets:
            return
        from ...presets import PRESETS
        for name, x in self.presets.items():
            p = PRESETS[name]
            x.setText(p.title())
            x.setToolTip(p.description())
            x.setStatusTip(f"{p.description()} ({p.article})")

    def retint(self):
        """Draw the toolbar icons in the palette's text colour (light on the dark theme)."""
        colour = QApplication.palette().color(QPalette.ButtonText)
        style = self.w.style()
        for a, icon in self.icons.items():
            a.setIcon(drawn_icon(icon, colour) if isinstance(icon, str) else
                      tinted_icon(style.standardIcon(icon), colour))

    def _play_text(self) -> str:
        return _t("Pause") if self.playing else _t("Play")

    def sync_play(self, playing: bool):
        self.playing = playing
        self.play.setText(self._play_text())
        self.icons[self.play] = QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay
        self.play.setIcon(tinted_icon(self.w.style().standardIcon(self.icons[self.play]),
                                      QApplication.palette().color(QPalette.ButtonText)))


def _call(w, name):
    fn = getattr(w, name, None)
    if fn is not None:
        fn()


def about(w):
    from PySide6.QtWidgets import QMessageBox

    from .about import about_text
    QMessageBox.about(w, _t("About visualgrad"), about_text())


def build_menus(w) -> Actions:
    """The menu bar and the two toolbars; the window's menus are kept on it (file_menu, view_menu, ...) for
    the features to add to. Their texts are set by Actions.retranslate()."""
    a = Actions(w)
    mb = w.menuBar()
    m = a.menus
    file = m["file"] = w.file_menu = mb.addMenu("")
    file.addAction(a.new)
    file.addSeparator()
    file.addAction(a.export)
    file.addSeparator()
    file.addAction(a.quit)
    edit = m["edit"] = mb.addMenu("")
    edit.addAction(a.copy)
    edit.addAction(a.find)
    edit.addAction(a.rebuild)
    view = m["view"] = mb.addMenu("")
    for x in (a.zoom_in, a.zoom_out, a.fit):
        view.addAction(x)
    view.addSeparator()
    for x in (a.left_right, a.fold, a.collapse, a.follow):
        view.addAction(x)
    themes = m["theme"] = view.addMenu("")
    group = QActionGroup(w)
    for key in theme_names():
        t = QAction(w, checkable=True)
        t.setChecked(key == w.theme.name)
        t.triggered.connect(lambda _=False, k=key: w.set_theme(k))
        group.addAction(t)
        themes.addAction(t)
        a.themes[key] = t
    digits = m["digits"] = view.addMenu("")
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
    step = m["step"] = w.step_menu = mb.addMenu("")  # features add to it (Step → Practice)
    for x in (a.previous, a.next, a.play, a.start, a.forward_end, a.loss, a.end):
        step.addAction(x)
    m["presets"] = w.presets_menu = mb.addMenu("")  # filled by fill_presets(), after the window's first paint
    help_ = m["help"] = w.help_menu = mb.addMenu("")
    help_.addAction(a.about)

    bar = a.bars["stepping"] = QToolBar()
    bar.setObjectName("toolbar-stepping")
    bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    for x in (a.start, a.previous, a.next, a.play):
        bar.addAction(x)
    bar.addWidget(a.speed_label)
    bar.addWidget(a.speed)
    bar.addSeparator()
    bar.addAction(a.forward_end)
    bar.addAction(a.loss)
    bar.addAction(a.end)
    bar.addSeparator()
    bar.addWidget(w.position)
    w.addToolBar(Qt.TopToolBarArea, bar)
    w.step_toolbar = bar  # features add their toggles to it
    vbar = a.bars["view"] = QToolBar()
    vbar.setObjectName("toolbar-view")
    for x in (a.fit, a.left_right, a.fold):
        vbar.addAction(x)
    w.addToolBar(Qt.TopToolBarArea, vbar)
    a.retranslate()
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
    for name in PRESETS:
        x = QAction(w)
        x.triggered.connect(lambda _=False, n=name: w.open_preset(n))
        menu.addAction(x)
        w.actions.presets[name] = x
    w.actions.retranslate_presets()
