"""From the program to the graph on screen: the main window loads a text or a preset, rebuilds its
timeline, lays the graph out off the GUI thread (a restyle in place when its shape is the one shown),
and draws it when the layout is ready.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...session import SEED_TEXT, SEED_VALUES
from ..canvas.scene import graph_spec, labels_fit

if TYPE_CHECKING:
    from ...layout import Layout


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these texts had in main_window.py


class GraphBuilding:
    """MainWindow's program and graph (a mixin: it uses the window's session, editor, scene and worker)."""

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
            where = _t("Line {line}, column {column}: ").format(line=e.line, column=e.column) if e.line else ""
            self.error_label.setText(where + e.message)
            self.statusBar().showMessage(_t("The graph shown is the last one that worked."), 6000)
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
        self.statusBar().showMessage(_t("Laying out…"))
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
        self.show_engine()
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

    def show_engine(self):
        """The status bar's "Layout: Graphviz dot" for the layout on screen (again in a new language)."""
        if self.layout_result is None:
            return  # the next layout's arrival says it
        engine = _t("Graphviz dot") if self.layout_result.engine == "dot" else _t("built-in layout")
        self.engine_label.setText(_t("Layout: {engine}").format(engine=engine))

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
