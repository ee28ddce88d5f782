"""The training dock for trainable presets (xor-mlp, neuron): gradient descent you can watch.

    install(window)   adds the "Training" dock (shown only for trainable presets), the gallery, and
                      keeps the panel in step with the window through its `ready` signal

What it shows: the learning rate η (editable), run 1 / 10 / 100 / 10,000 epochs, reset, a progress
bar and Cancel for long runs, the loss curve, the predictions against the targets, and the
trainer's weights on the graph. One step puts the epoch's timeline on screen at its update
phase (`w ← w − η·∂L/∂w`), like stepping through optimizer.step().

Who holds the truth: a `presets.Trainer` holds the weights being trained. What is on screen is
pushed from it (a network preset's `session.values`, or the neuron program's literals rewritten
in the editor), and an edit the user makes on screen (Inputs panel, editor) is read back on the
next `ready` and put into the trainer, so the loss curve just goes on from the edited weights.

Long runs are a QTimer-driven loop on the GUI thread: each tick trains for about TICK_SECONDS,
then returns to the event loop, so the window repaints and Cancel works. The Trainer is not
thread-safe, and the user may edit weights between ticks; staying on one thread keeps that simple.
"""
from __future__ import annotations

import re
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QDoubleValidator
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...fmt import format_number

RUNS = (1, 10, 100, 10_000)
TICK_SECONDS = 0.04  # training time per event-loop turn during a long run
DRAW_SECONDS = 0.25  # how often the loss curve is redrawn during a run
CHUNK = 10  # epochs between clock checks inside a tick
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _t(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


# ---- the window side -----------------------------------------------------------------------------
def show_timeline(window, tl, step: int | None = None) -> None:
    """Put a ready-made timeline on screen (new numbers restyle in place; a new shape is laid out)."""
    window.show_timeline(tl, step)


def program_shape(text: str | None) -> str:
    """A program with its numbers blanked: the neuron with x = 3 instead of 2 is still the neuron."""
    return _NUMBER.sub("#", text or "").strip()


def trainable_on_screen(window):
    """(preset, kind) for what the window shows, kind "preset" (a network preset) or "program"
    (a preset that is a program, recognised by its text); None when nothing trainable is shown."""
    from ...presets import PRESETS
    s = window.session
    if s.preset:
        p = PRESETS.get(s.preset)
        return (p, "preset") if p is not None and p.trainable else None
    shape = program_shape(s.text)
    for p in PRESETS.values():
        if p.trainable and p.text and program_shape(p.text) == shape:
            return p, "program"
    return None


class ScalarAliases(dict):
    """`session.values` of a network preset, where an edit of one scalar node lands in its matrix.

    xor-mlp's scalar view names its leaves after matrix entries (W1_01 is W1[0, 1], b1_1 is b1[1, 0]);
    the Inputs panel edits them by those names, but the preset only takes whole matrices. Workaround
    until the preset (or the session) accepts the scalar names itself.
    """

    def __setitem__(self, name, value):
        m = re.fullmatch(r"(.+?)_(\d)(\d)?", str(name))
        if name not in self and m and m.group(1) in self:
            a = np.array(self[m.group(1)], dtype=float)
            a[int(m.group(2)), int(m.group(3) or 0)] = float(np.asarray(value, dtype=float))
            name, value = m.group(1), a
        super().__setitem__(name, value)


def _same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(np.asarray(a[k]), np.asarray(b[k])) for k in a)


def _fmt(v, digits: int = 4) -> str:
    return format_number(float(v), digits)


