"""Slides a lecturer can drop into a 16:9 deck: page aspect, the smallest text on the page, the direction
that fills the slide, the focus view for big graphs, and the command line's --aspect/--direction/--fold/
--font-scale, read back from the exported PDFs as a user would open them."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402

from visualgrad.cli import main  # noqa: E402
from visualgrad.qt.application import application  # noqa: E402

SEED = "L = 2*(x**2 + exp(x))"
NEURON = "n = w1*x1 + w2*x2 + b\nL = sigmoid(n)"
TINY = "L = a*b + c"
# Words in a PDF: poppler's box is ascent + descent, 1.164 em for the app's sans-serif (measured
# on the 24-pt heading); a little slack for other fallbacks.
EM_PER_BOX = 1.17
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                   reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def qapp():
    return application()


def run(*argv):
    return main(["export", *map(str, argv)])


def pdf_pages(path) -> list[tuple[float, float, list]]:
    """(width, height, [(text, x0, y0, x1, y1)]) per page, in pt."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [(w[4], *map(float, w[:4])) for w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def smallest_pt(page) -> float:
    """The smallest text on a page, in pt on a 540-pt-high slide."""
    w, h, words = page
    return min((y1 - y0) / EM_PER_BOX for _, x0, y0, x1, y1 in words) * 540.0 / h


@needs_poppler
@pytest.mark.parametrize("aspect, size", [("16:9", (960, 540)), ("4:3", (720, 540))])
def test_slide_pdf_pages_have_the_slide_aspect(qapp, tmp_path, aspect, size):
    out = tmp_path / "s.pdf"
    assert run(SEED, "--set", "x=3", "-o", out, "--step", "all", "--aspect", aspect) == 0
    pages = pdf_pages(out)
    assert len(pages) == 11
    for w, h, words in pages:
        assert (round(w), round(h)) == size
        assert words  # real text, not a picture of it
        for text, x0, y0, x1, y1 in words:  # nothing crosses the page edge
            assert 0 <= x0 and x1 <= w and 0 <= y0 and y1 <= h, text


@needs_poppler
@pytest.mark.parametrize("source, theme", [(SEED, "slide"), (SEED, "light"), (NEURON, "slide"), (TINY, "light")])
def test_graph_text_on_a_slide_is_at_least_14_pt(qapp, tmp_path, source, theme):
    out = tmp_path / "s.pdf"
    assert run(source, "-o", out, "--step", "all", "--theme", theme, "--aspect", "16:9") == 0
    for page in pdf_pages(out):
        assert smallest_pt(page) >= 14.0 - 0.3


@needs_poppler
def test_the_slide_theme_defaults_to_16_9(qapp, tmp_path):
    out = tmp_path / "s.pdf"
    assert run(SEED, "-o", out, "--step", "end", "--theme", "slide") == 0
    w, h, _ = pdf_pages(out)[0]
    assert abs(w / h - 16 / 9) < 0.01
    out = tmp_path / "p.pdf"  # the light theme keeps a page the diagram's size
    assert run(SEED, "-o", out, "--step", "end", "--aspect", "page") == 0
    w, h, _ = pdf_pages(out)[0]
    assert abs(w / h - 16 / 9) > 0.1


def test_left_to_right_is_chosen_when_it_fills_the_slide_better(qapp):
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer
    from visualgrad.timeline import from_text
    tl = from_text("a = x*y\nb = a + x\nc = a*b\nL = c*c + a")  # a chain: long top to bottom
    r = Renderer(tl, None, "slide", None, ExportOptions(page="16:9"))
    assert r.scene_options.direction == "LR"
    assert r.layout.width > r.layout.height
    wide = Renderer(tl, None, "slide", None, ExportOptions(page="16:9", direction="TB"))
    assert wide.scene_options.direction == "TB"
    assert r.page([0]).scale >= wide.page([0]).scale


def test_a_small_graph_is_shown_whole_at_a_readable_size(qapp):
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer
    from visualgrad.timeline import from_text
    r = Renderer(from_text(TINY), None, "light", None, ExportOptions(page="16:9"))
    page = r.page([0])
    assert page.overview is None
    assert r.smallest_text(page) >= 14.0


def test_a_big_graph_gets_a_focus_view_on_the_active_node_and_an_overview(qapp):
    from visualgrad.presets import get_preset
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer
    from visualgrad.qt.export.slides import focus_source
    tl = get_preset("vanishing").timeline()
    r = Renderer(tl, None, "slide", None, ExportOptions(page="16:9"))
    k = next(s.index for s in tl.steps if s.phase == "backward" and s.node is not None)
    page = r.page([k])
    assert page.overview is not None and not page.overview.intersects(page.diagram)
    assert r.smallest_text(page) >= 14.0
    r.scene.show_step(k)
    src = focus_source(r.scene, k, page.diagram, page.scale)
    active = r.scene.active_item()
    assert src.contains(active.sceneBoundingRect())


def test_cli_fold_and_font_scale(qapp, tmp_path, capsys):
    from pptx import Presentation
    out = tmp_path / "f.pptx"
    assert run(SEED, "--set", "x=3", "-o", out, "--step", "end", "--fold", "--font-scale", "1.3") == 0
    names = [sh.name for sh in Presentation(str(out)).slides[0].shapes]
    assert not any(n.startswith("!!op") for n in names)  # folded: no op ellipses
    assert any(n.startswith("!!node") for n in names)
    assert run(SEED, "-o", tmp_path / "bad.pdf", "--font-scale", "9") == 2
    assert "--font-scale" in capsys.readouterr().err
    assert run(SEED, "-o", tmp_path / "d.png", "--direction", "TB", "--aspect", "4:3") == 0
