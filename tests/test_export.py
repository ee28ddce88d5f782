"""Export files as a user opens them: PDF pages, SVG text, PNG sizes, GIF frames, PPTX slides, atomic writes."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from visualgrad.qt.application import application  # noqa: E402
from visualgrad.timeline import from_text  # noqa: E402

SEED = "L = 2*(x**2 + exp(x))"
ACCENT_LIGHT = (0xE6, 0x00, 0x7A)


@pytest.fixture(scope="module")
def qapp():
    return application()


@pytest.fixture(scope="module")
def tl():
    return from_text(SEED, {"x": 3})


@pytest.fixture(scope="module")
def renderer(qapp, tl):
    from visualgrad.qt.export.render import Renderer
    return Renderer(tl, None, "light")


def export(tl, path, steps, theme="light", renderer=None, **opts):
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.writers import render_scene
    return render_scene(tl, None, steps, theme, None, path, ExportOptions(**opts), renderer=renderer)


def pdf_pages(path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def colour_share(img: Image.Image, rgb, tol=40) -> float:
    a = np.asarray(img.convert("RGB")).astype(int)
    near = np.all(np.abs(a - np.array(rgb)) <= tol, axis=-1)
    return float(near.mean())


# ---- step selection ---------------------------------------------------------------------------
def test_step_selection_by_number_name_phase_and_range(tl):
    from visualgrad.qt.export.options import ExportError, select_steps
    n = len(tl.steps)
    assert select_steps(tl, "all") == list(range(n))
    assert select_steps(tl, "end") == [n - 1]
    # numbers as people count them: step 1 is index 0, step n the last
    assert select_steps(tl, "3") == [2] and select_steps(tl, -1) == [n - 1]
    assert select_steps(tl, "1") == [0] and select_steps(tl, n) == [n - 1] and select_steps(tl, str(n)) == [n - 1]
    assert select_steps(tl, "2..4") == [1, 2, 3]
    assert [tl.steps[k].phase for k in select_steps(tl, "backward")] == ["seed"] + ["backward"] * 4
    assert {tl.steps[k].phase for k in select_steps(tl, "forward")} == {"inputs", "forward"}
    assert [tl.steps[k].phase for k in select_steps(tl, "loss")] == ["loss"]
    with pytest.raises(ExportError, match="out of range"):
        select_steps(tl, n + 1)
    with pytest.raises(ExportError, match="out of range"):
        select_steps(tl, 0)
    with pytest.raises(ExportError, match="unknown step"):
        select_steps(tl, "sideways")
    with pytest.raises(ExportError, match="no update steps"):
        select_steps(tl, "update")


# ---- PDF ----------------------------------------------------------------------------------------
def test_pdf_sequence_has_one_page_per_step(tl, renderer, tmp_path):
    out = tmp_path / "seq.pdf"
    assert export(tl, out, "all", renderer=renderer) == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert pdf_pages(out) == len(tl.steps)
    assert pdf_pages(export(tl, tmp_path / "back.pdf", "backward", renderer=renderer)[0]) == 5


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_pdf_page_shows_the_active_node_in_the_accent_colour(tl, renderer, tmp_path):
    out = tmp_path / "step.pdf"
    export(tl, out, 10, renderer=renderer)  # step 10, backward: x² passes its blame to x
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
                   check=True)
    page = Image.open(next(tmp_path.glob("page*.png")))
    a = np.asarray(page.convert("L"))
    assert (a < 200).mean() > 0.02  # not blank: boxes, text and edges are drawn
    assert colour_share(page, ACCENT_LIGHT) > 0.001  # the active node's outline
    # The inputs step has no active node: no accent anywhere.
    export(tl, tmp_path / "inputs.pdf", 1, renderer=renderer)
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(tmp_path / "inputs.pdf"), str(tmp_path / "inputs")], check=True)
    assert colour_share(Image.open(next(tmp_path.glob("inputs*.png"))), ACCENT_LIGHT, tol=20) == 0.0


def test_pdf_is_vector_with_text(tl, renderer, tmp_path):
    out = export(tl, tmp_path / "one.pdf", "end", renderer=renderer)[0]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "58.17" in text and "52.17" in text
    assert b"/Image" not in out.read_bytes() or b"/FontFile" in out.read_bytes()


# ---- SVG ----------------------------------------------------------------------------------------
def test_svg_parses_and_holds_names_and_values_as_text(tl, renderer, tmp_path):
    out = export(tl, tmp_path / "end.svg", "end", renderer=renderer)[0]
    root = ET.parse(out).getroot()
    texts = ["".join(e.itertext()).strip() for e in root.iter("{http://www.w3.org/2000/svg}text")]
    for expected in ("x", "x²", "exp(x)", "L", "3", "20.09", "58.17"):
        assert expected in texts
    assert any("52.17" in t for t in texts)  # ∂L/∂x, the seed example's answer
    assert not list(root.iter("{http://www.w3.org/2000/svg}image"))  # vector, no embedded bitmap


def test_svg_sequence_is_numbered_frames(tl, renderer, tmp_path):
    written = export(tl, tmp_path / "f.svg", "2..4", renderer=renderer)
    assert [p.name for p in written] == ["f-001.svg", "f-002.svg", "f-003.svg"]


# ---- PNG ----------------------------------------------------------------------------------------
def test_png_size_follows_the_scale(tl, renderer, tmp_path):
    sizes = {}
    for s in (1, 2, 3):
        out = export(tl, tmp_path / f"s{s}.png", "end", renderer=renderer, scale=s)[0]
        sizes[s] = Image.open(out).size
    w1, h1 = sizes[1]
    for s in (2, 3):
        assert abs(sizes[s][0] - s * w1) <= s and abs(sizes[s][1] - s * h1) <= s
    assert w1 > 200 and h1 > 300


def test_png_transparent_background(tl, renderer, qapp, tmp_path):
    from visualgrad.qt.export.render import Renderer
    r = Renderer(tl, renderer.layout, "light", options=None)
    out = export(tl, tmp_path / "t.png", "end", renderer=r, transparent=True)[0]
    a = np.asarray(Image.open(out).convert("RGBA"))
    assert a[0, 0, 3] == 0 and (a[..., 3] == 0).mean() > 0.3  # corners and gaps see through
    assert (a[..., 3] == 255).mean() > 0.05  # the boxes are opaque
    opaque = np.asarray(Image.open(export(tl, tmp_path / "o.png", "end", renderer=r)[0]).convert("RGBA"))
    assert (opaque[..., 3] == 255).all()


def test_png_sequence_numbered_frames_same_size(tl, renderer, tmp_path):
    written = export(tl, tmp_path / "frame.png", "all", renderer=renderer, scale=1)
    assert [p.name for p in written] == [f"frame-{i:03d}.png" for i in range(1, len(tl.steps) + 1)]
    assert len({Image.open(p).size for p in written}) == 1
    assert not (tmp_path / "frame.png").exists()


def test_slide_page_is_16_by_9(tl, qapp, tmp_path):
    from visualgrad.qt.export.render import Renderer
    r = Renderer(tl, None, "slide")
    out = export(tl, tmp_path / "slide.png", 10, renderer=r, page="16:9", scale=1)[0]
    assert Image.open(out).size == (1280, 720)


# ---- GIF and PPTX ----------------------------------------------------------------------------
def test_gif_has_one_frame_per_step_with_the_delay(tl, renderer, tmp_path):
    out = export(tl, tmp_path / "anim.gif", "all", renderer=renderer, scale=1)[0]
    im = Image.open(out)
    assert im.n_frames == len(tl.steps)
    im.seek(1)
    assert im.info["duration"] == 1200


def test_pptx_has_one_slide_per_step_with_the_narration(tl, renderer, tmp_path):
    from pptx import Presentation
    out = export(tl, tmp_path / "deck.pptx", "all", renderer=renderer)[0]
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) == len(tl.steps)
    assert deck.slide_width * 9 == deck.slide_height * 16
    for slide, step in zip(slides, tl.steps):
        assert slide.notes_slide.notes_text_frame.text == step.text
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert step.text in texts
        assert sum(1 for s in slide.shapes if s.shape_type == 13) == 1  # the diagram picture


# ---- atomic writes -----------------------------------------------------------------------------
def test_cancel_midway_leaves_nothing(tl, renderer, tmp_path):
    from visualgrad.qt.export.options import ExportCancelled, ExportOptions
    from visualgrad.qt.export.writers import render_scene
    for name in ("seq.pdf", "seq.png", "seq.gif", "seq.pptx"):
        with pytest.raises(ExportCancelled):
            render_scene(tl, None, "all", "light", None, tmp_path / name, ExportOptions(scale=1),
                         progress=lambda done, total: done < 3, renderer=renderer)
    assert list(tmp_path.iterdir()) == []


def test_failure_leaves_nothing_and_keeps_the_old_file(tl, renderer, tmp_path, monkeypatch):
    from visualgrad.qt.export import writers
    old = tmp_path / "slides.pdf"
    old.write_bytes(b"the teacher's previous export")

    def broken(r, ks, path, staging, tick):
        writers._write_pdf(r, ks[:2], path, staging, tick)
        raise OSError("disk full")
    monkeypatch.setitem(writers.WRITERS, "pdf", broken)
    with pytest.raises(OSError):
        export(tl, old, "all", renderer=renderer)
    assert [p.name for p in tmp_path.iterdir()] == ["slides.pdf"]
    assert old.read_bytes() == b"the teacher's previous export"


def test_bad_targets_are_refused_before_any_work(tl, renderer, tmp_path):
    from visualgrad.qt.export.options import ExportError
    with pytest.raises(ExportError, match="does not exist"):
        export(tl, tmp_path / "missing" / "a.png", "end", renderer=renderer)
    with pytest.raises(ExportError, match="unknown format"):
        export(tl, tmp_path / "a.bmp", "end", renderer=renderer)
    with pytest.raises(ExportError, match="folder"):
        export(tl, tmp_path, "end", renderer=renderer)
    assert list(tmp_path.iterdir()) == []


def test_themes_change_the_picture(tl, qapp, tmp_path):
    from visualgrad.qt.export.options import ExportError, ExportOptions
    from visualgrad.qt.export.render import Renderer
    dark = Renderer(tl, None, "dark", options=ExportOptions(scale=1)).image(9)
    assert dark.pixelColor(2, 2).name() == "#1e2228"
    slide = Renderer(tl, None, "slide", options=ExportOptions(scale=1, title=False, caption=False)).image(9)
    light = Renderer(tl, None, "light", options=ExportOptions(scale=1, title=False, caption=False)).image(9)
    assert slide.width() > light.width() * 1.2 and slide.height() > light.height() * 1.1  # larger type and boxes
    with pytest.raises(ExportError, match="unknown theme"):
        Renderer(tl, None, "neon")
