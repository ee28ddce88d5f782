"""Numbers at the edge of float64: ∞ and NaN are values the graph shows, explains and carries on with.

Overflow, log of a negative, 0/0, square roots of negatives and huge powers must not stop the run: the
node's view carries the warning (the scene draws a badge from it), the narration says why, the backward
pass still visits every node, the gradient check names the leaves whose gradients cannot be trusted, and
numpy's RuntimeWarnings never reach the terminal.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import warnings

import numpy as np
import pytest

import visualgrad as vg
from visualgrad.engine import gradcheck
from visualgrad.lang import build
from visualgrad.timeline import from_text, make_timeline
from visualgrad.timeline.view import edge_view, magnitude_range, node_view


class NoRuntimeWarnings:
    """Record every warning; fail if numpy (or anyone) emitted a RuntimeWarning."""

    def __enter__(self):
        self._cm = warnings.catch_warnings(record=True)
        self.caught = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc):
        self._cm.__exit__(*exc)
        leaked = [f"{w.category.__name__}: {w.message}" for w in self.caught if issubclass(w.category, RuntimeWarning)]
        assert not leaked, leaked
        return False


def timeline(text, **values):
    with NoRuntimeWarnings():
        return from_text(text, values or None)


def node(tl, label):
    return next(i for i, n in tl.nodes.items() if n.label == label)


def finite(v) -> bool:
    return bool(np.all(np.isfinite(np.asarray(v, dtype=float))))


# (program, inputs, the node that first goes bad, its value, a phrase its forward step says)
CASES = [
    ("L = exp(1000*x)", {"x": 2.0}, "L", math.inf, "exp(2000) overflows to ∞: the value is too large for a float64"),
    ("L = log(-x)", {"x": 2.0}, "L", math.nan, "log of a negative number is undefined (NaN)"),
    ("a = 0/0\nL = a*x", {"x": 2.0}, "a", math.nan, "0/0 is undefined (NaN)"),
    ("L = sqrt(-x)", {"x": 2.0}, "L", math.nan, "square root of a negative number is undefined (NaN)"),
    ("L = x**1e6", {"x": 2.0}, "L", math.inf, "overflows to ∞"),
    ("L = 1/(x-2)", {"x": 2.0}, "L", math.inf, "Dividing by zero gives ∞"),
    ("L = log(x-2)", {"x": 2.0}, "L", -math.inf, "log(0) is −∞"),
    ("L = (-x)**0.5", {"x": 2.0}, "L", math.nan, "negative number to a fractional power is undefined (NaN)"),
    ("a = exp(1000*x)\nL = a - a", {"x": 1.0}, "a", math.inf, "overflows to ∞"),
    ("L = x*y", {"x": 1e200, "y": 1e200}, "L", math.inf, "1e200·1e200 overflows to ∞"),
]


def same(a, b) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


@pytest.mark.parametrize("text,values,bad,expected,says", CASES, ids=[c[0].replace("\n", "; ") for c in CASES])
def test_extreme_values_are_values_with_a_warning_and_a_reason(text, values, bad, expected, says):
    tl = timeline(text, **values)
    nid = node(tl, bad)
    assert same(float(tl.nodes[nid].value), expected)
    k = tl.fwd_at[nid]
    # Before its step the node is not computed and carries no warning; from its step on it does.
    assert not node_view(tl, k - 1, nid).warning
    for j in range(k, len(tl.steps)):
        assert node_view(tl, j, nid).warning
    assert says in tl.steps[k].text
    assert node_view(tl, k, nid).value_text in ("∞", "−∞", "NaN")
    # Finite nodes never carry the badge.
    for other, info in tl.nodes.items():
        value, grad, _ = tl.node_at(len(tl.steps) - 1, other)
        assert node_view(tl, len(tl.steps) - 1, other).warning == (not finite(value) or
                                                                   (grad is not None and not finite(grad)))


@pytest.mark.parametrize("text,values,bad,expected,says", CASES, ids=[c[0].replace("\n", "; ") for c in CASES])
def test_the_backward_pass_goes_on(text, values, bad, expected, says):
    tl = timeline(text, **values)
    ops = [i for i, n in tl.nodes.items() if n.op is not None]
    needs = {}  # as PyTorch: what requires grad (computed from an input) gets a gradient, constants none
    for i, n in tl.nodes.items():
        needs[i] = n.role != "constant" if n.op is None else any(needs[j] for j in n.inputs)
    phases = [s.phase for s in tl.steps]
    assert phases.count("forward") == len(ops)
    assert phases.count("backward") == sum(needs[i] for i in ops)
    assert phases[-1] == "backward"
    for i, info in tl.nodes.items():
        assert (info.grad is not None) == needs[i], f"{info.label}: gradient {info.grad}"
    # Every step is drawable: views and edge views exist for every node and edge at every step.
    with NoRuntimeWarnings():
        for k in range(len(tl.steps)):
            for i in tl.nodes:
                node_view(tl, k, i)
            for key in tl.edges:
                edge_view(tl, k, key)
        lo, hi = magnitude_range(tl)
    assert math.isfinite(lo) and math.isfinite(hi) and 0 < lo <= hi


def test_nan_spreads_forward_and_the_narration_says_so():
    tl = timeline("a = log(-x)\nb = a*2\nL = b + y", x=1.0, y=3.0)
    b, L = node(tl, "b"), node(tl, "L")
    assert math.isnan(tl.nodes[b].value) and math.isnan(tl.nodes[L].value)
    assert "NaN spreads" in tl.steps[tl.fwd_at[b]].text
    assert "NaN spreads" in tl.steps[tl.fwd_at[L]].text
    # Blame on y is still a plain 1: NaN in the forward values does not reach it.
    assert float(tl.nodes[node(tl, "y")].grad) == 1.0


def test_nan_spreads_backward_and_the_narration_says_so():
    tl = timeline("a = sqrt(x - 2)\nb = exp(a)\nL = b*3", x=1.0)
    a = node(tl, "a")
    assert math.isnan(tl.nodes[a].grad)
    # The first NaN blame is explained by the local derivative; the ones after by spreading.
    first = next(s for s in tl.steps if s.phase == "backward" and s.node == node(tl, "b"))
    assert "NaN spreads" not in first.text
    spread = next(s for s in tl.steps if s.phase == "backward" and s.node == a)
    assert "NaN spreads backward" in spread.text
    assert math.isnan(tl.nodes[node(tl, "x")].grad)


def test_infinite_local_derivative_is_explained():
    tl = timeline("a = sqrt(x - 2)\nL = a + y", x=2.0, y=1.0)
    step = next(s for s in tl.steps if s.phase == "backward" and s.node == node(tl, "a"))
    assert "local derivative towards x − 2 is ∞" in step.text
    assert tl.nodes[node(tl, "x")].grad == math.inf
    assert float(tl.nodes[node(tl, "L")].value) == 1.0


def test_zero_times_infinity_is_explained():
    tl = timeline("a = exp(1000*x)\nL = 0*a", x=1.0)
    assert "0 × ∞ is undefined" in tl.steps[tl.fwd_at[node(tl, "L")]].text
    step = next(s for s in tl.steps if s.phase == "backward" and s.node == node(tl, "a"))
    assert "0 × ∞ is undefined, so its blame is NaN" in step.text


def test_narration_of_finite_steps_is_unchanged():
    tl = timeline("L = 2*(x**2 + exp(x))", x=3.0)
    for s in tl.steps:
        for phrase in ("overflows", "undefined", "NaN", "∞"):
            assert phrase not in s.text


def test_gradient_check_flags_only_the_leaves_affected():
    """L is finite, but ∂L/∂x is not (√ at 0): the check names x and clears y."""
    with NoRuntimeWarnings():
        b = build("L = sqrt(x - 2) + 3*y", {"x": 2.0, "y": 1.0})
        checks = {c.node.name: c for c in gradcheck(b.output)}
    assert not checks["x"].ok and not checks["x"].finite
    assert checks["y"].ok and checks["y"].finite
    # The graph's values are as they were.
    assert float(b.leaves["x"].data) == 2.0 and float(b.output.data) == 3.0


def test_gradient_check_flags_a_nan_loss():
    with NoRuntimeWarnings():
        b = build("L = log(x) * y", {"x": -1.0, "y": 2.0})
        checks = {c.node.name: c for c in gradcheck(b.output)}
    assert not checks["x"].ok and not checks["y"].ok


def test_tensors_with_some_bad_entries():
    tl = timeline("W = [[1000.0, 1.0], [-1.0, 0.0]]\nL = sum(exp(W*x) + log(W))", x=1.0)
    e = next(i for i, n in tl.nodes.items() if n.formula.startswith("ln"))
    value = np.asarray(tl.nodes[e].value)
    assert math.isnan(value[1, 0]) and value[1, 1] == -math.inf and value[0, 1] == 0.0
    assert node_view(tl, tl.fwd_at[e], e).warning
    assert "log of a negative number" in tl.steps[tl.fwd_at[e]].text


def test_python_api_is_quiet_too():
    with NoRuntimeWarnings():
        x = vg.tensor(2.0, name="x")
        y = vg.tensor([0.0, -1.0, 1000.0], name="y")
        L = vg.sum(vg.log(y) * x + vg.exp(y) / y + vg.sqrt(y)) + 0 / (x - 2)
        L.backward()
        tl = make_timeline(L)
        [c.ok for c in gradcheck(L)]
    assert math.isnan(float(L.data)) and math.isnan(float(x.grad))
    assert len(tl.steps) > 4


def _trace(*args):
    env = dict(os.environ, PYTHONWARNINGS="error::RuntimeWarning")
    return subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-m", "visualgrad", "trace", *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("text,values,bad,expected,says", CASES[:5], ids=[c[0].replace("\n", "; ") for c in CASES[:5]])
def test_trace_prints_the_values_and_nothing_on_stderr(text, values, bad, expected, says):
    sets = [a for k, v in values.items() for a in ("--set", f"{k}={v!r}")]
    r = _trace(text, *sets)
    assert r.returncode == 0 and r.stderr == ""
    assert says in r.stdout
    r = _trace(text, *sets, "--json")
    assert r.returncode == 0 and r.stderr == ""
    data = json.loads(r.stdout)  # strict JSON: ∞ and NaN as strings
    shown = {n["name"]: n["value"] for n in data["nodes"]}
    assert shown[bad] == {math.inf: "inf", -math.inf: "-inf"}.get(expected, "nan")


def test_trace_of_infinite_and_nan_inputs():
    r = _trace("L = x*2 + y", "--set", "x=1e999", "--set", "y=NaN")
    assert r.returncode == 0 and r.stderr == ""
    assert "Inputs: x = ∞, y = NaN" in r.stdout


HUGE_TENSORS = "W = [[1e200, -0.2], [0.1, 1e200]]\nv = [1e200, 2.0]\nL = sum(W @ v) + sum(W * 1e200)"


def test_huge_tensors_build_quietly():
    tl = timeline(HUGE_TENSORS)
    assert any("‖·‖ = ∞" in e.label for e in tl.edges.values())


def test_views_of_huge_tensors_are_quiet():
    tl = timeline(HUGE_TENSORS)
    with NoRuntimeWarnings():
        for k in range(len(tl.steps)):
            for i in tl.nodes:
                node_view(tl, k, i)
            for key in tl.edges:
                edge_view(tl, k, key)
        magnitude_range(tl)
