"""DOT writing and reading Graphviz's JSON, without running Graphviz.

The JSON answers were made by a real `dot` (tests/fixtures/layout/make_fixtures.py)
and stored, so these tests hold on a machine without Graphviz.
"""
import json
import math
import re
from pathlib import Path

import pytest

from visualgrad.layout import GraphSpec, LayoutError, LEdge, LNode, parse_dot_json, to_dot
from visualgrad.layout.dotwrite import quote

FIXTURES = Path(__file__).parent / "fixtures" / "layout"
ODD_KEYS = ['say "hi"', "back\\slash", "trailing\\", "new\nline", "日本語 ノード", "node", "", "tab\there", '\\"', "a->b;}"]


def load_spec(name: str) -> GraphSpec:
    d = json.loads((FIXTURES / f"{name}.spec.json").read_text(encoding="utf-8"))
    return GraphSpec([LNode(*n) for n in d["nodes"]], [LEdge(*e) for e in d["edges"]], d["direction"],
                     d["ranksep"], d["nodesep"])


def load(name: str):
    spec = load_spec(name)
    return spec, parse_dot_json((FIXTURES / f"{name}.json").read_text(encoding="utf-8"), spec)


def unescape_dot_name(name: str) -> str:
    """Undo to_dot's escaping on a name as Graphviz reports it (where only \\" became ")."""
    simple = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}
    return re.sub(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)",
                  lambda m: simple.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), name)


def on_border(p, node, shape, tol=2.5) -> bool:
    """Is point p on the node's outline (box or ellipse), give or take tol points?"""
    dx, dy = p[0] - node.x, p[1] - node.y
    if shape == "ellipse":
        r = math.hypot(dx / (node.width / 2), dy / (node.height / 2))
        return abs(r - 1) * min(node.width, node.height) / 2 <= tol
    inside_big = abs(dx) <= node.width / 2 + tol and abs(dy) <= node.height / 2 + tol
    inside_small = abs(dx) < node.width / 2 - tol and abs(dy) < node.height / 2 - tol
    return inside_big and not inside_small


# ---- DOT text ---------------------------------------------------------------------

def test_dot_asks_for_fixed_sizes_in_inches_and_bezier_splines():
    spec = GraphSpec([LNode("x", 72.0, 36.0), LNode("f", 54.0, 18.0, "ellipse")], [LEdge("e", "x", "f")], "LR")
    dot = to_dot(spec)
    assert "rankdir=LR" in dot and "splines=true" in dot and "ordering=in" in dot
    assert "fixedsize=true" in dot
    assert '"x" [id="n0", shape=box, width=1, height=0.5]' in dot
    assert '"f" [id="n1", shape=ellipse, width=0.75, height=0.25]' in dot
    assert '"x" -> "f" [id="e0"]' in dot
    assert "rankdir=TB" in to_dot(GraphSpec(spec.nodes, spec.edges))
    assert "ordering" not in to_dot(spec, ordering=False)


@pytest.mark.parametrize("key, written", [
    ('say "hi"', r'"say \"hi\""'),
    ("back\\slash", r'"back\\slash"'),
    ("trailing\\", r'"trailing\\"'),  # a lone final backslash must not eat the closing quote
    ("new\nline", r'"new\nline"'),
    ("cr\rtab\t", r'"cr\rtab\t"'),
    ("nul\x00bell\x07", r'"nul\x00bell\x07"'),
    ("日本語 ノード", '"日本語 ノード"'),
    ("", '""'),
    ("a->b;}", '"a->b;}"'),
])
def test_keys_are_quoted_and_escaped(key, written):
    assert quote(key) == written
    assert "\n" not in quote(key)  # one DOT statement per line, whatever the key


def test_escaping_is_one_to_one():
    keys = ODD_KEYS + ["\\\\", "\\n", "\n", '"', '\\\\"', "\\x00", "\x00", "\ud800"]
    written = [quote(k) for k in keys]
    assert len(set(written)) == len(keys)
    for k, w in zip(keys, written):  # Graphviz turns \" into " and keeps every other pair
        assert unescape_dot_name(w[1:-1].replace('\\"', '"')) == k


def test_the_stored_dot_answer_names_every_odd_key_apart():
    # What a real dot made of those names: ten distinct nodes, each decoding to its key.
    data = json.loads((FIXTURES / "odd_keys.json").read_text(encoding="utf-8"))
    names = [o["name"] for o in data["objects"]]
    assert [unescape_dot_name(n) for n in names] == ODD_KEYS


# ---- reading dot's JSON -----------------------------------------------------------

