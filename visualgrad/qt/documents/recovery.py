"""Crash recovery for the window: its own autosave copy, and the copies crashed sessions left behind.

    Recovery(directory)          one per window
      .autosave(doc, origin)     write this window's copy (creates and locks it on first use)
      .clear()                   after a save or a clean exit: remove the copy, release the lock
      .pending()                 copies left by sessions that are no longer running, newest first

Why locks: several visualgrad windows (or programs) may run at once and share the folder. Each
window writes `window-<pid>-<random>.vgrad` and holds a QLockFile next to it while it runs. A copy
whose lock nobody holds (the lock file is missing, or names a process that is gone) was left by a
crash; a copy whose lock is held belongs to a running window and is never offered. The stale-time
is 0, so a long session's lock is never taken for stale by its age, only when its process is dead.

The folder is decided by the caller (autosave.py: QStandardPaths.AppDataLocation/recovery).
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from ...document import SUFFIX, Document, DocumentError, RecoveryStore


def _lock(store_path: Path) -> QLockFile:
    lock = QLockFile(str(store_path.with_suffix(".lock")))
    lock.setStaleLockTime(0)     # stale only when the owner process is gone, never by age
    return lock


@dataclass
class Pending:
    """A copy a crashed session left. Holding it holds its lock, so no other window offers it too."""
    store: RecoveryStore
    lock: QLockFile
    doc: Document
    origin: str | None
    mtime: float

    def discard(self) -> None:
        """The user does not want it (or it was restored into a window that now autosaves it itself)."""
        self.store.clear()
        self.release()

    def release(self) -> None:
        """Keep the copy for a later start, but let others see it."""
        if self.lock.isLocked():
            self.lock.unlock()      # also removes the lock file


class Recovery:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)
        self.store: RecoveryStore | None = None
        self.lock: QLockFile | None = None

    def autosave(self, doc: Document, origin: str | None = None) -> None:
        """Raises DocumentError when the copy cannot be written (the caller says so, once)."""
        if self.store is None:
            name = f"window-{os.getpid()}-{secrets.token_hex(4)}"
            store = RecoveryStore(self.directory, name=name)
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise DocumentError(e.strerror or str(e), self.directory) from e
            lock = _lock(store.path)
            if not lock.tryLock(0):
                raise DocumentError(QCoreApplication.translate(
                    "Documents", "another visualgrad is using this recovery copy"), store.path)
            self.store, self.lock = store, lock
        self.store.save(doc, origin=origin)

    def clear(self) -> None:
        if self.store is not None:
            self.store.clear()
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()
        self.store = self.lock = None

    def pending(self) -> list[Pending]:
        """Copies nobody is running with, that can be read, newest first. Unreadable copies are left
        alone (never deleted: a newer visualgrad may have written them)."""
        found = []
        try:
            paths = sorted(self.directory.glob(f"*{SUFFIX}"))
        except OSError:
            return []
        for path in paths:
            if self.store is not None and path == self.store.path:
                continue
            lock = _lock(path)
            if not lock.tryLock(0):
                continue                      # a running window's copy
            store = RecoveryStore(self.directory, name=path.stem)
            doc = store.pending()
            if doc is None:
                lock.unlock()
                continue
            try:
                mtime = path.stat().st_mtime
            except OSError:
                mtime = 0.0
            found.append(Pending(store, lock, doc, store.origin(), mtime))
        found.sort(key=lambda p: p.mtime, reverse=True)
        return found
