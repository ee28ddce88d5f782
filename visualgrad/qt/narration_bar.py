"""The current step's sentence, large enough to read from the back of a lecture hall."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QFrame


class NarrationBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.phase = QLabel()
        self.phase.setMinimumWidth(90)
        self.phase.setAlignment(Qt.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        f = self.text.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.text.setFont(f)
        lay.addWidget(self.phase)
        lay.addWidget(self.text, 1)

    def phase_name(self, phase: str) -> str:
        return {"inputs": self.tr("inputs"), "forward": self.tr("forward"), "loss": self.tr("loss"),
                "seed": self.tr("seed"), "backward": self.tr("backward"), "update": self.tr("update")}.get(phase, phase)

    def show_step(self, step):
        colour = {"forward": "#1f5fbf", "loss": "#e6007a", "seed": "#d2531a", "backward": "#d2531a",
                  "update": "#2e7d32"}.get(step.phase, "#555")
        self.phase.setText(f"<b style='color:{colour}'>{html.escape(self.phase_name(step.phase))}</b>")
        self.text.setText(html.escape(step.text))
