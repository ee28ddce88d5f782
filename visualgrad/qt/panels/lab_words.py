"""What the vanishing-gradient lab says in words: the first/last ratio by its order of magnitude, and
the settings that tell the story (each run by the lab at its current depth and seed), with why."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from ...fmt import format_number


def _t(text: str) -> str:
    return QCoreApplication.translate("LabPanel", text)


def number(v: float) -> str:
    return format_number(float(v), 3)


def subscript(i: int) -> str:
    return str(i).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _power(k: int) -> str:
    """10 to the k, written the way the article would: 10⁻²⁵."""
    return "10" + str(k).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def how_far(ratio: float) -> str:
    """The first/last ratio in words, by its order of magnitude."""
    if not math.isfinite(ratio) or ratio <= 0:
        return _t("The first layer gets no gradient at all: it cannot learn.")
    k = round(math.log10(ratio))
    if k <= -3:
        return _t("The first layer gets about {p} of the last layer's gradient: it barely learns.").format(
            p=_power(k))
    if k < 0:
        return _t("The first layer gets about {p} of the last layer's gradient: it learns, slowly.").format(
            p=_power(k))
    if k == 0:
        return _t("First and last layer get gradients of the same order of magnitude: every layer learns.")
    if k < 3:
        return _t("The first layer gets about {p} times the last layer's gradient.").format(p=_power(k))
    return _t("The first layer gets about {p} times the last layer's gradient: it explodes.").format(p=_power(k))


def why_rows() -> list:
    """[(settings, name, why)]: the settings that tell the story, in the language of the moment."""
    return [
        ({"activation": "sigmoid", "init": "default", "residual": False},
         _t("sigmoid, default init"), _t("σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼")),
        ({"activation": "relu", "init": "default", "residual": False},
         _t("ReLU, default init"), _t("ReLU′ = 1 where active: no ¼ per layer, but the default init still "
                                      "shrinks the signal")),
        ({"activation": "relu", "init": "he", "residual": False},
         _t("ReLU, He init"), _t("He init (variance 2/fan_in) keeps the size of the signal from layer to layer")),
        ({"activation": "tanh", "init": "xavier", "residual": False},
         _t("tanh, Xavier init"), _t("tanh′(0) = 1 and Xavier init keep the variance near 1")),
        ({"activation": "sigmoid", "init": "default", "residual": True},
         _t("sigmoid + residual"), _t("h + f(h): the gradient has a path around every sigmoid")),
    ]
