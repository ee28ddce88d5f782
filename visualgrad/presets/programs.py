"""The presets that are programs: their text goes into the editor, the language builds them.

chain-rule   the Korean article's (Lesson 05) tiny graph, by hand vs autograd: ∂L/∂x = 52.1711 at x = 3
blame-chain  the Dutch/Japanese articles' A → B → C: team lead → manager → director, dz/dx = dz/dy · dy/dx
neuron       y = sigmoid(w·x + b), squared error against a target; w and b are parameters (trainable)
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Callable

from ..fmt import format_number
from ..i18n import tr
from ..lang import build as build_program
from .base import Preset, PresetError, PresetGraph

# The programs' comments are in the UI language: each is a template whose {0}, {1}, ... are the
# comments below, translated when the text is asked for (the code itself never changes).
CHAIN_RULE = """\
# {0}
x = 3
a = x**2
b = exp(x)
c = a + b
L = c*2
"""


def _chain_rule_comments() -> tuple:
    return (tr("presets", "The Korean article's tiny graph (Lesson 05): backprop by hand vs autograd"),)


BLAME_CHAIN = """\
# {0}
team_lead = 1          # {1}
manager = 3*team_lead  # {2}
director = manager**2  # {3}
"""


def _blame_chain_comments() -> tuple:
    return (tr("presets", "Team lead A (input) -> manager B (hidden) -> director C (output): dz/dx = dz/dy · dy/dx"),
            tr("presets", "x: the basic data team lead A hands over"),
            tr("presets", "y: manager B's report; dy/dx = 3"),
            tr("presets", "z: director C's result; dz/dy = 2·manager"))


NEURON = """\
# {0}
x = 2
target = tensor(1.0, requires_grad=False)
w = param(0.5)
b = param(-1.0)
z = w*x + b
y = sigmoid(z)
L = (y - target)**2
"""


def _neuron_comments() -> tuple:
    return (tr("presets", "One neuron: y = sigmoid(w·x + b), squared error against the target"),)


class ProgramPreset(Preset):
    """A preset whose graph is a program in the expression language (`text`).

    values set the program's named leaves ({"x": 4}); there are no parameters.
    `named` maps "input"/"prediction"/"target" to the program's names for those roles.
    """

    def __init__(self, name, article, title, description, template: str, comments: Callable[[], tuple],
                 by_hand: Callable | None = None, named: dict | None = None, trainable: bool = False,
                 learning_rate: float | None = None):
        super().__init__(name, article, title, description)
        self._template = template
        self._comments = comments
        self._by_hand = by_hand
        self._named = dict(named or {})
        self.trainable = trainable
        self.learning_rate = learning_rate
        self._leaf_names: tuple | None = None

    @property
    def text(self) -> str:
        """The program, its comments in the language the app speaks now."""
        return self._template.format(*(c.replace("\n", " ") for c in self._comments()))

    def leaf_names(self) -> tuple:
        """The names `values` can set, in program order."""
        if self._leaf_names is None:
            self._leaf_names = tuple(build_program(self.text).leaves)
        return self._leaf_names

    def _build(self, values: dict, params: dict) -> PresetGraph:
        unknown = [k for k in values if k not in self.leaf_names()]
        if unknown:
            raise PresetError(tr("presets", "preset {preset} has no input or weight named '{name}' "
                                            "(it has: {known})").format(preset=self.name, name=unknown[0],
                                                                      known=", ".join(self.leaf_names())))
        b = build_program(self.text, values)
        env = {t.name: t for t in b.order if t.name}
        named = {role: env[n] for role, n in self._named.items() if n in env}
        return PresetGraph(b.output, b.labels, b.statements, {}, dict(b.leaves), b.order, named)

    def timeline(self, values: dict | None = None, learning_rate: float | None = ..., **params):
        """The preset's timeline, with the hand derivation beside autograd's where the gradient is final."""
        tl = super().timeline(values, learning_rate, **params)
        add_hand_note(tl, self)
        return tl

    def by_hand(self, values: dict | None = None) -> dict | None:
        if self._by_hand is None:
            return None
        g = self.build(values)
        g.output.backward()
        leaves = {k: float(t.data) for k, t in g.leaves.items()}
        out = self._by_hand(leaves)
        out["autograd"] = float(g.leaves[out["wrt"]].grad)
        return out


def _n(v: float) -> str:
    return format_number(v, 6)


_SUPERSCRIPT = str.maketrans("0123456789−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _power(base: str, v: float) -> str:
    """e³ for a whole exponent, e^2.5 otherwise (superscript digits have no decimal point)."""
    text = _n(v)
    return base + text.translate(_SUPERSCRIPT) if re.fullmatch(r"−?\d+", text) else f"{base}^{text}"


# ---- by hand vs autograd, on the step where the gradient is final ------------------------------------
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def program_shape(text: str | None) -> str:
    """A program with its numbers blanked: chain-rule with x = 4 is still chain-rule."""
    return _NUMBER.sub("#", text or "").strip()


def hand_preset(text: str | None):
    """The program preset with a hand derivation whose program this is (numbers aside), or None."""
    shape = program_shape(text)
    for p in program_presets_cached():
        if p._by_hand is not None and program_shape(p.text) == shape:
            return p
    return None


def hand_sentence(preset, tl) -> tuple[str, int] | None:
    """(`By hand: ∂L/∂x = 2·(2x + eˣ) = 2·(2·3 + e³) = 52.1711; autograd: 52.1711.`, the step it belongs to)."""
    import numpy as np
    names = set(preset.leaf_names())
    leaves = {i.label: i for i in tl.nodes.values() if i.op is None and i.label in names}
    if any(np.ndim(i.value) for i in leaves.values()):
        return None
    hand = preset.by_hand({k: float(i.value) for k, i in leaves.items()})
    wrt = leaves.get(hand["wrt"])
    if wrt is None or not tl.accum.get(wrt.id):
        return None
    step = tl.accum[wrt.id][-1][0]  # where its last share of blame arrives: the gradient is final
    autograd = float(tl.nodes[wrt.id].grad)
    text = tr("narration", "By hand: {formula} = {substituted} = {hand}; autograd: {autograd}.").format(
        formula=hand["formula"], substituted=hand["substituted"], hand=_n(hand["by_hand"]), autograd=_n(autograd))
    return text, step


def add_hand_note(tl, preset) -> bool:
    """Put the hand derivation after the narration of the step where autograd finishes the gradient."""
    display = getattr(tl, "display", None)
    if display is None:
        display = tl.display = {}
    if display.get("by_hand"):
        return False
    found = hand_sentence(preset, tl)
    if found is None:
        return False
    text, k = found
    tl.steps[k] = replace(tl.steps[k], text=f"{tl.steps[k].text} {text}")
    display["by_hand"] = text
    return True


def _exp(v: float) -> float:
    """eᵛ as float64 gives it: ∞ past about 709.78, as the engine's exp and PyTorch's (math.exp raises
    OverflowError there, and an input edited to 1000 must not stop the hand formula)."""
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


def _chain_rule_by_hand(v: dict) -> dict:
    x = v["x"]
    return {"wrt": "x", "formula": "∂L/∂x = 2·(2x + eˣ)",
            "substituted": f"2·(2·{_n(x)} + {_power('e', x)})", "by_hand": 2.0 * (2.0 * x + _exp(x))}


def _blame_by_hand(v: dict) -> dict:
    x = v["team_lead"]
    y = 3.0 * x
    return {"wrt": "team_lead",
            "formula": "∂director/∂team_lead = ∂director/∂manager · ∂manager/∂team_lead = 2·manager · 3",
            "substituted": f"2·{_n(y)} · 3", "by_hand": 2.0 * y * 3.0}


def _neuron_by_hand(v: dict) -> dict:
    x, w, b, t = v["x"], v["w"], v["b"], v["target"]
    y = 1.0 / (1.0 + _exp(-(w * x + b)))
    return {"wrt": "w", "formula": "∂L/∂w = 2·(y − target) · y·(1 − y) · x",
            "substituted": f"2·({_n(y)} − {_n(t)}) · {_n(y)}·(1 − {_n(y)}) · {_n(x)}",
            "by_hand": 2.0 * (y - t) * y * (1.0 - y) * x}


def program_presets() -> list[Preset]:
    return [
        ProgramPreset(
            "chain-rule", "Korean article (Lesson 05)",
            lambda: tr("presets", "Chain rule: by hand vs autograd"),
            lambda: tr("presets", "x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) "
                                  "next to autograd's 52.1711"),
            CHAIN_RULE, _chain_rule_comments, _chain_rule_by_hand),
        ProgramPreset(
            "blame-chain", "Dutch and Japanese articles",
            lambda: tr("presets", "Passing the blame: team lead → manager → director"),
            lambda: tr("presets", "A three-stage chain: the director's blame on the team lead is "
                                  "dz/dx = dz/dy · dy/dx, read off the edges"),
            BLAME_CHAIN, _blame_chain_comments, _blame_by_hand),
        ProgramPreset(
            "neuron", "Catalan article",
            lambda: tr("presets", "One neuron"),
            lambda: tr("presets", "y = sigmoid(w·x + b) with a squared error against a target; "
                                  "train w and b by gradient descent"),
            NEURON, _neuron_comments, _neuron_by_hand, named={"input": "x", "prediction": "y", "target": "target"},
            trainable=True, learning_rate=0.5),
    ]


_CACHE: list = []


def program_presets_cached() -> list:
    if not _CACHE:
        _CACHE.extend(program_presets())
    return _CACHE
