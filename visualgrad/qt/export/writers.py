"""The files of an export: one writer per format (SVG, PNG, PDF, GIF; PPTX and Beamer in their own
modules), all writing through a staging area so a failure or a cancel leaves nothing behind.

Files are written under a hidden temporary name in the target folder and renamed at the very end.
Each writer draws its pages with one Renderer (render.py): a sequence reuses ONE scene, each page
`show_step(k)` + one render, so a 100-step PDF costs about 100 renders, not 100 scene builds.
"""
from __future__ import annotations

import dataclasses
import math
import os
import re
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

from ...layout import Layout
from ...timeline import Timeline
from ..canvas.scene import SceneOptions
from .options import ExportCancelled, ExportError, ExportOptions, ProgressFn, format_of, select_steps
from .render import Page, Renderer, metrics_dpi, qimage_to_pil


def _t(text: str) -> str:
    return QCoreApplication.translate("Export", text)


# ---- staging: all or nothing ----------------------------------------------------------
class _Staging:
    """Files written under hidden temporary names beside their targets; renamed only when all succeeded."""

    def __init__(self):
        self.pairs: list[tuple[Path, Path]] = []

    def temp_for(self, final: Path) -> Path:
        # Not created here: each writer creates its file itself, with the user's usual permissions.
        tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")
        self.pairs.append((tmp, final))
        return tmp

    def commit(self) -> list[Path]:
        for tmp, final in self.pairs:
            os.replace(tmp, final)
        return [final for _, final in self.pairs]

    def discard(self):
        for tmp, _ in self.pairs:
            try:
                tmp.unlink()
            except FileNotFoundError:
                pass


