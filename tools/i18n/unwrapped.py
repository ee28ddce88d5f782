"""Find user-visible text in the source that is not wrapped for translation.

An AST check (the source is read, never run). It looks where text reaches a user:
- in visualgrad/qt/: string arguments of the Qt calls that show text (setText, setToolTip,
  setWindowTitle, QAction(...), QLabel(...), addMenu, setPlaceholderText, showMessage, message boxes, ...);
- in visualgrad/qt/: f-strings that read like a sentence, wherever they go (they are assembled from
  English words, e.g. a trace line f"← {where}, in {name}");
- everywhere: `raise SomeError("...")` with one of the exception classes in USER_ERRORS (their message
  is what the user reads), and print(...) in the command line.

An argument passes when it is a translation call (tr, self.tr, QCoreApplication.translate, an alias
like _t, or `<one of those>.format(...)`), a name or a call we cannot see into, or text with no words
in it: symbols, numbers, HTML tags, {placeholders}, and the few names in ALLOWED_WORDS that stay the
same in every language (file formats, product names). An f-string or `+` passes when its literal
parts have no words.

Usage:  python tools/i18n/unwrapped.py      print each finding as path:line: text
"""
from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import PACKAGE, _is_self_tr, _literal, _ModuleScan  # noqa: E402

# Words that are the same in every language: names of things, not sentences.
ALLOWED_WORDS = {
    "visualgrad", "Graphviz", "graphviz", "dot", "PyTorch", "Qt", "PySide", "Python", "NumPy", "numpy",
    "SVG", "PDF", "PNG", "GIF", "PPTX", "JSON", "DOT", "UTF", "vgrad", "svg", "pdf", "png", "gif", "pptx",
    "json", "px", "pt", "ms", "nbsp", "Ctrl", "Shift", "Alt", "Esc", "html", "MIT",
}

# method -> which positional arguments carry text
QT_SETTERS = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setWindowTitle": (0,),
    "setPlaceholderText": (0,), "showMessage": (0,), "setTitle": (0,), "addMenu": (0, 1), "setLabelText": (0,),
    "setInformativeText": (0,), "setTabText": (1,), "addTab": (1,), "insertTab": (2,), "setHeaderLabels": (0,),
    "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,), "setCancelButtonText": (0,),
    "addButton": (0,), "setAccessibleName": (0,), "setWindowIconText": (0,), "setItemText": (1,),
    "addAction": (0, 1), "setHtml": (0,), "setPlainTextTitle": (0,), "setButtonText": (1,),
    "setOkButtonText": (0,), "setCheckBox": (), "setHeaderLabel": (0,), "setDisplayFormat": (),
}
QT_CONSTRUCTORS = {
    "QAction": (0, 1), "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QMenu": (0,), "QToolBar": (0,), "QDockWidget": (0,), "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,), "QTreeWidgetItem": (), "QMessageBox": (1, 2), "QProgressDialog": (0, 1),
}
QT_STATIC = {  # QMessageBox.warning(parent, title, text), QFileDialog.getSaveFileName(parent, caption, ...)
    ("QMessageBox", "information"): (1, 2), ("QMessageBox", "warning"): (1, 2), ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2), ("QMessageBox", "about"): (1, 2),
    ("QFileDialog", "getSaveFileName"): (1,), ("QFileDialog", "getOpenFileName"): (1,),
    ("QFileDialog", "getExistingDirectory"): (1,), ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2), ("QInputDialog", "getDouble"): (1, 2), ("QInputDialog", "getItem"): (1, 2),
}
KEYWORDS = {"text", "toolTip", "statusTip", "title", "windowTitle", "placeholderText", "caption"}
# Our exceptions whose message the user reads as it is. (ValueError(...) is a programmer's message;
# LayoutError's message is a detail under a translated note chosen by its reason.)
USER_ERRORS = {"LangError", "UsageError", "PresetError", "DocumentError", "ExportError"}

_TAG = re.compile(r"<[^>]*>|&[#\w]+;|\{[^{}]*\}|%\d|\\[nt]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def wordless(text: str) -> bool:
    """True when the text has nothing to translate: no words outside tags, entities and placeholders."""
    return all(w in ALLOWED_WORDS for w in _WORD.findall(_TAG.sub(" ", text)))


@dataclass
class Finding:
    path: str
    line: int
    text: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.text!r} is not wrapped for translation"


