"""Slide geometry: page aspects, which direction fills a slide better, how big the graph's text comes out,
and the focus view (the active node's neighbourhood, large, beside an overview) for graphs too big to read whole.

Sizes are in scene units. A slide is 1280 units wide (16:9) or 960 (4:3) and 720 high: PowerPoint's
13.333 × 7.5 in at 96 units per inch, i.e. a 540-pt-high page. Text drawn at `f` pt in the scene and
scaled by `k` onto a slide comes out at f·k·dpi/96 pt on that 540-pt slide (the scene's units are the
screen's pixels, metrics_dpi() per inch).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

ASPECTS = {"16:9": (1280.0, 720.0), "4:3": (960.0, 720.0)}
SLIDE_PAGES = tuple(ASPECTS)
PAGES = ("fit", *SLIDE_PAGES)
MIN_SLIDE_PT = 14.0  # graph text on a 540-pt-high slide, read from the back row
# Aimed a little above: Qt draws a fractional point size at a whole pixel size, up to ~4% smaller.
AIM_PT = MIN_SLIDE_PT * 1.04
MAX_UPSCALE = 3.0  # a small graph grows at most this much on a slide
OVERVIEW_SHARE = 0.26  # of the diagram area's width, for the overview beside a focus view
LABEL_SHARE = 0.85  # edge labels' size relative to the theme's (items.label_font)
CELL_SHARE = 0.72  # heat-map numbers' (items.NodeItem._paint_heatmaps)


def is_slide(page: str) -> bool:
    return page in ASPECTS


def smallest_text_pt(tl, theme) -> float:
    """The smallest font size the scene draws for this timeline, in points."""
    from ..canvas.items import heatmap_shape
    smallest = theme.font_size * LABEL_SHARE
    for info in tl.nodes.values():
        if info.value is not None and getattr(info.value, "ndim", 0) > 0 and heatmap_shape(info.value):
            return min(smallest, max(6.0, theme.font_size * CELL_SHARE))
    return smallest


def slide_pt(scale: float, smallest_pt: float, dpi: float) -> float:
    """Size on a 540-pt-high slide of text `smallest_pt` drawn at `scale` (diagram units per scene unit)."""
    return smallest_pt * scale * dpi / 96.0


def fit_scale(width: float, height: float, area_w: float, area_h: float) -> float:
    if width <= 0 or height <= 0:
        return MAX_UPSCALE
    return min(area_w / width, area_h / height, MAX_UPSCALE)


def split_area(area: QRectF, width: float, height: float) -> tuple[QRectF, QRectF]:
    """(focus, overview) for a width × height graph: a wide graph's overview is a band along the top,
    a tall one's a column on the right, whichever shows it larger."""
    gap = 12.0
    ow = area.width() * OVERVIEW_SHARE
    column = min(ow / width, area.height() / height)
    oh = min(area.height() * OVERVIEW_SHARE, area.width() * height / width)
    band = min(area.width() / width, oh / height)
    if band >= column:
        overview = QRectF(area.left(), area.top(), area.width(), oh)
        return QRectF(area.left(), overview.bottom() + gap, area.width(), area.height() - oh - gap), overview
    focus = QRectF(area.left(), area.top(), area.width() - ow - gap, area.height())
    return focus, QRectF(focus.right() + gap, area.top(), ow, area.height())


def focus_source(scene, k: int, target: QRectF, scale: float) -> QRectF:
    """The part of the scene a focus view shows at step k: centred on the active node and its neighbours,
    as much as fits `target` at `scale`, and never beyond the drawing."""
    from ...timeline.view import touched
    tl = scene.tl
    nodes, _ = touched(tl, k)
    step = tl.steps[k]
    if step.node is not None:  # the node at work, what feeds it and what it feeds
        nodes = set(nodes) | {c for c, info in tl.nodes.items() if step.node in info.inputs}
    box = QRectF()
    for nid in nodes:
        item = scene.nodes.get(nid)
        if item is not None:
            box = box.united(item.sceneBoundingRect())
        op = scene.ops.get(nid)
        if op is not None:
            box = box.united(op.sceneBoundingRect())
    whole = scene.sceneRect()
    if box.isEmpty():
        box = whole
    active = scene.nodes.get(step.node) if step.node is not None else None
    centre = active.sceneBoundingRect().center() if active is not None else box.center()
    w, h = target.width() / scale, target.height() / scale
    if box.width() <= w:  # the neighbourhood fits: centre on it, else on the active node
        centre.setX(box.center().x())
    if box.height() <= h:
        centre.setY(box.center().y())
    src = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
    # Slide it back inside the drawing, where it can.
    dx = max(0.0, whole.left() - src.left()) - max(0.0, src.right() - whole.right())
    dy = max(0.0, whole.top() - src.top()) - max(0.0, src.bottom() - whole.bottom())
    if w >= whole.width():
        dx = whole.center().x() - src.center().x()
    if h >= whole.height():
        dy = whole.center().y() - src.center().y()
    return src.translated(dx, dy)


class hidden_outside:
    """While drawing a focus view: text boxes not wholly inside `src` are hidden, never cut in half."""

    def __init__(self, scene, src: QRectF):
        self.scene, self.src = scene, src
        self.hidden = []

    def __enter__(self):
        from ..canvas.items import EdgeLabel, NodeItem, OpItem
        for item in self.scene.items():
            if isinstance(item, (NodeItem, OpItem, EdgeLabel)) and item.isVisible():
                r = item.sceneBoundingRect().adjusted(1, 1, -1, -1) if not isinstance(item, EdgeLabel) else \
                    item._rect.translated(item.pos())
                if not self.src.contains(r):
                    item.setVisible(False)
                    self.hidden.append(item)
        return self

    def __exit__(self, *exc):
        for item in self.hidden:
            item.setVisible(True)
