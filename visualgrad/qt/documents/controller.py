"""Lessons as files in the window: New, Open, Open Recent, Save, Save As, Help → Examples, the title's
unsaved mark, the question before unsaved work is dropped, and crash recovery.

    install(window)          main_window.install_features calls it; sets window.documents
    open_path(window, path)  open a lesson (what `visualgrad lesson.vgrad` does); False if refused
    current_document(window) the window's state as a document.Document

What a document holds (document.py): the program text or the preset and its parameters, the input
values, the step, and the view (theme, direction, zoom, folded operations, digits). "Modified" means
the window differs from what was last opened or saved, in any of these but the step and the zoom
(stepping, zooming and fitting are reading, not work to lose; the step is still saved). Opening a
preset, New and opening a lesson start a clean, untouched lesson. The comparison is on the saved form
itself, so undoing an edit by hand clears the mark again.

Opening is all-or-nothing: the file is read and checked (and a preset graph built once, off-screen)
before anything in the window changes, so a broken file leaves the window exactly as it was.

Dialogs. In a window made with dialogs=False (MainWindow's parameter; VISUALGRAD_NO_DIALOGS=1 sets
it for a whole run) nothing ever blocks:
  - the unsaved-changes question is not shown; `documents.unsaved_answer` is the answer
    ("discard" by default; tests set "save" or "cancel"),
  - file choosers return `documents.open_path_answer` / `documents.save_path_answer` (None = cancelled),
  - errors and notices go to the status bar and to `documents.last_error` / `documents.last_notice`,
  - the crash-recovery offer is not shown: `documents.recovery` holds it, File → Restore Unsaved Work
    is enabled, and `documents.restore_recovery()` / `documents.discard_recovery()` answer it.
A headless window (--screenshot) has no dialogs, never autosaves and offers no recovery; every
orderly end of a window (closing it, or the application quitting) removes its recovery copy.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ... import document as vgdoc
from ...document import SUFFIX, Document, DocumentError, View
from .recovery import Pending, Recovery

RECENT_KEY = "documents/recent"
RECOVERY_DIR_KEY = "documents/recovery_dir"   # overrides the folder (tests use a temporary one)
MAX_RECENT = 8
AUTOSAVE_MS = 30_000
ANSWERS = ("save", "discard", "cancel")
_UNSET = object()      # before the window's first program is in: nothing to compare with yet


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


# ---- the window's state as a document ---------------------------------------------------------------
def current_document(window, title: str = "", language: str | None = None) -> Document:
    s = window.session
    lo, hi = vgdoc.ZOOM_RANGE
    view = View(theme=window.theme.name, direction=window.options.direction,
                zoom=max(lo, min(hi, float(window.view.zoom()))), fold_ops=bool(window.options.fold_ops),
                digits=max(1, min(vgdoc.MAX_DIGITS, int(window.options.digits))))
    common = dict(values=dict(s.values), step=int(s.step), view=view, title=title, language=language)
    if s.preset:
        return Document(preset=s.preset, preset_params=dict(s.preset_params), **common)
    return Document(text=window.editor.toPlainText(), **common)


def savable(window) -> bool:
    """Whether the window shows a program or a preset, which a document can hold. A graph built in
    Python (notebook.show_graph) is not: its window is a viewer, never asks, and cannot be saved."""
    from ...session import Session
    s = window.session
    return isinstance(s, Session) and getattr(type(s), "_make", None) is Session._make


def _state_key(doc: Document):
    """What "modified" compares: the saved form, without the zoom, title and language."""
    try:
        d = vgdoc.to_dict(doc)
    except DocumentError:
        return object()          # not saveable: never equal to anything, so it reads as modified
    d["view"].pop("zoom", None)
    d.pop("step", None)
    d.pop("title", None)
    d.pop("language", None)
    return d


def _check_openable(doc: Document) -> None:
    """Refuse, before the window changes, a document whose preset this visualgrad cannot build."""
    if doc.preset is None:
        return                   # a program with a typo still opens: the editor shows where
    from ...presets import PresetError, get_preset
    try:
        preset = get_preset(doc.preset)
    except PresetError as e:
        raise DocumentError(str(e.args[0]) if e.args else str(e)) from None
    if preset.text:
        return
    from ...session import Session
    trial = Session(preset=doc.preset, preset_params=dict(doc.preset_params), values=dict(doc.values))
    try:
        ok = trial.rebuild()
    except Exception as e:  # noqa: BLE001 - any failure of a preset's builder means: cannot open
        raise DocumentError(_t("the lesson's preset settings are not valid: {reason}").format(reason=e)) from None
    if not ok:
        raise DocumentError(_t("the lesson's preset settings are not valid: {reason}")
                            .format(reason=trial.error.message))


def example_paths() -> list[Path]:
    """The example lessons, in the presets' gallery order (then any others by name)."""
    try:
        from ...presets import PRESETS
        order = list(PRESETS)
    except ImportError:
        order = []
    from ...assets import resource
    paths = sorted(resource("examples").glob(f"*{SUFFIX}"))
    rank = {name: i for i, name in enumerate(order)}
    return sorted(paths, key=lambda p: (rank.get(p.stem, len(rank)), p.stem))


