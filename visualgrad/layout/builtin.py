"""The built-in layered layout: the fallback when Graphviz is missing or fails.

layering.py decides ranks and the order within each rank; this module turns that
into geometry in the same convention as the dot path (points, centres, y down,
origin top-left) and draws each edge as cubic Beziers from the tail's bottom to
the head's top (right side to left side in LR), with an arrowhead point.

Everything is worked out in a top-to-bottom frame where "across" runs along a
rank and "along" runs from rank to rank; LR just swaps the axes at the end.
"""
from __future__ import annotations

import math

from . import layering
from .model import GraphSpec, Layout, Placed, Route, validate

ARROW = 10.0  # the arrowhead's length, as Graphviz draws it at arrowsize=1
PORT_GAP = 14.0  # ideal distance between two edge ends on the same side of a node
LOOP = 24.0  # how far a self-loop reaches out of its node
LABEL_GAP = 6.0  # between a labelled edge and its label
PASSES = ("down", "up", "down", "up", "both", "both")
# Graphviz's trick: straight long edges matter more than short ones, so a dummy
# pulls harder on its neighbours' positions than a real node does.
# Indexed by how many of the two ends are real nodes.
_OMEGA = (8.0, 2.0, 1.0)


def _isotonic(targets: list, weights: list) -> list:
    """Weighted least-squares non-decreasing fit (pool adjacent violators), O(n)."""
    means: list = []
    ws: list = []
    counts: list = []
    for t, w in zip(targets, weights):
        m, ww, c = t, w, 1
        while means and means[-1] > m:
            pm, pw, pc = means.pop(), ws.pop(), counts.pop()
            m = (pm * pw + m * ww) / (pw + ww)
            ww += pw
            c += pc
        means.append(m)
        ws.append(ww)
        counts.append(c)
    out: list = []
    for m, c in zip(means, counts):
        out.extend([m] * c)
    return out


def _place_across(g: layering.Layered, across: list, extra: list, sep: float, solid=frozenset()) -> list:
    """Centre of each vertex along its rank: near its neighbours, never overlapping.

    `solid` dummies hold a label: they keep a real node's distance from their neighbours.
    """
    n = g.n
    x = [0.0] * len(g.rank)

    def gap(a: int, b: int) -> float:  # centre-to-centre minimum between neighbours a, b
        s = sep if (a < n or b < n or a in solid or b in solid) else sep / 2  # long-edge lanes may run closer
        return across[a] / 2 + extra[a] + across[b] / 2 + s

    offsets = []  # per layer: cumulative minimum offsets, the constraint of the fit
    for layer in g.layers:
        c = [0.0] * len(layer)
        for i in range(1, len(layer)):
            c[i] = c[i - 1] + gap(layer[i - 1], layer[i])
        offsets.append(c)
        for v, cv in zip(layer, c):
            x[v] = cv

    R = len(g.layers)
    up, down = g.up, g.down
    # A pass costs a walk over every vertex; big graphs get fewer, and they hardly need more.
    passes = PASSES if len(x) < 20000 else PASSES[:4]
    for how in passes:
        if how == "down":
            order, sides = range(1, R), (up,)
        elif how == "up":
            order, sides = range(R - 2, -1, -1), (down,)
        else:
            order, sides = range(R), (up, down)
        for r in order:
            layer = g.layers[r]
            desired = []
            weights = []
            for v in layer:
                s = w = 0.0
                real = v < n
                for nbrs in sides:
                    for u in nbrs[v]:
                        o = _OMEGA[real + (u < n)]
                        s += o * x[u]
                        w += o
                if w:
                    desired.append(s / w)
                    weights.append(w)
                else:  # nothing pulls it: stay, and give way easily
                    desired.append(x[v])
                    weights.append(0.1)
            if len(layer) == 1:  # nothing to keep apart: go straight to the neighbours
                x[layer[0]] = desired[0]
                continue
            c = offsets[r]
            fit = _isotonic([d - ci for d, ci in zip(desired, c)], weights)
            for v, y, ci in zip(layer, fit, c):
                x[v] = y + ci
    left = min((x[v] - across[v] / 2 for v in range(len(x))), default=0.0)
    if left:  # the drawing starts at 0
        x = [xv - left for xv in x]
    return x


def _ports(count: int, size: float) -> list:
    """Offsets from the centre of `count` edge ends spread along a side of length `size`."""
    if count == 1:
        return [0.0]
    spread = min(0.6 * size, (count - 1) * PORT_GAP)
    return [-spread / 2 + j * spread / (count - 1) for j in range(count)]


def _side_point(cx: float, cy: float, off: float, across: float, along: float, ellipse: bool, sign: int) -> tuple:
    """Where an edge leaves the bottom (sign 1) or top (sign -1) of a node, `off` from its centre."""
    half = along / 2
    if ellipse and across > 0:
        half *= math.sqrt(max(0.0, 1.0 - (2 * off / across) ** 2))
    return cx + off, cy + sign * half


