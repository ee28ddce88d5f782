"""Scene items: value nodes (three rows, or heat maps for small tensors), op ellipses, edges.

Items hold their geometry and the last view they were given; every pixel they
paint comes from that view (the scene is a view of geometry + step state, docs/architecture.md).
"""
from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...fmt import format_number
from .theme import Theme

if TYPE_CHECKING:
    from ...timeline.view import EdgeView, NodeView

# numpy and the timeline are imported inside the functions that use them: this module is part of
# the window, which paints before they load (MainWindow quick start).

PAD = 6.0
# Heat-map cells large enough to read on a slide, with two significant digits (−0.14, −0.00032): the
# colour carries the size, the number the detail (was 40×15 with three digits: 7 pt, clipped).
CELL_W, CELL_H = 60.0, 21.0
CELL_DIGITS = 2
HEATMAP_MAX = 8  # tensors up to 8×8 are drawn cell by cell


LABEL_CLEAR = 3.0  # room kept around an edge label's box: its outline, and air to the next thing


def label_font(theme: Theme) -> QFont:
    """The edge labels' font (shared: never modify it)."""
    return _fonts(theme.font, theme.font_size * 0.85)[0]


WRAP_AT = 16  # characters: a longer "upstream × local = contribution" label takes two lines


def label_lines(text: str) -> str:
    """An edge label as drawn: a long chain of equalities breaks at the " = " nearest its middle,
    so the label is half as wide (its room sits between two ranks, where width is dear)."""
    if len(text) <= WRAP_AT or " = " not in text:
        return text
    cuts = [i for i in range(len(text)) if text.startswith(" = ", i)]
    i = min(cuts, key=lambda c: abs(2 * c - len(text)))
    return text[:i] + "\n" + text[i + 1:]


def label_box(text: str, fm: QFontMetricsF) -> tuple[float, float]:
    """Width and height of the box an edge label (as label_lines gives it) is drawn in."""
    lines = text.split("\n")
    return max(fm.horizontalAdvance(t) for t in lines) + 8, fm.height() * len(lines) + 2


def fonts(theme: Theme) -> tuple[QFont, QFont]:
    """The body and bold fonts of a theme: shared (every item of a big graph asks), so never modify them."""
    return _fonts(theme.font, theme.font_size)


@functools.lru_cache(maxsize=32)
def _fonts(family: str, size: float) -> tuple[QFont, QFont]:
    body = QFont(family)
    body.setPointSizeF(size)
    bold = QFont(body)
    bold.setBold(True)
    return body, bold


@functools.lru_cache(maxsize=32)
def _metrics(family: str, size: float) -> tuple[QFontMetricsF, QFontMetricsF, float]:
    """Bold and body metrics, and the narrowest a box may be (a number row such as −0.0000)."""
    body, bold = _fonts(family, size)
    fm = QFontMetricsF(body)
    return QFontMetricsF(bold), fm, fm.horizontalAdvance("−0.0000") * 1.3


def heatmap_shape(value) -> tuple[int, int] | None:
    if not hasattr(value, "ndim"):  # a Python number or list (values are arrays, nearly always)
        import numpy as np
        value = np.asarray(value)
    a = value
    if a.ndim == 1 and a.size <= HEATMAP_MAX:
        return 1, a.size
    if a.ndim == 2 and a.shape[0] <= HEATMAP_MAX and a.shape[1] <= HEATMAP_MAX:
        return a.shape
    return None


def node_size(title: str, texts: list[str], value, theme: Theme) -> tuple[float, float]:
    """Width and height in points, from the theme's font metrics (Graphviz only places the boxes)."""
    fb, fm, narrowest = _metrics(theme.font, theme.font_size)
    line = fm.height() * 1.25
    shape = heatmap_shape(value)
    width = max([fb.horizontalAdvance(title), narrowest] + [fm.horizontalAdvance(t) for t in texts if t])
    height = line * 3
    if shape is not None:  # a 1-d or 2-d tensor small enough for cells
        s = theme.font_size / 10.0
        # The numbers are drawn in the cells, so only the title and the grid decide the width.
        width = max(fb.horizontalAdvance(title), narrowest, shape[1] * CELL_W * s)
        height = line + 2 * (shape[0] * CELL_H * s) + line * 0.6
    return min(width, 320.0) + 2 * PAD, height + PAD


