"""What every preset is: a name, where it comes from, its parameters, and a graph builder.

A preset turns (values, params) into a `PresetGraph`: the engine graph plus what
the app needs to draw and narrate it (labels, the statements nodes point at,
groups to collapse). `values` set leaves by name (an input, a weight matrix);
`params` choose the variant (depth, activation, view...). For the command line,
whose `--set NAME=VALUE` only knows values, a value whose name is a parameter
is taken as that parameter (`--set depth=10`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..engine import Tensor, ancestors
from ..i18n import tr
from ..timeline import Timeline, make_timeline


class PresetError(KeyError, ValueError):
    """A preset name, parameter or value that does not exist or does not fit.

    A KeyError (the CLI prints `args[0]` and exits 2) and a ValueError (what a
    bad argument is), so callers can catch whichever reads naturally.
    """

    def __str__(self) -> str:  # KeyError would print the message with quotes around it
        return str(self.args[0]) if self.args else ""


@dataclass
class PresetGraph:
    """A preset built into an engine graph, ready for make_timeline() or backward().

    output      the loss (or lab output) Tensor; its ancestors are the graph
    labels      {node id: what the node is called on screen}
    statements  {line: text}: the program lines (or the network's equations) nodes point at
                through their `source.line`
    groups      {node id: group title} for collapsing (a layer, an example); may be empty
    leaves      {name: leaf Tensor}: what `values` can set
    order       every node, topological
    named       {role: Tensor} nodes the app or trainer looks up: "prediction", "target", "input"
    params      the parameters this graph was built with (defaults filled in)
    display     hints for drawing, copied to the timeline: "layer_norms" (a collapsed layer shows its
                weight's gradient norm), "key_steps" (a function timeline -> [(name, step)]: the steps
                worth a slide)
    """
    output: Tensor
    labels: dict
    statements: dict
    groups: dict = field(default_factory=dict)
    leaves: dict = field(default_factory=dict)
    order: list = field(default_factory=list)
    named: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)
    display: dict = field(default_factory=dict)

    def timeline(self, learning_rate: float | None = None) -> Timeline:
        tl = make_timeline(self.output, self.labels, self.statements, learning_rate)
        tl.groups = dict(self.groups)  # the scene may collapse each group (a layer) into one box
        tl.display = dict(self.display)
        return tl

    def parameters(self) -> dict:
        """{name: leaf} of the trainable leaves (role "parameter"), in graph order."""
        return {k: t for k, t in self.leaves.items() if t.role == "parameter"}


def article_name(key: str) -> str:
    """Which article a preset comes from, in the user's language."""
    names = {"Korean article (Lesson 05)": tr("presets", "Korean article (Lesson 05)"),
             "Dutch and Japanese articles": tr("presets", "Dutch and Japanese articles"),
             "Catalan article": tr("presets", "Catalan article")}
    return names.get(key, key)


class Preset:
    """One entry of the gallery. Subclasses implement `_build(values, params)`.

    name           the id used on the command line and in files ("xor-mlp")
    article        which article it comes from, short ("Catalan article")
    text           the program text shown in the editor, for presets that are programs; else None
    params         {name: default}; `choices` lists the allowed values of the ones that are picked
    trainable      True when a Trainer can run gradient descent on it
    learning_rate  the default η for training and for the timeline's update phase (None if not trainable)
    training_params  params the Trainer trains with whatever view is shown (xor-mlp: the tensor view)
    """
    text: str | None = None
    trainable: bool = False

    @property
    def article(self) -> str:
        return article_name(self.article_key)

    learning_rate: float | None = None
    training_params: dict = {}  # read-only

    def __init__(self, name: str, article: str, title: Callable[[], str], description: Callable[[], str],
                 params: dict | None = None, choices: dict | None = None):
        self.name = name
        self.article_key = article
        self._title = title
        self._description = description
        self.params = dict(params or {})
        self.choices = dict(choices or {})

    def __repr__(self) -> str:
        return f"<Preset {self.name}>"

    def title(self) -> str:
        """The gallery title, translated."""
        return self._title()

    def description(self) -> str:
        """One line for the gallery, translated."""
        return self._description()

    # ---- building ---------------------------------------------------------
    def resolve(self, values: dict | None = None, **params) -> tuple[dict, dict]:
        """Split values into (values, params), fill defaults, check names and choices."""
        values = dict(values or {})
        for k in [k for k in values if k in self.params]:
            params.setdefault(k, values.pop(k))
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or tr("presets", "none")
            raise PresetError(tr("presets", "preset {preset} has no parameter '{name}' (its parameters: {known})")
                              .format(preset=self.name, name=unknown[0], known=known))
        full = dict(self.params)
        full.update(params)
        for k, allowed in self.choices.items():
            if full[k] not in allowed:
                raise PresetError(tr("presets", "{preset}: {name} must be one of {allowed}, not {value!r}")
                                  .format(preset=self.name, name=k, allowed=", ".join(map(str, allowed)),
                                          value=full[k]))
        return values, full

    def build(self, values: dict | None = None, **params) -> PresetGraph:
        """The graph for these values and parameters, forward pass done, no gradients yet."""
        values, full = self.resolve(values, **params)
        graph = self._build(values, full)
        graph.params = full
        if not graph.order:
            graph.order = ancestors(graph.output)
        return graph

    def _build(self, values: dict, params: dict) -> PresetGraph:  # pragma: no cover - abstract
        raise NotImplementedError

    def timeline(self, values: dict | None = None, learning_rate: float | None = ..., **params) -> Timeline:
        """The step timeline; trainable presets end with the update phase (w ← w − η·∂L/∂w).

        learning_rate: η for the update steps; by default the preset's own
        (None for presets that are not trained); pass None to leave the update out.
        """
        eta = self.learning_rate if learning_rate is ... else learning_rate
        return self.build(values, **params).timeline(eta)

    def by_hand(self, values: dict | None = None) -> dict | None:
        """The derivative worked out by hand next to the engine's, for "by hand vs autograd".

        None for presets without one. Otherwise a dict: `wrt` (the input's name),
        `formula` (the hand derivation, e.g. "∂L/∂x = 2·(2x + eˣ)"), `substituted` (with the numbers put
        in), `by_hand` (float, computed from the formula) and `autograd` (float, from the engine).
        """
        return None


def set_leaves(leaves: dict, values: dict, preset: str) -> None:
    """Put `values` into the named leaves, checking names and shapes."""
    for name, v in values.items():
        if name not in leaves:
            raise PresetError(tr("presets", "preset {preset} has no input or weight named '{name}' "
                                            "(it has: {known})").format(preset=preset, name=name,
                                                                      known=", ".join(leaves)))
        leaf = leaves[name]
        a = check_shape(name, v, leaf.data.shape)
        leaf.data = a


def check_shape(name: str, value, shape: tuple) -> np.ndarray:
    """`value` as a float64 array of exactly `shape` (a bare number fills a 1-element shape)."""
    try:
        a = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise PresetError(tr("presets", "{name}: {value!r} is not a number or a list of numbers")
                          .format(name=name, value=value)) from None
    if a.shape != shape:
        if a.size == 1 and int(np.prod(shape)) == 1:
            a = a.reshape(shape)
        else:
            raise PresetError(tr("presets", "{name} has shape {want}, not {got}")
                              .format(name=name, want=tuple(shape), got=tuple(a.shape)))
    return a
