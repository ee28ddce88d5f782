"""Lessons as files, driven like a user: save and reopen exactly, the title's unsaved mark, broken files
refused without touching the window or the file, failed saves that lose nothing, recent files, crash
recovery, and the example lessons."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from visualgrad import document as vgdoc
from visualgrad.document import MAX_BYTES, Document, RecoveryStore, View

PROGRAM = "a = x*y\nb = exp(a)\nL = b + y"


@pytest.fixture(autouse=True)
def recovery_dir(settings, tmp_path):
    """Each test gets its own recovery folder (the real one is under QStandardPaths.AppDataLocation)."""
    from visualgrad.qt.documents.autosave import RECOVERY_DIR_KEY
    d = tmp_path / "recovery"
    settings.setValue(RECOVERY_DIR_KEY, str(d))
    return d


def opened(qtbot, w, fn, *args, **kw):
    """Run an open and wait until the document is on screen (its step and zoom set)."""
    with qtbot.waitSignal(w.documents.opened, timeout=20000):
        assert fn(*args, **kw) is True


def type_in(w, text):
    """Put `text` in the editor as typing does, and wait for the rebuild after the typing pause."""
    from PySide6.QtWidgets import QApplication
    w.editor.setPlainText(text)
    deadline = time.monotonic() + 20
    while (w.editor.timer.isActive() or w.worker.busy() or w.scene.tl is not w.session.timeline) \
            and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)


def window_state(w):
    return dict(text=w.editor.toPlainText(), values=dict(w.session.values), step=w.session.step,
                preset=w.session.preset, theme=w.theme.name, direction=w.options.direction,
                fold=w.options.fold_ops, digits=w.options.digits, title=w.windowTitle(),
                modified=w.isWindowModified(), path=w.documents.path, labels=sorted(
                    i.title for i in w.scene.nodes.values()))


def file_state(path: Path):
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns


# ---- save and open -----------------------------------------------------------------------------------
def test_save_then_open_restores_text_values_step_and_view(qtbot, make_window, tmp_path):
    w = make_window(PROGRAM, values={"x": 0.5, "y": 2.0})
    w.set_theme("dark")
    w.set_direction("LR")
    w.set_digits(3)
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=20000)
    w.go(6)
    path = tmp_path / "lesson.vgrad"
    assert w.documents.save_as(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["text"] == PROGRAM and saved["values"] == {"x": 0.5, "y": 2.0} and saved["step"] == 6
    assert saved["view"]["theme"] == "dark" and saved["view"]["direction"] == "LR" and saved["view"]["digits"] == 3

    # Somewhere else entirely, then back.
    assert w.documents.new()
    w.set_theme("light")
    w.set_direction("TB")
    w.set_digits(6)
    assert w.editor.toPlainText() != PROGRAM and w.session.step == 0
    opened(qtbot, w, w.documents.open_path, path)

    assert w.editor.toPlainText() == PROGRAM
    assert w.session.values == {"x": 0.5, "y": 2.0}
    assert w.session.step == 6 and "7 / " in w.position.text()
    assert w.theme.name == "dark" and w.actions.themes["dark"].isChecked()
    assert w.options.direction == "LR" and w.actions.left_right.isChecked()
    assert w.options.digits == 3
    # the graph on screen is the lesson's, with the inputs' values
    assert sorted(i.title for i in w.scene.nodes.values()) == sorted(["x", "y", "a", "b", "L"])
    x = next(n for n in w.timeline.nodes.values() if n.label == "x")
    assert float(x.value) == 0.5
    assert w.documents.path == str(path) and not w.isWindowModified()
    assert w.windowTitle() == "lesson.vgrad[*] — visualgrad"


def test_zoom_is_saved_and_restored(qtbot, make_window, tmp_path):
    w = make_window()
    w.view.set_zoom(1.75)
    path = tmp_path / "zoom.vgrad"
    assert w.documents.save_as(path)
    assert vgdoc.load(path).view.zoom == pytest.approx(1.75)
    w.view.set_zoom(0.5)
    assert not w.isWindowModified()          # zooming is not unsaved work
    opened(qtbot, w, w.documents.open_path, path)
    assert w.view.zoom() == pytest.approx(1.75)


def test_save_as_adds_the_suffix_and_save_writes_the_same_file(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.documents.save_as(str(tmp_path / "no-suffix"))
    path = tmp_path / "no-suffix.vgrad"
    assert path.is_file() and w.documents.path == str(path)
    type_in(w, "L = 3*x")
    assert w.documents.save()
    assert vgdoc.load(path).text == "L = 3*x"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".vgrad")) == ["no-suffix.vgrad"]


def test_untitled_save_asks_for_a_path_and_cancel_writes_nothing(make_window, tmp_path):
    w = make_window()
    type_in(w, "L = x*x")
    w.documents.save_path_answer = None          # the user cancels the file chooser
    assert w.documents.save() is False
    assert w.isWindowModified() and w.documents.path is None
    w.documents.save_path_answer = str(tmp_path / "chosen.vgrad")
    assert w.documents.save() is True
    assert vgdoc.load(tmp_path / "chosen.vgrad").text == "L = x*x"


# ---- the unsaved mark ---------------------------------------------------------------------------------
def test_title_mark_appears_on_edit_and_clears_on_save(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.windowTitle() == "Untitled[*] — visualgrad"
    assert not w.isWindowModified()
    type_in(w, "L = 2*(x**3 + exp(x))")
    assert w.isWindowModified()
    assert w.documents.save_as(tmp_path / "lesson.vgrad")
    assert not w.isWindowModified() and w.windowTitle() == "lesson.vgrad[*] — visualgrad"
    # typing the same text back is no change; another character is
    type_in(w, "L = 2*(x**3 + exp(x)) ")
    assert w.isWindowModified()
    type_in(w, "L = 2*(x**3 + exp(x))")
    assert not w.isWindowModified()


@pytest.mark.parametrize("change", ["value", "theme", "direction", "fold", "digits", "preset settings"])
def test_every_kind_of_change_marks_the_document_modified(qtbot, make_window, tmp_path, change):
    w = make_window()
    assert w.documents.save_as(tmp_path / "lesson.vgrad")
    assert not w.isWindowModified()
    if change == "value":
        w.inputs.valueEdited.emit("x", 4.0)        # what the Inputs panel sends when the user edits x
    elif change == "theme":
        w.actions.themes["slide"].trigger()
    elif change == "direction":
        w.actions.left_right.trigger()
    elif change == "fold":
        w.actions.fold.trigger()
    elif change == "digits":
        w.set_digits(8)
    elif change == "preset settings":
        w.load_preset("xor-mlp")                   # what the lab and training panels do with their settings
    qtbot.waitUntil(w.isWindowModified, timeout=20000)
    assert w.documents.modified


def test_stepping_and_zooming_are_not_edits(qtbot, make_window, tmp_path):
    w = make_window()
    assert w.documents.save_as(tmp_path / "lesson.vgrad")
    for k in (2, 5, 0, 10):
        w.go(k)
        assert not w.isWindowModified()
    w.actions.zoom_in.trigger()
    w.actions.fit.trigger()
    qtbot.wait(50)
    assert not w.documents.is_modified() and not w.isWindowModified()
    asked = []
    w.documents.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert w.close() and asked == []               # quitting after stepping asks nothing


@pytest.mark.parametrize("via", ["menu", "gallery"])
def test_opening_a_preset_is_an_untouched_untitled_lesson(qtbot, make_window, via):
    w = make_window()
    if via == "menu":
        action = next(a for a in w.presets_menu.actions() if a.text() == "XOR network")
        action.trigger()
    else:
        w.open_preset("xor-mlp")
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    w.jump("end")
    qtbot.wait(50)
    assert w.session.preset == "xor-mlp"
    assert not w.isWindowModified() and not w.documents.is_modified()
    assert "*" not in w.windowTitle().replace("[*]", "")
    asked = []
    w.documents.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert w.close() and asked == []


@pytest.mark.parametrize("preset", ["xor-mlp", "vanishing", "chain-rule"])
def test_starting_on_a_preset_is_untouched(qtbot, make_window, preset):
    """`visualgrad --preset NAME`: the training panel fills in its weights once the graph is up; still no edit."""
    w = make_window(preset=preset)
    qtbot.wait(100)
    w.jump("end")
    assert not w.documents.is_modified() and not w.isWindowModified()


def test_opening_a_preset_over_unsaved_work_asks_first(qtbot, make_window):
    w = make_window()
    type_in(w, "L = x**5")
    w.documents.unsaved_answer = "cancel"
    assert not w.open_preset("neuron")
    assert w.editor.toPlainText() == "L = x**5" and w.session.preset is None


# ---- asking before unsaved work is dropped -------------------------------------------------------------
def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, make_window, tmp_path):
    w = make_window()
    type_in(w, "L = x**5")
    asked = []
    w.documents.unsaved_answer = "cancel"
    original = w.documents.ask_unsaved
    w.documents.ask_unsaved = lambda: asked.append(1) or original()
    assert w.close() is False
    assert asked and w.isVisible() and w.editor.toPlainText() == "L = x**5"
    # Save: asks for a path (untitled), writes, closes
    w.documents.unsaved_answer = "save"
    w.documents.save_path_answer = str(tmp_path / "kept.vgrad")
    assert w.close() is True
    assert vgdoc.load(tmp_path / "kept.vgrad").text == "L = x**5"


def test_close_discard_and_close_without_changes(make_window):
    w = make_window()
    asked = []
    w.documents.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert w.close() is True and asked == []       # nothing unsaved: no question
    w2 = make_window()
    type_in(w2, "L = x**6")
    w2.documents.unsaved_answer = "discard"
    assert w2.close() is True


def test_new_and_open_ask_first_and_cancel_changes_nothing(qtbot, make_window, tmp_path):
    other = tmp_path / "other.vgrad"
    vgdoc.save(Document(text="L = 7*y", values={"y": 1.0}), other)
    w = make_window()
    type_in(w, "L = x**7")
    w.documents.unsaved_answer = "cancel"
    assert w.documents.new() is False
    assert w.documents.open_path(other) is False
    assert w.editor.toPlainText() == "L = x**7" and w.isWindowModified()
    w.documents.unsaved_answer = "discard"
    opened(qtbot, w, w.documents.open_path, other)
    assert w.editor.toPlainText() == "L = 7*y"


def test_new_action_asks_then_starts_the_seed_program(qtbot, make_window):
    from visualgrad.session import SEED_TEXT
    w = make_window("L = x**9")
    type_in(w, "L = x**8")
    w.documents.unsaved_answer = "cancel"
    w.actions.new.trigger()
    assert w.editor.toPlainText() == "L = x**8"
    w.documents.unsaved_answer = "discard"
    w.actions.new.trigger()
    assert w.editor.toPlainText() == SEED_TEXT and not w.isWindowModified() and w.documents.path is None


# ---- broken files ----------------------------------------------------------------------------------
GOOD = json.dumps({"format": "visualgrad", "version": 1, "text": "L = y*y", "values": {"y": 2}, "step": 1})
BROKEN = {
    "corrupt": (b"\x00\x01garbage{{{ not a lesson", "not a visualgrad document"),
    "truncated": (GOOD[: len(GOOD) // 2].encode(), "cut short"),
    "wrong-type": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not UTF-8"),
    "other-json": (json.dumps({"name": "package.json", "version": "1.0"}).encode(), "marker"),
    "newer-version": (json.dumps({"format": "visualgrad", "version": 99, "text": "L = y"}).encode(), "newer"),
    "empty": (b"", "empty"),
    "bad-field": (json.dumps({"format": "visualgrad", "version": 1, "text": "L = y", "step": -3}).encode(), "step"),
    "unknown-preset": (json.dumps({"format": "visualgrad", "version": 1, "preset": "no-such-net"}).encode(),
                       "no-such-net"),
    "bad-preset-params": (json.dumps({"format": "visualgrad", "version": 1, "preset": "vanishing",
                                      "preset_params": {"depth": "deep", "bogus": 1}}).encode(), "preset"),
}


@pytest.mark.parametrize("kind", [*BROKEN, "huge", "folder", "missing"])
def test_broken_file_shows_an_error_and_changes_nothing(qtbot, make_window, tmp_path, kind):
    w = make_window(PROGRAM, values={"x": 0.5, "y": 2.0})
    w.go(4)
    type_in(w, PROGRAM + "\n")           # unsaved work that must survive
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=20000)
    path = tmp_path / f"{kind}.vgrad"
    if kind == "huge":
        with open(path, "wb") as f:
            f.truncate(MAX_BYTES + 4096)            # sparse: big on paper, quick to make
        expected = "too large"
    elif kind == "folder":
        path.mkdir()
        expected = "folder"
    elif kind == "missing":
        expected = "does not exist"
    else:
        data, expected = BROKEN[kind]
        path.write_bytes(data)
    before_file = file_state(path) if path.is_file() else None
    before = window_state(w)
    asked = []
    w.documents.ask_unsaved = lambda: asked.append(1) or "discard"

    assert w.documents.open_path(path) is False
    qtbot.wait(50)

    assert expected.lower() in w.documents.last_error.lower()
    assert path.name in w.documents.last_error                  # which file
    assert expected.lower() in w.statusBar().currentMessage().lower()
    assert asked == []                                           # nothing to ask: nothing is replaced
    assert window_state(w) == before
    assert (file_state(path) if path.is_file() else None) == before_file
    assert str(path) not in w.documents.recent_files()


def test_broken_file_error_is_a_dialog_when_dialogs_are_on(qtbot, make_window, tmp_path, monkeypatch):
    """In a window with dialogs the message is a box; answer it like a user."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    w = make_window()
    w.documents.ask_unsaved = lambda: "discard"
    path = tmp_path / "newer.vgrad"
    path.write_bytes(BROKEN["newer-version"][0])
    w.dialogs = True
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.informativeText()))
            box.grab().save(str(tmp_path / "error-dialog.png"))
            box.accept()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(20, answer)
    assert w.documents.open_path(path) is False
    assert seen and "newer.vgrad" in seen[0][0] and "newer visualgrad" in seen[0][1]


