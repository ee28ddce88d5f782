"""Translations are complete and safe: every message the code can show is translated into Dutch, Japanese,
Catalan and Korean, a translation keeps its {placeholders}, and no user-visible text escapes translation.

These read the source with tools/i18n (ast, nothing runs) and the .ts/.qm files; no display needed.
"""
from __future__ import annotations

import re
import string
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "i18n"))

import extract  # noqa: E402
import unwrapped  # noqa: E402

LANGS = list(extract.LANGUAGES)


@pytest.fixture(scope="module")
def scanned():
    return extract.scan()


@pytest.fixture(scope="module")
def tables():
    return {code: {e.key: e for e in extract.read_ts(extract.ts_path(code))} for code in LANGS}


def test_every_translation_call_can_be_read(scanned):
    _, problems = scanned
    assert not problems, "text the extractor cannot read stays English:\n" + "\n".join(map(str, problems))


def test_the_catalogue_covers_the_whole_app(scanned):
    messages, _ = scanned
    contexts = {m.context for m in messages}
    # the menus, the narration, the language's errors and the trace are all in it
    assert {"Menus", "narration", "lang", "trace", "presets", "MainWindow"} <= contexts
    assert len(messages) > 200


@pytest.mark.parametrize("code", LANGS)
def test_every_message_is_translated(scanned, tables, code):
    messages, _ = scanned
    table = tables[code]
    missing = [m for m in messages if m.key not in table]
    unfinished = [m for m in messages if m.key in table and (table[m.key].kind or not table[m.key].translation)]
    lines = [f"missing   {m.context} | {m.source!r}  ({m.locations[0][0]})" for m in missing]
    lines += [f"unfinished {m.context} | {m.source!r}" for m in unfinished]
    assert not lines, (f"{len(lines)} message(s) not translated in visualgrad_{code}.ts; run "
                       f"tools/i18n/extract.py, translate (tools/i18n/fill.py), tools/i18n/compile.py:\n"
                       + "\n".join(lines[:40]))


