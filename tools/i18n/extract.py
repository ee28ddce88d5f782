"""Find every translatable string in visualgrad's source and update the Qt Linguist .ts files.

Why not pyside6-lupdate: it reads `tr("narration", "text")` as tr(source, comment) — the
non-Qt layers' hook looks like Qt's two-argument tr() but means (context, text) — and it does
not know our small aliases. This scanner reads our own source with `ast` (never runs it) and
understands exactly the forms the code uses:

  tr("ctx", "text")                      visualgrad.i18n.tr, imported under any name, or i18n.tr(...)
  t = QCoreApplication.translate; t("ctx", "text")
  QCoreApplication.translate("ctx", "text"[, "disambiguation"])   (also QApplication/QGuiApplication)
  QT_TRANSLATE_NOOP("ctx", "text")       a mark for text translated later from a variable
  self.tr("text")                        context = the enclosing class, as PySide6 does
  tr = self.tr; tr("text")               a local alias of self.tr, same context
  f(..., self.tr)  with  def f(..., tr): tr("text")
                                         a module function handed self.tr: the caller's class
  _t("text")                             a module-level alias, found by its definition:
                                         def _t(text): return QCoreApplication.translate("Menus", text)
                                         (any module; `python tools/i18n/extract.py --aliases` lists them:
                                         window/menus.py -> Menus, export/render.py -> Export, export/dialog.py ->
                                         ExportDialog, documents/controller.py -> Documents, ...)

Anything it cannot read — a translation call whose text is not a literal string (an f-string,
a variable), or a `tr` whose context is unknown — is reported as a problem: such text would
silently stay English. tests/test_i18n.py fails on problems.

Usage:  python tools/i18n/extract.py            update the four .ts files
        python tools/i18n/extract.py --check    exit 1 when a .ts file would change or a problem exists
        python tools/i18n/extract.py --list     print context|source per message
"""
from __future__ import annotations

import argparse
import ast
import difflib
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "visualgrad"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_NL", "ja": "ja_JP", "ca": "ca_ES", "ko": "ko_KR"}  # code -> TS language attribute
QT_TRANSLATE = {"QCoreApplication", "QApplication", "QGuiApplication"}
_TR_NAMES = ("tr", "_t", "_tr", "_")  # names that look like a translation call


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation (third argument of translate)
    locations: list = field(default_factory=list)  # [(relative path, line)]

    @property
    def key(self):
        return (self.context, self.source, self.comment)


@dataclass
class Problem:
    path: str
    line: int
    what: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.what}"