def check_target(path) -> Path:
    """Refuse, before any work, a path that cannot be written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(_t("{path} is a folder; give a file name").format(path=str(path)))
    if not folder.is_dir():
        raise ExportError(_t("cannot write {path}: the folder {folder} does not exist")
                          .format(path=str(path), folder=str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError(_t("cannot write {path}: permission denied").format(path=str(path)))
    return path


def frame_paths(path, count: int) -> list[Path]:
    """name.png -> name-001.png, name-002.png …  for a sequence; the path itself for one step."""
    path = Path(path)
    if count == 1:
        return [path]
    digits = max(3, len(str(count)))
    return [path.with_name(f"{path.stem}-{i:0{digits}d}{path.suffix}") for i in range(1, count + 1)]


# ---- writing ---------------------------------------------------------------------
def render_scene(tl: Timeline, layout: Layout | None, steps, theme, scene_options: SceneOptions | None,
                 path, options: ExportOptions | None = None, progress: ProgressFn | None = None,
                 renderer: Renderer | None = None) -> list[Path]:
    """Write `steps` of the timeline to `path` (its suffix picks the format). Returns the files written.

    `steps` is anything select_steps() takes. `progress(done, total)` is called after each page;
    returning False cancels (ExportCancelled, nothing written).
    """
    path = check_target(path)
    fmt = format_of(path)
    ks = select_steps(tl, steps)
    if fmt in ("pptx", "tex") and (options is None or options.page in (None, "fit")):
        # A deck's pages are slides: 16:9 unless 4:3 was asked, laid out to fill them.
        options = dataclasses.replace(options or ExportOptions(), page="16:9")
    if renderer is None:
        renderer = Renderer(tl, layout, theme, scene_options, options)
    elif options is not None:
        renderer.options = options
    r = renderer
    staging = _Staging()
    tick = _ticker(progress, len(ks))
    try:
        WRITERS[fmt](r, ks, path, staging, tick)
        return staging.commit()
    except BaseException:  # a failure or a cancel: nothing partial stays behind
        staging.discard()
        raise


def _ticker(progress: ProgressFn | None, total: int):
    state = {"done": 0}

    def tick():
        state["done"] += 1
        if progress is not None and progress(state["done"], total) is False:
            raise ExportCancelled(_t("export cancelled"))
    if progress is not None and progress(0, total) is False:
        raise ExportCancelled(_t("export cancelled"))
    return tick


_EMPTY_GROUP = re.compile(rb"<g\b[^>]*>\s*</g>\s*")
_SPACE_IN_TAG = re.compile(rb"\s*\n\s*(?=[a-z/>])")
_GROUP_TAG = re.compile(rb"<g\b[^>]*>")
_GROUP_FONT = re.compile(rb' font-(?:family|size|weight|style)="[^"]*"')


def tidy_svg(data: bytes) -> bytes:
    """QSvgGenerator's output without what draws nothing: it opens a <g> with every attribute spelled
    out at each change of pen or brush, and most are empty (a third of a big graph's file)."""
    while True:
        out = _EMPTY_GROUP.sub(b"", data)
        if out == data:
            break
        data = out
    data = _SPACE_IN_TAG.sub(b" ", data)
    # Every <text> spells out its own font; the same four attributes on each group are dead weight.
    return _GROUP_TAG.sub(lambda m: _GROUP_FONT.sub(b"", m.group()), data)


def _write_svg(r: Renderer, ks, path, staging, tick):
    page = r.page(ks)
    for k, final in zip(ks, frame_paths(path, len(ks))):
        tmp = staging.temp_for(final)
        with open(tmp, "wb") as f:
            f.write(tidy_svg(r.svg_bytes(k, page)))
        tick()


# A long sequence of pictures is drawn smaller: every step of the biggest preset (189 pages, a column
# 8,000 pixels tall at 2×) was 85 MB of PNG and two minutes. These budgets keep any export near 20 MB
# and 20 s; a few steps, or a single one, keep the scale asked for.
SEQUENCE_PIXELS = 100e6  # PNG: all frames together
GIF_FRAME_PIXELS = 1.0e6  # GIF is a preview: each frame at most this


def sequence_scale(r: Renderer, page: Page, count: int, fmt: str) -> float:
    """Pixels per scene unit for `count` frames of `page` in `fmt`: the scale asked for, within budget."""
    area = max(1.0, page.width * page.height)
    cap = GIF_FRAME_PIXELS if fmt == "gif" else SEQUENCE_PIXELS / max(1, count)
    return max(0.25, min(r.options.scale, math.sqrt(cap / area)))


def _write_png(r: Renderer, ks, path, staging, tick):
    page = r.page(ks)
    scale = sequence_scale(r, page, len(ks), "png")
    for k, final in zip(ks, frame_paths(path, len(ks))):
        tmp = staging.temp_for(final)
        if not r.image(k, page, scale=scale).save(str(tmp), "PNG"):
            raise ExportError(_t("could not write {path}").format(path=str(final)))
        tick()


def _write_pdf(r: Renderer, ks, path, staging, tick):
    page = r.page(ks)
    tmp = staging.temp_for(path)
    dpi = round(metrics_dpi())
    writer = QPdfWriter(str(tmp))
    writer.setResolution(dpi)
    writer.setTitle(r.heading)
    writer.setCreator("visualgrad")
    size = QPageSize(QSizeF(page.width * 72.0 / dpi, page.height * 72.0 / dpi), QPageSize.Point, "",
                     QPageSize.ExactMatch)
    writer.setPageSize(size)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    p = QPainter()
    if not p.begin(writer):
        raise ExportError(_t("could not write {path}").format(path=str(path)))
    try:
        for i, k in enumerate(ks):
            if i:
                writer.newPage()
            r.paint(p, k, page)
            tick()
    finally:
        p.end()


def _write_gif(r: Renderer, ks, path, staging, tick):
    from PIL import Image
    page = r.page(ks)
    # One palette for every frame: colours do not flicker from step to step, and mapping a frame
    # onto a known palette is ~8× faster than an adaptive palette per frame. It is made from the
    # first, middle and last steps, which between them show every state a node or edge can be in.
    scale = sequence_scale(r, page, len(ks), "gif")
    samples = [qimage_to_pil(r.image(k, page, scale=scale, transparent=False)).convert("RGB")
               for k in dict.fromkeys((ks[0], ks[len(ks) // 2], ks[-1]))]
    mosaic = Image.new("RGB", (samples[0].width, samples[0].height * len(samples)))
    for i, im in enumerate(samples):
        mosaic.paste(im, (0, i * im.height))
    palette = mosaic.quantize(256, method=Image.Quantize.MEDIANCUT)
    frames = []  # kept as 1 byte per pixel
    for k in ks:
        rgb = qimage_to_pil(r.image(k, page, scale=scale, transparent=False)).convert("RGB")
        frames.append(rgb.quantize(palette=palette, dither=Image.Dither.NONE))
        tick()
    durations = [r.options.frame_ms] * len(frames)
    durations[-1] = max(r.options.frame_ms, r.options.hold_last_ms)
    tmp = staging.temp_for(path)
    frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0)


def _write_pptx(r: Renderer, ks, path, staging, tick):
    from .pptx import write_pptx
    write_pptx(r, ks, path, staging, tick)


def _write_tex(r: Renderer, ks, path, staging, tick):
    from .beamer import write_beamer
    write_beamer(r, ks, path, staging, tick)


WRITERS = {"svg": _write_svg, "png": _write_png, "pdf": _write_pdf, "gif": _write_gif, "pptx": _write_pptx,
           "tex": _write_tex}
