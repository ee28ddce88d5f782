"""Graphviz `-Tjson0` (or `-Tjson`) text -> Layout, in points, y down, origin at the top-left.

Graphviz answers in its own frame: y up, the drawing's bounding box `bb` maybe
not at 0,0, node sizes in inches, and an edge's `pos` as
"[s,x,y] [e,x,y] x,y x,y ..." where the `s,`/`e,` points are arrow tips, not
curve points. Everything is mapped back to the spec by the `id` attributes that
to_dot wrote ("n7", "e12"), never by name (names are escaped forms of the keys)
nor by plain JSON order (dot lists edges grouped by tail, not as written). If
ids are missing, nodes follow `_gvid` order and edges their endpoints.
"""
from __future__ import annotations

import json

from .model import GraphSpec, Layout, LayoutError, Placed, Route


def _garbage(message: str) -> LayoutError:
    return LayoutError(f"unreadable Graphviz output: {message}", "garbage")


def _point(text: str) -> tuple:
    x, y = text.split(",")  # ValueError on anything but "x,y"
    return float(x), float(y)


def _spline(pos: str, llx: float, ury: float) -> tuple:
    """(control points, end arrow tip or None) of an edge `pos`, flipped into our frame."""
    points: list = []
    arrow = None
    # Several ";"-separated splines only come with concentrate=true; join them anyway.
    for part in pos.split(";") if ";" in pos else (pos,):
        rest = part.strip()
        while rest[:2] in ("e,", "s,"):  # arrow tips lead; they are not curve points
            tok, _, rest = rest.partition(" ")
            if tok[0] == "e":  # an "s," start arrow we never ask for: skip it
                ax, ay = _point(tok[2:])
                arrow = (ax - llx, ury - ay)
            rest = rest.lstrip()
        if not rest:
            continue
        vals = rest.replace(",", " ").split()
        if len(vals) != 2 * (rest.count(",")) or len(vals) != 2 * len(rest.split()):
            raise ValueError(f"bad points in edge pos {part[:60]!r}")
        pts = [(float(a) - llx, ury - float(b)) for a, b in zip(vals[::2], vals[1::2])]
        if len(pts) % 3 != 1:  # not a Bezier (a polyline): make each segment a straight cubic
            pts = _polyline_to_bezier(pts)
        if points:  # bridge from the previous piece with a straight cubic
            points.extend(_polyline_to_bezier([points[-1], pts[0]])[1:])
            pts = pts[1:]
        points.extend(pts)
    if len(points) < 4:
        raise ValueError("an edge needs at least 4 control points")
    return points, arrow


def _polyline_to_bezier(pts: list) -> list:
    out = [pts[0]]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        out += [(x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3), (x0 + 2 * (x1 - x0) / 3, y0 + 2 * (y1 - y0) / 3), (x1, y1)]
    return out


def _index(obj: dict, prefix: str, fallback: int) -> int:
    ident = obj.get("id")
    if isinstance(ident, str) and ident.startswith(prefix) and ident[1:].isdigit():
        return int(ident[1:])
    return fallback


def parse_dot_json(text: str, spec: GraphSpec) -> Layout:
    """Read dot's JSON for `spec` (as written by to_dot); LayoutError if it is not that."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as e:
        raise _garbage(f"not JSON ({e})") from None
    if not isinstance(data, dict):
        raise _garbage("not a JSON object")
    try:
        return _read(data, spec)
    except LayoutError:
        raise
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as e:
        raise _garbage(f"{type(e).__name__}: {e}") from None


def _read(data: dict, spec: GraphSpec) -> Layout:
    llx, lly, urx, ury = (float(v) for v in data["bb"].split(","))

    def flip(p: tuple) -> tuple:
        return p[0] - llx, ury - p[1]

    # Subgraphs come first in "objects" and carry a "nodes" list; nodes never do.
    objs = [o for o in data.get("objects", []) if "nodes" not in o]
    if len(objs) != len(spec.nodes):
        raise _garbage(f"{len(objs)} nodes for {len(spec.nodes)} asked")
    placed: dict = {}
    spec_index: dict = {}  # Graphviz's node _gvid -> our node index
    for k, o in enumerate(objs):
        i = _index(o, "n", k)
        n = spec.nodes[i]
        if n.key in placed:
            raise _garbage(f"node {i} appears twice")
        spec_index[o.get("_gvid", k)] = i
        x, y = flip(_point(o["pos"]))
        # Sizes come back in inches; with fixedsize they are ours, so keep our exact numbers.
        w = float(o.get("width", n.width / 72.0)) * 72.0
        h = float(o.get("height", n.height / 72.0)) * 72.0
        if abs(w - n.width) < 0.01 and abs(h - n.height) < 0.01:
            w, h = n.width, n.height
        placed[n.key] = Placed(n.key, x, y, w, h)

    edges = data.get("edges", [])
    if len(edges) != len(spec.edges):
        raise _garbage(f"{len(edges)} edges for {len(spec.edges)} asked")
    # Graphviz lists edges grouped by tail, not in the order we wrote them, so the
    # id is what names an edge. Without ids, fall back to the endpoints: the k-th
    # JSON edge from a to b is the k-th spec edge from a to b (dot keeps that order).
    unnamed: dict = {}
    if any(_index(o, "e", -1) < 0 for o in edges):
        index = {n.key: i for i, n in enumerate(spec.nodes)}
        for i, e in enumerate(spec.edges):
            unnamed.setdefault((index[e.tail], index[e.head]), []).append(i)
        for queue in unnamed.values():
            queue.reverse()  # pop() from the end takes them in order
    routes: dict = {}
    for o in edges:
        i = _index(o, "e", -1)
        if i < 0:
            queue = unnamed.get((spec_index[o["tail"]], spec_index[o["head"]]))
            if not queue:
                raise _garbage("an edge that was not asked for")
            i = queue.pop()
        e = spec.edges[i]
        if e.key in routes:
            raise _garbage(f"edge {i} appears twice")
        points, arrow = _spline(o["pos"], llx, ury)
        label = (*flip(_point(o["lp"])), *e.label) if e.label and "lp" in o else None
        routes[e.key] = Route(e.key, points, arrow, label)
    return Layout(placed, routes, urx - llx, ury - lly, "dot")
