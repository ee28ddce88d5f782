"""The worksheet PDF: the graph with every gradient as "?", the questions with blanks, and an answer key."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from visualgrad.presets import get_preset
from visualgrad.timeline.practice import questions

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))


def test_the_chain_rule_worksheet_has_blanks_then_the_answer_key(qtbot, tmp_path):
    from visualgrad.qt.application import application
    from visualgrad.qt.export.worksheet import write_worksheet
    application()
    tl = get_preset("chain-rule").timeline(None)
    out = tmp_path / "sheet.pdf"
    n = write_worksheet(tl, str(out), "Chain rule")
    assert n == len(questions(tl)) == 5
    text = pdf_text(out)
    sheet, key = text.split("Answer key", 1)
    assert "Worksheet" in sheet and sheet.count("________") == 5
    assert "∂L/∂x = ∂L/∂a · ∂a/∂x + ∂L/∂b · ∂b/∂x, where ∂a/∂x = 2·x; ∂b/∂x = exp(x)" in sheet
    assert "52.17" not in sheet  # nothing of the answer before the key
    assert "∂L/∂x = 52.1711" in key and "12 + 40.1711 = 52.1711" in key and "2 × 2·x = 2 × 6 = 12" in key
    assert pages(out) >= 2
    # and it is a picture a person can read: render the first page and check it is not blank
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                   check=True, timeout=60)
    from PySide6.QtGui import QImage
    img = QImage(str(next(tmp_path.glob("p*.png"))))
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 20


def test_every_gradient_is_drawn_as_a_question_mark_on_the_sheet(qtbot):
    from visualgrad.qt.application import application
    from visualgrad.qt.export.render import Renderer
    from visualgrad.qt.export.worksheet import _diagram
    application()
    tl = get_preset("chain-rule").timeline(None)
    r = Renderer(tl, None, "light")
    hidden = {nid for nid, info in tl.nodes.items() if info.grad is not None}
    img = _diagram(r, len(tl.steps) - 1, hidden)
    assert img.width() > 100
    assert all(item.view.grad_text == "?" for nid, item in r.scene.nodes.items() if nid in hidden)
    # the constant 2 gets no gradient (PyTorch's rule): nothing to hide, and no number shown either
    others = [item.view for nid, item in r.scene.nodes.items() if nid not in hidden]
    assert others and all(v.grad is None and not v.grad_text for v in others)
    assert all(e.view.label == "?" for e in r.scene.edges.values() if e.view.mode == "backward")
    assert not any(item.view.active for item in r.scene.nodes.values())  # a page has no moment in time


def test_the_command_line_writes_the_worksheet(tmp_path):
    out = tmp_path / "xor.pdf"
    r = subprocess.run([sys.executable, "-m", "visualgrad", "practice", "--preset", "xor-mlp", "--worksheet", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                            "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    n = len(questions(get_preset("xor-mlp").timeline(None)))
    assert f"{n} questions" in r.stdout
    text = pdf_text(out)
    numbered = set(re.findall(r"(\d+)\. ∂L/∂.*? = ________", text))  # (a line may repeat at a page break)
    assert "∂L/∂W1[" in text and numbered == {str(k) for k in range(1, n + 1)}


def test_a_worksheet_must_be_a_pdf(capsys):
    from visualgrad.cli import main
    assert main(["practice", "--preset", "chain-rule", "--worksheet", "sheet.png"]) == 2
    assert "PDF" in capsys.readouterr().err


def test_file_menu_exports_the_worksheet_of_the_graph_on_screen(qtbot, make_window, tmp_path):
    w = make_window(preset="chain-rule")
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    assert w.worksheet_action in w.file_menu.actions()
    w.worksheet_path_answer = str(tmp_path / "handout")  # what the file chooser would return
    w.worksheet_action.trigger()
    out = tmp_path / "handout.pdf"
    assert out.is_file() and "5 questions" in w.statusBar().currentMessage()
    assert "L = c·2 — Worksheet" in pdf_text(out)  # a program is headed by its loss, as an export is
    w.worksheet_path_answer = str(tmp_path / "no-such-folder" / "x.pdf")
    w.worksheet_action.trigger()
    assert "Could not write" in w.statusBar().currentMessage()


def test_the_worksheet_action_follows_the_language(qtbot, make_window):
    """The action is not a widget: the window's languageChanged words it again."""
    from PySide6.QtCore import QCoreApplication
    w = make_window()
    english = w.worksheet_action.text()
    w.language_actions["nl"].trigger()
    dutch = QCoreApplication.translate("Worksheet", "Export practice worksheet (PDF)…")
    assert dutch != english
    qtbot.waitUntil(lambda: w.worksheet_action.text() == dutch, timeout=5000)
    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: w.worksheet_action.text() == english, timeout=5000)
