"""The questions and messages the lessons feature shows: save before dropping work, which file to open
or save to, what went wrong.

Only the dialogs live here. Whether to show one is the controller's decision: a window made with
dialogs=False never blocks, and takes the answers set on window.documents instead.

These dialogs are modal and made afresh each time they are shown, in the language of that moment:
the language cannot change while one is open (the menus are blocked), so none keeps texts to redo.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...document import SUFFIX


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def ask_unsaved(parent, name: str) -> str:
    """"save", "discard" or "cancel" for the unsaved changes to the lesson called `name`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(_t("Unsaved changes"))
    box.setText(_t("Do you want to save the changes to “{name}”?").format(name=name))
    box.setInformativeText(_t("Your changes will be lost if you don't save them."))
    box.setStandardButtons(QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
    box.setDefaultButton(QMessageBox.Save)
    box.setEscapeButton(QMessageBox.Cancel)
    answer = box.exec()  # Qt's exec, not Python's (a Qt dialog's event loop, not Python's exec)
    return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")


def ask_open_path(parent, start: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, _t("Open lesson"), start,
                                          _t("visualgrad lessons (*{suffix});;All files (*)").format(suffix=SUFFIX))
    return path or None


def default_save_name(title: str) -> str:
    """The file name Save As proposes for an untitled lesson: its title, else "lesson"."""
    return (title or _t("lesson")) + SUFFIX


def ask_save_path(parent, start: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, _t("Save lesson"), start,
                                          _t("visualgrad lessons (*{suffix})").format(suffix=SUFFIX))
    return path or None


def show_error(parent, title: str, message: str, detail: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(message[:1].upper() + message[1:])   # messages are sentence fragments
    if detail:
        box.setDetailedText(detail)
    box.exec()  # Qt's exec, not Python's (a Qt dialog)


def show_notice(parent, text: str) -> None:
    QMessageBox.information(parent, _t("visualgrad"), text)
