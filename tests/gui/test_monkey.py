"""A long session in two minutes: a seeded monkey does 2,000 random things to a real window.

It types good and bad programs (and pastes hostile ones), steps, jumps, plays and pauses, edits inputs,
switches presets, themes, direction and folding, trains a little, finds nodes, zooms and exports a step.
Nothing may raise (every exception that reaches sys.excepthook, as the crash dialog would, is collected),
and at the end no animation is left running and no stray window is open. A second test steps back and
forth 10,000 times and bounds the memory that stays allocated.
"""
from __future__ import annotations

import gc
import os
import random
import sys
import time
import traceback
import tracemalloc
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_robust_text import HUGE, hostile_corpus  # noqa: E402

from visualgrad.presets import PRESETS  # noqa: E402

SEED = 20240517
ACTIONS = 2000
GOOD = [
    "L = 2*(x**2 + exp(x))",
    "a = x*y\nb = a + y\nL = b*b",
    "W = [[0.5, -0.2], [0.1, 0.4]]\nv = [1.0, 2.0]\nL = sum(tanh(W @ v))",
    "x = 3\nL = log(x) + sqrt(x)",
    "L = exp(1000*x) + y",  # ∞ on purpose
    "L = log(-x) * y",  # NaN on purpose
    "import torch\nx = torch.tensor(2.0, requires_grad=True)\nL = (x.exp() * x).sum()\nL.backward()",
    "h = sigmoid(w*x + b)\nL = (h - 1)**2",
]
# False: the monkey types, edits and steps while Graphviz is still working, where stale answers and
# half-drawn graphs would show. True makes it wait for each new graph like a patient user.
WAIT_FOR_LAYOUT = False
COLLAPSED_LAYERS_OK = True  # also toggle View → Collapse layers
KNOWN_WARNING_FILES: tuple = ()  # files allowed to emit RuntimeWarnings (none)


class Collector:
    """sys.excepthook during the test: remembers every exception a slot raised."""

    def __init__(self):
        self.errors: list[str] = []

    def __call__(self, kind, value, tb):
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))


@pytest.fixture
def collected(monkeypatch):
    c = Collector()
    monkeypatch.setattr(sys, "excepthook", c)
    return c


def _visible_top_levels(main) -> set:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main}


