"""The graph view: zoom (wheel, Ctrl +/−, Ctrl+0 to fit), pan by dragging, follow the active node."""
from __future__ import annotations

from PySide6.QtCore import Property, QEasingCurve, QPointF, QPropertyAnimation, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

ZOOM_MIN, ZOOM_MAX = 0.05, 8.0
READABLE = 0.6  # below this zoom the numbers on the nodes blur


class GraphView(QGraphicsView):
    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.follow = True
        self._pan = QPropertyAnimation(self, b"centre", self)
        self._pan.setDuration(250)
        self._pan.setEasingCurve(QEasingCurve.InOutQuad)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, z: float):
        z = max(ZOOM_MIN, min(ZOOM_MAX, z))
        self.resetTransform()
        self.scale(z, z)

    def zoom_by(self, factor: float):
        self.set_zoom(self.zoom() * factor)

    def fit(self, readable: bool = False, max_zoom: float = 1.5, min_zoom: float = READABLE):
        """Show the whole graph; with `readable`, never smaller than `min_zoom`, so the numbers can be read
        (big graphs then show their start, and the view follows the active node). A small graph grows
        to `max_zoom` at most. Presentation mode asks for more of both: the back row reads it."""
        if self.scene() is not None and not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)
            if self.zoom() > max_zoom:
                self.set_zoom(max_zoom)
            elif readable and self.zoom() < min_zoom:
                self.set_zoom(min_zoom)
                self.centerOn(self.scene().sceneRect().center().x(), self.scene().sceneRect().top())

    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def _get_centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def _set_centre(self, p: QPointF):
        # The pan animation sets its start value (where the view already is) when it starts:
        # re-centring there is a no-op that still costs a scroll-bar update.
        if (p - self._get_centre()).manhattanLength() >= 0.5:
            self.centerOn(p)

    centre = Property(QPointF, _get_centre, _set_centre)

    def follow_item(self, item, animate: bool = True):
        """Bring the active node into view when it is outside; leave the view alone otherwise."""
        if not self.follow or item is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        box = item.sceneBoundingRect()
        if visible.contains(box):
            return
        if animate:
            self._pan.stop()
            self._pan.setStartValue(self._get_centre())
            self._pan.setEndValue(box.center())
            self._pan.start()
        else:
            self.centerOn(item)

    def stop_animations(self):
        self._pan.stop()
