"""Moving dots along the edges that carry blame in the current backward step.

Purely decorative: the step's state is already fully drawn by the scene; the
animator only shows dots and hides every one of them on the next step.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem
from shiboken6 import Shiboken

DOTS_PER_EDGE = 3
PERIOD_MS = 1400


class Animator(QObject):
    def __init__(self, scene, parent=None):
        super().__init__(parent)
        self.scene = scene
        self.dots: list[tuple] = []  # (item, edge, offset) of this step
        # Dot items stay in the scene, hidden, between steps: adding an item to a scene of
        # thousands costs more (its index) than all the rest of a step's restyling.
        self.pool: list[QGraphicsEllipseItem] = []
        self.pool_scene = None
        self.anim = QVariantAnimation(self)
        self.anim.setStartValue(0.0)
        self.anim.setEndValue(1.0)
        self.anim.setDuration(PERIOD_MS)
        self.anim.setLoopCount(-1)
        self.anim.valueChanged.connect(self._tick)
        self.enabled = True

    def clear(self):
        """No dots on screen and nothing animating (the items are kept for the next step)."""
        self.anim.stop()
        for item, _, _ in self.dots:
            if Shiboken.isValid(item):
                item.hide()
        self.dots = []

    def release(self):
        """clear(), and take the dot items out of the scene: before it is rebuilt or thrown away."""
        self.clear()
        for item in self.pool:
            if Shiboken.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.pool, self.pool_scene = [], None

    def _dot(self, i: int, scene) -> QGraphicsEllipseItem:
        if self.pool_scene is not scene or (self.pool and not Shiboken.isValid(self.pool[0])):
            self.release()  # another scene, or this one was cleared under us
            self.pool_scene = scene
        if i == len(self.pool):
            dot = QGraphicsEllipseItem()
            dot.setZValue(5)
            scene.addItem(dot)
            self.pool.append(dot)
        return self.pool[i]

    def show_step(self, scene, k: int):
        self.clear()
        self.scene = scene
        tl = scene.tl
        if not self.enabled or tl is None:
            return
        step = tl.steps[k]
        if step.phase != "backward":
            return
        brush, pen = QBrush(QColor(scene.theme.accent)), QPen(QColor(scene.theme.background), 1.0)
        r = 3.2 * scene.theme.pen_scale
        for key in step.edges:
            edge = scene.edges.get(key)
            if edge is None:
                continue
            for j in range(DOTS_PER_EDGE):
                dot = self._dot(len(self.dots), scene)
                dot.setRect(-r, -r, 2 * r, 2 * r)
                dot.setBrush(brush)
                dot.setPen(pen)
                dot.show()
                self.dots.append((dot, edge, j / DOTS_PER_EDGE))
        self._tick(0.0)
        self.anim.start()

    def _tick(self, t):
        for dot, edge, offset in self.dots:
            # Blame flows against the arrow: from the consumer back to the input.
            dot.setPos(edge.path.pointAtPercent(1.0 - ((float(t) + offset) % 1.0)))

    def running(self) -> bool:
        return self.anim.state() == QVariantAnimation.Running
