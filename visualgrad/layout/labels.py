"""A last pass over the labels a layout placed: move any that an edge runs through to free room nearby.

Both engines keep room for each edge label beside its edge, but dot's splines do not always respect
that room (short edges left to right cut through their own label's corner). This pass samples every
edge curve, and a label whose room a curve crosses, or that touches a node or another label, moves
to the nearest free spot on a small grid around it. Nothing else moves, so stepping stays still.
"""
from __future__ import annotations

import math

from .model import Layout

SPACING = 12.0  # a curve is tested as straight pieces about this long
STEP = 5.0  # grid of candidate spots, points
MAX_NODES = 1000  # beyond this the pass is skipped: a big graph's window must open fast
REACH = 24  # grid steps tried in each direction


def _cubic(p0, p1, p2, p3, t):
    s = 1 - t
    a, b, c, d = s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t
    return (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])


def curve_points(points: list, spacing: float = SPACING) -> list:
    """Points along a Bezier given as 1 + 3n control points, about `spacing` apart."""
    out = [points[0]]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i:i + 4]
        # The control polygon is at least as long as the curve: enough samples, never too few.
        reach = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
        n = max(2, min(4000, int(reach / spacing) + 1))
        out += [_cubic(p0, p1, p2, p3, j / n) for j in range(1, n + 1)]
    return out


def _box(cx, cy, w, h):
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _crosses(seg, box) -> bool:
    """Whether the segment a-b passes through the inside of box (Liang–Barsky clipping)."""
    (ax, ay), (bx, by) = seg
    x0, y0, x1, y1 = box
    dx, dy = bx - ax, by - ay
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo >= hi:
            return False
    return True


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

    def add_segment(self, a, b):
        self.add_box((a, b), (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))

    def near(self, box):
        xs, ys = self._span(box)
        for i in xs:
            for j in ys:
                yield from self.cells.get((i, j), ())


def settle_labels(lay: Layout) -> Layout:
    """Move labels an edge runs through (or that touch a node or label) to the nearest free spot."""
    labelled = [r for r in lay.edges.values() if r.label]
    if not labelled or len(lay.nodes) > MAX_NODES:
        return lay
    solid, dots = _Grid(), _Grid()
    for p in lay.nodes.values():
        solid.add_box(None, _box(p.x, p.y, p.width, p.height))
    for r in lay.edges.values():
        pts = curve_points(r.points)
        if r.arrow:
            pts.append(r.arrow)
        for a, b in zip(pts, pts[1:]):
            dots.add_segment(a, b)
    placed = {r.key: _box(*r.label) for r in labelled}
    for key, box in placed.items():
        solid.add_box(key, box)

    def free(key, box) -> bool:
        if box[0] < 0 or box[1] < 0 or box[2] > lay.width or box[3] > lay.height:
            return False
        if any(k != key and _hits(box, b) for k, b in solid.near(box)):
            return False
        return not any(_crosses(seg, box) for seg, _ in dots.near(box))

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
