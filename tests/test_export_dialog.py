"""File → Export… and Edit → Copy diagram, driven like a user."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VISUALGRAD_NO_DIALOGS"] = "1"

import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

QStandardPaths.setTestModeEnabled(True)
SEED = "L = 2*(x**2 + exp(x))"


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


def pick(combo, data):
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def open_dialog(qtbot, w):
    w.actions.export.trigger()  # File → Export… (Ctrl+E)
    from visualgrad.qt.export.dialog import ExportDialog
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(ExportDialog)), timeout=5000)
    return next(d for d in w.findChildren(ExportDialog) if d.isVisible())


def click_export(qtbot, dlg):
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)


def test_export_this_step_as_png_from_the_menu(qtbot, window, tmp_path):
    window.go(9)
    dlg = open_dialog(qtbot, window)
    assert "10 of 11" in dlg.what.currentText()
    pick(dlg.format, "png")
    dlg.scale.setValue(3)
    dlg.path.setText(str(tmp_path / "step"))
    click_export(qtbot, dlg)
    out = tmp_path / "step.png"  # the format's suffix is added
    assert out.exists() and not dlg.isVisible()
    w1 = Image.open(out).size[0]
    assert w1 > 900
    assert "step.png" in window.statusBar().currentMessage()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_every_step_as_one_pdf_and_a_range(qtbot, window, tmp_path):
    dlg = open_dialog(qtbot, window)
    pick(dlg.what, "all")
    pick(dlg.format, "pdf")
    pick(dlg.theme, "slide")
    pick(dlg.page, "16:9")
    dlg.path.setText(str(tmp_path / "lecture.pdf"))
    click_export(qtbot, dlg)
    info = subprocess.run(["pdfinfo", str(tmp_path / "lecture.pdf")], capture_output=True, text=True, timeout=60).stdout
    assert re.search(r"Pages:\s+11\b", info)
    assert re.search(r"Page size:\s+960 x 540 pts", info)  # a 16:9 slide, 13.33 × 7.5 in

    dlg = open_dialog(qtbot, window)
    assert dlg.format.currentData() == "pdf"  # the last choices are remembered
    pick(dlg.what, "range")
    assert dlg.range_row.isVisible()
    dlg.first.setValue(8)
    dlg.last.setValue(11)
    dlg.path.setText(str(tmp_path / "backward.pdf"))
    click_export(qtbot, dlg)
    info = subprocess.run(["pdfinfo", str(tmp_path / "backward.pdf")], capture_output=True, text=True, timeout=60).stdout
    assert re.search(r"Pages:\s+4\b", info)


def test_one_phase_as_pptx(qtbot, window, tmp_path):
    from pptx import Presentation
    dlg = open_dialog(qtbot, window)
    pick(dlg.what, "backward")
    pick(dlg.format, "pptx")
    pick(dlg.page, "4:3")  # PowerPoint slides are 16:9 unless 4:3 is asked for
    dlg.path.setText(str(tmp_path / "deck.pptx"))
    click_export(qtbot, dlg)
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert abs(deck.slide_width / deck.slide_height - 4 / 3) < 0.01
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides]
    tl = window.scene.tl
    assert notes == [s.text for s in tl.steps if s.phase in ("seed", "backward")]


def test_cancel_removes_partial_output(qtbot, window, tmp_path):
    from visualgrad.qt.export.dialog import AS_SHOWN, ExportChoices, export_from_window
    from visualgrad.qt.export.options import ExportCancelled, ExportOptions
    with pytest.raises(ExportCancelled):
        export_from_window(window, tmp_path / "f.png", ExportChoices("all", "png", AS_SHOWN, ExportOptions(scale=1)),
                           progress=lambda done, total: done < 5)
    assert list(tmp_path.glob("f*")) == [] and list(tmp_path.glob(".*part")) == []


def test_unwritable_path_warns_and_keeps_the_dialog_open(qtbot, window, tmp_path):
    dlg = open_dialog(qtbot, window)
    dlg.path.setText(str(tmp_path / "missing" / "a.png"))
    pick(dlg.format, "png")
    click_export(qtbot, dlg)
    assert dlg.isVisible()
    assert "does not exist" in dlg.last_error
    dlg.reject()


def test_export_in_another_theme_lays_out_again(window, tmp_path):
    from visualgrad.qt.export.dialog import AS_SHOWN, ExportChoices, export_from_window
    from visualgrad.qt.export.options import ExportOptions
    opts = ExportOptions(scale=1, title=False, caption=False)
    shown = export_from_window(window, tmp_path / "shown.png", ExportChoices("current", "png", AS_SHOWN, opts))[0]
    dark = export_from_window(window, tmp_path / "dark.png", ExportChoices("current", "png", "dark", opts))[0]
    slide = export_from_window(window, tmp_path / "slide.png", ExportChoices("current", "png", "slide", opts))[0]
    assert Image.open(dark).convert("RGB").getpixel((1, 1)) == (0x1E, 0x22, 0x28)
    assert Image.open(slide).size[0] > Image.open(shown).size[0] * 1.2  # bigger type, bigger boxes
    assert window.theme.name == "light"  # the window itself is untouched


def test_copy_diagram_puts_the_current_step_on_the_clipboard(window):
    window.go(9)
    window.actions.copy.trigger()  # Edit → Copy diagram (Ctrl+Shift+C)
    img = QGuiApplication.clipboard().image()
    assert not img.isNull() and img.width() > 300
    # The active node's accent outline is in the picture.
    accent = {(0xE6, 0x00, 0x7A)}
    found = any((img.pixelColor(x, y).red(), img.pixelColor(x, y).green(), img.pixelColor(x, y).blue()) in accent
                for y in range(0, img.height(), 2) for x in range(0, img.width(), 2))
    assert found


def test_dialog_strings_are_translatable(window):
    from PySide6.QtCore import QTranslator

    class Shout(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):
            if context != "ExportDialog":
                return None
            # Upper case, but leave {placeholders} as a translator must.
            return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group(0).upper(), text)

    from PySide6.QtCore import QCoreApplication
    shout = Shout()
    QCoreApplication.installTranslator(shout)
    try:
        from visualgrad.qt.export.dialog import ExportDialog
        dlg = ExportDialog(window)
        assert dlg.windowTitle() == "EXPORT"
        assert dlg.export_button.text() == "EXPORT"
        dlg.deleteLater()
    finally:
        QCoreApplication.removeTranslator(shout)


def test_the_open_dialog_follows_a_language_change_and_keeps_the_choices(qtbot, window):
    """Qt's LanguageChange rewords every label, item and button of the open dialog; nothing chosen moves."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QAbstractButton, QLabel

    class Shout(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):
            if context != "ExportDialog":
                return None
            return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group(0).upper(), text)

        def isEmpty(self):  # noqa: N802 - Qt's name; an empty translator is installed without a LanguageChange
            return False

    def texts(dlg):
        out = [dlg.windowTitle(), dlg.first.prefix(), dlg.last.prefix()]
        out += [w.text() for cls in (QLabel, QAbstractButton) for w in dlg.findChildren(cls) if w.text()]
        for combo in (dlg.what, dlg.theme, dlg.page, dlg.direction):
            out += [combo.itemText(i) for i in range(combo.count())]
        return out

    window.go(3)
    dlg = open_dialog(qtbot, window)
    pick(dlg.what, "backward")
    pick(dlg.theme, "dark")
    pick(dlg.page, "4:3")
    pick(dlg.direction, "LR")
    dlg.path.setText("/somewhere/mine.png")
    chosen = lambda: (dlg.what.currentData(), dlg.theme.currentData(), dlg.page.currentData(),  # noqa: E731
                      dlg.direction.currentData(), dlg.path.text())
    before, english = chosen(), texts(dlg)
    shout = Shout()
    QCoreApplication.installTranslator(shout)
    try:
        qtbot.waitUntil(lambda: dlg.windowTitle() == "EXPORT", timeout=5000)
        shouted = texts(dlg)
        assert "THIS STEP (4 OF 11)" in shouted and "THE BACKWARD PASS" in shouted and "WHAT:" in shouted
        assert "FROM " == dlg.first.prefix() and "BROWSE…" in shouted and "4:3 SLIDE" in shouted
        # Every text the dialog words itself changed (the theme names and Qt's Cancel have other contexts).
        left = [t for t in shouted if t in english and t.upper() != t and t not in ("Cancel", "Light", "Dark",
                                                                                    "Slide", "Colour-blind safe")]
        assert left == []
        assert chosen() == before
    finally:
        QCoreApplication.removeTranslator(shout)
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Export", timeout=5000)
    assert texts(dlg) == english and chosen() == before
    dlg.reject()


