"""The main window: editor and inputs on the left, the graph in the middle, inspector and trace on the right."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDockWidget, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget)

from ..canvas.animator import Animator
from .editor import CodeEditor
from .inputs import InputsPanel
from .inspector import Inspector
from ..canvas.layout_worker import LayoutWorker
from .menus import build_menus, fill_presets
from .narration import NarrationBar
from ..canvas.scene import GraphScene, SceneOptions, graph_spec, labels_fit
from ...session import SEED_TEXT, SEED_VALUES, Session
from ..canvas.theme import apply_palette, get_theme
from .trace import TracePanel
from ..i18n.retranslate import Retranslating
from ..canvas.view import GraphView

if TYPE_CHECKING:
    from ...layout import Layout

PLAY_MS = {0: 1600, 1: 900, 2: 500, 3: 250, 4: 120}  # speed slider -> ms per step


def install_features(window):
    """The features that add their own docks, menus and actions to the window. Each subscribes to the
    window's signals (stepChanged, viewChanged, documentChanged, ready) and reaches it through its
    public attributes (docks, file_menu, view_menu, presets_menu, help_menu, session); the window
    calls them only through the attributes they set (window.documents).

    Imported here, after the first paint, because they load numpy, the presets and pyqtgraph. A
    feature that fails to import is a bug, and the error says so: none is ever skipped.
    """
    from ..panels import by_hand
    from ..documents import controller as documents_ui
    from ..panels import lab as lab_panel
    from ..i18n import menu as language_menu
    from ..panels import practice as practice_ui
    from . import presentation
    from ..panels import program as program_panel
    from ..panels import training as training_panel
    training_panel.install(window)
    program_panel.install(window)
    lab_panel.install(window)
    documents_ui.install(window)
    language_menu.install(window)
    practice_ui.install(window)
    presentation.install(window)
    by_hand.install(window)


class _AfterFirstPaint(QObject):
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


def _preset_programs() -> dict:
    """{preset name: its program text}: the comments are in the language now in use."""
    from ...presets import PRESETS
    return {name: p.text for name, p in PRESETS.items() if getattr(p, "text", None)}


class MainWindow(Retranslating, QMainWindow):
    ready = Signal()  # a graph is laid out and on screen (used by --screenshot and tests)
    stepChanged = Signal(int)
    viewChanged = Signal()  # theme, direction, folded operations or digits: what a lesson keeps of the view
    # A program was put in as a new lesson ("opened": New, a preset from the menu or the gallery),
    # or the one shown was changed ("edited": the text, an input's value, a preset's settings).
    documentChanged = Signal(str)
    started = Signal()  # finish_start() is done: features installed, the first program loaded
    languageChanged = Signal()  # the UI language changed: features that are not widgets redo their texts

    def __init__(self, settings: QSettings | None = None, text: str | None = None, values: dict | None = None,
                 preset: str | None = None, theme: str | None = None, quick_start: bool = False,
                 preset_params: dict | None = None, *, headless: bool = False, dialogs: bool | None = None):
        """headless: a window nobody works in (--screenshot): no dialogs, no autosave, no recovery
        offer, nothing remembered in the settings. dialogs=False: questions and messages never
        block; they take the answers set on window.documents (scripts and tests). The default is
        True unless the environment has VISUALGRAD_NO_DIALOGS=1 (a documented option for scripted runs)."""
        super().__init__()
        if dialogs is None:
            dialogs = not os.environ.get("VISUALGRAD_NO_DIALOGS")
        self.headless = headless
        self.dialogs = dialogs and not headless
        self.documents = None  # the lessons feature (documents_ui), installed with the others
        self.settings = settings or QSettings()
        self.session = Session()
        self.theme = get_theme(theme or self.settings.value("view/theme", "light"))
        self.options = SceneOptions(
            fold_ops=self.settings.value("view/fold_ops", False, type=bool),
            direction=self.settings.value("view/direction", "TB"),
            digits=int(self.settings.value("view/digits", 4)))
        self.layout_result: Layout | None = None
        self.spec = None
        self.shown_spec = None  # the spec of the layout on screen
        self.pending_step: int | None = None
        self._language_rebuild_due = False
        # the preset programs as the editor would show them in the language in use; read once the features
        # are in (they load the presets), not before the first paint
        self._program_texts: dict = {}
        self.started.connect(lambda: setattr(self, "_program_texts", _preset_programs()))
        apply_palette(self.theme)
        self.setWindowTitle("visualgrad")
        self.resize(1400, 860)

        self.scene = GraphScene(self.theme, self.options, self)
        self.view = GraphView(self.scene)
        self.animator = Animator(self.scene, self)
        self.narration = NarrationBar()
        self.find_bar = QLineEdit()
        self.find_bar.setPlaceholderText(self.tr("Find a node by name… (Enter for the next match, Esc to close)"))
        self.find_bar.hide()
        self.find_bar.returnPressed.connect(self.find_next)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.find_bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.narration)
        self.setCentralWidget(central)

        self.editor = CodeEditor()
        self.editor.highlighter.set_dark(self.theme.name == "dark")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d32f2f;")
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        editor_box = QWidget()
        ev = QVBoxLayout(editor_box)
        ev.setContentsMargins(2, 2, 2, 2)
        ev.addWidget(self.editor, 1)
        ev.addWidget(self.error_label)
        self.inputs = InputsPanel()
        self.inspector = Inspector()
        self.trace = TracePanel()
        self.docks = {}
        self._dock("editor", self.tr("Expression"), editor_box, Qt.LeftDockWidgetArea)
        self._dock("inputs", self.tr("Inputs"), self.inputs, Qt.LeftDockWidgetArea)
        self._dock("inspector", self.tr("Inspector"), self.inspector, Qt.RightDockWidgetArea)
        self._dock("trace", self.tr("Trace"), self.trace, Qt.RightDockWidgetArea)

        self.position = QLabel()
        self.engine_label = QLabel()
        self.statusBar().addPermanentWidget(self.engine_label)
        self.play_timer = QTimer(self)
        self.play_timer.timeout.connect(self._play_tick)
        self.worker = LayoutWorker(self)
        self.worker.dot_path = self.settings.value("layout/dot_path", None) or None
        self.worker.ready.connect(self._layout_ready)
        self.worker.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))

        self.actions = build_menus(self)
        self.editor.changed.connect(self.rebuild_from_editor)
        self.editor.changed.connect(lambda *_: self.documentChanged.emit("edited"))
        self.editor.run.connect(self.rebuild_from_editor)
        self.inputs.valueEdited.connect(self.set_value)
        self.scene.nodeClicked.connect(self.inspect)
        self.scene.groupToggled.connect(self.toggle_group)
        self.trace.jump.connect(self.go)

        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if not preset:
            text = text if text is not None else self.settings.value("session/text", None)
            text = text if text is not None else self.session.text
        start = (preset, text, values, preset_params)
        if quick_start:
            # The app shows its window first, with the text in the editor, and then loads the
            # rest (numpy, the engine, the features' panels, the first graph) after that first
            # paint: a window that appears at once is what a launch feels like.
            self.editor.blockSignals(True)
            self.editor.setPlainText(text or "")
            self.editor.blockSignals(False)
            self.statusBar().showMessage(self.tr("Starting…"))
            self._first_paint = _AfterFirstPaint(self, lambda: self.finish_start(*start))
        else:
            self.finish_start(*start)

    def finish_start(self, preset, text, values, preset_params=None):
        """The part of start-up that can wait for the window to be on screen."""
        fill_presets(self)  # before the features: the gallery goes on top of the presets
        install_features(self)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)  # after the features, whose docks it places too
        if preset:
            self.load_preset(preset, preset_params)  # --param view=scalar and the like
        else:
            self.load_text(text, values)
        self.started.emit()

    def _dock(self, key, title, widget, area):
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        return dock

    def add_panel(self, key: str, title: str, widget) -> QDockWidget:
        """A feature's dock: tabbed with the inspector, listed in the View menu, hidden until needed."""
        dock = self._dock(key, title, widget, Qt.RightDockWidgetArea)
        if "inspector" in self.docks:
            self.tabifyDockWidget(self.docks["inspector"], dock)
        self.view_menu.addAction(dock.toggleViewAction())
        dock.hide()
        return dock

    # ---- the program -----------------------------------------------------------
    def load_text(self, text: str, values: dict | None = None):
        self.session.preset = None
        self.session.values = dict(values) if values is not None else dict(self.session.values)
        self.editor.setReadOnly(False)
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.session.text = text
        self.session.step = 0
        self.rebuild()

    def load_preset(self, name: str, params: dict | None = None):
        from ...presets import get_preset
        preset = get_preset(name)
        self.session.step = 0
        if preset.text:
            self.load_text(preset.text, {})
            return
        self.session.preset = name
        self.session.preset_params = dict(params or {})
        self.session.values = {}
        self.editor.blockSignals(True)
        self.editor.setPlainText("# " + preset.title() + "\n# " + preset.description())
        self.editor.blockSignals(False)
        self.editor.setReadOnly(True)
        self.rebuild()

    def new_document(self):
        """File → New: the seed example as a new lesson (the lessons feature asks about unsaved work)."""
        if self.documents is not None:
            return self.documents.new()
        self.load_text(SEED_TEXT, dict(SEED_VALUES))
        self.documentChanged.emit("opened")
        return True

    def open_preset(self, name: str) -> bool:
        """The Presets menu and the gallery: a preset as a new, untitled lesson. Opening one is not an
        edit; the work it replaces is asked about first."""
        if self.documents is not None and not self.documents.maybe_save():
            return False
        self.load_preset(name)
        self.documentChanged.emit("opened")
        return True

    def rebuild_from_editor(self):
        if self.editor.isReadOnly():
            return
        self.session.text = self.editor.toPlainText()
        self.rebuild()

    def rebuild(self):
        ok = self.session.rebuild()
        if not ok:
            e = self.session.error
            self.editor.show_error(e.line, e.column, e.length)
            where = self.tr("Line {line}, column {column}: ").format(line=e.line, column=e.column) if e.line else ""
            self.error_label.setText(where + e.message)
            self.statusBar().showMessage(self.tr("The graph shown is the last one that worked."), 6000)
            return
        self.editor.clear_error()
        self.error_label.clear()
        self.show_timeline(self.session.timeline)

    def show_timeline(self, tl, step: int | None = None):
        """Put a timeline on screen: restyle in place when the graph's shape is the one shown,
        else lay it out (off the GUI thread) and draw it when the layout is ready."""
        s = self.session
        s.timeline, s.error = tl, None
        s.step = max(0, min(s.step if step is None else int(step), len(tl.steps) - 1))
        self.inputs.set_leaves(tl, self.theme)
        spec = graph_spec(tl, self.theme, self.options)
        if self.layout_result is not None and spec == self.shown_spec and labels_fit(spec, self.shown_spec):
            # Same boxes as on screen: new numbers only. A layout still on its way is for an
            # older shape, so it must not land after this.
            self.worker.generation += 1
            self.spec = spec
            self.scene.set_timeline(tl)
            self.show_step(s.step, previous=None)
            self.ready.emit()
            return
        if spec == self.spec and self.spec != self.shown_spec:
            self.scene.prepare(tl, spec)  # the layout on its way fits this timeline too; it draws the newest one
            return
        self.spec = spec
        self.worker.request(spec)
        self.statusBar().showMessage(self.tr("Laying out…"))
        self.scene.prepare(tl, spec)  # while Graphviz works in its own process

    def relayout(self):
        self.spec = None
        self.shown_spec = None
        self.layout_result = None
        if self.session.timeline is not None:
            self.rebuild()

    def _layout_ready(self, layout: Layout, generation: int):
        self.layout_result = layout
        self.shown_spec = self.spec
        self.animator.release()
        self.scene.set_graph(self.session.timeline, layout, self.session.step)
        engine = self.tr("Graphviz dot") if layout.engine == "dot" else self.tr("built-in layout")
        self.engine_label.setText(self.tr("Layout: {engine}").format(engine=engine))
        if layout.note:
            self.statusBar().showMessage(layout.note, 10000)
        else:
            self.statusBar().clearMessage()
        self.view.fit(readable=True)
        if self.pending_step is not None:
            self.session.step = self.pending_step
            self.pending_step = None
        self.show_step(self.session.step)
        self.ready.emit()

    def set_value(self, name: str, value):
        new_text = self.session.set_value(name, value)
        if new_text is not None:
            cursor = self.editor.textCursor()
            pos = cursor.position()
            self.editor.blockSignals(True)
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(new_text)
            cursor.endEditBlock()
            cursor.setPosition(min(pos, len(new_text)))
            self.editor.setTextCursor(cursor)
            self.editor.blockSignals(False)
        self.rebuild()
        self.documentChanged.emit("edited")

    # ---- language -----------------------------------------------------------------
    def retranslate(self):
        """LanguageChange: the window's own texts, then the features', then the graph in the new language."""
        self.languageChanged.emit()
        if not self._language_rebuild_due:  # Qt may send LanguageChange more than once per switch
            self._language_rebuild_due = True
            QTimer.singleShot(0, self._rebuild_in_language)

    def _rebuild_in_language(self):
        """Narration, trace and a preset's labels are made by the timeline in the language of the moment:
        make it again, laid out afresh, and come back to the same step. A preset's program still as it was
        opened gets its comments in the new language; text the user edited is never touched."""
        self._language_rebuild_due = False
        self._retranslate_program()
        if self.session.timeline is None:
            return
        self.pending_step = self.session.step
        if self.session.preset:
            self.spec, self.layout_result = None, None
            self.load_preset(self.session.preset, self.session.preset_params)
        else:
            self.relayout()

    def _retranslate_program(self):
        if not self._program_texts:
            return
        from ...presets import PRESETS
        shown = self.editor.toPlainText()
        for name, before in self._program_texts.items():
            after = getattr(PRESETS[name], "text", None)
            if shown == before and after and after != before:
                self.editor.blockSignals(True)  # not an edit: the document stays unmodified
                self.editor.setPlainText(after)
                self.editor.blockSignals(False)
                self.session.text = after
                break
        self._program_texts = _preset_programs()

    # ---- stepping ----------------------------------------------------------------
    @property
    def timeline(self):
        return self.session.timeline

    def go(self, k: int):
        if self.timeline is None:
            return
        k = max(0, min(int(k), len(self.timeline.steps) - 1))
        self.show_step(k, previous=self.session.step)

    def show_step(self, k: int, previous: int | None = None):
        tl = self.timeline
        if tl is None or self.scene.tl is None:
            return
        self.session.step = k
        if self.scene.tl is tl:
            self.scene.show_step(k, previous)
            self.animator.show_step(self.scene, k)
        else:
            # A new program's layout is on its way: the scene still holds the old graph, whose
            # steps do not match. The readouts step the new timeline; the drawing catches up in
            # _layout_ready, which shows session.step.
            self.animator.clear()
        step = tl.steps[k]
        self.narration.show_step(step)
        self.trace.show_step(tl, k)
        self.position.setText(self.tr("{k} / {n} · {phase}").format(
            k=k + 1, n=len(tl.steps), phase=self.narration.phase_name(step.phase)))
        if self.scene.tl is tl:
            self.view.follow_item(self.scene.active_item())
        # The inspector follows the active node; a node the user clicked stays until the next step.
        if step.node is not None:
            self.inspector.show_node(tl, step.node, k)
        elif self.inspector.node_id in tl.nodes:
            self.inspector.show_node(tl, self.inspector.node_id, k)
        self.stepChanged.emit(k)

    def next_step(self):
        self.go(self.session.step + 1)

    def previous_step(self):
        self.go(self.session.step - 1)

    def jump(self, where: str):
        if self.timeline is not None:
            self.go(self.timeline.named(where))

    def toggle_play(self):
        if self.play_timer.isActive():
            self.play_timer.stop()
        else:
            if self.timeline is not None and self.session.step >= len(self.timeline.steps) - 1:
                self.go(0)
            self.play_timer.start(PLAY_MS.get(self.actions.speed.value(), 500))
        self.actions.sync_play(self.play_timer.isActive())

    def _play_tick(self):
        if self.timeline is None or self.session.step >= len(self.timeline.steps) - 1:
            self.play_timer.stop()
            self.actions.sync_play(False)
            return
        self.next_step()

    def set_speed(self, value: int):
        if self.play_timer.isActive():
            self.play_timer.setInterval(PLAY_MS.get(value, 500))

    # ---- view ----------------------------------------------------------------------
    def inspect(self, node_id: int):
        self.inspector.show_node(self.timeline, node_id, self.session.step)

    def set_theme(self, name: str):
        self._use_theme(name)
        self.relayout()
        self.viewChanged.emit()

    def _use_theme(self, name: str):
        self.theme = get_theme(name)
        self.settings.setValue("view/theme", name)
        self.scene.theme = self.theme
        self.scene.setBackgroundBrush(QColor(self.theme.background))
        self.editor.highlighter.set_dark(name == "dark")
        apply_palette(self.theme)
        self.actions.retint()

    def set_direction(self, direction: str):
        self.options.direction = direction
        self.settings.setValue("view/direction", direction)
        self.relayout()
        self.viewChanged.emit()

    def set_fold_ops(self, fold: bool):
        self.options.fold_ops = fold
        self.settings.setValue("view/fold_ops", fold)
        self.relayout()
        self.viewChanged.emit()

    def apply_view(self, theme: str, direction: str, fold_ops: bool, digits: int):
        """A lesson's view, all at once: one layout afterwards instead of one per option."""
        from ..canvas.theme import theme_names
        if theme in theme_names() and theme != self.theme.name:
            self._use_theme(theme)
        self.options.direction = direction
        self.options.fold_ops = bool(fold_ops)
        self.options.digits = int(digits)
        for key, value in (("view/direction", direction), ("view/fold_ops", bool(fold_ops)),
                           ("view/digits", int(digits))):
            self.settings.setValue(key, value)
        self.spec = None  # the next rebuild lays out again when the boxes' shape changed
        self.viewChanged.emit()

    def toggle_group(self, name: str):
        """Open a collapsed layer (double-click); View → Collapse layers closes them all again."""
        self.options.expanded.symmetric_difference_update({name})
        self.relayout()

    def set_collapse(self, on: bool):
        self.options.collapse_groups = on
        self.options.expanded.clear()
        self.relayout()

    def set_digits(self, digits: int):
        self.options.digits = digits
        self.settings.setValue("view/digits", digits)
        self.relayout()
        self.viewChanged.emit()

    def show_find(self):
        self.find_bar.show()
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_next(self) -> int | None:
        hits = self.scene.find(self.find_bar.text())
        if not hits:
            self.statusBar().showMessage(self.tr("No node named “{text}”").format(text=self.find_bar.text()), 4000)
            return None
        current = [i.node_id for i in self.scene.selectedItems() if hasattr(i, "node_id")]
        k = (hits.index(current[0]) + 1) % len(hits) if current and current[0] in hits else 0
        self.scene.clearSelection()
        item = self.scene.nodes[hits[k]]
        item.setSelected(True)
        self.view.centerOn(item)
        self.inspect(hits[k])
        return hits[k]

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide()
            return
        super().keyPressEvent(event)

    # ---- export ----------------------------------------------------------------------
    def open_export_dialog(self):
        from ..export.dialog import open_export_dialog
        open_export_dialog(self)

    def copy_diagram(self):
        from ..export.dialog import copy_diagram
        copy_diagram(self)

    # ---- lifetime --------------------------------------------------------------------
    def closeEvent(self, event):
        self.editor.timer.stop()  # a closed window must not rebuild after the typing pause
        self.play_timer.stop()
        self.animator.clear()
        self.view.stop_animations()
        if self.headless:  # a screenshot's window: nothing of it is the user's to keep
            self.worker.wait(2000)
            super().closeEvent(event)
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if not self.session.preset:
            self.settings.setValue("session/text", self.editor.toPlainText())
        self.worker.wait(2000)
        super().closeEvent(event)
