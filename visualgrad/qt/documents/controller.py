"""Lessons as files in the window: New, Open, Save, Save As, the title's unsaved mark and the question
before unsaved work is dropped. The rest of the feature is in the modules next to this one:

    window_state.py   the window's state as a document, and what "modified" compares
    opening.py        putting an opened document on screen (its layout, then its step and zoom)
    questions.py      the dialogs: save before dropping work, which file, what went wrong
    recent.py         File → Open Recent        examples.py   Help → Examples
    file_menu.py      the File menu's entries   autosave.py   crash recovery (recovery.py: the copies)

    install(window)          window.startup.install_features calls it; sets window.documents
    open_path(window, path)  open a lesson (what `visualgrad lesson.vgrad` does); False if refused
    current_document(window) the window's state as a document.Document

"Modified" means the window differs from what was last opened or saved (window_state.py says in what).
Opening a preset, New and opening a lesson start a clean, untouched lesson.

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

Language: the window title is redone on window.languageChanged (a preset's lesson is titled by the
preset, in the UI language); the menus and actions redo their own texts (recent.py, examples.py,
file_menu.py).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ... import document as vgdoc
from ...document import SUFFIX, Document, DocumentError
from . import questions
from .autosave import CrashRecovery
from .examples import ExamplesMenu
from .file_menu import FileEntries
from .opening import Opening
from .recent import RecentMenu
from .window_state import check_openable, current_document, savable, state_key

__all__ = ["DocumentController", "install", "open_path", "current_document"]

ANSWERS = ("save", "discard", "cancel")
_UNSET = object()      # before the window's first program is in: nothing to compare with yet


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


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
        self._title_preset: str | None = None  # the preset that titles it: its title follows the UI language
        self.language: str | None = None
        self.restoring = False
        self.modified = False
        # _state_key of the last opened/saved state; None: never saved (restored work), always modified.
        self._clean = _UNSET
        # A program put in as a new lesson is clean once its graph is on screen: a feature may fill in
        # what it shows first (the training panel writes its trainer's weights as the values).
        self._clean_when_ready = False
        self.unsaved_answer = "discard"
        self.open_path_answer: str | None = None
        self.save_path_answer: str | None = None
        self.last_error = ""
        self.last_notice = ""
        self.opening = Opening(self)
        self.crash = CrashRecovery(self)
        self.recent_menu: RecentMenu | None = None        # install() makes the menus
        self.examples_menu: ExamplesMenu | None = None
        self._deferred = QTimer(self)
        self._deferred.setSingleShot(True)
        self._deferred.setInterval(0)
        self._deferred.timeout.connect(self.update_modified)

    def _no_dialogs(self) -> bool:
        return not self.w.dialogs

    # ---- modified mark and title ---------------------------------------------------------------------
    def display_name(self) -> str:
        if self.path:
            return os.path.basename(self.path)
        return self.title or _t("Untitled")

    def retranslate(self) -> None:
        """window.languageChanged: the title in the new language (a preset's lesson is named by the preset)."""
        if self._title_preset is not None:
            from ...presets import get_preset
            self.title = get_preset(self._title_preset).title()
        self.update_title()

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
            modified = self._clean is None or state_key(self.current()) != self._clean
        if modified != self.modified:
            self.modified = modified
            self.w.setWindowModified(modified)
            self.modifiedChanged.emit(modified)

    def schedule_update(self, *_):
        """After the window has handled the same signal (it connects after us)."""
        self._deferred.start()

    def current(self) -> Document:
        return current_document(self.w, self.title, self.language)

    def _mark_clean(self) -> None:
        self._clean = state_key(self.current())
        self.modified = False
        self.update_title()
        self.modifiedChanged.emit(False)

    def mark_initial_clean(self) -> None:
        """The text the window started with is not unsaved work (unless a document was opened since)."""
        if self._clean is _UNSET and not self.restoring and self.opening.pending is None:
            self._mark_clean()
            self._clean_when_ready = self.w.scene.tl is not self.w.session.timeline

    def on_ready(self) -> None:
        if self._clean_when_ready and not self.restoring and self.opening.pending is None:
            self._clean_when_ready = False
            self._mark_clean()
            return
        self.update_modified()

    # ---- asking ------------------------------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel"."""
        if self._no_dialogs():
            return self.unsaved_answer if self.unsaved_answer in ANSWERS else "cancel"
        return questions.ask_unsaved(self.w, self.display_name())

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
        return questions.ask_open_path(self.w, start)

    def _ask_save_path(self) -> str | None:
        if self._no_dialogs():
            return self.save_path_answer
        if self.path:
            start = self.path
        else:
            folder = str(self.w.settings.value("documents/folder", "") or "")
            name = questions.default_save_name(self.title)
            start = os.path.join(folder, name) if folder else name
        return questions.ask_save_path(self.w, start)

    def error(self, title: str, e: DocumentError | str) -> None:
        message = e.message if isinstance(e, DocumentError) else str(e)
        self.last_error = f"{title}: {message}"
        self.w.statusBar().showMessage(self.last_error, 15000)
        if not self._no_dialogs():
            questions.show_error(self.w, title, message, e.path if isinstance(e, DocumentError) else None)

    def notice(self, text: str) -> None:
        self.last_notice = text
        self.w.statusBar().showMessage(text, 10000)
        if not self._no_dialogs():
            questions.show_notice(self.w, text)

    # ---- New, Open, Save -------------------------------------------------------------------------------
    def document_changed(self, how: str) -> None:
        """The window put in a new lesson ("opened": a preset from the menu or the gallery) or changed
        the one shown ("edited")."""
        if how != "opened" or self.restoring:
            if how == "edited":
                self._clean_when_ready = False   # the user's own change is never taken for the clean state
            self.schedule_update()
            return
        self.opening.cancel()
        self.path, self.language = None, None
        preset = self.w.session.preset
        self.title = ""
        self._title_preset = preset or None
        if preset:
            from ...presets import get_preset
            self.title = get_preset(preset).title()
        self.crash.clear()
        self._mark_clean()
        self._clean_when_ready = True

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        from ...session import SEED_TEXT, SEED_VALUES
        self.opening.cancel()
        self.opening.stop_playing()
        self.restoring = True          # the reload's own signals are not edits
        try:
            self.w.load_text(SEED_TEXT, dict(SEED_VALUES))
        finally:
            self.restoring = False
        self.path, self.title, self.language = None, "", None
        self._title_preset = None
        self.crash.clear()
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
            check_openable(doc)
        except DocumentError as e:
            self.error(_t("Could not open “{name}”").format(name=name), e)
            return False
        if not self.maybe_save():
            return False
        if as_example:
            self.apply(doc, path=None, title=doc.title or Path(path).stem)
        else:
            self.apply(doc, path=path)
            self.recent_menu.add(path)
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
        doc = self.current()
        try:
            vgdoc.save(doc, path)
        except DocumentError as e:
            # The window keeps everything (and stays marked unsaved); the old file is untouched (atomic save).
            self.error(_t("Could not save “{name}”").format(name=os.path.basename(path)), e)
            return False
        self.path = path
        self._clean = state_key(doc)
        self.modified = state_key(self.current()) != self._clean
        self.update_title()
        self.modifiedChanged.emit(self.modified)
        self.crash.clear()
        self.recent_menu.add(path)
        self.w.settings.setValue("documents/folder", os.path.dirname(path))
        self.w.statusBar().showMessage(_t("Saved “{name}”").format(name=os.path.basename(path)), 4000)
        return True

    # ---- putting a document on screen (opening.py) ----------------------------------------------------
    def apply(self, doc: Document, path: str | None, title: str | None = None, clean: bool = True) -> None:
        """Show `doc` in the window. The step and zoom are set once its layout is on screen."""
        self.opening.cancel()
        self.opening.stop_playing()
        self.path = path
        self.title = doc.title if title is None else title
        self._title_preset = None              # a file's title is its own, in the language it was saved in
        self.language = doc.language
        self.update_title()
        self.opening.start(doc, clean)

    def settle(self, clean: bool) -> None:
        """An opened document is on screen: a lesson as opened (clean), or restored work (unsaved)."""
        if clean:
            self._mark_clean()
            self.crash.clear()
        else:
            self._clean = None
            self.modified = True
            self.update_title()
            self.modifiedChanged.emit(True)

    # ---- recent files and crash recovery: their own modules; these names are window.documents' API ----
    def recent_files(self) -> list[str]:
        return self.recent_menu.files()

    def clear_recent(self) -> None:
        self.recent_menu.forget_all()

    @property
    def autosave_timer(self) -> QTimer:
        return self.crash.timer

    @property
    def recovery(self):
        """The crashed session's work on offer (recovery.Pending), or None."""
        return self.crash.pending

    @property
    def recovery_box(self):
        """The recovery offer's dialog, once shown (dialogs=True)."""
        return self.crash.box

    def autosave_now(self) -> bool:
        return self.crash.autosave_now()

    def restore_recovery(self) -> bool:
        return self.crash.restore()

    def discard_recovery(self) -> None:
        self.crash.discard()

    # ---- closing ---------------------------------------------------------------------------------------
    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if obj is self.w and event.type() == QEvent.Close:
            if not self.maybe_save():
                event.ignore()
                return True          # the window stays, with everything in it
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """A clean exit: no recovery copy is needed any more."""
        self.crash.timer.stop()
        self.opening.cancel()
        self.crash.shutdown()


# ---- wiring into the window ------------------------------------------------------------------------------
def install(window) -> None:
    docs = DocumentController(window)
    window.documents = docs
    docs.recent_menu = RecentMenu(docs)
    if getattr(window, "help_menu", None) is not None:
        docs.examples_menu = ExamplesMenu(docs)
    docs.file_entries = FileEntries(window, docs)      # File: Open…, Open Recent, Save, …; Help → Examples
    docs.crash.action = window.actions.restore_recovery

    # What marks the document modified: the window's own signals (stepping is not an edit).
    window.editor.textChanged.connect(docs.update_modified)
    window.ready.connect(docs.on_ready)
    window.viewChanged.connect(docs.schedule_update)
    window.documentChanged.connect(docs.document_changed)
    window.inputs.valueEdited.connect(docs.schedule_update)
    window.languageChanged.connect(docs.retranslate)

    window.installEventFilter(docs)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(docs.shutdown)  # quitting without closing the window is orderly too
    docs.update_title()
    # After the constructor has put its first program in: that is the clean state; then the offer.
    QTimer.singleShot(0, docs.mark_initial_clean)
    if not window.headless:
        QTimer.singleShot(0, docs.crash.offer)


def open_path(window, path) -> bool:
    """Open a lesson in `window` (asks about unsaved work first); False when refused or cancelled."""
    docs = getattr(window, "documents", None)
    if docs is None:
        install(window)
        docs = window.documents
    return docs.open_path(path)
