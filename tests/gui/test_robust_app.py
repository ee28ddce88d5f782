"""The app under hostile input, extreme numbers, broken Graphviz, unexpected exceptions and huge programs.

What a user would notice: the window stays up and keeps answering, their text stays as they typed it, the
error is shown where it is, the last good graph stays on screen, ∞/NaN nodes carry a red badge, and when
Graphviz is missing, crashes, hangs or talks nonsense the built-in layout takes over and the status bar says so.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_robust_text import HUGE, hostile_corpus  # noqa: E402 - the corpus lives with the text tests

from visualgrad.lang import MAX_NODES  # noqa: E402

# Qt's QPlainTextEdit stores text its own way: these come back normalised (nbsp -> space, \r -> \n,
# BOM dropped, a lone surrogate -> U+FFFD). The app parses exactly what the editor shows.
QT_NORMALISES = {"no-break space", "BOM", "lone surrogate", "carriage return only", "tabs and CRLF"}
HEAVY = {"200,000 terms", "1 MB of text"}  # one huge line: the window must keep answering
HANGS: set = set()  # inputs that would hang the window: none since names are capped at 200 characters


def titles(w):
    return sorted(item.title for item in w.scene.nodes.values())


class LoopWatch:
    """Counts event-loop turns with a 10 ms timer and remembers the longest gap between two turns."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.ticks, self.longest, self.last = 0, 0.0, time.perf_counter()

    def _tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def __enter__(self):
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self._tick()
        return False


def paste(w, text: str):
    """Replace everything in the editor by pasting, as a user does with Ctrl+A, Ctrl+V."""
    QApplication.clipboard().setText(text)
    w.editor.setFocus()
    w.editor.selectAll()
    w.editor.paste()


def settle(qtbot, w, timeout=30000):
    qtbot.waitUntil(lambda: not w.worker.busy() and (w.session.error is not None or
                                                      w.scene.tl is w.session.timeline), timeout=timeout)


def check_paste(qtbot, w, name, text, good_titles):
    """Paste, let the pause-after-typing timer rebuild, and check what the user sees."""
    start = time.perf_counter()
    paste(w, text)
    with qtbot.waitSignal(w.editor.changed, timeout=60000):
        pass  # the rebuild runs on the editor's own timer, as after typing
    settle(qtbot, w)
    elapsed = time.perf_counter() - start
    assert w.isVisible()
    shown = w.editor.toPlainText()
    assert shown == w.session.text, f"{name}: the app parsed something other than what the editor shows"
    if name not in QT_NORMALISES:
        assert shown == text, f"{name}: the editor changed the text"
    e = w.session.error
    if e is not None:
        label = w.error_label.text()
        assert e.message in label and f"column {e.column}" in label, (name, label)
        assert w.editor.error_at == (e.line, e.column, e.length)
        assert titles(w) == good_titles, f"{name}: the last good graph was not kept"
    else:
        assert w.error_label.text() == "" and w.editor.error_at is None
        assert w.scene.tl is w.session.timeline and len(w.scene.nodes) == len(w.timeline.nodes)
    return elapsed


def test_pasting_hostile_text_keeps_the_app_the_text_and_the_last_graph(qtbot, make_window):
    w = make_window()
    corpus = hostile_corpus()
    problems = []
    good = titles(w)  # the seed program: a good graph is on screen before the first paste
    for name, text in corpus.items():
        if name in HUGE or name in HEAVY or name in HANGS:
            continue
        good = titles(w) if w.session.error is None else good
        try:
            check_paste(qtbot, w, name, text, good)
        except AssertionError as e:
            problems.append(str(e))
    assert not problems, "\n".join(problems)
    # After all that, the app still works: a good program builds and steps.
    paste(w, "L = 2*(x**2 + exp(x))")
    w.rebuild_from_editor()
    settle(qtbot, w)
    w.jump("end")
    assert w.session.error is None and w.error_label.text() == ""
    assert w.timeline.steps[w.session.step].phase == "backward"


@pytest.mark.parametrize("name", sorted(HUGE - HEAVY - HANGS))
def test_pasting_huge_text_does_not_hang(qtbot, make_window, name):
    w = make_window()
    good = titles(w)
    text = hostile_corpus()[name]
    elapsed = check_paste(qtbot, w, name, text, good)
    assert elapsed < 30, f"pasting {name} took {elapsed:.1f} s"


