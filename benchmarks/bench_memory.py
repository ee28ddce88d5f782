"""Memory over a long session (issue 8): does stepping or rebuilding leave anything behind?

1. 10,000 steps back and forth over the seed example and over a ~200-node graph, in a real window:
   process RSS and tracemalloc (Python objects) after a warm-up (the baseline) and at the end.
2. 200 rebuilds alternating between two programs (new scene and layout each time).
3. A control: the same number of event-loop turns with nothing happening, so RSS noise is visible.

Targets: tracemalloc growth < 5 MB and RSS growth < 30 MB over 10,000 steps (the test suite checks a
shorter traced stretch: tests/gui/test_monkey.py). tracemalloc makes stepping several times slower;
the step rate printed is with it on.

Run alone: python -m benchmarks.bench_memory
"""
from __future__ import annotations

import gc
import os
import random
import time
import tracemalloc

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VISUALGRAD_NO_DIALOGS", "1")  # closing must not wait on "save your changes?"

STEPS = 10_000
REBUILDS = 200
SEED_TEXT = "L = 2*(x**2 + exp(x))"


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # not Linux: the peak is the best we have
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def traced_mb() -> float:
    gc.collect()
    return tracemalloc.get_traced_memory()[0] / 1e6


def mid_program(layers: int = 12, width: int = 2) -> str:
    from .bench_app import program
    return program(layers, width)


def window(text: str, values: dict):
    from PySide6.QtCore import QSettings, QStandardPaths

    from visualgrad.qt.application import application
    QStandardPaths.setTestModeEnabled(True)  # autosave and recent files stay out of the user's folders
    from visualgrad.qt.window.main_window import MainWindow
    app = application()
    w = MainWindow(QSettings("/tmp/visualgrad-bench-memory.ini", QSettings.IniFormat), text=text, values=values)
    w.resize(1400, 900)
    w.show()
    settle(app, w)
    return app, w


def settle(app, w, seconds: float = 60.0):
    deadline = time.time() + seconds
    while time.time() < deadline and (w.worker.busy() or w.scene.tl is not w.session.timeline):
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def walk(app, w, count: int, rng: random.Random):
    n = len(w.timeline.steps)
    for k in range(count):
        r = rng.random()
        if r < 0.45:
            w.next_step() if w.session.step < n - 1 else w.go(0)
        elif r < 0.9:
            w.previous_step() if w.session.step > 0 else w.go(n - 1)
        else:
            w.go(rng.randrange(n))
        if k % 50 == 0:
            app.processEvents()
    app.processEvents()


def measure(report, label: str, warm, work, count: int, unit: str):
    warm()
    gc.collect()
    rss0 = rss_mb()
    tracemalloc.start()
    t0 = traced_mb()
    start = time.perf_counter()
    work()
    took = time.perf_counter() - start
    t1 = traced_mb()
    tracemalloc.stop()
    gc.collect()
    rss1 = rss_mb()
    report(f"{label}: RSS {rss0:.1f} MB after warm-up (baseline) -> {rss1:.1f} MB after {count:,} {unit} "
           f"({rss1 - rss0:+.1f} MB); Python objects still allocated {t1 - t0:+.2f} MB "
           f"({(t1 - t0) * 1e6 / count:+.0f} B per {unit[:-1]}); {took:.1f} s with tracemalloc on")
    return rss1 - rss0, t1 - t0


def main(report=print) -> int:
    report("== memory (issue 8) ==")
    rng = random.Random(8)
    app, w = window(SEED_TEXT, {"x": 3.0})
    # Control: event-loop turns only, as many as the walks below make.
    idle = lambda: [app.processEvents() for _ in range(STEPS // 50)]  # noqa: E731
    measure(report, "control (idle event loop)", idle, idle, STEPS // 50, "turns")
    results = [measure(report, "seed example, 10,000 steps", lambda: walk(app, w, 1000, rng),
                       lambda: walk(app, w, STEPS, rng), STEPS, "steps")]
    w.load_text(mid_program(), {})
    settle(app, w)
    results.append(measure(report, f"{len(w.timeline.nodes)}-node graph, 10,000 steps",
                           lambda: walk(app, w, 1000, rng), lambda: walk(app, w, STEPS, rng), STEPS, "steps"))
    programs = [SEED_TEXT, "a = x*y\nb = a + y\nL = b*b"]

    def rebuilds(count):
        def run():
            for k in range(count):
                w.load_text(programs[k % 2], {"x": 3.0})
                settle(app, w)
                w.go(len(w.timeline.steps) - 1)
        return run

    rebuild_rss, rebuild_traced = measure(report, "rebuilds", rebuilds(20), rebuilds(REBUILDS), REBUILDS, "rebuilds")
    w.play_timer.stop()
    w.animator.clear()
    w.close()
    app.processEvents()
    worst_rss = max(r for r, _ in results)
    worst_traced = max(t for _, t in results)
    ok = worst_traced < 5.0 and worst_rss < 30.0
    report(f"worst over 10,000 steps: RSS {worst_rss:+.1f} MB (target < 30), traced {worst_traced:+.2f} MB "
           f"(target < 5) -> {'ok' if ok else 'OVER TARGET'}; rebuilds: RSS {rebuild_rss:+.1f} MB, "
           f"traced {rebuild_traced:+.2f} MB over {REBUILDS}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
