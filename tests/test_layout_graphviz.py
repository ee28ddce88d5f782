"""Running dot: for real when Graphviz is installed, and through fake dots that fail.

Whatever dot does (missing, crashing, hanging, printing garbage), layout() must
come back quickly with a built-in layout and a note saying why.
"""
import os
import shutil
import stat
import sys
import time

import pytest

from visualgrad.layout import (
    GraphSpec,
    LayoutError,
    LEdge,
    LNode,
    builtin_layout,
    dot_version,
    find_dot,
    layout,
    run_dot,
    to_dot,
)

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fake dots are shell scripts")


def seed_spec(direction="TB") -> GraphSpec:
    """L = 2*(x**2 + exp(x)) with the operations as ellipses."""
    box = lambda k: LNode(k, 90.0, 40.0)  # noqa: E731
    op = lambda k: LNode(k, 36.0, 24.0, "ellipse")  # noqa: E731
    nodes = [box("2"), box("x"), op("pow"), box("a"), op("exp"), box("b"), op("add"), box("c"), op("mul"), box("L")]
    pairs = [("x", "pow"), ("pow", "a"), ("x", "exp"), ("exp", "b"), ("a", "add"), ("b", "add"),
             ("add", "c"), ("2", "mul"), ("c", "mul"), ("mul", "L")]
    return GraphSpec(nodes, [LEdge(f"{t}>{h}", t, h) for t, h in pairs], direction)


def fake_dot(tmp_path, body: str) -> str:
    path = tmp_path / "dot"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(path)


# ---- finding dot ------------------------------------------------------------------