def _literal(node) -> str | None:
    """A string known without running anything: a constant, or constants joined with +."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _literal(node.left), _literal(node.right)
        if a is not None and b is not None:
            return a + b
    return None


def _is_self_tr(node) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "tr"
            and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))


class _ModuleScan:
    """One module: first learn its aliases, then walk it collecting calls."""

    def __init__(self, tree: ast.Module, rel: str):
        self.tree, self.rel = tree, rel
        self.i18n_tr: set[str] = set()  # local names of visualgrad.i18n.tr
        self.i18n_mod: set[str] = set()  # local names of the visualgrad.i18n module
        self.aliases: dict[str, str] = {}  # module-level alias function -> context
        self.param_ctx: dict[tuple[str, str], str] = {}  # (function, parameter) -> context
        self.functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        self._alias_nodes: set[int] = set()  # the translate calls inside alias lambdas
        self.messages: list[Message] = []
        self.problems: list[Problem] = []
        self._imports()
        self._translate_aliases()
        self._alias_defs()
        self._handed_self_tr()

    # -- what names mean ------------------------------------------------------
    def _imports(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                for a in node.names:
                    if a.name == "tr" and (mod == "i18n" or mod.endswith(".i18n") or mod == "visualgrad.i18n"):
                        self.i18n_tr.add(a.asname or a.name)
                    if a.name == "i18n" and (mod in ("", "visualgrad") or node.level > 0):
                        self.i18n_mod.add(a.asname or a.name)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name == "visualgrad.i18n" and a.asname:
                        self.i18n_mod.add(a.asname)

    def _translate_aliases(self):
        """t = QCoreApplication.translate  (or = tr from visualgrad.i18n): t(ctx, text) is a translation too."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                v = node.value
                if ((isinstance(v, ast.Attribute) and v.attr == "translate" and isinstance(v.value, ast.Name)
                     and v.value.id in QT_TRANSLATE) or (isinstance(v, ast.Name) and v.id in self.i18n_tr)):
                    self.i18n_tr.add(node.targets[0].id)

    def _two_arg_translate(self, call: ast.Call) -> bool:
        """tr(ctx, text) or QCoreApplication.translate(ctx, text) or QT_TRANSLATE_NOOP(ctx, text)."""
        f = call.func
        if isinstance(f, ast.Name):
            return f.id in self.i18n_tr or f.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
        if isinstance(f, ast.Attribute):
            if f.attr == "translate" and isinstance(f.value, ast.Name) and f.value.id in QT_TRANSLATE:
                return True
            if f.attr == "tr" and isinstance(f.value, ast.Name) and f.value.id in self.i18n_mod:
                return True
            if f.attr == "tr" and isinstance(f.value, ast.Attribute) and f.value.attr == "i18n":
                return True  # visualgrad.i18n.tr(...)
        return False

    def _alias_defs(self):
        """def _t(text): return QCoreApplication.translate("Ctx", text)  (or a lambda doing the same)."""
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef):
                body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
                params = [a.arg for a in node.args.args]
                if len(body) == 1 and isinstance(body[0], ast.Return) and params:
                    ctx = self._alias_context(body[0].value, params[0])
                    if ctx:
                        self.aliases[node.name] = ctx
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
                params = [a.arg for a in node.value.args.args]
                ctx = params and self._alias_context(node.value.body, params[0])
                if ctx:
                    self._alias_nodes.add(id(node.value.body))
                    for t in node.targets:
                        if isinstance(t, ast.Name):
                            self.aliases[t.id] = ctx

    def _alias_context(self, expr, param) -> str | None:
        if (isinstance(expr, ast.Call) and self._two_arg_translate(expr) and len(expr.args) >= 2
                and isinstance(expr.args[1], ast.Name) and expr.args[1].id == param):
            return _literal(expr.args[0])
        return None

    def _handed_self_tr(self):
        """step_line(tl, step, self.tr) inside class TracePanel: step_line's `tr` means TracePanel's."""
        for cls in [n for n in ast.walk(self.tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                if not (isinstance(call.func, ast.Name) and call.func.id in self.functions):
                    continue
                fn = self.functions[call.func.id]
                params = [a.arg for a in fn.args.args]
                for i, arg in enumerate(call.args):
                    if _is_self_tr(arg) and i < len(params):
                        self.param_ctx[(fn.name, params[i])] = cls.name
                for kw in call.keywords:
                    if _is_self_tr(kw.value) and kw.arg:
                        self.param_ctx[(fn.name, kw.arg)] = cls.name

    # -- the walk -------------------------------------------------------------
    def run(self):
        self._visit(self.tree, cls=None, func=None, local={})
        return self

    def _visit(self, node, cls, func, local):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._visit(child, cls=child.name, func=None, local={})
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = dict(local)  # closures see the enclosing function's aliases
                for a in child.args.args + child.args.kwonlyargs:
                    if cls is None and func is None and (child.name, a.arg) in self.param_ctx:
                        inner[a.arg] = self.param_ctx[(child.name, a.arg)]
                    elif a.arg in self.i18n_tr or a.arg in self.aliases or a.arg in _TR_NAMES:
                        inner[a.arg] = None  # a parameter shadows the name: whose tr it is, no one can tell
                for stmt in ast.walk(child):  # tr = self.tr
                    if isinstance(stmt, ast.Assign) and _is_self_tr(stmt.value) and cls:
                        for t in stmt.targets:
                            if isinstance(t, ast.Name):
                                inner[t.id] = cls
                self._visit(child, cls=cls, func=child.name, local=inner)
                continue
            if isinstance(child, ast.Lambda):  # runs when called, like a function
                self._visit(child, cls, func or "<lambda>", local)
                continue
            if isinstance(child, ast.Call):
                self._call(child, cls, func, local)
            self._visit(child, cls, func, local)

    def _call(self, call: ast.Call, cls, func, local):
        f = call.func
        line = call.lineno
        if isinstance(f, ast.Name) and f.id in local:
            if local[f.id] is None:
                self._problem(line, f"{f.id}(...) whose translation context cannot be told from the source")
            else:
                self._one_arg(call, local[f.id], line, func)
            return
        if self._two_arg_translate(call):
            if (func in self.aliases and cls is None) or id(call) in self._alias_nodes:
                return  # the alias's own definition
            if len(call.args) < 2:
                self._problem(line, "translation call without (context, text)")
                return
            ctx, text = _literal(call.args[0]), _literal(call.args[1])
            is_noop = isinstance(f, ast.Name) and f.id.startswith("QT_TRANSLATE_NOOP")
            if func is None and not is_noop:
                self._problem(line, "translated when the module is imported, before any language is chosen: "
                                    "translate inside a function (or mark it with QT_TRANSLATE_NOOP)")
            comment = _literal(call.args[2]) if len(call.args) > 2 else ""
            if ctx is None or text is None:
                self._problem(line, "translation call whose context or text is not a literal string")
                return
            self._add(ctx, text, comment or "", line)
            return
        if _is_self_tr(f):
            if cls is None:
                self._problem(line, "self.tr outside a class")
                return
            self._one_arg(call, cls, line, func)
            return
        if isinstance(f, ast.Name) and f.id in self.aliases:
            self._one_arg(call, self.aliases[f.id], line, func)
            return
        if isinstance(f, ast.Name) and f.id in _TR_NAMES:
            self._problem(line, f"{f.id}(...) whose translation context cannot be told from the source")

    def _one_arg(self, call, ctx, line, func=""):
        if func is None:
            self._problem(line, "translated when the module is imported, before any language is chosen")
        if not call.args:
            self._problem(line, "tr() without text")
            return
        text = _literal(call.args[0])
        if text is None:
            self._problem(line, "tr() whose text is not a literal string (an f-string or a variable "
                                "is never extracted, so it would stay English)")
            return
        comment = _literal(call.args[1]) if len(call.args) > 1 else ""
        self._add(ctx, text, comment or "", line)

    def _add(self, ctx, text, comment, line):
        self.messages.append(Message(ctx, text, comment, [(self.rel, line)]))

    def _problem(self, line, what):
        self.problems.append(Problem(self.rel, line, what))


def scan(package: Path = PACKAGE) -> tuple[list[Message], list[Problem]]:
    """Every message in the package (merged by context, text and disambiguation), and the problems."""
    merged: dict[tuple, Message] = {}
    problems: list[Problem] = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        m = _ModuleScan(tree, rel).run()
        problems += m.problems
        for msg in m.messages:
            if msg.key in merged:
                merged[msg.key].locations += msg.locations
            else:
                merged[msg.key] = msg
    return list(merged.values()), problems


# ---- .ts files ------------------------------------------------------------------
@dataclass
class TsEntry:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    oldsource: str = ""
    locations: list = field(default_factory=list)

    @property
    def key(self):
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[TsEntry]:
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            t = m.find("translation")
            out.append(TsEntry(name, m.findtext("source") or "", m.findtext("comment") or "",
                               (t.text or "") if t is not None else "", (t.get("type") or "") if t is not None else "",
                               m.findtext("oldsource") or "",
                               [(_rel_from_ts(loc.get("filename") or ""), loc.get("line"))
                                for loc in m.findall("location")]))
    return out


def merge(messages: list[Message], old: list[TsEntry], keep_vanished=True) -> list[TsEntry]:
    """Existing translations kept; new messages unfinished (seeded from a similar vanished text in the
    same context, as lupdate's heuristic does, with <oldsource> to show what changed); gone ones vanished."""
    by_key = {e.key: e for e in old}
    live = {m.key for m in messages}
    gone = [e for e in old if e.key not in live and e.translation]
    out = []
    for m in messages:
        e = by_key.get(m.key)
        if e is not None:
            # a text that left the code and came back gets its translation back as it was
            kind = "" if e.kind in ("vanished", "obsolete") else e.kind
            out.append(TsEntry(m.context, m.source, m.comment, e.translation, kind, e.oldsource, m.locations))
            continue
        seed, oldsource = "", ""
        similar = [g for g in gone if g.context == m.context]
        best = max(similar, key=lambda g: difflib.SequenceMatcher(None, g.source, m.source).ratio(), default=None)
        if best is not None and difflib.SequenceMatcher(None, best.source, m.source).ratio() >= 0.75:
            seed, oldsource = best.translation, best.source
        out.append(TsEntry(m.context, m.source, m.comment, seed, "unfinished", oldsource, m.locations))
    if keep_vanished:
        for e in old:
            if e.key not in live and e.translation:
                out.append(TsEntry(e.context, e.source, e.comment, e.translation, "vanished", e.oldsource, []))
    return out


def _esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path: Path, entries: list[TsEntry], language: str) -> str:
    """Qt's TS 2.1, contexts and messages sorted so a diff shows only what changed; locations name the
    file (no line numbers: they would change with every edit of the code)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for ctx in sorted({e.context for e in entries}):
        lines += ["<context>", f"    <name>{_esc(ctx)}</name>"]
        for e in sorted((e for e in entries if e.context == ctx), key=lambda e: (e.source, e.comment)):
            lines.append("    <message>")
            for f in sorted({loc[0] for loc in e.locations}):
                lines.append(f'        <location filename="{_esc(_rel_to_ts(f))}"/>')
            lines.append(f"        <source>{_esc(e.source)}</source>")
            if e.oldsource:
                lines.append(f"        <oldsource>{_esc(e.oldsource)}</oldsource>")
            if e.comment:
                lines.append(f"        <comment>{_esc(e.comment)}</comment>")
            kind = f' type="{e.kind}"' if e.kind else ""
            lines.append(f"        <translation{kind}>{_esc(e.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    text = "\n".join(lines) + "\n"
    return text


def _rel_to_ts(rel: str) -> str:
    """Locations relative to the .ts file, as Linguist expects (resources/translations/)."""
    return "../../" + rel


def _rel_from_ts(name: str) -> str:
    # "../../../" is where the .ts files were before they moved from visualgrad/resources/translations
    for prefix in ("../../../", "../../"):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def ts_path(code: str) -> Path:
    return TS_DIR / f"visualgrad_{code}.ts"


def update(check=False, keep_vanished=True) -> tuple[list[str], list[Problem]]:
    """Update (or, with check, only compare) every .ts file; returns the files that changed."""
    messages, problems = scan()
    changed = []
    for code, language in LANGUAGES.items():
        path = ts_path(code)
        text = write_ts(path, merge(messages, read_ts(path), keep_vanished), language)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(path.name)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return changed, problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts file is out of date")
    p.add_argument("--list", action="store_true", help="print the messages found")
    p.add_argument("--aliases", action="store_true", help="print each module's translation aliases and contexts")
    p.add_argument("--no-obsolete", action="store_true", help="drop translations whose text left the code")
    args = p.parse_args(argv)
    if args.aliases:
        for path in sorted(PACKAGE.rglob("*.py")):
            m = _ModuleScan(ast.parse(path.read_text(encoding="utf-8")), path.name)
            for name, ctx in sorted(m.aliases.items()):
                print(f"{path.relative_to(ROOT)}: {name}(text) -> context {ctx!r}")
            for (fn, param), ctx in sorted(m.param_ctx.items()):
                print(f"{path.relative_to(ROOT)}: {fn}(..., {param}) is handed self.tr -> context {ctx!r}")
        return 0
    if args.list:
        messages, problems = scan()
        for m in sorted(messages, key=lambda m: m.key):
            print(f"{m.context}|{m.source}" + (f"|{m.comment}" if m.comment else ""))
    else:
        changed, problems = update(check=args.check, keep_vanished=not args.no_obsolete)
        messages, _ = scan()
        verb = "out of date" if args.check else "updated"
        print(f"{len(messages)} messages; {verb}: {', '.join(changed) or 'none'}")
        if args.check and changed:
            return 1
    for pr in problems:
        print(f"problem: {pr}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
