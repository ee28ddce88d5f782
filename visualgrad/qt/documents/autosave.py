"""Crash recovery in the window: a copy of unsaved work every AUTOSAVE_MS, and the offer to bring back
what a session that closed unexpectedly left (recovery.py holds the copies and their locks).

    CrashRecovery(docs)     one per window, held by its DocumentController (docs.crash)
      .autosave_now()       keep a copy of unsaved work now (the timer calls it)
      .offer()              at the start: look for a crashed session's work and offer the newest
      .restore() / .discard() / .keep()    the answers: bring it back, drop it, ask again next start
      .shutdown()           an orderly end: the window's own copy is removed

With dialogs=False the offer is not a dialog: the status bar says it, File → Restore Unsaved Work is
enabled, and docs.restore_recovery() / docs.discard_recovery() answer it.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from ...document import DocumentError
from ..i18n.retranslate import Retranslating
from .recovery import Pending, Recovery
from .window_state import savable

RECOVERY_DIR_KEY = "documents/recovery_dir"   # overrides the folder (tests use a temporary one)
AUTOSAVE_MS = 30_000


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def recovery_directory(settings) -> Path:
    override = settings.value(RECOVERY_DIR_KEY, None)
    if override:
        return Path(str(override))
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base) / "recovery"


class RecoveryOffer(Retranslating, QMessageBox):
    """"visualgrad closed unexpectedly; restore your unsaved work?" Shown with open(), not exec(): the
    window's start goes on behind it. `origin` is the file the work was in (None: never saved)."""

    def __init__(self, parent, origin: str | None):
        super().__init__(parent)
        self.origin = origin
        self.setObjectName("recovery-offer")
        self.setIcon(QMessageBox.Question)
        self.restore_button = self.addButton("", QMessageBox.AcceptRole)
        self.discard_button = self.addButton("", QMessageBox.DestructiveRole)
        self.later_button = self.addButton("", QMessageBox.RejectRole)
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.later_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Restore unsaved work"))
        self.setText(_t("visualgrad closed unexpectedly; restore your unsaved work?"))
        self.setInformativeText(_t("It was in “{name}”.").format(name=os.path.basename(self.origin)) if self.origin
                                else _t("It was not saved to a file yet."))
        self.restore_button.setText(_t("Restore"))
        self.discard_button.setText(_t("Discard"))
        self.later_button.setText(_t("Not now"))


class CrashRecovery(QObject):
    def __init__(self, docs):
        super().__init__(docs)
        self.docs = docs
        self.w = docs.w
        self.pending: Pending | None = None      # the crashed session's work on offer
        self.box: RecoveryOffer | None = None
        self._failed = False                     # the last autosave failed (said once, not every time)
        self.autosaver = Recovery(recovery_directory(self.w.settings))
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave_now)
        if not self.w.headless:
            self.timer.start()
        self.action = None                       # File → Restore Unsaved Work, once the menu has it

    # ---- this window's own copy --------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Keep a recovery copy of unsaved work (the timer calls this every AUTOSAVE_MS)."""
        docs = self.docs
        if docs.restoring or not docs.is_modified():
            return False
        try:
            self.autosaver.autosave(docs.current(), origin=docs.path)
        except DocumentError as e:
            if not self._failed:     # say it once, not every 30 seconds
                self._failed = True
                self.w.statusBar().showMessage(
                    _t("Could not keep a recovery copy of your work: {reason}").format(reason=e.message), 10000)
            return False
        self._failed = False
        return True

    def clear(self) -> None:
        """The work is saved (or was never there): no copy is needed."""
        self.autosaver.clear()

    # ---- a crashed session's copy ------------------------------------------------------------------
    def check(self) -> Pending | None:
        """Look for work a crashed session left; offer the newest (older ones wait for the next start)."""
        found = self.autosaver.pending()
        if not found:
            return None
        self.pending = found[0]
        for other in found[1:]:
            other.release()
        self._show_action(True)
        return self.pending

    def _show_action(self, on: bool) -> None:
        """File → Restore Unsaved Work is there only while there is something to restore."""
        if self.action is not None:
            self.action.setEnabled(on)
            self.action.setVisible(on)

    def offer(self) -> None:
        if not savable(self.w):
            return
        if self.check() is None:
            return
        if not self.w.dialogs:
            text = _t("visualgrad closed unexpectedly; restore your unsaved work?")
            self.docs.last_notice = text
            self.w.statusBar().showMessage(text + " " + _t("(File → Restore Unsaved Work)"), 30000)
            return
        box = RecoveryOffer(self.w, self.pending.origin)

        def answered(_result):
            clicked = box.clickedButton()
            if clicked is box.restore_button:
                self.restore()
            elif clicked is box.later_button or clicked is None:
                self.keep()
            else:
                self.discard()
        box.finished.connect(answered)
        box.open()          # window-modal, but the event loop (and the window's start) goes on
        self.box = box

    def restore(self) -> bool:
        pending = self.pending
        if pending is None:
            return False
        docs = self.docs
        if not docs.maybe_save():
            return False
        self.pending = None
        self._show_action(False)
        origin = pending.origin if pending.origin and os.path.exists(pending.origin) else None
        # Our own copy first, then drop the crashed one: the work is on disk at every moment.
        try:
            self.autosaver.autosave(pending.doc, origin=origin)
        except DocumentError:
            pass
        docs.apply(pending.doc, path=origin, clean=False)
        pending.discard()
        self.w.statusBar().showMessage(_t("Your unsaved work is back. Save it to keep it."), 8000)
        return True

    def discard(self) -> None:
        if self.pending is not None:
            self.pending.discard()
            self.pending = None
        self._show_action(False)

    def keep(self) -> None:
        """Not now: leave the copy for the next start."""
        if self.pending is not None:
            self.pending.release()
            self.pending = None
        self._show_action(False)

    def shutdown(self) -> None:
        """A clean exit: no recovery copy is needed any more; an offer not answered comes again next time."""
        self.timer.stop()
        self.autosaver.clear()
        if self.pending is not None:
            self.keep()