class Monkey:
    def __init__(self, qtbot, w, rng: random.Random, tmp: Path):
        self.qtbot, self.w, self.rng, self.tmp = qtbot, w, rng, tmp
        corpus = hostile_corpus(tmp / "executed")
        self.bad = [t for name, t in corpus.items() if name not in HUGE]
        self.log: list[str] = []
        self.seconds: dict[str, float] = {}  # time spent per kind of action, printed with -s
        self.exports = 0
        self.actions = [  # (weight, action)
            (30, self.step), (6, self.jump), (4, self.go_anywhere), (4, self.play),
            (5, self.type_good), (5, self.type_bad), (3, self.keystrokes), (5, self.edit_input),
            (2, self.preset), (2, self.theme), (2, self.direction), (2, self.fold), (1, self.train),
            (2, self.find), (2, self.zoom), (1, self.export), (2, self.wait),
        ]
        collapse = getattr(w.actions, "collapse", None)
        if collapse is not None:
            if COLLAPSED_LAYERS_OK:
                self.actions.append((1, self.collapse))
            elif collapse.isChecked():
                collapse.trigger()
                self.settle()
        self.weights = [a[0] for a in self.actions]

    def run(self, n: int):
        for k in range(n):
            action = self.rng.choices(self.actions, self.weights)[0][1]
            self.log.append(action.__name__)
            start = time.perf_counter()
            action()
            QApplication.processEvents()
            self.seconds[action.__name__] = self.seconds.get(action.__name__, 0.0) + time.perf_counter() - start

    # ---- the program -----------------------------------------------------------------
    def settle(self, force: bool = False):
        if WAIT_FOR_LAYOUT or force:
            self.qtbot.waitUntil(lambda: not self.w.worker.busy() and (
                self.w.session.error is not None or self.w.scene.tl is self.w.session.timeline), timeout=30000)

    def type_good(self):
        self.w.editor.setPlainText(self.rng.choice(GOOD))
        self.w.rebuild_from_editor()
        self.settle()

    def type_bad(self):
        text = self.rng.choice(self.bad + [g[:self.rng.randrange(1, len(g))] for g in GOOD])
        self.w.editor.setPlainText(text)
        self.w.rebuild_from_editor()
        self.settle()

    def keystrokes(self):
        """Real typing at the end of the program; the pause timer rebuilds later, on its own."""
        if self.w.editor.isReadOnly():
            return
        self.w.editor.moveCursor(self.w.editor.textCursor().MoveOperation.End)
        keys = self.rng.choice([" + x", "*2", ")", "\nL = L*3", "#", " − 1", "x", "（", "\x00"])
        if keys.startswith("\n"):
            self.qtbot.keyClick(self.w.editor, Qt.Key_Return)
            self.qtbot.keyClicks(self.w.editor, keys[1:])
        elif keys.isascii() and keys.isprintable():
            self.qtbot.keyClicks(self.w.editor, keys)
        else:
            self.w.editor.insertPlainText(keys)  # QTest types only Latin-1 keys; this is what pasting does
        if self.rng.random() < 0.5:
            self.qtbot.wait(500)  # long enough for the timer
            self.settle()

    def edit_input(self):
        eds = list(self.w.inputs.editors.items())
        if not eds:
            return
        name, ed = self.rng.choice(eds)
        value = self.rng.choice(["0", "-3", "2.5", "1e308", "-1e-300", "7", "abc", ""])
        if hasattr(ed, "setText"):
            ed.setText(value)
            ed.editingFinished.emit()
        elif ed.rowCount() and ed.columnCount():
            ed.item(self.rng.randrange(ed.rowCount()), self.rng.randrange(ed.columnCount())).setText(value)
        self.settle()

    def preset(self):
        self.w.load_preset(self.rng.choice(list(PRESETS)))
        self.settle()

    # ---- stepping ----------------------------------------------------------------------
    def step(self):
        (self.w.next_step if self.rng.random() < 0.6 else self.w.previous_step)()

    def jump(self):
        self.w.jump(self.rng.choice(["start", "forward-end", "loss", "end", "seed", "backward"]))

    def go_anywhere(self):
        if self.w.timeline is not None:
            self.w.go(self.rng.randrange(-2, len(self.w.timeline.steps) + 2))

    def play(self):
        self.w.actions.speed.setValue(self.rng.randrange(5))
        self.w.toggle_play()

    def wait(self):
        self.qtbot.wait(self.rng.choice([5, 20, 60]))

    # ---- the view --------------------------------------------------------------------------
    def theme(self):
        self.w.set_theme(self.rng.choice(["light", "dark", "slide", "colorblind"]))
        self.settle()

    def direction(self):
        self.w.actions.left_right.trigger()
        self.settle()

    def fold(self):
        self.w.actions.fold.trigger()
        self.settle()

    def collapse(self):
        self.w.actions.collapse.trigger()
        self.settle()

    def find(self):
        self.w.show_find()
        self.w.find_bar.setText(self.rng.choice(["x", "L", "a", "zz", "", "W"]))
        self.w.find_next()

    def zoom(self):
        self.rng.choice([self.w.actions.zoom_in, self.w.actions.zoom_out, self.w.actions.fit]).trigger()

    def train(self):
        panel = getattr(self.w, "training_panel", None)
        if panel is not None and self.w.docks.get("training") is not None and self.w.docks["training"].isVisible():
            panel.run(self.rng.choice([1, 10]))
            self.qtbot.waitUntil(lambda: not panel.timer.isActive(), timeout=30000)
            self.settle()
        lab = getattr(self.w, "lab_panel", None)
        if lab is not None and self.w.docks.get("lab") is not None and self.w.docks["lab"].isVisible():
            lab.depth.setValue(self.rng.randrange(1, 12))
            lab.activation.setCurrentIndex(self.rng.randrange(lab.activation.count()))
            self.qtbot.wait(600)
            self.settle()

    def export(self):
        try:
            from visualgrad.qt.export.options import ExportOptions
            from visualgrad.qt.export.writers import render_scene
        except ImportError:
            return
        w = self.w
        if w.scene.tl is None or w.layout_result is None:
            return
        out = self.tmp / f"step-{self.exports % 3}.png"
        files = render_scene(w.scene.tl, w.layout_result, w.scene.step + 1, w.theme, w.options, out,
                             ExportOptions(scale=1.0))
        assert files and all(f.stat().st_size > 1000 for f in files)
        self.exports += 1