@pytest.mark.parametrize("name", sorted(HEAVY))
def test_pasting_one_huge_line_keeps_the_window_answering(qtbot, make_window, name):
    w = make_window()
    good = titles(w)
    with LoopWatch() as watch:
        elapsed = check_paste(qtbot, w, name, hostile_corpus()[name], good)
    assert w.session.error is not None
    # Parsing runs on the GUI thread (~2.5 s for 200,000 terms); the bounds catch a freeze, with room for a busy CI.
    assert elapsed < 20 and watch.longest < 8, (elapsed, watch.longest)


def test_a_huge_name_does_not_hang_the_window(tmp_path):
    program = tmp_path / "long-name.txt"
    program.write_text(hostile_corpus()["1 MB name"], encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VISUALGRAD_TEST_PATHS="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    r = subprocess.run([sys.executable, "-m", "visualgrad", str(program), "--step", "end", "--screenshot",
                        str(tmp_path / "shot.png")], capture_output=True, text=True, env=env, timeout=30)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "names can have at most 200" in r.stderr


def test_a_program_over_the_node_limit_is_refused_with_a_message(qtbot, make_window):
    w = make_window()
    good = titles(w)
    text = "L = x" + " + x" * (MAX_NODES // 2 + 10)
    elapsed = check_paste(qtbot, w, "over the limit", text, good)
    # Refused at once: by the window's drawing limit (or the language's node limit behind it).
    assert "visualgrad trace" in w.error_label.text() or f"more than {MAX_NODES:,} operations" in w.error_label.text()
    assert elapsed < 30


# ---- ∞ and NaN on screen ------------------------------------------------------------------

def _item_image(w, item, scale=3.0) -> QImage:
    rect = item.sceneBoundingRect().adjusted(-6, -6, 6, 6)
    img = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format_ARGB32)
    img.fill(QColor(w.theme.background))
    p = QPainter(img)
    w.scene.render(p, QRectF(img.rect()), rect)
    p.end()
    return img


def _count_colour(img: QImage, colour: str, tolerance=40) -> int:
    c = QColor(colour)
    n = 0
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            p = img.pixelColor(x, y)
            if abs(p.red() - c.red()) + abs(p.green() - c.green()) + abs(p.blue() - c.blue()) < tolerance:
                n += 1
    return n


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_infinite_and_nan_nodes_wear_a_badge_and_the_narration_says_why(qtbot, make_window, tmp_path, theme):
    w = make_window("a = exp(1000*x)\nb = log(-x)\nL = a + b + y", values={"x": 2.0, "y": 1.0}, theme=theme)
    nodes = {item.title: item for item in w.scene.nodes.values()}
    tl = w.timeline
    a_id = nodes["a"].node_id
    w.go(tl.fwd_at[a_id])
    assert nodes["a"].view.warning and nodes["a"].view.value_text == "∞"
    assert "overflows to ∞" in w.narration.text.text()
    w.go(tl.fwd_at[nodes["b"].node_id])
    assert nodes["b"].view.warning and nodes["b"].view.value_text == "NaN"
    assert "log of a negative number is undefined (NaN)" in w.narration.text.text()
    w.jump("end")
    assert not nodes["y"].view.warning and nodes["y"].view.grad_text == "1"
    # The badge is drawn: the theme's warning red is on the bad node and not on the good one.
    bad, good = _item_image(w, nodes["a"]), _item_image(w, nodes["y"])
    assert _count_colour(bad, w.theme.warning) > 20
    assert _count_colour(good, w.theme.warning) == 0
    shot = tmp_path / f"badge-{theme}.png"
    assert w.grab().save(str(shot))
    if os.environ.get("VISUALGRAD_KEEP_SHOTS"):  # to look at them: VISUALGRAD_KEEP_SHOTS=/some/dir
        w.grab().save(os.path.join(os.environ["VISUALGRAD_KEEP_SHOTS"], shot.name))
        bad.save(os.path.join(os.environ["VISUALGRAD_KEEP_SHOTS"], f"badge-node-{theme}.png"))


def test_editing_an_input_into_overflow_and_back(qtbot, make_window):
    w = make_window("L = exp(x) * y", values={"x": 1.0, "y": 2.0})
    w.jump("end")
    ed = w.inputs.editors["x"]
    ed.setText("1000")
    with qtbot.waitSignal(w.ready, timeout=20000):
        ed.editingFinished.emit()
    L = next(i for i in w.scene.nodes.values() if i.title == "L")
    assert L.view.warning and L.view.value_text == "∞"
    assert w.session.step == len(w.timeline.steps) - 1
    ed.setText("1")
    with qtbot.waitSignal(w.ready, timeout=20000):
        ed.editingFinished.emit()
    assert not L.view.warning and L.view.value_text == "5.437"


