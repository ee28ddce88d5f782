"""Export speed (issue 5): a multi-page PDF costs at most 2× one scene render per page, linearly in the steps.

Baseline, measured in the same run on the same scene: ONE `QGraphicsScene.render` of the
diagram at its busiest step (the end: every value, gradient and edge label drawn) onto an
open PDF painter — the unavoidable cost of drawing one page.

Export: `render_scene(..., "all", out.pdf)` end to end with a scene already built (as the
app has one), i.e. page geometry, show_step(k), the render, title and caption, newPage, font
embedding, writing the file and renaming it; divided by the number of pages.

Linearity: the same export of 1/8, 1/4, 1/2 and all of the ~100 steps of one long chain (steps spread over
the whole story); the per-page cost should stay flat and a line fits the totals.

Budget (issue 14): every step of the largest preset (the vanishing lab, 189 steps) in every format, each
file written end to end from a fresh Renderer as `visualgrad export` does: under 20 s and 20 MB
(it was 79 s and 97 MB as PowerPoint).

Run alone: python -m benchmarks.bench_export
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET = 2.0
BUDGET_S, BUDGET_MB = 20.0, 20.0
BUDGET_FORMATS = ("pptx", "pdf", "tex", "gif", "png", "svg")
REPEATS = 5
LINEAR_REPEATS = 3
CHAIN_LINES = 25  # about 100 steps


def median_time(fn, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def chain_program(lines: int) -> str:
    """A scalar chain: each line is a multiply and a tanh, so about 4 steps per line."""
    body = [f"h{i} = tanh(1.05*h{i - 1})" for i in range(1, lines + 1)]
    return "\n".join(["h0 = 0.5", *body, f"L = h{lines}*h{lines}"])


def render_once(renderer) -> float:
    """Median of one scene.render onto an open PDF painter (the baseline)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter
    buf = QBuffer()
    buf.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(96)
    p = QPainter(writer)
    scene = renderer.scene
    scene.show_step(len(renderer.tl.steps) - 1)
    rect = scene.sceneRect()
    target = rect.translated(-rect.topLeft())
    scene.render(p, target, rect)  # warm-up: fonts and glyph caches
    t = median_time(lambda: scene.render(p, target, rect), repeats=REPEATS * 3)
    p.end()
    return t


def export_time(renderer, steps, folder: Path, repeats: int = REPEATS) -> float:
    from visualgrad.qt.export.writers import render_scene
    out = folder / "bench.pdf"
    return median_time(lambda: render_scene(renderer.tl, renderer.layout, steps, renderer.theme,
                                            renderer.scene_options, out, renderer.options, renderer=renderer),
                       repeats=repeats)


def main() -> int:
    from visualgrad.presets import get_preset
    from visualgrad.qt.application import application
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer
    from visualgrad.timeline import from_text
    application()
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workloads = [("seed example", from_text("L = 2*(x**2 + exp(x))", {"x": 3})),
                     ("xor-mlp preset", get_preset("xor-mlp").timeline()),
                     ("vanishing preset", get_preset("vanishing").timeline())]
        print(f"{'graph':18} {'pages':>5} {'1 render ms':>12} {'export ms/page':>15} {'ratio':>6}  target ≤ {TARGET}×")
        for name, tl in workloads:
            r = Renderer(tl, None, "light", options=ExportOptions())
            base = render_once(r)
            n = len(tl.steps)
            per_page = export_time(r, "all", folder) / n
            ratio = per_page / base
            ok = ratio <= TARGET
            status = status or (0 if ok else 1)
            print(f"{name:18} {n:5d} {base * 1e3:12.2f} {per_page * 1e3:15.2f} {ratio:6.2f}  {'ok' if ok else 'ABOVE'}")

        tl = from_text(chain_program(CHAIN_LINES))
        r = Renderer(tl, None, "light", options=ExportOptions())
        base = render_once(r)
        total = len(tl.steps)
        sizes = [total // 8, total // 4, total // 2, total]
        selections = {n: [round(i * (total - 1) / (n - 1)) for i in range(n)] for n in sizes}
        print(f"\nlinearity: a chain of {len(tl.nodes)} nodes, {total} steps; one render {base * 1e3:.2f} ms")
        # Interleaved rounds, so a machine that gets busier mid-run shifts every size alike.
        samples = {n: [] for n in sizes}
        for _ in range(LINEAR_REPEATS):
            for n in sizes:
                samples[n].append(export_time(r, selections[n], folder, repeats=1))
        print(f"{'pages':>6} {'total ms':>10} {'ms/page':>9} {'ratio':>6}")
        xs, ys = sizes, [statistics.median(samples[n]) for n in sizes]
        for n, t in zip(xs, ys):
            print(f"{n:6d} {t * 1e3:10.1f} {t / n * 1e3:9.2f} {t / n / base:6.2f}")
        slope, intercept = _fit(xs, ys)
        fitted = [intercept + slope * x for x in xs]
        worst = max(abs(f - y) / y for f, y in zip(fitted, ys))
        print(f"fit: {intercept * 1e3:.1f} ms + {slope * 1e3:.2f} ms/page (largest deviation {worst:.0%}); "
              f"marginal page = {slope / base:.2f}× one render")
        per_page = [y / x for x, y in zip(xs, ys)]
        print(f"ms/page across sizes: {min(per_page) * 1e3:.1f} to {max(per_page) * 1e3:.1f} "
              f"(max/min {max(per_page) / min(per_page):.2f}; flat = linear)")
        if max(per_page) / base > TARGET:
            status = 1
        status = budget(folder) or status
    return status


def budget(folder: Path) -> int:
    """Every step of the vanishing lab in each format: seconds and megabytes against the budget."""
    from visualgrad.presets import get_preset
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.writers import render_scene
    tl = get_preset("vanishing").timeline()
    print(f"\nbudget: every step of the vanishing lab ({len(tl.steps)} steps), fresh renderer, "
          f"≤ {BUDGET_S:g} s and ≤ {BUDGET_MB:g} MB")
    print(f"{'format':7} {'files':>5} {'s':>7} {'MB':>7}")
    status = 0
    for fmt in BUDGET_FORMATS:
        out = folder / fmt
        out.mkdir()
        t = time.perf_counter()
        written = render_scene(tl, None, "all", "light", None, out / f"all.{fmt}", ExportOptions())
        seconds = time.perf_counter() - t
        mb = sum(f.stat().st_size for f in written) / 1e6
        ok = seconds <= BUDGET_S and mb <= BUDGET_MB
        status = status or (0 if ok else 1)
        print(f"{fmt:7} {len(written):5d} {seconds:7.1f} {mb:7.2f}  {'ok' if ok else 'ABOVE'}")
    return status


def _fit(xs, ys):
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx


if __name__ == "__main__":
    raise SystemExit(main())