class NodeItem(QGraphicsItem):
    """A value node: name (and op when folded), value in blue, gradient in orange."""

    def __init__(self, node_id: int, title: str, role: str, width: float, height: float, theme: Theme):
        super().__init__()
        self.node_id = node_id
        self.title = title
        self.role = role
        self.w, self.h = width, height
        self.theme = theme
        self.view: NodeView | None = None
        self.tint: QColor | None = None
        self.body, self.bold = fonts(theme)
        self.line = _metrics(theme.font, theme.font_size)[1].height() * 1.25
        self.setFlag(QGraphicsItem.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        # Painting is Python; a cached pixmap makes unchanged nodes free to repaint.
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.mark: tuple | None = None  # a tensor's element to outline (the one practice asks for)

    def boundingRect(self) -> QRectF:
        m = 4.0 * self.theme.pen_scale
        return QRectF(-self.w / 2 - m, -self.h / 2 - m, self.w + 2 * m, self.h + 2 * m)

    def set_view(self, view: NodeView, tint: QColor | None = None):
        key = (view.value_text, view.grad_text, view.active, view.loss, view.warning, view.updated,
               view.value is None, view.grad is None, None if tint is None else tint.rgb())
        if key == getattr(self, "_key", None) and self.view is not None:
            self.view = view
            return
        self._key = key
        self.view, self.tint = view, tint
        self.update()

    def paint(self, p: QPainter, option, widget=None):
        th, v = self.theme, self.view
        rect = QRectF(-self.w / 2, -self.h / 2, self.w, self.h)
        fill = QColor(self.tint) if self.tint is not None else th.role_fill(self.role)
        if v is not None and v.value is None:
            fill.setAlphaF(0.45)
        active = v is not None and (v.active or self.isSelected())
        pen = QPen(QColor(th.accent if active else th.border), (3.0 if active else 1.2) * th.pen_scale)
        if v is not None and v.loss:
            pen = QPen(QColor(th.accent), 4.0 * th.pen_scale)
        p.setRenderHint(QPainter.Antialiasing)
        p.setPen(pen)
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(rect, 7, 7)
        body, bold, line = self.body, self.bold, self.line
        title_rect = QRectF(rect.left() + PAD, rect.top() + PAD / 2, rect.width() - 2 * PAD, line)
        p.setFont(bold)
        p.setPen(QColor(th.text))
        p.drawText(title_rect, Qt.AlignCenter, QFontMetricsF(bold).elidedText(self.title, Qt.ElideRight, title_rect.width()))
        if v is None:
            return
        shape = heatmap_shape(v.value if v.value is not None else 0.0)
        if shape is not None and v.value is not None:
            self._paint_heatmaps(p, rect, title_rect.bottom(), shape, body)
        else:
            self._paint_rows(p, rect, title_rect, line, body)
        if v.warning:
            self._paint_badge(p, rect, bold)

    def _paint_rows(self, p, rect, title_rect, line, body):
        th, v = self.theme, self.view
        fm = QFontMetricsF(body)
        p.setFont(body)
        width = rect.width() - 2 * PAD
        value_rect = title_rect.translated(0, line)
        grad_rect = value_rect.translated(0, line)
        p.setPen(QColor(th.value))
        p.drawText(value_rect, Qt.AlignCenter, fm.elidedText(v.value_text or "·", Qt.ElideRight, width))
        if v.grad_text:
            p.setPen(QColor(th.grad))
            p.drawText(grad_rect, Qt.AlignCenter, fm.elidedText("∇ " + v.grad_text, Qt.ElideRight, width))
        p.setPen(QPen(QColor(th.pending), 0.8 * th.pen_scale))
        p.drawLine(QPointF(rect.left() + 3, value_rect.top()), QPointF(rect.right() - 3, value_rect.top()))

    def _paint_heatmaps(self, p, rect, top, shape, body):
        """A small tensor drawn as two heat maps: values, then gradients (once known)."""
        th, v = self.theme, self.view
        s = th.font_size / 10.0
        cw, ch = CELL_W * s, CELL_H * s
        small = QFont(body)
        small.setPointSizeF(max(7.0, th.font_size * 0.85))
        p.setFont(small)
        import numpy as np
        grids = [(np.atleast_2d(v.value), QColor(th.value))]
        # A gradient of another shape (a group's summary) has no cells here: an exception inside
        # paint() during QGraphicsScene.render ends the process, so it is left out instead.
        if v.grad is not None and np.shape(np.atleast_2d(v.grad)) == np.shape(grids[0][0]):
            grids.append((np.atleast_2d(v.grad), QColor(th.grad)))
        y = top + 2
        for grid, pen_colour in grids:
            finite = grid[np.isfinite(grid)]
            scale = float(np.max(np.abs(finite))) if finite.size else 1.0
            x0 = rect.center().x() - shape[1] * cw / 2
            for r in range(shape[0]):
                for c in range(shape[1]):
                    cell = QRectF(x0 + c * cw, y + r * ch, cw, ch)
                    val = float(grid[r, c])
                    p.setPen(QPen(QColor(th.background), 1.0))
                    p.setBrush(th.signed(val, scale))
                    p.drawRect(cell)
                    p.setPen(QColor(th.text))
                    p.drawText(cell, Qt.AlignCenter, format_number(val, CELL_DIGITS))
            p.setPen(QPen(pen_colour, 2.0 * th.pen_scale))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(x0, y, shape[1] * cw, shape[0] * ch))
            if self.mark is not None:  # the element asked for, outlined in every grid shown
                r, c = (0, self.mark[0]) if len(self.mark) == 1 else self.mark[:2]
                p.setPen(QPen(QColor(th.accent), 2.5 * th.pen_scale))
                p.drawRect(QRectF(x0 + c * cw, y + r * ch, cw, ch))
            y += shape[0] * ch + 0.3 * ch

    def mousePressEvent(self, event):
        # The lower part of a box holds its gradient (the third row, or the second heat map).
        v = self.view
        if v is not None and v.grad is not None and event.pos().y() > self._grad_top() \
                and self.scene() is not None and hasattr(self.scene(), "gradientClicked"):
            self.scene().gradientClicked.emit(self.node_id)
        super().mousePressEvent(event)

    def _grad_top(self) -> float:
        top = -self.h / 2 + PAD / 2 + self.line
        shape = heatmap_shape(self.view.value) if self.view.value is not None else None
        if shape is None:
            return top + self.line * 0.9
        s = self.theme.font_size / 10.0
        return top + 2 + (shape[0] + 0.3) * CELL_H * s

    def _paint_badge(self, p, rect, bold):
        th = self.theme
        r = 8.0 * th.pen_scale
        centre = QPointF(rect.right() - r - 3, rect.top() + r + 3)  # inside the box: never clipped
        p.setPen(QPen(QColor("#ffffff"), 1.5))
        p.setBrush(QColor(th.warning))
        p.drawEllipse(centre, r, r)
        p.setPen(QColor("#ffffff"))
        p.setFont(bold)
        p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignCenter, "!")


