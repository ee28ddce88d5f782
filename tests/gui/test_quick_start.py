"""`visualgrad` shows its window first and loads numpy, the engine and the first graph just after."""
import os
import subprocess
import sys

from visualgrad.qt.window.main_window import MainWindow

PROBE = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from visualgrad.cli import make_app_parser
from visualgrad.qt import app as appmod

def watch(app, window):
    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                heavy = sorted(m for m in ("numpy", "visualgrad.engine", "visualgrad.lang", "visualgrad.timeline",
                                           "visualgrad.layout", "visualgrad.presets") if m in sys.modules)
                print("at first paint:", ",".join(heavy) or "-", "|", window.editor.toPlainText(), flush=True)
                window.started.connect(lambda: print("started:", "numpy" in sys.modules, flush=True))
                window.ready.connect(lambda: (print("drawn:", len(window.scene.nodes), flush=True), app.quit()))
                obj.removeEventFilter(self)
            return False
    window._watch = Watch(window)
    window.installEventFilter(window._watch)

appmod._quit_after_first_paint = watch
os.environ["VISUALGRAD_EXIT_AFTER_PAINT"] = "1"
sys.exit(appmod.run_app(make_app_parser().parse_args(["L = 2*(x**2 + exp(x))"])))
"""


def test_the_window_paints_before_numpy_and_the_engine_load(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), VISUALGRAD_TEST_PATHS="1")
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    lines = r.stdout.splitlines()
    assert r.returncode == 0, r.stderr
    assert lines[0] == "at first paint: - | L = 2*(x**2 + exp(x))", r.stdout  # the text is there at once
    assert lines[1:] == ["started: True", "drawn: 6"], r.stdout


def test_a_quick_start_ends_with_the_whole_window(qtbot, settings):
    w = MainWindow(settings, text="L = x*y", values={"x": 2.0, "y": 5.0}, quick_start=True)
    qtbot.addWidget(w)
    # Before the first paint: the text is in the editor; no graph, no presets, no features yet.
    assert w.editor.toPlainText() == "L = x*y" and w.session.timeline is None
    assert not w.presets_menu.actions()
    w.show()
    with qtbot.waitSignal(w.started, timeout=20000):
        pass
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=20000)
    assert sorted(i.title for i in w.scene.nodes.values()) == ["L", "x", "y"]
    assert w.presets_menu.actions()[0] is w.gallery_action  # the gallery on top, as in a normal start
    assert len(w.presets_menu.actions()) > 5
    assert "Starting" not in w.statusBar().currentMessage()
    w.jump("end")
    x = next(i for i in w.scene.nodes.values() if i.title == "x")
    assert x.view.grad_text == "5"
