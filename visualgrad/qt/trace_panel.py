"""The steps so far, read like a traceback from the loss back to the inputs; click a line to jump there."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..fmt import format_value
from ..timeline.narration import grad_name


def step_line(tl, step, tr) -> str:
    """One line of the trace panel for a step."""
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
                           for s, src in enumerate(info.inputs))
        return f"← {where}, in {info.label}: {grad_name(loss, info.label)} = {format_value(info.grad, 4)} → {passed}"
    return f"✎ {info.label} ← {format_value(info.updated, 4)}"


class TracePanel(QListWidget):
    jump = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        font = QFont("Noto Sans Mono")
        font.setStyleHint(QFont.Monospace)
        self.setFont(font)
        self.itemClicked.connect(lambda item: self.jump.emit(item.data(Qt.UserRole)))
        self.tl = None

    def show_step(self, tl, k: int):
        """Visited steps, most recent first: the traceback grows at the top as blame moves back."""
        if tl is not self.tl:
            self.tl = tl
        self.setUpdatesEnabled(False)
        self.clear()
        for step in reversed(tl.steps[:k + 1]):
            item = QListWidgetItem(step_line(tl, step, self.tr))
            item.setData(Qt.UserRole, step.index)
            if step.phase in ("backward", "seed"):
                item.setForeground(QColor("#b04000"))
            if step.index == k:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            item.setToolTip(step.text)
            self.addItem(item)
        self.setCurrentRow(0)
        self.setUpdatesEnabled(True)
