"""Geometry of what a scene shows as text: node boxes, op ellipses and edge labels, in scene coordinates.

Shared by the overlap tests: every text box, every step, must keep clear of every other one, of the
edges, and of the drawing's edge.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF


def text_boxes(scene) -> list[tuple[str, QRectF]]:
    """(what, rect) of every box that holds text at the scene's current step."""
    from visualgrad.qt.canvas.items import EdgeLabel, NodeItem, OpItem
    out = []
    for item in scene.items():
        if isinstance(item, (NodeItem, OpItem)):
            r = QRectF(-item.w / 2, -item.h / 2, item.w, item.h).translated(item.pos())
            out.append((f"node {getattr(item, 'title', getattr(item, 'symbol', ''))!r}", r))
        elif isinstance(item, EdgeLabel) and item.text and item.isVisible():
            out.append((f"label {item.text!r}", item._rect.translated(item.pos())))
    return out


def edge_samples(scene, n: int = 40) -> list[tuple[object, list]]:
    from visualgrad.qt.canvas.items import EdgeItem
    out = []
    for item in scene.items():
        if isinstance(item, EdgeItem):
            pts = [item.path.pointAtPercent(i / n) for i in range(n + 1)]
            out.append((item, pts))
    return out


def problems(scene, samples=None) -> list[str]:
    """What overlaps at the current step, in words; [] when nothing does."""
    boxes = text_boxes(scene)
    bad = []
    rect = scene.sceneRect()
    for i, (a, ra) in enumerate(boxes):
        if not rect.contains(ra):
            bad.append(f"{a} crosses the drawing's edge")
        for b, rb in boxes[i + 1:]:
            if ra.intersects(rb) and ra.intersected(rb).width() > 0.5 and ra.intersected(rb).height() > 0.5:
                bad.append(f"{a} overlaps {b}")
    labels = [(a, r.adjusted(1, 1, -1, -1)) for a, r in boxes if a.startswith("label")]
    for edge, pts in samples if samples is not None else edge_samples(scene):
        for a, r in labels:
            if any(r.contains(p) for p in pts):
                bad.append(f"an edge runs through {a}")
    return bad
