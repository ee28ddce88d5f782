"""The vanishing lab's payoff, the gradient norm of every layer, as a chart for a slide: PNG, SVG or PDF.

The dock's chart is sized for the dock; the exported one is drawn afresh at slide size (16:9) with
type large enough for the back row, so what a lecturer pastes reads like the rest of the deck.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

SLIDE = QSize(1280, 720)  # logical size of the exported chart
FORMATS = ("png", "svg", "pdf")
COLOURS = {"sigmoid": "#d2531a", "tanh": "#7b30a6", "relu": "#1f77b4"}


def _t(text: str) -> str:
    return QCoreApplication.translate("LabPanel", text)


class ChartError(Exception):
    """A chart that cannot be written (unknown format, unwritable path); the message is for the user."""


def positive(norms) -> np.ndarray:
    """Norms for a log axis: an exact zero (a dead ReLU stack) cannot be drawn, so it is left out."""
    a = np.asarray(norms, dtype=float)
    return np.where(a > 0, a, np.nan)


def make_plot(theme, title: str | None, font_pt: float = 9.0, legend: bool = False):
    """A log-scale norm-per-layer PlotWidget in the theme's colours, with its main curve (and a title drawn
    in the chart when given: a dock puts its own above, where a long translation can wrap)."""
    import pyqtgraph as pg
    plot = pg.PlotWidget(background=theme.background)
    plot.setLogMode(x=False, y=True)
    plot.showGrid(x=True, y=True, alpha=0.25)
    label_plot(plot, theme, title, font_pt)
    tick_font = QFont()
    tick_font.setPointSizeF(font_pt * 0.9)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)
        axis.setTextPen(theme.text)
        axis.setPen(theme.muted)
        axis.setTickFont(tick_font)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    if legend:
        plot.addLegend(offset=(-10, -10), labelTextColor=theme.text, labelTextSize=f"{font_pt:.0f}pt")
    curve = plot.plot([], [], pen=pg.mkPen(theme.grad, width=2), symbol="o", symbolSize=5,
                      symbolBrush=theme.grad, symbolPen=None)
    return plot, curve


def label_plot(plot, theme, title: str | None, font_pt: float = 9.0) -> None:
    """The chart's title and axis names, in the language of the moment (again after a language switch)."""
    if title is not None:
        plot.setTitle(title, color=theme.text, size=f"{font_pt * 1.35:.0f}pt")
    style = {"color": theme.text, "font-size": f"{font_pt:.0f}pt"}
    plot.setLabel("bottom", _t("layer (1 = first, next to the input)"), **style)
    plot.setLabel("left", _t("‖∂y/∂W‖ (log scale)"), **style)


def slide_chart(run, theme, pair: dict | None = None):
    """The chart at slide size: this run's norms, and sigmoid vs ReLU on the same weights when given."""
    import pyqtgraph as pg
    depth = len(run.norms)
    title = _t("Gradient norm per layer: {depth} layers, {act}").format(depth=depth, act=run.params.get("activation"))
    plot, curve = make_plot(theme, title, font_pt=20.0, legend=bool(pair))
    plot.getPlotItem().setContentsMargins(12, 18, 28, 10)  # the title and the last tick stay inside
    names = {"sigmoid": _t("sigmoid"), "tanh": _t("tanh"), "relu": _t("ReLU")}
    layers = np.arange(1, depth + 1, dtype=float)
    curve.setData(layers, positive(run.norms))
    curve.setPen(pg.mkPen(theme.grad, width=4))
    curve.setSymbolSize(10)
    for act, r in (pair or {}).items():
        if act != run.params.get("activation"):
            plot.plot(layers, positive(r.norms), pen=pg.mkPen(COLOURS[act], width=3, style=Qt.DashLine),
                      symbol="s", symbolSize=7, symbolBrush=COLOURS[act], symbolPen=None, name=names.get(act, act))
    if pair:
        act = run.params.get("activation")
        plot.plotItem.legend.addItem(curve, names.get(act, str(act)))
    # Laid out at slide size without appearing on screen: pyqtgraph sizes its axes and title on
    # show and resize, so the widget is shown invisibly and the events are let through once.
    from PySide6.QtWidgets import QApplication
    plot.setAttribute(Qt.WA_DontShowOnScreen, True)
    plot.resize(SLIDE)
    plot.show()
    QApplication.processEvents()
    return plot


def export_chart(plot, path) -> Path:
    """Write a PlotWidget to path as PNG (2× pixels), SVG or PDF (vector, a 16:9 page); returns the path."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ChartError(_t("The chart can be saved as PNG, SVG or PDF, not “{ext}”.").format(ext=path.suffix))
    if not path.parent.is_dir():
        raise ChartError(_t("The folder {folder} does not exist.").format(folder=str(path.parent)))
    size = plot.size()
    if fmt == "png":
        img = QImage(size * 2, QImage.Format_ARGB32)  # twice the pixels, for a projector or a retina slide
        img.fill(plot.backgroundBrush().color())
        p = QPainter(img)
        p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        plot.scene().render(p, QRectF(img.rect()), plot.sceneRect())
        p.end()
        ok = img.save(str(path))
    elif fmt == "svg":
        from PySide6.QtSvg import QSvgGenerator
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(plot.plotItem.titleLabel.text)
        p = QPainter(gen)
        plot.render(p)
        ok = p.end()
    else:
        pdf = QPdfWriter(str(path))
        pdf.setResolution(96)
        # A page the chart's own shape (16:9 at slide size), so it drops onto a slide as it is.
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75), QPageSize.Point),
                                      QPageLayout.Portrait,  # the size as given (Landscape would swap it)
                                      QMarginsF(0, 0, 0, 0)))
        p = QPainter(pdf)
        scale = min(pdf.width() / size.width(), pdf.height() / size.height())
        p.scale(scale, scale)
        plot.render(p)
        ok = p.end()
    if not ok or not path.is_file():
        raise ChartError(_t("Could not write {path}.").format(path=str(path)))
    return path
