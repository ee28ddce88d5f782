"""A last pass over the labels a layout placed: move any that an edge runs through to free room nearby.

Both engines keep room for each edge label beside its edge, but dot's splines do not always respect
that room (short edges left to right cut through their own label's corner). This pass samples every
edge curve, and a label whose room a curve crosses, or that touches a node or another label, moves
to the nearest free spot on a small grid around it. Nothing else moves, so stepping stays still.
"""
from __future__ import annotations

from .model import Layout

SAMPLES = 24  # points per cubic piece
STEP = 4.0  # grid of candidate spots, points
REACH = 30  # grid steps tried in each direction


def _cubic(p0, p1, p2, p3, t):
    s = 1 - t
    a, b, c, d = s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t
    return (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])


def curve_points(points: list, samples: int = SAMPLES) -> list:
    """Points along a Bezier given as 1 + 3n control points."""
    out = [points[0]]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i:i + 4]
        out += [_cubic(p0, p1, p2, p3, j / samples) for j in range(1, samples + 1)]
    return out


def _box(cx, cy, w, h):
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _hits(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


CELL = 48.0  # buckets of the spatial index


class _Grid:
    """Boxes and points bucketed by CELL, so a query looks only at what is near (big graphs have thousands)."""

    def __init__(self):
        self.cells: dict = {}

    def _span(self, box):
        return (range(int(box[0] // CELL), int(box[2] // CELL) + 1), range(int(box[1] // CELL), int(box[3] // CELL) + 1))

    def add_box(self, key, box):
        xs, ys = self._span(box)
        for i in xs:
            for j in ys:
                self.cells.setdefault((i, j), []).append((key, box))

    def remove_box(self, key, box):
        xs, ys = self._span(box)
        for i in xs:
            for j in ys:
                self.cells[(i, j)].remove((key, box))

    def add_point(self, p):
        self.cells.setdefault((int(p[0] // CELL), int(p[1] // CELL)), []).append((None, p))

    def near(self, box):
        xs, ys = self._span(box)
        for i in xs:
            for j in ys:
                yield from self.cells.get((i, j), ())


def settle_labels(lay: Layout) -> Layout:
    """Move labels an edge runs through (or that touch a node or label) to the nearest free spot."""
    labelled = [r for r in lay.edges.values() if r.label]
    if not labelled:
        return lay
    solid, dots = _Grid(), _Grid()
    for p in lay.nodes.values():
        solid.add_box(None, _box(p.x, p.y, p.width, p.height))
    for r in lay.edges.values():
        for q in curve_points(r.points):
            dots.add_point(q)
        if r.arrow:
            dots.add_point(r.arrow)
    placed = {r.key: _box(*r.label) for r in labelled}
    for key, box in placed.items():
        solid.add_box(key, box)

    def free(key, box) -> bool:
        if box[0] < 0 or box[1] < 0 or box[2] > lay.width or box[3] > lay.height:
            return False
        if any(k != key and _hits(box, b) for k, b in solid.near(box)):
            return False
        x0, y0, x1, y1 = box
        return not any(x0 < x < x1 and y0 < y < y1 for _, (x, y) in dots.near(box))

    spots = sorted(((dx * STEP, dy * STEP) for dx in range(-REACH, REACH + 1) for dy in range(-REACH, REACH + 1)),
                   key=lambda d: d[0] * d[0] + d[1] * d[1])
    for r in labelled:
        if free(r.key, placed[r.key]):
            continue
        cx, cy, w, h = r.label
        for dx, dy in spots[1:]:
            box = _box(cx + dx, cy + dy, w, h)
            if free(r.key, box):
                solid.remove_box(r.key, placed[r.key])
                solid.add_box(r.key, box)
                r.label = (cx + dx, cy + dy, w, h)
                placed[r.key] = box
                break
    return lay
