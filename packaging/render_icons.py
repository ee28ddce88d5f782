"""Render resources/icons/visualgrad.svg to the PNG sizes desktops ask for, and the Windows .ico /
macOS .icns the bundle's executable carries (all in resources/icons/).

Run after editing the SVG:  .venv/bin/python packaging/render_icons.py   (make icons)
(The outputs are committed, so building a wheel or a bundle needs no renderer.)
This is a packaging script, outside the visualgrad package, so it may use PySide6 (and Pillow,
a visualgrad dependency, to write .ico/.icns).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
BUNDLE_ICONS = ICONS


def render(svg: Path, out_dir: Path, sizes=SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    written = []
    for size in sizes:
        img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"visualgrad-{size}.png"
        out_dir.mkdir(parents=True, exist_ok=True)
        if not img.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def bundle_icons(svg: Path, pngs: list[Path], out_dir: Path) -> list[Path]:
    """visualgrad.ico from the exact renders (small sizes stay crisp); visualgrad.icns from 1024 px."""
    import tempfile

    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    images = [Image.open(p) for p in sorted(pngs, key=lambda p: -int(p.stem.split("-")[1]))]
    ico = out_dir / "visualgrad.ico"
    images[0].save(ico, format="ICO", sizes=[im.size for im in images], append_images=images[1:])
    with tempfile.TemporaryDirectory() as tmp:
        (big,) = render(svg, Path(tmp), sizes=(1024,))
        icns = out_dir / "visualgrad.icns"
        Image.open(big).save(icns, format="ICNS")
    return [ico, icns]


if __name__ == "__main__":
    pngs = render(ICONS / "visualgrad.svg", ICONS)
    root = ICONS.parent.parent.parent
    for p in pngs + bundle_icons(ICONS / "visualgrad.svg", pngs, BUNDLE_ICONS):
        print(p.relative_to(root))