# ---- Graphviz missing, crashing, hanging, talking nonsense --------------------------------

def fake_dot(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(path)


DOTS = {
    "missing": (None, "was not found"),
    "crashing": ("cat >/dev/null\nkill -SEGV $$", "Graphviz failed"),
    "failing": ("cat >/dev/null\necho 'Error: syntax error in line 1' >&2\nexit 1", "Graphviz failed"),
    "hanging": ("exec sleep 60", "timed out after 1.5 s"),
    "hanging child": ("sleep 60 &\nwait", "timed out after 1.5 s"),
    "garbage": ("cat >/dev/null\necho '{\"this is\": not json'", "unreadable answer"),
    "binary garbage": ("cat >/dev/null\nhead -c 2000 /dev/urandom", "unreadable answer"),
    "wrong json": ("cat >/dev/null\necho '{\"objects\": 42, \"bb\": \"x\"}'", "unreadable answer"),
    "empty answer": ("cat >/dev/null", "unreadable answer"),
}


@pytest.mark.parametrize("kind", list(DOTS))
def test_broken_graphviz_falls_back_without_freezing_the_window(qtbot, make_window, tmp_path, kind):
    w = make_window()
    body, note = DOTS[kind]
    w.worker.dot_path = str(tmp_path / "no-such-dot") if body is None else fake_dot(tmp_path, "dot", body)
    w.worker.timeout = 1.5
    with LoopWatch() as watch:
        with qtbot.waitSignal(w.ready, timeout=30000):
            w.set_direction("LR")  # a new layout, through the worker
    assert "built-in" in w.engine_label.text()
    assert note in w.statusBar().currentMessage(), w.statusBar().currentMessage()
    assert len(w.scene.nodes) == 6 and len(w.scene.edges) == 6
    assert watch.longest < 1.0, f"the window froze for {watch.longest:.2f} s"
    if kind.startswith("hanging"):
        assert watch.ticks > 50  # the loop kept turning the whole time dot hung
    # The app goes on working on the built-in layout.
    w.jump("end")
    assert w.timeline.steps[w.session.step].phase == "backward"


def test_a_hanging_dot_does_not_block_typing(qtbot, make_window, tmp_path):
    """While dot hangs, the user types a new program; the newest program wins and the old answer is dropped."""
    w = make_window()
    w.worker.dot_path = fake_dot(tmp_path, "dot", "exec sleep 60")
    w.worker.timeout = 2.0
    with LoopWatch() as watch:
        w.set_direction("LR")
        qtbot.wait(200)
        assert w.worker.busy()
        paste(w, "L = x*y + y")
        w.rebuild_from_editor()
        qtbot.waitUntil(lambda: titles(w) == sorted(["x", "y", "x·y", "L"]) and not w.worker.busy(), timeout=30000)
    assert watch.longest < 1.0
    assert w.editor.toPlainText() == "L = x*y + y"


# ---- unexpected exceptions -----------------------------------------------------------------

@pytest.fixture
def crash_guard(monkeypatch, make_window):
    """A window with the app's crash guard installed; sys.excepthook restored after."""
    from visualgrad.qt.app import install_crash_guard
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    w = make_window()
    w.editor.timer.stop()
    install_crash_guard(lambda: w)
    yield w
    for box in w.findChildren(QMessageBox):
        box.close()
        box.deleteLater()


def crash_box(qtbot, w, trigger) -> QMessageBox:
    """Run `trigger` from the event loop with dialogs allowed only until the crash dialog is up.

    Only that long: with the window's dialogs on, other parts of the app (an offer to restore
    unsaved work, "save your changes?" on close) may open modal boxes nobody answers offscreen.
    """
    def up():
        return [b for b in w.findChildren(QMessageBox) if b.isVisible() and b.detailedText()]

    old, w.dialogs = w.dialogs, True
    try:
        QTimer.singleShot(0, trigger)  # from the event loop, like a click
        qtbot.waitUntil(lambda: bool(up()), timeout=5000)
    finally:
        w.dialogs = old
    return up()[0]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_details_and_the_app_goes_on(qtbot, crash_guard, capfd):
    w = crash_guard
    paste(w, "L = 2*(x**2 + exp(x))  # my lecture")
    w.editor.timer.stop()
    w.rebuild_from_editor()
    settle(qtbot, w)
    text = w.editor.toPlainText()
    real = w.trace.show_step

    def boom(*args):
        raise RuntimeError("boom in the trace panel")

    w.trace.show_step = boom
    try:
        box = crash_box(qtbot, w, w.actions.next.trigger)
    finally:
        w.trace.show_step = real
    assert "Your text is kept" in box.text()
    assert "RuntimeError: boom in the trace panel" in box.detailedText()
    assert "boom in the trace panel" in capfd.readouterr().err  # the details also go to the terminal
    box.close()
    # Alive, text intact, still stepping.
    assert w.isVisible() and w.editor.toPlainText() == text
    before = w.session.step
    w.actions.next.trigger()
    assert w.session.step == before + 1


@pytest.mark.qt_no_exception_capture
def test_an_exception_while_rebuilding_keeps_the_text_and_the_graph(qtbot, crash_guard):
    w = crash_guard
    good = titles(w)
    real = w.session._make

    def broken():
        raise ValueError("an engine bug")

    w.session._make = broken
    paste(w, "L = x*3  # typed just before the bug")
    w.editor.timer.stop()
    try:
        box = crash_box(qtbot, w, w.rebuild_from_editor)
    finally:
        w.session._make = real
    assert "ValueError: an engine bug" in box.detailedText()
    box.close()
    assert w.editor.toPlainText() == "L = x*3  # typed just before the bug"
    assert titles(w) == good
    w.rebuild_from_editor()
    settle(qtbot, w)
    assert titles(w) == sorted(["x", "3", "L"])


def _red_box(img: QImage, colour: str):
    c = QColor(colour)
    xs, ys = [], []
    for y in range(img.height()):
        for x in range(img.width()):
            p = img.pixelColor(x, y)
            if abs(p.red() - c.red()) + abs(p.green() - c.green()) + abs(p.blue() - c.blue()) < 40:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_the_warning_badge_is_drawn_whole(qtbot, make_window):
    """The badge is a red disc in a white ring: the ring is there on every side, not cut off."""
    w = make_window("a = exp(1000*x)\nL = a*y", values={"x": 2.0, "y": 1.0}, theme="dark")
    w.jump("end")
    item = next(i for i in w.scene.nodes.values() if i.title == "a")
    scale = 4
    rect = item.sceneBoundingRect().adjusted(-20, -20, 20, 20)
    img = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format_ARGB32)
    img.fill(QColor(w.theme.background))
    p = QPainter(img)
    w.scene.render(p, QRectF(img.rect()), rect)
    p.end()
    x0, y0, x1, y1 = _red_box(img, w.theme.warning)
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    ring = {"left": img.pixelColor(x0 - 3, cy), "right": img.pixelColor(x1 + 3, cy),
            "top": img.pixelColor(cx, y0 - 3), "bottom": img.pixelColor(cx, y1 + 3)}
    assert all(c.lightness() > 200 for c in ring.values()), {k: c.name() for k, c in ring.items()}


