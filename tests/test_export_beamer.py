"""LaTeX Beamer: `-o steps.tex` writes one frame whose overlays step through the pass, and a standalone
variant; both compile with pdflatex (the compiling tests skip where pdflatex is not installed)."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402

from visualgrad.cli import main  # noqa: E402
from visualgrad.qt.application import application  # noqa: E402

SEED = "L = 2*(x**2 + exp(x))"
needs_pdflatex = pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex (texlive) is not installed")


@pytest.fixture(scope="module")
def qapp():
    return application()


def export(tmp_path, *extra):
    out = tmp_path / "steps.tex"
    assert main(["export", SEED, "--set", "x=3", "-o", str(out), *extra]) == 0
    return out, tmp_path / "steps-standalone.tex"


def compile_pdf(tex, tmp_path) -> str:
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.name], cwd=tmp_path,
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stdout[-3000:]
    return subprocess.run(["pdfinfo", str(tex.with_suffix(".pdf"))], capture_output=True, text=True,
                          timeout=60).stdout


def test_one_frame_steps_through_the_pass_with_overlays(qapp, tmp_path):
    deck, alone = export(tmp_path, "--step", "all")
    text = deck.read_text(encoding="utf-8")
    assert text.count("\\begin{frame}") == 1 and "\\documentclass[aspectratio=169]{beamer}" in text
    assert "\\begin{tikzpicture}" in text and "\\only<11>" in text and "\\onslide<11>" in text
    # The layout's coordinates: every value box is drawn where the scene has it.
    from visualgrad.qt.export.beamer import _n
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer
    from visualgrad.timeline import from_text
    r = Renderer(from_text(SEED, {"x": 3}), None, "light", None, ExportOptions(page="16:9"))
    for item in set(r.scene.nodes.values()):
        corner = f"({_n(item.pos().x() - item.w / 2)},{_n(item.pos().y() - item.h / 2)}) rectangle"
        assert corner in text
    assert alone.exists() and "\\geometry{papersize=" in alone.read_text(encoding="utf-8")


def test_text_is_escaped_for_latex(qapp):
    from visualgrad.qt.export.beamer import tex
    assert tex("∂L/∂x = 2·(−0.5) × 3 & 50% #1 x_1 ‖·‖ σ") == (
        "\\ensuremath{\\partial}L/\\ensuremath{\\partial}x = 2\\ensuremath{\\cdot}(\\ensuremath{-}0.5) "
        "\\ensuremath{\\times} 3 \\& 50\\% \\#1 x\\_1 \\ensuremath{\\|}\\ensuremath{\\cdot}\\ensuremath{\\|} "
        "\\ensuremath{\\sigma}")
    assert tex("x²") == "x\\textsuperscript{2}"
    assert tex("☃") == "[U+2603]"  # never dropped silently


@needs_pdflatex
def test_the_frame_compiles_to_one_page_per_step(qapp, tmp_path):
    deck, alone = export(tmp_path, "--step", "all")
    info = compile_pdf(deck, tmp_path)
    assert "Pages:           11" in info
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert abs(w / h - 16 / 9) < 0.01
    text = subprocess.run(["pdftotext", str(deck.with_suffix(".pdf")), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "58.17" in text and "exp(x)" in text
    info = compile_pdf(alone, tmp_path)
    assert "Pages:           11" in info


@needs_pdflatex
def test_a_preset_with_groups_and_tensors_compiles(qapp, tmp_path):
    out = tmp_path / "steps.tex"
    assert main(["export", "--preset", "xor-mlp", "-o", str(out), "--step", "backward"]) == 0
    compile_pdf(out, tmp_path)
