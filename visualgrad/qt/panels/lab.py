"""The vanishing-gradient lab dock: why ReLU, residual connections and good init exist, in numbers.

    install(window)   adds the "Vanishing gradients lab" dock, shown while the `vanishing` preset is

Controls (depth up to 50, activation, residual, init, seed) rebuild the preset through
`window.load_preset("vanishing", params)`. The dock shows each layer's weight-gradient norm
‖∂y/∂W_k‖ on a log axis with the first/last ratio written out, sigmoid vs ReLU side by side on
the same weights, and a small table of the settings that fix the problem at this depth. On the
graph, nodes are tinted by |gradient| on a log scale (`scene.options.tint_by_grad`), and the lab
opens at its last step, when every gradient is known.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...fmt import format_number
from .norm_chart import positive as _positive

NAME = "vanishing"
REBUILD_PAUSE_MS = 350  # a spin box clicked five times rebuilds once
COLOURS = {"sigmoid": "#d2531a", "tanh": "#7b30a6", "relu": "#1f77b4"}
CHART_HEIGHT = 260  # the lab's payoff: large enough to read at 1280×720


def _t(text: str) -> str:
    return QCoreApplication.translate("LabPanel", text)


def _n(v: float) -> str:
    return format_number(float(v), 3)


def _sub(i: int) -> str:
    return str(i).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _power(k: int) -> str:
    """10 to the k, written the way the article would: 10⁻²⁵."""
    return "10" + str(k).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def how_far(ratio: float) -> str:
    """The first/last ratio in words, by its order of magnitude."""
    if not math.isfinite(ratio) or ratio <= 0:
        return _t("The first layer gets no gradient at all: it cannot learn.")
    k = round(math.log10(ratio))
    if k <= -3:
        return _t("The first layer gets about {p} of the last layer's gradient: it barely learns.").format(
            p=_power(k))
    if k < 0:
        return _t("The first layer gets about {p} of the last layer's gradient: it learns, slowly.").format(
            p=_power(k))
    if k == 0:
        return _t("First and last layer get gradients of the same order of magnitude: every layer learns.")
    if k < 3:
        return _t("The first layer gets about {p} times the last layer's gradient.").format(p=_power(k))
    return _t("The first layer gets about {p} times the last layer's gradient: it explodes.").format(p=_power(k))


# Settings that tell the story, each run at the lab's current depth and seed.
def why_rows() -> list:
    return [
        ({"activation": "sigmoid", "init": "default", "residual": False},
         _t("sigmoid, default init"), _t("σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼")),
        ({"activation": "relu", "init": "default", "residual": False},
         _t("ReLU, default init"), _t("ReLU′ = 1 where active: no ¼ per layer, but the default init still "
                                      "shrinks the signal")),
        ({"activation": "relu", "init": "he", "residual": False},
         _t("ReLU, He init"), _t("He init (variance 2/fan_in) keeps the size of the signal from layer to layer")),
        ({"activation": "tanh", "init": "xavier", "residual": False},
         _t("tanh, Xavier init"), _t("tanh′(0) = 1 and Xavier init keep the variance near 1")),
        ({"activation": "sigmoid", "init": "default", "residual": True},
         _t("sigmoid + residual"), _t("h + f(h): the gradient has a path around every sigmoid")),
    ]


class LabPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.params: dict | None = None  # the lab settings on screen
        self.run = None  # LabRun of the settings on screen
        self.pair = {}  # {"sigmoid": LabRun, "relu": LabRun} on the same weights
        self._cache = {}
        self._tint_set = False
        self._updating = False
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(REBUILD_PAUSE_MS)
        self.pause.timeout.connect(self.apply)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)

        intro = QLabel(self.tr("h = act(h @ W + b), layer after layer: how much gradient reaches each "
                               "layer's weights?"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QGridLayout()
        self.depth = QSpinBox()
        self.depth.setRange(1, 50)
        self.activation = QComboBox()
        for key, text in (("sigmoid", self.tr("sigmoid")), ("tanh", self.tr("tanh")), ("relu", self.tr("ReLU"))):
            self.activation.addItem(text, key)
        self.residual = QCheckBox(self.tr("residual connections (h + act(…))"))
        self.init = QComboBox()
        for key, text in (("default", self.tr("PyTorch default")), ("xavier", self.tr("Xavier (Glorot)")),
                          ("he", self.tr("He (Kaiming)"))):
            self.init.addItem(text, key)
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        # Two columns, so the numbers and charts below stay in view.
        for i, (label, w) in enumerate(((self.tr("Depth"), self.depth), (self.tr("Activation"), self.activation),
                                        (self.tr("Seed"), self.seed), (self.tr("Init"), self.init))):
            form.addWidget(QLabel(label), i // 2, 2 * (i % 2))
            form.addWidget(w, i // 2, 2 * (i % 2) + 1)
        form.addWidget(self.residual, 2, 0, 1, 4)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        lay.addLayout(form)
        for w in (self.depth, self.seed):
            w.valueChanged.connect(self._changed)
        for w in (self.activation, self.init):
            w.currentIndexChanged.connect(self._changed)
        self.residual.toggled.connect(self._changed)

        self.ratio_label = QLabel()
        self.ratio_label.setWordWrap(True)
        self.ratio_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.ratio_label)
        self.norms_slot = QVBoxLayout()
        lay.addLayout(self.norms_slot)
        buttons = QHBoxLayout()
        self.chart_button = QPushButton(self.tr("Save chart…"))
        self.chart_button.setToolTip(self.tr("The gradient norm per layer at slide size, as PNG, SVG or PDF"))
        self.chart_button.clicked.connect(self._ask_chart)
        self.steps_button = QPushButton(self.tr("Export the steps that matter…"))
        self.steps_button.setToolTip(self.tr("A few slides instead of every step: the loss, blame starting, "
                                             "a handful of layers getting their gradient, the end"))
        self.steps_button.clicked.connect(self._ask_steps)
        buttons.addWidget(self.chart_button)
        buttons.addWidget(self.steps_button)
        lay.addLayout(buttons)
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        lay.addWidget(self.pair_label)
        self.pair_slot = QVBoxLayout()
        lay.addLayout(self.pair_slot)
        # The charts (pyqtgraph, slow to import) are made for the first numbers they show.
        self.norms_plot = self.pair_plot = None
        self._norms_curve = None
        self._pair_curves = None

        why = QLabel(self.tr("<b>Why ReLU, residuals and good init exist</b> (first/last ratio at this depth; "
                             "1 is ideal)"))
        why.setWordWrap(True)
        lay.addWidget(why)
        self.why_table = QTableWidget(0, 3)
        self.why_table.setHorizontalHeaderLabels([self.tr("setting"), self.tr("first/last"), self.tr("why")])
        self.why_table.verticalHeader().setVisible(False)
        self.why_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.why_table.setWordWrap(True)
        head = self.why_table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.Stretch)
        lay.addWidget(self.why_table)
        lay.addStretch(1)

    @property
    def norms_curve(self):
        if self._norms_curve is None:
            self.norms_plot, self._norms_curve = self._make_plot(self.tr("Gradient norm per layer"))
            self.norms_slot.addWidget(self.norms_plot)
        return self._norms_curve

    @property
    def pair_curves(self):
        if self._pair_curves is None:
            import pyqtgraph as pg
            self.pair_plot, _ = self._make_plot(self.tr("Sigmoid vs ReLU, same weights"), legend=True)
            self._pair_curves = {}
            for act, name in (("sigmoid", self.tr("sigmoid")), ("relu", self.tr("ReLU"))):
                self._pair_curves[act] = self.pair_plot.plot(
                    [], [], pen=pg.mkPen(COLOURS[act], width=2), symbol="o", symbolSize=4,
                    symbolBrush=COLOURS[act], symbolPen=None, name=name)
            self.pair_slot.addWidget(self.pair_plot)
        return self._pair_curves

    def _make_plot(self, title: str, legend: bool = False):
        from .norm_chart import make_plot
        plot, curve = make_plot(self.window_.theme, title, legend=legend)
        plot.setMinimumHeight(CHART_HEIGHT if not legend else 170)
        return plot, curve

    # ---- the controls ------------------------------------------------------------------------
    def control_params(self) -> dict:
        return {"depth": self.depth.value(), "activation": self.activation.currentData(),
                "residual": self.residual.isChecked(), "init": self.init.currentData(), "seed": self.seed.value()}

    def _show_params(self, p: dict) -> None:
        self._updating = True
        try:
            self.depth.setValue(int(p["depth"]))
            self.activation.setCurrentIndex(self.activation.findData(p["activation"]))
            self.residual.setChecked(bool(p["residual"]))
            self.init.setCurrentIndex(self.init.findData(p["init"]))
            self.seed.setValue(int(p["seed"]))
        finally:
            self._updating = False

    def _changed(self, *_):
        if not self._updating:
            self.pause.start()

    def apply(self) -> None:
        """Rebuild the lab with the controls' settings (width and batch stay as they were)."""
        self.pause.stop()
        w = self.window_
        params = dict(w.session.preset_params) if w.session.preset == NAME else {}
        params.update(self.control_params())
        if self.params is not None and all(self.params.get(k) == v for k, v in params.items()):
            return
        w.load_preset(NAME, params)

    # ---- following the window ------------------------------------------------------------------
    @property
    def dock(self):
        return self.window_.docks.get("lab")

    def sync(self) -> None:
        w = self.window_
        if w.session.preset != NAME:
            self.params = None
            if self._tint_set:
                self._tint_set = False
                w.options.tint_by_grad = False
                w.scene.options.tint_by_grad = False
                w.show_step(w.session.step)
            if self.dock is not None:
                self.dock.hide()
            return
        from ...presets import LAB, PresetError
        try:
            _, params = LAB.resolve({}, **w.session.preset_params)
        except PresetError:  # the window shows the error; the panel keeps its last numbers
            return
        if not self._tint_set or not w.scene.options.tint_by_grad:
            self._tint_set = True
            w.options.tint_by_grad = True
            w.scene.options.tint_by_grad = True
            w.show_step(w.session.step)
        if params == self.params:
            return
        self.params = params
        self._show_params(params)
        self.show_numbers(params)
        # Open at the last step: every gradient is known, so the tint tells the story at once.
        w.go(len(w.timeline.steps) - 1)
        if self.dock is not None and not self.dock.isVisible():
            self.dock.show()
            self.dock.raise_()
        QTimer.singleShot(0, self.make_room)

    def make_room(self) -> None:
        """The chart is the point of the lab: its dock gets most of the height and some width."""
        w = self.window_
        if self.dock is None or not self.dock.isVisible():
            return
        others = [d for k, d in w.docks.items() if k == "trace" and d.isVisible()
                  and w.dockWidgetArea(d) == w.dockWidgetArea(self.dock)]
        tall = max(CHART_HEIGHT + 260, int(w.height() * 0.75))
        w.resizeDocks([self.dock, *others], [tall] + [110] * len(others), Qt.Vertical)
        w.resizeDocks([self.dock], [max(self.dock.width(), 430)], Qt.Horizontal)

    # ---- exports -----------------------------------------------------------------------------------
    def save_chart(self, path) -> str:
        """The norm chart at slide size (sigmoid and ReLU on the same weights beside this run's curve)."""
        from .norm_chart import export_chart, slide_chart
        plot = slide_chart(self.run, self.window_.theme, self.pair)
        try:
            return str(export_chart(plot, path))
        finally:
            plot.deleteLater()

    def key_steps(self) -> list:
        tl = self.window_.timeline
        fn = (getattr(tl, "display", None) or {}).get("key_steps")
        return fn(tl) if fn else []

    def export_steps(self, path, fmt: str | None = None) -> list:
        """The steps that matter (not all of them), with the window's export; returns the files written."""
        from ..export.dialog import ExportChoices, export_from_window
        from ..export.options import ExportOptions, format_of
        steps = [k + 1 for _, k in self.key_steps()]  # step numbers (1..N), as select_steps reads a list
        return export_from_window(self.window_, path, ExportChoices(
            what=steps, fmt=fmt or format_of(path), options=ExportOptions(page="16:9")))  # slides for a deck

    def _ask_chart(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "gradient-norms.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"))
        if path:
            self._report(lambda: self.save_chart(path))

    def _ask_steps(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the steps that matter"), "vanishing.pdf",
                                              self.tr("PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;"
                                                      "SVG drawings (*.svg)"))
        if path:
            self._report(lambda: self.export_steps(path))

    def _report(self, job):
        from .norm_chart import ChartError
        from ..export.options import ExportError
        try:
            done = job()
        except (ChartError, ExportError, OSError) as e:  # the user's to read, not a crash
            self.window_.statusBar().showMessage(str(e), 8000)
            return
        self.window_.statusBar().showMessage(self.tr("Saved {what}").format(
            what=done if isinstance(done, str) else ", ".join(map(str, done[:3])) + ("…" if len(done) > 3 else "")),
            6000)

    # ---- the numbers -----------------------------------------------------------------------------
    def _run(self, **params):
        from ...presets import run_lab
        key = tuple(sorted(params.items()))
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = run_lab(**params)
        return self._cache[key]

    def show_numbers(self, params: dict) -> None:
        self.run = run = self._run(**params)
        depth = len(run.norms)
        layers = np.arange(1, depth + 1, dtype=float)
        self.norms_curve.setData(layers, _positive(run.norms))
        self.ratio_label.setText(self.tr(
            "<b>first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}</b><br>{words}").format(
            last=_sub(depth), first=_n(run.norms[0]), lastn=_n(run.norms[-1]), ratio=_n(run.ratio),
            words=how_far(run.ratio)))

        self.pair = {act: self._run(**dict(params, activation=act)) for act in ("sigmoid", "relu")}
        for act, r in self.pair.items():
            self.pair_curves[act].setData(layers, _positive(r.norms))
        self.pair_label.setText(self.tr("Same weights, only the activation differs: first/last is {sig} with "
                                        "sigmoid and {relu} with ReLU.").format(
            sig=_n(self.pair["sigmoid"].ratio), relu=_n(self.pair["relu"].ratio)))

        rows = why_rows()
        self.why_table.setRowCount(len(rows))
        for r, (setting, name, reason) in enumerate(rows):
            lab = self._run(**dict(params, **setting))
            for c, text in enumerate((name, _n(lab.ratio), reason)):
                item = self.why_table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.why_table.setItem(r, c, item)
                item.setText(text)
                item.setToolTip(text)
        self.why_table.resizeRowsToContents()
        height = sum(self.why_table.rowHeight(r) for r in range(len(rows)))
        self.why_table.setFixedHeight(self.why_table.horizontalHeader().sizeHint().height() + height + 4)

    def why_ratios(self) -> dict:
        """{setting name: first/last ratio as shown in the table}."""
        return {self.why_table.item(r, 0).text(): float(self.why_table.item(r, 1).text().replace("−", "-"))
                for r in range(self.why_table.rowCount())}


def install(window) -> None:
    panel = LabPanel(window)
    window.add_panel("lab", _t("Vanishing gradients lab"), panel)
    window.lab_panel = panel
    window.ready.connect(panel.sync)
    from . import gallery
    gallery.install(window)
