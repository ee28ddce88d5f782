"""The main window: editor and inputs on the left, the graph in the middle, inspector and trace on the right.

MainWindow is assembled from the modules that hold its parts: docks (the panels around the graph),
menus (actions, menus, toolbars), graph_building (program -> timeline -> layout -> scene), stepping
(go, Play), view_controls (theme, direction, find), language_rebuild (the graph again in a new
language) and startup (the features, installed after the first paint).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from ...session import Session
from ..canvas.animator import Animator
from ..canvas.layout_worker import LayoutWorker
from ..canvas.scene import GraphScene, SceneOptions
from ..canvas.theme import apply_palette, get_theme
from ..canvas.view import GraphView
from ..i18n.retranslate import Retranslating
from . import docks
from .graph_building import GraphBuilding
from .language_rebuild import LanguageRebuild, preset_programs
from .menus import build_menus, fill_presets
from .startup import AfterFirstPaint, install_features
from .stepping import Stepping
from .view_controls import ViewControls

if TYPE_CHECKING:
    from ...layout import Layout


class MainWindow(Retranslating, GraphBuilding, Stepping, ViewControls, LanguageRebuild, QMainWindow):
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
        self.documents = None  # the lessons feature (documents.controller), installed with the others
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
        self.started.connect(lambda: setattr(self, "_program_texts", preset_programs()))
        apply_palette(self.theme)
        self.setWindowTitle("visualgrad")
        self.resize(1400, 860)

        self.scene = GraphScene(self.theme, self.options, self)
        self.view = GraphView(self.scene)
        self.animator = Animator(self.scene, self)
        docks.build(self)  # narration, find bar, editor, inputs, inspector, trace, and their docks

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
            self._first_paint = AfterFirstPaint(self, lambda: self.finish_start(*start))
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

    def _dock(self, key, title, widget, area) -> QDockWidget:
        return docks.add(self, key, title, widget, area)

    def add_panel(self, key: str, title: str, widget) -> QDockWidget:
        """A feature's dock: tabbed with the inspector, listed in the View menu, hidden until needed.
        Its title is the feature's to set again on languageChanged."""
        return docks.add_panel(self, key, title, widget)

    # ---- language -----------------------------------------------------------------
    def retranslate(self):
        """LanguageChange: the window's own texts, then the features', then the graph in the new language."""
        docks.retranslate(self)
        self.actions.retranslate()
        self.show_position()
        self.show_engine()
        self.languageChanged.emit()
        self.schedule_language_rebuild()

    # ---- export ----------------------------------------------------------------------
    def open_export_dialog(self):
        from ..export.dialog import open_export_dialog
        open_export_dialog(self)

    def copy_diagram(self):
        from ..export.dialog import copy_diagram
        copy_diagram(self)

    # ---- lifetime --------------------------------------------------------------------
    def closeEvent(self, event):  # noqa: N802 - Qt's name
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