# ---- saving that fails ---------------------------------------------------------------------------
def _saved_lesson(w, tmp_path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    path = folder / "lesson.vgrad"
    assert w.documents.save_as(path)
    type_in(w, "L = x**4   # new work")
    assert w.isWindowModified()
    return folder, path


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to read-only folders")
def test_failed_save_in_a_read_only_folder_keeps_the_old_file_and_the_work(make_window, tmp_path):
    w = make_window()
    folder, path = _saved_lesson(w, tmp_path)
    before = file_state(path)
    folder.chmod(0o555)
    try:
        assert w.documents.save() is False
    finally:
        folder.chmod(0o755)
    assert "could not save" in w.documents.last_error.lower()
    assert file_state(path) == before
    assert w.editor.toPlainText() == "L = x**4   # new work" and w.isWindowModified()


@pytest.mark.parametrize("failure", ["permission", "disk-full"])
def test_failed_save_keeps_the_old_file_and_the_work(make_window, tmp_path, monkeypatch, failure):
    """The same as a read-only folder or a full disk, simulated so it also holds when tests run as root."""
    w = make_window()
    folder, path = _saved_lesson(w, tmp_path)
    before = file_state(path)
    if failure == "permission":
        real_open = os.open

        def refuse(p, flags, *a, **k):
            if flags & os.O_CREAT:
                raise PermissionError(13, "Permission denied", str(p))
            return real_open(p, flags, *a, **k)
        monkeypatch.setattr(os, "open", refuse)
        expected = "permission denied"
    else:
        def full(fd):
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(os, "fsync", full)
        expected = "no space left"
    assert w.documents.save() is False
    monkeypatch.undo()
    assert expected in w.documents.last_error.lower() and "lesson.vgrad" in w.documents.last_error
    assert file_state(path) == before                             # the old version, byte for byte
    assert sorted(p.name for p in folder.iterdir()) == ["lesson.vgrad"]   # no temporary left behind
    assert w.editor.toPlainText() == "L = x**4   # new work" and w.isWindowModified()
    assert w.documents.path == str(path)
    assert w.documents.save() is True                              # and once the disk is fine again, it saves
    assert vgdoc.load(path).text == "L = x**4   # new work"


def test_save_as_into_a_missing_folder_fails_cleanly(make_window, tmp_path):
    w = make_window()
    type_in(w, "L = x**3")
    assert w.documents.save_as(tmp_path / "nowhere" / "x.vgrad") is False
    assert "could not save" in w.documents.last_error.lower()
    assert w.documents.path is None and w.isWindowModified()


# ---- recent files -----------------------------------------------------------------------------------
def test_recent_files_newest_first_capped_and_remembered(qtbot, make_window, settings, tmp_path):
    from visualgrad.qt.documents.recent import MAX_RECENT
    w = make_window()
    paths = []
    for i in range(MAX_RECENT + 2):
        p = tmp_path / f"l{i}.vgrad"
        assert w.documents.save_as(p)
        paths.append(str(p))
    recent = w.documents.recent_files()
    assert recent == list(reversed(paths))[:MAX_RECENT]
    menu = w.documents.recent_menu
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == recent and entries[0].text().endswith(f"l{MAX_RECENT + 1}.vgrad")
    # opening one moves it to the top
    opened(qtbot, w, w.documents.open_path, paths[-3])
    assert w.documents.recent_files()[0] == paths[-3]
    # a new window (next start) shows the same list
    w2 = make_window()
    assert w2.documents.recent_files() == w.documents.recent_files()


def test_recent_file_that_is_gone_is_removed_with_a_message(qtbot, make_window, tmp_path):
    w = make_window()
    gone, kept = tmp_path / "gone.vgrad", tmp_path / "kept.vgrad"
    assert w.documents.save_as(gone) and w.documents.save_as(kept)
    gone.unlink()
    before = window_state(w)
    entry = next(a for a in w.documents.recent_menu.actions() if a.data() == str(gone))
    entry.trigger()
    assert "gone.vgrad" in w.documents.last_notice and "removed" in w.documents.last_notice
    assert w.documents.recent_files() == [str(kept)]
    assert window_state(w) == before
    w.documents.clear_recent()
    assert w.documents.recent_files() == [] and not w.documents.recent_menu.isEnabled()


# ---- crash recovery -------------------------------------------------------------------------------------
def test_autosave_keeps_unsaved_work_and_save_or_close_clears_it(qtbot, make_window, recovery_dir, tmp_path):
    w = make_window()
    assert w.documents.autosave_now() is False and not list(recovery_dir.glob("*.vgrad"))  # nothing to keep
    type_in(w, "L = x**2 + 1")
    assert w.documents.autosave_now() is True
    copies = list(recovery_dir.glob("*.vgrad"))
    assert len(copies) == 1 and vgdoc.load(copies[0]).text == "L = x**2 + 1"
    assert w.documents.autosave_timer.isActive() and w.documents.autosave_timer.interval() == 30_000
    # a second window does not take a running window's copy for a crash
    w2 = make_window()
    assert w2.documents.recovery is None
    assert w.documents.save_as(tmp_path / "done.vgrad")
    assert not list(recovery_dir.glob("*.vgrad"))
    type_in(w, "L = x**2 + 2")
    assert w.documents.autosave_now()
    w.documents.unsaved_answer = "discard"
    assert w.close()
    assert not list(recovery_dir.glob("*"))


def test_recovery_is_offered_after_a_crash_and_restores_the_text(qtbot, make_window, recovery_dir, tmp_path):
    lesson = tmp_path / "lesson.vgrad"
    vgdoc.save(Document(text="L = y*7", values={"y": 1.0}), lesson)
    RecoveryStore(recovery_dir, name="window-1-dead").save(
        Document(text="L = y*7 + exp(y)", values={"y": 2.0}, step=3, view=View(direction="LR")), origin=lesson)
    w = make_window()
    docs = w.documents
    assert docs.recovery is not None and w.actions.restore_recovery.isEnabled()
    assert w.actions.restore_recovery.isVisible()
    assert "closed unexpectedly" in docs.last_notice
    assert w.editor.toPlainText() == "L = 2*(x**2 + exp(x))"        # nothing restored without asking
    opened(qtbot, w, docs.restore_recovery)
    assert w.editor.toPlainText() == "L = y*7 + exp(y)" and w.session.values == {"y": 2.0}
    assert w.session.step == 3 and w.options.direction == "LR"
    assert docs.path == str(lesson) and w.isWindowModified()       # back in its file, still unsaved
    assert not (recovery_dir / "window-1-dead.vgrad").exists()
    assert not w.actions.restore_recovery.isEnabled() and not w.actions.restore_recovery.isVisible()
    # it is this window's own recovery copy now, until saved
    mine = list(recovery_dir.glob("*.vgrad"))
    assert len(mine) == 1 and vgdoc.load(mine[0]).text == "L = y*7 + exp(y)"
    assert docs.save()
    assert vgdoc.load(lesson).text == "L = y*7 + exp(y)" and not list(recovery_dir.glob("*.vgrad"))


def test_recovery_can_be_discarded(make_window, recovery_dir):
    RecoveryStore(recovery_dir, name="window-2-dead").save(Document(text="L = z"))
    w = make_window()
    assert w.documents.recovery is not None
    w.documents.discard_recovery()
    assert not list(recovery_dir.glob("*.vgrad"))
    assert w.editor.toPlainText() == "L = 2*(x**2 + exp(x))"


def test_a_real_crash_leaves_work_the_next_start_offers(qtbot, make_window, recovery_dir, settings):
    """A separate process autosaves and dies without cleaning up (os._exit); the next window offers it."""
    settings.sync()
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["VISUALGRAD_NO_DIALOGS"] = "1"
        from PySide6.QtCore import QSettings
        from visualgrad.qt.application import application
        from visualgrad.qt.window.main_window import MainWindow
        application()
        w = MainWindow(QSettings({str(settings.fileName())!r}, QSettings.IniFormat), text="L = 1")
        from PySide6.QtWidgets import QApplication
        QApplication.processEvents()
        w.editor.setPlainText("L = q*q*q  # typed before the crash")
        assert w.documents.autosave_now()
        os._exit(3)
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 3, run.stderr
    assert len(list(recovery_dir.glob("*.vgrad"))) == 1
    w = make_window()
    assert w.documents.recovery is not None
    opened(qtbot, w, w.documents.restore_recovery)
    assert w.editor.toPlainText() == "L = q*q*q  # typed before the crash"
    assert w.isWindowModified() and w.documents.path is None


def test_recovery_offer_dialog(qtbot, make_window, recovery_dir, monkeypatch, tmp_path):
    """With dialogs on, the offer is a question that does not block the start; Restore brings the work back."""
    from PySide6.QtWidgets import QMessageBox
    RecoveryStore(recovery_dir, name="window-3-dead").save(Document(text="L = w*w*2", values={"w": 1.5}))
    w = make_window(dialogs=True)
    w.documents.ask_unsaved = lambda: "discard"        # pytest-qt closes the window at the end
    qtbot.waitUntil(lambda: getattr(w.documents, "recovery_box", None) is not None, timeout=5000)
    box = w.documents.recovery_box
    assert box.isVisible() and "closed unexpectedly" in box.text()
    box.grab().save(str(tmp_path / "recovery-dialog.png"))
    restore = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.AcceptRole)
    with qtbot.waitSignal(w.documents.opened, timeout=20000):
        restore.click()
    assert w.editor.toPlainText() == "L = w*w*2" and w.isWindowModified()