class OpItem(QGraphicsItem):
    """The operation as its own small ellipse (micrograd's convention)."""

    def __init__(self, node_id: int, symbol: str, width: float, height: float, theme: Theme):
        super().__init__()
        self.node_id = node_id
        self.symbol = symbol
        self.w, self.h = width, height
        self.theme = theme
        self.active = False
        self.done = False
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.w / 2 - 3, -self.h / 2 - 3, self.w + 6, self.h + 6)

    def set_state(self, active: bool, done: bool):
        if (active, done) != (self.active, self.done):
            self.active, self.done = active, done
            self.update()

    def paint(self, p: QPainter, option, widget=None):
        th = self.theme
        p.setRenderHint(QPainter.Antialiasing)
        fill = QColor(th.op_fill)
        if not self.done:
            fill.setAlphaF(0.5)
        p.setBrush(fill)
        p.setPen(QPen(QColor(th.accent if self.active else th.border), (2.6 if self.active else 1.0) * th.pen_scale))
        p.drawEllipse(QRectF(-self.w / 2, -self.h / 2, self.w, self.h))
        body, bold = fonts(th)
        p.setFont(bold)
        p.setPen(QColor(th.text))
        p.drawText(QRectF(-self.w / 2, -self.h / 2, self.w, self.h), Qt.AlignCenter, self.symbol)


def _same_width(magnitude: float) -> float:
    return 1.2


@functools.cache
def _pending() -> EdgeView:
    """The view of an edge no step has reached (EdgeView is frozen, so one is shared)."""
    from ...timeline.view import EdgeView
    return EdgeView("pending", False, "", 0.0)