def _fields(text: str) -> set | None:
    """The {placeholders} of a str.format template with their conversion and spec; None if not a template.
    A set: a translation may name a value twice ("the blame of {src}") where English needs it once."""
    try:
        return {(name, conv, spec) for _, name, spec, conv in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


_PERCENT = re.compile(r"%(?:\d+|[vmp]|n)")
_TAGS = re.compile(r"</?\w+")
_ACCEL = re.compile(r"&(?!&)[^\s&]")


def _shape_problems(src: str, tr: str) -> list[str]:
    out = []
    if _fields(src) != _fields(tr):
        out.append(f"placeholders {_fields(src)} != {_fields(tr)}")
    if Counter(_PERCENT.findall(src)) != Counter(_PERCENT.findall(tr)):
        out.append("Qt % placeholders differ")
    if Counter(_TAGS.findall(src)) != Counter(_TAGS.findall(tr)):
        out.append("HTML tags differ")
    if bool(_ACCEL.search(src)) != bool(_ACCEL.search(tr)):
        out.append("keyboard accelerator (&) missing or added")
    if (src[:1].isspace(), src[-1:].isspace()) != (tr[:1].isspace(), tr[-1:].isspace()):
        out.append("leading/trailing space differs (the code glues this text to another)")
    if src.count("\n") != tr.count("\n"):
        out.append("line breaks differ")
    return out


@pytest.mark.parametrize("code", LANGS)
def test_translations_keep_placeholders_markup_and_spacing(tables, code):
    bad = []
    for (ctx, src, _), e in tables[code].items():
        if e.kind in ("vanished", "obsolete") or not e.translation:
            continue
        for p in _shape_problems(src, e.translation):
            bad.append(f"{ctx} | {src!r} -> {e.translation!r}: {p}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("code", LANGS)
def test_translations_fill_in_like_the_source(tables, code):
    """The template a translation is, filled with the same values, does not raise."""
    for (ctx, src, _), e in tables[code].items():
        fields = _fields(src)
        if not fields or e.kind or not e.translation:
            continue
        values = {name: 1.5 if spec else "v" for name, conv, spec in fields if name}  # {x:g} takes a number
        if any(not name for name, _, _ in fields):
            continue  # positional {} templates are filled by position; the Counter check covers them
        e.translation.format(**values)


def test_shape_check_catches_a_broken_translation():
    assert _shape_problems("Line {line}, column {column}: ", "Regel {regel}, kolom {column}: ")
    assert _shape_problems("{name!r} x", "{name} x")
    assert _shape_problems("{a} and {b}", "{a} en {a}")
    assert not _shape_problems("towards {src}: {c}", "naar {src}: de schuld van {src} is {c}")
    assert _shape_problems("&File", "Bestand")
    assert _shape_problems("from ", "van")
    assert not _shape_problems("&File", "ファイル(&F)")
    assert not _shape_problems("<b>{title}</b>", "<b>{title}</b> です")


def test_compiled_translations_match_their_sources():
    import compile as compile_ts
    if compile_ts.find_lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    assert compile_ts.stale() == [], "a .qm file is older than its .ts: run tools/i18n/compile.py"


def test_ts_files_are_what_extraction_writes():
    """Nothing hand-edited out of order: running the extractor changes no .ts file."""
    changed, _ = extract.update(check=True)
    assert changed == [], "run tools/i18n/extract.py (the .ts files are not up to date with the source)"


def test_no_user_visible_text_escapes_translation():
    found = unwrapped.find()
    assert not found, "wrap these in tr()/self.tr()/QCoreApplication.translate():\n" + "\n".join(map(str, found))


# ---- the tools themselves ------------------------------------------------------------------------
def _scan_text(src: str):
    import ast
    m = extract._ModuleScan(ast.parse(src), "x.py").run()
    return {(x.context, x.source) for x in m.messages}, m.problems


def test_extractor_reads_every_form_the_code_uses():
    found, problems = _scan_text('''
from PySide6.QtCore import QCoreApplication
from ..i18n import tr as _tr

def _t(text):
    return QCoreApplication.translate("Menus", text)

def step_line(step, tr):
    return tr("line {line}")

class Panel:
    def show(self):
        tr = self.tr
        self.a = self.tr("Hello") + tr("World")
        return step_line(1, self.tr)

def f():
    return _tr("narration", "Forward: {chain}"), _t("&File"), QCoreApplication.translate("App", "Oops", "title")
''')
    assert not problems
    assert found == {("Panel", "Hello"), ("Panel", "World"), ("Panel", "line {line}"),
                     ("narration", "Forward: {chain}"), ("Menus", "&File"), ("App", "Oops")}


def test_extractor_reports_what_would_stay_english():
    _, problems = _scan_text('''
from ..i18n import tr
LABEL = tr("ctx", "made at import")
class W:
    def f(self, name):
        return self.tr(f"Hello {name}"), tr("ctx", name)
def g(tr):
    return tr("who knows")
''')
    whats = " ".join(p.what for p in problems)
    assert len(problems) == 4
    assert "imported" in whats and "f-string" in whats and "cannot be told" in whats


def test_wordless_text_needs_no_translation():
    assert unwrapped.wordless("→ {x} = {y}")
    assert unwrapped.wordless("<b>{title}</b>&nbsp;·")
    assert unwrapped.wordless("visualgrad")
    assert not unwrapped.wordless("Next node")
    assert not unwrapped.wordless("← {where}, in {name}")


def test_unwrapped_check_finds_literal_text_in_qt_calls():
    import ast
    c = unwrapped._Check(ast.parse('''
from PySide6.QtWidgets import QLabel
class W:
    def build(self):
        self.setWindowTitle("Hello there")
        QLabel(self.tr("Fine"))
        self.button.setToolTip("→")
        self.status.showMessage(f"Saved {path}")
'''), "visualgrad/qt/w.py", qt=True)
    c.run()
    assert [f.text for f in c.findings] == ["Hello there", "f'Saved {path}'"]
