"""networkx and graphviz doing their jobs: vg.to_networkx / vg.to_graphviz, the .graphml and .dot exports
(re-read with networkx, run through dot), and the built-in layout's ranks from topological generations."""
from __future__ import annotations

import shutil
import subprocess
import sys

import networkx as nx
import pytest

import visualgrad as vg
from visualgrad.cli import main

SEED = "L = 2*(x**2 + exp(x))"


def seed():
    x = vg.tensor(3.0, name="x")
    L = 2 * (x**2 + vg.exp(x))
    L.backward()
    return x, L


def node_named(g, name):
    return next(d for _, d in g.nodes(data=True) if d["name"] == name)


def test_to_networkx_nodes_carry_value_grad_op_role_and_line():
    x, L = seed()
    g = vg.to_networkx(L)
    assert isinstance(g, nx.DiGraph) and nx.is_directed_acyclic_graph(g)
    assert g.number_of_nodes() == 6 and g.number_of_edges() == 6
    xn = node_named(g, "x")
    assert xn["role"] == "input" and xn["op"] is None and xn["value"] == 3.0
    assert xn["grad"] == pytest.approx(52.171073846375336, rel=1e-15) == x.grad
    out = g.nodes[g.graph["output"]]
    assert out["role"] == "output" and out["op"] == "mul" and out["grad"] == 1.0
    # x feeds x² and exp(x): the two paths whose blame adds up to ∂L/∂x
    xid = next(n for n, d in g.nodes(data=True) if d["name"] == "x")
    assert sorted(g.nodes[s]["name"] for s in g.successors(xid)) == ["exp(x)", "x²"]
    assert len(list(nx.all_simple_paths(g, xid, g.graph["output"]))) == 2


def test_to_networkx_from_a_program_keeps_its_lines():
    from visualgrad.timeline import from_text
    g = vg.to_networkx(from_text("a = x*y\nL = a + exp(a)", {"x": 2.0, "y": 0.5}))
    assert node_named(g, "L")["line"] == 2 and node_named(g, "a")["line"] == 1


def test_to_graphviz_is_a_digraph_with_every_node_and_gradient():
    import graphviz
    _, L = seed()
    dot = vg.to_graphviz(L)
    assert isinstance(dot, graphviz.Digraph)
    assert "∇ 52.17" in dot.source and "#ff9e85" in dot.source  # x's gradient; the loss in coral
    assert hasattr(dot, "_repr_mimebundle_") or hasattr(dot, "_repr_svg_")  # what Jupyter shows


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_to_graphviz_renders(tmp_path):
    _, L = seed()
    out = vg.to_graphviz(L).render(tmp_path / "graph", format="svg")
    assert "52.17" in open(out, encoding="utf-8").read()


def test_graphml_export_reads_back_in_networkx(tmp_path):
    out = tmp_path / "graph.graphml"
    assert main(["export", SEED, "--set", "x=3", "-o", str(out)]) == 0
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == 6 and g.number_of_edges() == 6
    x = node_named(g, "x")
    assert x["role"] == "input" and x["grad"] == pytest.approx(52.171073846375336, rel=1e-15)


def test_graphml_export_of_a_tensor_program_keeps_the_numbers(tmp_path):
    import json
    out = tmp_path / "mlp.graphml"
    assert main(["export", "--preset", "xor-mlp", "-o", str(out)]) == 0
    g = nx.read_graphml(out)
    w1 = node_named(g, "W1")
    assert w1["role"] == "parameter" and w1["value_shape"] == "2×2" and len(json.loads(w1["grad"])) == 2


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_dot_export_runs_through_dot(tmp_path):
    out = tmp_path / "graph.dot"
    assert main(["export", SEED, "--set", "x=3", "-o", str(out)]) == 0
    r = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "52.17" in r.stdout, r.stderr


def test_the_graph_exports_need_no_qt(tmp_path):
    code = (f"from visualgrad.cli import main; import sys; "
            f"rc = main(['export', {SEED!r}, '-o', {str(tmp_path / 'g.graphml')!r}]); "
            f"print(rc, 'PySide6' in sys.modules, 'networkx' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.split()[-3:] == ["0", "False", "True"], r.stdout + r.stderr


def test_importing_visualgrad_loads_neither_networkx_nor_graphviz():
    r = subprocess.run([sys.executable, "-c", "import sys, visualgrad, visualgrad.api, visualgrad.layout; "
                        "print('networkx' in sys.modules, 'graphviz' in sys.modules)"],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["False", "False"], r.stdout + r.stderr


def test_builtin_ranks_are_topological_generations():
    from visualgrad.layout.layering import assign_ranks
    # a diamond with a late constant: the constant sinks to just above its consumer
    edges = [(0, 1), (0, 2), (1, 3), (2, 3), (4, 3)]
    g = nx.DiGraph(edges)
    generations = {v: k for k, gen in enumerate(nx.topological_generations(g)) for v in gen}
    rank = assign_ranks(5, edges)
    assert [rank[v] for v in range(4)] == [generations[v] for v in range(4)] == [0, 1, 1, 2]
    assert rank[4] == 1
