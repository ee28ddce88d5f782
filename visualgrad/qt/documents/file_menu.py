"""The lessons feature's entries in the window's menus:

    File:  New, Open…, Open Recent ▸, | Save, Save As…, Restore Unsaved Work | Export… | Quit
    Help:  Examples ▸, | About visualgrad

FileEntries(window, docs) makes the actions (kept on window.actions: open, save, save_as,
restore_recovery) and puts them, the Open Recent menu and the Examples menu in place. The actions
belong to the window, not to a widget of ours, so their texts are redone on window.languageChanged;
the two menus are widgets and redo their own.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


class FileEntries:
    def __init__(self, window, docs):
        self.w = window
        a = window.actions

        def act(slot, shortcut=None):
            x = QAction(window)
            if shortcut is not None:
                x.setShortcut(QKeySequence(shortcut))
            x.triggered.connect(lambda _=False: slot())
            return x

        a.open = act(docs.open, QKeySequence.Open)
        a.save = act(docs.save, QKeySequence.Save)
        a.save_as = act(docs.save_as, "Ctrl+Shift+S")
        a.restore_recovery = act(docs.restore_recovery)
        a.restore_recovery.setEnabled(False)       # only while there is unsaved work to restore
        a.restore_recovery.setVisible(False)
        self.actions = a
        self.retranslate()

        file_menu = window.file_menu
        actions = file_menu.actions()
        after_new = actions[actions.index(a.new) + 1] if a.new in actions and actions.index(a.new) + 1 < len(actions) \
            else (actions[0] if actions else None)
        file_menu.insertAction(after_new, a.open)
        file_menu.insertMenu(after_new, docs.recent_menu)
        file_menu.insertSeparator(after_new)
        for x in (a.save, a.save_as, a.restore_recovery):
            file_menu.insertAction(after_new, x)

        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None and docs.examples_menu is not None:
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertMenu(first, docs.examples_menu)
            if first is not None:
                help_menu.insertSeparator(first)
        window.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        a = self.actions
        for action, text, tip in (
                (a.open, _t("Open…"), _t("Open a saved lesson")),
                (a.save, _t("Save"), _t("Save the lesson")),
                (a.save_as, _t("Save As…"), _t("Save the lesson under a new name")),
                (a.restore_recovery, _t("Restore Unsaved Work"),
                 _t("Bring back the work a session that closed unexpectedly left"))):
            action.setText(text)      # the tooltip follows the text (Qt makes it from it)
            action.setStatusTip(tip)