# ---- examples -------------------------------------------------------------------------------------------
def test_help_examples_lists_one_per_preset_and_each_opens_untitled(qtbot, make_window, tmp_path):
    from visualgrad.presets import PRESETS, get_preset
    w = make_window()
    menu = w.documents.examples_menu
    assert menu in [a.menu() for a in w.help_menu.actions()]
    entries = menu.actions()
    assert [Path(a.data()).stem for a in entries] == list(PRESETS)
    assert [a.text() for a in entries] == [p.title() for p in PRESETS.values()]
    for a in entries:
        example = Path(a.data())
        before = file_state(example)
        doc = vgdoc.load(example)
        with qtbot.waitSignal(w.documents.opened, timeout=30000):
            a.trigger()
        preset = get_preset(doc.preset)
        if preset.text:
            assert w.editor.toPlainText() == preset.text
        else:
            assert w.session.preset == doc.preset
        assert w.scene.tl is w.session.timeline
        assert w.documents.path is None and not w.isWindowModified()
        assert w.windowTitle() == f"{doc.title}[*] — visualgrad"
        assert w.options.direction == doc.view.direction
        assert file_state(example) == before
    # Save asks for a new path: the shipped example is never overwritten
    w.documents.save_path_answer = str(tmp_path / "my-copy.vgrad")
    assert w.documents.save()
    assert vgdoc.load(tmp_path / "my-copy.vgrad").preset == "vanishing"