# ---- rebuilding while a layout is on its way ---------------------------------------------------

@pytest.mark.parametrize("second", ["run again", "edit an input"])
def test_rebuilding_while_the_layout_is_pending(qtbot, make_window, tmp_path, second):
    import shutil
    w = make_window()
    real = shutil.which("dot")
    body = f'sleep 1\nexec "{real}" "$@"' if real else "sleep 1\nexit 1"
    w.worker.dot_path = fake_dot(tmp_path, "slow-dot", body)
    paste(w, "L = x*y")
    w.editor.timer.stop()  # one rebuild now; the second is the test's
    w.rebuild_from_editor()
    assert w.worker.busy()
    if second == "run again":
        w.rebuild_from_editor()  # Ctrl+Enter, or the typing timer, before the layout answers
    else:
        w.set_value("y", 5.0)
    assert len(w.scene.nodes) == len(w.scene.tl.nodes)
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=30000)
    assert titles(w) == sorted(["x", "y", "L"])


@pytest.mark.parametrize("how", ["next", "end", "play"])
def test_stepping_while_a_bigger_graph_is_laid_out(qtbot, make_window, tmp_path, how):
    import shutil
    w = make_window("L = x*2", values={"x": 3.0})
    real = shutil.which("dot")
    w.worker.dot_path = fake_dot(tmp_path, "slow-dot", f'sleep 1\nexec "{real}" "$@"' if real else "sleep 1\nexit 1")
    w.jump("end")
    paste(w, "a = x*y\nb = exp(a) + a\nc = b*y + x\nL = c**2")
    w.editor.timer.stop()
    w.rebuild_from_editor()
    assert w.worker.busy()
    if how == "next":
        for _ in range(6):
            w.next_step()
    elif how == "end":
        w.jump("end")
    else:
        w.actions.speed.setValue(4)
        w.toggle_play()
        qtbot.wait(700)
        w.toggle_play()
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=30000)
    assert len(w.scene.nodes) == len(w.timeline.nodes)
    w.jump("end")
    assert w.timeline.steps[w.session.step].phase == "backward"


