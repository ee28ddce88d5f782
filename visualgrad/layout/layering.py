"""The combinatorial half of the built-in layout: ranks, dummy vertices, order in each rank.

Sugiyama's recipe, kept iterative throughout (a 100,000-node chain must not hit
the recursion limit) and close to linear:
1. orient: a topological order in program order; an edge against it (a cycle,
   or a self-loop) is laid out reversed and drawn back the right way later;
2. rank: longest path from the sources, then each source sinks to just above
   its first consumer, so a constant such as the `2` in `2*(...)` sits next to
   the multiplication instead of at the top of the drawing;
3. dummies: an edge spanning k ranks gets k-1 zero-width dummy vertices, so it
   reserves its own lane (up to a budget: beyond it, long edges go straight);
4. order: start from program order, then barycentre sweeps down and up; a sweep
   is kept only if it lowers the crossing count, so the program's left-to-right
   order survives wherever it costs no crossing.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass


@dataclass
class Layered:
    """Vertices 0..n-1 are the spec's nodes, n.. are dummies."""
    n: int  # real vertices
    rank: list  # vertex -> rank
    layers: list  # rank -> vertices, left to right
    pos: list  # vertex -> index in its layer
    up: list  # vertex -> neighbours one rank up (with multiplicity)
    down: list  # vertex -> neighbours one rank down
    chains: list  # edge index -> vertices from its upper end to its lower end (dummies between)
    reversed: list  # edge index -> True when the edge runs against the ranks
    loops: list  # edge indices of self-loops
    crossings: int = 0


def orient(n: int, edges: list) -> list:
    """Position of each vertex in a topological order that follows program order where it can."""
    indeg = [0] * n
    succ: list = [[] for _ in range(n)]
    for t, h in edges:
        if t != h:
            succ[t].append(h)
            indeg[h] += 1
    # A heap on the program index keeps the order stable: among the ready nodes,
    # the one written first comes first.
    ready = [v for v in range(n) if indeg[v] == 0]
    heapq.heapify(ready)
    order_pos = [-1] * n
    k = 0
    scan = 0  # smallest index that might still be unplaced, for breaking cycles
    while k < n:
        if not ready:  # a cycle: free the earliest unplaced node and go on
            while order_pos[scan] != -1:
                scan += 1
            indeg[scan] = 0
            heapq.heappush(ready, scan)
        v = heapq.heappop(ready)
        if order_pos[v] != -1:
            continue
        order_pos[v] = k
        k += 1
        for w in succ[v]:
            if order_pos[w] == -1:
                indeg[w] -= 1
                if indeg[w] == 0:
                    heapq.heappush(ready, w)
    return order_pos


def assign_ranks(n: int, oriented: list) -> list:
    """Longest-path ranks over oriented (upper, lower) pairs; sources sink to their consumers.

    A vertex's longest path from the sources is its topological generation (networkx: generation
    k holds the vertices whose every predecessor is in an earlier one). networkx is imported here,
    not at the top: only a layout without Graphviz needs it.
    """
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(oriented)
    rank = [0] * n
    for r, generation in enumerate(nx.topological_generations(g)):
        for v in generation:
            rank[v] = r
    for v in range(n):
        succs = g.succ[v]
        if succs and not g.pred[v]:
            rank[v] = min(rank[w] for w in succs) - 1
    low = min(rank, default=0)
    return [r - low for r in rank] if low else rank