def test_seed_fixture_geometry_is_flipped_into_points_y_down():
    spec, lay = load("seed_tb")  # full -Tjson, with the xdot drawing ops
    assert lay.engine == "dot" and lay.note == ""
    assert (lay.width, lay.height) == (252.0, 448.0)  # bb "0,0,252,448"
    # Graphviz put x at (153, 428) and L at (99, 20), y up: x is at the top for us.
    assert (lay.nodes["x"].x, lay.nodes["x"].y) == (153.0, 20.0)
    assert (lay.nodes["L"].x, lay.nodes["L"].y) == (99.0, 428.0)
    assert (lay.nodes["x"].width, lay.nodes["x"].height) == (90.0, 40.0)  # our sizes, not rounded inches
    assert (lay.nodes["mul"].width, lay.nodes["mul"].height) == (36.0, 24.0)
    # Edge "x>pow": pos "e,130.43,371.82 145.19,407.91 141.78,399.57 137.78,389.79 134.31,381.32"
    r = lay.edges["x>pow"]
    assert r.points[0] == pytest.approx((145.19, 448 - 407.91))
    assert r.points[-1] == pytest.approx((134.31, 448 - 381.32))
    assert r.arrow == pytest.approx((130.43, 448 - 371.82))


def test_every_fixture_edge_runs_from_its_tail_to_its_head():
    for name in ("seed_tb", "parallel_lr", "odd_keys"):
        spec, lay = load(name)
        shapes = {n.key: n.shape for n in spec.nodes}
        assert set(lay.nodes) == {n.key for n in spec.nodes}
        assert set(lay.edges) == {e.key for e in spec.edges}
        for p in lay.nodes.values():
            assert 0 <= p.x - p.width / 2 and p.x + p.width / 2 <= lay.width + 1e-6
            assert 0 <= p.y - p.height / 2 and p.y + p.height / 2 <= lay.height + 1e-6
        for e in spec.edges:
            r = lay.edges[e.key]
            assert len(r.points) % 3 == 1 and len(r.points) >= 4
            assert on_border(r.points[0], lay.nodes[e.tail], shapes[e.tail]), (name, e.key)
            assert on_border(r.arrow, lay.nodes[e.head], shapes[e.head]), (name, e.key)


def test_seed_fixture_keeps_the_program_order_left_to_right():
    _, lay = load("seed_tb")
    n = lay.nodes
    assert n["a"].x < n["b"].x  # x**2 is written before exp(x)
    assert n["2"].x < n["c"].x  # 2*(...): the 2 comes first
    assert n["x"].y < n["pow"].y < n["a"].y < n["add"].y < n["c"].y < n["mul"].y < n["L"].y


def test_parallel_edges_in_lr_get_their_own_routes():
    _, lay = load("parallel_lr")
    xs = [lay.nodes[k].x for k in ("x", "add", "y", "mul", "L")]
    assert xs == sorted(xs)  # left to right
    a, b = lay.edges["x>add.0"], lay.edges["x>add.1"]
    assert a.points != b.points
    assert a.arrow[1] != pytest.approx(b.arrow[1], abs=3)  # the two arrows arrive apart


def test_edges_are_matched_by_id_not_by_json_order():
    # dot lists edges grouped by tail: the first JSON edge of the seed is "2 -> mul" (id e7).
    spec, lay = load("seed_tb")
    r = lay.edges["2>mul"]
    assert r.points[0][0] < lay.nodes["mul"].x  # leaves the 2, on the left, towards mul


def test_without_ids_edges_are_matched_by_their_endpoints():
    spec = load_spec("parallel_lr")
    data = json.loads((FIXTURES / "parallel_lr.json").read_text())
    for e in data["edges"]:
        del e["id"]
    lay = parse_dot_json(json.dumps(data), spec)
    with_ids = load("parallel_lr")[1]
    assert {k: r.points for k, r in lay.edges.items()} == {k: r.points for k, r in with_ids.edges.items()}


def _mutated(name, change):
    data = json.loads((FIXTURES / f"{name}.json").read_text())
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize("text", [
    "", "not json", "[1, 2]", "{}", '{"bb": "0,0,1,1"}', "Segmentation fault\n",
    _mutated("parallel_lr", lambda d: d["objects"].pop()),
    _mutated("parallel_lr", lambda d: d["edges"].pop()),
    _mutated("parallel_lr", lambda d: d["objects"][0].pop("pos")),
    _mutated("parallel_lr", lambda d: d["edges"][0].update(pos="e,1,2 x,y")),
    _mutated("parallel_lr", lambda d: d["edges"][0].update(pos="1,2")),
    _mutated("parallel_lr", lambda d: d.update(bb="garbage")),
    _mutated("parallel_lr", lambda d: d["edges"][1].update(id="e0")),
])
def test_garbage_gives_layout_error(text):
    with pytest.raises(LayoutError) as err:
        parse_dot_json(text, load_spec("parallel_lr"))
    assert err.value.reason == "garbage"
