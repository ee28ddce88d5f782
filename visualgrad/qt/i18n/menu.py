"""View → Language: System default, English, Nederlands, 日本語, Català, 한국어 — applied at once, remembered.

    install(window)         adds the submenu (main_window.install_features calls it)
    switch(window, code)    what choosing an entry does; tests call it too
    retranslate(widgets, old, new)
                            puts the texts already on screen into the new language

Why a retranslator: most widgets set their text once, in the language of the moment, and have no
changeEvent(LanguageChange) to set it again. Instead of asking every widget to know how to redo
its texts, the switch looks at what is on screen: every text that is a message of the old language
(exactly, or a message template such as "Layout: {engine}" with its values filled in) is replaced
by the same message in the new language. The catalogue of messages is the .ts file, which ships
with the package. Texts the program makes from the timeline (narration, trace, inspector, node
labels of presets) are made again by rebuilding the graph in the new language, at the same step.
A text that is neither (say, a plot's axis title drawn inside a chart) changes at the next start;
the status bar says so.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QMenu, QPlainTextEdit, QProgressBar, QTableWidget, QTabWidget, QTextEdit,
                               QTreeWidget, QWidget)

from . import languages as i18n_setup
from .languages import LANGUAGES, TRANSLATIONS


def _t(text: str) -> str:
    return QCoreApplication.translate("Language", text)


# ---- the menu ------------------------------------------------------------------------------------
def install(window) -> None:
    menu = QMenu(window)
    menu.setObjectName("menu-language")
    group = QActionGroup(window)
    actions = {}
    for code in i18n_setup.CODES:
        a = QAction(LANGUAGES.get(code, ""), window, checkable=True)
        a.setData(code)
        a.triggered.connect(lambda _=False, c=code: switch(window, c))
        group.addAction(a)
        menu.addAction(a)
        actions[code] = a
        if code == "system":
            menu.addSeparator()
    window.language_menu = menu
    window.language_actions = actions
    _label(window)
    view = getattr(window, "view_menu", None)
    if view is not None:
        view.addSeparator()
        view.addMenu(menu)


def _label(window) -> None:
    """The menu in the language now in use. Its title keeps the English word too, so someone who picked a
    language they cannot read finds the way back; the languages are named in their own language."""
    title = _t("&Language")
    if i18n_setup.current_language() != "en":
        title += " (Language)"
    window.language_menu.setTitle(title)
    system = LANGUAGES[i18n_setup.system_language()]
    window.language_actions["system"].setText(_t("System default ({language})").format(language=system))
    for code, a in window.language_actions.items():
        a.setChecked(code == i18n_setup.current_choice())


def switch(window, code: str) -> str:
    """Install the language, remember it, and put everything on screen into it."""
    app = QApplication.instance()
    old = i18n_setup.current_language()
    before = _program_texts()
    new = i18n_setup.install_language(app, code)
    if new != old:
        _retranslate_program(window, before)
    i18n_setup.remember_language(code, getattr(window, "settings", None))
    if new != old:
        # the window's own widgets (its docks, menus and dialogs are its children); not allWidgets(),
        # which also hands out widgets of other windows that are being torn down
        retranslate([window, *window.findChildren(QWidget)], old, new)
        _rebuild(window)
    _label(window)
    if new != old and hasattr(window, "statusBar"):
        message = _t("Language: {language}. Anything still in the old language changes when visualgrad "
                     "starts again.").format(language=LANGUAGES[new])
        window.language_message = message
        window.statusBar().showMessage(message, 10000)
        ready = getattr(window, "ready", None)
        if ready is not None:  # the new layout's arrival clears the status bar: say it again after it
            def again():
                ready.disconnect(again)
                window.statusBar().showMessage(message, 10000)
            ready.connect(again)
    return new


def _program_texts() -> dict:
    """{preset name: its program as the editor shows it now}: the comments are in the current language."""
    from ...presets import PRESETS
    return {name: p.text for name, p in PRESETS.items() if getattr(p, "text", None)}


def _retranslate_program(window, before: dict) -> None:
    """A preset's program still as it was opened gets its comments in the new language; the code is the
    same, so the graph and the step stay. Text the user has edited is never touched."""
    editor = getattr(window, "editor", None)
    if editor is None:
        return
    shown = editor.toPlainText()
    after = _program_texts()
    for name, text in before.items():
        if shown == text and after.get(name) and after[name] != text:
            editor.blockSignals(True)  # not an edit: the document stays unmodified
            editor.setPlainText(after[name])
            editor.blockSignals(False)
            window.session.text = after[name]
            return


def _rebuild(window) -> None:
    """Make the timeline again (its narration and a preset's labels are made in the current language),
    laid out afresh, and come back to the same step."""
    session = getattr(window, "session", None)
    if session is None or session.timeline is None:
        return
    step = session.step
    if session.preset and hasattr(window, "load_preset"):
        window.spec, window.layout_result = None, None
        window.pending_step = step
        window.load_preset(session.preset, session.preset_params)
    elif hasattr(window, "relayout"):
        window.pending_step = step
        window.relayout()


# ---- the retranslator ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def messages() -> tuple:
    """(context, source, disambiguation) of every message, from a .ts file shipped with the package."""
    for ts in sorted(TRANSLATIONS.glob("visualgrad_*.ts")):
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
    t.load(str(i18n_setup.qm_path(lang)))
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


def _contexts(obj) -> set:
    """Class names of the object and its parents: self.tr in any of them may have made its text."""
    names, o = set(), obj
    while o is not None:
        names |= {c.__name__ for c in type(o).__mro__}
        o = o.parent() if isinstance(o, QObject) else None
    return names


def _redo(getter, setter, conv, contexts):
    old = getter()
    if isinstance(old, str) and old:
        new = conv.text(old, contexts)
        if new != old:
            setter(new)


def _plot(item, conv, ctx) -> None:
    """A pyqtgraph chart draws its title and axis titles itself, inside its scene (read by duck typing:
    this module does not import pyqtgraph)."""
    title = getattr(item, "titleLabel", None)
    if title is not None and getattr(title, "text", ""):
        _redo(lambda: title.text, title.setText, conv, ctx)  # setText keeps the label's colour and size
    for side in ("left", "bottom", "right", "top"):
        try:
            ax = item.getAxis(side)
        except Exception:  # a chart without that axis
            continue
        if getattr(ax, "labelText", ""):
            _redo(lambda ax=ax: ax.labelText,
                  lambda s, ax=ax: ax.setLabel(s, units=ax.labelUnits or None, unitPrefix=ax.labelUnitPrefix or None,
                                               unitPower=getattr(ax, "unitPower", 1), **(ax.labelStyle or {})),
                  conv, ctx)


def retranslate(widgets, old: str, new: str) -> None:
    """Every text on these widgets (and their actions) that is a message in `old`, put into `new`."""
    if old == new:
        return
    conv = _Converter(old, new)
    actions = {}
    for w in widgets:
        ctx = _contexts(w)
        for prop in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName"):
            _redo(getattr(w, prop), getattr(w, "set" + prop[0].upper() + prop[1:]), conv, ctx)
        if isinstance(w, (QLabel, QAbstractButton)):
            _redo(w.text, w.setText, conv, ctx)
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            _redo(w.placeholderText, w.setPlaceholderText, conv, ctx)  # never the user's own text
        if isinstance(w, QGroupBox):
            _redo(w.title, w.setTitle, conv, ctx)
        if isinstance(w, QMenu):
            _redo(w.title, w.setTitle, conv, ctx)
        if isinstance(w, QAbstractSpinBox):
            for prop in ("prefix", "suffix", "specialValueText"):
                if hasattr(w, prop):
                    _redo(getattr(w, prop), getattr(w, "set" + prop[0].upper() + prop[1:]), conv, ctx)
        if isinstance(w, QProgressBar):
            _redo(w.format, w.setFormat, conv, ctx)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                _redo(lambda i=i: w.itemText(i), lambda s, i=i: w.setItemText(i, s), conv, ctx)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                _redo(lambda i=i: w.tabText(i), lambda s, i=i: w.setTabText(i, s), conv, ctx)
                _redo(lambda i=i: w.tabToolTip(i), lambda s, i=i: w.setTabToolTip(i, s), conv, ctx)
        if isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                if item is not None:
                    _redo(item.text, item.setText, conv, ctx)
            for i in range(w.rowCount()):
                item = w.verticalHeaderItem(i)
                if item is not None:
                    _redo(item.text, item.setText, conv, ctx)
        if isinstance(w, QTreeWidget):
            head = w.headerItem()
            for i in range(head.columnCount()):
                _redo(lambda i=i: head.text(i), lambda s, i=i: head.setText(i, s), conv, ctx)
        if callable(getattr(w, "getPlotItem", None)):
            _plot(w.getPlotItem(), conv, ctx)
        for a in QWidget.actions(w):  # unbound: MainWindow.actions is its own Actions holder
            actions[id(a)] = a
        for a in w.findChildren(QAction):
            actions[id(a)] = a
    for a in actions.values():
        ctx = _contexts(a)
        # text first: a tooltip or icon text never set explicitly follows the text by itself
        for prop in ("text", "iconText", "toolTip", "statusTip", "whatsThis"):
            _redo(getattr(a, prop), getattr(a, "set" + prop[0].upper() + prop[1:]), conv, ctx)
