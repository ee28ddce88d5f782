"""A loop of the program as the run sees it: which iteration is shown, epochs that compute values only,
epochs replayed on the engine's Tape, and the loss of every iteration for the training panel."""
from __future__ import annotations

import ast

from ..engine import Tensor
from .runtime import HostObject


class _Loop:
    __slots__ = ("run", "node", "training", "shown", "k", "quiet", "pushed", "replay", "replaying")

    def __init__(self, run, node, training: bool, shown: bool):
        self.run = run
        self.node = node
        self.training = training
        self.shown = shown
        self.k = None
        self.quiet = shown and not any(isinstance(n, ast.Attribute) and n.attr == "backward" for n in ast.walk(node))
        self.pushed = False
        self.replay = None  # an EpochReplay when the loop's epochs may run on the engine's Tape
        self.replaying = False

    def after_body(self, k):
        if self.replay is not None and k in (1, 2):
            self.replay.end(k)
            if k == 2 and not self.replay.ready:
                self.run.push_grad(False)  # no replay: the remaining epochs compute values only
                self.pushed = True

    def iteration(self, k, fr=None):
        run = self.run
        run.steps += 1
        if run.steps > run.max_steps:
            run.over_limit(self.node)
        if self.k is not None:
            self.end_iteration()
        self.k = k
        if self.shown:
            if k == 1:
                run.end_shown()
                if self.quiet and self.replay is None:
                    run.push_grad(False)  # epochs not shown of a loop without backward(): values only
                    self.pushed = True
            if self.replay is not None and self.replay.ready:
                self.replaying = True
            elif k >= 1 and self.quiet:
                run.cut_carried(None if fr is None else fr.vars)
                if self.replay is not None and k in (1, 2) and not self.replay.failed:
                    self.replay.begin()
        elif not self.training:
            run.iter_stack[-1] = k

    def end_iteration(self):
        run = self.run
        if self.shown:
            v = run.iter_loss
            if isinstance(v, HostObject):
                v = v.lang_tensor()
            if type(v) is Tensor and v.data.size == 1:
                run.losses.append(float(v.data))
            elif type(v) in (int, float):
                run.losses.append(float(v))
            run.iter_loss = None

    def close(self):
        run = self.run
        if self.k is not None:
            self.end_iteration()
        if self.shown:
            if self.k in (None, 0):
                run.end_shown()
            if self.pushed:
                run.pop_grad()
        elif not self.training:
            run.iter_stack.pop()