def _bezier(waypoints: list) -> list:
    """Cubic pieces through the waypoints, leaving and arriving along the rank axis."""
    pts = [waypoints[0]]
    for (ax, ay), (bx, by) in zip(waypoints, waypoints[1:]):
        d = (by - ay) / 2
        pts += [(ax, ay + d), (bx, by - d), (bx, by)]
    return pts


def builtin_layout(spec: GraphSpec) -> Layout:
    """A layered layout in pure Python: no Graphviz, same units and conventions."""
    validate(spec)
    lr = spec.direction == "LR"
    nodes = spec.nodes
    n = len(nodes)
    index = {nd.key: i for i, nd in enumerate(nodes)}
    pairs = [(index[e.tail], index[e.head]) for e in spec.edges]
    labelled = any(e.label for e in spec.edges)
    g = layering.reduce_crossings(layering.build(n, pairs, stretch=2 if labelled else 1))
    V = len(g.rank)

    # Sizes in the top-to-bottom frame; dummies are points, except one per labelled edge,
    # which is as big as the label plus the edge's lane beside it (dot's way of keeping room).
    across = [0.0] * V
    along = [0.0] * V
    for i, nd in enumerate(nodes):
        across[i], along[i] = (nd.height, nd.width) if lr else (nd.width, nd.height)
    holder = _label_holders(spec, g, across, along, lr) if labelled else {}
    loop_count = [0] * n
    for i in g.loops:
        loop_count[pairs[i][0]] += 1
    extra = [0.0] * V
    for v in range(n):
        if loop_count[v]:
            extra[v] = LOOP * (1 + 0.5 * (loop_count[v] - 1)) + 4
    x = _place_across(g, across, extra, spec.nodesep, set(holder.values()))

    y = [0.0] * V
    span = {}  # dummy -> half the thickness of its layer, in layers that hold labels
    top = 0.0
    for layer in g.layers:
        thick = along[layer[0]] if len(layer) == 1 else max((along[v] for v in layer), default=0.0)
        for v in layer:
            y[v] = top + thick / 2
        if holder and thick and all(v >= n for v in layer):
            span.update((v, thick / 2) for v in layer)
        top += thick + spec.ranksep

    # A labelled edge runs down the near side of its holder; the label fills the rest.
    lane = {d: x[d] - across[d] / 2 for d in holder.values()}
    routes = _routes(spec, g, pairs, x, y, across, along, lr, lane, span)
    for i, d in holder.items():
        lx, ly = lane[d] + LABEL_GAP + (across[d] - LABEL_GAP) / 2, y[d]
        routes[spec.edges[i].key].label = (ly, lx, *spec.edges[i].label) if lr else (lx, ly, *spec.edges[i].label)
    placed = {}
    for i, nd in enumerate(nodes):
        cx, cy = (y[i], x[i]) if lr else (x[i], y[i])
        placed[nd.key] = Placed(nd.key, cx, cy, nd.width, nd.height)
    return _normalised(placed, routes)


def _label_holders(spec: GraphSpec, g: layering.Layered, across: list, along: list, lr: bool) -> dict:
    """Edge index -> the dummy (the middle one of its chain) that keeps room for its label."""
    holder = {}
    for i, e in enumerate(spec.edges):
        chain = g.chains[i]
        if not e.label or chain is None or len(chain) < 3:
            continue  # a self-loop, or a long edge beyond the dummy budget: no room to keep
        # The dummy nearest the middle in a rank of dummies only (an odd rank, the ranks being
        # stretched): there every edge runs straight, so none crosses the label.
        odd = [c for c in chain[1:-1] if g.rank[c] % 2]
        if not odd:
            continue
        d = min(odd, key=lambda c: abs(2 * chain.index(c) - len(chain) + 1))
        w, h = e.label
        across[d], along[d] = ((h, w) if lr else (w, h))
        across[d] += LABEL_GAP
        holder[i] = d
    return holder


