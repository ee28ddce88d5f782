"""Layout speed: our layout() against raw `dot -Tjson`, and the built-in fallback.

Run alone:  .venv/bin/python -m benchmarks.bench_layout

The graph is a scalar MLP written out node by node, micrograd style (3 inputs,
two hidden layers of 16 tanh neurons, one output): every weight, product, sum
and activation is its own node, ~1,000 nodes in all. layout() = DOT writing +
dot + JSON reading. Its ratio to raw `dot -Tjson` is the target (<= 1.25x);
run_dot asks for -Tjson0 (the same JSON without the xdot drawing ops we never
read), so the ratio to raw -Tjson0 is printed too: that one is purely our overhead.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import time

from visualgrad.layout import GraphSpec, LEdge, LNode, builtin_layout, layout, to_dot

RUNS = 5
TARGET_RATIO = 1.25


def mlp_spec(sizes: tuple = (3, 16, 16, 1)) -> GraphSpec:
    """A GraphSpec shaped like an expanded MLP; node sizes like the app's value boxes."""
    nodes: list = []
    edges: list = []

    def node(key: str, op: bool) -> str:
        nodes.append(LNode(key, 36.0, 24.0, "ellipse") if op else LNode(key, 90.0, 40.0, "box"))
        return key

    def edge(tail: str, head: str) -> None:
        edges.append(LEdge(f"e{len(edges)}", tail, head))

    prev = [node(f"x{i}", False) for i in range(sizes[0])]
    for li, (fan_in, width) in enumerate(zip(sizes, sizes[1:])):
        outs = []
        for j in range(width):
            acc = None
            for i in range(fan_in):
                w = node(f"w{li}.{j}.{i}", False)
                m = node(f"mul{li}.{j}.{i}", True)
                edge(w, m)
                edge(prev[i], m)
                if acc is None:
                    acc = m
                else:
                    a = node(f"add{li}.{j}.{i}", True)
                    edge(acc, a)
                    edge(m, a)
                    acc = a
            b = node(f"b{li}.{j}", False)
            s = node(f"sum{li}.{j}", True)
            edge(acc, s)
            edge(b, s)
            t = node(f"tanh{li}.{j}", True)
            edge(s, t)
            outs.append(t)
        prev = outs
    return GraphSpec(nodes, edges)


def _medians(fns: dict, runs: int) -> dict:
    """Median seconds of each function, run interleaved so a busy machine hits all alike."""
    times: dict = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


def run(report=print, runs: int = RUNS) -> dict:
    """Time the ways to lay out; `report` receives one line of text at a time. Returns the numbers."""
    spec = mlp_spec()
    report(f"layout benchmark: {len(spec.nodes)} nodes, {len(spec.edges)} edges, median of {runs} runs")
    results: dict = {"nodes": len(spec.nodes), "edges": len(spec.edges)}
    results.update(_medians({"builtin_s": lambda: builtin_layout(spec)}, runs))
    report(f"  builtin_layout()        {results['builtin_s'] * 1000:9.1f} ms")
    dot = shutil.which("dot")
    if dot is None:
        report("  dot not on PATH: Graphviz timings skipped")
        return results
    lay = layout(spec)
    if lay.engine != "dot":
        report(f"  layout() fell back: {lay.note}")
        return results
    text = to_dot(spec).encode()

    def raw(fmt: str):
        return lambda: subprocess.run([dot, f"-T{fmt}"], input=text, capture_output=True, check=True)

    results.update(_medians({"raw_json_s": raw("json"), "raw_json0_s": raw("json0"), "layout_s": lambda: layout(spec)},
                            runs))
    report(f"  raw dot -Tjson          {results['raw_json_s'] * 1000:9.1f} ms")
    report(f"  raw dot -Tjson0         {results['raw_json0_s'] * 1000:9.1f} ms   (what run_dot asks for)")
    report(f"  layout() via dot        {results['layout_s'] * 1000:9.1f} ms   (DOT writing + dot + JSON reading)")
    results["ratio"] = results["layout_s"] / results["raw_json_s"]
    results["overhead"] = results["layout_s"] / results["raw_json0_s"]
    verdict = "ok" if results["ratio"] <= TARGET_RATIO else "OVER TARGET"
    report(f"  layout() / raw -Tjson   {results['ratio']:9.3f} x   (target <= {TARGET_RATIO} x: {verdict})")
    report(f"  layout() / raw -Tjson0  {results['overhead']:9.3f} x   (our own overhead on the same dot run)")
    return results


def main() -> int:
    results = run(print)
    return 1 if results.get("ratio", 0.0) > TARGET_RATIO else 0


if __name__ == "__main__":
    raise SystemExit(main())
