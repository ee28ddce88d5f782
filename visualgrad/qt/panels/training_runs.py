"""The training dock's runs: 1, 10, 100 or 10,000 epochs of gradient descent, cancel, reset, η.

Long runs are a QTimer-driven loop on the GUI thread: each tick trains for about TICK_SECONDS,
then returns to the event loop, so the window repaints and Cancel works. The Trainer is not
thread-safe, and the user may edit weights between ticks; staying on one thread keeps that simple.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from ...fmt import format_number

RUNS = (1, 10, 100, 10_000)
TICK_SECONDS = 0.04  # training time per event-loop turn during a long run
DRAW_SECONDS = 0.25  # how often the loss curve is redrawn during a run
CHUNK = 10  # epochs between clock checks inside a tick


def _t(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


class RunsEpochs:
    """The TrainingPanel's side that trains: its `timer` drives a long run; `running` while it does."""

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def run(self, n: int) -> None:
        if self.trainer is None or self.running:
            return
        self.status_note = None
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
        done, total = self.done, self.total
        self.status_note = (lambda: _t("Cancelled after {done} of {total} epochs.").format(
            done=format(done, ","), total=format(total, ","))) if cancelled else None
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
        self.status_note = None
        self.push(self.trainer.timeline(**self._view_params()), self.trainer.values(), self.window_.session.step)
        self.refresh()

    def set_learning_rate(self, value: float) -> None:
        from ...presets import PresetError
        if self.trainer is None:
            return
        try:
            self.trainer.learning_rate = value
        except PresetError as e:
            said = str(e)  # the presets' own words, in the language of the moment
            self.status_note = lambda: said
            self.refresh()
            return
        self.lr_edit.setText(format_number(self.trainer.learning_rate, 12))
        # The graph's update phase shows the new η at once (same weights, same step).
        tl = self.trainer.timeline(**self._view_params())
        self.push(tl, self.shown, self.window_.session.step)
        self.refresh()

    def _lr_edited(self) -> None:
        from .inputs import parse_number
        v = parse_number(self.lr_edit.text())
        if v is not None and self.trainer is not None and v != self.trainer.learning_rate:
            self.set_learning_rate(v)