def test_find_dot_prefers_the_configured_path_and_reports_a_wrong_one(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_dot() is None
    assert find_dot(str(tmp_path / "nowhere" / "dot")) is None  # wrong setting: no silent switch
    fake = fake_dot(tmp_path, "exit 0")
    assert find_dot() == fake  # found on PATH
    assert find_dot(fake) == fake
    assert find_dot("dot") == fake  # a bare name is looked up on PATH
    plain = tmp_path / "not-executable"
    plain.write_text("")
    assert find_dot(str(plain)) is None


@needs_dot
def test_dot_version_reads_graphviz_version():
    v = dot_version()
    assert v and v[0].isdigit() and "." in v


def test_dot_version_is_none_without_dot(tmp_path):
    assert dot_version(str(tmp_path / "missing")) is None


# ---- fallbacks --------------------------------------------------------------------

def assert_fell_back(lay, spec, words):
    assert lay.engine == "builtin"
    assert words in lay.note and "built-in layout" in lay.note
    assert set(lay.nodes) == {n.key for n in spec.nodes}
    assert set(lay.edges) == {e.key for e in spec.edges}


def test_missing_dot_falls_back_with_a_note(tmp_path):
    spec = seed_spec()
    lay = layout(spec, dot_path=str(tmp_path / "no" / "such" / "dot"))
    assert_fell_back(lay, spec, "not found")
    with pytest.raises(LayoutError) as err:
        run_dot(to_dot(spec), str(tmp_path / "no" / "such" / "dot"))
    assert err.value.reason == "missing"


@posix_only
def test_crashing_dot_falls_back_and_its_stderr_is_in_the_error(tmp_path):
    spec = seed_spec()
    dot = fake_dot(tmp_path, 'cat >/dev/null; echo "Error: <stdin>: syntax error in line 3" >&2; exit 1')
    with pytest.raises(LayoutError) as err:
        run_dot(to_dot(spec), dot)
    assert err.value.reason == "failed"
    assert "syntax error in line 3" in str(err.value) and "exit status 1" in str(err.value)
    assert_fell_back(layout(spec, dot_path=dot), spec, "Graphviz failed")


@posix_only
def test_dot_killed_by_a_signal_falls_back(tmp_path):
    spec = seed_spec()
    dot = fake_dot(tmp_path, "kill -SEGV $$")
    with pytest.raises(LayoutError, match="signal"):
        run_dot(to_dot(spec), dot)
    assert_fell_back(layout(spec, dot_path=dot), spec, "Graphviz failed")


@posix_only
def test_hanging_dot_is_killed_after_the_timeout(tmp_path):
    spec = seed_spec()
    # The shell waits on a child sleep that holds our pipes: killing the shell alone would hang us.
    dot = fake_dot(tmp_path, f"echo $$ > {tmp_path}/pid; sleep 60; echo never")
    t0 = time.monotonic()
    lay = layout(spec, dot_path=dot, timeout=0.5)
    assert time.monotonic() - t0 < 5
    assert_fell_back(lay, spec, "timed out after 0.5 s")
    pid = int((tmp_path / "pid").read_text())
    time.sleep(0.1)
    with pytest.raises(ProcessLookupError):  # the fake dot is gone, not left running
        os.kill(pid, 0)


@posix_only
def test_dot_printing_garbage_falls_back(tmp_path):
    spec = seed_spec()
    dot = fake_dot(tmp_path, "cat >/dev/null; echo 'Warning: all is fine'; echo '{\"bb\": \"0,0,1'")
    with pytest.raises(LayoutError) as err:
        from visualgrad.layout import parse_dot_json
        parse_dot_json(run_dot(to_dot(spec), dot), spec)
    assert err.value.reason == "garbage"
    assert_fell_back(layout(spec, dot_path=dot), spec, "unreadable")


@posix_only
def test_dot_answering_for_another_graph_falls_back(tmp_path):
    spec = seed_spec()
    dot = fake_dot(tmp_path, "cat >/dev/null; echo '{\"bb\": \"0,0,10,10\", \"objects\": [], \"edges\": []}'")
    assert_fell_back(layout(spec, dot_path=dot), spec, "unreadable")


def test_the_note_goes_through_translation(tmp_path, monkeypatch):
    from visualgrad import i18n
    monkeypatch.setattr(i18n, "_translate", lambda context, text: f"[{context}] {text}")
    lay = layout(seed_spec(), dot_path=str(tmp_path / "missing"))
    assert lay.note.startswith("[layout] Graphviz")


def test_a_bad_spec_is_an_error_not_a_fallback():
    with pytest.raises(LayoutError) as err:
        layout(GraphSpec([LNode("a", 10, 10)], [LEdge("e", "a", "ghost")]))
    assert err.value.reason == "invalid"
    with pytest.raises(LayoutError):
        builtin_layout(GraphSpec([LNode("a", 10, 10), LNode("a", 10, 10)], []))
    with pytest.raises(LayoutError):
        layout(GraphSpec([LNode("a", 10, 10)], [], direction="BT"))


# ---- the real dot -----------------------------------------------------------------

@needs_dot
def test_real_dot_lays_out_the_seed_graph():
    spec = seed_spec()
    lay = layout(spec)
    assert lay.engine == "dot" and lay.note == ""
    n = lay.nodes
    assert n["x"].y < n["pow"].y < n["a"].y < n["add"].y < n["c"].y < n["mul"].y < n["L"].y
    assert n["a"].x < n["b"].x and n["2"].x < n["c"].x  # program order, left to right
    for e in spec.edges:
        r = lay.edges[e.key]
        assert len(r.points) % 3 == 1
        assert r.points[0][1] >= n[e.tail].y  # leaves below the tail's centre
        assert r.arrow[1] <= n[e.head].y  # and points at the head from above
        assert r.points[-1][1] < r.arrow[1]


@needs_dot
def test_real_dot_left_to_right():
    lay = layout(seed_spec("LR"))
    assert lay.engine == "dot"
    n = lay.nodes
    assert n["x"].x < n["pow"].x < n["a"].x < n["add"].x < n["c"].x < n["mul"].x < n["L"].x
    assert lay.width > lay.height


@needs_dot
def test_real_dot_parallel_edges_are_two_routes():
    spec = GraphSpec([LNode("a", 60, 30), LNode("add", 30, 20, "ellipse")],
                     [LEdge("a+a.0", "a", "add"), LEdge("a+a.1", "a", "add")])
    lay = layout(spec)
    assert lay.engine == "dot"
    assert lay.edges["a+a.0"].points != lay.edges["a+a.1"].points


@needs_dot
def test_real_dot_takes_odd_keys():
    keys = ['say "hi"', "back\\slash", "trailing\\", "new\nline", "日本語", "node", "", "\ud800"]
    spec = GraphSpec([LNode(k, 50, 20) for k in keys], [LEdge(str(i), keys[i], keys[i + 1]) for i in range(len(keys) - 1)])
    lay = layout(spec)
    assert lay.engine == "dot", lay.note
    assert set(lay.nodes) == set(keys)
    ys = [lay.nodes[k].y for k in keys]
    assert ys == sorted(ys) and len(set(ys)) == len(keys)  # a chain: one rank each, top to bottom


@needs_dot
@posix_only
def test_a_dot_that_trips_over_ordering_is_retried_without_it(tmp_path):
    real = shutil.which("dot")
    dot = fake_dot(tmp_path, f"""input=$(cat)
case "$input" in *ordering=in*) echo "trouble in init_rank" >&2; exit 1;; esac
printf '%s' "$input" | exec {real} "$@\"""")
    lay = layout(seed_spec(), dot_path=dot)
    assert lay.engine == "dot" and lay.note == ""


@needs_dot
def test_empty_and_single_node_graphs():
    assert layout(GraphSpec([], [])).nodes == {}
    lay = layout(GraphSpec([LNode("solo", 40, 20)], []))
    assert (lay.width, lay.height) == (40, 20)
    assert (lay.nodes["solo"].x, lay.nodes["solo"].y) == (20, 10)
