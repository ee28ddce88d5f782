"""Gradient descent on a trainable preset (neuron, xor-mlp), through the engine.

Every epoch is the engine's forward pass (each op's forward from the op table), the
engine's backward pass (each op's vector-Jacobian product), then plain SGD
`w ← w − η·∂L/∂w` for every parameter, like `optimizer.step()`. The graph is
recorded once per reset (its shape never changes during training) and replayed
through an `engine.Tape`: `engine.recompute` and `engine.backward` with their
bookkeeping planned once, the same numbers to the bit. There is no hand-written
gradient and no separate numpy path.

For the GUI: run long trainings in chunks from a worker thread,

    trainer = Trainer("xor-mlp")
    while not cancelled and trainer.epoch < 10_000:
        trainer.step(100)                      # returns the 100 losses
        report(trainer.epoch, trainer.losses[-1])

or let `run(10_000, chunk=100, progress=cb)` do the loop; `cancel()` (safe from any
thread) or a `should_stop` callable stops it between chunks. Apart from cancel(), a Trainer is not thread-safe:
while a worker is stepping it, the GUI thread must not call set_param() etc.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..engine import Tape
from ..i18n import tr
from ..timeline import Timeline
from .base import Preset, PresetError, check_shape


@dataclass
class Predictions:
    """The network's outputs for its inputs, next to the targets (copies)."""
    inputs: np.ndarray
    outputs: np.ndarray
    targets: np.ndarray