def build(n: int, edges: list, dummy_budget: int | None = None, stretch: int = 1) -> Layered:
    """Ranks, dummies and a first (program) order for n vertices and (tail, head) edges.

    stretch=2 leaves a rank between every two (as dot does for labelled edges): each edge then
    gets a dummy there, which can hold its label.
    """
    order_pos = orient(n, edges)
    loops = [i for i, (t, h) in enumerate(edges) if t == h]
    rev = [order_pos[t] > order_pos[h] for t, h in edges]
    oriented = [(h, t) if r else (t, h) for (t, h), r in zip(edges, rev) if t != h]
    rank = assign_ranks(n, oriented)
    if stretch != 1:
        rank = [r * stretch for r in rank]

    up: list = [[] for _ in range(n)]
    down: list = [[] for _ in range(n)]
    rank_of = list(rank)
    chains: list = [None] * len(edges)
    # Where a dummy goes in the first order: just after the edge's upper end, in program order.
    key: list = [float(v) for v in range(n)]
    budget = dummy_budget if dummy_budget is not None else 4 * n + 20000
    spans = sorted(
        (rank[h] - rank[t] if not r else rank[t] - rank[h], i)
        for i, ((t, h), r) in enumerate(zip(edges, rev)) if t != h
    )
    for span, i in spans:  # short edges first: they are most of a graph and cheapest
        t, h = edges[i]
        a, b = (h, t) if rev[i] else (t, h)
        chain = [a]
        if 1 < span <= budget + 1:
            budget -= span - 1
            for r in range(rank[a] + 1, rank[b]):
                d = len(rank_of)
                rank_of.append(r)
                key.append(a + 0.5)
                up.append([])
                down.append([])
                chain.append(d)
        chain.append(b)
        chains[i] = chain
        if span == 1 or len(chain) > 2:  # a chain of single-rank segments: use it for ordering
            for u, w in zip(chain, chain[1:]):
                down[u].append(w)
                up[w].append(u)
        # else a long edge beyond the budget: drawn straight, ignored by the ordering

    layers: list = [[] for _ in range(max(rank_of, default=-1) + 1)]
    for v in sorted(range(len(rank_of)), key=key.__getitem__):
        layers[rank_of[v]].append(v)
    pos = [0] * len(rank_of)
    for layer in layers:
        for i, v in enumerate(layer):
            pos[v] = i
    return Layered(n, rank_of, layers, pos, up, down, chains, rev, loops)


def _layer_crossings(upper: list, down: list, pos: list, width: int) -> int:
    """Crossings between a layer and the next, by counting inversions with a Fenwick tree."""
    tree = [0] * (width + 1)
    seen = 0
    total = 0
    for v in upper:  # upper is in left-to-right order
        for p in sorted(pos[w] for w in down[v]):
            # inversions: earlier segments that end to the right of p
            i = p + 1
            s = 0
            while i > 0:
                s += tree[i]
                i -= i & -i
            total += seen - s
            seen += 1
            i = p + 1
            while i <= width:
                tree[i] += 1
                i += i & -i
    return total


def crossings(g: Layered) -> int:
    total = 0
    layers = g.layers
    for r in range(len(layers) - 1):
        if len(layers[r]) > 1 and len(layers[r + 1]) > 1:
            total += _layer_crossings(layers[r], g.down, g.pos, len(layers[r + 1]))
    return total


def _sweep(g: Layered, downward: bool) -> None:
    layers, pos = g.layers, g.pos
    nbrs = g.up if downward else g.down
    rng = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
    step = -1 if downward else 1
    for r in rng:
        layer = layers[r]
        m = len(layer)
        if m < 2:
            continue
        fixed = len(layers[r + step])
        keyed = []
        for v in layer:
            nb = nbrs[v]
            if nb:  # positions scaled to [0, 1] so layers of different sizes compare
                b = (sum(pos[u] for u in nb) / len(nb) + 0.5) / fixed
            else:
                b = (pos[v] + 0.5) / m
            keyed.append((b, pos[v], v))
        keyed.sort()
        for i, (_, _, v) in enumerate(keyed):
            layer[i] = v
            pos[v] = i


def reduce_crossings(g: Layered, rounds: int | None = None) -> Layered:
    """Barycentre sweeps; keep the best order seen, the program order unless beaten."""
    size = len(g.rank)
    if rounds is None:  # the sweeps are the cost of a big graph; few are needed there
        rounds = 8 if size < 3000 else 4 if size < 30000 else 2
    best = crossings(g)
    best_layers = [list(layer) for layer in g.layers]
    stale = 0
    for _ in range(rounds):
        if best == 0:
            break
        _sweep(g, True)
        _sweep(g, False)
        c = crossings(g)
        if c < best:
            best, stale = c, 0
            best_layers = [list(layer) for layer in g.layers]
        else:
            stale += 1
            if stale >= 2:
                break
    g.layers = best_layers
    for layer in g.layers:
        for i, v in enumerate(layer):
            g.pos[v] = i
    g.crossings = best
    return g