def _routes(spec: GraphSpec, g: layering.Layered, pairs: list, x: list, y: list, across: list, along: list,
            lr: bool, lane: dict | None = None, span: dict | None = None) -> dict:
    """Every edge's Bezier, worked out top to bottom and turned to the final frame."""
    n = g.n
    ellipse = [nd.shape == "ellipse" for nd in spec.nodes]
    # Each node's edge ends, sorted by where the other end lies, so they do not cross at the node.
    outs: list = [[] for _ in range(n)]
    ins: list = [[] for _ in range(n)]
    for i, chain in enumerate(g.chains):
        if chain is None:
            continue  # a self-loop
        outs[chain[0]].append((x[chain[1]], i))
        ins[chain[-1]].append((x[chain[-2]], i))
    m = len(g.chains)
    start: list = [None] * m
    end: list = [None] * m
    for v in range(n):
        for side, table, sign in ((outs[v], start, 1), (ins[v], end, -1)):
            if len(side) == 1:  # the common case: the middle of the side
                table[side[0][1]] = (x[v], y[v] + sign * along[v] / 2)
            elif side:
                side.sort()
                for off, (_, i) in zip(_ports(len(side), across[v]), side):
                    table[i] = _side_point(x[v], y[v], off, across[v], along[v], ellipse[v], sign)

    routes: dict = {}
    edges = spec.edges
    for i, chain in enumerate(g.chains):
        if chain is None:
            continue
        key = edges[i].key
        if len(chain) == 2 and not g.reversed[i]:  # one rank down: a single cubic
            (ax, ay), (tx, ty) = start[i], end[i]
            d = ty - ay
            by = ty - (ARROW if d >= 2 * ARROW else d / 2)  # the curve stops where the arrowhead starts
            h = (by - ay) / 2
            pts = [(ax, ay), (ax, ay + h), (tx, by - h), (tx, by)]
            tip = (tx, ty)
        else:
            way = [start[i]]
            for d in chain[1:-1]:
                # Through a layer of labels every edge runs straight (a labelled one down its label's
                # side), so no curve swings into a label; the curves bend in the gaps between layers.
                half = span.get(d, 0.0) if span else 0.0
                xd = lane[d] if lane and d in lane else x[d]
                way += [(xd, y[d] - half), (xd, y[d] + half)] if half else [(xd, y[d])]
            way.append(end[i])
            if g.reversed[i]:  # laid out upside down to break a cycle; drawn tail to head
                way.reverse()
            tip = way[-1]
            dy = tip[1] - way[-2][1]
            back = math.copysign(min(ARROW, abs(dy) / 2), dy) if dy else 0.0
            way[-1] = (tip[0], tip[1] - back)
            pts = _bezier(way)
        routes[key] = Route(key, [(b, a) for a, b in pts], (tip[1], tip[0])) if lr else Route(key, pts, tip)

    seen = [0] * n
    for i in g.loops:
        v = pairs[i][0]
        s = 1 + 0.5 * seen[v]
        seen[v] += 1
        r = _loop(spec.edges[i].key, x[v], y[v], across[v], along[v], ellipse[v], s)
        if lr:
            r.points, r.arrow = [(b, a) for a, b in r.points], (r.arrow[1], r.arrow[0])
        routes[r.key] = r
    return routes


def _loop(key: str, cx: float, cy: float, w: float, h: float, ellipse: bool, s: float) -> Route:
    """A self-loop on the node's far side across the ranks (right in TB)."""
    dy = h / 6
    right = cx + w / 2 * (math.sqrt(1 - (2 * dy / h) ** 2) if ellipse and h > 0 else 1.0)
    reach = LOOP * s
    pts = [
        (right, cy - dy),
        (right + reach, cy - dy - reach / 2),
        (right + reach, cy + dy + reach / 2),
        (right + ARROW, cy + dy),
    ]
    return Route(key, pts, (right, cy + dy))


def _normalised(placed: dict, routes: dict) -> Layout:
    """Shift everything so the drawing's bounding box starts at 0,0."""
    if not placed:
        return Layout({}, {}, 0.0, 0.0, "builtin")
    inf = float("inf")
    x0 = y0 = inf
    x1 = y1 = -inf
    for p in placed.values():
        hw, hh = p.width / 2, p.height / 2
        if p.x - hw < x0:
            x0 = p.x - hw
        if p.x + hw > x1:
            x1 = p.x + hw
        if p.y - hh < y0:
            y0 = p.y - hh
        if p.y + hh > y1:
            y1 = p.y + hh
    # A Bezier stays inside the hull of its control points; an arrow tip lies on a node.
    for r in routes.values():
        for px, py in r.points:
            if px < x0:
                x0 = px
            elif px > x1:
                x1 = px
            if py < y0:
                y0 = py
            elif py > y1:
                y1 = py
    for r in routes.values():
        c = r.label
        if c is not None:
            w, h = c[2], c[3]
            x0, x1 = min(x0, c[0] - w / 2), max(x1, c[0] + w / 2)
            y0, y1 = min(y0, c[1] - h / 2), max(y1, c[1] + h / 2)
    if x0 or y0:  # only self-loops and labels reach past the nodes' box; usually nothing moves
        for p in placed.values():
            p.x -= x0
            p.y -= y0
        for r in routes.values():
            r.points = [(a - x0, b - y0) for a, b in r.points]
            if r.arrow:
                r.arrow = (r.arrow[0] - x0, r.arrow[1] - y0)
            if r.label:
                r.label = (r.label[0] - x0, r.label[1] - y0, *r.label[2:])
    return Layout(placed, routes, x1 - x0, y1 - y0, "builtin")
