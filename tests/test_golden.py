"""Golden images: the scene, a slide and a PDF page for a few programs and steps, drawn with the built-in
layout and a bundled font, compared with the expected pictures within a tolerance (anti-aliasing and
rasteriser versions may move a few pixels; a moved box or a lost label does not pass)."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from visualgrad.qt.application import application  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "golden"
FAMILY = "Visualgrad Golden Sans"
UPDATE = os.environ.get("VISUALGRAD_UPDATE_GOLDEN") == "1"
NO_DOT = "/nonexistent/dot"
SEED = "L = 2*(x**2 + exp(x))"
NEURON = "n = w1*x1 + w2*x2 + b\nL = sigmoid(n)"


@pytest.fixture(scope="module")
def theme():
    application()
    from PySide6.QtGui import QFontDatabase
    for style in ("Regular", "Bold"):
        assert QFontDatabase.addApplicationFont(str(HERE / f"VisualgradGoldenSans-{style}.ttf")) >= 0
    assert FAMILY in QFontDatabase.families()
    from visualgrad.qt.canvas.theme import get_theme
    return lambda name="light": dataclasses.replace(get_theme(name), font=FAMILY, mono=FAMILY)


def renderer(theme, source, theme_name="light", **options):
    from visualgrad.presets import get_preset
    from visualgrad.qt.canvas.scene import SceneOptions
    from visualgrad.qt.export.options import ExportOptions
    from visualgrad.qt.export.render import Renderer, compute_layout
    from visualgrad.timeline import from_text
    tl = get_preset(source[1:]).timeline() if source.startswith("@") else from_text(source, None)
    th = theme(theme_name)
    o = ExportOptions(scale=1, **options)
    so = SceneOptions(direction=o.direction if o.direction != "auto" else "TB", fold_ops=bool(o.fold))
    o = dataclasses.replace(o, direction=so.direction)
    lay = compute_layout(tl, th, so, dot_path=NO_DOT)
    assert lay.engine == "builtin"
    return tl, Renderer(tl, lay, th, so, o)


def compare(img: Image.Image, name: str):
    path = HERE / f"{name}.png"
    img = img.convert("RGB")
    if UPDATE or not path.exists():
        assert UPDATE, f"no golden image {path.name}: run with VISUALGRAD_UPDATE_GOLDEN=1, then look at it"
        img.save(path)
        return
    want = Image.open(path).convert("RGB")
    assert img.size == want.size, f"{name}: {img.size} != {want.size}"
    a, b = np.asarray(img).astype(int), np.asarray(want).astype(int)
    diff = np.abs(a - b).max(axis=-1)
    far = float((diff > 80).mean())
    assert diff.mean() < 2.5 and far < 0.004, f"{name}: mean {diff.mean():.2f}, {far:.2%} of pixels far off"


def qimage(img):
    from visualgrad.qt.export.render import qimage_to_pil
    return qimage_to_pil(img)


@pytest.mark.parametrize("name, source, step, options", [
    ("seed-first-backward", SEED, 7, {}),
    ("seed-end", SEED, -1, {}),
    ("neuron-folded-lr", NEURON, 9, {"fold": True, "direction": "LR"}),
    ("xor-backward", "@xor-mlp", 12, {}),
])
def test_scene_snapshots(theme, name, source, step, options):
    tl, r = renderer(theme, source, **options)
    k = step % len(tl.steps)
    compare(qimage(r.image(k)), name)


@pytest.mark.parametrize("name, source, theme_name, step, options", [
    ("slide-seed", SEED, "slide", 9, {"direction": "LR", "page": "16:9"}),
    ("slide-vanishing-focus", "@vanishing", "slide", 150, {"page": "16:9"}),
])
def test_slide_snapshots(theme, name, source, theme_name, step, options):
    tl, r = renderer(theme, source, theme_name, **options)
    compare(qimage(r.image(step % len(tl.steps))), name)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_pdf_page_snapshot(theme, tmp_path):
    from visualgrad.qt.export.writers import render_scene
    tl, r = renderer(theme, SEED, "light", page="16:9", direction="LR")
    out = render_scene(tl, r.layout, 9, r.theme, r.scene_options, tmp_path / "p.pdf", r.options, renderer=r)[0]
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(out), str(tmp_path / "p")], check=True,
                   timeout=60)
    compare(Image.open(tmp_path / "p.png"), "pdf-seed-slide")
