"""The built-in layered layout (no Graphviz), and both engines on a 2,000-node graph."""
import inspect
import random
import shutil
import sys

import pytest

from visualgrad.layout import GraphSpec, LEdge, LNode, builtin_layout, layout
from visualgrad.layout.layering import build, crossings, reduce_crossings

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")


def seed_spec(direction="TB") -> GraphSpec:
    """L = 2*(x**2 + exp(x)) with the operations as ellipses."""
    box = lambda k: LNode(k, 90.0, 40.0)  # noqa: E731
    op = lambda k: LNode(k, 36.0, 24.0, "ellipse")  # noqa: E731
    nodes = [box("2"), box("x"), op("pow"), box("a"), op("exp"), box("b"), op("add"), box("c"), op("mul"), box("L")]
    pairs = [("x", "pow"), ("pow", "a"), ("x", "exp"), ("exp", "b"), ("a", "add"), ("b", "add"),
             ("add", "c"), ("2", "mul"), ("c", "mul"), ("mul", "L")]
    return GraphSpec(nodes, [LEdge(f"{t}>{h}", t, h) for t, h in pairs], direction)


def random_dag(n: int, seed: int = 7, window: int = 10) -> GraphSpec:
    """Each node takes 1-2 inputs among the `window` nodes just before it, like a long program."""
    r = random.Random(seed)
    nodes = [LNode(f"n{i}", 40.0 + (i % 5) * 10, 20.0 + (i % 3) * 8, "ellipse" if i % 3 == 0 else "box")
             for i in range(n)]
    edges = []
    for i in range(1, n):
        for j in sorted(r.sample(range(max(0, i - window), i), min(i, r.randint(1, 2)))):
            edges.append(LEdge(f"e{len(edges)}", f"n{j}", f"n{i}"))
    return GraphSpec(nodes, edges)


def overlaps(lay, gap=0.0) -> list:
    """Pairs of node boxes that overlap, by a sweep over x (fine for thousands of nodes)."""
    boxes = sorted((p.x - p.width / 2, p.x + p.width / 2, p.y - p.height / 2, p.y + p.height / 2, k)
                   for k, p in lay.nodes.items())
    found, active = [], []
    for b in boxes:
        active = [a for a in active if a[1] + gap > b[0]]
        found += [(a[4], b[4]) for a in active if a[2] < b[3] + gap and b[2] < a[3] + gap]
        active.append(b)
    return found


def check_geometry(lay, spec):
    """Everything inside the drawing; each route 1+3n points from the tail side to the head side."""
    assert set(lay.nodes) == {n.key for n in spec.nodes}
    assert set(lay.edges) == {e.key for e in spec.edges}
    eps = 1e-6
    for p in lay.nodes.values():
        assert -eps <= p.x - p.width / 2 and p.x + p.width / 2 <= lay.width + eps
        assert -eps <= p.y - p.height / 2 and p.y + p.height / 2 <= lay.height + eps
    for r in lay.edges.values():
        assert len(r.points) >= 4 and len(r.points) % 3 == 1
        for x, y in r.points + [r.arrow]:
            assert -eps <= x <= lay.width + eps and -eps <= y <= lay.height + eps
    assert overlaps(lay) == []


def check_ranks(lay, spec):
    """Every edge goes down in TB, right in LR: its head starts past its tail's far side."""
    tb = spec.direction == "TB"
    for e in spec.edges:
        t, h = lay.nodes[e.tail], lay.nodes[e.head]
        if tb:
            assert h.y - h.height / 2 > t.y + t.height / 2, e.key
            assert lay.edges[e.key].points[0][1] >= t.y and lay.edges[e.key].arrow[1] <= h.y
        else:
            assert h.x - h.width / 2 > t.x + t.width / 2, e.key
            assert lay.edges[e.key].points[0][0] >= t.x and lay.edges[e.key].arrow[0] <= h.x


# ---- the seed graph ---------------------------------------------------------------

def test_seed_graph_is_layered_in_program_order():
    spec = seed_spec()
    lay = builtin_layout(spec)
    assert lay.engine == "builtin" and lay.note == ""
    check_geometry(lay, spec)
    check_ranks(lay, spec)
    n = lay.nodes
    assert n["x"].y < n["pow"].y < n["a"].y < n["add"].y < n["c"].y < n["mul"].y < n["L"].y
    assert n["pow"].y == n["exp"].y and n["a"].y == n["b"].y  # same rank, same row
    assert n["a"].x < n["b"].x  # x**2 is written before exp(x)
    # The constant 2 sinks to the row just above its consumer instead of the top row.
    assert n["2"].y == n["c"].y and n["2"].x < n["c"].x
    assert abs(n["mul"].x - (n["2"].x + n["c"].x) / 2) < 1  # a node centres under its inputs


def test_seed_graph_edges_leave_the_bottom_and_arrive_at_the_top():
    spec = seed_spec()
    lay = builtin_layout(spec)
    n = lay.nodes
    r = lay.edges["x>pow"]
    assert r.points[0][1] == pytest.approx(n["x"].y + n["x"].height / 2)  # bottom of the box x
    assert r.arrow[1] == pytest.approx(n["pow"].y - n["pow"].height / 2, abs=0.5)  # top of the ellipse
    assert r.points[-1][1] < r.arrow[1]  # the curve stops at the arrow's base
    assert r.arrow[1] - r.points[-1][1] == pytest.approx(10)


