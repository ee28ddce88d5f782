"""Every leaf with an editable value; a small table for tensors. Edits recompute everything."""
from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDoubleValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...fmt import format_number
from ..i18n.retranslate import Retranslating

# numpy is imported where used: the window (and this panel, empty) paints before numpy loads.


def parse_number(text: str) -> float | None:
    t = text.strip().replace("−", "-").replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


class _Scalar(QLineEdit):
    edited = Signal(str, object)

    def __init__(self, name: str, value: float):
        super().__init__(repr(float(value)) if not float(value).is_integer() else format_number(value, 17))
        self.name = name
        self.setValidator(QDoubleValidator())
        self.setAccessibleName(name)
        self.editingFinished.connect(self._done)

    def _done(self):
        v = parse_number(self.text())
        if v is not None:
            self.edited.emit(self.name, v)


class _Matrix(QTableWidget):
    edited = Signal(str, object)

    def __init__(self, name: str, value):
        import numpy as np
        a = np.atleast_2d(value)
        super().__init__(a.shape[0], a.shape[1])
        self.name = name
        self.shape = value.shape
        self.setAccessibleName(name)
        self.horizontalHeader().setDefaultSectionSize(64)
        self.verticalHeader().setDefaultSectionSize(22)
        for r in range(a.shape[0]):
            for c in range(a.shape[1]):
                self.setItem(r, c, QTableWidgetItem(format_number(a[r, c], 6)))
        self._fit_height()
        self.itemChanged.connect(self._changed)

    def _fit_height(self):
        """Tall enough for its header and up to six whole rows, plus the horizontal scroll bar when the
        columns do not fit: a row is never cut in half (more rows scroll)."""
        rows = min(self.rowCount(), 6)
        h = self.horizontalHeader().sizeHint().height() + 22 * rows + 2 * self.frameWidth()
        if self.horizontalHeader().length() > self.viewport().width():
            h += self.horizontalScrollBar().sizeHint().height()
        if self.height() != h or self.maximumHeight() != h:
            self.setFixedHeight(h)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_height()

    def _changed(self, item):
        import numpy as np
        values = np.zeros((self.rowCount(), self.columnCount()))
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                v = parse_number(self.item(r, c).text()) if self.item(r, c) else None
                if v is None:
                    item.setForeground(QColor("#d32f2f"))
                    return
                values[r, c] = v
        item.setForeground(QColor(self.palette().text().color()))
        self.edited.emit(self.name, values.reshape(self.shape).tolist())


class InputsPanel(Retranslating, QScrollArea):
    """Emits valueEdited(name, value) when the user changes a leaf."""
    valueEdited = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.setWidget(self.body)
        self.signature = None
        self.editors: dict[str, QWidget] = {}
        self.empty = None  # the line that says there is nothing to edit, when there is not

    def retranslate(self):
        if self.empty is not None:
            self.empty.setText(self.tr("No inputs: the program uses only constants."))

    def _edited(self, name: str, value):
        # Later, not now: the rebuild this starts may replace the very editor whose signal we are in,
        # and deleting a widget inside its own signal crashes Qt.
        QTimer.singleShot(0, lambda: self.valueEdited.emit(name, value))

    def set_leaves(self, tl, theme):
        """Rebuild the editors only when the set of leaves changes, so typing keeps focus."""
        import numpy as np
        leaves = [(i.label, i.role, np.shape(i.value)) for i in tl.nodes.values()
                  if i.op is None and i.role != "constant"]
        if leaves == self.signature:
            for info in tl.nodes.values():
                ed = self.editors.get(info.label)
                if isinstance(ed, _Scalar) and not ed.hasFocus() and parse_number(ed.text()) != float(info.value):
                    ed.setText(format_number(info.value, 17))
            return
        self.signature = leaves
        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the editors stay at the top, one under another, however tall the panel
        form.setLabelAlignment(Qt.AlignRight)
        self.editors = {}
        self.empty = None
        for info in tl.nodes.values():
            if info.op is not None or info.role == "constant":
                continue
            # the swatch's spaces are written as characters, not &nbsp;: its text reads back as it was set
            chip = QLabel(f"<span style='background:{theme.roles.get(info.role)};'>\u00a0\u00a0\u00a0</span> "
                          f"<b>{html.escape(info.label, quote=False)}</b>")
            ed = _Scalar(info.label, info.value) if np.ndim(info.value) == 0 else _Matrix(info.label, info.value)
            ed.edited.connect(self._edited)
            self.editors[info.label] = ed
            form.addRow(chip, ed)
        if not self.editors:
            self.empty = QLabel()
            form.addRow(self.empty)
            self.retranslate()
        self.body = body
        self.form = form
        self.setWidget(body)
