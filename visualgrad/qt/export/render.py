"""One step of a timeline drawn on a page: a fresh scene for (timeline, layout, theme), its title
and caption, painted on any QPainter (an image, an SVG, a PDF page).

No widgets: this runs offscreen for `visualgrad export` and notebooks, and inside
the app for File → Export… and Copy diagram. Every path draws a GraphScene made
here, never the window's live scene (which carries the animator's moving dots and
the user's selection), with QGraphicsScene.render — so a file from the app and one
from the command line are the same picture. The files themselves are writers.py's;
what may be asked (formats, options, steps) is options.py's.
"""
from __future__ import annotations

import copy
import dataclasses
import math
from dataclasses import dataclass
from typing import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ...layout import Layout
from ...layout import layout as run_layout
from ...timeline import Timeline
from ...timeline.select import phase_name
from ..canvas.scene import GraphScene, SceneOptions, graph_spec
from ..canvas.theme import Theme
from .options import DIRECTIONS, ExportError, ExportOptions, default_heading, resolve_theme, select_steps
from .slides import (
    AIM_PT,
    ASPECTS,
    PAGES,
    fit_scale,
    focus_source,
    hidden_outside,
    is_slide,
    slide_pt,
    smallest_text_pt,
    split_area,
)

PAGE_MARGIN = 16.0  # around title and caption on a "fit" page (the scene has its own margin)
SLIDE_MARGIN = 36.0
MAX_FIT_WIDTH = 1600.0  # beyond this a long heading is elided
MIN_TEXT_WIDTH = 560.0  # a fit page with a caption is at least this wide, so the narration wraps readably
MAX_CAPTION_LINES = 7


