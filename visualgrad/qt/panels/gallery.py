"""Presets → Gallery…: every preset with its name, one-line description and source article; open one.

    install(window)          adds "Gallery…" at the top of the Presets menu (idempotent)
    GalleryDialog(window)    the dialog; .select(name), .open_selected(), .names()

The dialog only lists what `visualgrad.presets.PRESETS` holds and opens a preset through
`window.open_preset(name)`, the same path as the Presets menu.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ..i18n.retranslate import Retranslating

NAME_ROLE = Qt.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Gallery", text)


class GalleryDialog(Retranslating, QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("preset-gallery")
        self.resize(720, 520)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        lay.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Close)
        self.buttons.accepted.connect(self.open_selected)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preset gallery"))
        self.intro.setText(self.tr("Every example from the articles, ready to step through. "
                                   "Double-click one, or select it and press Open."))
        self.buttons.button(QDialogButtonBox.Open).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        # The presets' titles and descriptions are translated when asked for: list them again,
        # keeping the one selected.
        row = self.list.currentRow()
        self.fill()
        if row > 0:
            self.list.setCurrentRow(row)

    def fill(self):
        from ...presets import PRESETS
        self.list.clear()
        for name, p in PRESETS.items():
            # One rich-text label per entry: the title in bold, the description, then where it comes from.
            item = QListWidgetItem()
            item.setData(NAME_ROLE, name)
            item.setToolTip(p.description())
            esc = lambda text: html.escape(text, quote=False)  # noqa: E731 - element text: an apostrophe stays one
            label = QLabel(self.tr("<b>{title}</b> <span style='color:gray'>({name})</span><br>{description}"
                                   "<br><i>From: {article}</i>").format(
                title=esc(p.title()), name=esc(name), description=esc(p.description()), article=esc(p.article)))
            label.setWordWrap(True)
            label.setMargin(6)
            label.setAccessibleName(p.title())
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
            item.setSizeHint(QSize(0, label.sizeHint().height() + 28))
        self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def select(self, name: str) -> None:
        self.list.setCurrentRow(self.names().index(name))

    def open_selected(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not self.isVisible():  # a double-click also activates: open once
            return None
        name = item.data(NAME_ROLE)
        self.accept()
        self.window_.open_preset(name)
        return name


def open_gallery(window) -> GalleryDialog:
    dialog = getattr(window, "gallery_dialog", None)
    if dialog is None:
        dialog = window.gallery_dialog = GalleryDialog(window)
    dialog.fill()  # each opening starts at the first preset
    dialog.open()
    return dialog


def install(window) -> None:
    if getattr(window, "gallery_action", None) is not None:
        return
    action = QAction(window)
    action.setShortcut("Ctrl+Shift+G")
    action.triggered.connect(lambda: open_gallery(window))
    menu = window.presets_menu
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    window.gallery_action = action
    window.gallery_dialog = None

    def retranslate():  # the action is the window's, not a widget's: it follows the window's language
        action.setText(_t("Gallery…"))
        action.setStatusTip(_t("Every preset with its description and the article it comes from"))
    retranslate()
    window.languageChanged.connect(retranslate)
