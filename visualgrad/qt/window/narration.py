"""The current step's sentence, large enough to read from the back of a lecture hall."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ..i18n.retranslate import Retranslating

# Phase colours that read on light and on dark backgrounds alike.
PHASE_COLOURS = {"forward": "#3b7dd8", "loss": "#e6007a", "seed": "#e0631f", "backward": "#e0631f",
                 "update": "#2e9d42"}
PRESENT_SCALES = (2.0, 1.7, 1.45)  # narration size in presentation mode, against the window's: the largest
PRESENT_SHARE = 0.25  # that keeps the sentence within this share of the screen's height


class NarrationBar(Retranslating, QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        side = QVBoxLayout()
        side.setSpacing(0)
        self.phase = QLabel()
        self.phase.setMinimumWidth(90)
        self.phase.setAlignment(Qt.AlignCenter)
        self.counter = QLabel()  # "9 / 11" while presenting (the toolbar's position is hidden then)
        self.counter.setAlignment(Qt.AlignCenter)
        self.counter.hide()
        side.addWidget(self.phase)
        side.addWidget(self.counter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._base = self.text.font().pointSizeF()
        self.presenting = False
        self.step = None  # the step shown: its phase's name is said again in a new language
        self._set_sizes(1.25)
        lay.addLayout(side)
        lay.addWidget(self.text, 1)

    def _set_sizes(self, scale: float):
        for label, s in ((self.text, scale), (self.phase, scale * 0.8), (self.counter, scale * 0.7)):
            f = label.font()
            f.setPointSizeF(self._base * s)
            label.setFont(f)

    def set_presenting(self, on: bool):
        """Large type for the lecture hall; normal size again when presentation mode ends."""
        self.presenting = on
        self.counter.setVisible(on)
        self.layout().setContentsMargins(*((24, 12, 24, 14) if on else (10, 6, 10, 6)))
        self._fit()

    def _fit(self):
        """In presentation mode the largest type at which the sentence (a tensor's can be long) takes at
        most PRESENT_SHARE of the screen; elsewhere the window's narration size."""
        if not self.presenting:
            self._set_sizes(1.25)
            return
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QFont, QFontMetrics
        top = self.window().height() if self.window() is not None else 720
        width = max(200, (self.window().width() if self.window() is not None else 1280) - 240)
        text = self.text.text()
        for scale in PRESENT_SCALES:
            f = QFont(self.text.font())
            f.setPointSizeF(self._base * 1.25 * scale)
            h = QFontMetrics(f).boundingRect(QRect(0, 0, width, 10_000), Qt.TextWordWrap, text).height()
            if h <= top * PRESENT_SHARE:
                break
        self._set_sizes(1.25 * scale)

    def set_counter(self, k: int, n: int):
        self.counter.setText(f"{k} / {n}")

    def phase_name(self, phase: str) -> str:
        return {"inputs": self.tr("inputs"), "forward": self.tr("forward"), "loss": self.tr("loss"),
                "seed": self.tr("seed"), "backward": self.tr("backward"), "update": self.tr("update")}.get(phase, phase)

    def retranslate(self):
        """The phase's name; the sentence is the timeline's, made again by the window in the new language."""
        if self.step is not None:
            self.show_step(self.step)

    def show_step(self, step):
        self.step = step
        colour = PHASE_COLOURS.get(step.phase, "#888")
        self.phase.setText(f"<b style='color:{colour}'>{html.escape(self.phase_name(step.phase))}</b>")
        self.text.setText(html.escape(step.text))
        if self.presenting:
            self._fit()