class _Check(_ModuleScan):
    def __init__(self, tree, rel, qt: bool):
        super().__init__(tree, rel)
        self.qt = qt
        self.findings: list[Finding] = []

    def is_translation(self, call: ast.Call, local) -> bool:
        f = call.func
        return (self._two_arg_translate(call) or _is_self_tr(f)
                or (isinstance(f, ast.Name) and (f.id in self.aliases or f.id in local)))

    def shown(self, node, local):
        """Check one expression that ends up on screen."""
        if node is None:
            return
        text = _literal(node)
        if text is not None:
            if not wordless(text):
                self.findings.append(Finding(self.rel, node.lineno, text))
            return
        if isinstance(node, ast.JoinedStr):
            # the literal parts read as one template, so an HTML tag split by a {value} still reads as a tag
            template = "".join(p.value if isinstance(p, ast.Constant) else "{}" for p in node.values)
            if not wordless(template):
                self.findings.append(Finding(self.rel, node.lineno, ast.unparse(node)))
                return
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    self.shown(part.value, local)
            return
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            self.shown(node.left, local)
            if isinstance(node.op, ast.Add):
                self.shown(node.right, local)
            return
        if isinstance(node, ast.IfExp):
            self.shown(node.body, local)
            self.shown(node.orelse, local)
            return
        if isinstance(node, (ast.List, ast.Tuple)):
            for e in node.elts:
                self.shown(e, local)
            return
        if isinstance(node, ast.Call):
            f = node.func
            if self.is_translation(node, local):
                return
            # "...".format(...) / "sep".join(...): the receiver is the text
            if isinstance(f, ast.Attribute) and f.attr in ("format", "join"):
                self.shown(f.value, local)
            return

    def _call(self, call, cls, func, local):
        f = call.func
        where: tuple = ()
        if self.qt:
            if isinstance(f, ast.Attribute) and f.attr in QT_SETTERS:
                where = QT_SETTERS[f.attr]
                if (isinstance(f.value, ast.Name) and (f.value.id, f.attr) in QT_STATIC):
                    where = QT_STATIC[(f.value.id, f.attr)]
            elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and (f.value.id, f.attr) in QT_STATIC:
                where = QT_STATIC[(f.value.id, f.attr)]
            elif isinstance(f, ast.Name) and f.id in QT_CONSTRUCTORS:
                where = QT_CONSTRUCTORS[f.id]
            if where or (isinstance(f, ast.Name) and f.id in QT_CONSTRUCTORS):
                for kw in call.keywords:
                    if kw.arg in KEYWORDS:
                        self.shown(kw.value, local)
        if isinstance(f, ast.Name) and f.id == "print" and not self.qt and self.rel.endswith("cli.py"):
            where = tuple(range(len(call.args)))
        for i in where:
            if i < len(call.args):
                self.shown(call.args[i], local)

    def sentences(self):
        """An f-string in the Qt layer that reads like words (`f"← {where}, in {name}"`) is built for a user:
        a sentence cannot be assembled from English pieces. Keys and file names (no spaces) and messages
        of Python's own exceptions (for programmers) are left alone."""
        programmer = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Raise) and node.exc is not None:
                programmer |= {id(n) for n in ast.walk(node.exc)}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr) and id(node) not in programmer:
                template = "".join(p.value if isinstance(p, ast.Constant) else "{}" for p in node.values)
                if " " in _TAG.sub("", template) and not wordless(template):
                    self.findings.append(Finding(self.rel, node.lineno, ast.unparse(node)))

    def raises(self):
        """raise OurError("text"): our own exception classes carry messages for the user."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                f = node.exc.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                if name in USER_ERRORS and node.exc.args:
                    self.shown(node.exc.args[0], {})


def find(package: Path = PACKAGE) -> list[Finding]:
    out = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).as_posix()
        c = _Check(ast.parse(path.read_text(encoding="utf-8")), rel, qt="/qt/" in f"/{rel}")
        c.run()
        c.raises()
        if c.qt:
            c.sentences()
        out += [f for f in c.findings if f not in out]
    return out


if __name__ == "__main__":
    found = find()
    for f in found:
        print(f)
    sys.exit(1 if found else 0)