# ---- the menu ------------------------------------------------------------------------------------------
def test_file_menu_order_and_shortcuts(make_window):
    from PySide6.QtGui import QKeySequence
    w = make_window()
    texts = [a.text() if not a.isSeparator() else "|" for a in w.file_menu.actions() if a.isVisible()]
    assert texts[:texts.index("Export…")] == ["New", "Open…", "Open Recent", "|", "Save", "Save As…", "|"]
    assert not w.actions.restore_recovery.isVisible()        # only while there is unsaved work to restore
    assert w.actions.open.shortcut() == QKeySequence("Ctrl+O")
    assert w.actions.save.shortcut() == QKeySequence("Ctrl+S")
    assert w.actions.save_as.shortcut() == QKeySequence("Ctrl+Shift+S")


def test_open_path_helper_for_the_command_line(qtbot, make_window, tmp_path):
    from visualgrad.qt.documents.controller import open_path
    p = tmp_path / "cli.vgrad"
    vgdoc.save(Document(text="L = 4*t", values={"t": 1.0}, step=2), p)
    w = make_window()
    with qtbot.waitSignal(w.documents.opened, timeout=20000):
        assert open_path(w, p)
    assert w.editor.toPlainText() == "L = 4*t" and w.session.step == 2
    assert open_path(w, tmp_path / "missing.vgrad") is False


