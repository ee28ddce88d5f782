"""The layout's data: what goes in (GraphSpec) and what comes out (Layout).

Every length is in points (1/72 inch). Coordinates are y-down with the origin at
the top-left corner of the drawing, so the Qt scene can use them as they are.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Graphviz's own defaults (0.25 in and 0.5 in), so both engines space alike.
DEFAULT_NODESEP = 18.0
DEFAULT_RANKSEP = 36.0
SHAPES = ("box", "ellipse")
DIRECTIONS = ("TB", "LR")


class LayoutError(Exception):
    """A layout could not be made.

    `reason` says what went wrong, so the fallback can tell the user in words:
    "missing" (no dot), "timeout", "failed" (dot crashed or exited non-zero),
    "garbage" (dot's output could not be read), "invalid" (a bad GraphSpec).
    """

    def __init__(self, message: str, reason: str = "failed"):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class LNode:
    key: str
    width: float
    height: float
    shape: str = "box"  # "box" | "ellipse"


@dataclass(frozen=True)
class LEdge:
    key: str
    tail: str  # tail -> head, keys of LNodes; several edges may join the same pair
    head: str
    # (width, height) of a label the layout must keep room for beside the edge, or None.
    # The caller sizes it for the longest text the edge will ever show, so the layout stays still.
    # Not part of equality: new numbers in the same graph are restyled in place while their labels
    # still fit the room laid out for them (the window asks scene.labels_fit).
    label: tuple | None = field(default=None, compare=False)


@dataclass
class GraphSpec:
    nodes: list
    edges: list
    direction: str = "TB"  # "TB" (ranks top to bottom) or "LR" (left to right)
    ranksep: float = DEFAULT_RANKSEP  # gap between ranks, points
    nodesep: float = DEFAULT_NODESEP  # gap between neighbours in a rank, points


@dataclass
class Placed:
    key: str
    x: float  # centre
    y: float
    width: float
    height: float


@dataclass
class Route:
    key: str
    points: list  # cubic Bezier control points, 1 + 3n of them, from tail to head
    arrow: tuple | None  # the arrowhead's tip; the curve stops at the arrow's base
    label: tuple | None = None  # (centre x, centre y, width, height) of the room kept for its label, if asked


@dataclass
class Layout:
    nodes: dict  # key -> Placed
    edges: dict  # key -> Route
    width: float
    height: float
    engine: str  # "dot" or "builtin"
    note: str = ""  # why the fallback was used, in the user's language


def validate(spec: GraphSpec) -> None:
    """Refuse a spec that no engine could honour, before any work is done."""
    if spec.direction not in DIRECTIONS:
        raise LayoutError(f"direction must be TB or LR, not {spec.direction!r}", "invalid")
    keys = set()
    for n in spec.nodes:
        if n.key in keys:
            raise LayoutError(f"duplicate node key {n.key!r}", "invalid")
        if n.shape not in SHAPES:
            raise LayoutError(f"node {n.key!r}: unknown shape {n.shape!r}", "invalid")
        if not (n.width >= 0 and n.height >= 0):  # also refuses NaN
            raise LayoutError(f"node {n.key!r}: bad size {n.width} x {n.height}", "invalid")
        keys.add(n.key)
    ekeys = set()
    for e in spec.edges:
        if e.key in ekeys:
            raise LayoutError(f"duplicate edge key {e.key!r}", "invalid")
        ekeys.add(e.key)
        if e.tail not in keys or e.head not in keys:
            raise LayoutError(f"edge {e.key!r} joins an unknown node", "invalid")
        if e.label is not None and not (len(e.label) == 2 and all(v >= 0 for v in e.label)):
            raise LayoutError(f"edge {e.key!r}: bad label size {e.label!r}", "invalid")