def test_direction_fold_and_text_size_reach_the_file(qtbot, window, tmp_path):
    """The dialog offers what the command line's --direction, --fold and --font-scale do."""
    from pptx import Presentation
    dlg = open_dialog(qtbot, window)
    pick(dlg.what, "all")
    pick(dlg.format, "pptx")
    pick(dlg.direction, "LR")
    dlg.fold.setChecked(True)
    dlg.font_scale.setValue(1.5)
    dlg.path.setText(str(tmp_path / "deck.pptx"))
    click_export(qtbot, dlg)
    slide = Presentation(str(tmp_path / "deck.pptx")).slides[-1]
    names = {sh.name for sh in slide.shapes}
    assert not any(n.startswith("!!op") for n in names)  # folded
    boxes = {sh.name: sh for sh in slide.shapes if sh.name.startswith("!!node")}
    xs = sorted(sh.left for sh in boxes.values())
    ys = sorted(sh.top for sh in boxes.values())
    assert xs[-1] - xs[0] > ys[-1] - ys[0]  # left to right
    assert not window.options.fold_ops  # the window's view is left as it was
    again = open_dialog(qtbot, window)  # direction and size are remembered; folding follows the window
    assert again.direction.currentData() == "LR" and again.font_scale.value() == 1.5
    assert not again.fold.isChecked()
    again.reject()