class Trainer:
    """Train a trainable preset by gradient descent.

    Trainer(preset, values=None, learning_rate=None, **params)
      preset         a Preset or its name ("xor-mlp", "neuron")
      values         starting inputs/weights by name (the preset's own by default)
      learning_rate  η (default: the preset's, 0.1 for xor-mlp)
      params         the preset's parameters; they choose what timeline() shows (view="scalar"),
                     training itself always runs on the preset's compact graph (same numbers)

    State: `epoch` (epochs run since reset), `losses` (the loss of every epoch, computed before that
    epoch's update, as the article prints it), `params` ({name: array}, copies of the current weights).
    """

    def __init__(self, preset: Preset | str, values: dict | None = None, learning_rate: float | None = None,
                 **params):
        if isinstance(preset, str):
            from .catalogue import get_preset
            preset = get_preset(preset)
        if not preset.trainable:
            raise PresetError(tr("presets", "preset {preset} has nothing to train").format(preset=preset.name))
        self.preset = preset
        self._start_values, self._show = preset.resolve(values, **params)
        self._train_params = dict(self._show, **preset.training_params)
        self.learning_rate = preset.learning_rate if learning_rate is None else learning_rate
        self._cancel = threading.Event()
        self.cancelled = False  # whether the last run() was stopped by cancel()
        self.reset()

    # ---- state -------------------------------------------------------------
    def reset(self) -> None:
        """Back to the starting weights and inputs; forget the loss history (the learning rate stays)."""
        self._graph = self.preset.build(self._start_values, **self._train_params)
        self._order = self._graph.order
        self._leaves = list(self._graph.leaves.values())
        self._weights = self._graph.parameters()
        self._tape = Tape(self._graph.output, self._order)
        self._fresh = True  # the graph's values match its leaves
        self.epoch = 0
        self.losses: list[float] = []

    @property
    def learning_rate(self) -> float:
        return self._lr

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        v = float(value)
        if not np.isfinite(v) or v < 0:
            raise PresetError(tr("presets", "the learning rate must be a number ≥ 0, not {value!r}")
                              .format(value=value))
        self._lr = v

    @property
    def params(self) -> dict:
        """{name: array}: copies of the current weights."""
        return {k: t.data.copy() for k, t in self._weights.items()}

    @property
    def inputs(self) -> dict:
        """{name: array}: copies of the current inputs and targets (the leaves that are not weights)."""
        return {k: t.data.copy() for k, t in self._graph.leaves.items() if k not in self._weights}

    def values(self) -> dict:
        """Every leaf's current value by name: what build()/timeline() are given."""
        return {k: t.data.copy() for k, t in self._graph.leaves.items()}

    def set_param(self, name: str, value) -> None:
        """Edit one weight directly (the article's interactive demo); the next loss uses it."""
        if name not in self._weights:
            raise PresetError(tr("presets", "{preset} has no weight named '{name}' (its weights: {known})")
                              .format(preset=self.preset.name, name=name, known=", ".join(self._weights)))
        self._set(name, value)

    def set_input(self, name: str, value) -> None:
        """Edit an input or target (X, Y for xor-mlp; x, target for neuron)."""
        names = [k for k in self._graph.leaves if k not in self._weights]
        if name not in names:
            raise PresetError(tr("presets", "{preset} has no input named '{name}' (its inputs: {known})")
                              .format(preset=self.preset.name, name=name, known=", ".join(names)))
        self._set(name, value)

    def _set(self, name: str, value) -> None:
        leaf = self._graph.leaves[name]
        leaf.data = check_shape(name, value, leaf.data.shape)
        self._fresh = False

    # ---- running -------------------------------------------------------------
    def _forward(self) -> None:
        if not self._fresh:
            self._tape.forward()
            self._fresh = True

    @property
    def loss(self) -> float:
        """The loss at the current weights."""
        self._forward()
        return float(self._graph.output.data)

    def gradients(self) -> dict:
        """{name: ∂L/∂w} at the current weights, without updating them."""
        self._backward()
        return {k: np.array(t.grad, dtype=np.float64) for k, t in self._weights.items()}

    def _backward(self) -> None:
        self._forward()
        for leaf in self._leaves:
            leaf.grad = None  # leaves accumulate, like PyTorch: zero_grad() before each backward
        self._tape.backward()

    def step(self, n: int = 1) -> list:
        """Run n epochs (forward, backward, w ← w − η·∂L/∂w); returns their n losses."""
        out = []
        weights = list(self._weights.values())
        # η as a 0-d array: the same float64 product as with the float, which numpy would
        # convert on every multiplication.
        lr = np.array(self._lr)
        output = self._graph.output
        for _ in range(int(n)):
            self._backward()
            out.append(float(output.data))
            for w in weights:
                w.data = w.data - lr * w.grad
            self._fresh = False
        self.epoch += len(out)
        self.losses.extend(out)
        return out

    def run(self, epochs: int, chunk: int = 100, progress: Callable[[int, int], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> list:
        """step() in chunks of `chunk` epochs until `epochs` ran or the run is stopped.

        After each chunk: progress(done, epochs), then the run stops if cancel() was called or
        should_stop() returns True. Returns the losses of the epochs that ran.
        """
        done: list = []
        try:
            while len(done) < epochs and not self._cancel.is_set():
                done += self.step(min(chunk, epochs - len(done)))
                if progress is not None:
                    progress(len(done), epochs)
                if should_stop is not None and should_stop():
                    break
        finally:
            self.cancelled = self._cancel.is_set()
            self._cancel.clear()  # the request is used up: the next run() starts afresh
        return done

    def cancel(self) -> None:
        """Stop the run in progress after its current chunk, or the next run() before it starts
        (so a Stop that arrives before the worker got going is not lost). Safe from any thread."""
        self._cancel.set()

    # ---- looking ---------------------------------------------------------------
    def predictions(self) -> Predictions:
        """The outputs at the current weights against the targets: A2 vs Y for xor-mlp, y vs target for neuron."""
        self._forward()
        named = self._graph.named
        return Predictions(named["input"].data.copy(), named["prediction"].data.copy(),
                           named["target"].data.copy())

    def build(self, **params):
        """The preset's graph at the current weights (params override the view, e.g. view="scalar")."""
        return self.preset.build(self.values(), **dict(self._show, **params))

    def timeline(self, learning_rate: float | None = ..., **params) -> Timeline:
        """The step timeline at the CURRENT weights, ending with the update phase w ← w − η·∂L/∂w.

        η is the trainer's learning rate unless given; params override the view (view="scalar").
        """
        eta = self._lr if learning_rate is ... else learning_rate
        return self.build(**params).timeline(eta)