# ---- big graphs -------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [5_000, 16_000])
def test_a_graph_beyond_the_drawing_limit_is_refused_at_once(qtbot, make_window, n):
    """Up to the language's own limit: the window refuses, quickly, and points to `visualgrad trace`."""
    from visualgrad.session import MAX_DRAWN
    w = make_window()
    good = titles(w)
    text = "\n".join(["a0 = x*1.0001"] + [f"a{i} = a{i - 1}*1.0001" for i in range(1, n)] + [f"L = a{n - 1}*2"])
    with LoopWatch() as watch:
        paste(w, text)
        w.editor.timer.stop()
        QTimer.singleShot(0, w.rebuild_from_editor)
        qtbot.waitUntil(lambda: w.session.error is not None, timeout=60_000)
    assert "visualgrad trace" in w.error_label.text() and f"{MAX_DRAWN:,}" in w.error_label.text()
    assert titles(w) == good
    assert watch.longest < 5, f"the window froze for {watch.longest:.1f} s"


def test_a_graph_just_under_the_drawing_limit_is_drawn_without_a_long_freeze(qtbot, make_window):
    from visualgrad.session import MAX_DRAWN
    w = make_window()
    n = (MAX_DRAWN - 10) // 2  # two nodes a statement (the product and its constant), and x
    text = "\n".join(["a0 = x*1.0001"] + [f"a{i} = a{i - 1}*1.0001" for i in range(1, n)] + [f"L = a{n - 1}*2"])
    with LoopWatch() as watch:
        paste(w, text)
        w.editor.timer.stop()
        QTimer.singleShot(0, w.rebuild_from_editor)
        qtbot.waitUntil(lambda: w.session.error is None and len(w.session.timeline.nodes) > n and
                        w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=120_000)
    assert len(w.scene.nodes) == len(w.timeline.nodes) <= MAX_DRAWN
    w.jump("end")
    # Building the timeline and ~6,000 scene items runs on the GUI thread: a pause, not a hang.
    assert watch.longest < 10, f"the window froze for {watch.longest:.1f} s"


# ---- presets drawn with collapsed layers ---------------------------------------------------------

@pytest.mark.parametrize("preset", ["vanishing", "xor-mlp"])
def test_stepping_through_every_step_of_a_collapsed_preset(qtbot, make_window, preset):
    """Next, Previous and jumps over a preset whose layers are drawn as one box each."""
    w = make_window(preset=preset)
    n = len(w.timeline.steps)
    for _ in range(n):
        w.next_step()
    assert w.session.step == n - 1
    for _ in range(n):
        w.previous_step()
    assert w.session.step == 0
    for where in ("end", "loss", "forward-end", "start"):
        w.jump(where)


# ---- where the error is shown ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["L = x*", "L = 2*(x", "a = x*y\nL = a +"])
def test_an_error_at_the_end_of_the_text_is_underlined(qtbot, make_window, text):
    w = make_window()
    paste(w, text)
    w.editor.timer.stop()
    w.rebuild_from_editor()
    assert w.session.error is not None and w.editor.error_at is not None
    selections = w.editor.extraSelections()  # kept: the cursors live as long as this list
    underline = selections[-1].cursor
    assert underline.hasSelection(), "nothing is underlined"


def test_the_whole_explanation_of_an_overflow_is_on_screen(qtbot, make_window):
    w = make_window("a = exp(1000*x)\nL = a*y", values={"x": 2.0, "y": 1.0})
    w.resize(1000, 760)  # a laptop beside a projector: the sentence needs two lines
    a = next(i for i, n in w.timeline.nodes.items() if n.label == "a")
    w.go(w.timeline.fwd_at[a])
    qtbot.wait(100)
    label = w.narration.text
    assert "overflows to ∞" in label.text()
    one_line = label.fontMetrics().height()
    assert label.heightForWidth(label.width()) > 1.5 * one_line  # it wraps
    assert label.height() >= label.heightForWidth(label.width()), "the sentence is cut off"