def test_left_to_right():
    spec = seed_spec("LR")
    lay = builtin_layout(spec)
    check_geometry(lay, spec)
    check_ranks(lay, spec)
    n = lay.nodes
    assert n["x"].x < n["pow"].x < n["a"].x < n["add"].x < n["c"].x < n["mul"].x < n["L"].x
    assert n["a"].y < n["b"].y  # program order runs top to bottom in LR
    r = lay.edges["x>pow"]
    assert r.points[0][0] == pytest.approx(n["x"].x + n["x"].width / 2)  # right side of x
    assert (n["x"].width, n["x"].height) == (90.0, 40.0)  # sizes are not swapped
    tb = builtin_layout(seed_spec())
    assert lay.width > lay.height and tb.height > tb.width


# ---- edges ------------------------------------------------------------------------

def test_parallel_edges_get_two_distinct_routes():
    # a + a: two edges from a to the same add; and y*y afterwards.
    spec = GraphSpec([LNode("a", 60, 30), LNode("add", 30, 20, "ellipse"), LNode("y", 60, 30),
                      LNode("mul", 30, 20, "ellipse")],
                     [LEdge("a.0", "a", "add"), LEdge("a.1", "a", "add"), LEdge("add>y", "add", "y"),
                      LEdge("y.0", "y", "mul"), LEdge("y.1", "y", "mul")])
    for direction in ("TB", "LR"):
        spec.direction = direction
        lay = builtin_layout(spec)
        check_geometry(lay, spec)
        check_ranks(lay, spec)
        a, b = lay.edges["a.0"], lay.edges["a.1"]
        assert a.points[0] != b.points[0] and a.arrow != b.arrow
        assert min(abs(p - q) for p, q in zip(a.arrow, b.arrow)) == 0  # side by side on one side


def test_long_edges_go_around_the_nodes_between():
    # x feeds both the first and the last node of a chain: that edge must not cut through the chain.
    keys = ["x", "f1", "f2", "f3", "out"]
    spec = GraphSpec([LNode(k, 60, 30) for k in keys],
                     [LEdge(f"{a}>{b}", a, b) for a, b in zip(keys, keys[1:])] + [LEdge("skip", "x", "out")])
    lay = builtin_layout(spec)
    check_ranks(lay, spec)
    skip = lay.edges["skip"]
    for k in ("f1", "f2", "f3"):
        p = lay.nodes[k]
        for x, y in skip.points:
            assert not (abs(x - p.x) < p.width / 2 and abs(y - p.y) < p.height / 2)


def test_cycles_and_self_loops_do_not_break_it():
    spec = GraphSpec([LNode(k, 40, 20) for k in "abc"],
                     [LEdge("ab", "a", "b"), LEdge("bc", "b", "c"), LEdge("ca", "c", "a"), LEdge("aa", "a", "a"),
                      LEdge("aa2", "a", "a")])
    lay = builtin_layout(spec)
    assert set(lay.edges) == {"ab", "bc", "ca", "aa", "aa2"}
    assert overlaps(lay) == []
    n = lay.nodes
    back = lay.edges["ca"]  # drawn from c back up to a, arrow at a
    assert back.points[0][1] <= n["c"].y and back.arrow[1] >= n["a"].y
    assert lay.edges["aa"].points != lay.edges["aa2"].points
    for k in ("aa", "aa2"):
        assert lay.edges[k].arrow[0] == pytest.approx(n["a"].x + 20)  # back into a's right side


def test_isolated_nodes_and_empty_graph():
    lay = builtin_layout(GraphSpec([LNode("p", 30, 30), LNode("q", 50, 10)], []))
    assert overlaps(lay) == [] and lay.nodes["p"].x < lay.nodes["q"].x
    empty = builtin_layout(GraphSpec([], []))
    assert (empty.nodes, empty.edges, empty.width, empty.height) == ({}, {}, 0, 0)


# ---- ordering ---------------------------------------------------------------------

def test_barycentre_sweeps_remove_avoidable_crossings():
    # Two inputs written in the "wrong" order for their consumers: a->d, b->c with c before d.
    n, edges = 4, [(0, 3), (1, 2)]
    g = build(n, edges)
    assert crossings(g) == 1
    assert crossings(reduce_crossings(g)) == 0


def test_program_order_is_kept_when_it_costs_nothing():
    # Three independent inputs feeding one sum: no crossing either way, so no reordering.
    g = reduce_crossings(build(4, [(0, 3), (1, 3), (2, 3)]))
    assert g.layers[0] == [0, 1, 2]


# ---- big graphs -------------------------------------------------------------------

def test_random_2000_node_dag_with_the_builtin_layout():
    spec = random_dag(2000)
    lay = builtin_layout(spec)
    check_geometry(lay, spec)
    check_ranks(lay, spec)


@needs_dot
def test_random_2000_node_dag_with_dot():
    spec = random_dag(2000)
    lay = layout(spec, timeout=300)
    assert lay.engine == "dot", lay.note
    check_geometry(lay, spec)
    check_ranks(lay, spec)


def test_a_100000_node_chain_needs_no_recursion():
    n = 100_000
    spec = GraphSpec([LNode(str(i), 20, 10) for i in range(n)], [LEdge(str(i), str(i), str(i + 1)) for i in range(n - 1)])
    # A few dozen frames of headroom: plenty for our helpers, far too few to recurse along the chain.
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 60)
    try:
        lay = builtin_layout(spec)
    finally:
        sys.setrecursionlimit(old)
    assert lay.nodes["0"].y < lay.nodes["50000"].y < lay.nodes[str(n - 1)].y
    assert lay.width == 20 and lay.nodes[str(n - 1)].x == 10  # a straight column
