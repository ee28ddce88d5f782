"""How the main window draws the graph: theme, direction, folded operations, collapsed layers, digits,
a lesson's view all at once; and finding a node by name (Ctrl+F)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ..canvas.theme import apply_palette, get_theme


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these texts had in main_window.py


class ViewControls:
    """MainWindow's view options and find bar (a mixin: it uses the window's options, scene and settings)."""

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

    # ---- find a node ------------------------------------------------------------------
    def show_find(self):
        self.find_bar.show()
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_next(self) -> int | None:
        hits = self.scene.find(self.find_bar.text())
        if not hits:
            self.statusBar().showMessage(_t("No node named “{text}”").format(text=self.find_bar.text()), 4000)
            return None
        current = [i.node_id for i in self.scene.selectedItems() if hasattr(i, "node_id")]
        k = (hits.index(current[0]) + 1) % len(hits) if current and current[0] in hits else 0
        self.scene.clearSelection()
        item = self.scene.nodes[hits[k]]
        item.setSelected(True)
        self.view.centerOn(item)
        self.inspect(hits[k])
        return hits[k]

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide()
            return
        super().keyPressEvent(event)