def test_a_notebook_graph_window_never_asks_and_cannot_be_saved(qtbot, settings, tmp_path):
    """show() of a graph built in Python: a viewer. Stepping and editing its inputs is not unsaved work."""
    import numpy as np

    from visualgrad.engine import Tensor
    from visualgrad.qt.notebook import graph_window
    x = Tensor(np.array(3.0), name="x", role="input")
    L = (x * x).exp()
    w = graph_window(L, step="start", settings=settings, dialogs=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=20000)
    w.go(2)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.set_value("x", 1.0)
    assert not w.isWindowModified() and not w.documents.is_modified()
    asked = []
    w.documents.ask_unsaved = lambda: asked.append(1) or "cancel"
    w.documents.save_path_answer = str(tmp_path / "nb.vgrad")
    assert w.documents.save() is False and "Python" in w.documents.last_error
    assert not (tmp_path / "nb.vgrad").exists()
    assert w.close() is True and asked == []


def test_a_lesson_whose_program_has_a_typo_opens_and_shows_where(qtbot, make_window, tmp_path):
    """Not a broken file: the teacher's text comes back as it was, with the error underlined."""
    p = tmp_path / "typo.vgrad"
    vgdoc.save(Document(text="L = 2*(x**2 + exp(x)", values={"x": 3.0}, step=4), p)
    w = make_window()
    opened(qtbot, w, w.documents.open_path, p)
    assert w.editor.toPlainText() == "L = 2*(x**2 + exp(x)"
    assert w.session.error is not None and w.error_label.text()
    assert w.documents.path == str(p) and not w.isWindowModified()


