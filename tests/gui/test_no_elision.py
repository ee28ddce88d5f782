"""Every panel in every language at 1280×720: no label, tab, header or button is cut off.

Layouts must take the longest language. This walks the window's widgets after a switch to each
language, with each kind of preset open (the lab, the training panel, plain programs), and reports
every text that is drawn narrower than it needs.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableWidget,
    QToolButton,
    QWidget,
)


def _wait_laid_out(qtbot, w):
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline
                    and w.pending_step is None and not w._language_rebuild_due, timeout=20000)

LANGUAGES = ("en", "nl", "ja", "ca", "ko")
SLACK = 2  # px: rounding between a size hint and the geometry Qt gives


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def cut_off(window) -> list[str]:
    """Human-readable descriptions of every text drawn narrower than it needs."""
    problems = []
    for ext in window.findChildren(QToolButton, "qt_toolbar_ext_button"):
        if _shown(ext):
            problems.append(f"the toolbar {ext.parent().windowTitle()!r} overflows: actions hide behind »")
    for bar in window.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for i in range(bar.count()):
            need = bar.tabSizeHint(i).width() if bar.elideMode() else 0
            text = bar.tabText(i)
            fm = bar.fontMetrics()
            if bar.tabRect(i).width() + SLACK < min(need, fm.horizontalAdvance(text) + 16):
                problems.append(f"tab {text!r}: {bar.tabRect(i).width()} px < {need} px")
    for label in window.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text() or label.pixmap() is not None \
                and not label.pixmap().isNull():
            continue
        if isinstance(label.parent(), QTableWidget):
            continue
        if label.width() + SLACK < label.sizeHint().width():
            problems.append(f"label {label.text()[:60]!r}: {label.width()} px < {label.sizeHint().width()} px")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or isinstance(button, QToolButton) and button.autoRaise() \
                and button.parent() is not None and button.parent().inherits("QTabBar"):
            continue
        if button.width() + SLACK < button.minimumSizeHint().width():
            problems.append(f"button {button.text()!r}: {button.width()} px < {button.minimumSizeHint().width()} px")
    for header in window.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != 1:  # Qt.Horizontal
            continue
        model = header.model()
        fm = header.fontMetrics()
        seen = header.visibleRegion().boundingRect().height()
        if seen + SLACK < min(header.height(), fm.height() + 4):
            problems.append(f"header of {model.headerData(0, header.orientation())!r}...: "
                            f"{seen} of {header.height()} px visible")
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(model.headerData(i, header.orientation()) or "")
            if not text:
                continue
            widest = max(fm.horizontalAdvance(part) for part in text.split("\n"))
            if header.sectionSize(i) + SLACK < widest + 8:
                problems.append(f"column {text!r}: {header.sectionSize(i)} px < {widest + 8} px")
    for table in window.findChildren(QTableWidget):
        if not _shown(table) or table.verticalScrollBar().isVisible() or table.rowCount() == 0:
            continue
        head = table.horizontalHeader()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()) if not table.isRowHidden(r))
        if head.isVisible() and head.height() + SLACK < head.sizeHint().height():
            problems.append(f"table header {head.model().headerData(0, Qt.Horizontal)!r}: "
                            f"{head.height()} px < {head.sizeHint().height()} px")
        if table.viewport().height() + SLACK < rows:
            problems.append(f"table {head.model().headerData(0, Qt.Horizontal)!r}: rows need {rows} px, "
                            f"{table.viewport().height()} px shown, and no scroll bar")
    for parent in window.findChildren(QWidget):
        if parent.layout() is None or not _shown(parent):
            continue
        kids = [k for k in parent.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
                if _shown(k) and not k.isWindow() and k.objectName() != "qt_toolbar_ext_button"]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > SLACK and both.height() > SLACK:
                    problems.append(f"{type(a).__name__} {a.objectName()!r} and {type(b).__name__} "
                                    f"{b.objectName()!r} overlap by {both.width()}×{both.height()} px")
    for dock in window.findChildren(QDockWidget):
        if not _shown(dock) or dock.isFloating():
            continue
        fm = dock.fontMetrics()
        if dock.width() < fm.horizontalAdvance(dock.windowTitle()) + 40 and not _tabbed(window, dock):
            problems.append(f"dock title {dock.windowTitle()!r}: {dock.width()} px")
    return problems


def _tabbed(window, dock) -> bool:
    return bool(window.tabifiedDockWidgets(dock))


@pytest.mark.parametrize("preset", [None, "vanishing", "xor-mlp", "neuron"])
def test_no_text_is_cut_off_in_any_language(make_window, qtbot, preset):
    w = make_window(preset=preset) if preset else make_window()
    w.resize(1280, 720)
    w.show()
    _wait_laid_out(qtbot, w)
    found = {}
    for code in LANGUAGES:
        w.language_actions[code].trigger()
        _wait_laid_out(qtbot, w)
        qtbot.wait(50)
        problems = cut_off(w)
        if problems:
            found[code] = problems
    assert not found, "\n".join(f"{code}: {p}" for code, ps in found.items() for p in ps)