@pytest.mark.qt_no_exception_capture
def test_two_thousand_random_actions(qtbot, make_window, tmp_path, collected):
    w = make_window()
    before = _visible_top_levels(w)
    monkey = Monkey(qtbot, w, random.Random(SEED), tmp_path)
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        monkey.run(ACTIONS)
    took = time.perf_counter() - start
    assert not collected.errors, f"{len(collected.errors)} exception(s); the first:\n{collected.errors[0]}"
    # numpy's warnings must not reach the terminal.
    leaked = {f"{Path(w_.filename).name}:{w_.lineno}: {w_.message}" for w_ in caught
              if issubclass(w_.category, RuntimeWarning)
              and not (KNOWN_WARNING_FILES and w_.filename.endswith(KNOWN_WARNING_FILES))}
    assert not leaked, sorted(leaked)
    monkey.settle(force=True)
    # Stop playing and rest on a step without moving dots: nothing may still be animating.
    if w.play_timer.isActive():
        w.toggle_play()
    w.jump("start")
    QApplication.processEvents()
    assert not w.play_timer.isActive() and w.actions.play.text() == "Play"
    assert not w.animator.running()
    # No dialog, message box or stray window was left open.
    assert _visible_top_levels(w) == before
    # The window still does its job.
    w.load_text(GOOD[0], {"x": 3.0})
    monkey.settle(force=True)
    w.jump("end")
    assert w.session.error is None and len(w.scene.nodes) == len(w.timeline.nodes) == 6
    assert "52.17" in next(i for i in w.scene.nodes.values() if i.title == "x").view.grad_text
    assert monkey.exports > 0 and len(set(monkey.log)) == len(monkey.actions)
    print(f"\n{ACTIONS} actions in {took:.1f} s; {monkey.exports} exports; seconds per kind: "
          + ", ".join(f"{k} {v:.1f}" for k, v in sorted(monkey.seconds.items(), key=lambda kv: -kv[1])))


def _traced_mb() -> float:
    gc.collect()
    return tracemalloc.get_traced_memory()[0] / 1e6


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


STEPS = 10_000
TRACED = 2_000  # tracemalloc slows stepping ~7x, so it watches the last 2,000 steps (the benchmark all 10,000)


def test_memory_stays_flat_over_ten_thousand_steps(qtbot, make_window):
    """Stepping back and forth for a whole lecture keeps nothing: Python objects and process memory stay flat."""
    w = make_window("a = x*y\nb = exp(a) + a\nc = b*y + x\nL = c**2", values={"x": 0.5, "y": 1.5})
    n = len(w.timeline.steps)
    rng = random.Random(SEED)

    def walk(count):
        for k in range(count):
            r = rng.random()
            if r < 0.45:
                w.next_step() if w.session.step < n - 1 else w.go(0)
            elif r < 0.9:
                w.previous_step() if w.session.step > 0 else w.go(n - 1)
            else:
                w.go(rng.randrange(n))
            if k % 50 == 0:
                QApplication.processEvents()
        QApplication.processEvents()

    walk(1000)  # warm-up: caches, pixmaps, interned strings
    gc.collect()
    rss0 = rss_mb()
    walk(STEPS - TRACED)
    tracemalloc.start()
    try:
        base = _traced_mb()
        walk(TRACED)
        grown = _traced_mb() - base
    finally:
        tracemalloc.stop()
    gc.collect()
    rss_grown = rss_mb() - rss0
    w.animator.clear()
    # 500 bytes a step would be 5 MB over a 10,000-step lecture.
    assert grown < 5.0 * TRACED / STEPS, f"{grown:.2f} MB of Python objects stayed after {TRACED:,} steps"
    assert rss_grown < 30.0, f"the process grew {rss_grown:.1f} MB over {STEPS:,} steps"