def _example_label(path: Path) -> str:
    """The preset's translated title when the example is a preset's, else the file's own title."""
    try:
        doc = vgdoc.load(path)
    except DocumentError:
        return path.stem
    if doc.preset:
        try:
            from ...presets import get_preset
            return get_preset(doc.preset).title()
        except Exception:  # noqa: BLE001 - a label is never worth failing the menu for
            pass
    return doc.title or path.stem


# ---- the controller -----------------------------------------------------------------------------------
class DocumentController(QObject):
    """window.documents. `path` is the open file (None: untitled); `modified` the unsaved mark."""

    # Emitted when an opened document is on screen with its step and zoom (path, or "" if untitled).
    opened = Signal(str)
    modifiedChanged = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.path: str | None = None
        self.title = ""                      # the document's own title (examples have one)
        self.language: str | None = None
        self.restoring = False
        self.modified = False
        # _state_key of the last opened/saved state; None: never saved (restored work), always modified.
        self._clean = _UNSET
        self._pending_open = None            # (doc, zoom, clean) waiting for the layout
        self._listening = False              # connected to ready/failed for it
        self._zoom_after = None              # the zoom, for when the opened graph is the one on screen
        # A program put in as a new lesson is clean once its graph is on screen: a feature may fill in
        # what it shows first (the training panel writes its trainer's weights as the values).
        self._clean_when_ready = False
        self.unsaved_answer = "discard"
        self.open_path_answer: str | None = None
        self.save_path_answer: str | None = None
        self.last_error = ""
        self.last_notice = ""
        self.recovery: Pending | None = None
        self._others: list[Pending] = []
        self._recovery_failed = False
        self.autosaver = Recovery(self._recovery_directory())
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        if not window.headless:
            self.autosave_timer.start()
        self._deferred = QTimer(self)
        self._deferred.setSingleShot(True)
        self._deferred.setInterval(0)
        self._deferred.timeout.connect(self.update_modified)

    def _no_dialogs(self) -> bool:
        return not self.w.dialogs

    # ---- where things live ---------------------------------------------------------------------------
    def _recovery_directory(self) -> Path:
        override = self.w.settings.value(RECOVERY_DIR_KEY, None)
        if override:
            return Path(str(override))
        base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
        return Path(base) / "recovery"

    # ---- modified mark and title ---------------------------------------------------------------------
    def display_name(self) -> str:
        if self.path:
            return os.path.basename(self.path)
        return self.title or _t("Untitled")

    def update_title(self) -> None:
        # "[*]" is where Qt shows "*" while setWindowModified(True); the app name follows the file's.
        self.w.setWindowTitle(_t("{name}[*] — visualgrad").format(name=self.display_name()))
        self.w.setWindowModified(self.modified)

    def is_modified(self) -> bool:
        self.update_modified()
        return self.modified

    def update_modified(self) -> None:
        if self.restoring or self._clean is _UNSET:
            return
        if not savable(self.w):
            modified = False
        else:
            modified = self._clean is None or _state_key(self._current()) != self._clean
        if modified != self.modified:
            self.modified = modified
            self.w.setWindowModified(modified)
            self.modifiedChanged.emit(modified)

    def schedule_update(self, *_):
        """After the window has handled the same signal (it connects after us)."""
        self._deferred.start()

    def _current(self) -> Document:
        return current_document(self.w, self.title, self.language)

    def _mark_clean(self) -> None:
        self._clean = _state_key(self._current())
        self.modified = False
        self.update_title()
        self.modifiedChanged.emit(False)

    def mark_initial_clean(self) -> None:
        """The text the window started with is not unsaved work (unless a document was opened since)."""
        if self._clean is _UNSET and not self.restoring and self._pending_open is None:
            self._mark_clean()
            self._clean_when_ready = self.w.scene.tl is not self.w.session.timeline

    def on_ready(self) -> None:
        if self._clean_when_ready and not self.restoring and self._pending_open is None:
            self._clean_when_ready = False
            self._mark_clean()
            return
        self.update_modified()

    # ---- asking ------------------------------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel"."""
        if self._no_dialogs():
            return self.unsaved_answer if self.unsaved_answer in ANSWERS else "cancel"
        box = QMessageBox(self.w)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(_t("Unsaved changes"))
        box.setText(_t("Do you want to save the changes to “{name}”?").format(name=self.display_name()))
        box.setInformativeText(_t("Your changes will be lost if you don't save them."))
        box.setStandardButtons(QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Save)
        box.setEscapeButton(QMessageBox.Cancel)
        answer = box.exec()  # noqa: eval-ok (a Qt dialog's event loop, not Python's exec)
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def maybe_save(self) -> bool:
        """True when it is fine to drop the window's state (saved, discarded, or nothing to lose)."""
        if not self.is_modified():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _ask_open_path(self) -> str | None:
        if self._no_dialogs():
            return self.open_path_answer
        start = os.path.dirname(self.path) if self.path else str(self.w.settings.value("documents/folder", ""))
        path, _ = QFileDialog.getOpenFileName(self.w, _t("Open lesson"), start,
                                              _t("visualgrad lessons (*{suffix});;All files (*)").format(suffix=SUFFIX))
        return path or None

    def _ask_save_path(self) -> str | None:
        if self._no_dialogs():
            return self.save_path_answer
        if self.path:
            start = self.path
        else:
            folder = str(self.w.settings.value("documents/folder", "") or "")
            start = os.path.join(folder, (self.title or _t("lesson")) + SUFFIX) if folder else (
                (self.title or _t("lesson")) + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.w, _t("Save lesson"), start,
                                              _t("visualgrad lessons (*{suffix})").format(suffix=SUFFIX))
        return path or None

    def error(self, title: str, e: DocumentError | str) -> None:
        message = e.message if isinstance(e, DocumentError) else str(e)
        self.last_error = f"{title}: {message}"
        self.w.statusBar().showMessage(self.last_error, 15000)
        if self._no_dialogs():
            return
        box = QMessageBox(self.w)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(message[:1].upper() + message[1:])   # messages are sentence fragments
        if isinstance(e, DocumentError) and e.path:
            box.setDetailedText(e.path)
        box.exec()  # noqa: eval-ok (a Qt dialog)

    def notice(self, text: str) -> None:
        self.last_notice = text
        self.w.statusBar().showMessage(text, 10000)
        if not self._no_dialogs():
            QMessageBox.information(self.w, _t("visualgrad"), text)

    # ---- New, Open, Save -------------------------------------------------------------------------------
    def document_changed(self, how: str) -> None:
        """The window put in a new lesson ("opened": a preset from the menu or the gallery) or changed
        the one shown ("edited")."""
        if how != "opened" or self.restoring:
            if how == "edited":
                self._clean_when_ready = False   # the user's own change is never taken for the clean state
            self.schedule_update()
            return
        self._cancel_pending_open()
        self.path, self.language = None, None
        preset = self.w.session.preset
        self.title = ""
        if preset:
            from ...presets import get_preset
            self.title = get_preset(preset).title()
        self.autosaver.clear()
        self._mark_clean()
        self._clean_when_ready = True

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        from ...session import SEED_TEXT, SEED_VALUES
        self._cancel_pending_open()
        self._stop_playing()
        self.restoring = True          # the reload's own signals are not edits
        try:
            self.w.load_text(SEED_TEXT, dict(SEED_VALUES))
        finally:
            self.restoring = False
        self.path, self.title, self.language = None, "", None
        self.autosaver.clear()
        self._mark_clean()
        return True

    def open(self) -> bool:
        """File → Open…: choose a file, then (if it can be opened) the unsaved-changes question."""
        path = self._ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path, *, as_example: bool = False) -> bool:
        path = os.path.abspath(os.fspath(path))
        name = os.path.basename(path)
        try:
            doc = vgdoc.load(path)
            _check_openable(doc)
        except DocumentError as e:
            self.error(_t("Could not open “{name}”").format(name=name), e)
            return False
        if not self.maybe_save():
            return False
        if as_example:
            self.apply(doc, path=None, title=doc.title or Path(path).stem)
        else:
            self.apply(doc, path=path)
            self.add_recent(path)
            self.w.settings.setValue("documents/folder", os.path.dirname(path))
        return True

    def open_example(self, path) -> bool:
        """Opened as untitled, so Save asks where to put the copy and the example stays as it ships."""
        return self.open_path(path, as_example=True)

    def save(self) -> bool:
        if not savable(self.w):
            self.error(_t("Could not save"), _t("a graph built in Python cannot be saved as a lesson; "
                                                "export it (File → Export…) instead"))
            return False
        if not self.path:
            return self.save_as()
        return self._write(self.path)

    def save_as(self, path=None) -> bool:
        if not savable(self.w):
            return self.save()
        path = path or self._ask_save_path()
        if not path:
            return False
        path = os.fspath(path)
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self._write(os.path.abspath(path))

    def _write(self, path: str) -> bool:
        doc = self._current()
        try:
            vgdoc.save(doc, path)
        except DocumentError as e:
            # The window keeps everything (and stays marked unsaved); the old file is untouched (atomic save).
            self.error(_t("Could not save “{name}”").format(name=os.path.basename(path)), e)
            return False
        self.path = path
        self._clean = _state_key(doc)
        self.modified = _state_key(self._current()) != self._clean
        self.update_title()
        self.modifiedChanged.emit(self.modified)
        self.autosaver.clear()
        self.add_recent(path)
        self.w.settings.setValue("documents/folder", os.path.dirname(path))
        self.w.statusBar().showMessage(_t("Saved “{name}”").format(name=os.path.basename(path)), 4000)
        return True

    # ---- putting a document on screen --------------------------------------------------------------------
    def apply(self, doc: Document, path: str | None, title: str | None = None, clean: bool = True) -> None:
        """Show `doc` in the window. The step and zoom are set once its layout is on screen."""
        w = self.w
        self._cancel_pending_open()
        self._stop_playing()
        self.restoring = True
        self.path = path
        self.title = doc.title if title is None else title
        self.language = doc.language
        self.update_title()
        self._apply_view(doc.view)
        if not savable(w):
            from ...session import Session
            w.session = Session(text="", values={})   # a notebook's graph window becomes a lesson's
        if w.worker.busy():
            w.spec = None     # a layout in flight is for the old graph: never reuse it for this one
        self._pending_open = (doc, doc.view.zoom, clean)
        w.ready.connect(self._finish_open)
        w.worker.failed.connect(self._finish_open)
        self._listening = True
        from ...presets import get_preset
        preset = get_preset(doc.preset) if doc.preset else None
        if preset is None:
            w.load_text(doc.text or "", dict(doc.values))
        elif preset.text:
            w.load_text(preset.text, dict(doc.values))
        else:
            w.load_preset(doc.preset, dict(doc.preset_params))
            if doc.values:
                w.session.values = dict(doc.values)
                w.spec = None
                w.rebuild()
        if self._pending_open is not None and w.session.error is not None:
            self._finish_open()    # a program with an error: no layout comes; the editor shows the error

    def _apply_view(self, view: View) -> None:
        self.w.apply_view(view.theme, view.direction, view.fold_ops, view.digits)
        _sync_view_actions(self.w)

    def _finish_open(self, *_):
        """The layout came (or failed, or none will come): set the step, take the clean state.

        Something else may answer the same `ready` with a timeline of its own (the training panel
        puts its trainer's graph, with the update phase, on screen, and that needs a layout of its
        own); the step carries over, and the zoom and `opened` wait for the graph that stays."""
        w = self.w
        pending = self._pending_open
        if pending is not None:
            doc, zoom, clean = pending
            self._pending_open = None
            if w.timeline is not None and w.scene.tl is not None and w.session.error is None:
                w.go(doc.step)
            self.restoring = False
            if clean:
                self._mark_clean()
                self.autosaver.clear()
            else:
                self._clean = None
                self.modified = True
                self.update_title()
                self.modifiedChanged.emit(True)
            self._zoom_after = zoom
        if self._zoom_after is None:
            self._disconnect_open()
            return
        on_screen = w.scene.tl is w.session.timeline
        if not on_screen and w.worker.busy() and w.session.error is None:
            return                           # another layout is on its way: wait for it
        self._disconnect_open()
        if on_screen and w.session.error is None:
            w.view.set_zoom(self._zoom_after)
            w.view.follow_item(w.scene.active_item(), animate=False)
        self._zoom_after = None
        self.opened.emit(self.path or "")

    def _disconnect_open(self):
        if not self._listening:
            return
        self._listening = False
        for signal in (self.w.ready, self.w.worker.failed):
            try:
                signal.disconnect(self._finish_open)
            except (RuntimeError, TypeError):
                pass

    def _cancel_pending_open(self):
        self._disconnect_open()
        self._pending_open = None
        self._zoom_after = None
        self.restoring = False

    def _stop_playing(self):
        """Before another program replaces this one: stop playing, and drop an edit still waiting for
        the typing pause (it belongs to the program being replaced, and would rebuild mid-layout)."""
        w = self.w
        if w.play_timer.isActive():
            w.play_timer.stop()
            w.actions.sync_play(False)
        pause = getattr(w.editor, "timer", None)
        if pause is not None:
            pause.stop()

    # ---- recent files ----------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        v = self.w.settings.value(RECENT_KEY, [])
        if isinstance(v, str):          # QSettings gives a one-element list back as a string
            v = [v] if v else []
        return [str(p) for p in (v or []) if p][:MAX_RECENT]

    def _set_recent(self, paths: list[str]) -> None:
        self.w.settings.setValue(RECENT_KEY, list(paths[:MAX_RECENT]))
        self.fill_recent_menu()

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self._set_recent([path] + [p for p in self.recent_files() if os.path.abspath(p) != path])

    def remove_recent(self, path: str) -> None:
        self._set_recent([p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self._set_recent([])

    def open_recent(self, path: str) -> bool:
        if not os.path.exists(path):
            self.remove_recent(path)
            self.notice(_t("“{name}” is no longer there (moved or deleted?), so it was removed from the "
                           "recent files.\n{path}").format(name=os.path.basename(path), path=path))
            return False
        return self.open_path(path)

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent_files()
        for i, path in enumerate(paths, 1):
            a = menu.addAction(f"&{i}  {os.path.basename(path)}")
            a.setStatusTip(path)
            a.setToolTip(path)
            a.setData(path)
            a.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if paths:
            menu.addSeparator()
        clear = menu.addAction(_t("Clear Recent Files"))
        clear.triggered.connect(self.clear_recent)
        clear.setEnabled(bool(paths))
        menu.setEnabled(bool(paths))

    # ---- crash recovery --------------------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Keep a recovery copy of unsaved work (the timer calls this every AUTOSAVE_MS)."""
        if self.restoring or not self.is_modified():
            return False
        try:
            self.autosaver.autosave(self._current(), origin=self.path)
        except DocumentError as e:
            if not self._recovery_failed:     # say it once, not every 30 seconds
                self._recovery_failed = True
                self.w.statusBar().showMessage(
                    _t("Could not keep a recovery copy of your work: {reason}").format(reason=e.message), 10000)
            return False
        self._recovery_failed = False
        return True

    def check_recovery(self) -> Pending | None:
        """Look for work a crashed session left; offer the newest (older ones wait for the next start)."""
        found = self.autosaver.pending()
        if not found:
            return None
        self.recovery, self._others = found[0], found[1:]
        for other in self._others:
            other.release()
        self._others = []
        self._show_restore(True)
        return self.recovery

    def _show_restore(self, on: bool) -> None:
        """File → Restore Unsaved Work is there only while there is something to restore."""
        self.restore_action.setEnabled(on)
        self.restore_action.setVisible(on)

    def offer_recovery(self) -> None:
        if not savable(self.w):
            return
        if self.check_recovery() is None:
            return
        text = _t("visualgrad closed unexpectedly; restore your unsaved work?")
        origin = self.recovery.origin
        detail = (_t("It was in “{name}”.").format(name=os.path.basename(origin)) if origin
                  else _t("It was not saved to a file yet."))
        if self._no_dialogs():
            self.last_notice = text
            self.w.statusBar().showMessage(text + " " + _t("(File → Restore Unsaved Work)"), 30000)
            return
        box = QMessageBox(self.w)
        box.setObjectName("recovery-offer")
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(_t("Restore unsaved work"))
        box.setText(text)
        box.setInformativeText(detail)
        restore = box.addButton(_t("Restore"), QMessageBox.AcceptRole)
        box.addButton(_t("Discard"), QMessageBox.DestructiveRole)
        later = box.addButton(_t("Not now"), QMessageBox.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)

        def answered(_result):
            clicked = box.clickedButton()
            if clicked is restore:
                self.restore_recovery()
            elif clicked is later or clicked is None:
                self.keep_recovery()
            else:
                self.discard_recovery()
        box.finished.connect(answered)
        box.open()          # window-modal, but the event loop (and the window's start) goes on
        self.recovery_box = box

    def restore_recovery(self) -> bool:
        pending = self.recovery
        if pending is None:
            return False
        if not self.maybe_save():
            return False
        self.recovery = None
        self._show_restore(False)
        origin = pending.origin if pending.origin and os.path.exists(pending.origin) else None
        # Our own copy first, then drop the crashed one: the work is on disk at every moment.
        try:
            self.autosaver.autosave(pending.doc, origin=origin)
        except DocumentError:
            pass
        self.apply(pending.doc, path=origin, clean=False)
        pending.discard()
        self.w.statusBar().showMessage(_t("Your unsaved work is back. Save it to keep it."), 8000)
        return True

    def discard_recovery(self) -> None:
        if self.recovery is not None:
            self.recovery.discard()
            self.recovery = None
        self._show_restore(False)

    def keep_recovery(self) -> None:
        """Not now: leave the copy for the next start."""
        if self.recovery is not None:
            self.recovery.release()
            self.recovery = None
        self._show_restore(False)

    # ---- closing ---------------------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if obj is self.w:
            if event.type() == QEvent.Close:
                if not self.maybe_save():
                    event.ignore()
                    return True          # the window stays, with everything in it
                self.shutdown()
            elif event.type() == QEvent.LanguageChange:
                self.update_title()
        return False

    def shutdown(self) -> None:
        """A clean exit: no recovery copy is needed any more."""
        self.autosave_timer.stop()
        self._cancel_pending_open()
        self.autosaver.clear()
        if self.recovery is not None:
            self.keep_recovery()      # not answered: offer it again next time


def _sync_view_actions(w) -> None:
    """Tick the View menu's entries to match what a document set."""
    a = getattr(w, "actions", None)
    if a is None:
        return
    a.left_right.setChecked(w.options.direction == "LR")
    a.fold.setChecked(bool(w.options.fold_ops))
    for key, action in getattr(a, "themes", {}).items():
        action.setChecked(key == w.theme.name)
    view_menu = getattr(w, "view_menu", None)
    if view_menu is not None:
        for action in view_menu.actions():
            sub = action.menu()
            if sub is None:
                continue
            for x in sub.actions():
                if x.isCheckable() and x.text().isdigit():
                    x.setChecked(int(x.text()) == w.options.digits)


# ---- wiring into the window ------------------------------------------------------------------------------
def install(window) -> None:
    docs = DocumentController(window)
    window.documents = docs
    a = window.actions
    file_menu = window.file_menu

    def act(text, slot, shortcut=None, tip=None):
        x = QAction(text, window)
        if shortcut is not None:
            x.setShortcut(QKeySequence(shortcut))
        if tip:
            x.setStatusTip(tip)
        x.triggered.connect(lambda _=False: slot())
        return x

    a.open = act(_t("Open…"), docs.open, QKeySequence.Open, _t("Open a saved lesson"))
    a.save = act(_t("Save"), docs.save, QKeySequence.Save, _t("Save the lesson"))
    a.save_as = act(_t("Save As…"), docs.save_as, "Ctrl+Shift+S", _t("Save the lesson under a new name"))
    a.restore_recovery = act(_t("Restore Unsaved Work"), docs.restore_recovery,
                             tip=_t("Bring back the work a session that closed unexpectedly left"))
    a.restore_recovery.setEnabled(False)
    a.restore_recovery.setVisible(False)
    docs.restore_action = a.restore_recovery
    docs.recent_menu = QMenu(_t("Open Recent"), window)
    docs.recent_menu.setObjectName("menu-recent")
    docs.fill_recent_menu()

    # File: New, Open…, Open Recent, | Save, Save As…, Restore Unsaved Work | Export… | Quit
    actions = file_menu.actions()
    after_new = actions[actions.index(a.new) + 1] if a.new in actions and actions.index(a.new) + 1 < len(actions) \
        else (actions[0] if actions else None)
    file_menu.insertAction(after_new, a.open)
    file_menu.insertMenu(after_new, docs.recent_menu)
    file_menu.insertSeparator(after_new)
    for x in (a.save, a.save_as, a.restore_recovery):
        file_menu.insertAction(after_new, x)

    # Help → Examples
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        examples = QMenu(_t("Examples"), window)
        examples.setObjectName("menu-examples")
        for path in example_paths():
            x = examples.addAction(_example_label(path))
            x.setData(str(path))
            x.setStatusTip(_t("Open the example lesson “{name}” (as a new, untitled lesson)").format(name=path.name))
            x.triggered.connect(lambda _=False, p=path: docs.open_example(p))
        examples.setEnabled(bool(examples.actions()))
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertMenu(first, examples)
        if first is not None:
            help_menu.insertSeparator(first)
        docs.examples_menu = examples

    # What marks the document modified: the window's own signals (stepping is not an edit).
    window.editor.textChanged.connect(docs.update_modified)
    window.ready.connect(docs.on_ready)
    window.viewChanged.connect(docs.schedule_update)
    window.documentChanged.connect(docs.document_changed)
    window.inputs.valueEdited.connect(docs.schedule_update)

    window.installEventFilter(docs)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(docs.shutdown)  # quitting without closing the window is orderly too
    docs.update_title()
    # After the constructor has put its first program in: that is the clean state; then the offer.
    QTimer.singleShot(0, docs.mark_initial_clean)
    if not window.headless:
        QTimer.singleShot(0, docs.offer_recovery)


def open_path(window, path) -> bool:
    """Open a lesson in `window` (asks about unsaved work first); False when refused or cancelled."""
    docs = getattr(window, "documents", None)
    if docs is None:
        install(window)
        docs = window.documents
    return docs.open_path(path)
