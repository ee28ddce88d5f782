"""File → Open Recent: the lessons last opened or saved, newest first, remembered in the settings.

    RecentMenu(docs)   the menu; docs is the window's DocumentController (it opens the chosen file)
      .files()         the remembered paths, newest first (at most MAX_RECENT)
      .add(path)       put a path on top;  .forget(path), .forget_all()
      .open_file(path) open one; a file that is gone is taken off the list, with a message

The menu owns its texts: a language change makes it set its title and its "Clear" entry again.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..i18n.retranslate import Retranslating

RECENT_KEY = "documents/recent"
MAX_RECENT = 8


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


class RecentMenu(Retranslating, QMenu):
    def __init__(self, docs):
        super().__init__(docs.w)
        self.docs = docs
        self.settings = docs.w.settings
        self.setObjectName("menu-recent")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_t("Open Recent"))
        self.fill()            # the "Clear Recent Files" entry is made again in the new language

    # ---- the list ------------------------------------------------------------------------------------
    def files(self) -> list[str]:
        v = self.settings.value(RECENT_KEY, [])
        if isinstance(v, str):          # QSettings gives a one-element list back as a string
            v = [v] if v else []
        return [str(p) for p in (v or []) if p][:MAX_RECENT]

    def _set(self, paths: list[str]) -> None:
        self.settings.setValue(RECENT_KEY, list(paths[:MAX_RECENT]))
        self.fill()

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        self._set([path] + [p for p in self.files() if os.path.abspath(p) != path])

    def forget(self, path: str) -> None:
        self._set([p for p in self.files() if p != path])

    def forget_all(self) -> None:
        self._set([])

    def open_file(self, path: str) -> bool:
        if not os.path.exists(path):
            self.forget(path)
            self.docs.notice(_t("“{name}” is no longer there (moved or deleted?), so it was removed from the "
                                "recent files.\n{path}").format(name=os.path.basename(path), path=path))
            return False
        return self.docs.open_path(path)

    # ---- the menu ------------------------------------------------------------------------------------
    def fill(self) -> None:
        self.clear()
        paths = self.files()
        for i, path in enumerate(paths, 1):
            a = self.addAction(f"&{i}  {os.path.basename(path)}")
            a.setStatusTip(path)
            a.setToolTip(path)
            a.setData(path)
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if paths:
            self.addSeparator()
        clear = self.addAction(_t("Clear Recent Files"))
        clear.triggered.connect(self.forget_all)
        clear.setEnabled(bool(paths))
        self.setEnabled(bool(paths))
