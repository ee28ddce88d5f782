"""The catalogue of preset graphs and networks from the articles, and their training loops. No Qt.

    from visualgrad.presets import PRESETS, get_preset, Trainer
    p = get_preset("chain-rule")
    p.title(), p.description(), p.article     # gallery entry (title and description translated)
    p.text                                    # the program for the editor (None for networks)
    g = p.build(values, **params)             # PresetGraph: output, labels, statements, groups, leaves
    tl = p.timeline(values, **params)         # Timeline; trainable presets end with the update phase
    p.by_hand()                               # chain-rule, blame-chain, neuron: "by hand vs autograd"

Presets, in gallery order: chain-rule, blame-chain, neuron, xor-mlp, vanishing.
The lab: `vanishing.run_lab`, `per_layer_grad_norms`, `first_last_ratio`, `side_by_side`.
Training: `Trainer` (training.py).
"""
from __future__ import annotations

from .base import Preset, PresetError, PresetGraph
from .catalogue import PRESETS, get_preset
from .training import Predictions, Trainer
from .vanishing import LAB, LabRun, first_last_ratio, per_layer_grad_norms, run_lab, side_by_side
from .xor import article_weights

__all__ = ["PRESETS", "get_preset", "LAB", "Preset", "PresetError", "PresetGraph", "Trainer", "Predictions",
           "LabRun", "run_lab", "per_layer_grad_norms", "first_last_ratio", "side_by_side", "article_weights"]
