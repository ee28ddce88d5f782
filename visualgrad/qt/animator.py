"""Moving dots along the edges that carry blame in the current backward step.

Purely decorative: the step's state is already fully drawn by the scene; the
animator only adds dots and removes every one of them on the next step.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem

DOTS_PER_EDGE = 3
PERIOD_MS = 1400


class Animator(QObject):
    def __init__(self, scene, parent=None):
        super().__init__(parent)
        self.scene = scene
        self.dots: list[tuple] = []  # (item, edge, offset)
        self.anim = QVariantAnimation(self)
        self.anim.setStartValue(0.0)
        self.anim.setEndValue(1.0)
        self.anim.setDuration(PERIOD_MS)
        self.anim.setLoopCount(-1)
        self.anim.valueChanged.connect(self._tick)
        self.enabled = True

    def clear(self):
        self.anim.stop()
        for item, _, _ in self.dots:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.dots = []

    def show_step(self, scene, k: int):
        self.clear()
        self.scene = scene
        tl = scene.tl
        if not self.enabled or tl is None:
            return
        step = tl.steps[k]
        if step.phase != "backward":
            return
        colour = QColor(scene.theme.accent)
        r = 3.2 * scene.theme.pen_scale
        for key in step.edges:
            edge = scene.edges.get(key)
            if edge is None:
                continue
            for j in range(DOTS_PER_EDGE):
                dot = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
                dot.setBrush(QBrush(colour))
                dot.setPen(QPen(QColor(scene.theme.background), 1.0))
                dot.setZValue(5)
                scene.addItem(dot)
                self.dots.append((dot, edge, j / DOTS_PER_EDGE))
        self._tick(0.0)
        self.anim.start()

    def _tick(self, t):
        for dot, edge, offset in self.dots:
            # Blame flows against the arrow: from the consumer back to the input.
            dot.setPos(edge.path.pointAtPercent(1.0 - ((float(t) + offset) % 1.0)))

    def running(self) -> bool:
        return self.anim.state() == QVariantAnimation.Running