# ---- the panel -----------------------------------------------------------------------------------
class TrainingPanel(QWidget):
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
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        lay.addWidget(self.title)

        row = QHBoxLayout()
        self.lr_label = QLabel(self.tr("Learning rate η"))
        row.addWidget(self.lr_label)
        self.lr_edit = QLineEdit()
        self.lr_edit.setValidator(QDoubleValidator(0.0, 1e6, 12))
        self.lr_edit.setAccessibleName(self.tr("Learning rate"))
        self.lr_edit.setToolTip(self.tr("η in w ← w − η·∂L/∂w; press Enter to use it for the next update"))
        self.lr_edit.editingFinished.connect(self._lr_edited)
        row.addWidget(self.lr_edit, 1)
        lay.addLayout(row)

        # xor-mlp's two views of the same numbers
        self.view_box = QWidget()
        vrow = QHBoxLayout(self.view_box)
        vrow.setContentsMargins(0, 0, 0, 0)
        self.tensor_view = QRadioButton(self.tr("Tensor view (matrices)"))
        self.scalar_view = QRadioButton(self.tr("Scalar view (one node per weight)"))
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
        labels = {1: self.tr("1 step"), 10: self.tr("10 steps"), 100: self.tr("100 steps"),
                  10_000: self.tr("10,000 steps")}
        for i, n in enumerate(RUNS):
            b = QPushButton(labels[n])
            b.setToolTip(self.tr("Run {n} epochs of gradient descent: forward, backward, update")
                         .format(n=format(n, ",")) if n > 1 else
                         self.tr("One epoch, then show its update phase w ← w − η·∂L/∂w on the graph"))
            b.clicked.connect(lambda _=False, n=n: self.run(n))
            grid.addWidget(b)
            self.run_buttons[n] = b
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the starting weights; forget the loss curve"))
        self.reset_button.clicked.connect(self.reset)
        grid.addWidget(self.reset_button)
        lay.addLayout(grid)

        prow = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v / %m epochs"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
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

        # The chart (pyqtgraph, slow to import) is made when there is a first curve to draw,
        # so opening the app on a plain expression does not pay for it.
        self.plot = None
        self._curve = None
        self.plot_slot = QVBoxLayout()
        lay.addLayout(self.plot_slot, 1)

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

        # A hint, not a paragraph: at 720 px the chart and the table need the room.
        self.title.setToolTip(self.tr("Change an input or a weight in the Inputs panel (or the program): the "
                                      "loss and every activation follow, and training goes on from there."))
        self.program_losses = None  # a pasted program's own loop: its loss per iteration, drawn read-only

    @property
    def curve(self):
        if self._curve is None:
            self.plot = self._make_plot()
            self.plot_slot.addWidget(self.plot)
        return self._curve

    def _make_plot(self):
        import pyqtgraph as pg
        theme = self.window_.theme
        plot = pg.PlotWidget(background=theme.background)
        plot.setMinimumHeight(120)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setLabel("left", self.tr("loss"))
        plot.setTitle(self.tr("Loss per epoch"), color=theme.text)
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

    # ---- following the window -------------------------------------------------------------
    @property
    def dock(self):
        return self.window_.docks.get("training")

    def sync(self) -> None:
        """On `ready`: start a trainer for a newly shown trainable preset, or take in the user's edits."""
        if self._syncing:
            return
        self._syncing = True
        try:
            self._sync()
        finally:
            self._syncing = False

    def _sync(self):
        w = self.window_
        found = trainable_on_screen(w)
        losses = getattr(w.session.timeline, "losses", None) if w.session.preset is None else None
        if found is None and losses:
            if self.trainer is not None:
                self.cancel()
                self.trainer = None
            self.show_program_losses(losses)
            return
        self._program_mode(False)
        if found is None:
            if self.trainer is not None:
                self.cancel()
                self.trainer = None
            if self._set_session_lr:  # the learning rate was ours, for the neuron's update phase
                self._set_session_lr = False
                w.session.learning_rate = None
                if w.session.preset is None:
                    w.rebuild()
            if self.dock is not None:
                self.dock.hide()
            return
        preset, kind = found
        values = self._values_on_screen(preset, kind)
        fresh = (self.trainer is None or self.trainer.preset is not preset
                 or (kind == "preset" and not w.session.values)
                 or (kind == "program" and w.session.text == preset.text and w.session.text != self.pushed_text))
        if fresh:
            self.start(preset, kind, values)
            return
        if not _same(values, self.shown):
            self._take_edits(values)
        elif kind == "preset" and w.timeline.learning_rate != self.trainer.learning_rate:
            # The window recomputed the preset on its own (a theme, digits...): show our η again.
            self.push(self.trainer.timeline(**self._view_params()), self.shown, w.session.step)
        self.refresh()

    def _values_on_screen(self, preset, kind) -> dict:
        w = self.window_
        if kind == "preset":
            return {k: np.array(v, dtype=float) for k, v in w.session.values.items()}
        names = set(preset.leaf_names())
        return {i.label: np.array(i.value, dtype=float) for i in w.timeline.nodes.values()
                if i.op is None and i.label in names}

    def _view_params(self) -> dict:
        if self.kind == "preset" and "view" in self.trainer.preset.params:
            return {"view": self.window_.session.preset_params.get("view", "tensor")}
        return {}

    def start(self, preset, kind, values) -> None:
        """A new trainer from what is on screen; the panel shows itself."""
        from ...presets import PresetError, Trainer
        self.cancel()
        try:
            trainer = Trainer(preset, values or None)
        except PresetError as e:  # numbers the preset cannot take: nothing to train, say why
            self.trainer = None
            self.window_.statusBar().showMessage(str(e), 8000)
            if self.dock is not None:
                self.dock.hide()
            return
        self.kind = kind
        self.trainer = trainer
        self.lr_edit.setText(format_number(self.trainer.learning_rate, 12))
        self.title.setText(self.tr("<b>{title}</b>: gradient descent on {params}").format(
            title=preset.title(), params=", ".join(self.trainer.params)))
        self.view_box.setVisible("view" in preset.params)
        self.views.blockSignals(True)
        self.scalar_view.setChecked(self._view_params().get("view") == "scalar")
        self.views.blockSignals(False)
        self._setup_table()
        self.shown = self.trainer.values()  # on screen already: push() rewrites nothing in a program
        # What is on screen becomes the trainer's start; show its timeline with our η's update phase,
        # with the layers open: training is about watching the weights change.
        tl = self.trainer.timeline(**self._view_params())
        self._open_groups(tl)
        self.push(tl, self.trainer.values(), self.window_.session.step)
        self.refresh()
        if self.dock is not None and not self.dock.isVisible():
            self.dock.show()
            self.dock.raise_()

    def _take_edits(self, values: dict) -> None:
        """The user changed inputs or weights on screen: the trainer takes them (its curve goes on)."""
        from ...presets import PresetError
        t = self.trainer
        for name, v in values.items():
            if name in self.shown and np.array_equal(self.shown[name], v):
                continue
            try:
                if name in t.params:
                    t.set_param(name, v)
                else:
                    t.set_input(name, v)
            except PresetError:  # a value the trainer has no place for: the trainer keeps its own
                continue
        self.shown = {k: np.array(v) for k, v in values.items()}
        self.status_note = self.tr("Edited: the next epoch starts from the new numbers.")

    def push(self, tl, values: dict, step: int | None) -> None:
        """Put the trainer's timeline on screen, and its leaf values where the window keeps them."""
        w = self.window_
        s = w.session
        if self.kind == "program":
            from ...session import rewrite_literal
            text = s.text
            for name, v in values.items():
                if name in self.shown and np.array_equal(self.shown[name], v):
                    continue
                text = rewrite_literal(text, name, v) or text
            if text != s.text:
                s.text = text
                w.editor.blockSignals(True)
                w.editor.setPlainText(text)
                w.editor.blockSignals(False)
            self.pushed_text = text
            # The window rebuilds the program with this η too, so its update phase stays ours.
            s.learning_rate = self.trainer.learning_rate
            self._set_session_lr = True
        else:
            s.values = ScalarAliases({k: np.array(v) for k, v in values.items()})
            w.inputs.signature = None  # workaround: the Inputs panel refreshes only its scalar editors
        self.shown = {k: np.array(v) for k, v in values.items()}
        show_timeline(w, tl, step)

    # ---- training ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def run(self, n: int) -> None:
        if self.trainer is None or self.running:
            return
        self.status_note = ""
        if n == 1:
            self.single_step()
            return
        self.total, self.done, self.remaining = int(n), 0, int(n)
        self.progress.setRange(0, self.total)
        self.progress.setValue(0)
        self.progress_row.setVisible(self.total > 100)
        self._enable(False)
        self._last_draw = 0.0
        self.timer.start()

    def single_step(self) -> None:
        """One epoch, shown at its update phase: the weights before, and w ← w − η·∂L/∂w for each."""
        t = self.trainer
        before = t.values()
        tl = t.timeline(**self._view_params())
        t.step(1)
        self.push(tl, before, tl.index_of("update"))
        self.refresh()

    def _tick(self) -> None:
        t0 = time.perf_counter()
        t = self.trainer
        while self.remaining > 0 and time.perf_counter() - t0 < TICK_SECONDS:
            k = min(CHUNK, self.remaining)
            t.step(k)
            self.remaining -= k
            self.done += k
        if self.remaining <= 0:
            self._finish(cancelled=False)
        elif time.perf_counter() - self._last_draw > DRAW_SECONDS:  # progress and curve, a few frames a second
            self._last_draw = time.perf_counter()
            self.progress.setValue(self.done)  # (repaints at once: not on every tick)
            self.refresh(curve_only=True)

    def cancel(self) -> None:
        if self.running:
            self.remaining = 0
            self._finish(cancelled=True)

    def _finish(self, cancelled: bool) -> None:
        self.timer.stop()
        self.progress_row.hide()
        self._enable(True)
        self.status_note = (self.tr("Cancelled after {done} of {total} epochs.").format(
            done=format(self.done, ","), total=format(self.total, ",")) if cancelled else "")
        self.push(self.trainer.timeline(**self._view_params()), self.trainer.values(), self.window_.session.step)
        self.refresh()

    def _enable(self, on: bool) -> None:
        for b in self.run_buttons.values():
            b.setEnabled(on)
        self.reset_button.setEnabled(on)
        self.lr_edit.setEnabled(on)
        self.view_box.setEnabled(on)

    def reset(self) -> None:
        if self.trainer is None:
            return
        self.cancel()
        self.trainer.reset()
        self.status_note = ""
        self.push(self.trainer.timeline(**self._view_params()), self.trainer.values(), self.window_.session.step)
        self.refresh()

    def set_learning_rate(self, value: float) -> None:
        from ...presets import PresetError
        if self.trainer is None:
            return
        try:
            self.trainer.learning_rate = value
        except PresetError as e:
            self.status_note = str(e)
            self.refresh()
            return
        self.lr_edit.setText(format_number(self.trainer.learning_rate, 12))
        # The graph's update phase shows the new η at once (same weights, same step).
        tl = self.trainer.timeline(**self._view_params())
        self.push(tl, self.shown, self.window_.session.step)
        self.refresh()

    def _lr_edited(self) -> None:
        from ..window.inputs import parse_number
        v = parse_number(self.lr_edit.text())
        if v is not None and self.trainer is not None and v != self.trainer.learning_rate:
            self.set_learning_rate(v)

    def set_view(self, view: str) -> None:
        """xor-mlp: the same weights as matrices or as one node per weight (a new layout)."""
        w = self.window_
        if self.trainer is None or self.kind != "preset" or w.session.preset_params.get("view", "tensor") == view:
            return
        w.session.preset_params = dict(w.session.preset_params, view=view)
        tl = self.trainer.timeline(view=view)
        self._open_groups(tl)  # every weight its own node; example 1 open, the others one box each
        self.push(tl, self.trainer.values(), 0)

    def _open_groups(self, tl) -> None:
        """Open the first of the preset's groups (xor's scalar view: example 1, the worked one); the others
        stay one box each, showing the node the narration names, and open on a double-click. Every weight
        is outside the groups, so each is its own node either way (94 nodes at once would not read on a
        1280×720 screen)."""
        groups = getattr(tl, "groups", None) or {}
        names = list(dict.fromkeys(groups[n] for n in tl.nodes if n in groups))
        expanded = self.window_.options.expanded
        expanded -= set(names)
        expanded |= set(names[:1])

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
        self.curve.setData(np.arange(len(y), dtype=float), y)
        self.plot.setLabel("bottom", self.tr("iteration"))
        self.plot.setTitle(self.tr("Loss per iteration"), color=self.window_.theme.text)
        self.title.setText(self.tr("<b>The program's training loop</b>: {n} iterations, as the program ran them")
                           .format(n=format(len(y), ",")))
        self.status.setText(self.tr("loss at the first iteration {first} · at the last {last}").format(
            first=_fmt(y[0], 5), last=_fmt(y[-1], 5)))
        if self.dock is not None and not self.dock.isVisible():
            self.dock.show()

    # ---- what the panel shows -----------------------------------------------------------------
    status_note = ""

    def refresh(self, curve_only: bool = False) -> None:
        t = self.trainer
        if t is None:
            return
        if self.plot is not None:
            self.plot.setLabel("bottom", self.tr("epoch"))
            self.plot.setTitle(self.tr("Loss per epoch"), color=self.window_.theme.text)
        losses = t.losses
        if losses:
            self.curve.setData(np.arange(1, len(losses) + 1, dtype=float), np.asarray(losses, dtype=float))
        else:
            self.curve.setData([], [])
        now = t.loss
        text = self.tr("Epoch {epoch} · loss now {loss}").format(epoch=format(t.epoch, ","), loss=_fmt(now, 5))
        if losses:
            text += self.tr(" · first {first}").format(first=_fmt(losses[0], 5))
        if self.status_note:
            text += "\n" + self.status_note
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

    def _setup_table(self) -> None:
        p = self.trainer.predictions()
        inputs = np.atleast_2d(p.inputs)
        n_in = inputs.shape[0]
        heads = ([f"x{_sub(i + 1)}" for i in range(n_in)] if n_in > 1 else ["x"])
        heads += [self.tr("target"), self.tr("prediction")]
        examples = np.atleast_2d(p.targets).shape[1]
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


def _sub(i: int) -> str:
    return str(i).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def install(window) -> None:
    panel = TrainingPanel(window)
    window.add_panel("training", _t("Training"), panel)
    window.training_panel = panel
    window.ready.connect(panel.sync)
    from . import gallery
    gallery.install(window)
