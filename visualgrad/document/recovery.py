"""The crash-recovery copy of unsaved work."""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..i18n import tr
from .model import SUFFIX, Document, DocumentError, _reason
from .reading import _read_limited, load
from .writing import to_dict, write_atomic


class RecoveryStore:
    """The autosave copy of unsaved work, offered back on the next start after a crash.

    The app calls save(doc) a few seconds after each change (and may pass the path of the
    file being edited, so the offer can say which lesson it was), clear() after a successful
    save or a clean exit, and pending() at start-up. One store per directory: the app picks it
    (QStandardPaths.AppLocalDataLocation) and can use one name per window.
    """

    def __init__(self, directory: str | os.PathLike, name: str = "recovery"):
        self.directory = Path(directory)
        self.path = self.directory / f"{name}{SUFFIX}"

    def save(self, doc: Document, origin: str | os.PathLike | None = None) -> None:
        obj = to_dict(doc)
        if origin is not None:
            obj["recovered_from"] = os.fspath(origin)   # unknown keys are ignored by the reader
        data = json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DocumentError(tr("document", "could not save: {reason}").format(reason=_reason(e)),
                                self.directory) from e
        write_atomic(self.path, data.encode("utf-8"))

    def pending(self) -> Document | None:
        """The unsaved work left by a crash, or None. A damaged copy is None (it cannot be offered)."""
        if not self.path.is_file():
            return None
        try:
            return load(self.path)
        except DocumentError:
            return None

    def origin(self) -> str | None:
        """The file the pending work belonged to, when the app said so."""
        try:
            obj = json.loads(_read_limited(self.path).decode("utf-8-sig"))
        except (DocumentError, ValueError, RecursionError):
            return None
        v = obj.get("recovered_from") if isinstance(obj, dict) else None
        return v if isinstance(v, str) else None

    def clear(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
