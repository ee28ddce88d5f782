"""Texts left in the language before a switch: the test oracle for switching language at run time.

A text on screen is stale when it is a message of the old language (exactly, or a template such as
"Layout: {engine}" with its values filled in) whose text in the new language differs. The messages
are read from the .ts sources; their texts in a language from the compiled .qm, through QTranslator.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from visualgrad.qt.i18n import languages


@lru_cache(maxsize=1)
def messages() -> tuple:
    """(context, source, disambiguation) of every message, from a .ts file shipped with the package."""
    for ts in sorted(languages.TRANSLATIONS.glob("visualgrad_*.ts")):
        root = ET.parse(ts).getroot()
        out = []
        for ctx in root.findall("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.findall("message"):
                t = m.find("translation")
                if t is not None and t.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((name, m.findtext("source") or "", m.findtext("comment") or ""))
        return tuple(out)
    return ()


@lru_cache(maxsize=8)
def _catalogue(lang: str) -> dict:
    """message -> its text in `lang` (the English source when untranslated)."""
    if lang == "en":
        return {k: k[1] for k in messages()}
    t = QTranslator()
    t.load(str(languages.qm_path(lang)))
    return {k: (t.translate(k[0], k[1], k[2] or None) or k[1]) for k in messages()}


_FIELD = re.compile(r"\{(\w*)[^{}]*\}")
_TAG = re.compile(r"(<[^>]*>)")


class _Converter:
    """Old-language text -> new-language text, through the message it came from."""

    def __init__(self, old: str, new: str):
        self.old, self.new = _catalogue(old), _catalogue(new)
        self.exact: dict[str, list] = {}
        self.templates = []
        for key, text in self.old.items():
            if not text.strip():
                continue
            self.exact.setdefault(text.strip(), []).append(key)
            if _FIELD.search(text) and re.search(r"[^\W\d_]{2,}", _FIELD.sub("", text)):
                rx = self._regex(text.strip())
                if rx is not None:
                    self.templates.append((len(_FIELD.sub("", text)), rx, key))
        self.templates.sort(key=lambda t: -t[0])  # the most specific template first

    @staticmethod
    def _regex(text: str):
        parts, seen, pos = [], set(), 0
        for m in _FIELD.finditer(text):
            parts.append(re.escape(text[pos:m.start()]))
            name = m.group(1) or f"_{len(seen)}"
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            pos = m.end()
        parts.append(re.escape(text[pos:]))
        try:
            return re.compile("".join(parts), re.S)
        except re.error:
            return None

    def _pick(self, keys, contexts):
        for k in keys:
            if k[0] in contexts:
                return k
        return keys[0]

    def plain(self, s: str, contexts=(), depth=0) -> str:
        core = s.strip()
        if not core:
            return s
        lead, trail = s[:len(s) - len(s.lstrip())], s[len(s.rstrip()):]
        keys = self.exact.get(core)
        if keys:
            return lead + self.new[self._pick(keys, contexts)].strip() + trail
        if depth > 1:
            return s
        for _, rx, key in self.templates:
            m = rx.fullmatch(core)
            if m is None:
                continue
            values = {k: self.plain(v, contexts, depth + 1) for k, v in m.groupdict().items()}
            names = iter(values)
            out = _FIELD.sub(lambda f: values.get(f.group(1) or next(names, ""), f.group(0)), self.new[key].strip())
            return lead + out + trail
        return s

    def text(self, s: str, contexts=()) -> str:
        """Plain text, or rich text whose runs between tags are converted one by one."""
        if not s:
            return s
        converted = self.plain(s, contexts)
        if converted != s or "<" not in s:
            return converted
        pieces = _TAG.split(s)
        for i, p in enumerate(pieces):
            if p and not p.startswith("<"):
                pieces[i] = html.escape(self.plain(html.unescape(p), contexts), quote=False)
        return "".join(pieces)


def _texts(w):
    """(what, text) of everything a widget shows that a translation could have made."""
    out = [("windowTitle", w.windowTitle()), ("toolTip", w.toolTip()), ("statusTip", w.statusTip()),
           ("accessibleName", w.accessibleName())]
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(("text", w.text()))
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        out.append(("placeholder", w.placeholderText()))  # never the user's own text
    if isinstance(w, QTextEdit) and w.isReadOnly():
        out.append(("text", w.toPlainText()))
    if isinstance(w, (QGroupBox, QMenu)):
        out.append(("title", w.title()))
    if isinstance(w, QAbstractSpinBox):
        for prop in ("prefix", "suffix", "specialValueText"):
            if hasattr(w, prop):
                out.append((prop, getattr(w, prop)()))
    if isinstance(w, QProgressBar):
        out.append(("format", w.format()))
    if isinstance(w, QComboBox):
        out += [("item", w.itemText(i)) for i in range(w.count())]
    if isinstance(w, QTabWidget):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
        out += [("tabToolTip", w.tabToolTip(i)) for i in range(w.count())]
    if isinstance(w, QTableWidget):
        for get, n in ((w.horizontalHeaderItem, w.columnCount()), (w.verticalHeaderItem, w.rowCount())):
            out += [("header", it.text()) for it in map(get, range(n)) if it is not None]
    if isinstance(w, QTreeWidget):
        head = w.headerItem()
        out += [("header", head.text(i)) for i in range(head.columnCount())]
    if isinstance(w, QGraphicsView) and w.scene() is not None and not callable(getattr(w, "getPlotItem", None)):
        for it in w.scene().items():
            if isinstance(it, QGraphicsSimpleTextItem):
                out.append(("scene", it.text()))
            elif isinstance(it, QGraphicsTextItem):
                out.append(("scene", it.toPlainText()))
    if callable(getattr(w, "getPlotItem", None)):  # a pyqtgraph chart draws its titles in its own scene
        item = w.getPlotItem()
        title = getattr(item, "titleLabel", None)
        if title is not None:
            out.append(("chart title", getattr(title, "text", "")))
        for side in ("left", "bottom", "right", "top"):
            try:
                out.append(("axis", item.getAxis(side).labelText))
            except Exception:  # a chart without that axis
                pass
    return out


def stale_texts(window, old: str, new: str) -> list[tuple[str, str, str]]:
    """[(widget class, what, text)] on the window, its docks, menus, dialogs and actions, still in `old`."""
    if old == new:
        return []
    conv = _Converter(old, new)
    left, actions = [], {}
    for w in [window, *window.findChildren(QWidget)]:
        if type(w).__module__.startswith("pyqtgraph") and not callable(getattr(w, "getPlotItem", None)):
            continue  # the chart library's own widgets and menus ("Export..."), not our text
        for what, t in _texts(w):
            if isinstance(t, str) and t.strip() and conv.text(t) != t:
                left.append((type(w).__name__, what, t))
        for a in [*QWidget.actions(w), *w.findChildren(QAction)]:
            actions[id(a)] = a
    for a in actions.values():
        if type(a.parent()).__module__.startswith("pyqtgraph"):
            continue
        for what in ("text", "toolTip", "statusTip"):
            t = getattr(a, what)()
            if t.strip() and conv.text(t) != t:
                left.append(("QAction", what, t))
    return sorted(set(left))
