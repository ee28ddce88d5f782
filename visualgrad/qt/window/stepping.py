"""Stepping through the timeline: the main window's go(), next and previous, the named jumps, and Play.

Each step is shown everywhere at once: the canvas, the narration, the trace, the step counter in the
toolbar and the inspector, and then stepChanged tells the features.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PLAY_MS = {0: 1600, 1: 900, 2: 500, 3: 250, 4: 120}  # speed slider -> ms per step


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these texts had in main_window.py


class Stepping:
    """MainWindow's stepping and playback (a mixin: it uses the window's session, scene and panels)."""

    @property
    def timeline(self):
        return self.session.timeline

    def go(self, k: int):
        if self.timeline is None:
            return
        k = max(0, min(int(k), len(self.timeline.steps) - 1))
        self.show_step(k, previous=self.session.step)

    def show_step(self, k: int, previous: int | None = None):
        tl = self.timeline
        if tl is None or self.scene.tl is None:
            return
        self.session.step = k
        if self.scene.tl is tl:
            self.scene.show_step(k, previous)
            self.animator.show_step(self.scene, k)
        else:
            # A new program's layout is on its way: the scene still holds the old graph, whose
            # steps do not match. The readouts step the new timeline; the drawing catches up in
            # _layout_ready, which shows session.step.
            self.animator.clear()
        step = tl.steps[k]
        self.narration.show_step(step)
        self.trace.show_step(tl, k)
        self.show_position()
        if self.scene.tl is tl:
            self.view.follow_item(self.scene.active_item())
        # The inspector follows the active node; a node the user clicked stays until the next step.
        if step.node is not None:
            self.inspector.show_node(tl, step.node, k)
        elif self.inspector.node_id in tl.nodes:
            self.inspector.show_node(tl, self.inspector.node_id, k)
        self.stepChanged.emit(k)

    def show_position(self):
        """The toolbar's step counter, "10 / 11 · backward" (again in a new language)."""
        tl = self.timeline
        if tl is None or not tl.steps:
            self.position.clear()
            return
        k = max(0, min(self.session.step, len(tl.steps) - 1))
        self.position.setText(_t("{k} / {n} · {phase}").format(
            k=k + 1, n=len(tl.steps), phase=self.narration.phase_name(tl.steps[k].phase)))

    def next_step(self):
        self.go(self.session.step + 1)

    def previous_step(self):
        self.go(self.session.step - 1)

    def jump(self, where: str):
        if self.timeline is not None:
            self.go(self.timeline.named(where))

    def toggle_play(self):
        if self.play_timer.isActive():
            self.play_timer.stop()
        else:
            if self.timeline is not None and self.session.step >= len(self.timeline.steps) - 1:
                self.go(0)
            self.play_timer.start(PLAY_MS.get(self.actions.speed.value(), 500))
        self.actions.sync_play(self.play_timer.isActive())

    def _play_tick(self):
        if self.timeline is None or self.session.step >= len(self.timeline.steps) - 1:
            self.play_timer.stop()
            self.actions.sync_play(False)
            return
        self.next_step()

    def set_speed(self, value: int):
        if self.play_timer.isActive():
            self.play_timer.setInterval(PLAY_MS.get(value, 500))
