"""The training dock for trainable presets (xor-mlp, neuron): gradient descent you can watch.

    install(window)   adds the "Training" dock (shown only for trainable presets), the gallery, and
                      keeps the panel in step with the window through its `ready` signal

What it shows: the learning rate η (editable), run 1 / 10 / 100 / 10,000 epochs, reset, a progress
bar and Cancel for long runs, the loss curve, the predictions against the targets, and the
trainer's weights on the graph. One step puts the epoch's timeline on screen at its update
phase (`w ← w − η·∂L/∂w`), like stepping through optimizer.step().

This module holds the dock's widgets and what they say; the rest of the panel is beside it:
    training_sync    the trainer and the window in step (who holds the truth, edits read back)
    training_runs    the runs themselves: a QTimer loop on the GUI thread, cancel, reset, η
    training_chart   the loss curve
A pasted program that trains itself (its own loop) shows its loss per iteration here instead.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QDoubleValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...fmt import format_number
from ..i18n.retranslate import Retranslating
from .training_chart import LossChart
from .training_runs import RUNS, RunsEpochs
from .training_sync import FollowsWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def _fmt(v, digits: int = 4) -> str:
    return format_number(float(v), digits)


def _sub(i: int) -> str:
    return str(i).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


class TrainingPanel(Retranslating, FollowsWindow, RunsEpochs, QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.trainer = None
        self.kind = None  # "preset" | "program"
        self.shown: dict = {}  # the leaf values on screen, as last pushed or read back
        self.pushed_text = None  # a program's text as last pushed (to tell a reload of the preset)
        self.remaining = 0
        self.total = 0
        self.done = 0
        self._syncing = False
        self._set_session_lr = False
        self._relabel_due = False  # a language switch is rebuilding the screen: keep the trainer
        self.status_note = None  # () -> the line under the status (made again in a new language), or None
        self.program_losses = None  # a pasted program's own loop: its loss per iteration, drawn read-only
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        lay.addWidget(self.title)

        row = QHBoxLayout()
        self.lr_label = QLabel()
        row.addWidget(self.lr_label)
        self.lr_edit = QLineEdit()
        self.lr_edit.setValidator(QDoubleValidator(0.0, 1e6, 12))
        self.lr_edit.editingFinished.connect(self._lr_edited)
        row.addWidget(self.lr_edit, 1)
        lay.addLayout(row)

        # xor-mlp's two views of the same numbers
        self.view_box = QWidget()
        vrow = QHBoxLayout(self.view_box)
        vrow.setContentsMargins(0, 0, 0, 0)
        self.tensor_view = QRadioButton()
        self.scalar_view = QRadioButton()
        self.views = QButtonGroup(self)
        self.views.addButton(self.tensor_view)
        self.views.addButton(self.scalar_view)
        self.tensor_view.setChecked(True)
        self.scalar_view.toggled.connect(lambda on: self.set_view("scalar" if on else "tensor"))
        vrow.addWidget(self.tensor_view)
        vrow.addWidget(self.scalar_view)
        lay.addWidget(self.view_box)

        grid = QHBoxLayout()  # one row: the runs, then Reset
        self.run_buttons = {}
        for n in RUNS:
            b = QPushButton()
            b.clicked.connect(lambda _=False, n=n: self.run(n))
            grid.addWidget(b)
            self.run_buttons[n] = b
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        grid.addWidget(self.reset_button)
        lay.addLayout(grid)

        prow = QHBoxLayout()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(prow)
        prow.setContentsMargins(0, 0, 0, 0)
        self.progress_row.hide()
        lay.addWidget(self.progress_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.status)

        self.chart = LossChart(window)
        lay.addWidget(self.chart, 1)

        # The predictions and, for a network on two inputs, the decision-boundary map beside them.
        bottom = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        left.addWidget(self.table)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        left.addWidget(self.verdict)
        left.addStretch(1)
        bottom.addLayout(left, 3)
        from .boundary_map import BoundaryMap
        self.map = BoundaryMap()
        self.map.hide()
        bottom.addWidget(self.map, 2)
        lay.addLayout(bottom)
        self.retranslate()

    # The chart's curve and plot, as the panel's own (made with the first curve).
    @property
    def curve(self):
        return self.chart.curve

    @property
    def plot(self):
        return self.chart.plot

    def retranslate(self) -> None:
        self.lr_label.setText(self.tr("Learning rate η"))
        self.lr_edit.setAccessibleName(self.tr("Learning rate"))
        self.lr_edit.setToolTip(self.tr("η in w ← w − η·∂L/∂w; press Enter to use it for the next update"))
        self.tensor_view.setText(self.tr("Tensor view (matrices)"))
        self.scalar_view.setText(self.tr("Scalar view (one node per weight)"))
        labels = {1: self.tr("1 step"), 10: self.tr("10 steps"), 100: self.tr("100 steps"),
                  10_000: self.tr("10,000 steps")}
        for n, b in self.run_buttons.items():
            b.setText(labels[n])
            b.setToolTip(self.tr("Run {n} epochs of gradient descent: forward, backward, update").format(n=format(n, ","))
                         if n > 1 else self.tr("One epoch, then show its update phase w ← w − η·∂L/∂w on the graph"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the starting weights; forget the loss curve"))
        self.progress.setFormat(self.tr("%v / %m epochs"))
        self.cancel_button.setText(self.tr("Cancel"))
        # A hint, not a paragraph: at 720 px the chart and the table need the room.
        self.title.setToolTip(self.tr("Change an input or a weight in the Inputs panel (or the program): the "
                                      "loss and every activation follow, and training goes on from there."))
        if self.dock is not None:
            self.dock.setWindowTitle(_t("Training"))
        self.show_title()
        if self.program_losses is not None:
            self.show_program_losses(self.program_losses)
        elif self.trainer is not None:
            self.table.setHorizontalHeaderLabels(self._headers())
            self.refresh()

    # ---- a program's own training loop -------------------------------------------------------------
    def _program_mode(self, on: bool) -> None:
        """The controls train a preset; a program trains itself, so they step aside for its curve."""
        if on == (self.program_losses is not None):
            return
        for widget in (self.lr_label, self.lr_edit, self.view_box, *self.run_buttons.values(), self.reset_button,
                       self.table, self.verdict):
            widget.setVisible(not on)
        if on:
            self.map.hide()  # shown again by the next preset's refresh when it has two inputs
        if not on:
            self.program_losses = None
            self.view_box.setVisible(self.trainer is not None and "view" in self.trainer.preset.params)

    def show_program_losses(self, losses) -> None:
        """The loss per iteration of the program's own loop, as the program computed it."""
        self._program_mode(True)
        self.program_losses = list(losses)
        y = np.asarray(self.program_losses, dtype=float)
        self.chart.set_losses(y, per="iteration")
        self.show_title()
        self.status.setText(self.tr("loss at the first iteration {first} · at the last {last}").format(
            first=_fmt(y[0], 5), last=_fmt(y[-1], 5)))
        if self.dock is not None and not self.dock.isVisible():
            self.dock.show()

    # ---- what the panel shows -----------------------------------------------------------------
    def show_title(self) -> None:
        """What is being trained: the preset and its parameters, or the program's own loop."""
        if self.program_losses is not None:
            self.title.setText(self.tr("<b>The program's training loop</b>: {n} iterations, as the program ran them")
                               .format(n=format(len(self.program_losses), ",")))
        elif self.trainer is not None:
            self.title.setText(self.tr("<b>{title}</b>: gradient descent on {params}").format(
                title=self.trainer.preset.title(), params=", ".join(self.trainer.params)))

    def refresh(self, curve_only: bool = False) -> None:
        t = self.trainer
        if t is None:
            return
        losses = t.losses
        self.chart.set_losses(losses, per="epoch")
        text = self.tr("Epoch {epoch} · loss now {loss}").format(epoch=format(t.epoch, ","), loss=_fmt(t.loss, 5))
        if losses:
            text += self.tr(" · first {first}").format(first=_fmt(losses[0], 5))
        note = self.status_note() if self.status_note is not None else ""
        if note:
            text += "\n" + note
        self.status.setText(text)
        self._draw_map()
        if not curve_only:
            self._fill_table()

    def _draw_map(self) -> None:
        """The decision map of a network on two inputs (xor-mlp), redrawn as it trains."""
        t = self.trainer
        p = t.predictions()
        show = "W1" in t.params and np.atleast_2d(p.inputs).shape[0] == 2
        self.map.setVisible(show)
        if show:
            self.map.set_network(t.params, p.inputs, p.targets)

    def _headers(self) -> list[str]:
        n_in = np.atleast_2d(self.trainer.predictions().inputs).shape[0]
        heads = [f"x{_sub(i + 1)}" for i in range(n_in)] if n_in > 1 else ["x"]
        return heads + [self.tr("target"), self.tr("prediction")]

    def _setup_table(self) -> None:
        heads = self._headers()
        examples = np.atleast_2d(self.trainer.predictions().targets).shape[1]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setRowCount(examples)
        self.table.setHorizontalHeaderLabels(heads)
        for r in range(examples):
            for c in range(len(heads)):
                self.table.setItem(r, c, QTableWidgetItem())
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(examples))
        head = self.table.horizontalHeader()
        head.setMinimumHeight(head.sizeHint().height())  # the header is never squeezed under the chart
        self.table.setFixedHeight(head.sizeHint().height() + rows + 2 * self.table.frameWidth() + 2)

    def _fill_table(self) -> None:
        p = self.trainer.predictions()
        inputs, outs, targets = np.atleast_2d(p.inputs), np.atleast_2d(p.outputs), np.atleast_2d(p.targets)
        if self.table.rowCount() != targets.shape[1] or self.table.columnCount() != inputs.shape[0] + 2:
            self._setup_table()
        right = 0
        for r in range(targets.shape[1]):
            cells = [*inputs[:, r], targets[0, r], outs[0, r]]
            for c, v in enumerate(cells):
                self.table.item(r, c).setText(_fmt(v, 4))
            ok = abs(outs[0, r] - targets[0, r]) < 0.5
            right += ok
            cell = self.table.item(r, len(cells) - 1)
            cell.setBackground(QColor("#cdeccf" if ok else "#ffd9cc"))
            cell.setForeground(QColor("#1d232b"))  # dark on the pale fill, in the dark theme too
        n = targets.shape[1]
        self.verdict.setText(self.tr("{right} of {n} predictions on the right side of 0.5.").format(right=right, n=n)
                             if n > 1 else "")


def install(window) -> None:
    panel = TrainingPanel(window)
    window.add_panel("training", _t("Training"), panel)
    window.training_panel = panel
    window.ready.connect(panel.sync)
    window.languageChanged.connect(panel._language_changed)
    from . import gallery
    gallery.install(window)
