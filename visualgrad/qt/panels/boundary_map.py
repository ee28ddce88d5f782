"""The XOR network's decision-boundary map, as TensorFlow Playground draws it: the input square
coloured by the network's output (orange towards 0, blue towards 1), the 0.5 line, the four points."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n.retranslate import Retranslating

LOW, MID, HIGH = QColor("#f59322"), QColor("#e8eaeb"), QColor("#0877bd")  # Playground's own colours


def _mix(a: QColor, b: QColor, t: float) -> int:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t)).rgb()


_RAMP = [_mix(LOW, MID, k / 50) for k in range(50)] + [_mix(MID, HIGH, k / 50) for k in range(51)]


class BoundaryMap(Retranslating, QWidget):
    """set_network(params, points, targets): the map of A2 over [−0.5, 1.5]², redrawn at once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: np.ndarray | None = None
        self.points = self.targets = None
        self.image: QImage | None = None
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The network's output for every input (x₁, x₂): blue towards 1, orange "
                                "towards 0, the line where it is 0.5. The dots are the four XOR examples."))

    def sizeHint(self) -> QSize:
        return QSize(190, 190)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return w

    def set_network(self, params: dict, points: np.ndarray, targets: np.ndarray) -> None:
        from ...presets.xor import decision_map
        self.grid = decision_map(params)
        self.points, self.targets = np.atleast_2d(points), np.atleast_2d(targets)
        idx = np.clip(np.nan_to_num(self.grid, nan=0.5) * 100, 0, 100).astype(np.int32)
        n = self.grid.shape[0]
        img = QImage(n, n, QImage.Format_RGB32)  # one pixel per grid point, smoothly scaled up
        for r in range(n):
            for c in range(n):
                img.setPixel(c, r, _RAMP[idx[r, c]])
        self.image = img
        self.update()

    def _square(self) -> QRectF:
        m = 18.0  # room for the axis names
        side = max(10.0, min(self.width() - m - 4, self.height() - m - 4))
        return QRectF(m, 2, side, side)

    def paintEvent(self, event):
        if self.image is None:
            return
        from ...presets.xor import MAP_RANGE
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        sq = self._square()
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        half = sq.width() / (self.image.width() - 1) / 2  # pixel centres on the grid points
        p.save()
        p.setClipRect(sq)
        p.drawImage(sq.adjusted(-half, -half, half, half), self.image)
        p.restore()
        lo, hi = MAP_RANGE

        def at(x1, x2):
            return QPointF(sq.left() + (x1 - lo) / (hi - lo) * sq.width(),
                           sq.top() + (hi - x2) / (hi - lo) * sq.height())

        self._contour(p, sq)
        for k in range(self.points.shape[1]):
            y = float(self.targets[0, k])
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(HIGH if y >= 0.5 else LOW)
            p.drawEllipse(at(float(self.points[0, k]), float(self.points[1, k])), 7, 7)
        p.setPen(self.palette().color(self.foregroundRole()))
        f = QFont(self.font())
        p.setFont(f)
        p.drawText(QRectF(sq.left(), sq.bottom(), sq.width(), 16), Qt.AlignCenter, "x₁")
        p.save()
        p.translate(sq.left() - 4, sq.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-30, -16, 60, 16), Qt.AlignCenter, "x₂")
        p.restore()
        p.end()

    def _contour(self, p: QPainter, sq: QRectF) -> None:
        """The 0.5 line by marching squares: in each grid cell, the points where the output crosses 0.5
        on its edges (linearly interpolated), joined."""
        g = np.nan_to_num(self.grid, nan=0.5) - 0.5
        n = g.shape[0]
        step = sq.width() / (n - 1)

        def cross(r0, c0, r1, c1):
            a, b = g[r0, c0], g[r1, c1]
            t = a / (a - b)
            return QPointF(sq.left() + (c0 + (c1 - c0) * t) * step, sq.top() + (r0 + (r1 - r0) * t) * step)

        p.setPen(QPen(QColor("#222222"), 1.6))
        for r in range(n - 1):
            for c in range(n - 1):
                edges = ((r, c, r, c + 1), (r, c + 1, r + 1, c + 1), (r + 1, c + 1, r + 1, c), (r + 1, c, r, c))
                pts = [cross(*e) for e in edges if (g[e[0], e[1]] >= 0) != (g[e[2], e[3]] >= 0)]
                for k in range(0, len(pts) - 1, 2):
                    p.drawLine(pts[k], pts[k + 1])
