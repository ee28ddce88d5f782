"""The training dock's loss curve: per epoch of the trainer, or per iteration of a pasted program's own loop.

The chart (pyqtgraph, slow to import) is made when there is a first curve to draw, so opening the app
on a plain expression does not pay for it; until then the widget is empty and hidden.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..i18n.retranslate import Retranslating


def _t(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)  # the dock's messages, wherever they are drawn


class LossChart(Retranslating, QWidget):
    """set_losses(losses, per="epoch" | "iteration"): the curve, titled and labelled for what it counts."""

    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.per = "epoch"
        self.plot = None
        self._curve = None
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.hide()

    @property
    def curve(self):
        if self._curve is None:
            self.plot = self._make_plot()
            self.lay.addWidget(self.plot)
            self.show()
            self.retranslate()
        return self._curve

    def _make_plot(self):
        import pyqtgraph as pg
        theme = self.window_.theme
        plot = pg.PlotWidget(background=theme.background)
        plot.setMinimumHeight(120)
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)  # no "(x0.001)" glued to the label
            plot.getAxis(side).setTextPen(theme.text)
            plot.getAxis(side).setPen(theme.muted)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        self._curve = plot.plot([], [], pen=pg.mkPen(theme.grad, width=2))
        # Draw at most about one point per pixel: a 10,000-point curve repainted during a run would
        # otherwise cost as much time as the training itself.
        self._curve.setDownsampling(auto=True, method="peak")
        self._curve.setClipToView(True)
        return plot

    def set_losses(self, losses, per: str = "epoch") -> None:
        """Epochs count from 1 (the loss before each update); a program's iterations from 0, as it printed them."""
        y = np.asarray(losses, dtype=float)
        first = 1 if per == "epoch" else 0
        self.curve.setData(np.arange(first, first + len(y), dtype=float) if len(y) else [], y if len(y) else [])
        self.per = per
        self.retranslate()  # the title in the theme's colour of the moment, too

    def retranslate(self) -> None:
        if self.plot is None:
            return
        epochs = self.per == "epoch"
        self.plot.setLabel("bottom", _t("epoch") if epochs else _t("iteration"))
        self.plot.setLabel("left", _t("loss"))
        self.plot.setTitle(_t("Loss per epoch") if epochs else _t("Loss per iteration"), color=self.window_.theme.text)
