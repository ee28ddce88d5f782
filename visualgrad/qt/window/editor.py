"""The expression editor: monospaced, highlighted, line numbers, errors underlined where they are."""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ...vocabulary import ENGINE_FUNCTIONS, LANGUAGE_FUNCTIONS
from ..i18n.retranslate import Retranslating

REBUILD_PAUSE_MS = 450
LONGEST_HIGHLIGHTED = 4000  # characters in one line


def _fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Bold)
    f.setFontItalic(italic)
    return f


class Highlighter(QSyntaxHighlighter):
    def __init__(self, document, dark: bool = False):
        super().__init__(document)
        self.set_dark(dark)
        words = sorted(ENGINE_FUNCTIONS | LANGUAGE_FUNCTIONS, key=len, reverse=True)
        self.rules = [
            (re.compile(r"\b(?:torch|np|numpy|math|nn|F)\b\.?"), "module"),
            (re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?=\s*\()"), "function"),
            (re.compile(r"(?:\b\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"), "number"),
            (re.compile(r"^\s*([A-Za-z_]\w*)\s*(?==)"), "target"),
            (re.compile(r"\*\*|[-+*/@=]"), "operator"),
            (re.compile(r"#.*$"), "comment"),
        ]

    def set_dark(self, dark: bool):
        c = {"module": "#9aa3ae" if dark else "#7a7f87", "function": "#c792ea" if dark else "#7b30a6",
             "number": "#7fb6ff" if dark else "#1f5fbf", "target": "#ffcb6b" if dark else "#9a4d00",
             "operator": "#ff9d5c" if dark else "#b04000", "comment": "#7f8a96" if dark else "#6a737d"}
        self.formats = {"module": _fmt(c["module"]), "function": _fmt(c["function"], bold=True),
                        "number": _fmt(c["number"]), "target": _fmt(c["target"], bold=True),
                        "operator": _fmt(c["operator"]), "comment": _fmt(c["comment"], italic=True)}
        self.rehighlight()

    def highlightBlock(self, text: str):
        if len(text) > LONGEST_HIGHLIGHTED:
            return  # a pasted monster line: colouring every token would freeze the window
        for rx, kind in getattr(self, "rules", []):
            for m in rx.finditer(text):
                start, end = (m.start(1), m.end(1)) if m.groups() else (m.start(), m.end())
                self.setFormat(start, end - start, self.formats[kind])


class _Gutter(QWidget):
    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self):
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event):
        self.editor.paint_gutter(event)


class CodeEditor(Retranslating, QPlainTextEdit):
    """Emits `changed` after a pause in typing, and `run` on Ctrl+Enter."""
    changed = Signal()
    run = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSizeF(max(11.0, font.pointSizeF()))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.setTabChangesFocus(False)
        self.highlighter = Highlighter(self.document())
        self.gutter = _Gutter(self)
        self.error_at: tuple | None = None
        self.blockCountChanged.connect(lambda _: self.setViewportMargins(self.gutter_width(), 0, 0, 0))
        self.updateRequest.connect(self._scroll_gutter)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REBUILD_PAUSE_MS)
        self.timer.timeout.connect(self.changed)
        self.textChanged.connect(self.timer.start)
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("Expression editor"))
        self.setPlaceholderText(self.tr("Type an expression, e.g. L = 2*(x**2 + exp(x))"))

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.timer.stop()
            self.run.emit()
            return
        super().keyPressEvent(event)

    # ---- errors ------------------------------------------------------------
    def show_error(self, line: int, column: int, length: int):
        """Underline the error in red, wavy, where it is; the text itself is never changed."""
        self.error_at = (line, column, length)
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        fmt.setUnderlineColor(QColor("#d32f2f"))
        fmt.setBackground(QColor(211, 47, 47, 40))
        sel.format = fmt
        block = self.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        last = max(0, self.document().characterCount() - 1)  # the position after the last character
        text_len = max(0, block.length() - 1)
        start = block.position() + min(max(0, column - 1), text_len)
        end = min(start + max(1, length), block.position() + text_len, last)
        if end <= start:  # an error just past the end ("L = x*"): mark the last character there is
            start = max(block.position(), min(start, last) - 1)
            end = min(start + 1, last)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        sel.cursor = cursor
        line_sel = QTextEdit.ExtraSelection()
        line_fmt = QTextCharFormat()
        line_fmt.setBackground(QColor(211, 47, 47, 18))
        line_fmt.setProperty(QTextFormat.FullWidthSelection, True)
        line_sel.format = line_fmt
        line_sel.cursor = QTextCursor(block)
        self.setExtraSelections([line_sel, sel])
        self.gutter.update()

    def clear_error(self):
        self.error_at = None
        self.setExtraSelections([])
        self.gutter.update()

    # ---- line numbers --------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(2, digits)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        r = self.contentsRect()
        self.gutter.setGeometry(QRect(r.left(), r.top(), self.gutter_width(), r.height()))

    def _scroll_gutter(self, rect, dy):
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def paint_gutter(self, event):
        p = QPainter(self.gutter)
        pal = self.palette()
        p.fillRect(event.rect(), pal.alternateBase())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                n = block.blockNumber() + 1
                bad = self.error_at is not None and self.error_at[0] == n
                p.setPen(QColor("#d32f2f") if bad else pal.placeholderText().color())
                p.drawText(0, top, self.gutter.width() - 5, self.fontMetrics().height(), Qt.AlignRight, str(n))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
