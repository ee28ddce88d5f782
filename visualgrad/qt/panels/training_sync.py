"""The training dock and the window kept in step: which trainer, and whose numbers are on screen.

Who holds the truth: a `presets.Trainer` holds the weights being trained. What is on screen is
pushed from it (a network preset's `session.values`, or the neuron program's literals rewritten
in the editor), and an edit the user makes on screen (Inputs panel, editor) is read back on the
next `ready` and put into the trainer, so the loss curve just goes on from the edited weights.

A language switch rebuilds what the window shows in the new language (the preset reloaded, its
values as at the start); the trainer then stays, and its own timeline comes back in that language.
"""
from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...fmt import format_number

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _t(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


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


class FollowsWindow:
    """The TrainingPanel's side that follows the window: on `ready`, start a trainer for a newly shown
    trainable preset, take in the user's edits, or step aside; push the trainer's timeline on screen."""

    @property
    def dock(self):
        return self.window_.docks.get("training")

    def _language_changed(self) -> None:
        """The window is about to show what it shows again in the new language: keep the trainer."""
        self._relabel_due = self.trainer is not None

    def sync(self) -> None:
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
        relabel, self._relabel_due = self._relabel_due, False
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
        if relabel and kind == "preset" and self.trainer.preset is preset and self.kind == kind:
            # The preset came back in the new language with its starting values: the trainer's
            # weights, curve and step stay; only its timeline is made again, in the new language.
            self.push(self.trainer.timeline(**self._view_params()), self.trainer.values(), w.session.step)
            self.refresh()
            return
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
        self.show_title()
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
        self.status_note = lambda: _t("Edited: the next epoch starts from the new numbers.")

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