def _t(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def compute_layout(tl: Timeline, theme: Theme, scene_options: SceneOptions | None = None,
                   dot_path: str | None = None) -> Layout:
    """The layout the window would make for this timeline, theme and options (same spec, same engine)."""
    return run_layout(graph_spec(tl, theme, scene_options or SceneOptions()), dot_path=dot_path)


def metrics_dpi() -> float:
    """The DPI the scene's boxes were measured at (QFontMetricsF without a device uses the screen's).

    Every paint device gets this DPI, so text drawn in points fills exactly the boxes made for it.
    """
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


# ---- one page ---------------------------------------------------------------------
@dataclass(frozen=True)
class Page:
    """The geometry of a page, in scene units; the same for every step of a sequence."""
    width: float
    height: float
    diagram: QRectF
    title: QRectF | None
    caption: QRectF | None
    scale: float = 1.0  # page units per scene unit, for the graph
    overview: QRectF | None = None  # a focus view: the diagram shows the active part, this the whole


class Renderer:
    """One fresh scene for (timeline, layout, theme), drawn page by page.

    `layout` may be None: it is computed the way the window computes it.
    """

    def __init__(self, tl: Timeline, layout: Layout | None = None, theme="light",
                 scene_options: SceneOptions | None = None, options: ExportOptions | None = None):
        self.tl = tl
        self.options = options or ExportOptions()
        o = self.options
        self.theme = resolve_theme(theme)
        if o.font_scale != 1.0:
            self.theme = dataclasses.replace(self.theme, font_size=self.theme.font_size * o.font_scale)
        self.scene_options = copy.deepcopy(scene_options) if scene_options is not None else SceneOptions()
        if o.fold is not None:
            self.scene_options.fold_ops = o.fold
        if o.direction in ("TB", "LR"):
            self.scene_options.direction = o.direction
        if layout is None:
            layout = self._best_layout() if o.direction == "auto" and is_slide(self.page_kind) else \
                compute_layout(tl, self.theme, self.scene_options)
        self.layout = layout
        self.scene = GraphScene(self.theme, self.scene_options)
        self.scene.set_graph(tl, self.layout, 0)
        # The window caches item pictures as pixmaps to repaint fast; a file must get the vector
        # drawing (text as text, real pen widths), so the export scene paints every item afresh.
        for item in self.scene.items():
            item.setCacheMode(QGraphicsItem.NoCache)
        th = self.theme
        # On a slide, the heading and the narration are read from the back row too.
        slide = is_slide(self.page_kind)
        self.title_font = QFont(th.font)
        self.title_font.setPointSizeF(max(th.font_size * 1.4, 24.0 if slide else 0.0))
        self.title_font.setBold(True)
        self.step_font = QFont(th.font)
        self.step_font.setPointSizeF(max(th.font_size * 1.05, 14.0 if slide else 0.0))
        self.caption_font = QFont(th.font)
        self.caption_font.setPointSizeF(max(th.font_size * 1.15, 16.0 if slide else 0.0))

    @property
    def options(self) -> ExportOptions:
        return self._options

    @options.setter
    def options(self, options: ExportOptions):
        # Options may change between exports of the same scene (the notebook and the tests reuse one).
        if options.page is not None and options.page not in PAGES:
            raise ExportError(_t("unknown page size {page!r}; use fit, 16:9 or 4:3").format(page=options.page))
        if options.direction not in DIRECTIONS:
            raise ExportError(_t("unknown direction {d!r}; use auto, TB or LR").format(d=options.direction))
        if not 0.5 <= options.font_scale <= 3.0:
            raise ExportError(_t("the font scale must be between 0.5 and 3 (got {s:g})").format(s=options.font_scale))
        self._options = options

    @property
    def page_kind(self) -> str:
        """The page asked for: the slide theme's pages are slides unless said otherwise."""
        if self.options.page is not None:
            return self.options.page
        return "16:9" if self.theme.name == "slide" else "fit"

    def _best_layout(self) -> Layout:
        """Top to bottom or left to right, whichever draws the graph larger on the slide."""
        w, h = ASPECTS[self.page_kind]
        best = None
        for d in ("TB", "LR"):
            opts = copy.deepcopy(self.scene_options)
            opts.direction = d
            lay = compute_layout(self.tl, self.theme, opts)
            # The area a slide leaves the diagram, roughly (title and a few caption lines off).
            k = fit_scale(lay.width + 48, lay.height + 48, w - 72, h * 0.62)
            if best is None or k > best[0] * 1.02:
                best = (k, d, lay)
        self.scene_options.direction = best[1]
        return best[2]

    def smallest_text(self, page: Page) -> float:
        """The smallest graph text on this page, in points on a 540-pt-high slide."""
        return slide_pt(page.scale, smallest_text_pt(self.tl, self.theme), metrics_dpi())

    @property
    def heading(self) -> str:
        return self.options.heading if self.options.heading is not None else default_heading(self.tl)

    # -- geometry --
    def diagram_size(self) -> QSizeF:
        return self.scene.sceneRect().size()

    def page(self, steps: Iterable[int], page: str | None = None, title: bool | None = None,
             caption: bool | None = None) -> Page:
        """Page geometry for these steps: the caption is as tall as the longest narration among them."""
        o = self.options
        page = page or self.page_kind
        title = o.title if title is None else title
        caption = o.caption if caption is None else caption
        steps = list(steps)
        d = self.diagram_size()
        if is_slide(page):
            w, h = ASPECTS[page]
            m = SLIDE_MARGIN
        else:
            m = PAGE_MARGIN
            w = max(d.width(), MIN_TEXT_WIDTH if (title or caption) else 0.0)
            if title:  # room for the whole heading beside the step label, within reason
                need = (QFontMetricsF(self.title_font).horizontalAdvance(self.heading) + 24
                        + max(QFontMetricsF(self.step_font).horizontalAdvance(self.step_label(k)) for k in steps))
                w = max(w, min(need + 2 * m, MAX_FIT_WIDTH))
        y = 0.0
        title_rect = None
        if title:
            th = QFontMetricsF(self.title_font).height() * 1.2
            title_rect = QRectF(m, m, w - 2 * m, th)
            y = title_rect.bottom()
        caption_h = self._caption_height(steps, w - 2 * m) if caption else 0.0
        overview = None
        k = 1.0
        if is_slide(page):
            bottom = h - m - caption_h
            area = QRectF(m, max(y, m / 2), w - 2 * m, bottom - max(y, m / 2) - (m / 3 if caption else 0))
            k = fit_scale(d.width(), d.height(), area.width(), area.height())
            smallest = smallest_text_pt(self.tl, self.theme) * metrics_dpi() / 96.0
            if smallest * k < AIM_PT:
                # Too big to read whole: the active node's neighbourhood at a readable size, the whole
                # graph beside it as an overview.
                diagram, overview = split_area(area, d.width(), d.height())
                k = AIM_PT / smallest
            else:
                dw, dh = d.width() * k, d.height() * k
                diagram = QRectF(area.center().x() - dw / 2, area.center().y() - dh / 2, dw, dh)
        else:
            diagram = QRectF((w - d.width()) / 2, y, d.width(), d.height())
            bottom = diagram.bottom()
            h = bottom + (caption_h + m if caption else 0.0)
        caption_rect = QRectF(m, bottom, w - 2 * m, caption_h) if caption else None
        # Whole units: a fractional edge would leave a half-painted row of pixels.
        return Page(float(math.ceil(w)), float(math.ceil(h)), diagram, title_rect, caption_rect, k, overview)

    def _caption_height(self, steps, width) -> float:
        fm = QFontMetricsF(self.caption_font)
        tallest = max((fm.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextWordWrap, self.tl.steps[k].text).height()
                       for k in steps), default=fm.height())
        return min(tallest, fm.lineSpacing() * MAX_CAPTION_LINES) + 4

    # -- painting --
    def paint(self, p: QPainter, k: int, page: Page, transparent: bool = False):
        """Draw step k on a painter whose coordinates are scene units (0,0 = the page's corner)."""
        th = self.theme
        # The next page of a sequence restyles only what the step changed.
        self.scene.show_step(k, self.scene.step if abs(self.scene.step - k) == 1 else None)
        p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        if not transparent:
            p.fillRect(QRectF(0, 0, page.width, page.height), QColor(th.background))
        if page.overview is None:
            self.scene.render(p, page.diagram, self.scene.sceneRect(), Qt.KeepAspectRatio)
        else:
            self._paint_focus(p, k, page)
        step = self.tl.steps[k]
        if page.title is not None:
            label = self.step_label(k)
            p.setFont(self.step_font)
            fm = QFontMetricsF(self.step_font)
            lw = fm.horizontalAdvance(label) + 8
            p.setPen(QColor(th.muted))
            p.drawText(page.title, Qt.AlignRight | Qt.AlignVCenter, label)
            p.setFont(self.title_font)
            p.setPen(QColor(th.text))
            room = max(0.0, page.title.width() - lw - 16)
            text = QFontMetricsF(self.title_font).elidedText(self.heading, Qt.ElideRight, room)
            p.drawText(QRectF(page.title.left(), page.title.top(), room, page.title.height()),
                       Qt.AlignLeft | Qt.AlignVCenter, text)
        if page.caption is not None:
            p.setFont(self.caption_font)
            p.setPen(QColor(th.text))
            p.save()
            p.setClipRect(page.caption)
            p.drawText(page.caption, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, step.text)
            p.restore()

    def _paint_focus(self, p: QPainter, k: int, page: Page):
        """The focus view: the active part at a readable scale; the whole graph beside it, as a picture."""
        th = self.theme
        src = focus_source(self.scene, k, page.diagram, page.scale)
        p.save()
        p.setClipRect(page.diagram)
        with hidden_outside(self.scene, src):
            self.scene.render(p, page.diagram, src, Qt.KeepAspectRatio)
        p.restore()
        # The overview is a thumbnail (its text is too small to read anyway): a raster, so a PDF
        # holds one small image per page instead of the whole graph's vectors again.
        whole = self.scene.sceneRect()
        target = overview_target(whole, page.overview)
        p.drawImage(target, overview_image(self.scene, target, th.background, QImage.Format_ARGB32_Premultiplied))
        p.setPen(QPen(QColor(th.muted), 1.0))
        p.setBrush(Qt.NoBrush)
        p.drawRect(target)
        shown = src.intersected(whole)
        p.setPen(QPen(QColor(th.accent), 2.0))
        p.drawRect(overview_part(whole, target, shown))

    def step_label(self, k: int) -> str:
        return _t("step {k} of {n} · {phase}").format(k=k + 1, n=len(self.tl.steps),
                                                       phase=phase_name(self.tl.steps[k].phase))

    def image(self, k: int, page: Page | None = None, scale: float | None = None,
              transparent: bool | None = None) -> QImage:
        """Step k as an image, `scale` pixels per scene unit."""
        page = page or self.page([k])
        scale = self.options.scale if scale is None else scale
        transparent = self.options.transparent if transparent is None else transparent
        img = QImage(max(1, math.ceil(page.width * scale)), max(1, math.ceil(page.height * scale)),
                     QImage.Format_ARGB32_Premultiplied)
        dpm = round(metrics_dpi() / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        img.fill(Qt.transparent if transparent else QColor(self.theme.background))
        with _background_off(self.scene, transparent):
            p = QPainter(img)
            p.scale(scale, scale)
            self.paint(p, k, page, transparent)
            p.end()
        # The PNG says its true print size: `scale` pixels per unit at the screen's DPI.
        img.setDotsPerMeterX(round(dpm * scale))
        img.setDotsPerMeterY(round(dpm * scale))
        return img

    def svg_bytes(self, k: int, page: Page | None = None) -> bytes:
        buf = QBuffer()
        buf.open(QIODevice.WriteOnly)
        self._svg(buf, k, page or self.page([k]))
        buf.close()
        return bytes(buf.data())

    def _svg(self, target, k: int, page: Page):
        gen = QSvgGenerator()
        if isinstance(target, str):
            gen.setFileName(target)
        else:
            gen.setOutputDevice(target)
        size = QSize(math.ceil(page.width), math.ceil(page.height))
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setResolution(round(metrics_dpi()))
        gen.setTitle(self.heading)
        gen.setDescription(self.tl.steps[k].text)
        p = QPainter()
        if not p.begin(gen):
            raise ExportError(_t("could not write the SVG"))
        with _background_off(self.scene, self.options.transparent):
            self.paint(p, k, page, self.options.transparent)
        p.end()


class _background_off:
    """Transparent export: the scene must not paint its background either."""

    def __init__(self, scene, off: bool):
        self.scene, self.off = scene, off

    def __enter__(self):
        if self.off:
            self.brush = self.scene.backgroundBrush()
            self.scene.setBackgroundBrush(Qt.NoBrush)

    def __exit__(self, *exc):
        if self.off:
            self.scene.setBackgroundBrush(self.brush)


# ---- images for the clipboard, notebooks and tests ---------------------------------------
def render_image(tl: Timeline, layout: Layout | None, step, theme, scene_options: SceneOptions | None = None,
                 options: ExportOptions | None = None) -> QImage:
    """One step as a QImage (what Copy diagram puts on the clipboard)."""
    k = select_steps(tl, step)[0]
    return Renderer(tl, layout, theme, scene_options, options).image(k)


def qimage_png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def qimage_to_pil(img: QImage):
    from PIL import Image
    rgba = img.convertToFormat(QImage.Format_RGBA8888)
    w, h, bpl = rgba.width(), rgba.height(), rgba.bytesPerLine()
    return Image.frombuffer("RGBA", (w, h), bytes(rgba.constBits()), "raw", "RGBA", bpl, 1).copy()


def overview_target(whole: QRectF, box: QRectF) -> QRectF:
    """Where the whole graph goes in the overview box: as large as fits, centred, at the top."""
    k = min(box.width() / whole.width(), box.height() / whole.height())
    return QRectF(box.center().x() - whole.width() * k / 2, box.top(), whole.width() * k, whole.height() * k)


def overview_part(whole: QRectF, target: QRectF, part: QRectF) -> QRectF:
    """Where a part of the scene (the focus view's) lies in the overview drawn at `target`."""
    k = target.width() / whole.width()
    return QRectF(target.left() + (part.left() - whole.left()) * k, target.top() + (part.top() - whole.top()) * k,
                  part.width() * k, part.height() * k)


def overview_image(scene, target: QRectF, background: str, fmt=QImage.Format_RGB32) -> QImage:
    """The whole scene as a picture for `target`, at twice its size so it stays sharp on a projector."""
    px = 2.0
    img = QImage(max(1, math.ceil(target.width() * px)), max(1, math.ceil(target.height() * px)), fmt)
    img.fill(QColor(background))
    p = QPainter(img)
    p.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
    scene.render(p, QRectF(0, 0, img.width(), img.height()), scene.sceneRect(), Qt.KeepAspectRatio)
    p.end()
    return img