# ---- switching language -----------------------------------------------------------------------------------
def _switch_language(qtbot, w, code):
    """View → Language; LanguageChange is posted, so deliver it before looking."""
    from PySide6.QtCore import QCoreApplication, QEvent
    w.language_actions[code].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
    qtbot.waitUntil(lambda: not w._language_rebuild_due and not w.worker.busy()
                    and w.scene.tl is w.session.timeline, timeout=30000)


def test_the_lessons_menus_and_title_follow_a_language_switch(qtbot, make_window, tmp_path):
    from visualgrad.presets import get_preset
    w = make_window()
    assert w.documents.save_as(tmp_path / "kept.vgrad")
    assert w.open_preset("xor-mlp")
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=30000)
    english = get_preset("xor-mlp").title()
    assert w.windowTitle() == f"{english}[*] — visualgrad"
    _switch_language(qtbot, w, "nl")
    dutch = get_preset("xor-mlp").title()
    assert dutch != english and w.windowTitle() == f"{dutch}[*] — visualgrad"   # the preset's title, in Dutch
    assert w.actions.open.text() == "Openen…" and w.actions.save_as.text() != "Save As…"
    assert w.documents.recent_menu.title() != "Open Recent"
    clear = w.documents.recent_menu.actions()[-1]
    assert clear.text() != "Clear Recent Files" and clear.isEnabled()
    assert w.documents.examples_menu.title() != "Examples"
    assert dutch in [a.text() for a in w.documents.examples_menu.actions()]
    assert not w.isWindowModified()
    _switch_language(qtbot, w, "en")
    assert w.windowTitle() == f"{english}[*] — visualgrad" and w.actions.open.text() == "Open…"
    assert w.documents.recent_menu.title() == "Open Recent"
    assert w.documents.recent_menu.actions()[-1].text() == "Clear Recent Files"


