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
PASSES = ("down", "up", "down", "up", "both", "both")
# Graphviz's trick: straight long edges matter more than short ones, so a dummy
# pulls harder on its neighbours' positions than a real node does.
_OMEGA = {(True, True): 1.0, (True, False): 2.0, (False, True): 2.0, (False, False): 8.0}


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


def _place_across(g: layering.Layered, across: list, extra: list, sep: float) -> list:
    """Centre of each vertex along its rank: near its neighbours, never overlapping."""
    n = g.n
    x = [0.0] * len(g.rank)

    def gap(a: int, b: int) -> float:  # centre-to-centre minimum between neighbours a, b
        s = sep if (a < n or b < n) else sep / 2  # long-edge lanes may run closer
        return across[a] / 2 + extra[a] + across[b] / 2 + s

    offsets = []  # per layer: cumulative minimum offsets, the constraint of the fit
    for layer in g.layers:
        c = [0.0] * len(layer)
        for i in range(1, len(layer)):
            c[i] = c[i - 1] + gap(layer[i - 1], layer[i])
        offsets.append(c)
        for v, cv in zip(layer, c):
            x[v] = cv

    # Each vertex's neighbours with their pull, worked out once for all passes.
    def weighted(nbrs: list) -> list:
        return [[(u, _OMEGA[(v < n, u < n)]) for u in nbrs[v]] for v in range(len(nbrs))]

    upw, downw = weighted(g.up), weighted(g.down)
    both = [a + b for a, b in zip(upw, downw)]
    totals = {id(p): [sum(o for _, o in q) for q in p] for p in (upw, downw, both)}
    R = len(g.layers)
    # A pass costs a walk over every vertex; big graphs get fewer, and they hardly need more.
    passes = PASSES if len(x) < 20000 else PASSES[:4]
    for how in passes:
        if how == "down":
            order, pull = range(1, R), upw
        elif how == "up":
            order, pull = range(R - 2, -1, -1), downw
        else:
            order, pull = range(R), both
        total = totals[id(pull)]
        for r in order:
            layer = g.layers[r]
            if len(layer) == 1:  # nothing to keep apart: go straight to the neighbours
                v = layer[0]
                p = pull[v]
                if len(p) == 1:  # a chain: the commonest case in a long graph
                    x[v] = x[p[0][0]]
                elif p:
                    x[v] = sum(o * x[u] for u, o in p) / total[v]
                continue
            desired = []
            weights = []
            for v in layer:
                p = pull[v]
                if p:
                    w = total[v]
                    desired.append(sum(o * x[u] for u, o in p) / w)
                    weights.append(w)
                else:  # nothing pulls it: stay, and give way easily
                    desired.append(x[v])
                    weights.append(0.1)
            c = offsets[r]
            fit = _isotonic([d - ci for d, ci in zip(desired, c)], weights)
            for v, y, ci in zip(layer, fit, c):
                x[v] = y + ci
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
    g = layering.reduce_crossings(layering.build(n, pairs))
    V = len(g.rank)

    # Sizes in the top-to-bottom frame; dummies are points.
    across = [0.0] * V
    along = [0.0] * V
    for i, nd in enumerate(nodes):
        across[i], along[i] = (nd.height, nd.width) if lr else (nd.width, nd.height)
    loop_count = [0] * n
    for i in g.loops:
        loop_count[pairs[i][0]] += 1
    extra = [0.0] * V
    for v in range(n):
        if loop_count[v]:
            extra[v] = LOOP * (1 + 0.5 * (loop_count[v] - 1)) + 4
    x = _place_across(g, across, extra, spec.nodesep)

    y = [0.0] * V
    top = 0.0
    for layer in g.layers:
        thick = max((along[v] for v in layer), default=0.0)
        for v in layer:
            y[v] = top + thick / 2
        top += thick + spec.ranksep

    routes = _routes(spec, g, pairs, x, y, across, along)

    placed = {}
    for i, nd in enumerate(nodes):
        cx, cy = (y[i], x[i]) if lr else (x[i], y[i])
        placed[nd.key] = Placed(nd.key, cx, cy, nd.width, nd.height)
    if lr:
        for r in routes.values():
            r.points = [(b, a) for a, b in r.points]
            r.arrow = (r.arrow[1], r.arrow[0]) if r.arrow else None
    return _normalised(placed, routes)


def _routes(spec: GraphSpec, g: layering.Layered, pairs: list, x: list, y: list, across: list, along: list) -> dict:
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
    start: dict = {}
    end: dict = {}
    for v in range(n):
        for side, table, sign in ((outs[v], start, 1), (ins[v], end, -1)):
            if not side:
                continue
            side.sort()
            for off, (_, i) in zip(_ports(len(side), across[v]), side):
                table[i] = _side_point(x[v], y[v], off, across[v], along[v], ellipse[v], sign)

    routes: dict = {}
    for i, e in enumerate(spec.edges):
        chain = g.chains[i]
        if chain is None:
            continue
        way = [start[i]] + [(x[d], y[d]) for d in chain[1:-1]] + [end[i]]
        if g.reversed[i]:  # laid out upside down to break a cycle; drawn tail to head
            way.reverse()
        tip = way[-1]
        px, py = way[-2]
        dy = tip[1] - py
        back = math.copysign(min(ARROW, abs(dy) / 2), dy) if dy else 0.0
        way[-1] = (tip[0], tip[1] - back)  # the curve stops where the arrowhead starts
        routes[e.key] = Route(e.key, _bezier(way), tip)

    seen = [0] * n
    for i in g.loops:
        v = pairs[i][0]
        s = 1 + 0.5 * seen[v]
        seen[v] += 1
        routes[spec.edges[i].key] = _loop(spec.edges[i].key, x[v], y[v], across[v], along[v], ellipse[v], s)
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
        x0 = min(x0, p.x - p.width / 2)
        x1 = max(x1, p.x + p.width / 2)
        y0 = min(y0, p.y - p.height / 2)
        y1 = max(y1, p.y + p.height / 2)
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
    for p in placed.values():
        p.x -= x0
        p.y -= y0
    for r in routes.values():
        r.points = [(a - x0, b - y0) for a, b in r.points]
        if r.arrow:
            r.arrow = (r.arrow[0] - x0, r.arrow[1] - y0)
    return Layout(placed, routes, x1 - x0, y1 - y0, "builtin")
