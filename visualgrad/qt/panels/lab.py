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

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n.retranslate import Retranslating
from .lab_export import ExportsLab
from .lab_words import how_far, why_rows
from .lab_words import number as _n
from .lab_words import subscript as _sub
from .norm_chart import positive as _positive

NAME = "vanishing"
REBUILD_PAUSE_MS = 350  # a spin box clicked five times rebuilds once
COLOURS = {"sigmoid": "#d2531a", "tanh": "#7b30a6", "relu": "#1f77b4"}
ACTIVATIONS = ("sigmoid", "tanh", "relu")  # the combo boxes' items, by the preset's names
INITS = ("default", "xavier", "he")
CHART_HEIGHT = 260  # the lab's payoff: large enough to read at 1280×720


def _t(text: str) -> str:
    return QCoreApplication.translate("LabPanel", text)


class LabPanel(Retranslating, ExportsLab, QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.params: dict | None = None  # the lab settings on screen
        self.run = None  # LabRun of the settings on screen
        self.pair = {}  # {"sigmoid": LabRun, "relu": LabRun} on the same weights
        self.rows = []  # [(settings, LabRun)] of the why table, in why_rows()'s order
        self._cache = {}
        self._tint_set = False
        self._updating = False
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(REBUILD_PAUSE_MS)
        self.pause.timeout.connect(self.apply)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QGridLayout()
        self.depth = QSpinBox()
        self.depth.setRange(1, 50)
        self.activation = QComboBox()
        for key in ACTIVATIONS:
            self.activation.addItem("", key)
        self.residual = QCheckBox()
        self.init = QComboBox()
        for key in INITS:
            self.init.addItem("", key)
        for combo in (self.activation, self.init):  # never narrower than its items in the language shown
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        # Two columns, so the numbers and charts below stay in view.
        self.form_labels = []
        for i, w in enumerate((self.depth, self.activation, self.seed, self.init)):
            label = QLabel()
            label.setBuddy(w)
            self.form_labels.append(label)
            form.addWidget(label, i // 2, 2 * (i % 2))
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
        self.chart_button = QPushButton()
        self.chart_button.clicked.connect(self._ask_chart)
        self.steps_button = QPushButton()
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
        self.norms_title = self.pair_title = None
        self._norms_curve = None
        self._pair_curves = None

        self.why = QLabel()
        self.why.setWordWrap(True)
        lay.addWidget(self.why)
        self.why_table = QTableWidget(0, 3)
        self.why_table.verticalHeader().setVisible(False)
        self.why_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.why_table.setWordWrap(True)
        # The setting and the reason share the width and wrap; the rows grow to their text, the table to its
        # rows (it never scrolls), whatever the width and the language.
        head = self.why_table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.Stretch)
        head.sectionResized.connect(lambda *_: QTimer.singleShot(0, self._fit_why_table))
        self.why_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.why_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.why_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        lay.addWidget(self.why_table)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("h = act(h @ W + b), layer after layer: how much gradient reaches each "
                                   "layer's weights?"))
        names = {"sigmoid": self.tr("sigmoid"), "tanh": self.tr("tanh"), "relu": self.tr("ReLU"),
                 "default": self.tr("PyTorch default"), "xavier": self.tr("Xavier (Glorot)"),
                 "he": self.tr("He (Kaiming)")}
        for combo in (self.activation, self.init):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        self.residual.setText(self.tr("residual connections (h + act(…))"))
        for label, text in zip(self.form_labels, (self.tr("Depth"), self.tr("Activation"), self.tr("Seed"),
                                                  self.tr("Init"))):
            label.setText(text)
        self.chart_button.setText(self.tr("Save chart…"))
        self.chart_button.setToolTip(self.tr("The gradient norm per layer at slide size, as PNG, SVG or PDF"))
        self.steps_button.setText(self.tr("Export the steps that matter…"))
        self.steps_button.setToolTip(self.tr("A few slides instead of every step: the loss, blame starting, "
                                             "a handful of layers getting their gradient, the end"))
        self.why.setText(self.tr("<b>Why ReLU, residuals and good init exist</b> (first/last ratio at this depth; "
                                 "1 is ideal)"))
        self.why_table.setHorizontalHeaderLabels([self.tr("setting"), self.tr("first/last"), self.tr("why")])
        if self.dock is not None:
            self.dock.setWindowTitle(_t("Vanishing gradients lab"))
            QTimer.singleShot(0, self.wide_enough)  # once the new texts have their sizes
        self._label_charts()
        if self.run is not None:
            self.show_words()

    def _label_charts(self) -> None:
        """The charts' titles, axis names and legend, in the language of the moment."""
        from .norm_chart import label_plot
        theme = self.window_.theme
        if self.norms_plot is not None:
            self.norms_title.setText(self.tr("Gradient norm per layer"))
            label_plot(self.norms_plot, theme, None)
        if self.pair_plot is not None:
            self.pair_title.setText(self.tr("Sigmoid vs ReLU, same weights"))
            label_plot(self.pair_plot, theme, None)
            names = {"sigmoid": self.tr("sigmoid"), "relu": self.tr("ReLU")}
            legend = self.pair_plot.getPlotItem().legend
            for (sample, label), act in zip(legend.items if legend is not None else [], self._pair_curves):
                label.setText(names[act])

    @property
    def norms_curve(self):
        if self._norms_curve is None:
            self.norms_title, self.norms_plot, self._norms_curve = self._make_plot(self.norms_slot)
            self._label_charts()
        return self._norms_curve

    @property
    def pair_curves(self):
        if self._pair_curves is None:
            import pyqtgraph as pg
            self.pair_title, self.pair_plot, _ = self._make_plot(self.pair_slot, legend=True)
            self._pair_curves = {}
            for act in ("sigmoid", "relu"):
                self._pair_curves[act] = self.pair_plot.plot(
                    [], [], pen=pg.mkPen(COLOURS[act], width=2), symbol="o", symbolSize=4,
                    symbolBrush=COLOURS[act], symbolPen=None, name=act)
            self._label_charts()
        return self._pair_curves

    def _make_plot(self, slot, legend: bool = False):
        """A chart under its title. The title is a label, not the chart's own: a long translation wraps
        instead of widening the chart past the dock."""
        from .norm_chart import make_plot
        theme = self.window_.theme
        title = QLabel()
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignCenter)
        title.setContentsMargins(4, 4, 4, 4)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        pal = title.palette()  # on the chart's own background, as if drawn in it
        pal.setColor(QPalette.Window, QColor(theme.background))
        pal.setColor(QPalette.WindowText, QColor(theme.text))
        title.setPalette(pal)
        title.setAutoFillBackground(True)
        plot, curve = make_plot(theme, None, legend=legend)
        plot.setMinimumHeight(CHART_HEIGHT if not legend else 170)
        slot.setSpacing(0)
        slot.addWidget(title)
        slot.addWidget(plot)
        return title, plot, curve

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
        self.wide_enough()

    def wide_enough(self) -> None:
        """At least 430 px, and as wide as the controls in the language shown (no sideways scrolling)."""
        if self.dock is None or not self.dock.isVisible():
            return
        s = self.scroll
        need = s.widget().minimumSizeHint().width() + s.verticalScrollBar().sizeHint().width() + 2 * s.frameWidth()
        need += self.dock.width() - s.width()  # the dock's own frame around the scroll area
        if self.dock.width() < max(430, need):
            self.window_.resizeDocks([self.dock], [max(430, need)], Qt.Horizontal)

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
        self.pair = {act: self._run(**dict(params, activation=act)) for act in ("sigmoid", "relu")}
        self.rows = [(setting, self._run(**dict(params, **setting))) for setting, _, _ in why_rows()]
        layers = np.arange(1, len(run.norms) + 1, dtype=float)
        self.norms_curve.setData(layers, _positive(run.norms))
        for act, r in self.pair.items():
            self.pair_curves[act].setData(layers, _positive(r.norms))
        self.show_words()

    def show_words(self) -> None:
        """The numbers on screen in words and in the table, in the language of the moment."""
        run = self.run
        depth = len(run.norms)
        self.ratio_label.setText(self.tr(
            "<b>first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}</b><br>{words}").format(
            last=_sub(depth), first=_n(run.norms[0]), lastn=_n(run.norms[-1]), ratio=_n(run.ratio),
            words=how_far(run.ratio)))
        self.pair_label.setText(self.tr("Same weights, only the activation differs: first/last is {sig} with "
                                        "sigmoid and {relu} with ReLU.").format(
            sig=_n(self.pair["sigmoid"].ratio), relu=_n(self.pair["relu"].ratio)))
        rows = why_rows()
        self.why_table.setRowCount(len(rows))
        for r, ((_, name, reason), (_, lab)) in enumerate(zip(rows, self.rows)):
            for c, text in enumerate((name, _n(lab.ratio), reason)):
                item = self.why_table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.why_table.setItem(r, c, item)
                item.setText(text)
                item.setToolTip(text)
        self._fit_why_table()

    def _fit_why_table(self) -> None:
        t = self.why_table
        t.resizeRowsToContents()
        height = sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + height + 2 * t.frameWidth())

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