def test_a_preset_program_stays_unmodified_when_its_comments_change_language(qtbot, make_window, tmp_path):
    """The window puts a preset's program in again with translated comments: that is not an edit."""
    w = make_window()
    assert w.open_preset("blame-chain")
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline, timeout=30000)
    before = w.editor.toPlainText()
    _switch_language(qtbot, w, "nl")
    assert w.editor.toPlainText() != before
    assert not w.documents.is_modified() and not w.isWindowModified()
    w.editor.setPlainText(w.editor.toPlainText() + "\n# mine")        # the user's own change still counts
    assert w.documents.is_modified()


def test_the_recovery_offer_follows_a_language_switch(qtbot, make_window, recovery_dir):
    from PySide6.QtWidgets import QMessageBox
    RecoveryStore(recovery_dir, name="window-4-dead").save(Document(text="L = v*3"))
    w = make_window(dialogs=True)
    w.documents.ask_unsaved = lambda: "discard"
    qtbot.waitUntil(lambda: getattr(w.documents, "recovery_box", None) is not None, timeout=5000)
    box = w.documents.recovery_box
    english = (box.windowTitle(), box.text(), box.informativeText(), sorted(b.text() for b in box.buttons()))
    _switch_language(qtbot, w, "nl")
    dutch = (box.windowTitle(), box.text(), box.informativeText(), sorted(b.text() for b in box.buttons()))
    assert all(d != e for d, e in zip(dutch, english)), dutch
    _switch_language(qtbot, w, "en")
    assert (box.windowTitle(), box.text(), box.informativeText(), sorted(b.text() for b in box.buttons())) == english
    later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.RejectRole)
    later.click()
    assert w.documents.recovery is None and list(recovery_dir.glob("*.vgrad"))    # kept for the next start
