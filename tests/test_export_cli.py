"""`visualgrad export` as a user runs it, and the app's export of the same step giving the same picture."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VISUALGRAD_NO_DIALOGS"] = "1"

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402
from PIL import Image, ImageChops  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

from visualgrad.cli import main  # noqa: E402

QStandardPaths.setTestModeEnabled(True)
SEED = "L = 2*(x**2 + exp(x))"


def run(*argv):
    return main(["export", *map(str, argv)])


@pytest.fixture
def window(qtbot, tmp_path):
    from visualgrad.qt.application import application
    from visualgrad.qt.window.main_window import MainWindow
    application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    w = MainWindow(settings, text=SEED, values={"x": 3.0})
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=20000)
    yield w
    w.play_timer.stop()
    w.animator.clear()
    w.worker.wait(5000)


def test_cli_writes_each_format(tmp_path, capsys):
    for fmt in ("svg", "pdf", "png", "gif", "pptx"):
        out = tmp_path / f"seed.{fmt}"
        assert run(SEED, "--set", "x=3", "-o", out, "--step", "10") == 0
        assert out.stat().st_size > 1000
    assert str(tmp_path / "seed.png") in capsys.readouterr().out


def test_cli_sequence_and_preset(tmp_path):
    from pptx import Presentation
    assert run(SEED, "--set", "x=3", "-o", tmp_path / "all.pptx", "--step", "all") == 0
    assert len(Presentation(str(tmp_path / "all.pptx")).slides) == 11
    assert run(SEED, "--set", "x=3", "-o", tmp_path / "b.png", "--step", "backward", "--scale", "1") == 0
    assert sorted(p.name for p in tmp_path.glob("b-*.png")) == [f"b-{i:03d}.png" for i in range(1, 6)]
    assert run("--preset", "chain-rule", "-o", tmp_path / "chain.svg", "--theme", "slide") == 0
    assert "Chain rule" in (tmp_path / "chain.svg").read_text(encoding="utf-8")  # the preset's title heads the page


@pytest.mark.parametrize("argv, message", [
    (["--preset", "no-such-preset", "-o", "{tmp}/a.png"], "no-such-preset"),
    ([SEED, "-o", "{tmp}/a.png", "--step", "99"], "out of range"),
    ([SEED, "-o", "{tmp}/a.png", "--step", "sideways"], "unknown step"),
    ([SEED, "-o", "{tmp}/a.bmp"], "unknown format"),
    ([SEED, "-o", "{tmp}/a.png", "--theme", "neon"], "unknown theme"),
    ([SEED, "-o", "{tmp}/no/such/folder/a.png"], "does not exist"),
    ([SEED, "-o", "{tmp}/a.png", "--scale", "9"], "--scale"),
    (["L = 2*(x**", "-o", "{tmp}/a.png"], ""),
])
def test_cli_bad_input_exits_2_with_a_clear_message(tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert run(*argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_cli_without_a_display_runs_offscreen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "headless.png"
    r = subprocess.run([sys.executable, "-m", "visualgrad", "export", SEED, "--set", "x=3", "-o", str(out)],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert Image.open(out).size[0] > 200


def test_app_export_and_cli_export_are_the_same_picture(window, tmp_path):
    from visualgrad.qt.export.dialog import AS_SHOWN, ExportChoices, export_from_window
    from visualgrad.qt.export.options import ExportOptions
    window.go(9)  # backward: the live scene now carries the animator's moving dots
    assert window.animator.dots
    app_png = tmp_path / "app.png"
    export_from_window(window, app_png, ExportChoices("current", "png", AS_SHOWN, ExportOptions(scale=2)))
    cli_png = tmp_path / "cli.png"
    assert run(SEED, "--set", "x=3", "-o", cli_png, "--step", "10", "--scale", "2") == 0  # step 10 is index 9
    a, b = Image.open(app_png).convert("RGBA"), Image.open(cli_png).convert("RGBA")
    assert a.size == b.size
    assert ImageChops.difference(a, b).getbbox() is None  # identical pixels


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_app_and_cli_pdf_have_the_same_pages(window, tmp_path):
    from visualgrad.qt.export.dialog import AS_SHOWN, ExportChoices, export_from_window
    from visualgrad.qt.export.options import ExportOptions
    export_from_window(window, tmp_path / "app.pdf", ExportChoices("all", "pdf", AS_SHOWN, ExportOptions()))
    assert run(SEED, "--set", "x=3", "-o", tmp_path / "cli.pdf", "--step", "all") == 0
    info = [subprocess.run(["pdfinfo", str(tmp_path / n)], capture_output=True, text=True, timeout=60).stdout
            for n in ("app.pdf", "cli.pdf")]
    pick = [[ln for ln in i.splitlines() if ln.startswith(("Pages:", "Page size:"))] for i in info]
    assert pick[0] == pick[1] and "Pages:           11" in pick[0]