def bezier_path(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for i in range(1, len(points) - 2, 3):
        path.cubicTo(QPointF(*points[i]), QPointF(*points[i + 1]), QPointF(*points[i + 2]))
    if len(points) == 2:
        path.lineTo(QPointF(*points[1]))
    return path


class EdgeItem(QGraphicsItem):
    """A Bézier edge with an arrowhead; dashed and orange once blame flows back along it."""

    def __init__(self, key, points, arrow, theme: Theme, label=None):
        super().__init__()
        self.key = key
        self.theme = theme
        self.view = _pending()
        self.width_for = _same_width
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.label_at = None
        self.hug = False  # labels start at the left of their room (set by the scene, top to bottom)
        if points is not None:
            self.set_route(points, arrow, label)
        # The label box is made the first time there is something to write: most edges of a big
        # graph have none until the backward pass reaches them, and a scene of thousands builds faster.
        self.labelled = False  # whether this edge writes what it carries (the scene's input edges)
        self.label_item: EdgeLabel | None = None

    def set_route(self, points, arrow, label=None):
        """Where the edge runs (from the layout); an edge made before its layout arrived gets it here.

        `label` is the centre of the room the layout kept for this edge's label, if it kept any.
        """
        self.prepareGeometryChange()
        self.label_at = QPointF(label[0], label[1]) if label else None
        self.label_room = float(label[2]) if label else 0.0
        self.path = bezier_path(points)
        end = QPointF(*points[-1])
        self.tip = QPointF(*arrow) if arrow else end
        self.base = end if arrow else self.path.pointAtPercent(0.97)
        self._bounds = self.path.boundingRect().united(QRectF(self.tip, self.tip)).adjusted(-8, -8, 8, 8)
        if getattr(self, "label_item", None) is not None:
            self.label_item.setPos(self.label_point())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_view(self, view: EdgeView):
        if view != self.view:
            self.view = view
            self.update()
        if self.label_item is None:
            if not (view.label and self.labelled):
                return
            # Top to bottom, the layout keeps the room to the right of the edge: the label starts at
            # the room's left, beside its edge, whatever the length of this step's text.
            self.label_item = EdgeLabel(self.theme, self.label_point(), self.label_room if self.hug else 0.0)
            self.label_item.setCacheMode(self.cacheMode())  # none in an export: files get vectors
            if self.scene() is not None:
                self.scene().addItem(self.label_item)
        self.label_item.set_text(view.label, view.mode, view.active)

    def label_point(self) -> QPointF:
        # The layout's reserved room; without one (an older layout), the middle of the curve.
        return self.label_at if self.label_at is not None else self.path.pointAtPercent(0.5)

    def paint(self, p: QPainter, option, widget=None):
        th, v = self.theme, self.view
        p.setRenderHint(QPainter.Antialiasing)
        if v.mode == "backward":
            colour = QColor(th.accent if v.active else th.backward)
            width = self.width_for(v.magnitude) * th.pen_scale
            pen = QPen(colour, width, Qt.DashLine)
        elif v.mode == "forward":
            colour = QColor(th.accent if v.active else th.edge)
            pen = QPen(colour, (2.4 if v.active else 1.3) * th.pen_scale)
        else:
            colour = QColor(th.pending)
            pen = QPen(colour, 1.0 * th.pen_scale, Qt.DotLine)
        pen.setCapStyle(Qt.FlatCap)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawPath(self.path)
        self._arrow(p, colour, pen.widthF())

    def _arrow(self, p, colour, width):
        dx, dy = self.tip.x() - self.base.x(), self.tip.y() - self.base.y()
        n = math.hypot(dx, dy) or 1.0
        ux, uy = dx / n, dy / n
        size = 7.0 + width
        back = QPointF(self.tip.x() - ux * size, self.tip.y() - uy * size)
        left = QPointF(back.x() - uy * size * 0.45, back.y() + ux * size * 0.45)
        right = QPointF(back.x() + uy * size * 0.45, back.y() - ux * size * 0.45)
        p.setPen(QPen(colour, 1.0))
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([self.tip, left, right]))



class EdgeLabel(QGraphicsItem):
    """What an edge carries, in a small box above everything else (the moving dots included)."""

    def __init__(self, theme: Theme, centre: QPointF, room: float = 0.0):
        super().__init__()
        self.theme = theme
        self.room = room
        self.text, self.mode, self.active = "", "pending", False
        self.lines = ""
        self.setPos(centre)
        self.setZValue(6)
        self.font = label_font(theme)  # shared: never modified
        self._rect = QRectF()
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def set_text(self, text: str, mode: str, active: bool):
        if (text, mode, active) == (self.text, self.mode, self.active):
            return
        self.prepareGeometryChange()
        self.text, self.mode, self.active = text, mode, active
        self.lines = label_lines(text)
        self._rect = self._rect_for(self.lines) if text else QRectF()
        self.update()

    def _rect_for(self, lines: str) -> QRectF:
        """The box these lines are drawn in, relative to the label's position."""
        w, h = label_box(lines, QFontMetricsF(self.font))
        left = -self.room / 2 + LABEL_CLEAR if self.room else -w / 2
        return QRectF(left, -h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, p: QPainter, option, widget=None):
        if not self.text:
            return
        th = self.theme
        colour = QColor(th.accent if self.active else (th.backward if self.mode == "backward" else th.edge))
        bg = QColor(th.background)
        bg.setAlphaF(0.92)
        p.setRenderHint(QPainter.Antialiasing)
        p.setPen(QPen(colour, (1.6 if self.active else 0.8) * th.pen_scale))
        p.setBrush(bg)
        p.drawRoundedRect(self._rect, 3, 3)
        p.setFont(self.font)
        p.setPen(QColor(th.grad if self.mode == "backward" else th.value))
        p.drawText(self._rect, Qt.AlignCenter, self.lines)
