"""The app's speed targets (issue 3), each a ratio against a baseline measured in the same run.

1. Laying out and building the scene of a ~1,000-node graph vs the raw `dot -Tjson` on the same DOT text
   (the way the window does it: dot in a worker, the boxes made while it runs).
2. One Next step on that graph: GUI-thread milliseconds (restyle only what changed, no relayout).
3. Launch to first painted window vs a bare PySide6 window launched the same way.

Run alone: python -m benchmarks.bench_app
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Closing the benchmark window must not ask "save your changes?" in a box nobody answers.
os.environ.setdefault("VISUALGRAD_NO_DIALOGS", "1")

REPEATS = 5


def program(layers: int = 125, width: int = 2) -> str:
    """A scalar MLP-like program of about 1,000 nodes (inputs, weights, products, sums, tanh)."""
    lines = [f"h0_{j} = {0.1 * (j + 1)}" for j in range(width)]
    for i in range(1, layers + 1):
        for j in range(width):
            terms = " + ".join(f"w{i}_{j}_{k}*h{i - 1}_{k}" for k in range(width))
            lines.append(f"h{i}_{j} = tanh({terms})")
    lines.append("L = " + " + ".join(f"h{layers}_{j}" for j in range(width)))
    return "\n".join(lines)


def median_time(fn, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_layout_and_scene(report):
    from PySide6.QtWidgets import QApplication

    from visualgrad.layout import layout, to_dot
    from visualgrad.qt.application import application
    from visualgrad.qt.canvas.scene import GraphScene, SceneOptions, graph_spec
    from visualgrad.qt.canvas.theme import get_theme
    from visualgrad.timeline import from_text
    application()
    tl = from_text(program())
    theme, opts = get_theme("light"), SceneOptions()
    spec = graph_spec(tl, theme, opts)
    dot = shutil.which("dot")
    report(f"graph: {len(tl.nodes)} nodes, {len(spec.nodes)} layout boxes, {len(spec.edges)} edges, {len(tl.steps)} steps")
    if dot is None:
        report("dot not found: skipping the layout ratio")
        return tl, None
    text = to_dot(spec)
    scene = GraphScene(theme, opts)
    result = {}

    def raw_dot():
        subprocess.run([dot, "-Tjson"], input=text.encode(), capture_output=True, check=True)

    def ours():
        # As the window does it: Graphviz in a worker thread (dot is its own process), the boxes made
        # on this thread meanwhile (GraphScene.prepare), then the scene built from the layout.
        spec = graph_spec(tl, theme, opts)
        worker = threading.Thread(target=lambda: result.update(layout=layout(spec)))
        worker.start()
        scene.prepare(tl, spec)
        worker.join()
        scene.set_graph(tl, result["layout"], 0)

    raws, mines = [], []
    app = QApplication.instance()
    for _ in range(2 * REPEATS - 1):  # interleaved pairs: dot's seconds swing with the machine's load
        raws.append(median_time(raw_dot, 1))
        mines.append(median_time(ours, 1))
        # As in the app, the event loop runs between two graphs. Without it Qt's list of items
        # waiting to be polished keeps the last graph's deleted items, and each clear() grows slower.
        app.processEvents()
    raw, mine = statistics.median(raws), statistics.median(mines)
    pairs = sorted(m / r for m, r in zip(mines, raws))
    report(f"layout + scene: {mine * 1000:.0f} ms vs raw dot -Tjson {raw * 1000:.0f} ms (medians of {len(raws)}) -> "
           f"{mine / raw:.2f}x; per pair {statistics.median(pairs):.2f}x median, {pairs[0]:.2f}-{pairs[-1]:.2f} "
           f"(target <= 1.25x)")
    return tl, result["layout"]


def bench_step(report, tl, lay):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from visualgrad.qt.window.main_window import MainWindow
    app = QApplication.instance()
    settings = QSettings("/tmp/visualgrad-bench.ini", QSettings.IniFormat)
    w = MainWindow(settings, text=program(), values={})
    w.resize(1400, 900)
    w.show()
    deadline = time.time() + 60
    while w.scene.tl is None and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    times, restyle = [], []
    n = len(w.timeline.steps)
    for start, stop in ((1, 150), (n - 300, n - 150)):
        w.go(start - 1)
        app.processEvents()
        for k in range(start, stop):
            t = time.perf_counter()
            w.go(k)
            restyle.append(time.perf_counter() - t)
            app.processEvents()
            times.append(time.perf_counter() - t)
    w.play_timer.stop()
    w.animator.clear()
    w.close()
    ms = statistics.median(times) * 1000
    report(f"Next step on {len(w.timeline.nodes)} nodes: restyle median {statistics.median(restyle) * 1000:.2f} ms "
           f"(target < 5 ms); with repainting the view {ms:.2f} ms median, "
           f"p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.2f} ms")


BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1400, 860)
class Watch(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch(); w.installEventFilter(watch)
w.show(); app.exec()
"""


def _until_painted(args, env) -> float:
    """Seconds from starting the process to its "painted" line (its exit is not timed, for either)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    took = time.perf_counter() - start
    proc.communicate(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"{args[1:]} did not paint (exit {proc.returncode})")
    return took


def bench_launch(report):
    import compileall

    import visualgrad
    # An installed wheel has its bytecode compiled; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every launch.
    compileall.compile_dir(os.path.dirname(visualgrad.__file__), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VISUALGRAD_EXIT_AFTER_PAINT="1",
               XDG_CONFIG_HOME="/tmp/visualgrad-bench-config")
    bare, ours = [], []
    for _ in range(2 * REPEATS + 1):  # interleaved, so both see the same machine
        bare.append(_until_painted([sys.executable, "-c", BARE], env))
        ours.append(_until_painted([sys.executable, "-m", "visualgrad", "L = 2*(x**2 + exp(x))"], env))
    b, o = statistics.median(bare), statistics.median(ours)
    report(f"launch to first paint: {o * 1000:.0f} ms vs bare PySide6 window {b * 1000:.0f} ms -> "
           f"{o / b:.2f}x (target <= 2x; medians of {len(ours)})")


def main(report=print):
    report("== app (issue 3) ==")
    tl, lay = bench_layout_and_scene(report)
    bench_step(report, tl, lay)
    bench_launch(report)


if __name__ == "__main__":
    main()
