"""The steps so far, read like a traceback from the loss back to the inputs; click a line to jump there."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...fmt import format_value
from ..i18n.retranslate import Retranslating


def step_line(tl, step, tr) -> str:
    """One line of the trace panel for a step."""
    from ...timeline.narration import grad_name  # here: the window paints before the timeline loads
    nodes = tl.nodes
    if step.node is None:
        return tr("Inputs")
    info = nodes[step.node]
    where = tr("line {line}").format(line=info.line) if info.line else tr("preset")
    loss = nodes[tl.output].label
    if step.phase == "forward":
        return f"→ {where}  {info.label} = {format_value(info.value, 4)}"
    if step.phase == "loss":
        return "● " + tr("loss {name} = {value}").format(name=info.label, value=format_value(info.value, 4))
    if step.phase == "seed":
        return f"↺ {grad_name(loss, loss)} = 1"
    if step.phase == "backward":
        passed = ", ".join(f"{nodes[src].label}: {format_value(tl.edges[(step.node, s)].contribution, 4)}"
                           for s, src in enumerate(info.inputs) if (step.node, s) in tl.edges)  # none to constants
        return "← " + tr("{where}, in {name}: {d} = {grad} → {passed}").format(
            where=where, name=info.label, d=grad_name(loss, info.label), grad=format_value(info.grad, 4),
            passed=passed)
    return f"✎ {info.label} ← {format_value(info.updated, 4)}"


class TracePanel(Retranslating, QListWidget):
    jump = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        font = QFont("Noto Sans Mono")
        font.setStyleHint(QFont.Monospace)
        self.setFont(font)
        self.setUniformItemSizes(True)  # no per-item measuring: long traces stay fast
        self.itemClicked.connect(lambda item: self.jump.emit(item.data(Qt.UserRole)))
        self.tl = None
        self.shown = -1

    def retranslate(self):
        """The lines again in the language now in use (the window then rebuilds the timeline, and its
        narration, the tooltips, follows)."""
        if self.tl is not None and self.shown >= 0:
            tl, k, self.tl = self.tl, self.shown, None
            self.show_step(tl, k)

    def show_step(self, tl, k: int):
        """Visited steps, most recent first: the traceback grows at the top as blame moves back.

        Moving one step adds or removes the top line only, so long graphs step just as fast.
        """
        if tl is not self.tl or abs(k - self.shown) > 200:
            self.tl = tl
            self.setUpdatesEnabled(False)
            self.clear()
            self.shown = -1
            self._grow(tl, k)
            self.setUpdatesEnabled(True)
        elif k > self.shown:
            self._grow(tl, k)
        else:
            while self.shown > k:
                self.takeItem(0)
                self.shown -= 1
        self._mark(0)

    def _grow(self, tl, k: int):
        for j in range(self.shown + 1, k + 1):
            step = tl.steps[j]
            item = QListWidgetItem(step_line(tl, step, self.tr))
            item.setData(Qt.UserRole, step.index)
            if step.phase in ("backward", "seed"):
                item.setForeground(QColor("#b04000"))
            item.setToolTip(step.text)
            self.insertItem(0, item)
        self.shown = k

    def _mark(self, row: int):
        for r in (0, 1):
            item = self.item(r)
            if item is not None:
                f = item.font()
                f.setBold(r == row)
                item.setFont(f)
        self.setCurrentRow(row)
